/* utt.h - the utterance: one sentence flowing through the pipeline.
 *
 * Each level (tokens, words, syllables, phones, labels) is an array written by one
 * stage and read-only afterwards. Links are array indexes: child -> parent, parent
 * -> first child + count. Everything lives in the job's arena and is reset after
 * the sentence. The article text is never copied: tokens keep byte spans into it.
 */
#ifndef NV_CORE_UTT_H
#define NV_CORE_UTT_H

#include <stddef.h>
#include <stdint.h>

#include "core/arena.h"
#include "pron/pron.h"

/* ingest: one whitespace-separated token */
typedef struct nv_token {
    size_t src_begin, src_end;  /* the token's core text (punctuation stripped) */
    size_t raw_begin, raw_end;  /* the whole token, punctuation included */
    char *text;                 /* core text, ASCII-folded punctuation, NUL-terminated */
    size_t len;
    char *pre, *post;           /* folded punctuation before / after the core */
    size_t pre_len, post_len;
    uint8_t line_start;         /* the token begins a line of the source text */
    /* from SSML (all zero for plain text) */
    const char *phones;         /* <phoneme>: ARPAbet for this token's word */
    uint8_t phones_cont;        /* a further token of the same <phoneme>: no words */
    uint8_t phones_origin;      /* NV_ORIGIN_* of phones (0: SSML) */
    uint8_t emph;               /* inside <emphasis> */
    uint8_t spell;              /* <say-as interpret-as="characters">: letter names */
    unsigned brk_ms;            /* <break> before this token */
} nv_token;

/* pos_hint of a word written in capitals in a headline or byline ("NYC", "CEO",
 * "AIDE"): read as the word a lexicon has, else spelled letter by letter */
#define NV_POS_SPELL_UNKNOWN "caps"

/* origin of a pronunciation */
enum {
    NV_ORIGIN_NONE = 0,
    NV_ORIGIN_LEXICON,    /* the CMU dictionary */
    NV_ORIGIN_LTS,        /* guessed by the letter-to-sound model */
    NV_ORIGIN_GIVEN,      /* SSML <phoneme> */
    NV_ORIGIN_PUBLISHER,  /* a publisher lexicon */
    NV_ORIGIN_NAMES       /* the names lexicon */
};

/* normalize + pron: one spoken word */
typedef struct nv_uword {
    char *text;             /* spoken form, lower case, NUL-terminated */
    size_t len;
    const char *pos_hint;   /* lexicon POS wanted, or NULL; NV_POS_SPELL_UNKNOWN: a word
                               in capitals to spell unless a lexicon knows it */
    uint32_t i_tok;         /* source token */
    uint8_t clitic;         /* 1: possessive 's split off the previous word (Festival) */
    uint8_t gpos;           /* NV_GPOS_* (prosody/tobi.h) */
    uint8_t brk;            /* break after the word: 1 word, 3 phrase (B), 4 final (BB) */
    uint8_t origin;         /* NV_ORIGIN_* */
    uint8_t emph;           /* SSML emphasis */
    uint8_t unspoken;       /* shown, not spoken: a script the voice cannot say */
    uint32_t syl_first;     /* first syllable in utt->syl */
    uint32_t n_syl;         /* 0 for a clitic whose schwa was deleted */
    nv_pron pron;           /* pronunciation as looked up (before post-lexical rules) */
} nv_uword;

/* one syllable */
typedef struct nv_syl {
    uint32_t i_word;
    uint32_t ph_first, n_ph;  /* phones in utt->ph (no pauses inside) */
    uint8_t stress;           /* 0/1 */
    uint8_t accent;           /* NV_ACC_* */
    uint8_t tone;             /* NV_TONE_* */
    uint8_t brk;              /* syl_break: 0 in word, 1 word end, 3 B, 4 BB */
} nv_syl;

/* one phone or pause of the segment list */
typedef struct nv_phone {
    uint8_t id;              /* NV_PH_* */
    uint32_t i_syl;          /* UINT32_MAX for a pause */
} nv_phone;

typedef struct nv_phrase {
    uint32_t word_first, n_word;
} nv_phrase;

typedef struct nv_utt {
    nv_arena *arena;
    const char *src;         /* the whole article (not copied) */
    size_t src_len;
    size_t src_begin, src_end;
    unsigned index, paragraph;
    int starts_paragraph;
    int question;            /* sentence ends with '?' */

    nv_token *tok;   uint32_t n_tok;
    nv_uword *word;  uint32_t n_word;
    nv_syl *syl;     uint32_t n_syl;
    nv_phone *ph;    uint32_t n_ph;
    nv_phrase *phr;  uint32_t n_phr;
    char **label;    uint32_t n_label;   /* one per entry of ph */
} nv_utt;

#endif
