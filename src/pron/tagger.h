/* tagger.h - part-of-speech tagging for homographs (internal).
 *
 * The tagger picks, for every word of an utterance, the lexicon part-of-speech
 * or sense tag to prefer when the lexicon lists several pronunciations (record,
 * lead, live, close, bass ...). Its model is an optional data file in the data
 * directory (NV_TAGGER_FILE, made by tools/postag from Festival's festlex-poslex;
 * layout in pron/tagfmt.h): a trigram hidden Markov model over Penn Treebank
 * tags (tagger.c). Rules per homograph then map the tags to lexicon entries
 * (homograph.c). Without the model, context rules alone decide. */
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
/* tags[i] receives the lexicon POS tag ("n", "v", "j", ...) or sense tag to
 * prefer for word i of utt, or NULL for the lexicon's first entry. tg may be NULL
 * (rules only). The strings live as long as tg. Returns 0, or -1 when out of
 * memory. */
int nv__pron_tag(const nv_tagger *tg, const nv_utt *utt, const char **tags);

/* --- the model itself (tagger.c) --- */

/* 1 if tg holds a model (not rules only). */
int nv__tagger_has_model(const nv_tagger *tg);
/* Viterbi tagging: out[i] = the model's tag index for word i of utt. Scratch
 * memory comes from utt->arena. Returns 1 when the words were tagged, 0 when
 * not (no model, no words, or no memory for an enormous sentence), with every
 * out[i] = -1. */
int nv__tagger_run(const nv_tagger *tg, const nv_utt *utt, int *out);
/* The model's name of tag index tag ("nn", "vbd", ...), or NULL. */
const char *nv__tagger_tag_name(const nv_tagger *tg, int tag);
/* The index of a tag name, or -1. */
int nv__tagger_tag_index(const nv_tagger *tg, const char *name);

#endif
