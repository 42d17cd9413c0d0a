/* pron.h - pronunciation stage: compiled CMU lexicon, letter-to-sound, syllables.
 *
 * Internal header. A word's pronunciation is a sequence of radio phone ids
 * (core/phones.h) grouped into syllables, each syllable with a lexical stress.
 */
#ifndef NV_PRON_PRON_H
#define NV_PRON_PRON_H

#include <stddef.h>
#include <stdint.h>

#define NV_PRON_MAX_PH 64
#define NV_PRON_MAX_SYL 32

typedef struct nv_pron {
    uint8_t n_ph;                         /* phones in ph[] */
    uint8_t n_syl;                        /* syllables */
    uint8_t ph[NV_PRON_MAX_PH];           /* radio phone ids, never NV_PH_PAU */
    uint8_t syl_first[NV_PRON_MAX_SYL];   /* index in ph[] of each syllable's first phone;
                                             syllable s spans [syl_first[s], syl_first[s+1])
                                             and the last one runs to n_ph */
    uint8_t syl_stress[NV_PRON_MAX_SYL];  /* 0 unstressed, 1 primary, 2 secondary */
} nv_pron;

typedef struct nv_lex nv_lex;   /* a compiled lexicon file, memory-mapped, read-only */

/* Map a compiled lexicon (made by tools/nv-lexc). Returns 0 and sets *out, or -1 and
 * writes a one-line reason into err (what and which file). Thread-safe to share. */
int nv__lex_open(const char *path, nv_lex **out, char *err, size_t err_len);
/* Unmap and free. Accepts NULL. */
void nv__lex_close(nv_lex *lex);
/* Look up a lower-case word. pos is a lexicon part-of-speech tag ("n", "v", "j",
 * "dt", ...) or NULL: an entry with that tag is preferred, otherwise the first entry
 * is returned. Returns 1 and fills *out when found, 0 when the word is absent. */
int nv__lex_lookup(const nv_lex *lex, const char *word, size_t len, const char *pos,
                   nv_pron *out);
/* Letter-to-sound guess for a word (letters a-z, any case; other characters are
 * ignored). Fills *out with syllabified, stressed phones. Returns 1 on success, 0 if the
 * word has no letters. */
int nv__lex_lts(const nv_lex *lex, const char *word, size_t len, nv_pron *out);
/* Group out->ph[0..n_ph) into syllables by maximum onset (LABELS.md section 5), given
 * one stress value per vowel in vowel_stress[] (in order). Sets n_syl, syl_first and
 * syl_stress. A pronunciation without a vowel becomes one syllable. */
void nv__pron_syllabify(nv_pron *out, const uint8_t *vowel_stress);

#endif
