/* g2p_train.c - trains the letter-to-sound model (file layout in g2p.h).
 *
 * 1. Dictionary: CMUdict-format lines (WORD  PH1 PH2 ..., stress digits, ";;;"
 *    comments, WORD(2) alternates) or Festival compiled-lexicon lines, each entry kept
 *    as letter codes (a-z) and phone symbols (radio phone id and stress). Malformed
 *    lines are reported with their line numbers; exact duplicates are dropped.
 * 2. Alignment (Bisani & Ney's joint-sequence model): every entry is a sequence of
 *    graphones, each one or two letters with zero, one or two phones. EM over all
 *    segmentations (forward-backward on the letter x phone lattice) estimates
 *    graphone unigram probabilities; the Viterbi segmentation of each entry under
 *    the final estimate is its graphone sequence.
 * 3. Two graphone n-gram models of order N over those sequences, one reading them
 *    left to right and one right to left, each with a word-boundary token before
 *    and after each word, smoothed by interpolated modified Kneser-Ney (Chen &
 *    Goodman: three discounts per order from the counts of counts; continuation
 *    counts for lower orders). The interpolated probabilities are stored in
 *    back-off form, so decoding needs one lookup per back-off level.
 *    The discounts are scaled by NV_G2P_DEFAULT_DISCOUNT_SCALE unless asked otherwise.
 * 3b. Stress patterns: for each entry with 1 to NV_G2P_STRESS_KMAX vowels, its
 *    vowels' stress digits are counted under the vowel count with each suffix and
 *    each prefix of up to NV_G2P_STRESS_AFFIX letters, and so are its vowels
 *    without stress (when at most NV_G2P_SKEL_KMAX): the decoder's reranking.
 * 4. Contexts are numbered by order (a back-off context always has a smaller id),
 *    entries sorted by token within a context; the file is written to PATH.tmp and
 *    renamed. Everything is deterministic (no randomness, no threads, fixed
 *    summation order): the same dictionary gives the same file.
 * 5. Optionally (nv_g2p_train_opts.realign) the dictionary is realigned with a
 *    trained low-order model and the models are trained again; on CMUdict 0.4 this
 *    changed nothing, so it is off by default.
 */
#include "pron/g2p.h"
#include "pron/lexfmt.h"

#include "core/phones.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define MAX_TRAIN_PH NV_PRON_MAX_PH
#define NO_NODE 0xffffffffu

typedef struct entry {
    uint32_t let_off, ph_off;
    uint8_t n_let, n_ph;
} entry;

struct nv_g2p_dict {
    uint8_t *let;     /* letter codes 0-25 */
    size_t n_let, cap_let;
    uint8_t *ph;      /* phone codes: radio id * 4 + stress (3: consonant) */
    size_t n_ph, cap_ph;
    entry *e;
    size_t n, cap;
};

nv_g2p_dict *nv__g2p_dict_new(void)
{
    return calloc(1, sizeof(nv_g2p_dict));
}

void nv__g2p_dict_free(nv_g2p_dict *d)
{
    if (!d)
        return;
    free(d->let);
    free(d->ph);
    free(d->e);
    free(d);
}

size_t nv__g2p_dict_size(const nv_g2p_dict *d)
{
    return d ? d->n : 0;
}

static int grow(void **p, size_t *cap, size_t need, size_t size)
{
    if (need <= *cap)
        return 0;
    size_t c = *cap ? *cap : 1024;
    while (c < need)
        c *= 2;
    void *q = realloc(*p, c * size);
    if (!q)
        return -1;
    *p = q;
    *cap = c;
    return 0;
}

/* Append one entry. Returns 0, -1 on out of memory. */
static int dict_add(nv_g2p_dict *d, const uint8_t *let, int n_let, const uint8_t *ph, int n_ph)
{
    if (grow((void **)&d->let, &d->cap_let, d->n_let + (size_t)n_let, 1) != 0 ||
        grow((void **)&d->ph, &d->cap_ph, d->n_ph + (size_t)n_ph, 1) != 0 ||
        grow((void **)&d->e, &d->cap, d->n + 1, sizeof *d->e) != 0)
        return -1;
    entry *e = &d->e[d->n++];
    e->let_off = (uint32_t)d->n_let;
    e->ph_off = (uint32_t)d->n_ph;
    e->n_let = (uint8_t)n_let;
    e->n_ph = (uint8_t)n_ph;
    memcpy(d->let + d->n_let, let, (size_t)n_let);
    memcpy(d->ph + d->n_ph, ph, (size_t)n_ph);
    d->n_let += (size_t)n_let;
    d->n_ph += (size_t)n_ph;
    return 0;
}

static int is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f'; }

/* Letters of a headword. Returns the number of letters, 0 when the word is to be
 * skipped (no letters, or characters other than letters ' . -). */
static int word_letters(const char *w, size_t len, uint8_t *let)
{
    int n = 0;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)w[i];
        if (c >= 'A' && c <= 'Z')
            c = (unsigned char)(c - 'A' + 'a');
        if (c >= 'a' && c <= 'z') {
            if (n == NV_G2P_MAX_LETTERS)
                return 0;
            let[n++] = (uint8_t)(c - 'a');
        } else if (c != '\'' && c != '.' && c != '-') {
            return 0;
        }
    }
    return n;
}

static void report(nv_g2p_bad_fn bad, void *user, unsigned long line, long *n_bad,
                   const char *fmt, const char *a, size_t alen)
{
    char why[160];
    char arg[48];
    size_t k = alen < sizeof arg - 1 ? alen : sizeof arg - 1;
    memcpy(arg, a ? a : "", a ? k : 0);
    arg[a ? k : 0] = '\0';
    snprintf(why, sizeof why, fmt, arg);
    (*n_bad)++;
    if (bad)
        bad(user, line, why);
}

/* One CMUdict line (without its newline). Returns 1 ok/skipped, 0 bad, -1 OOM. */
static int parse_cmu_line(nv_g2p_dict *d, const char *s, size_t len, unsigned long line,
                          nv_g2p_bad_fn bad, void *user, long *n_bad)
{
    size_t i = 0;
    while (i < len && is_space(s[i]))
        i++;
    if (i == len)
        return 1;   /* blank */
    if (len - i >= 3 && memcmp(s + i, ";;;", 3) == 0)
        return 1;   /* comment */
    if (i > 0) {
        report(bad, user, line, n_bad, "line starts with white space%s", "", 0);
        return 0;
    }
    size_t wb = i;
    while (i < len && !is_space(s[i]))
        i++;
    size_t we = i;
    /* alternate pronunciation: WORD(2) */
    if (we - wb >= 3 && s[we - 1] == ')') {
        size_t k = we - 1;
        while (k > wb && s[k - 1] >= '0' && s[k - 1] <= '9')
            k--;
        if (k > wb + 1 && k < we - 1 && s[k - 1] == '(')
            we = k - 1;
    }
    uint8_t let[NV_G2P_MAX_LETTERS];
    uint8_t ph[MAX_TRAIN_PH];
    int n_let = word_letters(s + wb, we - wb, let), n_ph = 0;
    int any = 0;
    while (i < len) {
        while (i < len && is_space(s[i]))
            i++;
        if (i == len)
            break;
        size_t pb = i;
        while (i < len && !is_space(s[i]))
            i++;
        any = 1;
        int stress = -1;
        int id = nv__phone_from_arpabet(s + pb, i - pb, &stress);
        if (id < 0 || id == NV_PH_PAU) {
            report(bad, user, line, n_bad, "unknown phone '%s'", s + pb, i - pb);
            return 0;
        }
        int vowel = nv__phone_is_vowel(id);
        if (vowel && stress < 0) {
            report(bad, user, line, n_bad, "vowel '%s' without a stress digit", s + pb, i - pb);
            return 0;
        }
        if (!vowel && stress >= 0) {
            report(bad, user, line, n_bad, "stress digit on consonant '%s'", s + pb, i - pb);
            return 0;
        }
        if (n_ph == MAX_TRAIN_PH) {
            report(bad, user, line, n_bad, "too many phones%s", "", 0);
            return 0;
        }
        ph[n_ph++] = (uint8_t)(id * 4 + (vowel ? (id == NV_PH_AX ? 0 : stress) : 3));
    }
    if (!any) {
        report(bad, user, line, n_bad, "no pronunciation after the word%s", "", 0);
        return 0;
    }
    if (n_let == 0)
        return 1;   /* punctuation names, digits: not letters to learn from */
    return dict_add(d, let, n_let, ph, n_ph) == 0 ? 1 : -1;
}

/* One Festival lexicon line: ("word" pos (((ph ...) stress) ...)). */
static int parse_festival_line(nv_g2p_dict *d, const char *s, size_t len,
                               unsigned long line, nv_g2p_bad_fn bad, void *user,
                               long *n_bad)
{
    size_t i = 0;
    while (i < len && is_space(s[i]))
        i++;
    if (i == len || s[i] == ';')
        return 1;
    if (len - i >= 4 && memcmp(s + i, "MNCL", 4) == 0)
        return 1;   /* the compiled lexicon's header line */
    if (len - i < 2 || s[i] != '(' || s[i + 1] != '"') {
        report(bad, user, line, n_bad, "expected (\"word\" ...)%s", "", 0);
        return 0;
    }
    i += 2;
    size_t wb = i;
    while (i < len && s[i] != '"')
        i++;
    if (i == len) {
        report(bad, user, line, n_bad, "unterminated word%s", "", 0);
        return 0;
    }
    size_t we = i++;
    while (i < len && is_space(s[i]))
        i++;
    /* part of speech: one token (nil, n, v, ...) */
    while (i < len && !is_space(s[i]) && s[i] != '(')
        i++;
    while (i < len && is_space(s[i]))
        i++;
    if (i == len || s[i] != '(') {
        report(bad, user, line, n_bad, "expected the syllable list%s", "", 0);
        return 0;
    }
    i++;
    uint8_t ph[MAX_TRAIN_PH];
    int n_ph = 0;
    for (;;) {
        while (i < len && is_space(s[i]))
            i++;
        if (i < len && s[i] == ')')
            break;
        if (len - i < 2 || s[i] != '(' || s[i + 1] != '(') {
            report(bad, user, line, n_bad, "expected ((phones) stress)%s", "", 0);
            return 0;
        }
        i += 2;
        int first = n_ph;
        for (;;) {
            while (i < len && is_space(s[i]))
                i++;
            if (i < len && s[i] == ')')
                break;
            size_t pb = i;
            while (i < len && !is_space(s[i]) && s[i] != ')' && s[i] != '(')
                i++;
            int id = i > pb ? nv__phone_id(s + pb, i - pb) : -1;
            if (id <= 0) {
                report(bad, user, line, n_bad, "unknown phone '%s'", s + pb, i - pb);
                return 0;
            }
            if (n_ph == MAX_TRAIN_PH) {
                report(bad, user, line, n_bad, "too many phones%s", "", 0);
                return 0;
            }
            ph[n_ph++] = (uint8_t)(id * 4 + 3);
        }
        i++;   /* ')' after the phones */
        while (i < len && is_space(s[i]))
            i++;
        if (i == len || s[i] < '0' || s[i] > '2') {
            report(bad, user, line, n_bad, "expected a stress digit 0-2%s", "", 0);
            return 0;
        }
        int stress = s[i++] - '0';
        while (i < len && is_space(s[i]))
            i++;
        if (i == len || s[i] != ')') {
            report(bad, user, line, n_bad, "expected ) after the stress%s", "", 0);
            return 0;
        }
        i++;
        for (int k = first; k < n_ph; k++) {
            int id = ph[k] / 4;
            if (nv__phone_is_vowel(id))
                ph[k] = (uint8_t)(id * 4 + (id == NV_PH_AX ? 0 : stress));
        }
    }
    i++;   /* ')' closing the syllable list */
    while (i < len && is_space(s[i]))
        i++;
    if (i == len || s[i] != ')') {
        report(bad, user, line, n_bad, "expected ) closing the entry%s", "", 0);
        return 0;
    }
    for (i++; i < len && is_space(s[i]);)
        i++;
    if (i < len) {
        report(bad, user, line, n_bad, "text after the entry%s", "", 0);
        return 0;
    }
    if (n_ph == 0) {
        report(bad, user, line, n_bad, "no pronunciation%s", "", 0);
        return 0;
    }
    uint8_t let[NV_G2P_MAX_LETTERS];
    int n_let = word_letters(s + wb, we - wb, let);
    if (n_let == 0)
        return 1;
    return dict_add(d, let, n_let, ph, n_ph) == 0 ? 1 : -1;
}

long nv__g2p_dict_parse(nv_g2p_dict *d, const char *text, size_t len, int festival,
                        nv_g2p_bad_fn bad, void *user)
{
    long n_bad = 0;
    unsigned long line = 0;
    size_t i = 0;
    while (i < len) {
        size_t b = i;
        while (i < len && text[i] != '\n')
            i++;
        size_t e = i;
        if (i < len)
            i++;
        line++;
        while (e > b && text[e - 1] == '\r')
            e--;
        int rc = festival ? parse_festival_line(d, text + b, e - b, line, bad, user, &n_bad)
                          : parse_cmu_line(d, text + b, e - b, line, bad, user, &n_bad);
        if (rc < 0)
            return -1;
    }
    return n_bad;
}

/* ---- training ---------------------------------------------------------------- */

static int train_fail(char *err, size_t err_len, const char *why)
{
    if (err && err_len)
        snprintf(err, err_len, "%s", why);
    return -1;
}

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec * 1e-9;
}

/* An entry with its phones as compact symbol ids. */
typedef struct word {
    const uint8_t *let;
    uint8_t ph[MAX_TRAIN_PH];
    int n_let, n_ph;
} word;

typedef struct em {
    unsigned shapes;    /* allowed graphone shapes: bit 3 * (letters - 1) + phones */
    int P;              /* phone symbols */
    size_t npp;         /* phone-part codes: 1 + P + P*P */
    double *prob;       /* NV_G2P_NLP * npp */
    double *count;
} em;

static size_t lp_code(const uint8_t *let, int i, int a)
{
    return a == 1 ? 1u + let[i] : 27u + 26u * let[i] + let[i + 1];
}

static size_t pp_code(const em *m, const uint8_t *ph, int j, int b)
{
    if (b == 0)
        return 0;
    if (b == 1)
        return 1u + ph[j];
    return 1u + (size_t)m->P + (size_t)ph[j] * (size_t)m->P + ph[j + 1];
}

#define LAT(i, j) ((size_t)(i) * (size_t)(m1) + (size_t)(j))

/* Forward-backward over one word; adds expected counts. Returns 0 if unalignable. */
static int em_word(em *m, const word *w, double *alpha, double *beta)
{
    int n = w->n_let, mm = w->n_ph, m1 = mm + 1;
    size_t cells = (size_t)(n + 1) * (size_t)m1;
    memset(alpha, 0, cells * sizeof *alpha);
    memset(beta, 0, cells * sizeof *beta);
    alpha[0] = 1.0;
    for (int i = 0; i < n; i++)
        for (int j = 0; j <= mm; j++) {
            double a0 = alpha[LAT(i, j)];
            if (a0 == 0.0)
                continue;
            for (int a = 1; a <= 2 && i + a <= n; a++) {
                size_t lp = lp_code(w->let, i, a) * m->npp;
                for (int b = 0; b <= 2 && j + b <= mm; b++)
                    if (m->shapes >> (3 * (a - 1) + b) & 1u)
                        alpha[LAT(i + a, j + b)] += a0 * m->prob[lp + pp_code(m, w->ph, j, b)];
            }
        }
    double total = alpha[LAT(n, mm)];
    if (!(total > 0.0))
        return 0;
    beta[LAT(n, mm)] = 1.0;
    for (int i = n - 1; i >= 0; i--)
        for (int j = mm; j >= 0; j--) {
            double s = 0.0;
            for (int a = 1; a <= 2 && i + a <= n; a++) {
                size_t lp = lp_code(w->let, i, a) * m->npp;
                for (int b = 0; b <= 2 && j + b <= mm; b++)
                    if (m->shapes >> (3 * (a - 1) + b) & 1u)
                        s += m->prob[lp + pp_code(m, w->ph, j, b)] * beta[LAT(i + a, j + b)];
            }
            beta[LAT(i, j)] = s;
        }
    for (int i = 0; i < n; i++)
        for (int j = 0; j <= mm; j++) {
            double a0 = alpha[LAT(i, j)];
            if (a0 == 0.0)
                continue;
            for (int a = 1; a <= 2 && i + a <= n; a++) {
                size_t lp = lp_code(w->let, i, a) * m->npp;
                for (int b = 0; b <= 2 && j + b <= mm; b++) {
                    if (!(m->shapes >> (3 * (a - 1) + b) & 1u))
                        continue;
                    size_t g = lp + pp_code(m, w->ph, j, b);
                    double be = beta[LAT(i + a, j + b)];
                    if (be != 0.0)
                        m->count[g] += a0 * m->prob[g] * be / total;
                }
            }
        }
    return 1;
}

/* Viterbi segmentation: writes dense graphone codes into out; returns their number
 * (0 if unalignable). */
static int em_viterbi(const em *m, const word *w, double *best, int32_t *from, size_t *out)
{
    int n = w->n_let, mm = w->n_ph, m1 = mm + 1;
    size_t cells = (size_t)(n + 1) * (size_t)m1;
    for (size_t c = 0; c < cells; c++) {
        best[c] = -INFINITY;
        from[c] = -1;
    }
    best[0] = 0.0;
    for (int i = 0; i < n; i++)
        for (int j = 0; j <= mm; j++) {
            double b0 = best[LAT(i, j)];
            if (b0 == -INFINITY)
                continue;
            for (int a = 1; a <= 2 && i + a <= n; a++) {
                size_t lp = lp_code(w->let, i, a) * m->npp;
                for (int b = 0; b <= 2 && j + b <= mm; b++) {
                    if (!(m->shapes >> (3 * (a - 1) + b) & 1u))
                        continue;
                    double p = m->prob[lp + pp_code(m, w->ph, j, b)];
                    if (!(p > 0.0))
                        continue;
                    double s = b0 + log(p);
                    size_t t = LAT(i + a, j + b);
                    if (s > best[t]) {
                        best[t] = s;
                        from[t] = (int32_t)LAT(i, j);
                    }
                }
            }
        }
    if (best[LAT(n, mm)] == -INFINITY)
        return 0;
    int k = 0;
    size_t tmp[NV_G2P_MAX_LETTERS];
    for (size_t c = LAT(n, mm); c != 0; c = (size_t)from[c]) {
        size_t pc = (size_t)from[c];
        int i0 = (int)(pc / (size_t)m1), j0 = (int)(pc % (size_t)m1);
        int i1 = (int)(c / (size_t)m1), j1 = (int)(c % (size_t)m1);
        tmp[k++] = lp_code(w->let, i0, i1 - i0) * m->npp + pp_code(m, w->ph, j0, j1 - j0);
    }
    for (int q = 0; q < k; q++)
        out[q] = tmp[k - 1 - q];
    return k;
}

/* ---- n-gram counting in a trie: node = (parent, token) ------------------------ */

typedef struct trie {
    uint32_t *par, *suf, *tok, *cnt;
    uint8_t *order, *bos;
    size_t n, cap;
    uint32_t *tab;      /* open addressing over node ids */
    size_t tab_cap;
} trie;

static size_t trie_hash(uint32_t par, uint32_t tok, size_t mask)
{
    uint64_t h = ((uint64_t)par << 20) ^ tok;
    h *= 0x9E3779B97F4A7C15ull;
    h ^= h >> 29;
    return (size_t)h & mask;
}

static int trie_rehash(trie *t, size_t cap)
{
    uint32_t *tab = malloc(cap * sizeof *tab);
    if (!tab)
        return -1;
    memset(tab, 0xff, cap * sizeof *tab);
    for (size_t i = 0; i < t->n; i++) {
        if (i == 0)
            continue;   /* root is not in the table */
        size_t h = trie_hash(t->par[i], t->tok[i], cap - 1);
        while (tab[h] != NO_NODE)
            h = (h + 1) & (cap - 1);
        tab[h] = (uint32_t)i;
    }
    free(t->tab);
    t->tab = tab;
    t->tab_cap = cap;
    return 0;
}

static uint32_t trie_new_node(trie *t, uint32_t par, uint32_t tok, uint32_t suf, int order,
                              int bos)
{
    if (t->n == t->cap) {
        size_t cap = t->cap ? t->cap * 2 : 1u << 16;
        void *p;
#define GROW(field) p = realloc(t->field, cap * sizeof *t->field); if (!p) return NO_NODE; \
        t->field = p;
        GROW(par) GROW(suf) GROW(tok) GROW(cnt) GROW(order) GROW(bos)
#undef GROW
        t->cap = cap;
    }
    size_t i = t->n++;
    t->par[i] = par;
    t->suf[i] = suf;
    t->tok[i] = tok;
    t->cnt[i] = 0;
    t->order[i] = (uint8_t)order;
    t->bos[i] = (uint8_t)bos;
    return (uint32_t)i;
}

/* Child (par, tok), created when missing. */
static uint32_t trie_child(trie *t, uint32_t par, uint32_t tok, uint32_t suf)
{
    if ((t->n + 1) * 2 > t->tab_cap && trie_rehash(t, t->tab_cap ? t->tab_cap * 2 : 1u << 17))
        return NO_NODE;
    size_t h = trie_hash(par, tok, t->tab_cap - 1);
    for (;;) {
        uint32_t v = t->tab[h];
        if (v == NO_NODE)
            break;
        if (t->par[v] == par && t->tok[v] == tok)
            return v;
        h = (h + 1) & (t->tab_cap - 1);
    }
    int bos = par == 0 ? tok == 0 : t->bos[par];
    uint32_t id = trie_new_node(t, par, tok, suf, t->order[par] + 1, bos);
    if (id != NO_NODE)
        t->tab[h] = id;
    return id;
}

static void trie_free(trie *t)
{
    free(t->par);
    free(t->suf);
    free(t->tok);
    free(t->cnt);
    free(t->order);
    free(t->bos);
    free(t->tab);
}

/* ---- writing ----------------------------------------------------------------- */

typedef struct buf {
    uint8_t *p;
    size_t n, cap;
} buf;

static int put(buf *b, const void *data, size_t n)
{
    if (grow((void **)&b->p, &b->cap, b->n + n, 1) != 0)
        return -1;
    memcpy(b->p + b->n, data, n);
    b->n += n;
    return 0;
}


static void set32(buf *b, size_t off, uint32_t v) { memcpy(b->p + off, &v, 4); }

typedef struct kv {
    uint32_t key, val;
} kv;

static int by_key(const void *a, const void *b)
{
    const kv *x = a, *y = b;
    if (x->key != y->key)
        return x->key < y->key ? -1 : 1;
    return x->val < y->val ? -1 : x->val > y->val;
}

/* ---- the smoothed n-gram model ----------------------------------------------- */

/* One n-gram model in the file's back-off form (arrays as in g2p.h). */
typedef struct lm {
    uint32_t n_ctx, n_ent, bos_ctx;
    uint32_t *cfirst, *cpar, *etok, *enext;
    float *cbow, *elp;
} lm;

static void lm_free(lm *l)
{
    free(l->cfirst);
    free(l->cpar);
    free(l->etok);
    free(l->enext);
    free(l->cbow);
    free(l->elp);
    memset(l, 0, sizeof *l);
}

static float logf_floor(double p)
{
    return (float)log(p > 1e-30 ? p : 1e-30);
}

/* Count the n-grams of the token sequences (each read backwards when reverse),
 * smooth them by interpolated modified Kneser-Ney and store them in back-off form.
 * Returns 0, or -1 when out of memory. */
static int build_lm(const size_t *seqs, const uint32_t *seq_off, size_t n_seq, size_t V,
                    int order, int reverse, int verbose, double t0, double dscale, lm *out)
{
    int rc = -1;
    trie t;
    memset(&t, 0, sizeof t);
    uint32_t *a = NULL, *nch = NULL, *total = NULL, *cls = NULL, *nextc = NULL;
    uint32_t *ctx_id = NULL, *child_first = NULL, *child = NULL, *ctx_node = NULL;
    double *prob = NULL, *gamma = NULL;
    kv *tmpkv = NULL;
    memset(out, 0, sizeof *out);

    if (trie_rehash(&t, 1u << 17) != 0 || trie_new_node(&t, NO_NODE, 0, NO_NODE, 0, 0) != 0)
        goto end;
    for (size_t s = 0; s < n_seq; s++) {
        uint32_t hist[17], nw_[18];
        uint32_t bos = trie_child(&t, 0, 0, 0);
        if (bos == NO_NODE)
            goto end;
        hist[0] = 0;
        hist[1] = bos;
        int nh = order > 1 ? 2 : 1;
        size_t b = seq_off[s], e = seq_off[s + 1];
        for (size_t p = b; p <= e; p++) {
            uint32_t tk = p < e ? (uint32_t)seqs[reverse ? e - 1 - (p - b) : p] : 0u;
            nw_[0] = 0;
            for (int k = 0; k < nh; k++) {
                nw_[k + 1] = trie_child(&t, hist[k], tk, nw_[k]);
                if (nw_[k + 1] == NO_NODE)
                    goto end;
                t.cnt[nw_[k + 1]]++;
            }
            int nn = nh + 1 < order ? nh + 1 : order;
            for (int k = 0; k < nn; k++)
                hist[k] = nw_[k];
            nh = nn;
        }
    }
    size_t N = t.n;

    /* adjusted counts: raw at the top order and after the word start, else the
     * number of distinct left extensions */
    a = calloc(N, sizeof *a);
    nch = calloc(N, sizeof *nch);
    total = calloc(N, sizeof *total);
    cls = calloc(N * 3, sizeof *cls);
    prob = calloc(N, sizeof *prob);
    gamma = calloc(N, sizeof *gamma);
    nextc = calloc(N, sizeof *nextc);
    ctx_id = calloc(N, sizeof *ctx_id);
    child_first = calloc(N + 1, sizeof *child_first);
    child = malloc(N * sizeof *child);
    tmpkv = malloc((V + 1) * sizeof *tmpkv);
    if (!a || !nch || !total || !cls || !prob || !gamma || !nextc || !ctx_id ||
        !child_first || !child || !tmpkv)
        goto end;
    for (size_t i = 1; i < N; i++)
        if (t.order[i] >= 2)
            a[t.suf[i]]++;
    for (size_t i = 1; i < N; i++)
        if (t.order[i] == order || t.bos[i])
            a[i] = t.cnt[i];
    double D[17][4];
    for (int k = 1; k <= order; k++) {
        double nk[5] = {0};
        for (size_t i = 1; i < N; i++)
            if (t.order[i] == k && a[i] >= 1 && a[i] <= 4)
                nk[a[i]] += 1;
        double Y = nk[1] + 2 * nk[2] > 0 ? nk[1] / (nk[1] + 2 * nk[2]) : 0.5;
        D[k][0] = 0;
        D[k][1] = nk[1] > 0 ? 1 - 2 * Y * nk[2] / nk[1] : 0.5;
        D[k][2] = nk[2] > 0 ? 2 - 3 * Y * nk[3] / nk[2] : 1.0;
        D[k][3] = nk[3] > 0 ? 3 - 4 * Y * nk[4] / nk[3] : 1.5;
        for (int q = 1; q <= 3; q++) {
            D[k][q] *= dscale;
            if (!(D[k][q] > 0.05))
                D[k][q] = 0.05;
            if (D[k][q] > q - 0.01)
                D[k][q] = q - 0.01;
        }
    }
    for (size_t i = 1; i < N; i++) {
        uint32_t h = t.par[i];
        nch[h]++;
        total[h] += a[i];
        cls[3 * (size_t)h + (a[i] >= 3 ? 2 : a[i] == 2 ? 1 : 0)] += a[i] >= 1;
    }
    for (size_t h = 0; h < N; h++) {
        if (!nch[h] || !total[h])
            continue;
        int k = t.order[h] + 1;
        gamma[h] = (D[k][1] * cls[3 * h] + D[k][2] * cls[3 * h + 1] + D[k][3] * cls[3 * h + 2]) /
                   total[h];
    }
    /* interpolated probabilities, in creation order (parents and suffixes first) */
    for (size_t i = 1; i < N; i++) {
        uint32_t h = t.par[i];
        int k = t.order[i];
        double disc = a[i] == 0 ? 0 : D[k][a[i] >= 3 ? 3 : a[i]];
        double lower = h == 0 ? 1.0 / (double)V : prob[t.suf[i]];
        double own = total[h] ? ((double)a[i] - disc) / total[h] : 0.0;
        if (own < 0)
            own = 0;
        prob[i] = own + (total[h] ? gamma[h] : 1.0) * lower;
    }
    /* contexts: nodes with children, numbered by order then id */
    size_t nctx = 0;
    for (int k = 0; k <= order; k++)
        for (size_t i = 0; i < N; i++)
            if (t.order[i] == k && (i == 0 || nch[i]))
                ctx_id[i] = (uint32_t)nctx++;
    for (size_t i = 0; i < N; i++)
        nextc[i] = (i == 0 || nch[i]) ? (uint32_t)i : nextc[t.suf[i]];
    for (size_t i = 1; i < N; i++)
        child_first[t.par[i] + 1]++;
    for (size_t i = 0; i < N; i++)
        child_first[i + 1] += child_first[i];
    {
        uint32_t *fill = malloc((N + 1) * sizeof *fill);
        if (!fill)
            goto end;
        memcpy(fill, child_first, (N + 1) * sizeof *fill);
        for (size_t i = 1; i < N; i++)
            child[fill[t.par[i]]++] = (uint32_t)i;
        free(fill);
    }
    ctx_node = malloc(nctx * sizeof *ctx_node);
    if (!ctx_node)
        goto end;
    for (size_t i = 0; i < N; i++)
        if (i == 0 || nch[i])
            ctx_node[ctx_id[i]] = (uint32_t)i;
    size_t n_ent = V;   /* the empty context lists every token */
    for (size_t c = 1; c < nctx; c++)
        n_ent += nch[ctx_node[c]];
    out->n_ctx = (uint32_t)nctx;
    out->n_ent = (uint32_t)n_ent;
    out->bos_ctx = ctx_id[nextc[1]];   /* node 1: the word-start boundary */
    out->cfirst = malloc((nctx + 1) * sizeof *out->cfirst);
    out->cpar = malloc(nctx * sizeof *out->cpar);
    out->cbow = malloc(nctx * sizeof *out->cbow);
    out->etok = malloc(n_ent * sizeof *out->etok);
    out->elp = malloc(n_ent * sizeof *out->elp);
    out->enext = malloc(n_ent * sizeof *out->enext);
    if (!out->cfirst || !out->cpar || !out->cbow || !out->etok || !out->elp || !out->enext)
        goto end;
    size_t ei = 0;
    for (size_t c = 0; c < nctx; c++) {
        uint32_t h = ctx_node[c];
        out->cfirst[c] = (uint32_t)ei;
        out->cpar[c] = c == 0 ? 0 : ctx_id[t.suf[h]];
        out->cbow[c] = c == 0 ? 0.0f : logf_floor(total[h] ? gamma[h] : 1.0);
        size_t nk = 0;
        for (uint32_t q = child_first[h]; q < child_first[h + 1]; q++)
            tmpkv[nk++] = (kv){t.tok[child[q]], child[q]};
        qsort(tmpkv, nk, sizeof *tmpkv, by_key);
        if (c == 0) {
            size_t q = 0;
            for (uint32_t v = 0; v < V; v++) {
                uint32_t node = q < nk && tmpkv[q].key == v ? tmpkv[q++].val : NO_NODE;
                out->etok[ei] = v;
                out->elp[ei] = logf_floor(node != NO_NODE ? prob[node] : gamma[0] / (double)V);
                out->enext[ei] = node != NO_NODE ? ctx_id[nextc[node]] : 0;
                ei++;
            }
            continue;
        }
        for (size_t q = 0; q < nk; q++) {
            uint32_t node = tmpkv[q].val;
            out->etok[ei] = tmpkv[q].key;
            out->elp[ei] = logf_floor(prob[node]);
            out->enext[ei] = ctx_id[nextc[node]];
            ei++;
        }
    }
    out->cfirst[nctx] = (uint32_t)ei;
    if (verbose)
        fprintf(stderr, "train-lts: %s model: %zu n-grams of order <= %d, %zu contexts "
                "(%.1f s)\n", reverse ? "right-to-left" : "left-to-right", N - 1, order, nctx,
                now_s() - t0);
    rc = 0;
end:
    if (rc != 0)
        lm_free(out);
    trie_free(&t);
    free(a);
    free(nch);
    free(total);
    free(cls);
    free(prob);
    free(gamma);
    free(nextc);
    free(ctx_id);
    free(child_first);
    free(child);
    free(ctx_node);
    free(tmpkv);
    return rc;
}

static int put_lm(buf *b, const lm *l)
{
    int bad = 0;
    for (size_t c = 0; c <= l->n_ctx; c++) {   /* records: first, back-off, weight */
        uint32_t par = c < l->n_ctx ? l->cpar[c] : 0;
        float bow = c < l->n_ctx ? l->cbow[c] : 0.0f;
        bad |= put(b, &l->cfirst[c], 4);
        bad |= put(b, &par, 4);
        bad |= put(b, &bow, 4);
    }
    for (size_t e = 0; e < l->n_ent; e++) {     /* records: token, log prob, next */
        bad |= put(b, &l->etok[e], 4);
        bad |= put(b, &l->elp[e], 4);
        bad |= put(b, &l->enext[e], 4);
    }
    return bad ? -1 : 0;
}

static int entry_cmp(const nv_g2p_dict *d, uint32_t a, uint32_t b)
{
    const entry *x = &d->e[a], *y = &d->e[b];
    if (x->n_let != y->n_let)
        return x->n_let < y->n_let ? -1 : 1;
    int c = memcmp(d->let + x->let_off, d->let + y->let_off, x->n_let);
    if (c)
        return c;
    if (x->n_ph != y->n_ph)
        return x->n_ph < y->n_ph ? -1 : 1;
    c = memcmp(d->ph + x->ph_off, d->ph + y->ph_off, x->n_ph);
    if (c)
        return c;
    return a < b ? -1 : a > b;
}

/* merge sort of entry indices (qsort has no context argument in C11) */
static void sort_entries(const nv_g2p_dict *d, uint32_t *v, uint32_t *tmp, size_t n)
{
    if (n < 2)
        return;
    size_t h = n / 2;
    sort_entries(d, v, tmp, h);
    sort_entries(d, v + h, tmp, n - h);
    size_t i = 0, j = h, k = 0;
    while (i < h && j < n)
        tmp[k++] = entry_cmp(d, v[i], v[j]) <= 0 ? v[i++] : v[j++];
    while (i < h)
        tmp[k++] = v[i++];
    while (j < n)
        tmp[k++] = v[j++];
    memcpy(v, tmp, n * sizeof *v);
}

/* ---- stress patterns ---------------------------------------------------------- */

/* The STRESS section (layout in g2p.h): how often each stress pattern occurs among
 * the entries with k vowels and a given suffix or prefix. */
typedef struct stress_tab {
    uint32_t *ctx;      /* (n_ctx + 1) x {key, first, total, types} */
    uint32_t *ent;      /* n_ent x {pattern, count} */
    size_t n_ctx, n_ent;
} stress_tab;

static int by_pair(const void *a, const void *b)
{
    const kv *x = a, *y = b;
    if (x->key != y->key)
        return x->key < y->key ? -1 : 1;
    return x->val < y->val ? -1 : x->val > y->val;
}

/* Counts the stress patterns of the entries (sym_code: a symbol's phone code, radio
 * id * 4 + stress, 3 for a consonant). */
static int build_stress(const word *words, size_t nw, const uint8_t *sym_code,
                        stress_tab *st)
{
    memset(st, 0, sizeof *st);
    kv *pairs = malloc(nw * 4 * (NV_G2P_STRESS_AFFIX + 1) * sizeof *pairs + 1);
    if (!pairs)
        return -1;
    size_t np = 0;
    for (size_t i = 0; i < nw; i++) {
        const word *w = &words[i];
        uint32_t pat = 0;
        int k = 0;
        for (int q = 0; q < w->n_ph; q++) {
            int code = sym_code[w->ph[q]];
            if (code % 4 == 3)
                continue;
            pat = pat * 3u + (uint32_t)(code % 4);
            k++;
        }
        if (k < 1 || k > NV_G2P_STRESS_KMAX)
            continue;
        uint32_t skel = 0;
        for (int q = 0; q < w->n_ph; q++) {
            int code = sym_code[w->ph[q]];
            if (code % 4 != 3)
                skel = skel << 4 | (uint32_t)nv__g2p_vowel_index(code / 4);
        }
        for (int prefix = 0; prefix < 2; prefix++)
            for (int l = 0; l <= NV_G2P_STRESS_AFFIX && l <= w->n_let; l++) {
                uint32_t letters = 0;
                for (int q = 0; q < l; q++)
                    letters = letters << 5 | w->let[prefix ? q : w->n_let - l + q];
                pairs[np++] = (kv){NV_G2P_SKEY(prefix, l, k, letters), pat};
                if (k <= NV_G2P_SKEL_KMAX)
                    pairs[np++] = (kv){NV_G2P_SKEY(prefix, l, k, letters) | NV_G2P_SKEY_SKEL,
                                       skel};
            }
    }
    qsort(pairs, np, sizeof *pairs, by_pair);
    size_t nc = 0, ne = 0;
    for (size_t i = 0; i < np; i++) {
        nc += i == 0 || pairs[i].key != pairs[i - 1].key;
        ne += i == 0 || pairs[i].key != pairs[i - 1].key || pairs[i].val != pairs[i - 1].val;
    }
    st->ctx = malloc((nc + 1) * 4 * sizeof *st->ctx);
    st->ent = malloc((ne ? ne : 1) * 2 * sizeof *st->ent);
    if (!st->ctx || !st->ent) {
        free(pairs);
        free(st->ctx);
        free(st->ent);
        memset(st, 0, sizeof *st);
        return -1;
    }
    size_t c = 0, e = 0;
    for (size_t i = 0; i < np; i++) {
        if (i == 0 || pairs[i].key != pairs[i - 1].key) {
            uint32_t *r = st->ctx + 4 * c++;
            r[0] = pairs[i].key;
            r[1] = (uint32_t)e;
            r[2] = r[3] = 0;
        }
        uint32_t *r = st->ctx + 4 * (c - 1);
        if (i == 0 || pairs[i].key != pairs[i - 1].key || pairs[i].val != pairs[i - 1].val) {
            st->ent[2 * e] = pairs[i].val;
            st->ent[2 * e + 1] = 0;
            e++;
            r[3]++;
        }
        st->ent[2 * (e - 1) + 1]++;
        r[2]++;
    }
    uint32_t *end = st->ctx + 4 * c;
    end[0] = 0xffffffffu;
    end[1] = (uint32_t)e;
    end[2] = end[3] = 0;
    st->n_ctx = c;
    st->n_ent = e;
    free(pairs);
    return 0;
}

static int put_stress(buf *b, const stress_tab *st)
{
    uint32_t n[2] = {(uint32_t)st->n_ctx, (uint32_t)st->n_ent};
    if (put(b, n, sizeof n) != 0 || put(b, st->ctx, (st->n_ctx + 1) * 4 * sizeof *st->ctx) != 0)
        return -1;
    return st->n_ent ? put(b, st->ent, st->n_ent * 2 * sizeof *st->ent) : 0;
}

int nv__g2p_train(const nv_g2p_dict *d, const nv_g2p_train_opts *opts, const char *path,
                  char *err, size_t err_len)
{
    int order = opts && opts->order > 0 ? opts->order : NV_G2P_DEFAULT_ORDER;
    int iters = opts && opts->em_iterations > 0 ? opts->em_iterations : 10;
    int verbose = opts ? opts->verbose : 0;
    char why[256];
    if (order > 16)
        return train_fail(err, err_len, "n-gram order must be 1-16");
    if (!d || d->n == 0)
        return train_fail(err, err_len, "the dictionary has no usable entries");
    double t0 = now_s();
    int rc = -1;
    em m;
    memset(&m, 0, sizeof m);
    word *words = NULL;
    uint32_t *idx = NULL, *tmp = NULL;
    size_t *seqs = NULL;
    uint32_t *seq_off = NULL;
    double *alpha = NULL, *beta = NULL;
    int32_t *from = NULL;
    lm lms[2];
    memset(lms, 0, sizeof lms);
    stress_tab stab;
    memset(&stab, 0, sizeof stab);
    kv *codes = NULL;
    buf out;
    memset(&out, 0, sizeof out);
    FILE *f = NULL;
    char *tmp_path = NULL;

    /* -- 1. distinct entries, phone symbols -- */
    idx = malloc(d->n * sizeof *idx);
    tmp = malloc(d->n * sizeof *tmp);
    if (!idx || !tmp)
        goto oom;
    for (size_t i = 0; i < d->n; i++)
        idx[i] = (uint32_t)i;
    sort_entries(d, idx, tmp, d->n);
    uint8_t sym_of[256];
    uint8_t sym_code[256];
    int P = 0;
    {
        int used[256] = {0};
        for (size_t i = 0; i < d->n_ph; i++)
            used[d->ph[i]] = 1;
        for (int c = 0; c < 256; c++)
            if (used[c]) {
                sym_code[P] = (uint8_t)c;
                sym_of[c] = (uint8_t)P++;
            }
    }
    m.P = P;
    m.shapes = opts && opts->shapes ? opts->shapes : NV_G2P_DEFAULT_SHAPES;
    m.npp = 1u + (size_t)P + (size_t)P * (size_t)P;
    /* keep first occurrences in file order */
    size_t nw = 0;
    {
        uint8_t *dup = calloc(d->n, 1);
        if (!dup)
            goto oom;
        for (size_t i = 1; i < d->n; i++) {
            const entry *x = &d->e[idx[i]], *y = &d->e[idx[i - 1]];
            if (x->n_let == y->n_let && x->n_ph == y->n_ph &&
                memcmp(d->let + x->let_off, d->let + y->let_off, x->n_let) == 0 &&
                memcmp(d->ph + x->ph_off, d->ph + y->ph_off, x->n_ph) == 0)
                dup[idx[i]] = 1;
        }
        words = calloc(d->n, sizeof *words);
        if (!words) {
            free(dup);
            goto oom;
        }
        for (size_t i = 0; i < d->n; i++) {
            const entry *x = &d->e[i];
            if (dup[i] || x->n_ph > 2 * x->n_let)
                continue;   /* duplicates; more than two phones a letter cannot align */
            word *w = &words[nw++];
            w->let = d->let + x->let_off;
            w->n_let = x->n_let;
            w->n_ph = x->n_ph;
            for (int k = 0; k < x->n_ph; k++)
                w->ph[k] = sym_of[d->ph[x->ph_off + (size_t)k]];
        }
        free(dup);
        free(tmp);
        tmp = NULL;
    }
    free(idx);
    idx = NULL;
    if (nw == 0) {
        train_fail(err, err_len, "the dictionary has no usable entries");
        goto done;
    }
    if (build_stress(words, nw, sym_code, &stab) != 0)
        goto oom;

    /* -- 2. EM alignment -- */
    size_t ncodes = (size_t)NV_G2P_NLP * m.npp;
    m.prob = malloc(ncodes * sizeof *m.prob);
    m.count = malloc(ncodes * sizeof *m.count);
    size_t cells = (size_t)(NV_G2P_MAX_LETTERS + 1) * (MAX_TRAIN_PH + 1);
    alpha = malloc(cells * sizeof *alpha);
    beta = malloc(cells * sizeof *beta);
    from = malloc(cells * sizeof *from);
    if (!m.prob || !m.count || !alpha || !beta || !from)
        goto oom;
    for (size_t g = 0; g < ncodes; g++)
        m.prob[g] = 1.0;
    for (int it = 0; it < iters; it++) {
        memset(m.count, 0, ncodes * sizeof *m.count);
        size_t aligned = 0;
        for (size_t i = 0; i < nw; i++)
            aligned += (size_t)em_word(&m, &words[i], alpha, beta);
        double sum = 0.0;
        for (size_t g = 0; g < ncodes; g++)
            sum += m.count[g];
        if (!(sum > 0.0)) {
            train_fail(err, err_len, "no dictionary entry could be aligned");
            goto done;
        }
        for (size_t g = 0; g < ncodes; g++)
            m.prob[g] = m.count[g] / sum;
        if (verbose)
            fprintf(stderr, "train-lts: EM iteration %d: %zu of %zu entries aligned (%.1f s)\n",
                    it + 1, aligned, nw, now_s() - t0);
    }
    free(m.count);
    m.count = NULL;
    seqs = malloc((d->n_let + nw) * sizeof *seqs);
    seq_off = malloc((nw + 1) * sizeof *seq_off);
    if (!seqs || !seq_off)
        goto oom;
    size_t n_seq = 0, n_tokens = 0;
    for (size_t i = 0; i < nw; i++) {
        int k = em_viterbi(&m, &words[i], alpha, (int32_t *)from, seqs + n_tokens);
        if (k == 0)
            continue;
        seq_off[n_seq++] = (uint32_t)n_tokens;
        n_tokens += (size_t)k;
    }
    seq_off[n_seq] = (uint32_t)n_tokens;
    free(alpha);
    free(beta);
    free(from);
    alpha = beta = NULL;
    from = NULL;

    /* -- graphone tokens: the codes used, plus one-letter deletions for every letter
     *    that has no one-letter graphone, sorted by code (= by letter part) -- */
    codes = malloc((n_tokens + 27) * sizeof *codes);
    if (!codes)
        goto oom;
    size_t nc = 0;
    for (size_t i = 0; i < n_tokens; i++)
        codes[nc++] = (kv){(uint32_t)seqs[i], 0};
    for (uint32_t l = 0; l < 26; l++)
        codes[nc++] = (kv){(uint32_t)((1u + l) * m.npp), 0};
    qsort(codes, nc, sizeof *codes, by_key);
    size_t nd = 0;
    for (size_t i = 0; i < nc; i++)
        if (nd == 0 || codes[i].key != codes[nd - 1].key)
            codes[nd++].key = codes[i].key;
    size_t V = nd + 1;   /* token 0 is the boundary; token v is codes[v - 1] */
    if (V > 65535) {
        train_fail(err, err_len, "too many graphones");
        goto done;
    }
    /* every one-letter part has a graphone (the deletions added above); the ones
     * never seen get only back-off probability */
    for (size_t i = 0; i < n_tokens; i++) {
        size_t lo = 0, hi = nd;
        while (lo < hi) {
            size_t mid = (lo + hi) / 2;
            if (codes[mid].key < seqs[i])
                lo = mid + 1;
            else
                hi = mid;
        }
        seqs[i] = lo + 1;
    }
    free(m.prob);
    m.prob = NULL;
    if (verbose) {
        size_t shape[3][3] = {{0}};
        for (size_t i = 0; i < n_tokens; i++) {
            const uint32_t c = codes[seqs[i] - 1].key;
            size_t lp = c / m.npp, pp = c % m.npp;
            shape[lp <= 26 ? 1 : 2][pp == 0 ? 0 : pp <= (size_t)P ? 1 : 2]++;
        }
        fprintf(stderr, "train-lts: graphone shapes 1-0 %zu, 1-1 %zu, 1-2 %zu, 2-0 %zu, "
                "2-1 %zu, 2-2 %zu\n", shape[1][0], shape[1][1], shape[1][2], shape[2][0],
                shape[2][1], shape[2][2]);
    }
    if (verbose)
        fprintf(stderr, "train-lts: %zu entries aligned into %zu graphone tokens, %zu graphones "
                "(%.1f s)\n", n_seq, n_tokens, V - 1, now_s() - t0);

    int passes = opts && opts->realign > 0 ? opts->realign : NV_G2P_DEFAULT_REALIGN;
    double dscale = opts && opts->discount_scale > 0 ? opts->discount_scale
                                                     : NV_G2P_DEFAULT_DISCOUNT_SCALE;
    for (int pass = 0;; pass++) {
    /* -- 3. the two n-gram models -- */
    int ord = pass < passes && order > NV_G2P_ALIGN_ORDER ? NV_G2P_ALIGN_ORDER : order;
    if (build_lm(seqs, seq_off, n_seq, V, ord, 0, verbose, t0, dscale, &lms[0]) != 0 ||
        build_lm(seqs, seq_off, n_seq, V, ord, 1, verbose, t0, dscale, &lms[1]) != 0)
        goto oom;

    /* -- 4. the file -- */
    {
        uint8_t hdr[NV_G2P_HEADER_SIZE];
        memset(hdr, 0, sizeof hdr);
        if (put(&out, hdr, sizeof hdr) != 0)
            goto oom;
        memcpy(out.p, NV_G2P_MAGIC, 8);
        set32(&out, 8, NV_G2P_VERSION);
        set32(&out, 12, NV_LEXF_ENDIAN);
        set32(&out, 24, (uint32_t)ord);
        set32(&out, 28, (uint32_t)P);
        set32(&out, 32, (uint32_t)V);
        set32(&out, 36, lms[0].n_ctx);
        set32(&out, 40, lms[0].n_ent);
        set32(&out, 44, lms[0].bos_ctx);
        set32(&out, 48, lms[1].n_ctx);
        set32(&out, 52, lms[1].n_ent);
        set32(&out, 56, lms[1].bos_ctx);
        /* SYM */
        for (int s = 0; s < P; s++) {
            uint8_t r[2] = {(uint8_t)(sym_code[s] / 4), (uint8_t)(sym_code[s] % 4)};
            if (put(&out, r, 2) != 0)
                goto oom;
        }
        while (out.n % 4)
            if (put(&out, "", 1) != 0)
                goto oom;
        /* TOK and LPART */
        uint32_t lpart[NV_G2P_NLP + 1];
        for (size_t c = 0; c <= NV_G2P_NLP; c++)
            lpart[c] = (uint32_t)V;
        lpart[0] = 0;
        {
            uint8_t r[8] = {0};
            if (put(&out, r, 8) != 0)   /* token 0: the boundary */
                goto oom;
        }
        for (size_t v = 1; v < V; v++) {
            size_t code = codes[v - 1].key;
            size_t lp = code / m.npp, pp = code % m.npp;
            uint8_t r[8] = {0};
            if (lp <= 26) {
                r[0] = 1;
                r[1] = (uint8_t)(lp - 1);
            } else {
                r[0] = 2;
                r[1] = (uint8_t)((lp - 27) / 26);
                r[2] = (uint8_t)((lp - 27) % 26);
            }
            if (pp == 0) {
                r[3] = 0;
            } else if (pp <= (size_t)P) {
                r[3] = 1;
                r[4] = (uint8_t)(pp - 1);
            } else {
                r[3] = 2;
                r[4] = (uint8_t)((pp - 1 - (size_t)P) / (size_t)P);
                r[5] = (uint8_t)((pp - 1 - (size_t)P) % (size_t)P);
            }
            if (lpart[lp] == V)
                lpart[lp] = (uint32_t)v;
            if (put(&out, r, 8) != 0)
                goto oom;
        }
        /* an unused letter part gets the empty range at the next used one */
        for (size_t c = NV_G2P_NLP; c-- > 1;)
            if (lpart[c] == V)
                lpart[c] = lpart[c + 1];
        if (put(&out, lpart, sizeof lpart) != 0 || put_lm(&out, &lms[0]) != 0 ||
            put_lm(&out, &lms[1]) != 0 || put_stress(&out, &stab) != 0)
            goto oom;
        set32(&out, 16, (uint32_t)out.n);
        set32(&out, 20, nv__lexf_checksum(out.p + 24, out.n - 24));
        if (verbose)
            fprintf(stderr, "train-lts: model of %zu bytes (%.1f s)\n", out.n, now_s() - t0);
    }
    if (pass == passes)
        break;
    /* -- 5. realign the dictionary with this model and train again -- */
    {
        nv_g2p *g = NULL;
        if (nv__g2p_open_mem(out.p, out.n, "(training)", &g, err, err_len) != 0)
            goto done;
        out.n = 0;
        lm_free(&lms[0]);
        lm_free(&lms[1]);
        size_t ns = 0, ntok = 0;
        for (size_t i = 0; i < nw; i++) {
            uint16_t tk[NV_G2P_MAX_LETTERS];
            int k = nv__g2p_align(g, words[i].let, words[i].n_let, words[i].ph, words[i].n_ph,
                                  NV_G2P_ALIGN_BEAM, tk);
            if (k < 0) {
                nv__g2p_close(g);
                goto oom;
            }
            if (k == 0)
                continue;
            seq_off[ns++] = (uint32_t)ntok;
            for (int q = 0; q < k; q++)
                seqs[ntok++] = tk[q];
        }
        seq_off[ns] = (uint32_t)ntok;
        nv__g2p_close(g);
        if (verbose)
            fprintf(stderr, "train-lts: realignment %d: %zu entries, %zu graphone tokens "
                    "(%.1f s)\n", pass + 1, ns, ntok, now_s() - t0);
        n_seq = ns;
        n_tokens = ntok;
    }
    }
    {
        size_t pl = strlen(path);
        tmp_path = malloc(pl + 5);
        if (!tmp_path)
            goto oom;
        memcpy(tmp_path, path, pl);
        memcpy(tmp_path + pl, ".tmp", 5);
        f = fopen(tmp_path, "wb");
        if (!f) {
            snprintf(why, sizeof why, "cannot write %s: %s", tmp_path, strerror(errno));
            train_fail(err, err_len, why);
            goto done;
        }
        int bad = fwrite(out.p, 1, out.n, f) != out.n;
        bad |= fclose(f) != 0;
        f = NULL;
        if (bad || rename(tmp_path, path) != 0) {
            snprintf(why, sizeof why, "cannot write %s: %s", path, strerror(errno));
            remove(tmp_path);
            train_fail(err, err_len, why);
            goto done;
        }
        rc = 0;
        goto done;
    }
oom:
    train_fail(err, err_len, "out of memory while training");
done:
    free(words);
    free(idx);
    free(tmp);
    free(seqs);
    free(seq_off);
    free(alpha);
    free(beta);
    free(from);
    free(m.prob);
    free(m.count);
    lm_free(&lms[0]);
    lm_free(&lms[1]);
    free(stab.ctx);
    free(stab.ent);
    free(codes);
    free(out.p);
    free(tmp_path);
    if (f)
        fclose(f);
    return rc;
}
