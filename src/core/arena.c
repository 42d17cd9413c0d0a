/* arena.c - bump allocator (see arena.h). Blocks grow geometrically; a reset
 * keeps the largest block so steady-state sentences allocate nothing. */
#include "core/arena.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

struct nv_arena_block {
    nv_arena_block *next;
    size_t size;    /* usable bytes in data[] */
    size_t used;
    _Alignas(16) unsigned char data[];
};

#define ARENA_MIN_BLOCK (64u * 1024u)

void nv__arena_init(nv_arena *a, size_t max_total)
{
    a->head = NULL;
    a->used_total = 0;
    a->max_total = max_total;
}

static nv_arena_block *block_new(size_t size)
{
    nv_arena_block *b = malloc(sizeof *b + size);
    if (!b)
        return NULL;
    b->next = NULL;
    b->size = size;
    b->used = 0;
    return b;
}

void *nv__arena_alloc(nv_arena *a, size_t size)
{
    size_t need = (size + 15u) & ~(size_t)15u;
    if (need < size)
        return NULL;
    if (a->max_total && (need > a->max_total || a->used_total > a->max_total - need))
        return NULL;
    nv_arena_block *b = a->head;
    if (!b || b->size - b->used < need) {
        size_t bsize = b ? b->size * 2 : ARENA_MIN_BLOCK;
        if (bsize < need)
            bsize = need;
        nv_arena_block *nb = block_new(bsize);
        if (!nb)
            return NULL;
        nb->next = b;
        a->head = b = nb;
    }
    void *p = b->data + b->used;
    b->used += need;
    a->used_total += need;
    memset(p, 0, size);
    return p;
}

char *nv__arena_strndup(nv_arena *a, const char *s, size_t len)
{
    char *p = nv__arena_alloc(a, len + 1);
    if (p) {
        if (len)
            memcpy(p, s, len);
        p[len] = '\0';
    }
    return p;
}

void nv__arena_reset(nv_arena *a)
{
    nv_arena_block *b = a->head;
    if (!b)
        return;
    /* keep the newest (largest) block, free the rest */
    nv_arena_block *rest = b->next;
    while (rest) {
        nv_arena_block *n = rest->next;
        free(rest);
        rest = n;
    }
    b->next = NULL;
    b->used = 0;
    a->used_total = 0;
}

void nv__arena_free(nv_arena *a)
{
    nv_arena_block *b = a->head;
    while (b) {
        nv_arena_block *n = b->next;
        free(b);
        b = n;
    }
    a->head = NULL;
    a->used_total = 0;
}
