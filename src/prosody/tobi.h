/* tobi.h - ToBI pitch accent and end tone prediction for one syllable.
 *
 * Internal header. Evaluates Festival's f2b_int_accent_cart_tree and
 * f2b_int_tone_cart_tree (festival's lib/tobi.scm), the intonation model the slt
 * voice's labels were made with. The caller computes the features below for each
 * syllable of an utterance; the functions only walk the trees.
 */
#ifndef NV_PROSODY_TOBI_H
#define NV_PROSODY_TOBI_H

/* gpos classes (LABELS.md section 6). NV_GPOS_NONE stands for "no such word"
 * (Festival's value 0). */
enum {
    NV_GPOS_NONE = 0, NV_GPOS_CONTENT, NV_GPOS_IN, NV_GPOS_TO, NV_GPOS_DET,
    NV_GPOS_MD, NV_GPOS_CC, NV_GPOS_WP, NV_GPOS_PPS, NV_GPOS_AUX, NV_GPOS_PUNC
};

enum { NV_ACC_NONE = 0, NV_ACC_H, NV_ACC_DOWN_H, NV_ACC_L_H, NV_ACC_L, NV_ACC_L_HH };
enum { NV_TONE_NONE = 0, NV_TONE_H, NV_TONE_L, NV_TONE_LL, NV_TONE_LH, NV_TONE_HL,
       NV_TONE_HH };

/* Festival's feature values for one syllable. Syllable neighbours (p = previous,
 * pp = two back, n = next, nn = two ahead) run over the utterance's whole syllable
 * list; a missing neighbour has every field 0. Word neighbours likewise over the
 * utterance's word list (NV_GPOS_NONE when missing).
 * syl_break: 0 inside a word, 1 at a word end, 3 at a phrase break (B), 4 at a
 * sentence-final break (BB). The trees also ask Festival's old_syl_break, which
 * counts breaks 2 and 3 as 4; the evaluator derives it from syl_break, so callers
 * pass plain syl_break values. */
typedef struct nv_tobi_feats {
    int stress, n_stress;                     /* lexical stress 0/1 of this/next syllable */
    int syl_in, syl_out;                      /* syllables since/until the phrase edge (0-based) */
    int ssyl_in, ssyl_out;                    /* stressed syllables before/after in the phrase,
                                                 Festival's counts (LABELS.md trap 4), no +1 */
    int syl_break, p_syl_break, pp_syl_break, n_syl_break, nn_syl_break;
    int sub_phrases;                          /* phrases before this one back to a BB break */
    int yn_question;                          /* Festival's syl_yn_question: 1 or 0 */
    int emph, p_emph, n_emph;                 /* emphasis marks from SSML (0 without) */
    int gpos, p_gpos, pp_gpos, n_gpos, nn_gpos; /* word of this syllable and its neighbours */
} nv_tobi_feats;

/* Accent (NV_ACC_*) and end tone (NV_TONE_*) predicted for the syllable. */
int nv__tobi_accent(const nv_tobi_feats *f);
int nv__tobi_tone(const nv_tobi_feats *f);
/* Names as Festival writes them ("H*", "L-L%", "NONE"). */
const char *nv__tobi_accent_name(int acc);
const char *nv__tobi_tone_name(int tone);

#endif
