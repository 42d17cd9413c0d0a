/* money.c - amounts of money: "$5", "$1.50", "$4.5 billion", "$4.5bn", "$5-10",
 * "US$5", "$ 5", "$30 bn", pounds, euros, yen, rupees ("Rs.500", "Rs 5 crore"),
 * cents, ISO codes apart ("USD 5", "100 CHF", "US $5"), "$20-million", and the
 * currencies of exchange rates ("84/$" per dollar, "EUR/USD" euro dollar).
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
 * a row: its written form (UTF-8 symbol or code), the unit singular and plural,
 * the sub-unit singular and plural (NULL if none is spoken), and the words said
 * before the unit (NULL if none; spelled letter by letter if in capitals, "US").
 * Codes in capitals (ISO 4217) count written apart from the amount too, before
 * or after it: "USD 5 million", "40,000 CHF" (see nrm_money_apart and
 * nrm_read_currency_code). */
static const struct currency {
    const char *sym;
    const char *one, *many;
    const char *sub_one, *sub_many;
    const char *pre;
} currencies[] = {
    { "$", "dollar", "dollars", "cent", "cents", NULL },
    { "\xc2\xa3", "pound", "pounds", "penny", "pence", NULL },     /* pound sign */
    { "\xe2\x82\xac", "euro", "euros", "cent", "cents", NULL },    /* euro sign */
    { "\xc2\xa5", "yen", "yen", NULL, NULL, NULL },                /* yen sign */
    { "\xe2\x82\xb9", "rupee", "rupees", NULL, NULL, NULL },       /* rupee sign */
    { "\xc2\xa2", "cent", "cents", NULL, NULL, NULL },             /* cent sign */
    { "R$", "real", "reais", "centavo", "centavos", "brazilian" },  /* Brazilian real */
    { "NT$", "dollar", "dollars", NULL, NULL, "new taiwan" },
    { "Rs.", "rupee", "rupees", NULL, NULL, NULL },                /* attached: "Rs.500" */
    { "Rs", "rupee", "rupees", NULL, NULL, NULL },
    { "\xe2\x82\xa9", "won", "won", NULL, NULL, NULL },           /* won sign */
    { "\xe2\x82\xbd", "ruble", "rubles", NULL, NULL, NULL },      /* ruble sign */
    { "\xe2\x82\xb1", "peso", "pesos", NULL, NULL, NULL },        /* peso sign */
    { "\xe2\x82\xaa", "shekel", "shekels", NULL, NULL, NULL },    /* shekel sign */
    { "\xe2\x82\xba", "lira", "lira", NULL, NULL, NULL },         /* lira sign */
    { "\xe2\x82\xa6", "naira", "naira", NULL, NULL, NULL },       /* naira sign */
    { "\xe2\x82\xb4", "hryvnia", "hryvnias", NULL, NULL, NULL },  /* hryvnia sign */
    { "\xe2\x82\xab", "dong", "dong", NULL, NULL, NULL },         /* dong sign */
    { "\xe0\xb8\xbf", "baht", "baht", NULL, NULL, NULL },         /* baht sign */
    { "GH\xe2\x82\xb5", "cedi", "cedis", NULL, NULL, "ghanaian" }, /* "GH\xe2\x82\xb5""20" */
    { "\xe2\x82\xb5", "cedi", "cedis", NULL, NULL, "ghanaian" },   /* cedi sign */
    { "E\xc2\xa3", "pound", "pounds", NULL, NULL, "egyptian" },    /* "E\xc2\xa3""3 trillion" */
    /* letters before the amount in the news of their countries: "Rp 50,000",
     * "RM 2.50", "Ksh 100", "SFr 5,000", "Dh5 billion", "S/ 500", "Tk 500"; pesos
     * marked like dollars, "Mex$ 500", "Arg$ 1,000" */
    { "Rp", "rupiah", "rupiah", NULL, NULL, NULL },
    { "RM", "ringgit", "ringgit", "sen", "sen", NULL },
    { "Ksh", "shilling", "shillings", NULL, NULL, "kenyan" },
    { "KSh", "shilling", "shillings", NULL, NULL, "kenyan" },
    { "SFr", "franc", "francs", NULL, NULL, "swiss" },
    { "Tk", "taka", "taka", NULL, NULL, NULL },                /* Bangladesh: "Tk 500" */
    { "Mex$", "peso", "pesos", "centavo", "centavos", "mexican" },
    { "MX$", "peso", "pesos", "centavo", "centavos", "mexican" },
    { "Arg$", "peso", "pesos", NULL, NULL, "argentine" },
    { "Col$", "peso", "pesos", NULL, NULL, "colombian" },
    { "Dhs", "dirham", "dirhams", NULL, NULL, NULL },
    { "Dh", "dirham", "dirhams", NULL, NULL, NULL },
    { "S/", "sol", "soles", NULL, NULL, "peruvian" },
    /* ISO codes */
    { "USD", "dollar", "dollars", "cent", "cents", "US" },
    { "EUR", "euro", "euros", "cent", "cents", NULL },
    { "GBP", "pound", "pounds", "penny", "pence", NULL },
    { "JPY", "yen", "yen", NULL, NULL, NULL },
    { "CNY", "yuan", "yuan", NULL, NULL, NULL },
    { "RMB", "yuan", "yuan", NULL, NULL, NULL },
    { "INR", "rupee", "rupees", NULL, NULL, "indian" },
    { "PKR", "rupee", "rupees", NULL, NULL, "pakistani" },
    { "LKR", "rupee", "rupees", NULL, NULL, "sri lankan" },
    { "NPR", "rupee", "rupees", NULL, NULL, "nepalese" },
    { "CHF", "franc", "francs", NULL, NULL, "swiss" },
    { "CAD", "dollar", "dollars", "cent", "cents", "canadian" },
    { "AUD", "dollar", "dollars", "cent", "cents", "australian" },
    { "NZD", "dollar", "dollars", "cent", "cents", "new zealand" },
    { "HKD", "dollar", "dollars", "cent", "cents", "hong kong" },
    { "SGD", "dollar", "dollars", "cent", "cents", "singapore" },
    { "TWD", "dollar", "dollars", NULL, NULL, "taiwan" },
    { "SEK", "krona", "kronor", NULL, NULL, "swedish" },
    { "NOK", "krone", "kroner", NULL, NULL, "norwegian" },
    { "DKK", "krone", "kroner", NULL, NULL, "danish" },
    { "ISK", "krona", "kronur", NULL, NULL, "icelandic" },
    { "RUB", "ruble", "rubles", NULL, NULL, NULL },
    { "UAH", "hryvnia", "hryvnias", NULL, NULL, NULL },
    { "PLN", "zloty", "zlotys", NULL, NULL, NULL },
    { "CZK", "koruna", "korunas", NULL, NULL, "czech" },
    { "HUF", "forint", "forints", NULL, NULL, NULL },
    { "BRL", "real", "reais", "centavo", "centavos", "brazilian" },
    { "MXN", "peso", "pesos", "centavo", "centavos", "mexican" },
    { "ARS", "peso", "pesos", NULL, NULL, "argentine" },
    { "ZAR", "rand", "rand", "cent", "cents", "south african" },
    { "KRW", "won", "won", NULL, NULL, "south korean" },
    { "NGN", "naira", "naira", NULL, NULL, NULL },
    { "KES", "shilling", "shillings", NULL, NULL, "kenyan" },
    { "EGP", "pound", "pounds", NULL, NULL, "egyptian" },
    { "AED", "dirham", "dirhams", NULL, NULL, "UAE" },
    { "SAR", "riyal", "riyals", NULL, NULL, "saudi" },
    { "ILS", "shekel", "shekels", NULL, NULL, NULL },
    { "THB", "baht", "baht", NULL, NULL, NULL },
    { "VND", "dong", "dong", NULL, NULL, NULL },
    { "IDR", "rupiah", "rupiah", NULL, NULL, NULL },
    { "MYR", "ringgit", "ringgit", "sen", "sen", NULL },
    { "GHS", "cedi", "cedis", NULL, NULL, "ghanaian" },
    { "QAR", "riyal", "riyals", NULL, NULL, "qatari" },
    { "KWD", "dinar", "dinars", NULL, NULL, "kuwaiti" },
    { "BHD", "dinar", "dinars", NULL, NULL, "bahraini" },
    { "JOD", "dinar", "dinars", NULL, NULL, "jordanian" },
    { "OMR", "rial", "rials", NULL, NULL, "omani" },
    { "CLP", "peso", "pesos", NULL, NULL, "chilean" },
    { "BDT", "taka", "taka", NULL, NULL, NULL },
    { "KZT", "tenge", "tenge", NULL, NULL, NULL },
    { "ETB", "birr", "birr", NULL, NULL, NULL },
    { "TZS", "shilling", "shillings", NULL, NULL, "tanzanian" },
    { "UGX", "shilling", "shillings", NULL, NULL, "ugandan" },
    { "BTC", "bitcoin", "bitcoin", NULL, NULL, NULL },
    { "ETH", "ether", "ether", NULL, NULL, NULL },
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
    { "mil", "million" },                       /* listings: "$1.8 mil." */
    { "cr", "crore" },                          /* Indian papers: "Rs 500 cr", "\xe2\x82\xb9""1,200cr" */
};

/* Scale words written as their own token after an amount ("$4.5 billion"). */
static const char *const scale_words[] = { "thousand", "million", "billion", "trillion", "lakh",
                                            "lakhs", "crore", "crores", NULL };

/* Currency symbol at s: table index (its length in *used), or -1. The longest
 * row written there wins ("RMB" over "RM"). */
static int match_currency(const char *s, size_t len, size_t *used)
{
    size_t i;
    int best = -1;

    for (i = 0; i < COUNT(currencies); i++) {
        if (nrm_has_prefix(s, len, currencies[i].sym)
            && (best < 0 || strlen(currencies[i].sym) > *used)) {
            *used = strlen(currencies[i].sym);
            best = (int)i;
        }
    }
    return best;
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
    /* every currency starts with "$", an upper-case letter or a non-ASCII byte */
    if (len == 0 || ((unsigned char)s[0] < 0x80 && s[0] != '$' && !nrm_is_upper(s[0]))) {
        *code = -1;
        return -1;
    }
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

/* Words said before a currency's unit: spelled if in capitals ("US"). */
static void say_pre(nrm_ctx *c, const char *pre)
{
    if (nrm_is_upper(pre[0]))
        nrm_spell(c, (nrm_span){ pre, strlen(pre) });
    else
        nrm_say(c, pre);
}

static void say_unit(nrm_ctx *c, const nrm_num *n, int plural)
{
    const struct currency *cu = &currencies[n->cur];

    if (cu->pre)
        say_pre(c, cu->pre);
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
 * the units and the cents (as no "and" sits inside numbers). Before a noun
 * both are singular: "a $3.50 coffee", a three dollar fifty cent coffee. */
static void say_units_and_cents(nrm_ctx *c, const nrm_num *n, int attributive)
{
    const struct currency *cu = &currencies[n->cur];
    unsigned long long cents = nrm_value(n->fp) * (n->fp.len == 1 ? 10 : 1);
    int has_units = nrm_n_digits(n->ip) > 0 && nrm_value(n->ip) != 0;

    if (has_units || cents == 0) {
        if (nrm_n_digits(n->ip) > 0)
            nrm_say_int(c, n->ip, NRM_CARD);
        else
            nrm_say(c, "zero");
        say_unit(c, n, !is_one(n->ip) && !attributive);
    }
    if (cents == 0)
        return;
    nrm_say_value(c, cents, NRM_CARD);
    nrm_say(c, cents == 1 || attributive ? cu->sub_one : cu->sub_many);
}

/* The amount without the zeros that end its decimals, for a currency whose
 * sub-unit is not said: "CHF 3.50", three point five swiss francs; or with
 * more than two decimals: "$1.2650", one point two six five dollars. */
static nrm_num without_trailing_zeros(const nrm_num *n)
{
    nrm_num m = *n;

    if ((!currencies[n->cur].sub_one && m.fp.len == 2) || m.fp.len > 2)
        while (m.fp.len > 0 && m.fp.s[m.fp.len - 1] == '0')
            m.fp.len--;
    return m;
}

/* 1 if the amount is the first part of a hyphenated adjective, "$100-a-barrel
 * oil", "$20-per-share": the unit is then singular. */
static int before_hyphen_word(const nrm_ctx *c, const nrm_num *n)
{
    nrm_span tail = nrm_num_tail(c, n);
    const nv_ntok *next = nrm_next(c);

    static const char *const not_nouns[] = { "a", "an", "per", "each", "in", "for", "to",
                                             "and", "or", "on", "at", NULL };

    if (nrm_eq(tail, "-plus") && tail.s + tail.len == c->tok[c->i_tok].text + c->tok[c->i_tok].len
        && !(next && c->tok[c->i_tok].post_len == 0 && nrm_is_lower(next->text[0])
             && nrm_find(nrm_text(next), not_nouns, 0) < 0))
        return 0;                               /* "earning $400,000-plus.": dollars plus */
    if (nrm_eq(tail, "-ish"))
        return 0;                               /* "$5-ish": five dollars ish */
    return tail.len >= 2 && tail.s[0] == '-' && nrm_is_alpha(tail.s[1]);
}

void nrm_read_money(nrm_ctx *c, const nrm_num *amount, const char *scale, int scale_next)
{
    nrm_num trimmed = without_trailing_zeros(amount);
    const nrm_num *n = &trimmed;
    size_t first = c->i_tok;

    if (first > 0 && nrm_money_word_silent(c, first - 1))
        first--;                                /* "a Rs 500 note": the currency first */

    if (scale_next) {
        say_amount(c, n);       /* the scale word's token says "billion dollars" */
        return;
    }
    if (scale) {
        say_amount(c, n);
        nrm_say(c, scale);
        say_unit(c, n, !nrm_attributive(c, first, c->i_tok));
        return;
    }
    if (n->fp.len >= 1 && n->fp.len <= 2 && currencies[n->cur].sub_one) {
        say_units_and_cents(c, n, nrm_attributive(c, first, c->i_tok));
        return;
    }
    say_amount(c, n);
    say_unit(c, n, (n->fp.len > 0 || !is_one(n->ip)) && !nrm_attributive(c, first, c->i_tok)
                   && !before_hyphen_word(c, n));
}

/* Length of a rate written on to a scale word after an amount: "-a-year" in
 * "$1 million-a-year job", "-per-game"; 0 if none. */
static size_t scale_rate_tail(nrm_span t)
{
    static const char *const rate_links[] = { "-a-", "-an-", "-per-", NULL };
    const char *dash = memchr(t.s, '-', t.len);
    size_t at, k;

    if (!dash || dash == t.s)
        return 0;
    at = (size_t)(dash - t.s);
    for (k = 0; rate_links[k]; k++) {
        size_t n = strlen(rate_links[k]), j;
        if (!nrm_has_prefix(dash, t.len - at, rate_links[k]) || at + n >= t.len)
            continue;
        for (j = at + n; j < t.len && nrm_is_lower(t.s[j]); j++)
            ;
        if (j == t.len)
            return t.len - at;
    }
    return 0;
}

/* The scale word written as token t after an amount: "billion", or a scale
 * abbreviation ("$30 bn", "$30 b"; not the one-letter "t", a ton); NULL if none. */
static const char *scale_word_of(nrm_span t)
{
    int i;

    if (t.len > 5 && nrm_eq((nrm_span){ t.s + t.len - 5, 5 }, "-plus"))
        t.len -= 5;                             /* "$1 billion-plus" */
    t.len -= scale_rate_tail(t);                /* "$1 million-a-year" */
    i = nrm_find(t, scale_words, 1);

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

    if (t.len > 1 && (t.s[0] == '~' || t.s[0] == '>')) {
        t.s++;                                  /* "~$4.5": approximately; ">$5": greater than */
        t.len--;
    } else if (t.len > 3 && nrm_has_prefix(t.s, t.len, "\xe2\x89\x88")) {
        t.s += 3;
        t.len -= 3;
    }

    if (nrm_num_parse(t, n) && n->cur >= 0 && (n->rest.len == 0 || nrm_eq(n->rest, "+")))
        return 1;                               /* "$5+ million": words.c reads the plus */
    return parse_money_range(t, n, &b);
}

/* Index of the currency written as the whole of token t ("$", "USD", "Rs."), or
 * -1. Letters count only as an ISO code in capitals or as "Rs". */
static int currency_token(const nv_ntok *t)
{
    size_t used;
    int code, cur;

    if (!t || t->len == 0)
        return -1;
    cur = nrm_currency_at(t->text, t->len, &used, &code);
    if (cur < 0 || used != t->len)
        return -1;
    if (nrm_is_alpha(t->text[0])) {
        if (t->post_len != 0 && !(nrm_eq(nrm_text(t), "Rs") && nrm_post_dot(t)
                                  && t->post_len == 1))
            return -1;
    } else if (t->post_len != 0) {
        return -1;
    }
    return cur;
}

/* 1 if t is a plain amount that can take a currency written apart: "5",
 * "4.5", "30bn"; not a range, a code or a signed number. */
static int plain_amount(const nv_ntok *t)
{
    nrm_num n;

    return t && nrm_num_parse(nrm_text(t), &n) && n.cur < 0 && !n.sign
        && (n.rest.len == 0 || nrm_scale_suffix(n.rest) != NULL
            || (n.rest.len > 1 && n.rest.s[0] == '-'   /* "Rs 1,000-crore project" */
                && nrm_find((nrm_span){ n.rest.s + 1, n.rest.len - 1 }, scale_words, 1) >= 0));
}

int nrm_currency_alone(const nrm_ctx *c, size_t i)
{
    const nv_ntok *next = nrm_tok(c, i + 1);

    return currency_token(nrm_tok(c, i)) >= 0 && next && next->pre_len == 0
        && plain_amount(next);
}

static int code_token(const nrm_ctx *c, size_t i);

/* A currency code written after an amount ("100 USD", "5 million EUR") for the
 * amount in token i: its index, or -1. */
static int currency_after(const nrm_ctx *c, size_t i)
{
    const nv_ntok *t = nrm_tok(c, i), *n1 = nrm_tok(c, i + 1), *code = n1;
    nrm_num n;

    if (!t || !n1 || t->post_len != 0 || n1->pre_len != 0 || !plain_amount(t)
        || (i > 0 && nrm_currency_alone(c, i - 1)))
        return -1;
    nrm_num_parse(nrm_text(t), &n);
    if (n.rest.len == 0 && is_scale_word(nrm_text(n1))) {
        code = nrm_tok(c, i + 2);
        if (n1->post_len != 0 || !code || code->pre_len != 0)
            return -1;
    }
    return code_token(c, (size_t)(code - c->tok));
}

/* Index of the ISO currency code ("USD") that is the whole of token i, or -1;
 * not one before an amount ("2010 EUR 5"), which that amount takes. */
static int code_token(const nrm_ctx *c, size_t i)
{
    const nv_ntok *t = nrm_tok(c, i);
    size_t used;
    int code, cur;

    if (!t || t->len != 3 || !nrm_is_upper(t->text[0]) || nrm_currency_alone(c, i))
        return -1;
    cur = nrm_currency_at(t->text, t->len, &used, &code);
    return cur >= 0 && used == 3 ? cur : -1;
}

/* "US $5": a country code written apart before "$": its dollar_codes index for
 * the amount in token i, or -1. */
static int dollar_code_before(const nrm_ctx *c, size_t i)
{
    const nv_ntok *t = nrm_tok(c, i), *p = i > 0 ? nrm_tok(c, i - 1) : NULL;
    size_t k;

    if (!t || !p || p->post_len != 0 || t->pre_len != 0 || t->len < 2 || t->text[0] != '$'
        || !nrm_is_digit(t->text[1]))
        return -1;
    for (k = 0; k < COUNT(dollar_codes); k++)
        if (strlen(dollar_codes[k].code) >= 2 && nrm_eq(nrm_text(p), dollar_codes[k].code))
            return (int)k;
    return -1;
}

void nrm_money_apart(const nrm_ctx *c, size_t i, nrm_num *n)
{
    const nv_ntok *p = i > 0 ? nrm_tok(c, i - 1) : NULL;
    size_t used;

    if (n->cur < 0 && !n->sign && p && nrm_currency_alone(c, i - 1))
        n->cur = nrm_currency_at(p->text, p->len, &used, &n->code);    /* "$ 5", "USD 5" */
    else if (n->cur == CUR_DOLLAR && n->code < 0)
        n->code = dollar_code_before(c, i);     /* "US $5" */
}

int nrm_money_word_silent(const nrm_ctx *c, size_t i)
{
    return nrm_currency_alone(c, i) || dollar_code_before(c, i + 1) >= 0;
}

int nrm_currency_after_amount(const nrm_ctx *c, size_t i)
{
    return currency_after(c, i);
}

int nrm_is_currency_name(nrm_span t)
{
    size_t used;
    int code;

    return t.len > 0 && nrm_currency_at(t.s, t.len, &used, &code) >= 0 && used == t.len
        && code < 0 && (!nrm_is_alpha(t.s[0]) || (t.len == 3 && nrm_is_upper(t.s[1])
                                                   && nrm_is_upper(t.s[2])));
}

void nrm_say_currency_name(nrm_ctx *c, nrm_span t)
{
    size_t used;
    int code, cur = nrm_currency_at(t.s, t.len, &used, &code);

    if (cur >= 0)
        nrm_say(c, currencies[cur].one);
}

int nrm_read_currency_pair(nrm_ctx *c, nrm_span t)
{
    nrm_span a, b;

    if (!nrm_split_at(t, '/', &a, &b) || !nrm_is_currency_name(a) || !nrm_is_currency_name(b))
        return 0;
    nrm_say_currency_name(c, a);
    nrm_say_currency_name(c, b);
    return 1;
}

int nrm_read_currency_code(nrm_ctx *c, nrm_span t)
{
    size_t i = c->i_tok, amount;
    int cur = -1;
    nrm_num n;

    (void)t;
    if (i >= 1 && (cur = currency_after(c, i - 1)) >= 0 && code_token(c, i) == cur)
        amount = i - 1;
    else if (i >= 2 && (cur = currency_after(c, i - 2)) >= 0 && code_token(c, i) == cur)
        amount = i - 2;
    else
        return 0;
    nrm_num_parse(nrm_text(nrm_tok(c, amount)), &n);
    n.cur = cur;
    n.code = -1;
    say_unit(c, &n, !(amount == i - 1 && n.rest.len == 0 && n.fp.len == 0 && is_one(n.ip)));
    return 1;
}

/* The amount after a scale word and a hyphen, the upper end of a range of
 * amounts: "million-$10" of "$5 million-$10 million". The scale word in *scale. */
static int scale_range_tail(nrm_span t, nrm_num *n, const char **scale)
{
    const char *dash = memchr(t.s, '-', t.len);
    nrm_span r;
    int k;

    if (!dash || dash == t.s)
        return 0;
    if ((k = nrm_find((nrm_span){ t.s, (size_t)(dash - t.s) }, scale_words, 1)) < 0)
        return 0;
    r.s = dash + 1;
    r.len = t.len - (size_t)(dash - t.s) - 1;
    if (r.len == 0 || !nrm_num_parse(r, n) || n->rest.len != 0 || n->sign)
        return 0;
    *scale = scale_words[k];
    return 1;
}

static int money_before_scale_range(const nrm_ctx *c, size_t i);

/* An amount in accounts' parentheses, a negative: token i written "$(3.2)"
 * (text "$(3.2", ")" after it), or "$(3.5 million)". n gets the amount and
 * its currency. */
static int paren_money(const nrm_ctx *c, size_t i, nrm_num *n)
{
    const nv_ntok *t = nrm_tok(c, i), *next = nrm_tok(c, i + 1);
    size_t used;
    int cur, code;

    if (!t || (t->post_len == 0 ? !(next && next->pre_len == 0 && next->post_len > 0
                                    && next->post[0] == ')' && is_scale_word(nrm_text(next)))
                                : t->post[0] != ')')
        || (cur = nrm_currency_at(t->text, t->len, &used, &code)) < 0
        || used + 1 >= t->len || t->text[used] != '('
        || !nrm_num_parse((nrm_span){ t->text + used + 1, t->len - used - 1 }, n)
        || n->cur >= 0 || n->sign || n->rest.len != 0)
        return 0;
    n->cur = cur;
    n->code = code;
    return 1;
}

/* Words before a negative amount that say it is one already: "a loss of
 * $(3.2) million" is not read "minus". Lower case. */
static const char *const loss_words[] = {
    "loss", "losses", "lost", "lose", "loses", "losing", "deficit", "deficits", "shortfall",
    "outflow", "outflows", "negative", "writedown", "write-down", "impairment", "debit", NULL
};

int nrm_read_paren_money(nrm_ctx *c, nrm_span t, int flags)
{
    const nv_ntok *cur = &c->tok[c->i_tok];
    nrm_num n;
    size_t k;
    int said = 0;

    if (!(flags & NRM_WHOLE) || t.s != cur->text || t.len != cur->len
        || !paren_money(c, c->i_tok, &n))
        return 0;
    for (k = c->i_tok; k > 0 && k + 3 > c->i_tok; k--)
        said |= nrm_find(nrm_text(nrm_tok(c, k - 1)), loss_words, 1) >= 0;
    if (!said)
        nrm_say(c, "minus");                    /* "net change of $(0.45)" */
    nrm_read_money(c, &n, NULL, nrm_money_before_scale(c, c->i_tok));
    return 1;
}

/* money_head of token i, or a plain number with a currency written apart. */
static int money_head_at(const nrm_ctx *c, size_t i, nrm_num *n)
{
    const nv_ntok *t = nrm_tok(c, i);
    const char *scale;

    if (!t)
        return 0;
    if (paren_money(c, i, n))
        return 1;                               /* "$(3.2) million" */
    if (i > 0 && t->pre_len == 0 && scale_range_tail(nrm_text(t), n, &scale)
        && money_before_scale_range(c, i - 1)) {
        nrm_num first;
        money_head_at(c, i - 1, &first);        /* "million-10": the first amount's currency */
        if (n->cur < 0 || n->cur == first.cur) {
            n->cur = first.cur;
            n->code = first.code;
            return 1;
        }
    }
    if (money_head(nrm_text(t), n)) {
        nrm_money_apart(c, i, n);
        return 1;
    }
    if (!nrm_num_parse(nrm_text(t), n) || n->rest.len)
        return 0;
    nrm_money_apart(c, i, n);
    return n->cur >= 0;
}

/* 1 if token i is an amount of money and the next one a scale word joined by a
 * hyphen to a second amount: "$5 million-$10 million". */
static int money_before_scale_range(const nrm_ctx *c, size_t i)
{
    const nv_ntok *t = nrm_tok(c, i), *next = nrm_tok(c, i + 1);
    nrm_num n, m;
    const char *scale;

    if (!t || !next || t->post_len != 0 || next->pre_len != 0
        || !scale_range_tail(nrm_text(next), &m, &scale))
        return 0;
    return money_head(nrm_text(t), &n) || (nrm_num_parse(nrm_text(t), &n) && !n.rest.len
                                           && (nrm_money_apart(c, i, &n), n.cur >= 0));
}

int nrm_money_before_scale(const nrm_ctx *c, size_t i)
{
    const nv_ntok *t = nrm_tok(c, i), *next = nrm_tok(c, i + 1);
    nrm_num n;

    if (!t || !next || next->pre_len != 0
        || (t->post_len != 0 && !(t->post_len == 1 && paren_money(c, i, &n))))
        return 0;
    if (money_before_scale_range(c, i))
        return 1;
    if (!money_head_at(c, i, &n))
        return 0;
    if (next->post_len == 0 && (nrm_eq(nrm_text(next), "to") || nrm_eq(nrm_text(next), "and")
                                || nrm_eq(nrm_text(next), "or"))) {
        const nv_ntok *second = nrm_tok(c, i + 2);
        nrm_num m;                              /* "$10 to $20 million": ten to twenty million dollars */
        return second && second->pre_len == 0 && money_head_at(c, i + 2, &m) && m.cur == n.cur
            && nrm_money_before_scale(c, i + 2);
    }
    return is_scale_word(nrm_text(next));
}

/* "$5.0-5.2B", "$1-2M": a range of money with a scale letter after its second
 * number; *scale receives the scale word. 0 if t is not one. */
static int parse_scaled_range(nrm_span t, nrm_num *a, nrm_num *b, const char **scale)
{
    nrm_span r;

    if (!nrm_num_parse(t, a) || a->cur < 0 || a->rest.len < 3 || a->rest.s[0] != '-')
        return 0;
    r.s = a->rest.s + 1;
    r.len = a->rest.len - 1;
    if (!nrm_num_parse(r, b) || b->rest.len == 0 || b->sign || b->cur >= 0 || b->code >= 0
        || (*scale = nrm_scale_suffix(b->rest)) == NULL)
        return 0;
    b->cur = a->cur;
    b->code = a->code;
    b->rest.len = 0;
    return 1;
}

int nrm_read_money_range(nrm_ctx *c, nrm_span t, int flags)
{
    nrm_num a, b;
    int scale_next;
    const char *scale;

    if (!parse_money_range(t, &a, &b)) {
        if (!parse_scaled_range(t, &a, &b, &scale))
            return 0;
        if (a.sign)
            nrm_say(c, a.sign == '-' ? "minus" : "plus");
        say_amount(c, &a);                      /* $5.0-5.2B: five point zero to five */
        nrm_say(c, nrm_range_word(c, c->i_tok)); /* point two billion dollars */
        nrm_read_money(c, &b, scale, 0);
        return 1;
    }
    scale_next = (flags & NRM_WHOLE) && nrm_money_before_scale(c, c->i_tok);
    if (a.sign)
        nrm_say(c, a.sign == '-' ? "minus" : "plus");
    if (a.fp.len && !scale_next)
        nrm_read_money(c, &a, NULL, 0);     /* $1.50-2.50: both in full */
    else
        say_amount(c, &a);
    nrm_say(c, nrm_range_word(c, c->i_tok));
    nrm_read_money(c, &b, NULL, scale_next);
    return 1;
}

int nrm_read_money_compound(nrm_ctx *c, nrm_span t)
{
    nrm_num n;
    nrm_span r;
    int k;

    if (!nrm_num_parse(t, &n) || n.rest.len < 2 || n.rest.s[0] != '-')
        return 0;
    if (n.cur < 0 && t.s == c->tok[c->i_tok].text && t.len == c->tok[c->i_tok].len)
        nrm_money_apart(c, c->i_tok, &n);       /* "Rs 1,000-crore" */
    if (n.cur < 0)
        return 0;
    r.s = n.rest.s + 1;
    r.len = n.rest.len - 1;
    if ((k = nrm_find(r, scale_words, 1)) < 0)
        return 0;
    if (n.sign)
        nrm_say(c, n.sign == '-' ? "minus" : "plus");
    say_amount(c, &n);
    nrm_say(c, scale_words[k]);
    say_unit(c, &n, 0);
    return 1;
}

int nrm_read_scale_after_money(nrm_ctx *c, nrm_span t)
{
    const nv_ntok *cur = &c->tok[c->i_tok], *next = nrm_next(c);
    size_t first = c->i_tok;
    nrm_num n;
    int plus;

    if (c->i_tok > 0 && t.s == cur->text && t.len == cur->len && money_head_at(c, c->i_tok, &n)
        && money_before_scale_range(c, c->i_tok - 1)) {
        const char *scale = NULL;
        nrm_num m;
        scale_range_tail(t, &m, &scale);
        nrm_say(c, scale);                      /* $5 million-$10 million */
        nrm_say(c, nrm_range_word(c, c->i_tok));
        if (next && cur->post_len == 0 && next->pre_len == 0 && is_scale_word(nrm_text(next))) {
            nrm_read_money(c, &n, NULL, 1);     /* the scale word after says the unit */
            return 1;
        }
        nrm_read_money(c, &n, scale, 0);        /* $5-10 million written "$5 million-10" */
        return 1;
    }
    if (c->i_tok == 0 || !is_scale_word(t))
        return 0;
    /* "\xe2\x82\xb9""1.5 lakh crore": scale words in a row, the last says the unit */
    while (first >= 2 && is_scale_word(nrm_text(nrm_tok(c, first - 1)))
           && nrm_tok(c, first - 1)->post_len == 0 && nrm_tok(c, first - 1)->pre_len == 0
           && nrm_tok(c, first)->pre_len == 0)
        first--;
    if (!nrm_money_before_scale(c, first - 1))
        return 0;
    money_head_at(c, first - 1, &n);
    plus = nrm_tok(c, first - 1)->text[nrm_tok(c, first - 1)->len - 1] == '+';
    nrm_say(c, scale_word_of(t));
    if (next && cur->post_len == 0 && next->pre_len == 0 && is_scale_word(nrm_text(next)))
        return 1;
    if (first >= 2 && money_before_scale_range(c, first - 2))
        first--;                                /* a $5 million-$10 million loan */
    if (first >= 2 && nrm_money_word_silent(c, first - 2))
        first--;                                /* a USD 5 million loan */
    say_unit(c, &n, !scale_rate_tail(t)         /* a $1 million-a-year job */
                    && !nrm_attributive(c, first - 1, c->i_tok));   /* a $5 million loan */
    if (plus || (t.len > 5 && nrm_eq((nrm_span){ t.s + t.len - 5, 5 }, "-plus")))
        nrm_say(c, "plus");                     /* a $1 billion-plus deal, "$5+ million" */
    if (scale_rate_tail(t))                     /* a $1 million-a-year job */
        nrm_read_piece(c, (nrm_span){ t.s + t.len - scale_rate_tail(t) + 1,
                                      scale_rate_tail(t) - 1 }, 0);
    return 1;
}
