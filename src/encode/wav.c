/* wav.c - 16-bit mono WAV (RIFF/WAVE, PCM) encoder.
 *
 * Samples are written little-endian whatever the host's byte order. On a
 * seekable file the header's sizes are patched at the end; on a stream the
 * header declares the largest size, as streaming WAV writers do.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "encode/encoder.h"

struct nv_encoder {
    FILE *f;
    int seekable;
    unsigned rate;
    uint64_t n_bytes;   /* PCM bytes written */
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

static nv_encoder *wav_open(FILE *f, int seekable, unsigned rate, int bitrate_kbps,
                       const nv_tags *tags, char *err, size_t err_len)
{
    (void)bitrate_kbps;
    (void)tags;
    nv_encoder *e = calloc(1, sizeof *e);
    if (!e) {
        snprintf(err, err_len, "out of memory");
        return NULL;
    }
    e->f = f;
    e->seekable = seekable;
    e->rate = rate;
    unsigned char h[44];
    make_header(h, rate, seekable ? 0 : 0xFFFFFFFFu - 36);
    if (fwrite(h, 1, sizeof h, f) != sizeof h) {
        snprintf(err, err_len, "cannot write the WAV header: %s", strerror(errno));
        free(e);
        return NULL;
    }
    return e;
}

static int wav_write(nv_encoder *e, const int16_t *pcm, size_t n, char *err, size_t err_len)
{
    unsigned char buf[4096];
    size_t i = 0;
    while (i < n) {
        size_t k = 0;
        for (; k < sizeof buf / 2 && i < n; k++, i++)
            put_le(buf + 2 * k, (uint16_t)pcm[i], 2);
        if (fwrite(buf, 2, k, e->f) != k) {
            snprintf(err, err_len, "cannot write audio: %s", strerror(errno));
            return -1;
        }
    }
    e->n_bytes += 2 * (uint64_t)n;
    return 0;
}

static int wav_close(nv_encoder *e, int commit, char *err, size_t err_len)
{
    int rc = 0;
    if (commit && e->seekable) {
        unsigned char h[44];
        uint32_t bytes = e->n_bytes > 0xFFFFFFF0u ? 0xFFFFFFF0u : (uint32_t)e->n_bytes;
        make_header(h, e->rate, bytes);
        if (fseek(e->f, 0, SEEK_SET) != 0 || fwrite(h, 1, sizeof h, e->f) != sizeof h) {
            snprintf(err, err_len, "cannot finish the WAV header: %s", strerror(errno));
            rc = -1;
        }
    }
    free(e);
    return rc;
}

const nv_encoder_ops nv__wav_ops = {"wav", 0.0, wav_open, wav_write, wav_close, NULL};
