/* newsvoice.h - the newsvoice library: news articles to natural speech.
 *
 * This is the only public header; anything not declared here is internal.
 *
 * Objects and lifetimes
 *   nv_engine  the voice, lexicon and models. Opened once, read-only afterwards,
 *              and safe to use from several threads at once (each thread with
 *              its own nv_job).
 *   nv_job     one request at a time: holds the synthesizer state and the
 *              scratch memory of the sentence being processed. Use a job from
 *              one thread at a time; make one job per thread.
 *
 * Processing is sentence by sentence: nv_job_run() calls your callback once per
 * sentence with its words, labels or audio, so a caller can stream the audio and
 * stop early. Everything the callback receives lives until the callback returns.
 *
 * Errors: every function returns an nv_status; NV_OK is 0. The job keeps a
 * one-line message saying what went wrong and where (byte offset, line:column).
 * The library never prints, never exits.
 */
#ifndef NEWSVOICE_H
#define NEWSVOICE_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Status codes. X(name, value, message). New codes are added at the end; values
 * never change. */
#define NV_STATUS_MAP(X)                                                      \
    X(NV_OK, 0, "success")                                                    \
    X(NV_EINVAL, 1, "invalid argument")                                       \
    X(NV_ENOMEM, 2, "out of memory")                                          \
    X(NV_EIO, 3, "input/output error")                                        \
    X(NV_EUTF8, 4, "input is not valid UTF-8")                                \
    X(NV_EEMPTY, 5, "input has nothing to read")                              \
    X(NV_EVOICE, 6, "voice file missing or unusable")                         \
    X(NV_EDATA, 7, "data file missing or corrupt")                            \
    X(NV_ESYNTH, 8, "synthesis failed")                                       \
    X(NV_ESTOPPED, 9, "stopped by the caller")                                \
    X(NV_ELIMIT, 10, "input exceeds a limit")                                 \
    X(NV_ESYNTAX, 11, "input markup is not valid")

typedef enum nv_status {
#define NV_STATUS_ENUM_(name, value, msg) name = value,
    NV_STATUS_MAP(NV_STATUS_ENUM_)
#undef NV_STATUS_ENUM_
} nv_status;

/* Static description of a status ("invalid argument"); never NULL. */
const char *nv_strerror(nv_status status);
/* Name of a status ("NV_EINVAL"); never NULL. */
const char *nv_status_name(nv_status status);
/* Library version string, e.g. "0.1.0"; static. */
const char *nv_version(void);

typedef struct nv_engine nv_engine;
typedef struct nv_job nv_job;

/* Options for nv_engine_open. Zero-initialise, then set what you need; NULL
 * fields take the defaults. */
typedef struct nv_engine_options {
    /* .htsvoice file. Default: $NEWSVOICE_VOICE, else the Debian voice
     * festvox-us-slt-hts (cmu_us_slt_arctic_hts.htsvoice). */
    const char *voice_path;
    /* Folder holding cmulex.nvlex. Default: $NEWSVOICE_DATA, else the build
     * tree's data folder if it exists, else the installed share/newsvoice. */
    const char *data_dir;
    /* 1: write label field e5 as Festival 2.5 does at run time (counted from 0),
     * for comparing labels with Festival; 0 (default): as in the voice's
     * training data (counted from 1), which is what the voice expects. */
    int festival_e5;
    /* Speaking rate: 1 is the voice's own, 0.5 half as fast, 2 twice as fast
     * (0.5 to 2; 0 means 1). Durations follow the voice's duration model. */
    double rate;
    /* Pitch shift in semitones (-12 to 12). */
    double pitch_semitones;
    /* Global-variance weights of the spectrum and pitch streams (0 to 2; 0
     * means the voice's 1.0): lower is flatter and duller, higher livelier. */
    double gv_spectrum, gv_pitch;
    /* Silence added before each paragraph after the first, in seconds, on top
     * of the pauses that open and close every sentence: 0 means the default,
     * 0.45 s; a negative value means none; at most 5. */
    double paragraph_pause;
    /* Vocoder that turns the voice's parameters into samples: "ours" (the
     * default: frequency-domain synthesis with mixed excitation, docs/VOCODER.md),
     * "mlsa" (the mel-log-spectrum approximation filter, the same samples as
     * hts_engine's) or "hts" (hts_engine's own code, for comparison). NULL means
     * $NEWSVOICE_VOCODER, else the default. */
    const char *vocoder;
    /* Cepstral postfilter strength (hts_engine's beta, 0 to 0.8; 0 = none):
     * sharper formants, a little less muffled, at some cost in smoothness. */
    double postfilter;
    /* Publisher lexicons (plain text or W3C PLS; see docs/LEXICON.md), read
     * in order; later files win, and their entries win over every other
     * source of pronunciations. */
    const char *const *lexicons;
    size_t n_lexicons;
} nv_engine_options;

/* Open an engine. On success returns NV_OK and sets *out (free it with
 * nv_engine_close). On failure *out is NULL and, if err is not NULL, a one-line
 * message naming the problem and the file is written into err (err_len bytes). */
nv_status nv_engine_open(const nv_engine_options *options, nv_engine **out,
                         char *err, size_t err_len);
/* Free an engine. No job of it may be in use. Accepts NULL. */
void nv_engine_close(nv_engine *engine);

/* Replace the engine's publisher lexicons with these files (n_paths may be 0:
 * none), or read the same files again after an editor changed them. Safe while
 * jobs run on other threads: a run in progress keeps the lexicons it started
 * with; later runs see the new ones. On error (NV_ESYNTAX, message "lexicon
 * FILE:LINE:COLUMN: what") the engine keeps the lexicons it had. */
nv_status nv_engine_set_lexicons(nv_engine *engine, const char *const *paths, size_t n_paths,
                                 char *err, size_t err_len);
nv_status nv_engine_reload_lexicons(nv_engine *engine, char *err, size_t err_len);
/* Entries in the publisher lexicons now in use. */
size_t nv_engine_lexicon_entries(const nv_engine *engine);

/* Make a job for an engine (it loads the voice into the job's synthesizer:
 * about 5 MB and a few tens of milliseconds). On success *out must be freed with
 * nv_job_free, before the engine is closed. */
nv_status nv_job_new(nv_engine *engine, nv_job **out);
/* Free a job. Accepts NULL. */
void nv_job_free(nv_job *job);
/* Message of the last error of this job ("" if none); owned by the job, valid
 * until the next call on the job. */
const char *nv_job_errmsg(const nv_job *job);

/* How far nv_job_run takes each sentence. */
typedef enum nv_stage {
    NV_STAGE_WORDS = 1,   /* normalised spoken words */
    NV_STAGE_PHONES = 2,  /* + pronunciations */
    NV_STAGE_LABELS = 3,  /* + HTS full-context labels */
    NV_STAGE_AUDIO = 4    /* + 16-bit PCM audio */
} nv_stage;

/* One spoken word. All strings are NUL-terminated and owned by the job. */
typedef struct nv_word {
    const char *text;      /* spoken form, lower case ("twenty"), ASCII; at
                              NV_STAGE_WORDS also words in scripts the voice
                              cannot say, as written in lower case ("сергей"):
                              pronunciation drops them, so later stages and the
                              audio skip them */
    const char *display;   /* the same word for showing: text, or for a word
                              written with accents the written letters in
                              lower case ("josé" where text is "jose") */
    const char *written;   /* the token as written in the input, without the
                              punctuation around it ("21", "Afghanistan’s") */
    int whole_token;       /* 1 if this word alone reads the whole token as it is
                              spelled ("Record" -> "record"), 0 for one of the
                              words a token was expanded into ("21", "Sept.") */
    size_t src_begin;      /* byte range [src_begin, src_end) of the token */
    size_t src_end;
    const char *phones;    /* ARPAbet with stress digits ("R EH1 K ER0 D");
                              NULL before NV_STAGE_PHONES */
    const char *origin;    /* where the pronunciation came from: "publisher"
                              (a publisher lexicon), "names" (the names
                              lexicon), "dictionary" (CMUdict), "ssml" (an SSML
                              <phoneme>) or "guess" (the letter-to-sound model);
                              NULL before phones */
    size_t audio_begin;    /* where the word is spoken, in samples from the start
                              of its sentence's audio: [audio_begin, audio_end),
                              from the synthesizer's phone durations (pauses
                              excluded). 0 before NV_STAGE_AUDIO. */
    size_t audio_end;
} nv_word;

/* An SSML <mark>, reported with the sentence it falls in. */
typedef struct nv_mark {
    const char *name;
    size_t audio_pos;      /* samples from the start of the sentence's audio
                              (NV_STAGE_AUDIO), else 0 */
    size_t src_offset;     /* byte offset of the <mark> element in the input */
} nv_mark;

/* One sentence as delivered to the callback. */
typedef struct nv_sentence {
    unsigned index;            /* 0-based sentence number in the input */
    unsigned paragraph;        /* 0-based paragraph number */
    int starts_paragraph;      /* 1 if the first sentence of its paragraph */
    size_t src_begin;          /* byte range of the sentence in the input */
    size_t src_end;
    const nv_word *words;
    size_t n_words;
    const char *const *labels; /* HTS labels, one per phone/pause (NV_STAGE_LABELS+) */
    size_t n_labels;
    const int16_t *samples;    /* mono PCM (NV_STAGE_AUDIO) */
    size_t n_samples;
    unsigned sample_rate;      /* Hz */
    const nv_mark *marks;      /* SSML marks in this sentence, in order */
    size_t n_marks;
} nv_sentence;

/* Called once per sentence, in order. Return 0 to go on; any other value stops
 * the run, which then returns NV_ESTOPPED. */
typedef int (*nv_sentence_fn)(void *user, const nv_sentence *sentence);

/* Process a UTF-8 plain-text article (text, len bytes; need not be
 * NUL-terminated) up to stage `until`, calling fn for each sentence.
 * Paragraphs are separated by blank lines. Returns NV_OK, NV_EUTF8 (invalid
 * byte; the message gives the byte offset and line:column), NV_EEMPTY (nothing
 * to read), NV_ESTOPPED, or another error with a message. */
nv_status nv_job_run(nv_job *job, const char *text, size_t len, nv_stage until,
                     nv_sentence_fn fn, void *user);

/* What the input of nv_job_run_format is. */
typedef enum nv_format {
    NV_FORMAT_AUTO = 0,  /* SSML if it starts with <speak (or <?xml ... <speak), HTML if
                            it starts like a page (<!doctype, <html ...), else text */
    NV_FORMAT_TEXT = 1,  /* plain UTF-8 text, paragraphs separated by blank lines */
    NV_FORMAT_HTML = 2,  /* a saved news page: the article is extracted (headline,
                            dek, byline, body, block quotes) and navigation,
                            scripts, ads, captions and widgets are skipped */
    NV_FORMAT_SSML = 3   /* W3C SSML 1.1: speak, p, s, break, say-as, sub, phoneme
                            (ipa, x-arpabet), prosody, emphasis, mark, lang.
                            Invalid SSML gives NV_ESYNTAX with line and column. */
} nv_format;

/* As nv_job_run, for text, HTML or SSML input. Byte ranges in the sentences and
 * words always refer to the input as given (for HTML: to the page). A page in
 * which no article text is found gives NV_EEMPTY. */
nv_status nv_job_run_format(nv_job *job, const char *input, size_t len, nv_format format,
                            nv_stage until, nv_sentence_fn fn, void *user);

/* Output sample rate of the engine's voice in Hz (32000 for the slt voice). */
unsigned nv_engine_sample_rate(const nv_engine *engine);

/* ---- audio files ---------------------------------------------------------- */

/* An audio file written as sentences arrive: WAV (16-bit mono PCM), MP3 (LAME)
 * or Ogg Opus (libopusenc). The data go to a temporary file beside the
 * destination, renamed into place by a committing close, so a failed run leaves
 * no partial file. Path "-" streams to standard output. */
typedef struct nv_writer nv_writer;

typedef struct nv_writer_options {
    /* "wav", "mp3" or "opus"; NULL: from the file name's extension (.mp3,
     * .opus or .ogg; anything else, and standard output, is WAV). */
    const char *format;
    /* MP3 and Opus bit rate in kbit/s; 0: 64 for MP3, 32 for Opus. */
    int bitrate_kbps;
    /* Loudness normalisation (files only; standard output is written as it
     * comes): 1 = integrated loudness (ITU-R BS.1770) brought to target_lufs
     * with the true peak held at or under true_peak_dbtp by a look-ahead
     * limiter. The audio is spooled to a temporary file and encoded when the
     * writer is closed. */
    int normalize;
    double target_lufs;      /* 0: -16 LUFS, the spoken-word standard */
    double true_peak_dbtp;   /* 0: -1 dBTP */
    /* Output sample rate in Hz: 0 keeps the voice's rate; 16000, 22050, 24000,
     * 32000, 44100 or 48000 are reached through libsoxr (high quality). */
    unsigned sample_rate;
    /* Metadata for MP3 (ID3v2) and Opus (Vorbis comments); NULL = none. */
    const char *title, *artist, *date;
} nv_writer_options;

/* Open a writer with default options (format from the extension). */
nv_status nv_writer_open(const char *path, unsigned sample_rate, nv_writer **out,
                         char *err, size_t err_len);
/* Open a writer with options (NULL: defaults). NV_EINVAL for an unknown format
 * or bit rate, NV_EIO when the file cannot be created. */
nv_status nv_writer_open_opts(const char *path, unsigned sample_rate,
                              const nv_writer_options *options, nv_writer **out,
                              char *err, size_t err_len);
nv_status nv_writer_write(nv_writer *w, const int16_t *pcm, size_t n_samples,
                          char *err, size_t err_len);
/* Finish the file. commit=1 completes it and renames it into place; commit=0
 * deletes it. Frees w (NULL is accepted). */
nv_status nv_writer_close(nv_writer *w, int commit, char *err, size_t err_len);

#ifdef __cplusplus
}
#endif

#endif /* NEWSVOICE_H */
