/* encoder.h - audio file formats behind nv_writer (internal).
 *
 * The writer (writer.c) owns the output file: a temporary file renamed into
 * place on success, or standard output. Each format is an encoder that turns
 * 16-bit mono PCM into bytes written to that FILE. */
#ifndef NV_ENCODE_ENCODER_H
#define NV_ENCODE_ENCODER_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

typedef struct nv_encoder nv_encoder;

/* Metadata written into MP3 (ID3v2) and Opus (Vorbis comments); NULL = none. */
typedef struct nv_tags {
    const char *title, *artist, *date;
} nv_tags;

typedef struct nv_encoder_ops {
    const char *name;                       /* "wav", "mp3", "opus" */
    /* dB the decoded signal may peak above the samples encoded (lossy
     * codecs' ringing): the limiter keeps that much further under the
     * ceiling */
    double overshoot_db;
    /* Start writing to f (seekable tells whether the header may be patched at
     * the end). Returns NULL and a message on failure. */
    nv_encoder *(*open)(FILE *f, int seekable, unsigned rate, int bitrate_kbps,
                        const nv_tags *tags, char *err, size_t err_len);
    /* Encode n samples. 0 on success, -1 with a message. */
    int (*write)(nv_encoder *e, const int16_t *pcm, size_t n, char *err, size_t err_len);
    /* Flush and finish the stream (commit=1), or just free (commit=0). */
    int (*close)(nv_encoder *e, int commit, char *err, size_t err_len);
    /* Optional (NULL: the codec is transparent enough): finish the stream and
     * give the true peak (dBTP) of its decoded audio; close() then only frees.
     * Returns 0, or -1 with a message. */
    int (*decoded_peak)(nv_encoder *e, double *dbtp, char *err, size_t err_len);
} nv_encoder_ops;

extern const nv_encoder_ops nv__wav_ops;
extern const nv_encoder_ops nv__mp3_ops;
extern const nv_encoder_ops nv__opus_ops;

#endif
