/* hts.c - synthesis with the hts_engine API 1.10 (Debian libhtsengine).
 *
 * One HTS_Engine per job (the engine keeps per-utterance state). Labels are
 * checked before they reach the engine (it validates nothing, and stops at the
 * first label that does not start with a visible character), and the voice is
 * checked after load: format HTS_TTS_ENG, 5 states, 2+ streams.
 */
#include "synth/hts.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <HTS_engine.h>

struct nv_synth {
    HTS_Engine engine;
    int16_t *pcm;
    size_t cap;
};

nv_synth *nv__synth_open(const char *voice_path, char *err, size_t err_len)
{
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
    free(s->pcm);
    free(s);
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

int nv__synth_run(nv_synth *s, char **labels, size_t n_labels, const int16_t **pcm,
                  size_t *n_samples, char *err, size_t err_len)
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
    if (HTS_Engine_synthesize_from_strings(&s->engine, labels, n_labels) != TRUE) {
        HTS_Engine_refresh(&s->engine);
        snprintf(err, err_len, "hts_engine could not synthesize the sentence");
        return -1;
    }
    size_t n = HTS_Engine_get_nsamples(&s->engine);
    if (n > s->cap) {
        int16_t *p = realloc(s->pcm, n * sizeof *p);
        if (!p) {
            HTS_Engine_refresh(&s->engine);
            snprintf(err, err_len, "out of memory for %zu samples", n);
            return -1;
        }
        s->pcm = p;
        s->cap = n;
    }
    for (size_t i = 0; i < n; i++) {
        double x = HTS_Engine_get_generated_speech(&s->engine, i);
        if (x > 32767.0)
            x = 32767.0;
        else if (x < -32768.0)
            x = -32768.0;
        s->pcm[i] = (int16_t)x;
    }
    HTS_Engine_refresh(&s->engine);
    *pcm = s->pcm;
    *n_samples = n;
    return 0;
}
