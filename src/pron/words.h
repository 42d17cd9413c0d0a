/* words.h - pronunciation of an utterance's words (internal). */
#ifndef NV_PRON_WORDS_H
#define NV_PRON_WORDS_H

#include "core/utt.h"
#include "pron/g2p.h"
#include "pron/pron.h"
#include "pron/tagger.h"

/* Fill pron/origin of every word of utt; may replace utt->word (arena) to split
 * possessive 's. Words the lexicon lacks are guessed by the trained model g2p,
 * or by Festival's letter-to-sound rules when g2p is NULL. tagger (may be NULL)
 * picks the reading of homographs. Words with no
 * pronounceable letters are dropped. Returns 0, or -1 when out of memory. */
int nv__pron_words(const nv_lex *lex, const nv_g2p *g2p, const nv_tagger *tagger,
                   nv_utt *utt);
/* Lexicon POS tag to prefer for word i of utt, from the words around it, or
 * NULL for the lexicon's first entry (homograph.c). */
const char *nv__pron_guess_pos(const nv_utt *utt, uint32_t i);
/* Write p as ARPAbet with stress digits ("R EH1 K ER0 D") into buf (cap bytes,
 * always NUL-terminated). Returns the length written. */
size_t nv__pron_arpabet(const nv_pron *p, char *buf, size_t cap);

#endif
