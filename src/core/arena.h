/* arena.h - bump allocator for one job's per-sentence data.
 * Everything allocated from an arena is freed at once by nv__arena_reset (kept
 * for reuse) or nv__arena_free. A maximum size bounds growth: past it,
 * allocation fails cleanly (NULL) instead of growing without limit. */
#ifndef NV_CORE_ARENA_H
#define NV_CORE_ARENA_H

#include <stddef.h>

typedef struct nv_arena_block nv_arena_block;

typedef struct nv_arena {
    nv_arena_block *head;   /* current block (most recent first) */
    size_t used_total;      /* bytes handed out since the last reset */
    size_t max_total;       /* limit on used_total; 0 = no limit */
} nv_arena;

void nv__arena_init(nv_arena *a, size_t max_total);
/* Zeroed, 16-byte aligned memory owned by the arena; NULL when out of memory or
 * past the limit. */
void *nv__arena_alloc(nv_arena *a, size_t size);
/* Copy of s[0..len) plus a NUL, owned by the arena; NULL on failure. */
char *nv__arena_strndup(nv_arena *a, const char *s, size_t len);
/* Forget all allocations but keep the first block for reuse. */
void nv__arena_reset(nv_arena *a);
/* Free every block. */
void nv__arena_free(nv_arena *a);

#endif
