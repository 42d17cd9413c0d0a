/* ssml.h - SSML input (internal): a W3C SSML 1.1 document becomes plain text
 * for the pipeline, with the byte range of the document behind every text byte,
 * and the events and ranges that are not text (breaks, marks, sentence
 * boundaries, emphasis, phonemes, prosody). */
#ifndef NV_INGEST_SSML_H
#define NV_INGEST_SSML_H

#include <stddef.h>

#include "ingest/html.h"

enum { NV_SSML_SENTENCE = 1, NV_SSML_BREAK, NV_SSML_MARK };
enum { NV_SSML_EMPHASIS = 1, NV_SSML_PHONES, NV_SSML_PROSODY, NV_SSML_SPELL };

typedef struct nv_ssml_event {
    int kind;            /* NV_SSML_SENTENCE, _BREAK, _MARK */
    size_t at;           /* offset in the text: before the token that starts there or later */
    size_t src;          /* offset of the element in the document */
    unsigned ms;         /* break length */
    char *name;          /* mark name */
} nv_ssml_event;

typedef struct nv_ssml_range {
    int kind;            /* NV_SSML_EMPHASIS, _PHONES, _PROSODY, _SPELL (say-as
                            characters: each letter read as its name) */
    size_t begin, end;   /* text range */
    char *phones;        /* ARPAbet with stress digits, for NV_SSML_PHONES */
    double rate;         /* prosody: rate factor (1 = unchanged) */
    double pitch;        /* prosody: semitones */
    double volume_db;    /* prosody: gain */
} nv_ssml_range;

typedef struct nv_ssml {
    nv_extracted x;      /* text and source ranges */
    nv_ssml_event *events;
    size_t n_events;
    nv_ssml_range *ranges;
    size_t n_ranges;
} nv_ssml;

/* Parse an SSML document. Returns 0, or -1 with a message naming what is wrong
 * and where ("line 3, column 12: ..."). */
int nv__ssml_parse(const char *doc, size_t len, nv_ssml *out, char *err, size_t err_len);
void nv__ssml_free(nv_ssml *s);
/* 1 if the text starts like an SSML document (<speak, or <?xml ... <speak). */
int nv__looks_like_ssml(const char *s, size_t len);

#endif
