/* test_api.c - the public API: engine and job life cycle, sentence callbacks,
 * stopping early, error codes and messages, byte spans, and several engines and
 * jobs running in parallel threads with identical results. */
#include <math.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check.h"
#include "newsvoice.h"

static nv_engine *open_engine(void)
{
    nv_engine *e = NULL;
    char err[256];
    nv_status st = nv_engine_open(NULL, &e, err, sizeof err);
    if (st != NV_OK)
        fprintf(stderr, "engine: %s\n", err);
    return e;
}

typedef struct collect {
    unsigned sentences;
    size_t samples;
    uint64_t hash;
    int stop_after;
    char words[2048];
} collect;

static int on_sentence(void *user, const nv_sentence *s)
{
    collect *c = user;
    c->sentences++;
    c->samples += s->n_samples;
    for (size_t i = 0; i < s->n_samples; i++)
        c->hash = c->hash * 1000003u + (uint16_t)s->samples[i];
    for (size_t i = 0; i < s->n_words; i++) {
        size_t n = strlen(c->words);
        snprintf(c->words + n, sizeof c->words - n, "%s%s", n ? " " : "", s->words[i].text);
    }
    return c->stop_after && c->sentences >= (unsigned)c->stop_after;
}

static void test_status(void)
{
    CHECK_STR(nv_strerror(NV_OK), "success");
    CHECK_STR(nv_status_name(NV_EUTF8), "NV_EUTF8");
    CHECK_STR(nv_strerror((nv_status)999), "unknown status");
    CHECK_INT(NV_ELIMIT, 10);
}

static void test_errors(nv_engine *e)
{
    nv_job *j = NULL;
    CHECK_INT(nv_job_new(e, &j), NV_OK);
    collect c;
    memset(&c, 0, sizeof c);
    const char bad[] = "One.\nTwo \xC3\x28 three.";
    CHECK_INT(nv_job_run(j, bad, sizeof bad - 1, NV_STAGE_WORDS, on_sentence, &c), NV_EUTF8);
    CHECK_STR(nv_job_errmsg(j),
              "invalid UTF-8 byte 0xC3 at byte offset 9 (line 2, column 5)");
    CHECK_INT(c.sentences, 0);
    CHECK_INT(nv_job_run(j, " \n\n ... ", 8, NV_STAGE_WORDS, on_sentence, &c), NV_EEMPTY);
    CHECK_INT(nv_job_run(j, "x", 1, (nv_stage)9, on_sentence, &c), NV_EINVAL);
    CHECK_INT(nv_job_run(NULL, "x", 1, NV_STAGE_WORDS, on_sentence, &c), NV_EINVAL);
    nv_job_free(j);
    nv_job_free(NULL);
    nv_engine_close(NULL);

    nv_engine_options o;
    memset(&o, 0, sizeof o);
    o.voice_path = "/nonexistent/voice.htsvoice";
    nv_engine *bad_e = (nv_engine *)1;
    char err[256];
    CHECK_INT(nv_engine_open(&o, &bad_e, err, sizeof err), NV_EVOICE);
    CHECK(bad_e == NULL);
    CHECK(strstr(err, "/nonexistent/voice.htsvoice") != NULL);
}

static void test_words_and_spans(nv_engine *e)
{
    nv_job *j = NULL;
    CHECK_INT(nv_job_new(e, &j), NV_OK);
    collect c;
    memset(&c, 0, sizeof c);
    const char *text = "Police closed 21 roads. \xE2\x80\x9CIt\xE2\x80\x99s done,\xE2\x80\x9D she said.";
    CHECK_INT(nv_job_run(j, text, strlen(text), NV_STAGE_WORDS, on_sentence, &c), NV_OK);
    CHECK_INT(c.sentences, 2);
    CHECK_STR(c.words, "police closed twenty one roads it's done she said");
    nv_job_free(j);
}

static int on_display(void *user, const nv_sentence *s)
{
    char *out = user;
    for (size_t i = 0; i < s->n_words; i++) {
        size_t n = strlen(out);
        snprintf(out + n, 512 - n, "%s%s", n ? " " : "", s->words[i].display);
    }
    return 0;
}

/* accented names are spoken folded and shown as written, in lower case */
static void test_display(nv_engine *e)
{
    nv_job *j = NULL;
    CHECK_INT(nv_job_new(e, &j), NV_OK);
    char out[512] = "";
    const char *text = "Jos\xC3\xA9 met Nguy\xE1\xBB\x85n in Timi\xC8\x98oara.";
    CHECK_INT(nv_job_run(j, text, strlen(text), NV_STAGE_WORDS, on_display, out), NV_OK);
    CHECK_STR(out, "jos\xC3\xA9 met nguy\xE1\xBB\x85n in timi\xC8\x99oara");
    /* the parts of a hyphenated word keep their accents too */
    out[0] = '\0';
    const char *hyph = "Midi-Pyr\xC3\xA9n\xC3\xA9" "es and Saint-\xC3\x89tienne.";
    CHECK_INT(nv_job_run(j, hyph, strlen(hyph), NV_STAGE_WORDS, on_display, out), NV_OK);
    CHECK_STR(out, "midi pyr\xC3\xA9n\xC3\xA9" "es and saint \xC3\xA9tienne");
    nv_job_free(j);
}

typedef struct span_check {
    const char *text;
    int ok;
    unsigned n;
} span_check;

/* every word's byte span must cover its written form exactly */
static int on_span(void *user, const nv_sentence *s)
{
    span_check *sc = user;
    for (size_t i = 0; i < s->n_words; i++) {
        const nv_word *w = &s->words[i];
        size_t len = w->src_end - w->src_begin;
        if (strlen(w->written) != len || memcmp(sc->text + w->src_begin, w->written, len))
            sc->ok = 0;
        if (!w->phones || !w->origin || !*w->phones)
            sc->ok = 0;
        sc->n++;
    }
    if (s->n_labels == 0 || s->n_samples != 0)
        sc->ok = 0;
    return 0;
}

static void test_spans_phones(nv_engine *e)
{
    nv_job *j = NULL;
    CHECK_INT(nv_job_new(e, &j), NV_OK);
    span_check sc = {"\xE2\x80\x94 Mr. O\xE2\x80\x99Neill paid $4.5 million (3.2%) on Sept. 21.", 1, 0};
    CHECK_INT(nv_job_run(j, sc.text, strlen(sc.text), NV_STAGE_LABELS, on_span, &sc), NV_OK);
    CHECK(sc.ok);
    CHECK(sc.n >= 12);
    nv_job_free(j);
}

static const char *article =
    "The council met on Tuesday. It approved the budget.\n\n"
    "Residents welcomed the plan. Work begins next month.";

static void test_stop_early(nv_engine *e)
{
    nv_job *j = NULL;
    CHECK_INT(nv_job_new(e, &j), NV_OK);
    collect c;
    memset(&c, 0, sizeof c);
    c.stop_after = 2;
    CHECK_INT(nv_job_run(j, article, strlen(article), NV_STAGE_AUDIO, on_sentence, &c),
              NV_ESTOPPED);
    CHECK_INT(c.sentences, 2);
    CHECK(c.samples > 32000);   /* two sentences are more than a second */
    /* the job is reusable after a stop */
    memset(&c, 0, sizeof c);
    CHECK_INT(nv_job_run(j, article, strlen(article), NV_STAGE_AUDIO, on_sentence, &c), NV_OK);
    CHECK_INT(c.sentences, 4);
    nv_job_free(j);
}

typedef struct thread_arg {
    nv_engine *engine;   /* shared engine, or NULL to open one per thread */
    collect result;
    nv_status st;
} thread_arg;

static void *worker(void *p)
{
    thread_arg *a = p;
    nv_engine *e = a->engine ? a->engine : open_engine();
    nv_job *j = NULL;
    a->st = e ? nv_job_new(e, &j) : NV_EVOICE;
    if (a->st == NV_OK)
        a->st = nv_job_run(j, article, strlen(article), NV_STAGE_AUDIO, on_sentence,
                           &a->result);
    nv_job_free(j);
    if (!a->engine)
        nv_engine_close(e);
    return NULL;
}

static void test_threads(nv_engine *shared)
{
    thread_arg a[4];
    pthread_t t[4];
    memset(a, 0, sizeof a);
    for (int i = 0; i < 4; i++) {
        a[i].engine = i < 2 ? shared : NULL;   /* two share an engine, two own one */
        pthread_create(&t[i], NULL, worker, &a[i]);
    }
    for (int i = 0; i < 4; i++)
        pthread_join(t[i], NULL);
    for (int i = 0; i < 4; i++) {
        CHECK_INT(a[i].st, NV_OK);
        CHECK_INT(a[i].result.sentences, 4);
        CHECK(a[i].result.samples == a[0].result.samples);
        CHECK(a[i].result.hash == a[0].result.hash);
    }
    /* audio length is plausible: 4 short sentences, 4-9 seconds at 32 kHz */
    CHECK(a[0].result.samples > 4 * 32000 && a[0].result.samples < 9 * 32000);
}

static void test_writer(void)
{
    char err[256];
    nv_writer *w = (nv_writer *)1;
    nv_writer_options o = {.format = "flac"};
    CHECK_INT(nv_writer_open_opts("/tmp/x.flac", 32000, &o, &w, err, sizeof err), NV_EINVAL);
    CHECK_STR(err, "unknown audio format flac (wav, mp3, opus)");
    CHECK(w == NULL);
    nv_writer_options b = {.format = "mp3", .bitrate_kbps = 999};
    CHECK_INT(nv_writer_open_opts("/tmp/x.mp3", 32000, &b, &w, err, sizeof err), NV_EINVAL);
    /* a writer closed without commit leaves nothing behind */
    char path[] = "/tmp/nv-test-writer-XXXXXX";
    int fd = mkstemp(path);
    CHECK(fd >= 0);
    close(fd);
    remove(path);
    char out[64];
    snprintf(out, sizeof out, "%s.mp3", path);
    CHECK_INT(nv_writer_open(out, 32000, &w, err, sizeof err), NV_OK);
    int16_t pcm[3200] = {0};
    CHECK_INT(nv_writer_write(w, pcm, 3200, err, sizeof err), NV_OK);
    CHECK_INT(nv_writer_close(w, 0, NULL, 0), NV_OK);
    CHECK(access(out, F_OK) != 0);
    CHECK_INT(nv_writer_open(out, 32000, &w, err, sizeof err), NV_OK);
    CHECK_INT(nv_writer_write(w, pcm, 3200, err, sizeof err), NV_OK);
    CHECK_INT(nv_writer_close(w, 1, err, sizeof err), NV_OK);
    CHECK(access(out, F_OK) == 0);
    remove(out);
}

/* Resampled WAV output: the right number of samples and the same tone. */
static void test_resample(void)
{
    static const unsigned rates[] = {16000, 22050, 24000, 44100, 48000};
    int16_t tone[32000];
    for (int i = 0; i < 32000; i++)
        tone[i] = (int16_t)(10000 * sin(2 * 3.14159265358979 * 440.0 * i / 32000.0));
    char err[256];
    for (size_t r = 0; r < sizeof rates / sizeof rates[0]; r++) {
        char path[64];
        snprintf(path, sizeof path, "/tmp/nv-test-rate-%d-%u.wav", (int)getpid(), rates[r]);
        nv_writer_options o = {.sample_rate = rates[r]};
        nv_writer *w = NULL;
        CHECK_INT(nv_writer_open_opts(path, 32000, &o, &w, err, sizeof err), NV_OK);
        CHECK_INT(nv_writer_write(w, tone, 16000, err, sizeof err), NV_OK);
        CHECK_INT(nv_writer_write(w, tone + 16000, 16000, err, sizeof err), NV_OK);
        CHECK_INT(nv_writer_close(w, 1, err, sizeof err), NV_OK);
        FILE *f = fopen(path, "rb");
        static int16_t back[60000];
        unsigned char h[44];
        size_t n = 0;
        if (f && fread(h, 1, 44, f) == 44)
            n = fread(back, 2, 60000, f);
        if (f)
            fclose(f);
        remove(path);
        unsigned file_rate = h[24] | h[25] << 8 | h[26] << 16 | (unsigned)h[27] << 24;
        CHECK_INT(file_rate, rates[r]);
        CHECK(n + 50 >= rates[r] && n <= rates[r] + 50);   /* one second */
        int crossings = 0;
        for (size_t i = 1; i < n; i++)
            crossings += (back[i - 1] < 0) != (back[i] < 0);
        CHECK(crossings >= 876 && crossings <= 884);       /* still 440 Hz */
    }
    nv_writer_options bad = {.sample_rate = 12345};
    nv_writer *w = NULL;
    CHECK_INT(nv_writer_open_opts("/tmp/x.wav", 32000, &bad, &w, err, sizeof err), NV_EINVAL);
}

/* Voice options: out-of-range values are refused; rate, pitch and global
 * variance change the audio as asked. */
static void test_voice_options(void)
{
    nv_engine_options o;
    char err[256];
    nv_engine *e = NULL;
    memset(&o, 0, sizeof o);
    o.rate = 3.0;
    CHECK_INT(nv_engine_open(&o, &e, err, sizeof err), NV_EINVAL);
    const double rates[] = {1.0, 2.0, 1.0}, gv[] = {0, 0, 0.5};
    collect c[3];
    for (int k = 0; k < 3; k++) {
        memset(&o, 0, sizeof o);
        o.rate = rates[k];
        o.gv_pitch = gv[k];
        memset(&c[k], 0, sizeof c[k]);
        CHECK_INT(nv_engine_open(&o, &e, err, sizeof err), NV_OK);
        nv_job *j = NULL;
        nv_job_new(e, &j);
        CHECK_INT(nv_job_run(j, "The council met on Tuesday.", 27, NV_STAGE_AUDIO, on_sentence,
                             &c[k]), NV_OK);
        nv_job_free(j);
        nv_engine_close(e);
    }
    CHECK(c[1].samples < c[0].samples * 0.6);    /* twice as fast */
    CHECK(c[2].samples == c[0].samples);         /* GV leaves durations alone */
    CHECK(c[2].hash != c[0].hash);               /* but changes the sound */
}

int main(void)
{
    test_status();
    test_voice_options();
    test_resample();
    test_writer();
    nv_engine *e = open_engine();
    CHECK(e != NULL);
    if (!e)
        return CHECK_DONE();
    CHECK_INT(nv_engine_sample_rate(e), 32000);
    test_errors(e);
    test_words_and_spans(e);
    test_display(e);
    test_spans_phones(e);
    test_stop_early(e);
    test_threads(e);
    nv_engine_close(e);
    return CHECK_DONE();
}
