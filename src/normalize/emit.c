/* emit.c - the normaliser's output side: words to the caller's callback.
 *
 * Reads: spans of token text. Writes: spoken words (lower-case ASCII letters and
 * apostrophes) through nrm_ctx. Folds Latin-1 and Latin Extended-A letters to
 * ASCII (e -> e, ss for sharp s) and drops other non-ASCII letters. Does not
 * decide how a token is read: the readers in the other files do.
 */
#include "nrm.h"

#include <string.h>

void nrm_emit(nrm_ctx *c, const char *w, size_t len, const char *pos)
{
    if (c->rc || len == 0)
        return;
    c->rc = c->emit(c->ud, w, len, pos, c->i_tok);
}

void nrm_say(nrm_ctx *c, const char *phrase)
{
    const char *p = phrase;
    while (*p) {
        size_t n = strcspn(p, " ");
        nrm_emit(c, p, n, NULL);
        p += n;
        while (*p == ' ')
            p++;
    }
}

/* ---- UTF-8 ----------------------------------------------------------------- */

size_t nrm_utf8_next(const char *s, size_t len, unsigned long *cp)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t need, i;
    unsigned long v;

    if (u[0] < 0x80) {
        *cp = u[0];
        return 1;
    }
    if (u[0] >= 0xc2 && u[0] <= 0xdf) {
        need = 1;
        v = u[0] & 0x1f;
    } else if (u[0] >= 0xe0 && u[0] <= 0xef) {
        need = 2;
        v = u[0] & 0x0f;
    } else if (u[0] >= 0xf0 && u[0] <= 0xf4) {
        need = 3;
        v = u[0] & 0x07;
    } else {
        *cp = 0xfffd;
        return 1;
    }
    if (need >= len) {
        *cp = 0xfffd;
        return 1;
    }
    for (i = 1; i <= need; i++) {
        if ((u[i] & 0xc0) != 0x80) {
            *cp = 0xfffd;
            return 1;
        }
        v = (v << 6) | (u[i] & 0x3f);
    }
    *cp = v;
    return need + 1;
}

/* Base letters of U+00C0..U+00FF; '*' = spelled by fold_special, '-' = not a letter. */
static const char latin1_base[] =
    "aaaaaa*ceeeeiiii"      /* C0-CF: A-grave .. I-diaeresis, AE = '*' */
    "dnooooo-ouuuuy**"      /* D0-DF: Eth, N-tilde, O.., times, O-slash, U.., Y, Thorn, sharp s */
    "aaaaaa*ceeeeiiii"      /* E0-EF */
    "dnooooo-ouuuuy*y";     /* F0-FF: ..., divide, ..., thorn, y-diaeresis */

/* Base letters of U+0100..U+017F (Latin Extended-A), in code point order. */
static const char latin_ext_a_base[] =
    "aaaaaa" "cccccccc" "dddd" "eeeeeeeeee" "gggggggg" "hhhh" "iiiiiiiiii"
    "**"    /* IJ ij */
    "jj" "kkk" "llllllllll" "nnnnnnnnn" "oooooo"
    "**"    /* OE oe */
    "rrrrrr" "ssssssss" "tttttt" "uuuuuuuuuuuu" "ww" "yyy" "zzzzzz" "s";

_Static_assert(sizeof latin1_base == 65, "latin1_base covers U+00C0..U+00FF");
_Static_assert(sizeof latin_ext_a_base == 129, "latin_ext_a_base covers U+0100..U+017F");

static const char *fold_special(unsigned long cp)
{
    switch (cp) {
    case 0xc6: case 0xe6: return "ae";
    case 0xde: case 0xfe: return "th";
    case 0xdf: return "ss";
    case 0x132: case 0x133: return "ij";
    case 0x152: case 0x153: return "oe";
    default: return NULL;
    }
}

/* Superscript (modifier) letters written in exponents and footnotes: the
 * code point of each of a-z, 0 where Unicode has none (q). */
static const unsigned short modifier_letters[26] = {
    0x1d43, 0x1d47, 0x1d9c, 0x1d48, 0x1d49, 0x1da0, 0x1d4d, 0x02b0, 0x2071, 0x02b2,
    0x1d4f, 0x02e1, 0x1d50, 0x207f, 0x1d52, 0x1d56, 0, 0x02b3, 0x02e2, 0x1d57,
    0x1d58, 0x1d5b, 0x02b7, 0x02e3, 0x02b8, 0x1dbb,
};

/* Latin Extended Additional (U+1E00-U+1EFF): letters with dots, lines and the
 * Vietnamese tone marks, by ranges of one base letter each. */
static const struct { unsigned short first, last; char base; } ext_additional[] = {
    { 0x1e00, 0x1e01, 'a' }, { 0x1e02, 0x1e07, 'b' }, { 0x1e08, 0x1e09, 'c' },
    { 0x1e0a, 0x1e13, 'd' }, { 0x1e14, 0x1e1d, 'e' }, { 0x1e1e, 0x1e1f, 'f' },
    { 0x1e20, 0x1e21, 'g' }, { 0x1e22, 0x1e2b, 'h' }, { 0x1e2c, 0x1e2f, 'i' },
    { 0x1e30, 0x1e35, 'k' }, { 0x1e36, 0x1e3d, 'l' }, { 0x1e3e, 0x1e43, 'm' },
    { 0x1e44, 0x1e4b, 'n' }, { 0x1e4c, 0x1e53, 'o' }, { 0x1e54, 0x1e57, 'p' },
    { 0x1e58, 0x1e5f, 'r' }, { 0x1e60, 0x1e69, 's' }, { 0x1e6a, 0x1e71, 't' },
    { 0x1e72, 0x1e7b, 'u' }, { 0x1e7c, 0x1e7f, 'v' }, { 0x1e80, 0x1e89, 'w' },
    { 0x1e8a, 0x1e8d, 'x' }, { 0x1e8e, 0x1e8f, 'y' }, { 0x1e90, 0x1e95, 'z' },
    { 0x1e96, 0x1e96, 'h' }, { 0x1e97, 0x1e97, 't' }, { 0x1e98, 0x1e98, 'w' },
    { 0x1e99, 0x1e99, 'y' }, { 0x1ea0, 0x1eb7, 'a' }, { 0x1eb8, 0x1ec7, 'e' },
    { 0x1ec8, 0x1ecb, 'i' }, { 0x1ecc, 0x1ee3, 'o' }, { 0x1ee4, 0x1ef1, 'u' },
    { 0x1ef2, 0x1ef9, 'y' },
};

/* Latin Extended-B letters of European and Vietnamese names: Romanian s and t
 * with a comma (Timi\u0219oara), o and u with a horn (Nguy\u1ec5n's \u01b0), caron
 * vowels (pinyin), and a few more. */
static const struct { unsigned short cp; char base; } ext_b[] = {
    { 0x0180, 'b' }, { 0x0188, 'c' }, { 0x0187, 'c' }, { 0x0191, 'f' }, { 0x0192, 'f' },
    { 0x0197, 'i' }, { 0x019a, 'l' }, { 0x019d, 'n' }, { 0x019e, 'n' }, { 0x019f, 'o' },
    { 0x01a0, 'o' }, { 0x01a1, 'o' }, { 0x01ab, 't' }, { 0x01ac, 't' }, { 0x01ad, 't' },
    { 0x01ae, 't' }, { 0x01af, 'u' }, { 0x01b0, 'u' }, { 0x01b5, 'z' }, { 0x01b6, 'z' },
    { 0x01cd, 'a' }, { 0x01ce, 'a' }, { 0x01cf, 'i' }, { 0x01d0, 'i' }, { 0x01d1, 'o' },
    { 0x01d2, 'o' }, { 0x01d3, 'u' }, { 0x01d4, 'u' }, { 0x01d5, 'u' }, { 0x01d6, 'u' },
    { 0x01d7, 'u' }, { 0x01d8, 'u' }, { 0x01d9, 'u' }, { 0x01da, 'u' }, { 0x01db, 'u' },
    { 0x01dc, 'u' }, { 0x01e6, 'g' }, { 0x01e7, 'g' }, { 0x01e8, 'k' }, { 0x01e9, 'k' },
    { 0x01ea, 'o' }, { 0x01eb, 'o' }, { 0x01f0, 'j' }, { 0x01f4, 'g' }, { 0x01f5, 'g' },
    { 0x01f8, 'n' }, { 0x01f9, 'n' }, { 0x0200, 'a' }, { 0x0201, 'a' }, { 0x0204, 'e' },
    { 0x0205, 'e' }, { 0x0208, 'i' }, { 0x0209, 'i' }, { 0x020c, 'o' }, { 0x020d, 'o' },
    { 0x0210, 'r' }, { 0x0211, 'r' }, { 0x0214, 'u' }, { 0x0215, 'u' }, { 0x0218, 's' },
    { 0x0219, 's' }, { 0x021a, 't' }, { 0x021b, 't' }, { 0x0226, 'a' }, { 0x0227, 'a' },
    { 0x0228, 'e' }, { 0x0229, 'e' }, { 0x022e, 'o' }, { 0x022f, 'o' }, { 0x0232, 'y' },
    { 0x0233, 'y' },
    /* capitals of African alphabets: open o and e, hooked b and d, gamma */
    { 0x0181, 'b' }, { 0x0186, 'o' }, { 0x0189, 'd' }, { 0x018a, 'd' }, { 0x0190, 'e' },
    { 0x0194, 'g' },
};

/* IPA Extensions (U+0250-U+02AF), the letters of a transcription such as
 * "[b\u025b\u0281\u02c8li\u02d0n]" and of some African alphabets (\u025b, \u0254):
 * the nearest ASCII letter, so "berlin", not the ASCII letters alone ("blin").
 * Letters without one (glottal stop, clicks) are dropped. The table holds
 * U+0250 onwards, one character each; a space: no letter. */
static const char ipa_ext[] =
    "aaobosddeeeeeeojggggohhhiiilllluwmnnnooufrrrrrr "
    "rrssj sttuuvuwyyzzzz     b ghjklq";

const char *nrm_fold(unsigned long cp)
{
    /* One static string per base letter: point into this alphabet. */
    static const char alphabet[] = "a\0b\0c\0d\0e\0f\0g\0h\0i\0j\0k\0l\0m\0n\0o\0p\0q\0r\0s\0t\0u\0v\0w\0x\0y\0z";
    char base;

    if (cp >= 0x1e00 && cp <= 0x1eff) {
        for (size_t k = 0; k < sizeof ext_additional / sizeof ext_additional[0]; k++)
            if (cp >= ext_additional[k].first && cp <= ext_additional[k].last)
                return alphabet + 2 * (ext_additional[k].base - 'a');
        return NULL;
    }
    if (cp >= 0x250 && cp < 0x250 + sizeof ipa_ext - 1) {
        base = ipa_ext[cp - 0x250];
        return base == ' ' ? NULL : alphabet + 2 * (base - 'a');
    }
    if (cp >= 0x180 && cp <= 0x24f) {
        for (size_t k = 0; k < sizeof ext_b / sizeof ext_b[0]; k++)
            if (ext_b[k].cp == cp)
                return alphabet + 2 * (ext_b[k].base - 'a');
        return NULL;
    }
    if ((cp >= 0x2b0 && cp <= 0x2e3) || (cp >= 0x1d43 && cp <= 0x1dbb) || cp == 0x2071
        || cp == 0x207f) {
        for (int k = 0; k < 26; k++)
            if (modifier_letters[k] == cp)
                return alphabet + 2 * k;        /* 2\u1d43\u02e3\u2071\u02e2: axis */
        return NULL;
    }
    if (cp >= 0xc0 && cp <= 0xff)
        base = latin1_base[cp - 0xc0];
    else if (cp >= 0x100 && cp <= 0x17f)
        base = latin_ext_a_base[cp - 0x100];
    else
        return NULL;
    if (base == '*')
        return fold_special(cp);
    if (base < 'a' || base > 'z')
        return NULL;
    return alphabet + 2 * (base - 'a');
}

int nrm_cp_is_letter(unsigned long cp)
{
    if (cp < 0x80)
        return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
    if ((cp >= 0xc0 && cp <= 0x17f) || cp == 0x2071 || cp == 0x207f)
        return nrm_fold(cp) != NULL;
    if ((cp >= 0x180 && cp <= 0x24f) || (cp >= 0x1e00 && cp <= 0x1eff))
        return 1;   /* foldable ones are read; the rest, like other scripts, shown */
    /* Other scripts count as letters (dropped on output), but not the symbol and
     * punctuation blocks: Latin-1 symbols, general punctuation, currency signs,
     * letterlike symbols, arrows, maths, box drawing, dingbats, and U+FFFD. */
    if (cp < 0xc0 || (cp >= 0x2000 && cp <= 0x2bff) || (cp >= 0x3000 && cp <= 0x303f)
        || cp >= 0xfff0)
        return 0;
    return 1;
}

int nrm_cp_is_upper(unsigned long cp)
{
    if (cp < 0x80)
        return cp >= 'A' && cp <= 'Z';
    if (cp >= 0xc0 && cp <= 0xde)
        return cp != 0xd7;
    if (cp >= 0x100 && cp <= 0x137)
        return cp % 2 == 0;
    if (cp >= 0x139 && cp <= 0x148)
        return cp % 2 == 1;
    if (cp >= 0x14a && cp <= 0x177)
        return cp % 2 == 0;
    if (cp == 0x178)
        return 1;
    if (cp >= 0x179 && cp <= 0x17e)
        return cp % 2 == 1;
    if ((cp >= 0x1e00 && cp <= 0x1e95) || (cp >= 0x1ea0 && cp <= 0x1ef9))
        return cp % 2 == 0;                     /* Latin Extended Additional pairs */
    if (cp == 0x218 || cp == 0x21a || cp == 0x1a0 || cp == 0x1af)
        return 1;                               /* \u0218 \u021a \u01a0 \u01af */
    if (cp >= 0x1cd && cp <= 0x1dc)
        return cp % 2 == 1;                     /* caron vowels: capitals odd */
    return 0;
}

/* ---- words ----------------------------------------------------------------- */

/* Output buffer for one word. */
typedef struct wordbuf {
    char b[NRM_WORD_MAX];
    size_t n;
    int letters;            /* letters in b */
} wordbuf;

static void wb_flush(nrm_ctx *c, wordbuf *w, const char *pos)
{
    /* A trailing apostrophe survives only as a plural possessive (students'). */
    if (w->n > 0 && w->b[w->n - 1] == '\'' && !(w->n >= 2 && w->b[w->n - 2] == 's'))
        w->n--;
    if (w->letters > 0)
        nrm_emit(c, w->b, w->n, pos);
    w->n = 0;
    w->letters = 0;
}

static void wb_put(nrm_ctx *c, wordbuf *w, char ch, const char *pos)
{
    if (ch == '\'' && (w->n == 0 || w->b[w->n - 1] == '\''))
        return;             /* no leading or doubled apostrophes */
    if (w->n == sizeof w->b)
        wb_flush(c, w, pos);    /* junk: a letter run longer than any word */
    if (ch == '\'' && w->n == 0)
        return;
    w->b[w->n++] = ch;
    if (ch != '\'')
        w->letters++;
}

static void wb_put_cp(nrm_ctx *c, wordbuf *w, unsigned long cp, const char *pos)
{
    const char *f;

    if (cp < 0x80) {
        char ch = (char)cp;
        if (nrm_is_upper(ch))
            wb_put(c, w, (char)(ch - 'A' + 'a'), pos);
        else if (nrm_is_lower(ch) || ch == '\'')
            wb_put(c, w, ch, pos);
        return;
    }
    for (f = nrm_fold(cp); f && *f; f++)
        wb_put(c, w, *f, pos);
}

void nrm_word(nrm_ctx *c, nrm_span s, const char *pos)
{
    wordbuf w = { .n = 0 };
    size_t i = 0;

    while (i < s.len) {
        unsigned long cp;
        i += nrm_utf8_next(s.s + i, s.len - i, &cp);
        wb_put_cp(c, &w, cp, pos);
    }
    wb_flush(c, &w, pos);
}

/* Length of a final "'s" or "s" that belongs on the last spelled letter: "FBI's",
 * "U.K.'s", "CEOs". Only after an upper-case letter. */
static size_t spell_suffix(nrm_span s)
{
    if (s.len >= 3 && s.s[s.len - 1] == 's' && s.s[s.len - 2] == '\''
        && (nrm_is_upper(s.s[s.len - 3])
            || (s.len >= 4 && s.s[s.len - 3] == '.' && nrm_is_upper(s.s[s.len - 4]))))
        return 2;
    if (s.len >= 3 && s.s[s.len - 1] == 's' && nrm_is_upper(s.s[s.len - 2]))
        return 1;
    return 0;
}

void nrm_spell(nrm_ctx *c, nrm_span s)
{
    size_t sfx = spell_suffix(s), end = s.len - sfx, i = 0;
    char last[NRM_WORD_MAX];
    size_t n_last = 0;

    /* Each letter is emitted when the next one is found, so the last one can
     * take the suffix. */
    while (i < end) {
        unsigned long cp;
        const char *f;
        char one[2];

        i += nrm_utf8_next(s.s + i, end - i, &cp);
        if (cp < 0x80 && nrm_is_alpha((char)cp)) {
            one[0] = (char)(nrm_is_upper((char)cp) ? cp - 'A' + 'a' : cp);
            one[1] = 0;
            f = one;
        } else {
            f = nrm_fold(cp);
        }
        for (; f && *f; f++) {
            nrm_emit(c, last, n_last, "n");
            last[0] = *f;
            n_last = 1;
        }
    }
    if (n_last && sfx) {
        last[n_last++] = '\'';
        last[n_last++] = 's';
    }
    nrm_emit(c, last, n_last, "n");
}
