/* acronym.c - runs of letters: words, initialisms (spelled letter by letter),
 * acronyms read as words, and Roman numerals in the two contexts we trust.
 *
 * Reads: a run of letters and apostrophes (no digits, no periods), and for whole
 * tokens the neighbours. Writes: one lower-case word (pos NULL) or one word per
 * letter (pos "n"). The decision for upper-case words: a list of acronyms read
 * as words (NATO), a list of initialisms that look pronounceable but are spelled
 * (UCLA), then a rule: spelled if 2-3 letters or no vowel, a word if the letters
 * alternate like English syllables, else spelled. In a headline in capitals
 * every upper-case word not in the lists is a word. Mixed case: a run of
 * capitals inside a word is spelled on its own ("mRNA", "ChatGPT"); "GmbH" (no
 * vowel) and "DoD" (two capitals in three letters) are spelled.
 */
#include "nrm.h"
#include "core/utt.h"

#include <string.h>

/* Upper-case words read as words. To add one, append it in upper case. */
static const char *const acronym_words[] = {
    "NATO", "NASA", "UNICEF", "COVID", "OPEC", "FIFA", "AIDS", "UNESCO", "NAFTA",
    "FEMA", "OSHA", "SWAT", "ISIS", "DACA", "CERN", "ICE", "SARS", "MERS", "NASDAQ",
    "NASCAR", "LASIK", "POTUS", "SCOTUS", "FLOTUS", "UEFA", "ASEAN", "INTERPOL",
    "IKEA", "LEGO", "TED", "HAMAS", "HUD", "BRICS", "PEPFAR", "ERCOT", "DARPA",
    "NIMBY", "AWOL", "CAPTCHA", "RADAR", "LASER", "SCUBA", "MAGA", "APEC", "OPEX",
    "CARES", "SALT", "START", "WASP", "GIF", "JPEG", "NAND", "UNAIDS", "SPAC", "ZIP",
    "FARC", "PIN", "GAAP", "ANZAC", "ALCOA", "OFCOM", "ISRO", "RENFE", "SAG", "DAX",
    "MAX", "PAC", "FAFSA", "UNRWA", "NOAA", "HIPAA", "WIC", "COP", "RAM", "ROM", "SIM",
    NULL
};

int nrm_is_acronym_word(nrm_span t)
{
    return nrm_find(t, acronym_words, 0) >= 0;
}

/* Upper-case words that the rule would read as words but that are spelled.
 * To add one, append it in upper case. */
static const char *const spelled_words[] = {
    "UCLA", "USDA", "NYSE", "OSCE", "ACLU", "USAID", "AMA", "ASAP", "UNHCR",
    "FBI", "CIA", "AP", "BBC", "EU", "UK", "US", "USA", "UN", "CNN", "NBA", "NFL",
    "CEST", "AEST", "UNFCCC",
    NULL
};

/* Short upper-case words that are English words, not initialisms ("Vote NO"). */
static const char *const caps_english[] = {
    "NO", "TO", "IN", "ON", "OF", "OR", "IS", "BE", "WE", "MY", "GO", "SO", "DO", "BY",
    "AN", "HE", "ME", "THE", "AND", "FOR", "NOT", "BUT", "YOU", "ALL", "ARE", "WAS",
    "HAS", "HAD", "HIS", "HER", "OUR", "OUT", "NOW", "NEW", "BIG", "WAR", "WHY", "HOW",
    "YES", "OFF", "TOO", "TOP", "ONE", "TWO", "SIX", "TEN", "CAN", "MAY", "GET", "SEE",
    "SAY", "WIN", "WON", "END", "LAW", "MAN", "WAY", "DAY", "ACT", "AGE", "AID", "AIR",
    "ART", "BAN", "BID", "CUT", "FIX", "HIT", "JOB", "KEY", "LOW", "OIL", "RUN", "SET",
    "TAX", "USE", "VOTE", "DID", "MIX", "HIM", "SHE", "ANY", "BAD", "SAD", "MAD", "FUN",
    "OLD", "HOT", "RED", "BOX", NULL
};

/* British spellings said the same but looked up in a US lexicon under the US
 * spelling: { British, US }, lower case. Capitalised words match too. */
static const char *const us_spellings[][2] = {
    { "metre", "meter" }, { "metres", "meters" }, { "kilometre", "kilometer" },
    { "kilometres", "kilometers" }, { "centimetre", "centimeter" },
    { "centimetres", "centimeters" }, { "millimetre", "millimeter" },
    { "millimetres", "millimeters" }, { "litre", "liter" }, { "litres", "liters" },
    { "millilitre", "milliliter" }, { "millilitres", "milliliters" },
    { "theatre", "theater" }, { "theatres", "theaters" }, { "centre", "center" },
    { "centres", "centers" },
};

/* Mixed-case abbreviations that are spelled. */
static const char *const spelled_mixed[] = {
    "PhD", "PhDs", "MSc", "BSc", "LLC", "IPv", "pH",
    "PCIe", "NVMe",                             /* computer buses: p c i e, n v m e */
    NULL
};

/* Degrees and fellowships written as initials and a syllable, said so: "DPhil"
 * d phil, "FMedSci" f med sci. To add one, append { written, spoken }. */
static const char *const degree_words[][2] = {
    { "DPhil", "d phil" }, { "MPhil", "m phil" }, { "BPhil", "b phil" },
    { "BEng", "b eng" }, { "MEng", "m eng" }, { "DEng", "d eng" },
    { "DLitt", "d litt" }, { "MLitt", "m litt" }, { "BLitt", "b litt" },
    { "BMus", "b mus" }, { "MMus", "m mus" }, { "DMus", "d mus" },
    { "FMedSci", "f med sci" }, { "FREng", "f r eng" },
};

/* Mixed-case names read as one word ("MiG-29" mig twenty nine). */
static const char *const word_mixed[] = { "MiG", "MiGs", NULL };

/* Prefixes of Soviet and Russian aircraft and missile designations, spelled
 * before a hyphen and a number: "Su-34" s u thirty four, "Ka-52", "Kh-101",
 * "Il-76". Alone they are words or names ("Mi", "An"). */
static const char *const design_prefixes[] = { "Su", "Tu", "Mi", "Ka", "Kh", "Il", "An", NULL };

/* 1 if t is a design_prefixes entry that begins its token and is followed in it
 * by a hyphen and a digit. */
static int design_prefix(const nrm_ctx *c, nrm_span t)
{
    const nv_ntok *cur = &c->tok[c->i_tok];
    size_t at = (size_t)(t.s - cur->text);

    return t.s == cur->text && at + t.len + 2 <= cur->len && t.s[t.len] == '-'
        && nrm_is_digit(t.s[t.len + 1]) && nrm_find(t, design_prefixes, 0) >= 0;
}

/* Lower-case words without a vowel that are words, not units to spell. */
static const char *const vowelless_words[] = {
    "hmm", "hm", "mm", "mmm", "shh", "sh", "psst", "pst", "tsk", "brr", "grr", "nth",
    "pfft", "zzz", "cwm", "crwth", "tv", NULL
};

/* Consonant pairs that may start a syllable, end one, or sit inside a word. */
static const char onsets[] = "BL BR CH CL CR DR FL FR GL GR KL KN KR PH PL PR SC SH SK SL "
                             "SM SN SP ST SW TH TR TW WH WR QU";
static const char codas[] = "CH CK CT FT LD LF LK LL LM LP LT MP NC ND NG NK NS NT PT RD "
                            "RK RM RN RS RT SH SK SP SS ST TH BS DS GS KS LS MS PS TS "
                            "DD FF GG NN RR TT ZZ GH NX";
static const char inner_pairs[] = "BB CC DD FF GG LL MM NN PP RR SS TT MB NS RB RC RG RL LB "
                                  "LV NC ND NG NK NT RD RK RM RN RT LD LK LM LP LT MP";
static const char vowel_pairs[] = "AI AU EA EE EI EU IA IE IO OA OE OI OO OU UA UE UI"
                                  " AY EY OY UY AW EW OW";   /* TODAY, KEYS, NEWS, SHOW */

#define UP_MAX 32

static int in_pairs(const char *list, char a, char b)
{
    const char *p;

    for (p = list; p[0] && p[1]; p += (p[2] == ' ') ? 3 : 2)
        if (p[0] == a && p[1] == b)
            return 1;
    return 0;
}

static int vowel(char ch)
{
    return ch == 'A' || ch == 'E' || ch == 'I' || ch == 'O' || ch == 'U';
}

/* Y is a vowel except first or before a vowel (TOKYO, KYIV); W after a vowel
 * and before none is one too (NEWS, SHOWS, DOWN). */
static int is_vowel_at(const char *w, size_t i, size_t n)
{
    if (w[i] == 'U' && i > 0 && w[i - 1] == 'Q')
        return 0;                               /* "QU" is a consonant: QUEEN, SQUAD */
    if (vowel(w[i]))
        return 1;
    if (w[i] == 'W' && i > 0 && vowel(w[i - 1]) && !(i + 1 < n && vowel(w[i + 1])))
        return 1;
    return w[i] == 'Y' && i > 0 && !(i + 1 < n && vowel(w[i + 1]));
}

/* 1 if two vowels (is_vowel) or two consonants a, b may stand together at the
 * start of a word, at its end, or inside it. A consonant before a consonantal Y
 * is fine inside (TOKYO, KENYA). */
static int pair_ok(char a, char b, int is_vowel, int at_start, int at_end)
{
    if (is_vowel)
        return in_pairs(vowel_pairs, a, b);
    if (at_start)
        return in_pairs(onsets, a, b);
    if (at_end)
        return in_pairs(codas, a, b);
    return in_pairs(onsets, a, b) || in_pairs(codas, a, b) || in_pairs(inner_pairs, a, b)
        || b == 'Y';
}

/* 1 if the upper-case word w (ASCII) could be read as an English word: vowels
 * and consonants alternate, in runs of at most two that English allows. */
static int pronounceable(const char *w, size_t n)
{
    size_t i = 0;

    while (i < n) {
        size_t j = i;
        int v = is_vowel_at(w, i, n);
        while (j < n && is_vowel_at(w, j, n) == v)
            j++;
        /* three consonants end a word as "TCH" (WATCH), or as two codas that
         * overlap, the first after an "R" (PICKS, BILLS, FIRST, WORLD) */
        if (j - i == 3 && !v && j == n
            && ((w[i] == 'T' && w[i + 1] == 'C' && w[i + 2] == 'H')
                || (w[i] == 'G' && w[i + 1] == 'H' && w[i + 2] == 'T')     /* NIGHT */
                || (in_pairs(codas, w[i + 1], w[i + 2])
                    && (w[i] == 'R' || in_pairs(codas, w[i], w[i + 1]))))) {
            i = j;
            continue;
        }
        if (j - i == 3 && !v && i == 0 && w[0] == 'S' && w[1] == 'Q') {
            i = j;                              /* SQUAD, SQUARE */
            continue;
        }
        if (j - i >= 3)
            return 0;
        if (j - i == 2 && !pair_ok(w[i], w[i + 1], v, i == 0, j == n))
            return 0;
        i = j;
    }
    return 1;
}

/* The letters of t folded to upper-case ASCII into up; counts upper and lower
 * letters and apostrophes. Returns the number of letters (may exceed UP_MAX;
 * then up holds the first UP_MAX). */
static size_t fold_upper(nrm_span t, char *up, size_t *n_upper, size_t *n_apos)
{
    size_t i = 0, n = 0;

    *n_upper = *n_apos = 0;
    while (i < t.len) {
        unsigned long cp;
        const char *f;
        i += nrm_utf8_next(t.s + i, t.len - i, &cp);
        if (cp == '\'') {
            (*n_apos)++;
            continue;
        }
        if (cp < 0x80) {
            if (!nrm_is_alpha((char)cp))
                continue;
            *n_upper += nrm_is_upper((char)cp);
            if (n < UP_MAX)
                up[n] = (char)(nrm_is_lower((char)cp) ? cp - 'a' + 'A' : cp);
            n++;
            continue;
        }
        *n_upper += nrm_cp_is_upper(cp);
        for (f = nrm_fold(cp); f && *f; f++, n++)
            if (n < UP_MAX)
                up[n] = (char)(*f - 'a' + 'A');
    }
    return n;
}

static int has_vowel(const char *w, size_t n)
{
    size_t i;
    for (i = 0; i < n; i++)
        if (vowel(w[i]))
            return 1;
    return 0;
}

/* has_vowel, counting Y where it is a vowel: MYST, LYNCH (but not NY). */
static int has_vowel_y(const char *w, size_t n)
{
    size_t i;
    for (i = 0; i < n; i++)
        if (is_vowel_at(w, i, n))
            return 1;
    return 0;
}

/* Upper-case letters: spell (1), read as a word (0), or, in a headline,
 * byline or dateline written all in capitals, a word that the lexicon reads
 * if it knows it and spells if not (2: "NYC", "CEO" but "AIDE", "JOHN"). */
static int spell_caps(const nrm_ctx *c, const char *up, size_t n)
{
    nrm_span s = { up, n };
    int initialism;

    if (nrm_find(s, acronym_words, 0) >= 0)
        return 0;
    if (nrm_find(s, spelled_words, 0) >= 0)
        return 1;
    if (nrm_find(s, caps_english, 0) >= 0)
        return 0;
    /* Initialisms are short: six letters or more with a vowel is a word. */
    initialism = n <= 3 || !has_vowel_y(up, n) || (n < 6 && !pronounceable(up, n));
    if (c->shouting || c->byline || c->i_tok < c->n_dateline)
        return initialism ? 2 : 0;
    return initialism;
}

int nrm_caps_is_word(nrm_span t)
{
    size_t i;

    if (t.len < 2 || t.len > UP_MAX)
        return 0;
    for (i = 0; i < t.len; i++)
        if (!nrm_is_upper(t.s[i]))
            return 0;
    if (nrm_find(t, acronym_words, 0) >= 0 || nrm_find(t, caps_english, 0) >= 0)
        return 1;
    if (nrm_find(t, spelled_words, 0) >= 0 || t.len <= 3 || !has_vowel_y(t.s, t.len))
        return 0;
    return t.len >= 6 || pronounceable(t.s, t.len);
}

/* Length of a plural "s" or possessive "'s" after upper-case letters: CEOs, FBI's. */
static size_t caps_suffix(nrm_span t)
{
    if (t.len >= 4 && nrm_eq((nrm_span){ t.s + t.len - 2, 2 }, "'s"))
        return 2;
    if (t.len >= 3 && t.s[t.len - 1] == 's' && nrm_is_upper(t.s[t.len - 2]))
        return 1;
    return 0;
}

static void read_single_letter(nrm_ctx *c, nrm_span t, int flags, size_t n_upper)
{
    const nv_ntok *cur = &c->tok[c->i_tok];

    /* An initial ("John F. Kennedy") or a letter inside a compound ("T-shirt",
     * "AT&T") is a letter; a word on its own ("I", "a", "X") is left to the
     * lexicon. */
    if (!(flags & NRM_WHOLE) || (n_upper == 1 && nrm_post_dot(cur)))
        nrm_spell(c, t);
    else
        nrm_word(c, t, NULL);
}

/* Names of the Greek letters, alpha (U+03B1) to omega (U+03C9); the capitals
 * U+0391.. are at the same offsets. */
static const char *const greek_names[] = {
    "alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa",
    "lambda", "mu", "nu", "xi", "omicron", "pi", "rho", "sigma", "sigma", "tau", "upsilon",
    "phi", "chi", "psi", "omega"
};

/* A Greek letter written alone ("alpha-helix" with the letter, beta, Delta): its name;
 * 0 if t is not one. */
static int read_greek_letter(nrm_ctx *c, nrm_span t)
{
    unsigned long cp;
    size_t used = nrm_utf8_next(t.s, t.len, &cp);

    if (used != t.len)
        return 0;
    if (cp >= 0x3b1 && cp <= 0x3c9)
        nrm_say(c, greek_names[cp - 0x3b1]);
    else if (cp >= 0x391 && cp <= 0x3a9 && cp != 0x3a2)
        nrm_say(c, greek_names[cp - 0x391]);
    else if (cp == 0xb5)
        nrm_say(c, "mu");                       /* the micro sign */
    else
        return 0;
    return 1;
}

/* The name of a Greek letter at cp, or NULL. */
static const char *greek_name(unsigned long cp)
{
    if (cp >= 0x3b1 && cp <= 0x3c9)
        return greek_names[cp - 0x3b1];
    if (cp >= 0x391 && cp <= 0x3a9 && cp != 0x3a2)
        return greek_names[cp - 0x391];
    return NULL;
}

/* Greek letters written inside a run of Latin letters are symbols, each said by
 * its name: "A\xce\xb2" a beta, "TNF\xce\xb1" t n f alpha, "\xce\x94G" delta g,
 * "\xcf\x80r" pi r; so are two Greek letters alone ("\xce\xb1\xce\xb2" alpha beta).
 * A longer run of Greek letters alone is a Greek word, read as written. The Latin
 * runs are read on their own. Returns 0, having read nothing, if t is none of these. */
static int read_with_greek(nrm_ctx *c, nrm_span t)
{
    size_t i = 0, n_greek = 0, n_latin = 0;

    while (i < t.len) {
        unsigned long cp;
        i += nrm_utf8_next(t.s + i, t.len - i, &cp);
        if (greek_name(cp))
            n_greek++;
        else if (cp < 0x80 && nrm_is_alpha((char)cp))
            n_latin++;
        else if (cp >= 0x80)
            return 0;                           /* other scripts: a word */
    }
    if (n_greek == 0 || (n_latin == 0 && n_greek > 2))
        return 0;
    for (i = 0; i < t.len;) {
        unsigned long cp;
        size_t used = nrm_utf8_next(t.s + i, t.len - i, &cp), j = i;
        if (greek_name(cp)) {
            nrm_say(c, greek_name(cp));
            i += used;
            continue;
        }
        while (j < t.len && (unsigned char)t.s[j] < 0x80)
            j++;
        nrm_read_letters(c, (nrm_span){ t.s + i, j - i }, 0);
        i = j;
    }
    return 1;
}

/* 1 if mixed-case t (capitals in up, n letters) is spelled whole: no vowel
 * ("GmbH") or two capitals in three letters ("DoD"). */
static int mixed_caps_spelled(nrm_span t, const char *up, size_t n)
{
    return (!has_vowel(up, n) && n <= 6 && !memchr(up, 'Y', n))
        || (n == 3 && nrm_is_upper(t.s[0]) && nrm_is_lower(t.s[1]) && nrm_is_upper(t.s[2]));
}

/* Mixed case with two or more capitals: "GmbH", "PwC" (no vowel) and "DoD",
 * "IoT" (three letters, two capitals) are spelled; a run of capitals inside a
 * word is an initialism of its own: "mRNA" m r n a, "ChatGPT" chat g p t,
 * "OpenAI" open a i ("BioNTech", "YouTube" have no such run). ASCII only.
 * Returns 0, having read nothing, if t is none of these. */
static int read_mixed_caps(nrm_ctx *c, nrm_span t, const char *up, size_t n)
{
    size_t i, run_start = 0, run_len = 0, end;

    if (n != t.len || c->shouting)
        return 0;
    if (mixed_caps_spelled(t, up, n)) {
        nrm_spell(c, t);
        return 1;
    }
    /* the first run of two or more capitals */
    for (i = 0; i < t.len; i++) {
        size_t j = i;
        if (!nrm_is_upper(t.s[i]))
            continue;
        while (j < t.len && nrm_is_upper(t.s[j]))
            j++;
        if (j - i >= 2) {
            run_start = i;
            run_len = j - i;
            break;
        }
        i = j;
    }
    if (run_len == 0)
        return 0;
    end = run_start + run_len;
    if (end < t.len) {
        size_t lower = t.len - end;
        for (i = end; i < t.len && nrm_is_lower(t.s[i]); i++)
            ;
        lower = i - end;
        if (nrm_eq((nrm_span){ t.s + end, t.len - end }, "s")) {
            run_len++;                          /* "mRNAs": the plural stays on the letters */
        } else if (lower >= 2 && run_len >= 3 && !(!vowel(up[end - 1]) && !vowel(up[end])
                                                    && !in_pairs(onsets, up[end - 1], up[end]))) {
            run_len--;                          /* "HTMLParser": "HTML" + "Parser" */
        } else if (lower >= 3 && run_len >= 2 && !vowel(up[end]) && !vowel(up[end - 1])
                   && !in_pairs(onsets, up[end - 1], up[end])) {
            ;                                   /* "TPMmuckraker": "TPM" + "muckraker" */
        } else {
            return 0;                           /* "eMOTIVe": a stylised word */
        }
    }
    if (run_start > 0)
        nrm_read_letters(c, (nrm_span){ t.s, run_start }, 0);
    nrm_read_letters(c, (nrm_span){ t.s + run_start, run_len }, 0);
    if (run_start + run_len < t.len)
        nrm_read_letters(c, (nrm_span){ t.s + run_start + run_len, t.len - run_start - run_len }, 0);
    return 1;
}

void nrm_read_letters(nrm_ctx *c, nrm_span t, int flags)
{
    char up[UP_MAX];
    size_t sfx = caps_suffix(t), n_upper, n_apos, n;
    nrm_span base = { t.s, t.len - sfx };

    if (t.len >= 2 && (unsigned char)t.s[0] >= 0x80 && read_greek_letter(c, t))
        return;
    if (t.len >= 2 && read_with_greek(c, t))
        return;

    n = fold_upper(base, up, &n_upper, &n_apos);
    if (n == 0)
        return;
    if (n == 1 && sfx == 0) {
        read_single_letter(c, t, flags, n_upper);
        return;
    }
    if (nrm_find(t, spelled_mixed, 0) >= 0) {
        nrm_spell(c, t);
        return;
    }
    if (!(flags & NRM_WHOLE) && design_prefix(c, t)) {
        nrm_spell(c, t);
        return;
    }
    if (nrm_find(t, word_mixed, 0) >= 0) {
        nrm_word(c, t, NULL);
        return;
    }
    for (size_t d = 0; d < sizeof degree_words / sizeof degree_words[0]; d++)
        if (nrm_eq(t, degree_words[d][0])) {
            nrm_say(c, degree_words[d][1]);     /* "MA DPhil": d phil */
            return;
        }
    if (n_upper == n && n_apos == 0 && n <= UP_MAX) {
        if (sfx == 0 && (nrm_eq(base, "WWI") || nrm_eq(base, "WWII")))
            nrm_say(c, n == 3 ? "world war one" : "world war two");
        else if (n == 2 && up[0] == 'O' && up[1] == 'K' && sfx == 0)
            nrm_say(c, "okay");                 /* "OK" is said as a word */
        else {
            int how = spell_caps(c, up, n);
            if (how == 1)
                nrm_spell(c, t);
            else
                nrm_word(c, t, how == 2 ? NV_POS_SPELL_UNKNOWN : NULL);
        }
        return;
    }
    /* the possessive of one spelled whole: "the AfD's vote", "DoD's" */
    if (sfx == 2 && n_apos == 0 && n_upper >= 2 && n_upper < n && n == base.len
        && !c->shouting && mixed_caps_spelled(base, up, n)) {
        nrm_spell(c, t);
        return;
    }
    if (sfx != 2 && n_apos == 0 && n_upper >= 2 && n_upper < n && n + sfx <= UP_MAX) {
        if (sfx)
            up[n] = 'S';                        /* "mRNAs" */
        if (read_mixed_caps(c, t, up, n + sfx))
            return;
    }
    /* Letter groups without a vowel, lower case or (whole tokens) capitalised,
     * are units, codes or abbreviations: spelled (5km, "pp.", "Kr.", "Bv"). */
    if (n_upper <= 1 && n_apos == 0 && n >= 2 && n <= 4 && !has_vowel(up, n) && sfx == 0
        && nrm_find(t, vowelless_words, 1) < 0 && !memchr(up, 'Y', n)
        && (n_upper == 0 || (nrm_is_upper(t.s[0]) && (flags & NRM_WHOLE)))) {
        nrm_spell(c, t);
        return;
    }
    if (n_upper <= 1 && sfx == 0) {
        size_t i;
        for (i = 0; i < sizeof us_spellings / sizeof us_spellings[0]; i++) {
            if (nrm_ieq(t, us_spellings[i][0])) {
                nrm_say(c, us_spellings[i][1]);
                return;
            }
        }
    }
    nrm_word(c, t, NULL);
}

/* 1 if t has two or more letters, all upper case. */
static int caps_kind_upper(const nv_ntok *t)
{
    size_t i, up = 0;

    for (i = 0; i < t->len; i++) {
        if (nrm_is_lower(t->text[i]))
            return 0;
        up += nrm_is_upper(t->text[i]);
    }
    return up >= 2;
}

/* ---- Roman numerals ---------------------------------------------------------- */

/* Value of a Roman numeral written in canonical upper case, I to LXXXIX; 0 if
 * t is not one ("IIII" and "VX" are not). */
int nrm_roman_value(nrm_span t)
{
    static const char *const ones[] = { "", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX" };
    static const char *const tens_r[] = { "", "X", "XX", "XXX", "XL", "L", "LX", "LXX", "LXXX" };
    char buf[16];
    unsigned v;

    if (t.len == 0 || t.len > 8)
        return 0;
    for (v = 1; v < 90; v++) {
        size_t a = strlen(tens_r[v / 10]), b = strlen(ones[v % 10]);
        memcpy(buf, tens_r[v / 10], a);
        memcpy(buf + a, ones[v % 10], b);
        if (a + b == t.len && memcmp(buf, t.s, t.len) == 0)
            return (int)v;
    }
    return 0;
}

/* Words after which a Roman numeral is a cardinal: "World War II", "Title IX". */
static const char *const roman_cardinal_after[] = {
    "war", "title", "chapter", "phase", "part", "act", "volume", "vol", "section", "article",
    "stage", "type", "class", "grade", "category", "book", "level", "schedule", "super",
    "bowl", "appendix", "no", "number", "episode", "season", "series", "round", "division",
    "mark", "pt", "vols", "model", "tier", "ward", "district", "grade", "step", "unit",
    "art", "arts", "sec", "ch", "chap", "bk", "pl", "vols", "op",
    "vatican", "lateran", "nicaea",             /* councils: "Vatican II" */
    "mk",
    /* spacecraft, rockets and programmes: "Artemis II" is two */
    "artemis", "apollo", "gemini", "mercury", "voyager", "pioneer", "mariner", "soyuz",
    "vostok", "sputnik", "saturn", "titan", "atlas", "delta", "falcon", "starship", "ariane",
    "explorer", "viking", "skylab", "shenzhou", "chang'e", "tianwen", "chandrayaan",
    /* aircraft, missiles and their batches: "C-17 Globemaster III", "Trident II",
     * "F-35 Lightning II", "Tomahawk Block V", "Flight III destroyers" */
    "globemaster", "trident", "minuteman", "lightning", "block", "flight",
    /* the counts of an indictment or a complaint: "Count II" is count two */
    "count", "counts", NULL
};

/* Numbered films and games whose title ends in a common word, never a surname:
 * capitalised before a numeral, the numeral is the sequel's number, a cardinal
 * ("Final Fantasy VII", "Rocky IV", "Grand Theft Auto V"), where after a name it
 * is a generation ("John Smith IV"). A lone "I" stays the pronoun ("Rocky I
 * was told"). Lower case; to add one, append it before NULL. */
static const char *const roman_sequel_after[] = {
    "fantasy", "auto", "rocky", "rambo", "creed", "gladiator", "frozen", "diablo", "doom",
    "hearts", "souls", "civilization", "empires", "fighter", "quest", "kombat", "godfather",
    "trek",                                     /* "Star Trek II" two */
    NULL
};

/* Titles of rulers: after "King George", even "V" or "I" is regnal. */
static const char *const regnal_titles[] = {
    "King", "Queen", "Pope", "Emperor", "Empress", "Tsar", "Czar", "Tsarina", "Kaiser",
    "Prince", "Princess", "Sultan", "Pharaoh", "Duke", "Shah", "Saint", "St", NULL
};

/* Given names of many rulers: after them "V" or "X" is regnal ("Henry V",
 * "Charles X"), unless a period makes it an initial ("George V. Smith"). */
static const char *const regnal_names[] = {
    "Henry", "Edward", "George", "Charles", "Louis", "William", "James", "Richard",
    "Philip", "Frederick", "Gustav", "Pius", "Leo", "Gregory", "Clement", "Innocent",
    "Boniface", "Ferdinand", "Francis", "Alexander", "Nicholas", "Ivan", "Constantine",
    "Alfonso", "Sancho", "Pedro", "Carlos", "Juan", "Christian", "Olaf", "Haakon",
    "Magnus", "Eric", "Erik", "Sigismund", "Casimir", "Wenceslaus", "Ptolemy", "Ramesses",
    "Amenhotep", "Thutmose", "Urban", "Sixtus", "Paul", "Benedict", "Napoleon", "Otto",
    "Rudolf", "Leopold", "Wilhelm", "Maximilian", "Baldwin", "Selim", "Mehmed", "Murad",
    "Suleiman", "Darius", "Xerxes", "Artaxerxes", "Seti", "Sargon", "Tiglath-Pileser", NULL
};

/* 1 if t is a ruler's given name, or a double name that starts with one:
 * "Louis-Philippe I" is the king ("Jean-Paul I said" is not). */
static int ruler_name(nrm_span t)
{
    const char *h = memchr(t.s, '-', t.len);

    return nrm_find(t, regnal_names, 0) >= 0
        || (h && nrm_find((nrm_span){ t.s, (size_t)(h - t.s) }, regnal_names, 0) >= 0);
}

/* "Francis I.", "Elizabeth I, queen of England": "I" after a given name and
 * before the end of a clause is a regnal number; before a word it is the
 * pronoun ("Tell John I said"). The name must not be the sentence's first
 * word ("Yes I.") and must have lower-case letters. */
static int regnal_i_at_clause_end(const nrm_ctx *c, const nv_ntok *prev)
{
    const nv_ntok *cur = &c->tok[c->i_tok];
    size_t i;
    int lower = 0;

    if (c->i_tok < 1 || prev->len < 3)
        return 0;
    for (i = 1; i < prev->len; i++) {
        /* a double name: "Louis-Philippe I." */
        if (prev->text[i] == '-' && i + 2 < prev->len && nrm_is_upper(prev->text[i + 1])) {
            i++;
            continue;
        }
        if (!nrm_is_lower(prev->text[i]))
            return 0;
        lower = 1;
    }
    if (!lower || nrm_find(nrm_text(prev), caps_english, 1) >= 0)
        return 0;
    if (c->i_tok + 1 < c->n_tok && cur->post_len == 0 && c->tok[c->i_tok + 1].pre_len > 0
        && c->tok[c->i_tok + 1].pre[0] == '(')
        return 1;                               /* "William I (r. 1066-1087)" */
    if (c->i_tok < 2)
        return 0;
    if (c->i_tok + 1 == c->n_tok)
        return 1;
    if (cur->post_len == 0 && c->tok[c->i_tok + 1].pre_len == 0) {
        nrm_span nx = nrm_text(&c->tok[c->i_tok + 1]);
        if (nrm_eq(nx, "-") || nrm_eq(nx, "--") || nrm_eq(nx, "\xe2\x80\x94"))
            return 1;                           /* "Francis I -- king of France" */
    }
    return cur->post_len > 0 && strchr(",.;:)-", cur->post[0]) != NULL;
}

/* 1 if t is a brand or title written in camel case ("WrestleMania",
 * "SmackDown", "StarCraft"): a capital after four or more letters. Names with a
 * short prefix ("McDonald", "MacArthur", "DeWitt", "FitzGerald") are not. */
static int camel_title(const nv_ntok *t)
{
    size_t i;

    if (t->len < 6 || !nrm_is_upper(t->text[0]) || nrm_has_prefix(t->text, t->len, "Fitz"))
        return 0;
    for (i = 1; i < t->len; i++) {
        if (!nrm_is_alpha(t->text[i]))
            return 0;
        if (nrm_is_upper(t->text[i]))
            return i >= 4 && i + 1 < t->len && nrm_is_lower(t->text[i + 1]);
    }
    return 0;
}

/* Words before a ruler's name after which "Charles I was" is the king, not
 * "Charles" and the pronoun: "when Charles I was executed", "under James I". */
static const char *const before_ruler[] = {
    "by", "of", "under", "to", "and", "when", "after", "before", "that", "with", "from",
    "for", "as", "until", "while", "since", "during", "whom", "which", "where", NULL
};

/* Words after which "I" is the pronoun, not a king: verbs no third person
 * takes ("Before Henry I think", "said to Louis I love you") and words of the
 * speaker's own doing ("Except for Richard I was alone"). */
static const char *const after_pronoun_i[] = {
    "am", "have", "do", "don't", "know", "think", "want", "need", "love", "hate", "like",
    "see", "feel", "believe", "hope", "guess", "mean", "suppose", "wish", "say", "remember",
    "agree", "promise", "swear", "bet", "doubt", "wonder", NULL
};

/* Modal verbs after "I": the pronoun when the name follows a conjunction
 * ("Before Henry I could answer"), the king when the name opens the sentence
 * ("Charles I would later regret it"). */
static const char *const modal_after_i[] = {
    "could", "would", "can", "will", "should", "must", "might", "shall", NULL
};

/* 1 if the "I" read now follows a ruler's given name and a verb follows it,
 * where the name starts the sentence or a clause: "Charles I was executed". */
static int regnal_i_before_verb(const nrm_ctx *c, const nv_ntok *prev, const nv_ntok *prev2)
{
    const nv_ntok *cur = &c->tok[c->i_tok], *next = nrm_next(c);
    const nv_ntok *prev3 = c->i_tok >= 3 ? nrm_tok(c, c->i_tok - 3) : NULL;

    if (prev->post_len != 0 || cur->post_len != 0 || !next || next->pre_len != 0
        || next->len < 2 || !nrm_is_lower(next->text[0])
        || !ruler_name(nrm_text(prev))
        || nrm_find(nrm_text(next), after_pronoun_i, 1) >= 0)
        return 0;
    if (!prev2 || prev2->post_len != 0)
        return 1;
    /* "as for Edward I", "except for Richard I": the speaker turns to a topic */
    if (nrm_ieq(nrm_text(prev2), "for") && prev3 && prev3->post_len == 0
        && (nrm_ieq(nrm_text(prev3), "as") || nrm_ieq(nrm_text(prev3), "except")))
        return 0;
    return nrm_find(nrm_text(prev2), before_ruler, 1) >= 0
        && nrm_find(nrm_text(next), modal_after_i, 1) < 0;
}

/* 1 if the numeral read now ends a clause or the sentence: "Art. I, Sec. 8",
 * "Vol. I." (before a word, "I" after an abbreviation may be the pronoun). */
static int roman_i_closes(const nrm_ctx *c)
{
    const nv_ntok *cur = &c->tok[c->i_tok];

    return c->i_tok + 1 == c->n_tok || (cur->post_len > 0 && strchr(",.;:)", cur->post[0]));
}

/* Words before which a Roman numeral is an ordinal: "the XIX century". Lower
 * case; to add one, append it before NULL. */
static const char *const roman_ordinal_before[] = {
    "century", "centuries", "millennium", "millennia", NULL
};

int nrm_read_roman(nrm_ctx *c, nrm_span t)
{
    const nv_ntok *prev = nrm_prev(c), *cur = &c->tok[c->i_tok], *next = nrm_next(c);
    const nv_ntok *prev2 = c->i_tok >= 2 ? nrm_tok(c, c->i_tok - 2) : NULL;
    int poss = t.len >= 3 && nrm_eq((nrm_span){ t.s + t.len - 2, 2 }, "'s");
    int v = nrm_roman_value(poss ? (nrm_span){ t.s, t.len - 2 } : t);

    /* "Type IIa", "Phase Ib": a numeral and a subtype letter after a cardinal word */
    if (!poss && t.len >= 2 && t.len <= 5 && t.s[t.len - 1] >= 'a' && t.s[t.len - 1] <= 'c'
        && prev && cur->pre_len == 0 && prev->post_len == 0
        && nrm_find(nrm_text(prev), roman_cardinal_after, 1) >= 0
        && nrm_roman_value((nrm_span){ t.s, t.len - 1 }) > 0) {
        nrm_say_value(c, (unsigned)nrm_roman_value((nrm_span){ t.s, t.len - 1 }), NRM_CARD);
        nrm_spell(c, (nrm_span){ t.s + t.len - 1, 1 });
        return 1;
    }
    /* "Type VIIC", "Type IXB": the U-boat types, a numeral of I, V and X and a
     * capital subtype letter, said like "Type IIa" */
    if (!poss && t.len >= 2 && t.len <= 5 && t.s[t.len - 1] >= 'A' && t.s[t.len - 1] <= 'D'
        && v == 0 && prev && cur->pre_len == 0 && prev->post_len == 0
        && nrm_find(nrm_text(prev), roman_cardinal_after, 1) >= 0
        && strspn(t.s, "IVX") == t.len - 1
        && nrm_roman_value((nrm_span){ t.s, t.len - 1 }) > 0) {
        nrm_say_value(c, (unsigned)nrm_roman_value((nrm_span){ t.s, t.len - 1 }), NRM_CARD);
        nrm_spell(c, (nrm_span){ t.s + t.len - 1, 1 });
        return 1;
    }
    if (poss)
        t.len -= 2;                             /* "Henry VIII's": the eighth's */
    /* "the XIX century", "the II millennium BC": an ordinal before the word */
    if (v > 0 && v <= 40 && !poss && t.len >= 2 && cur->post_len == 0 && next
        && next->pre_len == 0 && nrm_find(nrm_text(next), roman_ordinal_before, 1) >= 0) {
        nrm_say_value(c, (unsigned)v, NRM_ORD);
        return 1;
    }
    if (v == 0 || !prev || cur->pre_len != 0)
        return 0;
    /* "Vol. II": an abbreviation's period may stand between */
    if (prev->post_len != 0 && !(nrm_eq((nrm_span){ prev->post, prev->post_len }, ".")
                                 && nrm_find(nrm_text(prev), roman_cardinal_after, 1) >= 0
                                 && (t.len >= 2 || (nrm_is_cap(prev) && roman_i_closes(c)))))
        return 0;
    /* one letter after "Model" or "Series" names the model: "Tesla Model X",
     * "Xbox Series X", "Series I bonds" */
    if (t.len == 1 && (nrm_ieq(nrm_text(prev), "model") || nrm_ieq(nrm_text(prev), "series")))
        return 0;
    /* "Mark I believe", "Henry I think": the pronoun before a verb of its own */
    if (v == 1 && t.len == 1 && cur->post_len == 0 && next && next->pre_len == 0
        && nrm_find(nrm_text(next), after_pronoun_i, 0) >= 0)
        return 0;
    if ((nrm_find(nrm_text(prev), roman_cardinal_after, 1) >= 0
         && (t.len >= 2 || nrm_is_cap(prev)))
        || (t.len >= 2 && prev->post_len == 0 && camel_title(prev))     /* WrestleMania III */
        || (v > 1 && prev->post_len == 0 && nrm_is_cap(prev)
            && nrm_find(nrm_text(prev), roman_sequel_after, 1) >= 0)) {
        nrm_say_value(c, (unsigned)v, poss ? NRM_POSS : NRM_CARD);
        /* "a Grade II* listed building": the English listing grade two star */
        if (nrm_ieq(nrm_text(prev), "grade") && cur->post_len > 0 && cur->post[0] == '*')
            nrm_say(c, "star");
        return 1;
    }
    /* after a model number, the generation: "Sony A7 IV" a seven four */
    if (t.len >= 2 && prev->post_len == 0 && prev->len >= 2 && nrm_is_alpha(prev->text[0])
        && nrm_is_digit(prev->text[prev->len - 1])) {
        nrm_say_value(c, (unsigned)v, poss ? NRM_POSS : NRM_CARD);
        return 1;
    }
    /* Regnal: "Charles III", "John Paul II". Single letters (I, V, X) only after
     * a ruler's title ("King George V", "Queen Elizabeth I") or before "of" and a
     * place ("David I of Scotland"): "Malcolm X" is not a tenth. */
    if (!nrm_is_cap(prev) || caps_kind_upper(prev))
        return 0;
    /* without a title, rulers' numbers stay below forty: "LX", "XL", "CIV" after a
     * name are trims and sizes ("Lexus LX", "Pixel 9 Pro XL") */
    if ((t.len >= 2 && v >= 2 && v < 40)
        || (prev2 && prev2->post_len == 0 && nrm_find(nrm_text(prev2), regnal_titles, 0) >= 0)
        || (prev2 && prev2->post_len == 0 && nrm_is_cap(prev2) && c->i_tok >= 3
            && nrm_tok(c, c->i_tok - 3)->post_len == 0         /* "Pope John Paul I" */
            && nrm_find(nrm_text(nrm_tok(c, c->i_tok - 3)), regnal_titles, 0) >= 0)
        || (v == 1 && !poss && regnal_i_at_clause_end(c, prev))
        || (v == 1 && t.len == 1 && !poss && regnal_i_before_verb(c, prev, prev2))
        || (t.len == 1 && (v == 5 || v == 10) && prev->post_len == 0 && !nrm_post_dot(cur)
            && nrm_find(nrm_text(prev), regnal_names, 0) >= 0)
        || (t.len == 1 && next && nrm_eq(nrm_text(next), "of")
            && nrm_is_cap(nrm_tok(c, c->i_tok + 2)) && !nrm_post_has(cur, ','))) {
        /* "The XIX century": the numeral after "the" is an ordinal */
        if (!nrm_ieq(nrm_text(prev), "the"))
            nrm_say(c, "the");
        nrm_say_value(c, (unsigned)v, poss ? NRM_ORD_POSS : NRM_ORD);
        return 1;
    }
    return 0;
}
