/* prosody.c - phrasing, intonation, post-lexical rules and the syllable/phone
 * structure of one utterance.
 *
 * Reads utt->tok and utt->word (with pronunciations). Writes each word's gpos and
 * break, utt->syl, utt->ph (with pauses) and utt->phr. Intonation (ToBI accents
 * and end tones) is predicted with Festival's trees (tobi.c) on the syllables as
 * looked up, then the possessive-'s rule reshapes them, as in Festival, so the
 * labels (labels.c) describe the contexts the voice was trained on.
 * Phrase breaks: first version, at punctuation (comma, colon, semicolon, dash,
 * parentheses, sentence end).
 */
#include "prosody/prosody.h"

#include <ctype.h>
#include <string.h>

#include "core/phones.h"
#include "prosody/tobi.h"

/* ---- gpos: Festival's english_guess_pos word lists (LABELS.md section 6) ---- */

typedef struct gpos_list {
    int gpos;
    const char *const *words;
} gpos_list;

static const char *const gp_in[] = {
    "of", "for", "in", "on", "that", "with", "by", "at", "from", "as", "if", "against",
    "about", "before", "because", "under", "after", "over", "into", "while", "without",
    "through", "new", "between", "among", "until", "per", "up", "down", NULL};
static const char *const gp_to[] = {"to", NULL};
static const char *const gp_det[] = {
    "the", "a", "an", "no", "some", "this", "that", "each", "another", "those", "every",
    "all", "any", "these", "both", "neither", "many", NULL};
static const char *const gp_md[] = {
    "will", "may", "would", "can", "could", "should", "must", "ought", "might", NULL};
static const char *const gp_cc[] = {"and", "but", "or", "plus", "yet", "nor", NULL};
static const char *const gp_wp[] = {"who", "what", "where", "how", "when", NULL};
static const char *const gp_pps[] = {"her", "his", "their", "its", "our", "mine", NULL};
static const char *const gp_aux[] = {
    "is", "am", "are", "was", "were", "has", "have", "had", "be", NULL};

static const gpos_list gpos_lists[] = {
    {NV_GPOS_IN, gp_in}, {NV_GPOS_TO, gp_to}, {NV_GPOS_DET, gp_det},
    {NV_GPOS_MD, gp_md}, {NV_GPOS_CC, gp_cc}, {NV_GPOS_WP, gp_wp},
    {NV_GPOS_PPS, gp_pps}, {NV_GPOS_AUX, gp_aux},
};

int nv__gpos(const char *word)
{
    for (size_t l = 0; l < sizeof gpos_lists / sizeof gpos_lists[0]; l++)
        for (const char *const *w = gpos_lists[l].words; *w; w++)
            if (strcmp(*w, word) == 0)
                return gpos_lists[l].gpos;
    return NV_GPOS_CONTENT;
}

/* ---- phrase breaks ------------------------------------------------------------ */

static int has_any(const char *s, size_t n, const char *set)
{
    for (size_t i = 0; i < n; i++)
        if (strchr(set, s[i]))
            return 1;
    return 0;
}

/* A token that is pure punctuation (a dash, an ellipsis) */
static int is_punct_token(const nv_token *t)
{
    for (size_t i = 0; i < t->len; i++)
        if (isalnum((unsigned char)t->text[i]) || (unsigned char)t->text[i] >= 0x80)
            return 0;
    return 1;
}

static int token_breaks_after(const nv_utt *utt, uint32_t i_tok)
{
    const nv_token *t = &utt->tok[i_tok];
    if (i_tok + 1 < utt->n_tok && utt->tok[i_tok + 1].brk_ms)
        return 1;   /* an SSML <break> follows */
    /* a quotation closing on a comma runs on into what follows, as in Festival
     * (whose punctuation-driven tree never breaks on ,"): "...phasing," he said */
    if (t->post_len >= 2 && t->post[0] == ',' && (t->post[1] == '"' || t->post[1] == '\''))
        return 0;
    /* a closing quotation mark alone ends a quoted phrase: "essential" to ...
     * (not a lone apostrophe: the states' rights) */
    if (t->post_len == 1 && t->post[0] == '"')
        return 1;
    if (has_any(t->post, t->post_len, ",;:.!?)]"))
        return 1;
    if (i_tok + 1 < utt->n_tok) {
        const nv_token *n = &utt->tok[i_tok + 1];
        if (has_any(n->pre, n->pre_len, "(["))
            return 1;
        if (is_punct_token(n) && n->len > 0)
            return 1;   /* "--", "-", "..." between words */
    }
    return 0;
}

/* Words before which a long phrase may be divided: conjunctions, relative and
 * subordinating words, and prepositions other than "of" and "to". */
static const char *const split_before[] = {
    "and", "but", "or", "because", "which", "who", "whom", "whose", "while", "when",
    "where", "although", "though", "unless", "since", "until", "after", "before", "if",
    "as", "that", "in", "on", "at", "for", "with", "from", "by", "about", "against",
    "during", "into", "over", "under", "without", "between", "through", "across",
    "despite", "amid", "among", NULL};

#define LONG_PHRASE_WORDS 12   /* phrases longer than this are divided */
#define MIN_PART_WORDS 4       /* neither part may be shorter than this */

static int is_split_word(const nv_uword *w)
{
    for (size_t i = 0; split_before[i]; i++)
        if (strcmp(split_before[i], w->text) == 0)
            return 1;
    return 0;
}

/* Divide words [a, b) (one phrase) at the split word nearest its middle, as a
 * reader takes a breath, until no part is longer than LONG_PHRASE_WORDS. */
static void split_long_phrase(nv_utt *utt, uint32_t a, uint32_t b, int depth)
{
    if (b - a <= LONG_PHRASE_WORDS || depth > 8)
        return;
    uint32_t mid = a + (b - a) / 2, best = 0;
    uint32_t best_dist = UINT32_MAX;
    for (uint32_t j = a + MIN_PART_WORDS; j + MIN_PART_WORDS <= b; j++) {
        const nv_uword *w = &utt->word[j];
        if (w->clitic || !is_split_word(w) || utt->word[j - 1].i_tok == w->i_tok)
            continue;
        uint32_t d = j > mid ? j - mid : mid - j;
        if (d < best_dist) {
            best_dist = d;
            best = j;
        }
    }
    if (!best)
        return;
    utt->word[best - 1].brk = 3;
    split_long_phrase(utt, a, best, depth + 1);
    split_long_phrase(utt, best, b, depth + 1);
}

static void assign_breaks(nv_utt *utt)
{
    for (uint32_t i = 0; i < utt->n_word; i++) {
        nv_uword *w = &utt->word[i];
        w->gpos = w->clitic ? NV_GPOS_CONTENT : (uint8_t)nv__gpos(w->text);
        int last_of_tok = i + 1 == utt->n_word || utt->word[i + 1].i_tok != w->i_tok;
        if (i + 1 == utt->n_word)
            w->brk = 4;
        else if (last_of_tok && token_breaks_after(utt, w->i_tok))
            w->brk = 3;
        else
            w->brk = 1;
    }
    for (uint32_t a = 0, i = 0; i < utt->n_word; i++)
        if (utt->word[i].brk >= 3) {
            split_long_phrase(utt, a, i + 1, 0);
            a = i + 1;
        }
}

/* ---- a syllable view shared by the intonation and label features ------------- */

typedef struct sylv {
    uint32_t word, phrase;
    uint8_t stress, accented, n_ph, brk;
} sylv;

typedef struct span {
    uint32_t first, n;
} span;

/* Festival's counts over the syllables of s's phrase [pf, pl]. */
static int count_in(const sylv *v, uint32_t pf, uint32_t s, int accented)
{
    int c = 0;
    if (s == pf)
        return 0;
    for (uint32_t k = s - 1; k > pf; k--)
        c += accented ? v[k].accented : v[k].stress;
    return c;
}

static int count_out(const sylv *v, uint32_t s, uint32_t pl, int accented)
{
    int c = 0;
    for (uint32_t k = s + 1; k <= pl; k++)
        c += accented ? v[k].accented : v[k].stress;
    return c;
}

/* ---- intonation ------------------------------------------------------------------- */

static const char *const wh_words[] = {
    "how", "why", "which", "who", "what", "where", "when", NULL};

static int is_wh(const char *w)
{
    for (size_t i = 0; wh_words[i]; i++)
        if (strcmp(wh_words[i], w) == 0)
            return 1;
    return 0;
}

static int word_gpos(const nv_utt *utt, long i)
{
    if (i < 0 || i >= (long)utt->n_word)
        return NV_GPOS_NONE;
    return utt->word[i].gpos;
}

/* phrase spans in syllable indexes, for a syllable view */
static void phrase_bounds(const sylv *v, uint32_t n, uint32_t s, uint32_t *pf, uint32_t *pl)
{
    uint32_t a = s, z = s;
    while (a > 0 && v[a - 1].phrase == v[s].phrase)
        a--;
    while (z + 1 < n && v[z + 1].phrase == v[s].phrase)
        z++;
    *pf = a;
    *pl = z;
}

static void intonation(nv_utt *utt, sylv *v, uint32_t n, uint8_t *acc, uint8_t *tone)
{
    int wh = utt->n_word > 0 && is_wh(utt->word[0].text);
    for (uint32_t s = 0; s < n; s++) {
        uint32_t pf, pl;
        phrase_bounds(v, n, s, &pf, &pl);
        const nv_uword *w = &utt->word[v[s].word];
        const nv_token *t = &utt->tok[w->i_tok];
        nv_tobi_feats f;
        memset(&f, 0, sizeof f);
        f.stress = v[s].stress;
        f.n_stress = s + 1 < n ? v[s + 1].stress : 0;
        f.syl_in = (int)(s - pf);
        f.syl_out = (int)(pl - s);
        f.ssyl_in = count_in(v, pf, s, 0);
        f.ssyl_out = count_out(v, s, pl, 0);
        f.syl_break = v[s].brk;
        f.p_syl_break = s >= 1 ? v[s - 1].brk : 0;
        f.pp_syl_break = s >= 2 ? v[s - 2].brk : 0;
        f.n_syl_break = s + 1 < n ? v[s + 1].brk : 0;
        f.nn_syl_break = s + 2 < n ? v[s + 2].brk : 0;
        f.sub_phrases = (int)v[s].phrase;
        f.yn_question = !wh && (v[s].brk == 3 || v[s].brk == 4) &&
                        memchr(t->post, '?', t->post_len) != NULL;
        long wi = (long)v[s].word;
        f.gpos = word_gpos(utt, wi);
        f.emph = w->emph;
        f.p_emph = s >= 1 ? utt->word[v[s - 1].word].emph : 0;
        f.n_emph = s + 1 < n ? utt->word[v[s + 1].word].emph : 0;
        f.p_gpos = word_gpos(utt, wi - 1);
        f.pp_gpos = word_gpos(utt, wi - 2);
        f.n_gpos = word_gpos(utt, wi + 1);
        f.nn_gpos = word_gpos(utt, wi + 2);
        tone[s] = (uint8_t)nv__tobi_tone(&f);
        acc[s] = (uint8_t)nv__tobi_accent(&f);
    }
}

/* ---- structure -------------------------------------------------------------------- */

static uint32_t phrase_of_words(nv_utt *utt, uint32_t *word_phrase)
{
    uint32_t p = 0;
    for (uint32_t i = 0; i < utt->n_word; i++) {
        word_phrase[i] = p;
        if (utt->word[i].brk >= 3 && i + 1 < utt->n_word)
            p++;
    }
    return utt->n_word ? p + 1 : 0;
}

static int voiceless(int ph)
{
    return ph == NV_PH_P || ph == NV_PH_T || ph == NV_PH_K || ph == NV_PH_F ||
           ph == NV_PH_TH || ph == NV_PH_S || ph == NV_PH_SH || ph == NV_PH_CH ||
           ph == NV_PH_HH;
}

static int sibilant(int ph)
{
    return ph == NV_PH_S || ph == NV_PH_Z || ph == NV_PH_SH || ph == NV_PH_ZH ||
           ph == NV_PH_CH || ph == NV_PH_JH;
}

/* Festival's postlex_apos_s_check on the looked-up prons: devoice the clitic's z
 * after a voiceless phone; drop its schwa unless a sibilant precedes, moving the
 * consonant into the previous word. */
static void postlex_apos_s(nv_utt *utt)
{
    for (uint32_t i = 1; i < utt->n_word; i++) {
        nv_uword *w = &utt->word[i];
        nv_pron *prev = &utt->word[i - 1].pron;
        if (!w->clitic || prev->n_ph == 0 || w->pron.n_ph != 2)
            continue;
        int last = prev->ph[prev->n_ph - 1];
        if (voiceless(last))
            w->pron.ph[1] = NV_PH_S;
        if (!sibilant(last) && prev->n_ph < NV_PRON_MAX_PH) {
            prev->ph[prev->n_ph++] = w->pron.ph[1];
            w->pron.n_ph = 0;
            w->pron.n_syl = 0;
        }
    }
}

/* Syllable view of the words as they stand (before or after postlex). */
static uint32_t build_view(const nv_utt *utt, const uint32_t *word_phrase, sylv *v)
{
    uint32_t n = 0;
    for (uint32_t i = 0; i < utt->n_word; i++) {
        const nv_uword *w = &utt->word[i];
        for (unsigned s = 0; s < w->pron.n_syl; s++) {
            unsigned b = w->pron.syl_first[s];
            unsigned e = s + 1 < w->pron.n_syl ? w->pron.syl_first[s + 1] : w->pron.n_ph;
            v[n].word = i;
            v[n].phrase = word_phrase[i];
            v[n].stress = w->pron.syl_stress[s] ? 1 : 0;
            v[n].n_ph = (uint8_t)(e - b);
            v[n].brk = s + 1 == w->pron.n_syl ? w->brk : 0;
            v[n].accented = 0;
            n++;
        }
    }
    return n;
}

int nv__prosody(nv_utt *utt)
{
    utt->n_syl = utt->n_ph = utt->n_phr = 0;
    if (utt->n_word == 0)
        return 0;
    assign_breaks(utt);

    uint32_t max_syl = 0;
    for (uint32_t i = 0; i < utt->n_word; i++)
        max_syl += utt->word[i].pron.n_syl;
    uint32_t *word_phrase = nv__arena_alloc(utt->arena, utt->n_word * sizeof *word_phrase);
    sylv *v = nv__arena_alloc(utt->arena, (max_syl + 1) * sizeof *v);
    uint8_t *acc = nv__arena_alloc(utt->arena, max_syl + 1);
    uint8_t *tone = nv__arena_alloc(utt->arena, max_syl + 1);
    if (!word_phrase || !v || !acc || !tone)
        return -1;
    uint32_t n_phr = phrase_of_words(utt, word_phrase);

    /* intonation on the syllables as looked up (Festival predicts before postlex) */
    uint32_t n0 = build_view(utt, word_phrase, v);
    intonation(utt, v, n0, acc, tone);

    /* remember which pre-postlex syllable each word starts at */
    uint32_t *word_syl0 = nv__arena_alloc(utt->arena, utt->n_word * sizeof *word_syl0);
    if (!word_syl0)
        return -1;
    for (uint32_t i = 0, k = 0; i < utt->n_word; i++) {
        word_syl0[i] = k;
        k += utt->word[i].pron.n_syl;
    }
    postlex_apos_s(utt);

    /* final syllables and phones */
    uint32_t n_ph_total = 0;
    for (uint32_t i = 0; i < utt->n_word; i++)
        n_ph_total += utt->word[i].pron.n_ph;
    utt->syl = nv__arena_alloc(utt->arena, (max_syl + 1) * sizeof *utt->syl);
    utt->ph = nv__arena_alloc(utt->arena, (n_ph_total + n_phr + 2) * sizeof *utt->ph);
    utt->phr = nv__arena_alloc(utt->arena, (n_phr + 1) * sizeof *utt->phr);
    if (!utt->syl || !utt->ph || !utt->phr)
        return -1;

    utt->ph[utt->n_ph++] = (nv_phone){NV_PH_PAU, UINT32_MAX};
    for (uint32_t i = 0; i < utt->n_word; i++) {
        nv_uword *w = &utt->word[i];
        const nv_pron *p = &w->pron;
        w->syl_first = utt->n_syl;
        w->n_syl = p->n_syl;
        for (unsigned s = 0; s < p->n_syl; s++) {
            unsigned b = p->syl_first[s];
            unsigned e = s + 1 < p->n_syl ? p->syl_first[s + 1] : p->n_ph;
            nv_syl *sy = &utt->syl[utt->n_syl];
            uint32_t k0 = word_syl0[i] + s;
            sy->i_word = i;
            sy->stress = p->syl_stress[s] ? 1 : 0;
            sy->accent = acc[k0];
            sy->tone = tone[k0];
            sy->brk = s + 1 == p->n_syl ? w->brk : 0;
            sy->ph_first = utt->n_ph;
            sy->n_ph = e - b;
            for (unsigned k = b; k < e; k++)
                utt->ph[utt->n_ph++] = (nv_phone){p->ph[k], utt->n_syl};
            utt->n_syl++;
        }
        if (w->brk >= 3 && utt->ph[utt->n_ph - 1].id != NV_PH_PAU)
            utt->ph[utt->n_ph++] = (nv_phone){NV_PH_PAU, UINT32_MAX};
    }
    if (utt->ph[utt->n_ph - 1].id != NV_PH_PAU)
        utt->ph[utt->n_ph++] = (nv_phone){NV_PH_PAU, UINT32_MAX};

    for (uint32_t i = 0; i < utt->n_word; i++) {
        nv_phrase *ph = &utt->phr[word_phrase[i]];
        if (ph->n_word == 0)
            ph->word_first = i;
        ph->n_word++;
    }
    utt->n_phr = n_phr;
    return 0;
}
