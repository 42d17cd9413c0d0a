/* money.c - amounts of money: "$5", "$1.50", "$4.5 billion", "$4.5bn", "$5-10",
 * "US$5", "$ 5", "$30 bn", pounds, euros, yen, rupees ("Rs.500"), cents.
 *
 * Reads: a number already parsed by quantity.c (nrm_num) with its currency, and
 * for "$4.5 billion" the next token. Writes: words through emit.c, the unit after
 * the amount ("four point five billion dollars", "one dollar fifty cents").
 * The currency tables live here; quantity.c asks nrm_currency_at while parsing.
 */
#include "nrm.h"

#include <string.h>

#define COUNT(a) (sizeof (a) / sizeof (a)[0])

/* Currencies written before (or, for a few, after) the amount. To add one, append
 * a row: its UTF-8 symbol, the unit singular and plural, the sub-unit singular and
 * plural (NULL if none is spoken). */
static const struct currency {
    const char *sym;
    const char *one, *many;
    const char *sub_one, *sub_many;
} currencies[] = {
    { "$", "dollar", "dollars", "cent", "cents" },
    { "\xc2\xa3", "pound", "pounds", "penny", "pence" },            /* pound sign */
    { "\xe2\x82\xac", "euro", "euros", "cent", "cents" },           /* euro sign */
    { "\xc2\xa5", "yen", "yen", NULL, NULL },                       /* yen sign */
    { "\xe2\x82\xb9", "rupee", "rupees", NULL, NULL },              /* rupee sign */
    { "\xc2\xa2", "cent", "cents", NULL, NULL },                    /* cent sign */
    { "Rs.", "rupee", "rupees", NULL, NULL },                       /* attached: "Rs.500" */
    { "Rs", "rupee", "rupees", NULL, NULL },
    { "\xe2\x82\xa9", "won", "won", NULL, NULL },                  /* won sign */
    { "\xe2\x82\xbd", "ruble", "rubles", NULL, NULL },             /* ruble sign */
};
enum { CUR_DOLLAR = 0 };

/* Country codes written before "$" ("US$5", "C$10"). To add one, append
 * {code, words, spell}: spell = 1 reads the words letter by letter. */
static const struct dollar_code {
    const char *code, *words;
    int spell;
} dollar_codes[] = {
    { "US", "us", 1 }, { "C", "canadian", 0 }, { "A", "australian", 0 },
    { "NZ", "new zealand", 0 }, { "HK", "hong kong", 0 }, { "S", "singapore", 0 },
};

/* Scale words that follow an amount, written inside the token after a currency
 * amount ("$4.5bn", "$5M"). Case-sensitive: "m"/"M" both mean million there. */
static const char *const scale_suffix[][2] = {
    { "k", "thousand" }, { "K", "thousand" }, { "m", "million" }, { "M", "million" },
    { "mn", "million" }, { "mln", "million" }, { "b", "billion" }, { "B", "billion" },
    { "bn", "billion" }, { "bln", "billion" }, { "t", "trillion" }, { "T", "trillion" },
    { "tn", "trillion" }, { "trn", "trillion" },
};

/* Scale words written as their own token after an amount ("$4.5 billion"). */
static const char *const scale_words[] = { "thousand", "million", "billion", "trillion", NULL };

/* Currency symbol at s: table index (its length in *used), or -1. */
static int match_currency(const char *s, size_t len, size_t *used)
{
    size_t i;

    for (i = 0; i < COUNT(currencies); i++) {
        if (nrm_has_prefix(s, len, currencies[i].sym)) {
            *used = strlen(currencies[i].sym);
            return (int)i;
        }
    }
    return -1;
}

/* Country code and "$" at s ("US$"): dollar_codes index (length in *used), or -1. */
static int match_dollar_code(const char *s, size_t len, size_t *used)
{
    size_t i, n;

    for (i = 0; i < COUNT(dollar_codes); i++) {
        n = strlen(dollar_codes[i].code);
        if (n < len && memcmp(s, dollar_codes[i].code, n) == 0 && s[n] == '$') {
            *used = n + 1;
            return (int)i;
        }
    }
    return -1;
}

int nrm_currency_at(const char *s, size_t len, size_t *used, int *code)
{
    *code = match_dollar_code(s, len, used);
    if (*code >= 0)
        return CUR_DOLLAR;
    return match_currency(s, len, used);
}

const char *nrm_scale_suffix(nrm_span r)
{
    size_t i;

    for (i = 0; i < COUNT(scale_suffix); i++)
        if (nrm_eq(r, scale_suffix[i][0]))
            return scale_suffix[i][1];
    return NULL;
}

/* ---- money ------------------------------------------------------------------- */

static void say_unit(nrm_ctx *c, const nrm_num *n, int plural)
{
    const struct currency *cu = &currencies[n->cur];

    if (n->code >= 0) {
        const struct dollar_code *d = &dollar_codes[n->code];
        nrm_span w = { d->words, strlen(d->words) };
        if (d->spell)
            nrm_spell(c, w);
        else
            nrm_say(c, d->words);
    }
    nrm_say(c, plural ? cu->many : cu->one);
}

static int is_one(nrm_span ip)
{
    return nrm_n_digits(ip) == 1 && nrm_value(ip) == 1;
}

static void say_amount(nrm_ctx *c, const nrm_num *n)
{
    if (n->fp.len)
        nrm_say_decimal(c, n->ip, n->fp);
    else
        nrm_say_int(c, n->ip, NRM_CARD);
}

/* "$1.50" one dollar fifty cents; "$0.25" twenty five cents. No "and" joins
 * the units and the cents (as no "and" sits inside numbers). */
static void say_units_and_cents(nrm_ctx *c, const nrm_num *n)
{
    const struct currency *cu = &currencies[n->cur];
    unsigned long long cents = nrm_value(n->fp) * (n->fp.len == 1 ? 10 : 1);
    int has_units = nrm_n_digits(n->ip) > 0 && nrm_value(n->ip) != 0;

    if (has_units || cents == 0) {
        if (nrm_n_digits(n->ip) > 0)
            nrm_say_int(c, n->ip, NRM_CARD);
        else
            nrm_say(c, "zero");
        say_unit(c, n, !is_one(n->ip));
    }
    if (cents == 0)
        return;
    nrm_say_value(c, cents, NRM_CARD);
    nrm_say(c, cents == 1 ? cu->sub_one : cu->sub_many);
}

void nrm_read_money(nrm_ctx *c, const nrm_num *n, const char *scale, int scale_next)
{
    if (scale_next) {
        say_amount(c, n);       /* the scale word's token says "billion dollars" */
        return;
    }
    if (scale) {
        say_amount(c, n);
        nrm_say(c, scale);
        say_unit(c, n, 1);
        return;
    }
    if (n->fp.len >= 1 && n->fp.len <= 2 && currencies[n->cur].sub_one) {
        say_units_and_cents(c, n);
        return;
    }
    say_amount(c, n);
    say_unit(c, n, n->fp.len > 0 || !is_one(n->ip));
}

/* The scale word written as token t after an amount: "billion", or a scale
 * abbreviation ("$30 bn", "$30 b"; not the one-letter "t", a ton); NULL if none. */
static const char *scale_word_of(nrm_span t)
{
    int i = nrm_find(t, scale_words, 1);

    if (i >= 0)
        return scale_words[i];
    if (t.len == 1 && (t.s[0] == 't' || t.s[0] == 'T'))
        return NULL;
    return nrm_scale_suffix(t);
}

static int is_scale_word(nrm_span t)
{
    return scale_word_of(t) != NULL;
}

/* "$5-10", "$5-$10": the money before the hyphen and the amount after it, which
 * takes the first one's currency. */
static int parse_money_range(nrm_span t, nrm_num *a, nrm_num *b)
{
    nrm_span r;

    if (!nrm_num_parse(t, a) || a->cur < 0 || a->rest.len < 2 || a->rest.s[0] != '-')
        return 0;
    r.s = a->rest.s + 1;
    r.len = a->rest.len - 1;
    if (!nrm_num_parse(r, b) || b->rest.len != 0 || b->sign || b->code >= 0
        || (b->cur >= 0 && b->cur != a->cur))
        return 0;
    b->cur = a->cur;
    b->code = a->code;
    return 1;
}

/* The currency amount of token text t ("$4.5", "$5-10"), written so that a scale
 * word may follow: nothing after the number but a range. */
static int money_head(nrm_span t, nrm_num *n)
{
    nrm_num b;

    if (nrm_num_parse(t, n) && n->cur >= 0 && n->rest.len == 0)
        return 1;
    return parse_money_range(t, n, &b);
}

int nrm_currency_alone(const nrm_ctx *c, size_t i)
{
    const nv_ntok *t = nrm_tok(c, i), *next = nrm_tok(c, i + 1);
    size_t used;
    int code;
    nrm_num n;

    return t && next && t->post_len == 0 && next->pre_len == 0 && t->len > 0
        && !nrm_is_alpha(t->text[0]) && nrm_currency_at(t->text, t->len, &used, &code) >= 0 && used == t->len
        && nrm_num_parse(nrm_text(next), &n) && n.cur < 0 && !n.sign;
}

/* money_head of token i, or a plain number after a currency written alone ("$ 5"). */
static int money_head_at(const nrm_ctx *c, size_t i, nrm_num *n)
{
    const nv_ntok *t = nrm_tok(c, i), *p = i > 0 ? nrm_tok(c, i - 1) : NULL;
    size_t used;

    if (!t)
        return 0;
    if (money_head(nrm_text(t), n))
        return 1;
    if (!p || !nrm_currency_alone(c, i - 1) || !nrm_num_parse(nrm_text(t), n) || n->rest.len)
        return 0;
    n->cur = nrm_currency_at(p->text, p->len, &used, &n->code);
    return 1;
}

int nrm_money_before_scale(const nrm_ctx *c, size_t i)
{
    const nv_ntok *t = nrm_tok(c, i), *next = nrm_tok(c, i + 1);
    nrm_num n;

    if (!t || !next || t->post_len != 0 || next->pre_len != 0)
        return 0;
    return money_head_at(c, i, &n) && is_scale_word(nrm_text(next));
}

int nrm_read_money_range(nrm_ctx *c, nrm_span t, int flags)
{
    nrm_num a, b;
    int scale_next;

    if (!parse_money_range(t, &a, &b))
        return 0;
    scale_next = (flags & NRM_WHOLE) && nrm_money_before_scale(c, c->i_tok);
    if (a.sign)
        nrm_say(c, a.sign == '-' ? "minus" : "plus");
    if (a.fp.len && !scale_next)
        nrm_read_money(c, &a, NULL, 0);     /* $1.50-2.50: both in full */
    else
        say_amount(c, &a);
    nrm_say(c, "to");
    nrm_read_money(c, &b, NULL, scale_next);
    return 1;
}

int nrm_read_scale_after_money(nrm_ctx *c, nrm_span t)
{
    nrm_num n;

    if (c->i_tok == 0 || !is_scale_word(t) || !nrm_money_before_scale(c, c->i_tok - 1))
        return 0;
    money_head_at(c, c->i_tok - 1, &n);
    nrm_say(c, scale_word_of(t));
    say_unit(c, &n, 1);
    return 1;
}
