/* test_userlex.c - publisher lexicons: the file format (plain text and PLS),
 * errors with file, line and column, what wins over what (publisher over
 * dictionary, tagged readings, exact case, phrases, possessives), the origin
 * each word reports, and reloading while an engine is open. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check.h"
#include "word_line.h"
#include "newsvoice.h"
#include "pron/userlex.h"

/* ---- the parser on its own --------------------------------------------------------- */

static void expect_error(const char *text, const char *want)
{
    nv_userlex *ul = (nv_userlex *)1;
    char err[512] = "";
    CHECK_INT(nv__userlex_parse("pub.txt", text, strlen(text), 0, &ul, err, sizeof err), -1);
    CHECK(ul == NULL);
    CHECK_STR(err, want);
}

static void test_parse_errors(void)
{
    expect_error("# header\nNguyen\tW IH1 NX\n", "pub.txt:2:8: unknown ARPAbet phone "
                 "(use CMUdict's: AA AE AH ... ZH, stress 0-2)");
    expect_error("Nguyen W IH1 N\n",
                 "pub.txt:1:15: expected GRAPHEME<TAB>PRONUNCIATION (or two spaces between them)");
    expect_error("ok\tOW1 K EY1\nlead\tL EH1 D\tnounish\n",
                 "pub.txt:2:14: unknown part of speech (use n, v, j or -)");
    expect_error("US\tY UW1 EH1 S\t-\tloud\n", "pub.txt:1:18: unknown flag (use case)");
    expect_error("a b c\tEY1 | B IY1\n", "pub.txt:1:7: a '|' per word boundary is needed: "
                 "as many pronunciations as words");
    expect_error("Kyiv\t/kɥiv/\n", "pub.txt:1:6: IPA symbol not understood "
                 "(supported: the English phoneme set)");
    expect_error("\tK IY1 V\n", "pub.txt:1:1: empty grapheme");
    expect_error("one two three four five six seven eight nine\tW AH1 N\n",
                 "pub.txt:1:1: grapheme longer than 8 words");
    expect_error("<lexicon alphabet=\"ipa\">\n<lexeme>\n<grapheme>Kyiv</grapheme>\n</lexeme>\n"
                 "</lexicon>\n", "pub.txt:2:1: <lexeme> without <phoneme>");
    expect_error("<lexicon alphabet=\"sampa\">\n</lexicon>\n",
                 "pub.txt:1:1: alphabet \"sampa\" not supported (ipa or x-arpabet)");
    expect_error("<lexicon>\n<lexeme>\n<grapheme>x</grapheme>\n</lexicon>\n",
                 "pub.txt:4:11: not well-formed XML: Opening and ending tag mismatch: lexeme "
                 "line 2 and lexicon");
}

static void test_parse_ok(void)
{
    const char *text = "\xEF\xBB\xBF# a comment\r\n"
                       "\r\n"
                       "Nguyen  W IH1 N\r\n"
                       "Kyiv\t/ˈkiːv/\n"
                       "lead\tL EH1 D\tn\n"
                       "lead\tL IY1 D\tverb\n"
                       "Zabihullah Mujahid\tZ AA0 B IY0 HH UH1 L AH0 | M UW0 JH AA1 HH IH0 D\n";
    nv_userlex *ul = NULL;
    char err[256] = "";
    CHECK_INT(nv__userlex_parse("pub.txt", text, strlen(text), 0, &ul, err, sizeof err), 0);
    CHECK_STR(err, "");
    CHECK_INT(nv__userlex_size(ul), 5);
    nv_pron p;
    /* Kyiv: IPA converted, stress on its one vowel */
    CHECK_INT(nv__userlex_word(ul, "kyiv", 4, NULL, "Kyiv", 4, &p), 1);
    CHECK_INT(p.n_ph, 3);
    CHECK_INT(p.n_syl, 1);
    CHECK_INT(p.syl_stress[0], 1);
    /* a tagged entry applies to its part of speech only */
    CHECK_INT(nv__userlex_word(ul, "lead", 4, "v", "lead", 4, &p), 1);
    CHECK_INT(p.n_ph, 3);
    CHECK_INT(nv__userlex_word(ul, "lead", 4, NULL, "lead", 4, &p), 0);
    /* phrases are not single words */
    CHECK_INT(nv__userlex_word(ul, "mujahid", 7, NULL, "Mujahid", 7, &p), 0);
    nv__userlex_free(ul);

    const char *pls =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<lexicon version=\"1.0\" xmlns=\"http://www.w3.org/2005/01/pronunciation-lexicon\"\n"
        "         alphabet=\"ipa\" xml:lang=\"en-US\">\n"
        "  <lexeme><grapheme>Nguyen</grapheme><grapheme>NGUYEN</grapheme>"
        "<phoneme>wɪn</phoneme></lexeme>\n"
        "  <lexeme><grapheme>Kyiv</grapheme>"
        "<phoneme alphabet=\"x-arpabet\">K IY1 V</phoneme></lexeme>\n"
        "</lexicon>\n";
    CHECK_INT(nv__userlex_parse("pub.pls", pls, strlen(pls), 0, &ul, err, sizeof err), 0);
    CHECK_INT(nv__userlex_size(ul), 3);
    CHECK_INT(nv__userlex_word(ul, "kyiv", 4, NULL, "Kyiv", 4, &p), 1);
    CHECK_INT(p.n_ph, 3);
    nv__userlex_free(ul);

    /* the names lexicon matches capitalised words only */
    const char *names = "Said\tS AA0 IY1 D\n";
    CHECK_INT(nv__userlex_parse("names.txt", names, strlen(names), 1, &ul, err, sizeof err), 0);
    CHECK_INT(nv__userlex_word(ul, "said", 4, NULL, "Said", 4, &p), 1);
    CHECK_INT(nv__userlex_word(ul, "said", 4, NULL, "said", 4, &p), 0);
    nv__userlex_free(ul);
}

/* mutated files: every outcome is a parsed lexicon or an error naming the file */
static void test_mutations(void)
{
    const char *seeds[2] = {
        "# x\nNguyen\tW IH1 N\nlead\tL EH1 D\tn\nUS\tY UW1 EH1 S\t-\tcase\n"
        "A B\tEY1 | B IY1\nKyiv\t/\xcb\x88ki\xcb\x90v/\t# note\n",
        "<lexicon alphabet=\"ipa\"><lexeme><grapheme>Kyiv</grapheme><phoneme>ki\xcb\x90v"
        "</phoneme></lexeme><lexeme><grapheme>x</grapheme><phoneme alphabet=\"x-arpabet\">"
        "EH1 K S</phoneme></lexeme></lexicon>\n"};
    const char junk[] = "\t\n |/#<>&\"\x80\xff\xc3\xa9" "AZaz019-";
    unsigned long long seed = 7;
    int parsed = 0, errors = 0;
    for (int round = 0; round < 4000; round++) {
        char buf[512];
        const char *src = seeds[round % 2];
        size_t n = strlen(src);
        memcpy(buf, src, n);
        for (int m = 0; m < 1 + round % 4; m++) {
            seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
            size_t at = (size_t)(seed >> 33) % n;
            buf[at] = junk[(seed >> 20) % (sizeof junk - 1)];
        }
        if (round % 7 == 0)
            n = (size_t)(seed >> 40) % n;   /* truncated */
        nv_userlex *ul = NULL;
        char err[256] = "";
        if (nv__userlex_parse("m.txt", buf, n, round % 3 == 0, &ul, err, sizeof err) == 0) {
            parsed++;
            nv_pron p;
            nv__userlex_word(ul, "nguyen", 6, "n", "Nguyen", 6, &p);
            nv__userlex_free(ul);
        } else {
            errors += strncmp(err, "m.txt:", 6) == 0;
        }
    }
    CHECK(parsed > 100);
    CHECK_INT(parsed + errors, 4000);
}

/* ---- through the engine ----------------------------------------------------------- */

static void phones_of(nv_engine *e, const char *text, char *out, size_t cap)
{
    word_line g;
    memset(&g, 0, sizeof g);
    nv_job *j = NULL;
    CHECK_INT(nv_job_new(e, &j), NV_OK);
    CHECK_INT(nv_job_run(j, text, strlen(text), NV_STAGE_PHONES, word_line_add, &g), NV_OK);
    nv_job_free(j);
    snprintf(out, cap, "%s", g.text);
}

static void write_file(const char *path, const char *text)
{
    FILE *f = fopen(path, "wb");
    CHECK(f != NULL);
    if (f) {
        fputs(text, f);
        fclose(f);
    }
}

static void test_engine(void)
{
    char dir[] = "/tmp/nv-userlex-XXXXXX";
    CHECK(mkdtemp(dir) != NULL);
    char a[256], b[256];
    snprintf(a, sizeof a, "%s/a.txt", dir);
    snprintf(b, sizeof b, "%s/b.pls", dir);
    write_file(a, "# newsroom lexicon\n"
                  "Nguyen\tW IH1 N\n"
                  "live\tL AY1 V\tj\n"
                  "US\tY UW1 EH1 S\t-\tcase\n"
                  "Zabihullah Mujahid\tZ AA0 B IY0 HH UH1 L AH0 | M UW0 JH AA1 HH IH0 D\n"
                  "COVID-19\tK OW1 V IH0 D N AY1 N T IY1 N\n"
                  "data\tD EY1 T AH0\n"
                  "U.N.\tY UW1 EH1 N\t-\tcase\n");
    write_file(b, "<lexicon alphabet=\"x-arpabet\"><lexeme><grapheme>data</grapheme>"
                  "<phoneme>D AE1 T AH0</phoneme></lexeme></lexicon>\n");
    const char *both[2] = {a, b};
    nv_engine_options o;
    memset(&o, 0, sizeof o);
    o.lexicons = both;
    o.n_lexicons = 2;
    nv_engine *e = NULL;
    char err[512] = "";
    CHECK_INT(nv_engine_open(&o, &e, err, sizeof err), NV_OK);
    if (!e)
        return;
    CHECK_INT(nv_engine_lexicon_entries(e), 8);
    char line[2048];

    /* publisher entry over the dictionary's guessless name; possessive added */
    phones_of(e, "Nguyen's team met Nguyen.", line, sizeof line);
    CHECK_STR(line, "nguyen's=W IH1 N Z/publisher team=T IY1 M/dictionary "
                    "met=M EH1 T/dictionary nguyen=W IH1 N/publisher");
    /* a phrase keeps one word per token, each with its own phones */
    phones_of(e, "Zabihullah Mujahid said so.", line, sizeof line);
    CHECK_STR(line, "zabihullah=Z AA0 B IY0 HH UH1 L AH0/publisher "
                    "mujahid=M UW0 JH AA1 HH IH0 D/publisher said=S EH1 D/dictionary "
                    "so=S OW1/dictionary");
    /* punctuation between the words breaks the phrase */
    phones_of(e, "Zabihullah, Mujahid", line, sizeof line);
    CHECK(strstr(line, "publisher") == NULL);
    /* a token the normaliser would expand is claimed whole */
    phones_of(e, "COVID-19 cases", line, sizeof line);
    CHECK_STR(line, "covid=K OW1 V IH0 D N AY1 N T IY1 N/publisher cases=K EY1 S AH0 Z/dictionary");
    /* exact case: "US" but not "us" */
    phones_of(e, "The US told us.", line, sizeof line);
    CHECK(strstr(line, "us=Y UW1 EH1 S/publisher told") != NULL);
    CHECK(strstr(line, "told=T OW1 L D/dictionary us=AH1 S/dictionary") != NULL);
    /* an entry with periods matches the token as the sentence splitter leaves it */
    phones_of(e, "It went to the U.N.", line, sizeof line);
    CHECK(strstr(line, "un=Y UW1 EH1 N/publisher") != NULL);
    /* a claimed name is still context for its neighbours: the title before it
     * and the party and state after it are read as such */
    phones_of(e, "Gov. Nguyen, D-Calif., spoke.", line, sizeof line);
    CHECK(strncmp(line, "governor=", 9) == 0);
    CHECK(strstr(line, " nguyen=W IH1 N/publisher democrat=") != NULL);
    CHECK(strstr(line, " of=AH1 V/dictionary california=") != NULL);
    /* a later file wins */
    phones_of(e, "The data", line, sizeof line);
    CHECK_STR(line, "the=DH AH0/dictionary data=D AE1 T AH0/publisher");

    /* reload: an editor fixes an entry; the engine reads it again */
    write_file(a, "Nguyen\tN UW1 Y EH0 N\n");
    CHECK_INT(nv_engine_reload_lexicons(e, err, sizeof err), NV_OK);
    CHECK_INT(nv_engine_lexicon_entries(e), 2);
    phones_of(e, "Nguyen", line, sizeof line);
    CHECK_STR(line, "nguyen=N UW1 Y EH0 N/publisher");
    /* a broken file: error with its line, and the engine keeps what it had */
    write_file(a, "Nguyen\tN UW1 Y EH0 N\nKyiv\tK IY1 VV\n");
    CHECK_INT(nv_engine_reload_lexicons(e, err, sizeof err), NV_ESYNTAX);
    char want[512];
    snprintf(want, sizeof want, "lexicon %s:2:6: unknown ARPAbet phone (use CMUdict's: AA AE "
             "AH ... ZH, stress 0-2)", a);
    CHECK_STR(err, want);
    phones_of(e, "Nguyen", line, sizeof line);
    CHECK_STR(line, "nguyen=N UW1 Y EH0 N/publisher");
    /* no lexicons at all */
    CHECK_INT(nv_engine_set_lexicons(e, NULL, 0, err, sizeof err), NV_OK);
    CHECK_INT(nv_engine_lexicon_entries(e), 0);
    phones_of(e, "data", line, sizeof line);
    CHECK(strstr(line, "/dictionary") != NULL);
    nv_engine_close(e);

    /* names lexicon (shipped): capitalised only, before the dictionary */
    o.lexicons = NULL;
    o.n_lexicons = 0;
    CHECK_INT(nv_engine_open(&o, &e, err, sizeof err), NV_OK);
    if (e) {
        phones_of(e, "Kharkiv", line, sizeof line);
        CHECK_STR(line, "kharkiv=K AA1 R K IY0 V/names");
        /* names the letter-to-sound model and the dictionary got wrong */
        phones_of(e, "Kamala Harris met Volodymyr Zelensky", line, sizeof line);
        CHECK_STR(line, "kamala=K AA1 M AH0 L AH0/names harris=HH EH1 R IH0 S/dictionary "
                        "met=M EH1 T/dictionary volodymyr=V AA2 L AH0 D IH1 M IH0 R/names "
                        "zelensky=Z EH0 L EH1 N S K IY0/names");
        phones_of(e, "Ja Morant and LeBron", line, sizeof line);
        CHECK_STR(line, "ja=JH AA1/names morant=M ER0 AE1 N T/names and=AE1 N D/dictionary "
                        "lebron=L AH0 B R AA1 N/names");
        /* an apostrophe inside a name is part of the entry */
        phones_of(e, "Ja'Marr Chase", line, sizeof line);
        CHECK(strncmp(line, "ja'marr=JH AH0 M AA1 R/names ", 29) == 0);
        /* the city is a name; the wine, in lower case, is the dictionary's */
        phones_of(e, "Shiraz", line, sizeof line);
        CHECK_STR(line, "shiraz=SH IH0 R AA1 Z/names");
        phones_of(e, "a shiraz", line, sizeof line);
        CHECK(strstr(line, "/names") == NULL);
        /* a capitalised word that looks romanised and is in no lexicon is
         * guessed with continental vowels; the same letters in lower case are
         * read the English way */
        phones_of(e, "Khadirov and Tashkandi", line, sizeof line);
        CHECK_STR(line, "khadirov=K AA1 D ER0 AO1 V/guess and=AE1 N D/dictionary "
                        "tashkandi=T AA0 SH K AA1 N D IY0/guess");
        phones_of(e, "Zhukov", line, sizeof line);
        CHECK_STR(line, "zhukov=ZH UW1 K AO1 V/guess");
        /* pinyin initials: q before i is "ch", x before i or u is "sh" */
        phones_of(e, "Qinghai", line, sizeof line);
        CHECK(strncmp(line, "qinghai=CH ", 11) == 0);
        phones_of(e, "Xuzhou", line, sizeof line);
        CHECK(strncmp(line, "xuzhou=SH ", 10) == 0 && strstr(line, "/guess"));
        /* pinyin q is only before i: before a vowel it is Arabic "k" */
        phones_of(e, "Qalibaf", line, sizeof line);
        CHECK(strncmp(line, "qalibaf=K ", 10) == 0 && strstr(line, "/guess"));
        /* the parts of a hyphenated name are names too; its linking
         * particles are unstressed, and lower-case compounds are not names */
        phones_of(e, "al-Sharaa met Ben-Gvir in Mazar-i-Sharif", line, sizeof line);
        CHECK_STR(line, "al=AH0 L/names sharaa=SH AH0 R AA1/names met=M EH1 T/dictionary "
                        "ben=B EH1 N/dictionary gvir=G V IH1 R/names in=IH0 N/dictionary "
                        "mazar=M AA0 Z AA1 R/guess i=IY1/names sharif=SH ER0 IY1 F/dictionary");
        /* a capital outside ASCII (Latin-1 and Latin Extended-A) is a capital */
        phones_of(e, "Šefčovič", line, sizeof line);
        CHECK(strstr(line, "/names") != NULL);
        phones_of(e, "an e-mail", line, sizeof line);
        CHECK_STR(line, "an=AE1 N/dictionary e=IY1/dictionary mail=M EY1 L/dictionary");
        phones_of(e, "the khadirov", line, sizeof line);
        CHECK_STR(line, "the=DH AH0/dictionary khadirov=K AE1 D ER0 AA0 V/guess");
        /* British spellings take the dictionary's American entry */
        phones_of(e, "organisers behaviour travelling manoeuvre fulfil", line, sizeof line);
        CHECK_STR(line, "organisers=AO1 R G AH0 N AY1 Z ER0 Z/dictionary "
                        "behaviour=B IH0 HH EY1 V Y ER0/dictionary "
                        "travelling=T R AE1 V AH0 L IH0 NG/dictionary "
                        "manoeuvre=M AH0 N UW1 V ER0/dictionary "
                        "fulfil=F UH0 L F IH1 L/dictionary");
        /* camel-case brand names: parts read on their own, stress on the first */
        phones_of(e, "eBay, SpaceX and PayPal", line, sizeof line);
        CHECK_STR(line, "ebay=IY1 B EY2/guess spacex=S P EY1 S EH2 K S/guess "
                        "and=AE1 N D/dictionary paypal=P EY1 P AE2 L/guess");
        nv_engine_close(e);
    }

    /* a missing file fails the open with its name */
    const char *missing[1] = {"/nonexistent/lexicon.txt"};
    o.lexicons = missing;
    o.n_lexicons = 1;
    CHECK_INT(nv_engine_open(&o, &e, err, sizeof err), NV_ESYNTAX);
    CHECK_STR(err, "lexicon /nonexistent/lexicon.txt: cannot open: No such file or directory");
    unlink(a);
    unlink(b);
    rmdir(dir);
}

/* ---- reloading while jobs run on other threads ---------------------------------------- */

typedef struct runner {
    nv_engine *e;
    int runs, bad;
} runner;

static void *run_jobs(void *arg)
{
    runner *r = arg;
    nv_job *j = NULL;
    if (nv_job_new(r->e, &j) != NV_OK) {
        r->bad++;
        return NULL;
    }
    for (int k = 0; k < 40; k++) {
        word_line g;
        memset(&g, 0, sizeof g);
        const char *t = "Nguyen met the Vice President of Acme Corp in Kyiv.";
        if (nv_job_run(j, t, strlen(t), NV_STAGE_PHONES, word_line_add, &g) != NV_OK)
            r->bad++;
        /* one lexicon or the other, never a mixture or garbage */
        else if (!strstr(g.text, "nguyen=W IH1 N/publisher") &&
                 !strstr(g.text, "nguyen=N UW1 Y EH0 N/publisher"))
            r->bad++;
        r->runs++;
    }
    nv_job_free(j);
    return NULL;
}

static void test_reload_threads(void)
{
    char dir[] = "/tmp/nv-userlex-XXXXXX";
    CHECK(mkdtemp(dir) != NULL);
    char a[256];
    snprintf(a, sizeof a, "%s/a.txt", dir);
    write_file(a, "Nguyen\tW IH1 N\n");
    const char *one[1] = {a};
    nv_engine_options o;
    memset(&o, 0, sizeof o);
    o.lexicons = one;
    o.n_lexicons = 1;
    nv_engine *e = NULL;
    char err[512];
    CHECK_INT(nv_engine_open(&o, &e, err, sizeof err), NV_OK);
    if (!e)
        return;
    runner r[2] = {{e, 0, 0}, {e, 0, 0}};
    pthread_t th[2];
    for (int i = 0; i < 2; i++)
        CHECK(pthread_create(&th[i], NULL, run_jobs, &r[i]) == 0);
    for (int k = 0; k < 60; k++) {
        write_file(a, k % 2 ? "Nguyen\tW IH1 N\n" : "Nguyen\tN UW1 Y EH0 N\n");
        CHECK_INT(nv_engine_reload_lexicons(e, err, sizeof err), NV_OK);
    }
    for (int i = 0; i < 2; i++)
        pthread_join(th[i], NULL);
    CHECK_INT(r[0].runs + r[1].runs, 80);
    CHECK_INT(r[0].bad + r[1].bad, 0);
    nv_engine_close(e);
    unlink(a);
    rmdir(dir);
}

int main(void)
{
    test_parse_errors();
    test_parse_ok();
    test_mutations();
    test_engine();
    test_reload_threads();
    return CHECK_DONE();
}
