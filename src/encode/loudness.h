/* loudness.h - loudness normalisation (internal): ITU-R BS.1770 measurement
 * with libebur128, a gain to the target, and a look-ahead peak limiter that
 * keeps the true peak under the ceiling. */
#ifndef NV_ENCODE_LOUDNESS_H
#define NV_ENCODE_LOUDNESS_H

#include <stddef.h>
#include <stdint.h>

/* A streaming look-ahead limiter: output sample n is available once input
 * n + delay has been given. Gains change smoothly (attack over the look-ahead,
 * 60 ms release). */
typedef struct nv_limiter nv_limiter;

nv_limiter *nv__limiter_new(unsigned rate, double gain, double ceiling);
void nv__limiter_free(nv_limiter *l);
/* Feed n samples; writes the samples that became ready to out (room for n)
 * and returns how many. */
size_t nv__limiter_run(nv_limiter *l, const int16_t *in, size_t n, int16_t *out);
/* Flush the delayed samples (room for the delay); returns how many. */
size_t nv__limiter_flush(nv_limiter *l, int16_t *out);
/* Samples of delay. */
size_t nv__limiter_delay(const nv_limiter *l);

/* Measure integrated loudness (LUFS) and true peak (dBTP) of PCM fed in
 * pieces. */
typedef struct nv_meter nv_meter;
/* true_peak: also measure the true peak (4x oversampling, the costly part). */
nv_meter *nv__meter_new(unsigned rate, int true_peak);
void nv__meter_free(nv_meter *m);
int nv__meter_add(nv_meter *m, const int16_t *pcm, size_t n);
/* Returns 0 and the figures (true peak -200 when not measured), or -1 (e.g.
 * silence: loudness is -inf). */
int nv__meter_result(nv_meter *m, double *lufs, double *true_peak_dbtp);

#endif
