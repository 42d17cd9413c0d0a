/* userlex.c - publisher and names lexicons: parse, index, match.
 *
 * Entries are kept in one array sorted by key (the grapheme's words, case-folded
 * and joined by single spaces), so a lookup is a binary search followed by a
 * short scan over the entries that share the key (different parts of speech,
 * exact-case variants). Later entries win: each carries its load order.
 * See userlex.h for the file format.
 */
#include "pron/userlex.h"

#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/tree.h>

#include "core/phones.h"
#include "ingest/xmlread.h"

typedef struct ul_entry {
    char *key;          /* case-folded words joined by ' ' */
    char *written;      /* the grapheme's words as written, joined by ' ' */
    uint8_t n_words;
    uint8_t exact_case;
    char pos[4];        /* "" any, else n / v / j */
    char *phones;       /* whole ARPAbet (word separators removed) */
    char *seg[NV_USERLEX_MAX_WORDS]; /* per-word ARPAbet, or only seg[0] */
    uint8_t n_seg;
    nv_pron pron;       /* for one-word entries */
    uint32_t order;
} ul_entry;

struct nv_userlex {
    ul_entry *e;
    size_t n, cap;
    int names_only;
    uint32_t max_words;
};

/* ---- small helpers -------------------------------------------------------------- */

static void set_err(char *err, size_t len, const char *fmt, ...)
{
    if (!err || !len)
        return;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err, len, fmt, ap);
    va_end(ap);
}

/* Case-fold UTF-8 for matching: ASCII and Latin-1 capitals (À..Þ but ×). */
static void fold(const char *s, size_t n, char *out)
{
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80) {
            out[i] = (char)tolower(c);
        } else if (c == 0xC3 && i + 1 < n) {
            unsigned char d = (unsigned char)s[i + 1];
            out[i] = (char)c;
            out[i + 1] = (char)(d >= 0x80 && d <= 0x9E && d != 0x97 ? d + 0x20 : d);
            i++;
        } else {
            out[i] = (char)c;
        }
    }
    out[n] = '\0';
}

/* Does s begin with a capital: ASCII, Latin-1 (À-Þ) or Latin Extended-A
 * ("Świątek", "Šefčovič", "Đoković", "Şengün")? In Extended-A capitals take the
 * even code points, except from U+0139 to U+0148 and from U+0179 to U+017E, where
 * they take the odd ones; U+0138, U+0149 and U+017F are small letters. */
static int is_capitalised(const char *s, size_t n)
{
    if (n == 0)
        return 0;
    unsigned char c = (unsigned char)s[0];
    if (c < 0x80)
        return isupper(c);
    if (n < 2 || ((unsigned char)s[1] & 0xC0) != 0x80)
        return 0;
    unsigned cp = (unsigned)(c & 0x1F) << 6 | ((unsigned char)s[1] & 0x3F);
    if (c == 0xC3)
        return cp >= 0xC0 && cp <= 0xDE && cp != 0xD7;
    if (c != 0xC4 && c != 0xC5)
        return 0;
    if (cp == 0x138 || cp == 0x149 || cp == 0x17F)
        return 0;
    if (cp == 0x178)
        return 1;
    if ((cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E))
        return cp & 1;
    return !(cp & 1);
}

static char *dupn(const char *s, size_t n)
{
    char *p = malloc(n + 1);
    if (p) {
        memcpy(p, s, n);
        p[n] = '\0';
    }
    return p;
}

void nv__pron_from_arpabet(const char *arpabet, nv_pron *out)
{
    uint8_t stress[NV_PRON_MAX_SYL];
    size_t n_v = 0;
    memset(out, 0, sizeof *out);
    for (const char *p = arpabet; *p;) {
        while (*p == ' ')
            p++;
        const char *b = p;
        while (*p && *p != ' ')
            p++;
        int st;
        int id = b < p ? nv__phone_from_arpabet(b, (size_t)(p - b), &st) : -1;
        if (id < 0 || out->n_ph >= NV_PRON_MAX_PH)
            continue;
        out->ph[out->n_ph++] = (uint8_t)id;
        if (nv__phone_is_vowel(id) && n_v < NV_PRON_MAX_SYL)
            stress[n_v++] = (uint8_t)(st > 0 ? st : 0);
    }
    /* an entry written without stress digits: stress the first vowel */
    int any = 0;
    for (size_t k = 0; k < n_v; k++)
        any |= stress[k] != 0;
    if (!any && n_v > 0)
        stress[0] = 1;
    nv__pron_syllabify(out, stress);
}

/* ---- building ------------------------------------------------------------------- */

static void entry_free(ul_entry *e)
{
    free(e->key);
    free(e->written);
    free(e->phones);
    for (unsigned k = 0; k < e->n_seg; k++)
        free(e->seg[k]);
}

void nv__userlex_free(nv_userlex *ul)
{
    if (!ul)
        return;
    for (size_t i = 0; i < ul->n; i++)
        entry_free(&ul->e[i]);
    free(ul->e);
    free(ul);
}

size_t nv__userlex_size(const nv_userlex *ul)
{
    return ul ? ul->n : 0;
}

/* Normalise a part-of-speech field. Returns 0, or -1 if unknown. */
static int parse_pos(const char *s, size_t n, char out[4])
{
    static const struct { const char *name, *tag; } t[] = {
        {"-", ""}, {"n", "n"}, {"noun", "n"}, {"nn", "n"}, {"v", "v"}, {"verb", "v"},
        {"vb", "v"}, {"j", "j"}, {"adj", "j"}, {"adjective", "j"}, {"jj", "j"}};
    char buf[16];
    if (n == 0) {
        out[0] = '\0';
        return 0;
    }
    if (n >= sizeof buf)
        return -1;
    fold(s, n, buf);
    for (size_t k = 0; k < sizeof t / sizeof t[0]; k++)
        if (strcmp(buf, t[k].name) == 0) {
            snprintf(out, 4, "%s", t[k].tag);
            return 0;
        }
    return -1;
}

/* Split a grapheme into words (whitespace; surrounding quotes and trailing
 * , ; : ! ? dropped). Writes the folded key and the written form. Returns the
 * number of words, 0 if empty, -1 if too many. */
static int split_grapheme(const char *s, size_t n, char **key, char **written)
{
    char *w = malloc(n + 1), *k = malloc(n + 1);
    if (!w || !k) {
        free(w);
        free(k);
        return -2;
    }
    size_t o = 0;
    int words = 0;
    for (size_t i = 0; i < n;) {
        while (i < n && isspace((unsigned char)s[i]))
            i++;
        size_t b = i;
        while (i < n && !isspace((unsigned char)s[i]))
            i++;
        size_t e = i;
        while (b < e && (s[b] == '"' || s[b] == '\'' || s[b] == '('))
            b++;
        while (e > b && strchr(",;:!?\").", s[e - 1]))
            e--;
        if (e == b)
            continue;
        if (words == NV_USERLEX_MAX_WORDS) {
            free(w);
            free(k);
            return -1;
        }
        if (o)
            w[o++] = ' ';
        memcpy(w + o, s + b, e - b);
        o += e - b;
        words++;
    }
    w[o] = '\0';
    fold(w, o, k);
    *key = k;
    *written = w;
    return words;
}

/* Convert and check a pronunciation. Returns 0, or -1 with a reason in why. */
static int parse_pron(const char *s, size_t n, int ipa, ul_entry *e, int n_words,
                      const char **why)
{
    char buf[512], seg[NV_USERLEX_MAX_WORDS][512];
    int n_seg = 0;
    while (n && isspace((unsigned char)*s))
        s++, n--;
    while (n && isspace((unsigned char)s[n - 1]))
        n--;
    if (n >= 2 && ((s[0] == '/' && s[n - 1] == '/') || (s[0] == '[' && s[n - 1] == ']'))) {
        ipa = 1;
        s++;
        n -= 2;
    }
    for (size_t i = 0; i < n; i++)
        if ((unsigned char)s[i] >= 0x80)
            ipa = 1;
    if (n == 0 || n >= sizeof buf) {
        *why = n ? "pronunciation too long" : "empty pronunciation";
        return -1;
    }
    memcpy(buf, s, n);
    buf[n] = '\0';
    /* split at '|' into per-word parts */
    for (char *p = buf, *bar;; p = bar + 1) {
        bar = strchr(p, '|');
        if (bar)
            *bar = '\0';
        if (n_seg == NV_USERLEX_MAX_WORDS) {
            *why = "more word pronunciations than words";
            return -1;
        }
        char *q = p;
        while (isspace((unsigned char)*q))
            q++;
        if (ipa) {
            if (nv__ipa_to_arpabet(q, seg[n_seg], sizeof seg[n_seg]) != 0) {
                *why = "IPA symbol not understood (supported: the English phoneme set)";
                return -1;
            }
        } else {
            for (char *c = q; *c; c++)
                *c = (char)toupper((unsigned char)*c);
            snprintf(seg[n_seg], sizeof seg[n_seg], "%s", q);
            if (!nv__arpabet_ok(seg[n_seg])) {
                *why = "unknown ARPAbet phone (use CMUdict's: AA AE AH ... ZH, stress 0-2)";
                return -1;
            }
        }
        n_seg++;
        if (!bar)
            break;
    }
    if (n_seg > 1 && n_seg != n_words) {
        *why = "a '|' per word boundary is needed: as many pronunciations as words";
        return -1;
    }
    size_t total = 0;
    for (int k = 0; k < n_seg; k++)
        total += strlen(seg[k]) + 1;
    e->phones = malloc(total + 1);
    if (!e->phones) {
        *why = "out of memory";
        return -1;
    }
    e->phones[0] = '\0';
    for (int k = 0; k < n_seg; k++) {
        if (k)
            strcat(e->phones, " ");
        strcat(e->phones, seg[k]);
        e->seg[k] = dupn(seg[k], strlen(seg[k]));
        e->n_seg = (uint8_t)(k + 1);
        if (!e->seg[k]) {
            *why = "out of memory";
            return -1;
        }
    }
    nv__pron_from_arpabet(e->phones, &e->pron);
    if (e->pron.n_ph == 0) {
        *why = "empty pronunciation";
        return -1;
    }
    return 0;
}

static int push(nv_userlex *ul, ul_entry *e)
{
    if (ul->n == ul->cap) {
        size_t cap = ul->cap ? ul->cap * 2 : 64;
        ul_entry *p = realloc(ul->e, cap * sizeof *p);
        if (!p)
            return -1;
        ul->e = p;
        ul->cap = cap;
    }
    e->order = (uint32_t)ul->n;
    ul->e[ul->n++] = *e;
    if (e->n_words > ul->max_words)
        ul->max_words = e->n_words;
    return 0;
}

/* Add one entry from its fields. Returns 0, or -1 with why (and the field's
 * offset in *where: 0 grapheme, 1 pronunciation, 2 POS, 3 flags). */
static int add_entry(nv_userlex *ul, const char *g, size_t gn, const char *ph, size_t phn,
                     int ipa, const char *pos, size_t posn, const char *flags, size_t fn,
                     int *where, const char **why)
{
    ul_entry e;
    memset(&e, 0, sizeof e);
    int words = split_grapheme(g, gn, &e.key, &e.written);
    *where = 0;
    if (words == -2) {
        *why = "out of memory";
        return -1;
    }
    if (words <= 0) {
        *why = words == 0 ? "empty grapheme" : "grapheme longer than 8 words";
        entry_free(&e);
        return -1;
    }
    e.n_words = (uint8_t)words;
    *where = 1;
    if (parse_pron(ph, phn, ipa, &e, words, why) != 0) {
        entry_free(&e);
        return -1;
    }
    *where = 2;
    if (parse_pos(pos, posn, e.pos) != 0) {
        *why = "unknown part of speech (use n, v, j or -)";
        entry_free(&e);
        return -1;
    }
    *where = 3;
    while (fn && isspace((unsigned char)flags[fn - 1]))
        fn--;
    if (fn) {
        char buf[16];
        if (fn >= sizeof buf) {
            *why = "unknown flag (use case)";
            entry_free(&e);
            return -1;
        }
        fold(flags, fn, buf);
        if (strcmp(buf, "case") != 0 && strcmp(buf, "cs") != 0) {
            *why = "unknown flag (use case)";
            entry_free(&e);
            return -1;
        }
        e.exact_case = 1;
    }
    if (push(ul, &e) != 0) {
        *why = "out of memory";
        entry_free(&e);
        return -1;
    }
    return 0;
}

static int parse_text(nv_userlex *ul, const char *name, const char *text, size_t len,
                      char *err, size_t err_len)
{
    size_t line = 0;
    for (size_t i = 0; i < len;) {
        size_t b = i;
        while (i < len && text[i] != '\n')
            i++;
        size_t e = i;
        i++;
        line++;
        if (e > b && text[e - 1] == '\r')
            e--;
        const char *s = text + b;
        size_t n = e - b;
        if (line == 1 && n >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0)
            s += 3, n -= 3;
        size_t k = 0;
        while (k < n && (s[k] == ' ' || s[k] == '\t'))
            k++;
        if (k == n || s[k] == '#')
            continue;
        /* fields: tabs, or else the first run of two or more spaces */
        const char *f[4] = {s, NULL, NULL, NULL};
        size_t fl[4] = {n, 0, 0, 0};
        int nf = 1;
        /* a field that starts with '#' is a comment to the end of the line */
        for (size_t j = 1; j < n; j++)
            if (s[j] == '#' && s[j - 1] == '\t') {
                n = j - 1;
                while (n > 0 && s[n - 1] == '\t')
                    n--;
                break;
            }
        if (memchr(s, '\t', n)) {
            for (size_t j = 0; j < n && nf <= 4; j++)
                if (s[j] == '\t') {
                    if (nf == 4) {
                        set_err(err, err_len, "%s:%zu:%zu: more than four tab-separated fields",
                                name, line, j + 1);
                        return -1;
                    }
                    fl[nf - 1] = (size_t)(s + j - f[nf - 1]);
                    f[nf] = s + j + 1;
                    fl[nf] = (size_t)(s + n - f[nf]);
                    nf++;
                }
        } else {
            const char *two = NULL;
            for (size_t j = k; j + 1 < n; j++)
                if (s[j] == ' ' && s[j + 1] == ' ') {
                    two = s + j;
                    break;
                }
            if (two) {
                fl[0] = (size_t)(two - s);
                f[1] = two;
                fl[1] = (size_t)(s + n - two);
                nf = 2;
            }
        }
        if (nf < 2) {
            set_err(err, err_len,
                    "%s:%zu:%zu: expected GRAPHEME<TAB>PRONUNCIATION (or two spaces between them)",
                    name, line, n + 1);
            return -1;
        }
        int where;
        const char *why = "";
        if (add_entry(ul, f[0], fl[0], f[1], fl[1], 0, f[2] ? f[2] : "", fl[2],
                      f[3] ? f[3] : "", fl[3], &where, &why) != 0) {
            size_t col = (size_t)(f[where] ? f[where] - s : 0) + 1;
            set_err(err, err_len, "%s:%zu:%zu: %s", name, line, col, why);
            return -1;
        }
    }
    return 0;
}

/* ---- W3C PLS ---------------------------------------------------------------------- */

static int is_el(const xmlNode *n, const char *name)
{
    return n->type == XML_ELEMENT_NODE && strcmp((const char *)n->name, name) == 0;
}

static int alphabet_ipa(const char *a, int *ipa)
{
    if (!a || !strcmp(a, "ipa")) {
        *ipa = 1;
        return 0;
    }
    if (!strcmp(a, "x-arpabet") || !strcmp(a, "x-cmu") || !strcmp(a, "arpabet") ||
        !strcmp(a, "x-microsoft-sapi")) {
        *ipa = 0;
        return 0;
    }
    return -1;
}

static int parse_pls(nv_userlex *ul, const char *name, const char *text, size_t len,
                     char *err, size_t err_len)
{
    nv_xml_error xe;
    xmlDoc *doc = nv__xml_read(text, len, &xe);
    if (!doc) {
        set_err(err, err_len, "%s:%d:%d: not well-formed XML: %s", name, xe.line, xe.col, xe.msg);
        return -1;
    }
    int rc = -1;
    xmlNode *root = xmlDocGetRootElement(doc);
    if (!root || !is_el(root, "lexicon")) {
        set_err(err, err_len, "%s:%ld:1: the root element must be <lexicon>", name,
                root ? xmlGetLineNo(root) : 1L);
        goto done;
    }
    xmlChar *alpha = xmlGetProp(root, (const xmlChar *)"alphabet");
    int ipa = 1;
    int bad = alpha && alphabet_ipa((const char *)alpha, &ipa) != 0;
    if (bad)
        set_err(err, err_len, "%s:%ld:1: alphabet \"%s\" not supported (ipa or x-arpabet)",
                name, xmlGetLineNo(root), (const char *)alpha);
    xmlFree(alpha);
    if (bad)
        goto done;
    for (xmlNode *lx = root->children; lx; lx = lx->next) {
        if (!is_el(lx, "lexeme"))
            continue;
        xmlNode *ph = NULL;
        for (xmlNode *c = lx->children; c && !ph; c = c->next)
            if (is_el(c, "phoneme"))
                ph = c;
        if (!ph) {
            int has_alias = 0;
            for (xmlNode *c = lx->children; c; c = c->next)
                has_alias |= is_el(c, "alias");
            set_err(err, err_len, "%s:%ld:1: %s", name, xmlGetLineNo(lx),
                    has_alias ? "<alias> without <phoneme> is not supported: give the "
                                "pronunciation in a <phoneme>"
                              : "<lexeme> without <phoneme>");
            goto done;
        }
        int ph_ipa = ipa;
        xmlChar *pa = xmlGetProp(ph, (const xmlChar *)"alphabet");
        bad = pa && alphabet_ipa((const char *)pa, &ph_ipa) != 0;
        if (bad)
            set_err(err, err_len, "%s:%ld:1: alphabet \"%s\" not supported (ipa or x-arpabet)",
                    name, xmlGetLineNo(ph), (const char *)pa);
        xmlFree(pa);
        if (bad)
            goto done;
        xmlChar *pron = xmlNodeGetContent(ph);
        int got = 0;
        for (xmlNode *g = lx->children; g; g = g->next) {
            if (!is_el(g, "grapheme"))
                continue;
            xmlChar *gr = xmlNodeGetContent(g);
            int where;
            const char *why = "";
            int r = add_entry(ul, (const char *)gr, strlen((const char *)gr),
                              (const char *)pron, strlen((const char *)pron), ph_ipa, "", 0,
                              "", 0, &where, &why);
            if (r != 0)
                set_err(err, err_len, "%s:%ld:1: %s", name,
                        xmlGetLineNo(where == 0 ? g : ph), why);
            xmlFree(gr);
            if (r != 0) {
                xmlFree(pron);
                goto done;
            }
            got = 1;
        }
        xmlFree(pron);
        if (!got) {
            set_err(err, err_len, "%s:%ld:1: <lexeme> without <grapheme>", name,
                    xmlGetLineNo(lx));
            goto done;
        }
    }
    rc = 0;
done:
    xmlFreeDoc(doc);
    return rc;
}

/* ---- index ---------------------------------------------------------------------- */

static int cmp_entry(const void *a, const void *b)
{
    const ul_entry *x = a, *y = b;
    int c = strcmp(x->key, y->key);
    if (c)
        return c;
    return x->order < y->order ? -1 : x->order > y->order;
}

static int looks_like_xml(const char *t, size_t n)
{
    size_t i = 0;
    if (n >= 3 && memcmp(t, "\xEF\xBB\xBF", 3) == 0)
        i = 3;
    while (i < n && isspace((unsigned char)t[i]))
        i++;
    return i < n && t[i] == '<';
}

static int parse_into(nv_userlex *ul, const char *name, const char *text, size_t len,
                      char *err, size_t err_len)
{
    if (memchr(text, '\0', len)) {
        set_err(err, err_len, "%s: binary file (NUL byte at offset %zu)", name,
                (size_t)((const char *)memchr(text, '\0', len) - text));
        return -1;
    }
    return looks_like_xml(text, len) ? parse_pls(ul, name, text, len, err, err_len)
                                     : parse_text(ul, name, text, len, err, err_len);
}

static nv_userlex *new_set(int names_only)
{
    nv_userlex *ul = calloc(1, sizeof *ul);
    if (ul)
        ul->names_only = names_only;
    return ul;
}

static void finish(nv_userlex *ul)
{
    if (ul->n)
        qsort(ul->e, ul->n, sizeof *ul->e, cmp_entry);
}

int nv__userlex_parse(const char *name, const char *text, size_t len, int names_only,
                      nv_userlex **out, char *err, size_t err_len)
{
    *out = NULL;
    nv_userlex *ul = new_set(names_only);
    if (!ul) {
        set_err(err, err_len, "out of memory");
        return -1;
    }
    if (parse_into(ul, name, text, len, err, err_len) != 0) {
        nv__userlex_free(ul);
        return -1;
    }
    finish(ul);
    *out = ul;
    return 0;
}

static char *slurp(const char *path, size_t *len, char *err, size_t err_len)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        set_err(err, err_len, "%s: cannot open: %s", path, strerror(errno));
        return NULL;
    }
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap);
    for (;;) {
        if (!buf)
            break;
        n += fread(buf + n, 1, cap - n, f);
        if (n < cap)
            break;
        if (cap >= (size_t)64 << 20) {
            set_err(err, err_len, "%s: larger than 64 MB", path);
            free(buf);
            fclose(f);
            return NULL;
        }
        char *p = realloc(buf, cap * 2);
        if (!p) {
            free(buf);
            buf = NULL;
            break;
        }
        buf = p;
        cap *= 2;
    }
    int bad = ferror(f);
    fclose(f);
    if (!buf || bad) {
        set_err(err, err_len, "%s: %s", path, buf ? "read error" : "out of memory");
        free(buf);
        return NULL;
    }
    *len = n;
    return buf;
}

int nv__userlex_load(const char *const *paths, size_t n_paths, int names_only,
                     nv_userlex **out, char *err, size_t err_len)
{
    *out = NULL;
    nv_userlex *ul = new_set(names_only);
    if (!ul) {
        set_err(err, err_len, "out of memory");
        return -1;
    }
    for (size_t i = 0; i < n_paths; i++) {
        size_t len = 0;
        char *text = slurp(paths[i], &len, err, err_len);
        if (!text || parse_into(ul, paths[i], text, len, err, err_len) != 0) {
            free(text);
            nv__userlex_free(ul);
            return -1;
        }
        free(text);
    }
    finish(ul);
    *out = ul;
    return 0;
}

/* ---- lookup --------------------------------------------------------------------- */

/* First index whose key is >= key. */
static size_t lower_bound(const nv_userlex *ul, const char *key)
{
    size_t lo = 0, hi = ul->n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (strcmp(ul->e[mid].key, key) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* The winning entry for key: the latest one whose part of speech is pos ("":
 * entries without one) and whose case matches written if it asks for that. */
static const ul_entry *find(const nv_userlex *ul, const char *key, const char *pos,
                            const char *written)
{
    const ul_entry *best = NULL;
    for (size_t i = lower_bound(ul, key); i < ul->n && strcmp(ul->e[i].key, key) == 0; i++) {
        const ul_entry *e = &ul->e[i];
        if (strcmp(e->pos, pos) != 0)
            continue;
        if (e->exact_case && (!written || strcmp(e->written, written) != 0))
            continue;
        if (!best || e->order > best->order)
            best = e;
    }
    return best;
}

/* Phones of a possessive ending after the given pronunciation. */
static const char *possessive(const char *phones)
{
    const char *last = strrchr(phones, ' ');
    last = last ? last + 1 : phones;
    char p[4] = {0};
    for (int k = 0; k < 3 && last[k] && isalpha((unsigned char)last[k]); k++)
        p[k] = last[k];
    static const char *const sib[] = {"S", "Z", "SH", "ZH", "CH", "JH", NULL};
    static const char *const voiceless[] = {"P", "T", "K", "F", "TH", NULL};
    for (int k = 0; sib[k]; k++)
        if (!strcmp(p, sib[k]))
            return " IH0 Z";
    for (int k = 0; voiceless[k]; k++)
        if (!strcmp(p, voiceless[k]))
            return " S";
    return " Z";
}

uint32_t nv__userlex_match(const nv_userlex *ul, const nv_token *tok, uint32_t n_tok,
                           uint32_t i, nv_arena *arena, const char **phones)
{
    if (!ul || ul->n == 0 || i >= n_tok)
        return 0;
    uint32_t most = n_tok - i < ul->max_words ? n_tok - i : ul->max_words;
    /* the phrase may not run across punctuation */
    uint32_t span = 1;
    while (span < most && tok[i + span - 1].post_len == 0 && tok[i + span].pre_len == 0)
        span++;
    if (ul->names_only && !is_capitalised(tok[i].text, tok[i].len))
        return 0;
    char key[1024], written[1024];
    for (uint32_t k = span; k >= 1; k--) {
        size_t o = 0;
        int fits = 1;
        for (uint32_t j = 0; j < k && fits; j++) {
            const nv_token *t = &tok[i + j];
            if (o + t->len + 2 >= sizeof key)
                fits = 0;
            else {
                if (j)
                    written[o++] = ' ';
                memcpy(written + o, t->text, t->len);
                o += t->len;
            }
        }
        if (!fits)
            continue;
        while (o > 0 && written[o - 1] == '.')   /* "U.S." as the tokenizer leaves it */
            o--;
        written[o] = '\0';
        for (int poss = 0; poss < 2; poss++) {
            size_t wl = o;
            if (poss) {
                /* "Nguyen's": the entry for "Nguyen" plus a possessive ending */
                if (wl < 3 || written[wl - 2] != '\'' ||
                    (written[wl - 1] != 's' && written[wl - 1] != 'S'))
                    break;
                wl -= 2;
            }
            char wr[1024];
            memcpy(wr, written, wl);
            wr[wl] = '\0';
            fold(wr, wl, key);
            const ul_entry *e = find(ul, key, "", wr);
            if (!e)
                continue;
            for (uint32_t j = 0; j < k; j++)
                phones[j] = e->n_seg > 1 ? e->seg[j] : j == 0 ? e->phones : NULL;
            if (poss) {
                uint32_t last = e->n_seg > 1 ? k - 1 : 0;
                const char *base = phones[last];
                const char *end = possessive(base);
                size_t n = strlen(base) + strlen(end) + 1;
                char *p = nv__arena_alloc(arena, n);
                if (!p)
                    return 0;
                snprintf(p, n, "%s%s", base, end);
                phones[last] = p;
            }
            return k;
        }
    }
    return 0;
}

int nv__userlex_word(const nv_userlex *ul, const char *word, size_t len, const char *pos,
                     const char *written, size_t written_len, nv_pron *out)
{
    if (!ul || ul->n == 0 || len == 0 || len >= 256)
        return 0;
    char wr[256];
    const char *w = NULL;
    if (written && written_len < sizeof wr) {
        memcpy(wr, written, written_len);
        wr[written_len] = '\0';
        w = wr;
    }
    if (ul->names_only && (!w || !is_capitalised(w, written_len)))
        return 0;
    char key[256];
    fold(word, len, key);
    const ul_entry *e = NULL;
    if (pos && *pos)
        e = find(ul, key, pos, w);
    if (!e)
        e = find(ul, key, "", w);
    if (!e || e->n_words != 1)
        return 0;
    *out = e->pron;
    return 1;
}
