/* fdvoc.c - frequency-domain vocoder for mel-cepstral parameters.
 *
 * One FFT frame of N samples (1024 at 32 kHz) per parameter frame (160
 * samples at 32 kHz), overlap-added into the output:
 *
 *   envelope    the frame's mel-cepstrum c[0..m] gives the minimum-phase
 *               response directly on the N/2+1 linear FFT bins: with the
 *               warped frequency b(w) = w + 2 atan(a sin w / (1 - a cos w)),
 *               log H(w) = sum c[k] exp(-j k b(w)); real part the log
 *               amplitude, imaginary part the (minimum) phase. The cos and
 *               sin of k b(w) are a table made once, so the log spectrum is
 *               one small matrix product per frame, then a complex exp.
 *   postfilter  hts_engine's beta in the mel-cepstral domain: c[k] *= 1+beta
 *               for k >= 2, c[1] kept, c[0] corrected so that the response's
 *               energy (Parseval, over the FFT bins) is unchanged.
 *   pulses      F0 is interpolated sample by sample between frames (the
 *               period linearly, as the MLSA vocoder does); a phase
 *               accumulator gives each pulse a fractional-sample time t. The
 *               pulse enters the frame's spectrum as
 *               sqrt(T) exp(-j 2 pi k t / N) times the envelope interpolated
 *               between the previous and this frame at t (T = the period in
 *               samples: unit excitation power, the MLSA level). All pulses of
 *               the frame share one inverse FFT.
 *   noise       continuous white noise (unit variance), cut into Hann-windowed
 *               segments of two frames with one frame of hop (the windows add
 *               up to one), each filtered by its frame's response: the
 *               segment is centred on the frame's parameter time.
 *   band split  the voice has no aperiodicity stream, so unvoiced frames are
 *               all noise and voiced frames are pulses below a maximum voiced
 *               frequency (MVF) and noise above, with power-complementary
 *               weights (cos/sin over a 1 kHz transition). The MVF of a voiced
 *               frame comes from its own envelope: the ratio of the 4-8 kHz
 *               to the 0-4 kHz energy (vowels and sonorants fall steeply,
 *               voiced fricatives do not) maps linearly from 6 kHz (-30 dB or
 *               less) down to 1.5 kHz (-5 dB or more); the first two frames
 *               of a voiced stretch (onsets are breathy) are capped at 2.5
 *               and 4 kHz. See docs/VOCODER.md.
 *   output      pulses and noise are added in the frequency domain, one
 *               inverse real FFT per frame, overlap-added. The frame's FFT
 *               buffer starts D samples (2 ms) before the frame so that the
 *               band-limited pulses' precursors have room; the output is late
 *               by D samples against the MLSA rendering.
 *
 * Per frame: one table product (2 (m+1) (N/2+1) multiply-adds), one complex
 * exp over N/2+1 bins, one forward FFT (noise) and one inverse FFT, and per
 * pulse one rotation over the voiced bins. The loops work on separate real
 * and imaginary float arrays so that the compiler vectorises them; exp and
 * sincos are short polynomial approximations (relative error about 1e-7)
 * written without branches for the same reason.
 */
#include "synth/fdvoc.h"

#include <fftw3.h>
#include <math.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#ifdef __SSE__
#include <xmmintrin.h>
#endif

#define BLOCK 16 /* bins per block of the table product (accumulators in registers) */
#define PI 3.14159265358979323846
#define TWO_PI 6.283185307179586
#define MIN_F0 20.0
#define MAX_F0 4000.0
#define TRANSITION 1000.0  /* Hz, width of the pulse/noise crossover */
#define MVF_HIGH 6000.0    /* Hz, MVF of a frame with a steep spectral tilt */
#define MVF_LOW 1500.0     /* Hz, MVF of a frame with a flat (fricative) tilt */
#define TILT_STEEP (-30.0) /* dB, 4-8 kHz against 0-4 kHz: at or below, MVF_HIGH */
#define TILT_FLAT (-5.0)   /* dB: at or above, MVF_LOW */
#define LOG_MAX 25.0f      /* log amplitude limits (guards against overflow) */
#define LOG_MIN (-40.0f)
#define SILENT_C0 (-20.0)  /* c[0] of a frame whose coefficients were not finite */
#define COEF_MAX 100.0     /* coefficients are clamped to +-this (real ones are < 10) */

/* FFTW's planner is not thread-safe; execution with new arrays is. */
static pthread_mutex_t plan_lock = PTHREAD_MUTEX_INITIALIZER;

struct nv_fdvoc {
    int m, fprd, n, nb, delay;
    int nbp;                 /* nb rounded up to a multiple of BLOCK: table row stride */
    double rate, alpha, beta, fixed_mvf;
    float volume;

    float *cosm, *sinm;      /* (m+1) x nbp: cos, sin of k b(w) */
    float *are, *aim;        /* log spectrum, terms k >= 2 */
    float *bre, *bim;        /* log spectrum, terms 0 and 1 */
    float *hre[2], *him[2];  /* envelope: [cur] this frame, [cur^1] the previous */
    float *wp[2], *wn[2];    /* pulse and noise band weights, same indexing */
    float *ppre, *ppim;      /* pulses weighted toward the previous envelope */
    float *pcre, *pcim;      /* pulses weighted toward this frame's */
    float *acc;              /* overlap-add accumulator, n samples */
    float *noise;            /* the last 2 fprd samples of white noise */
    float *win;              /* Hann window, 2 fprd */
    float *tbuf;             /* FFT time buffer, n (fftwf_malloc) */
    fftwf_complex *spec;     /* FFT bins, nb (fftwf_malloc) */
    double *c;               /* the frame's coefficients */
    fftwf_plan r2c, c2r;

    int cur;
    int first;
    int prev_voiced;
    int vrun;            /* voiced frames in a row, this one included */
    double prev_period;  /* samples */
    double phase;        /* fraction of a period since the last pulse */
    double mvf[2];
    double wmvf[2];      /* the MVF wp/wn[i] hold the weights of (-1: none) */
    int pulse_bins;      /* bins the pulse accumulators have touched */
    uint32_t rng;
};

/* ---- branch-free float approximations, for vectorised loops --------------- */

/* exp(x) for x in [-80, 80]: 2^n exp(r), |r| <= ln2/2, degree-6 polynomial */
static inline float fexp(float x)
{
    x = x < -80.0f ? -80.0f : x;
    x = x > 80.0f ? 80.0f : x;
    float t = x * 1.44269504088896341f + 0.5f;
    int32_t i = (int32_t)(t + 128.0f) - 128; /* floor(t) for t > -128 */
    float fn = (float)i;
    float r = x - fn * 0.693359375f + fn * 2.12194440e-4f;
    float p = 1.9875691500e-4f;
    p = p * r + 1.3981999507e-3f;
    p = p * r + 8.3334519073e-3f;
    p = p * r + 4.1665795894e-2f;
    p = p * r + 1.6666665459e-1f;
    p = p * r + 5.0000001201e-1f;
    p = p * r * r + r + 1.0f;
    int32_t bits = (i + 127) * (1 << 23);
    float s;
    memcpy(&s, &bits, sizeof s);
    return p * s;
}

/* sin and cos of 2 pi u (u in turns, |u| < 2^20): reduce to half a turn,
 * sin and cos of the half angle y (|y| <= pi/2) by their Taylor polynomials
 * (error below 1e-7 there), then the double angle. */
static inline void fsincos_turns(float u, float *s, float *c)
{
    int32_t q = (int32_t)(u + 0.5f + 1048576.0f) - 1048576; /* round(u) */
    float y = (u - (float)q) * 3.14159265358979f;
    float y2 = y * y;
    float p = -2.5052108e-8f;
    p = p * y2 + 2.7557319e-6f;
    p = p * y2 - 1.9841270e-4f;
    p = p * y2 + 8.3333333e-3f;
    p = p * y2 - 1.6666667e-1f;
    float sy = y + y * y2 * p;
    float q2 = 2.0876757e-9f;
    q2 = q2 * y2 - 2.7557319e-7f;
    q2 = q2 * y2 + 2.4801587e-5f;
    q2 = q2 * y2 - 1.3888889e-3f;
    q2 = q2 * y2 + 4.1666667e-2f;
    q2 = q2 * y2 - 0.5f;
    float cy = 1.0f + y2 * q2;
    *s = 2.0f * sy * cy;
    *c = cy * cy - sy * sy;
}

/* ---- set-up ---------------------------------------------------------------- */

unsigned nv__fdvoc_fperiod(const nv_fdvoc *v)
{
    return (unsigned)v->fprd;
}

unsigned nv__fdvoc_delay(const nv_fdvoc *v)
{
    return (unsigned)v->delay;
}

unsigned nv__fdvoc_fftlen(const nv_fdvoc *v)
{
    return (unsigned)v->n;
}

double nv__fdvoc_last_mvf(const nv_fdvoc *v)
{
    return v->mvf[v->cur ^ 1];
}

static float *falloc(size_t n)
{
    float *p = fftwf_malloc(n * sizeof *p);
    if (p)
        memset(p, 0, n * sizeof *p);
    return p;
}

void nv__fdvoc_free(nv_fdvoc *v)
{
    if (!v)
        return;
    pthread_mutex_lock(&plan_lock);
    if (v->r2c)
        fftwf_destroy_plan(v->r2c);
    if (v->c2r)
        fftwf_destroy_plan(v->c2r);
    pthread_mutex_unlock(&plan_lock);
    float **f[] = {&v->cosm, &v->sinm, &v->are,   &v->aim,   &v->bre,   &v->bim,
                   &v->hre[0], &v->him[0], &v->hre[1], &v->him[1], &v->wp[0], &v->wn[0],
                   &v->wp[1], &v->wn[1], &v->ppre, &v->ppim, &v->pcre,  &v->pcim,
                   &v->acc,   &v->noise, &v->win,   &v->tbuf};
    for (size_t i = 0; i < sizeof f / sizeof f[0]; i++)
        fftwf_free(*f[i]);
    fftwf_free(v->spec);
    free(v->c);
    free(v);
}

nv_fdvoc *nv__fdvoc_new(const nv_fdvoc_params *p)
{
    if (!p || p->order < 1 || p->order > 200 || p->rate < 8000 || p->rate > 192000 ||
        p->fperiod < 1 || p->fperiod > 4096 || !(fabs(p->alpha) < 1.0) ||
        !isfinite(p->volume) || !(p->beta >= 0.0 && p->beta <= 1.0) ||
        !(p->mvf >= 0.0 && p->mvf < 1e6))
        return NULL;
    nv_fdvoc *v = calloc(1, sizeof *v);
    if (!v)
        return NULL;
    v->m = (int)p->order;
    v->fprd = (int)p->fperiod;
    v->rate = p->rate;
    v->alpha = p->alpha;
    v->beta = p->beta;
    v->fixed_mvf = p->mvf;
    v->volume = (float)p->volume;
    v->delay = (int)lround(p->rate * 0.002);
    /* room for: precursor, two frames of noise segment, 20 ms of response */
    size_t need = (size_t)v->delay + 2 * (size_t)v->fprd + p->rate / 50, n = 256;
    while (n < need || n < p->rate / 40)
        n *= 2;
    v->n = (int)n;
    v->nb = (int)n / 2 + 1;
    v->nbp = (v->nb + BLOCK - 1) / BLOCK * BLOCK;
    size_t nb = (size_t)v->nb, nbp = (size_t)v->nbp, mm = (size_t)v->m + 1;
    size_t seg = 2 * (size_t)v->fprd;

    float **f[] = {&v->are, &v->aim, &v->bre, &v->bim, &v->hre[0], &v->him[0], &v->hre[1],
                   &v->him[1], &v->wp[0], &v->wn[0], &v->wp[1], &v->wn[1], &v->ppre,
                   &v->ppim, &v->pcre, &v->pcim};
    int ok = 1;
    for (size_t i = 0; i < sizeof f / sizeof f[0]; i++)
        ok &= (*f[i] = falloc(nbp)) != NULL;
    ok &= (v->cosm = falloc(mm * nbp)) != NULL;
    ok &= (v->sinm = falloc(mm * nbp)) != NULL;
    ok &= (v->acc = falloc(n)) != NULL;
    ok &= (v->tbuf = falloc(n)) != NULL;
    ok &= (v->noise = falloc(seg)) != NULL;
    ok &= (v->win = falloc(seg)) != NULL;
    ok &= (v->spec = fftwf_malloc(nb * sizeof *v->spec)) != NULL;
    ok &= (v->c = calloc(mm, sizeof *v->c)) != NULL;
    if (!ok) {
        nv__fdvoc_free(v);
        return NULL;
    }
    pthread_mutex_lock(&plan_lock);
    v->r2c = fftwf_plan_dft_r2c_1d(v->n, v->tbuf, v->spec, FFTW_ESTIMATE);
    v->c2r = fftwf_plan_dft_c2r_1d(v->n, v->spec, v->tbuf, FFTW_ESTIMATE);
    pthread_mutex_unlock(&plan_lock);
    if (!v->r2c || !v->c2r) {
        nv__fdvoc_free(v);
        return NULL;
    }
    /* cos and sin of k b(w) at the bins, b the warped frequency */
    for (size_t b = 0; b < nb; b++) {
        double w = TWO_PI * (double)b / (double)n, a = v->alpha;
        double beta = w + 2.0 * atan2(a * sin(w), 1.0 - a * cos(w));
        for (size_t k = 0; k < mm; k++) {
            v->cosm[k * nbp + b] = (float)cos((double)k * beta);
            v->sinm[k * nbp + b] = (float)sin((double)k * beta);
        }
    }
    for (size_t i = 0; i < seg; i++) {
        double s = sin(PI * ((double)i + 0.5) / (double)seg);
        v->win[i] = (float)(s * s);
    }
    nv__fdvoc_reset(v);
    return v;
}

void nv__fdvoc_reset(nv_fdvoc *v)
{
    size_t nb = (size_t)v->nb;
    memset(v->acc, 0, (size_t)v->n * sizeof *v->acc);
    memset(v->noise, 0, 2 * (size_t)v->fprd * sizeof *v->noise);
    memset(v->ppre, 0, nb * sizeof(float));
    memset(v->ppim, 0, nb * sizeof(float));
    memset(v->pcre, 0, nb * sizeof(float));
    memset(v->pcim, 0, nb * sizeof(float));
    v->pulse_bins = 0;
    v->cur = 0;
    v->first = 1;
    v->prev_voiced = 0;
    v->vrun = 0;
    v->prev_period = 0.0;
    v->phase = 0.0;
    v->mvf[0] = v->mvf[1] = 0.0;
    v->wmvf[0] = v->wmvf[1] = -1.0;
    v->rng = 0x9e3779b9u;
    /* the first half of the first noise segment: fresh noise */
    for (int i = v->fprd; i < 2 * v->fprd; i++) {
        v->rng ^= v->rng << 13;
        v->rng ^= v->rng >> 17;
        v->rng ^= v->rng << 5;
        v->noise[i] = (float)((double)v->rng * (2.0 * 1.7320508075688772 / 4294967296.0) -
                              1.7320508075688772);
    }
}

/* ---- per frame -------------------------------------------------------------- */

/* are[j] = sum c[k] cos[k][j], aim[j] = -sum c[k] sin[k][j] (k = 2..m) for
 * the BLOCK bins j of one block; rows stride nbp apart. The accumulators stay
 * in registers for the whole sum, so the tables are read once and nothing
 * else touches memory. */
#ifdef __SSE__
static void table_block(const float *cs, const float *sn, size_t nbp, const float *c, int m,
                        float *are, float *aim)
{
    __m128 r0 = _mm_setzero_ps(), r1 = r0, r2 = r0, r3 = r0;
    __m128 i0 = r0, i1 = r0, i2 = r0, i3 = r0;
    for (int k = 2; k <= m; k++) {
        const float *x = cs + (size_t)k * nbp, *y = sn + (size_t)k * nbp;
        __m128 ck = _mm_set1_ps(c[k]);
        r0 = _mm_add_ps(r0, _mm_mul_ps(ck, _mm_load_ps(x)));
        r1 = _mm_add_ps(r1, _mm_mul_ps(ck, _mm_load_ps(x + 4)));
        r2 = _mm_add_ps(r2, _mm_mul_ps(ck, _mm_load_ps(x + 8)));
        r3 = _mm_add_ps(r3, _mm_mul_ps(ck, _mm_load_ps(x + 12)));
        i0 = _mm_sub_ps(i0, _mm_mul_ps(ck, _mm_load_ps(y)));
        i1 = _mm_sub_ps(i1, _mm_mul_ps(ck, _mm_load_ps(y + 4)));
        i2 = _mm_sub_ps(i2, _mm_mul_ps(ck, _mm_load_ps(y + 8)));
        i3 = _mm_sub_ps(i3, _mm_mul_ps(ck, _mm_load_ps(y + 12)));
    }
    _mm_store_ps(are, r0);
    _mm_store_ps(are + 4, r1);
    _mm_store_ps(are + 8, r2);
    _mm_store_ps(are + 12, r3);
    _mm_store_ps(aim, i0);
    _mm_store_ps(aim + 4, i1);
    _mm_store_ps(aim + 8, i2);
    _mm_store_ps(aim + 12, i3);
}
#else
static void table_block(const float *cs, const float *sn, size_t nbp, const float *c, int m,
                        float *are, float *aim)
{
    float xr[BLOCK] = {0}, xi[BLOCK] = {0};
    for (int k = 2; k <= m; k++)
        for (int j = 0; j < BLOCK; j++) {
            xr[j] += c[k] * cs[(size_t)k * nbp + j];
            xi[j] -= c[k] * sn[(size_t)k * nbp + j];
        }
    memcpy(are, xr, sizeof xr);
    memcpy(aim, xi, sizeof xi);
}
#endif

/* The frame's envelope into hre/him[cur]: log spectrum by the table, the
 * postfilter, then the complex exp. */
static void envelope(nv_fdvoc *v)
{
    const size_t nb = (size_t)v->nb, nbp = (size_t)v->nbp;
    const int m = v->m;
    float c[201];
    for (int k = 0; k <= m; k++)
        c[k] = (float)v->c[k];
    float *restrict are = v->are, *restrict aim = v->aim;
    float *restrict bre = v->bre, *restrict bim = v->bim;
    /* terms 0 and 1 apart (the postfilter leaves them), the rest block by
     * block so that the BLOCK accumulators stay in registers */
    const float *restrict cs1 = v->cosm + nbp, *restrict sn1 = v->sinm + nbp;
    for (size_t b = 0; b < nbp; b++) {
        bre[b] = c[0] + c[1] * cs1[b];
        bim[b] = -c[1] * sn1[b];
    }
    for (size_t b0 = 0; b0 < nbp; b0 += BLOCK)
        table_block(v->cosm + b0, v->sinm + b0, nbp, c, m, are + b0, aim + b0);
    float g = 1.0f, shift = 0.0f;
    if (v->beta > 0.0) {
        /* energies before and after, over the whole circle (bins 1..nb-2 twice) */
        const float gb = (float)(1.0 + v->beta);
        double e1 = 0.0, e2 = 0.0;
        for (size_t b = 0; b < nb; b++) {
            float l1 = bre[b] + are[b], l2 = bre[b] + gb * are[b];
            l1 = l1 > LOG_MAX ? LOG_MAX : l1 < LOG_MIN ? LOG_MIN : l1;
            l2 = l2 > LOG_MAX ? LOG_MAX : l2 < LOG_MIN ? LOG_MIN : l2;
            double wgt = (b == 0 || b == nb - 1) ? 1.0 : 2.0;
            e1 += wgt * fexp(2.0f * l1);
            e2 += wgt * fexp(2.0f * l2);
        }
        g = gb;
        if (e1 > 0.0 && e2 > 0.0)
            shift = (float)(0.5 * log(e1 / e2));
    }
    float *restrict hre = v->hre[v->cur], *restrict him = v->him[v->cur];
    for (size_t b = 0; b < nb; b++) {
        float l = bre[b] + g * are[b] + shift;
        l = l > LOG_MAX ? LOG_MAX : l;
        l = l < LOG_MIN ? LOG_MIN : l;
        float ph = (bim[b] + g * aim[b]) * 0.15915494309189535f; /* turns */
        ph = ph > 1.0e5f ? 1.0e5f : ph < -1.0e5f ? -1.0e5f : ph;
        float s, co;
        fsincos_turns(ph, &s, &co);
        float a = fexp(l);
        hre[b] = a * co;
        him[b] = a * s;
    }
}

/* The maximum voiced frequency of a voiced frame, from its envelope's tilt. */
static double frame_mvf(const nv_fdvoc *v)
{
    if (v->fixed_mvf > 0.0)
        return v->fixed_mvf;
    const float *hre = v->hre[v->cur], *him = v->him[v->cur];
    double hz_per_bin = v->rate / v->n, lo = 0.0, hi = 0.0;
    size_t b4 = (size_t)(4000.0 / hz_per_bin), b8 = (size_t)(8000.0 / hz_per_bin);
    if (b8 > (size_t)v->nb - 1)
        b8 = (size_t)v->nb - 1;
    for (size_t b = 1; b < b4; b++)
        lo += (double)hre[b] * hre[b] + (double)him[b] * him[b];
    for (size_t b = b4; b < b8; b++)
        hi += (double)hre[b] * hre[b] + (double)him[b] * him[b];
    double tilt = 10.0 * log10((hi + 1e-30) / (lo + 1e-30));
    double x = (tilt - TILT_STEEP) / (TILT_FLAT - TILT_STEEP);
    x = x < 0.0 ? 0.0 : x > 1.0 ? 1.0 : x;
    double mvf = MVF_HIGH + (MVF_LOW - MVF_HIGH) * x;
    if (v->vrun == 1 && mvf > 2500.0)
        mvf = 2500.0;
    else if (v->vrun == 2 && mvf > 4000.0)
        mvf = 4000.0;
    double top = 0.45 * v->rate - TRANSITION / 2;
    return mvf > top ? top : mvf;
}

/* Band weights of the current frame: pulses below the MVF, noise above. */
static void band_weights(nv_fdvoc *v, double mvf)
{
    float *restrict wp = v->wp[v->cur], *restrict wn = v->wn[v->cur];
    const size_t nb = (size_t)v->nb;
    if (v->wmvf[v->cur] == mvf)
        return;
    v->wmvf[v->cur] = mvf;
    if (mvf <= 0.0 || mvf >= v->rate / 2) {
        for (size_t b = 0; b < nb; b++) {
            wp[b] = mvf > 0.0 ? 1.0f : 0.0f;
            wn[b] = mvf > 0.0 ? 0.0f : 1.0f;
        }
        return;
    }
    double hz_per_bin = v->rate / v->n, f0 = mvf - TRANSITION / 2;
    for (size_t b = 0; b < nb; b++) {
        double x = ((double)b * hz_per_bin - f0) / TRANSITION;
        if (x <= 0.0) {
            wp[b] = 1.0f;
            wn[b] = 0.0f;
        } else if (x >= 1.0) {
            wp[b] = 0.0f;
            wn[b] = 1.0f;
        } else {
            wp[b] = (float)cos(x * PI / 2);
            wn[b] = (float)sin(x * PI / 2);
        }
    }
}

static int bins_below(const nv_fdvoc *v, double hz)
{
    int b = (int)ceil(hz * v->n / v->rate) + 1;
    return b > v->nb ? v->nb : b;
}

/* Add one pulse at t (samples from the frame start, fractional) of amplitude
 * amp; wprev is the weight of the previous frame's envelope. */
static void add_pulse(nv_fdvoc *v, double t, double amp, double wprev, int nbins)
{
    const float d = (float)((t + v->delay) / v->n); /* turns per bin */
    const float ap = (float)(amp * wprev), ac = (float)(amp * (1.0 - wprev));
    float *restrict ppre = v->ppre, *restrict ppim = v->ppim;
    float *restrict pcre = v->pcre, *restrict pcim = v->pcim;
    for (int b = 0; b < nbins; b++) {
        float s, c;
        fsincos_turns(-(float)b * d, &s, &c);
        ppre[b] += ap * c;
        ppim[b] += ap * s;
        pcre[b] += ac * c;
        pcim[b] += ac * s;
    }
    if (nbins > v->pulse_bins)
        v->pulse_bins = nbins;
}

static void next_noise(nv_fdvoc *v)
{
    const int f = v->fprd;
    memmove(v->noise, v->noise + f, (size_t)f * sizeof *v->noise);
    uint32_t r = v->rng;
    for (int i = f; i < 2 * f; i++) {
        r ^= r << 13;
        r ^= r >> 17;
        r ^= r << 5;
        v->noise[i] = (float)((double)r * (2.0 * 1.7320508075688772 / 4294967296.0) -
                              1.7320508075688772);
    }
    v->rng = r;
}

void nv__fdvoc_frame(nv_fdvoc *v, const double *mcep, double lf0, double *out)
{
    const int m = v->m, f = v->fprd, n = v->n, nb = v->nb;
    int finite = 1;
    for (int k = 0; k <= m; k++)
        finite &= isfinite(mcep[k]) != 0;
    for (int k = 0; k <= m; k++) {
        double c = finite ? mcep[k] : (k == 0 ? SILENT_C0 : 0.0);
        v->c[k] = c > COEF_MAX ? COEF_MAX : c < -COEF_MAX ? -COEF_MAX : c;
    }
    int voiced = lf0 != NV_VOCODER_UNVOICED && isfinite(lf0);
    double f0 = voiced ? exp(lf0 < 0.0 ? 0.0 : lf0 > 20.0 ? 20.0 : lf0) : 0.0;
    f0 = f0 < MIN_F0 ? MIN_F0 : f0 > MAX_F0 ? MAX_F0 : f0;
    double period = voiced ? v->rate / f0 : 0.0;
    v->vrun = voiced ? v->vrun + 1 : 0;

    const int cur = v->cur, prev = cur ^ 1;
    envelope(v);
    v->mvf[cur] = voiced ? frame_mvf(v) : 0.0;
    band_weights(v, v->mvf[cur]);
    if (v->first) {
        /* the first frame's "previous" is itself, as with the MLSA vocoder */
        memcpy(v->hre[prev], v->hre[cur], (size_t)nb * sizeof(float));
        memcpy(v->him[prev], v->him[cur], (size_t)nb * sizeof(float));
        memcpy(v->wp[prev], v->wp[cur], (size_t)nb * sizeof(float));
        memcpy(v->wn[prev], v->wn[cur], (size_t)nb * sizeof(float));
        v->wmvf[prev] = v->wmvf[cur];
        v->mvf[prev] = v->mvf[cur];
        v->first = 0;
    }

    /* pulses: the envelope toward the previous frame's uses the previous band
     * weights only if that frame was voiced too */
    const float *restrict wpp = v->prev_voiced ? v->wp[prev] : v->wp[cur];
    int pulses = 0;
    if (voiced) {
        double mvf = v->prev_voiced && v->mvf[prev] > v->mvf[cur] ? v->mvf[prev] : v->mvf[cur];
        int nbins = bins_below(v, mvf + TRANSITION / 2);
        double p0 = v->prev_voiced ? v->prev_period : period;
        double ph = v->phase;
        if (!v->prev_voiced) {
            add_pulse(v, 0.0, sqrt(p0), 1.0, nbins);
            pulses++;
            ph = 0.0;
        }
        for (int j = 0; j < f; j++) {
            double pj = p0 + (period - p0) * j / f, inc = 1.0 / pj;
            double next = ph + inc;
            if (next >= 1.0) {
                double t = j + (1.0 - ph) / inc;
                add_pulse(v, t, sqrt(pj), 1.0 - t / f, nbins);
                pulses++;
                next -= 1.0;
            }
            ph = next;
        }
        v->phase = ph;
    }

    /* noise segment: Hann-windowed, at buffer offset delay */
    next_noise(v);
    float *restrict tb = v->tbuf;
    memset(tb, 0, (size_t)n * sizeof *tb);
    for (int i = 0; i < 2 * f; i++)
        tb[v->delay + i] = v->win[i] * v->noise[i];
    fftwf_execute_dft_r2c(v->r2c, tb, v->spec);

    /* the frame's spectrum: noise and pulses through their envelopes */
    const float scale = 1.0f / (float)n;
    const float *restrict hr = v->hre[cur], *restrict hi = v->him[cur];
    const float *restrict wn = v->wn[cur];
    float *restrict sp = &v->spec[0][0];
    for (int b = 0; b < nb; b++) {
        float xr = sp[2 * b] * wn[b] * scale, xi = sp[2 * b + 1] * wn[b] * scale;
        sp[2 * b] = hr[b] * xr - hi[b] * xi;
        sp[2 * b + 1] = hr[b] * xi + hi[b] * xr;
    }
    if (pulses) {
        const int pb = v->pulse_bins;
        const float *restrict hpr = v->hre[prev], *restrict hpi = v->him[prev];
        const float *restrict wp = v->wp[cur];
        float *restrict ppre = v->ppre, *restrict ppim = v->ppim;
        float *restrict pcre = v->pcre, *restrict pcim = v->pcim;
        for (int b = 0; b < pb; b++) {
            float ar = wpp[b] * scale * hpr[b], ai = wpp[b] * scale * hpi[b];
            float cr = wp[b] * scale * hr[b], ci = wp[b] * scale * hi[b];
            sp[2 * b] += ar * ppre[b] - ai * ppim[b] + cr * pcre[b] - ci * pcim[b];
            sp[2 * b + 1] += ar * ppim[b] + ai * ppre[b] + cr * pcim[b] + ci * pcre[b];
        }
        memset(ppre, 0, (size_t)pb * sizeof *ppre);
        memset(ppim, 0, (size_t)pb * sizeof *ppim);
        memset(pcre, 0, (size_t)pb * sizeof *pcre);
        memset(pcim, 0, (size_t)pb * sizeof *pcim);
        v->pulse_bins = 0;
    }
    fftwf_execute_dft_c2r(v->c2r, v->spec, tb);

    float *restrict acc = v->acc;
    for (int i = 0; i < n; i++)
        acc[i] += tb[i];
    for (int j = 0; j < f; j++)
        out[j] = (double)(acc[j] * v->volume);
    memmove(acc, acc + f, (size_t)(n - f) * sizeof *acc);
    memset(acc + n - f, 0, (size_t)f * sizeof *acc);

    v->prev_voiced = voiced;
    v->prev_period = period;
    v->cur = prev;
}
