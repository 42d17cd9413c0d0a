/* lts.c - letter-to-sound for words missing from the lexicon.
 *
 * Reproduces Festival's cmu_lts_function (festlex-cmu cmulex.scm) with the CART trees
 * compiled into the .nvlex file: the word is lower-cased and reduced to its letters
 * a-z; each letter's tree (lts.scm, lts_predict) asks about the letters up to three
 * places before/after it, where the word is padded with one '#' on each side and
 * anything further out reads as "0"; the leaf's class gives zero (_epsilon_), one or
 * several phones (k-s), vowels carrying a stress digit 0/1. The phones are then
 * syllabified by maximum onset, each syllable taking its vowel's digit as stress
 * (cmulex_mosyl_phstress, see syllabify.c).
 * Differences from Festival, by design: characters other than letters are skipped
 * (Festival returns no pronunciation for such a word); at most NV_LTS_MAX_LETTERS
 * letters are used, and output beyond NV_PRON_MAX_PH phones or NV_PRON_MAX_SYL
 * syllables is cut off. Reads only the mapped tables; no state of its own.
 */
#include "pron/pron.h"
#include "pron/lexfmt.h"

#include "core/phones.h"

#include <string.h>

#define NV_LTS_MAX_LETTERS 256

/* The letter code (0-25, NV_LTS_VAL_HASH, NV_LTS_VAL_NONE) at position i of a word of
 * n letters; position -1 and n are the '#' padding. */
static unsigned letter_at(const uint8_t *let, int n, int i)
{
    if (i == -1 || i == n)
        return NV_LTS_VAL_HASH;
    if (i < -1 || i > n)
        return NV_LTS_VAL_NONE;
    return let[i];
}

/* Walk letter i's tree; returns the output class or -1 if the tables are corrupt. */
static long predict(const nv_lex *lex, const uint8_t *let, int n, int i)
{
    uint32_t idx = nv__lexf_u32(lex->ltsr + 4 * (size_t)let[i]);
    /* children always follow their parent, so idx grows and the walk ends */
    while (idx < lex->n_nodes) {
        uint32_t node = nv__lexf_u32(lex->ltsn + 4 * (size_t)idx);
        if (node & NV_LTSN_LEAF) {
            uint32_t cls = node & 0xffffu;
            return cls < lex->n_cls ? (long)cls : -1;
        }
        int off = (int)((node >> NV_LTSN_OFF_SHIFT) & 15u) - 8;
        unsigned val = (node >> NV_LTSN_VAL_SHIFT) & 31u;
        uint32_t no = node & NV_LTSN_NO_MASK;
        if (no <= idx + 1)
            return -1;
        idx = letter_at(let, n, i + off) == val ? idx + 1 : no;
    }
    return -1;
}

int nv__lex_lts(const nv_lex *lex, const char *word, size_t len, nv_pron *out)
{
    uint8_t let[NV_LTS_MAX_LETTERS];
    uint8_t vstress[NV_PRON_MAX_PH];
    int n = 0, n_vowel = 0;
    if (!out)
        return 0;
    memset(out, 0, sizeof *out);
    for (size_t i = 0; word && i < len && n < NV_LTS_MAX_LETTERS; i++) {
        unsigned char c = (unsigned char)word[i];
        if (c >= 'A' && c <= 'Z')
            c = (unsigned char)(c - 'A' + 'a');
        if (c >= 'a' && c <= 'z')
            let[n++] = (uint8_t)(c - 'a');
    }
    if (n == 0 || !lex)
        return 0;
    for (int i = 0; i < n && out->n_ph < NV_PRON_MAX_PH; i++) {
        long cls = predict(lex, let, n, i);
        if (cls < 0)
            return 0;
        const uint8_t *rec = lex->ltsc + (size_t)cls * NV_LTSC_SIZE;
        if (rec[0] > NV_LTSC_MAX_PH)
            return 0;
        for (unsigned k = 0; k < rec[0] && out->n_ph < NV_PRON_MAX_PH; k++) {
            uint8_t ph = rec[1 + k];
            if (ph == NV_PH_PAU || ph >= NV_PH_COUNT)
                return 0;
            if (nv__phone_is_vowel(ph))
                vstress[n_vowel++] = rec[1 + NV_LTSC_MAX_PH + k] ? 1 : 0;
            out->ph[out->n_ph++] = ph;
        }
    }
    nv__pron_syllabify(out, vstress);
    return 1;
}
