/* numbers.c - number words: cardinals, ordinals, years, decimals, digits.
 *
 * Reads: digit strings (thousands commas allowed) or integer values. Writes:
 * number words through emit.c, US newsreader style: no "and" inside numbers
 * ("one hundred five"), years in pairs ("nineteen ninety nine"). Does not decide
 * whether a token is a year or a count: quantity.c and dates.c do.
 */
#include "nrm.h"

#include <string.h>

static const char *const units[20] = {
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
    "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
    "seventeen", "eighteen", "nineteen"
};

static const char *const tens[10] = {
    "", "ten", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"
};

/* Powers of 1000. Add a row (and raise NRM_MAX_CARD_DIGITS) to read longer numbers. */
static const char *const scales[] = { "", "thousand", "million", "billion", "trillion",
                                      "quadrillion", "quintillion" };

#define N_SCALES (sizeof scales / sizeof scales[0])
_Static_assert(NRM_MAX_CARD_DIGITS <= 3 * N_SCALES, "every digit group has a scale word");

/* Irregular ordinals; the others add "th" (or turn a final y into "ieth"). */
static const char *const ordinal_irregular[][2] = {
    { "one", "first" }, { "two", "second" }, { "three", "third" }, { "five", "fifth" },
    { "eight", "eighth" }, { "nine", "ninth" }, { "twelve", "twelfth" },
};

/* A sentence fragment of number words, built before emitting so that the last
 * word can be turned into an ordinal or a plural. All entries are static strings. */
#define WL_MAX 40
typedef struct wlist {
    const char *w[WL_MAX];
    size_t n;
} wlist;

static void push(wlist *l, const char *w)
{
    if (l->n < WL_MAX)
        l->w[l->n++] = w;
}

static void push_below_100(wlist *l, unsigned v)
{
    if (v < 20) {
        push(l, units[v]);
        return;
    }
    push(l, tens[v / 10]);
    if (v % 10)
        push(l, units[v % 10]);
}

static void push_below_1000(wlist *l, unsigned v)
{
    if (v >= 100) {
        push(l, units[v / 100]);
        push(l, "hundred");
        v %= 100;
        if (v == 0)
            return;
    }
    push_below_100(l, v);
}

static void push_cardinal(wlist *l, unsigned long long v)
{
    unsigned group[N_SCALES];
    size_t n = 0, i;

    if (v == 0) {
        push(l, "zero");
        return;
    }
    while (v > 0 && n < N_SCALES) {
        group[n++] = (unsigned)(v % 1000);
        v /= 1000;
    }
    for (i = n; i-- > 0;) {
        if (group[i] == 0)
            continue;
        push_below_1000(l, group[i]);
        if (i > 0)
            push(l, scales[i]);
    }
}

size_t nrm_ordinal_word(const char *w, char *buf, size_t cap)
{
    size_t i, n = strlen(w);

    for (i = 0; i < sizeof ordinal_irregular / sizeof ordinal_irregular[0]; i++) {
        if (strcmp(w, ordinal_irregular[i][0]) == 0) {
            n = strlen(ordinal_irregular[i][1]);
            if (n > cap)
                return 0;
            memcpy(buf, ordinal_irregular[i][1], n);
            return n;
        }
    }
    if (n + 3 > cap || n == 0)
        return 0;
    memcpy(buf, w, n);
    if (buf[n - 1] == 'y') {
        memcpy(buf + n - 1, "ieth", 4);
        return n + 3;
    }
    memcpy(buf + n, "th", 2);
    return n + 2;
}

/* Plural of a number word: sixes, twenties, hundreds. */
static size_t plural_word(const char *w, char *buf, size_t cap)
{
    size_t n = strlen(w);

    if (n == 0 || n + 3 > cap)
        return 0;
    memcpy(buf, w, n);
    if (buf[n - 1] == 'y') {
        memcpy(buf + n - 1, "ies", 3);
        return n + 2;
    }
    if (buf[n - 1] == 'x') {
        memcpy(buf + n, "es", 2);
        return n + 2;
    }
    buf[n] = 's';
    return n + 1;
}

static void emit_last(nrm_ctx *c, const char *w, enum nrm_form form)
{
    char buf[32];
    size_t n = 0;

    switch (form) {
    case NRM_CARD:
        nrm_say(c, w);
        return;
    case NRM_ORD:
        n = nrm_ordinal_word(w, buf, sizeof buf);
        break;
    case NRM_PLURAL:
        n = plural_word(w, buf, sizeof buf);
        break;
    case NRM_ORD_POSS:
        n = nrm_ordinal_word(w, buf, sizeof buf - 2);
        if (n == 0)
            return;
        memcpy(buf + n, "'s", 2);
        n += 2;
        break;
    case NRM_POSS:
        n = strlen(w);
        if (n + 2 > sizeof buf)
            return;
        memcpy(buf, w, n);
        memcpy(buf + n, "'s", 2);
        n += 2;
        break;
    }
    nrm_emit(c, buf, n, NULL);
}

static void emit_list(nrm_ctx *c, const wlist *l, enum nrm_form form)
{
    size_t i;

    for (i = 0; i + 1 < l->n; i++)
        nrm_say(c, l->w[i]);
    if (l->n > 0)
        emit_last(c, l->w[l->n - 1], form);
}

/* ---- public readers ------------------------------------------------------------ */

size_t nrm_n_digits(nrm_span s)
{
    size_t i, n = 0;

    for (i = 0; i < s.len; i++)
        n += nrm_is_digit(s.s[i]);
    return n;
}

unsigned long long nrm_value(nrm_span s)
{
    unsigned long long v = 0;
    size_t i;

    if (nrm_n_digits(s) > 18)
        return ~0ULL;
    for (i = 0; i < s.len; i++)
        if (nrm_is_digit(s.s[i]))
            v = v * 10 + (unsigned)(s.s[i] - '0');
    return v;
}

void nrm_say_value(nrm_ctx *c, unsigned long long v, enum nrm_form form)
{
    wlist l = { .n = 0 };

    push_cardinal(&l, v);
    emit_list(c, &l, form);
}

void nrm_say_digits(nrm_ctx *c, nrm_span s)
{
    size_t i;

    for (i = 0; i < s.len && c->rc == 0; i++)
        if (nrm_is_digit(s.s[i]))
            nrm_say(c, units[s.s[i] - '0']);
}

const char *nrm_digit_word(char d)
{
    return nrm_is_digit(d) ? units[d - '0'] : "";
}

void nrm_say_code(nrm_ctx *c, nrm_span s)
{
    size_t i;

    for (i = 0; i < s.len && c->rc == 0; i++)
        if (nrm_is_digit(s.s[i]))
            nrm_say(c, s.s[i] == '0' ? "o" : units[s.s[i] - '0']);
}

/* A number too long for a 64-bit value, written with thousands commas: each
 * group of three digits with its scale word. */
static void say_grouped(nrm_ctx *c, nrm_span s, enum nrm_form form)
{
    unsigned group[N_SCALES];
    size_t n = 0, i, k = s.len;
    wlist l = { .n = 0 };

    while (k > 0 && n < N_SCALES) {
        unsigned v = 0, mul = 1, digits = 0;
        while (k > 0 && digits < 3) {
            k--;
            if (!nrm_is_digit(s.s[k]))
                continue;
            v += (unsigned)(s.s[k] - '0') * mul;
            mul *= 10;
            digits++;
        }
        group[n++] = v;
    }
    for (i = n; i-- > 0;) {
        if (group[i] == 0)
            continue;
        push_below_1000(&l, group[i]);
        if (i > 0)
            push(&l, scales[i]);
    }
    emit_list(c, &l, form);
}

void nrm_say_int(nrm_ctx *c, nrm_span s, enum nrm_form form)
{
    size_t n = nrm_n_digits(s);
    size_t i = 0;

    while (i < s.len && !nrm_is_digit(s.s[i]))
        i++;
    if (n == 0)
        return;
    if (n > NRM_MAX_CARD_DIGITS && n <= 3 * N_SCALES && s.s[i] != '0'
        && memchr(s.s, ',', s.len)) {
        say_grouped(c, s, form);                /* 124,444,234,854,823,834,553 */
        return;
    }
    if (n > NRM_MAX_CARD_DIGITS || (n > 1 && s.s[i] == '0')) {
        nrm_say_code(c, s);
        return;
    }
    nrm_say_value(c, nrm_value(s), form);
}

void nrm_say_year(nrm_ctx *c, unsigned v, enum nrm_form form)
{
    wlist l = { .n = 0 };
    unsigned hi = v / 100, lo = v % 100;

    if (v % 1000 == 0 || (hi % 10 == 0 && lo < 10)) {
        push_cardinal(&l, v);           /* 2000, 2005: two thousand five */
    } else {
        push_below_100(&l, hi);
        if (lo == 0) {
            push(&l, "hundred");        /* 1900: nineteen hundred */
        } else if (lo < 10) {
            push(&l, "o");              /* 1905: nineteen o five ("oh") */
            push(&l, units[lo]);
        } else {
            push_below_100(&l, lo);
        }
    }
    emit_list(c, &l, form);
}

void nrm_say_year2(nrm_ctx *c, unsigned v)
{
    v %= 100;
    if (v == 0) {
        nrm_say(c, "o o");                      /* '00 */
        return;
    }
    if (v < 10)
        nrm_say(c, "o");
    nrm_say_value(c, v, NRM_CARD);
}

void nrm_say_decimal(nrm_ctx *c, nrm_span ip, nrm_span fp)
{
    if (nrm_n_digits(ip) > 0)
        nrm_say_int(c, ip, NRM_CARD);
    nrm_say(c, "point");
    if (fp.len == 1 && fp.s[0] == '0')
        nrm_say(c, "zero");                     /* 2.0 two point zero */
    else
        nrm_say_code(c, fp);                    /* 2.60 two point six o */
}
