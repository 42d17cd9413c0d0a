/* wav.c - streaming 16-bit mono WAV writer (RIFF/WAVE, PCM).
 *
 * Writes to a temporary file in the destination's folder and renames it into
 * place on commit, so an error never leaves a partial file behind. Samples are
 * written little-endian whatever the host's byte order.
 */
#include "newsvoice.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

struct nv_writer {
    FILE *f;
    char *path;       /* destination, NULL for stdout */
    char *tmp;        /* temporary file being written */
    unsigned rate;
    uint64_t n_bytes; /* PCM bytes written */
};

static void put_le(unsigned char *p, uint32_t v, int n)
{
    for (int i = 0; i < n; i++)
        p[i] = (unsigned char)(v >> (8 * i));
}

static void make_header(unsigned char h[44], unsigned rate, uint32_t data_bytes)
{
    memcpy(h, "RIFF", 4);
    put_le(h + 4, data_bytes > 0xFFFFFFFFu - 36 ? 0xFFFFFFFFu : data_bytes + 36, 4);
    memcpy(h + 8, "WAVEfmt ", 8);
    put_le(h + 16, 16, 4);
    put_le(h + 20, 1, 2);             /* PCM */
    put_le(h + 22, 1, 2);             /* mono */
    put_le(h + 24, rate, 4);
    put_le(h + 28, rate * 2, 4);      /* byte rate */
    put_le(h + 32, 2, 2);             /* block align */
    put_le(h + 34, 16, 2);            /* bits */
    memcpy(h + 36, "data", 4);
    put_le(h + 40, data_bytes, 4);
}

nv_status nv_writer_open(const char *path, unsigned sample_rate, nv_writer **out,
                         char *err, size_t err_len)
{
    *out = NULL;
    if (!path || !*path || sample_rate == 0) {
        snprintf(err, err_len, "no output file given");
        return NV_EINVAL;
    }
    nv_writer *w = calloc(1, sizeof *w);
    if (!w)
        return NV_ENOMEM;
    w->rate = sample_rate;
    if (strcmp(path, "-") == 0) {
        w->f = stdout;
    } else {
        size_t n = strlen(path);
        w->path = malloc(n + 1);
        w->tmp = malloc(n + 16);
        if (!w->path || !w->tmp) {
            nv_writer_close(w, 0, NULL, 0);
            return NV_ENOMEM;
        }
        memcpy(w->path, path, n + 1);
        snprintf(w->tmp, n + 16, "%s.tmp-XXXXXX", path);
        int fd = mkstemp(w->tmp);
        if (fd < 0) {
            snprintf(err, err_len, "cannot write %s: %s", path, strerror(errno));
            free(w->tmp);
            w->tmp = NULL;
            nv_writer_close(w, 0, NULL, 0);
            return NV_EIO;
        }
        (void)fchmod(fd, 0644);
        w->f = fdopen(fd, "wb");
        if (!w->f) {
            close(fd);
            snprintf(err, err_len, "cannot write %s: %s", path, strerror(errno));
            nv_writer_close(w, 0, NULL, 0);
            return NV_EIO;
        }
    }
    unsigned char h[44];
    make_header(h, sample_rate, w->path ? 0 : 0xFFFFFFFFu - 36);
    if (fwrite(h, 1, sizeof h, w->f) != sizeof h) {
        snprintf(err, err_len, "cannot write %s: %s", path, strerror(errno));
        nv_writer_close(w, 0, NULL, 0);
        return NV_EIO;
    }
    *out = w;
    return NV_OK;
}

nv_status nv_writer_write(nv_writer *w, const int16_t *pcm, size_t n_samples, char *err,
                          size_t err_len)
{
    unsigned char buf[4096];
    size_t i = 0;
    while (i < n_samples) {
        size_t k = 0;
        for (; k < sizeof buf / 2 && i < n_samples; k++, i++)
            put_le(buf + 2 * k, (uint16_t)pcm[i], 2);
        if (fwrite(buf, 2, k, w->f) != k) {
            snprintf(err, err_len, "cannot write %s: %s", w->path ? w->path : "standard output",
                     strerror(errno));
            return NV_EIO;
        }
    }
    w->n_bytes += 2 * (uint64_t)n_samples;
    return NV_OK;
}

nv_status nv_writer_close(nv_writer *w, int commit, char *err, size_t err_len)
{
    if (!w)
        return NV_OK;
    nv_status st = NV_OK;
    if (w->f && w->path) {
        if (commit) {
            unsigned char h[44];
            uint32_t bytes = w->n_bytes > 0xFFFFFFF0u ? 0xFFFFFFF0u : (uint32_t)w->n_bytes;
            make_header(h, w->rate, bytes);
            if (fseek(w->f, 0, SEEK_SET) != 0 || fwrite(h, 1, sizeof h, w->f) != sizeof h)
                st = NV_EIO;
        }
        if (fclose(w->f) != 0)
            st = NV_EIO;
        if (commit && st == NV_OK && rename(w->tmp, w->path) != 0)
            st = NV_EIO;
        if (st != NV_OK && err)
            snprintf(err, err_len, "cannot write %s: %s", w->path, strerror(errno));
        if (!commit || st != NV_OK)
            remove(w->tmp);
    } else if (w->f) {
        if (fflush(w->f) != 0) {
            st = NV_EIO;
            if (err)
                snprintf(err, err_len, "cannot write standard output: %s", strerror(errno));
        }
    }
    free(w->path);
    free(w->tmp);
    free(w);
    return st;
}
