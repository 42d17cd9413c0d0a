/* syllabify.c - groups a phone sequence into syllables by maximum onset.
 *
 * Reproduces Festival's cmulex_syllabify_maxonset (festlex-cmu cmulex.scm), the rule
 * the compiled CMU lexicon was syllabified with and the one Festival applies to
 * letter-to-sound output: every vowel starts a syllable together with the longest
 * legal onset among the consonants just before it (a listed 3-consonant onset, else a
 * listed 2-consonant onset, else one consonant; never ng); the other consonants
 * between two vowels close the earlier syllable; consonants after the last vowel
 * close the last syllable. Consonants before the first vowel that do not fit its
 * onset form a syllable of their own (stress 0), as in Festival: "mbabazi" is
 * ((m) 0) ((b ae) 1) ... (LABELS.md section 5 says they join the first syllable; the
 * lexicon's own entries, e.g. "cheung" ((ch) 0) ((y uw ng) 1), follow Festival).
 * Reads only out->ph/n_ph and the stress list; writes n_syl, syl_first, syl_stress.
 */
#include "pron/pron.h"

#include "core/phones.h"

#include <string.h>

/* Festival's cmulex_tri_onsets and cmulex_di_onsets. */
static const uint8_t tri_onsets[][3] = {
    {NV_PH_S, NV_PH_T, NV_PH_R}, {NV_PH_S, NV_PH_P, NV_PH_Y}, {NV_PH_S, NV_PH_P, NV_PH_R},
    {NV_PH_S, NV_PH_P, NV_PH_L}, {NV_PH_S, NV_PH_K, NV_PH_Y}, {NV_PH_S, NV_PH_K, NV_PH_W},
    {NV_PH_S, NV_PH_K, NV_PH_R}, {NV_PH_S, NV_PH_K, NV_PH_L},
};

static const uint8_t di_onsets[][2] = {
    {NV_PH_Z, NV_PH_W},  {NV_PH_Z, NV_PH_L},   {NV_PH_V, NV_PH_Y},  {NV_PH_V, NV_PH_R},
    {NV_PH_V, NV_PH_L},  {NV_PH_TH, NV_PH_W},  {NV_PH_TH, NV_PH_R}, {NV_PH_T, NV_PH_Y},
    {NV_PH_T, NV_PH_W},  {NV_PH_T, NV_PH_R},   {NV_PH_SH, NV_PH_W}, {NV_PH_SH, NV_PH_R},
    {NV_PH_SH, NV_PH_N}, {NV_PH_SH, NV_PH_M},  {NV_PH_SH, NV_PH_L}, {NV_PH_S, NV_PH_W},
    {NV_PH_S, NV_PH_V},  {NV_PH_S, NV_PH_T},   {NV_PH_S, NV_PH_R},  {NV_PH_S, NV_PH_P},
    {NV_PH_S, NV_PH_N},  {NV_PH_S, NV_PH_M},   {NV_PH_S, NV_PH_L},  {NV_PH_S, NV_PH_K},
    {NV_PH_S, NV_PH_F},  {NV_PH_P, NV_PH_Y},   {NV_PH_P, NV_PH_W},  {NV_PH_P, NV_PH_R},
    {NV_PH_P, NV_PH_L},  {NV_PH_N, NV_PH_Y},   {NV_PH_M, NV_PH_Y},  {NV_PH_M, NV_PH_R},
    {NV_PH_L, NV_PH_Y},  {NV_PH_K, NV_PH_Y},   {NV_PH_K, NV_PH_W},  {NV_PH_K, NV_PH_R},
    {NV_PH_K, NV_PH_L},  {NV_PH_HH, NV_PH_Y},  {NV_PH_HH, NV_PH_W}, {NV_PH_HH, NV_PH_R},
    {NV_PH_HH, NV_PH_L}, {NV_PH_G, NV_PH_Y},   {NV_PH_G, NV_PH_W},  {NV_PH_G, NV_PH_R},
    {NV_PH_G, NV_PH_L},  {NV_PH_F, NV_PH_Y},   {NV_PH_F, NV_PH_R},  {NV_PH_F, NV_PH_L},
    {NV_PH_D, NV_PH_Y},  {NV_PH_D, NV_PH_W},   {NV_PH_D, NV_PH_R},  {NV_PH_B, NV_PH_Y},
    {NV_PH_B, NV_PH_W},  {NV_PH_B, NV_PH_R},   {NV_PH_B, NV_PH_L},
};

static int is_tri(const uint8_t *p)
{
    for (size_t i = 0; i < sizeof tri_onsets / sizeof tri_onsets[0]; i++)
        if (memcmp(tri_onsets[i], p, 3) == 0)
            return 1;
    return 0;
}

static int is_di(const uint8_t *p)
{
    for (size_t i = 0; i < sizeof di_onsets / sizeof di_onsets[0]; i++)
        if (memcmp(di_onsets[i], p, 2) == 0)
            return 1;
    return 0;
}

/* Length of the onset taken by the vowel at ph[v] (0-3). Like Festival, the clusters
 * are matched against whatever precedes the vowel; a vowel never matches a list. */
static int onset_len(const uint8_t *ph, int v)
{
    if (v == 0 || nv__phone_is_vowel(ph[v - 1]) || ph[v - 1] == NV_PH_NG)
        return 0;
    if (v >= 3 && is_tri(ph + v - 3))
        return 3;
    if (v >= 2 && is_di(ph + v - 2))
        return 2;
    return 1;
}

void nv__pron_syllabify(nv_pron *out, const uint8_t *vowel_stress)
{
    int n = out->n_ph > NV_PRON_MAX_PH ? NV_PRON_MAX_PH : out->n_ph;
    int n_syl = 0, n_vowel = 0;
    out->n_ph = (uint8_t)n;
    memset(out->syl_first, 0, sizeof out->syl_first);
    memset(out->syl_stress, 0, sizeof out->syl_stress);
    for (int i = 0; i < n; i++) {
        if (!nv__phone_is_vowel(out->ph[i]))
            continue;
        int start = i - onset_len(out->ph, i);
        if (n_vowel == 0 && start > 0) {   /* stray consonants before the first onset */
            out->syl_first[n_syl] = 0;
            out->syl_stress[n_syl++] = 0;
        }
        if (n_syl == NV_PRON_MAX_SYL) {    /* too many: drop the rest of the word */
            out->n_ph = (uint8_t)start;
            break;
        }
        out->syl_first[n_syl] = (uint8_t)start;
        out->syl_stress[n_syl++] = vowel_stress ? vowel_stress[n_vowel] : 0;
        n_vowel++;
    }
    if (n_vowel == 0 && n > 0) {           /* no vowel: one syllable */
        out->syl_first[0] = 0;
        out->syl_stress[0] = 0;
        n_syl = 1;
    }
    out->n_syl = (uint8_t)n_syl;
}
