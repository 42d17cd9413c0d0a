/* homograph.c - pick the lexicon entry of words with several readings.
 *
 * Every word gets the part of speech the trigram tagger (tagger.c) assigns it,
 * mapped from the Penn Treebank tags of the model to the lexicon's tag set as
 * Festival maps them (vb* -> v, nn* -> n, jj* -> j, rb* -> r, ...), so words
 * such as record, object, present, live or use take the noun, verb or adjective
 * entry the sentence asks for. The lexicon (festlex-cmu plus
 * data/lexicon/variants.txt) prefers an entry with that tag, else its first.
 *
 * A few context rules correct the tagger where its lexicon is thin: a bare
 * verb after "to", a modal, a negated auxiliary or a subject pronoun ("to
 * defect", "does not aggregate", "they converse"), a plural subject (or a
 * relative pronoun after one, or a frequency adverb after a subject) then a
 * verb and its complement ("the units correlate with", "teams that progress
 * to", "patients often present with"), a noun after a determiner or after
 * prepositional "to" ("due to aggregate"), the head of a noun phrase ("a
 * police escort"), a plural noun before a verb ("winds ripped"), and a
 * sentence's plural subject far back, its modifiers closed by a comma or a
 * year ("Male bowerbirds of ..., found only in ..., construct bowers"), a plural
 * subject and a prepositional phrase before a bare verb ("differences in tone
 * correlate with"), two nouns joined by "and" as a subject ("heat and moisture
 * diffuse"), a plural subject, "such as" and names ("websites such as
 * Metacritic aggregate"), and the first part of a hyphenated word as a noun
 * ("object-oriented").
 *
 * On top of the tagger, a few rules per word handle what the part of speech
 * alone does not decide: past or present "read", the metal "lead", "wound" the
 * injury or the past of "wind", the fish "bass", names and nationalities shown
 * by a capital letter (Polish, Reading, Job, Nestle, Ravel), senses told apart
 * by the words around them (axes, bow, celtic), and fixed phrases ("wear and
 * tear", "come to a close"). The rules return sense tags that
 * data/lexicon/variants.txt or Festival's addenda define.
 *
 * Without the model (pos.nvtag absent) a small set of context rules guesses a
 * noun or verb reading from the word before (nv__pron_guess_pos).
 */
#include "pron/tagger.h"
#include "pron/words.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

/* ---- fallback without a model ----------------------------------------------- */

static const char *const verb_before[] = {
    "to", "will", "would", "can", "could", "should", "must", "might", "may", "shall",
    "i", "we", "they", "you", "he", "she", "it", "who", "not", "never", "also",
    "did", "do", "does", "don't", "didn't", "doesn't", "won't", "can't", "cannot",
    "let", "please", "often", "always", "usually", "still", "we'll", "they'll",
    "i'll", "you'll", "he'll", "she'll", "it'll", "wouldn't", "couldn't",
    "shouldn't", "and", "or", NULL};

static const char *const noun_before[] = {
    "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their",
    "our", "my", "your", "of", "some", "any", "no", "every", "each", "new", "first",
    "last", "world", "another", "whose", "such", NULL};

/* words whose verb reading is the usual one in news text */
static const char *const verb_default[] = {"does", NULL};

static int in_list(const char *const *list, const char *w)
{
    if (!w)
        return 0;
    for (size_t i = 0; list[i]; i++)
        if (strcmp(list[i], w) == 0)
            return 1;
    return 0;
}

const char *nv__pron_guess_pos(const nv_utt *utt, uint32_t i)
{
    const char *prev = i > 0 ? utt->word[i - 1].text : NULL;
    const char *w = utt->word[i].text;
    if (prev && in_list(noun_before, prev))
        return "n";
    if (prev && in_list(verb_before, prev))
        return "v";
    if (in_list(verb_default, w))
        return "v";
    return NULL;
}

/* ---- context of a word ------------------------------------------------------------ */

typedef struct ctx {
    const nv_tagger *tg;
    const nv_utt *utt;
    const int *tag;    /* model tag per word, -1 if none */
    uint32_t i;
} ctx;

/* the word at offset d from the current one, or "" outside the utterance */
static const char *word_at(const ctx *c, int d)
{
    int64_t j = (int64_t)c->i + d;
    if (j < 0 || j >= (int64_t)c->utt->n_word)
        return "";
    return c->utt->word[j].text;
}

/* the model tag name at offset d, or "" */
static const char *tag_at(const ctx *c, int d)
{
    int64_t j = (int64_t)c->i + d;
    if (j < 0 || j >= (int64_t)c->utt->n_word)
        return "";
    const char *n = nv__tagger_tag_name(c->tg, c->tag[j]);
    return n ? n : "";
}

static int tag_is(const ctx *c, int d, const char *prefix)
{
    return strncmp(tag_at(c, d), prefix, strlen(prefix)) == 0;
}

/* is any word within dist words of the current one in list? */
static int near(const ctx *c, int dist, const char *const *list)
{
    for (int d = -dist; d <= dist; d++)
        if (d && in_list(list, word_at(c, d)))
            return 1;
    return 0;
}

/* Does punctuation separate word i from word i + 1? */
static int punct_after(const nv_utt *utt, uint32_t i)
{
    if (!utt->tok || i >= utt->n_word || i + 1 >= utt->n_word)
        return 1;
    const nv_uword *w = &utt->word[i];
    if (utt->word[i + 1].i_tok == w->i_tok || w->i_tok >= utt->n_tok)
        return 0;
    const nv_token *t = &utt->tok[w->i_tok];
    return t->post_len > 0;
}

/* The source token of the word starts with a capital letter followed by
 * lower-case letters. mid: and the word does not start the sentence. */
static int capital(const ctx *c, int mid)
{
    const nv_uword *w = &c->utt->word[c->i];
    if (!c->utt->tok || w->i_tok >= c->utt->n_tok)
        return 0;
    if (c->i > 0 && c->utt->word[c->i - 1].i_tok == w->i_tok)
        return 0;
    const nv_token *t = &c->utt->tok[w->i_tok];
    if (!t->text || t->len < 2 || !isupper((unsigned char)t->text[0]) ||
        !islower((unsigned char)t->text[1]))
        return 0;
    if (!mid)
        return 1;
    if (c->i == 0 || (t->pre_len && t->pre && (t->pre[0] == '"' || t->pre[0] == '(')))
        return 0;
    const nv_token *pt = w->i_tok > 0 ? &c->utt->tok[w->i_tok - 1] : NULL;
    if (pt && pt->post_len && pt->post &&
        strchr(".:!?\"", pt->post[pt->post_len - 1]))
        return 0;
    return 1;
}

/* the next word's source token is capitalised */
static int next_capital(const ctx *c)
{
    if (c->i + 1 >= c->utt->n_word)
        return 0;
    ctx n = *c;
    n.i = c->i + 1;
    return capital(&n, 0);
}

/* Festival's map from the model's tags to the lexicon's (wp39 -> wp20) */
static const char *lex_tag(const char *t)
{
    if (!t || !*t)
        return NULL;
    if (t[0] == 'v' && t[1] == 'b')
        return "v";
    if ((t[0] == 'n' && t[1] == 'n') || strcmp(t, "fw") == 0 || strcmp(t, "sym") == 0 ||
        strcmp(t, "ls") == 0)
        return "n";
    if ((t[0] == 'j' && t[1] == 'j') || strcmp(t, "1") == 0 || strcmp(t, "2") == 0)
        return "j";
    if ((t[0] == 'r' && t[1] == 'b') || strcmp(t, "rp") == 0)
        return "r";
    return t;   /* dt, in, prp, cc, of, to, cd, md, pos, wdt, wp, wrb, ex, uh, pdt, punc */
}

static int past(const char *t)
{
    return strcmp(t, "vbd") == 0 || strcmp(t, "vbn") == 0;
}

/* ---- rules per word --------------------------------------------------------------- */

static const char *const perfect_aux[] = {
    "has", "have", "had", "having", "'ve", "been", "was", "were", "is", "are", "be",
    "being", "widely", "well", "never", "once", "first", "previously", "also", NULL};

static const char *const adverbs[] = {
    "not", "never", "already", "just", "also", "ever", "recently", "once", "first",
    "widely", "previously", "carefully", "only", "all", "since", "often", "n't", NULL};

static const char *const past_time[] = {"yesterday", "ago", NULL};

static const char *rule_read(const ctx *c, const char *t)
{
    const char *p = word_at(c, -1);
    if (in_list(perfect_aux, p) ||
        (in_list(adverbs, p) && in_list(perfect_aux, word_at(c, -2))))
        return "red";
    if (strcmp(p, "to") == 0 || strcmp(p, "will") == 0 || strcmp(p, "can") == 0 ||
        strcmp(p, "could") == 0 || strcmp(p, "would") == 0 || strcmp(p, "should") == 0 ||
        strcmp(p, "must") == 0 || strcmp(p, "may") == 0 || strcmp(p, "might") == 0 ||
        strcmp(p, "not") == 0 || strcmp(p, "did") == 0 || strcmp(p, "does") == 0 ||
        strcmp(p, "do") == 0 || strcmp(p, "didn't") == 0 || strcmp(p, "don't") == 0)
        return "riid";
    /* "read it again yesterday", "read it years ago" */
    if (near(c, 6, past_time))
        return "red";
    /* "she read": a third-person subject without -s, so the past */
    if (strcmp(p, "he") == 0 || strcmp(p, "she") == 0 || strcmp(p, "it") == 0)
        return "red";
    return past(t) ? "red" : "riid";
}

static const char *const metal_words[] = {
    "poisoning", "paint", "paints", "pipe", "pipes", "piping", "zinc", "tin", "copper",
    "silver", "ore", "ores", "mine", "mines", "mining", "mined", "oxide", "acid",
    "sulfide", "sulphide", "carbonate", "arsenic", "mercury", "cadmium", "metal", "metals",
    "smelter", "smelting", "smelted", "bullet", "bullets", "shot", "glass", "crystal",
    "alloy", "alloys", "iron", "nickel", "gold", "uranium", "lined", "sheet", "sheets",
    "roof", "roofing", "weights", "sinker", "sinkers", "tetraethyl", "leaded", "toxic",
    "exposure", "contamination", "contaminated", "levels", "pencil", "pencils",
    "graphite", "solder", "antimony", "coal", "deposits", "galena", "bismuth", NULL};

/* participles of covering or filling: "covered in lead", "lined with lead" */
static const char *const coated[] = {
    "covered", "coated", "lined", "made", "filled", "clad", "encased", "sheathed", "plated",
    "weighted", "painted", "roofed", "sealed", "cast", "poisoned", "contaminated", NULL};

static const char *rule_lead(const ctx *c)
{
    const char *p = word_at(c, -1);
    if (near(c, 5, metal_words) || strcmp(p, "red") == 0 || strcmp(p, "white") == 0)
        return "led";
    /* "When freshly cut, lead is bluish": the metal opening a clause as subject */
    if ((c->i == 0 || punct_after(c->utt, c->i - 1)) &&
        (strcmp(word_at(c, 1), "is") == 0 || strcmp(word_at(c, 1), "was") == 0))
        return "led";
    /* "covered in lead in the 15th century": a coating or filling */
    if ((strcmp(p, "of") == 0 || strcmp(p, "in") == 0 || strcmp(p, "with") == 0) &&
        in_list(coated, word_at(c, -2)))
        return "led";
    /* "made of lead", "covered in lead", "lead is soft" */
    if ((strcmp(p, "of") == 0 || strcmp(p, "in") == 0 || strcmp(p, "with") == 0 ||
         strcmp(p, "from") == 0) &&
        (punct_after(c->utt, c->i) || !(tag_is(c, 1, "nn") || tag_is(c, 1, "jj"))) &&
        !(tag_is(c, 1, "to") || tag_is(c, 1, "in") || tag_is(c, 1, "of") ||
          tag_is(c, 1, "dt")))
        return "led";
    return "liid";
}

static const char *const wind_up[] = {
    "up", "down", "around", "round", "through", "back", "together", "along", "tightly",
    "tight", "its", "their", "his", "her", "onto", "into", "about", "itself", "themselves",
    "past", NULL};

/* "the road winds through the hills" */
static const char *rule_winds(const ctx *c, const char *t)
{
    if (in_list(wind_up, word_at(c, 1)) &&
        (tag_is(c, -1, "nn") || strcmp(word_at(c, -1), "it") == 0 ||
         strcmp(word_at(c, -1), "which") == 0 || strcmp(word_at(c, -1), "that") == 0))
        return "v";
    return lex_tag(t);
}

/* objects of "wound" the past of wind: "she wound the clock", "wound it" */
static const char *const wound_objects[] = {
    "the", "a", "an", "his", "her", "their", "its", "my", "our", "your", "it", "them",
    "this", "that", NULL};
static const char *const wound_subjects[] = {
    "he", "she", "they", "we", "i", "you", "who", NULL};

static const char *rule_wound(const ctx *c, const char *t)
{
    if (in_list(wound_subjects, word_at(c, -1)) && in_list(wound_objects, word_at(c, 1)) &&
        !punct_after(c->utt, c->i))
        return "past";   /* she wound the clock */
    if (in_list(wind_up, word_at(c, 1)) && (past(t) || tag_is(c, 0, "vb")))
        return "past";   /* not found: festlex-cmu's "w aw n d" */
    if (in_list(wind_up, word_at(c, 1)) && strcmp(word_at(c, -1), "the") != 0 &&
        strcmp(word_at(c, -1), "a") != 0 && strcmp(word_at(c, -1), "his") != 0 &&
        strcmp(word_at(c, -1), "her") != 0)
        return "past";
    return "n";
}

static const char *const tear_away[] = {
    "down", "up", "apart", "off", "open", "away", "out", "through", "into", "at", NULL};

static const char *const eye_words[] = {"eye", "eyes", "voice", NULL};

static const char *rule_tear(const ctx *c, const char *t)
{
    /* "a tear in his ACL", "a tear to the hamstring": a rip, unless in an eye */
    if ((strcmp(word_at(c, 1), "in") == 0 || strcmp(word_at(c, 1), "to") == 0) &&
        (strcmp(word_at(c, -1), "a") == 0 || strcmp(word_at(c, -1), "the") == 0) &&
        !in_list(eye_words, word_at(c, 3)) && !in_list(eye_words, word_at(c, 2)))
        return "v";
    if (strcmp(word_at(c, -1), "and") == 0 && strcmp(word_at(c, -2), "wear") == 0)
        return "v";
    if (strcmp(word_at(c, 1), "gas") == 0 || strcmp(word_at(c, 1), "gases") == 0 ||
        strcmp(word_at(c, 1), "ducts") == 0 || strcmp(word_at(c, 1), "duct") == 0 ||
        strcmp(word_at(c, 1), "drop") == 0 || strcmp(word_at(c, 1), "drops") == 0)
        return "n";
    if (in_list(tear_away, word_at(c, 1)) && !punct_after(c->utt, c->i))
        return "v";
    return lex_tag(t);
}

static const char *const fish_words[] = {
    "fish", "fishing", "fished", "angler", "anglers", "angling", "trout", "pike", "perch",
    "catfish", "carp", "walleye", "striped", "largemouth", "smallmouth", "spotted", "sea",
    "species", "spawn", "spawning", "caught", "catch", "lure", "lures", "bait", "bluegill",
    "crappie", "sunfish", "salmon", "stocked", "hatchery", "fisheries", "fishery", "rock",
    "peacock", "kelp", "reef", "freshwater", "saltwater", "grouper", "lakes", "pond",
    "ponds", "tuna", "cod", "redfish", "swim", "swam", "swims", "swimming", "snapper", "flounder", "mackerel", "herring", NULL};

static const char *rule_bass(const ctx *c)
{
    return near(c, 4, fish_words) ? "fish" : "music";
}

static const char *const bow_words[] = {
    "arrow", "arrows", "archery", "archer", "archers", "violin", "viola", "cello",
    "fiddle", "strings", "string", "crossbow", "longbow", "tie", "ties", "ribbon",
    "ribbons", "hair", "shoot", "shooting", "hunting", "bowstring", "quiver", "rainbow",
    "sword", "swords", "spear", "spears", "composite", "recurve", "knot", "drawn",
    "draw", "arrowheads", "lace", "bows", "hunter", "hunters", "played", "instrument",
    "instruments", "bowed", "violinist", "cellist", "silk", "satin", "velvet", "yew",
    "longbows", "crossbows", "bowmen", NULL};

static const char *rule_bow(const ctx *c, const char *t)
{
    if (near(c, 4, bow_words) || capital(c, 1))
        return "bo";   /* the weapon, the knot; Bow in London */
    if (strcmp(word_at(c, -1), "a") == 0 && strcmp(word_at(c, -2), "with") == 0)
        return "bo";
    if (t[0] == 'v')
        return "v";
    /* the front of a ship, a gesture */
    return "n";
}

static const char *const club_words[] = {
    "football", "club", "fc", "f.c", "signed", "signing", "season", "manager",
    "played", "rangers", "scored", "striker", "midfielder", "defender", "goalkeeper",
    "goal", "goals", "cup", "debut", "loan", "transfer", "match", "supporters", "fans",
    "premiership", "premier", "glasgow", "park", "hibernian", "aberdeen", "hearts",
    "player", "players", "coach", "team", "beat", "won", "win", "boston", "basketball",
    "scottish", "championship", "fixture", "derby", "squad", "youth", "academy", "joined",
    "joining", "v", "vs", "versus", "firm", "parkhead", "old", NULL};

static const char *rule_celtic(const ctx *c)
{
    /* the club as the subject of a verb: "Celtic won" */
    if (capital(c, 0) && tag_is(c, 1, "vb") && !tag_is(c, 1, "vbg"))
        return "team";
    return near(c, 6, club_words) ? "team" : "ethnic";
}

static const char *const axis_words[] = {
    "coordinate", "coordinates", "x", "y", "z", "rotation", "rotational", "principal",
    "symmetry", "perpendicular", "orthogonal", "axis", "plane", "planes", "graph",
    "crystal", "crystallographic", "optical", "optic", "major", "minor", "semi", "along",
    "cartesian", "vertical", "horizontal", "respective", "these", "both", "three", "two",
    "its", "reference", "parallel", "body", "inertia", "orientation", "frame", "angle",
    "angles", "dimensions", "dimensional", "ellipse", "ellipsoid", "lattice", "unit",
    "spatial", "time", "cell", "polarization", "relative", "rotated", "rotate", NULL};

static const char *rule_axes(const ctx *c)
{
    static const char *const tool_words[] = {
        "stone", "hand", "battle", "ice", "throwing", "swords", "spears", "knives",
        "hammers", "iron", "bronze", "wielding", "wielded", "tools", "weapons", "fire",
        "copper", "flint", "polished", "shafts", "adzes", "chisels", "sharpened",
        "carried", "armed", "double", "axe", "ax", "picks", "saws", "chopping", "spearheads",
        "arrowheads", "blades", "flakes", "scrapers", "hoard",
        "neolithic", "artifacts", "artefacts", "daggers", "maces", "firefighters", "wood",
        "timber", "logs", "chop", "chopped", "felling", "felled", "trees", "lumberjacks",
        "woodcutters", "executioner", "executioners", "blade", NULL};
    if (near(c, 4, tool_words) && !near(c, 3, axis_words))
        return "v";
    return "n";   /* the plural of axis, the usual one in running text */
}

/* verbs a club takes as its subject ("Reading were promoted", "Reading beat
 * Leeds"); a gerund subject would take "was" or a verb in -s */
static const char *const club_verbs[] = {
    "were", "have", "had", "beat", "won", "lost", "drew", "finished", "signed", NULL};

static const char *rule_reading(const ctx *c)
{
    if (capital(c, 1))
        return "n";   /* the town, festlex-cmu's "r eh d ih ng" */
    if (capital(c, 0) && (next_capital(c) || punct_after(c->utt, c->i) ||
                          strcmp(word_at(c, 1), "is") == 0 ||
                          strcmp(word_at(c, 1), "was") == 0 ||
                          strcmp(word_at(c, 1), "has") == 0 ||
                          in_list(club_verbs, word_at(c, 1))))
        return "n";
    return "v";
}

/* the next word comes from a token written with digits */
static int next_number(const ctx *c)
{
    if (c->i + 1 >= c->utt->n_word || !c->utt->tok)
        return 0;
    const nv_uword *w = &c->utt->word[c->i + 1];
    return w->i_tok < c->utt->n_tok && c->utt->tok[w->i_tok].text &&
           isdigit((unsigned char)c->utt->tok[w->i_tok].text[0]);
}

/* "aged 82", "aged between 20 and 30": of a certain age */
static const char *rule_aged(const ctx *c)
{
    static const char *const age_next[] = {
        "between", "from", "over", "under", "about", "around", "in", "only", "just",
        "approximately", "roughly", "nearly", "almost", "up", "less", "more", "at", "to",
        "for", "and", "well", "by", "with", NULL};
    /* "homes for the aged", "the aged and the infirm": old people */
    if (strcmp(word_at(c, -1), "the") == 0 && !tag_is(c, 1, "cd") && !next_number(c))
        return "j";
    if (tag_is(c, 1, "cd") || next_number(c) || in_list(age_next, word_at(c, 1)) ||
        punct_after(c->utt, c->i) || in_list(perfect_aux, word_at(c, -1)))
        return "v";
    return "j";   /* old: "aged parents", "the aged" */
}

/* "a learned society": the adjective */
static const char *rule_learned(const ctx *c)
{
    static const char *const before[] = {
        "a", "the", "most", "very", "highly", "more", "deeply", "and", "many", NULL};
    static const char *const nouns[] = {
        "societies", "society", "journal", "journals", "man", "men", "friend", "judge",
        "counsel", "scholar", "scholars", "profession", NULL};
    if ((in_list(before, word_at(c, -1)) && tag_is(c, 1, "nn")) ||
        in_list(nouns, word_at(c, 1)))
        return "j";
    return "v";
}

static const char *rule_blessed(const ctx *c, const char *t)
{
    const char *p = word_at(c, -1), *n = word_at(c, 1);
    if (strcmp(n, "with") == 0 || strcmp(n, "by") == 0 || in_list(perfect_aux, p))
        return "v";
    if (capital(c, 0) || strcmp(p, "the") == 0 || strcmp(p, "most") == 0 ||
        strcmp(p, "a") == 0 || strcmp(p, "thrice") == 0 || strcmp(p, "ever") == 0 ||
        strcmp(p, "our") == 0 || strcmp(p, "his") == 0 || strcmp(p, "her") == 0)
        return "j";
    return tag_is(c, 1, "nn") ? "j" : lex_tag(t);
}

static const char *rule_close(const ctx *c, const char *t)
{
    const char *p = word_at(c, -1), *n = word_at(c, 1);
    /* the noun "close" is the end: "the close of trading", "came to a close" */
    if ((strcmp(p, "a") == 0 || strcmp(p, "the") == 0 || strcmp(p, "its") == 0) &&
        (strcmp(n, "of") == 0 || punct_after(c->utt, c->i)) &&
        !in_list((const char *const[]){"very", "too", "so", NULL}, p))
        return strcmp(word_at(c, -2), "at") == 0 || strcmp(word_at(c, -2), "to") == 0 ||
                       strcmp(n, "of") == 0
                   ? "v"
                   : "n";
    /* a time of closing: "markets close at 4 p.m." (not "close at hand") */
    if (strcmp(n, "at") == 0 && tag_is(c, 2, "cd"))
        return "v";
    if (strcmp(n, "to") == 0 || strcmp(n, "by") == 0 || strcmp(n, "with") == 0 ||
        strcmp(n, "friend") == 0 || strcmp(n, "friends") == 0 || strcmp(n, "range") == 0)
        return "n";
    return lex_tag(t);
}

static const char *rule_content(const ctx *c, const char *t)
{
    const char *n = word_at(c, 1);
    if (strcmp(n, "with") == 0 || strcmp(n, "to") == 0)
        return "v";   /* the adjective: festlex-cmu gives it the verb's stress */
    if (t[0] == 'j')
        return "v";
    return lex_tag(t);
}

/* nouns that "minute" the adjective (tiny) qualifies: "minute traces" */
static const char *const tiny_nouns[] = {
    "amount", "amounts", "quantity", "quantities", "trace", "traces", "detail", "details",
    "particle", "particles", "fraction", "differences", "difference", "changes", "fragments",
    "doses", "levels", "crystals", "organisms", "detail", NULL};

static const char *rule_minute(const ctx *c, const char *t)
{
    const char *p = word_at(c, -1);
    if (tag_is(c, -1, "cd") || strcmp(p, "per") == 0 ||
        strcmp(p, "one") == 0 || strcmp(p, "each") == 0 || strcmp(p, "every") == 0 ||
        strcmp(p, "last") == 0 || strcmp(p, "first") == 0 || strcmp(p, "final") == 0 ||
        strcmp(word_at(c, 1), "and") == 0 || strcmp(word_at(c, 1), "hand") == 0)
        return "n";
    if (in_list(tiny_nouns, word_at(c, 1)) && !punct_after(c->utt, c->i))
        return "j";   /* "the minute details": tiny */
    if (strcmp(p, "a") == 0 || strcmp(p, "the") == 0)
        return "n";
    return lex_tag(t);
}

static const char *rule_recount(const ctx *c, const char *t)
{
    static const char *const vote_words[] = {
        "votes", "vote", "ballots", "ballot", "election", "count", "results", "result",
        "electoral", "polling", "recounts", "manual", "hand", "demanded", "requested",
        "ordered", "automatic", NULL};
    if (t[0] == 'n' || near(c, 4, vote_words))
        return "n";
    return "v";
}

static const char *rule_invalid(const ctx *c, const char *t)
{
    const char *p = word_at(c, -1);
    int noun_next = tag_is(c, 1, "nn") || tag_is(c, 1, "jj");
    /* "an invalid": the person */
    if ((strcmp(p, "a") == 0 || strcmp(p, "an") == 0 || strcmp(p, "the") == 0 ||
         strcmp(p, "his") == 0 || strcmp(p, "her") == 0) &&
        (punct_after(c->utt, c->i) || !noun_next))
        return "n";
    (void)t;
    return "j";
}

static int plural_subject(const ctx *c, int d);

static const char *rule_moped(const ctx *c, const char *t)
{
    static const char *const subj[] = {"he", "she", "they", "i", "we", "you", "who", NULL};
    static const char *const after[] = {"around", "about", "for", "over", "through", "in",
                                        "on", "at", NULL};
    if (past(t) && (in_list(subj, word_at(c, -1)) ||
                    (in_list(after, word_at(c, 1)) && tag_is(c, -1, "prp"))))
        return "v";
    /* a noun as its subject, then where or how long: "the players moped around" */
    if (c->i > 0 && in_list(after, word_at(c, 1)) && !punct_after(c->utt, c->i - 1) &&
        (strcmp(tag_at(c, -1), "nn") == 0 || plural_subject(c, -1)))
        return "v";
    return "n";
}

static const char *rule_polish(const ctx *c, const char *t)
{
    if (capital(c, 0))
        return "nat";
    return lex_tag(t);
}

static const char *rule_job(const ctx *c, const char *t)
{
    if (capital(c, 0) && !tag_is(c, -1, "dt") && strcmp(word_at(c, -1), "a") != 0 &&
        strcmp(word_at(c, -1), "the") != 0 && !next_capital(c) &&
        strcmp(word_at(c, 1), "corps") != 0)
        return capital(c, 1) || strcmp(word_at(c, -1), "of") == 0 || punct_after(c->utt, c->i)
                   ? "name"
                   : lex_tag(t);
    return lex_tag(t);
}

static const char *rule_buffet(const ctx *c, const char *t)
{
    if (capital(c, 1) || t[0] == 'v')
        return "v";   /* the surname, or to strike: festlex-cmu's entry */
    return "meal";
}

static const char *rule_nestle(const ctx *c, const char *t)
{
    if (capital(c, 0) && !(t[0] == 'v' && !capital(c, 1)))
        return "name";
    if (capital(c, 1))
        return "name";
    return lex_tag(t);
}

static const char *const determiners[] = {
    "the", "a", "an", "his", "their", "its", "our", "my", "your", "whose", "every", "each",
    "this", "these", "those", "another", NULL};

static const char *const possessives[] = {
    "his", "their", "its", "our", "my", "your", "whose", NULL};

static const char *const subjects[] = {"they", "we", "i", "you", "who", "ye", NULL};

static const char *const modals[] = {
    "can", "cannot", "could", "will", "would", "shall", "should", "may", "might", "must",
    "can't", "won't", "wouldn't", "couldn't", "shouldn't", "mustn't", "'ll", "we'll",
    "they'll", "i'll", "you'll", "he'll", "she'll", "it'll", "didn't", "don't",
    "doesn't", NULL};

/* words before "to" that make it a preposition: "from A to B", "due to" */
static const char *const to_preps[] = {
    "from", "due", "according", "close", "next", "prior", "up", "back", "related",
    "similar", "equal", "thanks", "compared", "contrary", "access", "way", "path",
    "return", "returned", "went", "go", "goes", "going", "came", "come", "sent",
    "send", "moved", "move", "led", "lead", "leads", "opposed", "subject",
    "addition", "attention", "devoted", "committed", "exposed", "contribution",
    "transferred", "added", "applied", "belong", "belonged", "referred", "refers",
    "points", "pointed", "turned", "converted", "introduced", "home", "tribute",
    "reference", "respect", "regard", "answer", "key", "road", "door", NULL};

/* words that make the "to" after them a preposition in any use */
static const char *const prep_to[] = {
    "due", "according", "prior", "thanks", "contrary", "compared", "similar", "equal",
    "related", "close", "next", "owing", "addition", "opposed", NULL};

/* words that open a verb's complement (not "of", which follows nouns) */
static const char *const complements[] = {
    "with", "between", "on", "in", "into", "about", "that", "together", "to", "at",
    "against", "from", "through", "around", "the", "a", "an", "their", "its", "his", "her",
    "them", "it", "this", "these", "those", NULL};

static const char *rule_lives(const ctx *c, const char *t)
{
    static const char *const where[] = {
        "in", "with", "on", "at", "near", "alone", "together", "there", "abroad",
        "nearby", "outside", "here", "happily", "off", "under", "among", "close", NULL};
    if (in_list(possessives, word_at(c, -1)) || in_list(determiners, word_at(c, -1)))
        return "n";
    if (in_list(where, word_at(c, 1)) && !in_list(where, word_at(c, -1)) &&
        !tag_is(c, -1, "jj") && !tag_is(c, -1, "cd"))
        return "v";
    return lex_tag(t);
}

/* "refuse": to decline (verb) or rubbish (noun): "collects refuse", "refuse
 * collection"; "refuse to" is always the verb */
static const char *const refuse_nouns[] = {
    "collection", "collections", "collector", "collectors", "disposal", "dump", "dumps",
    "truck", "trucks", "bin", "bins", "site", "sites", "workers", "tip", "heap", "heaps",
    "pile", "piles", NULL};

static int upper_at(const ctx *c, int d);

static const char *rule_refuse(const ctx *c, const char *t)
{
    if (strcmp(word_at(c, 1), "to") == 0)
        return "v";
    /* "uncollected refuse", "village refuse": a bare verb cannot follow an
     * adjective or a singular noun */
    if ((strcmp(tag_at(c, -1), "jj") == 0 ||
         (strcmp(tag_at(c, -1), "nn") == 0 && !upper_at(c, -1))) &&
        !in_list(subjects, word_at(c, -1)) && !in_list(modals, word_at(c, -1)))
        return "n";
    if (in_list(refuse_nouns, word_at(c, 1)) || tag_is(c, -1, "vbz") ||
        tag_is(c, -1, "vbd") || tag_is(c, -1, "in") || in_list(determiners, word_at(c, -1)))
        return "n";
    return lex_tag(t);
}

/* "live" the adverb or adjective at the end of a clause after an object or a
 * verb of showing ("aired live", "watched it live"); the verb after a subject
 * ("where they live.") */
static const char *const live_subjects[] = {
    "they", "we", "i", "you", "who", "people", "families", "residents", "to", "and",
    "still", "now", "currently", "animals", "that", "which", NULL};

static const char *rule_live(const ctx *c, const char *t)
{
    if (c->i > 0 && (punct_after(c->utt, c->i) || c->i + 1 == c->utt->n_word) &&
        !in_list(live_subjects, word_at(c, -1)) && !in_list(modals, word_at(c, -1)) &&
        (tag_is(c, -1, "nn") || tag_is(c, -1, "vbd") || tag_is(c, -1, "vbn") ||
         strcmp(word_at(c, -1), "it") == 0 || strcmp(word_at(c, -1), "them") == 0))
        return "j";
    return lex_tag(t);
}

/* words that open a clause whose subject follows: "as talks progress" */
static const char *const clause_openers[] = {
    "as", "while", "when", "until", "if", "before", "after", "unless", "because", "since",
    "once", "where", "the", "and", NULL};

/* The source token of the word at offset d, or NULL. */
static const nv_token *src_tok(const ctx *c, int d)
{
    int64_t j = (int64_t)c->i + d;
    if (j < 0 || j >= (int64_t)c->utt->n_word || !c->utt->tok ||
        c->utt->word[j].i_tok >= c->utt->n_tok)
        return NULL;
    return &c->utt->tok[c->utt->word[j].i_tok];
}

/* 1 if the source token of the word at offset d ends with an apostrophe
 * ("workers'"): a possessive, not a subject */
static int ends_apostrophe(const ctx *c, int d)
{
    const nv_token *t = src_tok(c, d);
    return t && ((t->post_len > 0 && t->post[0] == '\'') ||
           (t->len > 0 && t->text[t->len - 1] == '\''));
}

/* 1 if the word before is the last letter of a spelled initialism ("the NSA
 * uses": n s a), not an article */
static int spelled_before(const ctx *c)
{
    return c->i >= 2 && c->utt->word[c->i - 1].i_tok == c->utt->word[c->i - 2].i_tok &&
           c->utt->word[c->i - 1].len == 1;
}

/* 1 if "her" before the word is the possessive ("updated her resume"), not
 * the object of a verb that takes a bare infinitive ("let her resume") */
static int possessive_her(const ctx *c)
{
    static const char *const bare_inf[] = {
        "let", "lets", "letting", "make", "makes", "made", "help", "helps", "helped",
        "watch", "watched", "see", "saw", "seen", "hear", "heard", "have", "has", "had",
        "bid", "felt", "feel", NULL};
    return strcmp(word_at(c, -1), "her") == 0 && !in_list(bare_inf, word_at(c, -2));
}

/* 1 if the word before is a possessive noun ("farmers'", "the city's"), not
 * a contraction of "is" or "us" ("it's", "let's") */
static int possessive_before(const ctx *c)
{
    static const char *const contractions[] = {
        "it's", "that's", "he's", "she's", "what's", "there's", "who's", "here's",
        "let's", "where's", "how's", NULL};
    const char *p = word_at(c, -1);
    size_t n = strlen(p);
    if (ends_apostrophe(c, -1) || strcmp(p, "'s") == 0)
        return 1;   /* "farmers'", or the clitic of "the city's" */
    return n > 2 && strcmp(p + n - 2, "'s") == 0 && !in_list(contractions, p);
}

/* "row": a quarrel in "a row over", "the row between", "a row erupted",
 * "a bitter row"; otherwise a line ("front row", "three in a row") or rowing */
static const char *rule_row(const ctx *c, const char *t)
{
    static const char *const after[] = {
        "over", "between", "with", "erupted", "erupts", "broke", "deepened", "deepens",
        "escalated", "escalates", "grew", "intensified", "rumbled", "about", NULL};
    static const char *const before[] = {
        "bitter", "diplomatic", "political", "furious", "public", "blazing", "growing",
        "bitterly", "legal", "ongoing", "heated", "angry", NULL};
    const char *n = word_at(c, 1);
    if (in_list(before, word_at(c, -1)) ||
        (!punct_after(c->utt, c->i) && in_list(after, n) && strcmp(word_at(c, -1), "in") != 0 &&
         tag_is(c, 0, "nn")))
        return "quarrel";
    return lex_tag(t);
}

/* "used to": of habit or custom ("he used to live", "is used to the cold"),
 * said "yoost", or the passive of use ("was used to build", "tools used to
 * cut") */
static const char *rule_used(const ctx *c, const char *t)
{
    static const char *const be[] = {
        "is", "was", "are", "were", "be", "been", "being", "am", "'s", "'re", "'m", "get",
        "got", "gets", "getting", "become", "became", "grew", "grow", NULL};
    static const char *const subjects_used[] = {
        "i", "you", "he", "she", "it", "we", "they", "who", "never", "once", "still", "always",
        "also", "just", "that", "which", "people", NULL};
    if (strcmp(word_at(c, 1), "to") != 0 || punct_after(c->utt, c->i))
        return lex_tag(t);
    if (in_list(be, word_at(c, -1)) || (tag_is(c, -1, "rb") && in_list(be, word_at(c, -2))))
        return strcmp(tag_at(c, 2), "vb") == 0 ? lex_tag(t) : "habit";
    if (in_list(subjects_used, word_at(c, -1)) || (tag_is(c, -1, "nnp") && c->i > 0))
        return "habit";
    return lex_tag(t);
}

/* "present at the meeting", "were present in the room": attending (the
 * adjective), not the verb */
static const char *rule_present(const ctx *c, const char *t)
{
    static const char *const be[] = {"is", "was", "are", "were", "be", "been", "not", NULL};
    const char *n = word_at(c, 1);
    if (!punct_after(c->utt, c->i) &&
        (strcmp(n, "at") == 0 || strcmp(n, "during") == 0 ||
         ((strcmp(n, "in") == 0 || strcmp(n, "for") == 0 || strcmp(n, "on") == 0) &&
          (in_list(be, word_at(c, -1)) || tag_is(c, -1, "nns")))))
        return "j";
    return lex_tag(t);
}

/* The word's source token has punctuation before it (a quote, a bracket). */
static int token_pre(const ctx *c)
{
    const nv_token *t = src_tok(c, 0);
    return t && t->pre_len > 0;
}

static const char *const aux_not[] = {
    "do", "does", "did", "can", "could", "will", "would", "should", "may", "might", "must",
    "shall", NULL};

static const char *const frequency_adverbs[] = {
    "often", "usually", "typically", "generally", "rarely", "sometimes", "always", "never",
    "frequently", "commonly", "seldom", "occasionally", "normally", "regularly", NULL};

/* The source token of the word at offset d starts with a capital letter. */
static int upper_at(const ctx *c, int d)
{
    const nv_token *t = src_tok(c, d);
    return t && t->text && t->len > 0 && isupper((unsigned char)t->text[0]);
}

/* The word heads a noun phrase: a determiner, then one or two adjectives or
 * singular common nouns (or, after "a", "every" and the like, plural ones too)
 * right before it, in one phrase (no punctuation). */
static int noun_phrase_before(const ctx *c)
{
    static const char *const dets[] = {"a", "an", "the", "any", "no", "this", "that",
                                       "every", "each", "another", NULL};
    static const char *const singular_dets[] = {"a", "an", "another", "every", "each", NULL};
    /* a singular determiner makes a plural noun after it a modifier: "a police
     * escort", "a weekly arts supplement" */
    for (int d = 2; d <= 3 && (int)c->i - d >= 0; d++)
        if (in_list(singular_dets, word_at(c, -d))) {
            int ok = 1;
            for (int k = 1; k < d; k++)
                ok &= !punct_after(c->utt, c->i - (uint32_t)k) &&
                      (tag_is(c, -k, "nn") || strcmp(tag_at(c, -k), "jj") == 0) &&
                      !upper_at(c, -k);
            if (ok && !token_pre(c))
                return 1;
        }
    for (int d = 1; d <= 3 && (int)c->i - d >= 0; d++) {
        if (punct_after(c->utt, c->i - (uint32_t)d))
            return 0;
        if (d > 1 && (in_list(dets, word_at(c, -d)) || in_list(possessives, word_at(c, -d))))
            /* not a plural subject's modifier: "wineries in the region combine" */
            return !((tag_is(c, -d - 1, "in") || tag_is(c, -d - 1, "to") ||
                      tag_is(c, -d - 1, "of")) &&
                     plural_subject(c, -d - 2)) &&
                   !token_pre(c);
        if (!(strcmp(tag_at(c, -d), "nn") == 0 || strcmp(tag_at(c, -d), "jj") == 0))
            return 0;
    }
    return 0;
}

/* verbs and adjectives that take an infinitive: the "to" after them is the
 * infinitive marker even when a verb follows the homograph ("soldiers who tried
 * to desert were jailed") */
static const char *const infinitive_takers[] = {
    "try", "tried", "tries", "trying", "want", "wanted", "wants", "decided", "decide",
    "decides", "attempt", "attempted", "attempts", "refused", "refuse", "agreed", "agree",
    "plan", "planned", "plans", "began", "begin", "begins", "start", "started", "starts",
    "continue", "continued", "continues", "failed", "fail", "fails", "hope", "hoped",
    "hopes", "expect", "expected", "expects", "need", "needed", "needs", "seek", "seeks",
    "sought", "intend", "intended", "intends", "promised", "promise", "threatened",
    "threaten", "voted", "vote", "chose", "choose", "managed", "helped", "help", "able",
    "unable", "likely", "unlikely", "allowed", "forced", "asked", "urged", "ordered",
    "encouraged", "wish", "wished", "prepared", "ready", "willing", "eager", "set",
    "tend", "tends", "tended", "appear", "appears", "appeared", "seem", "seems", "seemed",
    "used", "going", "moved", NULL};

/* plural words that modify a noun after them ("a jobs report", "goods transport") */
static const char *const plural_modifiers[] = {
    "sports", "arms", "goods", "jobs", "sales", "savings", "customs", "news", "rights",
    "earnings", "communications", "systems", "operations", "affairs", "services",
    "products", "parts", "materials", "resources", "works", "ways", "means", "series",
    "species", "physics", "economics", "politics", "athletics", "gymnastics", "mathematics",
    "electronics", "logistics", "graphics", "analytics", "statistics", "ethics", NULL};

/* The word at offset d is a plural noun that can be a subject: tagged so, or an
 * unknown word in -s the tagger took for a verb, adverb or name where a noun
 * phrase starts (sentence start, or after a determiner or a number). */
static int plural_subject(const ctx *c, int d)
{
    const char *w = word_at(c, d);
    size_t n = w ? strlen(w) : 0;
    if (!w || in_list(plural_modifiers, w) || ends_apostrophe(c, d))
        return 0;
    if (tag_is(c, d, "nns") || tag_is(c, d, "nnps"))
        return 1;
    if (n < 4 || w[n - 1] != 's' || w[n - 2] == 's' || w[n - 2] == 'u' || w[n - 2] == 'i' ||
        w[n - 2] == '\'')
        return 0;
    int at = (int)c->i + d;
    /* a capital only at the sentence start ("Pipelines", "The Brothers"), not
     * inside it ("an early Christmas present") */
    if (at > 0 && upper_at(c, d) && !(at == 1 && in_list(determiners, word_at(c, d - 1))))
        return 0;
    if (!(tag_is(c, d, "vbz") || tag_is(c, d, "nnp") || tag_is(c, d, "rb")))
        return 0;
    return at == 0 || in_list(determiners, word_at(c, d - 1)) || tag_is(c, d - 1, "cd") ||
           tag_is(c, d - 1, "jj");
}

/* Word i's source token ends with a comma (or a comma after a bracket). */
static int comma_after(const nv_utt *utt, uint32_t i)
{
    if (!utt->tok || i + 1 >= utt->n_word || utt->word[i + 1].i_tok == utt->word[i].i_tok ||
        utt->word[i].i_tok >= utt->n_tok)
        return 0;
    const nv_token *t = &utt->tok[utt->word[i].i_tok];
    return t->post_len > 0 && memchr(t->post, ',', t->post_len) != NULL;
}

/* The sentence opens with a noun phrase whose head is plural ("Male
 * bowerbirds of ...", "Researchers at ..."), and between that head and the
 * word some comma or relative pronoun opened a modifier: the word may be the
 * verb the subject has been waiting for. */
static int plural_subject_far(const ctx *c)
{
    static const char *const openers[] = {"which", "who", "whose", "that", "such", NULL};
    int head = -1;
    for (uint32_t k = 0; k < c->i && k < 8; k++) {
        int d = (int)k - (int)c->i;
        const char *tg = tag_at(c, d);
        if (tg[0] == 'n' || plural_subject(c, d))
            head = (int)k;
        else if ((tg[0] == 'v' && strcmp(tg, "vbg") != 0 && strcmp(tg, "vbn") != 0) ||
                 tg[0] == 'm' || strcmp(tg, "in") == 0 || strcmp(tg, "to") == 0 ||
                 strcmp(tg, "of") == 0 || strcmp(tg, "cc") == 0)
            break;
        if (punct_after(c->utt, k))
            break;
    }
    if (head < 0 || !plural_subject(c, head - (int)c->i))
        return 0;
    if (tag_is(c, -1, "cd"))   /* "Regulations issued ... in 1996 permit pilots" */
        return 1;
    for (uint32_t k = (uint32_t)head; k + 1 < c->i; k++)
        if (comma_after(c->utt, k) || in_list(openers, c->utt->word[k + 1].text))
            return 1;
    return 0;
}

/* A tag the tagger gives a bare verb it took for a noun or an adjective. */
static int bare_noun_or_adj(const char *t)
{
    return (t[0] == 'n' || t[0] == 'j') && strcmp(t, "nns") != 0;
}

/* What follows the word opens a verb's complement: "with", "the", "toward"
 * (not "of", which follows nouns), with no punctuation between. */
static int complement_after(const ctx *c)
{
    return !punct_after(c->utt, c->i) &&
           (in_list(complements, word_at(c, 1)) || tag_is(c, 1, "dt") ||
            (tag_is(c, 1, "in") && strcmp(word_at(c, 1), "of") != 0));
}

/* particles that make the first part of a hyphenated word a verb ("wind-up",
 * "lead-in", "read-out") */
static const char *const hyphen_particles[] = {
    "up", "down", "in", "out", "off", "on", "over", "through", "back", "away", "by", NULL};

/* The word is the first part of a hyphenated word ("record-breaking",
 * "object-oriented") that does not end in a particle. */
static int hyphen_head(const ctx *c)
{
    const nv_token *t = src_tok(c, 0);
    size_t n = c->utt->word[c->i].len;
    if (!t || !t->text || t->len <= n || t->text[n] != '-' ||
        (c->i > 0 && c->utt->word[c->i - 1].i_tok == c->utt->word[c->i].i_tok))
        return 0;
    for (size_t k = 0; k < n; k++)
        if (tolower((unsigned char)t->text[k]) != c->utt->word[c->i].text[k])
            return 0;
    return c->i + 1 < c->utt->n_word &&
           c->utt->word[c->i + 1].i_tok == c->utt->word[c->i].i_tok &&
           !in_list(hyphen_particles, word_at(c, 1));
}

/* No finite verb follows in the clause of the word: up to punctuation or a
 * word that opens a new clause. */
static int no_finite_after(const ctx *c)
{
    static const char *const stops[] = {
        "and", "or", "but", "so", "as", "when", "while", "because", "if", "that", "which",
        "who", "where", "whereas", "although", "though", "until", "since", "than", NULL};
    for (uint32_t k = c->i + 1; k < c->utt->n_word && k < c->i + 12; k++) {
        int d = (int)(k - c->i);
        if (in_list(stops, word_at(c, d)))
            return 1;
        if (tag_is(c, d, "vbd") || tag_is(c, d, "vbz") || tag_is(c, d, "vbp") ||
            tag_is(c, d, "md"))
            return 0;
        if (punct_after(c->utt, k))
            return 1;
    }
    return 1;
}

/* The word follows a plural subject and a prepositional phrase that modifies
 * it, all in one phrase: "accounts of the battle", "differences in tone",
 * "divisions of labor within the nest", "shops in the district". The word
 * before is a singular noun, the object of the preposition. */
static int plural_subject_pp(const ctx *c)
{
    int d = 1;
    if (c->i < 3 || strcmp(tag_at(c, -1), "nn") != 0 || upper_at(c, -1))
        return 0;
    for (int pp = 0; pp < 2; pp++) {
        int words = 0;
        while ((int)c->i - d >= 0 && words < 3 &&
               (strcmp(tag_at(c, -d), "nn") == 0 || strcmp(tag_at(c, -d), "jj") == 0 ||
                strcmp(tag_at(c, -d), "nnp") == 0) &&
               !punct_after(c->utt, c->i - (uint32_t)d))
            d++, words++;
        if (!words || (int)c->i - d < 1)
            return 0;
        if (in_list(determiners, word_at(c, -d)) && !punct_after(c->utt, c->i - (uint32_t)d))
            d++;
        if ((int)c->i - d < 1 || punct_after(c->utt, c->i - (uint32_t)d) ||
            !(tag_is(c, -d, "in") || tag_is(c, -d, "of")) ||
            in_list((const char *const[]){"that", "as", "than", "because", "if", "while",
                                          "since", "like", NULL},
                    word_at(c, -d)))
            return 0;
        d++;
        if (punct_after(c->utt, c->i - (uint32_t)d))
            return 0;
        if (plural_subject(c, -d))
            return !ends_apostrophe(c, -d) &&
                   ((int)c->i - d == 0 || !(tag_is(c, -d - 1, "in") || tag_is(c, -d - 1, "of") ||
                                            tag_is(c, -d - 1, "to") || tag_is(c, -d - 1, "vb")));
    }
    return 0;
}

/* Two nouns joined by "and" open the clause and are the subject of the word:
 * "Heat and moisture diffuse slowly", "as voltage and current alternate". */
static int coordinated_subject(const ctx *c)
{
    static const char *const openers[] = {
        "as", "while", "when", "until", "if", "before", "after", "because", "since", "where",
        "whereas", "the", "both", NULL};
    int d = 1;
    if (c->i < 3 || !(strcmp(tag_at(c, -1), "nn") == 0 || strcmp(tag_at(c, -1), "nns") == 0))
        return 0;
    if (punct_after(c->utt, c->i - 1))
        return 0;
    if (strcmp(tag_at(c, -2), "nn") == 0 && !punct_after(c->utt, c->i - 2))
        d = 2;
    if (strcmp(word_at(c, -d - 1), "and") != 0 || (int)c->i - d - 2 < 0)
        return 0;
    int k = d + 2;
    if (!(strcmp(tag_at(c, -k), "nn") == 0 || strcmp(tag_at(c, -k), "nns") == 0) ||
        punct_after(c->utt, c->i - (uint32_t)k) || upper_at(c, -1))
        return 0;
    if ((int)c->i - k - 1 >= 0 && strcmp(tag_at(c, -k - 1), "jj") == 0)
        k++;
    return (int)c->i - k == 0 || punct_after(c->utt, c->i - (uint32_t)k - 1) ||
           in_list(openers, word_at(c, -k - 1));
}

/* A plural subject, "such as" and names: "Websites such as Rotten Tomatoes
 * aggregate", "Theorists such as Carne Ross advocate". */
static int plural_such_as(const ctx *c)
{
    int d = 1;
    while ((int)c->i - d >= 0 && d <= 4 && upper_at(c, -d) && tag_is(c, -d, "nnp") &&
           !punct_after(c->utt, c->i - (uint32_t)d))
        d++;
    return d > 1 && strcmp(word_at(c, -d), "as") == 0 &&
           strcmp(word_at(c, -d - 1), "such") == 0 && plural_subject(c, -d - 2) &&
           !punct_after(c->utt, c->i - (uint32_t)d - 2) && !capital(c, 0);
}

static const char *choose(const ctx *c)
{
    const char *w = c->utt->word[c->i].text;
    const char *t = tag_at(c, 0);
    /* the first part of a hyphenated word is a noun or an adjective:
     * "record-breaking", "object-oriented" (not "wind-up", "lead-in") */
    if (t[0] == 'v' && hyphen_head(c))
        t = "nn";
    /* after a determiner or a possessive, a noun or adjective, never a verb */
    else if (t[0] == 'v' && ((in_list(determiners, word_at(c, -1)) && !spelled_before(c)) ||
                        possessive_before(c) || possessive_her(c)) &&
        strcmp(w, "wound") != 0)
        t = "nn";
    /* a bare verb after a subject pronoun, a modal or the infinitive "to":
     * "soldiers who desert", "they compress", "cannot conduct", "to defect" */
    else if ((t[0] == 'n' || t[0] == 'j') &&
             ((!tag_is(c, 1, "vb") && !tag_is(c, 1, "md")) ||
              (strcmp(word_at(c, -1), "to") == 0 && in_list(infinitive_takers, word_at(c, -2)))) &&
             (in_list(subjects, word_at(c, -1)) ||
                                     in_list(modals, word_at(c, -1)) ||
                                     (strcmp(word_at(c, -1), "to") == 0 &&
                                      !in_list(to_preps, word_at(c, -2)) &&
                                      !(tag_is(c, -2, "jj") && t[0] == 'j'))))
        t = "vb";   /* not in a range of adjectives: "mild to moderate" */
    /* a bare verb after a negated auxiliary: "does not aggregate" */
    else if (bare_noun_or_adj(t) && strcmp(word_at(c, -1), "not") == 0 &&
             in_list(aux_not, word_at(c, -2)))
        t = "vb";
    /* a bare verb after a frequency adverb that follows its subject, with its
     * complement: "patients often present with", "critics rarely conflict on" */
    else if (bare_noun_or_adj(t) && in_list(frequency_adverbs, word_at(c, -1)) &&
             (tag_is(c, -2, "nn") || tag_is(c, -2, "prp") || plural_subject(c, -2)) &&
             !punct_after(c->utt, c->i - 2) && complement_after(c))
        t = "vbp";
    /* a bare verb after a relative pronoun whose antecedent is plural: "teams
     * that progress to the final" */
    else if (bare_noun_or_adj(t) &&
             (strcmp(word_at(c, -1), "that") == 0 || strcmp(word_at(c, -1), "which") == 0) &&
             plural_subject(c, -2) && !punct_after(c->utt, c->i - 2) && complement_after(c))
        t = "vbp";
    /* a plural subject and a prepositional phrase after it, then a bare verb,
     * its complement, and no other verb in the clause: "accounts of the
     * battle conflict on", "differences in tone correlate with", "shops in the
     * district close early" */
    else if ((bare_noun_or_adj(t) || strcmp(t, "rb") == 0) && !punct_after(c->utt, c->i - 1) &&
             c->i + 1 < c->utt->n_word && !capital(c, 1) && plural_subject_pp(c) &&
             (complement_after(c) || tag_is(c, 1, "rb") || tag_is(c, 1, "prp") ||
              ((strcmp(word_at(c, 1), "and") == 0 || strcmp(word_at(c, 1), "or") == 0) &&
               (tag_is(c, 2, "dt") || tag_is(c, 2, "vb")))) &&
             no_finite_after(c))
        t = "vbp";
    /* the same phrase with its verb still to come is a noun compound: "exports
     * of farm produce to Europe fell" */
    else if ((strcmp(t, "vb") == 0 || strcmp(t, "vbp") == 0) &&
             !punct_after(c->utt, c->i - 1) && plural_subject_pp(c) && !no_finite_after(c))
        t = "nn";
    /* two nouns joined by "and" opening a clause, then a bare verb and its
     * complement or the end of the clause: "heat and moisture diffuse slowly" */
    else if (bare_noun_or_adj(t) && coordinated_subject(c) &&
             (complement_after(c) || tag_is(c, 1, "rb") || tag_is(c, 1, "cd") ||
              punct_after(c->utt, c->i) || c->i + 1 == c->utt->n_word) &&
             no_finite_after(c))
        t = "vbp";
    /* "websites such as Rotten Tomatoes aggregate reviews" */
    else if (bare_noun_or_adj(t) && plural_such_as(c) && !punct_after(c->utt, c->i) &&
             (complement_after(c) || tag_is(c, 1, "nn") || tag_is(c, 1, "jj")))
        t = "vbp";
    /* a headline's opening noun before a participle: "Suspect Arrested After
     * Stabbing", "Protest Planned" */
    else if (t[0] == 'v' && c->i == 0 && capital(c, 0) && upper_at(c, 1) &&
             (tag_is(c, 1, "vbn") || tag_is(c, 1, "vbd")) && !punct_after(c->utt, c->i))
        t = "nn";
    /* a bare verb after a relative pronoun whose antecedent is plural, then
     * its object and no verb right after: "languages that implement data
     * abstraction include" */
    else if (bare_noun_or_adj(t) &&
             (strcmp(word_at(c, -1), "that") == 0 || strcmp(word_at(c, -1), "which") == 0) &&
             plural_subject(c, -2) && !punct_after(c->utt, c->i - 2) &&
             !punct_after(c->utt, c->i) && (tag_is(c, 1, "nn") || tag_is(c, 1, "jj")) &&
             !upper_at(c, 1) && !tag_is(c, 2, "vb") && !tag_is(c, 2, "md"))
        t = "vbp";
    /* a noun compound in -s with no object after it: "cost-benefit analyses
     * due to", "time series analyses assessing" */
    else if (strcmp(t, "vbz") == 0 && strcmp(tag_at(c, -1), "nn") == 0 &&
             strcmp(tag_at(c, -2), "nn") == 0 && !punct_after(c->utt, c->i - 1) &&
             !punct_after(c->utt, c->i - 2) &&
             (tag_is(c, 1, "vbg") || strcmp(word_at(c, 1), "due") == 0 ||
              punct_after(c->utt, c->i) || c->i + 1 == c->utt->n_word))
        t = "nns";
    /* a noun in -s followed by "of" is a noun: "analyses of", "uses of" */
    else if (strcmp(t, "vbz") == 0 && strcmp(word_at(c, 1), "of") == 0 &&
             !punct_after(c->utt, c->i))
        t = "nns";
    /* the head of a noun phrase: a determiner, then adjectives or singular
     * nouns, then the word ("a bone implement", "a police escort"); a bare verb
     * cannot follow a singular subject */
    else if (t[0] == 'v' && strcmp(t, "vbd") != 0 && strcmp(t, "vbn") != 0 &&
             strcmp(t, "vbg") != 0 && strcmp(t, "vbz") != 0 && noun_phrase_before(c))
        t = "nn";
    /* the plural subject far back, then a modifier closed by a comma or ending
     * in a year, then a bare verb and its complement: "Male bowerbirds of the
     * species ..., found only in ..., construct bowers" */
    else if (bare_noun_or_adj(t) && c->i >= 4 && !capital(c, 1) && !token_pre(c) &&
             (comma_after(c->utt, c->i - 1) || tag_is(c, -1, "cd") ||
              (tag_is(c, -1, "rb") && comma_after(c->utt, c->i - 2))) &&
             (complement_after(c) ||
              (!punct_after(c->utt, c->i) &&
               (tag_is(c, 1, "nn") || tag_is(c, 1, "jj") || tag_is(c, 1, "prp") ||
                tag_is(c, 1, "rb") || tag_is(c, 1, "cd") || tag_is(c, 1, "vbn")))) &&
             plural_subject_far(c))
        t = "vbp";
    /* "due to", "according to": a preposition, so a noun follows */
    else if (t[0] == 'v' && strcmp(word_at(c, -1), "to") == 0 &&
             in_list(prep_to, word_at(c, -2)))
        t = "nn";
    /* a plural subject, then a bare verb, then its complement: "the units
     * correlate with", "pads compress on" */
    else if ((t[0] == 'n' || t[0] == 'j') && strcmp(t, "nns") != 0 &&
             (plural_subject(c, -1) ||
              (tag_is(c, -1, "rb") && plural_subject(c, -2)) ||
              /* "Adama and Leoben converse": two names are a plural subject */
              (tag_is(c, -1, "nnp") && strcmp(word_at(c, -2), "and") == 0 &&
               tag_is(c, -3, "nnp") && !capital(c, 0))) &&
             !punct_after(c->utt, c->i - 1) && (c->i + 1 < c->utt->n_word) &&
             (in_list(complements, word_at(c, 1)) || tag_is(c, 1, "dt") ||
              (tag_is(c, 1, "in") && strcmp(word_at(c, 1), "of") != 0 &&
               !punct_after(c->utt, c->i)) ||
              tag_is(c, 1, "prp") || tag_is(c, 1, "rb") ||
              ((tag_is(c, 1, "nn") || tag_is(c, 1, "jj")) && !next_capital(c) &&
               !punct_after(c->utt, c->i) && !ends_apostrophe(c, -1))))
        t = "vbp";   /* also "fires retard growth", "the men converse daily" */
    /* a plural subject, then a bare verb that ends the clause: "as talks
     * progress.", "the students protest." (not "the workers' protest.") */
    else if ((t[0] == 'n' || t[0] == 'j') && strcmp(t, "nns") != 0 &&
             (tag_is(c, -1, "nns") || plural_subject(c, -1)) &&
             !punct_after(c->utt, c->i - 1) &&
             (c->i + 1 == c->utt->n_word || punct_after(c->utt, c->i)) &&
             (in_list(clause_openers, word_at(c, -2)) || tag_is(c, -2, "cd")) &&
             !ends_apostrophe(c, -1))
        t = "vbp";   /* also "the two plans conflict." */
    /* a noun in -s that is a verb: after an adverb in -ly ("verbally abuses"),
     * after a name as its subject and before its object ("Whitlock confines
     * the family", "NSA uses two"), or joined to a verb in -s ("abuses and
     * neglects her") */
    else if ((strcmp(t, "nns") == 0 || strcmp(t, "nnps") == 0) && !capital(c, 0) &&
             !punct_after(c->utt, c->i) && c->i > 0 &&
             ((tag_is(c, -1, "rb") && strlen(word_at(c, -1)) > 4 &&
               strcmp(word_at(c, -1) + strlen(word_at(c, -1)) - 2, "ly") == 0) ||
              (tag_is(c, -1, "nnp") && !punct_after(c->utt, c->i - 1) &&
               (tag_is(c, 1, "dt") || tag_is(c, 1, "cd") || tag_is(c, 1, "prp") ||
                (strcmp(tag_at(c, 1), "nns") == 0 && !tag_is(c, 2, "vb") &&
                 !tag_is(c, 2, "md")))) ||
              ((strcmp(word_at(c, 1), "and") == 0 || strcmp(word_at(c, 1), "or") == 0) &&
               tag_is(c, 2, "vbz")) ||
              ((strcmp(word_at(c, -1), "and") == 0 || strcmp(word_at(c, -1), "or") == 0) &&
               tag_is(c, -2, "vbz") && !punct_after(c->utt, c->i - 2))))
        t = "vbz";
    /* a bare verb joined by "and" to a verb before it, with its object after:
     * "drink excessively and abuse prescription drugs" */
    else if ((t[0] == 'n' || t[0] == 'j') && strcmp(t, "nns") != 0 &&
             (strcmp(word_at(c, -1), "and") == 0 || strcmp(word_at(c, -1), "or") == 0) &&
             (strcmp(tag_at(c, -2), "vb") == 0 || strcmp(tag_at(c, -2), "vbp") == 0 ||
              (tag_is(c, -2, "rb") && (strcmp(tag_at(c, -3), "vb") == 0 ||
                                       strcmp(tag_at(c, -3), "vbp") == 0))) &&
             !punct_after(c->utt, c->i) &&
             (tag_is(c, 1, "dt") || tag_is(c, 1, "nn") || tag_is(c, 1, "prp") ||
              tag_is(c, 1, "jj")))
        t = "vb";
    /* a verb in -s right before another verb is a plural noun: "winds ripped" */
    else if (strcmp(t, "vbz") == 0 && !punct_after(c->utt, c->i) &&
             (tag_is(c, 1, "vbd") || tag_is(c, 1, "vbz") || tag_is(c, 1, "vbp") ||
              tag_is(c, 1, "md") ||
              (tag_is(c, 1, "vbn") && (tag_is(c, 2, "dt") || tag_is(c, 2, "in")))))
        t = "nns";
    switch (w[0]) {
    case 'a':
        if (strcmp(w, "axes") == 0)
            return rule_axes(c);
        if (strcmp(w, "aged") == 0)
            return rule_aged(c);
        break;
    case 'b':
        if (strcmp(w, "bass") == 0)
            return rule_bass(c);
        if (strcmp(w, "bow") == 0)
            return rule_bow(c, t);
        if (strcmp(w, "blessed") == 0)
            return rule_blessed(c, t);
        if (strcmp(w, "buffet") == 0)
            return rule_buffet(c, t);
        break;
    case 'c':
        if (strcmp(w, "celtic") == 0)
            return rule_celtic(c);
        if (strcmp(w, "close") == 0)
            return rule_close(c, t);
        if (strcmp(w, "content") == 0)
            return rule_content(c, t);
        break;
    case 'i':
        if (strcmp(w, "invalid") == 0)
            return rule_invalid(c, t);
        break;
    case 'j':
        if (strcmp(w, "job") == 0)
            return rule_job(c, t);
        break;
    case 'l':
        if (strcmp(w, "lead") == 0)
            return rule_lead(c);
        if (strcmp(w, "learned") == 0)
            return rule_learned(c);
        if (strcmp(w, "lives") == 0)
            return rule_lives(c, t);
        if (strcmp(w, "live") == 0)
            return rule_live(c, t);
        break;
    case 'm':
        if (strcmp(w, "minute") == 0)
            return rule_minute(c, t);
        if (strcmp(w, "moped") == 0)
            return rule_moped(c, t);
        break;
    case 'n':
        if (strcmp(w, "nestle") == 0)
            return rule_nestle(c, t);
        break;
    case 'p':
        if (strcmp(w, "polish") == 0)
            return rule_polish(c, t);
        if (strcmp(w, "present") == 0)
            return rule_present(c, t);
        break;
    case 'r':
        if (strcmp(w, "read") == 0)
            return rule_read(c, t);
        if (strcmp(w, "reading") == 0)
            return rule_reading(c);
        if (strcmp(w, "ravel") == 0)
            return capital(c, 0) ? "name" : lex_tag(t);
        if (strcmp(w, "recount") == 0)
            return rule_recount(c, t);
        if (strcmp(w, "refuse") == 0)
            return rule_refuse(c, t);
        if (strcmp(w, "row") == 0 || strcmp(w, "rows") == 0)
            return rule_row(c, t);
        break;
    case 't':
        if (strcmp(w, "tear") == 0)
            return rule_tear(c, t);
        break;
    case 'u':
        if (strcmp(w, "used") == 0)
            return rule_used(c, t);
        break;
    case 'w':
        if (strcmp(w, "wound") == 0)
            return rule_wound(c, t);
        if (strcmp(w, "winds") == 0)
            return rule_winds(c, t);
        if (strcmp(w, "wind") == 0 && c->i + 1 < c->utt->n_word &&
            c->utt->word[c->i + 1].i_tok == c->utt->word[c->i].i_tok &&
            (strcmp(word_at(c, 1), "up") == 0 || strcmp(word_at(c, 1), "down") == 0))
            return "v";   /* "wind-up", "wind-down": turning, not the air */
        break;
    default:
        break;
    }
    return lex_tag(t);
}

int nv__pron_tag(const nv_tagger *tg, const nv_utt *utt, const char **tags)
{
    int *t = nv__tagger_has_model(tg)
                 ? nv__arena_alloc(utt->arena, ((size_t)utt->n_word + 1) * sizeof *t)
                 : NULL;
    if (!t || nv__tagger_run(tg, utt, t) != 1) {
        for (uint32_t i = 0; i < utt->n_word; i++)
            tags[i] = nv__pron_guess_pos(utt, i);
        return 0;
    }
    ctx c = {tg, utt, t, 0};
    for (uint32_t i = 0; i < utt->n_word; i++) {
        c.i = i;
        tags[i] = choose(&c);
    }
    return 0;
}
