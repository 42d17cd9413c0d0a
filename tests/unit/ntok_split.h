/* ntok_split.h - the normaliser tests' tokenizer: splits a sentence on spaces
 * and strips punctuation from both ends of each token with the same sets as
 * src/ingest/text.c, giving the nv_ntok array nv__normalize takes. */
#ifndef NV_TEST_NTOK_SPLIT_H
#define NV_TEST_NTOK_SPLIT_H

#include <string.h>

#include "normalize/normalize.h"

static int nt_alnum_byte(unsigned char ch)
{
    return (ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z')
        || ch >= 0x80;
}

static int nt_lead_punct(const char *s, size_t i, size_t end)
{
    if (strchr("\"([{<*_", s[i]))
        return 1;
    /* An apostrophe before a digit stays: '90s. */
    return s[i] == '\'' && !(i + 1 < end && s[i + 1] >= '0' && s[i + 1] <= '9');
}

static int nt_trail_punct(const char *s, size_t i)
{
    return strchr(".,;:!?\"')]}>*_", s[i]) != NULL;
}

/* Tokens of s (which must outlive them) into tok[0..max); returns the count. */
static size_t nt_split(const char *s, nv_ntok *tok, size_t max)
{
    size_t i = 0, n = strlen(s), n_tok = 0;

    while (i < n && n_tok < max) {
        size_t j, b, e, k;
        int alnum = 0;
        nv_ntok *t;

        while (i < n && s[i] == ' ')
            i++;
        j = i;
        while (j < n && s[j] != ' ')
            j++;
        if (j == i)
            break;
        for (k = i; k < j; k++)
            alnum |= nt_alnum_byte((unsigned char)s[k]);
        b = i;
        e = j;
        if (alnum) {
            while (b < e && nt_lead_punct(s, b, e))
                b++;
            while (e > b && nt_trail_punct(s, e - 1))
                e--;
        }
        t = &tok[n_tok++];
        memset(t, 0, sizeof *t);
        t->pre = s + i;
        t->pre_len = b - i;
        t->text = s + b;
        t->len = e - b;
        t->post = s + e;
        t->post_len = j - e;
        i = j;
    }
    return n_tok;
}

#endif
