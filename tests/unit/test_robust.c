/* test_robust.c - hostile and random input through every stage up to labels:
 * never a crash (the sanitizer build checks memory), only NV_OK or NV_EEMPTY for
 * valid UTF-8, and every label well formed (no blanks, 1 to 1023 bytes, all
 * fields present). Deterministic: a fixed-seed generator. */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "newsvoice.h"

static const char *const pieces[] = {
    "the", "The", "U.S.", "Mr.", "Sept.", "a.m.", "3:30", "$4.5", "billion", "21st",
    "1,500", "3.2%", "--", "-", "...", ",", ".", "?", "!", ";", ":", "(", ")", "\"",
    "'", "'s", "’", "“", "”", "—", "–", "…", "\xC2\xA0", "é", "Zürich", "北京", "😀",
    "COVID-19", "9/21/2025", "2025-09-21", "#", "@", "&", "+", "=", "°F", "½", "XIV",
    "FBI", "NATO", "x", "I", "\n", "\n\n", " ", "\t", "0", "007", "1e9", "-5",
    "Afghanistan’s", "don't", "rock'n'roll", "http://example.com/a?b=c", "a@b.org",
    "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "99999999999999999999999", ".com", "'90s", "1990s",
    "a", "between", "By", "JANE", ".45-caliber", ".335", "batting", "10-km", "Boeing",
    "737", "F-150", "p.m.-5", "ext.", "$.01,here", "9", "and", "July", "300p", "4m",
    "ratings", "call", "988", "2", "1/2", "1\xC2\xBD", "@janedoe", "ET", "49ers", "5k\xCE\xA9",
    "45\xC2\xBA" "C", "in)", "10'", "6'2\"", "$10", "million", "loan", "3km/h", "Artemis", "II",
    "737-800", "787-9", "+/-3%", "2.5:1", "Sept.-Oct.", "1\xE2\x85\x93", "1\xCB\xA2\xE1\xB5\x97",
    "ft", "in", "in.", "cu", "ZIP", "10001-1234", "(R-Iowa)", "Henry", "V", "$15/hour",
    "people/km\xC2\xB2", "index.html", "000", "800", "555", "0100", "0001", "GMT", "Mk",
    "s", "9.79", "Sts.", "ca", "50p", "1000s", "\xC3\x97", "L", "t",
    "UTC+05:30", "UTC\xE2\x88\x92", "GMT+", "S02E05", "s1e", "1.5e6", "1e-", "6.02\xC3\x97" "10^23",
    "10^-", "\xC3\x97" "10-19", "\xC2\xA3" "1", "10s", "6d", "3d", "lakh", "crore", "/sq", "NaCl",
    "Fe2O3", "I-35W", "Flight", "MH370", "Route", "9W", "uranium-235", "km", "NE", "SSE", "W",
    "a.s.l.", "est.", "Pop.", "FM", "101.1",
};

static unsigned rnd(unsigned long long *s)
{
    *s = *s * 6364136223846793005ULL + 1442695040888963407ULL;
    return (unsigned)(*s >> 33);
}

typedef struct lab_check {
    int bad;
    size_t labels;
} lab_check;

static int on_sentence(void *user, const nv_sentence *s)
{
    lab_check *lc = user;
    for (size_t i = 0; i < s->n_labels; i++) {
        const char *l = s->labels[i];
        size_t n = strlen(l);
        if (n == 0 || n >= 1024 || strpbrk(l, " \t\n") || !strstr(l, "/A:") ||
            !strstr(l, "/J:"))
            lc->bad++;
        lc->labels++;
    }
    for (size_t i = 0; i < s->n_words; i++) {
        const char *w = s->words[i].text;
        for (; *w; w++)
            if (!((*w >= 'a' && *w <= 'z') || *w == '\''))
                lc->bad++;
    }
    return 0;
}

int main(void)
{
    nv_engine *e = NULL;
    char err[256];
    if (nv_engine_open(NULL, &e, err, sizeof err) != NV_OK) {
        fprintf(stderr, "engine: %s\n", err);
        return 1;
    }
    nv_job *j = NULL;
    CHECK_INT(nv_job_new(e, &j), NV_OK);
    unsigned long long seed = 12345;
    size_t n_pieces = sizeof pieces / sizeof pieces[0];
    char text[4096];
    lab_check lc = {0, 0};
    int ok = 0, empty = 0, other = 0;
    for (int round = 0; round < 1500; round++) {
        size_t len = 0;
        int n = 1 + (int)(rnd(&seed) % 60);
        for (int k = 0; k < n; k++) {
            const char *p = pieces[rnd(&seed) % n_pieces];
            size_t pl = strlen(p);
            if (len + pl + 1 >= sizeof text)
                break;
            memcpy(text + len, p, pl);
            len += pl;
            if (rnd(&seed) % 3)
                text[len++] = ' ';
        }
        nv_status st = nv_job_run(j, text, len, NV_STAGE_LABELS, on_sentence, &lc);
        if (st == NV_OK)
            ok++;
        else if (st == NV_EEMPTY)
            empty++;
        else {
            other++;
            fprintf(stderr, "unexpected %s: %s\n", nv_status_name(st), nv_job_errmsg(j));
        }
    }
    /* one very long run-on "sentence" and one huge token */
    char *big = malloc(200000);
    for (size_t i = 0; i < 199999; i++)
        big[i] = (char)("abc 1,2.3-$%x"[i % 13]);
    big[199999] = '\0';
    CHECK_INT(nv_job_run(j, big, 199999, NV_STAGE_LABELS, on_sentence, &lc), NV_OK);
    memset(big, '9', 199999);
    CHECK_INT(nv_job_run(j, big, 199999, NV_STAGE_LABELS, on_sentence, &lc), NV_OK);
    free(big);

    CHECK_INT(other, 0);
    CHECK_INT(lc.bad, 0);
    CHECK(ok > 1000);
    CHECK(lc.labels > 50000);
    printf("%d ok, %d empty, %zu labels\n", ok, empty, lc.labels);
    nv_job_free(j);
    nv_engine_close(e);
    return CHECK_DONE();
}
