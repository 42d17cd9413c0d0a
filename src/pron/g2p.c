/* g2p.c - the trained letter-to-sound model: map and check a .g2p file (layout in
 * g2p.h), guess a word's phones, and segment a known pronunciation into graphones
 * (for the trainer's optional realignment).
 *
 * Guessing runs two beam searches, one per model: left to right over the letters,
 * and right to left over the reversed word with the model trained on reversed
 * graphone sequences. A hypothesis at letter position i is a graphone sequence
 * covering i letters, summarised by its n-gram context. From each surviving
 * hypothesis the search tries every graphone whose letter part (one or two letters)
 * matches the word at i. The scores of all those graphones come from one walk down
 * the back-off chain: each context lists its tokens sorted, and graphones are
 * numbered by letter part, so the candidates of one letter part are a contiguous
 * token range found by binary search at each level. Candidates reaching the same
 * position and context are merged as they arrive (the better survives, which is
 * exact for the n-gram model), those far below the position's best are dropped,
 * and the best `beam` are kept (tokens that could not pass that margin are not
 * even scored). The back-off walk searches each context's tokens in a dense
 * copy of them (two bytes a token), starting where an even spread would put the
 * token, and the contexts of a position's survivors are asked for together, so
 * their memory reads overlap. Every finished path of both searches is then
 * scored by both models (geometric mean of the two joint probabilities; a path
 * both searches found has both scores already; paths spelling the same phones
 * pool their probability). Each path's score then gains
 * the weighted log-probability of its stress pattern (the vowels' stress digits)
 * among the training words with as many vowels and the same last letters, times
 * the same evidence from the first letters (see stress_score), and, with a smaller
 * weight, that of its vowel skeleton (its vowels without stress; skel_score): the
 * graphone models see only a few neighbours, these are properties of the whole
 * word. The
 * best path with a primary stress is taken (a dictionary word with a vowel always
 * has one). The phones are syllabified by maximum onset. Reads only the mapped
 * file (and a hash index of its stress keys built at open); the work space is
 * allocated per call, so one model can serve many threads.
 */
#include "pron/g2p.h"
#include "pron/lexfmt.h"

#include "core/phones.h"

#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#define DEFAULT_BEAM 8      /* per direction; 12 gains 0.1% WER at 2/3 the speed */
#define MAX_BEAM 256
#define PRUNE_MARGIN 6.0f    /* candidates: nats below the best of their position (8
                                nats: no better, 12% slower) */
#define SETTLE_MARGIN 6.0f   /* survivors: nats below the best of their position */
/* stress-pattern reranking (see stress_score), chosen on a development split of
 * the training dictionary */
#define STRESS_BETA 2.0          /* a context's weight: count / (count + this x patterns) */
#define STRESS_WEIGHT 0.75       /* times the log-probability of the pattern */
#define STRESS_PREFIX_WEIGHT 0.6 /* the prefix evidence, relative to the suffix's */
#define SKEL_WEIGHT 0.1          /* times the log-probability of the vowel skeleton */

/* One n-gram model inside the mapping. */
typedef struct ctx_rec {
    uint32_t first;             /* first entry; the next record's first ends them */
    uint32_t par;               /* back-off context */
    float bow;                  /* log back-off weight */
} ctx_rec;

typedef struct ent_rec {
    uint32_t tok;
    float lp;                   /* log p(tok | context) */
    uint32_t next;              /* context after tok */
} ent_rec;

_Static_assert(sizeof(ctx_rec) == 12 && sizeof(ent_rec) == 12, "records are 12 bytes");

typedef struct lm_view {
    uint32_t n_ctx, n_ent, bos_ctx;
    const ctx_rec *ctx;         /* n_ctx + 1 records */
    const ent_rec *ent;         /* n_ent records */
    int bow_up;                 /* some back-off weight is above one: no early stop */
    uint32_t *uni_order;        /* each letter part's tokens, best unigram first */
    uint16_t *tok16;            /* ent[k].tok for every k: a dense copy to search in */
} lm_view;

struct nv_g2p {
    const uint8_t *map;
    size_t map_len;
    int mapped;                 /* 1: munmap, 0: free */
    uint32_t order, n_sym, n_tok;
    const uint8_t *sym;         /* n_sym x 2 */
    const uint8_t *tok;         /* n_tok x 8 */
    const uint32_t *lpart;      /* NV_G2P_NLP + 1 */
    lm_view lm[2];              /* left-to-right, right-to-left */
    uint32_t max_range;         /* most tokens sharing one letter part */
    uint32_t n_sctx, n_sent;    /* stress patterns: contexts, entries */
    const uint32_t *sctx;       /* (n_sctx + 1) x {key, first, total, types} */
    const uint32_t *sent;       /* n_sent x {pattern, count} */
    uint32_t *shash;            /* open addressing over the stress keys: context + 1 */
    uint32_t shash_mask;
};

static uint32_t skey_hash(uint32_t key, uint32_t mask)
{
    return (uint32_t)(((uint64_t)key * 0x9E3779B97F4A7C15ull) >> 32) & mask;
}

static size_t align4(size_t n) { return (n + 3u) & ~(size_t)3u; }

static uint32_t rd32(const uint8_t *p)
{
    uint32_t v;
    memcpy(&v, p, sizeof v);
    return v;
}

static int fail(char *err, size_t err_len, const char *name, const char *why)
{
    if (err && err_len)
        snprintf(err, err_len, "letter-to-sound model %s: %s", name, why);
    return -1;
}

/* Locate and check every section. The file must be 4-byte aligned in memory. */
static int check_model(nv_g2p *g, const char *name, char *err, size_t err_len)
{
    const uint8_t *m = g->map;
    size_t n = g->map_len;
    if (n < NV_G2P_HEADER_SIZE || memcmp(m, NV_G2P_MAGIC, 8) != 0)
        return fail(err, err_len, name, "not a newsvoice letter-to-sound model");
    if (rd32(m + 8) != NV_G2P_VERSION)
        return fail(err, err_len, name, "unsupported version (rebuild it with train-lts)");
    if (rd32(m + 12) != NV_LEXF_ENDIAN)
        return fail(err, err_len, name, "written on a machine of another byte order");
    if (rd32(m + 16) != n)
        return fail(err, err_len, name, "truncated or padded (size does not match)");
    if (nv__lexf_checksum(m + 24, n - 24) != rd32(m + 20))
        return fail(err, err_len, name, "corrupt (checksum mismatch)");
    g->order = rd32(m + 24);
    g->n_sym = rd32(m + 28);
    g->n_tok = rd32(m + 32);
    if (g->order < 1 || g->order > 32 || g->n_sym < 1 || g->n_sym > 256 || g->n_tok < 2 ||
        g->n_tok > 65535)
        return fail(err, err_len, name, "bad sizes in header");
    size_t need = NV_G2P_HEADER_SIZE + align4((size_t)g->n_sym * 2) + (size_t)g->n_tok * 8 +
                  4 * ((size_t)NV_G2P_NLP + 1);
    for (int k = 0; k < 2; k++) {
        lm_view *l = &g->lm[k];
        l->n_ctx = rd32(m + 36 + 12 * k);
        l->n_ent = rd32(m + 40 + 12 * k);
        l->bos_ctx = rd32(m + 44 + 12 * k);
        if (l->n_ctx < 1 || l->n_ctx > (1u << 28) || l->n_ent > (1u << 28) ||
            l->n_ent < g->n_tok || l->bos_ctx >= l->n_ctx)
            return fail(err, err_len, name, "bad sizes in header");
        need += 12 * ((size_t)l->n_ctx + 1) + 12 * (size_t)l->n_ent;
    }
    /* STRESS: its two counts, then its records */
    if (need + 8 > n)
        return fail(err, err_len, name, "section sizes do not add up to the file size");
    g->n_sctx = rd32(m + need);
    g->n_sent = rd32(m + need + 4);
    if (g->n_sctx > (1u << 24) || g->n_sent > (1u << 24))
        return fail(err, err_len, name, "bad sizes in the stress table");
    need += 8 + 16 * ((size_t)g->n_sctx + 1) + 8 * (size_t)g->n_sent;
    if (need != n)
        return fail(err, err_len, name, "section sizes do not add up to the file size");
    size_t off = NV_G2P_HEADER_SIZE;
    g->sym = m + off;
    off += align4((size_t)g->n_sym * 2);
    g->tok = m + off;
    off += (size_t)g->n_tok * 8;
    g->lpart = (const uint32_t *)(const void *)(m + off);
    off += 4 * ((size_t)NV_G2P_NLP + 1);
    for (int k = 0; k < 2; k++) {
        lm_view *l = &g->lm[k];
        l->ctx = (const ctx_rec *)(const void *)(m + off);
        off += 12 * ((size_t)l->n_ctx + 1);
        l->ent = (const ent_rec *)(const void *)(m + off);
        off += 12 * (size_t)l->n_ent;
    }
    off += 8;
    g->sctx = (const uint32_t *)(const void *)(m + off);
    off += 16 * ((size_t)g->n_sctx + 1);
    g->sent = (const uint32_t *)(const void *)(m + off);

    for (uint32_t s = 0; s < g->n_sym; s++) {
        int ph = g->sym[2 * s], st = g->sym[2 * s + 1];
        if (ph == NV_PH_PAU || ph >= NV_PH_COUNT || st > 3 ||
            (st == 3) != !nv__phone_is_vowel(ph))
            return fail(err, err_len, name, "bad phone symbol table");
    }
    /* letter parts: codes ascending, token ranges consistent with the tokens */
    if (g->lpart[0] != 0 || g->lpart[1] != 1 || g->lpart[NV_G2P_NLP] != g->n_tok)
        return fail(err, err_len, name, "bad letter-part index");
    g->max_range = 1;
    for (uint32_t c = 1; c < NV_G2P_NLP; c++) {
        uint32_t lo = g->lpart[c], hi = g->lpart[c + 1];
        if (hi < lo || hi > g->n_tok)
            return fail(err, err_len, name, "bad letter-part index");
        if (hi - lo > g->max_range)
            g->max_range = hi - lo;
        for (uint32_t t = lo; t < hi; t++) {
            const uint8_t *r = g->tok + 8 * (size_t)t;
            uint32_t code = r[0] == 1 ? 1u + r[1] : 27u + 26u * r[1] + r[2];
            if (r[0] < 1 || r[0] > 2 || r[1] > 25 || (r[0] == 2 && r[2] > 25) || code != c ||
                r[3] > 2 || (r[3] > 0 && r[4] >= g->n_sym) || (r[3] > 1 && r[5] >= g->n_sym))
                return fail(err, err_len, name, "bad graphone table");
        }
    }
    /* contexts: entries ascending, back-off chains go to smaller ids */
    for (int q = 0; q < 2; q++) {
        const lm_view *l = &g->lm[q];
        if (l->ctx[0].first != 0 || l->ctx[l->n_ctx].first != l->n_ent ||
            (l->n_ctx > 1 && l->ctx[1].first != g->n_tok))
            return fail(err, err_len, name, "bad context table");
        for (uint32_t c = 0; c < l->n_ctx; c++) {
            uint32_t b = l->ctx[c].first, e = l->ctx[c + 1].first;
            if (e < b || e > l->n_ent || (c > 0 && l->ctx[c].par >= c) || !isfinite(l->ctx[c].bow))
                return fail(err, err_len, name, "bad context table");
            for (uint32_t k = b; k < e; k++) {
                if (l->ent[k].tok >= g->n_tok || (k > b && l->ent[k].tok <= l->ent[k - 1].tok) ||
                    l->ent[k].next >= l->n_ctx || !isfinite(l->ent[k].lp))
                    return fail(err, err_len, name, "bad n-gram entry");
                if (c == 0 && l->ent[k].tok != k)
                    return fail(err, err_len, name, "bad unigram table");
            }
        }
    }
    /* stress patterns: keys ascending and well formed, entries consistent */
    if (g->sctx[4 * g->n_sctx] != 0xffffffffu || g->sctx[4 * g->n_sctx + 1] != g->n_sent ||
        (g->n_sctx > 0 && g->sctx[1] != 0))
        return fail(err, err_len, name, "bad stress table");
    for (uint32_t c = 0; c < g->n_sctx; c++) {
        const uint32_t *r = g->sctx + 4 * c;
        uint32_t key = r[0], l = key >> 28 & 7u, k = key >> 24 & 15u;
        uint32_t skel = key & NV_G2P_SKEY_SKEL, b = r[1], e = r[5], total = 0, pmax = 1;
        for (uint32_t q = 0; q < k && q < NV_G2P_STRESS_KMAX; q++)
            pmax *= skel ? 16 : 3;   /* 16^7 and 3^12 both fit */
        if ((c > 0 && key <= r[-4]) || l > NV_G2P_STRESS_AFFIX || k < 1 ||
            k > (skel ? NV_G2P_SKEL_KMAX : NV_G2P_STRESS_KMAX) ||
            (key & 0x7fffffu) >> (5 * l) != 0 || e < b ||
            e > g->n_sent || e - b != r[3] || e == b)
            return fail(err, err_len, name, "bad stress table");
        for (uint32_t q = b; q < e; q++) {
            uint32_t pat = g->sent[2 * q], cnt = g->sent[2 * q + 1];
            if (pat >= pmax || cnt == 0 || cnt > r[2] - total ||
                (q > b && pat <= g->sent[2 * (q - 1)]))
                return fail(err, err_len, name, "bad stress table");
            total += cnt;
        }
        if (total != r[2])
            return fail(err, err_len, name, "bad stress table");
    }
    /* a hash index over the stress keys (a word looks up dozens of them) */
    uint32_t cap = 16;
    while (cap < 2 * (uint64_t)g->n_sctx)
        cap *= 2;
    for (int q = 0; q < 2; q++) {   /* each letter part's tokens, best unigram first */
        lm_view *l = &g->lm[q];
        for (uint32_t c = 0; c < l->n_ctx; c++)
            l->bow_up |= l->ctx[c].bow > 0.0f;
        l->uni_order = malloc((size_t)g->n_tok * sizeof *l->uni_order);
        l->tok16 = malloc(((size_t)l->n_ent + 1) * sizeof *l->tok16);
        if (!l->uni_order || !l->tok16)
            return fail(err, err_len, name, "out of memory");
        for (uint32_t k = 0; k < l->n_ent; k++)
            l->tok16[k] = (uint16_t)l->ent[k].tok;   /* n_tok <= 65535 was checked */
        for (uint32_t t = 0; t < g->n_tok; t++)
            l->uni_order[t] = t;
        for (uint32_t c = 1; c < NV_G2P_NLP; c++)   /* insertion sort: ranges are short */
            for (uint32_t i = g->lpart[c] + 1; i < g->lpart[c + 1]; i++) {
                uint32_t t = l->uni_order[i], j = i;
                while (j > g->lpart[c] && l->ent[l->uni_order[j - 1]].lp < l->ent[t].lp) {
                    l->uni_order[j] = l->uni_order[j - 1];
                    j--;
                }
                l->uni_order[j] = t;
            }
    }
    g->shash = calloc(cap, sizeof *g->shash);
    if (!g->shash)
        return fail(err, err_len, name, "out of memory");
    g->shash_mask = cap - 1;
    for (uint32_t c = 0; c < g->n_sctx; c++) {
        uint32_t h = skey_hash(g->sctx[4 * c], g->shash_mask);
        while (g->shash[h])
            h = (h + 1) & g->shash_mask;
        g->shash[h] = c + 1;
    }
    return 0;
}

int nv__g2p_open(const char *path, nv_g2p **out, char *err, size_t err_len)
{
    *out = NULL;
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        if (err && err_len)
            snprintf(err, err_len, "cannot open letter-to-sound model %s: %s", path,
                     strerror(errno));
        return -1;
    }
    struct stat st;
    if (fstat(fd, &st) != 0 || st.st_size < (off_t)NV_G2P_HEADER_SIZE ||
        (unsigned long long)st.st_size > 0xffffffffull) {
        close(fd);
        return fail(err, err_len, path, "too small or too large to be a model");
    }
    void *m = mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
    close(fd);
    if (m == MAP_FAILED) {
        if (err && err_len)
            snprintf(err, err_len, "cannot map letter-to-sound model %s: %s", path,
                     strerror(errno));
        return -1;
    }
    nv_g2p *g = calloc(1, sizeof *g);
    if (!g) {
        munmap(m, (size_t)st.st_size);
        return fail(err, err_len, path, "out of memory");
    }
    g->map = m;
    g->map_len = (size_t)st.st_size;
    g->mapped = 1;
    if (check_model(g, path, err, err_len) != 0) {
        nv__g2p_close(g);
        return -1;
    }
    *out = g;
    return 0;
}

int nv__g2p_open_mem(const void *data, size_t len, const char *name, nv_g2p **out,
                     char *err, size_t err_len)
{
    *out = NULL;
    nv_g2p *g = calloc(1, sizeof *g);
    uint8_t *copy = malloc(len ? len : 1);
    if (!g || !copy) {
        free(g);
        free(copy);
        return fail(err, err_len, name, "out of memory");
    }
    if (len)
        memcpy(copy, data, len);
    g->map = copy;
    g->map_len = len;
    if (check_model(g, name, err, err_len) != 0) {
        nv__g2p_close(g);
        return -1;
    }
    *out = g;
    return 0;
}

void nv__g2p_close(nv_g2p *g)
{
    if (!g)
        return;
    if (g->mapped)
        munmap((void *)(uintptr_t)g->map, g->map_len);
    else
        free((void *)(uintptr_t)g->map);
    free(g->shash);
    for (int q = 0; q < 2; q++) {
        free(g->lm[q].uni_order);
        free(g->lm[q].tok16);
    }
    free(g);
}

/* ---- decoding ---------------------------------------------------------------- */

typedef struct hyp {
    float score;
    uint32_t ctx;
    int32_t back;     /* index in the pool of the previous hypothesis, -1 at start */
    uint16_t tok;
    uint16_t pad;
} hyp;

/* Candidates for one letter position, one per context (a small hash table over
 * the contexts merges them as they come; generation stamps avoid clearing it). */
typedef struct hyp_list {
    hyp *v;
    size_t n, cap;
    float best;
    uint32_t *slot;            /* index into v, valid when gen matches */
    uint32_t *slot_gen;
    size_t n_slot;             /* power of two, at least twice cap */
    uint32_t gen;
} hyp_list;

typedef struct work {
    hyp_list ring[3];          /* candidates for positions i, i+1, i+2 (mod 3) */
    hyp *pool;                 /* survivors of every position */
    size_t n_pool, cap_pool;
    uint32_t *seen;            /* stamp per token of the current range */
    uint32_t stamp;
    unsigned flags;            /* NV_G2P_* of the prediction */
    int digraph_h;             /* continental: the letter expanded is an h after k g d z */
    int z_before_h;            /* continental: the letter expanded is a z before h */
} work;

static int continental_skip(const nv_g2p *g, const work *w, uint16_t tok);

/* x better than y: higher score, ties broken by the earlier predecessor */
static int better(const hyp *x, const hyp *y)
{
    return x->score > y->score || (x->score == y->score && x->back < y->back);
}

static size_t slot_of(const hyp_list *l, uint32_t ctx)
{
    size_t mask = l->n_slot - 1, h = ((size_t)ctx * 2654435761u) & mask;
    while (l->slot_gen[h] == l->gen && l->v[l->slot[h]].ctx != ctx)
        h = (h + 1) & mask;
    return h;
}

static int push(hyp_list *l, const hyp *h)
{
    if (h->score < l->best - PRUNE_MARGIN)
        return 0;
    if (h->score > l->best)
        l->best = h->score;
    if (l->n_slot) {
        size_t k = slot_of(l, h->ctx);
        if (l->slot_gen[k] == l->gen) {   /* same context: keep the better one */
            hyp *o = &l->v[l->slot[k]];
            if (better(h, o))
                *o = *h;
            return 0;
        }
    }
    if (l->n == l->cap || l->n_slot == 0) {
        size_t cap = l->cap ? l->cap * 2 : 128;
        hyp *v = l->n == l->cap ? realloc(l->v, cap * sizeof *v) : l->v;
        uint32_t *sl = malloc(4 * cap * sizeof *sl);
        uint32_t *sg = calloc(4 * cap, sizeof *sg);
        if (!v || !sl || !sg) {
            if (v)
                l->v = v;
            free(sl);
            free(sg);
            return -1;
        }
        l->v = v;
        if (l->n == l->cap)
            l->cap = cap;
        free(l->slot);
        free(l->slot_gen);
        l->slot = sl;
        l->slot_gen = sg;
        l->n_slot = 4 * cap;
        l->gen = 1;
        for (size_t i = 0; i < l->n; i++) {
            size_t k = slot_of(l, l->v[i].ctx);
            l->slot[k] = (uint32_t)i;
            l->slot_gen[k] = l->gen;
        }
    }
    size_t k = slot_of(l, h->ctx);
    l->slot[k] = (uint32_t)l->n;
    l->slot_gen[k] = l->gen;
    l->v[l->n++] = *h;
    return 0;
}

/* Empty the list for its next position. */
static void list_reset(hyp_list *l)
{
    l->n = 0;
    l->best = -INFINITY;
    if (++l->gen == 0) {   /* wrapped: clear the stamps */
        if (l->slot_gen)
            memset(l->slot_gen, 0, l->n_slot * sizeof *l->slot_gen);
        l->gen = 1;
    }
}

/* Where token t is expected among the entries [b, e) of a context, were the
 * context's tokens spread evenly over the n_tok tokens. */
static uint32_t guess_at(uint32_t b, uint32_t e, uint32_t t, uint32_t n_tok)
{
    return b + (uint32_t)((uint64_t)(e - b) * t / n_tok);
}

/* First entry index in [b, e) of context entries with token >= t. The search
 * starts at the even-spread guess and gallops away from it, so it reads the few
 * entries near the answer rather than halving a large context from its middle. */
static uint32_t lower_bound(const uint16_t *tok, uint32_t b, uint32_t e, uint32_t t,
                            uint32_t n_tok)
{
    if (e - b > 8) {
        uint32_t g = guess_at(b, e, t, n_tok), step = 1;
        if (g >= e)
            g = e - 1;
        if (tok[g] < t) {   /* the answer is above g */
            uint32_t lo = g + 1;
            while (lo + step < e && tok[lo + step - 1] < t) {
                lo += step;
                step *= 2;
            }
            b = lo;
            if (lo + step < e)
                e = lo + step;
        } else {                /* at g or below */
            uint32_t hi = g;
            while (hi > b + step && tok[hi - step] >= t) {
                hi -= step;
                step *= 2;
            }
            e = hi;
            if (hi > b + step)
                b = hi - step;
        }
    }
    while (b < e) {
        uint32_t mid = b + (e - b) / 2;
        if (tok[mid] < t)
            b = mid + 1;
        else
            e = mid;
    }
    return b;
}

/* Offer h extended by entry x (back-off weight acc) to list l, unless its token
 * was scored already at a longer context or the flags exclude it. Returns 1 if
 * the token is now scored, 0 if it was skipped, -1 when out of memory. */
static int offer(const nv_g2p *g, work *w, const hyp *h, int32_t h_idx, float acc,
                 const ent_rec *x, uint32_t lo, hyp_list *l)
{
    uint32_t t = x->tok;
    if (w->seen[t - lo] == w->stamp)
        return 0;
    w->seen[t - lo] = w->stamp;
    if ((w->flags & NV_G2P_CONTINENTAL) && continental_skip(g, w, (uint16_t)t))
        return 0;
    hyp n = {h->score + acc + x->lp, x->next, h_idx, (uint16_t)t, 0};
    return push(l, &n) != 0 ? -1 : 1;
}

/* Extend h by every token of letter part lpc into list l. The walk down the
 * back-off chain stops as soon as no token left could pass push's pruning (no
 * log probability is above zero, and the empty context is read best first), so
 * the result is the same as scoring them all. */
static int expand(const nv_g2p *g, const lm_view *m, work *w, const hyp *h, int32_t h_idx,
                  uint32_t lpc, hyp_list *l)
{
    uint32_t lo = g->lpart[lpc], hi = g->lpart[lpc + 1];
    if (lo >= hi)
        return 0;
    if (++w->stamp == 0) {
        memset(w->seen, 0, sizeof *w->seen * g->max_range);
        w->stamp = 1;
    }
    float acc = 0.0f;
    uint32_t c = h->ctx, left = hi - lo;
    for (unsigned guard = 0; guard <= g->order + 1; guard++) {
        /* no log probability is above zero: stop when push would refuse every
         * token left */
        if (!m->bow_up && h->score + acc < l->best - PRUNE_MARGIN)
            break;
        uint32_t e = m->ctx[c + 1].first;
        if (c == 0) {
            /* the empty context lists every token at its own index; its tokens
             * best first, until push would refuse the rest */
            float floor = l->best - PRUNE_MARGIN - h->score - acc;
            for (uint32_t i = lo; i < hi; i++) {
                uint32_t t = m->uni_order[i];
                if (!m->bow_up && m->ent[t].lp < floor)
                    break;
                if (offer(g, w, h, h_idx, acc, &m->ent[t], lo, l) < 0)
                    return -1;
                floor = l->best - PRUNE_MARGIN - h->score - acc;
            }
            break;
        }
        for (uint32_t k = lower_bound(m->tok16, m->ctx[c].first, e, lo, g->n_tok);
             k < e && m->tok16[k] < hi; k++) {
            int r = offer(g, w, h, h_idx, acc, &m->ent[k], lo, l);
            if (r < 0)
                return -1;
            left -= (uint32_t)r;
        }
        if (c == 0 || left == 0)   /* every candidate scored */
            break;
        acc += m->ctx[c].bow;
        c = m->ctx[c].par;
    }
    return 0;
}

/* log p(token | ctx) with back-off in model m; *next receives the context after it. */
static float score_one(const nv_g2p *g, const lm_view *m, uint32_t c, uint32_t t,
                       uint32_t *next)
{
    float acc = 0.0f;
    for (unsigned guard = 0; guard <= g->order + 1; guard++) {
        uint32_t e = m->ctx[c + 1].first;
        uint32_t k = c == 0 ? t : lower_bound(m->tok16, m->ctx[c].first, e, t, g->n_tok);
        if (k < e && m->tok16[k] == t) {
            *next = m->ent[k].next;
            return acc + m->ent[k].lp;
        }
        if (c == 0)
            break;
        acc += m->ctx[c].bow;
        c = m->ctx[c].par;
    }
    *next = 0;
    return acc - 100.0f;
}

/* Tokens of the path ending at pool[i], in order; returns how many. */
static int backtrace(const work *w, int32_t i, uint16_t *toks, int cap)
{
    uint16_t rev[NV_G2P_MAX_LETTERS + 2];
    int nt = 0, n = 0;
    for (; i >= 0 && nt < NV_G2P_MAX_LETTERS + 2; i = w->pool[i].back)
        if (w->pool[i].back >= 0)
            rev[nt++] = w->pool[i].tok;
    while (nt-- > 0 && n < cap)
        toks[n++] = rev[nt];
    return n;
}

/* Phone symbols of a token sequence; returns how many. */
static int phones_of(const nv_g2p *g, const uint16_t *toks, int nt, uint8_t *sym, int cap)
{
    int n = 0;
    for (int q = 0; q < nt; q++) {
        const uint8_t *r = g->tok + 8 * (size_t)toks[q];
        for (int k = 0; k < r[3] && n < cap; k++)
            sym[n++] = r[4 + k];
    }
    return n;
}

/* The (context, token) scores a word's paths have looked up: the paths share most
 * of their graphones, so most lookups repeat. Open addressing; slot 0 of ctx_p1
 * means empty. */
#define MEMO_SLOTS 512
typedef struct lookup_memo {
    uint32_t ctx_p1[MEMO_SLOTS];   /* context + 1 */
    uint16_t tok[MEMO_SLOTS];
    float lp[MEMO_SLOTS];
    uint32_t next[MEMO_SLOTS];
    int n;
} lookup_memo;

static float memo_score(const nv_g2p *g, const lm_view *m, lookup_memo *mo, uint32_t c,
                        uint32_t t, uint32_t *next)
{
    uint32_t h = (c * 2654435761u ^ t * 40503u) & (MEMO_SLOTS - 1);
    while (mo->ctx_p1[h]) {
        if (mo->ctx_p1[h] == c + 1 && mo->tok[h] == t) {
            *next = mo->next[h];
            return mo->lp[h];
        }
        h = (h + 1) & (MEMO_SLOTS - 1);
    }
    float lp = score_one(g, m, c, t, next);
    if (mo->n < MEMO_SLOTS / 2) {   /* keep the table sparse; past that, no memo */
        mo->ctx_p1[h] = c + 1;
        mo->tok[h] = (uint16_t)t;
        mo->lp[h] = lp;
        mo->next[h] = *next;
        mo->n++;
    }
    return lp;
}

/* Log probability of a token sequence (reading order) under model dir: 0 reads it
 * left to right, 1 (the right-to-left model) reads it reversed. */
static float score_path(const nv_g2p *g, int dir, const uint16_t *toks, int nt,
                        lookup_memo *mo)
{
    const lm_view *m = &g->lm[dir];
    uint32_t c = m->bos_ctx;
    float s = 0.0f;
    for (int q = 0; q < nt; q++)
        s += memo_score(g, m, mo, c, toks[dir ? nt - 1 - q : q], &c);
    return s + memo_score(g, m, mo, c, 0, &c);
}

/* ---- stress patterns ----------------------------------------------------------- */

/* Context record of a stress key, or NULL. */
static const uint32_t *stress_ctx(const nv_g2p *g, uint32_t key)
{
    for (uint32_t h = skey_hash(key, g->shash_mask);; h = (h + 1) & g->shash_mask) {
        uint32_t c = g->shash[h];
        if (!c)
            return NULL;
        if (g->sctx[4 * (c - 1)] == key)
            return g->sctx + 4 * (c - 1);
    }
}

/* The stress contexts of one word for one vowel count: for the suffixes (0) and the
 * prefixes (1) of length 0, 1, ..., the context records found (n[] of them; the
 * search stops at the first affix never seen). */
typedef struct stress_ctxs {
    int k;
    int n[4];                  /* index: 2 x skeleton + prefix */
    const uint32_t *r[4][NV_G2P_STRESS_AFFIX + 1];
} stress_ctxs;

static void stress_lookup(const nv_g2p *g, const uint8_t *let, int n, int k, stress_ctxs *sc)
{
    sc->k = k;
    for (int kind = 0; kind < 4; kind++) {
        int prefix = kind & 1;
        sc->n[kind] = 0;
        if (kind >= 2 && k > NV_G2P_SKEL_KMAX)
            continue;
        for (int l = 0; l <= NV_G2P_STRESS_AFFIX && l <= n; l++) {
            uint32_t letters = 0;
            for (int q = 0; q < l; q++)
                letters = letters << 5 | let[prefix ? q : n - l + q];
            const uint32_t *r = stress_ctx(g, NV_G2P_SKEY(prefix, l, k, letters) |
                                                  (kind >= 2 ? NV_G2P_SKEY_SKEL : 0));
            if (!r)
                break;
            sc->r[kind][sc->n[kind]++] = r;
        }
    }
}

/* Probability of pattern pat (k vowels) among the words sharing the word's affix of
 * each length up to NV_G2P_STRESS_AFFIX, interpolated from the shortest affix up
 * (Witten-Bell style: a context's weight grows with its count, shrinks with the
 * number of patterns it has seen). *p0 receives the probability given k alone. */
static double stress_prob(const nv_g2p *g, const stress_ctxs *sc, int kind, uint32_t pat,
                          double *p0)
{
    double p = 1.0;
    for (int q = 0; q < sc->k; q++)
        p /= kind >= 2 ? 15.0 : 3.0;
    *p0 = p;
    for (int l = 0; l < sc->n[kind]; l++) {
        const uint32_t *r = sc->r[kind][l];
        uint32_t cnt = 0, b = r[1], e = r[5];
        while (b < e) {   /* the pattern's entry */
            uint32_t mid = b + (e - b) / 2;
            if (g->sent[2 * mid] < pat)
                b = mid + 1;
            else
                e = mid;
        }
        if (b < r[5] && g->sent[2 * b] == pat)
            cnt = g->sent[2 * b + 1];
        double w = STRESS_BETA * r[3];
        p = (cnt + w * p) / (r[2] + w);
        if (l == 0)
            *p0 = p;
    }
    return p;
}

/* Stress scores of a word's paths, remembered by (vowel count, pattern): the paths
 * of one word share few patterns and fewer vowel counts. */
/* Scores already computed for one word, by key. */
typedef struct score_memo {
    uint32_t key[2 * MAX_BEAM];
    float score[2 * MAX_BEAM];
    int n;
} score_memo;

typedef struct stress_memo {
    stress_ctxs ctxs[4];
    int n_ctxs;
    score_memo pat, skel;   /* stress patterns, vowel skeletons */
} stress_memo;

/* The contexts of vowel count k, from the memo or looked up. */
static const stress_ctxs *memo_ctxs(const nv_g2p *g, const uint8_t *let, int n, int k,
                                    stress_memo *mo, stress_ctxs *spare)
{
    for (int i = 0; i < mo->n_ctxs; i++)
        if (mo->ctxs[i].k == k)
            return &mo->ctxs[i];
    stress_ctxs *sc = mo->n_ctxs < 4 ? &mo->ctxs[mo->n_ctxs++] : spare;
    stress_lookup(g, let, n, k, sc);
    return sc;
}

/* Weighted log-score of value (a stress pattern or a vowel skeleton of k
 * vowels) under the suffix table `table` and the prefix table table + 1: the
 * suffix model times the prefix model's ratio to the vowel count's prior.
 * Memoised in t under key. */
static float table_score(const nv_g2p *g, const uint8_t *let, int n, int k, uint32_t value,
                         uint32_t key, int table, double weight, stress_memo *mo,
                         score_memo *t)
{
    for (int i = 0; i < t->n; i++)
        if (t->key[i] == key)
            return t->score[i];
    stress_ctxs spare;
    const stress_ctxs *sc = memo_ctxs(g, let, n, k, mo, &spare);
    double p0s, p0p;
    double ps = stress_prob(g, sc, table, value, &p0s);
    double pp = stress_prob(g, sc, table + 1, value, &p0p);
    float score = (float)(weight * (log(ps) + STRESS_PREFIX_WEIGHT * (log(pp) - log(p0p))));
    if (t->n < 2 * MAX_BEAM) {
        t->key[t->n] = key;
        t->score[t->n++] = score;
    }
    return score;
}

/* Log-score of a path's stress pattern (sym: its phone symbols), plus that of
 * its vowel skeleton, weighted less. */
static float stress_score(const nv_g2p *g, const uint8_t *let, int n, const uint8_t *sym,
                          int ns, stress_memo *mo)
{
    uint32_t pat = 0, skel = 0;
    int k = 0;
    for (int i = 0; i < ns; i++) {
        int st = g->sym[2 * sym[i] + 1];
        if (st == 3)
            continue;
        pat = pat * 3u + (uint32_t)st;
        skel = skel << 4 | (uint32_t)nv__g2p_vowel_index(g->sym[2 * sym[i]]);
        k++;
    }
    if (k < 1 || k > NV_G2P_STRESS_KMAX || g->n_sctx == 0)
        return 0.0f;
    float extra = 0.0f;
    if (k <= NV_G2P_SKEL_KMAX)
        extra = table_score(g, let, n, k, skel, (uint32_t)k << 28 | skel, 2, SKEL_WEIGHT, mo,
                            &mo->skel);
    return table_score(g, let, n, k, pat, (uint32_t)k << 24 | pat, 0, STRESS_WEIGHT, mo,
                       &mo->pat) + extra;
}

static int has_primary(const nv_g2p *g, const uint8_t *sym, int n, int *has_vowel)
{
    int primary = 0;
    *has_vowel = 0;
    for (int i = 0; i < n; i++) {
        int st = g->sym[2 * sym[i] + 1];
        if (st != 3)
            *has_vowel = 1;
        if (st == 1)
            primary = 1;
    }
    return primary;
}

static void work_free(work *w)
{
    for (int i = 0; i < 3; i++) {
        free(w->ring[i].v);
        free(w->ring[i].slot);
        free(w->ring[i].slot_gen);
    }
    free(w->pool);
    free(w->seen);
}

/* Keep the best `beam` hypotheses of list l (one per context) in the pool. */
static int settle(work *w, hyp_list *l, int beam, size_t *first, size_t *count)
{
    /* the best `beam` to the front, in order (selection: beam is small) */
    size_t n = l->n < (size_t)beam ? l->n : (size_t)beam;
    for (size_t r = 0; r < n; r++) {
        size_t b = r;
        for (size_t i = r + 1; i < l->n; i++)
            if (better(&l->v[i], &l->v[b]))
                b = i;
        hyp t = l->v[r];
        l->v[r] = l->v[b];
        l->v[b] = t;
    }
    while (n > 1 && l->v[n - 1].score < l->v[0].score - SETTLE_MARGIN)
        n--;
    if (w->n_pool + n > w->cap_pool) {
        size_t cap = (w->n_pool + n) * 2;
        hyp *p = realloc(w->pool, cap * sizeof *p);
        if (!p)
            return -1;
        w->pool = p;
        w->cap_pool = cap;
    }
    memcpy(w->pool + w->n_pool, l->v, n * sizeof *l->v);
    *first = w->n_pool;
    *count = n;
    w->n_pool += n;
    list_reset(l);
    return 0;
}

/* A finished path: its graphones in reading order and its score (the search's own
 * model's until both searches are done, then the combined one). */
typedef struct fin {
    float score;
    int nt;
    int dir;                   /* the search that found it */
    uint16_t toks[NV_G2P_MAX_LETTERS];
} fin;

/* Beam search over the letters with model dir (0: left to right over let; 1: right
 * to left, let then holds the word reversed). Appends its finished paths to f. */
static int search(const nv_g2p *g, work *w, const uint8_t *let, int n, int dir, int beam,
                  fin *f, size_t *nf)
{
    const lm_view *lm = &g->lm[dir];
    w->n_pool = 0;
    for (int i = 0; i < 3; i++)
        list_reset(&w->ring[i]);
    hyp start = {0.0f, lm->bos_ctx, -1, 0, 0};
    int rc = push(&w->ring[0], &start);
    size_t first = 0, count = 0;
    for (int i = 0; rc == 0 && i <= n; i++) {
        if (settle(w, &w->ring[i % 3], beam, &first, &count) != 0)
            return -1;
        if (i == n)
            break;
        uint32_t c1 = 1u + let[i];
        uint32_t c2 = i + 1 < n ? (dir ? 27u + 26u * let[i + 1] + let[i]
                                       : 27u + 26u * let[i] + let[i + 1]) : 0;
        if (w->flags & NV_G2P_CONTINENTAL) {
            /* neighbours in reading order: kh, gh, dh, zh are one sound */
            int prev = dir ? (i + 1 < n ? let[i + 1] : -1) : (i > 0 ? let[i - 1] : -1);
            int next = dir ? (i > 0 ? let[i - 1] : -1) : (i + 1 < n ? let[i + 1] : -1);
            w->digraph_h = let[i] == 7 && (prev == 10 || prev == 6 || prev == 3 || prev == 25);
            w->z_before_h = let[i] == 25 && next == 7;
        }
        /* the survivors' contexts are scattered through the model: ask for all of
         * them (and their back-off contexts) at once, then for the place in each
         * one's entries where the letter's tokens should be, so that the memory
         * reads overlap instead of waiting one after another */
        for (size_t k = first; k < first + count; k++) {
            uint32_t c = w->pool[k].ctx;
            __builtin_prefetch(&lm->ctx[c]);
            if (c > 0)
                __builtin_prefetch(&lm->ctx[lm->ctx[c].par]);
        }
        for (size_t k = first; k < first + count; k++) {
            uint32_t c = w->pool[k].ctx;
            for (int level = 0; level < 2; level++) {   /* the context and its back-off */
                uint32_t b = lm->ctx[c].first, e = lm->ctx[c + 1].first;
                uint32_t at = guess_at(b, e, g->lpart[1u + let[i]], g->n_tok);
                __builtin_prefetch(&lm->tok16[at]);
                __builtin_prefetch(&lm->ent[at]);
                if (c == 0)
                    break;
                c = lm->ctx[c].par;   /* a smaller id (checked at open) */
            }
        }
        for (size_t k = first; rc == 0 && k < first + count; k++) {
            hyp h = w->pool[k];
            rc = expand(g, lm, w, &h, (int32_t)k, c1, &w->ring[(i + 1) % 3]);
            if (rc == 0 && c2)
                rc = expand(g, lm, w, &h, (int32_t)k, c2, &w->ring[(i + 2) % 3]);
        }
    }
    if (rc != 0)
        return -1;
    for (size_t k = first; k < first + count && *nf < 2 * MAX_BEAM; k++) {
        fin *x = &f[(*nf)++];
        uint16_t t[NV_G2P_MAX_LETTERS];
        uint32_t next;
        int nt = backtrace(w, (int32_t)k, t, NV_G2P_MAX_LETTERS);
        x->nt = nt;
        for (int q = 0; q < nt; q++)   /* reading order */
            x->toks[q] = dir ? t[nt - 1 - q] : t[q];
        x->score = w->pool[k].score + score_one(g, lm, w->pool[k].ctx, 0, &next);
        x->dir = dir;
    }
    return 0;
}

/* Give every finished path the geometric mean of the two models' probabilities. A
 * path both searches found has both scores already (the copy is dropped); the
 * others are scored by the model of the other direction. Returns the new count. */
static size_t combine(const nv_g2p *g, fin *f, size_t m)
{
    unsigned char both[2 * MAX_BEAM] = {0};
    for (size_t a = 0; a < m; a++) {
        if (f[a].dir != 0)
            continue;
        for (size_t b = 0; b < m; b++)
            if (f[b].dir == 1 && !both[b] && f[b].nt == f[a].nt &&
                memcmp(f[a].toks, f[b].toks, sizeof f[a].toks[0] * (size_t)f[a].nt) == 0) {
                f[a].score = 0.5f * (f[a].score + f[b].score);
                both[a] = both[b] = 1;
                f[b].nt = -1;
                break;
            }
    }
    size_t k = 0;
    lookup_memo *mo = calloc(2, sizeof *mo);   /* one per model */
    if (!mo)
        return (size_t)-1;
    for (size_t a = 0; a < m; a++) {
        if (f[a].nt < 0)
            continue;
        if (!both[a]) {
            int other = !f[a].dir;
            f[a].score = 0.5f * (f[a].score + score_path(g, other, f[a].toks, f[a].nt, &mo[other]));
        }
        f[k++] = f[a];
    }
    free(mo);
    return k;
}

static int by_fin(const void *a, const void *b)
{
    const fin *x = a, *y = b;
    if (x->score != y->score)
        return x->score > y->score ? -1 : 1;
    if (x->nt != y->nt)
        return x->nt < y->nt ? -1 : 1;
    return memcmp(x->toks, y->toks, sizeof x->toks[0] * (size_t)x->nt);
}

/* Does a token read its vowel letter with an English-only value? Used for
 * NV_G2P_CONTINENTAL: a e i o u as in most romanised names (Arabic, Persian,
 * Pashto, Slavic, Japanese ...): a is never "cat", "cake" or "call", i never
 * "ice", u never "cup" (stressed) or "cute", o never "cot", e never "eve", y
 * never "my". */
static int english_vowel(const nv_g2p *g, uint16_t tok)
{
    const uint8_t *r = g->tok + 8 * (size_t)tok;
    if (r[0] != 1 || r[3] == 0)
        return 0;
    int letter = r[1];
    uint8_t ph = g->sym[2 * r[4]], st = g->sym[2 * r[4] + 1];
    switch (letter) {
    case 0:  /* a */
        return ph == NV_PH_AE || ph == NV_PH_EY || ph == NV_PH_AO || ph == NV_PH_AW;
    case 4:  /* e */
        return ph == NV_PH_IY && st != 0;
    case 8:  /* i */
        return ph == NV_PH_AY;
    case 14: /* o */
        return ph == NV_PH_AA || ph == NV_PH_AW;
    case 20: /* u */
        return (ph == NV_PH_AH && st != 0) || ph == NV_PH_Y || ph == NV_PH_ER;
    case 24: /* y */
        return ph == NV_PH_AY;
    default:
        return 0;
    }
}

/* Continental reading: English-only vowel values are out, and so are an h
 * sounded after k, g, d or z (Khalid, Ghani, Dhaka) and a z read as [z]
 * before h (Zhukov: [zh]). */
static int continental_skip(const nv_g2p *g, const work *w, uint16_t tok)
{
    if (english_vowel(g, tok))
        return 1;
    const uint8_t *r = g->tok + 8 * (size_t)tok;
    if (r[0] != 1 || r[3] == 0)
        return 0;
    uint8_t ph = g->sym[2 * r[4]];
    if (w->digraph_h && r[1] == 7)
        return ph == NV_PH_HH;
    if (w->z_before_h && r[1] == 25)
        return ph == NV_PH_Z || ph == NV_PH_S;
    return 0;
}

int nv__g2p_predict(const nv_g2p *g, const char *word, size_t len, int beam,
                    nv_pron *out)
{
    return nv__g2p_predict_ex(g, word, len, beam, 0, out);
}

int nv__g2p_predict_ex(const nv_g2p *g, const char *word, size_t len, int beam,
                       unsigned flags, nv_pron *out)
{
    uint8_t let[NV_G2P_MAX_LETTERS], rlet[NV_G2P_MAX_LETTERS];
    int n = 0;
    if (!out)
        return 0;
    memset(out, 0, sizeof *out);
    for (size_t i = 0; word && i < len && n < NV_G2P_MAX_LETTERS; i++) {
        unsigned char c = (unsigned char)word[i];
        if (c >= 'A' && c <= 'Z')
            c = (unsigned char)(c - 'A' + 'a');
        if (c >= 'a' && c <= 'z')
            let[n++] = (uint8_t)(c - 'a');
    }
    if (n == 0 || !g)
        return 0;
    if (beam <= 0)
        beam = DEFAULT_BEAM;
    if (beam > MAX_BEAM)
        beam = MAX_BEAM;
    int vowel_letter = 0;
    for (int i = 0; i < n; i++) {
        rlet[i] = let[n - 1 - i];
        vowel_letter |= let[i] == 0 || let[i] == 4 || let[i] == 8 || let[i] == 14 ||
                        let[i] == 20 || let[i] == 24;   /* a e i o u y */
    }

    work w;
    memset(&w, 0, sizeof w);
    w.seen = calloc(g->max_range, sizeof *w.seen);
    fin *f = malloc(2 * MAX_BEAM * sizeof *f);
    size_t m = 0;
    w.flags = flags;
    for (int pass = 0; pass < 2; pass++) {
        if (!w.seen || !f || search(g, &w, let, n, 0, beam, f, &m) != 0 ||
            search(g, &w, rlet, n, 1, beam, f, &m) != 0) {
            work_free(&w);
            free(f);
            return -1;
        }
        if (m > 0 || !w.flags)
            break;
        w.flags = 0;   /* no path reads the vowels so: read the word as usual */
    }
    work_free(&w);
    m = combine(g, f, m);
    if (m == (size_t)-1) {
        free(f);
        return -1;
    }
    /* both searches' paths, scored by both models; paths spelling the same phones
     * pool their probability; the best with a primary stress wins */
    uint8_t psym[2 * MAX_BEAM][NV_PRON_MAX_PH];
    int pn[2 * MAX_BEAM];
    for (size_t a = 0; a < m; a++)
        pn[a] = phones_of(g, f[a].toks, f[a].nt, psym[a], NV_PRON_MAX_PH);
    for (size_t a = 0; a < m; a++) {
        if (f[a].nt < 0)
            continue;
        for (size_t b = a + 1; b < m; b++) {
            if (f[b].nt < 0 || pn[b] != pn[a] || memcmp(psym[a], psym[b], (size_t)pn[a]) != 0)
                continue;
            int same = f[b].nt == f[a].nt &&
                       memcmp(f[a].toks, f[b].toks, sizeof f[a].toks[0] * (size_t)f[a].nt) == 0;
            if (!same) {   /* another segmentation of the same phones */
                float hi = f[a].score > f[b].score ? f[a].score : f[b].score;
                float lo = f[a].score > f[b].score ? f[b].score : f[a].score;
                f[a].score = hi + log1pf(expf(lo - hi));
            }
            f[b].nt = -1;   /* merged */
        }
    }
    {
        size_t k = 0;
        for (size_t a = 0; a < m; a++)
            if (f[a].nt >= 0)
                f[k++] = f[a];
        m = k;
    }
    /* the stress pattern's plausibility for this spelling */
    {
        stress_memo mo;
        mo.pat.n = mo.skel.n = mo.n_ctxs = 0;
        for (size_t a = 0; a < m; a++) {
            uint8_t ss[NV_PRON_MAX_PH];
            int sn = phones_of(g, f[a].toks, f[a].nt, ss, NV_PRON_MAX_PH);
            f[a].score += stress_score(g, let, n, ss, sn, &mo);
        }
    }
    qsort(f, m, sizeof *f, by_fin);
    uint8_t sym[NV_PRON_MAX_PH];
    int ns = 0;
    for (size_t a = 0; a < m; a++) {
        int vowel = 0;
        ns = phones_of(g, f[a].toks, f[a].nt, sym, NV_PRON_MAX_PH);
        /* a word with a vowel letter gets a vowel; "hmm" may stay without */
        if (has_primary(g, sym, ns, &vowel) || (!vowel && !vowel_letter))
            break;
        if (a + 1 == m)   /* none has a primary stress: take the best */
            ns = phones_of(g, f[0].toks, f[0].nt, sym, NV_PRON_MAX_PH);
    }
    free(f);

    uint8_t vstress[NV_PRON_MAX_PH];
    int nv = 0;
    for (int i = 0; i < ns; i++) {
        uint8_t ph = g->sym[2 * sym[i]], st = g->sym[2 * sym[i] + 1];
        out->ph[out->n_ph++] = ph;
        if (st != 3)
            vstress[nv++] = ph == NV_PH_AX ? 0 : st;
    }
    nv__pron_syllabify(out, vstress);
    return 1;
}

/* ---- realignment (training) ---------------------------------------------------- */

typedef struct ahyp {
    float score;
    uint32_t ctx;
    int32_t back;
    uint16_t tok;
    uint8_t i, j;
} ahyp;

static int by_aj_ctx(const void *a, const void *b)
{
    const ahyp *x = a, *y = b;
    if (x->j != y->j)
        return x->j < y->j ? -1 : 1;
    if (x->ctx != y->ctx)
        return x->ctx < y->ctx ? -1 : 1;
    if (x->score != y->score)
        return x->score > y->score ? -1 : 1;
    return x->back < y->back ? -1 : x->back > y->back;
}

static int by_ascore(const void *a, const void *b)
{
    const ahyp *x = a, *y = b;
    if (x->score != y->score)
        return x->score > y->score ? -1 : 1;
    return by_aj_ctx(a, b);
}

int nv__g2p_align(const nv_g2p *g, const uint8_t *let, int n, const uint8_t *sym, int m,
                  int beam, uint16_t *toks)
{
    if (n < 1 || n > NV_G2P_MAX_LETTERS || m < 0 || m > 2 * n || beam < 1)
        return 0;
    const lm_view *lm0 = &g->lm[0];
    size_t cap = 0, len = 0, pool_n = 0, pool_cap = 0;
    ahyp *cand = NULL, *pool = NULL;
    size_t pos_first[NV_G2P_MAX_LETTERS + 1], pos_count[NV_G2P_MAX_LETTERS + 1];
    int rc = -1;
    /* candidates of all positions live in one list, settled position by position */
    ahyp start = {0.0f, lm0->bos_ctx, -1, 0, 0, 0};
    cap = 1024;
    cand = malloc(cap * sizeof *cand);
    if (!cand)
        return -1;
    cand[len++] = start;
    for (int i = 0; i <= n; i++) {
        /* settle position i: move its candidates out, merge by (j, ctx), keep the best */
        size_t k = 0, cnt = 0;
        ahyp *mine = NULL;
        for (size_t q = 0; q < len; q++)
            if (cand[q].i == i)
                cnt++;
        mine = malloc((cnt ? cnt : 1) * sizeof *mine);
        if (!mine)
            goto end;
        for (size_t q = 0, r = 0; q < len; q++) {
            if (cand[q].i == i)
                mine[k++] = cand[q];
            else
                cand[r++] = cand[q];
        }
        len -= cnt;
        size_t u = 0;
        qsort(mine, cnt, sizeof *mine, by_aj_ctx);
        for (size_t q = 0; q < cnt; q++)
            if (u == 0 || mine[q].j != mine[u - 1].j || mine[q].ctx != mine[u - 1].ctx)
                mine[u++] = mine[q];
        qsort(mine, u, sizeof *mine, by_ascore);
        if (u > (size_t)beam)
            u = (size_t)beam;
        if (pool_n + u > pool_cap) {
            size_t nc = (pool_n + u) * 2;
            ahyp *p = realloc(pool, nc * sizeof *p);
            if (!p) {
                free(mine);
                goto end;
            }
            pool = p;
            pool_cap = nc;
        }
        memcpy(pool + pool_n, mine, u * sizeof *mine);
        free(mine);
        pos_first[i] = pool_n;
        pos_count[i] = u;
        pool_n += u;
        if (i == n)
            break;
        for (size_t q = pos_first[i]; q < pos_first[i] + pos_count[i]; q++) {
            ahyp h = pool[q];
            for (int a = 1; a <= 2 && i + a <= n; a++) {
                uint32_t code = a == 1 ? 1u + let[i] : 27u + 26u * let[i] + let[i + 1];
                for (uint32_t t = g->lpart[code]; t < g->lpart[code + 1]; t++) {
                    const uint8_t *r = g->tok + 8 * (size_t)t;
                    int b = r[3];
                    if (h.j + b > m || (b > 0 && r[4] != sym[h.j]) ||
                        (b > 1 && r[5] != sym[h.j + 1]))
                        continue;
                    if (i + a == n && h.j + b != m)
                        continue;
                    uint32_t next;
                    float sc = h.score + score_one(g, lm0, h.ctx, t, &next);
                    if (len == cap) {
                        size_t nc = cap * 2;
                        ahyp *p = realloc(cand, nc * sizeof *p);
                        if (!p)
                            goto end;
                        cand = p;
                        cap = nc;
                    }
                    cand[len++] = (ahyp){sc, next, (int32_t)q, (uint16_t)t, (uint8_t)(i + a),
                                         (uint8_t)(h.j + b)};
                }
            }
        }
    }
    /* the best complete path (all phones used) */
    {
        int32_t best = -1;
        float bs = -INFINITY;
        for (size_t q = pos_first[n]; q < pos_first[n] + pos_count[n]; q++) {
            uint32_t next;
            if (pool[q].j != m)
                continue;
            float sc = pool[q].score + score_one(g, lm0, pool[q].ctx, 0, &next);
            if (sc > bs) {
                bs = sc;
                best = (int32_t)q;
            }
        }
        rc = 0;
        if (best >= 0) {
            uint16_t rev[NV_G2P_MAX_LETTERS];
            int nt = 0;
            for (int32_t q = best; q >= 0 && pool[q].back >= 0 && nt < NV_G2P_MAX_LETTERS;
                 q = pool[q].back)
                rev[nt++] = pool[q].tok;
            for (int q = 0; q < nt; q++)
                toks[q] = rev[nt - 1 - q];
            rc = nt;
        }
    }
end:
    free(cand);
    free(pool);
    return rc;
}

