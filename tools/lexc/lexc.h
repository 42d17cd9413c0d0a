/* lexc.h - shared declarations of nv-lexc, the lexicon compiler (tools/lexc).
 *
 * nv-lexc reads Festival's CMU lexicon sources (compiled dictionary, addenda,
 * letter-to-sound trees), all in Scheme syntax, and writes one .nvlex file
 * (layout: src/pron/lexfmt.h). This header is private to the tool.
 */
#ifndef NV_TOOLS_LEXC_H
#define NV_TOOLS_LEXC_H

#include <stddef.h>
#include <stdint.h>

/* ---- sexp.c: a small reader for the Scheme data Festival ships --------------- */

enum { SX_LIST, SX_SYM, SX_STR };

typedef struct sx {
    int kind;              /* SX_LIST, SX_SYM (symbols and numbers) or SX_STR */
    int line;              /* 1-based line where the datum starts */
    const char *text;      /* SX_SYM/SX_STR: bytes (NUL-terminated, escapes resolved) */
    size_t len;            /* SX_SYM/SX_STR: byte length; SX_LIST: element count */
    struct sx *head;       /* SX_LIST: first element */
    struct sx *next;       /* next sibling */
} sx;

typedef struct sx_arena sx_arena;

typedef struct sx_reader {
    const char *path;      /* file name, for messages (borrowed) */
    const char *buf;       /* whole file contents (borrowed) */
    size_t len;
    size_t pos;
    int line;
    sx_arena *arena;       /* nodes of the datum read last */
    char err[512];         /* "file:line: what" after a failure */
} sx_reader;

/* Read a whole file into a malloc'd, NUL-terminated buffer (caller frees).
 * Returns NULL and fills err on failure. */
char *lexc_read_file(const char *path, size_t *len, char *err, size_t err_len);

/* Prepare a reader over buf (borrowed for the reader's lifetime). 0 or -1 (no memory). */
int sx_reader_init(sx_reader *rd, const char *path, const char *buf, size_t len);
void sx_reader_free(sx_reader *rd);
/* Read the next top-level datum into *out. Nodes live in the reader's arena until the
 * next call with reset = 1 (pass 0 to keep earlier data alive). Returns 1 for a datum,
 * 0 at end of file, -1 on a syntax error (rd->err says where). */
int sx_read(sx_reader *rd, int reset, sx **out);

/* Helpers on nodes; returned nodes belong to the reader's arena, like their list. */
int sx_is_sym(const sx *x, const char *s);          /* symbol with exactly this text */
int sx_is_nil(const sx *x);                         /* () or the symbol nil */
const sx *sx_nth(const sx *x, size_t i);            /* i-th element of a list or NULL */
const sx *sx_last(const sx *x);                     /* last element of a list or NULL */

/* ---- dict.c: the dictionary and its addenda -------------------------------- */

typedef struct lexc_entry {
    char *word;            /* lower-case headword (owned by the lexc_dict) */
    size_t word_len;
    uint32_t pron_off;     /* encoded entry bytes in lexc_dict.bytes (lexfmt.h "PRON") */
    uint32_t pron_len;
    int rank;              /* lookup order within a headword: smaller first */
    int addenda;           /* 1 if it came from lex.add.entry */
    int no_pos;            /* 1 if its POS is nil */
} lexc_entry;

typedef struct lexc_dict {
    lexc_entry *ent;
    size_t n_ent, cap_ent;
    uint8_t *bytes;        /* encoded entries */
    size_t n_bytes, cap_bytes;
    char pos_names[256][8];/* POS slots; slot 0 is "" */
    unsigned n_pos;
    size_t n_dict, n_addenda, n_dropped;
    size_t n_additions;    /* of n_dict, the entries read from the additions file */
} lexc_dict;

void lexc_dict_init(lexc_dict *d);
void lexc_dict_free(lexc_dict *d);
/* Parse Festival's compiled lexicon ("MNCL" then one entry per line). 0 or -1. */
int lexc_dict_load_cmudict(lexc_dict *d, const char *path, char *err, size_t err_len);
/* Collect every (lex.add.entry '(...)) in a Scheme file, in file order. 0 or -1. */
int lexc_dict_load_addenda(lexc_dict *d, const char *path, char *err, size_t err_len);
/* Read newsvoice's homograph variants: entries ("word" pos (syllables ...)) in the
 * dictionary's syntax, found after every dictionary entry of the word, and
 * (first ENTRY) forms, found before them (as an addendum with a POS is). 0 or -1. */
int lexc_dict_load_variants(lexc_dict *d, const char *path, char *err, size_t err_len);
/* Read newsvoice's additions (data/lexicon/additions.txt): entries ("word" pos
 * (syllables ...)) for words the lexicon lacks, pos nil or a part of speech. Load
 * it after every other source: a headword that any earlier entry already has is
 * an error (an addition must never change an existing reading), as is the same
 * headword twice with the same pos. 0 or -1. */
int lexc_dict_load_additions(lexc_dict *d, const char *path, char *err, size_t err_len);
/* Sort into lookup order, drop entries Festival can never return. 0 or -1. */
int lexc_dict_finish(lexc_dict *d, char *err, size_t err_len);

/* ---- lts.c: letter-to-sound CART trees ------------------------------------- */

typedef struct lexc_lts {
    uint32_t root[26];
    uint32_t *node;
    size_t n_node, cap_node;
    uint8_t (*cls)[9];     /* NV_LTSC_SIZE bytes per class */
    char (*cls_name)[16];  /* class names, to merge duplicates */
    size_t n_cls, cap_cls;
} lexc_lts;

void lexc_lts_init(lexc_lts *t);
void lexc_lts_free(lexc_lts *t);
/* Parse (set! NAME '((a TREE) (b TREE) ...)) as written by Festival's wagon. 0 or -1. */
int lexc_lts_load(lexc_lts *t, const char *path, char *err, size_t err_len);

/* ---- write.c: the .nvlex writer -------------------------------------------- */

/* Write the file (via a temporary file renamed into place). Returns the byte size
 * written, or 0 and fills err. */
size_t lexc_write(const lexc_dict *d, const lexc_lts *t, const char *path,
                  char *err, size_t err_len);

#endif
