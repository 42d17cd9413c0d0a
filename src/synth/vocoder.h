/* vocoder.h - our mel-cepstral vocoder (internal): renders the parameters that
 * hts_engine generates (mel-cepstrum + log F0 per frame) to samples, frame by
 * frame, with the same output as hts_engine 1.10's own vocoder for the case the
 * slt voice uses (stage 0 = mel-cepstrum, gamma 0, no post-filter, no low-pass
 * excitation stream). See vocoder.c for the algorithm and where it comes from.
 *
 * Memory is bounded: one nv_vocoder holds a few kilobytes of filter state and
 * keeps nothing of the utterance. No global mutable state; use one vocoder per
 * synthesizer (per thread). */
#ifndef NV_SYNTH_VOCODER_H
#define NV_SYNTH_VOCODER_H

#include <stddef.h>

/* log F0 value that marks an unvoiced frame (hts_engine's LZERO/HTS_NODATA). */
#define NV_VOCODER_UNVOICED (-1.0e+10)

typedef struct nv_vocoder_params {
    unsigned order;   /* mel-cepstrum order m: the frame vector holds m+1 values, 1..200 */
    unsigned rate;    /* sampling rate in Hz (32000 for slt) */
    unsigned fperiod; /* samples per frame (160 for slt) */
    double alpha;     /* all-pass (frequency warping) constant, |alpha| < 1 (0.45 for slt) */
    double volume;    /* linear output gain (1.0 = hts_engine's 0 dB) */
} nv_vocoder_params;

typedef struct nv_vocoder nv_vocoder;

/* Make a vocoder. Returns NULL if the parameters are out of range or memory
 * runs out. Free with nv__vocoder_free. */
nv_vocoder *nv__vocoder_new(const nv_vocoder_params *params);
/* Accepts NULL. */
void nv__vocoder_free(nv_vocoder *v);
/* Start a new utterance: clears the filter and excitation state and re-seeds
 * the noise generator exactly as hts_engine does for each utterance. */
void nv__vocoder_reset(nv_vocoder *v);
/* Render one frame: mcep holds order+1 mel-cepstral coefficients (c[0] is the
 * log gain), lf0 the natural-log F0 in Hz or NV_VOCODER_UNVOICED. Writes
 * fperiod samples (16-bit scale, not clipped) to out. Coefficients are
 * interpolated linearly, sample by sample, from the previous frame's. */
void nv__vocoder_frame(nv_vocoder *v, const double *mcep, double lf0, double *out);
/* Samples per frame of this vocoder. */
unsigned nv__vocoder_fperiod(const nv_vocoder *v);

#endif
