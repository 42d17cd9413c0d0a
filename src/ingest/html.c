/* html.c - the article out of a saved news page (libxml2's HTML parser).
 *
 * Reads: an HTML page (UTF-8). Writes: plain text, paragraphs separated by blank
 * lines (headline, dek, byline, body paragraphs, block quotes), and for every
 * byte of that text the byte range of the page it came from, so words keep
 * their place in the page.
 *
 * How the article is found: the page is parsed with libxml2's SAX HTML parser;
 * scripts, styles, navigation, forms, figures and captions, and anything whose
 * class or id names a widget (share, newsletter, ad, related, comments ...) are
 * skipped. Block elements (p, h1-h6, li, blockquote ...) become candidate
 * paragraphs, each remembered with the container it sits in (the nearest
 * enclosing article/main/section/div). If the page has an <article> (or an
 * element with schema.org microdata for an article or its body), only
 * paragraphs inside it are kept; otherwise the container holding the most
 * paragraph text is the article. The first <h1> is kept as the headline
 * wherever it is. When the page's JSON-LD (schema.org NewsArticle) carries an
 * articleBody and the visible page holds much less text (a teaser, a page drawn
 * by scripts), the article is read from the JSON-LD instead (jsonld.c):
 * headline, description, byline, body. Does not follow links.
 */
#include "ingest/html.h"
#include "ingest/jsonld.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <libxml/HTMLparser.h>
#include <libxml/parserInternals.h>

#define MAX_DEPTH 256

typedef struct para {
    size_t text_begin, text_end;   /* in the collected text */
    int container;                 /* element number of its container */
    int in_article;                /* inside an <article> */
    int is_h1;
} para;

typedef struct elem {
    int number;         /* order of appearance */
    int skip;           /* inside something that is not article text */
    int container;      /* element number of the nearest container */
    int block;          /* a paragraph-level element */
    int is_container;   /* this element is a container (div, section ...) */
    int in_article;
} elem;

typedef struct hx {
    htmlParserCtxtPtr ctxt;
    const char *src;
    size_t src_len;
    size_t last_pos;         /* parse position after the previous callback */
    elem stack[MAX_DEPTH];
    int depth, n_elems, overflow;
    /* collected text (all candidate paragraphs, one after another) */
    char *text;
    size_t *beg, *end;       /* source range of each text byte */
    size_t len, cap;
    int pending_space;
    para *paras;
    size_t n_paras, cap_paras;
    int open_para;           /* a paragraph is being collected */
    int pending_break;       /* a container began or ended inside loose text */
    int has_article;
    int failed;
} hx;

static const char *const skip_tags[] = {
    "script", "style", "noscript", "nav", "aside", "footer", "form", "button", "svg",
    "figure", "figcaption", "iframe", "select", "template", "menu", "label", "input",
    "textarea", "video", "audio", "picture", "object", "canvas", NULL};

static const char *const block_tags[] = {
    "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "dd", "dt", "pre",
    "address", "td", "th", "caption", NULL};

static const char *const container_tags[] = {
    "article", "main", "section", "div", "body", NULL};

/* class or id words that mark page furniture, not article text */
static const char *const skip_words[] = {
    "share", "social", "newsletter", "subscribe", "signup", "sign-up", "promo", "advert",
    "ad", "ads", "adslot", "sponsor", "related", "recommended", "recirc", "more-stories",
    "comment", "comments", "footer", "cookie", "breadcrumb", "caption", "credit",
    "sidebar", "popup", "modal", "trending", "most-read", "mostread", "nav", "menu",
    "masthead", "toolbar", "paywall", "outbrain", "taboola", "tags", "topics", NULL};

static int in_list(const char *const *list, const char *s)
{
    for (size_t i = 0; list[i]; i++)
        if (strcasecmp(list[i], s) == 0)
            return 1;
    return 0;
}

/* Does a class/id attribute value name page furniture? Words are split at
 * spaces, '-' and '_' ("share-bar", "ad_slot"); the whole value is also tried. */
static int furniture(const char *v)
{
    char word[64];
    if (in_list(skip_words, v))
        return 1;
    while (*v) {
        size_t n = 0;
        while (*v && (isspace((unsigned char)*v) || *v == '-' || *v == '_'))
            v++;
        while (*v && !isspace((unsigned char)*v) && *v != '-' && *v != '_') {
            if (n + 1 < sizeof word)
                word[n++] = *v;
            v++;
        }
        word[n] = '\0';
        if (n && in_list(skip_words, word))
            return 1;
    }
    return 0;
}

static size_t parse_pos(const hx *h)
{
    if (!h->ctxt || !h->ctxt->input || !h->ctxt->input->base)
        return h->last_pos;
    /* consumed: bytes the parser has already dropped from the front of its
     * buffer; the position is absolute only with it */
    size_t p = (size_t)h->ctxt->input->consumed +
               (size_t)(h->ctxt->input->cur - h->ctxt->input->base);
    return p > h->src_len ? h->src_len : p;
}

static int grow_text(hx *h, size_t more)
{
    if (h->len + more <= h->cap)
        return 0;
    size_t cap = (h->cap ? h->cap * 2 : 4096) + more;
    char *t = realloc(h->text, cap);
    size_t *b = realloc(h->beg, cap * sizeof *b);
    size_t *e = realloc(h->end, cap * sizeof *e);
    if (t) h->text = t;
    if (b) h->beg = b;
    if (e) h->end = e;
    if (!t || !b || !e) {
        h->failed = 1;
        return -1;
    }
    h->cap = cap;
    return 0;
}

static void put_byte(hx *h, char c, size_t b, size_t e)
{
    if (grow_text(h, 1) != 0)
        return;
    h->text[h->len] = c;
    h->beg[h->len] = b;
    h->end[h->len] = e;
    h->len++;
}

static void open_paragraph(hx *h)
{
    if (h->open_para)
        return;
    if (h->n_paras == h->cap_paras) {
        size_t cap = h->cap_paras ? h->cap_paras * 2 : 64;
        para *p = realloc(h->paras, cap * sizeof *p);
        if (!p) {
            h->failed = 1;
            return;
        }
        h->paras = p;
        h->cap_paras = cap;
    }
    const elem *top = &h->stack[h->depth - 1];
    para *p = &h->paras[h->n_paras];
    p->text_begin = p->text_end = h->len;
    p->container = top->container;
    p->in_article = top->in_article;
    p->is_h1 = 0;
    h->open_para = 1;
    h->pending_space = h->pending_break = 0;
}

static void close_paragraph(hx *h)
{
    if (!h->open_para)
        return;
    h->open_para = 0;
    h->pending_break = 0;
    para *p = &h->paras[h->n_paras];
    p->text_end = h->len;
    if (p->text_end > p->text_begin)
        h->n_paras++;
    else
        h->len = p->text_begin;
}

static void on_start(void *ctx, const xmlChar *name, const xmlChar **atts)
{
    hx *h = ctx;
    const char *tag = (const char *)name;
    if (h->depth >= MAX_DEPTH) {
        h->overflow++;
        return;
    }
    elem parent = h->depth ? h->stack[h->depth - 1] : (elem){0, 0, 0, 0, 0, 0};
    elem e = parent;
    e.number = ++h->n_elems;
    e.block = in_list(block_tags, tag);
    e.is_container = in_list(container_tags, tag);
    if (in_list(skip_tags, tag))
        e.skip = 1;
    for (size_t i = 0; atts && atts[i]; i += 2) {
        const char *an = (const char *)atts[i], *av = (const char *)atts[i + 1];
        if (!av)
            continue;
        if ((strcasecmp(an, "class") == 0 || strcasecmp(an, "id") == 0) && furniture(av))
            e.skip = 1;
        /* schema.org microdata: the article body, as an <article> would be */
        if ((strcasecmp(an, "itemprop") == 0 && strcasecmp(av, "articleBody") == 0) ||
            (strcasecmp(an, "itemtype") == 0 && strstr(av, "schema.org/") &&
             (strstr(av, "Article") || strstr(av, "BlogPosting")))) {
            e.in_article = 1;
            h->has_article = 1;
        }
        if ((strcasecmp(an, "role") == 0 && (strcasecmp(av, "navigation") == 0 ||
                                              strcasecmp(av, "complementary") == 0)) ||
            (strcasecmp(an, "aria-hidden") == 0 && strcasecmp(av, "true") == 0) ||
            strcasecmp(an, "hidden") == 0)
            e.skip = 1;
    }
    if (strcasecmp(tag, "article") == 0) {
        e.in_article = 1;
        h->has_article = 1;
    }
    if (e.is_container) {
        e.container = e.number;
        /* loose text breaks where a container begins or ends: "<span>5 min
         * read</span><div>The end" is two paragraphs (of the same container,
         * so the article keeps them both) */
        if (!parent.skip && h->open_para)
            h->pending_break = 1;
    }
    h->stack[h->depth++] = e;
    if (strcasecmp(tag, "br") == 0)
        h->pending_space = 1;
    if (e.block && !e.skip) {
        close_paragraph(h);     /* a block inside a block starts a new paragraph */
        open_paragraph(h);
        if (strcasecmp(tag, "h1") == 0 && h->open_para)
            h->paras[h->n_paras].is_h1 = 1;
    }
    h->last_pos = parse_pos(h);
}

static void on_end(void *ctx, const xmlChar *name)
{
    hx *h = ctx;
    (void)name;
    if (h->overflow) {
        h->overflow--;
        return;
    }
    if (h->depth == 0)
        return;
    elem e = h->stack[--h->depth];
    if (e.block && !e.skip)
        close_paragraph(h);
    else if (e.is_container && !e.skip && h->open_para)
        h->pending_break = 1;
    h->last_pos = parse_pos(h);
}

static void on_text(void *ctx, const xmlChar *ch, int n)
{
    hx *h = ctx;
    size_t end = parse_pos(h);
    size_t len = (size_t)n;
    int exact = len <= end && memcmp(h->src + end - len, ch, len) == 0;
    size_t unit_b = h->last_pos < end ? h->last_pos : end;
    if (!exact)   /* a character reference: its range starts at the '&' */
        while (unit_b + 1 < end && h->src[unit_b] != '&')
            unit_b++;
    h->last_pos = end;
    if (h->depth == 0 || h->stack[h->depth - 1].skip)
        return;
    if (!h->open_para) {
        /* loose text in a container: a paragraph of its own */
        int blank = 1;
        for (size_t i = 0; i < len; i++)
            blank &= isspace(ch[i]) != 0;
        if (blank)
            return;
        open_paragraph(h);
    }
    for (size_t i = 0; i < len; i++) {
        unsigned char c = ch[i];
        size_t b = exact ? end - len + i : unit_b, e = exact ? b + 1 : end;
        if (isspace(c)) {
            h->pending_space = 1;
            continue;
        }
        if (h->pending_break && h->len > h->paras[h->n_paras].text_begin) {
            put_byte(h, '\n', b, b);
            put_byte(h, '\n', b, b);
        } else if (h->pending_space && h->len > h->paras[h->n_paras].text_begin) {
            put_byte(h, ' ', b, b);
        }
        h->pending_space = h->pending_break = 0;
        put_byte(h, (char)c, b, e);
    }
}

static void on_error(void *ctx, const char *msg, ...)
{
    (void)ctx;
    (void)msg;   /* the HTML parser recovers; real pages are full of errors */
}

/* The container holding the most paragraph text (ties: the first). */
static int main_container(const hx *h)
{
    int best = -1;
    size_t best_len = 0;
    for (size_t i = 0; i < h->n_paras; i++) {
        size_t total = 0;
        for (size_t k = 0; k < h->n_paras; k++)
            if (h->paras[k].container == h->paras[i].container && !h->paras[k].is_h1)
                total += h->paras[k].text_end - h->paras[k].text_begin;
        if (total > best_len) {
            best_len = total;
            best = h->paras[i].container;
        }
    }
    return best;
}

static int keep(const hx *h, const para *p, int container, int *have_h1)
{
    if (p->is_h1 && !*have_h1) {
        *have_h1 = 1;
        return 1;
    }
    if (h->has_article)
        return p->in_article;
    return p->container == container;
}

/* Append src to dst as a paragraph (a blank line before it unless first). */
static void append_para(nv_extracted *dst, const nv_extracted *src, const char *prefix)
{
    if (!src->len)
        return;
    size_t at = src->src_begin[0];
    if (dst->len)
        for (int k = 0; k < 2; k++) {
            dst->text[dst->len] = '\n';
            dst->src_begin[dst->len] = dst->src_end[dst->len] = at;
            dst->len++;
        }
    for (const char *c = prefix; *c; c++) {
        dst->text[dst->len] = *c;
        dst->src_begin[dst->len] = dst->src_end[dst->len] = at;
        dst->len++;
    }
    memcpy(dst->text + dst->len, src->text, src->len);
    memcpy(dst->src_begin + dst->len, src->src_begin, src->len * sizeof *src->src_begin);
    memcpy(dst->src_end + dst->len, src->src_end, src->len * sizeof *src->src_end);
    dst->len += src->len;
    dst->text[dst->len] = '\0';
}

/* Replace the visible article with the JSON-LD one when that has a body and
 * the visible page has less than 60% of its text. Returns 0, or -1 when out of
 * memory. */
static int from_jsonld(const char *html, size_t len, size_t visible_body, nv_extracted *out)
{
    nv_jsonld_article a;
    int r = nv__jsonld_article(html, len, &a);
    if (r <= 0)
        return r;
    if (!a.body.len || visible_body * 10 >= a.body.len * 6) {
        nv__jsonld_free(&a);
        return 0;
    }
    size_t cap = a.headline.len + a.description.len + a.author.len + a.body.len + 16;
    nv_extracted x = {malloc(cap + 1), 0, malloc((cap + 1) * sizeof(size_t)),
                      malloc((cap + 1) * sizeof(size_t))};
    if (!x.text || !x.src_begin || !x.src_end) {
        nv__extracted_free(&x);
        nv__jsonld_free(&a);
        return -1;
    }
    append_para(&x, &a.headline, "");
    append_para(&x, &a.description, "");
    int by = a.author.len >= 3 && strncasecmp(a.author.text, "by ", 3) == 0;
    append_para(&x, &a.author, by ? "" : "By ");
    append_para(&x, &a.body, "");
    nv__jsonld_free(&a);
    nv__extracted_free(out);
    *out = x;
    return 0;
}

int nv__html_extract(const char *html, size_t len, nv_extracted *out, char *err,
                     size_t err_len)
{
    memset(out, 0, sizeof *out);
    hx h;
    memset(&h, 0, sizeof h);
    h.src = html;
    h.src_len = len;
    htmlSAXHandler sax;
    memset(&sax, 0, sizeof sax);
    sax.startElement = on_start;
    sax.endElement = on_end;
    sax.characters = on_text;
    sax.cdataBlock = NULL;
    sax.error = on_error;
    sax.warning = on_error;
    h.ctxt = htmlCreateMemoryParserCtxt(html, (int)(len > 0x7FFFFFFF ? 0x7FFFFFFF : len));
    if (!h.ctxt) {
        snprintf(err, err_len, "cannot start the HTML parser");
        return -1;
    }
    htmlSAXHandlerPtr old = (htmlSAXHandlerPtr)h.ctxt->sax;
    h.ctxt->sax = &sax;
    h.ctxt->userData = &h;
    htmlCtxtUseOptions(h.ctxt, HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                                   HTML_PARSE_NONET);
    xmlSwitchEncoding(h.ctxt, XML_CHAR_ENCODING_UTF8);
    htmlParseDocument(h.ctxt);
    close_paragraph(&h);
    h.ctxt->sax = old;
    htmlFreeParserCtxt(h.ctxt);
    h.ctxt = NULL;
    if (h.failed)
        goto oom;

    /* the kept paragraphs, blank lines between them */
    int container = main_container(&h), have_h1 = 0;
    size_t total = 0;
    for (size_t i = 0; i < h.n_paras; i++)
        total += h.paras[i].text_end - h.paras[i].text_begin + 2;
    out->text = malloc(total + 1);
    out->src_begin = malloc((total + 1) * sizeof *out->src_begin);
    out->src_end = malloc((total + 1) * sizeof *out->src_end);
    if (!out->text || !out->src_begin || !out->src_end)
        goto oom;
    size_t n = 0, body_len = 0;
    for (size_t i = 0; i < h.n_paras; i++) {
        const para *p = &h.paras[i];
        if (!keep(&h, p, container, &have_h1))
            continue;
        if (!p->is_h1)
            body_len += p->text_end - p->text_begin;
        if (n) {
            for (int k = 0; k < 2; k++) {
                out->text[n] = '\n';
                out->src_begin[n] = out->src_end[n] = h.beg[p->text_begin];
                n++;
            }
        }
        for (size_t k = p->text_begin; k < p->text_end; k++, n++) {
            out->text[n] = h.text[k];
            out->src_begin[n] = h.beg[k];
            out->src_end[n] = h.end[k];
        }
    }
    out->text[n] = '\0';
    out->len = n;
    free(h.text);
    free(h.beg);
    free(h.end);
    free(h.paras);
    h.text = NULL;
    h.beg = h.end = NULL;
    h.paras = NULL;
    if (from_jsonld(html, len, body_len, out) != 0)
        goto oom;
    return 0;
oom:
    free(h.text);
    free(h.beg);
    free(h.end);
    free(h.paras);
    nv__extracted_free(out);
    snprintf(err, err_len, "out of memory reading the HTML page");
    return -1;
}

void nv__html_init(void)
{
    xmlInitParser();
}

void nv__extracted_free(nv_extracted *x)
{
    free(x->text);
    free(x->src_begin);
    free(x->src_end);
    memset(x, 0, sizeof *x);
}

int nv__looks_like_html(const char *s, size_t len)
{
    size_t i = 0;
    while (i < len && isspace((unsigned char)s[i]))
        i++;
    if (len - i >= 3 && (unsigned char)s[i] == 0xEF)
        i += 3;   /* BOM */
    const char *p = s + i;
    size_t n = len - i;
    return (n >= 9 && strncasecmp(p, "<!doctype", 9) == 0) ||
           (n >= 5 && strncasecmp(p, "<html", 5) == 0) ||
           (n >= 5 && strncasecmp(p, "<head", 5) == 0) ||
           (n >= 5 && strncasecmp(p, "<body", 5) == 0);
}
