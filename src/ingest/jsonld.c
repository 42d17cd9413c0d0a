/* jsonld.c - see jsonld.h.
 *
 * A small JSON reader of our own: JSON-LD blocks are a few kilobytes, and what
 * the article needs is the byte range in the page of every character of a
 * string (for word timings and highlighting), which JSON libraries do not
 * keep. The reader builds a flat node list (objects, arrays, strings, other
 * values) with source ranges, bounded in depth and size; a block that is not
 * valid JSON is skipped.
 */
#include "ingest/jsonld.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define MAX_DEPTH 64
#define MAX_NODES 200000

enum { J_OBJ = 1, J_ARR, J_STR, J_OTHER };

typedef struct jnode {
    int type;
    size_t b, e;      /* strings: the bytes between the quotes */
    int first, next;  /* first child, next sibling (-1: none) */
    int key;          /* object members: the key's node, else -1 */
} jnode;

typedef struct jparser {
    const char *s;
    size_t i, n;
    jnode *v;
    int nv, cap;
    int failed;
} jparser;

static void ws(jparser *p)
{
    while (p->i < p->n && (p->s[p->i] == ' ' || p->s[p->i] == '\t' || p->s[p->i] == '\n' ||
                           p->s[p->i] == '\r'))
        p->i++;
}

static int new_node(jparser *p, int type)
{
    if (p->nv == MAX_NODES)
        return -1;
    if (p->nv == p->cap) {
        int cap = p->cap ? p->cap * 2 : 256;
        jnode *v = realloc(p->v, (size_t)cap * sizeof *v);
        if (!v) {
            p->failed = 1;
            return -1;
        }
        p->v = v;
        p->cap = cap;
    }
    p->v[p->nv] = (jnode){type, p->i, p->i, -1, -1, -1};
    return p->nv++;
}

static int value(jparser *p, int depth);

static int string(jparser *p)
{
    if (p->i >= p->n || p->s[p->i] != '"')
        return -1;
    p->i++;
    int k = new_node(p, J_STR);
    if (k < 0)
        return -1;
    p->v[k].b = p->i;
    while (p->i < p->n && p->s[p->i] != '"') {
        unsigned char c = (unsigned char)p->s[p->i];
        if (c < 0x20)
            return -1;
        p->i += c == '\\' ? 2 : 1;
    }
    if (p->i >= p->n)
        return -1;
    p->v[k].e = p->i++;
    return k;
}

/* Append child c to parent k's children (last tracks the last one). */
static void link(jparser *p, int k, int *last, int c)
{
    if (*last < 0)
        p->v[k].first = c;
    else
        p->v[*last].next = c;
    *last = c;
}

static int container(jparser *p, int depth, int obj)
{
    int k = new_node(p, obj ? J_OBJ : J_ARR);
    if (k < 0)
        return -1;
    p->i++;
    int last = -1;
    ws(p);
    if (p->i < p->n && p->s[p->i] == (obj ? '}' : ']')) {
        p->v[k].e = ++p->i;
        return k;
    }
    for (;;) {
        int key = -1;
        if (obj) {
            ws(p);
            key = string(p);
            ws(p);
            if (key < 0 || p->i >= p->n || p->s[p->i] != ':')
                return -1;
            p->i++;
        }
        int c = value(p, depth + 1);
        if (c < 0)
            return -1;
        p->v[c].key = key;
        link(p, k, &last, c);
        ws(p);
        if (p->i >= p->n)
            return -1;
        char ch = p->s[p->i++];
        if (ch == ',')
            continue;
        if (ch != (obj ? '}' : ']'))
            return -1;
        p->v[k].e = p->i;
        return k;
    }
}

static int value(jparser *p, int depth)
{
    if (depth > MAX_DEPTH)
        return -1;
    ws(p);
    if (p->i >= p->n)
        return -1;
    char c = p->s[p->i];
    if (c == '{' || c == '[')
        return container(p, depth, c == '{');
    if (c == '"')
        return string(p);
    int k = new_node(p, J_OTHER);
    if (k < 0)
        return -1;
    size_t b = p->i;
    while (p->i < p->n && (isalnum((unsigned char)p->s[p->i]) || strchr("+-.", p->s[p->i])))
        p->i++;
    if (p->i == b)
        return -1;
    p->v[k].e = p->i;
    return k;
}

/* ---- decoding strings with their byte ranges ---------------------------------- */

typedef struct buf {
    nv_extracted x;
    size_t cap;
    int failed;
} buf;

static void put(buf *o, char c, size_t b, size_t e)
{
    if (o->failed)
        return;
    if (o->x.len + 1 >= o->cap) {
        size_t cap = o->cap ? o->cap * 2 : 256;
        char *t = realloc(o->x.text, cap);
        size_t *sb = realloc(o->x.src_begin, cap * sizeof *sb);
        size_t *se = sb ? realloc(o->x.src_end, cap * sizeof *se) : NULL;
        if (t)
            o->x.text = t;
        if (sb)
            o->x.src_begin = sb;
        if (se)
            o->x.src_end = se;
        if (!t || !sb || !se) {
            o->failed = 1;
            return;
        }
        o->cap = cap;
    }
    o->x.text[o->x.len] = c;
    o->x.src_begin[o->x.len] = b;
    o->x.src_end[o->x.len] = e;
    o->x.len++;
    o->x.text[o->x.len] = '\0';
}

static void put_utf8(buf *o, unsigned long cp, size_t b, size_t e)
{
    if (cp < 0x80) {
        put(o, (char)cp, b, e);
    } else if (cp < 0x800) {
        put(o, (char)(0xC0 | (cp >> 6)), b, e);
        put(o, (char)(0x80 | (cp & 0x3F)), b, e);
    } else if (cp < 0x10000) {
        put(o, (char)(0xE0 | (cp >> 12)), b, e);
        put(o, (char)(0x80 | ((cp >> 6) & 0x3F)), b, e);
        put(o, (char)(0x80 | (cp & 0x3F)), b, e);
    } else {
        put(o, (char)(0xF0 | (cp >> 18)), b, e);
        put(o, (char)(0x80 | ((cp >> 12) & 0x3F)), b, e);
        put(o, (char)(0x80 | ((cp >> 6) & 0x3F)), b, e);
        put(o, (char)(0x80 | (cp & 0x3F)), b, e);
    }
}

static long hex4(const char *s, size_t i, size_t n)
{
    if (i + 4 > n)
        return -1;
    long v = 0;
    for (size_t k = 0; k < 4; k++) {
        int c = (unsigned char)s[i + k], d;
        if (c >= '0' && c <= '9')
            d = c - '0';
        else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'f')
            d = (c | 0x20) - 'a' + 10;
        else
            return -1;
        v = v * 16 + d;
    }
    return v;
}

/* JSON string [b, e) of s, unescaped. */
static void unescape(const char *s, size_t b, size_t e, buf *o)
{
    for (size_t i = b; i < e;) {
        if (s[i] != '\\') {
            put(o, s[i], i, i + 1);
            i++;
            continue;
        }
        if (i + 1 >= e)
            break;
        char c = s[i + 1];
        const char *from = "\"\\/bfnrt", *to = "\"\\/\b\f\n\r\t";
        const char *f = strchr(from, c);
        if (f && c) {
            put(o, to[f - from], i, i + 2);
            i += 2;
            continue;
        }
        long cp = c == 'u' ? hex4(s, i + 2, e) : -1;
        if (cp < 0) {   /* a bad escape: keep the character */
            put(o, c, i, i + 2);
            i += 2;
            continue;
        }
        size_t end = i + 6;
        if (cp >= 0xD800 && cp < 0xDC00 && end + 6 <= e && s[end] == '\\' && s[end + 1] == 'u') {
            long lo = hex4(s, end + 2, e);
            if (lo >= 0xDC00 && lo < 0xE000) {
                cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                end += 6;
            }
        }
        if (cp >= 0xD800 && cp < 0xE000)
            cp = 0xFFFD;
        put_utf8(o, (unsigned long)cp, i, end);
        i = end;
    }
}

static const struct { const char *name; unsigned long cp; } entities[] = {
    {"amp", '&'}, {"lt", '<'}, {"gt", '>'}, {"quot", '"'}, {"apos", '\''}, {"nbsp", 0xA0},
    {"mdash", 0x2014}, {"ndash", 0x2013}, {"rsquo", 0x2019}, {"lsquo", 0x2018},
    {"rdquo", 0x201D}, {"ldquo", 0x201C}, {"hellip", 0x2026}};

/* Text that may carry HTML (tags, entities): tags dropped (p, br, div, li and
 * headings end a paragraph), entities decoded, white space collapsed, and
 * paragraph breaks written as blank lines. */
static void clean(const buf *in, buf *o)
{
    const char *t = in->x.text;
    size_t n = in->x.len;
    int space = 0, para = 0;
    for (size_t i = 0; i < n;) {
        size_t b = in->x.src_begin[i];
        unsigned char c = (unsigned char)t[i];
        if (c == '<') {
            size_t j = i + 1;
            while (j < n && t[j] != '>')
                j++;
            if (j < n) {
                size_t k = i + 1 + (t[i + 1] == '/');
                char name[8] = {0};
                for (size_t q = 0; q < 7 && k + q < j && isalnum((unsigned char)t[k + q]); q++)
                    name[q] = (char)tolower((unsigned char)t[k + q]);
                if (!strcmp(name, "p") || !strcmp(name, "br") || !strcmp(name, "div") ||
                    !strcmp(name, "li") || (name[0] == 'h' && name[1] >= '1' && name[1] <= '6'))
                    para = 1;
                else
                    space = 1;
                i = j + 1;
                continue;
            }
        }
        if (c == '&') {
            size_t j = i + 1;
            while (j < n && j < i + 10 && t[j] != ';')
                j++;
            unsigned long cp = 0;
            if (j < n && t[j] == ';') {
                if (t[i + 1] == '#') {
                    int hex = i + 2 < j && (t[i + 2] | 0x20) == 'x';
                    cp = strtoul(t + i + 2 + hex, NULL, hex ? 16 : 10);
                } else {
                    for (size_t q = 0; q < sizeof entities / sizeof entities[0]; q++)
                        if (strlen(entities[q].name) == j - i - 1 &&
                            !strncmp(t + i + 1, entities[q].name, j - i - 1))
                            cp = entities[q].cp;
                }
            }
            if (cp && cp < 0x110000 && !(cp >= 0xD800 && cp < 0xE000)) {
                size_t e = in->x.src_end[j];
                if (cp == 0xA0) {
                    space = 1;
                } else {
                    if (o->x.len && (para || space))
                        para ? (put(o, '\n', b, b), put(o, '\n', b, b)) : put(o, ' ', b, b);
                    para = space = 0;
                    put_utf8(o, cp, b, e);
                }
                i = j + 1;
                continue;
            }
        }
        if (isspace(c)) {
            if (c == '\n')
                para = 1;
            else
                space = 1;
            i++;
            continue;
        }
        if (o->x.len && (para || space))
            para ? (put(o, '\n', b, b), put(o, '\n', b, b)) : put(o, ' ', b, b);
        para = space = 0;
        put(o, (char)c, b, in->x.src_end[i]);
        i++;
    }
}

static int decode(const char *s, const jnode *v, int html, nv_extracted *out)
{
    buf raw = {{0}, 0, 0}, o = {{0}, 0, 0};
    unescape(s, v->b, v->e, &raw);
    if (html)
        clean(&raw, &o);
    else {
        /* plain fields: white space collapsed, no paragraph breaks */
        buf tmp = {{0}, 0, 0};
        clean(&raw, &tmp);
        for (size_t i = 0; i < tmp.x.len; i++)
            if (tmp.x.text[i] == '\n') {
                if (i + 1 < tmp.x.len && tmp.x.text[i + 1] == '\n')
                    continue;
                put(&o, ' ', tmp.x.src_begin[i], tmp.x.src_end[i]);
            } else {
                put(&o, tmp.x.text[i], tmp.x.src_begin[i], tmp.x.src_end[i]);
            }
        nv__extracted_free(&tmp.x);
        o.failed |= tmp.failed;
    }
    nv__extracted_free(&raw.x);
    if (raw.failed || o.failed) {
        nv__extracted_free(&o.x);
        return -1;
    }
    *out = o.x;
    return 0;
}

/* ---- finding the article ----------------------------------------------------- */

static int key_is(const jparser *p, int k, const char *name)
{
    if (p->v[k].key < 0)
        return 0;
    const jnode *key = &p->v[p->v[k].key];
    size_t n = strlen(name);
    return key->e - key->b == n && memcmp(p->s + key->b, name, n) == 0;
}

static int member(const jparser *p, int obj, const char *name)
{
    for (int c = p->v[obj].first; c >= 0; c = p->v[c].next)
        if (key_is(p, c, name))
            return c;
    return -1;
}

static int article_type(const jparser *p, int k)
{
    static const char *const types[] = {
        "NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle",
        "OpinionNewsArticle", "BackgroundNewsArticle", "ReviewNewsArticle", "BlogPosting",
        "LiveBlogPosting", "Report", NULL};
    if (k < 0)
        return 0;
    if (p->v[k].type == J_ARR) {
        for (int c = p->v[k].first; c >= 0; c = p->v[c].next)
            if (article_type(p, c))
                return 1;
        return 0;
    }
    if (p->v[k].type != J_STR)
        return 0;
    size_t n = p->v[k].e - p->v[k].b;
    const char *s = p->s + p->v[k].b;
    /* "NewsArticle" or "https://schema.org/NewsArticle" */
    for (size_t i = n; i > 0; i--)
        if (s[i - 1] == '/' || s[i - 1] == ':') {
            n -= i;
            s += i;
            break;
        }
    for (size_t t = 0; types[t]; t++)
        if (strlen(types[t]) == n && memcmp(s, types[t], n) == 0)
            return 1;
    return 0;
}

/* Author names joined: "A", "A and B", "A, B and C". */
static int authors(const jparser *p, int k, nv_extracted *out)
{
    int names[16], n = 0;
    int items[16], ni = 0;
    if (p->v[k].type == J_ARR) {
        for (int c = p->v[k].first; c >= 0 && ni < 16; c = p->v[c].next)
            items[ni++] = c;
    } else {
        items[ni++] = k;
    }
    for (int i = 0; i < ni; i++) {
        int v = items[i];
        if (p->v[v].type == J_OBJ)
            v = member(p, v, "name");
        if (v >= 0 && p->v[v].type == J_STR && p->v[v].e > p->v[v].b && n < 16)
            names[n++] = v;
    }
    buf o = {{0}, 0, 0};
    for (int i = 0; i < n; i++) {
        nv_extracted one;
        if (decode(p->s, &p->v[names[i]], 0, &one) != 0) {
            nv__extracted_free(&o.x);
            return -1;
        }
        size_t at = one.len ? one.src_begin[0] : 0;
        const char *sep = i == 0 ? "" : i + 1 == n ? " and " : ", ";
        for (const char *c = sep; *c; c++)
            put(&o, *c, at, at);
        for (size_t q = 0; q < one.len; q++)
            put(&o, one.text[q], one.src_begin[q], one.src_end[q]);
        nv__extracted_free(&one);
    }
    if (o.failed) {
        nv__extracted_free(&o.x);
        return -1;
    }
    *out = o.x;
    return 0;
}

static int field(const jparser *p, int obj, const char *name, int html, nv_extracted *out)
{
    int k = member(p, obj, name);
    if (k < 0 || p->v[k].type != J_STR)
        return 0;
    return decode(p->s, &p->v[k], html, out);
}

void nv__jsonld_free(nv_jsonld_article *a)
{
    nv__extracted_free(&a->headline);
    nv__extracted_free(&a->description);
    nv__extracted_free(&a->author);
    nv__extracted_free(&a->body);
}

/* The article object of one block: the first with a body, else the first
 * with a headline; -1 if none. */
static int find_article(const jparser *p)
{
    int with_headline = -1;
    for (int k = 0; k < p->nv; k++) {
        if (p->v[k].type != J_OBJ || !article_type(p, member(p, k, "@type")))
            continue;
        int body = member(p, k, "articleBody");
        if (body >= 0 && p->v[body].type == J_STR && p->v[body].e > p->v[body].b)
            return k;
        if (with_headline < 0 && member(p, k, "headline") >= 0)
            with_headline = k;
    }
    return with_headline;
}

static const char *find_ci(const char *s, size_t n, const char *what)
{
    size_t w = strlen(what);
    for (size_t i = 0; i + w <= n; i++)
        if (strncasecmp(s + i, what, w) == 0)
            return s + i;
    return NULL;
}

int nv__jsonld_article(const char *html, size_t len, nv_jsonld_article *out)
{
    memset(out, 0, sizeof *out);
    size_t at = 0;
    int found = 0;
    while (!found && at < len) {
        const char *tag = find_ci(html + at, len - at, "<script");
        if (!tag)
            break;
        const char *close = memchr(tag, '>', (size_t)(html + len - tag));
        if (!close)
            break;
        size_t body_b = (size_t)(close - html) + 1;
        const char *end = find_ci(close, (size_t)(html + len - close), "</script");
        size_t body_e = end ? (size_t)(end - html) : len;
        at = body_e;
        if (!find_ci(tag, (size_t)(close - tag), "ld+json"))
            continue;
        jparser p = {html, body_b, body_e, NULL, 0, 0, 0};
        int root = value(&p, 0);
        ws(&p);
        int k = root >= 0 && p.i == p.n ? find_article(&p) : -1;
        int rc = 0;
        if (k >= 0) {
            rc |= field(&p, k, "headline", 0, &out->headline);
            rc |= field(&p, k, "description", 0, &out->description);
            rc |= field(&p, k, "articleBody", 1, &out->body);
            int a = member(&p, k, "author");
            if (a >= 0)
                rc |= authors(&p, a, &out->author);
            found = out->headline.len || out->body.len;
        }
        int failed = p.failed || rc != 0;
        free(p.v);
        if (failed) {
            nv__jsonld_free(out);
            return -1;
        }
        if (!found)
            nv__jsonld_free(out);
    }
    return found;
}
