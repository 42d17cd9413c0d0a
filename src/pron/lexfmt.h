/* lexfmt.h - layout of the compiled lexicon file (.nvlex), shared by its writer
 * (tools/lexc, nv-lexc) and its reader (src/pron/lexicon.c, lts.c).
 *
 * Internal header. All integers are in the byte order of the machine that wrote
 * the file; the endianness probe lets a reader on another byte order refuse it.
 *
 *   header (32 bytes)
 *     0  magic[8]     "NVLEX" 0x1a '\r' '\n'
 *     8  u32 version  NV_LEXF_VERSION
 *    12  u32 endian   0x01020304 as written
 *    16  u32 size     total file size in bytes
 *    20  u32 n_sect   number of sections (at most NV_LEXF_MAX_SECT)
 *    24  u32 tab_sum  checksum of the section table
 *    28  u32 zero
 *   section table: n_sect x 16 bytes {char name[4]; u32 offset; u32 length; u32 sum}
 *   sections, each starting on a 4-byte boundary:
 *     "POS "  part-of-speech names, 8-byte NUL-padded slots; slot 0 is "" (no POS)
 *     "KEYS"  headwords (lower case), concatenated in byte order, no separators
 *     "KOFF"  u32 x (n_keys + 1): start of key k in KEYS; the last one = KEYS length
 *     "EOFF"  u32 x (n_keys + 1): start of key k's entries in PRON; last = PRON length
 *     "PRON"  per key, its entries in lookup order; one entry is
 *               u8 pos slot, u8 n_syl, then per syllable
 *               u8 (stress << 6 | n_ph) followed by n_ph phone ids (core/phones.h)
 *     "LTSR"  u32 x 26: root node of the letter-to-sound tree of 'a'..'z'
 *     "LTSN"  u32 tree nodes, see NV_LTSN_* (children always come after the parent)
 *     "LTSC"  output classes, NV_LTSC_SIZE bytes each: u8 n_ph, u8 ph[4], u8 stress[4]
 *
 * Lookup order within one key (the compiler's job): Festival's addenda first, most
 * recent first, then the CMU dictionary's entries in file order.
 */
#ifndef NV_PRON_LEXFMT_H
#define NV_PRON_LEXFMT_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#define NV_LEXF_MAGIC "NVLEX\x1a\r\n"
#define NV_LEXF_MAGIC_LEN 8
#define NV_LEXF_VERSION 1u
#define NV_LEXF_ENDIAN 0x01020304u
#define NV_LEXF_HEADER_SIZE 32u
#define NV_LEXF_SECT_SIZE 16u
#define NV_LEXF_MAX_SECT 16u
#define NV_LEXF_POS_SLOT 8u      /* bytes per POS name, NUL-padded */
#define NV_LEXF_MAX_POS 255u

/* LTS tree node (u32). Leaf: bit 31 set, bits 0-15 output class.
 * Question: bit 31 clear; bits 27-30 letter offset + 8 (p.name is -1, n.n.name +2);
 * bits 22-26 the value asked for (0-25 'a'-'z', NV_LTS_VAL_HASH, NV_LTS_VAL_NONE);
 * bits 0-21 index of the "no" child. The "yes" child is the next node. */
#define NV_LTSN_LEAF 0x80000000u
#define NV_LTSN_OFF_SHIFT 27
#define NV_LTSN_VAL_SHIFT 22
#define NV_LTSN_NO_MASK 0x3fffffu
#define NV_LTS_VAL_HASH 26u      /* '#': the word-boundary padding letter */
#define NV_LTS_VAL_NONE 27u      /* "0": no letter there (beyond the padding) */
#define NV_LTSC_SIZE 9u
#define NV_LTSC_MAX_PH 4u
#define NV_LTS_NO_ROOT 0xffffffffu

/* The mapped file, as nv__lex_open checked it (sections located, sizes and the
 * table sentinels verified). Offsets read from the sections are still checked at
 * each use. Read-only after open. */
struct nv_lex {
    const uint8_t *map;            /* whole file, mmap'd read-only (owned) */
    size_t map_len;
    const uint8_t *pos;            /* "POS " */
    uint32_t n_pos;
    const uint8_t *keys;           /* "KEYS" */
    uint32_t keys_len;
    const uint8_t *koff, *eoff;    /* "KOFF", "EOFF": n_keys + 1 u32 each */
    uint32_t n_keys;
    const uint8_t *pron;           /* "PRON" */
    uint32_t pron_len;
    const uint8_t *ltsr;           /* "LTSR": 26 u32 */
    const uint8_t *ltsn;           /* "LTSN" */
    uint32_t n_nodes;
    const uint8_t *ltsc;           /* "LTSC" */
    uint32_t n_cls;
};

/* Read a u32 in file (= host) byte order from any address. */
static inline uint32_t nv__lexf_u32(const uint8_t *p)
{
    uint32_t v;
    memcpy(&v, p, sizeof v);
    return v;
}

/* Checksum of n bytes (FNV-1a over 64-bit words, folded to 32 bits). Not
 * cryptographic: it catches truncation and corruption, cheaply enough to run over
 * the whole file at every open. */
uint32_t nv__lexf_checksum(const void *data, size_t n);

typedef struct nv_lex nv_lex;
typedef struct nv_pron nv_pron;

/* Walking the whole lexicon (tests, tools). Number of distinct headwords. */
uint32_t nv__lex_key_count(const nv_lex *lex);
/* Entry n (0-based, lookup order) of headword number key (sorted order). Returns 1 and
 * fills *out (and, when not NULL, *word and *word_len: the headword inside the mapping,
 * not NUL-terminated, valid until nv__lex_close; *pos: its POS name, "" for none,
 * also owned by the mapping), or 0 when there is no such entry. */
int nv__lex_entry(const nv_lex *lex, uint32_t key, unsigned n, const char **word,
                  size_t *word_len, const char **pos, nv_pron *out);

#endif
