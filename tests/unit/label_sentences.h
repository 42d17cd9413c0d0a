/* label_sentences.h - the HTS labels of three news sentences from our own
 * front end, kept for the vocoder tests (test_vocoder.c, test_fdvoc.c) to
 * synthesise. Include once per test file. */
#ifndef NV_TEST_LABEL_SENTENCES_H
#define NV_TEST_LABEL_SENTENCES_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "newsvoice.h"

#define MAX_SENT 8
typedef struct sentences {
    size_t n;
    char **label[MAX_SENT];
    size_t n_label[MAX_SENT];
} sentences;

static int keep_labels(void *user, const nv_sentence *s)
{
    sentences *ss = user;
    if (ss->n >= MAX_SENT || s->n_labels == 0)
        return 0;
    char **l = calloc(s->n_labels, sizeof *l);
    if (!l)
        return 1;
    for (size_t i = 0; i < s->n_labels; i++)
        l[i] = strdup(s->labels[i]);
    ss->label[ss->n] = l;
    ss->n_label[ss->n] = s->n_labels;
    ss->n++;
    return 0;
}

static void free_sentences(sentences *ss)
{
    for (size_t k = 0; k < ss->n; k++) {
        for (size_t i = 0; i < ss->n_label[k]; i++)
            free(ss->label[k][i]);
        free(ss->label[k]);
    }
    ss->n = 0;
}

static int get_labels(sentences *ss)
{
    static const char text[] =
        "The Senate voted on Tuesday to approve the $1.2 trillion spending bill.\n"
        "Did the storm reach Florida's coast before midnight?\n"
        "Shares of Acme Corp. fell 3.5 percent, to $42.17, in early trading.\n";
    memset(ss, 0, sizeof *ss);
    nv_engine *e = NULL;
    char err[256];
    if (nv_engine_open(NULL, &e, err, sizeof err) != NV_OK) {
        fprintf(stderr, "engine: %s\n", err);
        return -1;
    }
    nv_job *j = NULL;
    int r = -1;
    if (nv_job_new(e, &j) == NV_OK &&
        nv_job_run(j, text, sizeof text - 1, NV_STAGE_LABELS, keep_labels, ss) == NV_OK)
        r = 0;
    else
        fprintf(stderr, "labels: %s\n", j ? nv_job_errmsg(j) : "no job");
    nv_job_free(j);
    nv_engine_close(e);
    return r;
}

#endif
