/* lexicon.c - the compiled CMU lexicon: open (mmap + checks) and lookup.
 *
 * Reads a .nvlex file written by tools/lexc (layout in lexfmt.h). nv__lex_open maps
 * it read-only and checks header, section table, checksums and the index sentinels;
 * it parses no text, so opening costs one pass over ~3 MB for the checksums.
 * nv__lex_lookup binary-searches the sorted headwords and picks, among a headword's
 * entries, the first one with the requested POS, else the first one (Festival's rule;
 * the compiler stored addenda before dictionary entries). Every offset read from the
 * file is bounds-checked, so a corrupt file yields "not found", never a crash.
 * Letter-to-sound is in lts.c, syllabification in syllabify.c. No global state: a
 * nv_lex is immutable after open and can be shared by threads.
 */
#include "pron/pron.h"
#include "pron/lexfmt.h"

#include "core/phones.h"

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

uint32_t nv__lexf_checksum(const void *data, size_t n)
{
    const uint64_t prime = 0x100000001b3ull;
    const unsigned char *p = data;
    uint64_t h = 0xcbf29ce484222325ull;
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t w;
        memcpy(&w, p + i, 8);
        h ^= w;
        h *= prime;
        h ^= h >> 32;
    }
    for (; i < n; i++) {
        h ^= p[i];
        h *= prime;
    }
    h ^= (uint64_t)n;
    h *= prime;
    return (uint32_t)(h ^ (h >> 32));
}

static int fail(char *err, size_t err_len, const char *path, const char *fmt, ...)
{
    if (err && err_len) {
        char msg[256];
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(msg, sizeof msg, fmt, ap);
        va_end(ap);
        snprintf(err, err_len, "%s: %s", path, msg);
    }
    return -1;
}

typedef struct sect {
    const uint8_t *p;
    uint32_t len;
} sect;

static const char *const sect_names[] = {
    "POS ", "KEYS", "KOFF", "EOFF", "PRON", "LTSR", "LTSN", "LTSC",
};
enum { S_POS, S_KEYS, S_KOFF, S_EOFF, S_PRON, S_LTSR, S_LTSN, S_LTSC, N_SECT };

/* Check header and section table; fill s[] with the known sections. NULL or why not. */
static const char *check_table(const uint8_t *m, size_t size, sect *s)
{
    if (size < NV_LEXF_HEADER_SIZE || memcmp(m, NV_LEXF_MAGIC, NV_LEXF_MAGIC_LEN) != 0)
        return "not a newsvoice lexicon (bad magic)";
    if (nv__lexf_u32(m + 12) != NV_LEXF_ENDIAN)
        return "written on a machine of other byte order";
    if (nv__lexf_u32(m + 8) != NV_LEXF_VERSION)
        return "unsupported format version (rebuild it with this nv-lexc)";
    if (nv__lexf_u32(m + 16) != size)
        return "file size differs from the header's (truncated or padded)";
    uint32_t n = nv__lexf_u32(m + 20);
    size_t table_end = NV_LEXF_HEADER_SIZE + (size_t)n * NV_LEXF_SECT_SIZE;
    if (n > NV_LEXF_MAX_SECT || table_end > size)
        return "bad section count";
    if (nv__lexf_checksum(m + NV_LEXF_HEADER_SIZE, table_end - NV_LEXF_HEADER_SIZE) !=
        nv__lexf_u32(m + 24))
        return "section table checksum mismatch";
    memset(s, 0, N_SECT * sizeof *s);
    for (uint32_t i = 0; i < n; i++) {
        const uint8_t *e = m + NV_LEXF_HEADER_SIZE + i * NV_LEXF_SECT_SIZE;
        uint32_t off = nv__lexf_u32(e + 4), len = nv__lexf_u32(e + 8);
        if (off < table_end || off % 4 || (uint64_t)off + len > size)
            return "section outside the file";
        if (nv__lexf_checksum(m + off, len) != nv__lexf_u32(e + 12))
            return "section checksum mismatch (corrupt file)";
        for (int k = 0; k < N_SECT; k++) {
            if (memcmp(e, sect_names[k], 4) != 0)
                continue;
            if (s[k].p)
                return "duplicate section";
            s[k].p = m + off;
            s[k].len = len;
        }
    }
    for (int k = 0; k < N_SECT; k++)
        if (!s[k].p)
            return "missing section";
    return NULL;
}

/* Check section sizes and the index sentinels; fill lex. NULL or why not. */
static const char *check_sections(const sect *s, nv_lex *lex)
{
    if (s[S_POS].len % NV_LEXF_POS_SLOT || s[S_POS].len == 0 ||
        s[S_POS].len > NV_LEXF_MAX_POS * NV_LEXF_POS_SLOT)
        return "bad POS table";
    lex->pos = s[S_POS].p;
    lex->n_pos = s[S_POS].len / NV_LEXF_POS_SLOT;
    for (uint32_t i = 0; i < lex->n_pos; i++)
        if (lex->pos[i * NV_LEXF_POS_SLOT + NV_LEXF_POS_SLOT - 1] != 0)
            return "bad POS table";
    if (s[S_KOFF].len % 4 || s[S_KOFF].len < 8 || s[S_EOFF].len != s[S_KOFF].len)
        return "bad key index";
    lex->keys = s[S_KEYS].p;
    lex->keys_len = s[S_KEYS].len;
    lex->koff = s[S_KOFF].p;
    lex->eoff = s[S_EOFF].p;
    lex->n_keys = s[S_KOFF].len / 4 - 1;
    lex->pron = s[S_PRON].p;
    lex->pron_len = s[S_PRON].len;
    if (nv__lexf_u32(lex->koff) != 0 || nv__lexf_u32(lex->eoff) != 0 ||
        nv__lexf_u32(lex->koff + 4 * lex->n_keys) != lex->keys_len ||
        nv__lexf_u32(lex->eoff + 4 * lex->n_keys) != lex->pron_len)
        return "key index does not span its data";
    if (s[S_LTSR].len != 26 * 4 || s[S_LTSN].len % 4 || s[S_LTSC].len % NV_LTSC_SIZE)
        return "bad letter-to-sound tables";
    lex->ltsr = s[S_LTSR].p;
    lex->ltsn = s[S_LTSN].p;
    lex->n_nodes = s[S_LTSN].len / 4;
    lex->ltsc = s[S_LTSC].p;
    lex->n_cls = s[S_LTSC].len / NV_LTSC_SIZE;
    for (int i = 0; i < 26; i++)
        if (nv__lexf_u32(lex->ltsr + 4 * i) >= lex->n_nodes)
            return "bad letter-to-sound root";
    return NULL;
}

int nv__lex_open(const char *path, nv_lex **out, char *err, size_t err_len)
{
    if (!out)
        return fail(err, err_len, path ? path : "(null)", "no output pointer");
    *out = NULL;
    if (!path)
        return fail(err, err_len, "(null)", "no lexicon path");
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return fail(err, err_len, path, "cannot open: %s", strerror(errno));
    struct stat st;
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        close(fd);
        return fail(err, err_len, path, "not a regular file");
    }
    if (st.st_size < (off_t)NV_LEXF_HEADER_SIZE || (uint64_t)st.st_size > 0xffffffffu) {
        close(fd);
        return fail(err, err_len, path, "file size %lld is impossible for a lexicon",
                    (long long)st.st_size);
    }
    size_t size = (size_t)st.st_size;
    void *m = mmap(NULL, size, PROT_READ, MAP_PRIVATE, fd, 0);
    close(fd);
    if (m == MAP_FAILED)
        return fail(err, err_len, path, "cannot map: %s", strerror(errno));
    nv_lex *lex = calloc(1, sizeof *lex);
    sect s[N_SECT];
    const char *why = lex ? check_table(m, size, s) : "out of memory";
    if (!why)
        why = check_sections(s, lex);
    if (why) {
        munmap(m, size);
        free(lex);
        return fail(err, err_len, path, "%s", why);
    }
    lex->map = m;
    lex->map_len = size;
    *out = lex;
    return 0;
}

void nv__lex_close(nv_lex *lex)
{
    if (!lex)
        return;
    munmap((void *)lex->map, lex->map_len);
    free(lex);
}

/* Byte range of key k in KEYS, checked. 0 or -1. */
static int key_range(const nv_lex *lex, uint32_t k, uint32_t *a, uint32_t *b)
{
    *a = nv__lexf_u32(lex->koff + 4 * (size_t)k);
    *b = nv__lexf_u32(lex->koff + 4 * (size_t)k + 4);
    return *a <= *b && *b <= lex->keys_len ? 0 : -1;
}

/* Byte range of key k's entries in PRON, checked. 0 or -1. */
static int entry_range(const nv_lex *lex, uint32_t k, uint32_t *a, uint32_t *b)
{
    *a = nv__lexf_u32(lex->eoff + 4 * (size_t)k);
    *b = nv__lexf_u32(lex->eoff + 4 * (size_t)k + 4);
    return *a < *b && *b <= lex->pron_len ? 0 : -1;
}

/* Compare the query (folded to lower case) with key bytes. */
static int cmp_key(const char *w, size_t n, const uint8_t *key, size_t klen)
{
    size_t m = n < klen ? n : klen;
    for (size_t i = 0; i < m; i++) {
        unsigned char c = (unsigned char)w[i];
        if (c >= 'A' && c <= 'Z')
            c = (unsigned char)(c - 'A' + 'a');
        if (c != key[i])
            return c < key[i] ? -1 : 1;
    }
    return (n > klen) - (n < klen);
}

/* Index of the headword or -1. */
static long find_key(const nv_lex *lex, const char *w, size_t n)
{
    uint32_t lo = 0, hi = lex->n_keys;
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2, a, b;
        if (key_range(lex, mid, &a, &b) < 0)
            return -1;
        int c = cmp_key(w, n, lex->keys + a, b - a);
        if (c == 0)
            return (long)mid;
        if (c < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return -1;
}

/* End offset of the entry starting at off (entries of a key end at limit), or 0 if
 * it is malformed. */
static uint32_t entry_end(const nv_lex *lex, uint32_t off, uint32_t limit)
{
    if (limit - off < 2)
        return 0;
    const uint8_t *p = lex->pron;
    unsigned n_syl = p[off + 1], n_ph = 0;
    uint32_t q = off + 2;
    if (p[off] >= lex->n_pos || n_syl > NV_PRON_MAX_SYL)
        return 0;
    for (unsigned s = 0; s < n_syl; s++) {
        if (q >= limit)
            return 0;
        unsigned k = p[q] & 63u;
        if (k == 0 || (p[q] >> 6) > 2 || limit - q - 1 < k)
            return 0;
        n_ph += k;
        q += 1 + k;
    }
    return n_ph <= NV_PRON_MAX_PH ? q : 0;
}

/* Fill out from a well-formed entry [off, end). 1, or 0 if a phone id is invalid. */
static int decode(const nv_lex *lex, uint32_t off, nv_pron *out)
{
    const uint8_t *p = lex->pron + off;
    memset(out, 0, sizeof *out);
    unsigned n_syl = p[1];
    p += 2;
    for (unsigned s = 0; s < n_syl; s++) {
        unsigned k = *p & 63u;
        out->syl_first[s] = out->n_ph;
        out->syl_stress[s] = (uint8_t)(*p >> 6);
        for (unsigned i = 1; i <= k; i++) {
            if (p[i] == NV_PH_PAU || p[i] >= NV_PH_COUNT)
                return 0;
            out->ph[out->n_ph++] = p[i];
        }
        p += 1 + k;
    }
    out->n_syl = (uint8_t)n_syl;
    return 1;
}

static int pos_is(const nv_lex *lex, unsigned slot, const char *pos, size_t pos_len)
{
    const char *name = (const char *)lex->pos + (size_t)slot * NV_LEXF_POS_SLOT;
    return pos_len < NV_LEXF_POS_SLOT && memcmp(name, pos, pos_len) == 0 &&
           name[pos_len] == '\0';
}

int nv__lex_lookup(const nv_lex *lex, const char *word, size_t len, const char *pos,
                   nv_pron *out)
{
    if (!lex || !word || !out || len == 0)
        return 0;
    long k = find_key(lex, word, len);
    uint32_t a, b;
    if (k < 0 || entry_range(lex, (uint32_t)k, &a, &b) < 0)
        return 0;
    size_t pos_len = pos ? strlen(pos) : 0;
    uint32_t chosen = a, off = a;
    while (pos_len && off < b) {
        uint32_t end = entry_end(lex, off, b);
        if (!end)
            return 0;
        if (pos_is(lex, lex->pron[off], pos, pos_len)) {
            chosen = off;
            break;
        }
        off = end;
    }
    return entry_end(lex, chosen, b) ? decode(lex, chosen, out) : 0;
}

uint32_t nv__lex_key_count(const nv_lex *lex)
{
    return lex ? lex->n_keys : 0;
}

int nv__lex_entry(const nv_lex *lex, uint32_t key, unsigned n, const char **word,
                  size_t *word_len, const char **pos, nv_pron *out)
{
    uint32_t a, b, ka, kb;
    if (!lex || !out || key >= lex->n_keys || entry_range(lex, key, &a, &b) < 0 ||
        key_range(lex, key, &ka, &kb) < 0)
        return 0;
    for (;;) {
        uint32_t end = entry_end(lex, a, b);
        if (!end)
            return 0;
        if (n-- == 0)
            break;
        a = end;
        if (a >= b)
            return 0;
    }
    if (!decode(lex, a, out))
        return 0;
    if (word)
        *word = (const char *)lex->keys + ka;
    if (word_len)
        *word_len = kb - ka;
    if (pos)
        *pos = (const char *)lex->pos + (size_t)lex->pron[a] * NV_LEXF_POS_SLOT;
    return 1;
}
