/* pipeline.c - the engine, the job, and the stage list on one screen.
 *
 *   ingest/     article bytes      -> tokens of one sentence (byte spans)
 *   normalize/  tokens             -> spoken words
 *   pron/       words              -> phones, syllables, stress
 *   prosody/    words + syllables  -> phrases, accents, HTS labels
 *   synth/      labels             -> 16-bit PCM (hts_engine)
 *
 * nv_job_run walks the article one sentence at a time through these stages up
 * to the stage the caller asked for, and hands each sentence to the callback.
 * Sentence memory lives in the job's arena and is reset between sentences, so
 * memory stays bounded however long the article is.
 */
#include "newsvoice.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/arena.h"
#include "core/utf8.h"
#include "core/utt.h"
#include "ingest/html.h"
#include "ingest/ingest.h"
#include "normalize/normalize.h"
#include "pron/pron.h"
#include "pron/words.h"
#include "prosody/prosody.h"
#include "synth/hts.h"

#define NV_SENTENCE_ARENA_MAX (64u * 1024u * 1024u)
#define NV_MAX_INPUT_BYTES ((size_t)64 * 1024 * 1024)

struct nv_engine {
    nv_lex *lex;
    char *voice_path;
    unsigned sample_rate;
    int festival_e5;
    double rate, pitch;       /* speaking rate factor, semitones */
    size_t paragraph_pause;   /* samples */
};

struct nv_job {
    nv_engine *engine;
    nv_synth *synth;
    nv_arena arena;
    const nv_extracted *map;   /* text extracted from HTML: spans map through it */
    char errmsg[512];
};

/* ---- engine ------------------------------------------------------------------- */

static void set_err(char *err, size_t err_len, const char *fmt, ...)
{
    if (!err || err_len == 0)
        return;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err, err_len, fmt, ap);
    va_end(ap);
}

static int file_exists(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return 0;
    fclose(f);
    return 1;
}

/* Read the voice file's [GLOBAL] header: its sampling rate, or 0 if the file is
 * not an .htsvoice file. */
static unsigned voice_rate(const char *path)
{
    char head[4096];
    FILE *f = fopen(path, "rb");
    if (!f)
        return 0;
    size_t n = fread(head, 1, sizeof head - 1, f);
    fclose(f);
    head[n] = '\0';
    if (strncmp(head, "[GLOBAL]", 8) != 0)
        return 0;
    const char *p = strstr(head, "SAMPLING_FREQUENCY:");
    if (!p)
        return 0;
    long rate = strtol(p + 19, NULL, 10);
    return rate > 0 && rate <= 192000 ? (unsigned)rate : 0;
}

static char *join_path(const char *dir, const char *name)
{
    size_t n = strlen(dir) + strlen(name) + 2;
    char *p = malloc(n);
    if (p)
        snprintf(p, n, "%s/%s", dir, name);
    return p;
}

/* The lexicon file: explicit folder, $NEWSVOICE_DATA, the build tree, the install. */
static char *find_lexicon(const char *data_dir)
{
    const char *env = getenv("NEWSVOICE_DATA");
    const char *dirs[4] = {data_dir, env && *env ? env : NULL, NV_BUILD_DATADIR,
                           NV_INSTALL_DATADIR};
    for (int i = 0; i < 4; i++) {
        if (!dirs[i])
            continue;
        char *p = join_path(dirs[i], "cmulex.nvlex");
        if (!p)
            return NULL;
        if (data_dir || env || file_exists(p) || i == 3)
            return p;
        free(p);
    }
    return NULL;
}

nv_status nv_engine_open(const nv_engine_options *options, nv_engine **out, char *err,
                         size_t err_len)
{
    nv_engine_options none;
    memset(&none, 0, sizeof none);
    const nv_engine_options *o = options ? options : &none;
    *out = NULL;
    set_err(err, err_len, "");

    const char *voice = o->voice_path;
    const char *env_voice = getenv("NEWSVOICE_VOICE");
    if (!voice)
        voice = env_voice && *env_voice ? env_voice : NV_DEFAULT_VOICE;
    if (!file_exists(voice)) {
        set_err(err, err_len, "voice file not found: %s (install festvox-us-slt-hts)", voice);
        return NV_EVOICE;
    }
    double speed = o->rate == 0 ? 1.0 : o->rate;
    if (!(speed >= 0.5 && speed <= 2.0) || !(o->pitch_semitones >= -12 && o->pitch_semitones <= 12) ||
        !(o->paragraph_pause <= 5.0)) {
        set_err(err, err_len, "rate must be 0.5 to 2, pitch -12 to 12 semitones, "
                "paragraph pause at most 5 s");
        return NV_EINVAL;
    }
    unsigned rate = voice_rate(voice);
    if (rate == 0) {
        set_err(err, err_len, "voice file %s is not an .htsvoice file", voice);
        return NV_EVOICE;
    }
    nv__html_init();
    nv_engine *e = calloc(1, sizeof *e);
    if (!e)
        return NV_ENOMEM;
    e->sample_rate = rate;
    e->rate = speed;
    e->pitch = o->pitch_semitones;
    double pause = o->paragraph_pause == 0 ? 0.45 : o->paragraph_pause < 0 ? 0 : o->paragraph_pause;
    e->paragraph_pause = (size_t)(pause * rate);
    e->voice_path = malloc(strlen(voice) + 1);
    char *lexpath = find_lexicon(o->data_dir);
    if (!e->voice_path || !lexpath) {
        free(lexpath);
        nv_engine_close(e);
        return NV_ENOMEM;
    }
    strcpy(e->voice_path, voice);
    char lerr[256];
    if (nv__lex_open(lexpath, &e->lex, lerr, sizeof lerr) != 0) {
        set_err(err, err_len, "lexicon %s: %s", lexpath, lerr);
        free(lexpath);
        nv_engine_close(e);
        return NV_EDATA;
    }
    free(lexpath);
    e->festival_e5 = o->festival_e5;
    *out = e;
    return NV_OK;
}

void nv_engine_close(nv_engine *engine)
{
    if (!engine)
        return;
    nv__lex_close(engine->lex);
    free(engine->voice_path);
    free(engine);
}

unsigned nv_engine_sample_rate(const nv_engine *engine)
{
    return engine ? engine->sample_rate : 0;
}

/* ---- job ------------------------------------------------------------------------ */

nv_status nv_job_new(nv_engine *engine, nv_job **out)
{
    *out = NULL;
    if (!engine)
        return NV_EINVAL;
    nv_job *j = calloc(1, sizeof *j);
    if (!j)
        return NV_ENOMEM;
    j->engine = engine;
    nv__arena_init(&j->arena, NV_SENTENCE_ARENA_MAX);
    *out = j;
    return NV_OK;
}

void nv_job_free(nv_job *job)
{
    if (!job)
        return;
    nv__synth_close(job->synth);
    nv__arena_free(&job->arena);
    free(job);
}

const char *nv_job_errmsg(const nv_job *job)
{
    return job ? job->errmsg : "no job";
}

static nv_status job_fail(nv_job *j, nv_status st, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(j->errmsg, sizeof j->errmsg, fmt, ap);
    va_end(ap);
    return st;
}

/* ---- stages ------------------------------------------------------------------- */

typedef struct word_sink {
    nv_utt *utt;
    uint32_t cap;
} word_sink;

static int add_word(void *ud, const char *word, size_t len, const char *pos, size_t i_tok)
{
    word_sink *ws = ud;
    nv_utt *u = ws->utt;
    if (len == 0)
        return 0;
    if (u->n_word == ws->cap) {
        uint32_t cap = ws->cap ? ws->cap * 2 : 64;
        nv_uword *w = nv__arena_alloc(u->arena, cap * sizeof *w);
        if (!w)
            return -1;
        if (u->n_word)
            memcpy(w, u->word, u->n_word * sizeof *w);
        u->word = w;
        ws->cap = cap;
    }
    nv_uword *w = &u->word[u->n_word];
    w->text = nv__arena_strndup(u->arena, word, len);
    if (!w->text)
        return -1;
    w->len = len;
    w->pos_hint = pos;
    w->i_tok = (uint32_t)i_tok;
    u->n_word++;
    return 0;
}

static int stage_normalize(nv_utt *utt)
{
    nv_ntok *nt = nv__arena_alloc(utt->arena, (utt->n_tok + 1) * sizeof *nt);
    if (!nt)
        return -1;
    for (uint32_t i = 0; i < utt->n_tok; i++) {
        const nv_token *t = &utt->tok[i];
        nt[i] = (nv_ntok){t->text, t->len, t->pre, t->pre_len, t->post, t->post_len};
    }
    word_sink ws = {utt, 0};
    utt->n_word = 0;
    return nv__normalize(nt, utt->n_tok, add_word, &ws) ? -1 : 0;
}

/* 1 if the spoken word reads the written token as spelled: same letters ignoring
 * case, with curly apostrophes counted as straight ones. */
static int reads_as_written(const char *spoken, const char *written)
{
    size_t i = 0, k = 0;
    while (written[k]) {
        unsigned char c = (unsigned char)written[k];
        char want;
        if (c == 0xE2 && (unsigned char)written[k + 1] == 0x80 &&
            ((unsigned char)written[k + 2] == 0x99 || (unsigned char)written[k + 2] == 0x98)) {
            want = '\'';
            k += 3;
        } else {
            want = (char)((c >= 'A' && c <= 'Z') ? c + 32 : c);
            k++;
        }
        if (spoken[i] != want)
            return 0;
        i++;
    }
    return spoken[i] == '\0';
}

/* The public view of the words: possessive clitics folded back into their word. */
static nv_word *public_words(nv_utt *utt, nv_stage until, size_t *n_out, uint32_t *pub)
{
    nv_word *pw = nv__arena_alloc(utt->arena, (utt->n_word + 1) * sizeof *pw);
    if (!pw)
        return NULL;
    size_t n = 0;
    for (uint32_t i = 0; i < utt->n_word; i++) {
        const nv_uword *w = &utt->word[i];
        const nv_token *t = &utt->tok[w->i_tok];
        int last_of_tok = i + 1 == utt->n_word || utt->word[i + 1].i_tok != w->i_tok;
        int first_of_tok = i == 0 || utt->word[i - 1].i_tok != w->i_tok;
        int clitic_next = i + 1 < utt->n_word && utt->word[i + 1].clitic;
        nv_word *o = &pw[n];
        pub[i] = (uint32_t)n;
        if (w->clitic && n > 0) {
            /* "trump" + "'s" -> "trump's": extend the previous public word */
            pub[i] = (uint32_t)(n - 1);
            o = &pw[n - 1];
            char *txt = nv__arena_alloc(utt->arena, strlen(o->text) + 3);
            if (!txt)
                return NULL;
            sprintf(txt, "%s's", o->text);
            o->text = txt;
            if (until >= NV_STAGE_PHONES && w->pron.n_ph) {
                char buf[512];
                nv__pron_arpabet(&w->pron, buf, sizeof buf);
                size_t len = strlen(o->phones) + strlen(buf) + 2;
                char *ph = nv__arena_alloc(utt->arena, len);
                if (!ph)
                    return NULL;
                snprintf(ph, len, "%s %s", o->phones, buf);
                o->phones = ph;
            }
            continue;
        }
        o->text = w->text;
        o->written = nv__arena_strndup(utt->arena, utt->src + t->src_begin,
                                       t->src_end - t->src_begin);
        if (!o->written)
            return NULL;
        o->whole_token = first_of_tok && (last_of_tok || clitic_next);

        o->src_begin = t->src_begin;
        o->src_end = t->src_end;
        if (until >= NV_STAGE_PHONES) {
            char buf[512];
            nv__pron_arpabet(&w->pron, buf, sizeof buf);
            o->phones = nv__arena_strndup(utt->arena, buf, strlen(buf));
            o->origin = w->origin == NV_ORIGIN_LEXICON ? "lexicon" : "lts";
            if (!o->phones)
                return NULL;
        }
        n++;
    }
    for (size_t i = 0; i < n; i++)
        if (pw[i].whole_token && !reads_as_written(pw[i].text, pw[i].written))
            pw[i].whole_token = 0;
    *n_out = n;
    return pw;
}

/* Where each public word is spoken: from its first phone's start to its last
 * phone's end, in samples from the start of the sentence's audio. */
static void word_times(const nv_utt *utt, const uint32_t *dur, const uint32_t *pub,
                       nv_word *words, size_t n_words)
{
    size_t t = 0;
    for (size_t k = 0; k < n_words; k++)
        words[k].audio_begin = SIZE_MAX;
    for (uint32_t i = 0; i < utt->n_label; i++) {
        const nv_phone *ph = &utt->ph[i];
        if (ph->i_syl != UINT32_MAX) {
            nv_word *w = &words[pub[utt->syl[ph->i_syl].i_word]];
            if (w->audio_begin == SIZE_MAX)
                w->audio_begin = t;
            w->audio_end = t + dur[i];
        }
        t += dur[i];
    }
    for (size_t k = 0; k < n_words; k++)
        if (words[k].audio_begin == SIZE_MAX)
            words[k].audio_begin = words[k].audio_end = 0;
}

/* Put n samples of silence before the sentence's audio (a paragraph's pause),
 * moving the word times with it. */
static int add_leading_silence(nv_utt *utt, size_t n, nv_sentence *s, nv_word *words)
{
    int16_t *pcm = nv__arena_alloc(utt->arena, (n + s->n_samples) * sizeof *pcm);
    if (!pcm)
        return -1;
    memcpy(pcm + n, s->samples, s->n_samples * sizeof *pcm);
    s->samples = pcm;
    s->n_samples += n;
    for (size_t k = 0; k < s->n_words; k++)
        if (words[k].audio_end) {
            words[k].audio_begin += n;
            words[k].audio_end += n;
        }
    return 0;
}

/* Byte range [b, e) of the extracted text as a range of the original input. */
static void map_span(const nv_extracted *x, size_t *b, size_t *e)
{
    if (!x || *e <= *b || *e > x->len)
        return;
    size_t nb = x->src_begin[*b], ne = x->src_end[*e - 1];
    *b = nb;
    *e = ne > nb ? ne : nb;
}

static void map_spans(const nv_extracted *x, nv_sentence *s, nv_word *words)
{
    map_span(x, &s->src_begin, &s->src_end);
    for (size_t k = 0; k < s->n_words; k++)
        map_span(x, &words[k].src_begin, &words[k].src_end);
}

static nv_status run_sentence(nv_job *j, nv_utt *utt, nv_stage until, nv_sentence_fn fn,
                              void *user)
{
    nv_sentence s;
    memset(&s, 0, sizeof s);
    if (stage_normalize(utt) < 0)
        return job_fail(j, NV_ENOMEM, "out of memory normalising sentence %u", utt->index + 1);
    if (until >= NV_STAGE_PHONES) {
        if (nv__pron_words(j->engine->lex, utt) < 0 || nv__prosody(utt) < 0)
            return job_fail(j, NV_ENOMEM, "out of memory in sentence %u", utt->index + 1);
    }
    if (until >= NV_STAGE_LABELS && nv__labels(utt, j->engine->festival_e5) < 0)
        return job_fail(j, NV_ENOMEM, "out of memory labelling sentence %u", utt->index + 1);
    uint32_t *pub = nv__arena_alloc(utt->arena, (utt->n_word + 1) * sizeof *pub);
    nv_word *words = pub ? public_words(utt, until, &s.n_words, pub) : NULL;
    if (!words)
        return job_fail(j, NV_ENOMEM, "out of memory in sentence %u", utt->index + 1);
    s.words = words;
    s.index = utt->index;
    s.paragraph = utt->paragraph;
    s.starts_paragraph = utt->starts_paragraph;
    s.src_begin = utt->src_begin;
    s.src_end = utt->src_end;
    s.labels = (const char *const *)utt->label;
    s.n_labels = until >= NV_STAGE_LABELS ? utt->n_label : 0;
    s.sample_rate = j->engine->sample_rate;
    if (until >= NV_STAGE_AUDIO && utt->n_label > 0) {
        char err[256];
        uint32_t *dur = nv__arena_alloc(utt->arena, utt->n_label * sizeof *dur);
        if (!dur)
            return job_fail(j, NV_ENOMEM, "out of memory in sentence %u", utt->index + 1);
        if (nv__synth_run(j->synth, utt->label, utt->n_label, &s.samples, &s.n_samples, dur,
                          err, sizeof err) != 0)
            return job_fail(j, NV_ESYNTH, "sentence %u: %s", utt->index + 1, err);
        word_times(utt, dur, pub, words, s.n_words);
        if (utt->starts_paragraph && utt->index > 0 && j->engine->paragraph_pause &&
            add_leading_silence(utt, j->engine->paragraph_pause, &s, words) < 0)
            return job_fail(j, NV_ENOMEM, "out of memory in sentence %u", utt->index + 1);
    }
    map_spans(j->map, &s, words);
    if (fn && fn(user, &s) != 0)
        return job_fail(j, NV_ESTOPPED, "stopped by the caller after sentence %u",
                        utt->index + 1);
    return NV_OK;
}

static int has_readable(const char *text, size_t len)
{
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)text[i];
        if ((c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || c >= 0xC0)
            return 1;
    }
    return 0;
}

static nv_status check_input(nv_job *job, const char *text, size_t len)
{
    if (len > NV_MAX_INPUT_BYTES)
        return job_fail(job, NV_ELIMIT, "input is %zu bytes; the limit is %zu", len,
                        NV_MAX_INPUT_BYTES);
    size_t bad = nv__utf8_validate(text, len);
    if (bad < len) {
        unsigned line, col;
        nv__utf8_linecol(text, len, bad, &line, &col);
        return job_fail(job, NV_EUTF8,
                        "invalid UTF-8 byte 0x%02X at byte offset %zu (line %u, column %u)",
                        (unsigned char)text[bad], bad, line, col);
    }
    return NV_OK;
}

/* The sentence loop over plain text (the input itself, or text extracted from
 * HTML with job->map set). */
static nv_status run_text(nv_job *job, const char *text, size_t len, nv_stage until,
                          nv_sentence_fn fn, void *user)
{
    if (!has_readable(text, len))
        return job_fail(job, NV_EEMPTY, job->map ? "no article text found in the HTML page"
                                                 : "input has no words to read");
    if (until >= NV_STAGE_AUDIO && !job->synth) {
        char err[512];
        job->synth = nv__synth_open(job->engine->voice_path, err, sizeof err);
        if (!job->synth)
            return job_fail(job, NV_EVOICE, "%s", err);
        nv__synth_set_voice(job->synth, job->engine->rate, job->engine->pitch);
    }
    nv_ingest in;
    nv__ingest_init(&in, text, len);
    nv_status st = NV_OK;
    for (;;) {
        nv__arena_reset(&job->arena);
        nv_utt utt;
        memset(&utt, 0, sizeof utt);
        utt.arena = &job->arena;
        utt.src = text;
        utt.src_len = len;
        int r = nv__ingest_next(&in, &utt);
        if (r < 0) {
            st = job_fail(job, NV_ENOMEM, "out of memory reading the input");
            break;
        }
        if (r == 0)
            break;
        st = run_sentence(job, &utt, until, fn, user);
        if (st != NV_OK)
            break;
    }
    nv__arena_reset(&job->arena);
    return st;
}

nv_status nv_job_run_format(nv_job *job, const char *input, size_t len, nv_format format,
                            nv_stage until, nv_sentence_fn fn, void *user)
{
    if (!job || (!input && len) || until < NV_STAGE_WORDS || until > NV_STAGE_AUDIO ||
        format < NV_FORMAT_AUTO || format > NV_FORMAT_HTML)
        return NV_EINVAL;
    job->errmsg[0] = '\0';
    nv_status st = check_input(job, input, len);
    if (st != NV_OK)
        return st;
    if (format == NV_FORMAT_AUTO)
        format = nv__looks_like_html(input, len) ? NV_FORMAT_HTML : NV_FORMAT_TEXT;
    if (format == NV_FORMAT_TEXT)
        return run_text(job, input, len, until, fn, user);
    nv_extracted x;
    char err[256];
    if (nv__html_extract(input, len, &x, err, sizeof err) != 0)
        return job_fail(job, NV_ENOMEM, "%s", err);
    job->map = &x;
    st = run_text(job, x.text, x.len, until, fn, user);
    job->map = NULL;
    nv__extracted_free(&x);
    return st;
}

nv_status nv_job_run(nv_job *job, const char *text, size_t len, nv_stage until,
                     nv_sentence_fn fn, void *user)
{
    return nv_job_run_format(job, text, len, NV_FORMAT_TEXT, until, fn, user);
}
