/* sexp.c - reads the Scheme data in Festival's lexicon files for nv-lexc.
 *
 * Handles lists, symbols/numbers (kept as text), strings with SIOD's backslash
 * escapes, 'quote and ; comments, with line numbers for error messages. It does not
 * evaluate anything: callers walk the returned trees. Nodes come from an arena owned
 * by the reader.
 */
#include "lexc.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define ARENA_BLOCK (256u * 1024u)
#define MAX_DEPTH 10000

typedef struct block {
    struct block *next;
    size_t used, cap;
    _Alignas(max_align_t) unsigned char mem[];
} block;

struct sx_arena {
    block *first;
    block *cur;
};

char *lexc_read_file(const char *path, size_t *len, char *err, size_t err_len)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        snprintf(err, err_len, "%s: cannot open: %s", path, strerror(errno));
        return NULL;
    }
    size_t cap = 1u << 20, n = 0;
    char *buf = malloc(cap + 1);
    while (buf) {
        n += fread(buf + n, 1, cap - n, f);
        if (n < cap)
            break;
        char *nb = realloc(buf, cap * 2 + 1);
        if (!nb) {
            free(buf);
            buf = NULL;
            break;
        }
        buf = nb;
        cap *= 2;
    }
    int bad = buf ? ferror(f) : 0;
    fclose(f);
    if (!buf || bad) {
        snprintf(err, err_len, "%s: %s", path, buf ? "read error" : "out of memory");
        free(buf);
        return NULL;
    }
    buf[n] = '\0';
    *len = n;
    return buf;
}

static void *arena_alloc(sx_arena *a, size_t n)
{
    n = (n + 15u) & ~(size_t)15u;
    while (a->cur && a->cur->used + n > a->cur->cap) {
        if (!a->cur->next)
            break;
        a->cur = a->cur->next;
        a->cur->used = 0;
    }
    if (!a->cur || a->cur->used + n > a->cur->cap) {
        size_t cap = n > ARENA_BLOCK ? n : ARENA_BLOCK;
        block *b = malloc(sizeof(block) + cap);
        if (!b)
            return NULL;
        b->next = NULL;
        b->used = 0;
        b->cap = cap;
        if (a->cur) {
            b->next = a->cur->next;
            a->cur->next = b;
        } else {
            a->first = b;
        }
        a->cur = b;
    }
    void *p = a->cur->mem + a->cur->used;
    a->cur->used += n;
    return p;
}

static void arena_reset(sx_arena *a)
{
    a->cur = a->first;
    if (a->cur)
        a->cur->used = 0;
}

int sx_reader_init(sx_reader *rd, const char *path, const char *buf, size_t len)
{
    memset(rd, 0, sizeof *rd);
    rd->path = path;
    rd->buf = buf;
    rd->len = len;
    rd->line = 1;
    rd->arena = calloc(1, sizeof *rd->arena);
    return rd->arena ? 0 : -1;
}

void sx_reader_free(sx_reader *rd)
{
    if (!rd->arena)
        return;
    block *b = rd->arena->first;
    while (b) {
        block *nx = b->next;
        free(b);
        b = nx;
    }
    free(rd->arena);
    rd->arena = NULL;
}

static int fail(sx_reader *rd, int line, const char *fmt, ...)
{
    char msg[400];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    snprintf(rd->err, sizeof rd->err, "%s:%d: %s", rd->path, line, msg);
    return -1;
}

/* Skip blanks and comments; returns the next character or -1 at end. */
static int skip_space(sx_reader *rd)
{
    while (rd->pos < rd->len) {
        char c = rd->buf[rd->pos];
        if (c == '\n') {
            rd->line++;
            rd->pos++;
        } else if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v') {
            rd->pos++;
        } else if (c == ';') {
            while (rd->pos < rd->len && rd->buf[rd->pos] != '\n')
                rd->pos++;
        } else {
            return (unsigned char)c;
        }
    }
    return -1;
}

static sx *new_node(sx_reader *rd, int kind, int line)
{
    sx *x = arena_alloc(rd->arena, sizeof *x);
    if (!x) {
        fail(rd, line, "out of memory");
        return NULL;
    }
    memset(x, 0, sizeof *x);
    x->kind = kind;
    x->line = line;
    return x;
}

static char unescape(char c)
{
    switch (c) {
    case 'n': return '\n';
    case 't': return '\t';
    case 'r': return '\r';
    case 's': return ' ';
    default: return c;     /* \\ \" and anything else stand for themselves */
    }
}

static sx *read_string(sx_reader *rd)
{
    int line = rd->line;
    size_t start = ++rd->pos, n = 0;
    /* first pass: find the end and the unescaped length */
    size_t i = start;
    while (i < rd->len && rd->buf[i] != '"') {
        if (rd->buf[i] == '\\')
            i++;
        i++;
        n++;
    }
    if (i >= rd->len) {
        fail(rd, line, "unterminated string");
        return NULL;
    }
    sx *x = new_node(rd, SX_STR, line);
    char *s = x ? arena_alloc(rd->arena, n + 1) : NULL;
    if (!s) {
        fail(rd, line, "out of memory");
        return NULL;
    }
    n = 0;
    for (i = start; rd->buf[i] != '"'; i++) {
        char c = rd->buf[i];
        if (c == '\n')
            rd->line++;
        if (c == '\\') {
            c = unescape(rd->buf[++i]);
            if (rd->buf[i] == '\n')
                rd->line++;
        }
        s[n++] = c;
    }
    s[n] = '\0';
    rd->pos = i + 1;
    x->text = s;
    x->len = n;
    return x;
}

static int is_delim(char c)
{
    return c == '(' || c == ')' || c == '"' || c == ';' || c == '\'' || c == ' ' ||
           c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

static sx *read_symbol(sx_reader *rd)
{
    size_t start = rd->pos;
    while (rd->pos < rd->len && !is_delim(rd->buf[rd->pos]))
        rd->pos++;
    size_t n = rd->pos - start;
    sx *x = new_node(rd, SX_SYM, rd->line);
    char *s = x ? arena_alloc(rd->arena, n + 1) : NULL;
    if (!s) {
        fail(rd, rd->line, "out of memory");
        return NULL;
    }
    memcpy(s, rd->buf + start, n);
    s[n] = '\0';
    x->text = s;
    x->len = n;
    return x;
}

static sx *read_datum(sx_reader *rd, int depth);

static sx *read_list(sx_reader *rd, int depth)
{
    int line = rd->line;
    sx *list = new_node(rd, SX_LIST, line);
    if (!list)
        return NULL;
    rd->pos++;   /* '(' */
    sx **tail = &list->head;
    for (;;) {
        int c = skip_space(rd);
        if (c < 0) {
            fail(rd, line, "unbalanced '(': end of file inside this list");
            return NULL;
        }
        if (c == ')') {
            rd->pos++;
            return list;
        }
        sx *el = read_datum(rd, depth + 1);
        if (!el)
            return NULL;
        *tail = el;
        tail = &el->next;
        list->len++;
    }
}

static sx *read_datum(sx_reader *rd, int depth)
{
    if (depth > MAX_DEPTH) {
        fail(rd, rd->line, "lists nested too deeply");
        return NULL;
    }
    int c = skip_space(rd);
    if (c < 0) {
        fail(rd, rd->line, "unexpected end of file");
        return NULL;
    }
    if (c == '(')
        return read_list(rd, depth);
    if (c == ')') {
        fail(rd, rd->line, "unexpected ')'");
        return NULL;
    }
    if (c == '"')
        return read_string(rd);
    if (c == '\'') {   /* 'X reads as (quote X) */
        int line = rd->line;
        rd->pos++;
        sx *q = new_node(rd, SX_LIST, line);
        sx *qs = q ? new_node(rd, SX_SYM, line) : NULL;
        sx *val = qs ? read_datum(rd, depth + 1) : NULL;
        if (!val)
            return NULL;
        qs->text = "quote";
        qs->len = 5;
        q->head = qs;
        qs->next = val;
        q->len = 2;
        return q;
    }
    return read_symbol(rd);
}

int sx_read(sx_reader *rd, int reset, sx **out)
{
    if (reset)
        arena_reset(rd->arena);
    if (skip_space(rd) < 0)
        return 0;
    *out = read_datum(rd, 0);
    return *out ? 1 : -1;
}

int sx_is_sym(const sx *x, const char *s)
{
    return x && x->kind == SX_SYM && strcmp(x->text, s) == 0;
}

int sx_is_nil(const sx *x)
{
    return x && ((x->kind == SX_LIST && x->len == 0) || sx_is_sym(x, "nil"));
}

const sx *sx_nth(const sx *x, size_t i)
{
    if (!x || x->kind != SX_LIST)
        return NULL;
    const sx *e = x->head;
    while (e && i--)
        e = e->next;
    return e;
}

const sx *sx_last(const sx *x)
{
    if (!x || x->kind != SX_LIST || !x->head)
        return NULL;
    const sx *e = x->head;
    while (e->next)
        e = e->next;
    return e;
}
