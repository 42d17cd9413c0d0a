/* nrm.h - private interface shared by the normaliser's files (not API).
 *
 * The normaliser walks one sentence's tokens (normalize.c) and reads each one with
 * the readers below: numbers.c turns digit strings into number words, quantity.c
 * reads tokens that start with a number (percent, ordinals, decades), money.c
 * amounts of money, dates.c months, dates and times, abbrev.c the abbreviation tables, acronym.c
 * upper-case words and Roman numerals, words.c plain words, compounds and the
 * fallback for anything else, emit.c the output side (folding, spelling).
 *
 * Every reader writes through an nrm_ctx: errors from the caller's callback are
 * sticky in ctx->rc, so readers need not check after each word.
 */
#ifndef NV_NORMALIZE_NRM_H
#define NV_NORMALIZE_NRM_H

#include <stddef.h>

#include "normalize.h"

/* A piece of text: a token's text or part of it. Not NUL-terminated. */
typedef struct nrm_span {
    const char *s;
    size_t len;
} nrm_span;

typedef struct nrm_ctx {
    const nv_ntok *tok;     /* the sentence */
    size_t n_tok;
    size_t i_tok;           /* the token being read: every word is tagged with it */
    nv_word_fn emit;
    void *ud;
    int rc;                 /* first non-zero value returned by emit; then silent */
    int shouting;           /* the sentence is mostly upper case (a headline) */
    size_t n_dateline;      /* tokens [0, n_dateline) are a dateline: "WASHINGTON (AP) --" */
    int math;               /* the sentence is an equation: it has a lone "=" */
    int byline;             /* the sentence is a byline ("By JANE DOE and ..."): names in
                               capitals are words */
    int mixed;              /* the fraction read next follows a whole number ("3-1/2"):
                               one half and one quarter are "a half", "a quarter" */
} nrm_ctx;

/* How a reader may use the token around a piece of text. */
enum {
    NRM_WHOLE = 1,          /* the piece is the whole token: neighbours are context */
};

/* Longest word emitted in one piece; longer letter runs are cut (junk input). */
#define NRM_WORD_MAX 64

/* ---- emit.c: output ------------------------------------------------------ */

/* Emits one ready word (lower case). Empty words and words after an error are dropped. */
void nrm_emit(nrm_ctx *c, const char *w, size_t len, const char *pos);
/* Emits each space-separated word of a constant phrase, pos NULL. */
void nrm_say(nrm_ctx *c, const char *phrase);
/* Emits s as one word: lower-cased, diacritics folded, other characters dropped
 * (apostrophes kept inside). Emits nothing if no letter is left. */
void nrm_word(nrm_ctx *c, nrm_span s, const char *pos);
/* Emits the letters of s one per word with pos "n"; a final "'s" or "s" written
 * after upper-case letters stays on the last letter ("FBI's" -> f b i's). */
void nrm_spell(nrm_ctx *c, nrm_span s);

/* Decodes one UTF-8 character of s[0..len) (len > 0) into *cp; returns the bytes
 * used (>= 1). Invalid bytes decode as U+FFFD, one byte each. */
size_t nrm_utf8_next(const char *s, size_t len, unsigned long *cp);
/* ASCII lower-case spelling of a Latin-1/Latin Extended-A letter, or NULL. */
const char *nrm_fold(unsigned long cp);
/* 1 if cp is a letter: ASCII, foldable, or any other non-ASCII letter we drop. */
int nrm_cp_is_letter(unsigned long cp);
/* 1 if cp is an upper-case letter (ASCII, Latin-1, Latin Extended-A). */
int nrm_cp_is_upper(unsigned long cp);

/* ---- normalize.c: the sentence and its tokens ---------------------------- */

/* Token i, or NULL when out of the sentence. */
const nv_ntok *nrm_tok(const nrm_ctx *c, size_t i);
/* The token before / after the current one, or NULL. */
const nv_ntok *nrm_prev(const nrm_ctx *c);
const nv_ntok *nrm_next(const nrm_ctx *c);
nrm_span nrm_text(const nv_ntok *t);
/* 1 if the token's text starts with an upper-case letter. NULL -> 0. */
int nrm_is_cap(const nv_ntok *t);
/* 1 if the token's text starts with a digit (after an optional sign or currency). */
int nrm_is_numeric(const nv_ntok *t);
/* 1 if the token's trailing punctuation contains ch. */
int nrm_post_has(const nv_ntok *t, char ch);
/* 1 if the token's trailing punctuation starts with a period (abbreviation dot). */
int nrm_post_dot(const nv_ntok *t);
/* 1 if nothing but an abbreviation period separates t from the next token. */
int nrm_joined(const nv_ntok *t);

/* 1 if the quantity written in tokens [first, last] stands before a noun after
 * a determiner ("a $10 million loan", "the 100m final", "our 10m line"), so its
 * unit is said in the singular: a ten million dollar loan. */
int nrm_attributive(const nrm_ctx *c, size_t first, size_t last);
/* The word between the ends of a range that starts at token first: "and" after
 * "between" (between 1976-1980, between 10 - 15), otherwise "to". */
const char *nrm_range_word(const nrm_ctx *c, size_t first);

/* Span helpers (ASCII case rules). */
int nrm_eq(nrm_span s, const char *w);      /* exact */
int nrm_ieq(nrm_span s, const char *w);     /* ignoring ASCII case */
/* Split s at its first sep into *a and *b ("EUR/USD": "EUR", "USD"); 0 if s
 * has no sep. */
int nrm_split_at(nrm_span s, char sep, nrm_span *a, nrm_span *b);
/* Index of s in a NULL-terminated list (case-insensitive if icase), or -1. */
int nrm_find(nrm_span s, const char *const *list, int icase);
int nrm_is_digit(char ch);
int nrm_is_alpha(char ch);
/* 1 if s[0..len) starts with the NUL-terminated string p. */
int nrm_has_prefix(const char *s, size_t len, const char *p);
int nrm_is_upper(char ch);
int nrm_is_lower(char ch);

/* Words for an operator written alone in an equation ("-" minus, "*" times,
 * "/" divided by), or NULL. */
const char *nrm_math_operator(nrm_span t);
/* Reads one piece of text: dispatches to the readers below (words.c). */
void nrm_read_piece(nrm_ctx *c, nrm_span t, int flags);

/* ---- numbers.c: number words --------------------------------------------- */

enum nrm_form {
    NRM_CARD,               /* twenty one */
    NRM_ORD,                /* twenty first */
    NRM_PLURAL,             /* nineteen nineties */
    NRM_POSS,               /* twenty twenty one's */
    NRM_ORD_POSS            /* (Henry VIII's) eighth's */
};

/* Longest digit string read as a number; longer ones are read digit by digit. */
#define NRM_MAX_CARD_DIGITS 15

/* Integer digits s (thousands commas allowed) as a number in form; as a code
 * (nrm_say_code) if longer than NRM_MAX_CARD_DIGITS or written with a leading zero. */
void nrm_say_int(nrm_ctx *c, nrm_span s, enum nrm_form form);
/* Integer value v (< 10^15) in form. */
void nrm_say_value(nrm_ctx *c, unsigned long long v, enum nrm_form form);
/* 4-digit year v (1000-9999) read as a year in form: 1999 nineteen ninety nine. */
void nrm_say_year(nrm_ctx *c, unsigned v, enum nrm_form form);
/* Two-digit year 0-99: 5 -> oh five, 99 -> ninety nine. */
void nrm_say_year2(nrm_ctx *c, unsigned v);
/* The word of digit d ("zero" ... "nine"); "" if d is not a digit. */
const char *nrm_digit_word(char d);
/* Each digit of s as a word (zero ... nine); other characters skipped. */
void nrm_say_digits(nrm_ctx *c, nrm_span s);
/* Each digit of a code (serial, ISBN, digits after a point) as a word, zero
 * said "o" (oh): 978-0-19 nine seven eight o one nine. */
void nrm_say_code(nrm_ctx *c, nrm_span s);
/* Integer part (may be empty), "point", each fraction digit (zeros "o", but a
 * lone zero "zero": 2.60 two point six o, 2.0 two point zero). */
void nrm_say_decimal(nrm_ctx *c, nrm_span ip, nrm_span fp);
/* Value of the digits in s (commas skipped); ~0ULL if more than 18 digits. */
unsigned long long nrm_value(nrm_span s);
/* Number of digits in s. */
size_t nrm_n_digits(nrm_span s);
/* Ordinal of a number word ("one" -> "first") written into buf; returns length. */
size_t nrm_ordinal_word(const char *w, char *buf, size_t cap);

/* ---- quantity.c: tokens that start with a number ------------------------- */

/* A number as written at the start of a piece of text. */
typedef struct nrm_num {
    char sign;              /* '-', '+' or 0 */
    int cur;                /* currency (money.c table), or -1 */
    int code;               /* currency country code before "$" ("US$"), or -1 */
    nrm_span ip;            /* integer part: digits and thousands commas; may be empty */
    nrm_span fp;            /* digits after the decimal point; empty if none */
    nrm_span rest;          /* what follows the number */
} nrm_num;

/* Parses the number that starts t; 1 if there is one. */
int nrm_num_parse(nrm_span t, nrm_num *n);
/* The current token's text after the number n ("-caliber" in ".45-caliber",
 * "-a-barrel" in "$100-a-barrel"); empty when n was not read from that text. */
nrm_span nrm_num_tail(const nrm_ctx *c, const nrm_num *n);
/* 1 if the piece parses as a whole number with nothing after it. */
int nrm_is_plain_number(nrm_span t);
/* Three digits as a hundreds digit and a pair, as model numbers and batting
 * averages are said: 737 seven thirty seven, 150 one fifty, 101 one oh one,
 * 300 three hundred (fewer digits: the number). */
void nrm_say_pairs(nrm_ctx *c, nrm_span digits);
/* The same in a form (three digits): the Boeing 747s seven forty sevens,
 * Blink-182's one eighty two's. */
void nrm_say_pairs_form(nrm_ctx *c, nrm_span digits, enum nrm_form form);
/* Reads t if it is a number-led quantity; returns 0, having emitted nothing, if not. */
int nrm_read_quantity(nrm_ctx *c, nrm_span t, int flags);
/* Index of a unit of measure written r ("km", "mph"), or -1; apart: only units
 * also read as a separate token after a number ("2 cm", not "5 m"). */
int nrm_unit_find(nrm_span r, int apart);
/* Says unit unit_idx, singular or plural ("mile", "miles"). */
void nrm_say_unit(nrm_ctx *c, int unit_idx, int plural);
/* Reads the current token (whole) if it is a unit after a number ("2 cm"). */
int nrm_read_unit_after_number(nrm_ctx *c, nrm_span t);
/* 1 if the current token (a number) is followed by an inch mark q '"' or a
 * foot mark q '\'' that closes no quotation: 16" sixteen inches. */
int nrm_measure_mark(const nrm_ctx *c, char q);
/* 1 if the previous token is part of a coordinate written apart, "40\xc2\xb0 26' 46\"",
 * so that a compass letter after it is a hemisphere. */
int nrm_after_coordinate(const nrm_ctx *c);
/* Reads "&" "%" "+" and other symbol-only text (nothing for punctuation). */
void nrm_read_symbols(nrm_ctx *c, nrm_span t);
/* Words for a symbol starting at s (UTF-8 aware); sets *used; NULL if none. */
const char *nrm_symbol_words(const char *s, size_t len, size_t *used);

/* ---- money.c: amounts of money --------------------------------------------- */

/* Currency written at s ("$", pound sign, "US$"...): its index, or -1; *used gets
 * its length, *code the country code before "$" or -1. */
int nrm_currency_at(const char *s, size_t len, size_t *used, int *code);
/* Scale word of a suffix written after an amount of money ("bn", "M"), or NULL. */
const char *nrm_scale_suffix(nrm_span r);
/* Reads an amount of money: n has a currency. scale: a scale word written in the
 * token ("$4.5bn"), or NULL; scale_next: the next token is the scale word and
 * will say the unit ("$4.5 billion"), so only the amount is read here. */
void nrm_read_money(nrm_ctx *c, const nrm_num *n, const char *scale, int scale_next);
/* Money ranges "$5-10" five to ten dollars; 0 if t is not one. */
int nrm_read_money_range(nrm_ctx *c, nrm_span t, int flags);
/* 1 if token i is a currency symbol written alone before a number ("$ 5"),
 * which then reads as money. */
int nrm_currency_alone(const nrm_ctx *c, size_t i);
/* 1 if token i is an amount of money written to be followed by a scale word
 * ("$4.5" before "billion"), whose currency that word then says. */
int nrm_money_before_scale(const nrm_ctx *c, size_t i);
/* Reads the current token if it is a scale word after money ("billion dollars"). */
int nrm_read_scale_after_money(nrm_ctx *c, nrm_span t);
/* A currency written apart from the amount in token i: before it ("$ 5",
 * "USD 5", "Rs. 500") sets n's currency; "US" before "$5" sets its country code. */
void nrm_money_apart(const nrm_ctx *c, size_t i, nrm_num *n);
/* 1 if token i is a currency (or "US" before "$5") written before an amount
 * apart: it says nothing, the amount says the unit ("USD 5" five u s dollars). */
int nrm_money_word_silent(const nrm_ctx *c, size_t i);
/* A currency code written after the amount in token i ("100 USD", "5 million
 * EUR"): its index, or -1. The amount is then read as a number and the code's
 * token says the unit (nrm_read_currency_code). */
int nrm_currency_after_amount(const nrm_ctx *c, size_t i);
/* 1 if t is a currency symbol or ISO code and nothing else ("$", "\xe2\x82\xac", "USD"). */
int nrm_is_currency_name(nrm_span t);
/* Says the currency t names, in the singular and without its country: "$"
 * dollar, "EUR" euro. For a rate or a pair: "84/$", "EUR/USD". */
void nrm_say_currency_name(nrm_ctx *c, nrm_span t);
/* A pair of currencies written with a slash, as in exchange rates: "the
 * \xe2\x82\xac/$ rate" euro dollar, "EUR/USD". 0 if t is not one. */
int nrm_read_currency_pair(nrm_ctx *c, nrm_span t);
/* Reads the current token if it is a currency code after an amount; 0 if not. */
int nrm_read_currency_code(nrm_ctx *c, nrm_span t);
/* "$(3.2)": an amount in accounts' parentheses, read "minus" unless a word of
 * loss comes before it; 0 if t is not one. */
int nrm_read_paren_money(nrm_ctx *c, nrm_span t, int flags);
/* "$20-million" (an amount before a noun): twenty million dollar; 0 if not one. */
int nrm_read_money_compound(nrm_ctx *c, nrm_span t);

/* ---- dates.c: months, dates, times ---------------------------------------- */

/* Full month name (lower case) of a written month (January, Jan, SEPT), or NULL.
 * abbrev_ok: accept abbreviations (capitalised only). May, March and August
 * count only when capitalised. */
const char *nrm_month(nrm_span t, int abbrev_ok);
/* Reads a month abbreviation in context ("Sept." before a day); 0 if not one. */
int nrm_read_month_abbrev(nrm_ctx *c, nrm_span t);
/* 1 if the previous token is a month name that a day number may follow. */
int nrm_after_month(const nrm_ctx *c);
/* "5-July" between a month and a day, "June 5-July 3": fifth to july; 0 if not one. */
int nrm_read_month_range(nrm_ctx *c, nrm_span t);
/* 1 if the next token is a full month name written after a day ("21 September"). */
int nrm_before_month(const nrm_ctx *c);
/* Time "3:30", "10:05pm"; ratio "3:1"; duration "2:03:45" (two hours three
 * minutes and forty five seconds). 0 if not one. */
int nrm_read_time(nrm_ctx *c, nrm_span t);
/* Chapter and verse after a book of the Bible, "John 3:16" three sixteen,
 * "Genesis 1:1-3" one one to three; 0 if not one. */
int nrm_read_verse(nrm_ctx *c, nrm_span t, int flags);
/* Dates "9/21/2025", "2025/9/21" (month first), "2025-09-21", "21.09.2025" (day
 * first: the twenty first of september); 0 if not one. */
int nrm_read_date(nrm_ctx *c, nrm_span t);
/* Month and day "1/4" after "on", "until", "till", "since" (not before "of" or
 * a unit): january fourth; 0 if not one. */
int nrm_read_short_date(nrm_ctx *c, nrm_span t, int flags);
/* Fractions "3/4" -> three quarters, "2/3rd" two thirds (or a short date, as
 * above); 0 if not one. */
int nrm_read_fraction(nrm_ctx *c, nrm_span t, int flags);
/* 1 if t is a noun that counts things or people ("people", "votes"). */
int nrm_is_count_noun(nrm_span t);
/* 1 if the current token is followed by an era: "2560 BC", "1550-1070 BCE". */
int nrm_era_after(const nrm_ctx *c);
/* 1 if an era is written after the current number or "AD" before it: "753 BC",
 * "AD 79"; a number of three or four digits there is a year (seven fifty three). */
int nrm_era_around(const nrm_ctx *c);
/* 1 if a plain 4-digit number v (the whole current token) reads as a year:
 * 1100-2099 unless a count noun follows ("1500 people"); 1000-1099 after "in";
 * any before an era or after "AD" ("2560 BC", "AD 1066"). */
int nrm_year_context(const nrm_ctx *c, unsigned v);

/* ---- abbrev.c: abbreviations ---------------------------------------------- */

/* Reads the current token (whole) if it is an abbreviation in a context that
 * expands it; 0 otherwise. */
int nrm_read_abbrev(nrm_ctx *c, nrm_span t);
/* A state's postal code in an address, "Santa Maria, CA 91230": california;
 * 0 if not one. */
int nrm_read_postal_state(nrm_ctx *c, nrm_span t);
/* A Canadian postal code, "M5V 3L9": each half spelled; a province's code
 * before one, "ON M5V 3L9": ontario. 0 if t is neither. */
int nrm_read_canada_post(nrm_ctx *c, nrm_span t);
/* 1 if the current token is a ZIP code after a state's postal code. */
int nrm_after_postal_state(const nrm_ctx *c);
/* 1 if t is a state's postal code that names a state highway before its
 * number, "(PA 309)", "NY 17"; the codes that are English words are not. */
int nrm_is_state_route_code(nrm_span t);
/* 1 if the current token is a house number of 3 or 4 digits before a street
 * name ("1428 Elm St.", "123 Circle Dr."); quantity.c reads 4 digits in pairs. */
int nrm_is_house_number(const nrm_ctx *c);
/* A compass point between a house number and a street, "317 S. 3rd St.":
 * south; 0 if not one. */
int nrm_read_compass(nrm_ctx *c, nrm_span t);
/* Party-state label "D-Calif." -> democrat of california; 0 if not one. */
int nrm_read_party_state(nrm_ctx *c, nrm_span t);
/* The expansion of a title abbreviation written as part of a compound
 * ("Rep.-elect", "ex-Gov."), with or without its period; NULL if t is none. */
const char *nrm_title_word(nrm_span t);
/* "ET", "CT", "MT", "PT" after a time: eastern, central, mountain, pacific. */
int nrm_read_zone(nrm_ctx *c, nrm_span t);

/* ---- acronym.c: upper-case words and Roman numerals ----------------------- */

/* Reads a run of letters (apostrophes allowed, no digits) deciding between a
 * word and letter-by-letter spelling. */
void nrm_read_letters(nrm_ctx *c, nrm_span t, int flags);
/* Reads a Roman numeral in a context that calls for it ("World War II",
 * "Charles III", "Henry VIII's"); 0 otherwise. */
int nrm_read_roman(nrm_ctx *c, nrm_span t);
/* 1 if t (upper case) is an acronym read as a word: NATO, COP. */
int nrm_is_acronym_word(nrm_span t);
/* 1 if t, in upper-case ASCII letters, reads as a word outside a headline:
 * "PRICES", "NATO"; not "ESPN", "FBI". */
int nrm_caps_is_word(nrm_span t);
/* Value 1-89 of a Roman numeral in canonical upper case ("XIV"), else 0. */
int nrm_roman_value(nrm_span t);

#endif
