/* test_loudness.c - the limiter on known signals, and loudness normalisation of
 * real speech through nv_writer: integrated loudness within 0.5 LU of the
 * target and true peak at or under the ceiling, for two targets. */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check.h"
#include "encode/loudness.h"
#include "newsvoice.h"

static void test_limiter(void)
{
    /* a 1 kHz tone at half scale, gain x4 (12 dB), ceiling 0.5 of full scale:
     * after the attack every output sample stays at or under the ceiling, and
     * the output is delayed by exactly the limiter's delay */
    size_t n = 32000;
    int16_t *in = malloc(n * sizeof *in), *out = malloc((n + 256) * sizeof *out);
    for (size_t i = 0; i < n; i++)
        in[i] = (int16_t)lrint(16384.0 * sin(2 * 3.14159265358979323846 * 1000.0 * (double)i / 32000.0));
    nv_limiter *l = nv__limiter_new(32000, 4.0, 16384.0);
    size_t k = nv__limiter_run(l, in, n, out);
    CHECK_INT(k, n - nv__limiter_delay(l));
    k += nv__limiter_flush(l, out + k);
    CHECK_INT(k, n);
    int over = 0;
    double peak = 0;
    for (size_t i = 0; i < n; i++) {
        over += abs(out[i]) > 16384 + 1;
        if (i > 3200 && abs(out[i]) > peak)
            peak = abs(out[i]);
    }
    CHECK_INT(over, 0);
    CHECK(peak > 16384 * 0.97);   /* limited to the ceiling, not far below it */
    nv__limiter_free(l);

    /* a quiet signal passes with just the gain */
    for (size_t i = 0; i < n; i++)
        in[i] = (int16_t)((i % 64) * 10 - 320);
    l = nv__limiter_new(32000, 2.0, 30000.0);
    k = nv__limiter_run(l, in, n, out);
    k += nv__limiter_flush(l, out + k);
    int exact = 1;
    for (size_t i = 0; i < n; i++)
        exact &= out[i] == in[i] * 2;
    CHECK(exact);
    nv__limiter_free(l);
    free(in);
    free(out);
}

typedef struct sink {
    nv_writer *w;
    int16_t *pcm;
    size_t n, cap;
} sink;

static int on_sentence(void *user, const nv_sentence *s)
{
    sink *k = user;
    char err[128];
    if (k->n + s->n_samples > k->cap) {
        k->cap = (k->n + s->n_samples) * 2;
        k->pcm = realloc(k->pcm, k->cap * sizeof *k->pcm);
    }
    memcpy(k->pcm + k->n, s->samples, s->n_samples * sizeof *s->samples);
    k->n += s->n_samples;
    return nv_writer_write(k->w, s->samples, s->n_samples, err, sizeof err) != NV_OK;
}

/* read back a WAV written by nv_writer (44-byte header, 16-bit mono) */
static int16_t *read_wav(const char *path, size_t *n)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    fseek(f, 0, SEEK_END);
    long size = ftell(f);
    fseek(f, 44, SEEK_SET);
    *n = (size_t)(size - 44) / 2;
    int16_t *p = malloc(*n * sizeof *p + 1);
    if (fread(p, 2, *n, f) != *n)
        *n = 0;
    fclose(f);
    return p;
}

static void test_normalise(nv_engine *e, nv_job *j, double target, double ceiling)
{
    const char *text =
        "The council approved the budget on Tuesday after a long debate. "
        "Critics said the plan came too late, but the mayor called it a fair deal.\n\n"
        "Work on the bridge begins next month and should take two years.";
    char path[] = "/tmp/nv-loud-XXXXXX";
    int fd = mkstemp(path);
    close(fd);
    char out[64];
    snprintf(out, sizeof out, "%s.wav", path);
    remove(path);
    nv_writer_options o;
    memset(&o, 0, sizeof o);
    o.normalize = 1;
    o.target_lufs = target;
    o.true_peak_dbtp = ceiling;
    char err[256];
    sink k = {NULL, NULL, 0, 0};
    CHECK_INT(nv_writer_open_opts(out, nv_engine_sample_rate(e), &o, &k.w, err, sizeof err),
              NV_OK);
    CHECK_INT(nv_job_run(j, text, strlen(text), NV_STAGE_AUDIO, on_sentence, &k), NV_OK);
    CHECK_INT(nv_writer_close(k.w, 1, err, sizeof err), NV_OK);

    size_t n = 0;
    int16_t *pcm = read_wav(out, &n);
    CHECK(pcm != NULL);
    CHECK_INT(n, k.n);                       /* same length as what was synthesised */
    double in_lufs, out_lufs, in_tp, out_tp;
    nv_meter *m = nv__meter_new(32000, 1);
    nv__meter_add(m, k.pcm, k.n);
    CHECK_INT(nv__meter_result(m, &in_lufs, &in_tp), 0);
    nv__meter_free(m);
    m = nv__meter_new(32000, 1);
    nv__meter_add(m, pcm, n);
    CHECK_INT(nv__meter_result(m, &out_lufs, &out_tp), 0);
    nv__meter_free(m);
    printf("target %.1f LUFS / %.1f dBTP: in %.2f LUFS %.2f dBTP -> out %.2f LUFS %.2f dBTP\n",
           target, ceiling, in_lufs, in_tp, out_lufs, out_tp);
    CHECK(fabs(out_lufs - target) <= 0.5);
    CHECK(out_tp <= ceiling + 0.05);
    CHECK(in_lufs < target - 3);             /* the test means something */
    free(pcm);
    free(k.pcm);
    remove(out);
}

int main(void)
{
    test_limiter();
    nv_engine *e = NULL;
    char err[256];
    if (nv_engine_open(NULL, &e, err, sizeof err) != NV_OK) {
        fprintf(stderr, "%s\n", err);
        return 1;
    }
    nv_job *j = NULL;
    nv_job_new(e, &j);
    test_normalise(e, j, -16.0, -1.0);
    test_normalise(e, j, -19.0, -2.0);
    nv_job_free(j);
    nv_engine_close(e);
    return CHECK_DONE();
}
