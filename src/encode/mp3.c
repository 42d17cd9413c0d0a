/* mp3.c - MP3 encoder (LAME), constant bit rate, mono.
 *
 * On a seekable file the LAME/Xing info frame is written at the start when the
 * stream is finished, so players know the exact duration. Title, artist and
 * date go into an ID3v2 tag before the first frame.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include <lame/lame.h>

#include "encode/encoder.h"

#define MP3_CHUNK 8192   /* samples encoded per call */

struct nv_encoder {
    FILE *f;
    int seekable;
    long frames_at;      /* file offset of the first MP3 frame (after the ID3v2 tag) */
    lame_global_flags *gf;
    unsigned char buf[MP3_CHUNK * 5 / 4 + 7200];   /* LAME's worst case */
};

static nv_encoder *mp3_open(FILE *f, int seekable, unsigned rate, int bitrate_kbps,
                       const nv_tags *tags, char *err, size_t err_len)
{
    nv_encoder *e = calloc(1, sizeof *e);
    if (!e || !(e->gf = lame_init())) {
        snprintf(err, err_len, "out of memory starting the MP3 encoder");
        free(e);
        return NULL;
    }
    e->f = f;
    e->seekable = seekable;
    lame_set_in_samplerate(e->gf, (int)rate);
    lame_set_num_channels(e->gf, 1);
    lame_set_mode(e->gf, MONO);
    lame_set_brate(e->gf, bitrate_kbps ? bitrate_kbps : 64);
    lame_set_quality(e->gf, 5);
    lame_set_bWriteVbrTag(e->gf, seekable);
    if (tags && (tags->title || tags->artist || tags->date)) {
        id3tag_init(e->gf);
        id3tag_v2_only(e->gf);
        if (tags->title)
            id3tag_set_title(e->gf, tags->title);
        if (tags->artist)
            id3tag_set_artist(e->gf, tags->artist);
        if (tags->date)
            id3tag_set_year(e->gf, tags->date);
        lame_set_write_id3tag_automatic(e->gf, 0);   /* written below, before the frames */
    }
    if (lame_init_params(e->gf) < 0) {
        snprintf(err, err_len, "the MP3 encoder rejected %u Hz at %d kbit/s", rate,
                 bitrate_kbps ? bitrate_kbps : 64);
        lame_close(e->gf);
        free(e);
        return NULL;
    }
    if (!lame_get_write_id3tag_automatic(e->gf)) {
        size_t n = lame_get_id3v2_tag(e->gf, e->buf, sizeof e->buf);
        if (n > sizeof e->buf || (n && fwrite(e->buf, 1, n, f) != n)) {
            snprintf(err, err_len, "cannot write the ID3 tag: %s", strerror(errno));
            lame_close(e->gf);
            free(e);
            return NULL;
        }
        e->frames_at = (long)n;
    }
    return e;
}

static int put(nv_encoder *e, int n, char *err, size_t err_len)
{
    if (n < 0) {
        snprintf(err, err_len, "MP3 encoding failed (LAME error %d)", n);
        return -1;
    }
    if (n > 0 && fwrite(e->buf, 1, (size_t)n, e->f) != (size_t)n) {
        snprintf(err, err_len, "cannot write audio: %s", strerror(errno));
        return -1;
    }
    return 0;
}

static int mp3_write(nv_encoder *e, const int16_t *pcm, size_t n, char *err, size_t err_len)
{
    for (size_t i = 0; i < n; i += MP3_CHUNK) {
        int k = (int)(n - i < MP3_CHUNK ? n - i : MP3_CHUNK);
        short *p = (short *)(pcm + i);   /* LAME does not modify its input */
        if (put(e, lame_encode_buffer(e->gf, p, p, k, e->buf, (int)sizeof e->buf), err,
                err_len) != 0)
            return -1;
    }
    return 0;
}

static int mp3_close(nv_encoder *e, int commit, char *err, size_t err_len)
{
    int rc = 0;
    if (commit) {
        rc = put(e, lame_encode_flush(e->gf, e->buf, (int)sizeof e->buf), err, err_len);
        if (rc == 0 && e->seekable) {
            size_t n = lame_get_lametag_frame(e->gf, e->buf, sizeof e->buf);
            if (n > 0 && n <= sizeof e->buf &&
                (fseek(e->f, e->frames_at, SEEK_SET) != 0 || fwrite(e->buf, 1, n, e->f) != n)) {
                snprintf(err, err_len, "cannot write the MP3 info frame: %s", strerror(errno));
                rc = -1;
            }
        }
    }
    lame_close(e->gf);
    free(e);
    return rc;
}

const nv_encoder_ops nv__mp3_ops = {"mp3", 0.5, mp3_open, mp3_write, mp3_close, NULL};
