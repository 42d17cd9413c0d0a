/* phones.h - the phone inventory shared by every stage.
 *
 * Phones are small integer ids into Festival's "radio" phone set, the set the
 * slt HTS voice was trained on (lower-case names; AH0 is "ax", stressed AH is
 * "ah"; ER keeps its stress on the syllable). Id 0 is the pause.
 * Internal header: not part of the public API.
 */
#ifndef NV_CORE_PHONES_H
#define NV_CORE_PHONES_H

#include <stddef.h>

enum {
    NV_PH_PAU = 0,
    NV_PH_AA, NV_PH_AE, NV_PH_AH, NV_PH_AO, NV_PH_AW, NV_PH_AX, NV_PH_AY,
    NV_PH_B, NV_PH_CH, NV_PH_D, NV_PH_DH, NV_PH_EH, NV_PH_ER, NV_PH_EY,
    NV_PH_F, NV_PH_G, NV_PH_HH, NV_PH_IH, NV_PH_IY, NV_PH_JH, NV_PH_K,
    NV_PH_L, NV_PH_M, NV_PH_N, NV_PH_NG, NV_PH_OW, NV_PH_OY, NV_PH_P,
    NV_PH_R, NV_PH_S, NV_PH_SH, NV_PH_T, NV_PH_TH, NV_PH_UH, NV_PH_UW,
    NV_PH_V, NV_PH_W, NV_PH_Y, NV_PH_Z, NV_PH_ZH,
    NV_PH_COUNT
};

/* Radio name of a phone id ("pau", "aa", ...); "?" for an invalid id. */
const char *nv__phone_name(int id);
/* Id of a radio phone name, or -1. Case-sensitive (radio names are lower case). */
int nv__phone_id(const char *name, size_t len);
/* 1 if the phone is a vowel (the syllable nucleus), else 0. */
int nv__phone_is_vowel(int id);
/* ARPAbet name (upper case, without stress digit) of a phone id: ax -> "AH". */
const char *nv__phone_arpabet(int id);
/* Id of an ARPAbet phone (case-insensitive, optional stress digit 0-2 at the end);
 * "AH0" maps to ax, "AH1"/"AH2"/"AH" to ah. Returns -1 if unknown. If stress is
 * not NULL it receives the digit (0, 1, 2) or -1 when none was given. */
int nv__phone_from_arpabet(const char *name, size_t len, int *stress);

/* Convert an IPA transcription (UTF-8; stress marks ˈ ˌ before the syllable or
 * vowel; length marks, dots and spaces ignored) to ARPAbet with stress digits.
 * Returns 0, or -1 for a symbol it does not know or when cap is too small. */
int nv__ipa_to_arpabet(const char *ipa, char *out, size_t cap);
/* 1 if ph is a non-empty list of known ARPAbet phones separated by spaces. */
int nv__arpabet_ok(const char *ph);

#endif
