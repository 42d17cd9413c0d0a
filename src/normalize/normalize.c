/* normalize.c - the normaliser's entry point: one sentence's tokens to words.
 *
 * Reads: the token list of one sentence (text, leading and trailing punctuation).
 * Writes: spoken words through the caller's callback, each tagged with its token.
 * This file walks the tokens and answers questions about the context (the
 * neighbours, their case and punctuation); how a token is read is decided in
 * words.c and the files it dispatches to. A sentence with a lone "=" is an
 * equation, where "-", "*" and "/" are operators. Keeps no state between calls.
 */
#include "nrm.h"

#include <string.h>

/* ---- characters and spans ------------------------------------------------- */

int nrm_is_digit(char ch) { return ch >= '0' && ch <= '9'; }
int nrm_is_upper(char ch) { return ch >= 'A' && ch <= 'Z'; }
int nrm_is_lower(char ch) { return ch >= 'a' && ch <= 'z'; }
int nrm_is_alpha(char ch) { return nrm_is_upper(ch) || nrm_is_lower(ch); }

static char lower(char ch)
{
    return nrm_is_upper(ch) ? (char)(ch - 'A' + 'a') : ch;
}

int nrm_has_prefix(const char *s, size_t len, const char *p)
{
    size_t n = strlen(p);
    return n <= len && memcmp(s, p, n) == 0;
}

int nrm_eq(nrm_span s, const char *w)
{
    return strlen(w) == s.len && memcmp(s.s, w, s.len) == 0;
}

int nrm_split_at(nrm_span s, char sep, nrm_span *a, nrm_span *b)
{
    const char *at = memchr(s.s, sep, s.len);

    if (!at)
        return 0;
    *a = (nrm_span){ s.s, (size_t)(at - s.s) };
    *b = (nrm_span){ at + 1, s.len - a->len - 1 };
    return 1;
}

int nrm_ieq(nrm_span s, const char *w)
{
    size_t i;

    if (strlen(w) != s.len)
        return 0;
    for (i = 0; i < s.len; i++)
        if (lower(s.s[i]) != lower(w[i]))
            return 0;
    return 1;
}

int nrm_find(nrm_span s, const char *const *list, int icase)
{
    int i;

    for (i = 0; list[i]; i++)
        if (icase ? nrm_ieq(s, list[i]) : nrm_eq(s, list[i]))
            return i;
    return -1;
}

/* ---- tokens ----------------------------------------------------------------- */

const nv_ntok *nrm_tok(const nrm_ctx *c, size_t i)
{
    return i < c->n_tok ? &c->tok[i] : NULL;
}

const nv_ntok *nrm_prev(const nrm_ctx *c)
{
    return c->i_tok > 0 ? &c->tok[c->i_tok - 1] : NULL;
}

const nv_ntok *nrm_next(const nrm_ctx *c)
{
    return nrm_tok(c, c->i_tok + 1);
}

nrm_span nrm_text(const nv_ntok *t)
{
    nrm_span s = { t->text, t->len };
    return s;
}

int nrm_is_cap(const nv_ntok *t)
{
    unsigned long cp;

    if (!t || t->len == 0)
        return 0;
    nrm_utf8_next(t->text, t->len, &cp);
    return nrm_cp_is_upper(cp);
}

int nrm_is_numeric(const nv_ntok *t)
{
    nrm_num n;

    return t && nrm_num_parse(nrm_text(t), &n);
}

int nrm_post_has(const nv_ntok *t, char ch)
{
    return t && t->post_len > 0 && memchr(t->post, ch, t->post_len) != NULL;
}

int nrm_post_dot(const nv_ntok *t)
{
    return t && t->post_len > 0 && t->post[0] == '.';
}

int nrm_joined(const nv_ntok *t)
{
    return t && (t->post_len == 0 || (t->post_len == 1 && t->post[0] == '.'));
}

/* Words that, after "a $5 million" or "the 100m", show the amount is not used
 * before a noun: a preposition, conjunction, verb or adverb follows. */
static const char *const not_a_noun[] = {
    "a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for",
    "from", "by", "with", "per", "than", "over", "under", "each", "apiece", "more",
    "less", "fewer", "plus", "minus", "away", "long", "wide", "high", "deep", "tall",
    "old", "ago", "later", "earlier", "off", "up", "down", "out", "into", "onto",
    "is", "was", "were", "are", "be", "been", "will", "would", "could", "can", "should",
    "that", "which", "who", "when", "while", "as", "if", "so", "this", "these",
    "between", "across", "along", "around", "through", "toward", "towards", "within",
    "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
    "inland", "offshore", "overseas", "today", "yesterday", "tonight", "tomorrow",
    "annually", "ahead", "behind", "short", "too", "alone", "left",
    "remaining", "last", "next", "had", "has", "have", "it", "they", "he", "she", "we",
    NULL
};

/* Words that open a noun phrase in which an amount may stand before the noun:
 * "the 100m final", "our 10m line". */
static const char *const determiners[] = {
    "a", "an", "the", "our", "his", "her", "their", "its", "my", "your", "this", "that",
    "every", "each", NULL
};

/* Nouns in "-ing" that name a kind of thing after an amount, not a verb form:
 * "a $5 parking ticket", "the $2 billion spending bill". Lower case; to add
 * one, append it before NULL. */
static const char *const ing_nouns[] = {
    "parking", "housing", "spending", "funding", "building", "marketing", "training",
    "shopping", "financing", "refinancing", "lending", "banking", "advertising", "clothing",
    "boarding", "licensing", "recording", "betting", "gaming", "streaming", "pricing",
    "signing", "listing", "offering", "mining", "drilling", "manufacturing", "shipping",
    "trading", "farming", "fishing", "hiring", "printing", "processing",
    "restructuring", "rebuilding", "catering", "computing", "engineering", "dredging",
    "paving", "flooring", "roofing", "plumbing", "heating", "lighting", "landscaping",
    "recycling", "nursing", "ticketing", "wedding", "sporting", "tutoring", "screening",
    "testing", "tracking", "charging", "starting", "closing", "operating", "asking",
    "opening", "selling", "living", "moving", "filing", "polling", NULL
};

/* Words in "'s" that are a pronoun and "is" or "has", not a possessive: "it's
 * $5 million". Lower case; to add one, append it before NULL. */
static const char *const s_contractions[] = {
    "it's", "that's", "what's", "here's", "there's", "he's", "she's", "who's", "where's",
    "let's", "how's", "when's", "why's", "it\xe2\x80\x99s", "that\xe2\x80\x99s",
    "there\xe2\x80\x99s", "here\xe2\x80\x99s", "he\xe2\x80\x99s", "she\xe2\x80\x99s",
    "what\xe2\x80\x99s", "who\xe2\x80\x99s", NULL
};

/* 1 if t is a possessive that opens a noun phrase like a determiner: "Apple's
 * $3 trillion valuation", "the city's 5 km race", "investors' $2 billion loss". */
static int possessive(const nv_ntok *t)
{
    nrm_span w = nrm_text(t);

    if (w.len < 3 || !nrm_is_alpha(w.s[0]) || nrm_find(w, s_contractions, 1) >= 0)
        return 0;
    return nrm_eq((nrm_span){ w.s + w.len - 2, 2 }, "'s")
        || (w.len > 4 && nrm_eq((nrm_span){ w.s + w.len - 4, 4 }, "\xe2\x80\x99s"))
        || (w.s[w.len - 1] == '\'' && w.s[w.len - 2] == 's');
}

/* Nouns that a measure names a kind of, so that the measure stands before them
 * even with no determiner: "shot on 35 mm film", "released on 7\" vinyl",
 * "armed with 120 mm guns". Lower case; to add one, append it before NULL. */
static const char *const measured_nouns[] = {
    "film", "films", "vinyl", "single", "singles", "record", "records", "gauge", "rifle",
    "rifles", "pistol", "pistols", "gun", "guns", "cannon", "cannons", "howitzer",
    "howitzers", "mortar", "mortars", "shell", "shells", "ammunition", "cartridge",
    "cartridges", "round", "rounds", "bullet", "bullets", "ammo", "lens", "lenses", "telescope",
    "floppy", "floppies", "reel", "reels", "tape", "tapes", "prints", "format",
    /* races: "swam 200 m freestyle", "the women's 4 x 100 m relay" */
    "relay", "relays", "freestyle", "backstroke", "breaststroke", "butterfly", "medley",
    "hurdles", "steeplechase", "dash", "sprint", "pursuit", "classical",
    /* "won the K-1 500 m event": another name may stand before the distance */
    "event", "events", "race", "races",
    /* reading and travel times: "5 min read", "a 10 min walk" */
    "read", "walk", "drive", "ride",
    /* money in notes and coins: "paid with $100 bills" */
    "bill", "bills", "banknote", "banknotes", "coin", "coins", NULL
};

const char *nrm_range_word(const nrm_ctx *c, size_t first)
{
    const nv_ntok *p = first > 0 ? nrm_tok(c, first - 1) : NULL;

    return p && p->post_len == 0 && nrm_ieq(nrm_text(p), "between") ? "and" : "to";
}

/* Number words that count the things a measure describes: "four 4.7 in guns". */
static const char *const count_words[] = {
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "several", "many", "some", "twin", NULL
};

/* 1 if the measure in tokens [first, last] is one side of a conversion in
 * parentheses that stands before its noun: "a 45 kg (99 lb) shell", "four
 * 4.7 in (120 mm) guns" (either side may be asked about). */
static int conversion_attributive(const nrm_ctx *c, size_t first, size_t last)
{
    const nv_ntok *l = nrm_tok(c, last), *t, *a, *after;
    size_t open = 0, close = 0, main_first, k;

    if (!l)
        return 0;
    t = nrm_tok(c, last + 1);
    if (l->post_len == 0 && t && t->pre_len == 1 && t->pre[0] == '(') {
        open = last + 1;
        main_first = first;
        for (k = open; k < open + 4 && k < c->n_tok && !close; k++)
            if (c->tok[k].post_len > 0 && c->tok[k].post[0] == ')')
                close = k;
    } else if (l->post_len == 1 && l->post[0] == ')') {
        close = last;
        for (k = last + 1; k-- > 0 && k + 4 > last && !open;)
            if (c->tok[k].pre_len == 1 && c->tok[k].pre[0] == '(')
                open = k;
        if (open < 2 || c->tok[open - 1].post_len != 0)
            return 0;
        main_first = nrm_is_numeric(&c->tok[open - 1]) ? open - 1 : open - 2;
        if (c->tok[main_first].post_len != 0 || !nrm_is_numeric(&c->tok[main_first]))
            return 0;
    } else {
        return 0;
    }
    if (!close || c->tok[close].post_len != 1 || !(after = nrm_tok(c, close + 1))
        || after->pre_len != 0 || after->len < 2 || !nrm_is_lower(after->text[0]))
        return 0;
    for (k = 0; k < after->len; k++)
        if (!nrm_is_alpha(after->text[k]) && after->text[k] != '-')
            return 0;
    if (nrm_find(nrm_text(after), not_a_noun, 1) >= 0
        || (after->len > 3 && nrm_has_prefix(after->text + after->len - 2, 2, "ed"))
        || (after->len > 4 && nrm_has_prefix(after->text + after->len - 3, 3, "ing")))
        return 0;
    if (nrm_find(nrm_text(after), measured_nouns, 1) >= 0)
        return 1;
    a = main_first > 0 ? nrm_tok(c, main_first - 1) : NULL;
    return a && a->post_len == 0 && (nrm_find(nrm_text(a), determiners, 1) >= 0
                                     || nrm_find(nrm_text(a), count_words, 1) >= 0);
}

int nrm_attributive(const nrm_ctx *c, size_t first, size_t last)
{
    const nv_ntok *a = first > 0 ? nrm_tok(c, first - 1) : NULL;
    const nv_ntok *l = nrm_tok(c, last), *next = nrm_tok(c, last + 1);

    if (conversion_attributive(c, first, last))
        return 1;                               /* "a 45 kg (99 lb) shell" */
    if (l && next && next->pre_len == 0 && nrm_find(nrm_text(next), measured_nouns, 1) >= 0
        && (l->post_len == 0 || (l->post_len == 1 && l->post[0] == '"'))
        && nrm_is_lower(next->text[0]))
        return 1;                               /* "shot on 35 mm film" */
    if (l && next && l->post_len == 0 && next->post_len == 0 && nrm_is_numeric(nrm_tok(c, last + 2))
        && (nrm_eq(nrm_text(next), "and") || nrm_eq(nrm_text(next), "or"))
        && nrm_attributive(c, last + 2, last + 2))
        return 1;                               /* "the $10 and $20 bills" */
    /* "a 10-year, $700 million contract": a hyphenated adjective and a comma
     * may stand between the determiner and the amount */
    if (a && first >= 2 && a->post_len == 1 && a->post[0] == ',' && memchr(a->text, '-', a->len)
        && nrm_tok(c, first - 2)->post_len == 0
        && nrm_find(nrm_text(nrm_tok(c, first - 2)), determiners, 1) >= 0)
        a = nrm_tok(c, first - 2);
    if (!a || !l || !next || next->pre_len != 0
        || (a->post_len != 0 && !(a->post_len == 1 && a->post[0] == '\''
                                  && a->text[a->len - 1] == 's'))   /* "investors' $2 billion" */
        || (l->post_len != 0 && !(l->post_len == 1 && (l->post[0] == '\'' || l->post[0] == '"')))
        || (a->post_len == 0 && nrm_find(nrm_text(a), determiners, 1) < 0 && !possessive(a))
        || next->len < 2)
        return 0;
    /* a name may follow "a" ("a $20 million Series B", "a $5 Starbucks card");
     * after "the" it may start a clause ("the $10 million Smith gave") */
    if (!nrm_is_lower(next->text[0])
        && !(nrm_is_upper(next->text[0]) && (nrm_ieq(nrm_text(a), "a") || nrm_ieq(nrm_text(a), "an"))))
        return 0;
    /* an engine or a model may follow, letters before digits: "a 5.5L V8", "the
     * 3.0L inline-6" */
    for (size_t i = 0; i < next->len; i++)
        if (!nrm_is_alpha(next->text[i]) && next->text[i] != '-'
            && !(nrm_is_digit(next->text[i]) && i > 0))
            return 0;
    /* "the $10 million needed", "the £400m being spent": a verb form follows */
    if ((next->len > 3 && nrm_has_prefix(next->text + next->len - 2, 2, "ed"))
        || (next->len > 4 && nrm_has_prefix(next->text + next->len - 3, 3, "ing")
            && nrm_find(nrm_text(next), ing_nouns, 1) < 0))
        return 0;
    return nrm_find(nrm_text(next), not_a_noun, 1) < 0;
}

/* ---- the sentence ------------------------------------------------------------ */

/* 1 if the text has two or more ASCII letters, all upper case; -1 if it has two
 * or more letters, not all upper case; 0 otherwise. */
static int caps_kind(const nv_ntok *t)
{
    size_t i, up = 0, lo = 0;

    for (i = 0; i < t->len; i++) {
        up += nrm_is_upper(t->text[i]);
        lo += nrm_is_lower(t->text[i]);
    }
    if (up + lo < 2)
        return 0;
    return lo == 0 ? 1 : -1;
}

/* Function words that show a run of capitals is a headline, not a list of
 * acronyms ("FBI, CIA AND NSA" has one too, but then at most a few words). */
static const char *const headline_words[] = {
    "THE", "AN", "OF", "TO", "IN", "ON", "FOR", "AND", "WITH", "IS", "ARE", "WAS",
    "BY", "AT", "FROM", "AS", "SAYS", "SAID", "WILL", "IT", "THIS", "THAT", "NOT",
    "HAS", "HAVE", "BE", "AFTER", "OVER", "NEW",
    "VS",                                       /* "CHIEFS VS. BILLS" */
    NULL
};

/* A headline in capitals: upper-case words there are words, not acronyms. */
static int sentence_shouts(const nv_ntok *tok, size_t n_tok)
{
    size_t i, caps = 0, words = 0, function = 0;

    for (i = 0; i < n_tok; i++) {
        int k = caps_kind(&tok[i]);
        words += k != 0;
        caps += k == 1;
        function += k == 1 && nrm_find(nrm_text(&tok[i]), headline_words, 0) >= 0;
    }
    /* "GAS PRICES SOAR, STOCKS SINK": no function word, but words, not acronyms */
    size_t caps_words = 0;
    for (i = 0; i < n_tok; i++)
        caps_words += tok[i].len >= 4 && nrm_caps_is_word(nrm_text(&tok[i]));
    return words >= 3 && caps * 5 >= words * 4 && (function > 0 || caps_words * 4 >= words * 3);
}

/* News services whose credit ends a dateline: "WASHINGTON (AP) --". */
static const char *const wire_services[] = { "AP", "Reuters", "AFP", "UPI", "CNN", NULL };

/* Number of tokens in the dateline that opens the sentence: upper-case place
 * names before "(AP)" or "--" (em dash), within the first few tokens; 0 if none.
 * Place names there are read as words ("WASHINGTON", not spelled). */
static size_t dateline_length(const nv_ntok *tok, size_t n_tok)
{
    size_t i;

    for (i = 1; i < n_tok && i < 6; i++) {
        nrm_span s = nrm_text(&tok[i]);
        if (nrm_eq(s, "--")
            || (nrm_find(s, wire_services, 0) >= 0 && tok[i].pre_len > 0 && tok[i].pre[0] == '('))
            return caps_kind(&tok[0]) == 1 ? i : 0;
    }
    return 0;
}

static int has_alnum(nrm_span t)
{
    size_t i = 0;

    while (i < t.len) {
        unsigned long cp;
        i += nrm_utf8_next(t.s + i, t.len - i, &cp);
        if ((cp < 0x80 && nrm_is_digit((char)cp)) || nrm_cp_is_letter(cp))
            return 1;
    }
    return 0;
}

/* Life-span words written before the second year of a range: "(c. 955 - c. 1010)". */
static const char *const lifespan_marks[] = { "c", "ca", "fl", NULL };

/* Halves of the day after a time: "9 am - 5 pm". */
static const char *const day_halves[] = { "am", "pm", "a.m", "p.m", NULL };

/* 1 if t is a day of the month written as a number: "5", "30". */
static int day_number(const nv_ntok *t)
{
    return t && t->len <= 2 && nrm_is_plain_number(nrm_text(t))
        && nrm_value(nrm_text(t)) >= 1 && nrm_value(nrm_text(t)) <= 31;
}

/* 1 if a lone "-" between two numbers stands for "to": "10 - 15". */
static int dash_range(const nrm_ctx *c)
{
    const nv_ntok *p = nrm_prev(c), *n = nrm_next(c);

    const nv_ntok *nn = c->i_tok + 2 < c->n_tok ? nrm_tok(c, c->i_tok + 2) : NULL;

    static const char *const eras[] = { "BC", "BCE", "B.C", "B.C.E", "AD", "A.D", "CE", "C.E",
                                        NULL };
    const nv_ntok *pp = c->i_tok >= 2 ? nrm_tok(c, c->i_tok - 2) : NULL;

    if (p && n && n->pre_len == 0 && (p->post_len == 0 || nrm_post_dot(p)) && pp
        && nrm_is_numeric(n) && nrm_find(nrm_text(p), day_halves, 1) >= 0
        && nrm_is_numeric(pp)
        && (memchr(n->text, ':', n->len) || (nn && nrm_find(nrm_text(nn), day_halves, 1) >= 0)))
        return 1;                   /* "8:30 am - 4:30 pm", "9 a.m. - 5 p.m." */
    if (!p || !n || p->post_len != 0 || n->pre_len != 0)
        return 0;
    /* "5 March - 7 April", "April 30 - May 2": a day and its month, then another */
    if (pp && (pp->post_len == 0 || nrm_post_dot(pp)) && nn && n->post_len <= 1
        && ((nrm_month(nrm_text(p), 1) && day_number(pp))
            || (day_number(p) && nrm_month(nrm_text(pp), 1)))
        && ((day_number(n) && nrm_month(nrm_text(nn), 1))
            || (nrm_month(nrm_text(n), 1) && day_number(nn))))
        return 1;
    /* "(63 BC - AD 14)", "(356 BC - 323 BC)": a year with its era, then a year */
    if (pp && pp->post_len == 0 && nrm_is_numeric(pp) && nrm_find(nrm_text(p), eras, 0) >= 0)
        return nrm_is_numeric(n) || (nrm_find(nrm_text(n), eras, 0) >= 0 && nn
                                     && n->post_len == 0 && nrm_is_numeric(nn));
    if (!nrm_is_numeric(p))
        return 0;
    /* "(c. 955 - c. 1010)": a year, then "c." and a year */
    if (n->post_len == 1 && n->post[0] == '.' && n->len <= 2 && nn && nn->pre_len == 0
        && nrm_is_numeric(nn) && nrm_find(nrm_text(n), lifespan_marks, 0) >= 0)
        return 1;
    /* "(February 22, 1732 - December 14, 1799)": a year, then a month and a number */
    return nrm_is_numeric(n)
        || ((p->len == 4
             || (p->len == 3 && pp && nrm_find(nrm_text(pp), lifespan_marks, 0) >= 0))
            && nrm_is_plain_number(nrm_text(p)) && nrm_month(nrm_text(n), 1)
            && nn && n->post_len <= 1 && nrm_is_numeric(nn));
}

/* 1 if a lone "x" or times sign follows a measure and comes before a number:
 * "3,048 m x 45 m", "73.7 cm \xc3\x97 92.1 cm" (dimensions, read "by"). */
static int dimension_sign(const nrm_ctx *c)
{
    const nv_ntok *p = nrm_prev(c), *n = nrm_next(c);
    const nv_ntok *pp = c->i_tok >= 2 ? nrm_tok(c, c->i_tok - 2) : NULL;
    nrm_num num;

    if (c->math || !p || !n || p->post_len != 0 || n->pre_len != 0 || !nrm_is_numeric(n))
        return 0;
    if (nrm_unit_find(nrm_text(p), 0) >= 0)     /* "45 m x" */
        return pp && pp->post_len == 0 && pp->len > 0 && nrm_is_digit(pp->text[pp->len - 1]);
    return nrm_num_parse(nrm_text(p), &num) && num.cur < 0 && num.rest.len > 0
        && nrm_unit_find(num.rest, 0) >= 0;     /* "45m x" */
}

/* 1 if t is a power of ten: "10^8", "10" with a superscript. */
static int power_of_ten(const nv_ntok *t)
{
    return t && t->len > 3 && t->text[0] == '1' && t->text[1] == '0'
        && (t->text[2] == '^'
            || ((unsigned char)t->text[2] == 0xc2 && ((unsigned char)t->text[3] == 0xb2
                                                     || (unsigned char)t->text[3] == 0xb3
                                                     || (unsigned char)t->text[3] == 0xb9))
            || ((unsigned char)t->text[2] == 0xe2 && (unsigned char)t->text[3] == 0x81));
}

/* Operators said in an equation ("2 * 3 = 6"); "+" and "=" have words anywhere. */
static const char *const math_operators[][2] = {
    { "-", "minus" }, { "*", "times" }, { "/", "divided by" }, { "^", "to the power of" },
    { "\xe2\x88\x92", "minus" },     /* minus sign */
    { "\xc3\xb7", "divided by" },     /* division sign */
    { "\xe2\x88\x95", "divided by" }, /* division slash */
    { "\xe2\x88\x97", "times" },      /* asterisk operator */
    { "\xe2\x88\x99", "times" },      /* bullet operator, a bullet elsewhere */
    { "\xe2\x8b\x85", "times" },      /* dot operator */
};

const char *nrm_math_operator(nrm_span t)
{
    size_t i;

    for (i = 0; i < sizeof math_operators / sizeof math_operators[0]; i++)
        if (nrm_eq(t, math_operators[i][0]))
            return math_operators[i][1];
    return NULL;
}

static int is_alnum(char ch)
{
    return nrm_is_alpha(ch) || nrm_is_digit(ch);
}

/* 1 if t is an equation written without spaces, "1-2=5", "y=2x+1": a letter or
 * digit on each side of its one "=", an operator sign besides it (so that a
 * sample size, "n=30", is not one), and nothing but letters, digits, points and
 * operator signs (ASCII or not) elsewhere ("?id=5&x=2" is a web address). */
static int glued_equation(const nv_ntok *t)
{
    size_t i, eq = 0, ops = 0;

    for (i = 0; i < t->len; i++) {
        unsigned char ch = (unsigned char)t->text[i];
        if (ch == '=') {
            if (eq++ || i == 0 || i + 1 == t->len || !is_alnum(t->text[i - 1])
                || !is_alnum(t->text[i + 1]))
                return 0;
        } else if (ch >= 0x80 || strchr("+-*/^", ch)) {
            ops++;
        } else if (!is_alnum((char)ch) && ch != '.') {
            return 0;
        }
    }
    return eq == 1 && ops > 0;
}

/* 1 if the sentence is an equation: one of its tokens is a lone "=" or an
 * equation written without spaces. */
static int sentence_is_math(const nv_ntok *tok, size_t n_tok)
{
    size_t i;

    for (i = 0; i < n_tok; i++)
        if ((tok[i].len == 1 && tok[i].text[0] == '=') || glued_equation(&tok[i]))
            return 1;
    return 0;
}

/* Comparison signs written alone between two terms: "5 < 6", "x >= 2". */
static const char *const comparisons[][2] = {
    { "<", "less than" }, { ">", "greater than" },
    { "<=", "less than or equal to" }, { ">=", "greater than or equal to" },
    { "<>", "not equal to" }, { "!=", "not equal to" },
};

/* 1 if t is a term of a comparison: a number or a one-letter variable. */
static int comparison_term(const nv_ntok *t)
{
    return t && (nrm_is_numeric(t) || (t->len == 1 && nrm_is_alpha(t->text[0])));
}

/* The words of the current token if it is a comparison sign before a number
 * ("rates < 5%") or between two variables ("a > b"), nothing but spaces around
 * it; NULL if not. */
static const char *comparison_word(const nrm_ctx *c, nrm_span s)
{
    const nv_ntok *p = nrm_prev(c), *n = nrm_next(c);
    size_t i;

    if (!p || !n || p->post_len != 0 || n->pre_len != 0 || c->tok[c->i_tok].pre_len != 0
        || c->tok[c->i_tok].post_len != 0 || !comparison_term(n)
        || !(comparison_term(p) || nrm_is_numeric(n)))
        return NULL;
    for (i = 0; i < sizeof comparisons / sizeof comparisons[0]; i++)
        if (nrm_eq(s, comparisons[i][0]))
            return comparisons[i][1];
    return NULL;
}

/* Words before "+/-" that make it a noun, the plus-minus statistic of hockey
 * and basketball ("a +/- of +12", "his +/-"), not "plus or minus". */
static const char *const plus_minus_after[] = {
    "a", "the", "his", "her", "their", "its", "team", "team's", NULL
};

static int plus_minus_noun(const nrm_ctx *c, nrm_span s)
{
    const nv_ntok *prev = nrm_prev(c);

    return nrm_eq(s, "+/-") && prev && prev->post_len == 0
        && nrm_find(nrm_text(prev), plus_minus_after, 1) >= 0;
}

/* 1 if the current token is a vulgar fraction sign written apart after a whole
 * number, "3 \xc2\xbd": it says "and a half" (nrm_read_symbols says "one half" alone). */
static int read_spaced_vulgar(nrm_ctx *c, nrm_span s)
{
    const nv_ntok *p = nrm_prev(c);
    size_t used = 0;
    const char *w = nrm_symbol_words(s.s, s.len, &used);

    if (!w || used != s.len || !p || p->post_len != 0 || c->tok[c->i_tok].pre_len != 0
        || !nrm_is_plain_number(nrm_text(p)) || memchr(p->text, '.', p->len)
        || !(nrm_has_prefix(s.s, s.len, "\xc2\xbc") || nrm_has_prefix(s.s, s.len, "\xc2\xbd")
             || nrm_has_prefix(s.s, s.len, "\xc2\xbe") || nrm_has_prefix(s.s, s.len, "\xe2\x85")))
        return 0;
    nrm_say(c, "and");                          /* 3 1/2 (sign): three and a half */
    if (nrm_has_prefix(w, strlen(w), "one h") || nrm_has_prefix(w, strlen(w), "one q"))
        nrm_say(c, "a");
    else
        nrm_emit(c, w, strcspn(w, " "), NULL);
    nrm_say(c, strchr(w, ' ') + 1);
    return 1;
}

static void read_token(nrm_ctx *c)
{
    const nv_ntok *t = &c->tok[c->i_tok];
    nrm_span s = nrm_text(t);

    if (s.len == 0)
        return;
    if ((nrm_eq(s, "x") || nrm_eq(s, "\xc3\x97")) && dimension_sign(c)) {
        nrm_say(c, "by");                       /* 3 m x 4 m */
        return;
    }
    if (nrm_money_word_silent(c, c->i_tok))
        return;                                 /* "$ 5", "USD 5": the amount says "dollars" */
    if (nrm_read_currency_pair(c, s))            /* "the \xe2\x82\xac/$ rate": euro dollar */
        return;
    if (!has_alnum(s)) {
        if (c->math && nrm_math_operator(s))
            nrm_say(c, nrm_math_operator(s));   /* 10 - 2 = 8 */
        else if (nrm_eq(s, "-") && dash_range(c))
            nrm_say(c, nrm_range_word(c, c->i_tok - 1));
        else if (read_spaced_vulgar(c, s))
            ;
        else if (comparison_word(c, s))
            nrm_say(c, comparison_word(c, s));  /* 5 < 6: five less than six */
        else if (plus_minus_noun(c, s))
            nrm_say(c, "plus minus");           /* hockey's "a +/- of +12" */
        else if (!c->math && nrm_eq(s, "\xc3\x97") && dash_range(c))
            nrm_say(c, power_of_ten(nrm_next(c)) ? "times" : "by");  /* "3 (times) 5 m" */
        else
            nrm_read_symbols(c, s);
        return;
    }
    nrm_read_piece(c, s, NRM_WHOLE);
}

int nv__normalize(const nv_ntok *tokens, size_t n_tok, nv_word_fn emit, void *ud)
{
    nrm_ctx c;

    memset(&c, 0, sizeof c);
    c.tok = tokens;
    c.n_tok = n_tok;
    c.emit = emit;
    c.ud = ud;
    if (!tokens || !emit)
        return 0;
    c.shouting = sentence_shouts(tokens, n_tok);
    c.n_dateline = dateline_length(tokens, n_tok);
    c.math = sentence_is_math(tokens, n_tok);
    c.byline = n_tok >= 2 && nrm_ieq(nrm_text(&tokens[0]), "by") && caps_kind(&tokens[1]) == 1
               && caps_kind(&tokens[n_tok > 2 ? 2 : 1]) == 1;   /* "By JANE DOE" */
    for (c.i_tok = 0; c.i_tok < n_tok && c.rc == 0; c.i_tok++) {
        if (tokens[c.i_tok].claimed)
            c.rc = emit(ud, NULL, 0, NULL, c.i_tok);    /* the caller's own words */
        else
            read_token(&c);
    }
    return c.rc;
}
