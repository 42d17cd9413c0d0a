/* test_tobi.c - unit tests for the ToBI accent/tone trees (prosody/tobi.c and
 * the generated prosody/tobi_trees.c): the table structure, hand-traced paths
 * through both trees, and per-syllable fixtures checked against Festival 2.5. */
#include "prosody/tobi.h"

#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "check.h"

/* The generated tables (layout: see tools/gen-tobi-trees). */
extern const int nv__tobi_accent_tree[][5];
extern const int nv__tobi_accent_tree_len;
extern const int nv__tobi_tone_tree[][5];
extern const int nv__tobi_tone_tree_len;

/* initializer of an nv_tobi_feats; unnamed fields are 0 */
#define F(...) { __VA_ARGS__ }

/* Every question node points to nodes inside the table, every node is reached
 * exactly once from the root (a tree, pre-order), fields are int fields of
 * nv_tobi_feats, leaf classes are in range. */
static void check_table(const int (*t)[5], int len, int max_class, int want_leaves)
{
    int seen[256] = {0}, leaves = 0;
    CHECK(len > 0 && len <= 256);
    if (len <= 0 || len > 256)
        return;
    seen[0] = 1;
    for (int i = 0; i < len; i++) {
        const int *n = t[i];
        if (n[0] == 0) {
            leaves++;
            CHECK(n[2] >= 0 && n[2] <= max_class);
            continue;
        }
        CHECK(n[0] == 1 || n[0] == 2);
        CHECK(n[1] >= 0 && (size_t)n[1] + sizeof(int) <= sizeof(nv_tobi_feats));
        CHECK(n[1] % (int)sizeof(int) == 0);
        CHECK(n[3] > i && n[3] < len);
        CHECK(n[4] > i && n[4] < len);
        if (n[3] > i && n[3] < len) seen[n[3]]++;
        if (n[4] > i && n[4] < len) seen[n[4]]++;
    }
    for (int i = 0; i < len; i++)
        CHECK_INT(seen[i], 1);
    CHECK_INT(leaves, want_leaves);
}

static void test_tables(void)
{
    /* f2b_int_accent_cart_tree: 74 questions, 75 leaves;
     * f2b_int_tone_cart_tree: 47 questions, 48 leaves. */
    CHECK_INT(nv__tobi_accent_tree_len, 149);
    CHECK_INT(nv__tobi_tone_tree_len, 95);
    check_table(nv__tobi_accent_tree, nv__tobi_accent_tree_len, NV_ACC_L_HH, 75);
    check_table(nv__tobi_tone_tree, nv__tobi_tone_tree_len, NV_TONE_HH, 48);
}

static void test_names(void)
{
    CHECK_STR(nv__tobi_accent_name(NV_ACC_NONE), "NONE");
    CHECK_STR(nv__tobi_accent_name(NV_ACC_H), "H*");
    CHECK_STR(nv__tobi_accent_name(NV_ACC_DOWN_H), "!H*");
    CHECK_STR(nv__tobi_accent_name(NV_ACC_L_H), "L+H*");
    CHECK_STR(nv__tobi_accent_name(NV_ACC_L), "L*");
    CHECK_STR(nv__tobi_accent_name(NV_ACC_L_HH), "L*+H");
    CHECK_STR(nv__tobi_tone_name(NV_TONE_NONE), "NONE");
    CHECK_STR(nv__tobi_tone_name(NV_TONE_H), "H-");
    CHECK_STR(nv__tobi_tone_name(NV_TONE_L), "L-");
    CHECK_STR(nv__tobi_tone_name(NV_TONE_LL), "L-L%");
    CHECK_STR(nv__tobi_tone_name(NV_TONE_LH), "L-H%");
    CHECK_STR(nv__tobi_tone_name(NV_TONE_HL), "H-L%");
    CHECK_STR(nv__tobi_tone_name(NV_TONE_HH), "H-H%");
}

/* All features 0: no emphasis, unstressed, no neighbours. Accent tree: EMPH
 * no, no, no; ssyl_in 10 no; gpos to/cc no; ssyl_out 10 no; gpos in/wp/aux/det
 * no; stress is 0 yes -> NONE (node 23). Tone tree: yn no; gpos cc no; ssyl_in
 * 10 no; md no; p.old_syl_break 4 no; det no; n.old_syl_break 3, 4 no; in no;
 * old_syl_break 4 no; pps no; syl_in is 0 yes -> NONE (node 49). */
static void test_zero(void)
{
    nv_tobi_feats z;
    memset(&z, 0, sizeof z);
    CHECK_INT(nv__tobi_accent(&z), NV_ACC_NONE);
    CHECK_INT(nv__tobi_tone(&z), NV_TONE_NONE);
}

/* Hand-traced cases. Each comment gives the path through the tree as node
 * numbers of the generated table (tobi_trees.c) with the answer y/n; nodes not
 * listed after a "..." were answered "no" on the way (the same prefix as the
 * case above). CX = content word. */
typedef struct { int leaf; nv_tobi_feats f; int want; } hand_case;

#define CX NV_GPOS_CONTENT

static const hand_case accent_cases[] = {
    /* emphasised (even unstressed) syllable: 0y */
    { 1, F(.emph = 1, .n_emph = 1, .syl_in = 3, .syl_out = 2, .gpos = CX, .p_gpos = NV_GPOS_DET),
      NV_ACC_H },
    /* stressed syllable before an emphasised one: 0n 2y */
    { 3, F(.stress = 1, .n_emph = 1, .syl_in = 2, .ssyl_in = 1, .syl_break = 1, .p_syl_break = 1,
           .gpos = CX, .p_gpos = CX), NV_ACC_NONE },
    /* right after an emphasised word: 0n 2n 4y */
    { 5, F(.stress = 1, .p_emph = 1, .syl_in = 4, .ssyl_in = 2, .syl_break = 1, .gpos = CX,
           .p_gpos = CX), NV_ACC_NONE },
    /* tenth stressed syllable of a long phrase: 0n 2n 4n 6y */
    { 7, F(.stress = 1, .ssyl_in = 10, .syl_in = 14, .syl_out = 3, .gpos = CX, .p_gpos = CX),
      NV_ACC_NONE },
    /* stressed "to": ... 6n 8y */
    { 9, F(.stress = 1, .syl_in = 3, .ssyl_in = 1, .syl_break = 1, .gpos = NV_GPOS_TO,
           .p_gpos = CX), NV_ACC_NONE },
    /* "and": ... 8n 10y */
    { 11, F(.stress = 1, .syl_in = 5, .ssyl_in = 2, .syl_break = 1, .gpos = NV_GPOS_CC,
            .p_gpos = CX), NV_ACC_NONE },
    /* ten stressed syllables still to come: ... 10n 12y */
    { 13, F(.stress = 1, .syl_in = 1, .ssyl_out = 10, .gpos = CX, .p_gpos = CX), NV_ACC_NONE },
    /* stressed preposition: ... 12n 14y */
    { 15, F(.stress = 1, .syl_in = 4, .ssyl_in = 2, .syl_break = 1, .gpos = NV_GPOS_IN,
            .p_gpos = CX), NV_ACC_NONE },
    /* "was": ... 14n 16n 18y */
    { 19, F(.stress = 1, .syl_in = 3, .ssyl_in = 1, .syl_break = 1, .gpos = NV_GPOS_AUX,
            .p_gpos = CX), NV_ACC_NONE },
    /* unstressed syllable of a content word: ... 18n 20n 22y */
    { 23, F(.stress = 0, .n_stress = 1, .syl_in = 2, .ssyl_in = 1, .gpos = CX, .p_gpos = CX),
      NV_ACC_NONE },
    /* stressed syllable of the utterance's first word: ... 22n 24y */
    { 25, F(.stress = 1, .syl_break = 1, .n_syl_break = 1, .ssyl_out = 3, .syl_out = 6,
            .gpos = CX, .n_gpos = NV_GPOS_DET), NV_ACC_H },
    /* stressed modal "would": ... 24n 26y */
    { 27, F(.stress = 1, .syl_in = 2, .ssyl_in = 1, .syl_break = 1, .gpos = NV_GPOS_MD,
            .p_gpos = CX), NV_ACC_NONE },
    /* first syllable after a phrase break, word goes on: ... 26n 28y 29n */
    { 31, F(.stress = 1, .p_syl_break = 3, .syl_break = 0, .ssyl_out = 2, .syl_out = 3,
            .gpos = CX, .p_gpos = CX), NV_ACC_H },
    /* one-syllable word after a phrase break: ... 28y 29y */
    { 30, F(.stress = 1, .p_syl_break = 3, .syl_break = 1, .ssyl_out = 2, .syl_out = 3,
            .gpos = CX, .p_gpos = CX), NV_ACC_NONE },
    /* two syllables after a sentence end, two words back a preposition:
     * ... 28n 32y 33y */
    { 34, F(.stress = 1, .pp_syl_break = 4, .p_syl_break = 1, .syl_in = 1, .ssyl_in = 0,
            .syl_out = 4, .gpos = CX, .p_gpos = NV_GPOS_DET, .pp_gpos = NV_GPOS_IN), NV_ACC_H },
    /* ... 32y 33n 35n 37n 39n 41n 43y */
    { 44, F(.stress = 1, .n_stress = 1, .pp_syl_break = 4, .p_syl_break = 0, .syl_break = 1,
            .syl_in = 1, .syl_out = 3, .gpos = CX, .p_gpos = CX, .pp_gpos = CX, .n_gpos = CX),
      NV_ACC_NONE },
    /* first stressed syllable of the phrase after an unstressed start: ... 32n 46y */
    { 47, F(.stress = 1, .syl_in = 2, .ssyl_in = 0, .p_syl_break = 1, .pp_syl_break = 1,
            .syl_break = 0, .gpos = CX, .p_gpos = NV_GPOS_DET), NV_ACC_H },
    /* ... 46n 48y */
    { 49, F(.stress = 1, .syl_in = 3, .ssyl_in = 1, .ssyl_out = 4, .syl_break = 1,
            .p_syl_break = 1, .gpos = CX, .p_gpos = CX), NV_ACC_NONE },
    /* ... 48n 50y 51n */
    { 53, F(.stress = 1, .syl_in = 2, .ssyl_in = 1, .pp_syl_break = 3, .p_syl_break = 1,
            .syl_break = 1, .gpos = CX, .p_gpos = NV_GPOS_IN), NV_ACC_H },
    /* third syllable of the phrase, next unstressed, after a preposition:
     * ... 50n 54y 55y 56y */
    { 57, F(.stress = 1, .syl_in = 2, .ssyl_in = 1, .syl_out = 5, .p_syl_break = 1,
            .pp_syl_break = 1, .gpos = CX, .p_gpos = NV_GPOS_IN), NV_ACC_H },
    /* ... 54y 55n 65y */
    { 66, F(.stress = 1, .n_stress = 1, .syl_in = 2, .ssyl_in = 1, .syl_out = 5, .n_syl_break = 0,
            .p_syl_break = 1, .pp_syl_break = 1, .gpos = CX, .p_gpos = CX), NV_ACC_NONE },
    /* inside the utterance's last word: ... 54n 68y 69y */
    { 70, F(.stress = 1, .syl_in = 5, .syl_out = 1, .ssyl_in = 2, .syl_break = 0,
            .p_syl_break = 1, .pp_syl_break = 1, .n_syl_break = 4, .gpos = CX, .p_gpos = CX),
      NV_ACC_L_H },
    /* ... 68n 72y 73y */
    { 74, F(.stress = 1, .syl_in = 6, .syl_out = 6, .ssyl_in = 3, .syl_break = 1,
            .p_syl_break = 1, .gpos = CX, .p_gpos = CX, .n_gpos = CX), NV_ACC_NONE },
    /* ... 72y 73n 75n 77y 78n */
    { 80, F(.stress = 1, .syl_in = 6, .syl_out = 6, .ssyl_in = 2, .syl_break = 1,
            .p_syl_break = 1, .pp_syl_break = 1, .gpos = CX, .p_gpos = CX, .n_gpos = CX),
      NV_ACC_H },
    /* ... 72n 82y 83y 84n */
    { 86, F(.stress = 1, .syl_in = 5, .syl_out = 4, .ssyl_in = 2, .ssyl_out = 1, .syl_break = 0,
            .p_syl_break = 1, .pp_syl_break = 1, .gpos = CX, .p_gpos = CX, .n_gpos = CX),
      NV_ACC_L_H },
    /* ... 82n 88y 89n */
    { 91, F(.stress = 1, .syl_in = 5, .syl_out = 5, .ssyl_in = 2, .ssyl_out = 1, .p_syl_break = 1,
            .pp_syl_break = 1, .gpos = CX, .p_gpos = NV_GPOS_IN, .n_gpos = CX), NV_ACC_H },
    /* "because of expansion", on "pan": ... 88n 92y 93n 95n 97n 99n */
    { 101, F(.stress = 1, .syl_in = 5, .syl_out = 2, .ssyl_in = 1, .ssyl_out = 1, .syl_break = 0,
             .p_syl_break = 0, .pp_syl_break = 1, .gpos = CX, .p_gpos = NV_GPOS_IN,
             .pp_gpos = NV_GPOS_IN, .n_gpos = CX), NV_ACC_DOWN_H },
    /* ... 92n 102y 103n 105n */
    { 107, F(.stress = 1, .syl_in = 6, .syl_out = 3, .ssyl_in = 2, .ssyl_out = 2, .syl_break = 0,
             .p_syl_break = 1, .pp_syl_break = 1, .gpos = CX, .p_gpos = CX, .n_gpos = CX),
      NV_ACC_L_H },
    /* ... 102n 108y */
    { 109, F(.stress = 1, .syl_in = 6, .syl_out = 3, .ssyl_in = 2, .ssyl_out = 1,
             .p_syl_break = 1, .pp_syl_break = 1, .gpos = CX, .p_gpos = CX, .pp_gpos = NV_GPOS_TO,
             .n_gpos = CX), NV_ACC_H },
    /* ... 108n 110n 114y 115y 116y */
    { 117, F(.stress = 1, .syl_in = 7, .syl_out = 3, .ssyl_in = 3, .ssyl_out = 1,
             .p_syl_break = 1, .pp_syl_break = 1, .gpos = CX, .p_gpos = CX, .n_gpos = CX),
      NV_ACC_DOWN_H },
    /* ... 114n 120y */
    { 121, F(.stress = 1, .syl_in = 8, .syl_out = 3, .ssyl_in = 3, .ssyl_out = 1, .syl_break = 0,
             .p_syl_break = 1, .gpos = CX, .p_gpos = CX, .n_gpos = NV_GPOS_CC), NV_ACC_NONE },
    /* first syllable of a word after a preposition: ... 120n 122n 124n 126n 136y */
    { 137, F(.stress = 1, .syl_in = 8, .syl_out = 3, .ssyl_in = 3, .ssyl_out = 1,
             .p_syl_break = 1, .gpos = CX, .p_gpos = NV_GPOS_IN, .n_gpos = CX), NV_ACC_L_H },
    /* ... 136n 138y */
    { 139, F(.stress = 1, .syl_in = 6, .syl_out = 3, .ssyl_in = 3, .ssyl_out = 1,
             .p_syl_break = 1, .gpos = CX, .p_gpos = CX, .n_gpos = CX), NV_ACC_DOWN_H },
    /* ... 138n 140n 142y */
    { 143, F(.stress = 1, .syl_in = 4, .syl_out = 3, .ssyl_in = 3, .ssyl_out = 1,
             .p_syl_break = 1, .gpos = CX, .p_gpos = CX, .n_gpos = CX), NV_ACC_DOWN_H },
    /* ... 142n 144n */
    { 148, F(.stress = 1, .n_stress = 1, .syl_in = 9, .syl_out = 3, .ssyl_in = 3, .ssyl_out = 1,
             .p_syl_break = 1, .gpos = CX, .p_gpos = CX, .n_gpos = CX), NV_ACC_NONE },
};

static const hand_case tone_cases[] = {
    /* last syllable of a yes/no question: 0y */
    { 1, F(.stress = 1, .yn_question = 1, .syl_break = 4, .syl_in = 6, .gpos = CX,
           .p_gpos = NV_GPOS_DET), NV_TONE_HH },
    /* "and" at a phrase end: 0n 2y */
    { 3, F(.stress = 1, .syl_break = 3, .syl_in = 4, .gpos = NV_GPOS_CC), NV_TONE_NONE },
    /* phrase end, but the tenth stressed syllable: 2n 4y */
    { 5, F(.stress = 1, .syl_break = 4, .syl_in = 15, .ssyl_in = 10, .gpos = CX), NV_TONE_NONE },
    /* modal at a phrase end: 4n 6y */
    { 7, F(.stress = 1, .syl_break = 3, .syl_in = 3, .gpos = NV_GPOS_MD), NV_TONE_NONE },
    /* one-syllable phrase after a B break: p.old_syl_break is 3 -> 4: 6n 8y */
    { 9, F(.stress = 1, .syl_break = 3, .p_syl_break = 3, .gpos = CX, .p_gpos = CX), NV_TONE_NONE },
    /* "the" ... 8n 10y */
    { 11, F(.syl_break = 1, .syl_in = 2, .gpos = NV_GPOS_DET), NV_TONE_NONE },
    /* before a one-syllable phrase after a B break: n.old_syl_break is never 3
     * (Festival promotes 3 to 4), so 12n 14y */
    { 15, F(.stress = 1, .syl_break = 3, .n_syl_break = 3, .syl_in = 4, .gpos = CX), NV_TONE_NONE },
    /* preposition ending a phrase: ... 14n 16y */
    { 17, F(.stress = 1, .syl_break = 3, .syl_in = 4, .gpos = NV_GPOS_IN), NV_TONE_NONE },
    /* end of the utterance: ... 16n 18y 19y */
    { 20, F(.syl_break = 4, .syl_in = 7, .ssyl_in = 2, .gpos = CX), NV_TONE_LL },
    /* B break after "was <word>": ... 19n 21y */
    { 22, F(.stress = 1, .syl_break = 3, .syl_in = 3, .gpos = CX, .p_gpos = NV_GPOS_AUX,
            .n_gpos = CX), NV_TONE_LL },
    /* ... 21n 23y */
    { 24, F(.stress = 1, .syl_break = 3, .syl_in = 3, .gpos = CX, .n_gpos = NV_GPOS_DET),
      NV_TONE_LL },
    /* B break (3, promoted to 4) before "is": ... 23n 25n 27n 29y */
    { 30, F(.stress = 1, .syl_break = 3, .syl_in = 3, .ssyl_in = 1, .gpos = CX,
            .p_gpos = NV_GPOS_DET, .n_gpos = NV_GPOS_AUX), NV_TONE_LH },
    /* third phrase: ... 29n 31n 33y */
    { 34, F(.stress = 1, .syl_break = 3, .syl_in = 3, .ssyl_in = 1, .sub_phrases = 2, .gpos = CX,
            .n_gpos = CX), NV_TONE_LL },
    /* first phrase, next word "in" + "the": ... 33n 35n 37y 38y 39n */
    { 41, F(.stress = 1, .syl_break = 3, .syl_in = 3, .ssyl_in = 1, .n_syl_break = 1, .gpos = CX,
            .n_gpos = NV_GPOS_IN), NV_TONE_LH },
    /* next word "about": ... 38y 39y */
    { 40, F(.stress = 1, .syl_break = 3, .syl_in = 3, .ssyl_in = 1, .n_syl_break = 0, .gpos = CX,
            .n_gpos = NV_GPOS_IN), NV_TONE_LL },
    /* next syllable stressed: ... 38n 42n */
    { 44, F(.stress = 1, .syl_break = 3, .syl_in = 3, .ssyl_in = 1, .n_stress = 1, .gpos = CX,
            .n_gpos = CX), NV_TONE_LH },
    /* ... 38n 42y */
    { 43, F(.stress = 1, .syl_break = 3, .syl_in = 3, .ssyl_in = 1, .gpos = CX, .n_gpos = CX),
      NV_TONE_LL },
    /* second phrase: ... 37n */
    { 45, F(.stress = 1, .syl_break = 3, .syl_in = 3, .ssyl_in = 1, .sub_phrases = 1,
            .n_stress = 1, .gpos = CX, .n_gpos = CX), NV_TONE_LL },
    /* "her", phrase-internal: ... 18n 46y */
    { 47, F(.syl_break = 1, .syl_in = 2, .gpos = NV_GPOS_PPS), NV_TONE_NONE },
    /* second-to-last word: ... 48n 50y 51y */
    { 52, F(.stress = 1, .syl_break = 1, .syl_in = 5, .gpos = CX, .n_gpos = CX), NV_TONE_NONE },
    /* two words before a B break (3 -> 4): ... 51n 53n 55n 57y */
    { 58, F(.stress = 1, .syl_break = 1, .syl_in = 4, .ssyl_in = 2, .nn_syl_break = 3, .gpos = CX,
            .n_gpos = CX, .nn_gpos = CX), NV_TONE_NONE },
    /* the deepest NONE: ... 85n 87n 89n 91n (syl_break 1; "old_syl_break is 3"
     * is never true, so node 92 (H-) cannot be reached) */
    { 93, F(.stress = 1, .syl_break = 1, .n_syl_break = 1, .syl_in = 3, .ssyl_in = 1, .gpos = CX,
            .p_gpos = CX, .pp_gpos = CX, .n_gpos = NV_GPOS_DET, .nn_gpos = CX), NV_TONE_NONE },
    /* "was", phrase-internal: ... 50n */
    { 94, F(.stress = 1, .syl_break = 1, .syl_in = 2, .gpos = NV_GPOS_AUX), NV_TONE_NONE },
};

/* Independent walk for the tests: the index of the leaf reached, so that each
 * hand-traced case is checked to end in the leaf its comment names. */
static int leaf_of(const int (*t)[5], int len, const nv_tobi_feats *f)
{
    int i = 0;
    while (i >= 0 && i < len && t[i][0] != 0) {
        int v;
        memcpy(&v, (const char *)f + t[i][1], sizeof v);
        if (t[i][0] == 2 && (v == 2 || v == 3))
            v = 4;
        i = v == t[i][2] ? t[i][3] : t[i][4];
    }
    return i;
}

static void run_cases(const char *what, const hand_case *c, size_t n, const int (*t)[5], int len,
                      int (*predict)(const nv_tobi_feats *), const char *(*name)(int))
{
    for (size_t i = 0; i < n; i++) {
        int got = predict(&c[i].f);
        int leaf = leaf_of(t, len, &c[i].f);
        if (got != c[i].want || leaf != c[i].leaf)
            fprintf(stderr, "%s case for leaf %d (reached %d): ", what, c[i].leaf, leaf);
        CHECK_INT(leaf, c[i].leaf);
        CHECK_STR(name(got), name(c[i].want));
    }
}

static void test_hand_cases(void)
{
    size_t na = sizeof accent_cases / sizeof accent_cases[0];
    size_t nt = sizeof tone_cases / sizeof tone_cases[0];
    run_cases("accent", accent_cases, na, nv__tobi_accent_tree, nv__tobi_accent_tree_len,
              nv__tobi_accent, nv__tobi_accent_name);
    run_cases("tone", tone_cases, nt, nv__tobi_tone_tree, nv__tobi_tone_tree_len,
              nv__tobi_tone, nv__tobi_tone_name);
    /* distinct leaves: the lists hold no leaf twice */
    for (size_t i = 0; i < na; i++)
        for (size_t j = i + 1; j < na; j++)
            CHECK(accent_cases[i].leaf != accent_cases[j].leaf);
    for (size_t i = 0; i < nt; i++)
        for (size_t j = i + 1; j < nt; j++)
            CHECK(tone_cases[i].leaf != tone_cases[j].leaf);
}

/* old_syl_break: Festival promotes break levels 2 and 3 to 4 in the tone tree,
 * while the accent tree's syl_break questions see 3 as 3. */
static void test_old_syl_break(void)
{
    /* Phrase-final syllable that reaches node 91 with syl_break 1; with a break
     * of 2, 3 or 4 the tone tree leaves at node 18 instead, so H- never comes. */
    nv_tobi_feats f = F(.stress = 1, .n_syl_break = 1, .syl_in = 3, .ssyl_in = 1, .gpos = CX,
                        .p_gpos = CX, .pp_gpos = CX, .n_gpos = NV_GPOS_DET, .nn_gpos = CX);
    for (int b = 0; b <= 4; b++) {
        f.syl_break = b;
        int tone = nv__tobi_tone(&f);
        CHECK(tone != NV_TONE_H);
        CHECK_INT(tone, b >= 2 ? NV_TONE_LL : NV_TONE_NONE);
    }
    /* n.old_syl_break 3 and 4 take the same branch */
    nv_tobi_feats g = F(.stress = 1, .syl_break = 3, .syl_in = 4, .gpos = CX, .n_gpos = CX);
    g.n_syl_break = 3;
    int t3 = nv__tobi_tone(&g);
    g.n_syl_break = 4;
    CHECK_INT(nv__tobi_tone(&g), t3);
    /* accent tree: "p.syl_break is 3" (node 28) holds for 3 only: 3 -> 28y 29n
     * -> H* (node 31); 4 -> 28n ... 102y 103n 105y -> NONE (node 106) */
    nv_tobi_feats a = F(.stress = 1, .syl_break = 0, .ssyl_out = 2, .syl_out = 3, .gpos = CX,
                        .p_gpos = CX, .ssyl_in = 1, .syl_in = 4, .n_gpos = CX);
    a.p_syl_break = 3;
    CHECK_INT(nv__tobi_accent(&a), NV_ACC_H);
    a.p_syl_break = 4;
    CHECK_INT(nv__tobi_accent(&a), NV_ACC_NONE);
}

/* Festival fixtures: every syllable of 14 utterances, synthesised with
 * Festival 2.5 (Debian festival 1:2.5.0-9) and the cmu_us_slt_arctic_hts voice
 * (utt.synth of one Text utterance each; the last two with EMPH set on some
 * tokens before phrasing, as SABLE's <EMPH> does). For each syllable Festival's
 * own feature values for the tree questions were read with item.feat (stress,
 * n.stress, syl_in, ..., R:SylStructure.parent.R:Word.nn.gpos) together with
 * the syllable's tobi_accent and tobi_endtone after the Intonation module.
 * Columns: {stress, n_stress}, {syl_in, syl_out, ssyl_in, ssyl_out},
 * {syl_break, p_, pp_, n_, nn_syl_break}, {sub_phrases, yn_question},
 * {emph, p_emph, n_emph}, {gpos, p_gpos, pp_gpos, n_gpos, nn_gpos}.
 * (Festival's old_syl_break was also read: it equalled syl_break with 2/3
 * promoted to 4 on every syllable.) */
typedef struct { const char *word; int v[21]; const char *acc, *tone; } fest_row;

#define G0 NV_GPOS_NONE
#define GCON NV_GPOS_CONTENT
#define GIN NV_GPOS_IN
#define GTO NV_GPOS_TO
#define GDET NV_GPOS_DET
#define GMD NV_GPOS_MD
#define GCC NV_GPOS_CC
#define GWP NV_GPOS_WP
#define GPPS NV_GPOS_PPS
#define GAUX NV_GPOS_AUX

static const fest_row festival_rows[] = {
    /* Did the senator vote for the bill? */
    { "Did", {1,0, 0,5,0,2, 1,0,0,1,0, 0,0, 0,0,0, GCON,G0,G0,GDET,GCON}, "H*", "NONE" },
    { "the", {0,1, 1,4,0,2, 1,1,0,0,0, 0,0, 0,0,0, GDET,GCON,G0,GCON,GCON}, "NONE", "NONE" },
    { "senator", {1,0, 2,3,0,1, 0,1,1,0,1, 0,0, 0,0,0, GCON,GDET,GCON,GCON,GIN}, "H*", "NONE" },
    { "senator", {0,0, 3,2,1,1, 0,0,1,1,3, 0,0, 0,0,0, GCON,GDET,GCON,GCON,GIN}, "NONE", "NONE" },
    { "senator", {0,1, 4,1,1,1, 1,0,0,3,1, 0,0, 0,0,0, GCON,GDET,GCON,GCON,GIN}, "NONE", "NONE" },
    { "vote", {1,1, 5,0,1,0, 3,1,0,1,1, 0,0, 0,0,0, GCON,GCON,GDET,GIN,GDET}, "NONE", "L-L%" },
    { "for", {1,0, 0,2,0,1, 1,3,1,1,4, 1,0, 0,0,0, GIN,GCON,GCON,GDET,GCON}, "NONE", "NONE" },
    { "the", {0,1, 1,1,0,1, 1,1,3,4,0, 1,0, 0,0,0, GDET,GIN,GCON,GCON,G0}, "NONE", "NONE" },
    { "bill", {1,0, 2,0,0,0, 4,1,1,0,0, 1,1, 0,0,0, GCON,GDET,GIN,G0,G0}, "H*", "H-H%" },
    /* Where will the committee meet next week, and who is going to pay for the new building? */
    { "Where", {1,1, 0,8,0,5, 1,0,0,1,1, 0,0, 0,0,0, GWP,G0,G0,GMD,GDET}, "NONE", "NONE" },
    { "will", {1,0, 1,7,0,4, 1,1,0,1,0, 0,0, 0,0,0, GMD,GWP,G0,GDET,GCON}, "NONE", "NONE" },
    { "the", {0,0, 2,6,1,4, 1,1,1,0,0, 0,0, 0,0,0, GDET,GMD,GWP,GCON,GCON}, "NONE", "NONE" },
    { "committee", {0,1, 3,5,1,4, 0,1,1,0,1, 0,0, 0,0,0, GCON,GDET,GMD,GCON,GCON}, "NONE", "NONE" },
    { "committee", {1,0, 4,4,1,3, 0,0,1,1,1, 0,0, 0,0,0, GCON,GDET,GMD,GCON,GCON}, "H*", "NONE" },
    { "committee", {0,1, 5,3,2,3, 1,0,0,1,1, 0,0, 0,0,0, GCON,GDET,GMD,GCON,GCON}, "NONE", "NONE" },
    { "meet", {1,1, 6,2,2,2, 1,1,0,1,3, 0,0, 0,0,0, GCON,GCON,GDET,GCON,GCON}, "NONE", "NONE" },
    { "next", {1,1, 7,1,3,1, 1,1,1,3,1, 0,0, 0,0,0, GCON,GCON,GCON,GCON,GCC}, "NONE", "NONE" },
    { "week", {1,1, 8,0,4,0, 3,1,1,1,1, 0,0, 0,0,0, GCON,GCON,GCON,GCC,GWP}, "H*", "L-L%" },
    { "and", {1,1, 0,6,0,4, 1,3,1,1,1, 1,0, 0,0,0, GCC,GCON,GCON,GWP,GAUX}, "NONE", "NONE" },
    { "who", {1,1, 1,5,0,3, 1,1,3,1,0, 1,0, 0,0,0, GWP,GCC,GCON,GAUX,GCON}, "NONE", "NONE" },
    { "is", {1,1, 2,4,1,2, 1,1,1,0,1, 1,0, 0,0,0, GAUX,GWP,GCC,GCON,GTO}, "NONE", "NONE" },
    { "going", {1,0, 3,3,2,1, 0,1,1,1,1, 1,0, 0,0,0, GCON,GAUX,GWP,GTO,GCON}, "H*", "NONE" },
    { "going", {0,0, 4,2,3,1, 1,0,1,1,3, 1,0, 0,0,0, GCON,GAUX,GWP,GTO,GCON}, "NONE", "NONE" },
    { "to", {0,1, 5,1,3,1, 1,1,0,3,1, 1,0, 0,0,0, GTO,GCON,GAUX,GCON,GIN}, "NONE", "NONE" },
    { "pay", {1,1, 6,0,3,0, 3,1,1,1,1, 1,0, 0,0,0, GCON,GTO,GCON,GIN,GDET}, "H*", "L-L%" },
    { "for", {1,0, 0,4,0,2, 1,3,1,1,1, 2,0, 0,0,0, GIN,GCON,GTO,GDET,GIN}, "NONE", "NONE" },
    { "the", {0,1, 1,3,0,2, 1,1,3,1,0, 2,0, 0,0,0, GDET,GIN,GCON,GIN,GCON}, "NONE", "NONE" },
    { "new", {1,1, 2,2,0,1, 1,1,1,0,4, 2,0, 0,0,0, GIN,GDET,GIN,GCON,G0}, "NONE", "NONE" },
    { "building", {1,0, 3,1,1,0, 0,1,1,4,0, 2,0, 0,0,0, GCON,GIN,GDET,G0,G0}, "L+H*", "NONE" },
    { "building", {0,0, 4,0,2,0, 4,0,1,0,0, 2,0, 0,0,0, GCON,GIN,GDET,G0,G0}, "NONE", "L-L%" },
    /* The budget was approved on Tuesday. Lawmakers said it would cut spending by four percent
     * over the next decade. */
    { "The", {0,1, 0,8,0,5, 1,0,0,0,1, 0,0, 0,0,0, GDET,G0,G0,GCON,GAUX}, "NONE", "NONE" },
    { "budget", {1,0, 1,7,0,4, 0,1,0,1,1, 0,0, 0,0,0, GCON,GDET,G0,GAUX,GCON}, "H*", "NONE" },
    { "budget", {0,1, 2,6,1,4, 1,0,1,1,0, 0,0, 0,0,0, GCON,GDET,G0,GAUX,GCON}, "NONE", "NONE" },
    { "was", {1,0, 3,5,1,3, 1,1,0,0,1, 0,0, 0,0,0, GAUX,GCON,GDET,GCON,GIN}, "NONE", "NONE" },
    { "approved", {0,1, 4,4,2,3, 0,1,1,1,1, 0,0, 0,0,0, GCON,GAUX,GCON,GIN,GCON}, "NONE", "NONE" },
    { "approved", {1,1, 5,3,2,2, 1,0,1,1,0, 0,0, 0,0,0, GCON,GAUX,GCON,GIN,GCON}, "NONE", "NONE" },
    { "on", {1,1, 6,2,3,1, 1,1,0,0,4, 0,0, 0,0,0, GIN,GCON,GAUX,GCON,GCON}, "NONE", "NONE" },
    { "Tuesday", {1,0, 7,1,4,0, 0,1,1,4,0, 0,0, 0,0,0, GCON,GIN,GCON,GCON,GCON}, "!H*", "NONE" },
    { "Tuesday", {0,1, 8,0,5,0, 4,0,1,0,0, 0,0, 0,0,0, GCON,GIN,GCON,GCON,GCON}, "NONE", "L-H%" },
    { "Lawmakers", {1,1, 0,8,0,6, 0,4,0,0,1, 0,0, 0,0,0, GCON,GCON,GIN,GCON,GCON}, "H*", "NONE" },
    { "Lawmakers", {1,0, 1,7,0,5, 0,0,4,1,1, 0,0, 0,0,0, GCON,GCON,GIN,GCON,GCON}, "H*", "NONE" },
    { "Lawmakers", {0,1, 2,6,1,5, 1,0,0,1,1, 0,0, 0,0,0, GCON,GCON,GIN,GCON,GCON}, "NONE", "NONE" },
    { "said", {1,1, 3,5,1,4, 1,1,0,1,1, 0,0, 0,0,0, GCON,GCON,GCON,GCON,GMD}, "NONE", "NONE" },
    { "it", {1,1, 4,4,2,3, 1,1,1,1,1, 0,0, 0,0,0, GCON,GCON,GCON,GMD,GCON}, "NONE", "NONE" },
    { "would", {1,1, 5,3,3,2, 1,1,1,1,0, 0,0, 0,0,0, GMD,GCON,GCON,GCON,GCON}, "NONE", "NONE" },
    { "cut", {1,1, 6,2,4,1, 1,1,1,0,3, 0,0, 0,0,0, GCON,GMD,GCON,GCON,GIN}, "NONE", "NONE" },
    { "spending", {1,0, 7,1,5,0, 0,1,1,3,1, 0,0, 0,0,0, GCON,GCON,GMD,GIN,GCON}, "NONE", "NONE" },
    { "spending", {0,1, 8,0,6,0, 3,0,1,1,1, 0,0, 0,0,0, GCON,GCON,GMD,GIN,GCON}, "NONE", "L-H%" },
    { "by", {1,1, 0,9,0,5, 1,3,0,1,0, 1,0, 0,0,0, GIN,GCON,GCON,GCON,GCON}, "NONE", "NONE" },
    { "four", {1,0, 1,8,0,4, 1,1,3,0,1, 1,0, 0,0,0, GCON,GIN,GCON,GCON,GIN}, "H*", "NONE" },
    { "percent", {0,1, 2,7,1,4, 0,1,1,1,0, 1,0, 0,0,0, GCON,GCON,GIN,GIN,GDET}, "NONE", "NONE" },
    { "percent", {1,1, 3,6,1,3, 1,0,1,0,1, 1,0, 0,0,0, GCON,GCON,GIN,GIN,GDET}, "NONE", "NONE" },
    { "over", {1,0, 4,5,2,2, 0,1,0,1,1, 1,0, 0,0,0, GIN,GCON,GCON,GDET,GCON}, "NONE", "NONE" },
    { "over", {0,0, 5,4,3,2, 1,0,1,1,1, 1,0, 0,0,0, GIN,GCON,GCON,GDET,GCON}, "NONE", "NONE" },
    { "the", {0,1, 6,3,3,2, 1,1,0,1,0, 1,0, 0,0,0, GDET,GIN,GCON,GCON,GCON}, "NONE", "NONE" },
    { "next", {1,0, 7,2,3,1, 1,1,1,0,4, 1,0, 0,0,0, GCON,GDET,GIN,GCON,G0}, "NONE", "NONE" },
    { "decade", {0,1, 8,1,4,1, 0,1,1,4,0, 1,0, 0,0,0, GCON,GCON,GDET,G0,G0}, "NONE", "NONE" },
    { "decade", {1,0, 9,0,4,0, 4,0,1,0,0, 1,0, 0,0,0, GCON,GCON,GDET,G0,G0}, "NONE", "L-L%" },
    /* Critics warned that the plan, which relies on optimistic forecasts of economic growth, could
     * leave a large hole in the state's finances. */
    { "Critics", {1,0, 0,5,0,3, 0,0,0,1,1, 0,0, 0,0,0, GCON,G0,G0,GCON,GIN}, "H*", "NONE" },
    { "Critics", {0,1, 1,4,0,3, 1,0,0,1,1, 0,0, 0,0,0, GCON,G0,G0,GCON,GIN}, "NONE", "NONE" },
    { "warned", {1,1, 2,3,0,2, 1,1,0,1,1, 0,0, 0,0,0, GCON,GCON,G0,GIN,GDET}, "H*", "NONE" },
    { "that", {1,0, 3,2,1,1, 1,1,1,1,3, 0,0, 0,0,0, GIN,GCON,GCON,GDET,GCON}, "NONE", "NONE" },
    { "the", {0,1, 4,1,2,1, 1,1,1,3,1, 0,0, 0,0,0, GDET,GIN,GCON,GCON,GCON}, "NONE", "NONE" },
    { "plan", {1,1, 5,0,2,0, 3,1,1,1,0, 0,0, 0,0,0, GCON,GDET,GIN,GCON,GCON}, "!H*", "L-L%" },
    { "which", {1,0, 0,15,0,9, 1,3,1,0,1, 1,0, 0,0,0, GCON,GCON,GDET,GCON,GIN}, "NONE", "NONE" },
    { "relies", {0,1, 1,14,0,9, 0,1,3,1,1, 1,0, 0,0,0, GCON,GCON,GCON,GIN,GCON}, "NONE", "NONE" },
    { "relies", {1,1, 2,13,0,8, 1,0,1,1,0, 1,0, 0,0,0, GCON,GCON,GCON,GIN,GCON}, "H*", "NONE" },
    { "on", {1,1, 3,12,1,7, 1,1,0,0,0, 1,0, 0,0,0, GIN,GCON,GCON,GCON,GCON}, "NONE", "NONE" },
    { "optimistic", {1,0, 4,11,2,6, 0,1,1,0,0, 1,0, 0,0,0, GCON,GIN,GCON,GCON,GIN},
      "L+H*", "NONE" },
    { "optimistic", {0,1, 5,10,3,6, 0,0,1,0,1, 1,0, 0,0,0, GCON,GIN,GCON,GCON,GIN},
      "NONE", "NONE" },
    { "optimistic", {1,0, 6,9,3,5, 0,0,0,1,0, 1,0, 0,0,0, GCON,GIN,GCON,GCON,GIN}, "NONE", "NONE" },
    { "optimistic", {0,0, 7,8,4,5, 1,0,0,0,1, 1,0, 0,0,0, GCON,GIN,GCON,GCON,GIN}, "NONE", "NONE" },
    { "forecasts", {0,1, 8,7,4,5, 0,1,0,1,1, 1,0, 0,0,0, GCON,GCON,GIN,GIN,GCON}, "NONE", "NONE" },
    { "forecasts", {1,1, 9,6,4,4, 1,0,1,1,0, 1,0, 0,0,0, GCON,GCON,GIN,GIN,GCON}, "NONE", "NONE" },
    { "of", {1,1, 10,5,5,3, 1,1,0,0,0, 1,0, 0,0,0, GIN,GCON,GCON,GCON,GCON}, "NONE", "NONE" },
    { "economic", {1,0, 11,4,6,2, 0,1,1,0,0, 1,0, 0,0,0, GCON,GIN,GCON,GCON,GMD}, "L+H*", "NONE" },
    { "economic", {0,1, 12,3,7,2, 0,0,1,0,1, 1,0, 0,0,0, GCON,GIN,GCON,GCON,GMD}, "NONE", "NONE" },
    { "economic", {1,0, 13,2,7,1, 0,0,0,1,3, 1,0, 0,0,0, GCON,GIN,GCON,GCON,GMD}, "H*", "NONE" },
    { "economic", {0,1, 14,1,8,1, 1,0,0,3,1, 1,0, 0,0,0, GCON,GIN,GCON,GCON,GMD}, "NONE", "NONE" },
    { "growth", {1,1, 15,0,8,0, 3,1,0,1,1, 1,0, 0,0,0, GCON,GCON,GIN,GMD,GCON}, "NONE", "L-L%" },
    { "could", {1,1, 0,4,0,3, 1,3,1,1,1, 2,0, 0,0,0, GMD,GCON,GCON,GCON,GDET}, "NONE", "NONE" },
    { "leave", {1,0, 1,3,0,2, 1,1,3,1,1, 2,0, 0,0,0, GCON,GMD,GCON,GDET,GCON}, "H*", "NONE" },
    { "a", {0,1, 2,2,1,2, 1,1,1,1,3, 2,0, 0,0,0, GDET,GCON,GMD,GCON,GCON}, "NONE", "NONE" },
    { "large", {1,1, 3,1,1,1, 1,1,1,3,1, 2,0, 0,0,0, GCON,GDET,GCON,GCON,GIN}, "NONE", "NONE" },
    { "hole", {1,0, 4,0,2,0, 3,1,1,1,1, 2,0, 0,0,0, GCON,GCON,GDET,GIN,GDET}, "H*", "L-L%" },
    { "in", {0,0, 0,5,0,2, 1,3,1,1,1, 3,0, 0,0,0, GIN,GCON,GCON,GDET,GCON}, "NONE", "NONE" },
    { "the", {0,1, 1,4,0,2, 1,1,3,1,0, 3,0, 0,0,0, GDET,GIN,GCON,GCON,GCON}, "NONE", "NONE" },
    { "state", {1,0, 2,3,0,1, 1,1,1,0,0, 3,0, 0,0,0, GCON,GDET,GIN,GCON,GCON}, "H*", "NONE" },
    { "finances", {0,1, 3,2,1,1, 0,1,1,0,4, 3,0, 0,0,0, GCON,GCON,GCON,G0,G0}, "NONE", "NONE" },
    { "finances", {1,0, 4,1,1,0, 0,0,1,4,0, 3,0, 0,0,0, GCON,GCON,GCON,G0,G0}, "L+H*", "NONE" },
    { "finances", {0,0, 5,0,2,0, 4,0,0,0,0, 3,0, 0,0,0, GCON,GCON,GCON,G0,G0}, "NONE", "L-L%" },
    /* She said her brother and his friends had gone to the market to buy fresh vegetables, bread,
     * cheese and wine for the party. */
    { "She", {1,1, 0,4,0,2, 1,0,0,1,1, 0,0, 0,0,0, GCON,G0,G0,GCON,GPPS}, "H*", "NONE" },
    { "said", {1,0, 1,3,0,1, 1,1,0,1,0, 0,0, 0,0,0, GCON,GCON,G0,GPPS,GCON}, "H*", "NONE" },
    { "her", {0,1, 2,2,1,1, 1,1,1,0,3, 0,0, 0,0,0, GPPS,GCON,GCON,GCON,GCC}, "NONE", "NONE" },
    { "brother", {1,0, 3,1,1,0, 0,1,1,3,1, 0,0, 0,0,0, GCON,GPPS,GCON,GCC,GPPS}, "NONE", "NONE" },
    { "brother", {0,1, 4,0,2,0, 3,0,1,1,1, 0,0, 0,0,0, GCON,GPPS,GCON,GCC,GPPS}, "NONE", "L-H%" },
    { "and", {1,1, 0,8,0,5, 1,3,0,1,1, 1,0, 0,0,0, GCC,GCON,GPPS,GPPS,GCON}, "NONE", "NONE" },
    { "his", {1,1, 1,7,0,4, 1,1,3,1,1, 1,0, 0,0,0, GPPS,GCC,GCON,GCON,GAUX}, "H*", "NONE" },
    { "friends", {1,1, 2,6,1,3, 1,1,1,1,1, 1,0, 0,0,0, GCON,GPPS,GCC,GAUX,GCON}, "H*", "NONE" },
    { "had", {1,1, 3,5,2,2, 1,1,1,1,1, 1,0, 0,0,0, GAUX,GCON,GPPS,GCON,GTO}, "NONE", "NONE" },
    { "gone", {1,0, 4,4,3,1, 1,1,1,1,1, 1,0, 0,0,0, GCON,GAUX,GCON,GTO,GDET}, "NONE", "NONE" },
    { "to", {0,0, 5,3,4,1, 1,1,1,1,0, 1,0, 0,0,0, GTO,GCON,GAUX,GDET,GCON}, "NONE", "NONE" },
    { "the", {0,1, 6,2,4,1, 1,1,1,0,3, 1,0, 0,0,0, GDET,GTO,GCON,GCON,GTO}, "NONE", "NONE" },
    { "market", {1,0, 7,1,4,0, 0,1,1,3,1, 1,0, 0,0,0, GCON,GDET,GTO,GTO,GCON}, "H*", "NONE" },
    { "market", {0,0, 8,0,5,0, 3,0,1,1,1, 1,0, 0,0,0, GCON,GDET,GTO,GTO,GCON}, "NONE", "L-L%" },
    { "to", {0,1, 0,5,0,3, 1,3,0,1,1, 2,0, 0,0,0, GTO,GCON,GDET,GCON,GCON}, "NONE", "NONE" },
    { "buy", {1,1, 1,4,0,2, 1,1,3,1,0, 2,0, 0,0,0, GCON,GTO,GCON,GCON,GCON}, "H*", "NONE" },
    { "fresh", {1,1, 2,3,1,1, 1,1,1,0,0, 2,0, 0,0,0, GCON,GCON,GTO,GCON,GCON}, "NONE", "NONE" },
    { "vegetables", {1,0, 3,2,2,0, 0,1,1,0,3, 2,0, 0,0,0, GCON,GCON,GCON,GCON,GCON}, "H*", "NONE" },
    { "vegetables", {0,0, 4,1,3,0, 0,0,1,3,3, 2,0, 0,0,0, GCON,GCON,GCON,GCON,GCON},
      "NONE", "NONE" },
    { "vegetables", {0,1, 5,0,3,0, 3,0,0,3,1, 2,0, 0,0,0, GCON,GCON,GCON,GCON,GCON},
      "NONE", "NONE" },
    { "bread", {1,1, 0,0,0,0, 3,3,0,1,1, 3,0, 0,0,0, GCON,GCON,GCON,GCON,GCC}, "H*", "NONE" },
    { "cheese", {1,1, 0,6,0,4, 1,3,3,1,1, 4,0, 0,0,0, GCON,GCON,GCON,GCC,GCON}, "NONE", "NONE" },
    { "and", {1,1, 1,5,0,3, 1,1,3,1,1, 4,0, 0,0,0, GCC,GCON,GCON,GCON,GIN}, "NONE", "NONE" },
    { "wine", {1,1, 2,4,1,2, 1,1,1,1,1, 4,0, 0,0,0, GCON,GCC,GCON,GIN,GDET}, "H*", "NONE" },
    { "for", {1,0, 3,3,2,1, 1,1,1,1,0, 4,0, 0,0,0, GIN,GCON,GCC,GDET,GCON}, "NONE", "NONE" },
    { "the", {0,1, 4,2,3,1, 1,1,1,0,4, 4,0, 0,0,0, GDET,GIN,GCON,GCON,G0}, "NONE", "NONE" },
    { "party", {1,0, 5,1,3,0, 0,1,1,4,0, 4,0, 0,0,0, GCON,GDET,GIN,G0,G0}, "L+H*", "NONE" },
    { "party", {0,0, 6,0,4,0, 4,0,1,0,0, 4,0, 0,0,0, GCON,GDET,GIN,G0,G0}, "NONE", "L-L%" },
    /* Can you tell me whether the museum is open on Sundays? */
    { "Can", {1,1, 0,9,0,5, 1,0,0,1,1, 0,0, 0,0,0, GMD,G0,G0,GCON,GCON}, "H*", "NONE" },
    { "you", {1,1, 1,8,0,4, 1,1,0,1,1, 0,0, 0,0,0, GCON,GMD,G0,GCON,GCON}, "H*", "NONE" },
    { "tell", {1,1, 2,7,1,3, 1,1,1,1,0, 0,0, 0,0,0, GCON,GCON,GMD,GCON,GCON}, "H*", "NONE" },
    { "me", {1,1, 3,6,2,2, 1,1,1,0,1, 0,0, 0,0,0, GCON,GCON,GCON,GCON,GDET}, "NONE", "NONE" },
    { "whether", {1,0, 4,5,3,1, 0,1,1,1,1, 0,0, 0,0,0, GCON,GCON,GCON,GDET,GCON}, "NONE", "NONE" },
    { "whether", {0,0, 5,4,4,1, 1,0,1,1,0, 0,0, 0,0,0, GCON,GCON,GCON,GDET,GCON}, "NONE", "NONE" },
    { "the", {0,0, 6,3,4,1, 1,1,0,0,0, 0,0, 0,0,0, GDET,GCON,GCON,GCON,GAUX}, "NONE", "NONE" },
    { "museum", {0,1, 7,2,4,1, 0,1,1,0,3, 0,0, 0,0,0, GCON,GDET,GCON,GAUX,GCON}, "NONE", "NONE" },
    { "museum", {1,0, 8,1,4,0, 0,0,1,3,1, 0,0, 0,0,0, GCON,GDET,GCON,GAUX,GCON}, "NONE", "NONE" },
    { "museum", {0,1, 9,0,5,0, 3,0,0,1,0, 0,0, 0,0,0, GCON,GDET,GCON,GAUX,GCON}, "NONE", "L-H%" },
    { "is", {1,1, 0,5,0,4, 1,3,0,0,1, 1,0, 0,0,0, GAUX,GCON,GDET,GCON,GIN}, "NONE", "NONE" },
    { "open", {1,0, 1,4,0,3, 0,1,3,1,1, 1,0, 0,0,0, GCON,GAUX,GCON,GIN,GCON}, "H*", "NONE" },
    { "open", {0,1, 2,3,1,3, 1,0,1,1,0, 1,0, 0,0,0, GCON,GAUX,GCON,GIN,GCON}, "NONE", "NONE" },
    { "on", {1,1, 3,2,1,2, 1,1,0,0,4, 1,0, 0,0,0, GIN,GCON,GAUX,GCON,G0}, "NONE", "NONE" },
    { "Sundays", {1,1, 4,1,2,1, 0,1,1,4,0, 1,0, 0,0,0, GCON,GIN,GCON,G0,G0}, "L+H*", "NONE" },
    { "Sundays", {1,0, 5,0,3,0, 4,0,1,0,0, 1,1, 0,0,0, GCON,GIN,GCON,G0,G0}, "NONE", "H-H%" },
    /* After the storm passed, thousands of residents returned to find their homes damaged, their
     * cars flooded and their power lines down. */
    { "After", {1,0, 0,4,0,2, 0,0,0,1,1, 0,0, 0,0,0, GIN,G0,G0,GDET,GCON}, "NONE", "NONE" },
    { "After", {0,0, 1,3,0,2, 1,0,0,1,1, 0,0, 0,0,0, GIN,G0,G0,GDET,GCON}, "NONE", "NONE" },
    { "the", {0,1, 2,2,0,2, 1,1,0,1,3, 0,0, 0,0,0, GDET,GIN,G0,GCON,GCON}, "NONE", "NONE" },
    { "storm", {1,1, 3,1,0,1, 1,1,1,3,0, 0,0, 0,0,0, GCON,GDET,GIN,GCON,GCON}, "H*", "NONE" },
    { "passed", {1,1, 4,0,1,0, 3,1,1,0,1, 0,0, 0,0,0, GCON,GCON,GDET,GCON,GIN}, "H*", "L-H%" },
    { "thousands", {1,0, 0,5,0,2, 0,3,1,1,1, 1,0, 0,0,0, GCON,GCON,GCON,GIN,GCON}, "H*", "NONE" },
    { "thousands", {0,1, 1,4,0,2, 1,0,3,1,0, 1,0, 0,0,0, GCON,GCON,GCON,GIN,GCON}, "NONE", "NONE" },
    { "of", {1,1, 2,3,0,1, 1,1,0,0,0, 1,0, 0,0,0, GIN,GCON,GCON,GCON,GCON}, "NONE", "NONE" },
    { "residents", {1,0, 3,2,1,0, 0,1,1,0,3, 1,0, 0,0,0, GCON,GIN,GCON,GCON,GTO}, "H*", "NONE" },
    { "residents", {0,0, 4,1,2,0, 0,0,1,3,0, 1,0, 0,0,0, GCON,GIN,GCON,GCON,GTO}, "NONE", "NONE" },
    { "residents", {0,0, 5,0,2,0, 3,0,0,0,1, 1,0, 0,0,0, GCON,GIN,GCON,GCON,GTO}, "NONE", "L-L%" },
    { "returned", {0,1, 0,7,0,5, 0,3,0,1,1, 2,0, 0,0,0, GCON,GCON,GIN,GTO,GCON}, "NONE", "NONE" },
    { "returned", {1,0, 1,6,0,4, 1,0,3,1,1, 2,0, 0,0,0, GCON,GCON,GIN,GTO,GCON}, "H*", "NONE" },
    { "to", {0,1, 2,5,1,4, 1,1,0,1,1, 2,0, 0,0,0, GTO,GCON,GCON,GCON,GPPS}, "NONE", "NONE" },
    { "find", {1,1, 3,4,1,3, 1,1,1,1,1, 2,0, 0,0,0, GCON,GTO,GCON,GPPS,GCON}, "NONE", "NONE" },
    { "their", {1,1, 4,3,2,2, 1,1,1,1,0, 2,0, 0,0,0, GPPS,GCON,GTO,GCON,GCON}, "NONE", "NONE" },
    { "homes", {1,1, 5,2,3,1, 1,1,1,0,3, 2,0, 0,0,0, GCON,GPPS,GCON,GCON,GPPS}, "NONE", "NONE" },
    { "damaged", {1,0, 6,1,4,0, 0,1,1,3,1, 2,0, 0,0,0, GCON,GCON,GPPS,GPPS,GCON}, "NONE", "NONE" },
    { "damaged", {0,1, 7,0,5,0, 3,0,1,1,1, 2,0, 0,0,0, GCON,GCON,GPPS,GPPS,GCON}, "NONE", "L-L%" },
    { "their", {1,1, 0,9,0,7, 1,3,0,1,0, 3,0, 0,0,0, GPPS,GCON,GCON,GCON,GCON}, "NONE", "NONE" },
    { "cars", {1,1, 1,8,0,6, 1,1,3,0,1, 3,0, 0,0,0, GCON,GPPS,GCON,GCON,GCC}, "H*", "NONE" },
    { "flooded", {1,0, 2,7,1,5, 0,1,1,1,1, 3,0, 0,0,0, GCON,GCON,GPPS,GCC,GPPS}, "H*", "NONE" },
    { "flooded", {0,1, 3,6,2,5, 1,0,1,1,1, 3,0, 0,0,0, GCON,GCON,GPPS,GCC,GPPS}, "NONE", "NONE" },
    { "and", {1,1, 4,5,2,4, 1,1,0,1,0, 3,0, 0,0,0, GCC,GCON,GCON,GPPS,GCON}, "NONE", "NONE" },
    { "their", {1,1, 5,4,3,3, 1,1,1,0,1, 3,0, 0,0,0, GPPS,GCC,GCON,GCON,GCON}, "NONE", "NONE" },
    { "power", {1,0, 6,3,4,2, 0,1,1,1,1, 3,0, 0,0,0, GCON,GPPS,GCC,GCON,GIN}, "L+H*", "NONE" },
    { "power", {0,1, 7,2,5,2, 1,0,1,1,4, 3,0, 0,0,0, GCON,GPPS,GCC,GCON,GIN}, "NONE", "NONE" },
    { "lines", {1,1, 8,1,5,1, 1,1,0,4,0, 3,0, 0,0,0, GCON,GCON,GPPS,GIN,G0}, "NONE", "NONE" },
    { "down", {1,0, 9,0,6,0, 4,1,1,0,0, 3,0, 0,0,0, GIN,GCON,GCON,G0,G0}, "NONE", "NONE" },
    /* The company reported record revenue in the third quarter as demand for its cloud computing
     * services continued to rise sharply across Europe, Asia and North America. */
    { "The", {0,1, 0,11,0,6, 1,0,0,0,0, 0,0, 0,0,0, GDET,G0,G0,GCON,GCON}, "NONE", "NONE" },
    { "company", {1,0, 1,10,0,5, 0,1,0,0,1, 0,0, 0,0,0, GCON,GDET,G0,GCON,GCON}, "H*", "NONE" },
    { "company", {0,0, 2,9,1,5, 0,0,1,1,0, 0,0, 0,0,0, GCON,GDET,G0,GCON,GCON}, "NONE", "NONE" },
    { "company", {0,1, 3,8,1,5, 1,0,0,0,0, 0,0, 0,0,0, GCON,GDET,G0,GCON,GCON}, "NONE", "NONE" },
    { "reported", {1,1, 4,7,1,4, 0,1,0,0,1, 0,0, 0,0,0, GCON,GCON,GDET,GCON,GCON}, "NONE", "NONE" },
    { "reported", {1,0, 5,6,2,3, 0,0,1,1,0, 0,0, 0,0,0, GCON,GCON,GDET,GCON,GCON}, "NONE", "NONE" },
    { "reported", {0,1, 6,5,3,3, 1,0,0,0,1, 0,0, 0,0,0, GCON,GCON,GDET,GCON,GCON}, "NONE", "NONE" },
    { "record", {1,0, 7,4,3,2, 0,1,0,1,0, 0,0, 0,0,0, GCON,GCON,GCON,GCON,GIN}, "NONE", "NONE" },
    { "record", {0,1, 8,3,4,2, 1,0,1,0,0, 0,0, 0,0,0, GCON,GCON,GCON,GCON,GIN}, "NONE", "NONE" },
    { "revenue", {1,0, 9,2,4,1, 0,1,0,0,3, 0,0, 0,0,0, GCON,GCON,GCON,GIN,GDET}, "H*", "NONE" },
    { "revenue", {0,1, 10,1,5,1, 0,0,1,3,1, 0,0, 0,0,0, GCON,GCON,GCON,GIN,GDET}, "NONE", "NONE" },
    { "revenue", {1,0, 11,0,5,0, 3,0,0,1,1, 0,0, 0,0,0, GCON,GCON,GCON,GIN,GDET}, "NONE", "L-H%" },
    { "in", {0,0, 0,7,0,4, 1,3,0,1,1, 1,0, 0,0,0, GIN,GCON,GCON,GDET,GCON}, "NONE", "NONE" },
    { "the", {0,1, 1,6,0,4, 1,1,3,1,0, 1,0, 0,0,0, GDET,GIN,GCON,GCON,GCON}, "NONE", "NONE" },
    { "third", {1,1, 2,5,0,3, 1,1,1,0,1, 1,0, 0,0,0, GCON,GDET,GIN,GCON,GIN}, "H*", "NONE" },
    { "quarter", {1,0, 3,4,1,2, 0,1,1,1,1, 1,0, 0,0,0, GCON,GCON,GDET,GIN,GCON}, "H*", "NONE" },
    { "quarter", {0,1, 4,3,2,2, 1,0,1,1,0, 1,0, 0,0,0, GCON,GCON,GDET,GIN,GCON}, "NONE", "NONE" },
    { "as", {1,0, 5,2,2,1, 1,1,0,0,3, 1,0, 0,0,0, GIN,GCON,GCON,GCON,GIN}, "NONE", "NONE" },
    { "demand", {0,1, 6,1,3,1, 0,1,1,3,1, 1,0, 0,0,0, GCON,GIN,GCON,GIN,GPPS}, "NONE", "NONE" },
    { "demand", {1,1, 7,0,3,0, 3,0,1,1,1, 1,0, 0,0,0, GCON,GIN,GCON,GIN,GPPS}, "H*", "L-L%" },
    { "for", {1,1, 0,8,0,4, 1,3,0,1,1, 2,0, 0,0,0, GIN,GCON,GIN,GPPS,GCON}, "NONE", "NONE" },
    { "its", {1,1, 1,7,0,3, 1,1,3,1,0, 2,0, 0,0,0, GPPS,GIN,GCON,GCON,GCON}, "H*", "NONE" },
    { "cloud", {1,0, 2,6,1,2, 1,1,1,0,0, 2,0, 0,0,0, GCON,GPPS,GIN,GCON,GCON}, "H*", "NONE" },
    { "computing", {0,1, 3,5,2,2, 0,1,1,0,1, 2,0, 0,0,0, GCON,GCON,GPPS,GCON,GCON},
      "NONE", "NONE" },
    { "computing", {1,0, 4,4,2,1, 0,0,1,1,0, 2,0, 0,0,0, GCON,GCON,GPPS,GCON,GCON},
      "L+H*", "NONE" },
    { "computing", {0,1, 5,3,3,1, 1,0,0,0,0, 2,0, 0,0,0, GCON,GCON,GPPS,GCON,GCON},
      "NONE", "NONE" },
    { "services", {1,0, 6,2,3,0, 0,1,0,0,3, 2,0, 0,0,0, GCON,GCON,GCON,GCON,GTO}, "H*", "NONE" },
    { "services", {0,0, 7,1,4,0, 0,0,1,3,0, 2,0, 0,0,0, GCON,GCON,GCON,GCON,GTO}, "NONE", "NONE" },
    { "services", {0,0, 8,0,4,0, 3,0,0,0,0, 2,0, 0,0,0, GCON,GCON,GCON,GCON,GTO}, "NONE", "L-L%" },
    { "continued", {0,1, 0,10,0,5, 0,3,0,0,1, 3,0, 0,0,0, GCON,GCON,GCON,GTO,GCON},
      "NONE", "NONE" },
    { "continued", {1,0, 1,9,0,4, 0,0,3,1,1, 3,0, 0,0,0, GCON,GCON,GCON,GTO,GCON}, "H*", "NONE" },
    { "continued", {0,0, 2,8,1,4, 1,0,0,1,1, 3,0, 0,0,0, GCON,GCON,GCON,GTO,GCON}, "NONE", "NONE" },
    { "to", {0,1, 3,7,1,4, 1,1,0,1,0, 3,0, 0,0,0, GTO,GCON,GCON,GCON,GCON}, "NONE", "NONE" },
    { "rise", {1,1, 4,6,1,3, 1,1,1,0,1, 3,0, 0,0,0, GCON,GTO,GCON,GCON,GCON}, "NONE", "NONE" },
    { "sharply", {1,0, 5,5,2,2, 0,1,1,1,0, 3,0, 0,0,0, GCON,GCON,GTO,GCON,GCON}, "NONE", "NONE" },
    { "sharply", {0,0, 6,4,3,2, 1,0,1,0,1, 3,0, 0,0,0, GCON,GCON,GTO,GCON,GCON}, "NONE", "NONE" },
    { "across", {0,1, 7,3,3,2, 0,1,0,1,0, 3,0, 0,0,0, GCON,GCON,GCON,GCON,GCON}, "NONE", "NONE" },
    { "across", {1,1, 8,2,3,1, 1,0,1,0,3, 3,0, 0,0,0, GCON,GCON,GCON,GCON,GCON}, "NONE", "NONE" },
    { "Europe", {1,0, 9,1,4,0, 0,1,0,3,0, 3,0, 0,0,0, GCON,GCON,GCON,GCON,GCC}, "NONE", "NONE" },
    { "Europe", {0,1, 10,0,5,0, 3,0,1,0,1, 3,0, 0,0,0, GCON,GCON,GCON,GCON,GCC}, "NONE", "L-L%" },
    { "Asia", {1,0, 0,7,0,3, 0,3,0,1,1, 4,0, 0,0,0, GCON,GCON,GCON,GCC,GCON}, "H*", "NONE" },
    { "Asia", {0,1, 1,6,0,3, 1,0,3,1,1, 4,0, 0,0,0, GCON,GCON,GCON,GCC,GCON}, "NONE", "NONE" },
    { "and", {1,1, 2,5,0,2, 1,1,0,1,0, 4,0, 0,0,0, GCC,GCON,GCON,GCON,GCON}, "NONE", "NONE" },
    { "North", {1,0, 3,4,1,1, 1,1,1,0,0, 4,0, 0,0,0, GCON,GCC,GCON,GCON,G0}, "H*", "NONE" },
    { "America", {0,1, 4,3,2,1, 0,1,1,0,0, 4,0, 0,0,0, GCON,GCON,GCC,G0,G0}, "NONE", "NONE" },
    { "America", {1,0, 5,2,2,0, 0,0,1,0,4, 4,0, 0,0,0, GCON,GCON,GCC,G0,G0}, "L+H*", "NONE" },
    { "America", {0,0, 6,1,3,0, 0,0,0,4,0, 4,0, 0,0,0, GCON,GCON,GCC,G0,G0}, "NONE", "NONE" },
    { "America", {0,0, 7,0,3,0, 4,0,0,0,0, 4,0, 0,0,0, GCON,GCON,GCC,G0,G0}, "NONE", "L-L%" },
    /* Is it true that the mayor might resign before the election? */
    { "Is", {1,1, 0,6,0,4, 1,0,0,1,1, 0,0, 0,0,0, GAUX,G0,G0,GCON,GCON}, "NONE", "NONE" },
    { "it", {1,1, 1,5,0,3, 1,1,0,1,1, 0,0, 0,0,0, GCON,GAUX,G0,GCON,GIN}, "H*", "NONE" },
    { "true", {1,1, 2,4,1,2, 1,1,1,1,1, 0,0, 0,0,0, GCON,GCON,GAUX,GIN,GDET}, "H*", "NONE" },
    { "that", {1,0, 3,3,2,1, 1,1,1,1,0, 0,0, 0,0,0, GIN,GCON,GCON,GDET,GCON}, "NONE", "NONE" },
    { "the", {0,1, 4,2,3,1, 1,1,1,0,3, 0,0, 0,0,0, GDET,GIN,GCON,GCON,GMD}, "NONE", "NONE" },
    { "mayor", {1,0, 5,1,3,0, 0,1,1,3,1, 0,0, 0,0,0, GCON,GDET,GIN,GMD,GCON}, "!H*", "NONE" },
    { "mayor", {0,1, 6,0,4,0, 3,0,1,1,0, 0,0, 0,0,0, GCON,GDET,GIN,GMD,GCON}, "NONE", "L-L%" },
    { "might", {1,0, 0,8,0,3, 1,3,0,0,1, 1,0, 0,0,0, GMD,GCON,GDET,GCON,GIN}, "NONE", "NONE" },
    { "resign", {0,1, 1,7,0,3, 0,1,3,1,0, 1,0, 0,0,0, GCON,GMD,GCON,GIN,GDET}, "NONE", "NONE" },
    { "resign", {1,0, 2,6,0,2, 1,0,1,0,1, 1,0, 0,0,0, GCON,GMD,GCON,GIN,GDET}, "H*", "NONE" },
    { "before", {0,1, 3,5,1,2, 0,1,0,1,1, 1,0, 0,0,0, GIN,GCON,GMD,GDET,GCON}, "NONE", "NONE" },
    { "before", {1,0, 4,4,1,1, 1,0,1,1,0, 1,0, 0,0,0, GIN,GCON,GMD,GDET,GCON}, "NONE", "NONE" },
    { "the", {0,0, 5,3,2,1, 1,1,0,0,0, 1,0, 0,0,0, GDET,GIN,GCON,GCON,G0}, "NONE", "NONE" },
    { "election", {0,1, 6,2,2,1, 0,1,1,0,4, 1,0, 0,0,0, GCON,GDET,GIN,G0,G0}, "NONE", "NONE" },
    { "election", {1,0, 7,1,2,0, 0,0,1,4,0, 1,0, 0,0,0, GCON,GDET,GIN,G0,G0}, "L+H*", "NONE" },
    { "election", {0,0, 8,0,3,0, 4,0,0,0,0, 1,1, 0,0,0, GCON,GDET,GIN,G0,G0}, "NONE", "H-H%" },
    /* Officials in Brussels, Paris and Berlin met on Monday. They discussed trade, energy,
     * migration and defence. No agreement was reached. */
    { "Officials", {0,1, 0,5,0,2, 0,0,0,0,1, 0,0, 0,0,0, GCON,G0,G0,GIN,GCON}, "NONE", "NONE" },
    { "Officials", {1,0, 1,4,0,1, 0,0,0,1,1, 0,0, 0,0,0, GCON,G0,G0,GIN,GCON}, "H*", "NONE" },
    { "Officials", {0,0, 2,3,1,1, 1,0,0,1,0, 0,0, 0,0,0, GCON,G0,G0,GIN,GCON}, "NONE", "NONE" },
    { "in", {0,1, 3,2,1,1, 1,1,0,0,3, 0,0, 0,0,0, GIN,GCON,G0,GCON,GCON}, "NONE", "NONE" },
    { "Brussels", {1,0, 4,1,1,0, 0,1,1,3,0, 0,0, 0,0,0, GCON,GIN,GCON,GCON,GCC}, "L+H*", "NONE" },
    { "Brussels", {0,1, 5,0,2,0, 3,0,1,0,1, 0,0, 0,0,0, GCON,GIN,GCON,GCON,GCC}, "NONE", "L-L%" },
    { "Paris", {1,0, 0,8,0,5, 0,3,0,1,1, 1,0, 0,0,0, GCON,GCON,GIN,GCC,GCON}, "H*", "NONE" },
    { "Paris", {0,1, 1,7,0,5, 1,0,3,1,0, 1,0, 0,0,0, GCON,GCON,GIN,GCC,GCON}, "NONE", "NONE" },
    { "and", {1,0, 2,6,0,4, 1,1,0,0,1, 1,0, 0,0,0, GCC,GCON,GCON,GCON,GCON}, "NONE", "NONE" },
    { "Berlin", {0,1, 3,5,1,4, 0,1,1,1,1, 1,0, 0,0,0, GCON,GCC,GCON,GCON,GIN}, "NONE", "NONE" },
    { "Berlin", {1,1, 4,4,1,3, 1,0,1,1,1, 1,0, 0,0,0, GCON,GCC,GCON,GCON,GIN}, "NONE", "NONE" },
    { "met", {1,1, 5,3,2,2, 1,1,0,1,0, 1,0, 0,0,0, GCON,GCON,GCC,GIN,GCON}, "NONE", "NONE" },
    { "on", {1,1, 6,2,3,1, 1,1,1,0,4, 1,0, 0,0,0, GIN,GCON,GCON,GCON,GCON}, "NONE", "NONE" },
    { "Monday", {1,0, 7,1,4,0, 0,1,1,4,1, 1,0, 0,0,0, GCON,GIN,GCON,GCON,GCON}, "!H*", "NONE" },
    { "Monday", {0,1, 8,0,5,0, 4,0,1,1,0, 1,0, 0,0,0, GCON,GIN,GCON,GCON,GCON}, "NONE", "L-L%" },
    { "They", {1,0, 0,3,0,2, 1,4,0,0,1, 0,0, 0,0,0, GCON,GCON,GIN,GCON,GCON}, "H*", "NONE" },
    { "discussed", {0,1, 1,2,0,2, 0,1,4,1,3, 0,0, 0,0,0, GCON,GCON,GCON,GCON,GCON},
      "NONE", "NONE" },
    { "discussed", {1,1, 2,1,0,1, 1,0,1,3,0, 0,0, 0,0,0, GCON,GCON,GCON,GCON,GCON}, "H*", "NONE" },
    { "trade", {1,1, 3,0,1,0, 3,1,0,0,0, 0,0, 0,0,0, GCON,GCON,GCON,GCON,GCON}, "NONE", "L-H%" },
    { "energy", {1,0, 0,2,0,0, 0,3,1,0,3, 1,0, 0,0,0, GCON,GCON,GCON,GCON,GCC}, "H*", "NONE" },
    { "energy", {0,0, 1,1,0,0, 0,0,3,3,0, 1,0, 0,0,0, GCON,GCON,GCON,GCON,GCC}, "NONE", "NONE" },
    { "energy", {0,0, 2,0,0,0, 3,0,0,0,0, 1,0, 0,0,0, GCON,GCON,GCON,GCON,GCC}, "NONE", "L-L%" },
    { "migration", {0,1, 0,5,0,3, 0,3,0,0,1, 2,0, 0,0,0, GCON,GCON,GCON,GCC,GCON}, "NONE", "NONE" },
    { "migration", {1,0, 1,4,0,2, 0,0,3,1,1, 2,0, 0,0,0, GCON,GCON,GCON,GCC,GCON}, "H*", "NONE" },
    { "migration", {0,1, 2,3,1,2, 1,0,0,1,0, 2,0, 0,0,0, GCON,GCON,GCON,GCC,GCON}, "NONE", "NONE" },
    { "and", {1,0, 3,2,1,1, 1,1,0,0,4, 2,0, 0,0,0, GCC,GCON,GCON,GCON,GDET}, "NONE", "NONE" },
    { "defence", {0,1, 4,1,2,1, 0,1,1,4,1, 2,0, 0,0,0, GCON,GCC,GCON,GDET,GCON}, "NONE", "NONE" },
    { "defence", {1,1, 5,0,2,0, 4,0,1,1,0, 2,0, 0,0,0, GCON,GCC,GCON,GDET,GCON}, "NONE", "L-L%" },
    { "No", {1,0, 0,5,0,3, 1,4,0,0,0, 0,0, 0,0,0, GDET,GCON,GCC,GCON,GAUX}, "NONE", "NONE" },
    { "agreement", {0,1, 1,4,0,3, 0,1,4,0,1, 0,0, 0,0,0, GCON,GDET,GCON,GAUX,GCON},
      "NONE", "NONE" },
    { "agreement", {1,0, 2,3,0,2, 0,0,1,1,1, 0,0, 0,0,0, GCON,GDET,GCON,GAUX,GCON}, "H*", "NONE" },
    { "agreement", {0,1, 3,2,1,2, 1,0,0,1,4, 0,0, 0,0,0, GCON,GDET,GCON,GAUX,GCON},
      "NONE", "NONE" },
    { "was", {1,1, 4,1,1,1, 1,1,0,4,0, 0,0, 0,0,0, GAUX,GCON,GDET,GCON,G0}, "NONE", "NONE" },
    { "reached", {1,0, 5,0,2,0, 4,1,1,0,0, 0,0, 0,0,0, GCON,GAUX,GCON,G0,G0}, "NONE", "L-L%" },
    /* Every one of those extraordinarily complicated international negotiations ultimately
     * depended upon unprecedented cooperation among historically antagonistic governments. */
    { "Every", {1,0, 0,25,0,11, 0,0,0,0,1, 0,0, 0,0,0, GDET,G0,G0,GCON,GIN}, "NONE", "NONE" },
    { "Every", {0,0, 1,24,0,11, 0,0,0,1,1, 0,0, 0,0,0, GDET,G0,G0,GCON,GIN}, "NONE", "NONE" },
    { "Every", {0,1, 2,23,0,11, 1,0,0,1,1, 0,0, 0,0,0, GDET,G0,G0,GCON,GIN}, "NONE", "NONE" },
    { "one", {1,1, 3,22,0,10, 1,1,0,1,1, 0,0, 0,0,0, GCON,GDET,G0,GIN,GDET}, "NONE", "NONE" },
    { "of", {1,1, 4,21,1,9, 1,1,1,1,0, 0,0, 0,0,0, GIN,GCON,GDET,GDET,GCON}, "NONE", "NONE" },
    { "those", {1,0, 5,20,2,8, 1,1,1,0,0, 0,0, 0,0,0, GDET,GIN,GCON,GCON,GCON}, "NONE", "NONE" },
    { "extraordinarily", {0,1, 6,19,3,8, 0,1,1,0,0, 0,0, 0,0,0, GCON,GDET,GIN,GCON,GCON},
      "NONE", "NONE" },
    { "extraordinarily", {1,0, 7,18,3,7, 0,0,1,0,0, 0,0, 0,0,0, GCON,GDET,GIN,GCON,GCON},
      "!H*", "NONE" },
    { "extraordinarily", {0,1, 8,17,4,7, 0,0,0,0,0, 0,0, 0,0,0, GCON,GDET,GIN,GCON,GCON},
      "NONE", "NONE" },
    { "extraordinarily", {1,0, 9,16,4,6, 0,0,0,0,1, 0,0, 0,0,0, GCON,GDET,GIN,GCON,GCON},
      "NONE", "NONE" },
    { "extraordinarily", {0,0, 10,15,5,6, 0,0,0,1,0, 0,0, 0,0,0, GCON,GDET,GIN,GCON,GCON},
      "NONE", "NONE" },
    { "extraordinarily", {0,1, 11,14,5,6, 1,0,0,0,0, 0,0, 0,0,0, GCON,GDET,GIN,GCON,GCON},
      "NONE", "NONE" },
    { "complicated", {1,0, 12,13,5,5, 0,1,0,0,0, 0,0, 0,0,0, GCON,GCON,GDET,GCON,GCON},
      "NONE", "NONE" },
    { "complicated", {0,1, 13,12,6,5, 0,0,1,0,1, 0,0, 0,0,0, GCON,GCON,GDET,GCON,GCON},
      "NONE", "NONE" },
    { "complicated", {1,0, 14,11,6,4, 0,0,0,1,0, 0,0, 0,0,0, GCON,GCON,GDET,GCON,GCON},
      "NONE", "NONE" },
    { "complicated", {0,1, 15,10,7,4, 1,0,0,0,0, 0,0, 0,0,0, GCON,GCON,GDET,GCON,GCON},
      "NONE", "NONE" },
    { "international", {1,0, 16,9,7,3, 0,1,0,0,0, 0,0, 0,0,0, GCON,GCON,GCON,GCON,GCON},
      "NONE", "NONE" },
    { "international", {0,1, 17,8,8,3, 0,0,1,0,0, 0,0, 0,0,0, GCON,GCON,GCON,GCON,GCON},
      "NONE", "NONE" },
    { "international", {1,0, 18,7,8,2, 0,0,0,0,1, 0,0, 0,0,0, GCON,GCON,GCON,GCON,GCON},
      "NONE", "NONE" },
    { "international", {0,0, 19,6,9,2, 0,0,0,1,0, 0,0, 0,0,0, GCON,GCON,GCON,GCON,GCON},
      "NONE", "NONE" },
    { "international", {0,0, 20,5,9,2, 1,0,0,0,0, 0,0, 0,0,0, GCON,GCON,GCON,GCON,GCON},
      "NONE", "NONE" },
    { "negotiations", {0,1, 21,4,9,2, 0,1,0,0,0, 0,0, 0,0,0, GCON,GCON,GCON,GCON,GCON},
      "NONE", "NONE" },
    { "negotiations", {1,0, 22,3,9,1, 0,0,1,0,0, 0,0, 0,0,0, GCON,GCON,GCON,GCON,GCON},
      "NONE", "NONE" },
    { "negotiations", {0,1, 23,2,10,1, 0,0,0,0,3, 0,0, 0,0,0, GCON,GCON,GCON,GCON,GCON},
      "NONE", "NONE" },
    { "negotiations", {1,0, 24,1,10,0, 0,0,0,3,0, 0,0, 0,0,0, GCON,GCON,GCON,GCON,GCON},
      "NONE", "NONE" },
    { "negotiations", {0,1, 25,0,11,0, 3,0,0,0,0, 0,0, 0,0,0, GCON,GCON,GCON,GCON,GCON},
      "NONE", "L-H%" },
    { "ultimately", {1,0, 0,18,0,6, 0,3,0,0,0, 1,0, 0,0,0, GCON,GCON,GCON,GCON,GCON},
      "H*", "NONE" },
    { "ultimately", {0,0, 1,17,0,6, 0,0,3,0,1, 1,0, 0,0,0, GCON,GCON,GCON,GCON,GCON},
      "NONE", "NONE" },
    { "ultimately", {0,0, 2,16,0,6, 0,0,0,1,0, 1,0, 0,0,0, GCON,GCON,GCON,GCON,GCON},
      "NONE", "NONE" },
    { "ultimately", {0,0, 3,15,0,6, 1,0,0,0,0, 1,0, 0,0,0, GCON,GCON,GCON,GCON,GCON},
      "NONE", "NONE" },
    { "depended", {0,1, 4,14,0,6, 0,1,0,0,1, 1,0, 0,0,0, GCON,GCON,GCON,GCON,GCON},
      "NONE", "NONE" },
    { "depended", {1,0, 5,13,0,5, 0,0,1,1,0, 1,0, 0,0,0, GCON,GCON,GCON,GCON,GCON}, "H*", "NONE" },
    { "depended", {0,0, 6,12,1,5, 1,0,0,0,1, 1,0, 0,0,0, GCON,GCON,GCON,GCON,GCON},
      "NONE", "NONE" },
    { "upon", {0,1, 7,11,1,5, 0,1,0,1,0, 1,0, 0,0,0, GCON,GCON,GCON,GCON,GCON}, "NONE", "NONE" },
    { "upon", {1,0, 8,10,1,4, 1,0,1,0,0, 1,0, 0,0,0, GCON,GCON,GCON,GCON,GCON}, "NONE", "NONE" },
    { "unprecedented", {0,1, 9,9,2,4, 0,1,0,0,0, 1,0, 0,0,0, GCON,GCON,GCON,GCON,GIN},
      "NONE", "NONE" },
    { "unprecedented", {1,0, 10,8,2,3, 0,0,1,0,0, 1,0, 0,0,0, GCON,GCON,GCON,GCON,GIN},
      "NONE", "NONE" },
    { "unprecedented", {0,1, 11,7,3,3, 0,0,0,0,1, 1,0, 0,0,0, GCON,GCON,GCON,GCON,GIN},
      "NONE", "NONE" },
    { "unprecedented", {1,0, 12,6,3,2, 0,0,0,1,0, 1,0, 0,0,0, GCON,GCON,GCON,GCON,GIN},
      "NONE", "NONE" },
    { "unprecedented", {0,0, 13,5,4,2, 1,0,0,0,0, 1,0, 0,0,0, GCON,GCON,GCON,GCON,GIN},
      "NONE", "NONE" },
    { "cooperation", {0,1, 14,4,4,2, 0,1,0,0,0, 1,0, 0,0,0, GCON,GCON,GCON,GIN,GCON},
      "NONE", "NONE" },
    { "cooperation", {1,0, 15,3,4,1, 0,0,1,0,0, 1,0, 0,0,0, GCON,GCON,GCON,GIN,GCON},
      "NONE", "NONE" },
    { "cooperation", {0,1, 16,2,5,1, 0,0,0,0,3, 1,0, 0,0,0, GCON,GCON,GCON,GIN,GCON},
      "NONE", "NONE" },
    { "cooperation", {1,0, 17,1,5,0, 0,0,0,3,0, 1,0, 0,0,0, GCON,GCON,GCON,GIN,GCON},
      "NONE", "NONE" },
    { "cooperation", {0,0, 18,0,6,0, 3,0,0,0,1, 1,0, 0,0,0, GCON,GCON,GCON,GIN,GCON},
      "NONE", "L-L%" },
    { "among", {0,1, 0,14,0,5, 0,3,0,1,0, 2,0, 0,0,0, GIN,GCON,GCON,GCON,GCON}, "NONE", "NONE" },
    { "among", {1,0, 1,13,0,4, 1,0,3,0,0, 2,0, 0,0,0, GIN,GCON,GCON,GCON,GCON}, "NONE", "NONE" },
    { "historically", {0,1, 2,12,1,4, 0,1,0,0,0, 2,0, 0,0,0, GCON,GIN,GCON,GCON,GCON},
      "NONE", "NONE" },
    { "historically", {1,0, 3,11,1,3, 0,0,1,0,0, 2,0, 0,0,0, GCON,GIN,GCON,GCON,GCON},
      "H*", "NONE" },
    { "historically", {0,0, 4,10,2,3, 0,0,0,0,1, 2,0, 0,0,0, GCON,GIN,GCON,GCON,GCON},
      "NONE", "NONE" },
    { "historically", {0,0, 5,9,2,3, 0,0,0,1,0, 2,0, 0,0,0, GCON,GIN,GCON,GCON,GCON},
      "NONE", "NONE" },
    { "historically", {0,0, 6,8,2,3, 1,0,0,0,0, 2,0, 0,0,0, GCON,GIN,GCON,GCON,GCON},
      "NONE", "NONE" },
    { "antagonistic", {0,1, 7,7,2,3, 0,1,0,0,0, 2,0, 0,0,0, GCON,GCON,GIN,GCON,G0},
      "NONE", "NONE" },
    { "antagonistic", {1,0, 8,6,2,2, 0,0,1,0,0, 2,0, 0,0,0, GCON,GCON,GIN,GCON,G0}, "H*", "NONE" },
    { "antagonistic", {0,1, 9,5,3,2, 0,0,0,0,1, 2,0, 0,0,0, GCON,GCON,GIN,GCON,G0},
      "NONE", "NONE" },
    { "antagonistic", {1,0, 10,4,3,1, 0,0,0,1,0, 2,0, 0,0,0, GCON,GCON,GIN,GCON,G0},
      "NONE", "NONE" },
    { "antagonistic", {0,1, 11,3,4,1, 1,0,0,0,0, 2,0, 0,0,0, GCON,GCON,GIN,GCON,G0},
      "NONE", "NONE" },
    { "governments", {1,0, 12,2,4,0, 0,1,0,0,4, 2,0, 0,0,0, GCON,GCON,GCON,G0,G0}, "L+H*", "NONE" },
    { "governments", {0,0, 13,1,5,0, 0,0,1,4,0, 2,0, 0,0,0, GCON,GCON,GCON,G0,G0}, "NONE", "NONE" },
    { "governments", {0,0, 14,0,5,0, 4,0,0,0,0, 2,0, 0,0,0, GCON,GCON,GCON,G0,G0}, "NONE", "L-L%" },
    /* If you want to understand the economy, you should look at wages, prices, interest rates,
     * housing, employment and consumer confidence together. */
    { "If", {1,1, 0,11,0,5, 1,0,0,1,1, 0,0, 0,0,0, GIN,G0,G0,GCON,GCON}, "NONE", "NONE" },
    { "you", {1,1, 1,10,0,4, 1,1,0,1,1, 0,0, 0,0,0, GCON,GIN,G0,GCON,GTO}, "H*", "NONE" },
    { "want", {1,0, 2,9,1,3, 1,1,1,1,0, 0,0, 0,0,0, GCON,GCON,GIN,GTO,GCON}, "H*", "NONE" },
    { "to", {0,1, 3,8,2,3, 1,1,1,0,0, 0,0, 0,0,0, GTO,GCON,GCON,GCON,GDET}, "NONE", "NONE" },
    { "understand", {1,0, 4,7,2,2, 0,1,1,0,1, 0,0, 0,0,0, GCON,GTO,GCON,GDET,GCON},
      "L+H*", "NONE" },
    { "understand", {0,1, 5,6,3,2, 0,0,1,1,1, 0,0, 0,0,0, GCON,GTO,GCON,GDET,GCON},
      "NONE", "NONE" },
    { "understand", {1,0, 6,5,3,1, 1,0,0,1,0, 0,0, 0,0,0, GCON,GTO,GCON,GDET,GCON},
      "NONE", "NONE" },
    { "the", {0,0, 7,4,4,1, 1,1,0,0,0, 0,0, 0,0,0, GDET,GCON,GTO,GCON,GCON}, "NONE", "NONE" },
    { "economy", {0,1, 8,3,4,1, 0,1,1,0,0, 0,0, 0,0,0, GCON,GDET,GCON,GCON,GMD}, "NONE", "NONE" },
    { "economy", {1,0, 9,2,4,0, 0,0,1,0,3, 0,0, 0,0,0, GCON,GDET,GCON,GCON,GMD}, "H*", "NONE" },
    { "economy", {0,0, 10,1,5,0, 0,0,0,3,1, 0,0, 0,0,0, GCON,GDET,GCON,GCON,GMD}, "NONE", "NONE" },
    { "economy", {0,1, 11,0,5,0, 3,0,0,1,1, 0,0, 0,0,0, GCON,GDET,GCON,GCON,GMD}, "NONE", "L-L%" },
    { "you", {1,1, 0,5,0,4, 1,3,0,1,1, 1,0, 0,0,0, GCON,GCON,GDET,GMD,GCON}, "NONE", "NONE" },
    { "should", {1,1, 1,4,0,3, 1,1,3,1,1, 1,0, 0,0,0, GMD,GCON,GCON,GCON,GIN}, "NONE", "NONE" },
    { "look", {1,1, 2,3,1,2, 1,1,1,1,0, 1,0, 0,0,0, GCON,GMD,GCON,GIN,GCON}, "H*", "NONE" },
    { "at", {1,1, 3,2,2,1, 1,1,1,0,3, 1,0, 0,0,0, GIN,GCON,GMD,GCON,GCON}, "NONE", "NONE" },
    { "wages", {1,0, 4,1,3,0, 0,1,1,3,0, 1,0, 0,0,0, GCON,GIN,GCON,GCON,GCON}, "L+H*", "NONE" },
    { "wages", {0,1, 5,0,4,0, 3,0,1,0,1, 1,0, 0,0,0, GCON,GIN,GCON,GCON,GCON}, "NONE", "L-L%" },
    { "prices", {1,0, 0,4,0,2, 0,3,0,1,0, 2,0, 0,0,0, GCON,GCON,GIN,GCON,GCON}, "H*", "NONE" },
    { "prices", {0,1, 1,3,0,2, 1,0,3,0,1, 2,0, 0,0,0, GCON,GCON,GIN,GCON,GCON}, "NONE", "NONE" },
    { "interest", {1,0, 2,2,0,1, 0,1,0,1,3, 2,0, 0,0,0, GCON,GCON,GCON,GCON,GCON}, "H*", "NONE" },
    { "interest", {0,1, 3,1,1,1, 1,0,1,3,0, 2,0, 0,0,0, GCON,GCON,GCON,GCON,GCON}, "NONE", "NONE" },
    { "rates", {1,1, 4,0,1,0, 3,1,0,0,3, 2,0, 0,0,0, GCON,GCON,GCON,GCON,GCON}, "NONE", "L-L%" },
    { "housing", {1,0, 0,1,0,0, 0,3,1,3,0, 3,0, 0,0,0, GCON,GCON,GCON,GCON,GCC}, "H*", "NONE" },
    { "housing", {0,0, 1,0,0,0, 3,0,3,0,0, 3,0, 0,0,0, GCON,GCON,GCON,GCON,GCC}, "NONE", "L-L%" },
    { "employment", {0,1, 0,12,0,5, 0,3,0,0,1, 4,0, 0,0,0, GCON,GCON,GCON,GCC,GCON},
      "NONE", "NONE" },
    { "employment", {1,0, 1,11,0,4, 0,0,3,1,1, 4,0, 0,0,0, GCON,GCON,GCON,GCC,GCON}, "H*", "NONE" },
    { "employment", {0,1, 2,10,1,4, 1,0,0,1,0, 4,0, 0,0,0, GCON,GCON,GCON,GCC,GCON},
      "NONE", "NONE" },
    { "and", {1,0, 3,9,1,3, 1,1,0,0,0, 4,0, 0,0,0, GCC,GCON,GCON,GCON,GCON}, "NONE", "NONE" },
    { "consumer", {0,1, 4,8,2,3, 0,1,1,0,1, 4,0, 0,0,0, GCON,GCC,GCON,GCON,GCON}, "NONE", "NONE" },
    { "consumer", {1,0, 5,7,2,2, 0,0,1,1,0, 4,0, 0,0,0, GCON,GCC,GCON,GCON,GCON}, "NONE", "NONE" },
    { "consumer", {0,1, 6,6,3,2, 1,0,0,0,0, 4,0, 0,0,0, GCON,GCC,GCON,GCON,GCON}, "NONE", "NONE" },
    { "confidence", {1,0, 7,5,3,1, 0,1,0,0,1, 4,0, 0,0,0, GCON,GCON,GCC,GCON,G0}, "NONE", "NONE" },
    { "confidence", {0,0, 8,4,4,1, 0,0,1,1,0, 4,0, 0,0,0, GCON,GCON,GCC,GCON,G0}, "NONE", "NONE" },
    { "confidence", {0,0, 9,3,4,1, 1,0,0,0,0, 4,0, 0,0,0, GCON,GCON,GCC,GCON,G0}, "NONE", "NONE" },
    { "together", {0,1, 10,2,4,1, 0,1,0,0,4, 4,0, 0,0,0, GCON,GCON,GCON,G0,G0}, "NONE", "NONE" },
    { "together", {1,0, 11,1,4,0, 0,0,1,4,0, 4,0, 0,0,0, GCON,GCON,GCON,G0,G0}, "L+H*", "NONE" },
    { "together", {0,0, 12,0,5,0, 4,0,0,0,0, 4,0, 0,0,0, GCON,GCON,GCON,G0,G0}, "NONE", "L-L%" },
    /* EMPH: I never said she stole my money. */
    { "I", {1,1, 0,8,0,6, 1,0,0,0,1, 0,0, 0,0,0, GCON,G0,G0,GCON,GCON}, "H*", "NONE" },
    { "never", {1,0, 1,7,0,5, 0,1,0,1,1, 0,0, 0,0,0, GCON,GCON,G0,GCON,GCON}, "H*", "NONE" },
    { "never", {0,1, 2,6,1,5, 1,0,1,1,1, 0,0, 0,0,1, GCON,GCON,G0,GCON,GCON}, "NONE", "NONE" },
    { "said", {1,1, 3,5,1,4, 1,1,0,1,1, 0,0, 1,0,0, GCON,GCON,GCON,GCON,GCON}, "H*", "NONE" },
    { "she", {1,1, 4,4,2,3, 1,1,1,1,1, 0,0, 0,1,0, GCON,GCON,GCON,GCON,GCON}, "NONE", "NONE" },
    { "stole", {1,1, 5,3,3,2, 1,1,1,1,0, 0,0, 0,0,0, GCON,GCON,GCON,GCON,GCON}, "NONE", "NONE" },
    { "my", {1,1, 6,2,4,1, 1,1,1,0,4, 0,0, 0,0,1, GCON,GCON,GCON,GCON,G0}, "NONE", "NONE" },
    { "money", {1,0, 7,1,5,0, 0,1,1,4,0, 0,0, 1,0,1, GCON,GCON,GCON,G0,G0}, "H*", "NONE" },
    { "money", {0,0, 8,0,6,0, 4,0,1,0,0, 0,0, 1,1,0, GCON,GCON,GCON,G0,G0}, "H*", "L-L%" },
    /* EMPH: The government announced a completely unexpected reversal yesterday. */
    { "The", {0,1, 0,19,0,8, 1,0,0,0,0, 0,0, 0,0,0, GDET,G0,G0,GCON,GCON}, "NONE", "NONE" },
    { "government", {1,0, 1,18,0,7, 0,1,0,0,1, 0,0, 0,0,0, GCON,GDET,G0,GCON,GDET}, "H*", "NONE" },
    { "government", {0,0, 2,17,1,7, 0,0,1,1,0, 0,0, 0,0,0, GCON,GDET,G0,GCON,GDET},
      "NONE", "NONE" },
    { "government", {0,0, 3,16,1,7, 1,0,0,0,1, 0,0, 0,0,0, GCON,GDET,G0,GCON,GDET},
      "NONE", "NONE" },
    { "announced", {0,1, 4,15,1,7, 0,1,0,1,1, 0,0, 0,0,0, GCON,GCON,GDET,GDET,GCON},
      "NONE", "NONE" },
    { "announced", {1,0, 5,14,1,6, 1,0,1,1,0, 0,0, 0,0,0, GCON,GCON,GDET,GDET,GCON},
      "NONE", "NONE" },
    { "a", {0,0, 6,13,2,6, 1,1,0,0,0, 0,0, 0,0,1, GDET,GCON,GCON,GCON,GCON}, "NONE", "NONE" },
    { "completely", {0,1, 7,12,2,6, 0,1,1,0,1, 0,0, 1,0,1, GCON,GDET,GCON,GCON,GCON},
      "H*", "NONE" },
    { "completely", {1,0, 8,11,2,5, 0,0,1,1,0, 0,0, 1,1,1, GCON,GDET,GCON,GCON,GCON},
      "H*", "NONE" },
    { "completely", {0,1, 9,10,3,5, 1,0,0,0,0, 0,0, 1,1,0, GCON,GDET,GCON,GCON,GCON},
      "H*", "NONE" },
    { "unexpected", {1,0, 10,9,3,4, 0,1,0,0,0, 0,0, 0,1,0, GCON,GCON,GDET,GCON,GCON},
      "NONE", "NONE" },
    { "unexpected", {0,1, 11,8,4,4, 0,0,1,0,1, 0,0, 0,0,0, GCON,GCON,GDET,GCON,GCON},
      "NONE", "NONE" },
    { "unexpected", {1,0, 12,7,4,3, 0,0,0,1,0, 0,0, 0,0,0, GCON,GCON,GDET,GCON,GCON},
      "NONE", "NONE" },
    { "unexpected", {0,0, 13,6,5,3, 1,0,0,0,0, 0,0, 0,0,0, GCON,GCON,GDET,GCON,GCON},
      "NONE", "NONE" },
    { "reversal", {0,1, 14,5,5,3, 0,1,0,0,1, 0,0, 0,0,0, GCON,GCON,GCON,GCON,G0}, "NONE", "NONE" },
    { "reversal", {1,0, 15,4,5,2, 0,0,1,1,0, 0,0, 0,0,0, GCON,GCON,GCON,GCON,G0}, "L+H*", "NONE" },
    { "reversal", {0,1, 16,3,6,2, 1,0,0,0,0, 0,0, 0,0,0, GCON,GCON,GCON,GCON,G0}, "NONE", "NONE" },
    { "yesterday", {1,0, 17,2,6,1, 0,1,0,0,4, 0,0, 0,0,0, GCON,GCON,GCON,G0,G0}, "L+H*", "NONE" },
    { "yesterday", {0,1, 18,1,7,1, 0,0,1,4,0, 0,0, 0,0,0, GCON,GCON,GCON,G0,G0}, "NONE", "NONE" },
    { "yesterday", {1,0, 19,0,7,0, 4,0,0,0,0, 0,0, 0,0,0, GCON,GCON,GCON,G0,G0}, "NONE", "L-L%" },
};

static nv_tobi_feats row_feats(const fest_row *r)
{
    const int *v = r->v;
    nv_tobi_feats f = F(.stress = v[0], .n_stress = v[1],
             .syl_in = v[2], .syl_out = v[3], .ssyl_in = v[4], .ssyl_out = v[5],
             .syl_break = v[6], .p_syl_break = v[7], .pp_syl_break = v[8],
             .n_syl_break = v[9], .nn_syl_break = v[10],
             .sub_phrases = v[11], .yn_question = v[12],
             .emph = v[13], .p_emph = v[14], .n_emph = v[15],
             .gpos = v[16], .p_gpos = v[17], .pp_gpos = v[18], .n_gpos = v[19], .nn_gpos = v[20]);
    return f;
}

static void test_festival_rows(void)
{
    size_t n = sizeof festival_rows / sizeof festival_rows[0];
    int bad = 0;
    for (size_t i = 0; i < n; i++) {
        const fest_row *r = &festival_rows[i];
        nv_tobi_feats f = row_feats(r);
        const char *acc = nv__tobi_accent_name(nv__tobi_accent(&f));
        const char *tone = nv__tobi_tone_name(nv__tobi_tone(&f));
        check_run++;
        if (strcmp(acc, r->acc) != 0 || strcmp(tone, r->tone) != 0) {
            check_failed++;
            bad++;
            fprintf(stderr, "festival row %zu (%s): got %s %s, Festival %s %s\n",
                    i, r->word, acc, tone, r->acc, r->tone);
        }
    }
    CHECK_INT(n, 389);
    CHECK_INT(bad, 0);
}

int main(void)
{
    test_tables();
    test_names();
    test_zero();
    test_hand_cases();
    test_old_syl_break();
    test_festival_rows();
    return CHECK_DONE();
}
