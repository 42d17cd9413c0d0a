/* tagger.h - part-of-speech tagging for homographs (internal).
 *
 * The tagger picks, for every word of an utterance, the lexicon part-of-speech
 * tag to prefer when the lexicon lists several pronunciations (record, lead,
 * live, close ...). Its model is an optional data file in the data directory
 * (NV_TAGGER_FILE); without it, context rules alone decide. */
#ifndef NV_PRON_TAGGER_H
#define NV_PRON_TAGGER_H

#include <stddef.h>

#include "core/utt.h"

#define NV_TAGGER_FILE "pos.nvtag"

typedef struct nv_tagger nv_tagger;

/* Load the tagger model at path (NULL: rules only). Returns 0 and sets *out, or
 * -1 and writes a one-line reason into err. The model is read-only and may be
 * shared by threads. */
int nv__tagger_open(const char *path, nv_tagger **out, char *err, size_t err_len);
/* Accepts NULL. */
void nv__tagger_close(nv_tagger *tg);
/* tags[i] receives the lexicon POS tag ("n", "v", "j", ...) to prefer for word i
 * of utt, or NULL for the lexicon's first entry. tg may be NULL (rules only).
 * Returns 0, or -1 when out of memory. */
int nv__pron_tag(const nv_tagger *tg, const nv_utt *utt, const char **tags);

#endif
