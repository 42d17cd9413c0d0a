/* test_fdvoc.c - the frequency-domain vocoder (src/synth/fdvoc.c): known
 * signals, then the MLSA vocoder's rendering of real generated parameters as
 * the reference.
 *
 *   pulse train    flat envelope, all-pulse band split: pulses spaced one
 *                  period (exactly for an integer period, to 0.01 sample on
 *                  average for a fractional one), of the MLSA level (unit
 *                  excitation power times exp(c0)), zeros between.
 *   harmonics      flat envelope, the derived band split: the harmonics below
 *                  the maximum voiced frequency at the pulse train's level.
 *   formant        an envelope with one resonance at 1200 Hz (its mel-cepstrum
 *                  fitted here): the output spectrum peaks at the resonance
 *                  within one analysis bin, for noise and for pulses.
 *   noise shape    unvoiced frames through a tilted envelope: averaged
 *                  periodogram within 1 dB of |H|^2 in every band, RMS within
 *                  2 %.
 *   postfilter     beta 0.4 keeps the energy (within 3 %) and deepens the
 *                  formant's peak-to-valley ratio.
 *   transitions    voiced/unvoiced alternation: no burst or drop in short-time
 *                  energy; an utterance starts from silence.
 *   robustness     out-of-range settings, non-finite input; reset gives the
 *                  same samples; four threads give identical samples, also
 *                  through the public API with the option vocoder = "ours".
 *   against MLSA   the test sentences' parameters from hts_engine, rendered by
 *                  both vocoders: same sample count, overall level within
 *                  1 dB, log-spectral distance (0-8 kHz) below the measured
 *                  bound; the nv__synth_run path with "ours" (sample counts and
 *                  label durations equal to the MLSA path's; the postfilter
 *                  stays in our vocoder).
 */
#include <math.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <HTS_engine.h>
#include <fftw3.h>

#include "check.h"
#include "label_sentences.h"
#include "newsvoice.h"
#include "synth/fdvoc.h"
#include "synth/hts.h"
#include "synth/vocoder.h"

#define DEFAULT_VOICE \
    "/usr/share/festival/voices/us/cmu_us_slt_arctic_hts/hts/cmu_us_slt_arctic_hts.htsvoice"
#define RATE 32000
#define FPERIOD 160
#define ORDER 44
#define ALPHA 0.45
#define PI 3.14159265358979323846

static const char *voice_path(void)
{
    const char *v = getenv("NEWSVOICE_VOICE");
    return v && *v ? v : DEFAULT_VOICE;
}

static nv_fdvoc *make(double volume, double beta, double mvf)
{
    nv_fdvoc_params p = {.order = ORDER, .rate = RATE, .fperiod = FPERIOD, .alpha = ALPHA,
                         .volume = volume, .beta = beta, .mvf = mvf};
    nv_fdvoc *v = nv__fdvoc_new(&p);
    CHECK(v != NULL);
    return v;
}

/* nframe frames of one mel-cepstrum and log F0 (lf0s[t] if lf0s is given) */
static double *render(nv_fdvoc *v, const double *mc, double lf0, const double *lf0s,
                      size_t nframe)
{
    double *out = malloc(nframe * FPERIOD * sizeof *out);
    CHECK(out != NULL);
    if (!out)
        return NULL;
    nv__fdvoc_reset(v);
    for (size_t t = 0; t < nframe; t++)
        nv__fdvoc_frame(v, mc, lf0s ? lf0s[t] : lf0, out + t * FPERIOD);
    return out;
}

/* log|H| of a mel-cepstrum at linear frequency w (radians per sample) */
static double log_env(const double *mc, double w)
{
    double b = w + 2.0 * atan2(ALPHA * sin(w), 1.0 - ALPHA * cos(w)), l = 0.0;
    for (int k = 0; k <= ORDER; k++)
        l += mc[k] * cos(k * b);
    return l;
}

/* Averaged periodogram (Hann, 1024 points, half overlap) of x[from..from+len):
 * power per bin, normalised so that white noise of variance s2 gives s2. */
#define AN 1024
static void periodogram(const double *x, size_t len, double *pw)
{
    float *buf = fftwf_malloc(AN * sizeof *buf);
    fftwf_complex *sp = fftwf_malloc((AN / 2 + 1) * sizeof *sp);
    fftwf_plan p = fftwf_plan_dft_r2c_1d(AN, buf, sp, FFTW_ESTIMATE);
    double w[AN], w2 = 0;
    for (int i = 0; i < AN; i++) {
        w[i] = 0.5 - 0.5 * cos(2 * PI * (i + 0.5) / AN);
        w2 += w[i] * w[i];
    }
    memset(pw, 0, (AN / 2 + 1) * sizeof *pw);
    size_t segs = 0;
    for (size_t s = 0; s + AN <= len; s += AN / 2, segs++) {
        for (int i = 0; i < AN; i++)
            buf[i] = (float)(x[s + i] * w[i]);
        fftwf_execute(p);
        for (int k = 0; k <= AN / 2; k++)
            pw[k] += ((double)sp[k][0] * sp[k][0] + (double)sp[k][1] * sp[k][1]) / w2;
    }
    for (int k = 0; k <= AN / 2; k++)
        pw[k] /= segs ? (double)segs : 1.0;
    fftwf_destroy_plan(p);
    fftwf_free(buf);
    fftwf_free(sp);
}

/* ---- known signals -------------------------------------------------------- */

static void test_pulse_train(void)
{
    const double c0 = 1.5, volume = 0.5;
    double mc[ORDER + 1] = {c0};
    nv_fdvoc *v = make(volume, 0.0, RATE / 2);
    if (!v)
        return;
    size_t nframe = 200, n = nframe * FPERIOD, d = nv__fdvoc_delay(v);
    CHECK_INT(d, 64);

    /* integer period: band-limited pulses at whole samples are single samples */
    double f0 = 200.0, period = RATE / f0, height = sqrt(period) * exp(c0) * volume;
    double *y = render(v, mc, log(f0), NULL, nframe);
    if (y) {
        size_t pulses = 0, bad_gap = 0, bad_height = 0, last = 0, noise = 0;
        for (size_t i = d; i < n; i++) {
            if (fabs(y[i]) < 0.5 * height) {
                noise += fabs(y[i]) > 1e-3 * height;
                continue;
            }
            bad_height += fabs(y[i] - height) > 1e-3 * height;
            bad_gap += pulses > 0 && i - last != (size_t)period;
            last = i;
            pulses++;
        }
        printf("pulse train, period 160: %zu pulses, %zu off height, %zu off spacing, "
               "%zu stray samples\n", pulses, bad_height, bad_gap, noise);
        CHECK_INT(pulses, (n - d + (size_t)period - 1) / (size_t)period);
        CHECK_INT(bad_height, 0);
        CHECK_INT(bad_gap, 0);
        CHECK_INT(noise, 0);
        CHECK(fabs(y[d]) > 0.5 * height); /* the first pulse at the first frame's start */
        free(y);
    }

    /* fractional period: pulse k at k * period exactly. A flat-envelope pulse
     * has a linear phase, so its time is read from the phase of its spectrum
     * at 100 Hz (Hann window of one period around the expected time). */
    f0 = 123.0;
    period = RATE / f0; /* 260.16 */
    y = render(v, mc, log(f0), NULL, nframe);
    if (y) {
        double sum2 = 0.0, worst = 0.0, w = 2 * PI * 100.0 / RATE;
        for (size_t i = d; i < n; i++)
            sum2 += y[i] * y[i];
        size_t np = 0;
        for (size_t k = 1;; k++, np++) {
            double centre = (double)d + (double)k * period;
            if (centre + period / 2 >= (double)n)
                break;
            double re = 0, im = 0;
            for (size_t i = (size_t)ceil(centre - period / 2); i < centre + period / 2; i++) {
                double x = (double)i - centre, h = 0.5 + 0.5 * cos(2 * PI * x / period);
                re += h * y[i] * cos(w * x);
                im -= h * y[i] * sin(w * x);
            }
            double err = fabs(-atan2(im, re) / w);
            worst = err > worst ? err : worst;
        }
        double rms = sqrt(sum2 / (double)(n - d)), want = exp(c0) * volume;
        printf("pulse train, period %.3f: %zu pulses, worst time error %.4f samples, "
               "rms %.4f (want %.4f)\n", period, np, worst, rms, want);
        CHECK(np > 100);
        CHECK(worst < 0.1); /* whole-sample placement would be off by up to 0.5 */
        CHECK(fabs(rms / want - 1.0) < 0.02);
        free(y);
    }
    nv__fdvoc_free(v);
}

static void test_harmonics(void)
{
    /* flat envelope, derived band split: the pulses below the MVF keep the
     * pulse train's line spectrum; a sinusoid's power there is 2 (A/P)^2 */
    const double c0 = 2.0, f0 = 200.0, period = RATE / f0;
    double mc[ORDER + 1] = {c0};
    nv_fdvoc *v = make(1.0, 0.0, 0.0);
    if (!v)
        return;
    size_t nframe = 400;
    double *y = render(v, mc, log(f0), NULL, nframe);
    if (!y) {
        nv__fdvoc_free(v);
        return;
    }
    double mvf = nv__fdvoc_last_mvf(v);
    printf("harmonics: derived MVF for a flat envelope %.0f Hz\n", mvf);
    CHECK(mvf >= 1000.0 && mvf <= 2000.0);
    /* 1 s from 0.5 s: exactly 200 periods, harmonics on bins k * 200 */
    size_t from = RATE / 2, len = RATE;
    double amp_want = 2.0 * sqrt(period) / period * exp(c0);
    int bad = 0;
    for (int h = 1; h * f0 < mvf - 600.0; h++) {
        double re = 0, im = 0, w = 2 * PI * h * f0 / RATE;
        for (size_t i = 0; i < len; i++) {
            re += y[from + i] * cos(w * (double)i);
            im += y[from + i] * sin(w * (double)i);
        }
        double amp = 2.0 * sqrt(re * re + im * im) / (double)len;
        double db = 20 * log10(amp / amp_want);
        printf("  harmonic %d (%.0f Hz): %+.2f dB\n", h, h * f0, db);
        bad += fabs(db) > 0.5;
    }
    CHECK_INT(bad, 0);
    free(y);
    nv__fdvoc_free(v);
}

/* Mel-cepstrum (order 44, alpha 0.45) of a log envelope given on a function:
 * sample it at uniform warped frequencies and take the cosine series. */
static void fit_mcep(double (*logenv)(double w), double *mc)
{
    enum { G = 4096 };
    for (int k = 0; k <= ORDER; k++)
        mc[k] = 0.0;
    for (int g = 0; g < G; g++) {
        double b = PI * (g + 0.5) / G;
        /* inverse warping: the all-pass with -alpha */
        double w = b + 2.0 * atan2(-ALPHA * sin(b), 1.0 + ALPHA * cos(b));
        double l = logenv(w);
        for (int k = 0; k <= ORDER; k++)
            mc[k] += l * cos(k * b) * (k ? 2.0 : 1.0) / G;
    }
}

#define FORMANT_HZ 1200.0
static double formant_env(double w)
{
    /* two-pole resonance, bandwidth 150 Hz, on a gain of exp(3) */
    double r = exp(-PI * 150.0 / RATE), th = 2 * PI * FORMANT_HZ / RATE;
    double re = 1 - 2 * r * cos(th) * cos(w) + r * r * cos(2 * w);
    double im = 2 * r * cos(th) * sin(w) - r * r * sin(2 * w);
    return 3.0 - 0.5 * log(re * re + im * im) + log(1 - r);
}

static size_t peak_bin(const double *pw, size_t lo, size_t hi)
{
    size_t best = lo;
    for (size_t k = lo; k <= hi; k++)
        if (pw[k] > pw[best])
            best = k;
    return best;
}

static void test_formant(void)
{
    double mc[ORDER + 1];
    fit_mcep(formant_env, mc);
    /* the fitted envelope's own peak (fine grid) */
    double best_w = 0, best_l = -1e9;
    for (int i = 1; i < 16000; i++) {
        double w = PI * i / 16000.0 * 0.25, l = log_env(mc, w);
        if (l > best_l) {
            best_l = l;
            best_w = w;
        }
    }
    double env_hz = best_w * RATE / (2 * PI), bin_hz = (double)RATE / AN;
    nv_fdvoc *v = make(1.0, 0.0, 0.0);
    if (!v)
        return;
    size_t nframe = 800, n = nframe * FPERIOD;
    static double pw[AN / 2 + 1];
    /* noise */
    double *y = render(v, mc, NV_VOCODER_UNVOICED, NULL, nframe);
    if (y) {
        periodogram(y + RATE / 10, n - RATE / 10, pw);
        double hz = (double)peak_bin(pw, 3, AN / 4) * bin_hz;
        printf("formant: envelope peak %.1f Hz, noise output peak %.1f Hz (bin %.2f Hz)\n",
               env_hz, hz, bin_hz);
        CHECK(fabs(env_hz - FORMANT_HZ) < 20.0);
        CHECK(fabs(hz - env_hz) <= bin_hz);
        free(y);
    }
    /* pulses at 100 Hz: the strongest harmonic is the one at 1200 Hz */
    y = render(v, mc, log(100.0), NULL, nframe);
    if (y) {
        periodogram(y + RATE / 10, n - RATE / 10, pw);
        double hz = (double)peak_bin(pw, 3, AN / 4) * bin_hz;
        printf("formant: voiced output peak %.1f Hz\n", hz);
        CHECK(fabs(hz - 1200.0) <= bin_hz);
        free(y);
    }
    nv__fdvoc_free(v);
}

static double tilt_env(double w)
{
    return 4.0 + 1.2 * cos(w) + 0.3 * cos(2 * w) - 0.2 * cos(3 * w);
}

static void test_noise_shape(void)
{
    double mc[ORDER + 1];
    fit_mcep(tilt_env, mc);
    nv_fdvoc *v = make(1.0, 0.0, 0.0);
    if (!v)
        return;
    size_t nframe = 1600, n = nframe * FPERIOD; /* 8 s */
    double *y = render(v, mc, NV_VOCODER_UNVOICED, NULL, nframe);
    if (!y) {
        nv__fdvoc_free(v);
        return;
    }
    static double pw[AN / 2 + 1];
    size_t from = RATE / 10;
    periodogram(y + from, n - from, pw);
    /* 16 bands of 1 kHz: measured power against the envelope's */
    double worst = 0, sum2 = 0, want2 = 0;
    for (int band = 0; band < 16; band++) {
        double got = 0, want = 0;
        for (int k = band * 32 + 1; k <= band * 32 + 32 && k < AN / 2; k++) {
            got += pw[k];
            want += exp(2 * log_env(mc, 2 * PI * k / AN));
        }
        double db = 10 * log10(got / want);
        if (fabs(db) > fabs(worst))
            worst = db;
    }
    for (size_t i = from; i < n; i++)
        sum2 += y[i] * y[i];
    for (int k = 0; k < 4096; k++)
        want2 += exp(2 * log_env(mc, PI * (k + 0.5) / 4096)) / 4096;
    double rms = sqrt(sum2 / (double)(n - from));
    printf("noise shape: worst band %+.2f dB, rms %.2f (want %.2f)\n", worst, rms, sqrt(want2));
    CHECK(fabs(worst) < 1.0);
    CHECK(fabs(rms / sqrt(want2) - 1.0) < 0.02);
    free(y);
    nv__fdvoc_free(v);
}

static void test_postfilter(void)
{
    double mc[ORDER + 1];
    fit_mcep(formant_env, mc);
    nv_fdvoc *a = make(1.0, 0.0, 0.0), *b = make(1.0, 0.4, 0.0);
    if (!a || !b) {
        nv__fdvoc_free(a);
        nv__fdvoc_free(b);
        return;
    }
    size_t nframe = 800, n = nframe * FPERIOD, from = RATE / 10;
    double *ya = render(a, mc, NV_VOCODER_UNVOICED, NULL, nframe);
    double *yb = render(b, mc, NV_VOCODER_UNVOICED, NULL, nframe);
    if (ya && yb) {
        double ea = 0, eb = 0;
        for (size_t i = from; i < n; i++) {
            ea += ya[i] * ya[i];
            eb += yb[i] * yb[i];
        }
        static double pa[AN / 2 + 1], pb[AN / 2 + 1];
        periodogram(ya + from, n - from, pa);
        periodogram(yb + from, n - from, pb);
        size_t pk = peak_bin(pa, 3, AN / 4);
        /* valley: 4 kHz, well away from the resonance */
        double ra = 10 * log10(pa[pk] / pa[128]), rb = 10 * log10(pb[pk] / pb[128]);
        printf("postfilter: energy ratio %.4f, peak/valley %.1f dB -> %.1f dB\n", eb / ea, ra, rb);
        CHECK(fabs(eb / ea - 1.0) < 0.03);
        CHECK(rb > ra + 3.0);
    }
    free(ya);
    free(yb);
    nv__fdvoc_free(a);
    nv__fdvoc_free(b);
}

static void test_transitions(void)
{
    /* smooth envelope, 200 Hz, voicing switched every 12 frames; in 10 ms
     * windows (two periods) the energy stays within a factor 2 of the voiced
     * steady state's */
    double mc[ORDER + 1];
    fit_mcep(tilt_env, mc);
    nv_fdvoc *v = make(1.0, 0.0, 0.0);
    if (!v)
        return;
    size_t nframe = 240, n = nframe * FPERIOD;
    double lf0s[240];
    for (size_t t = 0; t < nframe; t++)
        lf0s[t] = (t / 12) % 2 ? NV_VOCODER_UNVOICED : log(200.0);
    double *y = render(v, mc, 0, lf0s, nframe);
    double *ref = render(v, mc, log(200.0), NULL, nframe);
    if (y && ref) {
        double steady = 0;
        size_t w = 2 * FPERIOD, cnt = 0;
        for (size_t i = 20 * w; i + w <= n; i += w, cnt++)
            for (size_t j = 0; j < w; j++)
                steady += ref[i + j] * ref[i + j];
        steady /= (double)cnt;
        double lo = 1e9, hi = 0;
        for (size_t i = 2 * w; i + w <= n; i += w / 4) {
            double e = 0;
            for (size_t j = 0; j < w; j++)
                e += y[i + j] * y[i + j];
            lo = e < lo ? e : lo;
            hi = e > hi ? e : hi;
        }
        printf("transitions: 10 ms energy %.2f to %.2f of the voiced steady state\n",
               lo / steady, hi / steady);
        CHECK(hi < 2.0 * steady);
        CHECK(lo > steady / 2.0);
        /* an utterance starts from silence: the first millisecond is quiet */
        double e0 = 0;
        for (size_t j = 0; j < 32; j++)
            e0 += y[j] * y[j];
        CHECK(e0 / 32 < 0.01 * steady / (double)w);
    }
    free(y);
    free(ref);
    nv__fdvoc_free(v);
}

static void test_robustness(void)
{
    nv_fdvoc_params p = {.order = 0, .rate = RATE, .fperiod = FPERIOD, .alpha = ALPHA,
                         .volume = 1.0};
    CHECK(nv__fdvoc_new(&p) == NULL);
    p.order = ORDER;
    p.alpha = 1.0;
    CHECK(nv__fdvoc_new(&p) == NULL);
    p.alpha = ALPHA;
    p.fperiod = 0;
    CHECK(nv__fdvoc_new(&p) == NULL);
    p.fperiod = FPERIOD;
    p.beta = -0.1;
    CHECK(nv__fdvoc_new(&p) == NULL);
    p.beta = 0.0;
    p.volume = NAN;
    CHECK(nv__fdvoc_new(&p) == NULL);
    p.volume = 1.0;
    p.rate = 1000;
    CHECK(nv__fdvoc_new(&p) == NULL);
    CHECK(nv__fdvoc_new(NULL) == NULL);
    nv__fdvoc_free(NULL);

    /* hostile frames: NaN, infinities, huge gains, extreme F0 */
    nv_fdvoc *v = make(1.0, 0.4, 0.0);
    if (!v)
        return;
    double mc[ORDER + 1] = {0}, out[FPERIOD];
    const double lf0[] = {NAN, INFINITY, -INFINITY, 1e10, -1e10, 0.0, log(5000.0)};
    size_t bad = 0;
    for (int t = 0; t < 70; t++) {
        for (int k = 0; k <= ORDER; k++)
            mc[k] = (t % 5 == 0) ? NAN : (t % 5 == 1) ? 1e300 * (k % 2 ? 1 : -1)
                    : (t % 5 == 2) ? -1e300 : 0.3 * sin(t + k);
        nv__fdvoc_frame(v, mc, lf0[t % 7], out);
        for (int j = 0; j < FPERIOD; j++)
            bad += !isfinite(out[j]);
    }
    CHECK_INT(bad, 0);
    nv__fdvoc_free(v);

    /* reset: the same frames give the same samples */
    fit_mcep(formant_env, mc);
    v = make(1.0, 0.0, 0.0);
    if (!v)
        return;
    double lf0s[100];
    for (int t = 0; t < 100; t++)
        lf0s[t] = t % 30 < 20 ? log(150.0 + t) : NV_VOCODER_UNVOICED;
    double *a = render(v, mc, 0, lf0s, 100), *b = render(v, mc, 0, lf0s, 100);
    CHECK(a && b && memcmp(a, b, 100 * FPERIOD * sizeof *a) == 0);
    free(a);
    free(b);
    nv__fdvoc_free(v);
}

/* four threads, each its own vocoder (made at the same time: the planner
 * lock), the same frames: the same samples */
typedef struct job {
    double *out;
} job;

static void *thread_main(void *arg)
{
    job *j = arg;
    double mc[ORDER + 1];
    fit_mcep(formant_env, mc);
    nv_fdvoc_params p = {.order = ORDER, .rate = RATE, .fperiod = FPERIOD, .alpha = ALPHA,
                         .volume = 1.0, .beta = 0.2};
    nv_fdvoc *v = nv__fdvoc_new(&p);
    if (!v)
        return NULL;
    j->out = malloc(300 * FPERIOD * sizeof *j->out);
    if (j->out)
        for (int t = 0; t < 300; t++) {
            double lf0 = t % 50 < 35 ? log(120.0 + t % 50) : NV_VOCODER_UNVOICED;
            nv__fdvoc_frame(v, mc, lf0, j->out + (size_t)t * FPERIOD);
        }
    nv__fdvoc_free(v);
    return NULL;
}

static void test_threads(void)
{
    pthread_t th[4];
    job jobs[4] = {{0}};
    for (int i = 0; i < 4; i++)
        CHECK(pthread_create(&th[i], NULL, thread_main, &jobs[i]) == 0);
    for (int i = 0; i < 4; i++)
        pthread_join(th[i], NULL);
    for (int i = 0; i < 4; i++) {
        CHECK(jobs[i].out != NULL);
        if (i > 0 && jobs[i].out && jobs[0].out)
            CHECK(memcmp(jobs[0].out, jobs[i].out, 300 * FPERIOD * sizeof(double)) == 0);
    }
    for (int i = 0; i < 4; i++)
        free(jobs[i].out);
}

/* ---- against the MLSA rendering of generated parameters ------------------- */


/* log-spectral distance (dB, 0-8 kHz) between x and y over 512-sample Hann
 * frames, hop 160, frames within 50 dB of x's loudest; powers floored 80 dB
 * below the frame's peak */
static double lsd(const double *x, const double *y, size_t n, size_t *frames)
{
    enum { W = 512 };
    float *buf = fftwf_malloc(W * sizeof *buf);
    fftwf_complex *sa = fftwf_malloc((W / 2 + 1) * sizeof *sa);
    fftwf_complex *sb = fftwf_malloc((W / 2 + 1) * sizeof *sb);
    fftwf_plan p = fftwf_plan_dft_r2c_1d(W, buf, sa, FFTW_ESTIMATE);
    double win[W], emax = 0, sum = 0;
    for (int i = 0; i < W; i++)
        win[i] = 0.5 - 0.5 * cos(2 * PI * (i + 0.5) / W);
    size_t nf = n >= W ? (n - W) / 160 + 1 : 0, used = 0;
    for (size_t t = 0; t < nf; t++) {
        double e = 0;
        for (int i = 0; i < W; i++)
            e += x[t * 160 + i] * x[t * 160 + i];
        emax = e > emax ? e : emax;
    }
    const int b8 = 8000 * W / RATE;
    for (size_t t = 0; t < nf; t++) {
        double e = 0;
        for (int i = 0; i < W; i++)
            e += x[t * 160 + i] * x[t * 160 + i];
        if (e < emax * 1e-5)
            continue;
        for (int i = 0; i < W; i++)
            buf[i] = (float)(x[t * 160 + i] * win[i]);
        fftwf_execute_dft_r2c(p, buf, sa);
        for (int i = 0; i < W; i++)
            buf[i] = (float)(y[t * 160 + i] * win[i]);
        fftwf_execute_dft_r2c(p, buf, sb);
        double pa[W / 2 + 1], pb[W / 2 + 1], peak = 0, s = 0;
        for (int k = 0; k <= W / 2; k++) {
            pa[k] = (double)sa[k][0] * sa[k][0] + (double)sa[k][1] * sa[k][1];
            pb[k] = (double)sb[k][0] * sb[k][0] + (double)sb[k][1] * sb[k][1];
            peak = pa[k] > peak ? pa[k] : peak;
        }
        for (int k = 1; k <= b8; k++) {
            double dd = 10 * log10((pa[k] + peak * 1e-8) / (pb[k] + peak * 1e-8));
            s += dd * dd;
        }
        sum += sqrt(s / b8);
        used++;
    }
    fftwf_destroy_plan(p);
    fftwf_free(buf);
    fftwf_free(sa);
    fftwf_free(sb);
    *frames = used;
    return used ? sum / (double)used : 1e9;
}

static void test_against_mlsa(const sentences *ss)
{
    HTS_Engine e;
    HTS_Engine_initialize(&e);
    char *voices[1] = {(char *)voice_path()};
    CHECK(HTS_Engine_load(&e, voices, 1) == TRUE);
    nv_vocoder *mlsa = NULL;
    nv_fdvoc *fd = NULL;
    double lsd_sum = 0, ex = 0, ey = 0;
    size_t lsd_frames = 0;
    for (size_t s = 0; s < ss->n; s++) {
        CHECK(HTS_Engine_generate_state_sequence_from_strings(&e, ss->label[s], ss->n_label[s]) ==
              TRUE);
        CHECK(HTS_Engine_generate_parameter_sequence(&e) == TRUE);
        const HTS_PStream *mcp = &e.pss.pstream[0], *lf0 = &e.pss.pstream[1];
        size_t nframe = e.pss.total_frame, n = nframe * FPERIOD;
        if (!mlsa) {
            nv_vocoder_params p = {.order = (unsigned)mcp->vector_length - 1, .rate = RATE,
                                   .fperiod = FPERIOD, .alpha = ALPHA,
                                   .volume = e.condition.volume};
            nv_fdvoc_params q = {.order = p.order, .rate = RATE, .fperiod = FPERIOD,
                                 .alpha = ALPHA, .volume = p.volume};
            mlsa = nv__vocoder_new(&p);
            fd = nv__fdvoc_new(&q);
            CHECK(mlsa && fd);
            if (!mlsa || !fd)
                break;
        }
        double *x = malloc(n * sizeof *x), *y = malloc(n * sizeof *y);
        CHECK(x && y);
        if (!x || !y) {
            free(x);
            free(y);
            break;
        }
        nv__vocoder_reset(mlsa);
        nv__fdvoc_reset(fd);
        for (size_t t = 0, k = 0; t < nframe; t++) {
            double f0 = lf0->msd_flag[t] ? lf0->par[k++][0] : NV_VOCODER_UNVOICED;
            nv__vocoder_frame(mlsa, mcp->par[t], f0, x + t * FPERIOD);
            nv__fdvoc_frame(fd, mcp->par[t], f0, y + t * FPERIOD);
        }
        size_t d = nv__fdvoc_delay(fd), fr = 0;
        double l = lsd(x, y + d, n - d, &fr);
        printf("against MLSA, sentence %zu: %zu frames, LSD 0-8 kHz %.2f dB\n", s + 1, fr, l);
        lsd_sum += l * (double)fr;
        lsd_frames += fr;
        for (size_t i = 0; i + d < n; i++) {
            ex += x[i] * x[i];
            ey += y[i + d] * y[i + d];
        }
        HTS_Engine_refresh(&e);
        free(x);
        free(y);
    }
    double mean = lsd_frames ? lsd_sum / (double)lsd_frames : 1e9;
    double level = 10 * log10(ey / ex);
    printf("against MLSA: %zu frames, mean LSD 0-8 kHz %.2f dB, level %+.2f dB\n", lsd_frames,
           mean, level);
    /* measured: 5.1-5.5 dB on these sentences (pulses at other instants, noise
     * above the MVF); the bound catches a wrong envelope, level or alignment */
    CHECK(lsd_frames > 1000);
    CHECK(mean < 6.5);
    CHECK(fabs(level) < 1.0);
    nv__vocoder_free(mlsa);
    nv__fdvoc_free(fd);
    HTS_Engine_clear(&e);
}

/* nv__synth_run with "ours": same sample counts and label durations as MLSA;
 * with a postfilter the samples are ours, not hts_engine's fallback */
static void test_synth_path(const sentences *ss)
{
    char err[256];
    CHECK(setenv("NEWSVOICE_VOCODER", "mlsa", 1) == 0);
    nv_synth *m = nv__synth_open(voice_path(), err, sizeof err);
    CHECK(setenv("NEWSVOICE_VOCODER", "ours", 1) == 0);
    nv_synth *o = nv__synth_open(voice_path(), err, sizeof err);
    CHECK(unsetenv("NEWSVOICE_VOCODER") == 0);
    CHECK(m && o);
    if (!m || !o) {
        nv__synth_close(m);
        nv__synth_close(o);
        return;
    }
    CHECK(nv__synth_vocoder_known("ours"));
    CHECK(!nv__synth_vocoder_known("ours2"));
    for (size_t k = 0; k < ss->n; k++) {
        const int16_t *pm, *po;
        size_t nm, no;
        uint32_t dm[512], dn[512];
        CHECK(ss->n_label[k] <= 512);
        if (ss->n_label[k] > 512)
            break;
        CHECK_INT(nv__synth_run(m, ss->label[k], ss->n_label[k], &pm, &nm, dm, err, sizeof err), 0);
        double em = 0;
        for (size_t i = 0; i < nm; i++)
            em += (double)pm[i] * pm[i];
        CHECK_INT(nv__synth_run(o, ss->label[k], ss->n_label[k], &po, &no, dn, err, sizeof err), 0);
        CHECK_INT(no, nm);
        CHECK(memcmp(dm, dn, ss->n_label[k] * sizeof *dm) == 0);
        double eo = 0;
        for (size_t i = 0; i < no; i++)
            eo += (double)po[i] * po[i];
        CHECK(fabs(10 * log10(eo / em)) < 1.0);
    }
    /* postfilter: our vocoder renders it (hts_engine's would take over for MLSA) */
    nv__synth_set_postfilter(o, 0.4);
    nv__synth_set_postfilter(m, 0.4);
    const int16_t *po, *pm;
    size_t no, nm;
    CHECK_INT(nv__synth_run(o, ss->label[0], ss->n_label[0], &po, &no, NULL, err, sizeof err), 0);
    int16_t *copy = malloc(no * sizeof *copy);
    CHECK(copy != NULL);
    if (copy) {
        memcpy(copy, po, no * sizeof *copy);
        CHECK_INT(nv__synth_set_vocoder(o, "hts", err, sizeof err), 0);
        CHECK_INT(
            nv__synth_run(o, ss->label[0], ss->n_label[0], &pm, &nm, NULL, err, sizeof err), 0);
        CHECK_INT(nm, no);
        size_t same = 0;
        for (size_t i = 0; i < nm && i < no; i++)
            same += pm[i] == copy[i];
        CHECK(same < no / 2);
        free(copy);
    }
    CHECK_INT(nv__synth_set_vocoder(o, "bogus", err, sizeof err), -1);
    CHECK_STR(err, "unknown vocoder bogus (use mlsa, ours or hts)");
    nv__synth_close(m);
    nv__synth_close(o);
}

/* The public API with the vocoder option "ours": four threads (two sharing an
 * engine, two with their own) give the same audio, as long as the MLSA
 * rendering of the same text. */
typedef struct api_run {
    nv_engine *shared;
    const char *vocoder;
    size_t sentences, samples;
    uint64_t hash;
    nv_status st;
} api_run;

static const char api_text[] = "The council met on Tuesday. It approved the budget.\n\n"
                               "Residents welcomed the plan. Work begins next month.";

static int on_audio(void *user, const nv_sentence *s)
{
    api_run *r = user;
    r->sentences++;
    r->samples += s->n_samples;
    for (size_t i = 0; i < s->n_samples; i++)
        r->hash = r->hash * 1000003u + (uint16_t)s->samples[i];
    return 0;
}

static void *api_worker(void *p)
{
    api_run *r = p;
    nv_engine *e = r->shared;
    char err[256];
    if (!e) {
        nv_engine_options o = {.vocoder = r->vocoder};
        if (nv_engine_open(&o, &e, err, sizeof err) != NV_OK) {
            r->st = NV_EVOICE;
            return NULL;
        }
    }
    nv_job *j = NULL;
    r->st = nv_job_new(e, &j);
    if (r->st == NV_OK)
        r->st = nv_job_run(j, api_text, sizeof api_text - 1, NV_STAGE_AUDIO, on_audio, r);
    nv_job_free(j);
    if (!r->shared)
        nv_engine_close(e);
    return NULL;
}

static void test_api_threads(void)
{
    char err[256];
    nv_engine *ours = NULL;
    nv_engine_options o = {.vocoder = "ours"};
    CHECK_INT(nv_engine_open(&o, &ours, err, sizeof err), NV_OK);
    if (!ours)
        return;
    api_run runs[5];
    memset(runs, 0, sizeof runs);
    pthread_t th[4];
    for (int i = 0; i < 4; i++) {
        runs[i].shared = i < 2 ? ours : NULL;
        runs[i].vocoder = "ours";
        CHECK(pthread_create(&th[i], NULL, api_worker, &runs[i]) == 0);
    }
    for (int i = 0; i < 4; i++)
        pthread_join(th[i], NULL);
    runs[4].vocoder = "mlsa";
    api_worker(&runs[4]);
    for (int i = 0; i < 5; i++) {
        CHECK_INT(runs[i].st, NV_OK);
        CHECK_INT(runs[i].sentences, 4);
        CHECK_INT(runs[i].samples, runs[0].samples);
        if (i < 4)
            CHECK(runs[i].hash == runs[0].hash);
    }
    CHECK(runs[4].hash != runs[0].hash); /* the option did select another vocoder */
    nv_engine_close(ours);
}

int main(void)
{
    test_pulse_train();
    test_harmonics();
    test_formant();
    test_noise_shape();
    test_postfilter();
    test_transitions();
    test_robustness();
    test_threads();
    test_api_threads();
    sentences ss;
    if (get_labels(&ss) == 0) {
        CHECK_INT(ss.n, 3);
        test_against_mlsa(&ss);
        test_synth_path(&ss);
    } else {
        CHECK(!"could not make labels");
    }
    free_sentences(&ss);
    return CHECK_DONE();
}
