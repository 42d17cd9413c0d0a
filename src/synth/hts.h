/* hts.h - the synthesizer: HTS labels -> PCM through the hts_engine API
 * (internal). This module is the only one that includes HTS_engine.h.
 *
 * hts_engine computes the state durations and the speech parameters; the
 * samples come from one of our vocoders: the MLSA vocoder (synth/vocoder.h),
 * which gives the same samples as hts_engine 1.10's vocoder, bit for bit,
 * about 8 times faster, or the frequency-domain vocoder (synth/fdvoc.h,
 * "ours", docs/VOCODER.md), faster again and with mixed excitation. Both give
 * the same sample count and label durations for the same labels.
 *
 * Environment, read by nv__synth_open:
 *   NEWSVOICE_VOCODER   unset or empty: the default ("ours"); "mlsa" or
 *                       "newsvoice": our MLSA vocoder; "ours": the
 *                       frequency-domain vocoder; "hts": hts_engine's own
 *                       vocoder (for comparison); nv__synth_set_vocoder
 *                       overrides it; anything else: nv__synth_open fails,
 *                       naming it.
 * Voices or settings our vocoders do not implement (LSP/MGC streams, a low-pass
 * excitation stream; for MLSA also a post-filter) use hts_engine's vocoder. */
#ifndef NV_SYNTH_HTS_H
#define NV_SYNTH_HTS_H

#include <stddef.h>
#include <stdint.h>

typedef struct nv_synth nv_synth;

/* Load a voice. Returns NULL and writes a message into err on failure. */
nv_synth *nv__synth_open(const char *voice_path, char *err, size_t err_len);
void nv__synth_close(nv_synth *s);
unsigned nv__synth_rate(const nv_synth *s);
/* Speaking rate (1 = the voice's own, >1 faster) and pitch shift in semitones,
 * for all later utterances. */
void nv__synth_set_voice(nv_synth *s, double rate, double pitch_semitones);
/* Global-variance weights of the spectrum (stream 0) and log F0 (stream 1). */
void nv__synth_set_gv(nv_synth *s, double spectrum, double lf0);
/* Choose the vocoder: "mlsa", "ours" or "hts" (see newsvoice.h); NULL or ""
 * keeps the current one. Returns 0, or -1 with a message in err for an unknown
 * name. */
int nv__synth_set_vocoder(nv_synth *s, const char *name, char *err, size_t err_len);
/* Is name a vocoder nv__synth_set_vocoder accepts? */
int nv__synth_vocoder_known(const char *name);
/* Cepstral postfilter strength (hts_engine's beta), 0 to 0.8. */
void nv__synth_set_postfilter(nv_synth *s, double beta);
/* Synthesize one utterance's labels. On success returns 0 and points *pcm at
 * *n_samples 16-bit samples owned by the synth (valid until the next call).
 * If label_samples is not NULL it receives, for each label, the number of
 * samples it lasts (from the state durations; they add up to *n_samples).
 * Returns -1 on failure (message in err). */
int nv__synth_run(nv_synth *s, char **labels, size_t n_labels, const int16_t **pcm,
                  size_t *n_samples, uint32_t *label_samples, char *err, size_t err_len);

#endif
