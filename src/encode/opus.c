/* opus.c - Ogg Opus encoder (libopusenc), mono, speech-tuned bit rate.
 * libopusenc resamples the input to Opus's 48 kHz itself.
 *
 * Opus's decoded waveform can peak a dB or more above what went in, so every
 * packet is also decoded (libopus) and its true peak measured: the writer
 * lowers its limiter and encodes again when the decoded audio passes the
 * ceiling. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include <opus.h>
#include <opusenc.h>

#include "encode/encoder.h"
#include "encode/loudness.h"

/* The signal type is "music", which keeps the encoder in CELT mode: in the
 * SILK and hybrid modes that "voice" selects at these rates, ffmpeg's own Opus
 * decoder was measured peaking more than a dB above libopus's on the same
 * stream (a synthetic voice's steady waveform), so the true-peak ceiling could
 * not be kept for every player. CELT at 32 kbit/s mono is transparent enough
 * for speech, and both decoders agree on it to 0.1 dB.
 *
 * Encoder complexity 0-10. On the sample article at 32 kbit/s, 10 (libopus's
 * default) took 4.0 s of CPU for 169 s of audio, 5 took 2.8 s; lower settings
 * saved little more, the rest being resampling and analysis. */
#define OPUS_COMPLEXITY 5

struct nv_encoder {
    FILE *f;
    OggOpusComments *comments;
    OggOpusEnc *enc;
    int write_failed;
    OpusDecoder *dec;     /* decodes what was encoded, for its true peak */
    nv_meter *meter;
    int decode_failed;
    int drained;
    opus_int16 pcm[5760];  /* 120 ms at 48 kHz, the longest packet */
};

static void on_packet(void *user, const unsigned char *packet, opus_int32 len, opus_uint32 flags)
{
    nv_encoder *e = user;
    (void)flags;
    if (!e->dec || e->decode_failed)
        return;
    /* the stream's header packets (OpusHead, OpusTags) are not audio */
    if (len >= 8 && (memcmp(packet, "OpusHead", 8) == 0 || memcmp(packet, "OpusTags", 8) == 0))
        return;
    int n = opus_decode(e->dec, packet, len, e->pcm, 5760, 0);
    if (n < 0 || nv__meter_add(e->meter, e->pcm, (size_t)n) != 0)
        e->decode_failed = 1;
}

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
    int error = 0, derr = 0;
    e->dec = opus_decoder_create(48000, 1, &derr);
    e->meter = nv__meter_new(48000, 1);
    if (!e->dec || !e->meter)
        e->decode_failed = 1;
    e->enc = ope_encoder_create_callbacks(&callbacks, e, e->comments, (opus_int32)rate, 1, 0,
                                          &error);
    if (!e->enc || ope_encoder_ctl(e->enc, OPUS_SET_BITRATE(
                                               (bitrate_kbps ? bitrate_kbps : 32) * 1000)) != OPE_OK ||
        ope_encoder_ctl(e->enc, OPUS_SET_SIGNAL(OPUS_SIGNAL_MUSIC)) != OPE_OK ||
        ope_encoder_ctl(e->enc, OPUS_SET_COMPLEXITY(OPUS_COMPLEXITY)) != OPE_OK ||
        ope_encoder_ctl(e->enc, OPE_SET_PACKET_CALLBACK(on_packet, e)) != OPE_OK) {
        snprintf(err, err_len, "the Opus encoder rejected %u Hz at %d kbit/s: %s", rate,
                 bitrate_kbps ? bitrate_kbps : 32, ope_strerror(error));
        if (e->enc)
            ope_encoder_destroy(e->enc);
        ope_comments_destroy(e->comments);
        if (e->dec)
            opus_decoder_destroy(e->dec);
        nv__meter_free(e->meter);
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

static int drain(nv_encoder *e, char *err, size_t err_len)
{
    if (e->drained)
        return 0;
    e->drained = 1;
    int r = ope_encoder_drain(e->enc);
    if (r != OPE_OK || e->write_failed) {
        snprintf(err, err_len, "cannot finish the Opus stream: %s",
                 e->write_failed ? strerror(errno) : ope_strerror(r));
        return -1;
    }
    return 0;
}

static int opus_close(nv_encoder *e, int commit, char *err, size_t err_len)
{
    int rc = commit ? drain(e, err, err_len) : 0;
    ope_encoder_destroy(e->enc);
    ope_comments_destroy(e->comments);
    if (e->dec)
        opus_decoder_destroy(e->dec);
    nv__meter_free(e->meter);
    free(e);
    return rc;
}

static int opus_decoded_peak(nv_encoder *e, double *dbtp, char *err, size_t err_len)
{
    if (drain(e, err, err_len) != 0)
        return -1;
    double lufs;
    if (e->decode_failed || nv__meter_result(e->meter, &lufs, dbtp) != 0)
        *dbtp = -200.0;   /* nothing decoded (or silence): nothing to correct */
    return 0;
}

const nv_encoder_ops nv__opus_ops = {"opus", 2.0, opus_open, opus_write, opus_close,
                                     opus_decoded_peak};
