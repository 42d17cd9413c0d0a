/* check.h - the tiny unit-test harness: each test file is one executable that
 * counts failed checks and exits non-zero if any failed. */
#ifndef NV_TEST_CHECK_H
#define NV_TEST_CHECK_H

#include <stdio.h>
#include <string.h>

static int check_failed, check_run;

#define CHECK(cond) do { check_run++; if (!(cond)) { check_failed++; \
    fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #cond); } } while (0)

#define CHECK_STR(got, want) do { const char *g_ = (got), *w_ = (want); check_run++; \
    if (!g_ || strcmp(g_, w_) != 0) { check_failed++; \
        fprintf(stderr, "%s:%d: got \"%s\", want \"%s\"\n", __FILE__, __LINE__, \
                g_ ? g_ : "(null)", w_); } } while (0)

#define CHECK_INT(got, want) do { long long g_ = (long long)(got), w_ = (long long)(want); \
    check_run++; if (g_ != w_) { check_failed++; \
        fprintf(stderr, "%s:%d: %s = %lld, want %lld\n", __FILE__, __LINE__, #got, g_, w_); } \
    } while (0)

#define CHECK_DONE() (printf("%d checks, %d failed\n", check_run, check_failed), \
                      check_failed ? 1 : 0)

#endif
