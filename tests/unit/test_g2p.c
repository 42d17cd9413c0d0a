/* test_g2p.c - the trained letter-to-sound model: dictionary parsing (CMUdict and
 * Festival formats, bad lines reported with their line numbers), training on a
 * small dictionary taken at run time from the compiled lexicon
 * ($NEWSVOICE_DATA/cmulex.nvlex), deterministic output, the model file round trip
 * (file and memory), predictions on the training words (a measured rate),
 * syllables and stress of guesses, the stress-pattern table, and corrupt or truncated model files (must fail
 * cleanly, never crash). Speed is printed, not asserted. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "check.h"
#include "core/phones.h"
#include "pron/g2p.h"
#include "pron/lexfmt.h"
#include "pron/pron.h"
#include "pron/words.h"

typedef struct bad_log {
    unsigned long line[16];
    char why[16][160];
    int n;
} bad_log;

static void on_bad(void *user, unsigned long line, const char *why)
{
    bad_log *b = user;
    if (b->n < 16) {
        b->line[b->n] = line;
        snprintf(b->why[b->n], sizeof b->why[0], "%s", why);
        b->n++;
    }
}

static void test_parse_cmu(void)
{
    const char *text =
        ";;; a comment line\n"          /* 1 */
        "GOOD  G UH1 D\n"               /* 2 */
        "NOPRON\n"                      /* 3: no phones */
        "ODD  XX AH1\n"                 /* 4: unknown phone */
        "NOSTRESS  N AH T\n"            /* 5: vowel without digit */
        "BADCONS  B1 AA1\n"             /* 6: digit on a consonant */
        "\n"                            /* 7: blank */
        "GOOD(2)  G UH1 D IY0\r\n"      /* 8: alternate, CRLF */
        "!EXCLAMATION  EH2 K S\n"       /* 9: not letters: skipped, not bad */
        "  INDENTED  IH1 N\n"           /* 10: bad */
        "O'BRIEN  OW0 B R AY1 AH0 N";   /* 11: no final newline */
    nv_g2p_dict *d = nv__g2p_dict_new();
    bad_log b;
    memset(&b, 0, sizeof b);
    long nb = nv__g2p_dict_parse(d, text, strlen(text), 0, on_bad, &b);
    CHECK_INT(nb, 5);
    CHECK_INT(b.n, 5);
    CHECK_INT(b.line[0], 3);
    CHECK_INT(b.line[1], 4);
    CHECK_INT(b.line[2], 5);
    CHECK_INT(b.line[3], 6);
    CHECK_INT(b.line[4], 10);
    CHECK(strstr(b.why[1], "XX") != NULL);
    CHECK_INT(nv__g2p_dict_size(d), 3);   /* GOOD, GOOD(2), O'BRIEN */
    nv__g2p_dict_free(d);
}

static void test_parse_festival(void)
{
    const char *text =
        "MNCL\n"
        "(\"abandon\" nil (((ax) 0) ((b ae n) 1) ((d ax n) 0)))\n"
        "(\"broken\" nil (((b r ow) 1) ((k ax n) 0))\n"    /* 3: unbalanced */
        "(\"zzq\" nil (((zz) 1)))\n"                       /* 4: unknown phone */
        "(\"record\" n (((r eh) 1) ((k er d) 0)))\n";
    nv_g2p_dict *d = nv__g2p_dict_new();
    bad_log b;
    memset(&b, 0, sizeof b);
    long nb = nv__g2p_dict_parse(d, text, strlen(text), 1, on_bad, &b);
    CHECK_INT(nb, 2);
    CHECK_INT(b.line[0], 3);
    CHECK_INT(b.line[1], 4);
    CHECK_INT(nv__g2p_dict_size(d), 2);
    nv__g2p_dict_free(d);
}

static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *p = malloc((size_t)n + 1);
    if (p && fread(p, 1, (size_t)n, f) != (size_t)n) {
        free(p);
        p = NULL;
    }
    fclose(f);
    *len = (size_t)n;
    return p;
}

static int spit(const char *path, const void *data, size_t len)
{
    FILE *f = fopen(path, "wb");
    if (!f)
        return -1;
    int bad = fwrite(data, 1, len, f) != len;
    bad |= fclose(f) != 0;
    return bad ? -1 : 0;
}

/* Words and ARPAbet strings of every step-th headword of the compiled lexicon. */
typedef struct sample {
    char (*word)[40];
    char (*phones)[200];
    size_t n;
} sample;

static int take_sample(const nv_lex *lex, uint32_t step, sample *s)
{
    uint32_t nk = nv__lex_key_count(lex);
    s->word = calloc(nk / step + 1, sizeof *s->word);
    s->phones = calloc(nk / step + 1, sizeof *s->phones);
    s->n = 0;
    if (!s->word || !s->phones)
        return -1;
    for (uint32_t k = 0; k < nk; k += step) {
        const char *w, *pos;
        size_t wl;
        nv_pron p;
        if (!nv__lex_entry(lex, k, 0, &w, &wl, &pos, &p) || wl == 0 || wl >= 40)
            continue;
        int letters = 1;
        for (size_t i = 0; i < wl; i++)
            letters &= w[i] >= 'a' && w[i] <= 'z';
        if (!letters)
            continue;
        memcpy(s->word[s->n], w, wl);
        s->word[s->n][wl] = '\0';
        nv__pron_arpabet(&p, s->phones[s->n], sizeof s->phones[0]);
        s->n++;
    }
    return 0;
}

static void test_train_and_predict(const char *tmpdir)
{
    const char *data = getenv("NEWSVOICE_DATA");
    char path[1024], model[1024], model2[1024], err[512];
    snprintf(path, sizeof path, "%s/cmulex.nvlex", data ? data : "build/data");
    nv_lex *lex = NULL;
    if (nv__lex_open(path, &lex, err, sizeof err) != 0) {
        fprintf(stderr, "test_g2p: %s\n", err);
        CHECK(0);
        return;
    }
    sample s;
    CHECK(take_sample(lex, 100, &s) == 0);
    CHECK(s.n > 800);
    /* the sample as a CMUdict-format text */
    size_t cap = s.n * 260 + 1, len = 0;
    char *text = malloc(cap);
    CHECK(text != NULL);
    if (!text)
        return;
    for (size_t i = 0; i < s.n; i++) {
        char up[40];
        size_t k = 0;
        for (; s.word[i][k]; k++)
            up[k] = (char)(s.word[i][k] - 'a' + 'A');
        up[k] = '\0';
        len += (size_t)snprintf(text + len, cap - len, "%s  %s\n", up, s.phones[i]);
    }
    nv_g2p_dict *d = nv__g2p_dict_new();
    CHECK_INT(nv__g2p_dict_parse(d, text, len, 0, NULL, NULL), 0);
    CHECK_INT(nv__g2p_dict_size(d), s.n);

    snprintf(model, sizeof model, "%s/test_g2p.%ld.g2p", tmpdir, (long)getpid());
    snprintf(model2, sizeof model2, "%s/test_g2p.%ld.2.g2p", tmpdir, (long)getpid());
    nv_g2p_train_opts opt;
    memset(&opt, 0, sizeof opt);
    CHECK(nv__g2p_train(d, &opt, model, err, sizeof err) == 0);
    CHECK(nv__g2p_train(d, &opt, model2, err, sizeof err) == 0);
    size_t l1 = 0, l2 = 0;
    char *b1 = slurp(model, &l1), *b2 = slurp(model2, &l2);
    CHECK(b1 && b2 && l1 == l2 && memcmp(b1, b2, l1) == 0);   /* deterministic */

    nv_g2p *g = NULL, *gm = NULL;
    CHECK(nv__g2p_open(model, &g, err, sizeof err) == 0);
    CHECK(b1 && nv__g2p_open_mem(b1, l1, "memory", &gm, err, sizeof err) == 0);
    if (g && gm) {
        size_t right = 0, same = 0, stressed = 0;
        struct timespec t0, t1;
        clock_gettime(CLOCK_MONOTONIC, &t0);
        for (size_t i = 0; i < s.n; i++) {
            nv_pron p, q;
            char buf[400];
            CHECK_INT(nv__g2p_predict(g, s.word[i], strlen(s.word[i]), 0, &p), 1);
            nv__pron_arpabet(&p, buf, sizeof buf);
            right += strcmp(buf, s.phones[i]) == 0;
            nv__g2p_predict(gm, s.word[i], strlen(s.word[i]), 0, &q);
            same += memcmp(&p, &q, sizeof p) == 0;
            int primary = 0;
            for (int k = 0; k < p.n_syl; k++)
                primary |= p.syl_stress[k] == 1;
            stressed += primary;
        }
        clock_gettime(CLOCK_MONOTONIC, &t1);
        double dt = (double)(t1.tv_sec - t0.tv_sec) + (t1.tv_nsec - t0.tv_nsec) * 1e-9;
        printf("training words right: %zu of %zu (%.1f%%); %.0f predictions/s\n",
               right, s.n, 100.0 * right / s.n, 2.0 * s.n / dt);
        CHECK(right * 100 >= s.n * 90);   /* measured 98% */
        CHECK_INT(same, s.n);
        CHECK(stressed * 100 >= s.n * 99);

        /* syllables and stress of a guess */
        nv_pron p;
        CHECK_INT(nv__g2p_predict(g, "Blorvington", 11, 0, &p), 1);
        CHECK(p.n_ph > 4 && p.n_syl >= 2);
        int primary = 0;
        for (int k = 0; k < p.n_syl; k++) {
            CHECK(p.syl_stress[k] <= 2);
            CHECK(p.syl_first[k] < p.n_ph);
            CHECK(k == 0 || p.syl_first[k] > p.syl_first[k - 1]);
            primary |= p.syl_stress[k] == 1;
        }
        CHECK(primary);
        /* no letters; non-letters skipped; very long words; NULL input */
        CHECK_INT(nv__g2p_predict(g, "1234 --", 7, 0, &p), 0);
        CHECK_INT(p.n_ph, 0);
        nv_pron a, b;
        CHECK_INT(nv__g2p_predict(g, "Can't", 5, 0, &a), 1);
        CHECK_INT(nv__g2p_predict(g, "cant", 4, 0, &b), 1);
        CHECK(memcmp(&a, &b, sizeof a) == 0);
        char longw[301];
        for (int k = 0; k < 300; k++)
            longw[k] = (char)('a' + (k * 7) % 26);
        longw[300] = '\0';
        CHECK_INT(nv__g2p_predict(g, longw, 300, 0, &p), 1);
        CHECK(p.n_ph <= NV_PRON_MAX_PH && p.n_syl <= NV_PRON_MAX_SYL);
        CHECK_INT(nv__g2p_predict(g, NULL, 0, 0, &p), 0);
        CHECK_INT(nv__g2p_predict(g, "wide", 4, 1000, &p), 1);
    }
    nv__g2p_close(g);
    nv__g2p_close(gm);

    /* corrupt files: a flipped byte anywhere, truncation, other magic or version */
    if (b1) {
        size_t where[] = {0, 9, 16, 30, 100, l1 / 2, l1 - 1};
        for (size_t k = 0; k < sizeof where / sizeof where[0]; k++) {
            char *c = malloc(l1);
            memcpy(c, b1, l1);
            c[where[k]] ^= 0x5a;
            nv_g2p *x = NULL;
            err[0] = '\0';
            CHECK(nv__g2p_open_mem(c, l1, "corrupt", &x, err, sizeof err) != 0);
            CHECK(x == NULL && err[0] != '\0');
            CHECK(where[k] < 24 || strstr(err, "corrupt") != NULL);
            CHECK(spit(model2, c, l1) == 0);
            CHECK(nv__g2p_open(model2, &x, err, sizeof err) != 0);
            free(c);
        }
        size_t cuts[] = {0, 10, 63, 64, 200, l1 - 4};
        for (size_t k = 0; k < sizeof cuts / sizeof cuts[0]; k++) {
            nv_g2p *x = NULL;
            CHECK(nv__g2p_open_mem(b1, cuts[k], "short", &x, err, sizeof err) != 0);
            CHECK(spit(model2, b1, cuts[k]) == 0);
            CHECK(nv__g2p_open(model2, &x, err, sizeof err) != 0);
            CHECK(strstr(err, model2) != NULL);   /* the message names the file */
        }
        /* a consistent checksum over a broken table is still refused: the last
         * letter-part index, the "next context" of the last n-gram entry, the
         * count of the last stress-pattern entry, the stress table's end key */
        uint32_t n_sym, n_tok, hd[6];
        memcpy(&n_sym, b1 + 28, 4);
        memcpy(&n_tok, b1 + 32, 4);
        memcpy(hd, b1 + 36, sizeof hd);
        size_t lpart_end = 64 + ((n_sym * 2 + 3) & ~3u) + 8 * (size_t)n_tok + 4 * NV_G2P_NLP;
        size_t lm_end = lpart_end + 4 + 12 * ((size_t)hd[0] + 1) + 12 * (size_t)hd[1] +
                        12 * ((size_t)hd[3] + 1) + 12 * (size_t)hd[4];
        uint32_t n_sctx, n_sent;
        memcpy(&n_sctx, b1 + lm_end, 4);
        memcpy(&n_sent, b1 + lm_end + 4, 4);
        CHECK(n_sctx > 0 && n_sent >= n_sctx);
        CHECK(lm_end + 8 + 16 * ((size_t)n_sctx + 1) + 8 * (size_t)n_sent == l1);
        size_t offs[] = {lpart_end, lm_end - 4, l1 - 4, lm_end + 8 + 16 * (size_t)n_sctx};
        for (int k = 0; k < 4; k++) {
            char *c = malloc(l1);
            memcpy(c, b1, l1);
            uint32_t bogus = 0x7fffffff;
            memcpy(c + offs[k], &bogus, 4);
            uint32_t sum = nv__lexf_checksum(c + 24, l1 - 24);
            memcpy(c + 20, &sum, 4);
            nv_g2p *x = NULL;
            err[0] = '\0';
            CHECK(nv__g2p_open_mem(c, l1, "tables", &x, err, sizeof err) != 0);
            CHECK(x == NULL && strstr(err, "bad") != NULL);
            free(c);
        }
    }
    nv_g2p *x = NULL;
    CHECK(nv__g2p_open("/nonexistent/model.g2p", &x, err, sizeof err) != 0);
    CHECK(strstr(err, "/nonexistent/model.g2p") != NULL);

    /* training errors are reported, not crashes */
    nv_g2p_dict *empty = nv__g2p_dict_new();
    CHECK(nv__g2p_train(empty, &opt, model2, err, sizeof err) != 0);
    CHECK(strstr(err, "no usable") != NULL);
    nv__g2p_dict_free(empty);
    CHECK(nv__g2p_train(d, &opt, "/nonexistent/dir/m.g2p", err, sizeof err) != 0);
    CHECK(strstr(err, "cannot write") != NULL);

    remove(model);
    remove(model2);
    free(b1);
    free(b2);
    free(text);
    free(s.word);
    free(s.phones);
    nv__g2p_dict_free(d);
    nv__lex_close(lex);
}

int main(void)
{
    const char *tmp = getenv("TMPDIR");
    test_parse_cmu();
    test_parse_festival();
    test_train_and_predict(tmp && *tmp ? tmp : "/tmp");
    return CHECK_DONE();
}
