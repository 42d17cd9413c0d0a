/* vocbench.c - bench/vocoder's helper: the same generated parameters rendered
 * by our MLSA vocoder and by the frequency-domain vocoder.
 *
 * usage: nv-vocbench [--reps N] [--wav DIR] FILE...
 *
 * Every sentence of every text FILE goes through our front end (labels) and
 * hts_engine's first two stages (durations, parameters with GV); the
 * parameters are then rendered by both vocoders, --reps times each (default
 * 3), timed with the process CPU clock. Reported: audio seconds, CPU seconds
 * per second of audio of each vocoder alone and of parameter generation, and
 * the log-spectral distance between the two renderings (STFT, 512-sample Hann
 * window, 160-sample hop, frames within 50 dB of the loudest, powers floored
 * 80 dB below the frame's peak; the frequency-domain output is moved back by
 * its delay first), 0-8 kHz and 0-16 kHz. --wav DIR writes both renderings of
 * every sentence as DIR/mlsa-NNN.wav and DIR/ours-NNN.wav.
 *
 * Environment: NEWSVOICE_DATA (lexicon), NEWSVOICE_VOICE (voice file). */
#include <fftw3.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <HTS_engine.h>

#include "newsvoice.h"
#include "synth/fdvoc.h"
#include "synth/vocoder.h"

#define DEFAULT_VOICE \
    "/usr/share/festival/voices/us/cmu_us_slt_arctic_hts/hts/cmu_us_slt_arctic_hts.htsvoice"

typedef struct sentences {
    size_t n, cap;
    char ***label;
    size_t *n_label;
} sentences;

static int keep_labels(void *user, const nv_sentence *s)
{
    sentences *ss = user;
    if (s->n_labels == 0)
        return 0;
    if (ss->n == ss->cap) {
        size_t cap = ss->cap ? 2 * ss->cap : 64;
        char ***l = realloc(ss->label, cap * sizeof *l);
        if (!l)
            return 1;
        ss->label = l;
        size_t *n = realloc(ss->n_label, cap * sizeof *n);
        if (!n)
            return 1;
        ss->n_label = n;
        ss->cap = cap;
    }
    char **l = calloc(s->n_labels, sizeof *l);
    if (!l)
        return 1;
    for (size_t i = 0; i < s->n_labels; i++)
        l[i] = strdup(s->labels[i]);
    ss->label[ss->n] = l;
    ss->n_label[ss->n] = s->n_labels;
    ss->n++;
    return 0;
}

static char *read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap);
    while (buf) {
        size_t r = fread(buf + n, 1, cap - n, f);
        n += r;
        if (n < cap)
            break;
        char *b = realloc(buf, cap *= 2);
        if (!b) {
            free(buf);
            buf = NULL;
        } else {
            buf = b;
        }
    }
    fclose(f);
    *len = n;
    return buf;
}

static double cpu_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

static void write_wav(const char *path, const double *x, size_t n, size_t skip, unsigned rate)
{
    FILE *f = fopen(path, "wb");
    if (!f)
        return;
    uint32_t data = (uint32_t)(n * 2), riff = 36 + data, fmt = 16, sr = rate, br = rate * 2;
    uint16_t pcm = 1, ch = 1, ba = 2, bits = 16;
    fwrite("RIFF", 1, 4, f);
    fwrite(&riff, 4, 1, f);
    fwrite("WAVEfmt ", 1, 8, f);
    fwrite(&fmt, 4, 1, f);
    fwrite(&pcm, 2, 1, f);
    fwrite(&ch, 2, 1, f);
    fwrite(&sr, 4, 1, f);
    fwrite(&br, 4, 1, f);
    fwrite(&ba, 2, 1, f);
    fwrite(&bits, 2, 1, f);
    fwrite("data", 1, 4, f);
    fwrite(&data, 4, 1, f);
    for (size_t i = 0; i < n; i++) {
        double v = i + skip < n ? x[i + skip] : 0.0;
        v = v > 32767 ? 32767 : v < -32768 ? -32768 : v;
        int16_t s = (int16_t)v;
        fwrite(&s, 2, 1, f);
    }
    fclose(f);
}

/* log-spectral distance accumulators */
typedef struct lsd {
    double sum8, sum16;
    size_t frames;
} lsd;

#define WIN 512
#define HOP 160

static void add_lsd(lsd *acc, const double *a, const double *b, size_t n, unsigned rate)
{
    float *buf = fftwf_malloc(WIN * sizeof *buf);
    fftwf_complex *sa = fftwf_malloc((WIN / 2 + 1) * sizeof *sa);
    fftwf_complex *sb = fftwf_malloc((WIN / 2 + 1) * sizeof *sb);
    fftwf_plan p = fftwf_plan_dft_r2c_1d(WIN, buf, sa, FFTW_ESTIMATE);
    double win[WIN];
    for (int i = 0; i < WIN; i++)
        win[i] = 0.5 - 0.5 * cos(2 * 3.14159265358979323846 * (i + 0.5) / WIN);
    size_t nf = n >= WIN ? (n - WIN) / HOP + 1 : 0;
    double *energy = calloc(nf ? nf : 1, sizeof *energy), emax = 0;
    for (size_t t = 0; t < nf; t++) {
        for (int i = 0; i < WIN; i++)
            energy[t] += a[t * HOP + i] * a[t * HOP + i] * win[i] * win[i];
        if (energy[t] > emax)
            emax = energy[t];
    }
    int b8 = (int)(8000.0 * WIN / rate), b16 = WIN / 2;
    for (size_t t = 0; t < nf; t++) {
        if (energy[t] < emax * 1e-5)
            continue;
        for (int i = 0; i < WIN; i++)
            buf[i] = (float)(a[t * HOP + i] * win[i]);
        fftwf_execute_dft_r2c(p, buf, sa);
        for (int i = 0; i < WIN; i++)
            buf[i] = (float)(b[t * HOP + i] * win[i]);
        fftwf_execute_dft_r2c(p, buf, sb);
        double pa[WIN / 2 + 1], pb[WIN / 2 + 1], peak = 0;
        for (int k = 0; k <= WIN / 2; k++) {
            pa[k] = (double)sa[k][0] * sa[k][0] + (double)sa[k][1] * sa[k][1];
            pb[k] = (double)sb[k][0] * sb[k][0] + (double)sb[k][1] * sb[k][1];
            if (pa[k] > peak)
                peak = pa[k];
        }
        double floor = peak * 1e-8 + 1e-12, s8 = 0, s16 = 0;
        for (int k = 1; k <= b16; k++) {
            double d = 10 * log10((pa[k] + floor) / (pb[k] + floor));
            s16 += d * d;
            if (k <= b8)
                s8 += d * d;
        }
        acc->sum8 += sqrt(s8 / b8);
        acc->sum16 += sqrt(s16 / b16);
        acc->frames++;
    }
    free(energy);
    fftwf_destroy_plan(p);
    fftwf_free(buf);
    fftwf_free(sa);
    fftwf_free(sb);
}

int main(int argc, char **argv)
{
    int reps = 3;
    const char *wavdir = NULL;
    int first = 1;
    while (first < argc && argv[first][0] == '-') {
        if (strcmp(argv[first], "--reps") == 0 && first + 1 < argc) {
            reps = atoi(argv[first + 1]);
            first += 2;
        } else if (strcmp(argv[first], "--wav") == 0 && first + 1 < argc) {
            wavdir = argv[first + 1];
            first += 2;
        } else {
            fprintf(stderr, "usage: nv-vocbench [--reps N] [--wav DIR] FILE...\n");
            return 2;
        }
    }
    if (first >= argc || reps < 1) {
        fprintf(stderr, "usage: nv-vocbench [--reps N] [--wav DIR] FILE...\n");
        return 2;
    }
    sentences ss = {0};
    nv_engine *eng = NULL;
    char err[256];
    if (nv_engine_open(NULL, &eng, err, sizeof err) != NV_OK) {
        fprintf(stderr, "engine: %s\n", err);
        return 1;
    }
    for (int a = first; a < argc; a++) {
        size_t len;
        char *text = read_file(argv[a], &len);
        nv_job *j = NULL;
        if (!text || nv_job_new(eng, &j) != NV_OK ||
            nv_job_run(j, text, len, NV_STAGE_LABELS, keep_labels, &ss) != NV_OK) {
            fprintf(stderr, "%s: no labels\n", argv[a]);
            free(text);
            nv_job_free(j);
            nv_engine_close(eng);
            return 1;
        }
        nv_job_free(j);
        free(text);
    }
    nv_engine_close(eng);

    const char *vp = getenv("NEWSVOICE_VOICE");
    HTS_Engine e;
    HTS_Engine_initialize(&e);
    char *voices[1] = {(char *)(vp && *vp ? vp : DEFAULT_VOICE)};
    if (HTS_Engine_load(&e, voices, 1) != TRUE) {
        fprintf(stderr, "cannot load the voice %s\n", voices[0]);
        return 1;
    }
    HTS_Engine_set_audio_buff_size(&e, 0);
    unsigned rate = (unsigned)HTS_Engine_get_sampling_frequency(&e);
    unsigned fp = (unsigned)HTS_Engine_get_fperiod(&e);
    nv_vocoder *mlsa = NULL;
    nv_fdvoc *fd = NULL;
    double t_par = 0, t_mlsa = 0, t_fd = 0;
    size_t samples = 0, mvf_hist[8] = {0}, voiced_frames = 0;
    lsd acc = {0};
    for (size_t k = 0; k < ss.n; k++) {
        double t0 = cpu_now();
        if (HTS_Engine_generate_state_sequence_from_strings(&e, ss.label[k], ss.n_label[k]) !=
                TRUE ||
            HTS_Engine_generate_parameter_sequence(&e) != TRUE) {
            HTS_Engine_refresh(&e);
            continue;
        }
        t_par += cpu_now() - t0;
        const HTS_PStream *mcp = &e.pss.pstream[0], *lf0 = &e.pss.pstream[1];
        size_t nframe = e.pss.total_frame, n = nframe * fp;
        if (!mlsa) {
            nv_vocoder_params p = {.order = (unsigned)mcp->vector_length - 1, .rate = rate,
                                   .fperiod = fp, .alpha = HTS_Engine_get_alpha(&e),
                                   .volume = e.condition.volume};
            nv_fdvoc_params q = {.order = p.order, .rate = rate, .fperiod = fp,
                                 .alpha = p.alpha, .volume = p.volume, .beta = 0.0};
            mlsa = nv__vocoder_new(&p);
            fd = nv__fdvoc_new(&q);
            if (!mlsa || !fd) {
                fprintf(stderr, "cannot make the vocoders\n");
                return 1;
            }
        }
        double *x = malloc(n * sizeof *x), *y = malloc(n * sizeof *y);
        if (!x || !y)
            return 1;
        for (int r = 0; r < reps; r++) {
            t0 = cpu_now();
            nv__vocoder_reset(mlsa);
            for (size_t t = 0, i = 0; t < nframe; t++) {
                double f0 = lf0->msd_flag[t] ? lf0->par[i++][0] : NV_VOCODER_UNVOICED;
                nv__vocoder_frame(mlsa, mcp->par[t], f0, x + t * fp);
            }
            t_mlsa += cpu_now() - t0;
            t0 = cpu_now();
            nv__fdvoc_reset(fd);
            for (size_t t = 0, i = 0; t < nframe; t++) {
                double f0 = lf0->msd_flag[t] ? lf0->par[i++][0] : NV_VOCODER_UNVOICED;
                nv__fdvoc_frame(fd, mcp->par[t], f0, y + t * fp);
                double mvf = nv__fdvoc_last_mvf(fd);
                if (r == 0 && mvf > 0) {
                    int bin = (int)(mvf / 1000);
                    mvf_hist[bin > 7 ? 7 : bin]++;
                    voiced_frames++;
                }
            }
            t_fd += cpu_now() - t0;
        }
        HTS_Engine_refresh(&e);
        size_t d = nv__fdvoc_delay(fd);
        if (n > d)
            add_lsd(&acc, x, y + d, n - d, rate);
        if (wavdir) {
            char path[4096];
            snprintf(path, sizeof path, "%s/mlsa-%03zu.wav", wavdir, k + 1);
            write_wav(path, x, n, 0, rate);
            snprintf(path, sizeof path, "%s/ours-%03zu.wav", wavdir, k + 1);
            write_wav(path, y, n, 0, rate);
        }
        samples += n;
        free(x);
        free(y);
    }
    double audio = (double)samples / rate;
    printf("sentences\t%zu\n", ss.n);
    printf("audio_s\t%.2f\n", audio);
    printf("params_cpu_per_s\t%.5f\n", audio > 0 ? t_par / audio : 0);
    printf("mlsa_cpu_per_s\t%.5f\n", audio > 0 ? t_mlsa / reps / audio : 0);
    printf("ours_cpu_per_s\t%.5f\n", audio > 0 ? t_fd / reps / audio : 0);
    printf("lsd_0_8k_db\t%.2f\n", acc.frames ? acc.sum8 / acc.frames : 0);
    printf("lsd_0_16k_db\t%.2f\n", acc.frames ? acc.sum16 / acc.frames : 0);
    printf("lsd_frames\t%zu\n", acc.frames);
    printf("mvf_khz_histogram");
    for (int b = 0; b < 8; b++)
        printf("\t%d-%d:%.1f%%", b, b + 1,
               voiced_frames ? 100.0 * (double)mvf_hist[b] / (double)voiced_frames : 0.0);
    printf("\n");
    nv__vocoder_free(mlsa);
    nv__fdvoc_free(fd);
    HTS_Engine_clear(&e);
    for (size_t k = 0; k < ss.n; k++) {
        for (size_t i = 0; i < ss.n_label[k]; i++)
            free(ss.label[k][i]);
        free(ss.label[k]);
    }
    free(ss.label);
    free(ss.n_label);
    return 0;
}
