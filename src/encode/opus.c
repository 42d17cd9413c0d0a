/* opus.c - Ogg Opus encoder (libopusenc), mono, speech-tuned bit rate.
 * libopusenc resamples the input to Opus's 48 kHz itself. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include <opusenc.h>

#include "encode/encoder.h"

/* Encoder complexity 0-10. On the sample article at 32 kbit/s, 10 (libopus's
 * default) took 4.0 s of CPU for 169 s of audio, 5 took 2.8 s; lower settings
 * saved little more, the rest being resampling and analysis. */
#define OPUS_COMPLEXITY 5

struct nv_encoder {
    FILE *f;
    OggOpusComments *comments;
    OggOpusEnc *enc;
    int write_failed;
};

static int on_write(void *user, const unsigned char *ptr, opus_int32 len)
{
    nv_encoder *e = user;
    if (len > 0 && fwrite(ptr, 1, (size_t)len, e->f) != (size_t)len) {
        e->write_failed = 1;
        return 1;
    }
    return 0;
}

static int on_close(void *user)
{
    (void)user;   /* the writer closes the file */
    return 0;
}

static const OpusEncCallbacks callbacks = {on_write, on_close};

static nv_encoder *opus_open(FILE *f, int seekable, unsigned rate, int bitrate_kbps,
                        const nv_tags *tags, char *err, size_t err_len)
{
    (void)seekable;
    nv_encoder *e = calloc(1, sizeof *e);
    if (!e || !(e->comments = ope_comments_create())) {
        snprintf(err, err_len, "out of memory starting the Opus encoder");
        free(e);
        return NULL;
    }
    e->f = f;
    ope_comments_add(e->comments, "ENCODER", "newsvoice");
    if (tags && tags->title)
        ope_comments_add(e->comments, "TITLE", tags->title);
    if (tags && tags->artist)
        ope_comments_add(e->comments, "ARTIST", tags->artist);
    if (tags && tags->date)
        ope_comments_add(e->comments, "DATE", tags->date);
    int error = 0;
    e->enc = ope_encoder_create_callbacks(&callbacks, e, e->comments, (opus_int32)rate, 1, 0,
                                          &error);
    if (!e->enc || ope_encoder_ctl(e->enc, OPUS_SET_BITRATE(
                                               (bitrate_kbps ? bitrate_kbps : 32) * 1000)) != OPE_OK ||
        ope_encoder_ctl(e->enc, OPUS_SET_SIGNAL(OPUS_SIGNAL_VOICE)) != OPE_OK ||
        ope_encoder_ctl(e->enc, OPUS_SET_COMPLEXITY(OPUS_COMPLEXITY)) != OPE_OK) {
        snprintf(err, err_len, "the Opus encoder rejected %u Hz at %d kbit/s: %s", rate,
                 bitrate_kbps ? bitrate_kbps : 32, ope_strerror(error));
        if (e->enc)
            ope_encoder_destroy(e->enc);
        ope_comments_destroy(e->comments);
        free(e);
        return NULL;
    }
    return e;
}

static int opus_write(nv_encoder *e, const int16_t *pcm, size_t n, char *err, size_t err_len)
{
    while (n > 0) {
        int k = n > 48000 ? 48000 : (int)n;
        int r = ope_encoder_write(e->enc, pcm, k);
        if (r != OPE_OK || e->write_failed) {
            snprintf(err, err_len, e->write_failed ? "cannot write audio: %s" : "Opus encoding failed: %s",
                     e->write_failed ? strerror(errno) : ope_strerror(r));
            return -1;
        }
        pcm += k;
        n -= (size_t)k;
    }
    return 0;
}

static int opus_close(nv_encoder *e, int commit, char *err, size_t err_len)
{
    int rc = 0;
    if (commit) {
        int r = ope_encoder_drain(e->enc);
        if (r != OPE_OK || e->write_failed) {
            snprintf(err, err_len, "cannot finish the Opus stream: %s",
                     e->write_failed ? strerror(errno) : ope_strerror(r));
            rc = -1;
        }
    }
    ope_encoder_destroy(e->enc);
    ope_comments_destroy(e->comments);
    free(e);
    return rc;
}

const nv_encoder_ops nv__opus_ops = {"opus", opus_open, opus_write, opus_close};
