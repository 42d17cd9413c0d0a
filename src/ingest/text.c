/* text.c - plain-text ingestion: article bytes -> sentences of tokens.
 *
 * Reads: the article (valid UTF-8, checked by the caller). Writes: utt->tok for
 * one sentence at a time, with the byte span of every token's core text.
 * Does: whitespace and paragraph splitting (a blank line ends a paragraph),
 * Unicode punctuation folded to what a reader sees (curly quotes and apostrophes,
 * dashes, ellipsis, non-breaking and other Unicode spaces), punctuation stripped
 * from both ends of each token, and sentence segmentation that knows news
 * abbreviations (U.S., Mr., Sept., a.m.). Does not: read numbers or
 * abbreviations aloud (normalize/), or parse HTML/SSML.
 */
#include "ingest/ingest.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "core/utf8.h"

#define MAX_TOKEN_BYTES 64u     /* longer runs are cut into several tokens */
#define MAX_SENTENCE_WEIGHT 200 /* rough bound on the spoken words of a sentence */
#define SOFT_MAX_TOKENS 60u     /* past this, a sentence ends at , ; : */
#define HARD_MAX_TOKENS 100u    /* and here it ends whatever follows */

void nv__ingest_init(nv_ingest *in, const char *src, size_t len)
{
    memset(in, 0, sizeof *in);
    in->src = src;
    in->len = len;
    in->paragraph_pending = 1;
    in->line_start = 1;
}

static int is_space_cp(uint32_t c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' ||
           c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 ||
           c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000 || c == 0x85;
}

/* characters that vanish: zero-width, BOM, soft hyphen, C0/C1 controls */
static int is_ignored_cp(uint32_t c)
{
    return c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060 || c == 0xFEFF ||
           c == 0xAD || c < 0x20 || (c >= 0x7F && c < 0xA0);
}

static int is_dash_token_cp(uint32_t c)
{
    return c == 0x2014 || c == 0x2015 || c == 0x2E3A || c == 0x2E3B;
}

/* ASCII replacement of a punctuation code point, or NULL to keep the bytes. */
static const char *fold_cp(uint32_t c)
{
    switch (c) {
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: case 0x02BC:
        return "'";
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033: case 0xAB:
    case 0xBB:
        return "\"";
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2212: case 0xFE63:
    case 0xFF0D:
        return "-";
    case 0x2026:
        return "...";
    case 0x2044: case 0x2215:
        return "/";
    default:
        return NULL;
    }
}

static int is_pre_punct(char c)
{
    return c == '"' || c == '\'' || c == '(' || c == '[' || c == '{' || c == '<' ||
           c == '*' || c == '_';
}

static int is_post_punct(char c)
{
    return c == '"' || c == '\'' || c == ')' || c == ']' || c == '}' || c == '>' ||
           c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' ||
           c == '*' || c == '_';
}

/* A raw token being folded: bytes plus the source offset of each byte. */
typedef struct fold_buf {
    char b[MAX_TOKEN_BYTES * 3 + 8];
    size_t off[MAX_TOKEN_BYTES * 3 + 8];   /* source offset where byte i came from */
    size_t end[MAX_TOKEN_BYTES * 3 + 8];   /* source offset just after it */
    size_t n;
} fold_buf;

static void fold_put(fold_buf *f, const char *s, size_t n, size_t src_b, size_t src_e)
{
    for (size_t i = 0; i < n && f->n < sizeof f->b - 1; i++) {
        f->b[f->n] = s[i];
        f->off[f->n] = src_b;
        f->end[f->n] = src_e;
        f->n++;
    }
}

/* Skip whitespace from in->pos; count newlines to find paragraph breaks. */
static void skip_space(nv_ingest *in)
{
    unsigned newlines = 0;
    while (in->pos < in->len) {
        size_t i = in->pos;
        uint32_t c = nv__utf8_next(in->src, in->len, &i);
        if (c == '\n' || c == 0x2029) {
            newlines++;
        } else if (!is_space_cp(c) && !is_ignored_cp(c)) {
            break;
        }
        in->pos = i;
    }
    if (newlines >= 2)
        in->paragraph_pending = 1;
    if (newlines >= 1)
        in->line_start = 1;
}

/* Read the next raw token into f (folded). Returns 0 at end of text. */
static int read_token(nv_ingest *in, fold_buf *f)
{
    f->n = 0;
    size_t raw = 0;
    while (in->pos < in->len) {
        size_t b = in->pos, i = in->pos;
        uint32_t c = nv__utf8_next(in->src, in->len, &i);
        if (is_space_cp(c))
            break;
        if (is_dash_token_cp(c)) {
            if (f->n > 0)
                break;              /* the dash becomes a token of its own */
            fold_put(f, "--", 2, b, i);
            in->pos = i;
            break;
        }
        if (c == '-' && f->n == 0 && i < in->len && in->src[i] == '-') {
            size_t e = i;               /* ASCII "--" as a token of its own */
            while (e < in->len && in->src[e] == '-')
                e++;
            fold_put(f, "--", 2, b, e);
            in->pos = e;
            break;
        }
        if (c == '-' && f->n > 0 && i < in->len && in->src[i] == '-')
            break;                      /* word--word */
        in->pos = i;
        if (is_ignored_cp(c))
            continue;
        const char *rep = fold_cp(c);
        if (rep)
            fold_put(f, rep, strlen(rep), b, i);
        else
            fold_put(f, in->src + b, i - b, b, i);
        if (++raw >= MAX_TOKEN_BYTES)
            break;
    }
    return f->n > 0 || in->pos < in->len;
}

/* Upper bound on the words a token can become: digits and capitals may each be
 * read on their own; other letter runs are one word. */
static int token_weight(const nv_token *t)
{
    int w = 0, in_run = 0;
    for (size_t i = 0; i < t->len; i++) {
        unsigned char c = (unsigned char)t->text[i];
        if ((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z')) {
            w++;
            in_run = 0;
        } else if (c >= 'a' && c <= 'z') {
            w += !in_run;
            in_run = 1;
        } else {
            w += c < 0x80;
            in_run = 0;
        }
    }
    return w;
}

static int has_alnum(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (isalnum((unsigned char)s[i]) || (unsigned char)s[i] >= 0x80)
            return 1;
    return 0;
}

/* Split f into pre / core / post and store the token in the utterance. */
static int store_token(nv_utt *utt, const fold_buf *f, uint32_t cap)
{
    size_t a = 0, z = f->n;
    if (has_alnum(f->b, f->n)) {
        while (a < z && is_pre_punct(f->b[a]) &&
               !(f->b[a] == '\'' && a + 1 < z && isdigit((unsigned char)f->b[a + 1])))
            a++;
        while (z > a && is_post_punct(f->b[z - 1]))
            z--;
    }
    if (utt->n_tok >= cap)
        return 0;
    nv_token *t = &utt->tok[utt->n_tok];
    t->pre = nv__arena_strndup(utt->arena, f->b, a);
    t->text = nv__arena_strndup(utt->arena, f->b + a, z - a);
    t->post = nv__arena_strndup(utt->arena, f->b + z, f->n - z);
    if (!t->pre || !t->text || !t->post)
        return -1;
    t->pre_len = a;
    t->len = z - a;
    t->post_len = f->n - z;
    t->raw_begin = f->off[0];
    t->raw_end = f->end[f->n - 1];
    if (z > a) {
        t->src_begin = f->off[a];
        t->src_end = f->end[z - 1];
    } else {
        t->src_begin = f->off[0];
        t->src_end = f->end[f->n - 1];
    }
    utt->n_tok++;
    return 1;
}

/* ---- sentence boundaries --------------------------------------------------- */

/* Abbreviations after which a period never ends a sentence (a name follows). */
static const char *const title_abbrevs[] = {
    "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col", "capt", "cmdr",
    "sgt", "cpl", "pvt", "maj", "adm", "prof", "rev", "st", "hon", "pres", "supt",
    "det", "insp", "atty", "messrs", "mt", "ft", "vs", "v", "gens", "reps",
    "sens", "lt.gen", "brig", "fr", "pt", "msgr", "rte", "govs", "asst", "sts",
    "feat", "ste", "mk", "mme", "mlle", "mmes", "rt", "drs", "profs", "pfc", "spc", "ss",
    NULL
};

/* Abbreviations that may end a sentence when a sentence-like start follows. */
static const char *const other_abbrevs[] = {
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
    "dec", "inc", "corp", "co", "ltd", "llc", "bros", "etc", "dept", "univ", "assn",
    "bldg", "bldgs", "mfg", "intl", "govt", "mgmt", "cos",
    "ave", "blvd", "rd", "hwy", "calif", "conn", "fla", "ill", "mass", "mich", "minn",
    "penn", "tenn", "wash", "wis", "ariz", "ark", "colo", "del", "ga", "ind", "kan",
    "ky", "la", "md", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "tex",
    "va", "vt", "wyo", "al", "approx", "est", "min", "max", "fig", "vol", "mon", "tue",
    "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "pl", "sq", "terr", "assoc",
    "sec", "jr", "sr", "no", "civ", "crim", "evid", "supp", "cong", "sess", "para", "paras", "repr", "ibid",
    "cf", "vols", "pp", "cit", "proc", "eds", "ff", "arts", "chap", "bk", NULL
};

/* "No." and "Nos." after "Pat.": the patent's number follows. */
static const char *const patent_numbers[] = { "no", "nos", NULL };

/* Words of journals' abbreviated names ("Phys. Rev. Lett.", "J. Chem. Phys.",
 * "Ann. Rev. Ecol. Syst."): written capitalised, one does not end a sentence
 * before another, or before a single capital ("Phys. Rev. B 99"). */
static const char *const journal_abbrevs[] = {
    "phys", "rev", "lett", "chem", "biol", "med", "sci", "proc", "natl", "acad", "ann",
    "econ", "amer", "am", "stud", "soc", "res", "mod", "geol", "astron", "astrophys", "math",
    "mol", "eng", "trans", "bull", "hist", "arch", "ecol", "syst", "zool", "bot", "genet",
    "appl", "nucl", "opt", "conf", "symp", "psychol", "clin", "neurosci", "philos", "q",
    "theor", "exp", "environ", "geophys", "biochem", "pharmacol", "anthropol", "j", "harv",
    "yale", "stat", "comput", "lit", "educ", "polit", "sociol", "quart", "microbiol", "l",
    "mag", "nat", "mus", "inst", "gaz", "entomol", "ornithol", "palaeontol", "paleontol",
    "agric", "vet", "surg", "trop", "contrib", "mem", "publ", "linn", "roy",
    "geogr", "mineral", "petrol", "struct", "electron", "commun", "inf", "intell", NULL
};

/* Legal and citation abbreviations that are also words ("fed", "art"): they do
 * not end a sentence when written capitalised before another abbreviation or a
 * Roman numeral ("Fed. R. Civ. P.", "Art. I, Sec. 8", "Art. IV"). */
static const char *const cite_words[] = { "fed", "art", "ann", "pub", "priv", "cong", NULL };

/* Abbreviations written before a number, which may be a Roman numeral:
 * "Vol. I", "vols. I and II", "Pt. IV", "Ch. XII". */
static const char *const number_abbrevs[] = {
    "vol", "vols", "sec", "ch", "chap", "pt", "bk", "op", "para", "cl", "art", "arts", NULL
};

static int post_has(const nv_token *t, char c)
{
    return memchr(t->post, c, t->post_len) != NULL;
}

/* Units written with a period after a number ("35,000 ft.", "9.58 s."): the
 * period may end the sentence, although "Ft." before a name is "Fort". */
static int is_opener(const nv_token *t);

static const char *const unit_abbrevs[] = {
    "ft", "in", "lb", "lbs", "oz", "mi", "yd", "yds", "s", "min", "mins", "hr", "hrs",
    "m", "km", "cm", "mm", "kg", "g", "mg", "ml", "gal", "qt", "mph", NULL
};

/* Title abbreviations that are also street words after a name ("Elm St."). */
static const char *const street_abbrevs[] = { "st", "dr", NULL };

/* Words that a capital letter follows as a name, not an initial: "Series B.",
 * "Plan B.", "Class A.", "vitamin C." */
static const char *const letter_designators[] = {
    "series", "plan", "class", "type", "group", "grade", "vitamin", "category", "model",
    "appendix", "hepatitis", "gate", "terminal", "level", "block", "pool", "exhibit",
    "schedule", "option", "phase", "round", "division", "league", NULL
};

/* A Roman numeral in capitals: "I", "IV", "XII". */
static int is_roman_token(const nv_token *t)
{
    if (t->len == 0 || t->len > 6)
        return 0;
    for (size_t i = 0; i < t->len; i++)
        if (!strchr("IVXLC", t->text[i]))
            return 0;
    return 1;
}

/* A short abbreviation ("R.", "Civ.") or a Roman numeral ("I", "IV") after a
 * citation word. */
static int cite_follows(const nv_token *t)
{
    if (t->len == 0 || t->len > 4)
        return 0;
    if (is_roman_token(t))
        return 1;
    for (size_t i = 0; i < t->len; i++)
        if (!isalpha((unsigned char)t->text[i]))
            return 0;
    return post_has(t, '.');
}

static int in_list(const char *const *list, const char *s, size_t n)
{
    char low[16];
    if (n == 0 || n >= sizeof low)
        return 0;
    for (size_t i = 0; i < n; i++)
        low[i] = (char)tolower((unsigned char)s[i]);
    low[n] = '\0';
    for (size_t i = 0; list[i]; i++)
        if (strcmp(list[i], low) == 0)
            return 1;
    return 0;
}

/* "U.S", "a.m", "U.N", "J" (initials): letters separated by single periods */
static int is_dotted_initialism(const char *s, size_t n)
{
    if (n == 1)
        return isalpha((unsigned char)s[0]);
    int letters = 0;
    for (size_t i = 0; i < n; i++) {
        if (isalpha((unsigned char)s[i])) {
            if (i + 1 < n && s[i + 1] != '.')
                return 0;
            letters++;
        } else if (s[i] != '.') {
            return 0;
        }
    }
    return letters >= 2;
}

/* 1 if code point cp is an upper-case letter of Latin-1, Latin Extended-A,
 * Greek or Cyrillic: "\xc3\x86lfric", "\xc3\x96sterreich", "\xc5\x81\xc3\xb3d\xc5\xba" start sentences. */
static int upper_cp(uint32_t cp)
{
    if (cp >= 0xc0 && cp <= 0xde)
        return cp != 0xd7;                      /* not the times sign */
    if (cp >= 0x100 && cp <= 0x17f) {
        if ((cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17e))
            return cp % 2 == 1;
        return cp == 0x178 || (cp % 2 == 0 && cp != 0x138);
    }
    return (cp >= 0x391 && cp <= 0x3a9) || (cp >= 0x400 && cp <= 0x42f);
}

static int starts_upper(const nv_token *t)
{
    const char *s = t->text;
    if (t->len == 0)
        return 0;
    if ((unsigned char)s[0] >= 0xc0) {
        size_t i = 0;
        return upper_cp(nv__utf8_next(s, t->len, &i));
    }
    return isupper((unsigned char)s[0]);
}

/* Common sentence openers: after "U.S." a following "The" starts a sentence. */
static const char *const openers[] = {
    "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "but", "and", "in",
    "on", "at", "this", "that", "these", "those", "there", "his", "her", "their",
    "its", "our", "as", "if", "when", "while", "after", "before", "officials",
    "meanwhile", "however", "still", "yet", "so", "for", "with", "some", "many",
    "most", "no", "one", "two", "three", NULL
};

static int is_opener(const nv_token *t)
{
    return in_list(openers, t->text, t->len);
}

/* Words that open a sentence but are no part of a name, and plural nouns that
 * news sentences open with: after "Inc." or "U.S." a "Later" or "Workers"
 * followed by a word in lower case starts a sentence ("... Harlow Corp. Later
 * he ..."). Followed by a capital they may be a headline in title case ("U.S.
 * Now Leads"), which goes on. */
static const char *const later_openers[] = {
    "then", "later", "other", "others", "nobody", "none", "each", "every", "both", "all",
    "such", "since", "because", "although", "though", "until", "unless", "what", "who",
    "why", "how", "where", "my", "your", "not", "now", "only", "even", "also", "instead",
    "today", "yesterday", "tomorrow", "last", "next", "several", "few", "neither",
    "either", "any", "nothing", "everyone", "someone", "here", "once", "during",
    "despite", "among", "without", "unlike", "earlier", "lawmakers", "workers",
    "passengers", "investigators", "residents", "police", "critics", "analysts",
    "investors", "authorities", "voters", "prosecutors", "researchers", "scientists",
    "experts", "doctors", "students", "teachers", "parents", "shares", "prices", "sales",
    "fans", "rescuers", "firefighters", "witnesses", "protesters", "troops", NULL
};

/* Words that open a sentence and never follow an initial as a surname: after
 * a single capital they show it was a numeral or a letter, not an initial
 * ("Charles I. He was", "Saturn V. It", "Jones, K. It was"). */
static const char *const strong_openers[] = {
    "the", "he", "she", "it", "its", "they", "their", "his", "her", "this", "these",
    "there", "we", "our", "but", "however", NULL
};

/* 1 if the word after the one ending at byte pos starts with a capital
 * (opening quotes and brackets skipped). */
static int word_after_upper(const nv_ingest *in, size_t pos)
{
    while (pos < in->len && (isspace((unsigned char)in->src[pos])
                             || is_pre_punct(in->src[pos])))
        pos++;
    if (pos >= in->len)
        return 0;
    if ((unsigned char)in->src[pos] >= 0xc0) {
        size_t i = pos;
        return upper_cp(nv__utf8_next(in->src, in->len, &i));
    }
    return isupper((unsigned char)in->src[pos]);
}

/* A list item's number at the start of a line: "1.", "2)", "12.". */
static int numbered_marker(const nv_token *t)
{
    if (t->len < 1 || t->len > 2 || t->pre_len != 0 || t->post_len != 1 ||
        (t->post[0] != '.' && t->post[0] != ')'))
        return 0;
    for (size_t i = 0; i < t->len; i++)
        if (!isdigit((unsigned char)t->text[i]))
            return 0;
    return 1;
}

/* A bullet or an item number that opens a list item. */
static int list_marker(const nv_token *t)
{
    static const char *const bullets[] = {
        "\xE2\x80\xA2", "-", "--", "*", "\xC2\xB7", "\xE2\x96\xAA", "\xE2\x97\xA6",
        "\xE2\x80\xA3", "\xE2\x96\xA0", "\xE2\x97\x8F", "+", NULL};
    for (size_t i = 0; bullets[i]; i++)
        if (t->pre_len == 0 && t->post_len == 0 && t->len == strlen(bullets[i]) &&
            memcmp(t->text, bullets[i], t->len) == 0)
            return 1;
    return numbered_marker(t);
}

/* Small words a headline in title case leaves in lower case ("Rates Rise in
 * May", "3 p.m. Update"), and words a short line of the article's furniture
 * does not end with ("5 min read" ends, "He said the" goes on). */
static const char *const heading_small_words[] = {
    "a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for",
    "by", "with", "from", "as", "vs", "via", "per", "up", "into", "over", "a.m", "p.m",
    "is", "are", "was", "be", NULL
};

/* "KABUL, Afghanistan (AP) --", "NEW DELHI --", "WASHINGTON (Reuters) -": the raw
 * line from byte b opens with a place in capitals and, within its first words,
 * a dash or a wire service in parentheses. */
static int line_is_dateline(const char *s, size_t len, size_t b)
{
    size_t i = b, words = 0, caps = 0;
    while (i < len && s[i] != '\n' && words < 8) {
        size_t w = i;
        while (i < len && s[i] != ' ' && s[i] != '\n' && s[i] != '\t')
            i++;
        size_t n = i - w;
        if ((n == 1 && s[w] == '-') || (n == 2 && memcmp(s + w, "--", 2) == 0)
            || (n == 3 && (memcmp(s + w, "\xE2\x80\x94", 3) == 0
                           || memcmp(s + w, "\xE2\x80\x93", 3) == 0))
            || (n >= 4 && s[w] == '(' && isupper((unsigned char)s[w + 1]) && s[i - 1] == ')'))
            return caps > 0 && words > 0;
        if (words == 0) {                   /* the first word: two or more capitals */
            for (size_t k = w; k < i; k++)
                if (islower((unsigned char)s[k]))
                    return 0;
        }
        for (size_t k = w; k < i; k++)
            caps += isupper((unsigned char)s[k]) != 0;
        if (words == 0 && caps < 2)
            return 0;
        words++;
        while (i < len && (s[i] == ' ' || s[i] == '\t'))
            i++;
    }
    return 0;
}

/* Columns from byte a to byte e: code points, so that curly quotes and dashes
 * count once. */
static size_t columns(const char *s, size_t a, size_t e)
{
    size_t n = 0;
    for (; a < e; a++)
        n += ((unsigned char)s[a] & 0xC0) != 0x80;
    return n;
}

/* Would next, the first word of its line, have fitted at the end of the line
 * before, which ends with t? Text wrapped to a width breaks a line only where
 * the next word does not fit, so its line plus that word is longer than the
 * next line; a break where the word would still have fitted was meant. Both
 * lines are measured from their first column, indentation included. */
static size_t columns_before(const nv_ingest *in, size_t e)
{
    size_t b = e;
    while (b > 0 && in->src[b - 1] != '\n')
        b--;
    return columns(in->src, b, e);
}

static int next_would_fit(const nv_ingest *in, const nv_token *t, const nv_token *next)
{
    size_t ne = next->raw_begin;
    while (ne < in->len && in->src[ne] != '\n' && in->src[ne] != '\r')
        ne++;
    size_t word = columns(in->src, next->raw_begin, next->raw_end);
    return columns_before(in, t->raw_end) + 1 + word <= columns_before(in, ne);
}

/* Does tok open a line, or follow a bar on its line ("Opinion | Why ...")? */
static int opens_line(const nv_ingest *in, const nv_token *tok)
{
    size_t i = tok->raw_begin;
    if (tok->line_start)
        return 1;
    while (i > 0 && (in->src[i - 1] == ' ' || in->src[i - 1] == '\t'))
        i--;
    return i > 0 && in->src[i - 1] == '|';
}

/* Words that open prose rather than a headline. */
static const char *const prose_starts[] = {
    "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "his", "her", "their",
    "its", "our", "this", "that", "these", "those", "there", NULL
};

/* Does a line break after tok[n - 1] end the sentence tok[0..n) before next,
 * which starts the following line? Headlines, bylines, labels ("Key points:")
 * and the short lines around an article ("5 min read", "File photo") carry no
 * period. Only a line that opens the sentence is such a line; a line of prose
 * that runs on goes on. */
static int heading_line_ends(const nv_ingest *in, const nv_token *tok, uint32_t n,
                             const nv_token *next)
{
    const nv_token *t = &tok[n - 1];
    uint32_t k = n - 1, i;
    if (!(starts_upper(next) || isdigit((unsigned char)next->text[0])))
        return 0;
    if (post_has(t, ',') || post_has(t, ';') || post_has(t, '-'))
        return 0;
    if (post_has(t, ':'))
        return 1;                                   /* "What to know:" */
    while (k > 0 && !tok[k].line_start)
        k--;
    if (k != 0 || !opens_line(in, &tok[0]))
        return 0;
    if (post_has(t, '.') && (in_list(title_abbrevs, t->text, t->len) || t->len == 1))
        return 0;                                   /* "By Sen.\nJohn Roe" */
    if (in_list(heading_small_words, t->text, t->len) && !post_has(t, '.'))
        return 0;
    if (line_is_dateline(in->src, in->len, next->raw_begin))
        return 1;                                   /* "Fed holds rates\nWASHINGTON --" */
    if (n <= 12 && tok[0].len == 2 && (memcmp(tok[0].text, "By", 2) == 0 || memcmp(tok[0].text, "BY", 2) == 0)
        && n >= 2 && starts_upper(&tok[1]))
        return 1;                                   /* "By Jane Doe" */
    int comma = 0;
    for (i = 0; i < n; i++)
        comma |= post_has(&tok[i], ',') || post_has(&tok[i], ';');
    if (n <= 4 && !is_opener(&tok[0]) && !comma)
        return 1;             /* "5 min read", "Getty Images"; not "Democrats, who control" */
    /* a headline in title case or capitals */
    int upper = 0;
    for (i = 0; i < n; i++) {
        const nv_token *w = &tok[i];
        int letters = 0, caps = 0;
        for (size_t j = 0; j < w->len; j++) {
            letters += isalpha((unsigned char)w->text[j]) != 0;
            caps += isupper((unsigned char)w->text[j]) != 0;
        }
        if (caps)
            upper++;
        else if (letters && !in_list(heading_small_words, w->text, w->len))
            return 0;
    }
    /* not prose that wrapped after a run of names: "The Secretary of State\nAntony" */
    return n >= 2 && upper >= 2 && n <= 20 && !in_list(prose_starts, tok[0].text, tok[0].len);
}

/* A line that opens its sentence and breaks where the next line's first word
 * would still have fitted: not a wrap but a headline in sentence case ("Storm
 * leaves thousands without power\nThousands of homes ..."). A wrapped line
 * breaks only where the next word does not fit, so its length plus that word
 * exceeds the next line's. */
static int short_line_ends(const nv_ingest *in, const nv_token *tok, uint32_t n,
                           const nv_token *next)
{
    const nv_token *t = &tok[n - 1];
    if (n < 2 || n > 20 || !opens_line(in, &tok[0]) || !starts_upper(&tok[0])
        || !starts_upper(next) || t->post_len > 0)
        return 0;
    /* one line of words and commas ("Fuel duty frozen, Brown says"), perhaps
     * after a label ("Watch: Storm hits the coast") */
    for (uint32_t i = 0; i < n; i++) {
        const nv_token *w = &tok[i];
        int mark_ok = w->post_len == 1 && (w->post[0] == ',' || (i == 0 && w->post[0] == ':'));
        if ((i > 0 && w->line_start) || w->pre_len > 0 || (w->post_len > 0 && !mark_ok))
            return 0;
    }
    if (in_list(heading_small_words, t->text, t->len)
        || in_list(prose_starts, tok[0].text, tok[0].len))
        return 0;
    return next_would_fit(in, t, next);
}

/* A dash or an item number that starts a line after a line of prose that
 * wrapped there ("... Coach Reed said\n-- the defense won", "... takes effect
 * on January\n1."): the text runs on, unless the sentence is itself a list
 * item. Wrapped prose fills its line; a line that introduces a list is short
 * ("The plan has three parts\n1. Cut taxes"). */
#define MIN_WRAPPED_COLUMNS 40
static int wrapped_onto_marker(const nv_ingest *in, const nv_token *tok, uint32_t n,
                               const nv_token *next)
{
    const nv_token *t = &tok[n - 1];
    int dash = next->len <= 2 && (memcmp(next->text, "-", next->len) == 0
                                  || memcmp(next->text, "--", next->len) == 0
                                  || memcmp(next->text, "+", next->len) == 0);
    if (!dash && !numbered_marker(next))
        return 0;
    if (tok[0].line_start && list_marker(&tok[0]))
        return 0;
    for (size_t i = 0; i < t->post_len; i++)
        if (strchr(".:;!?", t->post[i]))
            return 0;
    return columns_before(in, t->raw_end) >= MIN_WRAPPED_COLUMNS && !next_would_fit(in, t, next);
}

/* 1 if t's text has a full stop before a footnote marker glued to it:
 * "2020.[4", "disgrace.[12][13", "disputed.[citation", "it.\"[7". */
static int stop_before_footnote(const nv_token *t)
{
    for (size_t i = 1; i + 1 < t->len; i++) {
        if (t->text[i] != '[')
            continue;
        size_t k = i - 1;
        if (t->text[k] == '"' && k > 0)
            k--;
        if (!strchr(".!?", t->text[k]) || t->len - i > 24)
            return 0;
        for (size_t j = i; j < t->len; j++)
            if (!isalnum((unsigned char)t->text[j]) && !strchr("[]-", t->text[j]))
                return 0;
        return 1;
    }
    return 0;
}

static int has_digit(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (isdigit((unsigned char)s[i]))
            return 1;
    return 0;
}

/* Lower-case abbreviations written before a number ("incl. 20% tax", "pop.
 * 5,000", "tel. 555 0100") beyond those of the lists above. */
static const char *const before_number_abbrevs[] = {
    "incl", "excl", "appr", "resp", "tel", "ext", "figs", "ver", "abt", "nos", "pgs",
    "tbsp", "tsp", "ref", "refs", "eqs", "eqn", "avg", "pop", "elev", "alt", "lat",
    "long", "temp", "dia", "sect", "ser", "suppl", "transl", "orig", "ord", "sched",
    "esp", "circa", "nee", "tot", "fax", "mob", "edn", "rpt", "qty", "dep", "arr", "mss",
    "reg", "regs", "div", "tab", "cols", "col", "iss", "dkt", "prop", "flr", "rte",
    "secs", "chs", "pts", "yrs", "mos", "exs", "nn", "ll", "fn", "apt", "exh", "doc", "fol",
    "fols", "illus", "subd", "subsec", "sch", "cap", "pkg", "doz", "pcs", "wks", "yr", "amdt",
    "eq", NULL
};

/* Months and weekdays written out: a sentence ending with one may be followed
 * by one opening with a number ("... in March. 40 stores closed"). "May" is
 * left out: it is also a verb. */
static const char *const month_day_names[] = {
    "january", "february", "march", "april", "june", "july", "august", "september",
    "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
    "friday", "saturday", "sunday", NULL
};

/* A number written in figures, perhaps with a decimal point or a decade's "s":
 * "2019", "3.9%", "250,000", "1920s", "'90s". */
static int is_figure(const nv_token *t)
{
    size_t i = t->len > 1 && t->text[0] == '\'' ? 1 : 0, n = t->len;
    if (n > i + 1 && t->text[n - 1] == 's' && isdigit((unsigned char)t->text[n - 2]))
        n--;
    if (!has_digit(t->text + i, n - i))
        return 0;
    for (; i < n; i++)
        if (isalpha((unsigned char)t->text[i]))
            return 0;                           /* "A330.", "3pm." */
    return 1;
}

/* After "... phone." does "1 in 4 children" open a sentence? Only after an
 * ordinary word in lower case, not an abbreviation that numbers follow ("pp.
 * 12", "approx. 5", "ca. 1500"), or after a number ("in 2010. 2011 was
 * worse"); never after a capitalised word ("Jan. 5", "Fig. 3", "Rte. 9",
 * "Ps. 23") or a single letter. */
static int number_opens_sentence(const nv_token *prev, const nv_token *t)
{
    if (t->len == 0 || t->pre_len > 0)
        return 0;
    if (has_digit(t->text, t->len)) {
        if (!is_figure(t))
            return 0;
        /* "No. 5. 6 ...", "p. 12. 13 ...": a number after an abbreviation */
        return !(prev && post_has(prev, '.'));
    }
    if (memchr(t->text, '.', t->len))
        return 0;                               /* "U.S. 7th Fleet" */
    if (in_list(month_day_names, t->text, t->len))
        return 1;
    static const char *const short_words[] = {
        "so", "up", "it", "us", "me", "do", "go", "he", "we", "be", "is", "on", "to", "of",
        "at", "or", "as", "by", "an", "my", "ok", NULL
    };
    if (t->len < 3 && !in_list(short_words, t->text, t->len))
        return 0;
    for (size_t i = 0; i < t->len; i++)
        if (!islower((unsigned char)t->text[i]))
            return 0;
    return !in_list(title_abbrevs, t->text, t->len) && !in_list(other_abbrevs, t->text, t->len)
           && !in_list(number_abbrevs, t->text, t->len) && !in_list(unit_abbrevs, t->text, t->len)
           && !in_list(journal_abbrevs, t->text, t->len) && !in_list(cite_words, t->text, t->len)
           && !in_list(before_number_abbrevs, t->text, t->len);
}

/* Words after "5 p.m." that go on with the time: the zone, "Eastern Time". */
static const char *const time_followers[] = {
    "eastern", "central", "mountain", "pacific", "atlantic", "alaska", "hawaii", "local",
    "greenwich", "today", "tonight", "tomorrow", "yesterday", "mass", NULL
};

/* Prepositions that open a sentence with its time: "At 10 a.m. President
 * Smith spoke" goes on. */
static const char *const time_openers[] = {
    "at", "by", "around", "until", "till", "before", "after", "from", "since", "about", NULL
};

/* Words before a time that describes a noun: "the 10 a.m. Senate vote". */
static const char *const time_determiners[] = {
    "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "that",
    "each", "every", "usual", "regular", "daily", "nightly", "scheduled", "planned", NULL
};

/* "ET", "GMT", "ET/PT": a word in capitals. */
static int all_caps(const nv_token *t)
{
    int caps = 0;
    for (size_t i = 0; i < t->len; i++) {
        if (islower((unsigned char)t->text[i]))
            return 0;
        caps += isupper((unsigned char)t->text[i]) != 0;
    }
    return caps > 0;
}

/* Does the sentence end after token t, given the next token (or NULL)? */
static int ends_sentence(const nv_ingest *in, const nv_token *before, const nv_token *prev,
                         const nv_token *t, const nv_token *next)
{
    if (!next)
        return 1;
    /* "Help! reached No. 1", "\"Why?\" she asked": a lower-case word goes on */
    /* "By JANE DOE | The Times", "Opinion | Why ...": a bar parts the two */
    if (t->len == 1 && t->text[0] == '|' && (starts_upper(next) || isdigit((unsigned char)next->text[0])))
        return 1;
    if (post_has(t, '?') || post_has(t, '!'))
        return !(next->len > 0 && islower((unsigned char)next->text[0]));
    /* "He paused ... Then he spoke": an ellipsis written apart ends only when a
     * capital follows, as one written on the word does */
    if (t->len == 3 && t->pre_len == 0 && t->post_len == 0 && memcmp(t->text, "...", 3) == 0)
        return starts_upper(next);
    /* "fell silent . . . Then": so does one spaced out, the last of its dots */
    if (t->len == 1 && t->text[0] == '.' && t->pre_len == 0 && t->post_len == 0)
        return starts_upper(next);
    /* "in 2020.[4] It was", "disputed.[citation needed] Others": a footnote
     * marker or tag after the full stop */
    if (post_has(t, ']') && (stop_before_footnote(t) || (prev && !memchr(t->text, '[', t->len)
                                                         && stop_before_footnote(prev))))
        return starts_upper(next);
    if (!post_has(t, '.'))
        return 0;
    /* "on Bay St., No. 3", "Acme Inc.; Smith": a comma or semicolon after the
     * period goes on */
    if (post_has(t, ',') || post_has(t, ';'))
        return 0;
    /* "..." ellipsis: ends only when a capital follows */
    if (t->post_len >= 3 && memcmp(t->post, "...", 3) == 0)
        return starts_upper(next);
    if (isdigit((unsigned char)next->text[0]))
        return number_opens_sentence(prev, t);
    if (!starts_upper(next))
        return 0;
    /* "a 6-qt. Dutch oven", "a 10-ft. Pole": a number joined to its unit
     * describes the noun after it */
    const char *hy = memchr(t->text, '-', t->len);
    if (hy && isdigit((unsigned char)t->text[0])
        && in_list(unit_abbrevs, hy + 1, t->len - (size_t)(hy + 1 - t->text)))
        return 0;
    /* "at 35,000 ft. Voyager 1 ...", "in 9.58 s. He ...": a unit after a number */
    if (prev && prev->len > 0 && isdigit((unsigned char)prev->text[prev->len - 1])
        && prev->post_len == 0 && islower((unsigned char)t->text[0])
        && in_list(unit_abbrevs, t->text, t->len))
        return 1;   /* (units are written in lower case: "400 S. Route 9" is south) */
    /* "at latitude 51.5 degrees N. The ...": a compass letter after a degree sign */
    if (prev && t->len == 1 && strchr("NSEW", t->text[0]) && prev->post_len == 0
        && prev->len >= 2 && memcmp(prev->text + prev->len - 2, "\xc2\xb0", 2) == 0)
        return 1;
    /* "delivers 65 W. The ...": a unit or compass letter after a number, before a
     * word that opens sentences ("In 1945 J. Robert Oppenheimer" is an initial) */
    if (prev && t->len == 1 && strchr("WVAKJCFNSE", t->text[0]) && prev->post_len == 0
        && prev->len > 0 && isdigit((unsigned char)prev->text[prev->len - 1])
        && isdigit((unsigned char)prev->text[0]) && is_opener(next))
        return 1;
    /* "raised a Series B. The ...": a letter after its designator is no initial */
    if (prev && t->len == 1 && isupper((unsigned char)t->text[0]) && prev->post_len == 0
        && in_list(letter_designators, prev->text, prev->len))
        return 1;
    /* "lives on Elm St. The house ...": after a name "St." and "Dr." are the
     * street and the drive, and a sentence opener may follow */
    if (prev && prev->post_len == 0 && (starts_upper(prev) || isdigit((unsigned char)prev->text[0]))
        && in_list(street_abbrevs, t->text, t->len) && next->len > 1 && is_opener(next))
        return 1;
    /* "the crown went to Charles I. He ...", "Saturn V. It", "Jones, K. It was":
     * no surname is "He" or "The", so the letter was a numeral or a letter */
    if (t->len == 1 && isupper((unsigned char)t->text[0]) && !post_has(next, '.')
        && in_list(strong_openers, next->text, next->len))
        return 1;
    if (in_list(title_abbrevs, t->text, t->len))
        return 0;
    if (starts_upper(t) && in_list(journal_abbrevs, t->text, t->len)
        && ((in_list(journal_abbrevs, next->text, next->len) && post_has(next, '.'))
            || (next->len == 1 && next->post_len == 0)))
        return 0;                                   /* "Phys. Rev. Lett.", "Phys. Rev. B" */
    /* "U.S. Pat. No. 7,654,321": a patent's number follows */
    if (t->len == 3 && memcmp(t->text, "Pat", 3) == 0 && post_has(next, '.')
        && (in_list(patent_numbers, next->text, next->len)))
        return 0;
    const char *dash = memchr(t->text, '-', t->len);   /* "ex-Gov. John Roe" */
    if (dash && in_list(title_abbrevs, dash + 1, t->len - (size_t)(dash + 1 - t->text)))
        return 0;
    /* "see Vol. I. The ...", "in World War I. He": the numeral ends the sentence */
    if (prev && t->len == 1 && t->text[0] == 'I'
        && ((in_list(number_abbrevs, prev->text, prev->len) && post_has(prev, '.')
             && starts_upper(prev))
            || (prev->len == 3 && memcmp(prev->text, "War", 3) == 0 && prev->post_len == 0)))
        return 1;
    if (t->len == 1 && isupper((unsigned char)t->text[0]))
        return 0;   /* a middle initial: "John J. Smith" */
    if (starts_upper(t) && in_list(cite_words, t->text, t->len) && cite_follows(next))
        return 0;                                   /* "Fed. R. Civ. P.", "Art. IV" */
    /* "Vol. I", "vols. I and II"; a lone "I" (else the pronoun) only after a
     * capitalised abbreviation */
    if (in_list(number_abbrevs, t->text, t->len) && is_roman_token(next)
        && (next->len > 1 || starts_upper(t)))
        return 0;
    /* "They packed tents, stoves, etc. Then they ...": a list's "etc." ends
     * before any capital */
    if (t->len == 3 && memcmp(t->text, "etc", 3) == 0)
        return 1;
    /* "The vote is at 5 p.m. Lawmakers expect ...": a time ends its sentence
     * unless the day, the month or the time zone follows ("5 p.m. Friday",
     * "3 p.m. ET", "9 a.m. Eastern"), or the time describes what follows ("the
     * 10 a.m. Senate vote", "a 2 p.m. White House briefing") */
    if (t->len == 3 && (memcmp(t->text, "a.m", 3) == 0 || memcmp(t->text, "p.m", 3) == 0)
        && !(before && before->post_len == 0
             && in_list(time_determiners, before->text, before->len))
        && !(before && starts_upper(before) && in_list(time_openers, before->text, before->len))
        && !in_list(time_followers, next->text, next->len)
        && !in_list(month_day_names, next->text, next->len)
        && !in_list(other_abbrevs, next->text, next->len) && !all_caps(next))
        return 1;
    if (is_dotted_initialism(t->text, t->len) || in_list(other_abbrevs, t->text, t->len))
        return is_opener(next) || memchr(next->pre, '"', next->pre_len) != NULL
               || (in_list(later_openers, next->text, next->len) && !post_has(next, '.')
                   && !word_after_upper(in, next->raw_end));
    return 1;
}

int nv__ingest_next(nv_ingest *in, nv_utt *utt)
{
    fold_buf *f = malloc(sizeof *f);
    if (!f)
        return -1;
    uint32_t cap = HARD_MAX_TOKENS + 1;
    utt->tok = nv__arena_alloc(utt->arena, cap * sizeof *utt->tok);
    utt->n_tok = 0;
    if (!utt->tok) {
        free(f);
        return -1;
    }
    int rc = 0, weight = 0;
    for (;;) {
        skip_space(in);
        if (in->pos >= in->len)
            break;
        if (utt->n_tok > 0 && in->paragraph_pending)
            break;                      /* a blank line ends the sentence */
        size_t save = in->pos;
        if (!read_token(in, f) || f->n == 0)
            continue;
        if (store_token(utt, f, cap) < 0) {
            rc = -1;
            break;
        }
        utt->tok[utt->n_tok - 1].line_start = (uint8_t)in->line_start;
        in->line_start = 0;
        if (utt->n_tok == 1) {
            utt->starts_paragraph = in->paragraph_pending;
            if (in->paragraph_pending && in->sentence > 0)
                in->paragraph++;
            in->paragraph_pending = 0;
            weight = token_weight(&utt->tok[0]);
            continue;
        }
        const nv_token *t = &utt->tok[utt->n_tok - 2];
        const nv_token *next = &utt->tok[utt->n_tok - 1];
        uint32_t n_before = utt->n_tok - 1;
        int end = ends_sentence(in, n_before >= 3 ? t - 2 : NULL, n_before >= 2 ? t - 1 : NULL,
                                t, next);
        /* a list: each item that starts a line with a bullet or a number ("1.")
         * is a sentence of its own, and a number marking an item does not end one */
        if (next->line_start && list_marker(next)
            && !wrapped_onto_marker(in, utt->tok, n_before, next))
            end = 1;
        else if (t->line_start && n_before == 1 && numbered_marker(t))
            end = 0;
        /* a list run into one line: "Track listing: 1. \"Intro\" - 1:12; 2. ..."
         * an item's number after a colon or a semicolon ends nothing */
        else if (n_before >= 2 && numbered_marker(t) && (post_has(t - 1, ':') || post_has(t - 1, ';')))
            end = 0;
        /* a headline, a byline or a label ends at its line break */
        if (!end && next->line_start && (heading_line_ends(in, utt->tok, n_before, next)
                                         || short_line_ends(in, utt->tok, n_before, next)))
            end = 1;
        while (in->i_forced < in->n_forced && in->forced[in->i_forced] <= t->src_begin)
            in->i_forced++;
        if (in->i_forced < in->n_forced && in->forced[in->i_forced] <= next->src_begin) {
            end = 1;     /* an SSML sentence boundary lies between the two */
            in->i_forced++;
        }
        if (!end && n_before >= SOFT_MAX_TOKENS &&
            (post_has(t, ',') || post_has(t, ';') || post_has(t, ':')))
            end = 1;
        if (!end && n_before >= HARD_MAX_TOKENS)
            end = 1;
        if (!end && weight >= MAX_SENTENCE_WEIGHT)
            end = 1;
        weight += token_weight(next);
        if (end) {
            in->pos = save;             /* the next sentence reads it again */
            in->line_start = next->line_start;
            utt->n_tok--;
            break;
        }
    }
    free(f);
    if (rc < 0)
        return -1;
    if (utt->n_tok == 0)
        return 0;
    utt->index = in->sentence++;
    utt->paragraph = in->paragraph;
    utt->src_begin = utt->tok[0].raw_begin;
    utt->src_end = utt->tok[utt->n_tok - 1].raw_end;
    const nv_token *last = &utt->tok[utt->n_tok - 1];
    utt->question = post_has(last, '?') || memchr(last->text, '?', last->len) != NULL;
    return 1;
}
