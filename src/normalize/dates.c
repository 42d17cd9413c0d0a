/* dates.c - months, dates, times of day, fractions, and the year/count decision.
 *
 * Reads: a token's text and its neighbours. Writes: words through emit.c:
 * "Sept." september (before a day or where a month is expected), "Sept. 21"
 * september twenty first (the day itself is read by quantity.c, which asks
 * nrm_after_month), "9/21/2025" september twenty first twenty twenty five,
 * "2025/09/21" likewise, "21/09/2025" and "2025-09-21" the twenty first of
 * september twenty twenty five,
 * "10:05" ten oh five, "3/4" three quarters. A date like 05/09/2025 is read
 * month first (US). Time zones (ET) are left to the acronym reader.
 */
#include "nrm.h"

#include <string.h>

/* The months. abbr: AP abbreviations, matched without their period (ingest puts
 * it in post), in either capitalised or upper-case spelling. ambiguous: the
 * abbreviation is also a common name or word (Jan, Mar), so it is expanded only
 * before a number or after a date preposition. */
static const struct month {
    const char *full;
    const char *abbr[2];
    int ambiguous;
} months[12] = {
    { "january", { "jan", NULL }, 1 },  { "february", { "feb", NULL }, 0 },
    { "march", { "mar", NULL }, 1 },    { "april", { "apr", NULL }, 0 },
    { "may", { NULL, NULL }, 0 },       { "june", { "jun", NULL }, 1 },
    { "july", { "jul", NULL }, 1 },     { "august", { "aug", NULL }, 0 },
    { "september", { "sept", "sep" }, 0 }, { "october", { "oct", NULL }, 0 },
    { "november", { "nov", NULL }, 0 }, { "december", { "dec", NULL }, 0 },
};

/* Words after which an ambiguous month abbreviation is a month: "in Jan.". */
static const char *const month_preps[] = {
    "in", "of", "since", "by", "until", "till", "from", "through", "before", "after",
    "during", "early", "late", "mid", "last", "next", "this", "on", NULL
};

/* Nouns that make a preceding 4-digit number a count ("1500 people"), not a year.
 * To add one, append it (lower case) before NULL. */
static const char *const count_nouns[] = {
    "people", "persons", "troops", "soldiers", "residents", "workers", "employees",
    "jobs", "students", "children", "kids", "men", "women", "families", "households",
    "homes", "houses", "cases", "deaths", "votes", "voters", "points", "miles", "feet",
    "yards", "meters", "metres", "kilometers", "km", "acres", "tons", "tonnes", "pounds",
    "dollars", "euros", "percent", "times", "units", "members", "patients", "victims",
    "refugees", "migrants", "officers", "police", "firefighters", "years", "days",
    "hours", "minutes", "seconds", "weeks", "months", "cars", "vehicles", "flights",
    "passengers", "copies", "words", "pages", "companies", "businesses", "schools",
    "calories", "degrees", "shares", "barrels", "gallons", "liters", "doses", "tests",
    "beds", "protesters", "civilians", "fighters", "prisoners", "inmates",
    "immigrants", "users", "customers", "visitors", "fans", "participants",
    "athletes", "delegates", "seats", "rooms", "square", "more", "other", "others",
    "viewers", "listeners", "readers", "subscribers", "followers", "downloads",
    "tourists", "travelers", "travellers", "shoppers", "consumers", "buyers", "investors",
    "pupils", "teachers", "nurses", "doctors", "accounts", "devices", "phones",
    "computers", "tickets", "books", "albums", "animals", "birds", "trees", "sheep",
    "cattle", "packages", "parcels", "meals", "views", "hits",
    "signatures", "applications", "claims", "complaints", "calls", "messages",
    NULL
};

int nrm_is_count_noun(nrm_span t)
{
    return nrm_find(t, count_nouns, 1) >= 0;
}

/* Full month names that are also common words: capitalised only. */
static const char *const month_words[] = { "may", "march", "august", NULL };

/* abbrev_ok: 0 full names only; 1 also abbreviations, capitalised ("Sept",
 * "SEPT"); 2 also lower-case ones ("sept"), for lower_abbrev_month. */
static const char *month_of(nrm_span t, int abbrev_ok, int *is_abbrev, int *ambiguous)
{
    size_t i, j;
    int cap = t.len > 0 && (nrm_is_upper(t.s[0]) || abbrev_ok == 2);

    if (t.len < 3)
        return NULL;
    for (i = 0; i < 12; i++) {
        if (nrm_ieq(t, months[i].full) && (cap || nrm_find(t, month_words, 1) < 0)) {
            *is_abbrev = 0;
            *ambiguous = 0;
            return months[i].full;
        }
        for (j = 0; abbrev_ok && cap && j < 2 && months[i].abbr[j]; j++) {
            if (nrm_ieq(t, months[i].abbr[j])) {
                *is_abbrev = 1;
                *ambiguous = months[i].ambiguous;
                return months[i].full;
            }
        }
    }
    return NULL;
}

const char *nrm_month(nrm_span t, int abbrev_ok)
{
    int a, amb;
    return month_of(t, abbrev_ok, &a, &amb);
}

static int starts_digit(const nv_ntok *t)
{
    return t && t->len > 0 && nrm_is_digit(t->text[0]);
}

/* A number token that can be a day of the month, 1 to 31 ("5", "25th"). */
static int day_token(const nv_ntok *t)
{
    size_t n = 0;

    if (!t || t->pre_len != 0)
        return 0;
    while (n < t->len && nrm_is_digit(t->text[n]))
        n++;
    if (n == 0 || n > 2 || !(n == t->len || (t->len == n + 2 && nrm_is_alpha(t->text[n]))))
        return 0;
    n = nrm_value((nrm_span){ t->text, n });
    return n >= 1 && n <= 31;
}

static int year_token(const nv_ntok *t);

/* The month of token i if it is a lower-case abbreviation inside a date: before
 * a day ("oct 5", "jan. 15", "jul 25 2012"), or after one with its period or
 * before a year ("25 sept.", "25 jul 2012"). An abbreviation that is also a
 * word or a name ("mar", "jan") needs its period or the year before a day:
 * "could mar 5 homes". Elsewhere it is left a word. NULL if not. */
static const char *lower_abbrev_month(const nrm_ctx *c, size_t i)
{
    const nv_ntok *t = nrm_tok(c, i), *prev = i > 0 ? nrm_tok(c, i - 1) : NULL;
    const nv_ntok *next = nrm_tok(c, i + 1);
    int is_abbrev = 0, ambiguous = 0;
    const char *full;

    if (!t || t->len == 0 || !nrm_is_lower(t->text[0]))
        return NULL;
    full = month_of(nrm_text(t), 2, &is_abbrev, &ambiguous);
    if (!full || !is_abbrev)
        return NULL;
    if (nrm_joined(t) && day_token(next) && t->pre_len == 0
        && (!ambiguous || nrm_post_dot(t)
            || (next->post_len <= 1 && year_token(nrm_tok(c, i + 2)))))
        return full;
    if (prev && prev->post_len == 0 && t->pre_len == 0 && day_token(prev)
        && (nrm_post_dot(t) || (t->post_len == 0 && year_token(next))))
        return full;
    return NULL;
}

int nrm_read_month_abbrev(nrm_ctx *c, nrm_span t)
{
    const nv_ntok *cur = &c->tok[c->i_tok], *prev = nrm_prev(c), *next = nrm_next(c);
    int is_abbrev = 0, ambiguous = 0, expand = 0;
    const char *full = month_of(t, 1, &is_abbrev, &ambiguous);

    if (!full && t.s == cur->text && t.len == cur->len && lower_abbrev_month(c, c->i_tok)) {
        nrm_say(c, lower_abbrev_month(c, c->i_tok));    /* jul 25 2012, 25 sept. */
        return 1;
    }
    if (!full || !is_abbrev)
        return 0;
    if (prev && prev->post_len == 0 && prev->len > 1 && prev->text[prev->len - 1] == '%')
        return 0;                               /* "7.1% APR.": a rate, no month */
    if (starts_digit(next) && nrm_joined(cur))
        expand = 1;                             /* Sept. 21, Aug 5 */
    else if (nrm_post_dot(cur) && !ambiguous)
        expand = 1;                             /* in Sept. */
    else if (nrm_post_dot(cur) && prev && prev->post_len == 0
             && nrm_find(nrm_text(prev), month_preps, 1) >= 0)
        expand = 1;                             /* since Jan. */
    else if (nrm_is_upper(t.s[0]) && prev && prev->post_len == 0 && prev->len <= 2
             && nrm_is_plain_number(nrm_text(prev)) && nrm_value(nrm_text(prev)) >= 1
             && nrm_value(nrm_text(prev)) <= 31)
        expand = 1;                             /* Mon 5 Mar, 12 Jun 2020 */
    if (expand)
        nrm_say(c, full);
    return expand;
}

/* "5-July", "5-Dec": a day, a hyphen and a month (the month of the next day in
 * "June 5-July 3"): the month's full name, the day in *day; NULL if t is not one. */
static const char *day_then_month(nrm_span t, unsigned *day)
{
    size_t i = 0;
    int is_abbrev = 0, ambiguous = 0;

    while (i < t.len && nrm_is_digit(t.s[i]))
        i++;
    if (i == 0 || i > 2 || i + 1 >= t.len || t.s[i] != '-')
        return NULL;
    *day = (unsigned)nrm_value((nrm_span){ t.s, i });
    if (*day < 1 || *day > 31)
        return NULL;
    return month_of((nrm_span){ t.s + i + 1, t.len - i - 1 }, 1, &is_abbrev, &ambiguous);
}

int nrm_read_month_range(nrm_ctx *c, nrm_span t)
{
    const nv_ntok *cur = &c->tok[c->i_tok], *next = nrm_next(c);
    unsigned day;
    const char *month = day_then_month(t, &day);

    if (!month || !nrm_after_month(c) || !nrm_joined(cur) || !next || next->pre_len != 0
        || next->len > 2 || !nrm_is_digit(next->text[0])
        || (next->len == 2 && !nrm_is_digit(next->text[1])))
        return 0;
    nrm_say_value(c, day, NRM_ORD);             /* June 5-July 3: june fifth to july third */
    nrm_say(c, nrm_range_word(c, c->i_tok));
    nrm_say(c, month);
    return 1;
}

/* A 4-digit year token standing alone: "2011", "2011,". */
static int year_token(const nv_ntok *t)
{
    size_t i;

    if (!t || t->pre_len != 0 || t->len != 4)
        return 0;
    for (i = 0; i < 4; i++)
        if (!nrm_is_digit(t->text[i]))
            return 0;
    return t->text[0] == '1' || t->text[0] == '2';
}

/* A lower-case "may", "march" or "august" (a word as often as a month) with
 * nothing attached after it. */
static int lower_month_word(const nv_ntok *t)
{
    return t && t->len > 0 && !nrm_is_upper(t->text[0]) && t->post_len == 0
        && nrm_find(nrm_text(t), month_words, 1) >= 0;
}

/* A lower-case month word is read as the month only inside a full date: day,
 * month and year ("14 march 2011") or month, day and year ("may 3, 2011"). */
static int lower_month_after(const nrm_ctx *c)
{
    const nv_ntok *prev = nrm_prev(c), *cur = &c->tok[c->i_tok], *next = nrm_next(c);

    return lower_month_word(prev) && cur->pre_len == 0
        && (cur->post_len == 0 || (cur->post_len == 1 && cur->post[0] == ','))
        && year_token(next);
}

int nrm_after_month(const nrm_ctx *c)
{
    const nv_ntok *prev = nrm_prev(c), *cur = &c->tok[c->i_tok];
    int is_abbrev = 0, ambiguous = 0;
    unsigned day;

    if (prev && cur->pre_len == 0 && c->i_tok >= 2 && day_then_month(nrm_text(prev), &day)
        && nrm_joined(prev)) {
        const nrm_ctx before = { .tok = c->tok, .n_tok = c->n_tok, .i_tok = c->i_tok - 1 };
        return nrm_after_month(&before);        /* June 5-July 3 */
    }
    if (lower_month_after(c))
        return 1;
    if (prev && cur->pre_len == 0 && lower_abbrev_month(c, c->i_tok - 1))
        return 1;                               /* jan. 15 */
    if (!prev || cur->pre_len != 0 || !month_of(nrm_text(prev), 1, &is_abbrev, &ambiguous))
        return 0;
    return prev->post_len == 0 || (is_abbrev && nrm_eq((nrm_span){ prev->post, prev->post_len }, "."));
}

int nrm_before_month(const nrm_ctx *c)
{
    const nv_ntok *next = nrm_next(c), *cur = &c->tok[c->i_tok];

    if (!next || cur->post_len != 0 || next->pre_len != 0)
        return 0;
    return nrm_month(nrm_text(next), 1) != NULL || lower_abbrev_month(c, c->i_tok + 1)
        || (lower_month_word(next) && year_token(nrm_tok(c, c->i_tok + 2)));
}

/* Words after which a number is a year even below 1100: "in 1066". */
static const char *const year_preps[] = {
    "in", "since", "by", "from", "until", "till", "before", "after", "during", NULL
};

/* Words of a life span or reign after which a number is a year even below
 * 1100, written with or without a period: "(d. 1087)", "(r. 1066-1087)",
 * "fl. 1050", "born 1040". */
static const char *const lifespan_words[] = {
    "b", "d", "r", "c", "ca", "fl", "circa", "born", "died", "reigned", "flourished", NULL
};

/* Eras written after a year ("2560 BC"); "AD" is also written before one. */
static const char *const eras[] = { "BC", "BCE", "B.C", "B.C.E", "AD", "A.D", "CE", "C.E", NULL };

int nrm_era_after(const nrm_ctx *c)
{
    const nv_ntok *cur = &c->tok[c->i_tok], *next = nrm_next(c);

    return next && cur->post_len == 0 && next->pre_len == 0
        && nrm_find(nrm_text(next), eras, 0) >= 0;
}

int nrm_era_around(const nrm_ctx *c)
{
    const nv_ntok *cur = &c->tok[c->i_tok], *prev = nrm_prev(c);

    return nrm_era_after(c)
        || (prev && prev->post_len == 0 && cur->pre_len == 0
            && (nrm_eq(nrm_text(prev), "AD") || nrm_eq(nrm_text(prev), "A.D")));
}

/* Words that join two years: "1066 or 1067", "from 1040 to 1057". */
static const char *const year_links[] = { "or", "and", "to", "until", "till", "through", NULL };

/* Currencies measured in a year's prices: "in 2019 dollars", "(in 2010 US dollars)". */
static const char *const currency_nouns[] = { "dollars", "euros", "pounds", "yen", "francs", NULL };

/* 1 if the current number follows "in" and comes before a currency noun (an
 * optional "US" between): the prices of that year. */
static int constant_currency(const nrm_ctx *c)
{
    const nv_ntok *cur = &c->tok[c->i_tok], *prev = nrm_prev(c), *next = nrm_next(c);

    if (!prev || !next || prev->post_len != 0 || cur->pre_len != 0 || cur->post_len != 0
        || !nrm_ieq(nrm_text(prev), "in"))
        return 0;
    if ((nrm_eq(nrm_text(next), "US") || nrm_eq(nrm_text(next), "U.S")) && next->post_len == 0)
        next = nrm_tok(c, c->i_tok + 2);
    return next && nrm_find(nrm_text(next), currency_nouns, 1) >= 0;
}

int nrm_year_context(const nrm_ctx *c, unsigned v)
{
    const nv_ntok *cur = &c->tok[c->i_tok], *next = nrm_next(c), *prev = nrm_prev(c);

    if (v >= 1000 && v <= 9999 && nrm_era_around(c))
        return 1;                               /* 2560 BC, AD 1066 */

    if (v >= 1900 && v <= 2099 && constant_currency(c))
        return 1;                               /* "in 2019 dollars": that year's money */
    if (next && cur->post_len == 0 && next->pre_len == 0
        && (nrm_find(nrm_text(next), count_nouns, 1) >= 0
            || (nrm_unit_find(nrm_text(next), 0) >= 0 && next->len >= 1
                && !(next->len == 1 && nrm_is_upper(next->text[0]))
                && !(prev && prev->post_len == 0
                     && nrm_find(nrm_text(prev), year_preps, 1) >= 0))))
        return 0;                               /* 1500 people, 1286 ha, 1286 m */
    if (v >= 1100 && v <= 2099)
        return 1;
    if (v < 1000 || v >= 1100 || !prev || cur->pre_len != 0)
        return 0;
    if (prev->post_len == 0 && nrm_find(nrm_text(prev), year_preps, 1) >= 0)
        return 1;                               /* in 1066 */
    if (nrm_joined(prev) && nrm_find(nrm_text(prev), lifespan_words, 1) >= 0)
        return 1;                               /* (d. 1087) */
    /* after a month, or a month and its day: "January 1077", "Oct. 14, 1066" */
    const nv_ntok *pp = c->i_tok >= 2 ? nrm_tok(c, c->i_tok - 2) : NULL;
    /* a second year joined to a first one close to it: "in 1066 or 1067" */
    if (prev->post_len == 0 && nrm_find(nrm_text(prev), year_links, 1) >= 0 && pp
        && pp->post_len == 0 && pp->len == 4 && nrm_is_plain_number(nrm_text(pp))) {
        unsigned long long v0 = nrm_value(nrm_text(pp));
        if (v0 >= 1000 && v0 < v && v - v0 < 100) {
            nrm_ctx at = *c;
            at.i_tok = c->i_tok - 2;
            if (nrm_year_context(&at, (unsigned)v0))
                return 1;
        }
    }
    if ((prev->post_len == 0 || nrm_post_dot(prev)) && nrm_month(nrm_text(prev), 1))
        return 1;
    return prev->post_len == 1 && prev->post[0] == ',' && prev->len <= 2
        && nrm_is_digit(prev->text[0]) && pp && pp->post_len <= 1
        && nrm_month(nrm_text(pp), 1) != NULL;
}

/* ---- fields ------------------------------------------------------------------ */

/* Up to max_fields runs of digits separated by sep, covering all of t. Returns the
 * number of fields, 0 if t is not of that shape. */
static size_t split_fields(nrm_span t, char sep, nrm_span *f, size_t max_fields)
{
    size_t n = 0, i = 0;

    while (n < max_fields) {
        size_t start = i;
        while (i < t.len && nrm_is_digit(t.s[i]))
            i++;
        if (i == start)
            return 0;
        f[n].s = t.s + start;
        f[n].len = i - start;
        n++;
        if (i == t.len)
            return n;
        if (t.s[i] != sep)
            return 0;
        i++;
    }
    return 0;
}

static unsigned field_value(nrm_span f)
{
    return (unsigned)nrm_value(f);
}

/* The year of a full date. Two digits (9/21/25) are the century a reader
 * assumes: 00-29 this one, 30-99 the last (12/7/41 is 1941). */
static void say_year(nrm_ctx *c, nrm_span year)
{
    unsigned v = field_value(year);
    if (year.len == 4)
        nrm_say_year(c, v, NRM_CARD);
    else if (year.len == 2)
        nrm_say_year(c, v < 30 ? 2000 + v : 1900 + v, NRM_CARD);
    else
        nrm_say_year2(c, v);
}

/* Month first, US style: september twenty first twenty twenty five. */
static void say_date(nrm_ctx *c, unsigned m, unsigned d, nrm_span year)
{
    nrm_say(c, months[m - 1].full);
    nrm_say_value(c, d, NRM_ORD);
    say_year(c, year);
}

/* Day first: the twenty first of september twenty twenty five. */
static void say_date_dmy(nrm_ctx *c, unsigned m, unsigned d, nrm_span year)
{
    nrm_say(c, "the");
    nrm_say_value(c, d, NRM_ORD);
    nrm_say(c, "of");
    nrm_say(c, months[m - 1].full);
    say_year(c, year);
}

static int valid_md(unsigned m, unsigned d)
{
    return m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

/* Words after which a date in a reference list is written: "Retrieved 2016-01". */
static const char *const citation_verbs[] = { "retrieved", "accessed", "archived", NULL };

/* 1 if the current token follows a citation's date verb ("Retrieved", "accessed
 * on", "Archived from the original on"), where "2016-01" is a year and month. */
static int after_citation_verb(const nrm_ctx *c)
{
    const nv_ntok *prev = nrm_prev(c), *before = nrm_tok(c, c->i_tok - 2);

    if (!prev || prev->post_len != 0 || c->tok[c->i_tok].pre_len != 0)
        return 0;
    if (nrm_find(nrm_text(prev), citation_verbs, 1) >= 0)
        return 1;
    return c->i_tok >= 2 && nrm_ieq(nrm_text(prev), "on") && before->post_len == 0
        && (nrm_find(nrm_text(before), citation_verbs, 1) >= 0
            || nrm_ieq(nrm_text(before), "original"));
}

/* 1 if the current token follows a word that names a version: "version 2023.10.05". */
static int after_version_word(const nrm_ctx *c)
{
    static const char *const version_words[] = { "version", "v", "ver", "release", "build",
                                                 "update", "firmware", NULL };
    const nv_ntok *prev = nrm_prev(c);

    return prev && prev->post_len <= 1 && nrm_find(nrm_text(prev), version_words, 1) >= 0;
}

/* 1 if f (numerator, denominator) is a fraction the fraction reader says:
 * proper, with a denominator of 2-10 or 16, 32, 64. */
static int common_fraction(const nrm_span f[2])
{
    unsigned num = field_value(f[0]), den = field_value(f[1]);

    return num < den && (den <= 10 || den == 16 || den == 32 || den == 64);
}

/* "3/1-3/5", "12/24-1/2": a range of two slashed months and days, one of which
 * is no common fraction ("1/4-1/2" stays a range of fractions): march first to
 * march fifth. 0 if t is not one. */
static int read_short_date_range(nrm_ctx *c, nrm_span t)
{
    const char *dash = memchr(t.s, '-', t.len);
    nrm_span a[2], b[2], h[2];

    if (!dash)
        return 0;
    h[0] = (nrm_span){ t.s, (size_t)(dash - t.s) };
    h[1] = (nrm_span){ dash + 1, t.len - h[0].len - 1 };
    if (split_fields(h[0], '/', a, 2) != 2
        || split_fields(h[1], '/', b, 2) != 2 || a[0].len > 2 || a[1].len > 2 || b[0].len > 2
        || b[1].len > 2 || !valid_md(field_value(a[0]), field_value(a[1]))
        || !valid_md(field_value(b[0]), field_value(b[1]))
        || (common_fraction(a) && common_fraction(b)))
        return 0;
    nrm_say(c, months[field_value(a[0]) - 1].full);
    nrm_say_value(c, field_value(a[1]), NRM_ORD);
    nrm_say(c, nrm_range_word(c, c->i_tok));
    nrm_say(c, months[field_value(b[0]) - 1].full);
    nrm_say_value(c, field_value(b[1]), NRM_ORD);
    return 1;
}

int nrm_read_date(nrm_ctx *c, nrm_span t)
{
    nrm_span f[3];
    char sep = memchr(t.s, '/', t.len) ? '/' : '-';

    if (read_short_date_range(c, t))
        return 1;

    /* "Retrieved 2016-01.": an ISO year and month in a reference, january
     * twenty sixteen (elsewhere "2000-01" is a range: the 2000-01 season) */
    if (split_fields(t, '-', f, 3) == 2 && f[0].len == 4 && f[1].len == 2
        && field_value(f[1]) >= 1 && field_value(f[1]) <= 12 && f[0].s[0] != '0'
        && t.s == c->tok[c->i_tok].text && t.len == c->tok[c->i_tok].len
        && after_citation_verb(c)) {
        nrm_say(c, months[field_value(f[1]) - 1].full);
        nrm_say_year(c, field_value(f[0]), NRM_CARD);
        return 1;
    }

    /* 12-May-2012, 3-Dec-2013: day, month name and year joined by hyphens */
    if (t.len >= 10 && t.s[t.len - 5] == '-') {
        nrm_span y = { t.s + t.len - 4, 4 };
        unsigned day;
        const char *month = split_fields(y, '-', f, 1) == 1 && y.s[0] != '0'
                                ? day_then_month((nrm_span){ t.s, t.len - 5 }, &day) : NULL;
        if (month) {
            nrm_say(c, "the");
            nrm_say_value(c, day, NRM_ORD);
            nrm_say(c, "of");
            nrm_say(c, month);
            say_year(c, y);
            return 1;
        }
    }

    /* 21.09.2025: dotted dates are written day first */
    if (split_fields(t, '.', f, 3) == 3 && f[0].len <= 2 && f[1].len <= 2 && f[2].len == 4
        && valid_md(field_value(f[1]), field_value(f[0]))) {
        say_date_dmy(c, field_value(f[1]), field_value(f[0]), f[2]);
        return 1;
    }
    /* 2025.09.21: year first with dots, read as the ISO date (not "version 2023.10.05") */
    if (!after_version_word(c) && split_fields(t, '.', f, 3) == 3 && f[0].len == 4
        && f[1].len == 2 && f[2].len == 2
        && (f[0].s[0] == '1' || f[0].s[0] == '2')
        && valid_md(field_value(f[1]), field_value(f[2]))) {
        say_date_dmy(c, field_value(f[1]), field_value(f[2]), f[0]);
        return 1;
    }
    if (split_fields(t, sep, f, 3) != 3)
        return 0;
    /* 2025-09-21: ISO dates are international; read day first, as written by
     * the sources that use them: the twenty first of september. 2025/9/21 is
     * read month first. */
    if (f[0].len == 4 && f[1].len <= 2 && f[2].len <= 2
        && valid_md(field_value(f[1]), field_value(f[2]))) {
        if (sep == '-')
            say_date_dmy(c, field_value(f[1]), field_value(f[2]), f[0]);
        else
            say_date(c, field_value(f[1]), field_value(f[2]), f[0]);
        return 1;
    }
    if (f[0].len > 2 || f[1].len > 2 || !(f[2].len == 4 || (f[2].len == 2 && sep == '/')))
        return 0;
    /* 9/21/2025, 9/21/25, 9-21-2025 */
    if (valid_md(field_value(f[0]), field_value(f[1]))) {
        say_date(c, field_value(f[0]), field_value(f[1]), f[2]);
        return 1;
    }
    /* 21/09/2025: day first, which only a day above 12 shows */
    if (valid_md(field_value(f[1]), field_value(f[0]))) {
        say_date_dmy(c, field_value(f[1]), field_value(f[0]), f[2]);
        return 1;
    }
    return 0;
}

/* ---- times ------------------------------------------------------------------- */

static const char *const ampm_words[] = { "am", "pm", "a.m", "p.m", "a.m.", "p.m.", NULL };

/* Time zones written after a time, which make "15.45 GMT" a time, not a
 * decimal. To add one, append it in capitals. */
static const char *const clock_zones[] = {
    "GMT", "BST", "UTC", "CET", "CEST", "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST",
    "PDT", "ET", "PT", "IST", "JST", "AEST", "AEDT", NULL
};

/* Hours, minutes and seconds of a duration: two hours three minutes and
 * forty five seconds; zero parts are left out. */
static void say_duration(nrm_ctx *c, unsigned h, unsigned m, unsigned sec)
{
    static const char *const names[3][2] = {
        { "hour", "hours" }, { "minute", "minutes" }, { "second", "seconds" }
    };
    unsigned v[3];
    int k, last = -1, count = 0;

    v[0] = h;
    v[1] = m;
    v[2] = sec;
    for (k = 0; k < 3; k++)
        if (v[k]) {
            last = k;
            count++;
        }
    if (count == 0) {
        nrm_say(c, "zero seconds");
        return;
    }
    for (k = 0; k < 3; k++) {
        if (!v[k])
            continue;
        if (k == last && count > 1)
            nrm_say(c, "and");
        nrm_say_value(c, v[k], NRM_CARD);
        nrm_say(c, names[k][v[k] != 1]);
    }
}

/* A race time with fractions of a second, "2:08:34.5" (head "2:08:34", frac "5"):
 * two hours eight minutes and thirty four point five seconds; 0 if head is not
 * hours, minutes and seconds. */
static int say_duration_fraction(nrm_ctx *c, nrm_span head, nrm_span frac)
{
    nrm_span f[3];
    unsigned h, m;

    if (split_fields(head, ':', f, 3) != 3 || f[0].len == 0 || f[0].len > 2 || f[1].len != 2
        || f[2].len != 2 || frac.len == 0 || frac.len > 3)
        return 0;
    h = field_value(f[0]);
    m = field_value(f[1]);
    if (m > 59 || field_value(f[2]) > 59)
        return 0;
    if (h) {
        nrm_say_value(c, h, NRM_CARD);
        nrm_say(c, h == 1 ? "hour" : "hours");
    }
    if (m) {
        nrm_say_value(c, m, NRM_CARD);
        nrm_say(c, m == 1 ? "minute" : "minutes");
    }
    if (h || m)
        nrm_say(c, "and");
    nrm_say_decimal(c, f[2], frac);
    nrm_say(c, "seconds");
    return 1;
}

/* Books of the Bible (and their usual abbreviations, written with or without a
 * period) before which "3:16" is a chapter and verse, not a time or a ratio.
 * Capitalised only. To add one, append it before NULL. */
static const char *const bible_books[] = {
    "Genesis", "Exodus", "Leviticus", "Numbers", "Deuteronomy", "Joshua", "Judges",
    "Ruth", "Samuel", "Kings", "Chronicles", "Ezra", "Nehemiah", "Esther", "Job",
    "Psalm", "Psalms", "Proverbs", "Ecclesiastes", "Songs", "Solomon", "Isaiah",
    "Jeremiah", "Lamentations", "Ezekiel", "Daniel", "Hosea", "Joel", "Amos", "Obadiah",
    "Jonah", "Micah", "Nahum", "Habakkuk", "Zephaniah", "Haggai", "Zechariah", "Malachi",
    "Matthew", "Mark", "Luke", "John", "Acts", "Romans", "Corinthians", "Galatians",
    "Ephesians", "Philippians", "Colossians", "Thessalonians", "Timothy", "Titus",
    "Philemon", "Hebrews", "James", "Peter", "Jude", "Revelation", "Sirach", "Tobit",
    "Maccabees",
    /* abbreviations (abbrev.c expands them before a chapter and verse) */
    "Gen", "Exod", "Ex", "Lev", "Num", "Deut", "Josh", "Judg", "Sam", "Kgs", "Chron", "Neh",
    "Ps", "Psa", "Prov", "Eccl", "Isa", "Jer", "Lam", "Ezek", "Dan", "Hos", "Mic", "Zech",
    "Mal", "Matt", "Mt", "Mk", "Lk", "Jn", "Rom", "Cor", "Gal", "Eph", "Phil", "Col",
    "Thess", "Tim", "Heb", "Jas", "Pet", "Rev", "Esth", "Pss", "Obad", "Nah", "Hab", "Zeph",
    "Hag", "Tit", "Philem", NULL
};

/* 1 if f is one to three digits, not starting with 0. */
static int verse_number(nrm_span f)
{
    size_t i;

    if (f.len == 0 || f.len > 3 || f.s[0] == '0')
        return 0;
    for (i = 0; i < f.len; i++)
        if (!nrm_is_digit(f.s[i]))
            return 0;
    return 1;
}

/* "3:16" or "3:16" after a chapter and verse range's dash: chapter and verse,
 * each said as a number; 0 (nothing said) if p is not one. */
static int say_chapter_verse(nrm_ctx *c, nrm_span p, int say)
{
    nrm_span f[2];

    if (split_fields(p, ':', f, 2) != 2 || !verse_number(f[0]) || !verse_number(f[1]))
        return 0;
    if (say) {
        nrm_say_int(c, f[0], NRM_CARD);
        nrm_say_int(c, f[1], NRM_CARD);
    }
    return 1;
}

int nrm_read_verse(nrm_ctx *c, nrm_span t, int flags)
{
    const nv_ntok *prev = nrm_prev(c);
    const char *dash = NULL;
    size_t dash_len = 0, i;
    nrm_span head = t, tail = { NULL, 0 };

    if (!(flags & NRM_WHOLE) || !prev || (prev->post_len != 0 && !nrm_post_dot(prev))
        || prev->post_len > 1 || c->tok[c->i_tok].pre_len != 0
        || nrm_find(nrm_text(prev), bible_books, 0) < 0)
        return 0;
    for (i = 0; i < t.len; i++) {
        if (t.s[i] == '-') {
            dash = t.s + i;
            dash_len = 1;
            break;
        }
        if (nrm_has_prefix(t.s + i, t.len - i, "\xe2\x80\x93")) {   /* en dash */
            dash = t.s + i;
            dash_len = 3;
            break;
        }
    }
    if (dash) {
        head.len = (size_t)(dash - t.s);
        tail = (nrm_span){ dash + dash_len, t.len - head.len - dash_len };
        if (!say_chapter_verse(c, head, 0)
            || !(verse_number(tail) || say_chapter_verse(c, tail, 0)))
            return 0;
    } else if (!say_chapter_verse(c, head, 0)) {
        return 0;
    }
    say_chapter_verse(c, head, 1);              /* Genesis 1:1-3: one one to three */
    if (dash) {
        nrm_say(c, "to");
        if (!say_chapter_verse(c, tail, 1))
            nrm_say_int(c, tail, NRM_CARD);
    }
    return 1;
}

/* 3:30, 10:05pm, 14:00; 3:1 is a ratio (three to one); 2:03:45 (with seconds)
 * is a duration: two hours three minutes and forty five seconds. */
int nrm_read_time(nrm_ctx *c, nrm_span t)
{
    nrm_span f[3], head = t, rest = { t.s + t.len, 0 };
    size_t n, i = 0;
    unsigned h, m;
    const nv_ntok *next = nrm_next(c);

    char sep = ':';
    const char *colon = memchr(t.s, ':', t.len);

    if (colon && colon > t.s && memchr(t.s, '.', t.len)) {
        nrm_span a = { t.s, (size_t)(colon - t.s) };
        nrm_span b = { colon + 1, t.len - a.len - 1 };
        nrm_num x, y;                           /* a ratio with a decimal: 2.5:1 */
        if (b.len > 0 && nrm_num_parse(a, &x) && nrm_num_parse(b, &y) && !x.rest.len
            && !y.rest.len && x.cur < 0 && y.cur < 0 && !x.sign && !y.sign && x.ip.len
            && y.ip.len && x.ip.len <= 3 && y.ip.len <= 3
            && (x.fp.len || (y.fp.len && y.ip.len == 1))   /* not a race time, 4:05.32 */
            && !memchr(b.s, ':', b.len)) {
            nrm_read_piece(c, a, 0);
            nrm_say(c, "to");
            nrm_read_piece(c, b, 0);
            return 1;
        }
    }

    /* "14h30", "9h05": hours and minutes joined by "h", French and Canadian style */
    if (t.len >= 4 && t.len <= 5 && t.s[t.len - 3] == 'h' && nrm_n_digits(t) == t.len - 1
        && nrm_is_digit(t.s[t.len - 2]) && t.s == c->tok[c->i_tok].text
        && t.len == c->tok[c->i_tok].len) {
        h = (unsigned)nrm_value((nrm_span){ t.s, t.len - 3 });
        m = (unsigned)nrm_value((nrm_span){ t.s + t.len - 2, 2 });
        static const char *const clock_preps[] = { "at", "by", "until", "till", "from", "to",
                                                   "before", "after", "since", NULL };
        const nv_ntok *prev = nrm_prev(c);
        if (h <= 23 && m <= 59 && !(prev && nrm_find(nrm_text(prev), clock_preps, 1) >= 0)
            && !(next && (nrm_find(nrm_text(next), clock_zones, 0) >= 0
                          || nrm_ieq(nrm_text(next), "local")))) {
            nrm_say_value(c, h, NRM_CARD);      /* "lasted 3h20": a duration */
            nrm_say(c, h == 1 ? "hour" : "hours");
            if (m > 0) {
                nrm_say_value(c, m, NRM_CARD);
                nrm_say(c, m == 1 ? "minute" : "minutes");
            }
            return 1;
        }
        if (h <= 23 && m <= 59) {
            nrm_say_value(c, h, NRM_CARD);
            if (m == 0)
                nrm_say(c, h > 12 || h == 0 ? "hundred" : "o'clock");
            else {
                if (m < 10)
                    nrm_say(c, "o");
                nrm_say_value(c, m, NRM_CARD);
            }
            return 1;
        }
    }
    while (i < t.len && (nrm_is_digit(t.s[i]) || t.s[i] == ':'))
        i++;
    /* "3.30pm", "3.30 p.m.": a period between hour and minutes, British style,
     * only with a.m. or p.m. */
    if (i < t.len && t.s[i] == '.' && i > 0 && i <= 2 && i + 3 <= t.len
        && nrm_is_digit(t.s[i + 1]) && nrm_is_digit(t.s[i + 2])
        && (i + 3 == t.len || !nrm_is_digit(t.s[i + 3]))) {
        nrm_span r = { t.s + i + 3, t.len - i - 3 };
        if ((r.len > 0 && nrm_find(r, ampm_words, 1) >= 0)
            || (r.len == 0 && next && c->tok[c->i_tok].post_len == 0
                && nrm_find(nrm_text(next), ampm_words, 1) >= 0)
            || (r.len == 0 && next && c->tok[c->i_tok].post_len == 0 && next->pre_len == 0
                && nrm_find(nrm_text(next), clock_zones, 0) >= 0)) {   /* "15.45 GMT" */
            sep = '.';
            i += 3;
        }
    }
    head.len = i;
    rest.s = t.s + i;
    rest.len = t.len - i;
    if (rest.len > 1 && rest.s[0] == '.' && nrm_n_digits(rest) == rest.len - 1
        && say_duration_fraction(c, head, (nrm_span){ rest.s + 1, rest.len - 1 }))
        return 1;                               /* 2:08:34.5, a race time */
    if (rest.len && nrm_find(rest, ampm_words, 1) < 0)
        return 0;
    n = split_fields(head, sep, f, 3);
    if (n < 2 || f[0].len > 2)
        return 0;
    if (n == 2 && f[1].len != 2 && rest.len == 0 && f[1].len <= 2) {
        nrm_say_int(c, f[0], NRM_CARD);         /* a ratio: 3:1 */
        nrm_say(c, "to");
        nrm_say_int(c, f[1], NRM_CARD);
        return 1;
    }
    h = field_value(f[0]);
    m = field_value(f[1]);
    if (f[1].len != 2 || h > 24 || m > 59 || (n == 3 && f[2].len != 2))
        return 0;
    if (n == 3 && rest.len == 0 && field_value(f[2]) <= 59
        && !(next && nrm_find(nrm_text(next), ampm_words, 1) >= 0)) {
        say_duration(c, h, m, field_value(f[2]));     /* 2:03:45, a race time */
        return 1;
    }
    nrm_say_value(c, h, NRM_CARD);
    if (m == 0 && (n == 2 || field_value(f[2]) == 0)) {   /* 10:00:00 a.m.: ten a m */
        static const char *const day_words[] = { "noon", "midnight", NULL };
        int ampm_next = next && (nrm_find(nrm_text(next), ampm_words, 1) >= 0
                                 || nrm_find(nrm_text(next), day_words, 1) >= 0);
        if (rest.len == 0 && !ampm_next)
            nrm_say(c, h > 12 || h == 0 ? "hundred" : "o'clock");
    } else if (m == 0) {
        nrm_say(c, "o o");                      /* 1:00:05 */
    } else {
        if (m < 10)
            nrm_say(c, "o");
        nrm_say_value(c, m, NRM_CARD);
    }
    /* Seconds (race times) as a plain number: 2:03:45 two oh three forty five. */
    if (n == 3 && field_value(f[2]) > 0)
        nrm_say_value(c, field_value(f[2]), NRM_CARD);
    nrm_spell(c, rest);
    return 1;
}

/* ---- fractions -------------------------------------------------------------- */

/* Words after which a month/day written with a slash is a date: "on 1/4". */
static const char *const short_date_preps[] = { "on", "until", "till", "since", "through",
                                                 "thru", NULL };
/* Weekdays, after which a slashed month and day is a date: "Monday 3/15",
 * "Tues., 3/16"; and the words that join two dates: "7/4 through 7/6". */
static const char *const short_date_days[] = {
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Mon",
    "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun", NULL
};

static int common_fraction(const nrm_span f[2]);

/* 1 if a slashed month and day is followed by "through" and another: "7/4
 * through 7/6"; or written after a weekday: "Monday 3/15", "Fri., 3/19". */
static int short_date_context(const nrm_ctx *c)
{
    const nv_ntok *prev = nrm_prev(c), *next = nrm_next(c), *cur = &c->tok[c->i_tok];
    const nv_ntok *after = nrm_tok(c, c->i_tok + 2);

    if (cur->pre_len != 0)
        return 0;
    if (next && after && cur->post_len == 0 && next->post_len == 0 && after->pre_len == 0
        && (nrm_ieq(nrm_text(next), "through") || nrm_ieq(nrm_text(next), "thru"))
        && memchr(after->text, '/', after->len) && nrm_is_numeric(after)) {
        nrm_span a[2], b[2];                    /* "1/4 through 1/2": fractions */
        return !(split_fields(nrm_text(cur), '/', a, 2) == 2 && common_fraction(a)
                 && split_fields(nrm_text(after), '/', b, 2) == 2 && common_fraction(b));
    }
    return prev && nrm_find(nrm_text(prev), short_date_days, 0) >= 0
        && (prev->post_len == 0 || nrm_eq((nrm_span){ prev->post, prev->post_len }, ",")
            || nrm_eq((nrm_span){ prev->post, prev->post_len }, ".,"));
}
/* Words after a slashed number that show it is an amount, not a date. */
static const char *const amount_words[] = { "of", "cup", "cups", "inch", "inches", "mile",
                                            "miles", "hour", "hours", "pound", "pounds", NULL };

/* The number after the slash of a token "n/d", or 0. */
static unsigned den_of(const nv_ntok *t)
{
    const char *slash = memchr(t->text, '/', t->len);
    unsigned d = 0;

    if (!slash)
        return 0;
    for (const char *p = slash + 1; p < t->text + t->len && nrm_is_digit(*p); p++)
        d = d * 10 + (unsigned)(*p - '0');
    return d;
}

/* 1 if a slashed month and day after "for" or "due" is a date: "set for 11/5.",
 * "tickets for 3/14 at 7 p.m.", "due 4/15"; after "for" only where the clause
 * ends or a time follows ("for 3/4 hour", "for 2/3 of the bills" are amounts). */
static int appointment_date(const nrm_ctx *c)
{
    const nv_ntok *prev = nrm_prev(c), *next = nrm_next(c), *cur = &c->tok[c->i_tok];

    if (!prev || prev->post_len != 0 || cur->pre_len != 0)
        return 0;
    if (nrm_ieq(nrm_text(prev), "due"))
        return 1;
    /* halves, thirds and quarters stay amounts: "shot 4/9 for 2/3" */
    return nrm_ieq(nrm_text(prev), "for") && !(den_of(cur) >= 2 && den_of(cur) <= 4)
        && (!next || cur->post_len != 0 || nrm_ieq(nrm_text(next), "at"));
}

int nrm_read_short_date(nrm_ctx *c, nrm_span t, int flags)
{
    const nv_ntok *prev = nrm_prev(c), *next = nrm_next(c), *cur = &c->tok[c->i_tok];
    nrm_span f[2];
    unsigned m, d;

    if (!(flags & NRM_WHOLE) || !prev
        || ((prev->post_len != 0 || cur->pre_len != 0
             || nrm_find(nrm_text(prev), short_date_preps, 1) < 0) && !short_date_context(c)
            && !appointment_date(c))
        || split_fields(t, '/', f, 2) != 2 || f[0].len > 2 || f[1].len > 2)
        return 0;
    if (next && cur->post_len == 0 && nrm_find(nrm_text(next), amount_words, 1) >= 0)
        return 0;
    m = field_value(f[0]);
    d = field_value(f[1]);
    if (!valid_md(m, d))
        return 0;
    nrm_say(c, months[m - 1].full);
    nrm_say_value(c, d, NRM_ORD);
    return 1;
}

/* Suffixes written after a fraction's denominator: "2/3rd", "1/16th". */
static const char *const fraction_suffixes[] = { "st", "nd", "rd", "th", "rds", "ths", NULL };

/* "1/100", "3/1000th": one one hundredth, three one thousandths. */
static int read_hundredths(nrm_ctx *c, const nrm_span f[2])
{
    unsigned num;

    if (f[0].len > 2 || f[0].s[0] == '0' || !(nrm_eq(f[1], "100") || nrm_eq(f[1], "1000")))
        return 0;
    num = field_value(f[0]);
    nrm_say_value(c, num, NRM_CARD);
    nrm_say(c, "one");
    if (f[1].len == 3)
        nrm_say(c, num == 1 ? "hundredth" : "hundredths");
    else
        nrm_say(c, num == 1 ? "thousandth" : "thousandths");
    return 1;
}

/* 1/2 one half, 3/4 three quarters, 5/8 five eighths; "2 1/2" two and one half.
 * Only proper fractions with denominators 2-10: "9/11" and "24/7" are read as
 * numbers by the caller. */
int nrm_read_fraction(nrm_ctx *c, nrm_span t, int flags)
{
    nrm_span f[2];
    unsigned num, den;
    const nv_ntok *prev = nrm_prev(c), *cur = &c->tok[c->i_tok];
    char buf[32];
    size_t n;

    if (nrm_read_short_date(c, t, flags))
        return 1;
    /* "2/3rd", "2/3rds": the ordinal suffix only repeats the denominator */
    for (n = 0; n < t.len && (nrm_is_digit(t.s[n]) || t.s[n] == '/'); n++)
        ;
    if (n < t.len && nrm_find((nrm_span){ t.s + n, t.len - n }, fraction_suffixes, 1) >= 0)
        t.len = n;
    if (split_fields(t, '/', f, 2) == 2 && read_hundredths(c, f))
        return 1;
    if (split_fields(t, '/', f, 2) != 2 || f[0].len > 2 || f[1].len > 2
        || f[0].s[0] == '0' || f[1].s[0] == '0')
        return 0;
    num = field_value(f[0]);
    den = field_value(f[1]);
    /* past ten only the inch fractions, in lowest terms: 3/16, 5/32 */
    /* "2/11 of them", "5/12 of the seats": elevenths and twelfths before "of" */
    int of_next = (flags & NRM_WHOLE) && nrm_next(c) && cur->post_len == 0
                  && nrm_ieq(nrm_text(nrm_next(c)), "of");
    if (den < 2 || num >= den
        || (den > 10 && !(of_next && den <= 12)
            && ((den != 16 && den != 32 && den != 64) || num % 2 == 0)))
        return 0;
    if ((flags & NRM_WHOLE) && prev && prev->post_len == 0 && cur->pre_len == 0
        && nrm_is_plain_number(nrm_text(prev))) {
        nrm_say(c, "and");                      /* 2 1/2: two and a half */
        c->mixed = 1;
    }
    if (num == 1 && (den == 2 || den == 4) && !c->mixed && prev && prev->post_len == 0
        && cur->pre_len == 0 && (nrm_ieq(nrm_text(prev), "a") || nrm_ieq(nrm_text(prev), "the"))) {
        nrm_say(c, den == 2 ? "half" : "quarter");  /* "a 1/2 cup", "the 1/4 mile" */
        return 1;
    }
    if (c->mixed && num == 1 && (den == 2 || den == 4))
        nrm_say(c, "a");
    else
        nrm_say_value(c, num, NRM_CARD);
    c->mixed = 0;
    /* before a word joined by a hyphen quarters are singular: a 3/4-inch pipe,
     * three quarter inch (but five eighths inch) */
    if (den == 4 && t.s + t.len + 1 < cur->text + cur->len && t.s[t.len] == '-'
        && nrm_is_alpha(t.s[t.len + 1]))
        num = 1;
    if (den == 2) {
        nrm_say(c, num == 1 ? "half" : "halves");
        return 1;
    }
    if (den == 4) {
        nrm_say(c, num == 1 ? "quarter" : "quarters");
        return 1;
    }
    {
        static const char *const den_words[] = { "", "", "", "three", "", "five", "six",
                                                 "seven", "eight", "nine", "ten", "eleven",
                                                 "twelve" };
        static const char *const den_big[][2] = { { "sixteen", "" }, { "two", "thirty" },
                                                   { "four", "sixty" } };
        size_t k = den == 16 ? 0 : den == 32 ? 1 : 2;
        if (den <= 12) {
            n = nrm_ordinal_word(den_words[den], buf, sizeof buf - 1);
        } else {
            if (den_big[k][1][0])
                nrm_say(c, den_big[k][1]);      /* thirty second, sixty fourth */
            n = nrm_ordinal_word(den_big[k][0], buf, sizeof buf - 1);
        }
    }
    if (num != 1 && n > 0)
        buf[n++] = 's';
    nrm_emit(c, buf, n, NULL);
    return 1;
}
