/* test_ingest.c - tokens, Unicode folding, byte spans, paragraphs and sentence
 * boundaries of the plain-text ingest stage. */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "core/utf8.h"
#include "ingest/ingest.h"

/* Split text into sentences; render each as tokens "pre|text|post" joined by
 * spaces, sentences separated by " // " and paragraph starts marked "¶". */
static char *render(const char *text)
{
    static char out[8192];
    nv_arena arena;
    nv__arena_init(&arena, 0);
    nv_ingest in;
    nv__ingest_init(&in, text, strlen(text));
    out[0] = '\0';
    for (;;) {
        nv__arena_reset(&arena);
        nv_utt u;
        memset(&u, 0, sizeof u);
        u.arena = &arena;
        u.src = text;
        u.src_len = strlen(text);
        int r = nv__ingest_next(&in, &u);
        if (r <= 0)
            break;
        if (out[0])
            strcat(out, " // ");
        if (u.starts_paragraph && u.index > 0)
            strcat(out, "P ");
        for (uint32_t i = 0; i < u.n_tok; i++) {
            const nv_token *t = &u.tok[i];
            if (i)
                strcat(out, " ");
            if (t->pre_len || t->post_len) {
                strcat(out, t->pre);
                strcat(out, "|");
                strcat(out, t->text);
                strcat(out, "|");
                strcat(out, t->post);
            } else {
                strcat(out, t->text);
            }
        }
    }
    nv__arena_free(&arena);
    return out;
}

static void test_segmentation(void)
{
    CHECK_STR(render("The vote was close. Critics said no."),
              "The vote was |close|. // Critics said |no|.");
    CHECK_STR(render("Mr. Smith went to Washington. He stayed."),
              "|Mr|. Smith went to |Washington|. // He |stayed|.");
    CHECK_STR(render("troops left the U.S. The base closed."),
              "troops left the |U.S|. // The base |closed|.");
    CHECK_STR(render("the U.S. military said"), "the |U.S|. military said");
    CHECK_STR(render("On Sept. 21 at 3 p.m. officials met."),
              "On |Sept|. 21 at 3 |p.m|. officials |met|.");
    CHECK_STR(render("Sen. John J. Smith spoke. Why? Nobody knows!"),
              "|Sen|. John |J|. Smith |spoke|. // |Why|? // Nobody |knows|!");
    CHECK_STR(render("He said, \"We won.\" Then he left."),
              "He |said|, \"|We| |won|.\" // Then he |left|.");
    CHECK_STR(render("It rose 3.5% to $4.2 million."), "It rose 3.5% to $4.2 |million|.");
    CHECK_STR(render("Wait... what happened?"), "|Wait|... what |happened|?");
    /* a title ending in "!" or "?" inside a sentence; titles and "sec" */
    CHECK_STR(render("Their album Help! sold well."), "Their album |Help|! sold |well|.");
    CHECK_STR(render("\"Why?\" she asked."), "\"|Why|?\" she |asked|.");
    CHECK_STR(render("Mme. Roux met Sec. Ann Lee."), "|Mme|. Roux met |Sec|. Ann |Lee|.");
    CHECK_STR(render("It was run by Ed Roe Jr. The firm grew."),
              "It was run by Ed Roe |Jr|. // The firm |grew|.");
    CHECK_STR(render("Martin Luther King Jr. Day is near."),
              "Martin Luther King |Jr|. Day is |near|.");
    CHECK_STR(render("The answer was no. I left."), "The answer was |no|. // I |left|.");
    CHECK_STR(render("It took 30 sec. The crowd cheered."),
              "It took 30 |sec|. // The crowd |cheered|.");
    /* a unit, a compass letter or a designated letter after its number or word;
     * a street after a name */
    CHECK_STR(render("It flew at 35,000 ft. Voyager was gone."),
              "It flew at 35,000 |ft|. // Voyager was |gone|.");
    CHECK_STR(render("It delivers 65 W. The cell lasts."),
              "It delivers 65 |W|. // The cell |lasts|.");
    CHECK_STR(render("In 1945 J. Robert Oppenheimer led it."),
              "In 1945 |J|. Robert Oppenheimer led |it|.");
    CHECK_STR(render("The firm raised a Series B. The round closed."),
              "The firm raised a Series |B|. // The round |closed|.");
    CHECK_STR(render("She lives on Elm St. The house is old."),
              "She lives on Elm |St|. // The house is |old|.");
    CHECK_STR(render("He met Elm St. Clair there."), "He met Elm |St|. Clair |there|.");
    CHECK_STR(render("Drs. Ann Roe and Bo Li spoke."), "|Drs|. Ann Roe and Bo Li |spoke|.");
    /* a direction after a house number, a building letter, a comma after the
     * period: the address goes on */
    CHECK_STR(render("It moved to 400 S. Route 9 in May."),
              "It moved to 400 |S|. Route 9 in |May|.");
    CHECK_STR(render("It is in Bldg. C on the campus."),
              "It is in |Bldg|. C on the |campus|.");
    CHECK_STR(render("It is on Bay St., No. 3 in the row."),
              "It is on Bay |St|., |No|. 3 in the |row|.");
    CHECK_STR(render("It was passed as Pub. L. 117-58 in 2021."),
              "It was passed as |Pub|. |L|. 117-58 in |2021|.");
    /* citations: rule and article abbreviations do not end the sentence */
    CHECK_STR(render("It cited Fed. R. Civ. P. 12 and won."),
              "It cited |Fed|. |R|. |Civ|. |P|. 12 and |won|.");
    CHECK_STR(render("Under Art. I, Sec. 8 it is."), "Under |Art|. |I|, |Sec|. 8 it |is|.");
    CHECK_STR(render("The Rt. Hon. Ann Lee spoke."), "The |Rt|. |Hon|. Ann Lee |spoke|.");
    CHECK_STR(render("See Vol. I. The end."), "See |Vol|. |I|. // The |end|.");
    CHECK_STR(render("He fought in World War I. He won."),
              "He fought in World War |I|. // He |won|.");
    CHECK_STR(render("The Pt. IV text."), "The |Pt|. IV |text|.");
    CHECK_STR(render("The cows were fed. Farmers left."),
              "The cows were |fed|. // Farmers |left|.");
    /* a sentence may open with an accented or Greek capital */
    CHECK_STR(render("He was a poet. \xC3\x86lfric was an abbot."),
              "He was a |poet|. // \xC3\x86lfric was an |abbot|.");
    CHECK_STR(render("It grew. \xC5\x81\xC3\xB3" "d\xC5\xBA grew too."),
              "It |grew|. // \xC5\x81\xC3\xB3" "d\xC5\xBA grew |too|.");
    CHECK_STR(render("It was cold. \xC3\x96sterreich won."),
              "It was |cold|. // \xC3\x96sterreich |won|.");
    /* but not with a lower-case one */
    CHECK_STR(render("See ch. \xC3\xA9t\xC3\xA9 here."), "See |ch|. \xC3\xA9t\xC3\xA9 |here|.");
    /* the furniture of an article: a headline, a byline or a label line ends at
     * its line break; a line of prose runs on; a bar parts a byline; an
     * ellipsis written apart ends before a capital */
    CHECK_STR(render("Fed Holds Rates Steady\nThe Federal Reserve held rates."),
              "Fed Holds Rates Steady // The Federal Reserve held |rates|.");
    CHECK_STR(render("STORM SLAMS GULF COAST\nNEW ORLEANS (AP) \xE2\x80\x94 Winds toppled trees."),
              "STORM SLAMS GULF COAST // NEW ORLEANS (|AP|) -- Winds toppled |trees|.");
    CHECK_STR(render("Fed holds rates steady as inflation cools\nWASHINGTON (AP) \xE2\x80\x94 The Fed met."),
              "Fed holds rates steady as inflation cools // WASHINGTON (|AP|) -- The Fed |met|.");
    CHECK_STR(render("By Jane Doe\nAssociated Press\nWASHINGTON \xE2\x80\x94 The House voted."),
              "By Jane Doe // Associated Press // WASHINGTON -- The House |voted|.");
    CHECK_STR(render("By JANE DOE | The Times"),
              "By JANE DOE | // The Times");
    CHECK_STR(render("Opinion | Why I left"),
              "Opinion | // Why I left");
    CHECK_STR(render("What to know:\nPolls close at 8."),
              "What to |know|: // Polls close at |8|.");
    CHECK_STR(render("5 min read\nThe storm moved north."),
              "5 min read // The storm moved |north|.");
    CHECK_STR(render("Trump Meets Kim in D.C.\nEmployers added jobs."),
              "Trump Meets Kim in |D.C|. // Employers added |jobs|.");
    CHECK_STR(render("Panel Questions Dr.\nSmith about it."),
              "Panel Questions |Dr|. Smith about |it|.");
    CHECK_STR(render("Officials in the State of\nNew Jersey said so."),
              "Officials in the State of New Jersey said |so|.");
    CHECK_STR(render("The agency said that the\nFBI \xE2\x80\x94 which declined \xE2\x80\x94 acted."),
              "The agency said that the FBI -- which declined -- |acted|.");
    CHECK_STR(render("The Secretary of State\nAntony Blinken said so."),
              "The Secretary of State Antony Blinken said |so|.");
    CHECK_STR(render("Coast to Coast\na new series begins."),
              "Coast to Coast a new series |begins|.");
    CHECK_STR(render("He said.\nThe company said\nMonday it would cut jobs."),
              "He |said|. // The company said Monday it would cut |jobs|.");
    /* a headline in sentence case, straight before the first paragraph */
    CHECK_STR(render("Floods close schools across the county\nHeavy rain forced 40 schools to close on Tuesday."),
              "Floods close schools across the county // Heavy rain forced 40 schools to close on |Tuesday|.");
    CHECK_STR(render("Prices frozen, minister says\nFuel duty will not rise this year, the minister said."),
              "Prices |frozen|, minister says // Fuel duty will not rise this |year|, the minister |said|.");
    /* text wrapped to a width: the break falls where the next word does not fit */
    CHECK_STR(render("Ministers met in Brussels on Friday as\nEuropean leaders argued over the budget."),
              "Ministers met in Brussels on Friday as European leaders argued over the |budget|.");
    CHECK_STR(render("Officials in the northern province said\nTaliban fighters had left the district.\n"),
              "Officials in the northern province said Taliban fighters had left the |district|.");
    /* measured in characters from the start of the line: curly quotes and
     * dashes count once, an indent counts */
    CHECK_STR(render("Officials in three states said spending on roads would rise sharply\n"
                     "Wisconsin lawmakers called the plan \xE2\x80\x9Cvital\xE2\x80\x9D \xE2\x80\x94 "
                     "and \xE2\x80\x9Curgent\xE2\x80\x9D \xE2\x80\x94 on Monday."),
              "Officials in three states said spending on roads would rise sharply Wisconsin "
              "lawmakers called the plan \"|vital|\" -- and \"|urgent|\" -- on |Monday|.");
    CHECK_STR(render("    Officials said on Tuesday that spending on roads would rise sharply\n"
                     "Wisconsin lawmakers said they would vote on the plan early next month, at last."),
              "Officials said on Tuesday that spending on roads would rise sharply Wisconsin "
              "lawmakers said they would vote on the plan early next |month|, at |last|.");
    /* a label before a headline, a headline after a bar */
    CHECK_STR(render("Watch: Storm hits the coast\nWaves crashed over the sea wall in the early hours of Sunday."),
              "|Watch|: Storm hits the coast // Waves crashed over the sea wall in the early hours of |Sunday|.");
    CHECK_STR(render("Opinion | Why the vote matters\nVoters will decide on Tuesday."),
              "Opinion | // Why the vote matters // Voters will decide on |Tuesday|.");
    CHECK_STR(render("Published 6:00 a.m. ET Jan. 5, 2025 | Updated 9:30 a.m. ET"),
              "Published 6:00 |a.m|. ET |Jan|. |5|, 2025 | // Updated 9:30 |a.m|. ET");
    CHECK_STR(render("Updated 3:45 p.m. ET\nThe Senate voted."),
              "Updated 3:45 |p.m|. ET // The Senate |voted|.");
    CHECK_STR(render("Jane Doe, USA TODAY\nWASHINGTON \xE2\x80\x94 The vote failed."),
              "Jane |Doe|, USA TODAY // WASHINGTON -- The vote |failed|.");
    CHECK_STR(render("He paused ... Then he spoke."),
              "He paused ... // Then he |spoke|.");
    CHECK_STR(render("The report ... found nothing."),
              "The report ... found |nothing|.");
    CHECK_STR(render("Listen to this article\nThe storm moved north."),
              "Listen to this article // The storm moved |north|.");
    CHECK_STR(render("Democrats, who control\nCongress, said no."),
              "|Democrats|, who control |Congress|, said |no|.");
    CHECK_STR(render("Getty Images\nA man walks."),
              "Getty Images // A man |walks|.");
    CHECK_STR(render("Officials Praise Rescue at Mt. St. Helens\nCrews reached the hikers."),
              "Officials Praise Rescue at |Mt|. |St|. Helens // Crews reached the |hikers|.");
    CHECK_STR(render("The plan (a draft) is\nSenator Roe's idea."),
              "The plan (|a| |draft|) is Senator Roe's |idea|.");
    CHECK_STR(render("KABUL, Afghanistan (AP) \xE2\x80\x94 A bomb struck. No group claimed it."),
              "|KABUL|, Afghanistan (|AP|) -- A bomb |struck|. // No group claimed |it|.");
    CHECK_STR(render("\"Enough!\" Smith shouted."),
              "\"|Enough|!\" // Smith |shouted|.");
    CHECK_STR(render("SAN JUAN, P.R. \xE2\x80\x94 Power returned."),
              "SAN |JUAN|, |P.R|. -- Power |returned|.");
    CHECK_STR(render("ST. LOUIS \xE2\x80\x94 The Cardinals won."),
              "|ST|. LOUIS -- The Cardinals |won|.");
    CHECK_STR(render("The deal was signed.\n\n___\n\nAP writers contributed."),
              "The deal was |signed|. // P ___ // P AP writers |contributed|.");
    /* footnote markers and tags after the full stop, from a reference work */
    CHECK_STR(render("It opened in 1932.[4] It closed.[5][6] Then it burned."),
              "It opened in |1932.[4|] // It |closed.[5][6|] // Then it |burned|.");
    CHECK_STR(render("The claim is disputed.[citation needed] Others agree."),
              "The claim is disputed.[citation |needed|] // Others |agree|.");
    CHECK_STR(render("It rose sharply[3] in 2001. It fell."),
              "It rose |sharply[3|] in |2001|. // It |fell|.");
    CHECK_STR(render("U.S. Pat. No. 7,654,321 was filed. It expired."),
              "|U.S|. |Pat|. |No|. 7,654,321 was |filed|. // It |expired|.");
    CHECK_STR(render("He thanked Pat. No one else came."),
              "He thanked |Pat|. // No one else |came|.");
    CHECK_STR(render("Smith (1901). Ann. Mag. Nat. Hist. 7: 12-19. Later work followed."),
              "Smith (|1901|). // |Ann|. |Mag|. |Nat|. |Hist|. |7|: |12-19|. // Later work |followed|.");
    CHECK_STR(render("It lost Pfc. Jane Roe and Spc. John Doe at Ss. Peter and Paul. Heat a 6-qt. Dutch oven."),
              "It lost |Pfc|. Jane Roe and |Spc|. John Doe at |Ss|. Peter and |Paul|. // Heat a |6-qt|. Dutch |oven|.");
    CHECK_STR(render("At 10 a.m. President Lee signed it. It passed at 5 p.m. Lawmakers left."),
              "At 10 |a.m|. President Lee signed |it|. // It passed at 5 |p.m|. // Lawmakers |left|.");
    /* a sentence that opens with a number */
    CHECK_STR(render("She lost her keys. 1 in 5 adults does."),
              "She lost her |keys|. // 1 in 5 adults |does|.");
    CHECK_STR(render("Sales fell in 1998. 1999 was worse."),
              "Sales fell in |1998|. // 1999 was |worse|.");
    CHECK_STR(render("Turnout rose 4%. 12,000 voted. They won 2-0. 9 fans left."),
              "Turnout rose |4%|. // 12,000 |voted|. // They won |2-0|. // 9 fans |left|.");
    CHECK_STR(render("He said so. \"25 people left,\" she said."),
              "He said |so|. // \"|25| people |left|,\" she |said|.");
    CHECK_STR(render("see pp. 40 and vol. 2, approx. 7 km, ca. 1600 and incl. 8 maps"),
              "see |pp|. 40 and |vol|. |2|, |approx|. 7 |km|, |ca|. 1600 and |incl|. 8 maps");
    CHECK_STR(render("On Feb. 3 and in Fig. 6 and No. 4. 5 more came."),
              "On |Feb|. 3 and in |Fig|. 6 and |No|. |4|. 5 more |came|.");
    CHECK_STR(render("at 9 a.m. 40 men and the U.S. 7th Fleet"),
              "at 9 |a.m|. 40 men and the |U.S|. 7th Fleet");
    /* a number with a decimal point or a decade before it, or a month or a
     * weekday; not a lower-case abbreviation */
    CHECK_STR(render("It fell to 3.9%. 250,000 jobs were added."),
              "It fell to |3.9%|. // 250,000 jobs were |added|.");
    CHECK_STR(render("It was built in the 1920s. 1930s additions followed."),
              "It was built in the |1920s|. // 1930s additions |followed|.");
    CHECK_STR(render("Prices fell in March. 40 stores closed."),
              "Prices fell in |March|. // 40 stores |closed|.");
    CHECK_STR(render("See apt. 12 and illus. 4 in doc. 12, exh. 4."),
              "See |apt|. 12 and |illus|. 4 in |doc|. |12|, |exh|. |4|.");
    /* a time ends its sentence before a capital unless a day, a zone or the
     * noun it describes follows */
    CHECK_STR(render("The vote is at 5 p.m. Lawmakers expect it to pass."),
              "The vote is at 5 |p.m|. // Lawmakers expect it to |pass|.");
    CHECK_STR(render("The 10 a.m. Senate vote was delayed."),
              "The 10 |a.m|. Senate vote was |delayed|.");
    CHECK_STR(render("It airs at 9 p.m. ET/PT and at 7 p.m. Saturday."),
              "It airs at 9 |p.m|. ET/PT and at 7 |p.m|. |Saturday|.");
    /* "etc.", and an abbreviation before a word that opens sentences but no
     * name, unless a capital follows it as in a headline */
    CHECK_STR(render("They packed tents, stoves, etc. Then they left."),
              "They packed |tents|, |stoves|, |etc|. // Then they |left|.");
    CHECK_STR(render("He worked at Harlow Corp. Later he moved."),
              "He worked at Harlow |Corp|. // Later he |moved|.");
    CHECK_STR(render("Why the U.S. Now Leads in Solar"),
              "Why the |U.S|. Now Leads in Solar");
    CHECK_STR(render("Acme Inc. Chief Executive Jane Roe spoke."),
              "Acme |Inc|. Chief Executive Jane Roe |spoke|.");
    CHECK_STR(render("It was owned by Fulton Mfg. Co. until 1961."),
              "It was owned by Fulton |Mfg|. |Co|. until |1961|.");
    /* a single capital before "He" or "It" was a numeral or a letter */
    CHECK_STR(render("The crown passed to Charles I. He ruled. It was a Saturn V. It flew."),
              "The crown passed to Charles |I|. // He |ruled|. // It was a Saturn |V|. // It |flew|.");
    CHECK_STR(render("It was by Smith, J. and Jones, K. It was cited."),
              "It was by |Smith|, |J|. and |Jones|, |K|. // It was |cited|.");
    CHECK_STR(render("It was signed by Mary J. Blige and A. A. Milne."),
              "It was signed by Mary |J|. Blige and |A|. |A|. |Milne|.");
    /* an ellipsis spaced out */
    CHECK_STR(render("The crowd fell silent . . . Then a cheer went up."),
              "The crowd fell silent . . . // Then a cheer went |up|.");
}

static void test_paragraphs(void)
{
    CHECK_STR(render("Headline here\n\nBy Jane Doe\n\nFirst line\ncontinues."),
              "Headline here // P By Jane Doe // P First line |continues|.");
    CHECK_STR(render("  \n\n  One.  \n\n\n\nTwo.\n"), "|One|. // P |Two|.");
}

static void test_lists(void)
{
    /* a bullet or an item number at the start of a line opens a sentence */
    CHECK_STR(render("Key points:\n\xE2\x80\xA2 Stocks rose 2%\n\xE2\x80\xA2 bonds fell\n- oil was flat"),
              "Key |points|: // \xE2\x80\xA2 Stocks rose 2% // \xE2\x80\xA2 bonds fell // - oil was flat");
    /* the item's number stays with its item */
    CHECK_STR(render("Steps:\n1. Cut taxes.\n2) Raise pay.\nDone."),
              "|Steps|: // |1|. Cut |taxes|. // |2|) Raise |pay|. // |Done|.");
    /* a dash or a number that a wrapped line of prose runs on to is no item */
    CHECK_STR(render("Coach Dan Reed said the defense was the difference and the offense\n"
                     "\xE2\x80\x94 which struggled \xE2\x80\x94 improved."),
              "Coach Dan Reed said the defense was the difference and the offense -- which "
              "struggled -- |improved|.");
    CHECK_STR(render("The law that the state senate passed on Tuesday takes effect on January\n1."),
              "The law that the state senate passed on Tuesday takes effect on January |1|.");
    CHECK_STR(render("The plan has three parts\n1. Cut taxes.\n- Raise pay\n- Build roads"),
              "The plan has three parts // |1|. Cut |taxes|. // - Raise pay // - Build roads");
    /* a list run into one line: an item's number after a colon or a semicolon */
    CHECK_STR(render("Track listing: 1. \"Intro\" \xE2\x80\x93 1:12; 2. \"Rain\" \xE2\x80\x93 3:58."),
              "Track |listing|: |1|. \"|Intro|\" - |1:12|; |2|. \"|Rain|\" - |3:58|.");
    CHECK_STR(render("Side A: 1. Overture; 2. Finale. Side B: 3. Coda."),
              "Side |A|: |1|. |Overture|; |2|. |Finale|. // Side |B|: |3|. |Coda|.");
    /* a hyphen inside a line is no bullet */
    CHECK_STR(render("He said - in a speech - that it was over."),
              "He said - in a speech - that it was |over|.");
}

static void test_unicode(void)
{
    /* curly apostrophe and quotes, em dash, ellipsis, NBSP, en dash */
    CHECK_STR(render("Afghanistan\xE2\x80\x99s \xE2\x80\x9Crealism\xE2\x80\x9D"),
              "Afghanistan's \"|realism|\"");
    CHECK_STR(render("war\xE2\x80\x94" "and peace"), "war -- and peace");
    CHECK_STR(render("10\xE2\x80\x93" "15 people"), "10-15 people");
    CHECK_STR(render("wait\xE2\x80\xA6 now"), "|wait|... now");
    CHECK_STR(render("100\xC2\xA0km away"), "100 km away");
    CHECK_STR(render("\xE2\x80\x98" "Ceding soil\xE2\x80\x99"), "'|Ceding| |soil|'");
    CHECK_STR(render("in the \xE2\x80\x99" "90s"), "in the '90s");
    CHECK_STR(render("zero\xE2\x80\x8Bwidth"), "zerowidth");
}

static void test_spans(void)
{
    const char *text = "\xE2\x80\x9CWe\xE2\x80\x99re here,\xE2\x80\x9D he said.";
    nv_arena arena;
    nv__arena_init(&arena, 0);
    nv_ingest in;
    nv__ingest_init(&in, text, strlen(text));
    nv_utt u;
    memset(&u, 0, sizeof u);
    u.arena = &arena;
    u.src = text;
    CHECK_INT(nv__ingest_next(&in, &u), 1);
    CHECK_INT(u.n_tok, 4);
    /* "We’re" starts after the 3-byte opening quote and is 7 bytes long */
    CHECK_INT(u.tok[0].src_begin, 3);
    CHECK_INT(u.tok[0].src_end, 10);
    CHECK_STR(u.tok[0].text, "We're");
    CHECK_INT(u.tok[1].src_begin, 11);
    CHECK_INT(u.tok[1].src_end, 15);
    CHECK_STR(u.tok[1].post, ",\"");
    CHECK_INT(u.tok[3].src_begin, 23);
    CHECK_INT(u.tok[3].src_end, 27);
    CHECK_INT(u.src_begin, 0);      /* the sentence includes its quotes and period */
    CHECK_INT(u.src_end, 28);
    CHECK_INT(nv__ingest_next(&in, &u), 0);
    nv__arena_free(&arena);
}

static void test_long_sentence(void)
{
    /* 300 words without punctuation are cut into bounded sentences */
    char *text = malloc(300 * 6 + 1);
    text[0] = '\0';
    for (int i = 0; i < 300; i++)
        strcat(text, "word ");
    nv_arena arena;
    nv__arena_init(&arena, 0);
    nv_ingest in;
    nv__ingest_init(&in, text, strlen(text));
    int sentences = 0;
    uint32_t total = 0;
    for (;;) {
        nv__arena_reset(&arena);
        nv_utt u;
        memset(&u, 0, sizeof u);
        u.arena = &arena;
        u.src = text;
        if (nv__ingest_next(&in, &u) <= 0)
            break;
        CHECK(u.n_tok <= 100);
        total += u.n_tok;
        sentences++;
    }
    CHECK_INT(total, 300);
    CHECK_INT(sentences, 3);
    nv__arena_free(&arena);
    free(text);
}

static void test_utf8(void)
{
    CHECK_INT(nv__utf8_validate("abc", 3), 3);
    CHECK_INT(nv__utf8_validate("a\xC3\xA9z", 4), 4);
    CHECK_INT(nv__utf8_validate("ab\xFFz", 4), 2);
    CHECK_INT(nv__utf8_validate("ab\xC0\xAF", 4), 2);          /* overlong */
    CHECK_INT(nv__utf8_validate("x\xED\xA0\x80", 4), 1);       /* surrogate */
    CHECK_INT(nv__utf8_validate("x\xE2\x80", 3), 1);           /* truncated */
    unsigned line, col;
    nv__utf8_linecol("ab\n\xC3\xA9x\xFF", 7, 6, &line, &col);
    CHECK_INT(line, 2);
    CHECK_INT(col, 3);
}

int main(void)
{
    test_segmentation();
    test_paragraphs();
    test_lists();
    test_unicode();
    test_spans();
    test_long_sentence();
    test_utf8();
    return CHECK_DONE();
}
