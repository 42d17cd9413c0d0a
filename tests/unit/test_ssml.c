/* test_ssml.c - SSML input: exactly the expected words in order, sentence
 * boundaries, substitutions, say-as, phonemes, breaks as silence, marks,
 * emphasis and prosody, byte ranges into the document, and invalid documents
 * rejected with line and column. */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "newsvoice.h"

static char *slurp(const char *name, size_t *len)
{
    char path[1024];
    const char *dir = getenv("NV_SOURCE_DIR");
    snprintf(path, sizeof path, "%s/tests/ssml/%s", dir ? dir : ".", name);
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    char *buf = malloc(1 << 16);
    *len = fread(buf, 1, (1 << 16) - 1, f);
    buf[*len] = '\0';
    fclose(f);
    return buf;
}

typedef struct got {
    const char *doc;
    char sentences[8][256];
    unsigned n;
    size_t samples[8], last_word_end[8];
    size_t total_samples;
    char mujahid[128];
    size_t world_begin;
    char mark_name[32];
    size_t mark_src, mark_pos, it_begin;
    size_t it_sentence_start;
} got;

static int on_sentence(void *user, const nv_sentence *s)
{
    got *g = user;
    if (g->n < 8) {
        for (size_t i = 0; i < s->n_words; i++) {
            size_t n = strlen(g->sentences[g->n]);
            snprintf(g->sentences[g->n] + n, sizeof g->sentences[0] - n, "%s%s", n ? " " : "",
                     s->words[i].text);
        }
        g->samples[g->n] = s->n_samples;
        g->last_word_end[g->n] = s->n_words ? s->words[s->n_words - 1].audio_end : 0;
    }
    for (size_t i = 0; i < s->n_words; i++) {
        const nv_word *w = &s->words[i];
        if (!strcmp(w->text, "mujahid") && w->phones)
            snprintf(g->mujahid, sizeof g->mujahid, "%s|%s|%.*s", w->phones, w->origin,
                     (int)(w->src_end - w->src_begin), g->doc + w->src_begin);
        if (!strcmp(w->text, "world"))
            g->world_begin = w->src_begin;
        if (!strcmp(w->text, "it") && !g->it_begin) {
            g->it_begin = g->total_samples + w->audio_begin;
            g->it_sentence_start = g->total_samples;
        }
    }
    for (size_t i = 0; i < s->n_marks; i++) {
        snprintf(g->mark_name, sizeof g->mark_name, "%s", s->marks[i].name);
        g->mark_src = s->marks[i].src_offset;
        g->mark_pos = g->total_samples + s->marks[i].audio_pos;
    }
    g->total_samples += s->n_samples;
    g->n++;
    return 0;
}

static void test_features(nv_job *j)
{
    size_t len;
    char *doc = slurp("features.ssml", &len);
    CHECK(doc != NULL);
    if (!doc)
        return;
    got g;
    memset(&g, 0, sizeof g);
    g.doc = doc;
    CHECK_INT(nv_job_run_format(j, doc, len, NV_FORMAT_AUTO, NV_STAGE_AUDIO, on_sentence, &g),
              NV_OK);
    CHECK_INT(g.n, 6);
    CHECK_STR(g.sentences[0], "the world health organization met on september twenty first "
                              "twenty twenty five");
    CHECK_STR(g.sentences[1], "call five five five zero one four three or spell n a t o");
    CHECK_STR(g.sentences[2], "she finished third in the race");
    CHECK_STR(g.sentences[3], "it was very close said mujahid and his aide");
    CHECK_STR(g.sentences[4], "the end");
    CHECK_STR(g.sentences[5], "bonjour");
    CHECK_STR(g.mujahid, "M AH0 JH AA1 HH IH0 D|ssml|Mujahid");
    /* the alias's words point at the <sub> element */
    CHECK(strncmp(doc + g.world_begin, "<sub alias=", 11) == 0);
    /* <break time="700ms"/> after "race.": at least 0.7 s of silence follows */
    CHECK(g.samples[2] - g.last_word_end[2] >= 700u * 32);
    /* the mark is where the next word begins, and points at the <mark> element */
    CHECK_STR(g.mark_name, "quote");
    CHECK(strncmp(doc + g.mark_src, "<mark name=\"quote\"", 18) == 0);
    CHECK(g.mark_pos <= g.it_begin && g.mark_pos >= g.it_sentence_start);
    free(doc);
}

typedef struct labels {
    char all[1 << 14];
    size_t samples;
} labels;

static int on_labels(void *user, const nv_sentence *s)
{
    labels *l = user;
    for (size_t i = 0; i < s->n_labels; i++) {
        size_t n = strlen(l->all);
        snprintf(l->all + n, sizeof l->all - n, "%s\n", s->labels[i]);
    }
    l->samples += s->n_samples;
    return 0;
}

static void run(nv_job *j, const char *doc, nv_stage stage, labels *l)
{
    memset(l, 0, sizeof *l);
    CHECK_INT(nv_job_run_format(j, doc, strlen(doc), NV_FORMAT_SSML, stage, on_labels, l), NV_OK);
}

static void test_emphasis_prosody(nv_job *j)
{
    labels a, b;
    run(j, "<speak>It was very close, she said.</speak>", NV_STAGE_LABELS, &a);
    run(j, "<speak>It was <emphasis>very</emphasis> close, she said.</speak>", NV_STAGE_LABELS, &b);
    CHECK(strcmp(a.all, b.all) != 0);   /* emphasis changes the accents */
    run(j, "<speak>The council met on Tuesday.</speak>", NV_STAGE_AUDIO, &a);
    run(j, "<speak><prosody rate=\"slow\">The council met on Tuesday.</prosody></speak>",
        NV_STAGE_AUDIO, &b);
    CHECK(b.samples > a.samples * 1.1);
    run(j, "<speak><prosody rate=\"x-fast\">The council met on Tuesday.</prosody></speak>",
        NV_STAGE_AUDIO, &b);
    CHECK(b.samples < a.samples * 0.9);
    run(j, "<speak>Wait.<break time=\"1500ms\"/> Go.</speak>", NV_STAGE_AUDIO, &a);
    run(j, "<speak>Wait. Go.</speak>", NV_STAGE_AUDIO, &b);
    CHECK_INT(a.samples - b.samples, 1500 * 32);
}

static void test_errors(nv_job *j)
{
    static const struct { const char *doc, *msg; } bad[] = {
        {"<speak><p>Hello <foo>x</foo></p></speak>",
         "SSML line 1, column 17: <foo> is not an SSML element"},
        {"<speak>\n  <p>Hello <b>x</p>\n</speak>",
         "SSML line 2, column 20: Opening and ending tag mismatch: b line 2 and p"},
        {"<speak><break time=\"fast\"/></speak>",
         "SSML line 1, column 8: <break> has an invalid time \"fast\""},
        {"<speak>Hi <phoneme alphabet=\"x-arpabet\" ph=\"Q Z9\">x</phoneme></speak>",
         "SSML line 1, column 11: <phoneme> ph \"Q Z9\" is not ARPAbet"},
        {"<speak><prosody rate=\"warp\">x</prosody></speak>",
         "SSML line 1, column 8: <prosody> has an invalid rate \"warp\""},
        {"<voice><p>x</p></voice>", "SSML line 1, column 1: the root element must be <speak>"},
    };
    labels l;
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        memset(&l, 0, sizeof l);
        CHECK_INT(nv_job_run_format(j, bad[i].doc, strlen(bad[i].doc), NV_FORMAT_SSML,
                                    NV_STAGE_AUDIO, on_labels, &l), NV_ESYNTAX);
        CHECK_STR(nv_job_errmsg(j), bad[i].msg);
        CHECK_INT(l.samples, 0);   /* no audio */
    }
    /* IPA is converted */
    memset(&l, 0, sizeof l);
    const char *ipa = "<speak><phoneme alphabet=\"ipa\" ph=\"t\xC9\x99\xCB\x88m\xC9\x91to\xCA\x8A\">"
                      "tomato</phoneme></speak>";
    CHECK_INT(nv_job_run_format(j, ipa, strlen(ipa), NV_FORMAT_AUTO, NV_STAGE_LABELS, on_labels,
                                &l), NV_OK);
    CHECK(strstr(l.all, "-t+ax=m") != NULL && strstr(l.all, "-m+aa=t") != NULL);
}

int main(void)
{
    nv_engine *e = NULL;
    char err[256];
    if (nv_engine_open(NULL, &e, err, sizeof err) != NV_OK) {
        fprintf(stderr, "%s\n", err);
        return 1;
    }
    nv_job *j = NULL;
    nv_job_new(e, &j);
    test_features(j);
    test_emphasis_prosody(j);
    test_errors(j);
    nv_job_free(j);
    nv_engine_close(e);
    return CHECK_DONE();
}
