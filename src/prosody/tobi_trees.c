/* tobi_trees.c - Festival's ToBI accent and end-tone CART trees as C tables.
 *
 * GENERATED FILE, do not edit: produced by tools/gen-tobi-trees from
 * Festival's lib/tobi.scm (Debian package festival: /usr/share/festival/tobi.scm),
 * sha256 191d3df18c2e58c3d39a551d9e86f5924ff40f4a7401d6de816b1a91b251b70c.
 * Trees: f2b_int_accent_cart_tree and f2b_int_tone_cart_tree ("A CART tree for
 * predicting ToBI accents (learned from f2b)"). Walked by tobi.c.
 *
 * MODIFIED from the original: the Scheme s-expressions were mechanically
 * translated into C arrays (one node per question or leaf, pre-order); the
 * feature paths were replaced by fields of nv_tobi_feats and the leaves'
 * probability distributions were dropped (only the predicted class is kept).
 * Questions on old_syl_break (IS_OLD) read the syl_break fields and count
 * break levels 2 and 3 as 4, as Festival's old_syl_break feature does.
 * The questions, their order and the predicted classes are unchanged.
 *
 * The original file carries this notice (authors: Centre for Speech
 * Technology Research, University of Edinburgh; Festival's authors are listed
 * in its ACKNOWLEDGMENTS), reproduced as required:
 *
 *                 Centre for Speech Technology Research
 *                      University of Edinburgh, UK
 *                        Copyright (c) 1996,1997
 *                         All Rights Reserved.
 *
 *   Permission is hereby granted, free of charge, to use and distribute
 *   this software and its documentation without restriction, including
 *   without limitation the rights to use, copy, modify, merge, publish,
 *   distribute, sublicense, and/or sell copies of this work, and to
 *   permit persons to whom this work is furnished to do so, subject to
 *   the following conditions:
 *    1. The code must retain the above copyright notice, this list of
 *       conditions and the following disclaimer.
 *    2. Any modifications must be clearly marked as such.
 *    3. Original authors' names are not deleted.
 *    4. The authors' names are not used to endorse or promote products
 *       derived from this software without specific prior written
 *       permission.
 *
 *   THE UNIVERSITY OF EDINBURGH AND THE CONTRIBUTORS TO THIS WORK
 *   DISCLAIM ALL WARRANTIES WITH REGARD TO THIS SOFTWARE, INCLUDING
 *   ALL IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS, IN NO EVENT
 *   SHALL THE UNIVERSITY OF EDINBURGH NOR THE CONTRIBUTORS BE LIABLE
 *   FOR ANY SPECIAL, INDIRECT OR CONSEQUENTIAL DAMAGES OR ANY DAMAGES
 *   WHATSOEVER RESULTING FROM LOSS OF USE, DATA OR PROFITS, WHETHER IN
 *   AN ACTION OF CONTRACT, NEGLIGENCE OR OTHER TORTIOUS ACTION,
 *   ARISING OUT OF OR IN CONNECTION WITH THE USE OR PERFORMANCE OF
 *   THIS SOFTWARE.
 */
#include <stddef.h>

#include "prosody/tobi.h"

/* Node layout and kinds: see tools/gen-tobi-trees and tobi.c. The comment on
 * each row is Festival's question or class; SP. abbreviates R:SylStructure.parent. */
#define FIELD(name) ((int)offsetof(nv_tobi_feats, name))
#define LEAF(cls) { 0, 0, (cls), 0, 0 }
#define IS(field, value, yes, no) { 1, FIELD(field), (value), (yes), (no) }
#define IS_OLD(field, value, yes, no) { 2, FIELD(field), (value), (yes), (no) }

/* f2b_int_accent_cart_tree: 149 nodes, 75 leaves */
extern const int nv__tobi_accent_tree[][5];
extern const int nv__tobi_accent_tree_len;
const int nv__tobi_accent_tree[][5] = {
    /*   0 */ IS(emph, 1, 1, 2),                           /* SP.R:Token.parent.EMPH is 1 */
    /*   1 */ LEAF(NV_ACC_H),                              /* H* */
    /*   2 */ IS(n_emph, 1, 3, 4),                         /* n.SP.R:Token.parent.EMPH is 1 */
    /*   3 */ LEAF(NV_ACC_NONE),                           /* NONE */
    /*   4 */ IS(p_emph, 1, 5, 6),                         /* p.SP.R:Token.parent.EMPH is 1 */
    /*   5 */ LEAF(NV_ACC_NONE),                           /* NONE */
    /*   6 */ IS(ssyl_in, 10, 7, 8),                       /* ssyl_in is 10 */
    /*   7 */ LEAF(NV_ACC_NONE),                           /* NONE */
    /*   8 */ IS(gpos, NV_GPOS_TO, 9, 10),                 /* SP.gpos is to */
    /*   9 */ LEAF(NV_ACC_NONE),                           /* NONE */
    /*  10 */ IS(gpos, NV_GPOS_CC, 11, 12),                /* SP.gpos is cc */
    /*  11 */ LEAF(NV_ACC_NONE),                           /* NONE */
    /*  12 */ IS(ssyl_out, 10, 13, 14),                    /* ssyl_out is 10 */
    /*  13 */ LEAF(NV_ACC_NONE),                           /* NONE */
    /*  14 */ IS(gpos, NV_GPOS_IN, 15, 16),                /* SP.gpos is in */
    /*  15 */ LEAF(NV_ACC_NONE),                           /* NONE */
    /*  16 */ IS(gpos, NV_GPOS_WP, 17, 18),                /* SP.gpos is wp */
    /*  17 */ LEAF(NV_ACC_NONE),                           /* NONE */
    /*  18 */ IS(gpos, NV_GPOS_AUX, 19, 20),               /* SP.gpos is aux */
    /*  19 */ LEAF(NV_ACC_NONE),                           /* NONE */
    /*  20 */ IS(gpos, NV_GPOS_DET, 21, 22),               /* SP.gpos is det */
    /*  21 */ LEAF(NV_ACC_NONE),                           /* NONE */
    /*  22 */ IS(stress, 0, 23, 24),                       /* stress is 0 */
    /*  23 */ LEAF(NV_ACC_NONE),                           /* NONE */
    /*  24 */ IS(p_gpos, NV_GPOS_NONE, 25, 26),            /* SP.R:Word.p.gpos is 0 */
    /*  25 */ LEAF(NV_ACC_H),                              /* H* */
    /*  26 */ IS(gpos, NV_GPOS_MD, 27, 28),                /* SP.gpos is md */
    /*  27 */ LEAF(NV_ACC_NONE),                           /* NONE */
    /*  28 */ IS(p_syl_break, 3, 29, 32),                  /* p.syl_break is 3 */
    /*  29 */ IS(syl_break, 1, 30, 31),                    /* syl_break is 1 */
    /*  30 */ LEAF(NV_ACC_NONE),                           /* NONE */
    /*  31 */ LEAF(NV_ACC_H),                              /* H* */
    /*  32 */ IS(pp_syl_break, 4, 33, 46),                 /* pp.syl_break is 4 */
    /*  33 */ IS(pp_gpos, NV_GPOS_IN, 34, 35),             /* SP.R:Word.pp.gpos is in */
    /*  34 */ LEAF(NV_ACC_H),                              /* H* */
    /*  35 */ IS(syl_out, 0, 36, 37),                      /* syl_out is 0 */
    /*  36 */ LEAF(NV_ACC_H),                              /* H* */
    /*  37 */ IS(n_gpos, NV_GPOS_IN, 38, 39),              /* SP.R:Word.n.gpos is in */
    /*  38 */ LEAF(NV_ACC_H),                              /* H* */
    /*  39 */ IS(syl_break, 0, 40, 41),                    /* syl_break is 0 */
    /*  40 */ LEAF(NV_ACC_H),                              /* H* */
    /*  41 */ IS(n_stress, 0, 42, 43),                     /* n.stress is 0 */
    /*  42 */ LEAF(NV_ACC_H),                              /* H* */
    /*  43 */ IS(p_syl_break, 0, 44, 45),                  /* p.syl_break is 0 */
    /*  44 */ LEAF(NV_ACC_NONE),                           /* NONE */
    /*  45 */ LEAF(NV_ACC_H),                              /* H* */
    /*  46 */ IS(ssyl_in, 0, 47, 48),                      /* ssyl_in is 0 */
    /*  47 */ LEAF(NV_ACC_H),                              /* H* */
    /*  48 */ IS(ssyl_out, 4, 49, 50),                     /* ssyl_out is 4 */
    /*  49 */ LEAF(NV_ACC_NONE),                           /* NONE */
    /*  50 */ IS(pp_syl_break, 3, 51, 54),                 /* pp.syl_break is 3 */
    /*  51 */ IS(p_gpos, NV_GPOS_CONTENT, 52, 53),         /* SP.R:Word.p.gpos is content */
    /*  52 */ LEAF(NV_ACC_NONE),                           /* NONE */
    /*  53 */ LEAF(NV_ACC_H),                              /* H* */
    /*  54 */ IS(syl_in, 2, 55, 68),                       /* syl_in is 2 */
    /*  55 */ IS(n_stress, 0, 56, 65),                     /* n.stress is 0 */
    /*  56 */ IS(p_gpos, NV_GPOS_IN, 57, 58),              /* SP.R:Word.p.gpos is in */
    /*  57 */ LEAF(NV_ACC_H),                              /* H* */
    /*  58 */ IS(syl_out, 2, 59, 60),                      /* syl_out is 2 */
    /*  59 */ LEAF(NV_ACC_H),                              /* H* */
    /*  60 */ IS(p_gpos, NV_GPOS_CONTENT, 61, 64),         /* SP.R:Word.p.gpos is content */
    /*  61 */ IS(syl_out, 4, 62, 63),                      /* syl_out is 4 */
    /*  62 */ LEAF(NV_ACC_NONE),                           /* NONE */
    /*  63 */ LEAF(NV_ACC_H),                              /* H* */
    /*  64 */ LEAF(NV_ACC_H),                              /* H* */
    /*  65 */ IS(n_syl_break, 0, 66, 67),                  /* n.syl_break is 0 */
    /*  66 */ LEAF(NV_ACC_NONE),                           /* NONE */
    /*  67 */ LEAF(NV_ACC_H),                              /* H* */
    /*  68 */ IS(n_gpos, NV_GPOS_NONE, 69, 72),            /* SP.R:Word.n.gpos is 0 */
    /*  69 */ IS(syl_break, 0, 70, 71),                    /* syl_break is 0 */
    /*  70 */ LEAF(NV_ACC_L_H),                            /* L+H* */
    /*  71 */ LEAF(NV_ACC_NONE),                           /* NONE */
    /*  72 */ IS(syl_break, 1, 73, 82),                    /* syl_break is 1 */
    /*  73 */ IS(ssyl_in, 3, 74, 75),                      /* ssyl_in is 3 */
    /*  74 */ LEAF(NV_ACC_NONE),                           /* NONE */
    /*  75 */ IS(p_syl_break, 0, 76, 77),                  /* p.syl_break is 0 */
    /*  76 */ LEAF(NV_ACC_NONE),                           /* NONE */
    /*  77 */ IS(n_stress, 0, 78, 81),                     /* n.stress is 0 */
    /*  78 */ IS(pp_syl_break, 0, 79, 80),                 /* pp.syl_break is 0 */
    /*  79 */ LEAF(NV_ACC_NONE),                           /* NONE */
    /*  80 */ LEAF(NV_ACC_H),                              /* H* */
    /*  81 */ LEAF(NV_ACC_NONE),                           /* NONE */
    /*  82 */ IS(syl_out, 4, 83, 88),                      /* syl_out is 4 */
    /*  83 */ IS(nn_syl_break, 0, 84, 87),                 /* nn.syl_break is 0 */
    /*  84 */ IS(pp_syl_break, 0, 85, 86),                 /* pp.syl_break is 0 */
    /*  85 */ LEAF(NV_ACC_NONE),                           /* NONE */
    /*  86 */ LEAF(NV_ACC_L_H),                            /* L+H* */
    /*  87 */ LEAF(NV_ACC_H),                              /* H* */
    /*  88 */ IS(syl_out, 5, 89, 92),                      /* syl_out is 5 */
    /*  89 */ IS(p_gpos, NV_GPOS_CONTENT, 90, 91),         /* SP.R:Word.p.gpos is content */
    /*  90 */ LEAF(NV_ACC_NONE),                           /* NONE */
    /*  91 */ LEAF(NV_ACC_H),                              /* H* */
    /*  92 */ IS(pp_gpos, NV_GPOS_IN, 93, 102),            /* SP.R:Word.pp.gpos is in */
    /*  93 */ IS(syl_in, 4, 94, 95),                       /* syl_in is 4 */
    /*  94 */ LEAF(NV_ACC_H),                              /* H* */
    /*  95 */ IS(syl_in, 3, 96, 97),                       /* syl_in is 3 */
    /*  96 */ LEAF(NV_ACC_H),                              /* H* */
    /*  97 */ IS(pp_syl_break, 0, 98, 99),                 /* pp.syl_break is 0 */
    /*  98 */ LEAF(NV_ACC_NONE),                           /* NONE */
    /*  99 */ IS(p_gpos, NV_GPOS_CONTENT, 100, 101),       /* SP.R:Word.p.gpos is content */
    /* 100 */ LEAF(NV_ACC_H),                              /* H* */
    /* 101 */ LEAF(NV_ACC_DOWN_H),                         /* !H* */
    /* 102 */ IS(ssyl_out, 2, 103, 108),                   /* ssyl_out is 2 */
    /* 103 */ IS(p_syl_break, 0, 104, 105),                /* p.syl_break is 0 */
    /* 104 */ LEAF(NV_ACC_NONE),                           /* NONE */
    /* 105 */ IS(pp_syl_break, 0, 106, 107),               /* pp.syl_break is 0 */
    /* 106 */ LEAF(NV_ACC_NONE),                           /* NONE */
    /* 107 */ LEAF(NV_ACC_L_H),                            /* L+H* */
    /* 108 */ IS(pp_gpos, NV_GPOS_TO, 109, 110),           /* SP.R:Word.pp.gpos is to */
    /* 109 */ LEAF(NV_ACC_H),                              /* H* */
    /* 110 */ IS(syl_break, 3, 111, 114),                  /* syl_break is 3 */
    /* 111 */ IS(pp_syl_break, 0, 112, 113),               /* pp.syl_break is 0 */
    /* 112 */ LEAF(NV_ACC_NONE),                           /* NONE */
    /* 113 */ LEAF(NV_ACC_H),                              /* H* */
    /* 114 */ IS(syl_in, 7, 115, 120),                     /* syl_in is 7 */
    /* 115 */ IS(n_stress, 0, 116, 119),                   /* n.stress is 0 */
    /* 116 */ IS(n_gpos, NV_GPOS_CONTENT, 117, 118),       /* SP.R:Word.n.gpos is content */
    /* 117 */ LEAF(NV_ACC_DOWN_H),                         /* !H* */
    /* 118 */ LEAF(NV_ACC_NONE),                           /* NONE */
    /* 119 */ LEAF(NV_ACC_NONE),                           /* NONE */
    /* 120 */ IS(n_gpos, NV_GPOS_CC, 121, 122),            /* SP.R:Word.n.gpos is cc */
    /* 121 */ LEAF(NV_ACC_NONE),                           /* NONE */
    /* 122 */ IS(nn_syl_break, 3, 123, 124),               /* nn.syl_break is 3 */
    /* 123 */ LEAF(NV_ACC_H),                              /* H* */
    /* 124 */ IS(ssyl_in, 4, 125, 126),                    /* ssyl_in is 4 */
    /* 125 */ LEAF(NV_ACC_NONE),                           /* NONE */
    /* 126 */ IS(p_syl_break, 0, 127, 136),                /* p.syl_break is 0 */
    /* 127 */ IS(n_syl_break, 1, 128, 129),                /* n.syl_break is 1 */
    /* 128 */ LEAF(NV_ACC_NONE),                           /* NONE */
    /* 129 */ IS(ssyl_in, 3, 130, 131),                    /* ssyl_in is 3 */
    /* 130 */ LEAF(NV_ACC_NONE),                           /* NONE */
    /* 131 */ IS(pp_syl_break, 0, 132, 133),               /* pp.syl_break is 0 */
    /* 132 */ LEAF(NV_ACC_NONE),                           /* NONE */
    /* 133 */ IS(ssyl_in, 1, 134, 135),                    /* ssyl_in is 1 */
    /* 134 */ LEAF(NV_ACC_H),                              /* H* */
    /* 135 */ LEAF(NV_ACC_NONE),                           /* NONE */
    /* 136 */ IS(p_gpos, NV_GPOS_IN, 137, 138),            /* SP.R:Word.p.gpos is in */
    /* 137 */ LEAF(NV_ACC_L_H),                            /* L+H* */
    /* 138 */ IS(syl_in, 6, 139, 140),                     /* syl_in is 6 */
    /* 139 */ LEAF(NV_ACC_DOWN_H),                         /* !H* */
    /* 140 */ IS(syl_out, 2, 141, 142),                    /* syl_out is 2 */
    /* 141 */ LEAF(NV_ACC_H),                              /* H* */
    /* 142 */ IS(syl_in, 4, 143, 144),                     /* syl_in is 4 */
    /* 143 */ LEAF(NV_ACC_DOWN_H),                         /* !H* */
    /* 144 */ IS(n_stress, 0, 145, 148),                   /* n.stress is 0 */
    /* 145 */ IS(syl_in, 3, 146, 147),                     /* syl_in is 3 */
    /* 146 */ LEAF(NV_ACC_H),                              /* H* */
    /* 147 */ LEAF(NV_ACC_NONE),                           /* NONE */
    /* 148 */ LEAF(NV_ACC_NONE),                           /* NONE */
};
const int nv__tobi_accent_tree_len =
    (int)(sizeof nv__tobi_accent_tree / sizeof nv__tobi_accent_tree[0]);

/* f2b_int_tone_cart_tree: 95 nodes, 48 leaves */
extern const int nv__tobi_tone_tree[][5];
extern const int nv__tobi_tone_tree_len;
const int nv__tobi_tone_tree[][5] = {
    /*   0 */ IS(yn_question, 1, 1, 2),                    /* lisp_syl_yn_question is 1 */
    /*   1 */ LEAF(NV_TONE_HH),                            /* H-H% */
    /*   2 */ IS(gpos, NV_GPOS_CC, 3, 4),                  /* SP.gpos is cc */
    /*   3 */ LEAF(NV_TONE_NONE),                          /* NONE */
    /*   4 */ IS(ssyl_in, 10, 5, 6),                       /* ssyl_in is 10 */
    /*   5 */ LEAF(NV_TONE_NONE),                          /* NONE */
    /*   6 */ IS(gpos, NV_GPOS_MD, 7, 8),                  /* SP.gpos is md */
    /*   7 */ LEAF(NV_TONE_NONE),                          /* NONE */
    /*   8 */ IS_OLD(p_syl_break, 4, 9, 10),               /* p.old_syl_break is 4 */
    /*   9 */ LEAF(NV_TONE_NONE),                          /* NONE */
    /*  10 */ IS(gpos, NV_GPOS_DET, 11, 12),               /* SP.gpos is det */
    /*  11 */ LEAF(NV_TONE_NONE),                          /* NONE */
    /*  12 */ IS_OLD(n_syl_break, 3, 13, 14),              /* n.old_syl_break is 3 */
    /*  13 */ LEAF(NV_TONE_NONE),                          /* NONE */
    /*  14 */ IS_OLD(n_syl_break, 4, 15, 16),              /* n.old_syl_break is 4 */
    /*  15 */ LEAF(NV_TONE_NONE),                          /* NONE */
    /*  16 */ IS(gpos, NV_GPOS_IN, 17, 18),                /* SP.gpos is in */
    /*  17 */ LEAF(NV_TONE_NONE),                          /* NONE */
    /*  18 */ IS_OLD(syl_break, 4, 19, 46),                /* old_syl_break is 4 */
    /*  19 */ IS(n_gpos, NV_GPOS_NONE, 20, 21),            /* SP.R:Word.n.gpos is 0 */
    /*  20 */ LEAF(NV_TONE_LL),                            /* L-L% */
    /*  21 */ IS(p_gpos, NV_GPOS_AUX, 22, 23),             /* SP.R:Word.p.gpos is aux */
    /*  22 */ LEAF(NV_TONE_LL),                            /* L-L% */
    /*  23 */ IS(n_gpos, NV_GPOS_DET, 24, 25),             /* SP.R:Word.n.gpos is det */
    /*  24 */ LEAF(NV_TONE_LL),                            /* L-L% */
    /*  25 */ IS(ssyl_in, 4, 26, 27),                      /* ssyl_in is 4 */
    /*  26 */ LEAF(NV_TONE_LL),                            /* L-L% */
    /*  27 */ IS(syl_in, 6, 28, 29),                       /* syl_in is 6 */
    /*  28 */ LEAF(NV_TONE_LL),                            /* L-L% */
    /*  29 */ IS(n_gpos, NV_GPOS_AUX, 30, 31),             /* SP.R:Word.n.gpos is aux */
    /*  30 */ LEAF(NV_TONE_LH),                            /* L-H% */
    /*  31 */ IS(syl_in, 5, 32, 33),                       /* syl_in is 5 */
    /*  32 */ LEAF(NV_TONE_LL),                            /* L-L% */
    /*  33 */ IS(sub_phrases, 2, 34, 35),                  /* sub_phrases is 2 */
    /*  34 */ LEAF(NV_TONE_LL),                            /* L-L% */
    /*  35 */ IS(p_gpos, NV_GPOS_DET, 36, 37),             /* SP.R:Word.p.gpos is det */
    /*  36 */ LEAF(NV_TONE_LL),                            /* L-L% */
    /*  37 */ IS(sub_phrases, 0, 38, 45),                  /* sub_phrases is 0 */
    /*  38 */ IS(n_gpos, NV_GPOS_IN, 39, 42),              /* SP.R:Word.n.gpos is in */
    /*  39 */ IS_OLD(n_syl_break, 0, 40, 41),              /* n.old_syl_break is 0 */
    /*  40 */ LEAF(NV_TONE_LL),                            /* L-L% */
    /*  41 */ LEAF(NV_TONE_LH),                            /* L-H% */
    /*  42 */ IS(n_stress, 0, 43, 44),                     /* n.stress is 0 */
    /*  43 */ LEAF(NV_TONE_LL),                            /* L-L% */
    /*  44 */ LEAF(NV_TONE_LH),                            /* L-H% */
    /*  45 */ LEAF(NV_TONE_LL),                            /* L-L% */
    /*  46 */ IS(gpos, NV_GPOS_PPS, 47, 48),               /* SP.gpos is pps */
    /*  47 */ LEAF(NV_TONE_NONE),                          /* NONE */
    /*  48 */ IS(syl_in, 0, 49, 50),                       /* syl_in is 0 */
    /*  49 */ LEAF(NV_TONE_NONE),                          /* NONE */
    /*  50 */ IS(gpos, NV_GPOS_CONTENT, 51, 94),           /* SP.gpos is content */
    /*  51 */ IS(nn_gpos, NV_GPOS_NONE, 52, 53),           /* SP.R:Word.nn.gpos is 0 */
    /*  52 */ LEAF(NV_TONE_NONE),                          /* NONE */
    /*  53 */ IS_OLD(pp_syl_break, 4, 54, 55),             /* pp.old_syl_break is 4 */
    /*  54 */ LEAF(NV_TONE_NONE),                          /* NONE */
    /*  55 */ IS(syl_in, 1, 56, 57),                       /* syl_in is 1 */
    /*  56 */ LEAF(NV_TONE_NONE),                          /* NONE */
    /*  57 */ IS_OLD(nn_syl_break, 4, 58, 59),             /* nn.old_syl_break is 4 */
    /*  58 */ LEAF(NV_TONE_NONE),                          /* NONE */
    /*  59 */ IS(nn_gpos, NV_GPOS_IN, 60, 61),             /* SP.R:Word.nn.gpos is in */
    /*  60 */ LEAF(NV_TONE_NONE),                          /* NONE */
    /*  61 */ IS(p_gpos, NV_GPOS_CC, 62, 63),              /* SP.R:Word.p.gpos is cc */
    /*  62 */ LEAF(NV_TONE_NONE),                          /* NONE */
    /*  63 */ IS_OLD(nn_syl_break, 3, 64, 65),             /* nn.old_syl_break is 3 */
    /*  64 */ LEAF(NV_TONE_NONE),                          /* NONE */
    /*  65 */ IS(nn_gpos, NV_GPOS_CC, 66, 67),             /* SP.R:Word.nn.gpos is cc */
    /*  66 */ LEAF(NV_TONE_NONE),                          /* NONE */
    /*  67 */ IS(ssyl_in, 0, 68, 69),                      /* ssyl_in is 0 */
    /*  68 */ LEAF(NV_TONE_NONE),                          /* NONE */
    /*  69 */ IS(nn_gpos, NV_GPOS_TO, 70, 71),             /* SP.R:Word.nn.gpos is to */
    /*  70 */ LEAF(NV_TONE_NONE),                          /* NONE */
    /*  71 */ IS(pp_gpos, NV_GPOS_TO, 72, 73),             /* SP.R:Word.pp.gpos is to */
    /*  72 */ LEAF(NV_TONE_NONE),                          /* NONE */
    /*  73 */ IS(p_gpos, NV_GPOS_IN, 74, 75),              /* SP.R:Word.p.gpos is in */
    /*  74 */ LEAF(NV_TONE_NONE),                          /* NONE */
    /*  75 */ IS(pp_gpos, NV_GPOS_IN, 76, 77),             /* SP.R:Word.pp.gpos is in */
    /*  76 */ LEAF(NV_TONE_NONE),                          /* NONE */
    /*  77 */ IS(syl_in, 2, 78, 79),                       /* syl_in is 2 */
    /*  78 */ LEAF(NV_TONE_NONE),                          /* NONE */
    /*  79 */ IS(nn_gpos, NV_GPOS_AUX, 80, 81),            /* SP.R:Word.nn.gpos is aux */
    /*  80 */ LEAF(NV_TONE_NONE),                          /* NONE */
    /*  81 */ IS(sub_phrases, 1, 82, 83),                  /* sub_phrases is 1 */
    /*  82 */ LEAF(NV_TONE_NONE),                          /* NONE */
    /*  83 */ IS(pp_gpos, NV_GPOS_DET, 84, 85),            /* SP.R:Word.pp.gpos is det */
    /*  84 */ LEAF(NV_TONE_NONE),                          /* NONE */
    /*  85 */ IS(ssyl_in, 4, 86, 87),                      /* ssyl_in is 4 */
    /*  86 */ LEAF(NV_TONE_NONE),                          /* NONE */
    /*  87 */ IS_OLD(n_syl_break, 0, 88, 89),              /* n.old_syl_break is 0 */
    /*  88 */ LEAF(NV_TONE_NONE),                          /* NONE */
    /*  89 */ IS(n_gpos, NV_GPOS_CONTENT, 90, 91),         /* SP.R:Word.n.gpos is content */
    /*  90 */ LEAF(NV_TONE_NONE),                          /* NONE */
    /*  91 */ IS_OLD(syl_break, 3, 92, 93),                /* old_syl_break is 3 */
    /*  92 */ LEAF(NV_TONE_H),                             /* H- */
    /*  93 */ LEAF(NV_TONE_NONE),                          /* NONE */
    /*  94 */ LEAF(NV_TONE_NONE),                          /* NONE */
};
const int nv__tobi_tone_tree_len =
    (int)(sizeof nv__tobi_tone_tree / sizeof nv__tobi_tone_tree[0]);
