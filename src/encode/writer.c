/* writer.c - nv_writer: the output file and the choice of format.
 *
 * Owns the destination: a temporary file in the destination's folder, renamed
 * into place when the caller commits (deleted otherwise), or standard output.
 * The bytes come from one of the encoders (wav.c, mp3.c, opus.c).
 */
#include "newsvoice.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include <soxr.h>

#include "encode/encoder.h"
#include "encode/loudness.h"

struct nv_writer {
    FILE *f;
    char *path;                /* destination, NULL for stdout */
    char *tmp;                 /* temporary file being written */
    const nv_encoder_ops *ops;
    nv_encoder *enc;           /* NULL while spooling for normalisation */
    unsigned rate;             /* output rate */
    int kbps;
    soxr_t resampler;          /* voice rate -> output rate, or NULL */
    char *title, *artist, *date;
    nv_tags tags;
    int16_t *rbuf;             /* resampled samples */
    size_t rcap;
    FILE *spool;               /* raw PCM kept for the normalising pass */
    nv_meter *meter;           /* loudness of what was spooled */
    double target, ceiling_db; /* LUFS, dBTP */
};

#define CHUNK 16384

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
    if (w->resampler)
        soxr_delete(w->resampler);
    free(w->rbuf);
    free(w->title);
    free(w->artist);
    free(w->date);
    if (w->spool)
        fclose(w->spool);
    nv__meter_free(w->meter);
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
    unsigned out_rate = options && options->sample_rate ? options->sample_rate : sample_rate;
    static const unsigned rates[] = {16000, 22050, 24000, 32000, 44100, 48000};
    int rate_ok = out_rate == sample_rate;
    for (size_t k = 0; k < sizeof rates / sizeof rates[0]; k++)
        rate_ok |= out_rate == rates[k];
    if (!rate_ok) {
        snprintf(err, err_len, "sample rate %u Hz is not one of 16000, 22050, 24000, 32000, "
                 "44100, 48000", out_rate);
        return NV_EINVAL;
    }
    nv_writer *w = calloc(1, sizeof *w);
    if (!w)
        return NV_ENOMEM;
    w->ops = ops;
    w->rate = out_rate;
    w->kbps = kbps;
    if (options) {
        w->title = options->title ? strdup(options->title) : NULL;
        w->artist = options->artist ? strdup(options->artist) : NULL;
        w->date = options->date ? strdup(options->date) : NULL;
    }
    w->tags = (nv_tags){w->title, w->artist, w->date};
    nv_status st = NV_OK;
    if (out_rate != sample_rate) {
        soxr_error_t e = NULL;
        soxr_io_spec_t io = soxr_io_spec(SOXR_INT16_I, SOXR_INT16_I);
        soxr_quality_spec_t q = soxr_quality_spec(SOXR_HQ, 0);
        w->resampler = soxr_create(sample_rate, out_rate, 1, &e, &io, &q, NULL);
        if (!w->resampler) {
            snprintf(err, err_len, "cannot resample to %u Hz: %s", out_rate, e ? e : "?");
            writer_free(w);
            return NV_EINVAL;
        }
    }
    if (strcmp(path, "-") == 0)
        w->f = stdout;
    else
        st = open_file(w, path, err, err_len);
    if (st == NV_OK && options && options->normalize && w->path) {
        w->target = options->target_lufs ? options->target_lufs : -16.0;
        w->ceiling_db = options->true_peak_dbtp ? options->true_peak_dbtp : -1.0;
        w->spool = tmpfile();
        w->meter = nv__meter_new(out_rate, 0);
        if (!w->spool || !w->meter) {
            snprintf(err, err_len, "cannot create a temporary file: %s", strerror(errno));
            st = NV_EIO;
        }
    } else if (st == NV_OK) {
        w->enc = ops->open(w->f, w->path != NULL, out_rate, kbps, &w->tags, err, err_len);
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

static nv_status write_out(nv_writer *w, const int16_t *pcm, size_t n_samples, char *err,
                           size_t err_len);

/* Resample what arrives (in == NULL flushes the resampler) and pass it on. */
static nv_status resample(nv_writer *w, const int16_t *in, size_t n, char *err, size_t err_len)
{
    size_t need = n * 2 + 4096;
    if (need > w->rcap) {
        int16_t *b = realloc(w->rbuf, need * sizeof *b);
        if (!b)
            return NV_ENOMEM;
        w->rbuf = b;
        w->rcap = need;
    }
    for (;;) {
        size_t idone = 0, odone = 0;
        soxr_error_t e = soxr_process(w->resampler, in, n, &idone, w->rbuf, w->rcap, &odone);
        if (e) {
            snprintf(err, err_len, "resampling failed: %s", e);
            return NV_EIO;
        }
        nv_status st = write_out(w, w->rbuf, odone, err, err_len);
        if (st != NV_OK)
            return st;
        if (in) {
            in += idone;
            n -= idone;
            if (n == 0)
                return NV_OK;
        } else if (odone == 0) {
            return NV_OK;
        }
    }
}

nv_status nv_writer_write(nv_writer *w, const int16_t *pcm, size_t n_samples, char *err,
                          size_t err_len)
{
    if (w->resampler)
        return n_samples ? resample(w, pcm, n_samples, err, err_len) : NV_OK;
    return write_out(w, pcm, n_samples, err, err_len);
}

static nv_status write_out(nv_writer *w, const int16_t *pcm, size_t n_samples, char *err,
                           size_t err_len)
{
    if (w->spool) {
        if (fwrite(pcm, sizeof *pcm, n_samples, w->spool) != n_samples ||
            nv__meter_add(w->meter, pcm, n_samples) != 0) {
            snprintf(err, err_len, "cannot write a temporary file: %s", strerror(errno));
            return NV_EIO;
        }
        return NV_OK;
    }
    if (w->ops->write(w->enc, pcm, n_samples, err, err_len) != 0)
        return NV_EIO;
    return NV_OK;
}

/* One pass over the spooled audio: gain and limiter, measured and encoded into
 * the (emptied) output file. */
static int normalise_pass(nv_writer *w, double gain_db, double ceiling_db, double *lufs,
                          double *tp, char *err, size_t err_len)
{
    int16_t in[CHUNK], out[CHUNK + 1024];
    nv_limiter *lim = nv__limiter_new(w->rate, pow(10.0, gain_db / 20.0),
                                      32768.0 * pow(10.0, ceiling_db / 20.0));
    nv_meter *m = nv__meter_new(w->rate, 1);
    int rc = -1;
    if (!lim || !m || nv__limiter_delay(lim) > 1024 || fseek(w->spool, 0, SEEK_SET) != 0 ||
        fseek(w->f, 0, SEEK_SET) != 0 || ftruncate(fileno(w->f), 0) != 0) {
        snprintf(err, err_len, "cannot normalise the loudness: %s", strerror(errno));
        goto done;
    }
    w->enc = w->ops->open(w->f, 1, w->rate, w->kbps, &w->tags, err, err_len);
    if (!w->enc)
        goto done;
    size_t n;
    do {
        n = fread(in, sizeof *in, CHUNK, w->spool);
        size_t k = nv__limiter_run(lim, in, n, out);
        if (n < CHUNK)
            k += nv__limiter_flush(lim, out + k);
        if (nv__meter_add(m, out, k) != 0 || w->ops->write(w->enc, out, k, err, err_len) != 0)
            goto done;
    } while (n == CHUNK);
    if (nv__meter_result(m, lufs, tp) != 0)
        *lufs = w->target, *tp = -200;   /* silence: nothing to correct */
    rc = 0;
done:
    nv__limiter_free(lim);
    nv__meter_free(m);
    return rc;
}

/* Normalise and encode: gain to the target, limiter to the ceiling; a second
 * or third pass corrects what the limiter took off or what passed the ceiling
 * between samples. */
static int normalise(nv_writer *w, char *err, size_t err_len)
{
    double in_lufs, tp, lufs;
    double gain = 0.0;
    if (nv__meter_result(w->meter, &in_lufs, &tp) == 0)
        gain = w->target - in_lufs;
    gain = gain > 40.0 ? 40.0 : gain < -40.0 ? -40.0 : gain;
    double ceiling = w->ceiling_db - w->ops->overshoot_db;   /* room for the codec */
    for (int pass = 0; pass < 3; pass++) {
        if (pass > 0 && w->ops->close(w->enc, 0, err, err_len) != 0)
            return -1;
        w->enc = NULL;
        if (normalise_pass(w, gain, ceiling, &lufs, &tp, err, err_len) != 0)
            return -1;
        double dec_tp;
        if (w->ops->decoded_peak) {
            if (w->ops->decoded_peak(w->enc, &dec_tp, err, err_len) != 0)
                return -1;
            /* room for decoders other than libopus (ffmpeg's own) */
            dec_tp += 0.5;
            if (dec_tp > tp)
                tp = dec_tp;
        }
        int loud_ok = fabs(lufs - w->target) <= 0.5, peak_ok = tp <= w->ceiling_db;
        if (loud_ok && peak_ok)
            break;
        gain += w->target - lufs;
        if (!peak_ok)
            ceiling -= tp - w->ceiling_db + 0.1;
    }
    return 0;
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
    if (w->resampler && commit)
        st = resample(w, NULL, 0, err, err_len);
    if (st == NV_OK && w->spool && commit && normalise(w, err, err_len) != 0)
        st = NV_EIO;
    if (w->enc && w->ops->close(w->enc, commit && st == NV_OK, err, err_len) != 0)
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
