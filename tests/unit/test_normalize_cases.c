/* test_normalize_cases.c - runs the normaliser case files tests/normalize/ (*.tsv).
 *
 * Each file holds one class of cases (money, dates, measures...), one case a
 * line: the written text, a TAB, the expected spoken words (lower case, one
 * space between words). Empty lines and lines starting with '#' are skipped.
 * The written text goes through the plain-text input stage (folding of dashes
 * and quotes, tokens, sentence boundaries) and nv__normalize sentence by
 * sentence, and the words joined by spaces must equal the expected text exactly
 * (the POS hint is not compared). Mismatches are printed as file:line. The cases were written for
 * this project. NV_SOURCE_DIR (set by ctest) locates the repository.
 */
#define _POSIX_C_SOURCE 200809L

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "core/arena.h"
#include "ingest/ingest.h"
#include "normalize/normalize.h"

#define MAX_TOK 512
#define OUT_MAX 8192
#define LINE_MAX_LEN 4096
#define MAX_FILES 64


/* ---- the sink ------------------------------------------------------------------ */

typedef struct sink {
    char out[OUT_MAX];
    size_t n;
} sink;

static int collect(void *ud, const char *word, size_t len, const char *pos, size_t i_tok)
{
    sink *k = ud;

    (void)pos;
    (void)i_tok;
    if (k->n + len + 2 >= OUT_MAX)
        return 0;
    if (k->n > 0)
        k->out[k->n++] = ' ';
    memcpy(k->out + k->n, word, len);
    k->n += len;
    k->out[k->n] = '\0';
    return 0;
}

/* The written text through the input stage (folding, tokens, sentences) and
 * the normaliser, sentence by sentence, as `newsvoice normalize` reads plain
 * text. */
static int normalize_text(const char *text, sink *k)
{
    nv_arena arena;
    nv_ingest in;
    int rc = 0;

    nv__arena_init(&arena, 0);
    nv__ingest_init(&in, text, strlen(text));
    for (;;) {
        nv_utt u;
        nv_ntok tok[MAX_TOK];
        int r;

        nv__arena_reset(&arena);
        memset(&u, 0, sizeof u);
        u.arena = &arena;
        u.src = text;
        u.src_len = strlen(text);
        r = nv__ingest_next(&in, &u);
        if (r <= 0) {
            rc = r;
            break;
        }
        for (uint32_t i = 0; i < u.n_tok && i < MAX_TOK; i++) {
            const nv_token *t = &u.tok[i];
            tok[i] = (nv_ntok){t->text, t->len, t->pre, t->pre_len, t->post, t->post_len, 0};
        }
        if (nv__normalize(tok, u.n_tok < MAX_TOK ? u.n_tok : MAX_TOK, collect, k) != 0) {
            rc = -1;
            break;
        }
    }
    nv__arena_free(&arena);
    return rc;
}

/* ---- the case files ------------------------------------------------------------- */

static int cmp_names(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static size_t run_file(const char *path, const char *name)
{
    FILE *f = fopen(path, "r");
    char line[LINE_MAX_LEN];
    size_t lineno = 0, n_cases = 0;

    CHECK(f != NULL);
    if (!f)
        return 0;
    while (fgets(line, sizeof line, f)) {
        sink k;
        char *tab, *want;
        size_t len = strlen(line);

        lineno++;
        while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r'))
            line[--len] = '\0';
        if (len == 0 || line[0] == '#')
            continue;
        tab = strchr(line, '\t');
        check_run++;
        if (!tab) {
            check_failed++;
            fprintf(stderr, "tests/normalize/%s:%zu: no TAB between written and spoken\n",
                    name, lineno);
            continue;
        }
        *tab = '\0';
        want = tab + 1;
        memset(&k, 0, sizeof k);
        if (normalize_text(line, &k) != 0 || strcmp(k.out, want) != 0) {
            check_failed++;
            fprintf(stderr, "tests/normalize/%s:%zu: %s\n    got:  %s\n    want: %s\n",
                    name, lineno, line, k.out, want);
        }
        n_cases++;
    }
    fclose(f);
    return n_cases;
}

int main(void)
{
    const char *src = getenv("NV_SOURCE_DIR");
    char dir[1024], path[2048];
    char *names[MAX_FILES];
    size_t n_names = 0, i, total = 0;
    DIR *d;
    struct dirent *e;

    snprintf(dir, sizeof dir, "%s/tests/normalize", src && *src ? src : ".");
    d = opendir(dir);
    if (!d) {
        fprintf(stderr, "cannot open %s (set NV_SOURCE_DIR)\n", dir);
        return 1;
    }
    while ((e = readdir(d)) != NULL && n_names < MAX_FILES) {
        size_t n = strlen(e->d_name);
        if (n > 4 && strcmp(e->d_name + n - 4, ".tsv") == 0) {
            names[n_names] = malloc(n + 1);
            if (names[n_names]) {
                memcpy(names[n_names], e->d_name, n + 1);
                n_names++;
            }
        }
    }
    closedir(d);
    qsort(names, n_names, sizeof names[0], cmp_names);
    for (i = 0; i < n_names; i++) {
        size_t n;
        snprintf(path, sizeof path, "%s/%s", dir, names[i]);
        n = run_file(path, names[i]);
        printf("%-20s %zu cases\n", names[i], n);
        total += n;
        free(names[i]);
    }
    printf("%zu cases in %zu files\n", total, n_names);
    CHECK(total >= 200);
    return CHECK_DONE();
}
