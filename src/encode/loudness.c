/* loudness.c - loudness measurement (libebur128, ITU-R BS.1770-4) and a
 * streaming look-ahead peak limiter.
 *
 * The limiter applies a fixed make-up gain, then reduces it where a sample
 * would pass the ceiling. The reduction is the minimum of the needed gains over
 * a window of +-L samples, averaged over another +-L (so it is already down when
 * the peak arrives and ramps smoothly), and it recovers with a 60 ms release.
 * Output is delayed by 2L samples.
 */
#include "encode/loudness.h"

#include <math.h>
#include <stdlib.h>

#include <ebur128.h>

struct nv_limiter {
    double gain, ceil, rel;
    size_t L, W;           /* half window, window 2L+1 */
    uint64_t t;            /* samples received */
    float *x;              /* ring of W scaled inputs */
    double *dq_val;        /* monotonic deque over the needed gains (ring of W) */
    uint64_t *dq_idx;
    size_t dq_head, dq_len;
    double *g1;            /* ring of W windowed minima */
    double g1sum;
    double g3;             /* gain after release smoothing */
};

nv_limiter *nv__limiter_new(unsigned rate, double gain, double ceiling)
{
    nv_limiter *l = calloc(1, sizeof *l);
    if (!l)
        return NULL;
    l->gain = gain;
    l->ceil = ceiling;
    l->rel = 1.0 - exp(-1.0 / (0.150 * rate));
    l->L = rate / 200 + 1;            /* about 5 ms each side */
    l->W = 2 * l->L + 1;
    l->x = calloc(l->W, sizeof *l->x);
    l->dq_val = calloc(l->W + 1, sizeof *l->dq_val);
    l->dq_idx = calloc(l->W + 1, sizeof *l->dq_idx);
    l->g1 = malloc(l->W * sizeof *l->g1);
    if (!l->x || !l->dq_val || !l->dq_idx || !l->g1) {
        nv__limiter_free(l);
        return NULL;
    }
    for (size_t i = 0; i < l->W; i++)
        l->g1[i] = 1.0;
    l->g1sum = (double)l->W;
    l->g3 = 1.0;
    return l;
}

void nv__limiter_free(nv_limiter *l)
{
    if (!l)
        return;
    free(l->x);
    free(l->dq_val);
    free(l->dq_idx);
    free(l->g1);
    free(l);
}

size_t nv__limiter_delay(const nv_limiter *l)
{
    return 2 * l->L;
}

/* One scaled sample in; returns 1 and the output sample when one is ready. */
static int step(nv_limiter *l, double s, int16_t *out)
{
    size_t cap = l->W + 1;
    uint64_t t = l->t++;
    l->x[t % l->W] = (float)s;
    double need = fabs(s) > l->ceil ? l->ceil / fabs(s) : 1.0;
    /* deque of candidates for the minimum over [t-2L, t] */
    while (l->dq_len && l->dq_val[(l->dq_head + l->dq_len - 1) % cap] >= need)
        l->dq_len--;
    l->dq_val[(l->dq_head + l->dq_len) % cap] = need;
    l->dq_idx[(l->dq_head + l->dq_len) % cap] = t;
    l->dq_len++;
    while (l->dq_idx[l->dq_head] + 2 * l->L < t) {
        l->dq_head = (l->dq_head + 1) % cap;
        l->dq_len--;
    }
    if (t < l->L)
        return 0;
    uint64_t c = t - l->L;                        /* g1[c] = min over [c-L, c+L] */
    double g1c = l->dq_val[l->dq_head];
    l->g1sum += g1c - l->g1[c % l->W];
    l->g1[c % l->W] = g1c;
    if (c < l->L)
        return 0;
    uint64_t m = c - l->L;                        /* g2[m] = mean over [m-L, m+L] */
    double g2 = l->g1sum / (double)l->W;
    double g1m = l->g1[m % l->W];                 /* never above what sample m needs */
    if (g1m < g2)
        g2 = g1m;
    double g3 = l->g3 + (1.0 - l->g3) * l->rel;
    l->g3 = g2 < g3 ? g2 : g3;
    double y = l->x[m % l->W] * l->g3;
    y = y > 32767.0 ? 32767.0 : y < -32768.0 ? -32768.0 : y;
    *out = (int16_t)lrint(y);
    return 1;
}

size_t nv__limiter_run(nv_limiter *l, const int16_t *in, size_t n, int16_t *out)
{
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        k += (size_t)step(l, in[i] * l->gain, out + k);
    return k;
}

size_t nv__limiter_flush(nv_limiter *l, int16_t *out)
{
    size_t k = 0;
    for (size_t i = 0; i < 2 * l->L; i++)
        k += (size_t)step(l, 0.0, out + k);
    return k;
}

struct nv_meter {
    ebur128_state *st;
    int true_peak;
};

nv_meter *nv__meter_new(unsigned rate, int true_peak)
{
    nv_meter *m = calloc(1, sizeof *m);
    if (!m)
        return NULL;
    m->true_peak = true_peak;
    m->st = ebur128_init(1, rate, EBUR128_MODE_I | (true_peak ? EBUR128_MODE_TRUE_PEAK : 0));
    if (!m->st) {
        free(m);
        return NULL;
    }
    return m;
}

void nv__meter_free(nv_meter *m)
{
    if (!m)
        return;
    ebur128_destroy(&m->st);
    free(m);
}

int nv__meter_add(nv_meter *m, const int16_t *pcm, size_t n)
{
    return ebur128_add_frames_short(m->st, pcm, n) == EBUR128_SUCCESS ? 0 : -1;
}

int nv__meter_result(nv_meter *m, double *lufs, double *true_peak_dbtp)
{
    double l, tp = 0;
    if (ebur128_loudness_global(m->st, &l) != EBUR128_SUCCESS || !isfinite(l) ||
        (m->true_peak && ebur128_true_peak(m->st, 0, &tp) != EBUR128_SUCCESS))
        return -1;
    *lufs = l;
    *true_peak_dbtp = tp > 0 ? 20.0 * log10(tp) : -200.0;
    return 0;
}
