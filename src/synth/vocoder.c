/* vocoder.c - mel-cepstral vocoder: pulse/noise excitation and the MLSA
 * (mel log spectrum approximation) filter, rendering hts_engine's generated
 * parameters to samples.
 *
 * Algorithm: we followed hts_engine API 1.10's HTS_vocoder.c (Modified BSD
 * licence, BSD-3-clause; Copyright 2001-2015 Nagoya Institute of Technology,
 * 2001-2008 Tokyo Institute of Technology; http://hts-engine.sourceforge.net/)
 * for the case the slt voice uses: stage 0 (gamma 0, mel-cepstrum), no
 * post-filter (beta 0), no low-pass excitation stream, non-embedded build
 * (Gaussian noise, Pade order 5). This file is our own code written from that
 * description; it reproduces the 1.10 algorithm step for step so that the
 * samples are the same as hts_engine's:
 *
 *   excitation  per frame, pitch period p = rate / exp(lf0) (clamped to
 *               20 Hz..20 kHz); voiced frames: a pulse of height sqrt(p)
 *               whenever a counter, advanced by 1 per sample, reaches p, with
 *               p interpolated linearly across the frame when both this and the
 *               previous frame are voiced; unvoiced frames: Gaussian noise from
 *               the polar (Marsaglia) method over hts_engine's LCG
 *               (next = next * 1103515245 + 12345, 64-bit unsigned long on
 *               amd64, seed 1 per utterance, 15 bits taken).
 *   filter      coefficients b = mc2b(mel-cepstrum) (b[m] = c[m],
 *               b[k] = c[k] - alpha b[k+1]), interpolated linearly per
 *               sample from the previous frame's; gain exp(b[0]) applied to
 *               the excitation; then the MLSA filter exp(F(z)) as two cascaded
 *               Pade (order 5) approximations: one for the first-order term
 *               b[1] and one for the rest (b[2..m]) realised as a chain of
 *               first-order all-pass sections. Output times the volume.
 *
 * Where it differs from hts_engine's code (same arithmetic, other layout): the
 * five Pade branches of the second filter each take their input from the
 * previous sample, so they are independent within a sample; we run their
 * all-pass chains side by side in registers (element i of branch s sits at
 * row i, lane s), so the processor overlaps five latency-bound chains instead
 * of running them one after another. The delay line is double-buffered (the
 * previous sample's values are read from one copy, this sample's written to
 * the other) instead of being shifted with a memmove every sample, and the
 * coefficient step is folded into the filter loop. The expressions and their
 * order of evaluation are hts_engine's, so with IEEE doubles and no fused
 * multiply-add (GCC does not contract in ISO C mode, and baseline x86-64 has
 * no FMA) the output is the same as hts_engine's to the last bit;
 * tests/unit/test_vocoder.c asserts it. Per sample the second
 * filter's chain (m steps of subtract, multiply, add) is now the critical path;
 * reassociating it to shorten that path gave only 5 %, and would change bits.
 */
#include "synth/vocoder.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* Pade approximation order of hts_engine 1.10 (non-embedded build) and its
 * coefficients for that order. */
#define PADE 5
static const double pade5[PADE + 1] = {1.00000000000, 0.49993910000, 0.11070980000,
                                       0.01369984000, 0.00095648530, 0.00003041721};

/* Lanes of the second filter's delay elements: one per PADE branch. */
#define LANES 5

/* hts_engine's F0 limits and noise generator constants. */
#define MIN_F0 20.0
#define MAX_F0 20000.0
#define MIN_LF0 2.9957322735539909934352235761425 /* log(20) */
#define MAX_LF0 9.9034875525361280454891979401956 /* log(20000) */
#define RANDMAX 32767
#define SEED 1

struct nv_vocoder {
    int m;          /* order */
    int fprd;       /* samples per frame */
    double rate;    /* Hz */
    double alpha;   /* all-pass constant */
    double aa;      /* 1 - alpha^2 */
    double volume;  /* linear gain */
    int first;      /* no frame rendered yet in this utterance */

    /* filter coefficients: current (interpolated), target, per-sample step */
    double *c, *cc, *cinc;

    /* first-order filter (b[1]) of the Pade structure: delays and branch outputs */
    double d1[PADE + 1];
    double pt1[PADE + 1];
    /* second filter: e[k][i * LANES + s] is all-pass element i (1..m) of
     * branch s; e[cur] holds the previous sample's values, the other copy
     * receives this sample's; pt2[s] is branch s's output (pt2[0] the filter's
     * own output) of the previous sample. */
    double *e[2];
    int cur;
    double pt2[PADE + 1];

    /* excitation */
    double pitch;   /* current period in samples, 0 = unvoiced */
    double counter; /* samples since the last pulse */
    double pinc;    /* per-sample change of pitch within the frame */
    uint64_t next;  /* LCG state */
    int sw;         /* polar method: second value pending */
    double r1, r2, s;
};

unsigned nv__vocoder_fperiod(const nv_vocoder *v)
{
    return (unsigned)v->fprd;
}

nv_vocoder *nv__vocoder_new(const nv_vocoder_params *p)
{
    if (!p || p->order < 1 || p->order > 200 || p->rate == 0 || p->fperiod == 0 ||
        p->fperiod > 100000 || !(fabs(p->alpha) < 1.0) || !isfinite(p->volume))
        return NULL;
    nv_vocoder *v = calloc(1, sizeof *v);
    if (!v)
        return NULL;
    v->m = (int)p->order;
    v->fprd = (int)p->fperiod;
    v->rate = (double)p->rate;
    v->alpha = p->alpha;
    v->aa = 1.0 - p->alpha * p->alpha;
    v->volume = p->volume;
    size_t n = (size_t)v->m + 1;
    v->c = calloc(3 * n, sizeof *v->c);
    v->e[0] = calloc(2 * n * LANES, sizeof *v->e[0]);
    if (!v->c || !v->e[0]) {
        nv__vocoder_free(v);
        return NULL;
    }
    v->cc = v->c + n;
    v->cinc = v->cc + n;
    v->e[1] = v->e[0] + n * LANES;
    nv__vocoder_reset(v);
    return v;
}

void nv__vocoder_free(nv_vocoder *v)
{
    if (!v)
        return;
    free(v->c);
    free(v->e[0]);
    free(v);
}

void nv__vocoder_reset(nv_vocoder *v)
{
    size_t n = (size_t)v->m + 1;
    memset(v->c, 0, 3 * n * sizeof *v->c);
    memset(v->e[0], 0, 2 * n * LANES * sizeof *v->e[0]);
    v->cur = 0;
    memset(v->d1, 0, sizeof v->d1);
    memset(v->pt1, 0, sizeof v->pt1);
    memset(v->pt2, 0, sizeof v->pt2);
    v->first = 1;
    v->pitch = v->counter = v->pinc = 0.0;
    v->next = SEED;
    v->sw = 0;
    v->r1 = v->r2 = v->s = 0.0;
}

/* hts_engine's LCG: 15 bits per call, as a value in [0, 1]. hts_engine keeps
 * the state in an unsigned long; bits 16..30, the ones used, are the same
 * whether that is 32 or 64 bits wide. */
static double rnd(uint64_t *next)
{
    *next = *next * UINT64_C(1103515245) + 12345;
    double r = (double)((*next / 65536) % 32768);
    return r / RANDMAX;
}

/* Gaussian noise, polar method, two values per accepted pair. */
static double nrandom(nv_vocoder *v)
{
    if (v->sw == 0) {
        v->sw = 1;
        do {
            v->r1 = 2 * rnd(&v->next) - 1;
            v->r2 = 2 * rnd(&v->next) - 1;
            v->s = v->r1 * v->r1 + v->r2 * v->r2;
        } while (v->s > 1 || v->s == 0);
        v->s = sqrt(-2 * log(v->s) / v->s);
        return v->r1 * v->s;
    }
    v->sw = 0;
    return v->r2 * v->s;
}

/* mel-cepstrum -> MLSA filter coefficients */
static void mc2b(const double *mc, double *b, int m, double a)
{
    b[m] = mc[m];
    for (m--; m >= 0; m--)
        b[m] = mc[m] - a * b[m + 1];
}

/* One sample through the MLSA filter with coefficients b, and the per-sample
 * step of the coefficients (b[i] += binc[i] after use, as hts_engine does after
 * each sample). */
static double mlsa(nv_vocoder *v, double x, double *b, const double *binc)
{
    const double a = v->alpha, aa = v->aa;
    const int m = v->m;

    /* first filter: PADE first-order branches on b[1]; branch i reads the
     * previous sample's output of branch i-1 */
    double out = 0.0;
    double *d1 = v->d1, *pt1 = v->pt1;
    const double b1 = b[1];
    for (int i = PADE; i >= 1; i--) {
        d1[i] = aa * pt1[i - 1] + a * d1[i];
        pt1[i] = d1[i] * b1;
        double t = pt1[i] * pade5[i];
        x += (i & 1) ? t : -t;
        out += t;
    }
    pt1[0] = x;
    out += x;
    x = out;
    b[1] += binc[1];

    /* second filter: branch s (1..PADE) filters the previous sample's output
     * of branch s-1 through the all-pass chain and sums b[2..m]. Lane s-1 of
     * each row is branch s; the branches are independent within a sample, so
     * their chains run side by side in registers. Element i's new value is
     * old[i-1] + a (old[i] - new[i-1]), hts_engine's expression. */
    const double *ea = v->e[v->cur];   /* elements at the previous sample */
    double *eb = v->e[v->cur ^ 1];     /* this sample's */
    v->cur ^= 1;
    double q0, q1, q2, q3, q4; /* new value of element i-1 */
    double y0 = 0, y1 = 0, y2 = 0, y3 = 0, y4 = 0;
#define FIRST(s) (q##s = aa * v->pt2[s] + a * ea[LANES + s], eb[LANES + s] = q##s)
    FIRST(0), FIRST(1), FIRST(2), FIRST(3), FIRST(4);
#undef FIRST
    for (int i = 2; i <= m; i++) {
        const double *prev = ea + (size_t)(i - 1) * LANES, *old = prev + LANES;
        double *row = eb + (size_t)i * LANES;
        const double bi = b[i];
        b[i] = bi + binc[i];
#define STEP(s) (q##s = prev[s] + a * (old[s] - q##s), row[s] = q##s, y##s += q##s * bi)
        STEP(0), STEP(1), STEP(2), STEP(3), STEP(4);
#undef STEP
    }
    const double y[PADE] = {y0, y1, y2, y3, y4};
    out = 0.0;
    for (int i = PADE; i >= 1; i--) {
        v->pt2[i] = y[i - 1];
        double t = y[i - 1] * pade5[i];
        x += (i & 1) ? t : -t;
        out += t;
    }
    v->pt2[0] = x;
    out += x;
    return out;
}

void nv__vocoder_frame(nv_vocoder *v, const double *mcep, double lf0, double *out)
{
    const int m = v->m;
    double p;
    if (lf0 == NV_VOCODER_UNVOICED)
        p = 0.0;
    else if (lf0 <= MIN_LF0)
        p = v->rate / MIN_F0;
    else if (lf0 >= MAX_LF0)
        p = v->rate / MAX_F0;
    else
        p = v->rate / exp(lf0);

    if (v->first) {
        v->pitch = p;
        v->counter = p;
        v->pinc = 0.0;
        mc2b(mcep, v->c, m, v->alpha);
        v->first = 0;
    }
    /* start of frame: interpolate the period only between voiced frames */
    if (v->pitch != 0.0 && p != 0.0) {
        v->pinc = (p - v->pitch) / v->fprd;
    } else {
        v->pinc = 0.0;
        v->pitch = p;
        v->counter = p;
    }
    mc2b(mcep, v->cc, m, v->alpha);
    for (int i = 0; i <= m; i++)
        v->cinc[i] = (v->cc[i] - v->c[i]) / v->fprd;

    for (int j = 0; j < v->fprd; j++) {
        double x;
        if (v->pitch == 0.0) {
            x = nrandom(v);
        } else {
            v->counter += 1.0;
            if (v->counter >= v->pitch) {
                x = sqrt(v->pitch);
                v->counter -= v->pitch;
            } else {
                x = 0.0;
            }
            v->pitch += v->pinc;
        }
        if (x != 0.0)
            x *= exp(v->c[0]);
        v->c[0] += v->cinc[0];
        x = mlsa(v, x, v->c, v->cinc);
        out[j] = x * v->volume;
    }
    v->pitch = p;
    memcpy(v->c, v->cc, ((size_t)m + 1) * sizeof *v->c);
}
