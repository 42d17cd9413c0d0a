/* test_html.c - article extraction from saved pages (tests/html/): exactly the
 * expected paragraphs, furniture skipped, and every byte of the text traced to
 * the page bytes it came from, also through nv_job_run_format's word spans. */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "ingest/html.h"
#include "newsvoice.h"

static char *slurp(const char *name, size_t *len)
{
    char path[1024];
    const char *dir = getenv("NV_SOURCE_DIR");
    snprintf(path, sizeof path, "%s/tests/html/%s", dir ? dir : ".", name);
    FILE *f = fopen(path, "rb");
    if (!f) {
        fprintf(stderr, "cannot open %s\n", path);
        return NULL;
    }
    char *buf = malloc(1 << 20);
    *len = fread(buf, 1, (1 << 20) - 1, f);
    buf[*len] = '\0';
    fclose(f);
    return buf;
}

/* every text byte maps into the page: one-to-one where the page had the byte
 * itself, to a character reference (&...;) otherwise */
static int spans_ok(const char *page, size_t page_len, const nv_extracted *x)
{
    for (size_t i = 0; i < x->len; i++) {
        size_t b = x->src_begin[i], e = x->src_end[i];
        if (x->text[i] == '\n' || x->text[i] == ' ')
            continue;
        if (e > page_len || b >= e)
            return 0;
        if (e - b == 1 && page[b] != x->text[i])
            return 0;
        if (e - b > 1 && page[b] != '&')
            return 0;
    }
    return 1;
}

/* A saved page extracts to exactly want, every byte mapped into the page. */
static void expect_page(const char *name, const char *want)
{
    size_t len;
    char *page = slurp(name, &len);
    CHECK(page != NULL);
    if (!page)
        return;
    nv_extracted x;
    char err[128];
    CHECK_INT(nv__html_extract(page, len, &x, err, sizeof err), 0);
    CHECK_STR(x.text, want);
    CHECK(spans_ok(page, len, &x));
    nv__extracted_free(&x);
    free(page);
}

static void test_article_tag(void)
{
    expect_page("article-tag.html",
              "Harbor town votes to rebuild seawall\n\n"
              "The $12 million project will take three years.\n\n"
              "By Maria Okonkwo\n\n"
              "PORT HALEY, Maine \xE2\x80\x94 Voters in this fishing town approved a plan on "
              "Tuesday to rebuild the crumbling seawall.\n\n"
              "The measure passed 812 to 455, according to the town clerk.\n\n"
              "\xE2\x80\x9CWe can\xE2\x80\x99t wait for the next storm,\xE2\x80\x9D said Harbor "
              "Master Tom Reyes.\n\n"
              "Work begins in May.");
}

static void test_div_soup(void)
{
    expect_page("div-soup.html",
              "School board delays vote on new calendar\n\n"
              "The Valley school board put off a vote on a four-day week after more than "
              "200 parents packed Monday's meeting.\n\n"
              "Board chair Linda Park said members needed more time to study bus schedules "
              "and child care.\n\n"
              "A decision is now expected in June.");
}

/* loose text breaks where a container begins or ends, and text in a nested
 * container stays with the loose text around it */
static void test_loose_text(void)
{
    const char *page = "<html><body><span>5 min read</span><div>The end came.</div>"
                       "Next<b>bold</b>word. <div>Inner block.</div> Tail.</body></html>";
    nv_extracted x;
    char err[128];
    CHECK_INT(nv__html_extract(page, strlen(page), &x, err, sizeof err), 0);
    CHECK_STR(x.text, "5 min read\n\nThe end came.\n\nNextboldword.\n\nInner block.\n\nTail.");
    CHECK(spans_ok(page, strlen(page), &x));
    nv__extracted_free(&x);
}

/* schema.org microdata marks the article in a page of plain divs */
static void test_microdata(void)
{
    expect_page("microdata.html",
              "Library reopens after flood repairs\n\n"
              "By Priya Nair\n\n"
              "The Riverside public library reopened on Monday, eight months after floodwater "
              "filled its basement.\n\n"
              "Repairs cost $1.4 million, most of it covered by insurance.");
}

/* a page that shows a teaser and carries the story in its JSON-LD */
static void test_jsonld(void)
{
    size_t len;
    char *page = slurp("jsonld.html", &len);
    CHECK(page != NULL);
    if (!page)
        return;
    nv_extracted x;
    char err[128];
    CHECK_INT(nv__html_extract(page, len, &x, err, sizeof err), 0);
    CHECK_STR(x.text,
              "Ferry service returns to Gull Island\n\n"
              "The route closed after last winter\xE2\x80\x99s storms.\n\n"
              "By Dana Whitfield and Omar Sayed\n\n"
              "GULL ISLAND \xE2\x80\x94 The first ferry in five months docked here on "
              "Tuesday.\n\n"
              "\"It feels like the island is open again,\" said Rita Alvarez, who runs the "
              "general store.\n\n"
              "The state paid $3.1 million for repairs & a new ramp.");
    /* every byte maps into the JSON-LD block: itself, an escape, an entity, or
     * (the words the reader adds: "By", "and") an empty range before a name */
    const char *block = strstr(page, "{\"@context\"");
    size_t lo = block ? (size_t)(block - page) : 0, hi = (size_t)(strstr(page, "</script>") - page);
    int ok = 1;
    for (size_t i = 0; i < x.len; i++) {
        size_t b = x.src_begin[i], e = x.src_end[i];
        if (b < lo || e > hi || e < b)
            ok = 0;
        else if (e - b == 1 && page[b] != x.text[i])
            ok = 0;
        else if (e - b > 1 && page[b] != '\\' && page[b] != '&')
            ok = 0;
    }
    CHECK(ok);
    /* "Gull" in the body: the page bytes of that word */
    const char *g = strstr(x.text, "GULL");
    CHECK(g && strncmp(page + x.src_begin[g - x.text], "GULL ISLAND \\u2014", 18) == 0);
    /* the escape \u2014 is one character of three bytes, all from the escape */
    const char *dash = strstr(x.text, "\xE2\x80\x94");
    CHECK(dash && x.src_end[dash - x.text] - x.src_begin[dash - x.text] == 6);
    nv__extracted_free(&x);

    /* a visible article as long as the JSON-LD body wins; malformed JSON-LD is
     * ignored */
    const char *both = "<html><head><script type=\"application/ld+json\">{\"@type\":"
                       "\"NewsArticle\",\"articleBody\":\"Short body.\"}</script></head>"
                       "<body><article><p>The visible story is the longer one here.</p>"
                       "</article></body></html>";
    CHECK_INT(nv__html_extract(both, strlen(both), &x, err, sizeof err), 0);
    CHECK_STR(x.text, "The visible story is the longer one here.");
    nv__extracted_free(&x);
    const char *bad = "<html><head><script type=\"application/ld+json\">{\"@type\":"
                      "\"NewsArticle\",\"articleBody\":\"Never closed</script></head>"
                      "<body><p>Only this.</p></body></html>";
    CHECK_INT(nv__html_extract(bad, strlen(bad), &x, err, sizeof err), 0);
    CHECK_STR(x.text, "Only this.");
    nv__extracted_free(&x);

    /* deep nesting stops at the depth limit; broken escapes and surrogates
     * are kept as characters, never read past the block */
    size_t cap = 300000, k = 0;
    char *deep = malloc(cap);
    k += (size_t)snprintf(deep + k, cap - k, "<html><head><script type=\"application/ld+json\">");
    for (int i = 0; i < 100000; i++)
        deep[k++] = '[';
    k += (size_t)snprintf(deep + k, cap - k, "</script></head><body><p>Still here.</p></body></html>");
    CHECK_INT(nv__html_extract(deep, k, &x, err, sizeof err), 0);
    CHECK_STR(x.text, "Still here.");
    nv__extracted_free(&x);
    free(deep);
    const char *esc = "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
                      "\"articleBody\":\"A \\ud800 lone half, a \\q odd escape, &#xZZ; and "
                      "&bogus; stay readable.\"}</script></head><body></body></html>";
    CHECK_INT(nv__html_extract(esc, strlen(esc), &x, err, sizeof err), 0);
    CHECK_STR(x.text, "A \xEF\xBF\xBD lone half, a q odd escape, &#xZZ; and &bogus; stay readable.");
    nv__extracted_free(&x);
    free(page);
}

static void test_long_page(void)
{
    /* thousands of paragraphs: the parser drops consumed input as it goes,
     * and positions must stay absolute */
    size_t cap = 600000, n = 0;
    char *page = malloc(cap);
    n += (size_t)snprintf(page + n, cap - n, "<html><body><article><h1>Long</h1>");
    for (int i = 0; i < 3000 && n + 200 < cap; i++)
        n += (size_t)snprintf(page + n, cap - n,
                              "<p>Paragraph %d says &amp; repeats <i>this</i>.</p>\n", i);
    n += (size_t)snprintf(page + n, cap - n, "</article></body></html>");
    nv_extracted x;
    char err[128];
    CHECK_INT(nv__html_extract(page, n, &x, err, sizeof err), 0);
    CHECK(spans_ok(page, n, &x));
    CHECK(strstr(x.text, "Paragraph 2999 says & repeats this.") != NULL);
    nv__extracted_free(&x);
    free(page);
}

typedef struct words {
    const char *page;
    char all[8192];
    int spans_ok;
} words;

static int on_sentence(void *user, const nv_sentence *s)
{
    words *w = user;
    for (size_t i = 0; i < s->n_words; i++) {
        const nv_word *wd = &s->words[i];
        size_t n = strlen(w->all);
        snprintf(w->all + n, sizeof w->all - n, "%s%s", n ? " " : "", wd->text);
        /* a plain word's span is the word in the page */
        size_t len = wd->src_end - wd->src_begin;
        if (strcmp(wd->written, "Harbor") == 0 || strcmp(wd->written, "Reyes") == 0)
            if (len != strlen(wd->written) ||
                memcmp(w->page + wd->src_begin, wd->written, len) != 0)
                w->spans_ok = 0;
    }
    return 0;
}

static void test_job(void)
{
    nv_engine *e = NULL;
    char err[256];
    if (nv_engine_open(NULL, &e, err, sizeof err) != NV_OK) {
        fprintf(stderr, "%s\n", err);
        check_failed++;
        return;
    }
    nv_job *j = NULL;
    nv_job_new(e, &j);
    size_t len;
    char *page = slurp("article-tag.html", &len);
    words w;
    memset(&w, 0, sizeof w);
    w.page = page;
    w.spans_ok = 1;
    CHECK_INT(nv_job_run_format(j, page, len, NV_FORMAT_AUTO, NV_STAGE_WORDS, on_sentence, &w),
              NV_OK);
    CHECK(w.spans_ok);
    CHECK(strncmp(w.all, "harbor town votes to rebuild seawall the twelve million dollar", 60) == 0);
    CHECK(strstr(w.all, "can't wait") != NULL);
    const char *furniture[] = {"newsletter", "tweet", "advertisement", "copyright", "related",
                               "photo", "sports", NULL};
    for (int i = 0; furniture[i]; i++)
        CHECK(strstr(w.all, furniture[i]) == NULL);
    free(page);

    const char *empty = "<html><body><nav><p>Home</p></nav><script>x()</script></body></html>";
    CHECK_INT(nv_job_run_format(j, empty, strlen(empty), NV_FORMAT_AUTO, NV_STAGE_WORDS,
                                on_sentence, &w), NV_EEMPTY);
    CHECK_STR(nv_job_errmsg(j), "no article text found in the HTML page");
    /* plain text that merely contains a tag is still text */
    const char *text = "Use the <b> tag, she said.";
    memset(&w, 0, sizeof w);
    CHECK_INT(nv_job_run_format(j, text, strlen(text), NV_FORMAT_AUTO, NV_STAGE_WORDS,
                                on_sentence, &w), NV_OK);
    nv_job_free(j);
    nv_engine_close(e);
}

int main(void)
{
    test_article_tag();
    test_div_soup();
    test_loose_text();
    test_jsonld();
    test_microdata();
    test_long_page();
    test_job();
    return CHECK_DONE();
}
