/* postag.c - nv-postag, the part-of-speech model compiler.
 *
 *   nv-postag --poslex wsj.wp39.poslexR --ngram wsj.wp39.tri.ngrambin -o pos.nvtag
 *
 * Reads Festival's part-of-speech models from Debian's festlex-poslex and writes
 * one memory-mappable file (layout: src/pron/tagfmt.h) for the homograph tagger
 * (src/pron/tagger.c):
 *
 * - wsj.wp39.poslexR is a compiled Festival lexicon ("MNCL", then one entry per
 *   line: ("word" ((tag logprob) ...) () )) giving log P(word | tag) (natural log)
 *   for the Penn Treebank tags of the Wall Street Journal, lower-cased.
 * - wsj.wp39.tri.ngrambin is an EST n-gram in its binary form: a line
 *   "NgramBin_2 ORDER", a line with the vocabulary, a line with the predicted
 *   vocabulary, then big-endian doubles: the (smoothed) counts of every
 *   trigram, context-major (t1, then t2, then the predicted t3), run-length
 *   coded: a negative value -k stands for k copies of the value before it.
 *
 * The trigram counts are interpolated with the bigram and unigram counts into
 * log P(t3 | t1 t2). Words the lexicon holds only a few times give, by their
 * last one to four letters, a tag distribution q(t | suffix); the model stores
 * log q(t | suffix) - log count(t), the emission of a word seen once whose
 * tags follow q (the tagger's estimate for unknown words, and its pseudo-count
 * for the tags a known word was not seen with). The output is byte-for-byte
 * reproducible.
 */
#include "pron/tagfmt.h"

#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_SUF 4
#define RARE_COUNT 3.0     /* a word seen at most this often informs the suffix model */
#define SUF_MIN_MASS 4.0   /* keep a suffix with at least this much rare-word mass */

typedef struct {
    char *word;
    uint32_t first, n;
} key;

typedef struct {
    char name[NV_TAGF_NAME];
} tagname;

static tagname tags[NV_TAGF_MAX_TAG];
static unsigned n_tag;

static key *words;
static size_t n_words, cap_words;
static nv_tagf_emit *emits;
static size_t n_emits, cap_emits;

__attribute__((format(printf, 1, 2), noreturn)) static void die(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fprintf(stderr, "nv-postag: ");
    vfprintf(stderr, fmt, ap);
    fprintf(stderr, "\n");
    va_end(ap);
    exit(1);
}

static void *xrealloc(void *p, size_t n)
{
    void *q = realloc(p, n ? n : 1);
    if (!q)
        die("out of memory");
    return q;
}

static char *read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        die("cannot open %s (%s)", path, strerror(errno));
    size_t cap = 1 << 20, n = 0;
    char *buf = xrealloc(NULL, cap + 1);
    size_t got;
    while ((got = fread(buf + n, 1, cap - n, f)) > 0) {
        n += got;
        if (n == cap) {
            cap *= 2;
            buf = xrealloc(buf, cap + 1);
        }
    }
    if (ferror(f))
        die("cannot read %s", path);
    fclose(f);
    buf[n] = '\0';
    *len = n;
    return buf;
}

static int tag_index(const char *name, size_t len)
{
    for (unsigned i = 0; i < n_tag; i++)
        if (strlen(tags[i].name) == len && memcmp(tags[i].name, name, len) == 0)
            return (int)i;
    return -1;
}

/* ---- the tag trigram ------------------------------------------------------ */

static double *counts;   /* n_tag^3 */

static uint64_t be64(const unsigned char *p)
{
    uint64_t v = 0;
    for (int i = 0; i < 8; i++)
        v = v << 8 | p[i];
    return v;
}

static void load_ngram(const char *path)
{
    size_t len;
    char *buf = read_file(path, &len);
    char *nl1 = memchr(buf, '\n', len);
    if (!nl1 || strncmp(buf, "NgramBin_2 3", 12) != 0)
        die("%s: not an EST binary trigram (\"NgramBin_2 3\")", path);
    char *l2 = nl1 + 1, *nl2 = memchr(l2, '\n', len - (size_t)(l2 - buf));
    if (!nl2)
        die("%s: truncated vocabulary", path);
    *nl2 = '\0';
    for (char *t = strtok(l2, " "); t; t = strtok(NULL, " ")) {
        if (n_tag >= NV_TAGF_MAX_TAG || strlen(t) >= NV_TAGF_NAME)
            die("%s: vocabulary too large or tag too long", path);
        snprintf(tags[n_tag++].name, NV_TAGF_NAME, "%s", t);
    }
    char *l3 = nl2 + 1, *nl3 = memchr(l3, '\n', len - (size_t)(l3 - buf));
    if (!nl3 || n_tag < 2)
        die("%s: truncated predicted vocabulary", path);
    *nl3 = '\0';
    unsigned k = 0;
    for (char *t = strtok(l3, " "); t; t = strtok(NULL, " "), k++)
        if (k >= n_tag || strcmp(t, tags[k].name) != 0)
            die("%s: predicted vocabulary differs from the vocabulary", path);
    const unsigned char *p = (const unsigned char *)nl3 + 1;
    size_t nbytes = len - (size_t)((const char *)p - buf);
    size_t want = (size_t)n_tag * n_tag * n_tag, n = 0;
    counts = xrealloc(NULL, want * sizeof *counts);
    for (size_t off = 0; off + 8 <= nbytes; off += 8) {
        uint64_t bits = be64(p + off);
        double v;
        memcpy(&v, &bits, sizeof v);
        if (!isfinite(v))
            die("%s: bad value at byte %ld", path, (long)off);
        if (v < 0) {
            long run = (long)-v;
            if (n == 0 || run < 2 || n + (size_t)run - 1 > want)
                die("%s: bad run length at byte %ld", path, (long)off);
            for (long r = 1; r < run; r++, n++)
                counts[n] = counts[n - 1];
        } else {
            if (n >= want)
                die("%s: too many values", path);
            counts[n++] = v;
        }
    }
    if (n != want)
        die("%s: %ld counts, expected the cube of the vocabulary", path, (long)n);
    free(buf);
}

/* ---- the word lexicon ------------------------------------------------------ */

static void add_emit(uint32_t tag, float lp)
{
    if (n_emits == cap_emits) {
        cap_emits = cap_emits ? cap_emits * 2 : 65536;
        emits = xrealloc(emits, cap_emits * sizeof *emits);
    }
    emits[n_emits].tag = tag;
    emits[n_emits].lp = lp;
    n_emits++;
}

static void skip_ws(const char **p)
{
    while (**p == ' ' || **p == '\t' || **p == '\r')
        (*p)++;
}

/* Parse one entry line; returns 1 if it added a word, 0 for a blank line. */
static int parse_entry(const char *line, const char *path, long lineno)
{
    const char *p = line;
    skip_ws(&p);
    if (!*p)
        return 0;
    if (*p++ != '(')
        die("%s:%ld: entry does not start with (", path, lineno);
    skip_ws(&p);
    if (*p++ != '"')
        die("%s:%ld: entry has no quoted word", path, lineno);
    char w[256];
    size_t wl = 0;
    while (*p && *p != '"') {
        if (*p == '\\' && p[1])
            p++;
        if (wl + 1 >= sizeof w)
            die("%s:%ld: word too long", path, lineno);
        w[wl++] = *p++;
    }
    if (*p++ != '"')
        die("%s:%ld: unterminated word", path, lineno);
    w[wl] = '\0';
    skip_ws(&p);
    if (*p++ != '(')
        die("%s:%ld: no tag list", path, lineno);
    uint32_t first = (uint32_t)n_emits;
    for (;;) {
        skip_ws(&p);
        if (*p == ')') {
            p++;
            break;
        }
        if (*p++ != '(')
            die("%s:%ld: tag entry is not (tag logprob)", path, lineno);
        skip_ws(&p);
        const char *t = p;
        while (*p && *p != ' ' && *p != ')')
            p++;
        size_t tl = (size_t)(p - t);
        skip_ws(&p);
        char *end;
        double lp = strtod(p, &end);
        if (end == p || !isfinite(lp) || lp > 0)
            die("%s:%ld: bad log probability", path, lineno);
        p = end;
        skip_ws(&p);
        if (*p++ != ')')
            die("%s:%ld: tag entry is not (tag logprob)", path, lineno);
        int ti = tag_index(t, tl);
        if (ti < 0)
            die("%s:%ld: tag not in the trigram's vocabulary", path, lineno);
        /* "1" and "2" are rare markers of the tag set, not parts of speech */
        if (strcmp(tags[ti].name, "1") == 0 || strcmp(tags[ti].name, "2") == 0)
            continue;
        add_emit((uint32_t)ti, (float)lp);
    }
    if (n_emits == first)
        return 0;
    if (n_words == cap_words) {
        cap_words = cap_words ? cap_words * 2 : 65536;
        words = xrealloc(words, cap_words * sizeof *words);
    }
    words[n_words].word = xrealloc(NULL, wl + 1);
    memcpy(words[n_words].word, w, wl + 1);
    words[n_words].first = first;
    words[n_words].n = (uint32_t)(n_emits - first);
    n_words++;
    return 1;
}

static void load_poslex(const char *path)
{
    size_t len;
    char *buf = read_file(path, &len);
    char *save = NULL;
    long lineno = 0;
    int header = 0;
    for (char *line = strtok_r(buf, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
        lineno++;
        if (!header) {
            if (strncmp(line, "MNCL", 4) != 0)
                die("%s: not a Festival compiled lexicon (no MNCL header)", path);
            header = 1;
            continue;
        }
        parse_entry(line, path, lineno);
    }
    if (n_words == 0)
        die("%s: no entries", path);
    free(buf);
}

static int cmp_key(const void *a, const void *b)
{
    return strcmp(((const key *)a)->word, ((const key *)b)->word);
}

/* ---- output ------------------------------------------------------------------ */

static int open_class(const char *t)
{
    static const char *const open[] = {"nn", "nns", "nnp", "nnps", "jj", "jjr", "jjs", "vb",
                                       "vbd", "vbg", "vbn", "vbp", "vbz", "rb", "cd", "fw",
                                       NULL};
    for (int i = 0; open[i]; i++)
        if (strcmp(open[i], t) == 0)
            return 1;
    return 0;
}

int main(int argc, char **argv)
{
    const char *poslex = NULL, *ngram = NULL, *out = NULL;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--poslex") == 0 && i + 1 < argc)
            poslex = argv[++i];
        else if (strcmp(argv[i], "--ngram") == 0 && i + 1 < argc)
            ngram = argv[++i];
        else if (strcmp(argv[i], "-o") == 0 && i + 1 < argc)
            out = argv[++i];
        else {
            fprintf(stderr, "usage: nv-postag --poslex FILE --ngram FILE -o OUT.nvtag\n");
            return 2;
        }
    }
    if (!poslex || !ngram || !out) {
        fprintf(stderr, "usage: nv-postag --poslex FILE --ngram FILE -o OUT.nvtag\n");
        return 2;
    }
    load_ngram(ngram);
    load_poslex(poslex);
    const unsigned V = n_tag;

    /* tag counts from the trigram: c1[t] = sum over t1 t2 of c(t1 t2 t), etc. */
    double c1[NV_TAGF_MAX_TAG] = {0}, total = 0;
    double *c2 = xrealloc(NULL, (size_t)V * V * sizeof *c2);
    memset(c2, 0, (size_t)V * V * sizeof *c2);
    for (unsigned a = 0; a < V; a++)
        for (unsigned b = 0; b < V; b++)
            for (unsigned c = 0; c < V; c++) {
                double v = counts[((size_t)a * V + b) * V + c];
                c2[(size_t)b * V + c] += v;
                c1[c] += v;
                total += v;
            }
    if (total <= 0)
        die("%s: empty trigram", ngram);
    float *trans = xrealloc(NULL, (size_t)V * V * V * sizeof *trans);
    for (unsigned a = 0; a < V; a++)
        for (unsigned b = 0; b < V; b++) {
            double r3 = 0, r2 = c1[b];
            for (unsigned c = 0; c < V; c++)
                r3 += counts[((size_t)a * V + b) * V + c];
            for (unsigned c = 0; c < V; c++) {
                double p = 0.02 * (c1[c] + 0.5) / (total + 0.5 * V);
                double w2 = r3 > 0 ? 0.18 : 0.98;
                if (r2 > 0)
                    p += w2 * c2[(size_t)b * V + c] / r2;
                else
                    p += w2 * (c1[c] + 0.5) / (total + 0.5 * V);
                if (r3 > 0)
                    p += 0.80 * counts[((size_t)a * V + b) * V + c] / r3;
                trans[((size_t)a * V + b) * V + c] = (float)log(p);
            }
        }

    /* suffix evidence from rare words: count(w, t) = P(w | t) * count(t) */
    qsort(words, n_words, sizeof *words, cmp_key);
    typedef struct {
        char suf[MAX_SUF + 1];
        double c[NV_TAGF_MAX_TAG];
        double mass;
    } sufacc;
    size_t n_sacc = 0, cap_sacc = 4096;
    sufacc *sacc = xrealloc(NULL, cap_sacc * sizeof *sacc);
    double rare[NV_TAGF_MAX_TAG] = {0}, rare_mass = 0;
    for (size_t i = 0; i < n_words; i++) {
        double wc = 0;
        for (uint32_t k = 0; k < words[i].n; k++) {
            const nv_tagf_emit *e = &emits[words[i].first + k];
            wc += exp(e->lp) * c1[e->tag];
        }
        size_t wl = strlen(words[i].word);
        if (wc > RARE_COUNT || wl < 3)
            continue;
        int letters = 1;
        for (size_t j = 0; j < wl; j++)
            if (!((words[i].word[j] >= 'a' && words[i].word[j] <= 'z') ||
                  words[i].word[j] == '-' || words[i].word[j] == '\''))
                letters = 0;
        if (!letters)
            continue;
        for (uint32_t k = 0; k < words[i].n; k++) {
            const nv_tagf_emit *e = &emits[words[i].first + k];
            double c = exp(e->lp) * c1[e->tag];
            if (!open_class(tags[e->tag].name))
                continue;
            rare[e->tag] += c;
            rare_mass += c;
            for (size_t s = 1; s <= MAX_SUF && s + 1 < wl; s++) {
                const char *suf = words[i].word + wl - s;
                size_t j;
                for (j = 0; j < n_sacc; j++)
                    if (strcmp(sacc[j].suf, suf) == 0)
                        break;
                if (j == n_sacc) {
                    if (n_sacc == cap_sacc) {
                        cap_sacc *= 2;
                        sacc = xrealloc(sacc, cap_sacc * sizeof *sacc);
                    }
                    memset(&sacc[j], 0, sizeof sacc[j]);
                    memcpy(sacc[j].suf, suf, s);
                    n_sacc++;
                }
                sacc[j].c[e->tag] += c;
                sacc[j].mass += c;
            }
        }
    }
    if (rare_mass <= 0)
        die("%s: no rare words for the unknown-word model", poslex);
    /* keys: suffixes with enough mass, plus "" for the rare-word distribution */
    key *sufs = xrealloc(NULL, (n_sacc + 1) * sizeof *sufs);
    size_t n_sufs = 0;
    for (size_t j = 0; j <= n_sacc; j++) {
        const double *c = j < n_sacc ? sacc[j].c : rare;
        double mass = j < n_sacc ? sacc[j].mass : rare_mass;
        if (mass < SUF_MIN_MASS)
            continue;
        const char *name = j < n_sacc ? sacc[j].suf : "";
        sufs[n_sufs].word = xrealloc(NULL, strlen(name) + 1);
        strcpy(sufs[n_sufs].word, name);
        sufs[n_sufs].first = (uint32_t)n_emits;
        for (unsigned t = 0; t < V; t++) {
            if (!open_class(tags[t].name) || rare[t] <= 0)
                continue;
            /* P(t | suffix), smoothed towards the rare-word distribution */
            double p = (c[t] + 2.0 * rare[t] / rare_mass) / (mass + 2.0);
            add_emit(t, (float)(log(p) - log(c1[t])));
        }
        sufs[n_sufs].n = (uint32_t)(n_emits - sufs[n_sufs].first);
        n_sufs++;
    }
    qsort(sufs, n_sufs, sizeof *sufs, cmp_key);

    /* strings */
    size_t str_bytes = 0;
    for (size_t i = 0; i < n_words; i++)
        str_bytes += strlen(words[i].word) + 1;
    for (size_t i = 0; i < n_sufs; i++)
        str_bytes += strlen(sufs[i].word) + 1;
    size_t str_pad = (str_bytes + 3) & ~(size_t)3;

    char tmp[4096];
    if (snprintf(tmp, sizeof tmp, "%s.tmp", out) >= (int)sizeof tmp)
        die("output path too long");
    FILE *f = fopen(tmp, "wb");
    if (!f)
        die("cannot write %s (%s)", tmp, strerror(errno));
    nv_tagf_header h;
    memset(&h, 0, sizeof h);
    memcpy(h.magic, NV_TAGF_MAGIC, 8);
    h.n_tag = V;
    h.n_word = (uint32_t)n_words;
    h.n_suf = (uint32_t)n_sufs;
    h.n_emit = (uint32_t)n_emits;
    h.str_bytes = (uint32_t)str_pad;
    fwrite(&h, sizeof h, 1, f);
    for (unsigned t = 0; t < V; t++)
        fwrite(tags[t].name, NV_TAGF_NAME, 1, f);
    fwrite(trans, sizeof *trans, (size_t)V * V * V, f);
    uint32_t off = 0;
    for (int pass = 0; pass < 2; pass++) {
        const key *ks = pass ? sufs : words;
        size_t nk = pass ? n_sufs : n_words;
        for (size_t i = 0; i < nk; i++) {
            nv_tagf_key k = {off, ks[i].first, ks[i].n};
            fwrite(&k, sizeof k, 1, f);
            off += (uint32_t)strlen(ks[i].word) + 1;
        }
    }
    fwrite(emits, sizeof *emits, n_emits, f);
    for (int pass = 0; pass < 2; pass++) {
        const key *ks = pass ? sufs : words;
        size_t nk = pass ? n_sufs : n_words;
        for (size_t i = 0; i < nk; i++)
            fwrite(ks[i].word, 1, strlen(ks[i].word) + 1, f);
    }
    static const char zeros[4];
    fwrite(zeros, 1, str_pad - str_bytes, f);
    if (ferror(f) || fclose(f) != 0)
        die("cannot write %s", tmp);
    if (rename(tmp, out) != 0)
        die("cannot rename %s into place (%s)", tmp, strerror(errno));
    fprintf(stderr, "nv-postag: %u tags, %zu words, %zu suffixes, %zu emissions -> %s\n", V,
            n_words, n_sufs, n_emits, out);
    for (size_t i = 0; i < n_words; i++)
        free(words[i].word);
    for (size_t i = 0; i < n_sufs; i++)
        free(sufs[i].word);
    free(words);
    free(sufs);
    free(sacc);
    free(emits);
    free(trans);
    free(c2);
    free(counts);
    return 0;
}
