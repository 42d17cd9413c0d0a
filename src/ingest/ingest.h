/* ingest.h - text ingestion: article bytes -> sentences of tokens (internal). */
#ifndef NV_INGEST_INGEST_H
#define NV_INGEST_INGEST_H

#include <stddef.h>

#include "core/utt.h"

/* Cursor over an article. The article must stay alive while it is read. */
typedef struct nv_ingest {
    const char *src;
    size_t len;
    size_t pos;              /* next byte to read */
    unsigned sentence;       /* sentences produced so far */
    unsigned paragraph;      /* current paragraph number */
    int paragraph_pending;   /* a blank line (or the start) precedes pos */
    int line_start;          /* a line break (or the start) precedes pos */
    const size_t *forced;    /* offsets where a sentence must end (SSML <s>), sorted */
    size_t n_forced, i_forced;
} nv_ingest;

void nv__ingest_init(nv_ingest *in, const char *src, size_t len);
/* Fill utt->tok (allocated from utt->arena) with the next sentence's tokens and
 * set the sentence's index, paragraph and byte span. Returns 1 when a sentence
 * was read, 0 at the end of the text, -1 when out of memory. */
int nv__ingest_next(nv_ingest *in, nv_utt *utt);

#endif
