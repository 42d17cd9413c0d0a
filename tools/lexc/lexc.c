/* lexc.c - nv-lexc, the lexicon compiler: command line and timing.
 *
 *   nv-lexc --cmudict cmudict-0.4.out --addenda cmulex.scm --lts cmu_lts_rules.scm
 *           [--variants variants.txt] [--additions additions.txt] -o cmulex.nvlex
 * compiles Festival's CMU lexicon, its addenda, newsvoice's own homograph variants
 * (data/lexicon/variants.txt), its additions of words the 1990s dictionary lacks
 * (data/lexicon/additions.txt: read last, and refused if they name a word that any
 * other source has) and the letter-to-sound trees into one
 * memory-mappable file (src/pron/lexfmt.h) and reports counts, size and time on
 * stderr. Measured on the build machine (festlex-cmu 2.4, RelWithDebInfo): 0.2-0.3 s,
 * 33 MB peak memory, output 2,979,160 bytes (106,743 entries, 668 of them additions,
 * 50,952 tree nodes, 75 output classes); the output is byte-for-byte reproducible.
 *
 *   nv-lexc --query FILE.nvlex [--pos TAG] [--lts] WORD... ("-" reads words from stdin)
 * prints each word's pronunciation in Festival's syllable notation, e.g.
 * "record<TAB>(((r eh) 1) ((k er d) 0))": dictionary first, then letter-to-sound
 * (--lts: letter-to-sound only). A debugging aid; exit status 0.
 */
#include "lexc.h"

#include "core/phones.h"
#include "pron/pron.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static void usage(FILE *f)
{
    fprintf(f,
            "usage: nv-lexc --cmudict FILE --addenda FILE --lts FILE [--variants FILE]\n"
            "               [--additions FILE] -o OUT.nvlex\n"
            "       nv-lexc --query FILE.nvlex [--pos TAG] [--lts] WORD... (- = stdin)\n");
}

static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static int compile(const char *dict_path, const char *add_path, const char *var_path,
                   const char *new_path, const char *lts_path, const char *out_path)
{
    char err[600] = "";
    double t0 = now_ms();
    lexc_dict d;
    lexc_lts t;
    lexc_dict_init(&d);
    lexc_lts_init(&t);
    size_t size = 0;
    if (lexc_dict_load_cmudict(&d, dict_path, err, sizeof err) == 0 &&
        lexc_dict_load_addenda(&d, add_path, err, sizeof err) == 0 &&
        (!var_path || lexc_dict_load_variants(&d, var_path, err, sizeof err) == 0) &&
        (!new_path || lexc_dict_load_additions(&d, new_path, err, sizeof err) == 0) &&
        lexc_dict_finish(&d, err, sizeof err) == 0 &&
        lexc_lts_load(&t, lts_path, err, sizeof err) == 0)
        size = lexc_write(&d, &t, out_path, err, sizeof err);
    if (size == 0) {
        fprintf(stderr, "nv-lexc: %s\n", err);
    } else {
        fprintf(stderr,
                "nv-lexc: %zu dictionary (%zu of them additions) + %zu addenda entries, "
                "%zu dropped, %zu kept; LTS %zu nodes, %zu classes; wrote %s (%zu bytes) "
                "in %.0f ms\n",
                d.n_dict, d.n_additions, d.n_addenda, d.n_dropped, d.n_ent, t.n_node, t.n_cls, out_path,
                size, now_ms() - t0);
    }
    lexc_dict_free(&d);
    lexc_lts_free(&t);
    return size ? 0 : 1;
}

static void print_pron(const char *word, const nv_pron *p)
{
    if (p->n_syl == 0) {
        printf("%s\tnil\n", word);
        return;
    }
    printf("%s\t(", word);
    for (int s = 0; s < p->n_syl; s++) {
        int end = s + 1 < p->n_syl ? p->syl_first[s + 1] : p->n_ph;
        printf("%s((", s ? " " : "");
        for (int i = p->syl_first[s]; i < end; i++)
            printf("%s%s", i > p->syl_first[s] ? " " : "", nv__phone_name(p->ph[i]));
        printf(") %d)", p->syl_stress[s]);
    }
    printf(")\n");
}

static void query_one(const nv_lex *lex, const char *w, const char *pos, int lts_only)
{
    nv_pron p;
    size_t n = strlen(w);
    if (!lts_only && nv__lex_lookup(lex, w, n, pos, &p))
        print_pron(w, &p);
    else if (nv__lex_lts(lex, w, n, &p))
        print_pron(w, &p);
    else
        printf("%s\tnil\n", w);
}

static int query(int argc, char **argv)
{
    const char *pos = NULL;
    int lts_only = 0, i = 3;
    char err[600];
    nv_lex *lex;
    for (; i < argc; i++) {
        if (strcmp(argv[i], "--pos") == 0 && i + 1 < argc)
            pos = argv[++i];
        else if (strcmp(argv[i], "--lts") == 0)
            lts_only = 1;
        else
            break;
    }
    if (nv__lex_open(argv[2], &lex, err, sizeof err) < 0) {
        fprintf(stderr, "nv-lexc: %s\n", err);
        return 1;
    }
    for (; i < argc; i++) {
        if (strcmp(argv[i], "-") != 0) {
            query_one(lex, argv[i], pos, lts_only);
            continue;
        }
        char line[1024];
        while (fgets(line, sizeof line, stdin)) {
            line[strcspn(line, "\r\n")] = '\0';
            if (line[0])
                query_one(lex, line, pos, lts_only);
        }
    }
    nv__lex_close(lex);
    return 0;
}

int main(int argc, char **argv)
{
    const char *dict = NULL, *add = NULL, *lts = NULL, *out = NULL, *var = NULL;
    const char *more = NULL;
    if (argc >= 3 && strcmp(argv[1], "--query") == 0)
        return query(argc, argv);
    for (int i = 1; i < argc; i++) {
        const char **slot = strcmp(argv[i], "--cmudict") == 0   ? &dict
                            : strcmp(argv[i], "--addenda") == 0 ? &add
                            : strcmp(argv[i], "--lts") == 0     ? &lts
                            : strcmp(argv[i], "--variants") == 0 ? &var
                            : strcmp(argv[i], "--additions") == 0 ? &more
                            : strcmp(argv[i], "-o") == 0        ? &out
                                                                : NULL;
        if (strcmp(argv[i], "-h") == 0 || strcmp(argv[i], "--help") == 0) {
            usage(stdout);
            return 0;
        }
        if (!slot || i + 1 >= argc) {
            fprintf(stderr, "nv-lexc: unexpected argument \"%s\"\n", argv[i]);
            usage(stderr);
            return 2;
        }
        *slot = argv[++i];
    }
    if (!dict || !add || !lts || !out) {
        usage(stderr);
        return 2;
    }
    return compile(dict, add, var, more, lts, out);
}
