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

#include <ctype.h>
#include <math.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/arena.h"
#include "core/phones.h"
#include "core/utf8.h"
#include "core/utt.h"
#include "ingest/html.h"
#include "ingest/ingest.h"
#include "ingest/ssml.h"
#include "normalize/normalize.h"
#include "normalize/nrm.h"
#include "pron/pron.h"
#include "pron/userlex.h"
#include "pron/words.h"
#include "prosody/prosody.h"
#include "synth/hts.h"

#define NV_SENTENCE_ARENA_MAX (64u * 1024u * 1024u)
#define NV_MAX_INPUT_BYTES ((size_t)64 * 1024 * 1024)

struct nv_engine {
    nv_lex *lex;
    nv_g2p *g2p;              /* trained letter-to-sound model, or NULL */
    nv_tagger *tagger;        /* part-of-speech model for homographs */
    char *voice_path;
    unsigned sample_rate;
    int festival_e5;
    double rate, pitch;       /* speaking rate factor, semitones */
    double gv_spectrum, gv_pitch;
    char vocoder[16];         /* "" = $NEWSVOICE_VOCODER or the default */
    double postfilter;
    size_t paragraph_pause;   /* samples */
    nv_userlex *names;        /* names lexicon shipped in the data folder, or NULL */
    /* publisher lexicons: the files, and the set read from them; jobs hold a
     * reference for a whole run, so a reload never pulls it from under them */
    char **lex_paths;
    size_t n_lex_paths;
    struct lexset *pub;
    pthread_mutex_t lex_mu;
};

typedef struct lexset {
    nv_userlex *ul;
    unsigned refs;
} lexset;

struct nv_job {
    nv_engine *engine;
    nv_synth *synth;
    nv_arena arena;
    const nv_extracted *map;   /* text extracted from HTML/SSML: spans map through it */
    const nv_ssml *ssml;       /* SSML events and ranges, or NULL */
    size_t ev_next;            /* first SSML event not yet given to a sentence */
    const size_t *forced;      /* SSML sentence boundaries (text offsets) */
    size_t n_forced;
    lexset *pub;               /* the publisher lexicons for this run */
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

/* A data file: explicit folder, $NEWSVOICE_DATA, the build tree, the install. */
static char *find_data(const char *data_dir, const char *name)
{
    const char *env = getenv("NEWSVOICE_DATA");
    const char *dirs[4] = {data_dir, env && *env ? env : NULL, NV_BUILD_DATADIR,
                           NV_INSTALL_DATADIR};
    for (int i = 0; i < 4; i++) {
        if (!dirs[i])
            continue;
        char *p = join_path(dirs[i], name);
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
        !(o->paragraph_pause <= 5.0) || !(o->gv_spectrum >= 0 && o->gv_spectrum <= 2) ||
        !(o->gv_pitch >= 0 && o->gv_pitch <= 2) || !(o->postfilter >= 0 && o->postfilter <= 0.8)) {
        set_err(err, err_len, "rate must be 0.5 to 2, pitch -12 to 12 semitones, "
                "paragraph pause at most 5 s, global-variance weights 0 to 2, "
                "postfilter 0 to 0.8");
        return NV_EINVAL;
    }
    if (o->vocoder && *o->vocoder && !nv__synth_vocoder_known(o->vocoder)) {
        set_err(err, err_len, "unknown vocoder %s", o->vocoder);
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
    pthread_mutex_init(&e->lex_mu, NULL);
    e->sample_rate = rate;
    e->rate = speed;
    e->pitch = o->pitch_semitones;
    e->gv_spectrum = o->gv_spectrum ? o->gv_spectrum : 1.0;
    e->gv_pitch = o->gv_pitch ? o->gv_pitch : 1.0;
    if (o->vocoder)
        snprintf(e->vocoder, sizeof e->vocoder, "%s", o->vocoder);
    e->postfilter = o->postfilter;
    double pause = o->paragraph_pause == 0 ? 0.45 : o->paragraph_pause < 0 ? 0 : o->paragraph_pause;
    e->paragraph_pause = (size_t)(pause * rate);
    e->voice_path = malloc(strlen(voice) + 1);
    char *lexpath = find_data(o->data_dir, "cmulex.nvlex");
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
    /* the trained letter-to-sound model is optional: without it, Festival's
     * rules in the lexicon file guess unknown words */
    char *g2ppath = find_data(o->data_dir, "cmu.g2p");
    if (g2ppath && file_exists(g2ppath) &&
        nv__g2p_open(g2ppath, &e->g2p, lerr, sizeof lerr) != 0) {
        set_err(err, err_len, "letter-to-sound model %s: %s", g2ppath, lerr);
        free(g2ppath);
        nv_engine_close(e);
        return NV_EDATA;
    }
    free(g2ppath);
    /* the tagger model is optional too: without it, context rules pick readings */
    char *tagpath = find_data(o->data_dir, NV_TAGGER_FILE);
    if (nv__tagger_open(tagpath && file_exists(tagpath) ? tagpath : NULL, &e->tagger, lerr,
                        sizeof lerr) != 0) {
        set_err(err, err_len, "part-of-speech model %s: %s", tagpath ? tagpath : "", lerr);
        free(tagpath);
        nv_engine_close(e);
        return NV_EDATA;
    }
    free(tagpath);
    /* the names lexicon is optional (absent from a bare data folder) */
    char *namespath = find_data(o->data_dir, NV_NAMES_FILE);
    if (namespath && file_exists(namespath)) {
        const char *p1[1] = {namespath};
        if (nv__userlex_load(p1, 1, 1, &e->names, lerr, sizeof lerr) != 0) {
            set_err(err, err_len, "names lexicon %s", lerr);
            free(namespath);
            nv_engine_close(e);
            return NV_EDATA;
        }
    }
    free(namespath);
    if (o->n_lexicons) {
        nv_status st = nv_engine_set_lexicons(e, o->lexicons, o->n_lexicons, err, err_len);
        if (st != NV_OK) {
            nv_engine_close(e);
            return st;
        }
    }
    e->festival_e5 = o->festival_e5;
    *out = e;
    return NV_OK;
}

void nv_engine_close(nv_engine *engine)
{
    if (!engine)
        return;
    nv__lex_close(engine->lex);
    nv__g2p_close(engine->g2p);
    nv__tagger_close(engine->tagger);
    nv__userlex_free(engine->names);
    if (engine->pub) {
        nv__userlex_free(engine->pub->ul);
        free(engine->pub);
    }
    for (size_t i = 0; i < engine->n_lex_paths; i++)
        free(engine->lex_paths[i]);
    free(engine->lex_paths);
    pthread_mutex_destroy(&engine->lex_mu);
    free(engine->voice_path);
    free(engine);
}

/* ---- publisher lexicons --------------------------------------------------------- */

static lexset *lexset_acquire(nv_engine *e)
{
    pthread_mutex_lock(&e->lex_mu);
    lexset *ls = e->pub;
    if (ls)
        ls->refs++;
    pthread_mutex_unlock(&e->lex_mu);
    return ls;
}

static void lexset_release(nv_engine *e, lexset *ls)
{
    if (!ls)
        return;
    pthread_mutex_lock(&e->lex_mu);
    int last = --ls->refs == 0;
    pthread_mutex_unlock(&e->lex_mu);
    if (last) {
        nv__userlex_free(ls->ul);
        free(ls);
    }
}

/* Read paths into a new set and make it the engine's; the old set goes when
 * its last job lets go. On error the engine keeps what it had. */
static nv_status install_lexicons(nv_engine *e, const char *const *paths, size_t n, char *err,
                                  size_t err_len)
{
    nv_userlex *ul = NULL;
    char lerr[512];
    if (n && nv__userlex_load(paths, n, 0, &ul, lerr, sizeof lerr) != 0) {
        set_err(err, err_len, "lexicon %s", lerr);
        return NV_ESYNTAX;
    }
    lexset *ls = NULL;
    if (ul) {
        ls = malloc(sizeof *ls);
        if (!ls) {
            nv__userlex_free(ul);
            return NV_ENOMEM;
        }
        ls->ul = ul;
        ls->refs = 1;
    }
    pthread_mutex_lock(&e->lex_mu);
    lexset *old = e->pub;
    e->pub = ls;
    pthread_mutex_unlock(&e->lex_mu);
    lexset_release(e, old);
    return NV_OK;
}

nv_status nv_engine_set_lexicons(nv_engine *engine, const char *const *paths, size_t n_paths,
                                 char *err, size_t err_len)
{
    if (!engine || (n_paths && !paths))
        return NV_EINVAL;
    char **copy = n_paths ? calloc(n_paths, sizeof *copy) : NULL;
    if (n_paths && !copy)
        return NV_ENOMEM;
    for (size_t i = 0; i < n_paths; i++) {
        copy[i] = paths[i] ? malloc(strlen(paths[i]) + 1) : NULL;
        if (!copy[i]) {
            for (size_t k = 0; k < i; k++)
                free(copy[k]);
            free(copy);
            return paths[i] ? NV_ENOMEM : NV_EINVAL;
        }
        strcpy(copy[i], paths[i]);
    }
    nv_status st = install_lexicons(engine, (const char *const *)copy, n_paths, err, err_len);
    if (st != NV_OK) {
        for (size_t k = 0; k < n_paths; k++)
            free(copy[k]);
        free(copy);
        return st;
    }
    pthread_mutex_lock(&engine->lex_mu);
    char **old = engine->lex_paths;
    size_t n_old = engine->n_lex_paths;
    engine->lex_paths = copy;
    engine->n_lex_paths = n_paths;
    pthread_mutex_unlock(&engine->lex_mu);
    for (size_t k = 0; k < n_old; k++)
        free(old[k]);
    free(old);
    return NV_OK;
}

nv_status nv_engine_reload_lexicons(nv_engine *engine, char *err, size_t err_len)
{
    if (!engine)
        return NV_EINVAL;
    pthread_mutex_lock(&engine->lex_mu);
    size_t n = engine->n_lex_paths;
    char **copy = n ? calloc(n, sizeof *copy) : NULL;
    int oom = n && !copy;
    for (size_t i = 0; i < n && !oom; i++) {
        copy[i] = malloc(strlen(engine->lex_paths[i]) + 1);
        if (!copy[i])
            oom = 1;
        else
            strcpy(copy[i], engine->lex_paths[i]);
    }
    pthread_mutex_unlock(&engine->lex_mu);
    nv_status st = oom ? NV_ENOMEM
                       : install_lexicons(engine, (const char *const *)copy, n, err, err_len);
    for (size_t i = 0; i < n && copy; i++)
        free(copy[i]);
    free(copy);
    return st;
}

size_t nv_engine_lexicon_entries(const nv_engine *engine)
{
    if (!engine)
        return 0;
    nv_engine *e = (nv_engine *)engine;
    lexset *ls = lexset_acquire(e);
    size_t n = ls ? nv__userlex_size(ls->ul) : 0;
    lexset_release(e, ls);
    return n;
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

static int add_given_word(word_sink *ws, const nv_token *t, uint32_t i_tok);
static int add_spelled_words(word_sink *ws, const nv_token *t, uint32_t i_tok);

/* The normaliser's words; word NULL stands for a claimed token (lexicon entry,
 * SSML phoneme or spelled say-as), whose words are made here. */
static int add_sentence_word(void *ud, const char *word, size_t len, const char *pos,
                             size_t i_tok)
{
    word_sink *ws = ud;
    if (word)
        return add_word(ws, word, len, pos, (uint32_t)i_tok);
    const nv_token *t = &ws->utt->tok[i_tok];
    if (t->phones)
        return add_given_word(ws, t, (uint32_t)i_tok);
    if (t->spell)
        return add_spelled_words(ws, t, (uint32_t)i_tok);
    return 0;   /* a later word of a lexicon phrase: its first token said it */
}

/* A token with an SSML pronunciation: one word, spelled as written, with the
 * given phones. */
static int add_given_word(word_sink *ws, const nv_token *t, uint32_t i_tok)
{
    char buf[128];
    size_t n = 0;
    for (size_t k = 0; k < t->len && n + 1 < sizeof buf; k++) {
        unsigned char c = (unsigned char)t->text[k];
        if (c < 0x80 && (isalpha(c) || c == '\''))
            buf[n++] = (char)tolower(c);
    }
    if (n == 0)
        buf[n++] = 'x';
    if (add_word(ws, buf, n, NULL, i_tok) != 0)
        return -1;
    nv_uword *w = &ws->utt->word[ws->utt->n_word - 1];
    nv__pron_from_arpabet(t->phones, &w->pron);
    w->origin = t->phones_origin ? t->phones_origin : NV_ORIGIN_GIVEN;
    return 0;
}

/* A token to spell (SSML say-as characters): letters by name, digits by name. */
static int add_spelled_words(word_sink *ws, const nv_token *t, uint32_t i_tok)
{
    static const char *const digits[] = {"zero", "one", "two", "three", "four", "five",
                                         "six", "seven", "eight", "nine"};
    for (size_t k = 0; k < t->len; k++) {
        unsigned char c = (unsigned char)t->text[k];
        char letter = (char)tolower(c);
        int rc = 0;
        if (c < 0x80 && isalpha(c))
            rc = add_word(ws, &letter, 1, "n", i_tok);
        else if (c < 0x80 && isdigit(c))
            rc = add_word(ws, digits[c - '0'], strlen(digits[c - '0']), NULL, i_tok);
        if (rc != 0)
            return -1;
    }
    return 0;
}

static int special_token(const nv_token *t)
{
    return t->phones || t->phones_cont || t->spell;
}

/* Publisher lexicon phrases, then names, claim tokens before the normaliser
 * sees them, through the same path as SSML <phoneme>. */
static int mark_lexicon_tokens(const nv_job *j, nv_utt *utt)
{
    const nv_userlex *sets[2] = {j->pub ? j->pub->ul : NULL, j->engine->names};
    const uint8_t origins[2] = {NV_ORIGIN_PUBLISHER, NV_ORIGIN_NAMES};
    const char *phones[NV_USERLEX_MAX_WORDS];
    for (uint32_t i = 0; i < utt->n_tok;) {
        uint32_t got = 0;
        for (int s = 0; s < 2 && !got; s++) {
            if (!sets[s])
                continue;
            uint32_t limit = i;
            while (limit < utt->n_tok && !special_token(&utt->tok[limit]))
                limit++;
            got = nv__userlex_match(sets[s], utt->tok, limit, i, utt->arena, phones);
            for (uint32_t k = 0; k < got; k++) {
                nv_token *t = &utt->tok[i + k];
                t->phones = phones[k];
                t->phones_cont = phones[k] == NULL;
                t->phones_origin = origins[s];
            }
        }
        i += got ? got : 1;
    }
    return 0;
}

/* Lower case in the scripts newsvoice shows but cannot speak (Greek,
 * Cyrillic, Vietnamese letters); others unchanged. */
static uint32_t other_lower(uint32_t cp)
{
    if ((cp >= 0x391 && cp <= 0x3A9 && cp != 0x3A2) || (cp >= 0x410 && cp <= 0x42F))
        return cp + 0x20;
    if (cp >= 0x400 && cp <= 0x40F)
        return cp + 0x50;
    if (cp >= 0x1E00 && cp <= 0x1EFF && cp % 2 == 0)
        return cp + 1;
    return cp;
}

/* A letter of a script the voice cannot speak: Latin Extended Additional,
 * Greek, Cyrillic, Hebrew, Arabic, Indic, CJK ... (not punctuation, symbols,
 * or the CJK and full-width punctuation blocks). */
static int foreign_letter(uint32_t cp)
{
    if (cp < 0x370 && !(cp >= 0x180 && cp <= 0x24F))
        return 0;
    if ((cp >= 0x2000 && cp <= 0x2BFF) || (cp >= 0x3000 && cp <= 0x303F) ||
        (cp >= 0xE000 && cp <= 0xF8FF) || (cp >= 0xFE00 && cp <= 0xFE0F) ||
        (cp >= 0x1F000 && cp <= 0x1FAFF) ||
        (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF20) ||
        (cp >= 0xFFF0 && cp <= 0xFFFF) || (cp >= 0xD800 && cp <= 0xDFFF))
        return 0;
    return 1;
}

/* Tokens in scripts the voice cannot speak (Cyrillic, Greek, Hebrew, Chinese,
 * Japanese ...) give no spoken words; keep each as a word of its own, written
 * as in the text (lower case), so that the words stage shows them where they
 * stand. Pronunciation finds nothing to say for them, and they are skipped in
 * the audio, not silently lost from the text. */
static int keep_foreign_tokens(nv_utt *utt)
{
    uint32_t extra = 0;
    for (uint32_t t = 0, w = 0; t < utt->n_tok; t++) {
        int has = 0;
        while (w < utt->n_word && utt->word[w].i_tok == t)
            w++, has = 1;
        extra += !has;
    }
    if (!extra)
        return 0;
    nv_uword *out = nv__arena_alloc(utt->arena, (utt->n_word + extra + 1) * sizeof *out);
    if (!out)
        return -1;
    uint32_t n = 0;
    for (uint32_t t = 0, w = 0; t < utt->n_tok; t++) {
        int has = 0;
        while (w < utt->n_word && utt->word[w].i_tok == t) {
            out[n++] = utt->word[w++];
            has = 1;
        }
        const nv_token *tk = &utt->tok[t];
        const char *src = utt->src + tk->src_begin;
        size_t len = tk->src_end - tk->src_begin, k = 0, o = 0;
        if (has || len == 0)
            continue;
        char *text = nv__arena_alloc(utt->arena, 2 * len + 1);
        if (!text)
            return -1;
        int foreign = 0;
        while (k < len) {
            uint32_t cp = nv__utf8_next(src, len, &k);
            foreign |= foreign_letter(cp);
            cp = cp < 0x80 ? (uint32_t)tolower((int)cp) : other_lower(cp);
            if (cp < 0x80) {
                text[o++] = (char)cp;
            } else if (cp < 0x800) {
                text[o++] = (char)(0xC0 | (cp >> 6));
                text[o++] = (char)(0x80 | (cp & 0x3F));
            } else if (cp < 0x10000) {
                text[o++] = (char)(0xE0 | (cp >> 12));
                text[o++] = (char)(0x80 | ((cp >> 6) & 0x3F));
                text[o++] = (char)(0x80 | (cp & 0x3F));
            } else {
                text[o++] = (char)(0xF0 | (cp >> 18));
                text[o++] = (char)(0x80 | ((cp >> 12) & 0x3F));
                text[o++] = (char)(0x80 | ((cp >> 6) & 0x3F));
                text[o++] = (char)(0x80 | (cp & 0x3F));
            }
        }
        text[o] = '\0';
        if (!foreign)
            continue;
        memset(&out[n], 0, sizeof out[n]);
        out[n].text = text;
        out[n].len = o;
        out[n].i_tok = t;
        out[n].unspoken = 1;
        n++;
    }
    utt->word = out;
    utt->n_word = n;
    return 0;
}

static int stage_normalize(const nv_job *j, nv_utt *utt)
{
    if (mark_lexicon_tokens(j, utt) < 0)
        return -1;
    nv_ntok *nt = nv__arena_alloc(utt->arena, (utt->n_tok + 1) * sizeof *nt);
    if (!nt)
        return -1;
    for (uint32_t i = 0; i < utt->n_tok; i++) {
        const nv_token *t = &utt->tok[i];
        nt[i] = (nv_ntok){t->text, t->len, t->pre, t->pre_len, t->post, t->post_len,
                          special_token(t)};
    }
    word_sink ws = {utt, 0};
    utt->n_word = 0;
    /* one pass over the sentence: claimed tokens still give their neighbours
     * context ("Gov. Newsom, D-Calif.", with Newsom from the names lexicon) */
    if (nv__normalize(nt, utt->n_tok, add_sentence_word, &ws))
        return -1;
    if (keep_foreign_tokens(utt) < 0)
        return -1;
    for (uint32_t i = 0; i < utt->n_word; i++)
        utt->word[i].emph = utt->tok[utt->word[i].i_tok].emph;
    return 0;
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

/* Lower case of a Latin letter (Latin-1, Extended-A, the foldable Extended-B
 * ones, Extended Additional); the same length in UTF-8. */
static uint32_t latin_lower(uint32_t cp)
{
    if ((cp >= 0x1E00 && cp <= 0x1E95) || (cp >= 0x1EA0 && cp <= 0x1EF9))
        return cp % 2 == 0 ? cp + 1 : cp;
    if (cp == 0x218 || cp == 0x21A || cp == 0x1A0 || cp == 0x1AF)
        return cp == 0x1AF ? 0x1B0 : cp + 1;
    if (cp >= 0x1CD && cp <= 0x1DC)
        return cp % 2 == 1 ? cp + 1 : cp;
    if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7)
        return cp + 0x20;
    if ((cp >= 0x100 && cp <= 0x137) || (cp >= 0x14A && cp <= 0x177))
        return cp % 2 == 0 ? cp + 1 : cp;
    if ((cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E))
        return cp % 2 == 1 ? cp + 1 : cp;
    return cp == 0x178 ? 0xFF : cp;
}

/* The written word in lower case with its accents ("josé"), when it reads as
 * the spoken form but for them; NULL otherwise (no accent, or another word). */
static char *accented_form(nv_arena *a, const char *spoken, const char *written)
{
    size_t wl = strlen(written), i = 0, k = 0, o = 0;
    int accents = 0;
    char *out = nv__arena_alloc(a, wl + 1);
    if (!out)
        return NULL;
    while (k < wl) {
        uint32_t cp = nv__utf8_next(written, wl, &k);
        if (cp == 0x2019 || cp == 0x2018)
            cp = '\'';
        if (cp < 0x80) {
            char c = (char)((cp >= 'A' && cp <= 'Z') ? cp + 32 : cp);
            if (spoken[i] != c)
                return NULL;
            i++;
            out[o++] = c;
            continue;
        }
        const char *f = nrm_fold(cp);
        size_t fl = f ? strlen(f) : 0;
        if (!f || strncmp(spoken + i, f, fl) != 0)
            return NULL;
        i += fl;
        uint32_t lc = latin_lower(cp);   /* as many bytes as cp */
        if (lc < 0x800) {
            out[o++] = (char)(0xC0 | (lc >> 6));
            out[o++] = (char)(0x80 | (lc & 0x3F));
        } else {
            out[o++] = (char)(0xE0 | (lc >> 12));
            out[o++] = (char)(0x80 | ((lc >> 6) & 0x3F));
            out[o++] = (char)(0x80 | (lc & 0x3F));
        }
        accents = 1;
    }
    out[o] = '\0';
    return accents && spoken[i] == '\0' ? out : NULL;
}

/* accented_form of the part of a hyphenated token that reads as spoken, or NULL. */
static char *accented_part(nv_arena *a, const char *spoken, const char *written)
{
    const char *b = written;
    for (;;) {
        const char *e = strchr(b, '-');
        size_t n = e ? (size_t)(e - b) : strlen(b);
        char *part = nv__arena_strndup(a, b, n);
        if (!part)
            return NULL;
        char *acc = accented_form(a, spoken, part);
        if (acc)
            return acc;
        if (!e)
            return NULL;
        b = e + 1;
    }
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
            char *acc = accented_form(utt->arena, txt, o->written);
            o->display = acc ? acc : txt;
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
        o->display = w->text;
        if (first_of_tok && last_of_tok) {
            char *acc = accented_form(utt->arena, w->text, o->written);
            if (acc)
                o->display = acc;
        } else if (strchr(o->written, '-')) {
            /* a part of a hyphenated token: "Midi-Pyrénées" shows "pyrénées" */
            char *acc = accented_part(utt->arena, w->text, o->written);
            if (acc)
                o->display = acc;
        }
        o->whole_token = first_of_tok && (last_of_tok || clitic_next);

        o->src_begin = t->src_begin;
        o->src_end = t->src_end;
        if (until >= NV_STAGE_PHONES) {
            char buf[512];
            nv__pron_arpabet(&w->pron, buf, sizeof buf);
            o->phones = nv__arena_strndup(utt->arena, buf, strlen(buf));
            o->origin = nv__origin_name(w->origin);
            if (!o->phones)
                return NULL;
        }
        n++;
    }
    /* a word whose phones came with its token (SSML, a lexicon) reads the
     * token as written; others only if the spoken form spells it */
    for (size_t i = 0; i < n; i++)
        if (pw[i].whole_token && !reads_as_written(pw[i].text, pw[i].written) &&
            !(pw[i].origin && (!strcmp(pw[i].origin, "publisher") ||
                               !strcmp(pw[i].origin, "names") || !strcmp(pw[i].origin, "ssml"))))
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

/* ---- SSML: what a sentence gets from the document's events and ranges ---------- */

typedef struct ssml_sentence {
    nv_mark *marks;
    uint32_t *mark_tok;     /* token each mark stands before (n_tok: the end) */
    size_t n_marks;
    unsigned tail_ms;       /* <break> after the last token */
    int has_prosody;
    double rate, pitch, volume_db;
} ssml_sentence;

static uint32_t first_token_at(const nv_utt *utt, size_t at)
{
    uint32_t k = 0;
    while (k < utt->n_tok && utt->tok[k].raw_begin < at)
        k++;
    return k;
}

static int ssml_annotate(nv_job *j, nv_utt *utt, ssml_sentence *ss)
{
    const nv_ssml *x = j->ssml;
    memset(ss, 0, sizeof *ss);
    size_t end = utt->tok[utt->n_tok - 1].raw_end;
    size_t e0 = j->ev_next;
    while (j->ev_next < x->n_events && x->events[j->ev_next].at <= end)
        j->ev_next++;
    size_t n_ev = j->ev_next - e0;
    ss->marks = nv__arena_alloc(utt->arena, (n_ev + 1) * sizeof *ss->marks);
    ss->mark_tok = nv__arena_alloc(utt->arena, (n_ev + 1) * sizeof *ss->mark_tok);
    if (!ss->marks || !ss->mark_tok)
        return -1;
    for (size_t e = e0; e < j->ev_next; e++) {
        const nv_ssml_event *ev = &x->events[e];
        uint32_t k = first_token_at(utt, ev->at);
        if (ev->kind == NV_SSML_BREAK) {
            if (k < utt->n_tok)
                utt->tok[k].brk_ms += ev->ms;
            else
                ss->tail_ms += ev->ms;
        } else if (ev->kind == NV_SSML_MARK) {
            ss->marks[ss->n_marks] = (nv_mark){ev->name, 0, ev->src};
            ss->mark_tok[ss->n_marks++] = k;
        }
    }
    for (size_t r = 0; r < x->n_ranges; r++) {
        const nv_ssml_range *rg = &x->ranges[r];
        int first = 1;
        for (uint32_t k = 0; k < utt->n_tok; k++) {
            nv_token *t = &utt->tok[k];
            if (!(t->src_begin < rg->end && t->src_end > rg->begin))
                continue;
            if (rg->kind == NV_SSML_EMPHASIS) {
                t->emph = 1;
            } else if (rg->kind == NV_SSML_SPELL) {
                t->spell = 1;
            } else if (rg->kind == NV_SSML_PHONES) {
                if (first && t->src_begin >= rg->begin)
                    t->phones = rg->phones;
                else
                    t->phones_cont = 1;
            } else if (rg->kind == NV_SSML_PROSODY && k == 0) {
                ss->has_prosody = 1;
                ss->rate = rg->rate;
                ss->pitch = rg->pitch;
                ss->volume_db = rg->volume_db;
            }
            first = 0;
        }
    }
    return 0;
}

/* Audio position (samples) where token k starts: its first word's start. */
static size_t token_audio_pos(const nv_utt *utt, const uint32_t *pub, const nv_word *words,
                              uint32_t k, size_t n_samples)
{
    for (uint32_t w = 0; w < utt->n_word; w++)
        if (utt->word[w].i_tok >= k && words[pub[w]].audio_end)
            return words[pub[w]].audio_begin;
    return n_samples;
}

/* Insert the <break> silences, apply <prosody volume>, place the marks. */
static int ssml_audio(nv_utt *utt, const ssml_sentence *ss, const uint32_t *pub,
                      nv_sentence *s, nv_word *words, unsigned rate)
{
    size_t n_ins = 0, total = 0;
    for (uint32_t k = 0; k < utt->n_tok; k++)
        n_ins += utt->tok[k].brk_ms > 0;
    n_ins += ss->tail_ms > 0;
    size_t *pos = nv__arena_alloc(utt->arena, (n_ins + 1) * 2 * sizeof *pos);
    if (!pos)
        return -1;
    size_t *len = pos + n_ins + 1, m = 0;
    for (uint32_t k = 0; k < utt->n_tok; k++)
        if (utt->tok[k].brk_ms) {
            pos[m] = k == 0 ? 0 : token_audio_pos(utt, pub, words, k, s->n_samples);
            len[m] = (size_t)utt->tok[k].brk_ms * rate / 1000;
            total += len[m++];
        }
    if (ss->tail_ms) {
        pos[m] = s->n_samples;
        len[m] = (size_t)ss->tail_ms * rate / 1000;
        total += len[m++];
    }
    for (size_t i = 0; i < ss->n_marks; i++)
        ss->marks[i].audio_pos = token_audio_pos(utt, pub, words, ss->mark_tok[i], s->n_samples);
    double gain = ss->has_prosody ? pow(10.0, ss->volume_db / 20.0) : 1.0;
    if (total == 0 && gain == 1.0)
        return 0;
    int16_t *out = nv__arena_alloc(utt->arena, (s->n_samples + total + 1) * sizeof *out);
    if (!out)
        return -1;
    size_t o = 0, shift = 0, next = 0;
    for (size_t i = 0; i <= s->n_samples; i++) {
        while (next < m && pos[next] == i) {
            o += len[next];       /* arena memory is zeroed: silence */
            shift += len[next++];
        }
        if (i == s->n_samples)
            break;
        double v = s->samples[i] * gain;
        out[o++] = (int16_t)(v > 32767 ? 32767 : v < -32768 ? -32768 : v);
    }
    /* everything at or after an insertion point moves with it */
    for (size_t k = 0; k < s->n_words; k++) {
        size_t add = 0;
        for (size_t q = 0; q < m; q++)
            if (pos[q] <= words[k].audio_begin && pos[q] < s->n_samples)
                add += len[q];
        if (words[k].audio_end) {
            words[k].audio_begin += add;
            words[k].audio_end += add;
        }
    }
    for (size_t i = 0; i < ss->n_marks; i++) {
        size_t add = 0;
        for (size_t q = 0; q < m; q++)
            if (pos[q] <= ss->marks[i].audio_pos)
                add += len[q];
        ss->marks[i].audio_pos += add;
    }
    s->samples = out;
    s->n_samples += total;
    return 0;
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
    for (size_t k = 0; k < s->n_marks; k++)
        ((nv_mark *)s->marks)[k].audio_pos += n;
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
    ssml_sentence ss;
    memset(&ss, 0, sizeof ss);
    if (j->ssml && ssml_annotate(j, utt, &ss) < 0)
        return job_fail(j, NV_ENOMEM, "out of memory in sentence %u", utt->index + 1);
    s.marks = ss.marks;
    s.n_marks = ss.n_marks;
    if (stage_normalize(j, utt) < 0)
        return job_fail(j, NV_ENOMEM, "out of memory normalising sentence %u", utt->index + 1);
    if (until >= NV_STAGE_PHONES) {
        if (nv__pron_words_ctx(&(nv_pron_ctx){j->engine->lex, j->engine->g2p, j->engine->tagger,
                                               j->pub ? j->pub->ul : NULL, j->engine->names},
                              utt) < 0 || nv__prosody(utt) < 0)
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
        if (ss.has_prosody)
            nv__synth_set_voice(j->synth, j->engine->rate * ss.rate, j->engine->pitch + ss.pitch);
        int r = nv__synth_run(j->synth, utt->label, utt->n_label, &s.samples, &s.n_samples, dur,
                              err, sizeof err);
        if (ss.has_prosody)
            nv__synth_set_voice(j->synth, j->engine->rate, j->engine->pitch);
        if (r != 0)
            return job_fail(j, NV_ESYNTH, "sentence %u: %s", utt->index + 1, err);
        word_times(utt, dur, pub, words, s.n_words);
        if (j->ssml && ssml_audio(utt, &ss, pub, &s, words, s.sample_rate) < 0)
            return job_fail(j, NV_ENOMEM, "out of memory in sentence %u", utt->index + 1);
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
        nv__synth_set_gv(job->synth, job->engine->gv_spectrum, job->engine->gv_pitch);
        nv__synth_set_postfilter(job->synth, job->engine->postfilter);
        if (nv__synth_set_vocoder(job->synth, job->engine->vocoder, err, sizeof err) != 0)
            return job_fail(job, NV_EINVAL, "%s", err);
    }
    job->pub = lexset_acquire(job->engine);
    nv_ingest in;
    nv__ingest_init(&in, text, len);
    in.forced = job->forced;
    in.n_forced = job->n_forced;
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
    lexset_release(job->engine, job->pub);
    job->pub = NULL;
    return st;
}

nv_status nv_job_run_format(nv_job *job, const char *input, size_t len, nv_format format,
                            nv_stage until, nv_sentence_fn fn, void *user)
{
    if (!job || (!input && len) || until < NV_STAGE_WORDS || until > NV_STAGE_AUDIO ||
        format < NV_FORMAT_AUTO || format > NV_FORMAT_SSML)
        return NV_EINVAL;
    job->errmsg[0] = '\0';
    nv_status st = check_input(job, input, len);
    if (st != NV_OK)
        return st;
    if (format == NV_FORMAT_AUTO)
        format = nv__looks_like_ssml(input, len)   ? NV_FORMAT_SSML
                 : nv__looks_like_html(input, len) ? NV_FORMAT_HTML
                                                   : NV_FORMAT_TEXT;
    if (format == NV_FORMAT_TEXT)
        return run_text(job, input, len, until, fn, user);
    if (format == NV_FORMAT_SSML) {
        nv_ssml x;
        char err[300];
        if (nv__ssml_parse(input, len, &x, err, sizeof err) != 0)
            return job_fail(job, NV_ESYNTAX, "%s", err);
        size_t *forced = malloc((x.n_events + 1) * sizeof *forced);
        if (!forced) {
            nv__ssml_free(&x);
            return NV_ENOMEM;
        }
        size_t n_forced = 0;
        for (size_t e = 0; e < x.n_events; e++)
            if (x.events[e].kind == NV_SSML_SENTENCE)
                forced[n_forced++] = x.events[e].at;
        job->map = &x.x;
        job->ssml = &x;
        job->ev_next = 0;
        job->forced = forced;
        job->n_forced = n_forced;
        st = run_text(job, x.x.text, x.x.len, until, fn, user);
        job->map = NULL;
        job->ssml = NULL;
        job->forced = NULL;
        job->n_forced = 0;
        free(forced);
        nv__ssml_free(&x);
        return st;
    }
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
