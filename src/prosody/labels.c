/* labels.c - HTS_TTS_ENG full-context labels for one utterance.
 *
 * Reads the structure built by prosody.c (utt->ph, syl, word, phr). Writes
 * utt->label, one line per segment, in the HTS 2.1 layout the slt voice was
 * trained with (../shared/hts/LABELS.md): e5 counted from 1 as in training,
 * Festival's run-time value (from 0) on request, "x" and "0" placeholders as
 * Festival writes them, neighbour fields of pauses taken from the phones around.
 */
#include "prosody/prosody.h"

#include <stdio.h>
#include <string.h>

#include "core/phones.h"
#include "prosody/tobi.h"

#define LABEL_MAX 512

static const char *gpos_name(int g)
{
    switch (g) {
    case NV_GPOS_CONTENT: return "content";
    case NV_GPOS_IN: return "in";
    case NV_GPOS_TO: return "to";
    case NV_GPOS_DET: return "det";
    case NV_GPOS_MD: return "md";
    case NV_GPOS_CC: return "cc";
    case NV_GPOS_WP: return "wp";
    case NV_GPOS_PPS: return "pps";
    case NV_GPOS_AUX: return "aux";
    case NV_GPOS_PUNC: return "punc";
    default: return "0";
    }
}

typedef struct lctx {
    const nv_utt *u;
    uint32_t *word_phrase;   /* phrase of each word */
    uint32_t *phr_nsyl;      /* syllables per phrase */
    uint32_t *phr_syl0;      /* first syllable of each phrase */
    int e5_from_one;
} lctx;

static int accented(const nv_syl *s)
{
    return s->accent != NV_ACC_NONE || s->tone != NV_TONE_NONE;
}

static uint32_t syl_phrase(const lctx *c, uint32_t s)
{
    return c->word_phrase[c->u->syl[s].i_word];
}

/* stressed/accented syllables before s in its phrase, skipping the phrase's first
 * syllable (Festival's ssyl_in/asyl_in, LABELS.md trap 4) */
static int count_before(const lctx *c, uint32_t s, int acc)
{
    uint32_t pf = c->phr_syl0[syl_phrase(c, s)];
    int n = 0;
    for (uint32_t k = s; k-- > pf + 1;)
        n += acc ? accented(&c->u->syl[k]) : c->u->syl[k].stress;
    return n;
}

static int count_after(const lctx *c, uint32_t s, int acc)
{
    uint32_t p = syl_phrase(c, s);
    uint32_t pl = c->phr_syl0[p] + c->phr_nsyl[p] - 1;
    int n = 0;
    for (uint32_t k = s + 1; k <= pl; k++)
        n += acc ? accented(&c->u->syl[k]) : c->u->syl[k].stress;
    return n;
}

/* distance in syllables to the previous/next stressed (or accented) syllable in
 * the phrase; 0 if none */
static int dist_back(const lctx *c, uint32_t s, int acc)
{
    uint32_t pf = c->phr_syl0[syl_phrase(c, s)];
    for (uint32_t k = s, d = 1; k-- > pf; d++) {
        const nv_syl *y = &c->u->syl[k];
        if (acc ? accented(y) : y->stress)
            return (int)d;
    }
    return 0;
}

static int dist_fwd(const lctx *c, uint32_t s, int acc)
{
    uint32_t p = syl_phrase(c, s);
    uint32_t pl = c->phr_syl0[p] + c->phr_nsyl[p] - 1;
    for (uint32_t k = s + 1, d = 1; k <= pl; k++, d++) {
        const nv_syl *y = &c->u->syl[k];
        if (acc ? accented(y) : y->stress)
            return (int)d;
    }
    return 0;
}

static int is_content(const nv_utt *u, uint32_t w)
{
    return u->word[w].gpos == NV_GPOS_CONTENT;
}

static void word_fields(const lctx *c, uint32_t w, int *e3, int *e4, int *e5, int *e6,
                        int *e7, int *e8)
{
    const nv_utt *u = c->u;
    const nv_phrase *ph = &u->phr[c->word_phrase[w]];
    uint32_t first = ph->word_first, last = ph->word_first + ph->n_word - 1;
    *e3 = (int)(w - first + 1);
    *e4 = (int)(last - w + 1);
    *e5 = 0;
    for (uint32_t k = first; k < w; k++)
        *e5 += is_content(u, k);
    *e6 = 0;
    for (uint32_t k = w + 1; k <= last; k++)
        *e6 += is_content(u, k);
    *e7 = *e8 = 0;
    for (uint32_t k = w; k-- > first;)
        if (is_content(u, k)) { *e7 = (int)(w - k); break; }
    for (uint32_t k = w + 1; k <= last; k++)
        if (is_content(u, k)) { *e8 = (int)(k - w); break; }
}

static const char *phone_at(const nv_utt *u, long i)
{
    if (i < 0 || i >= (long)u->n_ph)
        return "x";
    return nv__phone_name(u->ph[i].id);
}

/* syllable of the nearest non-pause phone before/after segment i, or -1 */
static long syl_before(const nv_utt *u, long i)
{
    for (long k = i - 1; k >= 0; k--)
        if (u->ph[k].id != NV_PH_PAU)
            return (long)u->ph[k].i_syl;
    return -1;
}

static long syl_after(const nv_utt *u, long i)
{
    for (long k = i + 1; k < (long)u->n_ph; k++)
        if (u->ph[k].id != NV_PH_PAU)
            return (long)u->ph[k].i_syl;
    return -1;
}

static void syl_abc(const nv_utt *u, long s, int *st, int *ac, int *np)
{
    if (s < 0 || s >= (long)u->n_syl) {
        *st = *ac = *np = 0;
        return;
    }
    *st = u->syl[s].stress;
    *ac = accented(&u->syl[s]);
    *np = (int)u->syl[s].n_ph;
}

static void word_df(const nv_utt *u, long w, const char **g, int *ns)
{
    if (w < 0 || w >= (long)u->n_word) {
        *g = "0";
        *ns = 0;
        return;
    }
    *g = gpos_name(u->word[w].gpos);
    *ns = (int)u->word[w].n_syl;
}

static void phrase_gi(const lctx *c, long p, int *ns, int *nw)
{
    if (p < 0 || p >= (long)c->u->n_phr) {
        *ns = *nw = 0;
        return;
    }
    *ns = (int)c->phr_nsyl[p];
    *nw = (int)c->u->phr[p].n_word;
}

static const char *end_tone(const lctx *c, uint32_t p)
{
    uint32_t last = c->phr_syl0[p] + c->phr_nsyl[p];
    if (c->phr_nsyl[p] == 0)
        return "NONE";
    return nv__tobi_tone_name(c->u->syl[last - 1].tone);
}

static int format_pause(const lctx *c, long i, char *buf)
{
    const nv_utt *u = c->u;
    long sb = syl_before(u, i), sa = syl_after(u, i);
    int a1, a2, a3, c1, c2, c3, d2, f2, g1, g2, i1, i2;
    const char *d1, *f1;
    syl_abc(u, sb, &a1, &a2, &a3);
    syl_abc(u, sa, &c1, &c2, &c3);
    word_df(u, sb >= 0 ? (long)u->syl[sb].i_word : -1, &d1, &d2);
    word_df(u, sa >= 0 ? (long)u->syl[sa].i_word : -1, &f1, &f2);
    phrase_gi(c, sb >= 0 ? (long)syl_phrase(c, (uint32_t)sb) : -1, &g1, &g2);
    phrase_gi(c, sa >= 0 ? (long)syl_phrase(c, (uint32_t)sa) : -1, &i1, &i2);
    return snprintf(buf, LABEL_MAX,
        "%s^%s-pau+%s=%s@x_x/A:%d_%d_%d/B:x-x-x@x-x&x-x#x-x$x-x!x-x;x-x|x"
        "/C:%d+%d+%d/D:%s_%d/E:x+x@x+x&x+x#x+x/F:%s_%d/G:%d_%d/H:x=x@1=%u|0"
        "/I:%d=%d/J:%u+%u-%u",
        phone_at(u, i - 2), phone_at(u, i - 1), phone_at(u, i + 1), phone_at(u, i + 2),
        a1, a2, a3, c1, c2, c3, d1, d2, f1, f2, g1, g2, u->n_phr, i1, i2,
        u->n_syl, u->n_word, u->n_phr);
}

static int format_phone(const lctx *c, long i, char *buf)
{
    const nv_utt *u = c->u;
    uint32_t s = u->ph[i].i_syl;
    const nv_syl *y = &u->syl[s];
    uint32_t w = y->i_word;
    const nv_uword *wd = &u->word[w];
    uint32_t p = c->word_phrase[w];
    uint32_t pf = c->phr_syl0[p];
    uint32_t pos = (uint32_t)i - y->ph_first;
    int a1, a2, a3, c1, c2, c3, d2, f2, g1, g2, i1, i2;
    const char *d1, *f1;
    syl_abc(u, (long)s - 1, &a1, &a2, &a3);
    syl_abc(u, (long)s + 1, &c1, &c2, &c3);
    word_df(u, (long)w - 1, &d1, &d2);
    word_df(u, (long)w + 1, &f1, &f2);
    phrase_gi(c, (long)p - 1, &g1, &g2);
    phrase_gi(c, (long)p + 1, &i1, &i2);
    uint32_t pos_in_word = s - wd->syl_first;
    const char *vowel = "novowel";
    for (uint32_t k = y->ph_first; k < y->ph_first + y->n_ph; k++)
        if (nv__phone_is_vowel(u->ph[k].id)) {
            vowel = nv__phone_name(u->ph[k].id);
            break;
        }
    int e3, e4, e5, e6, e7, e8;
    word_fields(c, w, &e3, &e4, &e5, &e6, &e7, &e8);
    if (c->e5_from_one)
        e5 += 1;
    return snprintf(buf, LABEL_MAX,
        "%s^%s-%s+%s=%s@%u_%u/A:%d_%d_%d/B:%d-%d-%u@%u-%u&%u-%u#%d-%d$%d-%d!%d-%d;%d-%d|%s"
        "/C:%d+%d+%d/D:%s_%d/E:%s+%u@%d+%d&%d+%d#%d+%d/F:%s_%d/G:%d_%d/H:%u=%u@%u=%u|%s"
        "/I:%d=%d/J:%u+%u-%u",
        phone_at(u, i - 2), phone_at(u, i - 1), phone_at(u, i), phone_at(u, i + 1),
        phone_at(u, i + 2), pos + 1, y->n_ph - pos,
        a1, a2, a3,
        y->stress, accented(y), y->n_ph, pos_in_word + 1, wd->n_syl - pos_in_word,
        s - pf + 1, pf + c->phr_nsyl[p] - s,
        count_before(c, s, 0) + 1, count_after(c, s, 0) + 1,
        count_before(c, s, 1) + 1, count_after(c, s, 1) + 1,
        dist_back(c, s, 0), dist_fwd(c, s, 0), dist_back(c, s, 1), dist_fwd(c, s, 1),
        vowel, c1, c2, c3, d1, d2,
        gpos_name(wd->gpos), wd->n_syl, e3, e4, e5, e6, e7, e8, f1, f2, g1, g2,
        c->phr_nsyl[p], u->phr[p].n_word, p + 1, u->n_phr - p, end_tone(c, p),
        i1, i2, u->n_syl, u->n_word, u->n_phr);
}

int nv__labels(nv_utt *utt, int festival_e5)
{
    utt->n_label = 0;
    if (utt->n_syl == 0)
        return 0;
    lctx c;
    c.u = utt;
    c.e5_from_one = !festival_e5;
    c.word_phrase = nv__arena_alloc(utt->arena, utt->n_word * sizeof *c.word_phrase);
    c.phr_nsyl = nv__arena_alloc(utt->arena, utt->n_phr * sizeof *c.phr_nsyl);
    c.phr_syl0 = nv__arena_alloc(utt->arena, utt->n_phr * sizeof *c.phr_syl0);
    utt->label = nv__arena_alloc(utt->arena, utt->n_ph * sizeof *utt->label);
    if (!c.word_phrase || !c.phr_nsyl || !c.phr_syl0 || !utt->label)
        return -1;
    for (uint32_t p = 0; p < utt->n_phr; p++) {
        const nv_phrase *ph = &utt->phr[p];
        c.phr_syl0[p] = UINT32_MAX;
        for (uint32_t w = ph->word_first; w < ph->word_first + ph->n_word; w++) {
            c.word_phrase[w] = p;
            c.phr_nsyl[p] += utt->word[w].n_syl;
            if (c.phr_syl0[p] == UINT32_MAX && utt->word[w].n_syl)
                c.phr_syl0[p] = utt->word[w].syl_first;
        }
        if (c.phr_syl0[p] == UINT32_MAX)
            c.phr_syl0[p] = 0;
    }
    char buf[LABEL_MAX];
    for (uint32_t i = 0; i < utt->n_ph; i++) {
        int n = utt->ph[i].id == NV_PH_PAU ? format_pause(&c, i, buf)
                                           : format_phone(&c, i, buf);
        if (n < 0 || n >= LABEL_MAX)
            return -1;
        utt->label[i] = nv__arena_strndup(utt->arena, buf, (size_t)n);
        if (!utt->label[i])
            return -1;
    }
    utt->n_label = utt->n_ph;
    return 0;
}
