/* normalize.h - news text normalisation: tokens to spoken words.
 *
 * Internal header. Input is the token list of one sentence (ingest stage); output
 * is spoken-form words (lower-case ASCII letters and apostrophes), each tagged
 * with the index of the token it came from, so byte spans survive.
 */
#ifndef NV_NORMALIZE_NORMALIZE_H
#define NV_NORMALIZE_NORMALIZE_H

#include <stddef.h>

/* One token as the normaliser sees it. Text fields point into memory owned by the
 * caller and are NOT NUL-terminated; use the lengths. */
typedef struct nv_ntok {
    const char *text;   /* the token without leading/trailing punctuation, ASCII-folded
                           (curly quotes -> ' and ", dashes -> -, NBSP removed) */
    size_t len;
    const char *pre;    /* punctuation stripped from the front, e.g. "\"(" */
    size_t pre_len;
    const char *post;   /* punctuation stripped from the end, e.g. ".\"" or "," */
    size_t post_len;
    int claimed;        /* the caller says this token itself (a lexicon entry, an SSML
                           <phoneme> or spelled <say-as>): the normaliser reads it only
                           as context for its neighbours and, in its place, calls emit
                           once with word NULL and len 0 */
} nv_ntok;

/* Receives each spoken word in order. word: lower-case, len bytes, not NUL-terminated.
 * pos: NULL, or a lexicon POS hint such as "n" (use "n" for spelled letters so that
 * "a" the letter is read "ey"). i_tok: the token the word came from. Return 0 to go on,
 * non-zero to stop (the normaliser then returns that value). */
typedef int (*nv_word_fn)(void *ud, const char *word, size_t len, const char *pos,
                          size_t i_tok);

/* Expand tokens[0..n_tok) of one sentence into words, calling emit for each word.
 * Every token gives at least one word unless it has no letters or digits at all
 * (a lone symbol with no reading is dropped only if it is punctuation), or is a
 * currency written apart before its amount ("$ 5", "USD 5", "Rs. 500", "US" in
 * "US $5"): the amount's token then says the unit, after the number, or is a
 * word of a reference work's maintenance tag ("[citation needed]"), not read.
 * Returns 0, or the first non-zero value returned by emit. */
int nv__normalize(const nv_ntok *tokens, size_t n_tok, nv_word_fn emit, void *ud);

#endif
