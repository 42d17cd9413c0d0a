/* write.c - nv-lexc: lays out and writes the .nvlex file (format: src/pron/lexfmt.h).
 *
 * Takes the sorted dictionary (lexc_dict) and compiled trees (lexc_lts), builds each
 * section in memory, checksums them, and writes header + section table + sections to
 * a temporary file that is renamed over the output only when complete.
 */
#include "lexc.h"

#include "pron/lexfmt.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct buf {
    uint8_t *p;
    size_t n, cap;
    int oom;
} buf;

static void put(buf *b, const void *src, size_t n)
{
    if (b->oom)
        return;
    if (b->n + n > b->cap) {
        size_t nc = b->cap ? b->cap : 4096;
        while (nc < b->n + n)
            nc *= 2;
        uint8_t *np = realloc(b->p, nc);
        if (!np) {
            b->oom = 1;
            return;
        }
        b->p = np;
        b->cap = nc;
    }
    if (n)
        memcpy(b->p + b->n, src, n);
    b->n += n;
}

static void put32(buf *b, uint32_t v)
{
    put(b, &v, 4);
}

enum { S_POS, S_KEYS, S_KOFF, S_EOFF, S_PRON, S_LTSR, S_LTSN, S_LTSC, N_SECT };
static const char sect_name[N_SECT][5] = {
    "POS ", "KEYS", "KOFF", "EOFF", "PRON", "LTSR", "LTSN", "LTSC",
};

static void build_dict(const lexc_dict *d, buf *s)
{
    put(&s[S_POS], d->pos_names, (size_t)d->n_pos * NV_LEXF_POS_SLOT);
    for (size_t i = 0; i < d->n_ent; i++) {
        const lexc_entry *e = &d->ent[i];
        int new_key = i == 0 || e->word_len != d->ent[i - 1].word_len ||
                      memcmp(e->word, d->ent[i - 1].word, e->word_len) != 0;
        if (new_key) {
            put32(&s[S_KOFF], (uint32_t)s[S_KEYS].n);
            put32(&s[S_EOFF], (uint32_t)s[S_PRON].n);
            put(&s[S_KEYS], e->word, e->word_len);
        }
        put(&s[S_PRON], d->bytes + e->pron_off, e->pron_len);
    }
    put32(&s[S_KOFF], (uint32_t)s[S_KEYS].n);
    put32(&s[S_EOFF], (uint32_t)s[S_PRON].n);
}

static void build_lts(const lexc_lts *t, buf *s)
{
    put(&s[S_LTSR], t->root, sizeof t->root);
    put(&s[S_LTSN], t->node, t->n_node * sizeof *t->node);
    put(&s[S_LTSC], t->cls, t->n_cls * NV_LTSC_SIZE);
}

/* Header, section table and padded sections into one buffer. 0 or -1. */
static int assemble(buf *s, buf *file)
{
    uint8_t zero[8] = {0};
    uint32_t off = NV_LEXF_HEADER_SIZE + N_SECT * NV_LEXF_SECT_SIZE;
    buf table = {0};
    for (int i = 0; i < N_SECT; i++) {
        if (s[i].oom || s[i].n > 0xffffffffu - off - 8)
            return -1;
        put(&table, sect_name[i], 4);
        put32(&table, off);
        put32(&table, (uint32_t)s[i].n);
        put32(&table, nv__lexf_checksum(s[i].p, s[i].n));
        off += (uint32_t)((s[i].n + 3u) & ~(size_t)3u);
    }
    if (table.oom)
        return -1;
    put(file, NV_LEXF_MAGIC, NV_LEXF_MAGIC_LEN);
    put32(file, NV_LEXF_VERSION);
    put32(file, NV_LEXF_ENDIAN);
    put32(file, off);
    put32(file, N_SECT);
    put32(file, nv__lexf_checksum(table.p, table.n));
    put32(file, 0);
    put(file, table.p, table.n);
    free(table.p);
    for (int i = 0; i < N_SECT; i++) {
        put(file, s[i].p, s[i].n);
        put(file, zero, ((s[i].n + 3u) & ~(size_t)3u) - s[i].n);
    }
    return file->oom || file->n != off ? -1 : 0;
}

size_t lexc_write(const lexc_dict *d, const lexc_lts *t, const char *path,
                  char *err, size_t err_len)
{
    buf s[N_SECT];
    buf file = {0};
    memset(s, 0, sizeof s);
    build_dict(d, s);
    build_lts(t, s);
    int rc = assemble(s, &file);
    for (int i = 0; i < N_SECT; i++)
        free(s[i].p);
    if (rc < 0) {
        free(file.p);
        snprintf(err, err_len, "%s: out of memory or output over 4 GB", path);
        return 0;
    }
    size_t plen = strlen(path);
    char *tmp = malloc(plen + 5);
    if (!tmp) {
        free(file.p);
        snprintf(err, err_len, "%s: out of memory", path);
        return 0;
    }
    memcpy(tmp, path, plen);
    memcpy(tmp + plen, ".tmp", 5);
    FILE *f = fopen(tmp, "wb");
    int ok = f && fwrite(file.p, 1, file.n, f) == file.n;
    if (f && fclose(f) != 0)
        ok = 0;
    if (ok && rename(tmp, path) != 0)
        ok = 0;
    if (!ok) {
        snprintf(err, err_len, "%s: cannot write: %s", path, strerror(errno));
        remove(tmp);
    }
    free(tmp);
    free(file.p);
    return ok ? file.n : 0;
}
