/* prosody.h - phrasing, intonation and HTS labels (internal). */
#ifndef NV_PROSODY_PROSODY_H
#define NV_PROSODY_PROSODY_H

#include "core/utt.h"

/* gpos class (NV_GPOS_*) of a lower-case word. */
int nv__gpos(const char *word);
/* Breaks, intonation, post-lexical rules; builds utt->syl, ph, phr.
 * Returns 0, or -1 when out of memory. */
int nv__prosody(nv_utt *utt);
/* HTS full-context labels into utt->label. festival_e5: write field e5 as
 * Festival's run time does (from 0) instead of the training convention (from 1).
 * Returns 0, or -1 when out of memory. */
int nv__labels(nv_utt *utt, int festival_e5);

#endif
