/* html.h - article extraction from HTML pages (internal). */
#ifndef NV_INGEST_HTML_H
#define NV_INGEST_HTML_H

#include <stddef.h>

/* Plain text extracted from a document, with the source range of every byte. */
typedef struct nv_extracted {
    char *text;          /* NUL-terminated; paragraphs separated by blank lines */
    size_t len;
    size_t *src_begin;   /* for each byte of text: where it came from in the page */
    size_t *src_end;
} nv_extracted;

/* Extract the article from an HTML page (UTF-8). Returns 0 and fills *out (free
 * with nv__extracted_free), or -1 with a message. A page with no article text
 * gives an empty text, not an error. */
int nv__html_extract(const char *html, size_t len, nv_extracted *out, char *err,
                     size_t err_len);
void nv__extracted_free(nv_extracted *x);
/* Initialise libxml2 (its one-time set-up is not thread-safe): called by
 * nv_engine_open, before any job runs. */
void nv__html_init(void);
/* 1 if the text starts like an HTML page (<!doctype, <html, <head or <body). */
int nv__looks_like_html(const char *s, size_t len);

#endif
