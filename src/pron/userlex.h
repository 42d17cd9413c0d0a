/* userlex.h - pronunciation lexicons an editor writes (internal).
 *
 * Two kinds share this code: the publisher's lexicons (plain text or W3C PLS
 * files given to the engine; they win over everything) and the names lexicon
 * shipped with newsvoice (data/names.txt: people and places in the news that
 * the dictionary lacks or gets wrong; matched only on capitalised words).
 *
 * Plain-text format, UTF-8, one entry a line, fields separated by tabs:
 *
 *     GRAPHEME <TAB> PRONUNCIATION [<TAB> POS [<TAB> FLAGS]]
 *
 *   GRAPHEME       a word or a phrase of up to 8 words as written ("Nguyen",
 *                  "Zabihullah Mujahid", "COVID-19")
 *   PRONUNCIATION  ARPAbet with stress digits ("W IH1 N"), or IPA between
 *                  slashes or brackets ("/wɪn/"); in a phrase, "|" may separate
 *                  the words' pronunciations so that each word keeps its own
 *   POS            optional: n, v, j (noun, verb, adjective; also spelled
 *                  out) or "-" for any; the entry then applies only where the
 *                  tagger reads the word so (for homographs: "lead  L EH1 D  n")
 *   FLAGS          optional: "case" to match the grapheme's capitals exactly
 *
 * A line without tabs may separate the grapheme from the pronunciation by two
 * or more spaces, as CMUdict does. '#' starts a comment line, and a field
 * that starts with '#' is a comment to the end of its line (a source note). Later entries
 * override earlier ones with the same grapheme, part of speech and case flag.
 * Errors name the file, the line and the column.
 */
#ifndef NV_PRON_USERLEX_H
#define NV_PRON_USERLEX_H

#include <stddef.h>
#include <stdint.h>

#include "core/utt.h"
#include "pron/pron.h"

#define NV_USERLEX_MAX_WORDS 8
#define NV_NAMES_FILE "names.txt"

typedef struct nv_userlex nv_userlex;

/* Read lexicon files (plain text or PLS, told apart by content) in order into
 * one immutable set; later files win. names_only: entries match capitalised
 * tokens only (the names lexicon). Returns 0 and sets *out, or -1 and writes
 * "FILE:LINE:COLUMN: what" into err. */
int nv__userlex_load(const char *const *paths, size_t n_paths, int names_only,
                     nv_userlex **out, char *err, size_t err_len);
/* Parse one file already in memory (name is used in messages). */
int nv__userlex_parse(const char *name, const char *text, size_t len, int names_only,
                      nv_userlex **out, char *err, size_t err_len);
void nv__userlex_free(nv_userlex *ul);
size_t nv__userlex_size(const nv_userlex *ul);

/* Phrase match on tokens: the longest entry without a part of speech that
 * matches tok[i], tok[i+1], ... (core text, case-folded unless the entry says
 * "case"; no punctuation between the tokens; a possessive 's on the last token
 * is allowed and pronounced). Returns the number of tokens matched (0: none)
 * and writes each matched token's ARPAbet to phones[k] (NULL for a token that
 * continues the previous one's pronunciation); strings live in ul or arena. */
uint32_t nv__userlex_match(const nv_userlex *ul, const nv_token *tok, uint32_t n_tok,
                           uint32_t i, nv_arena *arena, const char **phones);
/* One spoken word (lower case), for entries of one word: the entry for pos
 * (then one for any part of speech). written is the word's token as written
 * (for "case" entries and names), or NULL when the word is only part of its
 * token. Returns 1 and fills *out, or 0. */
int nv__userlex_word(const nv_userlex *ul, const char *word, size_t len, const char *pos,
                     const char *written, size_t written_len, nv_pron *out);
/* ARPAbet string to a syllabified pronunciation (unknown phones skipped). */
void nv__pron_from_arpabet(const char *arpabet, nv_pron *out);

#endif
