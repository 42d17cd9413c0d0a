/* utf8.h - UTF-8 validation and decoding. */
#ifndef NV_CORE_UTF8_H
#define NV_CORE_UTF8_H

#include <stddef.h>
#include <stdint.h>

/* Check s[0..len) is well-formed UTF-8 (no overlongs, no surrogates, <= U+10FFFF).
 * Returns len if valid, else the byte offset of the first bad byte. */
size_t nv__utf8_validate(const char *s, size_t len);
/* Decode one code point at s[*i] (input known valid); advances *i. */
uint32_t nv__utf8_next(const char *s, size_t len, size_t *i);
/* Line (1-based) and column (1-based, in code points) of byte offset off. */
void nv__utf8_linecol(const char *s, size_t len, size_t off, unsigned *line, unsigned *col);

#endif
