/* words.h - pronunciation of an utterance's words (internal). */
#ifndef NV_PRON_WORDS_H
#define NV_PRON_WORDS_H

#include "core/utt.h"
#include "pron/g2p.h"
#include "pron/pron.h"
#include "pron/tagger.h"
#include "pron/userlex.h"

/* Fill pron/origin of every word of utt; may replace utt->word (arena) to split
 * possessive 's. Words the lexicon lacks are guessed by the trained model g2p,
 * or by Festival's letter-to-sound rules when g2p is NULL. tagger (may be NULL)
 * picks the reading of homographs. Words with no
 * pronounceable letters are dropped. Returns 0, or -1 when out of memory. */
int nv__pron_words(const nv_lex *lex, const nv_g2p *g2p, const nv_tagger *tagger,
                   nv_utt *utt);
/* Everything pronunciation reads. publisher and names may be NULL. */
typedef struct nv_pron_ctx {
    const nv_lex *lex;
    const nv_g2p *g2p;
    const nv_tagger *tagger;
    const nv_userlex *publisher;  /* wins over everything */
    const nv_userlex *names;      /* capitalised words: before the dictionary */
} nv_pron_ctx;

/* nv__pron_words with publisher and names lexicons: a word's lookup order is
 * publisher lexicon (its tagged reading, then any), names lexicon, dictionary,
 * letter-to-sound. (Phrases and non-word tokens in those lexicons are matched
 * earlier, on tokens: pipeline.c.) */
int nv__pron_words_ctx(const nv_pron_ctx *ctx, nv_utt *utt);
/* Name of an NV_ORIGIN_* for the public API: "dictionary", "guess", "ssml",
 * "publisher", "names". */
const char *nv__origin_name(int origin);
/* Lexicon POS tag to prefer for word i of utt, from the words around it, or
 * NULL for the lexicon's first entry (homograph.c). */
const char *nv__pron_guess_pos(const nv_utt *utt, uint32_t i);
/* Write p as ARPAbet with stress digits ("R EH1 K ER0 D") into buf (cap bytes,
 * always NUL-terminated). Returns the length written. */
size_t nv__pron_arpabet(const nv_pron *p, char *buf, size_t cap);

#endif
