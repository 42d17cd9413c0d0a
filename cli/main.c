/* main.c - the newsvoice command-line tool: parse arguments, call the library,
 * print. All speech work happens in the library (include/newsvoice.h); train-lts
 * and phonemes --lts-only call the letter-to-sound model (src/pron/g2p.h). */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "newsvoice.h"
#include "pron/g2p.h"
#include "pron/words.h"

#ifndef NV_G2P_BUILD_DATADIR
#define NV_G2P_BUILD_DATADIR "."
#endif
#ifndef NV_G2P_INSTALL_DATADIR
#define NV_G2P_INSTALL_DATADIR "."
#endif
#define NV_G2P_FILE "cmu.g2p"

enum {
    EXIT_OK = 0,
    EXIT_FAILURE_ = 1,  /* synthesis or internal failure */
    EXIT_USAGE = 2,     /* bad command line */
    EXIT_INPUT = 3,     /* input missing, unreadable, empty or not UTF-8 */
    EXIT_OUTPUT = 4,    /* output cannot be written */
    EXIT_DATA = 5       /* voice or data files missing or corrupt */
};

static const char usage_text[] =
    "usage: newsvoice COMMAND [OPTIONS] [FILE|-]\n"
    "\n"
    "Read a news article (UTF-8 plain text; paragraphs separated by blank lines)\n"
    "from FILE, or standard input when FILE is - or absent.\n"
    "\n"
    "commands:\n"
    "  speak -o OUT.wav    narrate the article to a 16-bit mono WAV file\n"
    "                      (-o - writes the WAV to standard output);\n"
    "                      --marks FILE also writes speech marks, one JSON object\n"
    "                      a line: time (ms), type (sentence or word), start and\n"
    "                      end (byte offsets into the input), value\n"
    "  normalize           print the spoken words, one sentence a line\n"
    "  phonemes            print word<TAB>ARPAbet<TAB>origin, one word a line, a\n"
    "                      blank line between sentences; origin is publisher,\n"
    "                      names, dictionary, ssml or guess (letter-to-sound)\n"
    "  labels              print the HTS full-context labels, a blank line between\n"
    "                      sentences (--festival-e5: field e5 as Festival 2.5\n"
    "                      writes it at run time, for comparison)\n"
    "  lexicon --lexicon FILE [--lexicon FILE ...]\n"
    "                      check publisher lexicons: prints the number of entries,\n"
    "                      or the first error with file, line and column\n"
    "  train-lts --dict FILE --out MODEL\n"
    "                      train a letter-to-sound model from a CMUdict-format\n"
    "                      dictionary (WORD  PH1 PH2 ..., stress digits; ;;;\n"
    "                      comments; WORD(2) alternates); --festival-lexicon FILE\n"
    "                      reads Festival's compiled lexicon instead (both may be\n"
    "                      given, and --dict more than once); bad lines are\n"
    "                      reported with their line numbers and skipped;\n"
    "                      --order N sets the n-gram order (default 6)\n"
    "\n"
    "phonemes options:\n"
    "  --lts-only          pronounce every word with the trained letter-to-sound\n"
    "                      model alone, bypassing the lexicon\n"
    "  --lts-model FILE    the model (default: cmu.g2p in the data folder)\n"
    "\n"
    "speak options:\n"
    "  --format F          input format text, html, ssml or auto (default: auto:\n"
    "                      SSML if it starts with <speak, HTML if it starts like a\n"
    "                      page), or output format wav, mp3 or opus (default:\n"
    "                      from the output file's extension; standard output: WAV)\n"
    "  --bitrate KBPS      MP3/Opus bit rate (default 64 for MP3, 32 for Opus)\n"
    "  --sample-rate HZ    output rate: 16000, 22050, 24000, 32000 (the voice's),\n"
    "                      44100 or 48000\n"
    "  --loudness LUFS     integrated loudness of the file (default: -16 for MP3\n"
    "                      and Opus, WAV as synthesised; off: none)\n"
    "  --true-peak DBTP    true-peak ceiling (default -1)\n"
    "  --rate X            speaking rate, 0.5 to 2 (default 1)\n"
    "  --pitch ST          pitch shift in semitones, -12 to 12 (default 0)\n"
    "  --vocoder V         ours (default: frequency-domain), mlsa or hts\n"
    "  --postfilter B      cepstral postfilter strength, 0 to 0.8 (default 0)\n"
    "  --gv-spectrum W, --gv-pitch W\n"
    "                      global-variance weights, 0 to 2 (default 1)\n"
    "  --captions FILE     WebVTT captions, one cue a sentence\n"
    "  --title T, --artist A, --date D\n"
    "                      MP3/Opus metadata (default for text input: the headline\n"
    "                      paragraph and a \"By ...\" byline when there are ones)\n"
    "\n"
    "options:\n"
    "  -o, --output FILE   output file for speak\n"
    "  --voice FILE        .htsvoice file (default: the Debian slt voice)\n"
    "  --data DIR          folder with cmulex.nvlex\n"
    "  --lexicon FILE      publisher lexicon (plain text or W3C PLS; may be given\n"
    "                      several times, later files win); its entries win over\n"
    "                      every other pronunciation\n"
    "  --format text|html|ssml|auto   (also for normalize, phonemes, labels)\n"
    "  -q, --quiet         no summary line on standard error\n"
    "  -h, --help          this text\n"
    "  -V, --version       print the version\n"
    "\n"
    "exit status: 0 success, 1 synthesis failure, 2 usage error, 3 bad or\n"
    "missing input (unreadable, empty, invalid UTF-8), 4 output not writable,\n"
    "5 voice or data files missing or corrupt.\n";

typedef struct cli {
    const char *cmd;
    const char *input;
    const char *output;
    const char *voice;
    const char *data;
    const char *marks;
    const char *captions;
    const char *bitrate, *sample_rate, *loudness, *true_peak, *rate, *pitch;
    const char *vocoder, *postfilter, *gv_spectrum, *gv_pitch;
    const char *in_format, *out_format;
    const char *title, *artist, *date;
    int quiet, origin, festival_e5;
    int lts_only;
    const char *lts_model;
    const char *lexicons[16];   /* --lexicon */
    int n_lexicons;
    const char *dicts[16];      /* train-lts: CMUdict files */
    int n_dicts;
    const char *festival_lex;   /* train-lts: Festival compiled lexicon */
    const char *lts_out;
    const char *lts_order;
} cli;

static int usage_error(const char *fmt, const char *arg)
{
    fprintf(stderr, "newsvoice: ");
    fprintf(stderr, fmt, arg);
    fprintf(stderr, "\nTry 'newsvoice --help'.\n");
    return EXIT_USAGE;
}

static int parse_args(int argc, char **argv, cli *c)
{
    memset(c, 0, sizeof *c);
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
            fputs(usage_text, stdout);
            return -1;
        }
        if (strcmp(a, "-V") == 0 || strcmp(a, "--version") == 0) {
            printf("newsvoice %s\n", nv_version());
            return -1;
        }
        const char **slot = NULL;
        if (strcmp(a, "-o") == 0 || strcmp(a, "--output") == 0)
            slot = &c->output;
        else if (strcmp(a, "--voice") == 0)
            slot = &c->voice;
        else if (strcmp(a, "--data") == 0)
            slot = &c->data;
        else if (strcmp(a, "--marks") == 0)
            slot = &c->marks;
        else if (strcmp(a, "--captions") == 0)
            slot = &c->captions;
        else if (strcmp(a, "--title") == 0)
            slot = &c->title;
        else if (strcmp(a, "--artist") == 0)
            slot = &c->artist;
        else if (strcmp(a, "--date") == 0)
            slot = &c->date;
        else if (strcmp(a, "--bitrate") == 0)
            slot = &c->bitrate;
        else if (strcmp(a, "--sample-rate") == 0)
            slot = &c->sample_rate;
        else if (strcmp(a, "--loudness") == 0)
            slot = &c->loudness;
        else if (strcmp(a, "--true-peak") == 0)
            slot = &c->true_peak;
        else if (strcmp(a, "--rate") == 0)
            slot = &c->rate;
        else if (strcmp(a, "--pitch") == 0)
            slot = &c->pitch;
        else if (strcmp(a, "--vocoder") == 0)
            slot = &c->vocoder;
        else if (strcmp(a, "--postfilter") == 0)
            slot = &c->postfilter;
        else if (strcmp(a, "--gv-spectrum") == 0)
            slot = &c->gv_spectrum;
        else if (strcmp(a, "--gv-pitch") == 0)
            slot = &c->gv_pitch;
        else if (strcmp(a, "--format") == 0) {
            const char *v = i + 1 < argc ? argv[i + 1] : "";
            if (!strcmp(v, "text") || !strcmp(v, "html") || !strcmp(v, "ssml") ||
                !strcmp(v, "auto"))
                slot = &c->in_format;
            else if (!strcmp(v, "wav") || !strcmp(v, "mp3") || !strcmp(v, "opus") ||
                     !strcmp(v, "ogg"))
                slot = &c->out_format;
            else
                return usage_error("--format takes text, html, ssml, auto, wav, mp3 or opus, "
                                   "not \"%s\"", v);
        }
        else if (strcmp(a, "--lts-model") == 0)
            slot = &c->lts_model;
        else if (strcmp(a, "--festival-lexicon") == 0)
            slot = &c->festival_lex;
        else if (strcmp(a, "--out") == 0)
            slot = &c->lts_out;
        else if (strcmp(a, "--order") == 0)
            slot = &c->lts_order;
        else if (strcmp(a, "--lexicon") == 0) {
            if (c->n_lexicons == (int)(sizeof c->lexicons / sizeof c->lexicons[0]))
                return usage_error("%s", "too many --lexicon files (at most 16)");
            slot = &c->lexicons[c->n_lexicons++];
        }
        else if (strcmp(a, "--dict") == 0) {
            if (c->n_dicts == (int)(sizeof c->dicts / sizeof c->dicts[0]))
                return usage_error("%s", "too many --dict files");
            slot = &c->dicts[c->n_dicts++];
        }
        if (slot) {
            if (i + 1 >= argc)
                return usage_error("option %s needs a value", a);
            *slot = argv[++i];
            continue;
        }
        if (strcmp(a, "-q") == 0 || strcmp(a, "--quiet") == 0)
            c->quiet = 1;
        else if (strcmp(a, "--origin") == 0)
            c->origin = 1;
        else if (strcmp(a, "--festival-e5") == 0)
            c->festival_e5 = 1;
        else if (strcmp(a, "--lts-only") == 0)
            c->lts_only = 1;
        else if (a[0] == '-' && a[1] != '\0')
            return usage_error("unknown option %s", a);
        else if (!c->cmd)
            c->cmd = a;
        else if (!c->input)
            c->input = a;
        else
            return usage_error("unexpected argument %s", a);
    }
    if (!c->cmd)
        return usage_error("%s", "no command given (speak, normalize, phonemes, labels)");
    int train = strcmp(c->cmd, "train-lts") == 0;
    if (strcmp(c->cmd, "speak") != 0 && strcmp(c->cmd, "normalize") != 0 &&
        strcmp(c->cmd, "phonemes") != 0 && strcmp(c->cmd, "labels") != 0 && !train &&
        strcmp(c->cmd, "lexicon") != 0)
        return usage_error("unknown command %s", c->cmd);
    if (strcmp(c->cmd, "lexicon") == 0 && (!c->n_lexicons || c->input))
        return usage_error("%s", c->input ? "lexicon takes its files with --lexicon"
                                          : "lexicon needs a file: --lexicon FILE");
    if ((c->lts_only || c->lts_model) && strcmp(c->cmd, "phonemes") != 0)
        return usage_error("%s", "--lts-only and --lts-model go with phonemes");
    if (c->lts_model && !c->lts_only)
        return usage_error("%s", "--lts-model goes with --lts-only");
    if ((c->n_dicts || c->festival_lex || c->lts_out || c->lts_order) && !train)
        return usage_error("%s", "--dict, --festival-lexicon, --out and --order go with train-lts");
    if (train) {
        if (!c->n_dicts && !c->festival_lex)
            return usage_error("%s", "train-lts needs a dictionary: --dict FILE");
        if (!c->lts_out)
            return usage_error("%s", "train-lts needs an output file: --out MODEL");
        if (c->input)
            return usage_error("unexpected argument %s", c->input);
        if (c->lts_order) {
            char *end = NULL;
            long v = strtol(c->lts_order, &end, 10);
            if (!*c->lts_order || *end || v < 0 || v > 16)
                return usage_error("--order %s: expected 1-16 (0: default)", c->lts_order);
        }
    }
    if ((c->marks || c->captions || c->out_format || c->bitrate || c->sample_rate ||
         c->loudness || c->true_peak || c->title || c->artist || c->date || c->vocoder ||
         c->postfilter || c->gv_spectrum || c->gv_pitch) &&
        strcmp(c->cmd, "speak") != 0)
        return usage_error("%s", "--marks, --captions and the audio options go with speak");
    if (strcmp(c->cmd, "speak") == 0 && !c->output)
        return usage_error("%s", "speak needs an output file: -o OUT.wav");
    return 0;
}

/* Read all of FILE (or stdin) into a malloc'd buffer. */
static char *read_input(const char *path, size_t *len)
{
    FILE *f = stdin;
    const char *name = "standard input";
    if (path && strcmp(path, "-") != 0) {
        f = fopen(path, "rb");
        name = path;
        if (!f) {
            fprintf(stderr, "newsvoice: cannot open %s: %s\n", path, strerror(errno));
            return NULL;
        }
    }
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap);
    while (buf) {
        if (n == cap) {
            char *nb = cap > ((size_t)256 << 20) ? NULL : realloc(buf, cap * 2);
            if (!nb) {
                fprintf(stderr, "newsvoice: %s is too large\n", name);
                free(buf);
                buf = NULL;
                break;
            }
            buf = nb;
            cap *= 2;
        }
        size_t k = fread(buf + n, 1, cap - n, f);
        n += k;
        if (k == 0) {
            if (ferror(f)) {
                fprintf(stderr, "newsvoice: cannot read %s: %s\n", name, strerror(errno));
                free(buf);
                buf = NULL;
            }
            break;
        }
    }
    if (f != stdin)
        fclose(f);
    *len = n;
    return buf;
}

typedef struct out_ctx {
    const cli *c;
    const nv_g2p *g2p;      /* phonemes --lts-only */
    nv_writer *wav;
    FILE *marks;
    FILE *captions;
    unsigned cues;
    const char *text;       /* the input, for sentence marks */
    size_t text_len;
    uint64_t samples_done;  /* samples written before the current sentence */
    double seconds;
    unsigned sentences;
    char err[512];
    int failed;
} out_ctx;

static int on_words(void *user, const nv_sentence *s)
{
    (void)user;
    if (s->index > 0 && s->starts_paragraph)
        putchar('\n');
    for (size_t i = 0; i < s->n_words; i++)
        printf("%s%s", i ? " " : "", s->words[i].display);
    putchar('\n');
    return 0;
}

static int on_phones(void *user, const nv_sentence *s)
{
    const out_ctx *o = user;
    if (s->index > 0)
        putchar('\n');
    for (size_t i = 0; i < s->n_words; i++) {
        const nv_word *w = &s->words[i];
        const char *phones = w->phones, *origin = w->origin;
        char buf[NV_PRON_MAX_PH * 5 + 1];
        if (o->g2p) {
            nv_pron p;
            int r = nv__g2p_predict(o->g2p, w->text, strlen(w->text), 0, &p);
            if (r < 0)
                return 1;
            if (r == 0 || p.n_ph == 0)
                continue;   /* nothing pronounceable, as in the pipeline */
            nv__pron_arpabet(&p, buf, sizeof buf);
            phones = buf;
            origin = "guess";
        }
        printf("%s\t%s\t%s\n", w->whole_token ? w->written : w->text, phones, origin);
    }
    return 0;
}

static int on_labels(void *user, const nv_sentence *s)
{
    (void)user;
    for (size_t i = 0; i < s->n_labels; i++)
        puts(s->labels[i]);
    putchar('\n');
    return 0;
}

/* value as a JSON string: quotes, backslashes and control characters escaped,
 * newlines as spaces (a sentence may span lines) */
static void json_string(FILE *f, const char *s, size_t len)
{
    fputc('"', f);
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '"' || c == '\\')
            fprintf(f, "\\%c", c);
        else if (c == '\n' || c == '\r' || c == '\t')
            fputc(' ', f);
        else if (c < 0x20)
            fprintf(f, "\\u%04x", c);
        else
            fputc(c, f);
    }
    fputc('"', f);
}

static void write_mark(FILE *f, uint64_t ms, const char *type, size_t b, size_t e,
                       const char *value, size_t len)
{
    fprintf(f, "{\"time\":%llu,\"type\":\"%s\",\"start\":%zu,\"end\":%zu,\"value\":",
            (unsigned long long)ms, type, b, e);
    json_string(f, value, len);
    fputs("}\n", f);
}

static void write_ssml_mark(out_ctx *o, const nv_sentence *s, size_t m)
{
    uint64_t rate = s->sample_rate;
    uint64_t t = o->samples_done + s->marks[m].audio_pos;
    size_t b = s->marks[m].src_offset, e = b;
    while (e < o->text_len && o->text[e] != '>')
        e++;
    write_mark(o->marks, (t * 1000 + rate / 2) / rate, "ssml", b, e < o->text_len ? e + 1 : e,
               s->marks[m].name, strlen(s->marks[m].name));
}

static void write_marks(out_ctx *o, const nv_sentence *s)
{
    uint64_t rate = s->sample_rate;
    uint64_t t0 = o->samples_done;
    write_mark(o->marks, (t0 * 1000 + rate / 2) / rate, "sentence", s->src_begin, s->src_end,
               o->text + s->src_begin, s->src_end - s->src_begin);
    for (size_t i = 0; i < s->n_words; i++) {
        const nv_word *w = &s->words[i];
        if (i > 0 && w->src_begin == s->words[i - 1].src_begin)
            continue;   /* one mark per written token ("21" -> twenty one) */
        uint64_t t = t0 + w->audio_begin;
        /* SSML marks standing before this word come first */
        for (size_t m = 0; m < s->n_marks; m++)
            if (s->marks[m].audio_pos <= w->audio_begin &&
                (i == 0 || s->marks[m].audio_pos > s->words[i - 1].audio_begin))
                write_ssml_mark(o, s, m);
        write_mark(o->marks, (t * 1000 + rate / 2) / rate, "word", w->src_begin, w->src_end,
                   w->written, strlen(w->written));
    }
    for (size_t m = 0; m < s->n_marks; m++)
        if (s->n_words == 0 || s->marks[m].audio_pos > s->words[s->n_words - 1].audio_begin)
            write_ssml_mark(o, s, m);
}

static void vtt_time(FILE *f, uint64_t ms)
{
    fprintf(f, "%02llu:%02llu:%02llu.%03llu", (unsigned long long)(ms / 3600000),
            (unsigned long long)(ms / 60000 % 60), (unsigned long long)(ms / 1000 % 60),
            (unsigned long long)(ms % 1000));
}

/* One WebVTT cue a sentence, from its first word's start to its last word's
 * end; the text is the sentence as written, markup removed. */
static void write_cue(out_ctx *o, const nv_sentence *s)
{
    if (s->n_words == 0)
        return;
    uint64_t rate = s->sample_rate;
    uint64_t b = (o->samples_done + s->words[0].audio_begin) * 1000 / rate;
    uint64_t e = (o->samples_done + s->words[s->n_words - 1].audio_end) * 1000 / rate;
    fprintf(o->captions, "%u\n", ++o->cues);
    vtt_time(o->captions, b);
    fputs(" --> ", o->captions);
    vtt_time(o->captions, e);
    fputc('\n', o->captions);
    int in_tag = 0, space = 0, any = 0;
    static const struct { const char *ent, *ch; } ents[] = {
        {"&amp;", "&"}, {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&apos;", "'"}};
    for (size_t i = s->src_begin; i < s->src_end && i < o->text_len; i++) {
        char c = o->text[i];
        if (c == '<') { in_tag = 1; continue; }
        if (in_tag) { in_tag = c != '>'; continue; }
        if (c == '\n' || c == '\r' || c == '\t' || c == ' ') { space = any; continue; }
        if (space) fputc(' ', o->captions);
        space = 0;
        any = 1;
        size_t k = 0;
        for (; c == '&' && k < sizeof ents / sizeof ents[0]; k++)
            if (!strncmp(o->text + i, ents[k].ent, strlen(ents[k].ent)))
                break;
        if (c == '&' && k < sizeof ents / sizeof ents[0]) {
            fputs(ents[k].ch, o->captions);
            i += strlen(ents[k].ent) - 1;
        } else if (c == '-' && i + 2 < s->src_end && o->text[i + 1] == '-' && o->text[i + 2] == '>') {
            fputc(c, o->captions);   /* "-->" may not appear in a cue */
            fputc(' ', o->captions);
        } else {
            fputc(c, o->captions);
        }
    }
    fputs("\n\n", o->captions);
}

static int on_audio(void *user, const nv_sentence *s)
{
    out_ctx *o = user;
    if (o->marks)
        write_marks(o, s);
    if (o->captions)
        write_cue(o, s);
    if (nv_writer_write(o->wav, s->samples, s->n_samples, o->err, sizeof o->err) != NV_OK) {
        o->failed = 1;
        return 1;
    }
    o->seconds += (double)s->n_samples / s->sample_rate;
    o->samples_done += s->n_samples;
    o->sentences++;
    return 0;
}

static int exit_for(nv_status st)
{
    switch (st) {
    case NV_OK: return EXIT_OK;
    case NV_EUTF8: case NV_EEMPTY: case NV_ELIMIT: case NV_ESYNTAX: return EXIT_INPUT;
    case NV_EVOICE: case NV_EDATA: return EXIT_DATA;
    case NV_EINVAL: return EXIT_USAGE;
    case NV_EIO: return EXIT_OUTPUT;
    default: return EXIT_FAILURE_;
    }
}

/* The model for phonemes --lts-only: --lts-model, else cmu.g2p in --data,
 * $NEWSVOICE_DATA, the build's data folder, the installed one. */
static int open_g2p(const cli *c, nv_g2p **g)
{
    char err[512], path[4096];
    const char *env = getenv("NEWSVOICE_DATA");
    const char *dirs[] = {c->data, env && *env ? env : NULL, NV_G2P_BUILD_DATADIR,
                          NV_G2P_INSTALL_DATADIR};
    const char *use = c->lts_model;
    for (size_t i = 0; !use && i < sizeof dirs / sizeof dirs[0]; i++) {
        if (!dirs[i])
            continue;
        snprintf(path, sizeof path, "%s/%s", dirs[i], NV_G2P_FILE);
        FILE *f = fopen(path, "rb");
        if (f || c->data || i == 1) {   /* an explicit folder is not skipped */
            if (f)
                fclose(f);
            use = path;
        }
    }
    if (!use)
        use = NV_G2P_INSTALL_DATADIR "/" NV_G2P_FILE;
    if (nv__g2p_open(use, g, err, sizeof err) != 0) {
        fprintf(stderr, "newsvoice: %s\n", err);
        return -1;
    }
    return 0;
}

typedef struct bad_ctx {
    const char *file;
    long shown;
} bad_ctx;

static void on_bad_line(void *user, unsigned long line, const char *why)
{
    bad_ctx *b = user;
    if (b->shown++ < 50)
        fprintf(stderr, "newsvoice: %s:%lu: %s\n", b->file, line, why);
}

static int train_lts(const cli *c)
{
    nv_g2p_dict *d = nv__g2p_dict_new();
    if (!d) {
        fprintf(stderr, "newsvoice: out of memory\n");
        return EXIT_FAILURE_;
    }
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    long bad = 0;
    int rc = EXIT_OK;
    for (int k = 0; k <= c->n_dicts && rc == EXIT_OK; k++) {
        const char *file = k < c->n_dicts ? c->dicts[k] : c->festival_lex;
        if (!file)
            continue;
        size_t len = 0;
        char *text = read_input(file, &len);
        if (!text) {
            rc = EXIT_INPUT;
            break;
        }
        bad_ctx b = {file, 0};
        long nb = nv__g2p_dict_parse(d, text, len, k == c->n_dicts, on_bad_line, &b);
        free(text);
        if (nb < 0) {
            fprintf(stderr, "newsvoice: out of memory reading %s\n", file);
            rc = EXIT_FAILURE_;
        } else {
            if (nb > 50)
                fprintf(stderr, "newsvoice: %s: %ld more bad lines\n", file, nb - 50);
            bad += nb;
        }
    }
    if (rc == EXIT_OK && nv__g2p_dict_size(d) == 0) {
        fprintf(stderr, "newsvoice: no usable dictionary entries\n");
        rc = EXIT_INPUT;
    }
    if (rc == EXIT_OK) {
        nv_g2p_train_opts opt;
        memset(&opt, 0, sizeof opt);
        opt.order = c->lts_order ? atoi(c->lts_order) : 0;
        opt.verbose = !c->quiet;
        char err[512];
        if (nv__g2p_train(d, &opt, c->lts_out, err, sizeof err) != 0) {
            fprintf(stderr, "newsvoice: %s\n", err);
            rc = strncmp(err, "cannot write", 12) == 0 ? EXIT_OUTPUT : EXIT_FAILURE_;
        }
    }
    clock_gettime(CLOCK_MONOTONIC, &t1);
    if (rc == EXIT_OK && !c->quiet)
        fprintf(stderr, "newsvoice: trained %s from %zu entries (%ld bad lines skipped) "
                "in %.1f s\n", c->lts_out, nv__g2p_dict_size(d), bad,
                (double)(t1.tv_sec - t0.tv_sec) + (t1.tv_nsec - t0.tv_nsec) * 1e-9);
    nv__g2p_dict_free(d);
    return rc;
}

/* Headline and byline of a plain-text article, for the file's metadata: the
 * first paragraph when it is short and has no closing punctuation, and a
 * paragraph among the first three that starts with "By ". */
static void guess_tags(const char *text, size_t len, char *title, size_t tcap, char *artist,
                       size_t acap)
{
    title[0] = artist[0] = '\0';
    if (len > 0 && text[0] == '<')
        return;   /* markup: no guessing */
    size_t i = 0;
    for (int para = 0; para < 3 && i < len; para++) {
        while (i < len && (text[i] == '\n' || text[i] == ' ' || text[i] == '\r' || text[i] == '\t'))
            i++;
        size_t b = i;
        while (i < len && !(text[i] == '\n' && i + 1 < len && text[i + 1] == '\n'))
            i++;
        size_t e = i;
        while (e > b && (text[e - 1] == '\n' || text[e - 1] == ' ' || text[e - 1] == '\r'))
            e--;
        if (e == b)
            continue;
        int words = 1;
        for (size_t k = b; k < e; k++)
            words += text[k] == ' ';
        char last = text[e - 1];
        if (para == 0 && words <= 25 && last != '.' && last != '?' && last != '!' &&
            last != '"' && e - b < tcap)
            snprintf(title, tcap, "%.*s", (int)(e - b), text + b);
        else if (e - b > 3 && !strncmp(text + b, "By ", 3) && e - b - 3 < acap && !artist[0])
            snprintf(artist, acap, "%.*s", (int)(e - b - 3), text + b + 3);
    }
    for (char *p = title; *p; p++)
        if (*p == '\n' || *p == '\r')
            *p = ' ';
}

/* A number option: 0 and the value, or -1 after a usage message. */
static int number(const char *name, const char *v, double *out)
{
    char *end;
    *out = v ? strtod(v, &end) : 0;
    if (v && (end == v || *end)) {
        fprintf(stderr, "newsvoice: %s needs a number, not \"%s\"\n", name, v);
        return -1;
    }
    return 0;
}

static nv_format input_format(const cli *c)
{
    const char *f = c->in_format;
    if (!f || !strcmp(f, "auto"))
        return NV_FORMAT_AUTO;
    return !strcmp(f, "html") ? NV_FORMAT_HTML : !strcmp(f, "ssml") ? NV_FORMAT_SSML
                                                                     : NV_FORMAT_TEXT;
}

static int run(const cli *c, const char *text, size_t len)
{
    nv_engine_options opt;
    memset(&opt, 0, sizeof opt);
    opt.voice_path = c->voice;
    opt.data_dir = c->data;
    opt.festival_e5 = c->festival_e5;
    opt.lexicons = c->lexicons;
    opt.n_lexicons = (size_t)c->n_lexicons;
    double bitrate, out_rate, loud = -16, peak, pitch;
    opt.vocoder = c->vocoder;
    if (number("--rate", c->rate, &opt.rate) || number("--pitch", c->pitch, &pitch) ||
        number("--postfilter", c->postfilter, &opt.postfilter) ||
        number("--gv-spectrum", c->gv_spectrum, &opt.gv_spectrum) ||
        number("--gv-pitch", c->gv_pitch, &opt.gv_pitch) ||
        number("--bitrate", c->bitrate, &bitrate) ||
        number("--sample-rate", c->sample_rate, &out_rate) ||
        number("--true-peak", c->true_peak, &peak) ||
        (c->loudness && strcmp(c->loudness, "off") && number("--loudness", c->loudness, &loud)))
        return EXIT_USAGE;
    opt.pitch_semitones = pitch;
    nv_writer_options wopt;
    memset(&wopt, 0, sizeof wopt);
    wopt.format = c->out_format;
    wopt.bitrate_kbps = (int)bitrate;
    wopt.sample_rate = (unsigned)out_rate;
    /* MP3 and Opus are for publishing: normalised unless told otherwise. WAV is
     * the master copy: as synthesised unless --loudness asks for it. */
    const char *ext = c->output ? strrchr(c->output, '.') : NULL;
    const char *fmt = c->out_format ? c->out_format : ext ? ext + 1 : "wav";
    int lossy = !strcmp(fmt, "mp3") || !strcmp(fmt, "opus") || !strcmp(fmt, "ogg");
    wopt.normalize = c->loudness ? strcmp(c->loudness, "off") != 0 : lossy;
    wopt.target_lufs = loud;
    wopt.true_peak_dbtp = peak;
    char title[256], artist[128];
    guess_tags(text, len, title, sizeof title, artist, sizeof artist);
    wopt.title = c->title ? c->title : title[0] ? title : NULL;
    wopt.artist = c->artist ? c->artist : artist[0] ? artist : NULL;
    wopt.date = c->date;
    char err[512];
    nv_engine *eng = NULL;
    nv_status st = nv_engine_open(&opt, &eng, err, sizeof err);
    if (st != NV_OK) {
        fprintf(stderr, "newsvoice: %s\n", err[0] ? err : nv_strerror(st));
        return exit_for(st);
    }
    nv_job *job = NULL;
    if ((st = nv_job_new(eng, &job)) != NV_OK) {
        fprintf(stderr, "newsvoice: %s\n", nv_strerror(st));
        nv_engine_close(eng);
        return exit_for(st);
    }
    out_ctx o;
    memset(&o, 0, sizeof o);
    o.c = c;
    o.text = text;
    o.text_len = len;
    int rc = EXIT_OK;
    if (strcmp(c->cmd, "speak") == 0) {
        st = nv_writer_open_opts(c->output, nv_engine_sample_rate(eng), &wopt, &o.wav, err,
                                 sizeof err);
        if (st == NV_OK && c->marks && !(o.marks = fopen(c->marks, "w"))) {
            fprintf(stderr, "newsvoice: cannot write %s: %s\n", c->marks, strerror(errno));
            nv_writer_close(o.wav, 0, NULL, 0);
            rc = EXIT_OUTPUT;
        } else if (st == NV_OK && c->captions && !(o.captions = fopen(c->captions, "w"))) {
            fprintf(stderr, "newsvoice: cannot write %s: %s\n", c->captions, strerror(errno));
            nv_writer_close(o.wav, 0, NULL, 0);
            if (o.marks) {
                fclose(o.marks);
                remove(c->marks);
            }
            rc = EXIT_OUTPUT;
        } else if (st != NV_OK) {
            fprintf(stderr, "newsvoice: %s\n", err);
            rc = EXIT_OUTPUT;
        } else {
            if (o.captions)
                fputs("WEBVTT\n\n", o.captions);
            st = nv_job_run_format(job, text, len, input_format(c), NV_STAGE_AUDIO, on_audio, &o);
            if (st != NV_OK) {
                fprintf(stderr, "newsvoice: %s\n", o.failed ? o.err : nv_job_errmsg(job));
                rc = o.failed ? EXIT_OUTPUT : exit_for(st);
                nv_writer_close(o.wav, 0, NULL, 0);
            } else if (nv_writer_close(o.wav, 1, err, sizeof err) != NV_OK) {
                fprintf(stderr, "newsvoice: %s\n", err);
                rc = EXIT_OUTPUT;
            } else if (!c->quiet) {
                fprintf(stderr, "newsvoice: wrote %s (%.1f s of audio, %u sentences)\n",
                        c->output, o.seconds, o.sentences);
            }
            if (o.marks && (fclose(o.marks) != 0 || rc != EXIT_OK)) {
                if (rc == EXIT_OK) {
                    fprintf(stderr, "newsvoice: cannot write %s\n", c->marks);
                    rc = EXIT_OUTPUT;
                }
                remove(c->marks);
            }
            if (o.captions) {
                if (fclose(o.captions) != 0 || rc != EXIT_OK) {
                    if (rc == EXIT_OK) {
                        fprintf(stderr, "newsvoice: cannot write %s\n", c->captions);
                        rc = EXIT_OUTPUT;
                    }
                    remove(c->captions);
                }
            }
        }
    } else {
        nv_stage stage = NV_STAGE_WORDS;
        nv_sentence_fn fn = on_words;
        if (strcmp(c->cmd, "phonemes") == 0) {
            stage = NV_STAGE_PHONES;
            fn = on_phones;
            if (c->lts_only) {
                nv_g2p *g = NULL;
                if (open_g2p(c, &g) != 0) {
                    nv_job_free(job);
                    nv_engine_close(eng);
                    return EXIT_DATA;
                }
                o.g2p = g;
                stage = NV_STAGE_WORDS;
            }
        } else if (strcmp(c->cmd, "labels") == 0) {
            stage = NV_STAGE_LABELS;
            fn = on_labels;
        }
        st = nv_job_run_format(job, text, len, input_format(c), stage, fn, &o);
        if (st != NV_OK) {
            fprintf(stderr, "newsvoice: %s\n", o.g2p && st == NV_ESTOPPED
                                                    ? "out of memory" : nv_job_errmsg(job));
            rc = exit_for(st);
        }
        nv__g2p_close((nv_g2p *)(uintptr_t)o.g2p);
        if (fflush(stdout) != 0) {
            fprintf(stderr, "newsvoice: cannot write standard output: %s\n", strerror(errno));
            rc = EXIT_OUTPUT;
        }
    }
    nv_job_free(job);
    nv_engine_close(eng);
    return rc;
}

/* newsvoice lexicon: load the publisher lexicons as the engine would. */
static int check_lexicons(const cli *c)
{
    nv_engine_options opt;
    memset(&opt, 0, sizeof opt);
    opt.voice_path = c->voice;
    opt.data_dir = c->data;
    opt.lexicons = c->lexicons;
    opt.n_lexicons = (size_t)c->n_lexicons;
    nv_engine *eng = NULL;
    char err[512];
    nv_status st = nv_engine_open(&opt, &eng, err, sizeof err);
    if (st != NV_OK) {
        fprintf(stderr, "newsvoice: %s\n", err);
        return exit_for(st);
    }
    printf("%zu entries in %d file%s\n", nv_engine_lexicon_entries(eng), c->n_lexicons,
           c->n_lexicons == 1 ? "" : "s");
    nv_engine_close(eng);
    return EXIT_OK;
}

int main(int argc, char **argv)
{
    cli c;
    int pr = parse_args(argc, argv, &c);
    if (pr != 0)
        return pr < 0 ? EXIT_OK : pr;
    if (strcmp(c.cmd, "train-lts") == 0)
        return train_lts(&c);
    if (strcmp(c.cmd, "lexicon") == 0)
        return check_lexicons(&c);
    size_t len = 0;
    char *text = read_input(c.input, &len);
    if (!text)
        return EXIT_INPUT;
    if (c.input && strcmp(c.input, "-") != 0 && len == 0) {
        fprintf(stderr, "newsvoice: %s is empty\n", c.input);
        free(text);
        return EXIT_INPUT;
    }
    int rc = run(&c, text, len);
    free(text);
    return rc;
}
