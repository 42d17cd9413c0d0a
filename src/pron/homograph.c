/* homograph.c - first-version part-of-speech guess for words the lexicon lists
 * with several pronunciations (record, lead, use, does, live, close ...).
 *
 * Reads the words around a word; returns the lexicon POS tag to prefer, or NULL
 * to take the lexicon's first entry. Rules: a word right after "to", a modal, a
 * subject pronoun or a negation is read as a verb; after a determiner, a
 * possessive or "of" it is read as a noun. This is a deliberately small
 * context rule set; a trained tagger replaces it later.
 */
#include "pron/tagger.h"
#include "pron/words.h"

#include <stdlib.h>

#include <string.h>

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

struct nv_tagger {
    int rules_only;
};

int nv__tagger_open(const char *path, nv_tagger **out, char *err, size_t err_len)
{
    (void)path;
    (void)err;
    (void)err_len;
    *out = calloc(1, sizeof **out);
    return *out ? 0 : -1;
}

void nv__tagger_close(nv_tagger *tg)
{
    free(tg);
}

int nv__pron_tag(const nv_tagger *tg, const nv_utt *utt, const char **tags)
{
    (void)tg;
    for (uint32_t i = 0; i < utt->n_word; i++)
        tags[i] = nv__pron_guess_pos(utt, i);
    return 0;
}
