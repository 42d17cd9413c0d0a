/* dict.c - nv-lexc: reads Festival's compiled CMU lexicon and its addenda, and
 * newsvoice's homograph variants and additions.
 *
 * Input: cmudict-0.4.out ("MNCL", then entries like
 * ("abandon" nil (((ax) 0) ((b ae n) 1) ((d ax n) 0)))) and every
 * (lex.add.entry '(...)) in cmulex.scm. Output: a lexc_dict whose entries are
 * encoded in the .nvlex "PRON" format and sorted into Festival's lookup order (see
 * lexc_dict_finish). Headwords are lower-cased, as Festival matches them without
 * regard to case. Nothing here knows the file layout beyond one entry's bytes.
 */
#include "lexc.h"

#include "core/phones.h"
#include "pron/lexfmt.h"
#include "pron/pron.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void lexc_dict_init(lexc_dict *d)
{
    memset(d, 0, sizeof *d);
    d->n_pos = 1;   /* slot 0: no POS */
}

void lexc_dict_free(lexc_dict *d)
{
    for (size_t i = 0; i < d->n_ent; i++)
        free(d->ent[i].word);
    free(d->ent);
    free(d->bytes);
    memset(d, 0, sizeof *d);
}

static int grow(void **p, size_t *cap, size_t need, size_t elem)
{
    if (need <= *cap)
        return 0;
    size_t nc = *cap ? *cap : 1024;
    while (nc < need)
        nc *= 2;
    void *np = realloc(*p, nc * elem);
    if (!np)
        return -1;
    *p = np;
    *cap = nc;
    return 0;
}

static int put_byte(lexc_dict *d, uint8_t b)
{
    if (grow((void **)&d->bytes, &d->cap_bytes, d->n_bytes + 1, 1) < 0)
        return -1;
    d->bytes[d->n_bytes++] = b;
    return 0;
}

/* POS slot of a symbol (nil or () -> 0), adding it to the table. -1 if unusable. */
static int pos_slot(lexc_dict *d, const sx *pos)
{
    if (sx_is_nil(pos))
        return 0;
    if (!pos || pos->kind == SX_LIST || pos->len == 0 || pos->len >= NV_LEXF_POS_SLOT)
        return -1;
    for (unsigned i = 1; i < d->n_pos; i++)
        if (strcmp(d->pos_names[i], pos->text) == 0)
            return (int)i;
    if (d->n_pos >= NV_LEXF_MAX_POS)
        return -1;
    memset(d->pos_names[d->n_pos], 0, NV_LEXF_POS_SLOT);
    memcpy(d->pos_names[d->n_pos], pos->text, pos->len);
    return (int)d->n_pos++;
}

/* Encode one syllable ((ph ...) stress). Returns phones added, or -1 with err set. */
static int encode_syl(lexc_dict *d, const sx *syl, const char *path, char *err,
                      size_t err_len)
{
    const sx *phs = sx_nth(syl, 0), *st = sx_nth(syl, 1);
    int line = syl->line;
    if (syl->kind != SX_LIST || syl->len < 2 || !phs || phs->kind != SX_LIST ||
        !st || st->kind != SX_SYM) {
        snprintf(err, err_len, "%s:%d: syllable is not ((phone ...) stress)", path, line);
        return -1;
    }
    if (st->len != 1 || st->text[0] < '0' || st->text[0] > '2') {
        snprintf(err, err_len, "%s:%d: stress \"%s\" is not 0, 1 or 2", path, line,
                 st->text);
        return -1;
    }
    if (phs->len == 0 || phs->len > 63) {
        snprintf(err, err_len, "%s:%d: syllable has %zu phones (1 to 63 allowed)", path,
                 line, phs->len);
        return -1;
    }
    if (put_byte(d, (uint8_t)((st->text[0] - '0') << 6 | (int)phs->len)) < 0)
        goto nomem;
    for (const sx *p = phs->head; p; p = p->next) {
        int id = p->kind == SX_SYM ? nv__phone_id(p->text, p->len) : -1;
        if (id <= 0) {
            snprintf(err, err_len, "%s:%d: \"%s\" is not a radio phone", path, p->line,
                     p->kind == SX_LIST ? "(...)" : p->text);
            return -1;
        }
        if (put_byte(d, (uint8_t)id) < 0)
            goto nomem;
    }
    return (int)phs->len;
nomem:
    snprintf(err, err_len, "%s:%d: out of memory", path, line);
    return -1;
}

/* Add one entry ("word" pos (syllables...) [features]). Returns 0 or -1. */
static int add_entry(lexc_dict *d, const sx *e, int addenda, const char *path,
                     char *err, size_t err_len)
{
    const sx *w = sx_nth(e, 0), *pos = sx_nth(e, 1), *syls = sx_nth(e, 2);
    if (!e || e->kind != SX_LIST || e->len < 3 || !w || w->kind == SX_LIST ||
        w->len == 0 || (!sx_is_nil(syls) && syls->kind != SX_LIST)) {
        snprintf(err, err_len, "%s:%d: entry is not (\"word\" pos (syllables ...))",
                 path, e ? e->line : 0);
        return -1;
    }
    int slot = pos_slot(d, pos);
    if (slot < 0) {
        snprintf(err, err_len, "%s:%d: unsupported part of speech (a symbol of 1-%u "
                 "characters, %u at most)", path, pos->line, NV_LEXF_POS_SLOT - 1,
                 NV_LEXF_MAX_POS);
        return -1;
    }
    size_t n_syl = syls->kind == SX_LIST ? syls->len : 0;
    if (n_syl > NV_PRON_MAX_SYL) {
        snprintf(err, err_len, "%s:%d: %zu syllables (at most %d)", path, e->line, n_syl,
                 NV_PRON_MAX_SYL);
        return -1;
    }
    if (grow((void **)&d->ent, &d->cap_ent, d->n_ent + 1, sizeof *d->ent) < 0)
        goto nomem;
    size_t start = d->n_bytes;
    if (put_byte(d, (uint8_t)slot) < 0 || put_byte(d, (uint8_t)n_syl) < 0)
        goto nomem;
    int n_ph = 0;
    for (const sx *s = n_syl ? syls->head : NULL; s; s = s->next) {
        int k = encode_syl(d, s, path, err, err_len);
        if (k < 0)
            return -1;
        n_ph += k;
    }
    if (n_ph > NV_PRON_MAX_PH) {
        snprintf(err, err_len, "%s:%d: %d phones (at most %d)", path, e->line, n_ph,
                 NV_PRON_MAX_PH);
        return -1;
    }
    lexc_entry *en = &d->ent[d->n_ent];
    en->word = malloc(w->len + 1);
    if (!en->word)
        goto nomem;
    for (size_t i = 0; i < w->len; i++)
        en->word[i] = (char)tolower((unsigned char)w->text[i]);
    en->word[w->len] = '\0';
    en->word_len = w->len;
    en->pron_off = (uint32_t)start;
    en->pron_len = (uint32_t)(d->n_bytes - start);
    en->addenda = addenda;
    en->no_pos = slot == 0;
    /* addenda: the most recent addition is found first; dictionary: file order */
    en->rank = addenda ? -(int)d->n_addenda - 1 : (int)d->n_dict;
    d->n_ent++;
    if (addenda)
        d->n_addenda++;
    else
        d->n_dict++;
    return 0;
nomem:
    snprintf(err, err_len, "%s:%d: out of memory", path, e->line);
    return -1;
}

int lexc_dict_load_cmudict(lexc_dict *d, const char *path, char *err, size_t err_len)
{
    size_t len;
    char *buf = lexc_read_file(path, &len, err, err_len);
    if (!buf)
        return -1;
    sx_reader rd;
    int rc = -1;
    if (sx_reader_init(&rd, path, buf, len) < 0) {
        snprintf(err, err_len, "%s: out of memory", path);
        free(buf);
        return -1;
    }
    sx *x;
    int got = sx_read(&rd, 1, &x);
    if (got <= 0 || !sx_is_sym(x, "MNCL")) {
        snprintf(err, err_len, "%s:1: not a Festival compiled lexicon (no MNCL header)",
                 path);
        goto out;
    }
    while ((got = sx_read(&rd, 1, &x)) > 0)
        if (add_entry(d, x, 0, path, err, err_len) < 0)
            goto out;
    if (got < 0) {
        snprintf(err, err_len, "%s", rd.err);
        goto out;
    }
    if (d->n_dict == 0) {
        snprintf(err, err_len, "%s: no entries", path);
        goto out;
    }
    rc = 0;
out:
    sx_reader_free(&rd);
    free(buf);
    return rc;
}

/* Depth-first search for (lex.add.entry (quote ENTRY)) forms. */
static int find_addenda(lexc_dict *d, const sx *x, const char *path, char *err,
                        size_t err_len)
{
    if (!x || x->kind != SX_LIST)
        return 0;
    if (sx_is_sym(x->head, "lex.add.entry")) {
        const sx *arg = sx_nth(x, 1);
        if (x->len != 2 || !arg || arg->kind != SX_LIST || arg->len != 2 ||
            !sx_is_sym(arg->head, "quote")) {
            snprintf(err, err_len, "%s:%d: lex.add.entry needs one quoted entry", path,
                     x->line);
            return -1;
        }
        return add_entry(d, sx_nth(arg, 1), 1, path, err, err_len);
    }
    for (const sx *e = x->head; e; e = e->next)
        if (find_addenda(d, e, path, err, err_len) < 0)
            return -1;
    return 0;
}

/* Read every top-level form of a Scheme file and hand it to fn (which returns
 * -1 with a message in err to stop). */
static int each_form(lexc_dict *d, const char *path,
                     int (*fn)(lexc_dict *, const sx *, const char *, char *, size_t),
                     char *err, size_t err_len)
{
    size_t len;
    char *buf = lexc_read_file(path, &len, err, err_len);
    if (!buf)
        return -1;
    sx_reader rd;
    int rc = -1, got;
    sx *x;
    if (sx_reader_init(&rd, path, buf, len) < 0) {
        snprintf(err, err_len, "%s: out of memory", path);
        free(buf);
        return -1;
    }
    while ((got = sx_read(&rd, 1, &x)) > 0)
        if (fn(d, x, path, err, err_len) < 0)
            goto out;
    if (got < 0) {
        snprintf(err, err_len, "%s", rd.err);
        goto out;
    }
    rc = 0;
out:
    sx_reader_free(&rd);
    free(buf);
    return rc;
}

int lexc_dict_load_addenda(lexc_dict *d, const char *path, char *err, size_t err_len)
{
    size_t before = d->n_addenda;
    if (each_form(d, path, find_addenda, err, err_len) < 0)
        return -1;
    if (d->n_addenda == before) {
        snprintf(err, err_len, "%s: no lex.add.entry forms found", path);
        return -1;
    }
    return 0;
}

/* One form of the variants file: an entry, or (first ENTRY) to put it first. */
static int add_variant(lexc_dict *d, const sx *x, const char *path, char *err, size_t err_len)
{
    int first = x->kind == SX_LIST && sx_is_sym(x->head, "first");
    const sx *e = first ? sx_nth(x, 1) : x;
    if (first && (x->len != 2 || !e)) {
        snprintf(err, err_len, "%s:%d: (first ENTRY) takes one entry", path, x->line);
        return -1;
    }
    if (e->kind == SX_LIST && sx_is_nil(sx_nth(e, 1))) {
        snprintf(err, err_len, "%s:%d: a variant needs a part of speech or sense tag", path,
                 e->line);
        return -1;
    }
    return add_entry(d, e, first, path, err, err_len) < 0 ? -1 : 0;
}

int lexc_dict_load_variants(lexc_dict *d, const char *path, char *err, size_t err_len)
{
    return each_form(d, path, add_variant, err, err_len);
}

/* ---- additions ------------------------------------------------------------- */

/* The headwords known before the additions file, sorted, for the collision check.
 * each_form's callback takes no context, and nv-lexc loads one additions file per
 * run, so it lives here for the duration of lexc_dict_load_additions. */
static struct {
    const char **word;     /* borrowed from lexc_entry.word (stable: owned strings) */
    size_t n;
    size_t first;          /* index of the first entry read from the additions file */
} known;

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* One form of the additions file: an entry for a word nothing else has. */
static int add_addition(lexc_dict *d, const sx *e, const char *path, char *err,
                        size_t err_len)
{
    const sx *w = sx_nth(e, 0), *syls = sx_nth(e, 2);
    char low[256];
    if (e->kind != SX_LIST || e->len < 3 || !w || w->kind == SX_LIST || w->len == 0 ||
        !syls || syls->kind != SX_LIST || syls->len == 0) {
        snprintf(err, err_len, "%s:%d: an addition is (\"word\" pos (syllables ...)) with "
                 "at least one syllable", path, e->line);
        return -1;
    }
    if (w->len >= sizeof low) {
        snprintf(err, err_len, "%s:%d: headword longer than %zu bytes", path, e->line,
                 sizeof low - 1);
        return -1;
    }
    for (size_t i = 0; i <= w->len; i++)
        low[i] = (char)tolower((unsigned char)w->text[i]);
    const char *key = low;
    if (bsearch(&key, known.word, known.n, sizeof *known.word, cmp_str)) {
        snprintf(err, err_len, "%s:%d: \"%s\" is already in the lexicon (festlex-cmu or "
                 "variants.txt); additions are for words it lacks", path, e->line, low);
        return -1;
    }
    if (add_entry(d, e, 0, path, err, err_len) < 0)
        return -1;
    const lexc_entry *en = &d->ent[d->n_ent - 1];
    uint8_t slot = d->bytes[en->pron_off];
    for (size_t i = known.first; i + 1 < d->n_ent; i++) {
        const lexc_entry *o = &d->ent[i];
        if (strcmp(o->word, en->word) == 0 && d->bytes[o->pron_off] == slot) {
            snprintf(err, err_len, "%s:%d: \"%s\" is listed twice with the same part of "
                     "speech", path, e->line, en->word);
            return -1;
        }
    }
    return 0;
}

int lexc_dict_load_additions(lexc_dict *d, const char *path, char *err, size_t err_len)
{
    known.first = d->n_ent;
    known.n = d->n_ent;
    known.word = malloc((known.n ? known.n : 1) * sizeof *known.word);
    if (!known.word) {
        snprintf(err, err_len, "%s: out of memory", path);
        return -1;
    }
    for (size_t i = 0; i < known.n; i++)
        known.word[i] = d->ent[i].word;
    qsort(known.word, known.n, sizeof *known.word, cmp_str);
    size_t before = d->n_dict;
    int rc = each_form(d, path, add_addition, err, err_len);
    free(known.word);
    memset(&known, 0, sizeof known);
    if (rc == 0 && d->n_dict == before) {
        snprintf(err, err_len, "%s: no entries", path);
        rc = -1;
    }
    if (rc == 0)
        d->n_additions = d->n_dict - before;
    return rc;
}

static int cmp_word(const lexc_entry *a, const lexc_entry *b)
{
    size_t n = a->word_len < b->word_len ? a->word_len : b->word_len;
    int c = memcmp(a->word, b->word, n);
    if (c)
        return c;
    return (a->word_len > b->word_len) - (a->word_len < b->word_len);
}

static int cmp_entry(const void *pa, const void *pb)
{
    const lexc_entry *a = pa, *b = pb;
    int c = cmp_word(a, b);
    return c ? c : (a->rank > b->rank) - (a->rank < b->rank);
}

/* Festival's lookup (lexicon.cc, Lexicon::lookup) checks the addenda first: an
 * addendum with the wanted POS wins, else the most recent addendum for the word; only
 * if that one has a POS other than the wanted one does it try the dictionary for an
 * exact POS match. So with addenda first (most recent first) and dictionary entries
 * after, "first entry with the wanted POS, else the first entry" reproduces it, once
 * the dictionary entries behind a POS-less most-recent addendum are dropped (Festival
 * never reaches them). Exact duplicates are dropped too: the earlier copy always wins. */
int lexc_dict_finish(lexc_dict *d, char *err, size_t err_len)
{
    qsort(d->ent, d->n_ent, sizeof *d->ent, cmp_entry);
    size_t out = 0;
    for (size_t i = 0; i < d->n_ent;) {
        size_t j = i;
        while (j < d->n_ent && cmp_word(&d->ent[i], &d->ent[j]) == 0)
            j++;
        int drop_dict = d->ent[i].addenda && d->ent[i].no_pos;
        size_t kept = out;   /* this word's kept entries are ent[kept .. out) */
        for (size_t k = i; k < j; k++) {
            lexc_entry *e = &d->ent[k];
            int dup = 0;
            for (size_t m = kept; m < out && !dup; m++)
                dup = d->ent[m].pron_len == e->pron_len &&
                      memcmp(d->bytes + d->ent[m].pron_off, d->bytes + e->pron_off,
                             e->pron_len) == 0;
            if ((drop_dict && !e->addenda) || dup) {
                free(e->word);
                e->word = NULL;
                d->n_dropped++;
                continue;
            }
            d->ent[out++] = *e;
        }
        i = j;
    }
    /* the kept words were moved, the dropped ones freed: no double frees */
    d->n_ent = out;
    if (out == 0) {
        snprintf(err, err_len, "no entries");
        return -1;
    }
    return 0;
}
