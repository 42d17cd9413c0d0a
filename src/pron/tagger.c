/* tagger.c - trigram hidden Markov model part-of-speech tagger.
 *
 * The model (pos.nvtag, layout in pron/tagfmt.h, made by tools/postag from
 * Festival's festlex-poslex) is memory-mapped and checked once at open. Tagging
 * is a second-order Viterbi search over the words of one utterance, with the
 * punctuation of its tokens as "punc" observations, as Festival's POS module
 * does: emissions log P(word | tag), transitions log P(t3 | t1 t2). Unknown
 * words get tag evidence from their last letters and their capitalisation;
 * known words also get a small share of that evidence for the open-class tags
 * the lexicon did not see them with, so that rare uses stay possible.
 */
#include "pron/tagger.h"
#include "pron/tagfmt.h"

#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#define MAX_CAND 12          /* tags considered per observation */
#define UNSEEN_LP (-13.0f)   /* log P(word | tag) when nothing else is known */
#define OOV_COUNT_LP 0.0f    /* log pseudo-count of an unknown word */
#define KNOWN_COUNT_LP 0.0f  /* log pseudo-count added to a known word's tags */
#define EMIT_BEAM 10.0f      /* keep tags within this of a word's best emission */
#define CAP_BONUS 3.0f       /* capitalised inside a sentence: proper-noun evidence */

struct nv_tagger {
    const unsigned char *map;
    size_t map_len;
    unsigned n_tag;
    const char (*names)[NV_TAGF_NAME];
    const float *trans;
    const nv_tagf_key *words, *sufs;
    uint32_t n_word, n_suf;
    const nv_tagf_emit *emits;
    const char *strs;
    uint32_t str_bytes;
    int t_punc, t_nn, t_nnp, t_nnps, t_pos, t_cd;
    const nv_tagf_key *apos_s;   /* the lexicon's "'s" */
};

static int fail(char *err, size_t err_len, const char *what)
{
    if (err && err_len)
        snprintf(err, err_len, "%s", what);
    return -1;
}

int nv__tagger_tag_index(const nv_tagger *tg, const char *name)
{
    for (unsigned i = 0; tg && i < tg->n_tag; i++)
        if (strcmp(tg->names[i], name) == 0)
            return (int)i;
    return -1;
}

const char *nv__tagger_tag_name(const nv_tagger *tg, int tag)
{
    return tg && tag >= 0 && (unsigned)tag < tg->n_tag ? tg->names[tag] : NULL;
}

static int check_keys(const nv_tagger *tg, const nv_tagf_key *k, uint32_t n, uint32_t n_emit)
{
    for (uint32_t i = 0; i < n; i++) {
        if (k[i].str >= tg->str_bytes || k[i].first > n_emit || k[i].n > n_emit - k[i].first)
            return -1;
        if (!memchr(tg->strs + k[i].str, '\0', tg->str_bytes - k[i].str))
            return -1;
        if (i && strcmp(tg->strs + k[i - 1].str, tg->strs + k[i].str) >= 0)
            return -1;   /* lookup is a binary search */
    }
    return 0;
}

int nv__tagger_open(const char *path, nv_tagger **out, char *err, size_t err_len)
{
    *out = NULL;
    nv_tagger *tg = calloc(1, sizeof *tg);
    if (!tg)
        return fail(err, err_len, "out of memory");
    if (!path) {
        *out = tg;   /* rules only */
        return 0;
    }
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        if (err && err_len)
            snprintf(err, err_len, "cannot open: %s", strerror(errno));
        free(tg);
        return -1;
    }
    struct stat st;
    if (fstat(fd, &st) != 0 || st.st_size < (off_t)sizeof(nv_tagf_header)) {
        close(fd);
        free(tg);
        return fail(err, err_len, "not a part-of-speech model (file too short)");
    }
    void *m = mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
    close(fd);
    if (m == MAP_FAILED) {
        free(tg);
        return fail(err, err_len, "cannot map the file");
    }
    tg->map = m;
    tg->map_len = (size_t)st.st_size;
    nv_tagf_header h;
    memcpy(&h, m, sizeof h);
    const char *why = NULL;
    if (memcmp(h.magic, NV_TAGF_MAGIC, 8) != 0)
        why = "not a part-of-speech model (bad magic; rebuild pos.nvtag with nv-postag)";
    else if (h.n_tag < 2 || h.n_tag > NV_TAGF_MAX_TAG || h.n_word == 0 || h.n_suf == 0)
        why = "corrupt part-of-speech model (bad counts in the header)";
    if (!why) {
        uint64_t need = sizeof h + (uint64_t)h.n_tag * NV_TAGF_NAME +
                        (uint64_t)h.n_tag * h.n_tag * h.n_tag * sizeof(float) +
                        ((uint64_t)h.n_word + h.n_suf) * sizeof(nv_tagf_key) +
                        (uint64_t)h.n_emit * sizeof(nv_tagf_emit) + h.str_bytes;
        if (need != (uint64_t)tg->map_len)
            why = "corrupt part-of-speech model (size does not match its header)";
    }
    if (!why) {
        const unsigned char *p = tg->map + sizeof h;
        tg->n_tag = h.n_tag;
        tg->names = (const char (*)[NV_TAGF_NAME])p;
        p += (size_t)h.n_tag * NV_TAGF_NAME;
        tg->trans = (const float *)p;
        p += (size_t)h.n_tag * h.n_tag * h.n_tag * sizeof(float);
        tg->words = (const nv_tagf_key *)p;
        tg->n_word = h.n_word;
        p += (size_t)h.n_word * sizeof(nv_tagf_key);
        tg->sufs = (const nv_tagf_key *)p;
        tg->n_suf = h.n_suf;
        p += (size_t)h.n_suf * sizeof(nv_tagf_key);
        tg->emits = (const nv_tagf_emit *)p;
        p += (size_t)h.n_emit * sizeof(nv_tagf_emit);
        tg->strs = (const char *)p;
        tg->str_bytes = h.str_bytes;
        for (unsigned t = 0; t < h.n_tag && !why; t++)
            if (!memchr(tg->names[t], '\0', NV_TAGF_NAME))
                why = "corrupt part-of-speech model (tag name)";
        for (uint32_t e = 0; e < h.n_emit && !why; e++) {
            float lp = tg->emits[e].lp;
            if (tg->emits[e].tag >= h.n_tag || !(lp > -1e30f && lp < 1e30f))
                why = "corrupt part-of-speech model (emission)";
        }
        for (size_t i = 0; i < (size_t)h.n_tag * h.n_tag * h.n_tag && !why; i++)
            if (!(tg->trans[i] <= 0.0f && tg->trans[i] > -1e30f))
                why = "corrupt part-of-speech model (transition)";
        if (!why && (check_keys(tg, tg->words, tg->n_word, h.n_emit) < 0 ||
                     check_keys(tg, tg->sufs, tg->n_suf, h.n_emit) < 0))
            why = "corrupt part-of-speech model (word index)";
    }
    if (!why) {
        tg->t_punc = nv__tagger_tag_index(tg, "punc");
        tg->t_nn = nv__tagger_tag_index(tg, "nn");
        tg->t_nnp = nv__tagger_tag_index(tg, "nnp");
        tg->t_nnps = nv__tagger_tag_index(tg, "nnps");
        tg->t_pos = nv__tagger_tag_index(tg, "pos");
        tg->t_cd = nv__tagger_tag_index(tg, "cd");
        if (tg->t_punc < 0 || tg->t_nn < 0 || tg->t_nnp < 0)
            why = "part-of-speech model lacks the punc, nn or nnp tag";
    }
    if (why) {
        munmap((void *)tg->map, tg->map_len);
        free(tg);
        return fail(err, err_len, why);
    }
    *out = tg;
    return 0;
}

void nv__tagger_close(nv_tagger *tg)
{
    if (!tg)
        return;
    if (tg->map)
        munmap((void *)tg->map, tg->map_len);
    free(tg);
}

int nv__tagger_has_model(const nv_tagger *tg)
{
    return tg && tg->map;
}

static const nv_tagf_key *find(const nv_tagger *tg, const nv_tagf_key *keys, uint32_t n,
                               const char *w, size_t len)
{
    uint32_t lo = 0, hi = n;
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        const char *s = tg->strs + keys[mid].str;
        int c = strncmp(s, w, len);
        if (c == 0 && s[len] != '\0')
            c = 1;
        if (c == 0)
            return &keys[mid];
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return NULL;
}

/* one observation of the search */
typedef struct {
    int n;
    uint8_t tag[MAX_CAND];
    float lp[MAX_CAND];
} obs;

static void cand_add(obs *o, int tag, float lp)
{
    for (int i = 0; i < o->n; i++)
        if (o->tag[i] == tag) {
            if (lp > o->lp[i])
                o->lp[i] = lp;
            return;
        }
    if (o->n < MAX_CAND) {
        o->tag[o->n] = (uint8_t)tag;
        o->lp[o->n++] = lp;
        return;
    }
    int worst = 0;
    for (int i = 1; i < o->n; i++)
        if (o->lp[i] < o->lp[worst])
            worst = i;
    if (lp > o->lp[worst]) {
        o->tag[worst] = (uint8_t)tag;
        o->lp[worst] = lp;
    }
}

/* add probability mass to a tag (log-sum), or add the tag */
static void cand_add_sum(obs *o, int tag, float lp)
{
    for (int i = 0; i < o->n; i++)
        if (o->tag[i] == tag) {
            float a = o->lp[i] > lp ? o->lp[i] : lp, b = o->lp[i] > lp ? lp : o->lp[i];
            o->lp[i] = a + log1pf(expf(b - a));
            return;
        }
    cand_add(o, tag, lp);
}

/* suffix evidence for a word: the longest suffix of 1..4 letters the model has */
static const nv_tagf_key *suffix_key(const nv_tagger *tg, const char *w, size_t len)
{
    for (size_t s = 4; s >= 1; s--) {
        if (s + 1 >= len)
            continue;
        const nv_tagf_key *k = find(tg, tg->sufs, tg->n_suf, w + len - s, s);
        if (k)
            return k;
    }
    return find(tg, tg->sufs, tg->n_suf, "", 0);
}

static void fill_word(const nv_tagger *tg, const char *w, size_t len, int cap, obs *o)
{
    o->n = 0;
    const nv_tagf_key *k = find(tg, tg->words, tg->n_word, w, len);
    int digits = len > 0;
    for (size_t i = 0; i < len; i++)
        if (!isdigit((unsigned char)w[i]) && w[i] != '.' && w[i] != ',')
            digits = 0;
    if (digits && tg->t_cd >= 0) {
        cand_add(o, tg->t_cd, -1.0f);
        return;
    }
    const nv_tagf_key *sk = suffix_key(tg, w, len);
    if (k) {
        for (uint32_t e = 0; e < k->n; e++)
            cand_add(o, (int)tg->emits[k->first + e].tag, tg->emits[k->first + e].lp);
    }
    if (sk) {
        /* P(w | t) = (count(w, t) + a q(t | suffix)) / count(t): for an unknown
         * word the pseudo-count alone */
        float base = k ? KNOWN_COUNT_LP : OOV_COUNT_LP;
        for (uint32_t e = 0; e < sk->n; e++) {
            const nv_tagf_emit *em = &tg->emits[sk->first + e];
            float lp = base + em->lp;
            if (cap && ((int)em->tag == tg->t_nnp || (int)em->tag == tg->t_nnps))
                lp += CAP_BONUS;
            cand_add_sum(o, (int)em->tag, lp);
        }
    }
    if (cap) {
        /* a capitalised word inside a sentence: likely a name */
        for (int i = 0; i < o->n; i++)
            if (o->tag[i] != tg->t_nnp && o->tag[i] != tg->t_nnps)
                o->lp[i] -= CAP_BONUS;
        cand_add(o, tg->t_nnp, UNSEEN_LP + CAP_BONUS);
    }
    if (o->n == 0)
        cand_add(o, tg->t_nn, UNSEEN_LP);
    /* drop tags far below the best: a transition cannot make up for them */
    float best = o->lp[0];
    for (int i = 1; i < o->n; i++)
        if (o->lp[i] > best)
            best = o->lp[i];
    int kept = 0;
    for (int i = 0; i < o->n; i++)
        if (o->lp[i] >= best - EMIT_BEAM) {
            o->tag[kept] = o->tag[i];
            o->lp[kept++] = o->lp[i];
        }
    o->n = kept;
}

static int is_punct_char(char c)
{
    return c == ',' || c == '.' || c == ';' || c == ':' || c == '!' || c == '?' ||
           c == '(' || c == ')' || c == '"' || c == '-';
}

static int has_punct(const char *s, size_t len)
{
    for (size_t i = 0; s && i < len; i++)
        if (is_punct_char(s[i]))
            return 1;
    return 0;
}

/* Is the word's source token capitalised inside the sentence (a name)? */
static int capitalised(const nv_utt *utt, uint32_t i)
{
    const nv_uword *w = &utt->word[i];
    if (!utt->tok || w->i_tok >= utt->n_tok || i == 0)
        return 0;
    if (utt->word[i - 1].i_tok == w->i_tok)
        return 0;   /* not the token's first word */
    const nv_token *t = &utt->tok[w->i_tok];
    if (!t->text || t->len < 2 || !isupper((unsigned char)t->text[0]))
        return 0;
    int lower = 0;
    for (size_t k = 1; k < t->len; k++)
        if (islower((unsigned char)t->text[k]))
            lower = 1;
    if (!lower)
        return 0;   /* all capitals: an acronym or a shouted headline */
    /* after sentence-internal punctuation that starts a sentence (quotes,
     * colons) capitals say little */
    const nv_token *pt = w->i_tok > 0 ? &utt->tok[w->i_tok - 1] : NULL;
    if (t->pre_len && t->pre && (t->pre[0] == '"' || t->pre[0] == '('))
        return 0;
    if (pt && pt->post_len && pt->post &&
        (pt->post[pt->post_len - 1] == ':' || pt->post[pt->post_len - 1] == '.' ||
         pt->post[pt->post_len - 1] == '"'))
        return 0;
    return 1;
}

int nv__tagger_run(const nv_tagger *tg, const nv_utt *utt, int *out)
{
    uint32_t n = utt->n_word;
    for (uint32_t i = 0; i < n; i++)
        out[i] = -1;
    if (!nv__tagger_has_model(tg) || n == 0)
        return 0;
    /* observations: words, their split-off clitics, and punctuation */
    size_t cap = (size_t)n * 4 + 2;
    obs *ob = nv__arena_alloc(utt->arena, cap * sizeof *ob);
    int32_t *owner = nv__arena_alloc(utt->arena, cap * sizeof *owner);
    if (!ob || !owner)
        return 0;
    size_t m = 0;
    for (uint32_t i = 0; i < n; i++) {
        const nv_uword *w = &utt->word[i];
        const nv_token *t = utt->tok && w->i_tok < utt->n_tok ? &utt->tok[w->i_tok] : NULL;
        int first_of_tok = i == 0 || utt->word[i - 1].i_tok != w->i_tok;
        int last_of_tok = i + 1 == n || utt->word[i + 1].i_tok != w->i_tok;
        if (t && first_of_tok && i > 0 && has_punct(t->pre, t->pre_len)) {
            ob[m].n = 0;
            cand_add(&ob[m], tg->t_punc, -1.0f);
            owner[m++] = -1;
        }
        const char *s = w->text;
        size_t len = w->len;
        int cap_word = capitalised(utt, i);
        const char *ap = memchr(s, '\'', len);
        if (ap && ap > s && !find(tg, tg->words, tg->n_word, s, len)) {
            /* clitics: "don't" = do + n't, "it's" = it + 's, "we'll" = we + 'll */
            size_t b = (size_t)(ap - s);
            if (len >= 4 && memcmp(s + len - 3, "n't", 3) == 0)
                b = len - 3;
            fill_word(tg, s, b, cap_word, &ob[m]);
            owner[m++] = (int32_t)i;
            const nv_tagf_key *ck = find(tg, tg->words, tg->n_word, s + b, len - b);
            ob[m].n = 0;
            if (ck)
                for (uint32_t e = 0; e < ck->n; e++)
                    cand_add(&ob[m], (int)tg->emits[ck->first + e].tag,
                             tg->emits[ck->first + e].lp);
            if (ob[m].n == 0)
                cand_add(&ob[m], tg->t_pos >= 0 ? tg->t_pos : tg->t_nn, -1.0f);
            owner[m++] = -1;
        } else {
            fill_word(tg, s, len, cap_word, &ob[m]);
            owner[m++] = (int32_t)i;
        }
        if (t && last_of_tok && has_punct(t->post, t->post_len)) {
            ob[m].n = 0;
            cand_add(&ob[m], tg->t_punc, -1.0f);
            owner[m++] = -1;
        }
    }
    /* Viterbi over pairs (previous tag, tag): delta[a][b], a indexes the
     * candidates of j-1, b those of j; two layers of scores, one byte of back
     * pointer per pair and observation */
    const unsigned V = tg->n_tag;
    uint8_t *back = nv__arena_alloc(utt->arena, m * MAX_CAND * MAX_CAND);
    if (!back)
        return 0;   /* an enormous sentence: leave it to the rules */
    float layer[2][MAX_CAND * MAX_CAND];
    /* the context before the sentence: a noun, then punctuation (Festival's) */
    obs start0 = {0}, start1 = {0};
    cand_add(&start0, tg->t_nn, 0.0f);
    cand_add(&start1, tg->t_punc, 0.0f);
    for (size_t j = 0; j < m; j++) {
        const obs *p1 = j >= 1 ? &ob[j - 1] : &start1;
        const obs *p2 = j >= 2 ? &ob[j - 2] : j == 1 ? &start1 : &start0;
        const obs *cur = &ob[j];
        const float *prev = layer[(j + 1) & 1];
        float *dj = layer[j & 1];
        uint8_t *bj = back + j * MAX_CAND * MAX_CAND;
        for (int a = 0; a < p1->n; a++) {
            const float *tr_a = NULL;
            for (int b = 0; b < cur->n; b++) {
                float best = -FLT_MAX;
                int arg = 0;
                for (int z = 0; z < p2->n; z++) {
                    tr_a = tg->trans + ((size_t)p2->tag[z] * V + p1->tag[a]) * V;
                    float sc = (j >= 1 ? prev[z * MAX_CAND + a] : 0.0f) + tr_a[cur->tag[b]];
                    if (sc > best) {
                        best = sc;
                        arg = z;
                    }
                }
                dj[a * MAX_CAND + b] = best + cur->lp[b];
                bj[a * MAX_CAND + b] = (uint8_t)arg;
            }
        }
    }
    /* best final pair, then follow the back pointers */
    const obs *pl = m >= 2 ? &ob[m - 2] : &start1;
    float best = -FLT_MAX;
    int ba = 0, bb = 0;
    const float *dl = layer[(m - 1) & 1];
    for (int a = 0; a < pl->n; a++)
        for (int b = 0; b < ob[m - 1].n; b++)
            if (dl[a * MAX_CAND + b] > best) {
                best = dl[a * MAX_CAND + b];
                ba = a;
                bb = b;
            }
    for (size_t j = m; j-- > 0;) {
        if (owner[j] >= 0 && out[owner[j]] < 0)
            out[owner[j]] = ob[j].tag[bb];
        if (j == 0)
            break;
        int z = back[j * MAX_CAND * MAX_CAND + ba * MAX_CAND + bb];
        bb = ba;
        ba = z;
    }
    return 1;
}
