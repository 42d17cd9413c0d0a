/* tagfmt.h - layout of the part-of-speech model file pos.nvtag (internal).
 *
 * Written by tools/postag (nv-postag) from Festival's festlex-poslex models
 * (wsj.wp39.poslexR: word -> log P(word | tag); wsj.wp39.tri.ngrambin: tag
 * trigram counts), read by src/pron/tagger.c through mmap. All integers and
 * floats are in the build machine's byte order (little-endian on the supported
 * platforms), 4-byte aligned, in this order:
 *
 *   header    nv_tagf_header
 *   tags      n_tag names, NV_TAGF_NAME bytes each, NUL-padded
 *   trans     n_tag^3 float: log P(t3 | t1 t2), index (t1 * n_tag + t2) * n_tag + t3
 *   words     n_word nv_tagf_key, sorted by their strings (bytewise)
 *   suffixes  n_suf nv_tagf_key, sorted the same way (the last 1..4 letters of
 *             the words of the lexicon seen at most a few times)
 *   emits     n_emit nv_tagf_emit; a word's are log P(word | tag), a suffix's are
 *             log q(tag | suffix) - log count(tag): the emission of a word seen
 *             once whose tags follow the suffix's distribution q
 *   strings   str_bytes bytes of NUL-terminated strings
 */
#ifndef NV_PRON_TAGFMT_H
#define NV_PRON_TAGFMT_H

#include <stdint.h>

#define NV_TAGF_MAGIC "NVTAG01\n"
#define NV_TAGF_NAME 8u
#define NV_TAGF_MAX_TAG 64u

typedef struct nv_tagf_header {
    char magic[8];
    uint32_t n_tag;
    uint32_t n_word;
    uint32_t n_suf;
    uint32_t n_emit;
    uint32_t str_bytes;
    uint32_t reserved[3];
} nv_tagf_header;

typedef struct nv_tagf_key {
    uint32_t str;       /* offset of the NUL-terminated key in strings */
    uint32_t first;     /* first of its emits */
    uint32_t n;         /* number of emits */
} nv_tagf_key;

typedef struct nv_tagf_emit {
    uint32_t tag;
    float lp;
} nv_tagf_emit;

#endif
