/* jsonld.h - the schema.org article in a page's JSON-LD (internal).
 *
 * Many news pages describe the story in <script type="application/ld+json">:
 * a NewsArticle (or Article, ReportageNewsArticle, BlogPosting ...) with its
 * headline, description (the dek), author and, on many sites, the whole
 * articleBody, even when the visible page holds only a teaser or is drawn by
 * scripts. html.c reads the article from here when the visible page has much
 * less of it. */
#ifndef NV_INGEST_JSONLD_H
#define NV_INGEST_JSONLD_H

#include <stddef.h>

#include "ingest/html.h"

/* Fields of the article, each decoded (JSON escapes, HTML tags and entities
 * inside strings) with the page byte range of every text byte. Empty fields
 * have len 0. */
typedef struct nv_jsonld_article {
    nv_extracted headline, description, author, body;
} nv_jsonld_article;

/* Look for the article in every JSON-LD block of the page. Returns 1 and fills
 * *out (free with nv__jsonld_free) when one with a headline or a body is found,
 * 0 when there is none (malformed blocks are skipped), -1 when out of memory. */
int nv__jsonld_article(const char *html, size_t len, nv_jsonld_article *out);
void nv__jsonld_free(nv_jsonld_article *a);

#endif
