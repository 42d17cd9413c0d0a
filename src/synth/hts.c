/* hts.c - synthesis with the hts_engine API 1.10 (Debian libhtsengine).
 *
 * One HTS_Engine per job (the engine keeps per-utterance state). Labels are
 * checked before they reach the engine (it validates nothing, and stops at the
 * first label that does not start with a visible character), and the voice is
 * checked after load: format HTS_TTS_ENG, 5 states, 2+ streams.
 *
 * hts_engine runs the first two stages (state durations, parameter generation
 * with GV); the samples come from one of our own vocoders, which read the
 * generated parameters straight from the engine's parameter streams, frame by
 * frame: vocoder.c (MLSA, the same algorithm as hts_engine 1.10's, several
 * times faster) or fdvoc.c (frequency-domain synthesis, "ours"). The
 * vocoder is chosen by NEWSVOICE_VOCODER or nv__synth_set_vocoder (see hts.h);
 * "hts" selects hts_engine's own vocoder. Conditions our vocoders do not
 * implement (LSP/MGC voices, a low-pass excitation stream; a post-filter for
 * MLSA) fall back to hts_engine's.
 */
#include "synth/hts.h"

#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <HTS_engine.h>

#include "synth/fdvoc.h"
#include "synth/vocoder.h"

enum { VOC_MLSA, VOC_OURS, VOC_HTS };

struct nv_synth {
    HTS_Engine engine;
    int which;       /* VOC_*: the vocoder in use */
    nv_vocoder *voc; /* our MLSA, made at the first utterance for the voice's order */
    nv_vocoder_params voc_params; /* what voc was made with */
    nv_fdvoc *fd;    /* our frequency-domain vocoder, made likewise */
    nv_fdvoc_params fd_params;
    double *frame;   /* one frame of vocoder output */
    size_t frame_cap;
    int16_t *pcm;
    size_t cap;
};

/* The vocoder used when neither NEWSVOICE_VOCODER nor the option names one. */
#define DEFAULT_VOCODER VOC_OURS

/* VOC_* for a name, -1 if unknown; NULL or "" is the default. */
static int vocoder_id(const char *name)
{
    if (!name || !*name)
        return DEFAULT_VOCODER;
    if (strcmp(name, "mlsa") == 0 || strcmp(name, "newsvoice") == 0)
        return VOC_MLSA;
    if (strcmp(name, "ours") == 0)
        return VOC_OURS;
    if (strcmp(name, "hts") == 0)
        return VOC_HTS;
    return -1;
}

int nv__synth_vocoder_known(const char *name)
{
    return name && *name && vocoder_id(name) >= 0;
}

int nv__synth_set_vocoder(nv_synth *s, const char *name, char *err, size_t err_len)
{
    if (!name || !*name)
        return 0;
    if (!nv__synth_vocoder_known(name)) {
        snprintf(err, err_len, "unknown vocoder %s (use mlsa, ours or hts)", name);
        return -1;
    }
    s->which = vocoder_id(name);
    return 0;
}

void nv__synth_set_postfilter(nv_synth *s, double beta)
{
    HTS_Engine_set_beta(&s->engine, beta);
}

nv_synth *nv__synth_open(const char *voice_path, char *err, size_t err_len)
{
    const char *which = getenv("NEWSVOICE_VOCODER");
    int id = vocoder_id(which);
    if (id < 0) {
        snprintf(err, err_len, "NEWSVOICE_VOCODER=%s: unknown vocoder (use mlsa, ours or hts)",
                 which);
        return NULL;
    }
    FILE *f = fopen(voice_path, "rb");
    if (!f) {
        snprintf(err, err_len, "cannot open voice file %s", voice_path);
        return NULL;
    }
    fclose(f);
    nv_synth *s = calloc(1, sizeof *s);
    if (!s) {
        snprintf(err, err_len, "out of memory loading the voice");
        return NULL;
    }
    s->which = id;
    HTS_Engine_initialize(&s->engine);
    char *voices[1] = {(char *)voice_path};
    if (HTS_Engine_load(&s->engine, voices, 1) != TRUE) {
        snprintf(err, err_len, "voice file %s is not a usable .htsvoice file", voice_path);
        HTS_Engine_clear(&s->engine);
        free(s);
        return NULL;
    }
    const char *fmt = HTS_Engine_get_fullcontext_label_format(&s->engine);
    if (!fmt || strcmp(fmt, "HTS_TTS_ENG") != 0 || HTS_Engine_get_nstate(&s->engine) != 5) {
        snprintf(err, err_len, "voice file %s: label format %s is not HTS_TTS_ENG with 5 states",
                 voice_path, fmt ? fmt : "(none)");
        HTS_Engine_clear(&s->engine);
        free(s);
        return NULL;
    }
    HTS_Engine_set_audio_buff_size(&s->engine, 0);
    return s;
}

void nv__synth_close(nv_synth *s)
{
    if (!s)
        return;
    HTS_Engine_clear(&s->engine);
    nv__vocoder_free(s->voc);
    nv__fdvoc_free(s->fd);
    free(s->frame);
    free(s->pcm);
    free(s);
}

void nv__synth_set_voice(nv_synth *s, double rate, double pitch_semitones)
{
    HTS_Engine_set_speed(&s->engine, rate);
    HTS_Engine_add_half_tone(&s->engine, pitch_semitones);
}

void nv__synth_set_gv(nv_synth *s, double spectrum, double lf0)
{
    HTS_Engine_set_gv_weight(&s->engine, 0, spectrum);
    HTS_Engine_set_gv_weight(&s->engine, 1, lf0);
}

unsigned nv__synth_rate(const nv_synth *s)
{
    return (unsigned)HTS_Engine_get_sampling_frequency((HTS_Engine *)&s->engine);
}

static int label_ok(const char *l)
{
    size_t n = strlen(l);
    if (n == 0 || n >= 1024)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (!isgraph((unsigned char)l[i]))
            return 0;
    return 1;
}

static int16_t to_pcm(double x)
{
    if (isnan(x))
        return 0;
    if (x > 32767.0)
        x = 32767.0;
    else if (x < -32768.0)
        x = -32768.0;
    return (int16_t)x;
}

static int grow_pcm(nv_synth *s, size_t n)
{
    if (n <= s->cap)
        return 0;
    int16_t *p = realloc(s->pcm, n * sizeof *p);
    if (!p)
        return -1;
    s->pcm = p;
    s->cap = n;
    return 0;
}

/* Does one of our vocoders implement the engine's current conditions and the
 * generated stream layout? (mel-cepstrum + MSD log F0, stage 0, settings
 * within nv__vocoder_new's or nv__fdvoc_new's ranges; the MLSA vocoder has no
 * post-filter, the frequency-domain one has.) */
static int ours_applies(HTS_Engine *e, int fd)
{
    const HTS_PStreamSet *pss = &e->pss;
    size_t fp = HTS_Engine_get_fperiod(e), rate = HTS_Engine_get_sampling_frequency(e);
    double beta = HTS_Engine_get_beta(e);
    int settings = fd ? beta >= 0.0 && beta <= 1.0 && fp >= 1 && fp <= 4096 && rate >= 8000 &&
                            rate <= 192000
                      : beta == 0.0 && fp >= 1 && fp <= 100000 && rate >= 1;
    return settings && e->condition.stage == 0 && fabs(HTS_Engine_get_alpha(e)) < 1.0 &&
           pss->nstream == 2 && pss->pstream[0].msd_flag == NULL &&
           pss->pstream[0].vector_length >= 2 && pss->pstream[0].vector_length <= 201 &&
           pss->pstream[1].msd_flag != NULL && pss->pstream[1].vector_length == 1;
}

static int ready_frame(nv_synth *s, size_t fperiod)
{
    if (fperiod <= s->frame_cap)
        return 0;
    double *f = realloc(s->frame, fperiod * sizeof *f);
    if (!f)
        return -1;
    s->frame = f;
    s->frame_cap = fperiod;
    return 0;
}

/* Make (or remake, if a setting changed) our MLSA vocoder for the engine's
 * current settings. The volume is read from the condition because the getter
 * returns decibels and the round trip would not give back the same double. */
static int ready_vocoder(nv_synth *s, unsigned order)
{
    HTS_Engine *e = &s->engine;
    nv_vocoder_params p = {
        .order = order,
        .rate = (unsigned)HTS_Engine_get_sampling_frequency(e),
        .fperiod = (unsigned)HTS_Engine_get_fperiod(e),
        .alpha = HTS_Engine_get_alpha(e),
        .volume = e->condition.volume,
    };
    if (ready_frame(s, p.fperiod) != 0)
        return -1;
    const nv_vocoder_params *q = &s->voc_params;
    if (s->voc && q->order == p.order && q->rate == p.rate && q->fperiod == p.fperiod &&
        q->alpha == p.alpha && q->volume == p.volume)
        return 0;
    nv__vocoder_free(s->voc);
    s->voc = nv__vocoder_new(&p);
    if (!s->voc)
        return -1;
    s->voc_params = p;
    return 0;
}

/* The same for the frequency-domain vocoder (which also takes beta). */
static int ready_fdvoc(nv_synth *s, unsigned order)
{
    HTS_Engine *e = &s->engine;
    nv_fdvoc_params p = {
        .order = order,
        .rate = (unsigned)HTS_Engine_get_sampling_frequency(e),
        .fperiod = (unsigned)HTS_Engine_get_fperiod(e),
        .alpha = HTS_Engine_get_alpha(e),
        .volume = e->condition.volume,
        .beta = HTS_Engine_get_beta(e),
    };
    if (ready_frame(s, p.fperiod) != 0)
        return -1;
    const nv_fdvoc_params *q = &s->fd_params;
    if (s->fd && q->order == p.order && q->rate == p.rate && q->fperiod == p.fperiod &&
        q->alpha == p.alpha && q->volume == p.volume && q->beta == p.beta)
        return 0;
    nv__fdvoc_free(s->fd);
    s->fd = nv__fdvoc_new(&p);
    if (!s->fd)
        return -1;
    s->fd_params = p;
    return 0;
}

/* Render the generated parameters with one of our vocoders (fd: the
 * frequency-domain one, else MLSA) into s->pcm. The engine's streams: 0 =
 * mel-cepstrum, one vector per frame; 1 = log F0 with MSD: a value only for
 * the frames whose msd_flag is set (voiced), in order. This is how
 * HTS_GStreamSet_create hands them to hts_engine's vocoder, with HTS_NODATA
 * (-1e10) for unvoiced frames. (HTS_Engine_get_generated_parameter reads the
 * sample stage's copy, which does not exist before that stage.) Both vocoders
 * work frame by frame: fperiod samples per frame, the same count. */
static int render_ours(nv_synth *s, int fd, size_t *n_samples, char *err, size_t err_len)
{
    HTS_Engine *e = &s->engine;
    const HTS_PStream *mcp = &e->pss.pstream[0], *lf0 = &e->pss.pstream[1];
    size_t nframe = e->pss.total_frame; /* the getter reads the sample stage */
    size_t voiced = 0;
    for (size_t t = 0; t < nframe; t++)
        voiced += lf0->msd_flag[t] ? 1 : 0;
    if (mcp->length != nframe || lf0->length != voiced) {
        snprintf(err, err_len, "hts_engine generated %zu/%zu frames for %zu (%zu voiced)",
                 mcp->length, lf0->length, nframe, voiced);
        return -1;
    }
    unsigned order = (unsigned)(mcp->vector_length - 1);
    if ((fd ? ready_fdvoc(s, order) : ready_vocoder(s, order)) != 0) {
        snprintf(err, err_len, "out of memory for the vocoder");
        return -1;
    }
    size_t fp = fd ? nv__fdvoc_fperiod(s->fd) : nv__vocoder_fperiod(s->voc);
    size_t n = nframe * fp;
    if (grow_pcm(s, n) != 0) {
        snprintf(err, err_len, "out of memory for %zu samples", n);
        return -1;
    }
    if (fd)
        nv__fdvoc_reset(s->fd);
    else
        nv__vocoder_reset(s->voc);
    for (size_t t = 0, k = 0; t < nframe; t++) {
        double f0 = lf0->msd_flag[t] ? lf0->par[k++][0] : NV_VOCODER_UNVOICED;
        if (fd)
            nv__fdvoc_frame(s->fd, mcp->par[t], f0, s->frame);
        else
            nv__vocoder_frame(s->voc, mcp->par[t], f0, s->frame);
        int16_t *out = s->pcm + t * fp;
        for (size_t j = 0; j < fp; j++)
            out[j] = to_pcm(s->frame[j]);
    }
    *n_samples = n;
    return 0;
}

/* hts_engine's own vocoder (its third stage), copied to 16 bits as Festival
 * does: clip, then truncate toward zero. */
static int render_hts(nv_synth *s, size_t *n_samples, char *err, size_t err_len)
{
    if (HTS_Engine_generate_sample_sequence(&s->engine) != TRUE) {
        snprintf(err, err_len, "hts_engine could not synthesize the sentence");
        return -1;
    }
    size_t n = HTS_Engine_get_nsamples(&s->engine);
    if (grow_pcm(s, n) != 0) {
        snprintf(err, err_len, "out of memory for %zu samples", n);
        return -1;
    }
    for (size_t i = 0; i < n; i++)
        s->pcm[i] = to_pcm(HTS_Engine_get_generated_speech(&s->engine, i));
    *n_samples = n;
    return 0;
}

/* Samples each label lasts: the sum of its states' durations in frames. */
static void label_durations(HTS_Engine *e, size_t n_labels, uint32_t *out)
{
    size_t nstate = HTS_Engine_get_nstate(e);
    size_t fperiod = HTS_Engine_get_fperiod(e);
    for (size_t k = 0; k < n_labels; k++) {
        size_t frames = 0;
        for (size_t j = 0; j < nstate; j++)
            frames += HTS_Engine_get_state_duration(e, k * nstate + j);
        out[k] = (uint32_t)(frames * fperiod);
    }
}

int nv__synth_run(nv_synth *s, char **labels, size_t n_labels, const int16_t **pcm,
                  size_t *n_samples, uint32_t *label_samples, char *err, size_t err_len)
{
    *pcm = NULL;
    *n_samples = 0;
    if (n_labels == 0)
        return 0;
    for (size_t i = 0; i < n_labels; i++)
        if (!label_ok(labels[i])) {
            snprintf(err, err_len, "internal error: malformed label %zu", i);
            return -1;
        }
    HTS_Engine *e = &s->engine;
    /* the state stage refreshes the engine first; both stages refresh on failure */
    if (HTS_Engine_generate_state_sequence_from_strings(e, labels, n_labels) != TRUE ||
        HTS_Engine_generate_parameter_sequence(e) != TRUE) {
        HTS_Engine_refresh(e);
        snprintf(err, err_len, "hts_engine could not synthesize the sentence");
        return -1;
    }
    if (label_samples)
        label_durations(e, n_labels, label_samples);
    size_t n = 0;
    int fd = s->which == VOC_OURS;
    int r = s->which != VOC_HTS && ours_applies(e, fd) ? render_ours(s, fd, &n, err, err_len)
                                                      : render_hts(s, &n, err, err_len);
    HTS_Engine_refresh(e);
    if (r != 0)
        return -1;
    *pcm = s->pcm;
    *n_samples = n;
    return 0;
}
