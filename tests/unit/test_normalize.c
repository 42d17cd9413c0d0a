/* test_normalize.c - unit tests of the news text normaliser (src/normalize).
 *
 * Each case is one sentence as plain text and the expected words joined by
 * spaces. A small tokenizer here splits the sentence on spaces and strips
 * leading and trailing punctuation into pre/post, as the ingest stage does.
 * In expected strings a word in UPPER CASE was emitted with pos "n" (a letter
 * read by name); every other word has pos NULL. Every emitted word is also
 * checked for the output contract: non-empty, [a-z'] only, token indexes in
 * order, and no token with an ASCII letter or digit left without a word. The
 * cases were written for this project.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "ntok_split.h"
#include "normalize/normalize.h"

#define MAX_TOK 1024
#define OUT_MAX 65536

/* ---- a tokenizer like ingest's ------------------------------------------------ */

typedef struct sentence {
    char *copy;
    nv_ntok tok[MAX_TOK];
    size_t n_tok;
} sentence;

static void tokenize(sentence *st, const char *text)
{
    size_t n = strlen(text);

    st->copy = malloc(n + 1);
    memcpy(st->copy, text, n + 1);
    st->n_tok = nt_split(st->copy, st->tok, MAX_TOK);
}

/* ---- the sink ------------------------------------------------------------------ */

typedef struct sink {
    char out[OUT_MAX];
    size_t n;
    size_t n_words;
    size_t idx[256];
    size_t n_tok;
    size_t last_tok;
    int bad;                /* contract violations */
    unsigned char seen[MAX_TOK];    /* token gave a word */
    int dropped;            /* tokens with an ASCII letter or digit that gave none */
    size_t stop_after;      /* return 7 at this word (0: never) */
} sink;

static int collect(void *ud, const char *word, size_t len, const char *pos, size_t i_tok)
{
    sink *k = ud;
    size_t i;
    int letter = 0;
    int spelled = pos && strcmp(pos, "n") == 0;

    if (len == 0 || i_tok >= k->n_tok || (k->n_words > 0 && i_tok < k->last_tok))
        k->bad++;
    for (i = 0; i < len; i++) {
        if (word[i] >= 'a' && word[i] <= 'z')
            letter = 1;
        else if (word[i] != '\'')
            k->bad++;
    }
    if (!letter)
        k->bad++;
    if (i_tok < MAX_TOK)
        k->seen[i_tok] = 1;
    if (k->n_words < sizeof k->idx / sizeof k->idx[0])
        k->idx[k->n_words] = i_tok;
    k->n_words++;
    k->last_tok = i_tok;
    if (k->n + len + 2 < sizeof k->out) {
        if (k->n)
            k->out[k->n++] = ' ';
        /* A spelled letter (maybe with 's) shows as its upper-case letter. */
        for (i = 0; i < len; i++)
            k->out[k->n++] = spelled && i == 0 && word[i] != '\'' ? (char)(word[i] - 'a' + 'A')
                                                                    : word[i];
        k->out[k->n] = 0;
    }
    if (k->stop_after && k->n_words == k->stop_after)
        return 7;
    return 0;
}

static int run(const char *text, sink *k)
{
    sentence *st = malloc(sizeof *st);
    size_t i, j;
    int rc;

    tokenize(st, text);
    memset(k, 0, sizeof *k);
    k->n_tok = st->n_tok;
    rc = nv__normalize(st->tok, st->n_tok, collect, k);
    for (i = 0; i < st->n_tok; i++) {
        int alnum = 0;
        for (j = 0; j < st->tok[i].len; j++)
            alnum |= nt_alnum_byte((unsigned char)st->tok[i].text[j])
                     && (unsigned char)st->tok[i].text[j] < 0x80;
        k->dropped += alnum && !k->seen[i];
    }
    free(st->copy);
    free(st);
    return rc;
}

/* ---- cases ----------------------------------------------------------------------- */

static const struct tcase {
    const char *in, *want;
} cases[] = {
    /* cardinals */
    { "1,500", "one thousand five hundred" },
    { "He owns 105 cats.", "he owns one hundred five cats" },
    { "0", "zero" },
    { "7 13 40", "seven thirteen forty" },
    { "1,000,000", "one million" },
    { "1,000,001", "one million one" },
    { "12345", "twelve thousand three hundred forty five" },
    { "999,999,999,999,999", "nine hundred ninety nine trillion nine hundred ninety nine billion "
      "nine hundred ninety nine million nine hundred ninety nine thousand nine hundred ninety nine" },
    { "1234567890123456", "one two three four five six seven eight nine o one two three four five six" },
    { "-5", "minus five" },
    { "a (-5) reading", "a minus five reading" },
    { "3.2", "three point two" },
    { "0.75", "zero point seven five" },
    { "-3.5", "minus three point five" },
    { "a .45 caliber", "a forty five caliber" },
    { "agent 007", "agent o o seven" },
    { "1,2,3", "one two three" },
    { "2100", "two thousand one hundred" },
    /* years */
    { "in 2021", "in twenty twenty one" },
    { "1999", "nineteen ninety nine" },
    { "since 1990, prices", "since nineteen ninety prices" },
    { "2005", "two thousand five" },
    { "2010", "twenty ten" },
    { "1900", "nineteen hundred" },
    { "2000", "two thousand" },
    { "1905", "nineteen o five" },
    { "2099", "twenty ninety nine" },
    { "1,999 troops", "one thousand nine hundred ninety nine troops" },
    { "1500 people", "one thousand five hundred people" },
    { "a 2000 percent rise", "a two thousand percent rise" },
    { "From 1861 to 1865.", "from eighteen sixty one to eighteen sixty five" },
    { "The 2020 election", "the twenty twenty election" },
    /* decades */
    { "1990s", "nineteen nineties" },
    { "the '90s", "the nineties" },
    { "2000s", "two thousands" },
    { "1900s", "nineteen hundreds" },
    { "2010s", "twenty tens" },
    { "in her 30s", "in her thirties" },
    { "mid-1980s", "mid nineteen eighties" },
    { "class of '05", "class of o five" },
    /* ordinals */
    { "1st 2nd 3rd 4th", "first second third fourth" },
    { "21st", "twenty first" },
    { "101st", "one hundred first" },
    { "12th 20th 111th", "twelfth twentieth one hundred eleventh" },
    { "the 1,000th visitor", "the one thousandth visitor" },
    { "33RD", "thirty third" },
    /* percent */
    { "3.2%", "three point two percent" },
    { "50%", "fifty percent" },
    { "-0.5%", "minus zero point five percent" },
    { "10-15%", "ten to fifteen percent" },
    { "5 %", "five percent" },
    /* money */
    { "$5", "five dollars" },
    { "$1", "one dollar" },
    { "$4.5 billion", "four point five billion dollars" },
    { "$5 million, he said", "five million dollars he said" },
    { "$1.50", "one dollar fifty cents" },
    { "$0.99", "ninety nine cents" },
    { "$2.00", "two dollars" },
    { "$20.5", "twenty dollars fifty cents" },
    { "$1.01", "one dollar one cent" },
    { "$300,000", "three hundred thousand dollars" },
    { "$1,234.567", "one thousand two hundred thirty four point five six seven dollars" },
    { "$4.5bn", "four point five billion dollars" },
    { "$10M", "ten million dollars" },
    { "$5-10", "five to ten dollars" },
    { "$5-10 million", "five to ten million dollars" },
    { "US$5", "five U S dollars" },
    { "\xc2\xa3" "5", "five pounds" },
    { "\xc2\xa3" "1", "one pound" },
    { "\xc2\xa3" "2.50", "two pounds fifty pence" },
    { "\xe2\x82\xac" "20", "twenty euros" },
    { "\xe2\x82\xac" "1.5 million", "one point five million euros" },
    { "\xc2\xa5" "300", "three hundred yen" },
    { "5\xc2\xa2", "five cents" },
    { "-$5", "minus five dollars" },
    /* times */
    { "3:30", "three thirty" },
    { "10:05", "ten o five" },
    { "at 3 p.m.", "at three P M" },
    { "3pm", "three P M" },
    { "10:30am", "ten thirty A M" },
    { "9:00 pm", "nine P M" },
    { "7 a.m. ET", "seven A M eastern" },
    { "4:00", "four o'clock" },
    { "14:00", "fourteen hundred" },
    { "a 3:1 ratio", "a three to one ratio" },
    /* ranges */
    { "10-15", "ten to fifteen" },
    { "1990-2000", "nineteen ninety to two thousand" },
    { "the 2020-21 season", "the twenty twenty to twenty one season" },
    { "pages 10 - 15", "pages ten to fifteen" },
    /* dates */
    { "Sept. 21", "september twenty first" },
    { "Sept. 21, 2025.", "september twenty first twenty twenty five" },
    { "Jan. 6", "january sixth" },
    { "Aug. 1", "august first" },
    { "Dec. 25", "december twenty fifth" },
    { "in Feb.", "in february" },
    { "since Jan.", "since january" },
    { "Jan said", "jan said" },
    { "May 5", "may fifth" },
    { "July 4, 1776", "july fourth seventeen seventy six" },
    { "on 4 July", "on the fourth of july" },
    { "SEPT. 15", "september fifteenth" },
    { "September, 2020", "september twenty twenty" },
    { "March 2020", "march twenty twenty" },
    { "9/21/2025", "september twenty first twenty twenty five" },
    { "2025-09-21", "the twenty first of september twenty twenty five" },
    { "1/5/2005", "january fifth two thousand five" },
    { "12/7/41", "december seventh nineteen forty one" },
    { "21/09/2025", "the twenty first of september twenty twenty five" },
    { "15-01-2020", "the fifteenth of january twenty twenty" },
    { "13/13/2020", "thirteen thirteen twenty twenty" },
    /* abbreviations */
    { "Mr. Smith", "mister smith" },
    { "Mrs. Jones", "mrs jones" },
    { "Dr. Fauci said", "doctor fauci said" },
    { "lives on Elm Dr. in Dallas", "lives on elm drive in dallas" },
    { "St. Louis", "saint louis" },
    { "on Main St.", "on main street" },
    { "at 42nd St. and", "at forty second street and" },
    { "Gov. Gavin Newsom", "governor gavin newsom" },
    { "Rep. Nancy Pelosi", "representative nancy pelosi" },
    { "Lt. Gov. Dan Patrick", "lieutenant governor dan patrick" },
    { "Gen. Mark Milley", "general mark milley" },
    { "Sgt. Pepper", "sergeant pepper" },
    { "Martin Luther King Jr.", "martin luther king junior" },
    { "Ken Griffey Sr.", "ken griffey senior" },
    { "Apple Inc.", "apple incorporated" },
    { "Ford Motor Co.", "ford motor company" },
    { "Acme Corp. and Widgets Ltd.", "acme corporation and widgets limited" },
    { "No. 1", "number one" },
    { "No. 10 Downing St.", "number ten downing street" },
    { "No, I said no.", "no i said no" },
    { "Roe v. Wade", "roe V wade" },
    { "Biden vs. Trump", "biden versus trump" },
    { "pens, pencils, etc.", "pens pencils et cetera" },
    { "e.g. this", "E G this" },
    { "i.e. that", "I E that" },
    { "Fresno, Calif., officials", "fresno california officials" },
    { "Utica, N.Y.", "utica new york" },
    { "Boston, Mass., and", "boston massachusetts and" },
    { "Seattle, Wash.", "seattle washington" },
    { "wash your hands", "wash your hands" },
    { "the mass of", "the mass of" },
    { "Sen. Bernie Sanders, I-Vt., said", "senator bernie sanders independent of vermont said" },
    { "Mt. Everest", "mount everest" },
    /* initialisms and acronyms */
    { "U.S.", "U S" },
    { "the U.S. economy", "the U S economy" },
    { "US officials", "U S officials" },
    { "tell us", "tell us" },
    { "U.N.", "U N" },
    { "FBI CIA AP BBC EU UK", "F B I C I A A P B B C E U U K" },
    { "NATO NASA UNICEF COVID OPEC FIFA AIDS", "nato nasa unicef covid opec fifa aids" },
    { "COVID-19", "covid nineteen" },
    { "ESPN NCAA UCLA NAACP LGBTQ", "E S P N N C A A U C L A N A A C P L G B T Q" },
    { "DEFRA", "defra" },
    { "FBI's", "F B I's" },
    { "CEOs", "C E O's" },
    { "NATO's", "nato's" },
    { "NATO CHIEF SAYS FBI WILL ACT", "nato chief says F B I will act" },
    { "X", "x" },
    { "I think", "i think" },
    { "John F. Kennedy", "john F kennedy" },
    { "iPhone", "iphone" },
    { "McDonald's", "mcdonald's" },
    { "Ph.D.", "P H D" },
    { "PhD", "P H D" },
    /* Roman numerals */
    { "World War II", "world war two" },
    { "World War I", "world war one" },
    { "Charles III", "charles the third" },
    { "Henry VIII", "henry the eighth" },
    { "Pope John Paul II", "pope john paul the second" },
    { "Title IX", "title nine" },
    { "Malcolm X", "malcolm x" },
    { "I am", "i am" },
    /* compounds */
    { "economy-oriented", "economy oriented" },
    { "a 10-year-old", "a ten year old" },
    { "and/or", "and or" },
    { "24/7", "twenty four seven" },
    { "9/11", "nine eleven" },
    { "U.S.-led", "U S led" },
    { "T-shirt", "T shirt" },
    { "F-16", "F sixteen" },
    { "21st-century", "twenty first century" },
    { "1/2", "one half" },
    { "3/4", "three quarters" },
    { "2/3", "two thirds" },
    { "2 1/2", "two and a half" },
    { "555-1234", "five five five one two three four" },
    { "1-800-555-0199", "one eight zero zero five five five zero one nine nine" },
    /* symbols */
    { "AT&T", "A T and T" },
    { "Q&A", "Q and A" },
    { "Barnes & Noble", "barnes and noble" },
    { "C++", "C plus plus" },
    { "@nytimes", "at nytimes" },
    { "#1", "number one" },
    { "#MeToo", "hashtag me too" },
    { "--", "" },
    { "...", "" },
    { "wait -- what", "wait what" },
    { "50+", "fifty plus" },
    { "5\xc2\xb0", "five degrees" },
    /* letters with diacritics and other scripts */
    { "caf\xc3\xa9", "cafe" },
    { "Z\xc3\xbcrich", "zurich" },
    { "Pe\xc3\xb1" "a", "pena" },
    { "fa\xc3\xa7" "ade", "facade" },
    { "\xc3\x98rsted", "orsted" },
    { "Stra\xc3\x9f" "e", "strasse" },
    { "\xc5\x81\xc3\xb3" "d\xc5\xba", "lodz" },
    { "\xd0\x9c\xd0\xbe\xd1\x81\xd0\xba\xd0\xb2\xd0\xb0", "" },
    { "Beyonc\xc3\xa9's", "beyonce's" },
    /* apostrophes */
    { "Afghanistan's", "afghanistan's" },
    { "won't", "won't" },
    { "the students' rights", "the students rights" },
    { "*Breaking* <b>", "breaking b" },
    /* letters and digits mixed */
    { "MP3", "M P three" },
    { "4G", "four G" },
    { "H1N1", "H one N one" },
    { "B2B", "B two B" },
    { "5km", "five kilometers" },
    { "65 mph", "sixty five miles per hour" },
    { "COVID19", "covid nineteen" },
    { "G7", "G seven" },
    /* web */
    { "amazon.com", "amazon dot com" },
    { "the .com boom", "the dot com boom" },
    { "a .org site", "a dot org site" },
    /* more context */
    { "in 1066", "in ten sixty six" },
    { "1066 votes", "one thousand sixty six votes" },
    { "ISBN 978-0-19-960563-7", "I S B N nine seven eight o one nine nine six o five six three seven" },
    { "june 20 2014", "june twentieth twenty fourteen" },
    { "12 Oct 2000", "the twelfth of october two thousand" },
    { "Vote NO on 2", "vote no on two" },
    { "Route NO 128", "route number one hundred twenty eight" },
    { "WASHINGTON (AP) -- The", "washington A P the" },
    { "LOS ANGELES (AP) --", "los angeles A P" },
    { "the U.K.'s plan", "the U K's plan" },
    { "-0.004kg", "minus zero point o o four kilograms" },
    { "Call 911.", "call nine one one" },
    { "a 50-50 chance", "a fifty fifty chance" },
    { "the Jan. 6 panel", "the january sixth panel" },
    { "ms Lee", "ms lee" },
    { "The Fed's 0.25-point hike", "the fed's zero point two five point hike" },
    { "$50,000.00", "fifty thousand dollars" },
    { "CARES Act", "cares act" },
    { "TOKYO KENYA", "tokyo kenya" },
    { "TOKYO (AP) --", "tokyo A P" },
    /* forms read across tokens or with marks (every token still gives a word) */
    { "$ 5 million", "five million dollars" },
    { "\xc2\xa5" "30 b", "thirty billion yen" },
    { "Rs.500", "five hundred rupees" },
    { "16\" wheels", "sixteen inches wheels" },
    { "5'11\" tall", "five feet eleven inches tall" },
    { "a 10' pole", "a ten foot pole" },
    { "on 1/4 at noon", "on january fourth at noon" },
    { "2/3rd cup", "two thirds cup" },
    { "3-1/2 inch", "three and a half inch" },
    { "Fresno, CA 93721", "fresno california nine three seven two one" },
    { "317 S. 3rd St.", "three hundred seventeen south third street" },
    { "1428 Elm St.", "fourteen twenty eight elm street" },
    { "40.5\xc2\xb0 N", "forty point five degrees north" },
    { "117/sq mi", "one hundred seventeen per square mile" },
    { "$5 per kg", "five dollars per kilogram" },
    { "1.2m copies", "one point two million copies" },
    { "10 x 20 cm", "ten by twenty centimeters" },
    { "4x100m", "four by one hundred meters" },
    { "1- 2 = 5", "one minus two equals five" },
    { "401(k)", "four oh one K" },
    { "C212", "C two one two" },
    { "FY2023", "F Y twenty twenty three" },
    { "OCLC 12345678", "O C L C one two three four five six seven eight" },
    { "pp. 5", "pages five" },
    { "eds.", "E D S" },
    { "WWII", "world war two" },
    { "Episode IV", "episode four" },
    { "No.1", "number one" },
    { "1.1.3", "one dot one dot three" },
    { "12.05.2010", "the twelfth of may twenty ten" },
    { "May 1-5", "may first to fifth" },
    { "3.30pm", "three thirty P M" },
    { "the \xce\xb1-helix", "the alpha helix" },
    { "http: //www.x.com/a", "H T T P colon slash slash W W W dot X dot com slash A" },
    { "R-Texas", "R texas" },
    { "Sen. Al Roe, R-Texas, said", "senator al roe republican of texas said" },
    { "ChatGPT", "chat G P T" },
    { "CO\xe2\x82\x82 levels", "C O two levels" },
    { "3 \xc3\x97 10\xe2\x81\xb8", "three times ten to the power of eight" },
    { "~$5 million", "approximately five million dollars" },
    { "of W. Main St.", "of west main street" },
    { "1,50,000", "one hundred fifty thousand" },
    { "40,000 CHF", "forty thousand swiss francs" },
    { "mRNAs", "M R N A's" },
    { "GmbH", "G M B H" },
    { "2:03:45", "two hours three minutes and forty five seconds" },
    { "40\xc2\xb0" "26'46\"N", "forty degrees twenty six minutes forty six seconds north" },
    { "8.5/10", "eight point five out of ten" },
    { "$20-million", "twenty million dollar" },
    { "AB-123456", "A B one two three four five six" },
    { "for Elizabeth I.", "for elizabeth the first" },
    { "124,444,234,854,823,834,553", "one hundred twenty four quintillion four hundred forty four quadrillion two hundred thirty four trillion eight hundred fifty four billion eight hundred twenty three million eight hundred thirty four thousand five hundred fifty three" },
};

#define N_CASES (sizeof cases / sizeof cases[0])

static void test_cases(void)
{
    size_t i;
    sink *k = malloc(sizeof *k);

    for (i = 0; i < N_CASES; i++) {
        int rc = run(cases[i].in, k);
        CHECK_INT(rc, 0);
        if (strcmp(k->out, cases[i].want) != 0)
            fprintf(stderr, "  case %zu: \"%s\"\n", i, cases[i].in);
        CHECK_STR(k->out, cases[i].want);
        CHECK_INT(k->bad, 0);
        CHECK_INT(k->dropped, 0);
    }
    free(k);
}

/* ---- token indexes ------------------------------------------------------------------ */

static void check_indexes(const char *in, const char *want, const size_t *idx, size_t n)
{
    sink *k = malloc(sizeof *k);
    size_t i;

    run(in, k);
    CHECK_STR(k->out, want);
    CHECK_INT(k->n_words, n);
    for (i = 0; i < n && i < k->n_words; i++)
        CHECK_INT(k->idx[i], idx[i]);
    free(k);
}

static void test_indexes(void)
{
    static const size_t sept[] = { 0, 1, 1 };
    static const size_t money[] = { 0, 0, 0, 1, 1, 2 };
    static const size_t us[] = { 0, 1, 1, 2 };
    static const size_t dash[] = { 0, 2 };
    static const size_t hyphen[] = { 0, 1, 1, 1 };

    check_indexes("Sept. 21", "september twenty first", sept, 3);
    check_indexes("$4.5 billion loss", "four point five billion dollars loss", money, 6);
    check_indexes("the U.S. economy", "the U S economy", us, 4);
    check_indexes("wait -- what", "wait what", dash, 2);
    check_indexes("a 10-year-old", "a ten year old", hyphen, 4);
    /* a currency code before the amount says nothing itself; after it, the unit */
    {
        static const size_t before[] = { 1, 2, 2, 2, 2 };
        static const size_t after[] = { 0, 0, 1, 1, 1 };
        static const size_t range[] = { 0, 1, 1, 1, 2 };
        check_indexes("USD 5 million", "five million U S dollars", before, 5);
        check_indexes("100 USD", "one hundred U S dollars", after, 5);
        check_indexes("June 5-July 3", "june fifth to july third", range, 5);
    }
}

/* ---- the callback's stop value --------------------------------------------------- */

static void test_stop(void)
{
    sink *k = malloc(sizeof *k);
    sentence *st = malloc(sizeof *st);
    int rc;

    tokenize(st, "one hundred twenty three 456 people");
    memset(k, 0, sizeof *k);
    k->n_tok = st->n_tok;
    k->stop_after = 6;
    rc = nv__normalize(st->tok, st->n_tok, collect, k);
    CHECK_INT(rc, 7);
    CHECK_INT(k->n_words, 6);
    CHECK_INT(nv__normalize(NULL, 0, collect, k), 0);
    CHECK_INT(nv__normalize(st->tok, 0, collect, k), 0);
    free(st->copy);
    free(st);
    free(k);
}

/* ---- robustness ---------------------------------------------------------------------- */

static void check_survives(const char *text)
{
    sink *k = malloc(sizeof *k);

    CHECK_INT(run(text, k), 0);
    CHECK_INT(k->bad, 0);
    CHECK_INT(k->dropped, 0);
    free(k);
}

static void test_long_tokens(void)
{
    static const char *const units[] = {
        "1", "a", "A", "-", "1-", "/", "1/", ".1", "$", "'", "1,", "I", "a.", "&",
        "\xc3\xa9", "\xd0\x96", "9:", "X-", "$1", "%", "#", "1a", "a1", "II"
    };
    size_t u, i;
    char *buf = malloc(1100);
    sink *k = malloc(sizeof *k);

    /* 1,000 digits: read digit by digit. */
    for (i = 0; i < 1000; i++)
        buf[i] = (char)('0' + (i * 7 + 3) % 10);
    buf[1000] = 0;
    CHECK_INT(run(buf, k), 0);
    CHECK_INT(k->n_words, 1000);
    CHECK_INT(k->bad, 0);
    /* 500-character tokens made of one repeated unit. */
    for (u = 0; u < sizeof units / sizeof units[0]; u++) {
        size_t n = strlen(units[u]), len = 0;
        while (len + n <= 500) {
            memcpy(buf + len, units[u], n);
            len += n;
        }
        buf[len] = 0;
        check_survives(buf);
    }
    free(k);
    free(buf);
}

static uint32_t rng_next(uint32_t *s)
{
    *s = *s * 1664525u + 1013904223u;
    return *s >> 8;
}

static void test_random_bytes(void)
{
    static const char alphabet[] = "0123456789aAzZ.,-/:$%&'#+@ eIVX\xc3\xa9\xe2\x82\xac";
    uint32_t seed = 12345;
    char *buf = malloc(512);
    int round;

    for (round = 0; round < 3000; round++) {
        size_t len = rng_next(&seed) % 200, i;
        int pick = round % 2;   /* half raw bytes, half from a number-and-symbol alphabet */
        for (i = 0; i < len; i++) {
            char ch = pick ? (char)(1 + rng_next(&seed) % 255)
                           : alphabet[rng_next(&seed) % (sizeof alphabet - 1)];
            buf[i] = ch;
        }
        buf[len] = 0;
        check_survives(buf);
    }
    free(buf);
}

static void test_long_sentence(void)
{
    size_t i, len = 0;
    char *buf = malloc(8192);
    static const char *const words[] = { "The", "$4.5", "billion", "U.S.", "Sept.", "21,",
                                         "2025", "--", "3:30", "p.m.", "10-15%", "Dr." };

    for (i = 0; i < 600; i++) {
        const char *w = words[i % (sizeof words / sizeof words[0])];
        size_t n = strlen(w);
        memcpy(buf + len, w, n);
        len += n;
        buf[len++] = ' ';
    }
    buf[len] = 0;
    check_survives(buf);
    free(buf);
}

int main(void)
{
    test_cases();
    test_indexes();
    test_stop();
    test_long_tokens();
    test_random_bytes();
    test_long_sentence();
    printf("%zu sentence cases\n", N_CASES);
    return CHECK_DONE();
}
