/* writer.c - nv_writer: the output file and the choice of format.
 *
 * Owns the destination: a temporary file in the destination's folder, renamed
 * into place when the caller commits (deleted otherwise), or standard output.
 * The bytes come from one of the encoders (wav.c, mp3.c, opus.c).
 */
#include "newsvoice.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include "encode/encoder.h"

struct nv_writer {
    FILE *f;
    char *path;                /* destination, NULL for stdout */
    char *tmp;                 /* temporary file being written */
    const nv_encoder_ops *ops;
    nv_encoder *enc;
};

static const nv_encoder_ops *const formats[] = {&nv__wav_ops, &nv__mp3_ops, &nv__opus_ops};

static const nv_encoder_ops *format_named(const char *name)
{
    if (strcasecmp(name, "ogg") == 0)
        name = "opus";
    for (size_t i = 0; i < sizeof formats / sizeof formats[0]; i++)
        if (strcasecmp(formats[i]->name, name) == 0)
            return formats[i];
    return NULL;
}

static const nv_encoder_ops *format_of_path(const char *path)
{
    const char *dot = strrchr(path, '.');
    const char *slash = strrchr(path, '/');
    const nv_encoder_ops *ops = NULL;
    if (dot && (!slash || dot > slash))
        ops = format_named(dot + 1);
    return ops ? ops : &nv__wav_ops;
}

static void writer_free(nv_writer *w)
{
    if (w->f && w->f != stdout)
        fclose(w->f);
    if (w->tmp)
        remove(w->tmp);
    free(w->path);
    free(w->tmp);
    free(w);
}

static nv_status open_file(nv_writer *w, const char *path, char *err, size_t err_len)
{
    size_t n = strlen(path);
    w->path = malloc(n + 1);
    w->tmp = malloc(n + 16);
    if (!w->path || !w->tmp)
        return NV_ENOMEM;
    memcpy(w->path, path, n + 1);
    snprintf(w->tmp, n + 16, "%s.tmp-XXXXXX", path);
    int fd = mkstemp(w->tmp);
    if (fd < 0) {
        snprintf(err, err_len, "cannot write %s: %s", path, strerror(errno));
        free(w->tmp);
        w->tmp = NULL;
        return NV_EIO;
    }
    (void)fchmod(fd, 0644);
    w->f = fdopen(fd, "wb");
    if (!w->f) {
        close(fd);
        snprintf(err, err_len, "cannot write %s: %s", path, strerror(errno));
        return NV_EIO;
    }
    return NV_OK;
}

nv_status nv_writer_open_opts(const char *path, unsigned sample_rate,
                              const nv_writer_options *options, nv_writer **out,
                              char *err, size_t err_len)
{
    *out = NULL;
    if (!path || !*path || sample_rate == 0) {
        snprintf(err, err_len, "no output file given");
        return NV_EINVAL;
    }
    const nv_encoder_ops *ops;
    if (options && options->format) {
        ops = format_named(options->format);
        if (!ops) {
            snprintf(err, err_len, "unknown audio format %s (wav, mp3, opus)", options->format);
            return NV_EINVAL;
        }
    } else {
        ops = strcmp(path, "-") == 0 ? &nv__wav_ops : format_of_path(path);
    }
    int kbps = options ? options->bitrate_kbps : 0;
    if (kbps < 0 || kbps > 320) {
        snprintf(err, err_len, "bit rate %d kbit/s is out of range (8 to 320)", kbps);
        return NV_EINVAL;
    }
    nv_writer *w = calloc(1, sizeof *w);
    if (!w)
        return NV_ENOMEM;
    w->ops = ops;
    nv_status st = NV_OK;
    if (strcmp(path, "-") == 0)
        w->f = stdout;
    else
        st = open_file(w, path, err, err_len);
    if (st == NV_OK) {
        w->enc = ops->open(w->f, w->path != NULL, sample_rate, kbps, err, err_len);
        if (!w->enc)
            st = NV_EINVAL;
    }
    if (st != NV_OK) {
        writer_free(w);
        return st;
    }
    *out = w;
    return NV_OK;
}

nv_status nv_writer_open(const char *path, unsigned sample_rate, nv_writer **out,
                         char *err, size_t err_len)
{
    return nv_writer_open_opts(path, sample_rate, NULL, out, err, err_len);
}

nv_status nv_writer_write(nv_writer *w, const int16_t *pcm, size_t n_samples, char *err,
                          size_t err_len)
{
    if (w->ops->write(w->enc, pcm, n_samples, err, err_len) != 0)
        return NV_EIO;
    return NV_OK;
}

nv_status nv_writer_close(nv_writer *w, int commit, char *err, size_t err_len)
{
    if (!w)
        return NV_OK;
    char dummy[8];
    if (!err) {
        err = dummy;
        err_len = sizeof dummy;
    }
    nv_status st = NV_OK;
    if (w->ops->close(w->enc, commit, err, err_len) != 0)
        st = NV_EIO;
    const char *name = w->path ? w->path : "standard output";
    if (w->f == stdout) {
        if (fflush(stdout) != 0 && st == NV_OK) {
            snprintf(err, err_len, "cannot write %s: %s", name, strerror(errno));
            st = NV_EIO;
        }
    } else if (w->f) {
        if (fclose(w->f) != 0 && st == NV_OK) {
            snprintf(err, err_len, "cannot write %s: %s", name, strerror(errno));
            st = NV_EIO;
        }
        w->f = NULL;
        if (commit && st == NV_OK) {
            if (rename(w->tmp, w->path) != 0) {
                snprintf(err, err_len, "cannot write %s: %s", name, strerror(errno));
                st = NV_EIO;
            } else {
                free(w->tmp);
                w->tmp = NULL;
            }
        }
    }
    w->f = NULL;
    writer_free(w);
    return st;
}
