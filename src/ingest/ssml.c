/* ssml.c - SSML 1.1 documents to text, events and ranges (see ssml.h).
 *
 * libxml2 checks that the document is well-formed XML with a <speak> root
 * (errors come with its line and column). The document is then read by a small
 * scanner of our own, because libxml2 keeps no byte offsets for text: every text
 * byte keeps the range of the document it came from, which word timings and
 * listener reports need. Element by element:
 *   speak, lang, voice, w, token, audio (its fallback text)  - read through
 *   p             paragraph boundary         s        sentence boundary
 *   break         silence (time or strength) mark     event in the speech marks
 *   sub           the alias is read          say-as   characters, spell-out,
 *                 digits, telephone (one by one), ordinal, cardinal, date, time
 *   phoneme       pronunciation (x-arpabet, or ipa converted to ARPAbet)
 *   emphasis      accent on its words        prosody  rate, pitch, volume
 *   desc, meta, metadata, lexicon             - skipped
 * Anything else is an error naming the element and where it is.
 */
#include "ingest/ssml.h"
#include "ingest/xmlread.h"

#include <ctype.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <libxml/parser.h>

#include "core/phones.h"
#include "core/utf8.h"

#define MAX_DEPTH 64

typedef struct frame {
    char name[64];
    size_t text_begin;     /* text length when the element opened */
    size_t src_begin;      /* where the start tag begins */
    int range;             /* index of its range, or -1 */
    int say_as;            /* interpret-as kind for say-as */
    int skip;              /* content not read */
} frame;

enum { SAY_NONE, SAY_SPELL, SAY_DIGITS, SAY_ORDINAL, SAY_PASS };

typedef struct sx {
    const char *d;
    size_t n, i;
    nv_ssml *o;
    size_t cap_text, cap_ev, cap_rg;
    frame st[MAX_DEPTH];
    int depth;
    int space;             /* a space is due before the next text */
    char *err;
    size_t err_len;
    int failed;
} sx;

static int fail_at(sx *s, size_t at, const char *fmt, ...)
{
    unsigned line, col;
    nv__utf8_linecol(s->d, s->n, at, &line, &col);
    int k = snprintf(s->err, s->err_len, "SSML line %u, column %u: ", line, col);
    if (k > 0 && (size_t)k < s->err_len) {
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(s->err + k, s->err_len - (size_t)k, fmt, ap);
        va_end(ap);
    }
    s->failed = 1;
    return -1;
}

/* ---- output ------------------------------------------------------------------- */

static int put(sx *s, char c, size_t b, size_t e)
{
    nv_extracted *x = &s->o->x;
    if (x->len + 1 >= s->cap_text) {
        size_t cap = s->cap_text ? s->cap_text * 2 : 1024;
        char *t = realloc(x->text, cap);
        size_t *pb = realloc(x->src_begin, cap * sizeof *pb);
        size_t *pe = realloc(x->src_end, cap * sizeof *pe);
        if (t) x->text = t;
        if (pb) x->src_begin = pb;
        if (pe) x->src_end = pe;
        if (!t || !pb || !pe)
            return fail_at(s, 0, "out of memory");
        s->cap_text = cap;
    }
    x->text[x->len] = c;
    x->src_begin[x->len] = b;
    x->src_end[x->len] = e;
    x->len++;
    x->text[x->len] = '\0';
    return 0;
}

static int text_ends_blank(const sx *s)
{
    const nv_extracted *x = &s->o->x;
    return x->len == 0 || x->text[x->len - 1] == '\n';
}

/* Text bytes, whitespace collapsed (paragraphs come only from <p>). */
static int put_text(sx *s, const char *t, size_t len, size_t b, size_t e, int exact)
{
    for (size_t k = 0; k < len; k++) {
        size_t cb = exact ? b + k : b, ce = exact ? b + k + 1 : e;
        if (isspace((unsigned char)t[k])) {
            s->space = 1;
            continue;
        }
        if (s->space && !text_ends_blank(s) && put(s, ' ', cb, cb) != 0)
            return -1;
        s->space = 0;
        if (put(s, t[k], cb, ce) != 0)
            return -1;
    }
    return 0;
}

static int paragraph(sx *s, size_t at)
{
    s->space = 0;
    if (text_ends_blank(s))
        return 0;
    return put(s, '\n', at, at) || put(s, '\n', at, at) ? -1 : 0;
}

static nv_ssml_event *event(sx *s, int kind, size_t src)
{
    if (s->o->n_events == s->cap_ev) {
        size_t cap = s->cap_ev ? s->cap_ev * 2 : 16;
        nv_ssml_event *ev = realloc(s->o->events, cap * sizeof *ev);
        if (!ev) {
            fail_at(s, 0, "out of memory");
            return NULL;
        }
        s->o->events = ev;
        s->cap_ev = cap;
    }
    nv_ssml_event *e = &s->o->events[s->o->n_events++];
    memset(e, 0, sizeof *e);
    e->kind = kind;
    e->at = s->o->x.len;
    e->src = src;
    return e;
}

static int range(sx *s, int kind)
{
    if (s->o->n_ranges == s->cap_rg) {
        size_t cap = s->cap_rg ? s->cap_rg * 2 : 16;
        nv_ssml_range *r = realloc(s->o->ranges, cap * sizeof *r);
        if (!r)
            return fail_at(s, 0, "out of memory");
        s->o->ranges = r;
        s->cap_rg = cap;
    }
    nv_ssml_range *r = &s->o->ranges[s->o->n_ranges];
    memset(r, 0, sizeof *r);
    r->kind = kind;
    r->begin = s->o->x.len;
    r->rate = 1.0;
    return (int)s->o->n_ranges++;
}

/* ---- attributes ----------------------------------------------------------------- */

typedef struct attr {
    char name[32];
    char value[512];
} attr;

/* Read the attributes of the start tag whose name ends at s->i; stops after '>'.
 * Returns the number read (at most max), sets *empty for "/>". */
static int read_attrs(sx *s, attr *a, int max, int *empty)
{
    int n = 0;
    *empty = 0;
    while (s->i < s->n) {
        while (s->i < s->n && isspace((unsigned char)s->d[s->i]))
            s->i++;
        char c = s->d[s->i];
        if (c == '>') {
            s->i++;
            return n;
        }
        if (c == '/') {
            *empty = 1;
            s->i += 2;
            return n;
        }
        size_t nb = s->i;
        while (s->i < s->n && s->d[s->i] != '=' && !isspace((unsigned char)s->d[s->i]))
            s->i++;
        size_t nl = s->i - nb;
        while (s->i < s->n && s->d[s->i] != '"' && s->d[s->i] != '\'')
            s->i++;
        char q = s->d[s->i++];
        size_t vb = s->i;
        while (s->i < s->n && s->d[s->i] != q)
            s->i++;
        size_t vl = s->i - vb;
        s->i++;
        if (n < max) {
            snprintf(a[n].name, sizeof a[n].name, "%.*s", (int)nl, s->d + nb);
            snprintf(a[n].value, sizeof a[n].value, "%.*s", (int)vl, s->d + vb);
            n++;
        }
    }
    return n;
}

static const char *get_attr(const attr *a, int n, const char *name)
{
    for (int k = 0; k < n; k++) {
        const char *an = strchr(a[k].name, ':') ? strchr(a[k].name, ':') + 1 : a[k].name;
        if (strcmp(an, name) == 0)
            return a[k].value;
    }
    return NULL;
}

/* "500ms", "1.5s" -> milliseconds, or -1 */
static long parse_time(const char *v)
{
    char *end;
    double x = strtod(v, &end);
    if (end == v || x < 0)
        return -1;
    if (strcmp(end, "ms") == 0)
        return x > 60000 ? -1 : (long)x;
    if (strcmp(end, "s") == 0)
        return x > 60 ? -1 : (long)(x * 1000);
    return -1;
}

static long strength_ms(const char *v)
{
    static const struct { const char *name; long ms; } t[] = {
        {"none", 0}, {"x-weak", 100}, {"weak", 200}, {"medium", 400}, {"strong", 700},
        {"x-strong", 1200}};
    for (size_t k = 0; k < sizeof t / sizeof t[0]; k++)
        if (strcmp(t[k].name, v) == 0)
            return t[k].ms;
    return -1;
}

/* ---- phonemes ------------------------------------------------------------------ */

/* ---- elements ------------------------------------------------------------------- */

static const char *const pass_through[] = {
    "speak", "lang", "voice", "w", "token", "audio", "s", "p", NULL};
static const char *const skipped[] = {"desc", "meta", "metadata", "lexicon", NULL};

static int in(const char *const *list, const char *name)
{
    for (size_t k = 0; list[k]; k++)
        if (strcmp(list[k], name) == 0)
            return 1;
    return 0;
}

static double prosody_rate(const char *v)
{
    static const struct { const char *n; double r; } t[] = {
        {"x-slow", 0.6}, {"slow", 0.8}, {"medium", 1.0}, {"default", 1.0}, {"fast", 1.25},
        {"x-fast", 1.6}};
    for (size_t k = 0; k < sizeof t / sizeof t[0]; k++)
        if (strcmp(t[k].n, v) == 0)
            return t[k].r;
    char *end;
    double x = strtod(v, &end);
    if (end != v && strcmp(end, "%") == 0)
        return x / 100.0;
    if (end != v && *end == '\0')
        return x;
    return -1;
}

static int prosody_pitch(const char *v, double *st)
{
    static const struct { const char *n; double s; } t[] = {
        {"x-low", -4}, {"low", -2}, {"medium", 0}, {"default", 0}, {"high", 2}, {"x-high", 4}};
    for (size_t k = 0; k < sizeof t / sizeof t[0]; k++)
        if (strcmp(t[k].n, v) == 0) {
            *st = t[k].s;
            return 0;
        }
    char *end;
    double x = strtod(v, &end);
    if (end == v)
        return -1;
    if (strcmp(end, "st") == 0)
        *st = x;
    else if (strcmp(end, "%") == 0 && x > -100)
        *st = 12.0 * log2(1.0 + x / 100.0);
    else
        return -1;
    return 0;
}

static int prosody_volume(const char *v, double *db)
{
    static const struct { const char *n; double d; } t[] = {
        {"silent", -60}, {"x-soft", -12}, {"soft", -6}, {"medium", 0}, {"default", 0},
        {"loud", 4}, {"x-loud", 8}};
    for (size_t k = 0; k < sizeof t / sizeof t[0]; k++)
        if (strcmp(t[k].n, v) == 0) {
            *db = t[k].d;
            return 0;
        }
    char *end;
    double x = strtod(v, &end);
    if (end == v || strcmp(end, "dB") != 0)
        return -1;
    *db = x;
    return 0;
}

static int say_as_kind(const char *v)
{
    if (!v)
        return -1;
    if (!strcmp(v, "characters") || !strcmp(v, "spell-out") || !strcmp(v, "verbatim"))
        return SAY_SPELL;
    if (!strcmp(v, "digits") || !strcmp(v, "telephone"))
        return SAY_DIGITS;
    if (!strcmp(v, "ordinal"))
        return SAY_ORDINAL;
    return SAY_PASS;   /* cardinal, number, date, time, and unknown kinds: as written */
}

static int open_element(sx *s, const char *name, size_t tag_b, const attr *a, int na,
                        int empty)
{
    frame *f = &s->st[s->depth];
    memset(f, 0, sizeof *f);
    snprintf(f->name, sizeof f->name, "%s", name);
    f->text_begin = s->o->x.len;
    f->src_begin = tag_b;
    f->range = -1;
    f->skip = s->depth > 0 && s->st[s->depth - 1].skip;
    if (s->depth == 0 && strcmp(name, "speak") != 0)
        return fail_at(s, tag_b, "the root element must be <speak>, not <%s>", name);
    if (f->skip) {
        /* inside a skipped element nothing is read */
    } else if (!strcmp(name, "p")) {
        if (paragraph(s, tag_b) != 0)
            return -1;
    } else if (!strcmp(name, "s")) {
        if (!event(s, NV_SSML_SENTENCE, tag_b))
            return -1;
    } else if (!strcmp(name, "break")) {
        const char *t = get_attr(a, na, "time"), *st = get_attr(a, na, "strength");
        long ms = t ? parse_time(t) : st ? strength_ms(st) : 400;
        if (ms < 0)
            return fail_at(s, tag_b, "<break> has an invalid %s \"%s\"", t ? "time" : "strength",
                           t ? t : st);
        nv_ssml_event *e = event(s, NV_SSML_BREAK, tag_b);
        if (!e)
            return -1;
        e->ms = (unsigned)ms;
        s->space = 1;
    } else if (!strcmp(name, "mark")) {
        const char *nm = get_attr(a, na, "name");
        if (!nm)
            return fail_at(s, tag_b, "<mark> needs a name");
        nv_ssml_event *e = event(s, NV_SSML_MARK, tag_b);
        if (!e || !(e->name = strdup(nm)))
            return fail_at(s, tag_b, "out of memory");
    } else if (!strcmp(name, "sub")) {
        const char *alias = get_attr(a, na, "alias");
        if (!alias)
            return fail_at(s, tag_b, "<sub> needs an alias");
        s->space = 1;
        if (put_text(s, alias, strlen(alias), tag_b, s->i, 0) != 0)
            return -1;
        s->space = 1;
        f->skip = 1;
    } else if (!strcmp(name, "say-as")) {
        f->say_as = say_as_kind(get_attr(a, na, "interpret-as"));
        if (f->say_as < 0)
            return fail_at(s, tag_b, "<say-as> needs interpret-as");
    } else if (!strcmp(name, "phoneme")) {
        const char *ph = get_attr(a, na, "ph"), *alpha = get_attr(a, na, "alphabet");
        char arpa[512];
        if (!ph)
            return fail_at(s, tag_b, "<phoneme> needs ph");
        if (alpha && !strcmp(alpha, "ipa")) {
            if (nv__ipa_to_arpabet(ph, arpa, sizeof arpa) != 0)
                return fail_at(s, tag_b, "<phoneme> ph \"%s\" is not IPA this voice can say", ph);
        } else if (!alpha || !strcmp(alpha, "x-arpabet") || !strcmp(alpha, "arpabet")) {
            if (!nv__arpabet_ok(ph))
                return fail_at(s, tag_b, "<phoneme> ph \"%s\" is not ARPAbet", ph);
            snprintf(arpa, sizeof arpa, "%s", ph);
        } else {
            return fail_at(s, tag_b, "<phoneme> alphabet \"%s\" is not ipa or x-arpabet", alpha);
        }
        if ((f->range = range(s, NV_SSML_PHONES)) < 0)
            return -1;
        if (!(s->o->ranges[f->range].phones = strdup(arpa)))
            return fail_at(s, tag_b, "out of memory");
        s->space = 1;
    } else if (!strcmp(name, "emphasis")) {
        if ((f->range = range(s, NV_SSML_EMPHASIS)) < 0)
            return -1;
    } else if (!strcmp(name, "prosody")) {
        if ((f->range = range(s, NV_SSML_PROSODY)) < 0)
            return -1;
        nv_ssml_range *r = &s->o->ranges[f->range];
        const char *v;
        if ((v = get_attr(a, na, "rate")) && (r->rate = prosody_rate(v)) <= 0)
            return fail_at(s, tag_b, "<prosody> has an invalid rate \"%s\"", v);
        if ((v = get_attr(a, na, "pitch")) && prosody_pitch(v, &r->pitch) != 0)
            return fail_at(s, tag_b, "<prosody> has an invalid pitch \"%s\"", v);
        if ((v = get_attr(a, na, "volume")) && prosody_volume(v, &r->volume_db) != 0)
            return fail_at(s, tag_b, "<prosody> has an invalid volume \"%s\"", v);
    } else if (in(skipped, name)) {
        f->skip = 1;
    } else if (!in(pass_through, name)) {
        return fail_at(s, tag_b, "<%s> is not an SSML element", name);
    }
    if (empty)
        return 0;
    if (++s->depth >= MAX_DEPTH)
        return fail_at(s, tag_b, "elements nested too deeply");
    return 0;
}

/* Rewrite the text a say-as produced so that the normaliser reads it as asked. */
static int finish_say_as(sx *s, const frame *f)
{
    nv_extracted *x = &s->o->x;
    size_t b = f->text_begin, n = x->len - b;
    if (f->say_as == SAY_PASS || n == 0)
        return 0;
    char *t = malloc(n + 1);
    size_t *sb = malloc(n * sizeof *sb), *se = malloc(n * sizeof *se);
    if (!t || !sb || !se) {
        free(t), free(sb), free(se);
        return fail_at(s, 0, "out of memory");
    }
    memcpy(t, x->text + b, n);
    memcpy(sb, x->src_begin + b, n * sizeof *sb);
    memcpy(se, x->src_end + b, n * sizeof *se);
    x->len = b;
    int rc = 0;
    size_t k0 = 0;
    while (k0 < n && t[k0] == ' ')   /* keep the space that came before the element */
        rc = put(s, t[k0], sb[k0], se[k0]), k0++;
    b = x->len;
    if (f->say_as == SAY_ORDINAL) {
        for (size_t k = k0; k < n && rc == 0; k++)
            rc = put(s, t[k], sb[k], se[k]);
        int v = n && isdigit((unsigned char)t[n - 1]) ? t[n - 1] - '0' : -1;
        int tens = n > 1 && isdigit((unsigned char)t[n - 2]) ? t[n - 2] - '0' : 0;
        if (v >= 0 && rc == 0) {
            const char *suf = tens == 1 ? "th" : v == 1 ? "st" : v == 2 ? "nd" : v == 3 ? "rd" : "th";
            rc = put(s, suf[0], se[n - 1], se[n - 1]) || put(s, suf[1], se[n - 1], se[n - 1]);
        }
    } else {
        /* one character a word: letters as capitals (read as letter names),
         * digits one by one; punctuation dropped */
        for (size_t k = k0; k < n && rc == 0; k++) {
            unsigned char c = (unsigned char)t[k];
            if (!isalnum(c))
                continue;
            if (!text_ends_blank(s) && x->len > b)
                rc = put(s, ' ', sb[k], sb[k]);
            if (rc == 0)
                rc = put(s, f->say_as == SAY_SPELL ? (char)toupper(c) : (char)c, sb[k], se[k]);
        }
    }
    free(t), free(sb), free(se);
    if (rc == 0 && f->say_as == SAY_SPELL && x->len > b) {
        int r = range(s, NV_SSML_SPELL);
        if (r < 0)
            return -1;
        s->o->ranges[r].begin = b;
        s->o->ranges[r].end = x->len;
    }
    return rc;
}

static int close_element(sx *s, const char *name, size_t tag_b)
{
    if (s->depth == 0)
        return fail_at(s, tag_b, "unexpected </%s>", name);
    frame *f = &s->st[--s->depth];
    int parent_skip = s->depth > 0 && s->st[s->depth - 1].skip;
    if (parent_skip)
        return 0;
    if (!strcmp(f->name, "p"))
        return paragraph(s, tag_b);
    if (!strcmp(f->name, "s")) {
        s->space = 1;
        return event(s, NV_SSML_SENTENCE, tag_b) ? 0 : -1;
    }
    if (!strcmp(f->name, "say-as"))
        return finish_say_as(s, f);
    if (f->range >= 0) {
        s->o->ranges[f->range].end = s->o->x.len;
        if (!strcmp(f->name, "phoneme"))
            s->space = 1;
    }
    return 0;
}

/* ---- the scanner ---------------------------------------------------------------- */

static int entity(sx *s)
{
    size_t b = s->i;
    const char *semi = memchr(s->d + b, ';', s->n - b < 12 ? s->n - b : 12);
    if (!semi)
        return put_text(s, "&", 1, b, b + 1, 1) == 0 ? (s->i++, 0) : -1;
    size_t e = (size_t)(semi - s->d) + 1;
    char buf[8];
    size_t n = 0;
    const char *name = s->d + b + 1;
    size_t nl = e - b - 2;
    if (nl == 2 && !strncmp(name, "lt", 2)) buf[n++] = '<';
    else if (nl == 2 && !strncmp(name, "gt", 2)) buf[n++] = '>';
    else if (nl == 3 && !strncmp(name, "amp", 3)) buf[n++] = '&';
    else if (nl == 4 && !strncmp(name, "quot", 4)) buf[n++] = '"';
    else if (nl == 4 && !strncmp(name, "apos", 4)) buf[n++] = '\'';
    else if (nl > 1 && name[0] == '#') {
        unsigned long cp = name[1] == 'x' ? strtoul(name + 2, NULL, 16) : strtoul(name + 1, NULL, 10);
        if (cp < 0x80) buf[n++] = (char)cp;
        else if (cp < 0x800) { buf[n++] = (char)(0xC0 | (cp >> 6)); buf[n++] = (char)(0x80 | (cp & 0x3F)); }
        else if (cp < 0x10000) { buf[n++] = (char)(0xE0 | (cp >> 12)); buf[n++] = (char)(0x80 | ((cp >> 6) & 0x3F)); buf[n++] = (char)(0x80 | (cp & 0x3F)); }
        else if (cp < 0x110000) { buf[n++] = (char)(0xF0 | (cp >> 18)); buf[n++] = (char)(0x80 | ((cp >> 12) & 0x3F)); buf[n++] = (char)(0x80 | ((cp >> 6) & 0x3F)); buf[n++] = (char)(0x80 | (cp & 0x3F)); }
    }
    s->i = e;
    return put_text(s, buf, n, b, e, 0);
}

static int scan(sx *s)
{
    while (s->i < s->n && !s->failed) {
        const char *p = s->d + s->i;
        size_t left = s->n - s->i;
        if (*p == '<') {
            size_t b = s->i;
            if (left >= 4 && !strncmp(p, "<!--", 4)) {
                const char *e = strstr(p + 4, "-->");
                s->i = e ? (size_t)(e - s->d) + 3 : s->n;
            } else if (left >= 9 && !strncmp(p, "<![CDATA[", 9)) {
                const char *e = strstr(p + 9, "]]>");
                size_t tb = b + 9, te = e ? (size_t)(e - s->d) : s->n;
                if (!s->st[s->depth ? s->depth - 1 : 0].skip &&
                    put_text(s, s->d + tb, te - tb, tb, te, 1) != 0)
                    return -1;
                s->i = e ? te + 3 : s->n;
            } else if (p[1] == '?' || p[1] == '!') {
                const char *e = memchr(p, '>', left);
                s->i = e ? (size_t)(e - s->d) + 1 : s->n;
            } else {
                int closing = p[1] == '/';
                s->i += closing ? 2 : 1;
                size_t nb = s->i;
                while (s->i < s->n && !isspace((unsigned char)s->d[s->i]) &&
                       s->d[s->i] != '>' && s->d[s->i] != '/')
                    s->i++;
                char name[64];
                const char *full = s->d + nb;
                size_t nl = s->i - nb;
                const char *colon = memchr(full, ':', nl);   /* drop a namespace prefix */
                if (colon) {
                    nl -= (size_t)(colon + 1 - full);
                    full = colon + 1;
                }
                snprintf(name, sizeof name, "%.*s", (int)nl, full);
                if (closing) {
                    const char *e = memchr(s->d + s->i, '>', s->n - s->i);
                    s->i = e ? (size_t)(e - s->d) + 1 : s->n;
                    if (close_element(s, name, b) != 0)
                        return -1;
                } else {
                    attr a[8];
                    int empty;
                    int na = read_attrs(s, a, 8, &empty);
                    if (open_element(s, name, b, a, na, empty) != 0)
                        return -1;
                }
            }
        } else if (*p == '&') {
            if (s->depth > 0 && !s->st[s->depth - 1].skip) {
                if (entity(s) != 0)
                    return -1;
            } else {
                s->i++;
            }
        } else {
            size_t b = s->i;
            while (s->i < s->n && s->d[s->i] != '<' && s->d[s->i] != '&')
                s->i++;
            if (s->depth > 0 && !s->st[s->depth - 1].skip &&
                put_text(s, s->d + b, s->i - b, b, s->i, 1) != 0)
                return -1;
        }
    }
    return s->failed ? -1 : 0;
}

/* libxml2 checks well-formedness and gives the line and column of an error. */
static int check_xml(const char *doc, size_t len, char *err, size_t err_len)
{
    nv_xml_error xe;
    xmlDocPtr d = nv__xml_read(doc, len, &xe);
    if (!d) {
        snprintf(err, err_len, "SSML line %d, column %d: %s", xe.line, xe.col, xe.msg);
        return -1;
    }
    int rc = 0;
    xmlNodePtr root = xmlDocGetRootElement(d);
    if (!root || strcmp((const char *)root->name, "speak") != 0) {
        snprintf(err, err_len, "SSML line %d, column 1: the root element must be <speak>",
                 root ? (int)xmlGetLineNo(root) : 1);
        rc = -1;
    }
    xmlFreeDoc(d);
    return rc;
}

int nv__ssml_parse(const char *doc, size_t len, nv_ssml *out, char *err, size_t err_len)
{
    memset(out, 0, sizeof *out);
    if (check_xml(doc, len, err, err_len) != 0)
        return -1;
    sx s;
    memset(&s, 0, sizeof s);
    s.d = doc;
    s.n = len;
    s.o = out;
    s.err = err;
    s.err_len = err_len;
    if (put(&s, '\0', 0, 0) != 0 || (out->x.len = 0, scan(&s) != 0)) {
        nv__ssml_free(out);
        return -1;
    }
    return 0;
}

void nv__ssml_free(nv_ssml *s)
{
    for (size_t k = 0; k < s->n_events; k++)
        free(s->events[k].name);
    for (size_t k = 0; k < s->n_ranges; k++)
        free(s->ranges[k].phones);
    free(s->events);
    free(s->ranges);
    nv__extracted_free(&s->x);
    memset(s, 0, sizeof *s);
}

int nv__looks_like_ssml(const char *s, size_t len)
{
    size_t i = 0;
    while (i < len && isspace((unsigned char)s[i]))
        i++;
    if (len - i >= 6 && !strncmp(s + i, "<speak", 6))
        return 1;
    if (len - i >= 5 && !strncmp(s + i, "<?xml", 5)) {
        const char *e = memchr(s + i, '>', len - i);
        size_t k = e ? (size_t)(e - s) + 1 : len;
        while (k < len && (isspace((unsigned char)s[k])))
            k++;
        return len - k >= 6 && !strncmp(s + k, "<speak", 6);
    }
    return 0;
}
