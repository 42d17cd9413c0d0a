/* test_homograph.c - homograph readings chosen by the part-of-speech tagger and
 * the rules per word (src/pron/tagger.c, src/pron/homograph.c, variants in
 * data/lexicon/variants.txt), through the public API at NV_STAGE_PHONES; then the
 * model loader on missing, corrupt and truncated pos.nvtag files (clean errors,
 * never a crash), and the rules-only fallback. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check.h"
#include "newsvoice.h"
#include "pron/tagger.h"

typedef struct find {
    const char *word;   /* the spoken word to find */
    int nth;            /* which occurrence */
    char phones[128];
    int seen;
} find;

static int on_sentence(void *user, const nv_sentence *s)
{
    find *f = user;
    for (size_t i = 0; i < s->n_words; i++)
        if (strcmp(s->words[i].text, f->word) == 0 && f->seen++ == f->nth && s->words[i].phones)
            snprintf(f->phones, sizeof f->phones, "%s", s->words[i].phones);
    return 0;
}

/* phones of the nth occurrence of word in text */
static const char *phones_of(nv_job *job, const char *text, const char *word, int nth,
                             char *buf, size_t n)
{
    find f = {word, nth, "", 0};
    if (nv_job_run(job, text, strlen(text), NV_STAGE_PHONES, on_sentence, &f) != NV_OK)
        return "(run failed)";
    snprintf(buf, n, "%s", f.phones[0] ? f.phones : "(not found)");
    return buf;
}

#define EXPECT(text, word, nth, want) do { char b_[128]; \
    const char *g_ = phones_of(job, text, word, nth, b_, sizeof b_); check_run++; \
    if (strcmp(g_, want) != 0) { check_failed++; \
        fprintf(stderr, "%s:%d: \"%s\" [%s #%d]: got \"%s\", want \"%s\"\n", __FILE__, \
                __LINE__, text, word, nth, g_, want); } } while (0)

static void test_readings(nv_job *job)
{
    /* tense of read */
    EXPECT("She will read the report tomorrow.", "read", 0, "R IY1 D");
    EXPECT("He has read it twice.", "read", 0, "R EH1 D");
    EXPECT("Yesterday she read the letter aloud.", "read", 0, "R EH1 D");
    EXPECT("I like to read in the evening.", "read", 0, "R IY1 D");
    /* noun and verb stress */
    EXPECT("The band will record a new album in the spring.", "record", 0,
           "R AH0 K AO1 R D");
    EXPECT("She broke the world record in the final.", "record", 0, "R EH1 K ER0 D");
    EXPECT("The engineers object to the new rules.", "object", 0, "AH0 B JH EH1 K T");
    EXPECT("A heavy object fell from the roof.", "object", 0, "AA1 B JH EH0 K T");
    EXPECT("The council will present its plan on Monday.", "present", 0,
           "P R IY0 Z EH1 N T");
    EXPECT("She bought him a present for his birthday.", "present", 0,
           "P R EH1 Z AH0 N T");
    EXPECT("The project was finished on time.", "project", 0, "P R AA1 JH EH0 K T");
    EXPECT("Officials project that costs will rise.", "project", 0, "P R AH0 JH EH1 K T");
    EXPECT("Thousands joined the protest in the square.", "protest", 0,
           "P R OW1 T EH0 S T");
    EXPECT("Farmers plan to protest against the tax.", "protest", 0, "P R AH0 T EH1 S T");
    /* live, use, close, house */
    EXPECT("Millions of people live in the capital.", "live", 0, "L IH1 V");
    EXPECT("The concert was shown live on television.", "live", 0, "L AY1 V");
    EXPECT("They use solar power in the village.", "use", 0, "Y UW1 Z");
    EXPECT("The use of force was criticised.", "use", 0, "Y UW0 S");
    EXPECT("The shops will close at nine.", "close", 0, "K L OW1 Z");
    EXPECT("The two leaders are close friends.", "close", 0, "K L OW1 S");
    EXPECT("Many soldiers lost their lives in the battle.", "lives", 0, "L AY1 V Z");
    EXPECT("She lives in a small town near the coast.", "lives", 0, "L IH1 V Z");
    /* senses the part of speech does not separate */
    EXPECT("The bass swam slowly up the river with the trout.", "bass", 0, "B AE1 S");
    EXPECT("He played bass guitar in a jazz band.", "bass", 0, "B EY1 S");
    EXPECT("The soldier died of a wound to the chest.", "wound", 0, "W UW1 N D");
    EXPECT("The meeting wound up after midnight.", "wound", 0, "W AW1 N D");
    EXPECT("Old pipes made of lead can poison the water supply.", "lead", 0, "L EH1 D");
    EXPECT("She will lead the team next season.", "lead", 0, "L IY1 D");
    EXPECT("A single tear ran down her cheek.", "tear", 0, "T IY1 R");
    EXPECT("Protesters tried to tear down the fence.", "tear", 0, "T EH1 R");
    EXPECT("The wind blew hard all night.", "wind", 0, "W IH1 N D");
    EXPECT("Remember to wind the clock.", "wind", 0, "W AY1 N D");
    EXPECT("She lives in Reading with her family.", "reading", 0, "R EH1 D IH0 NG");
    EXPECT("He enjoys reading history books.", "reading", 0, "R IY1 D IH0 NG");
    EXPECT("The Polish government announced new elections.", "polish", 0,
           "P OW1 L IH0 SH");
    EXPECT("Remember to polish your shoes.", "polish", 0, "P AA1 L IH0 SH");
    EXPECT("The hunter carried a bow and arrows.", "bow", 0, "B OW1");
    EXPECT("The actors took a bow at the end.", "bow", 0, "B AW1");
    EXPECT("The delegate spoke for ten minutes.", "delegate", 0, "D EH1 L AH0 G AH0 T");
    EXPECT("Managers should delegate routine work.", "delegate", 0, "D EH1 L AH0 G EY1 T");
    EXPECT("He died in 1990, aged 82.", "aged", 0, "EY1 JH D");
    EXPECT("The home cares for aged people.", "aged", 0, "EY1 JH IH0 D");
    EXPECT("The minute hand had stopped.", "minute", 0, "M IH1 N AH0 T");
    EXPECT("The desert stretches for miles.", "desert", 0, "D EH1 Z ER0 T");
    EXPECT("Soldiers who desert face prison.", "desert", 0, "D IH0 Z ER1 T");
    /* context rules over the tagger: infinitive, subject pronoun, plural subject */
    EXPECT("Several officers decided to defect last year.", "defect", 0, "D IH1 F EH1 K T");
    EXPECT("They conduct regular safety checks.", "conduct", 0, "K AH0 N D AH1 K T");
    EXPECT("Prices and wages often correlate with inflation.", "correlate", 0,
           "K AO1 R AH0 L EY1 T");
    EXPECT("Strong winds caused damage across the region.", "winds", 0, "W IH1 N D Z");
    EXPECT("The path winds through the forest.", "winds", 0, "W AY1 N D Z");
    /* senses and names */
    EXPECT("He drew the x and y axes on the board.", "axes", 0, "AE1 K S IY0 Z");
    EXPECT("The museum shows stone axes and knives.", "axes", 0, "AE1 K S IH0 Z");
    EXPECT("Celtic won the match on Saturday.", "celtic", 0, "S EH1 L T IH0 K");
    EXPECT("Welsh is one of the Celtic languages.", "celtic", 0, "K EH1 L T IH0 K");
    EXPECT("Ravel wrote the piece in Paris.", "ravel", 0, "R AH0 V EH1 L");
    EXPECT("The moped was parked outside.", "moped", 0, "M OW1 P EH1 D");
    EXPECT("The court found the contract invalid.", "invalid", 0, "IH1 N V AH1 L AH0 D");
    EXPECT("She nursed him like an invalid.", "invalid", 0, "IH1 N V AH0 L AH0 D");
    EXPECT("The buffet opens at noon.", "buffet", 0, "B AH0 F EY1");
    EXPECT("He studied the Book of Job in the evenings.", "job", 0, "JH OW1 B");
    EXPECT("She found a new job in the city.", "job", 0, "JH AA1 B");
    EXPECT("The pencil lead snapped.", "lead", 0, "L EH1 D");
    EXPECT("He learned to swim as a child.", "learned", 0, "L ER1 N D");
    EXPECT("He was a learned man.", "learned", 0, "L ER1 N IH0 D");
    EXPECT("The expatriate community grew quickly.", "expatriate", 0,
           "EH1 K S P EY1 T R IY1 AH0 T");
    /* past of wind, a rip, rubbish, live at the end of a clause, address */
    EXPECT("She wound the clock before bed.", "wound", 0, "W AW1 N D");
    EXPECT("He suffered a tear in his hamstring.", "tear", 0, "T EH1 R");
    EXPECT("She had a tear in her eye.", "tear", 0, "T IY1 R");
    EXPECT("The city collects refuse on Mondays.", "refuse", 0, "R EH1 F Y UW1 S");
    EXPECT("Workers refuse to return.", "refuse", 0, "R AH0 F Y UW1 Z");
    EXPECT("Fans watched the game live.", "live", 0, "L AY1 V");
    EXPECT("That is where they live.", "live", 0, "L IH1 V");
    EXPECT("The president will address the nation tonight.", "address", 0,
           "AH0 D R EH1 S");
    EXPECT("Police released the address of the house.", "address", 0, "AE1 D R EH1 S");
    EXPECT("Investigators found minute traces of the drug.", "minute", 0, "M IH1 N UW0 T");
    EXPECT("She read the letter again yesterday.", "read", 0, "R EH1 D");
    EXPECT("Storm winds battered the coast overnight.", "winds", 0, "W IH1 N D Z");
    /* a plural subject and a bare verb closing the clause; a possessive before */
    EXPECT("Hopes rise as talks progress.", "progress", 0, "P R AH0 G R EH1 S");
    EXPECT("The farmers' produce sold well.", "produce", 0, "P R OW1 D UW0 S");
    EXPECT("The firm's produce sold well.", "produce", 0, "P R OW1 D UW0 S");
    EXPECT("The two men converse daily.", "converse", 0, "K AH0 N V ER1 S");
    EXPECT("Minor to moderate damage was reported.", "moderate", 0, "M AA1 D ER0 AH0 T");
    EXPECT("When heated, lead is soft.", "lead", 0, "L EH1 D");
    EXPECT("As Maria and John converse, the bell rings.", "converse", 0, "K AH0 N V ER1 S");
    EXPECT("Gale-force winds ripped through the county.", "winds", 0, "W IH1 N D Z");
    EXPECT("Human rights advocate Jane Smith spoke.", "advocate", 0, "AE1 D V AH0 K AH0 T");
    EXPECT("He verbally abuses the staff.", "abuses", 0, "AH0 B Y UW1 Z IH0 Z");
    EXPECT("He abuses and neglects the dog.", "abuses", 0, "AH0 B Y UW1 Z IH0 Z");
    EXPECT("The FBI uses two methods.", "uses", 0, "Y UW1 Z IH0 Z");
    EXPECT("Apple increases prices again.", "increases", 0, "IH0 N K R IY1 S AH0 Z");
    EXPECT("He used to live in Ohio.", "used", 0, "Y UW1 S T");
    EXPECT("A row over funding erupted in parliament.", "row", 0, "R AW1");
    EXPECT("The two plans conflict.", "conflict", 0, "K AH0 N F L IH1 K T");
    EXPECT("He bought a wind-up toy.", "wind", 0, "W AY1 N D");
    EXPECT("She updated her resume.", "resume", 0, "R EH1 Z AH0 M EY1");
    EXPECT("Let her resume.", "resume", 0, "R IH0 Z UW1 M");
    EXPECT("She sat in the front row.", "row", 0, "R OW1");
    EXPECT("Crews row the boat over the lake.", "row", 0, "R OW1");
    EXPECT("She is used to the cold.", "used", 0, "Y UW1 S T");
    EXPECT("The money was used to build roads.", "used", 0, "Y UW1 Z D");
    EXPECT("Officials present at the meeting spoke.", "present", 0, "P R EH1 Z AH0 N T");
    EXPECT("The Senate records were sealed.", "records", 0, "R EH1 K ER0 D Z");
    EXPECT("Early estimates show a loss.", "estimates", 0, "EH1 S T AH0 M AH0 T S");
    EXPECT("They eat poorly and abuse drugs.", "abuse", 0, "AH0 B Y UW1 Z");
    EXPECT("As the cells degenerate, tissue dies.", "degenerate", 0,
           "D IH0 JH EH1 N ER0 EY1 T");
    EXPECT("The lead was seven points.", "lead", 0, "L IY1 D");
    EXPECT("She agreed to moderate the forum.", "moderate", 0, "M AA1 D ER0 EY0 T");
    EXPECT("She analyses the data every week.", "analyses", 0, "AE1 N AH0 L AY1 Z IH0 Z");
    /* syntax around a bare verb or a noun phrase's head */
    EXPECT("Soldiers who tried to desert were court-martialed.", "desert", 0,
           "D IH0 Z ER1 T");
    EXPECT("Seabirds frequent the rocky islands in spring.", "frequent", 0,
           "F R IH0 K W EH1 N T");
    EXPECT("In ferns, generations alternate during the cycle.", "alternate", 0,
           "AO1 L T ER0 N EY1 T");
    EXPECT("The agency does not aggregate data from small towns.", "aggregate", 0,
           "AE1 G R AH0 G EY1 T");
    EXPECT("Patients often present with a fever and a cough.", "present", 0,
           "P R IY0 Z EH1 N T");
    EXPECT("Clubs that progress to the final share the prize.", "progress", 0,
           "P R AH0 G R EH1 S");
    EXPECT("A police escort led the parade down Main Street.", "escort", 0,
           "EH1 S K AO0 R T");
    EXPECT("Diggers found a stone implement near the river.", "implement", 0,
           "IH1 M P L AH0 M AH0 N T");
    EXPECT("Dealers in the region combine sales with repairs.", "combine", 0,
           "K AH0 M B AY1 N");
    EXPECT("The losing players moped around the locker room.", "moped", 0, "M OW1 P T");
    EXPECT("She rode her moped around the town.", "moped", 0, "M OW1 P EH1 D");
    EXPECT("Field teams from the museum, working in three provinces, record bird calls at dawn.",
           "record", 0, "R AH0 K AO1 R D");
    EXPECT("Rules adopted by the board in 2019 permit members to vote online.", "permit", 0,
           "P ER0 M IH1 T");
    EXPECT("Coins, stamps, record sleeves and posters were sold.", "record", 0,
           "R EH1 K ER0 D");
    EXPECT("The members of the council use the old hall.", "use", 0, "Y UW1 Z");
    EXPECT("The Brothers of the order use the old hall.", "use", 0, "Y UW1 Z");
    EXPECT("It was an early Christmas present for drivers.", "present", 0,
           "P R EH1 Z AH0 N T");
    EXPECT("A police escort accompanied the bus.", "escort", 0, "EH1 S K AO0 R T");
    EXPECT("The shops close at 9 p.m. on weekdays.", "close", 0, "K L OW1 Z");
    EXPECT("Help was close at hand.", "close", 0, "K L OW1 S");
    EXPECT("The sports supplement comes out on Sunday.", "supplement", 0,
           "S AH1 P L AH0 M AH0 N T");
}

static void test_headline_caps(nv_job *job)
{
    /* a headline in capitals: words the lexicon knows are words, unknown
     * initialisms are spelled */
    const char *h = "FBI RAIDS HOME OF NYC MAYOR'S AIDE IN IRS PROBE";
    EXPECT(h, "nyc", 0, "EH2 N W AY2 S IY1");
    EXPECT(h, "irs", 0, "AY2 AA2 R EH1 S");
    EXPECT(h, "aide", 0, "EY1 D");
    EXPECT(h, "raids", 0, "R EY1 D Z");
    /* in ordinary text capitals are spelled by the normaliser as before */
    EXPECT("The IRS said so.", "i", 0, "AY1");
}

static void test_plain_words(nv_job *job)
{
    /* words with one reading are untouched by the tagger */
    EXPECT("The committee approved the budget on Tuesday.", "budget", 0,
           "B AH1 JH AH0 T");
    EXPECT("The committee approved the budget on Tuesday.", "the", 0, "DH AH0");
    /* odd input: no crash, some output */
    char b[128];
    CHECK(strcmp(phones_of(job, "Read read READ read.", "read", 3, b, sizeof b),
                 "(not found)") != 0);
    CHECK(strcmp(phones_of(job, "'s n't 'll ' '' don't it's Bow's.", "don't", 0, b,
                           sizeof b), "(not found)") != 0);
    /* one enormous sentence without punctuation: tagged or left to the rules,
     * never a failure */
    static const char *const pieces[] = {"they ", "will ", "record ", "the ", "lead ",
                                         "wound ", "close ", "read ", "Polish ", "bass "};
    size_t cap = 20000 * 8 + 2, len = 0;
    char *big = malloc(cap);
    CHECK(big != NULL);
    if (big) {
        for (int i = 0; i < 20000; i++) {
            const char *p = pieces[i % 10];
            memcpy(big + len, p, strlen(p));
            len += strlen(p);
        }
        big[len++] = '.';
        big[len] = '\0';
        CHECK(strcmp(phones_of(job, big, "record", 1999, b, sizeof b), "(not found)") != 0);
        free(big);
    }
    EXPECT("wound", "wound", 0, "W UW1 N D");
}

static int write_file(const char *path, const void *data, size_t n)
{
    FILE *f = fopen(path, "wb");
    if (!f)
        return -1;
    size_t w = fwrite(data, 1, n, f);
    return fclose(f) == 0 && w == n ? 0 : -1;
}

static void test_model_files(const char *data)
{
    char path[1024], err[256];
    nv_tagger *tg = NULL;
    /* rules only */
    CHECK_INT(nv__tagger_open(NULL, &tg, err, sizeof err), 0);
    CHECK(tg != NULL && !nv__tagger_has_model(tg));
    nv__tagger_close(tg);
    nv__tagger_close(NULL);
    /* missing */
    CHECK_INT(nv__tagger_open("/nonexistent/pos.nvtag", &tg, err, sizeof err), -1);
    CHECK(tg == NULL && strstr(err, "cannot open") != NULL);
    /* the real model */
    snprintf(path, sizeof path, "%s/%s", data, NV_TAGGER_FILE);
    FILE *f = fopen(path, "rb");
    if (!f) {
        printf("%s not built: model file tests skipped\n", path);
        return;
    }
    fseek(f, 0, SEEK_END);
    long size = ftell(f);
    fseek(f, 0, SEEK_SET);
    unsigned char *buf = malloc((size_t)size);
    CHECK(buf && fread(buf, 1, (size_t)size, f) == (size_t)size);
    fclose(f);
    if (!buf)
        return;
    CHECK_INT(nv__tagger_open(path, &tg, err, sizeof err), 0);
    CHECK(nv__tagger_has_model(tg));
    CHECK(nv__tagger_tag_index(tg, "vbd") >= 0);
    CHECK_STR(nv__tagger_tag_name(tg, nv__tagger_tag_index(tg, "nn")), "nn");
    CHECK(nv__tagger_tag_name(tg, -1) == NULL && nv__tagger_tag_name(tg, 9999) == NULL);
    nv__tagger_close(tg);

    char tmp[] = "/tmp/nv-test-tagXXXXXX";
    int fd = mkstemp(tmp);
    CHECK(fd >= 0);
    if (fd < 0) {
        free(buf);
        return;
    }
    close(fd);
    /* bad magic, truncated, wrong counts, a damaged emission, an empty file */
    unsigned char *bad = malloc((size_t)size);
    CHECK(bad != NULL);
    if (bad) {
        memcpy(bad, buf, (size_t)size);
        bad[0] = 'X';
        CHECK_INT(write_file(tmp, bad, (size_t)size), 0);
        tg = (nv_tagger *)1;
        CHECK_INT(nv__tagger_open(tmp, &tg, err, sizeof err), -1);
        CHECK(tg == NULL && strstr(err, "magic") != NULL);

        CHECK_INT(write_file(tmp, buf, (size_t)size / 2), 0);
        CHECK_INT(nv__tagger_open(tmp, &tg, err, sizeof err), -1);
        CHECK(strstr(err, "corrupt") != NULL);

        memcpy(bad, buf, (size_t)size);
        bad[8] = 0xff;   /* n_tag */
        CHECK_INT(write_file(tmp, bad, (size_t)size), 0);
        CHECK_INT(nv__tagger_open(tmp, &tg, err, sizeof err), -1);
        CHECK(strstr(err, "corrupt") != NULL);

        /* scribble over the tail (emissions and strings) */
        memcpy(bad, buf, (size_t)size);
        for (long i = size - 4096; i < size; i++)
            if (i > 0)
                bad[i] = (unsigned char)(i * 37);
        CHECK_INT(write_file(tmp, bad, (size_t)size), 0);
        int rc = nv__tagger_open(tmp, &tg, err, sizeof err);
        if (rc == 0)
            nv__tagger_close(tg);   /* may still be valid: must not crash */
        CHECK_INT(write_file(tmp, bad, 0), 0);
        CHECK_INT(nv__tagger_open(tmp, &tg, err, sizeof err), -1);
        CHECK(strstr(err, "too short") != NULL);
        free(bad);
    }
    unlink(tmp);
    free(buf);
}

/* context rules over the tagger: a plural subject far from its verb, nouns
 * joined by "and", "such as" and names, hyphenated heads, headlines */
static void test_subject_rules(nv_job *job)
{
    EXPECT("Members of the jury object to the new schedule.", "object", 0,
           "AH0 B JH EH1 K T");
    EXPECT("Exports of farm produce to Europe fell sharply.", "produce", 0,
           "P R OW1 D UW0 S");
    EXPECT("Salt and water diffuse slowly through the membrane.", "diffuse", 0,
           "D IH0 F Y UW1 Z");
    EXPECT("Critics such as Pauline Kael attribute the failure to the script.", "attribute", 0,
           "AH0 T R IH1 B Y UW1 T");
    EXPECT("Browsers that implement cookie storage include Firefox.", "implement", 0,
           "IH1 M P L AH0 M EH1 N T");
    EXPECT("Several regression analyses assessing the data were published.", "analyses", 0,
           "AH0 N AE1 L AH0 S IY0 Z");
    EXPECT("The object-oriented design was adopted.", "object", 0, "AA1 B JH EH0 K T");
    EXPECT("The wind-up toy was sold out.", "wind", 0, "W AY1 N D");
    EXPECT("Protest Planned Outside City Hall", "protest", 0, "P R OW1 T EH0 S T");
    EXPECT("As ye sow, so shall ye reap.", "sow", 0, "S OW1");
}

/* rules per word: the aged, Reading the club, refuse, lead, axes, bow */
static void test_word_rules(nv_job *job)
{
    EXPECT("The homes for the aged were inspected.", "aged", 0, "EY1 JH IH0 D");
    EXPECT("Reading were relegated in 2013.", "reading", 0, "R EH1 D IH0 NG");
    EXPECT("Carcasses and village refuse were burned.", "refuse", 0, "R EH1 F Y UW1 S");
    EXPECT("The chests were lined with lead in the workshop.", "lead", 0, "L EH1 D");
    EXPECT("Workers used axes to chop the timber.", "axes", 0, "AE1 K S IH0 Z");
    EXPECT("She wore a velvet bow.", "bow", 0, "B OW1");
}

int main(void)
{
    const char *data = getenv("NEWSVOICE_DATA");
    if (!data || !*data) {
        printf("NEWSVOICE_DATA not set: homograph tests skipped\n");
        return CHECK_DONE();
    }
    test_model_files(data);
    nv_engine *e = NULL;
    nv_job *job = NULL;
    char err[256];
    nv_engine_options o;
    memset(&o, 0, sizeof o);
    o.data_dir = data;
    if (nv_engine_open(&o, &e, err, sizeof err) != NV_OK) {
        fprintf(stderr, "engine: %s\n", err);
        CHECK(0);
        return CHECK_DONE();
    }
    CHECK_INT(nv_job_new(e, &job), NV_OK);
    if (job) {
        test_readings(job);
        test_plain_words(job);
    test_headline_caps(job);
        test_subject_rules(job);
        test_word_rules(job);
        nv_job_free(job);
    }
    nv_engine_close(e);
    return CHECK_DONE();
}
