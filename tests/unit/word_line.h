/* word_line.h - the tests' sentence callback that writes each word as
 * "text=PHONES/origin", words separated by spaces, for comparing a job's
 * pronunciations with one expected string. Include once per test file. */
#ifndef NV_TEST_WORD_LINE_H
#define NV_TEST_WORD_LINE_H

#include <stdio.h>
#include <string.h>

#include "newsvoice.h"

typedef struct word_line {
    char text[2048];    /* start it empty */
} word_line;

static int word_line_add(void *user, const nv_sentence *s)
{
    word_line *g = user;
    for (size_t i = 0; i < s->n_words; i++) {
        const nv_word *w = &s->words[i];
        size_t n = strlen(g->text);
        snprintf(g->text + n, sizeof g->text - n, "%s%s=%s/%s", n ? " " : "", w->text,
                 w->phones, w->origin);
    }
    return 0;
}

#endif
