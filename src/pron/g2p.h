/* g2p.h - trained letter-to-sound: joint-sequence (graphone) n-gram models.
 *
 * Internal header. Training (g2p_train.c) reads a CMUdict-format dictionary (or
 * Festival's compiled lexicon), aligns letters with phones by EM, and counts graphone
 * n-grams in both reading directions, smoothed by interpolated modified Kneser-Ney;
 * it writes a checked binary model file. Prediction (g2p.c) maps the file read-only,
 * decodes a word by beam search with each model (left to right, and right to left
 * over the reversed word), scores every path found by both models and by a model of
 * stress patterns (given the vowel count and the word's first and last letters),
 * and keeps the best one with a primary stress. Phones carry stress digits and are syllabified by
 * maximum onset (nv__pron_syllabify). No global state: a model is read-only once
 * open and may be shared by threads.
 *
 * Model file (.g2p), all integers u32 and floats IEEE binary32 in the writer's byte
 * order (the endianness probe refuses another one):
 *   header (64 bytes)
 *     0  magic[8]  "NVG2P" 0x1a '\r' '\n'
 *     8  version   NV_G2P_VERSION
 *    12  endian    0x01020304
 *    16  size      total file size
 *    20  sum       nv__lexf_checksum of bytes [24, size)
 *    24  order     n-gram order
 *    28  n_sym     phone symbols
 *    32  n_tok     graphone tokens; token 0 is the word boundary
 *    36  n_ctx, n_ent, bos_ctx of the left-to-right model (contexts, context 0 being
 *        the empty one; entries; the context after the word-start boundary)
 *    48  n_ctx, n_ent, bos_ctx of the right-to-left model
 *    60  zero
 *   then, each section 4-byte aligned, in this order:
 *     SYM   n_sym x 2 bytes: radio phone id, stress (0-2, or 3 for a consonant),
 *           zero-padded to 4 bytes
 *     TOK   n_tok x 8 bytes: n_letters, letter[2] (0-25), n_phones, phone[2]
 *           (symbol ids), 2 zero bytes; tokens are sorted by letter part
 *     LPART (NV_G2P_NLP + 1) u32: first token of each letter-part code (0 the
 *           boundary, 1 + l a single letter, 27 + 26 * l1 + l2 a pair)
 *     then for each model, left-to-right first:
 *     CTX   (n_ctx + 1) x {u32 first entry, u32 back-off context (the context
 *           without its oldest token, always a smaller id), float log back-off
 *           weight}; the last record only ends the entries (first = n_ent)
 *     ENT   n_ent x {u32 token, float log probability of the token after the
 *           context, u32 context reached after it}; tokens ascending within a
 *           context; context 0 lists every token at its own index
 *     then, once:
 *     STRESS the stress-pattern counts: u32 n_sctx, u32 n_sent, then
 *           (n_sctx + 1) x {u32 key, u32 first entry, u32 total count, u32 distinct
 *           patterns}, keys strictly ascending, the last record only ending the
 *           entries (key 0xffffffff, first = n_sent); then n_sent x {u32 pattern,
 *           u32 count}, patterns ascending within a context. A key (see
 *           NV_G2P_SKEY) is the word's vowel count k (1 to NV_G2P_STRESS_KMAX) and
 *           its last (suffix) or first (prefix) l letters, l = 0 to
 *           NV_G2P_STRESS_AFFIX; a pattern is the vowels' stress digits read as a
 *           base-3 number, first vowel most significant. Keys with bit 23 set
 *           (NV_G2P_SKEY_SKEL) count vowel skeletons instead, for words of 1 to
 *           NV_G2P_SKEL_KMAX vowels: the vowels without their stress, four bits
 *           each (nv__g2p_vowel_index), first vowel most significant. The decoder
 *           reranks its paths by these counts (see g2p.c).
 */
#ifndef NV_PRON_G2P_H
#define NV_PRON_G2P_H

#include <stddef.h>
#include <stdint.h>

#include "core/phones.h"
#include "pron/pron.h"

#define NV_G2P_MAGIC "NVG2P\x1a\r\n"
#define NV_G2P_VERSION 2u
#define NV_G2P_HEADER_SIZE 64u
#define NV_G2P_NLP 703u          /* letter-part codes: 0 boundary, 1-26, 27-702 pairs */
#define NV_G2P_MAX_LETTERS 48    /* letters decoded per word; the rest is ignored */
#define NV_G2P_DEFAULT_ORDER 6
#define NV_G2P_DEFAULT_REALIGN 0
/* Kneser-Ney discounts scaled up from Chen & Goodman's estimates: more weight on
 * the lower orders (on a development split of CMUdict 0.4, 1.2 lowered the WER by
 * about 0.7 points; 1.5 and more raised it) */
#define NV_G2P_DEFAULT_DISCOUNT_SCALE 1.2
#define NV_G2P_ALIGN_BEAM 16
#define NV_G2P_ALIGN_ORDER 3     /* order of the model the dictionary is realigned with */
#define NV_G2P_STRESS_KMAX 12    /* stress patterns counted for words of 1-12 vowels */
#define NV_G2P_STRESS_AFFIX 4    /* longest suffix or prefix a pattern is counted under */
/* stress-pattern context key: prefix (1) or suffix (0), affix length l, vowel count
 * k, and the affix's letters (0-25), five bits each, first letter highest */
#define NV_G2P_SKEY(prefix, l, k, letters) \
    ((uint32_t)(prefix) << 31 | (uint32_t)(l) << 28 | (uint32_t)(k) << 24 | (uint32_t)(letters))
#define NV_G2P_SKEY_SKEL (1u << 23) /* the key counts vowel skeletons */
#define NV_G2P_SKEL_KMAX 7       /* vowel skeletons counted for words of 1-7 vowels */

/* A vowel's number in a skeleton, 0-14 (AX is AH); -1 for a consonant. */
static inline int nv__g2p_vowel_index(int id)
{
    if (!nv__phone_is_vowel(id))
        return -1;
    if (id == NV_PH_AX)
        id = NV_PH_AH;
    int k = 0;
    for (int i = 1; i < id; i++)
        k += nv__phone_is_vowel(i) && i != NV_PH_AX;
    return k;
}
/* one letter to 0, 1 or 2 phones (adding two letters to one phone, or two to two,
 * made the held-out WER no better, or worse) */
#define NV_G2P_DEFAULT_SHAPES ((1u << 0) | (1u << 1) | (1u << 2))

/* ---- the model --------------------------------------------------------------- */

typedef struct nv_g2p nv_g2p;

/* Map and check a model file. Returns 0 and sets *out, or -1 with a one-line reason
 * (what is wrong and which file) in err. */
int nv__g2p_open(const char *path, nv_g2p **out, char *err, size_t err_len);
/* The same from memory (copied). name is used in messages. */
int nv__g2p_open_mem(const void *data, size_t len, const char *name, nv_g2p **out,
                     char *err, size_t err_len);
void nv__g2p_close(nv_g2p *g);

/* Guess a word's pronunciation (letters a-z in any case; other characters are
 * skipped; at most NV_G2P_MAX_LETTERS letters). beam <= 0 picks the default. Fills
 * *out with syllabified, stressed phones; returns 1, or 0 when the word has no
 * letters, -1 when out of memory. */
int nv__g2p_predict(const nv_g2p *g, const char *word, size_t len, int beam,
                    nv_pron *out);
/* Flags for nv__g2p_predict_ex. NV_G2P_CONTINENTAL: prefer, among the paths the
 * search found, the best one that gives a e i o u their continental values (no
 * "cat", "ice", "cup", "cute" readings): how romanised foreign names are read. */
#define NV_G2P_CONTINENTAL 1u
int nv__g2p_predict_ex(const nv_g2p *g, const char *word, size_t len, int beam,
                       unsigned flags, nv_pron *out);

/* ---- training ---------------------------------------------------------------- */

/* Best segmentation of a known pronunciation into the model's graphones (letters
 * 0-25, n of them; sym: the model's phone symbol ids, m of them) under the
 * left-to-right model, by beam search. Writes the tokens to toks (room for n) and
 * returns their number, 0 when no segmentation was found, -1 when out of memory.
 * Used by the trainer to realign the dictionary with a trained model. */
int nv__g2p_align(const nv_g2p *g, const uint8_t *let, int n, const uint8_t *sym, int m,
                  int beam, uint16_t *toks);

typedef struct nv_g2p_dict nv_g2p_dict;

/* Called for each malformed line: line number (1-based) and the reason. */
typedef void (*nv_g2p_bad_fn)(void *user, unsigned long line, const char *why);

nv_g2p_dict *nv__g2p_dict_new(void);
void nv__g2p_dict_free(nv_g2p_dict *d);
/* Add the entries of a CMUdict-format text (WORD  PH1 PH2 ... with stress digits;
 * ";;;" comments; alternates WORD(2)) or, festival != 0, of a Festival compiled
 * lexicon (("word" pos (((ph ...) stress) ...)) lines, ax read as AH0). Words with
 * characters other than letters, apostrophes, periods and hyphens are skipped (not
 * errors); their other characters are dropped. Returns the number of bad lines
 * reported through bad, or -1 when out of memory. */
long nv__g2p_dict_parse(nv_g2p_dict *d, const char *text, size_t len, int festival,
                        nv_g2p_bad_fn bad, void *user);
/* Entries read so far (exact duplicates are dropped later, when training). */
size_t nv__g2p_dict_size(const nv_g2p_dict *d);

typedef struct nv_g2p_train_opts {
    int order;           /* n-gram order, 0 = NV_G2P_DEFAULT_ORDER */
    int em_iterations;   /* 0 = default */
    int verbose;         /* progress lines on stderr */
    int realign;         /* passes realigning the dictionary with a trained model of
                            order NV_G2P_ALIGN_ORDER before the final one (0: none;
                            on CMUdict 0.4 it did not change the held-out WER) */
    double discount_scale; /* Kneser-Ney discounts times this (before their caps);
                              0 = NV_G2P_DEFAULT_DISCOUNT_SCALE */
    unsigned shapes;     /* graphone shapes allowed in the alignment, bit
                            3 * (letters - 1) + phones; 0 = NV_G2P_DEFAULT_SHAPES */
} nv_g2p_train_opts;

/* Train on the dictionary and write the model to path (written to path.tmp, then
 * renamed). Deterministic: the same dictionary gives the same bytes. Returns 0, or
 * -1 with a reason in err. */
int nv__g2p_train(const nv_g2p_dict *d, const nv_g2p_train_opts *opts, const char *path,
                  char *err, size_t err_len);

#endif
