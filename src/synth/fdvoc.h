/* fdvoc.h - our frequency-domain vocoder (internal): renders the parameters
 * hts_engine generates (mel-cepstrum + log F0 per frame) to samples, frame by
 * frame, with FFTs instead of a per-sample MLSA filter. See fdvoc.c and
 * docs/VOCODER.md for the algorithm.
 *
 * Same frame interface as the MLSA vocoder (vocoder.h): one call per frame,
 * fperiod samples out, so both give the same sample count for the same
 * parameters. The output is delayed by nv__fdvoc_delay samples (2 ms at any
 * rate) against the MLSA rendering: room for the band-limited pulses'
 * precursors.
 *
 * Memory is bounded: one nv_fdvoc holds its tables and a few FFT-sized
 * buffers, nothing of the utterance. No global mutable state apart from FFTW's
 * planner, which is used under a lock; use one vocoder per thread. */
#ifndef NV_SYNTH_FDVOC_H
#define NV_SYNTH_FDVOC_H

#include <stddef.h>

#include "synth/vocoder.h" /* NV_VOCODER_UNVOICED */

typedef struct nv_fdvoc_params {
    unsigned order;   /* mel-cepstrum order m (m+1 values per frame), 1..200 */
    unsigned rate;    /* sampling rate in Hz, 8000..192000 */
    unsigned fperiod; /* samples per frame, 1..4096 */
    double alpha;     /* all-pass constant, |alpha| < 1 */
    double volume;    /* linear output gain */
    double beta;      /* cepstral postfilter strength (hts_engine's beta), 0..1 */
    double mvf;       /* 0: the band split of each voiced frame is derived from its
                         envelope (see fdvoc.c); > 0: a fixed maximum voiced
                         frequency in Hz (rate/2 or more: voiced frames are all
                         pulses), for tests and comparisons */
} nv_fdvoc_params;

typedef struct nv_fdvoc nv_fdvoc;

/* Make a vocoder; NULL if a parameter is out of range or memory runs out. */
nv_fdvoc *nv__fdvoc_new(const nv_fdvoc_params *params);
/* Accepts NULL. */
void nv__fdvoc_free(nv_fdvoc *v);
/* Start a new utterance: clears all state, re-seeds the noise generator. */
void nv__fdvoc_reset(nv_fdvoc *v);
/* Render one frame: mcep holds order+1 mel-cepstral coefficients (c[0] the log
 * gain), lf0 the natural-log F0 in Hz or NV_VOCODER_UNVOICED. Writes fperiod
 * samples (16-bit scale, not clipped) to out. As with the MLSA vocoder, the
 * frame's samples move from the previous frame's parameters to these ones.
 * Non-finite coefficients are treated as silence, a non-finite lf0 as
 * unvoiced. */
void nv__fdvoc_frame(nv_fdvoc *v, const double *mcep, double lf0, double *out);
unsigned nv__fdvoc_fperiod(const nv_fdvoc *v);
/* Output delay against the MLSA vocoder, in samples. */
unsigned nv__fdvoc_delay(const nv_fdvoc *v);
/* FFT length used (for tests and the benchmark). */
unsigned nv__fdvoc_fftlen(const nv_fdvoc *v);
/* The band split of the last rendered frame: the maximum voiced frequency in
 * Hz (0 for an unvoiced frame). Pulses are used below it, noise above. */
double nv__fdvoc_last_mvf(const nv_fdvoc *v);

#endif
