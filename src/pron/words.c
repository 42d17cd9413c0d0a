/* words.c - pronounce the words of one utterance.
 *
 * Reads utt->word (spoken forms from normalize/). Writes each word's pron and
 * origin, and splits a possessive "'s" that the lexicon does not know into its
 * own zero-stress word, as Festival's tokenizer does (the post-lexical rule in
 * prosody/ later merges its consonant into the previous word). Lookup order:
 * lexicon (preferring the word's POS hint), then letter-to-sound.
 */
#include "pron/words.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "core/phones.h"

/* Does a capitalised word the dictionary lacks look like a romanised foreign
 * name (Arabic, Persian, Pashto, Slavic, ...)? Such names are read with
 * continental vowels. Signs: letter groups English spelling hardly uses (kh,
 * zh, q without u, doubled a/i/u, yy), the endings of such names (-ullah,
 * -uddin, -zai, -ov, -ev, -enko, -vich, -iy, -yi) and a final i after a
 * consonant (Muttaqi, Raisi). */
static int looks_romanised(const char *w, size_t n)
{
    static const char *const groups[] = {"kh", "zh", "aa", "ii", "uu", "yy", "dzh", "dj", NULL};
    static const char *const ends[] = {"ullah", "uddin", "zai", "ov", "ova", "ev", "eva",
                                       "enko", "vich", "iy", "yi", NULL};
    char b[64];
    if (n < 3 || n >= sizeof b)
        return 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)w[i];
        if (!((c | 0x20) >= 'a' && (c | 0x20) <= 'z'))
            return 0;
        b[i] = (char)(c | 0x20);
    }
    b[n] = '\0';
    for (size_t k = 0; groups[k]; k++)
        if (strstr(b, groups[k]))
            return 1;
    for (size_t i = 0; i < n; i++)
        if (b[i] == 'q' && (i + 1 == n || b[i + 1] != 'u'))
            return 1;
    if (b[0] == 'x' && (b[1] == 'i' || b[1] == 'u'))
        return 1;   /* pinyin: Xinjiang, Xiamen, Xu */
    for (size_t k = 0; ends[k]; k++) {
        size_t e = strlen(ends[k]);
        if (n > e + 1 && strcmp(b + n - e, ends[k]) == 0)
            return 1;
    }
    return b[n - 1] == 'i' && !strchr("aeiouy", b[n - 2]);
}

/* British and Commonwealth spellings (wire copy, quotations) that the
 * dictionary knows in their American form: organise, behaviour, travelling,
 * centre, defence, catalogue, paediatric, programme, fulfil, judgement. */
static const struct { const char *from, *to; } british[] = {
    {"isation", "ization"}, {"ising", "izing"}, {"ise", "ize"}, {"ysing", "yzing"},
    {"yse", "yze"}, {"our", "or"}, {"lling", "ling"}, {"lled", "led"}, {"ller", "ler"},
    {"llist", "list"}, {"llor", "lor"}, {"tre", "ter"}, {"bre", "ber"}, {"ence", "ense"},
    {"ogue", "og"}, {"ae", "e"}, {"oe", "e"}, {"mme", "m"}, {"lment", "llment"},
    {"yre", "ire"}, {"dgement", "dgment"}, {"vre", "ver"}};

/* Try the American spellings of w (one or two changes) in the dictionary. */
static int american_spelling(const nv_lex *lex, const char *w, size_t len, const char *pos,
                             nv_pron *out)
{
    char a[64], b[72];
    if (len < 4 || len >= 56)
        return 0;
    for (size_t r = 0; r < sizeof british / sizeof british[0]; r++) {
        size_t fl = strlen(british[r].from), tl = strlen(british[r].to);
        for (const char *at = w; (at = strstr(at, british[r].from)) && at + fl <= w + len; at++) {
            size_t k = (size_t)(at - w);
            memcpy(a, w, k);
            memcpy(a + k, british[r].to, tl);
            memcpy(a + k + tl, at + fl, len - k - fl);
            size_t an = len - fl + tl;
            a[an] = '\0';
            if (nv__lex_lookup(lex, a, an, pos, out) && out->n_ph > 0)
                return 1;
            /* a second change: "manoeuvre" -> "maneuvre" -> "maneuver" */
            for (size_t r2 = r + 1; r2 < sizeof british / sizeof british[0]; r2++) {
                const char *f2 = british[r2].from, *t2 = british[r2].to;
                const char *at2 = strstr(a, f2);
                size_t f2l = strlen(f2), t2l = strlen(t2);
                if (!at2)
                    continue;
                size_t k2 = (size_t)(at2 - a);
                memcpy(b, a, k2);
                memcpy(b + k2, t2, t2l);
                memcpy(b + k2 + t2l, at2 + f2l, an - k2 - f2l);
                size_t bn = an - f2l + t2l;
                b[bn] = '\0';
                if (nv__lex_lookup(lex, b, bn, pos, out) && out->n_ph > 0)
                    return 1;
            }
        }
    }
    /* a final l doubled: fulfil, enrol, instil */
    if (w[len - 1] == 'l' && w[len - 2] != 'l') {
        memcpy(a, w, len);
        a[len] = 'l';
        a[len + 1] = '\0';
        if (nv__lex_lookup(lex, a, len + 1, pos, out) && out->n_ph > 0)
            return 1;
    }
    return 0;
}

/* Append src's phones to dst, keeping each syllable's stress, but the primary
 * stresses of any part after the first become secondary. */
static void append_pron(nv_pron *dst, uint8_t *vstress, unsigned *nv, const nv_pron *src,
                        int later)
{
    for (unsigned s = 0; s < src->n_syl; s++) {
        unsigned b = src->syl_first[s], e = s + 1 < src->n_syl ? src->syl_first[s + 1]
                                                                : src->n_ph;
        for (unsigned k = b; k < e && dst->n_ph < NV_PRON_MAX_PH; k++) {
            dst->ph[dst->n_ph++] = src->ph[k];
            if (nv__phone_is_vowel(src->ph[k]) && *nv < NV_PRON_MAX_SYL) {
                uint8_t st = src->syl_stress[s];
                vstress[(*nv)++] = later && st == 1 ? 2 : st;
            }
        }
    }
}

/* Brand names written in camel case (eBay, LinkedIn, JPMorgan, SpaceX, iPad):
 * each part is read on its own (capitals of up to four letters, and a lone
 * lower-case letter at the start, as letter names) and the parts joined into
 * one word, stressed on the first. Names with a capitalised prefix (McDonald,
 * DeSantis, LaGuardia, VanDyke) are left to the other readers. */
static int camel_case(const nv_pron_ctx *cx, const char *w, size_t n, nv_pron *out)
{
    static const char *const prefixes[] = {"Mc", "Mac", "De", "Di", "Da", "Du", "La", "Le",
                                           "Van", "Von", "Al", "El", "O", NULL};
    size_t cut[12], nc = 0;
    if (n < 3 || n > 40)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (!isalpha((unsigned char)w[i]))
            return 0;
    for (size_t i = 1; i < n && nc < 11; i++) {
        int up = isupper((unsigned char)w[i]), prev_low = islower((unsigned char)w[i - 1]);
        int next_low = i + 1 < n && islower((unsigned char)w[i + 1]);
        if (up && (prev_low || (isupper((unsigned char)w[i - 1]) && next_low)))
            cut[nc++] = i;
    }
    if (nc == 0)
        return 0;
    for (size_t p = 0; prefixes[p]; p++)
        if (cut[0] == strlen(prefixes[p]) && strncmp(w, prefixes[p], cut[0]) == 0)
            return 0;
    cut[nc] = n;
    uint8_t vstress[NV_PRON_MAX_SYL];
    unsigned nv = 0;
    memset(out, 0, sizeof *out);
    for (size_t k = 0, b = 0; k <= nc; b = cut[k++]) {
        size_t e = cut[k], len = e - b;
        char part[48];
        for (size_t i = 0; i < len; i++)
            part[i] = (char)tolower((unsigned char)w[b + i]);
        part[len] = '\0';
        int caps = 1;
        for (size_t i = b; i < e; i++)
            caps &= isupper((unsigned char)w[i]) != 0;
        nv_pron pp;
        if ((caps && len <= 4) || len == 1) {
            for (size_t i = 0; i < len; i++) {
                if (!nv__lex_lookup(cx->lex, part + i, 1, "n", &pp) || pp.n_ph == 0)
                    return 0;
                append_pron(out, vstress, &nv, &pp, k > 0 || i + 1 < len);
            }
            continue;
        }
        if (!(nv__lex_lookup(cx->lex, part, len, NULL, &pp) && pp.n_ph > 0) &&
            !(cx->g2p && nv__g2p_predict(cx->g2p, part, len, 0, &pp) == 1 && pp.n_ph > 0))
            return 0;
        append_pron(out, vstress, &nv, &pp, k > 0);
    }
    nv__pron_syllabify(out, vstress);
    return out->n_ph > 0;
}

/* The letters of w spelled as one word (NYC: EH2 N W AY2 S IY1), the last
 * letter stressed as initialisms are. Returns 1, or 0 if a letter is missing. */
static int spell_letters(const nv_pron_ctx *cx, const char *w, size_t n, nv_pron *out)
{
    uint8_t vstress[NV_PRON_MAX_SYL];
    unsigned nv = 0;
    size_t letters = 0, seen = 0;
    memset(out, 0, sizeof *out);
    for (size_t i = 0; i < n; i++)
        letters += isalpha((unsigned char)w[i]) != 0;
    for (size_t i = 0; i < n; i++) {
        char l = (char)tolower((unsigned char)w[i]);
        nv_pron pp;
        if (!isalpha((unsigned char)l))
            continue;
        if (!nv__lex_lookup(cx->lex, &l, 1, "n", &pp) || pp.n_ph == 0)
            return 0;
        append_pron(out, vstress, &nv, &pp, ++seen < letters);
    }
    nv__pron_syllabify(out, vstress);
    return out->n_ph > 0;
}

static int lookup(const nv_pron_ctx *cx, const char *w, size_t len, const char *pos,
                  const char *written, size_t written_len, nv_pron *out, uint8_t *origin)
{
    const nv_lex *lex = cx->lex;
    const nv_g2p *g2p = cx->g2p;
    if (nv__userlex_word(cx->publisher, w, len, pos, written, written_len, out)) {
        *origin = NV_ORIGIN_PUBLISHER;
        return 1;
    }
    if (nv__userlex_word(cx->names, w, len, NULL, written, written_len, out)) {
        *origin = NV_ORIGIN_NAMES;
        return 1;
    }
    if (nv__lex_lookup(lex, w, len, pos, out) && out->n_ph > 0) {
        *origin = NV_ORIGIN_LEXICON;
        return 1;
    }
    if (american_spelling(lex, w, len, pos, out)) {
        *origin = NV_ORIGIN_LEXICON;
        return 1;
    }
    if (written && camel_case(cx, written, written_len, out)) {
        *origin = NV_ORIGIN_LTS;
        return 1;
    }
    unsigned flags = written && written_len && written[0] >= 'A' && written[0] <= 'Z' &&
                             looks_romanised(written, written_len)
                         ? NV_G2P_CONTINENTAL
                         : 0;
    /* pinyin initials the model reads as English letters: q before i is "ch"
     * (Qiang, Qinghai; before a vowel it is Arabic "k": Qassem, Qalibaf), x
     * before i or u is "sh" (Xinjiang, Xiamen) */
    char py[64];
    if (flags && len >= 2 && len + 1 < sizeof py &&
        (((w[0] | 0x20) == 'q' && (w[1] | 0x20) == 'i') ||
         ((w[0] | 0x20) == 'x' && ((w[1] | 0x20) == 'i' || (w[1] | 0x20) == 'u')))) {
        py[0] = (w[0] | 0x20) == 'q' ? 'c' : 's';
        py[1] = 'h';
        memcpy(py + 2, w + 1, len - 1);
        w = py;
        len += 1;
    }
    if (g2p ? nv__g2p_predict_ex(g2p, w, len, 0, flags, out) == 1 && out->n_ph > 0
            : nv__lex_lts(lex, w, len, out) && out->n_ph > 0) {
        *origin = NV_ORIGIN_LTS;
        return 1;
    }
    return 0;
}

static void clitic_pron(nv_pron *p)
{
    memset(p, 0, sizeof *p);
    p->n_ph = 2;
    p->ph[0] = NV_PH_AX;
    p->ph[1] = NV_PH_Z;
    p->n_syl = 1;
    p->syl_first[0] = 0;
    p->syl_stress[0] = 0;
}

const char *nv__origin_name(int origin)
{
    switch (origin) {
    case NV_ORIGIN_LEXICON: return "dictionary";
    case NV_ORIGIN_GIVEN: return "ssml";
    case NV_ORIGIN_PUBLISHER: return "publisher";
    case NV_ORIGIN_NAMES: return "names";
    default: return "guess";
    }
}

int nv__pron_words(const nv_lex *lex, const nv_g2p *g2p, const nv_tagger *tagger,
                   nv_utt *utt)
{
    const nv_pron_ctx cx = {lex, g2p, tagger, NULL, NULL};
    return nv__pron_words_ctx(&cx, utt);
}

/* The part of a hyphenated token ("Ben-Gvir", "al-Sharaa", "Okonjo-Iweala")
 * that spells word w, as written (its nth such part, from 0), or NULL. */
static const char *written_part(const nv_token *t, const char *w, size_t wl, unsigned nth,
                                size_t *len)
{
    size_t b = 0;
    for (size_t i = 0; i <= t->len; i++) {
        if (i < t->len && t->text[i] != '-')
            continue;
        if (i - b == wl) {
            size_t k = 0;
            while (k < wl && (t->text[b + k] | 0x20) == (w[k] | 0x20) &&
                   ((w[k] | 0x20) >= 'a' && (w[k] | 0x20) <= 'z'))
                k++;
            if (k == wl && nth-- == 0) {
                *len = wl;
                return t->text + b;
            }
        }
        b = i + 1;
    }
    return NULL;
}

/* The word's token as written, when the word is the whole token (or the token
 * less a possessive 's), or the part of a hyphenated token that it reads. */
static const char *written_form(const nv_utt *utt, uint32_t i, size_t *len)
{
    const nv_uword *w = &utt->word[i];
    const nv_token *t = &utt->tok[w->i_tok];
    int alone = (i == 0 || utt->word[i - 1].i_tok != w->i_tok) &&
                (i + 1 == utt->n_word || utt->word[i + 1].i_tok != w->i_tok);
    if (!t->text)
        return NULL;
    if (!alone) {
        if (!memchr(t->text, '-', t->len) || !w->text)
            return NULL;
        unsigned nth = 0;   /* earlier words of the token with the same letters */
        for (uint32_t k = i; k > 0 && utt->word[k - 1].i_tok == w->i_tok; k--)
            nth += utt->word[k - 1].len == w->len &&
                   !strncasecmp(utt->word[k - 1].text, w->text, w->len);
        return written_part(t, w->text, w->len, nth, len);
    }
    *len = t->len;
    if (*len > 2 && t->text[*len - 2] == '\'' && (t->text[*len - 1] == 's' || t->text[*len - 1] == 'S'))
        *len -= 2;
    return t->text;
}

/* Linking particles inside hyphenated Arabic, Persian and Urdu names, said
 * unstressed: "al-Assad", "Zia-ul-Haq", "Mazar-i-Sharif", "Lashkar-e-Taiba".
 * { written (lower case), ARPAbet }; to add one, append a row. */
static const char *const name_particles[][2] = {
    {"al", "AH0 L"}, {"el", "EH0 L"}, {"ul", "UH0 L"}, {"ud", "UH0 D"}, {"i", "IY0"},
    {"e", "EH0"},
};

/* 1 (and the particle's phones in out) if word i is such a particle: written in
 * lower case as a part of a hyphenated token whose next part is capitalised. */
static int name_particle(const nv_utt *utt, uint32_t i, const char *written, size_t wlen,
                         nv_pron *out)
{
    if (!written || wlen > 2 || written[0] < 'a' || written[0] > 'z')
        return 0;
    const nv_token *t = &utt->tok[utt->word[i].i_tok];
    const char *after = written + wlen;
    if (after >= t->text + t->len || *after != '-' || after + 1 >= t->text + t->len ||
        after[1] < 'A' || after[1] > 'Z')
        return 0;
    for (size_t k = 0; k < sizeof name_particles / sizeof name_particles[0]; k++)
        if (strlen(name_particles[k][0]) == wlen && !memcmp(name_particles[k][0], written, wlen)) {
            nv__pron_from_arpabet(name_particles[k][1], out);
            return out->n_ph > 0;
        }
    return 0;
}

int nv__pron_words_ctx(const nv_pron_ctx *cx, nv_utt *utt)
{
    const nv_lex *lex = cx->lex;
    const char **tags = nv__arena_alloc(utt->arena, (size_t)utt->n_word * sizeof *tags + 1);
    if (!tags || nv__pron_tag(cx->tagger, utt, tags) < 0)
        return -1;
    /* worst case every word splits in two */
    nv_uword *out = nv__arena_alloc(utt->arena, (size_t)utt->n_word * 2 * sizeof *out + 1);
    if (!out)
        return -1;
    uint32_t n = 0;
    for (uint32_t i = 0; i < utt->n_word; i++) {
        nv_uword w = utt->word[i];
        if (w.unspoken)
            continue;   /* a script the voice cannot say: shown, not spoken */
        if (w.origin == NV_ORIGIN_GIVEN || w.origin == NV_ORIGIN_PUBLISHER ||
            w.origin == NV_ORIGIN_NAMES) {   /* phones given with the token: no lookup */
            out[n++] = w;
            continue;
        }
        int spell_unknown = w.pos_hint && strcmp(w.pos_hint, NV_POS_SPELL_UNKNOWN) == 0;
        if (!w.pos_hint || spell_unknown)
            w.pos_hint = tags[i];
        size_t wlen = 0;
        const char *written = utt->tok ? written_form(utt, i, &wlen) : NULL;
        if (nv__userlex_word(cx->publisher, w.text, w.len, w.pos_hint, written, wlen, &w.pron)) {
            w.origin = NV_ORIGIN_PUBLISHER;
            out[n++] = w;
            continue;
        }
        if (nv__userlex_word(cx->names, w.text, w.len, NULL, written, wlen, &w.pron)) {
            w.origin = NV_ORIGIN_NAMES;
            out[n++] = w;
            continue;
        }
        if (name_particle(utt, i, written, wlen, &w.pron)) {
            w.origin = NV_ORIGIN_NAMES;
            out[n++] = w;
            continue;
        }
        if (nv__lex_lookup(lex, w.text, w.len, w.pos_hint, &w.pron) && w.pron.n_ph > 0) {
            w.origin = NV_ORIGIN_LEXICON;
            out[n++] = w;
            continue;
        }
        if (spell_unknown && spell_letters(cx, w.text, w.len, &w.pron)) {
            w.origin = NV_ORIGIN_LEXICON;   /* "NYC" in a headline: the letters */
            out[n++] = w;
            continue;
        }
        if (w.len > 2 && w.text[w.len - 2] == '\'' && w.text[w.len - 1] == 's') {
            nv_uword base = w, cl = w;
            base.len = w.len - 2;
            base.text = nv__arena_strndup(utt->arena, w.text, base.len);
            if (!base.text)
                return -1;
            if (lookup(cx, base.text, base.len, w.pos_hint, written, wlen, &base.pron,
                       &base.origin)) {
                cl.text = nv__arena_strndup(utt->arena, "'s", 2);
                if (!cl.text)
                    return -1;
                cl.len = 2;
                cl.clitic = 1;
                cl.origin = base.origin;
                clitic_pron(&cl.pron);
                out[n++] = base;
                out[n++] = cl;
                continue;
            }
        }
        if (!lookup(cx, w.text, w.len, w.pos_hint, written, wlen, &w.pron, &w.origin))
            continue;   /* nothing pronounceable: the word is skipped */
        out[n++] = w;
    }
    utt->word = out;
    utt->n_word = n;
    return 0;
}

size_t nv__pron_arpabet(const nv_pron *p, char *buf, size_t cap)
{
    size_t o = 0;
    if (cap == 0)
        return 0;
    buf[0] = '\0';
    for (unsigned s = 0; s < p->n_syl; s++) {
        unsigned b = p->syl_first[s];
        unsigned e = s + 1 < p->n_syl ? p->syl_first[s + 1] : p->n_ph;
        for (unsigned k = b; k < e; k++) {
            int id = p->ph[k];
            const char *name = nv__phone_arpabet(id);
            char digit[2] = {0, 0};
            if (nv__phone_is_vowel(id))
                digit[0] = id == NV_PH_AX ? '0' : (char)('0' + p->syl_stress[s]);
            int wrote = snprintf(buf + o, cap - o, "%s%s%s", o ? " " : "", name, digit);
            if (wrote < 0 || (size_t)wrote >= cap - o) {
                buf[o] = '\0';
                return o;
            }
            o += (size_t)wrote;
        }
    }
    return o;
}
