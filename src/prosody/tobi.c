/* tobi.c - ToBI pitch accent and end tone prediction: walks Festival's
 * intonation CART trees (tables generated into tobi_trees.c by
 * tools/gen-tobi-trees) for one syllable's features, and names the classes. */
#include "prosody/tobi.h"

#include <string.h>

/* Node tables from tobi_trees.c. Each node is {kind, field, value, yes, no};
 * this layout is written by tools/gen-tobi-trees and must match it. */
enum { NODE_LEAF = 0, NODE_IS = 1, NODE_IS_OLD_BREAK = 2 };
extern const int nv__tobi_accent_tree[][5];
extern const int nv__tobi_accent_tree_len;
extern const int nv__tobi_tone_tree[][5];
extern const int nv__tobi_tone_tree_len;

static int field_at(const nv_tobi_feats *f, int offset)
{
    int v;
    memcpy(&v, (const char *)f + offset, sizeof v);
    return v;
}

/* Returns the leaf's class, or `fallback` if the table is malformed (cannot
 * happen with the generated tables; the walk is bounded all the same). */
static int walk(const int (*tree)[5], int len, const nv_tobi_feats *f, int fallback)
{
    int i = 0;
    for (int steps = 0; steps < len && i >= 0 && i < len; steps++) {
        const int *n = tree[i];
        int v;
        switch (n[0]) {
        case NODE_LEAF:
            return n[2];
        case NODE_IS:
            v = field_at(f, n[1]);
            break;
        case NODE_IS_OLD_BREAK:
            /* Festival's old_syl_break: break levels 2 and 3 count as 4. */
            v = field_at(f, n[1]);
            if (v == 2 || v == 3)
                v = 4;
            break;
        default:
            return fallback;
        }
        i = v == n[2] ? n[3] : n[4];
    }
    return fallback;
}

int nv__tobi_accent(const nv_tobi_feats *f)
{
    return walk(nv__tobi_accent_tree, nv__tobi_accent_tree_len, f, NV_ACC_NONE);
}

int nv__tobi_tone(const nv_tobi_feats *f)
{
    return walk(nv__tobi_tone_tree, nv__tobi_tone_tree_len, f, NV_TONE_NONE);
}

const char *nv__tobi_accent_name(int acc)
{
    switch (acc) {
    case NV_ACC_NONE: return "NONE";
    case NV_ACC_H: return "H*";
    case NV_ACC_DOWN_H: return "!H*";
    case NV_ACC_L_H: return "L+H*";
    case NV_ACC_L: return "L*";
    case NV_ACC_L_HH: return "L*+H";
    }
    return "NONE";
}

const char *nv__tobi_tone_name(int tone)
{
    switch (tone) {
    case NV_TONE_NONE: return "NONE";
    case NV_TONE_H: return "H-";
    case NV_TONE_L: return "L-";
    case NV_TONE_LL: return "L-L%";
    case NV_TONE_LH: return "L-H%";
    case NV_TONE_HL: return "H-L%";
    case NV_TONE_HH: return "H-H%";
    }
    return "NONE";
}
