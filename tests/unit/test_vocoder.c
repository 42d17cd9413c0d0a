/* test_vocoder.c - our MLSA vocoder (src/synth/vocoder.c) against hts_engine
 * 1.10's own, and against known signals:
 *
 *   equivalence   three sentences' labels (from our front end) through
 *                 hts_engine's first two stages; the same generated parameters
 *                 rendered by our vocoder and by HTS_Engine_generate_sample_sequence:
 *                 same sample count, and the samples are bit-identical (the
 *                 measured bound: our vocoder evaluates hts_engine's
 *                 expressions in hts_engine's order). Also the whole
 *                 nv__synth_run path with NEWSVOICE_VOCODER=mlsa and =hts.
 *   pulse train   flat envelope, constant F0: pulses of height
 *                 sqrt(period) * exp(c0), spaced rate/F0 samples (within one).
 *   noise         unvoiced frames: zero-mean noise with RMS exp(c0).
 *   DC gain       a pulse train through a non-flat envelope: the output's mean
 *                 matches the filter's gain at 0 Hz, exp(sum of c[k]).
 *
 * Environment (set by ctest, see tests/tests.cmake): NEWSVOICE_DATA for the
 * lexicon, NEWSVOICE_VOICE for the voice (default: the Debian slt voice).
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <HTS_engine.h>

#include "check.h"
#include "label_sentences.h"
#include "newsvoice.h"
#include "synth/hts.h"
#include "synth/vocoder.h"

#define DEFAULT_VOICE \
    "/usr/share/festival/voices/us/cmu_us_slt_arctic_hts/hts/cmu_us_slt_arctic_hts.htsvoice"
#define RATE 32000
#define FPERIOD 160

static const char *voice_path(void)
{
    const char *v = getenv("NEWSVOICE_VOICE");
    return v && *v ? v : DEFAULT_VOICE;
}

/* ---- labels of a few sentences, from our own front end ------------------- */


/* ---- (a) equivalence with hts_engine's vocoder ---------------------------- */

typedef struct stats {
    size_t n;          /* samples compared */
    double max_diff;   /* max |ours - hts| before 16-bit conversion */
    int max_diff16;    /* after clipping and truncation, as hts.c does */
    size_t within1;    /* 16-bit samples within 1 LSB */
} stats;

static int to16(double x)
{
    if (x > 32767.0)
        x = 32767.0;
    else if (x < -32768.0)
        x = -32768.0;
    return (int16_t)x;
}

/* One sentence: hts_engine generates the parameters; we render them, then
 * hts_engine renders the same parameters; compare. */
static void compare_sentence(HTS_Engine *e, nv_vocoder **voc, char **labels, size_t n_labels,
                             stats *st)
{
    CHECK(HTS_Engine_generate_state_sequence_from_strings(e, labels, n_labels) == TRUE);
    CHECK(HTS_Engine_generate_parameter_sequence(e) == TRUE);
    const HTS_PStream *mcp = &e->pss.pstream[0], *lf0 = &e->pss.pstream[1];
    size_t nframe = e->pss.total_frame;
    CHECK(nframe > 0);
    CHECK_INT(mcp->length, nframe);
    CHECK(lf0->msd_flag != NULL);
    CHECK_INT(lf0->vector_length, 1);
    if (!*voc) {
        nv_vocoder_params p = {
            .order = (unsigned)mcp->vector_length - 1,
            .rate = (unsigned)HTS_Engine_get_sampling_frequency(e),
            .fperiod = (unsigned)HTS_Engine_get_fperiod(e),
            .alpha = HTS_Engine_get_alpha(e),
            .volume = e->condition.volume,
        };
        CHECK_INT(p.order, 44); /* slt: VECTOR_LENGTH[MCP] 45 */
        CHECK_INT(p.rate, RATE);
        CHECK_INT(p.fperiod, FPERIOD);
        CHECK(p.alpha == 0.45);
        *voc = nv__vocoder_new(&p);
        CHECK(*voc != NULL);
        if (!*voc)
            return;
    }
    size_t fp = nv__vocoder_fperiod(*voc);
    double *ours = malloc(nframe * fp * sizeof *ours);
    CHECK(ours != NULL);
    if (!ours)
        return;
    nv__vocoder_reset(*voc);
    for (size_t t = 0, k = 0; t < nframe; t++) {
        double f0 = lf0->msd_flag[t] ? lf0->par[k++][0] : NV_VOCODER_UNVOICED;
        nv__vocoder_frame(*voc, mcp->par[t], f0, ours + t * fp);
    }

    CHECK(HTS_Engine_generate_sample_sequence(e) == TRUE);
    size_t n = HTS_Engine_get_nsamples(e);
    CHECK_INT(n, nframe * fp);
    for (size_t i = 0; i < n && i < nframe * fp; i++) {
        double h = HTS_Engine_get_generated_speech(e, i);
        double d = fabs(ours[i] - h);
        if (d > st->max_diff)
            st->max_diff = d;
        int d16 = abs(to16(ours[i]) - to16(h));
        if (d16 > st->max_diff16)
            st->max_diff16 = d16;
        st->within1 += d16 <= 1;
        st->n++;
    }
    HTS_Engine_refresh(e);
    free(ours);
}

static void test_equivalence(const sentences *ss)
{
    HTS_Engine e;
    HTS_Engine_initialize(&e);
    char *voices[1] = {(char *)voice_path()};
    CHECK(HTS_Engine_load(&e, voices, 1) == TRUE);
    nv_vocoder *voc = NULL;
    stats st = {0};
    for (size_t k = 0; k < ss->n; k++)
        compare_sentence(&e, &voc, ss->label[k], ss->n_label[k], &st);
    printf("equivalence: %zu sentences, %zu samples (%.2f s): max |diff| %.3g, "
           "16-bit max diff %d, within 1 LSB %.6f\n",
           ss->n, st.n, (double)st.n / RATE, st.max_diff, st.max_diff16,
           st.n ? (double)st.within1 / (double)st.n : 0.0);
    CHECK(st.n > 3 * RATE); /* three sentences: several seconds */
    /* the measured bound: bit-identical */
    CHECK(st.max_diff == 0.0);
    CHECK_INT(st.max_diff16, 0);
    CHECK_INT(st.within1, st.n);
    nv__vocoder_free(voc);
    HTS_Engine_clear(&e);
}

/* The whole nv__synth_run path, NEWSVOICE_VOCODER=mlsa against =hts. */
static void test_synth_paths(const sentences *ss)
{
    char err[256];
    CHECK(setenv("NEWSVOICE_VOCODER", "hts", 1) == 0);
    nv_synth *h = nv__synth_open(voice_path(), err, sizeof err);
    CHECK(setenv("NEWSVOICE_VOCODER", "mlsa", 1) == 0);
    nv_synth *o = nv__synth_open(voice_path(), err, sizeof err);
    CHECK(unsetenv("NEWSVOICE_VOCODER") == 0);
    CHECK(h != NULL);
    CHECK(o != NULL);
    if (!h || !o) {
        nv__synth_close(h);
        nv__synth_close(o);
        return;
    }
    for (size_t k = 0; k < ss->n; k++) {
        const int16_t *ph, *po;
        size_t nh, no;
        CHECK_INT(nv__synth_run(h, ss->label[k], ss->n_label[k], &ph, &nh, NULL, err, sizeof err), 0);
        int16_t *copy = malloc(nh * sizeof *copy);
        CHECK(copy != NULL);
        if (!copy)
            break;
        memcpy(copy, ph, nh * sizeof *copy);
        CHECK_INT(nv__synth_run(o, ss->label[k], ss->n_label[k], &po, &no, NULL, err, sizeof err), 0);
        CHECK_INT(no, nh);
        size_t same = 0;
        for (size_t i = 0; i < nh && i < no; i++)
            same += po[i] == copy[i];
        CHECK_INT(same, nh);
        free(copy);
    }
    /* labels are still validated with the same message */
    char bad0[] = " x^pau-pau+x=x";
    char *bad[1] = {bad0};
    const int16_t *p;
    size_t n;
    CHECK_INT(nv__synth_run(o, bad, 1, &p, &n, NULL, err, sizeof err), -1);
    CHECK_STR(err, "internal error: malformed label 0");
    nv__synth_close(h);
    nv__synth_close(o);

    CHECK(setenv("NEWSVOICE_VOCODER", "mlsa2", 1) == 0);
    err[0] = '\0';
    CHECK(nv__synth_open(voice_path(), err, sizeof err) == NULL);
    CHECK_STR(err, "NEWSVOICE_VOCODER=mlsa2: unknown vocoder (use mlsa, ours or hts)");
    CHECK(unsetenv("NEWSVOICE_VOCODER") == 0);
}

/* ---- (b)-(d) known signals ---------------------------------------------- */

#define ORDER 44
#define ALPHA 0.45

static nv_vocoder *make_vocoder(double volume)
{
    nv_vocoder_params p = {
        .order = ORDER, .rate = RATE, .fperiod = FPERIOD, .alpha = ALPHA, .volume = volume};
    nv_vocoder *v = nv__vocoder_new(&p);
    CHECK(v != NULL);
    return v;
}

/* Render nframe frames of one constant mel-cepstrum and log F0. */
static double *render_const(nv_vocoder *v, const double *mc, double lf0, size_t nframe)
{
    double *out = malloc(nframe * FPERIOD * sizeof *out);
    CHECK(out != NULL);
    if (!out)
        return NULL;
    nv__vocoder_reset(v);
    for (size_t t = 0; t < nframe; t++)
        nv__vocoder_frame(v, mc, lf0, out + t * FPERIOD);
    return out;
}

static void test_pulse_train(void)
{
    const double f0 = 123.0, c0 = 1.5, volume = 0.5;
    const double period = RATE / f0; /* 260.16 samples */
    double mc[ORDER + 1] = {c0};
    nv_vocoder *v = make_vocoder(volume);
    if (!v)
        return;
    size_t nframe = 200, n = nframe * FPERIOD; /* 1 s */
    double *y = render_const(v, mc, log(f0), nframe);
    if (!y) {
        nv__vocoder_free(v);
        return;
    }
    /* a flat envelope passes the excitation unchanged: pulses, zeros between */
    const double height = sqrt(period) * exp(c0) * volume;
    size_t pulses = 0, last = 0, bad_height = 0, bad_gap = 0;
    double first = -1;
    for (size_t i = 0; i < n; i++) {
        if (y[i] == 0.0)
            continue;
        if (fabs(y[i] - height) > 1e-9 * height)
            bad_height++;
        if (pulses > 0) {
            double gap = (double)(i - last);
            if (fabs(gap - period) > 1.0)
                bad_gap++;
        } else {
            first = (double)i;
        }
        last = i;
        pulses++;
    }
    CHECK_INT(bad_height, 0);
    CHECK_INT(bad_gap, 0);
    /* the mean spacing is the period to well under a sample */
    CHECK(pulses > 100);
    double mean_gap = ((double)last - first) / (double)(pulses - 1);
    printf("pulse train: %zu pulses, mean spacing %.4f samples (period %.4f), height %.4f\n",
           pulses, mean_gap, period, height);
    /* pulse times are the period multiples rounded up to whole samples, so the
     * mean spacing is off by less than one sample over the whole span */
    CHECK(fabs(mean_gap - period) < 1.0 / (double)(pulses - 1));
    free(y);
    nv__vocoder_free(v);
}

static void test_noise(void)
{
    const double c0 = log(1000.0);
    double mc[ORDER + 1] = {c0};
    nv_vocoder *v = make_vocoder(1.0);
    if (!v)
        return;
    size_t nframe = 400, n = nframe * FPERIOD; /* 2 s, 64000 samples */
    double *y = render_const(v, mc, NV_VOCODER_UNVOICED, nframe);
    if (!y) {
        nv__vocoder_free(v);
        return;
    }
    double sum = 0, sum2 = 0;
    size_t zeros = 0;
    for (size_t i = 0; i < n; i++) {
        sum += y[i];
        sum2 += y[i] * y[i];
        zeros += y[i] == 0.0;
    }
    double mean = sum / (double)n, rms = sqrt(sum2 / (double)n);
    printf("noise: rms %.2f (expected %.2f), mean %.3f\n", rms, exp(c0), mean);
    /* unit-variance Gaussian times the gain: standard error of the RMS is
     * 1/sqrt(2n) = 0.3 %, of the mean 0.4 % of the gain */
    CHECK(fabs(rms / exp(c0) - 1.0) < 0.02);
    CHECK(fabs(mean) < 0.02 * exp(c0));
    CHECK(zeros < 10);
    /* deterministic: the noise generator is re-seeded per utterance */
    double *y2 = render_const(v, mc, NV_VOCODER_UNVOICED, nframe);
    CHECK(y2 && memcmp(y, y2, n * sizeof *y) == 0);
    free(y2);
    free(y);
    nv__vocoder_free(v);
}

static void test_dc_gain(void)
{
    /* H(e^{j0}) = exp(sum of the mel-cepstrum): at 0 Hz the warped frequency
     * is 0 too. The Pade approximation is accurate to far better than 1 %
     * for an envelope this gentle. */
    double mc[ORDER + 1] = {0.0, 0.5, -0.2, 0.1};
    const double f0 = 200.0, period = RATE / f0;
    nv_vocoder *v = make_vocoder(1.0);
    if (!v)
        return;
    size_t nframe = 400, n = nframe * FPERIOD;
    double *y = render_const(v, mc, log(f0), nframe);
    if (!y) {
        nv__vocoder_free(v);
        return;
    }
    /* skip the first half second (start-up), average over whole periods */
    size_t from = RATE / 2, len = (size_t)(period * 150);
    CHECK(from + len <= n);
    double sum = 0;
    for (size_t i = from; i < from + len; i++)
        sum += y[i];
    double mean = sum / (double)len;
    double expect = sqrt(period) / period * exp(0.5 - 0.2 + 0.1);
    printf("DC gain: mean %.5f, expected %.5f\n", mean, expect);
    CHECK(fabs(mean / expect - 1.0) < 0.01);
    free(y);
    nv__vocoder_free(v);
}

static void test_params(void)
{
    nv_vocoder_params p = {.order = 0, .rate = RATE, .fperiod = FPERIOD, .alpha = ALPHA,
                           .volume = 1.0};
    CHECK(nv__vocoder_new(&p) == NULL);
    p.order = ORDER;
    p.alpha = 1.0;
    CHECK(nv__vocoder_new(&p) == NULL);
    p.alpha = ALPHA;
    p.fperiod = 0;
    CHECK(nv__vocoder_new(&p) == NULL);
    CHECK(nv__vocoder_new(NULL) == NULL);
    nv__vocoder_free(NULL);
}

int main(void)
{
    test_params();
    test_pulse_train();
    test_noise();
    test_dc_gain();
    sentences ss;
    if (get_labels(&ss) == 0) {
        CHECK_INT(ss.n, 3);
        test_equivalence(&ss);
        test_synth_paths(&ss);
    } else {
        CHECK(!"could not make labels");
    }
    free_sentences(&ss);
    return CHECK_DONE();
}
