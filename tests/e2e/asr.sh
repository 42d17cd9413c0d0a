#!/usr/bin/env bash
# End-to-end intelligibility: speak examples/sample-article.txt, check the WAV
# format and duration, transcribe it with pocketsphinx and compare the words
# with `newsvoice normalize` of the same article (Levenshtein word alignment,
# bench/wer.py).
#
#   bash tests/e2e/asr.sh                      # as ctest runs it
#   NV_KEEP_TMP=1 bash tests/e2e/asr.sh        # keep the audio and transcripts
#   NEWSVOICE=bench/festival-cli bash tests/e2e/asr.sh   # the Festival baseline
#
# Thresholds. pocketsphinx with its generic LM does not reach 0 % WER even on
# natural speech, so the bar is set relative to what engines reading this
# article score with the same scoring:
#     newsvoice 0.1.0 (reference: its own normalize, 464 words; two builds):
#         word accuracy 0.819-0.832 (WER 0.168-0.181), matched 0.849-0.856,
#         0.35 s per word
#     Festival 2.5, cmu_us_slt_arctic_hts (bench/festival-cli; same voice),
#     against the same newsvoice reference and against its own reading:
#         word accuracy 0.817 (WER 0.183), matched 0.845, 0.36 s per word
#     against Festival's reading:
#     Flite 2.2, slt:       word accuracy 0.778, matched 0.817
#     eSpeak NG 1.51:       word accuracy 0.157, matched 0.160
# The minimums sit about 15 points under Festival: broken synthesis (misread
# numbers, dropped sentences, garbled spectra or timing) falls far below
# them, ordinary recogniser noise does not.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

MIN_ACCURACY=0.67     # 1 - WER
MIN_MATCHED=0.70      # fraction of reference words recognised
SEC_PER_WORD_MIN=0.25 # duration of the audio / reference words
SEC_PER_WORD_MAX=0.60

article=$NV_SOURCE_DIR/examples/sample-article.txt
[[ -s $article ]] || e2e_fail "$article missing"
nv_need sox soxi pocketsphinx_continuous python3
python3 "$NV_WER" --self-test >/dev/null || e2e_fail "bench/wer.py self-test (run it for details)"
e2e_cli_ready
tmp=$(e2e_mktemp)
e2e_cleanup "$tmp"

echo "newsvoice: $NEWSVOICE"
echo "article:   $article"

"$NEWSVOICE" normalize "$article" >"$tmp/ref.txt" ||
    e2e_fail "newsvoice normalize exited with status $?"
ref_words=$(python3 "$NV_WER" --normalize "$tmp/ref.txt" | wc -w)
# Every written word should be spoken; numbers and abbreviations only add
# words. 90 % of the written words leaves room for a dropped byline.
text_words=$(python3 "$NV_WER" --normalize "$article" | wc -w)
echo "words: $text_words written, $ref_words spoken (newsvoice normalize)"
e2e_at_least "spoken words" "$ref_words" "$(e2e_calc "$text_words * 0.9")"

"$NEWSVOICE" speak "$article" -o "$tmp/a.wav" ||
    e2e_fail "newsvoice speak exited with status $?"
e2e_wav_format "$tmp/a.wav" 32000 1 16
duration=$(soxi -D "$tmp/a.wav")
sec_per_word=$(e2e_calc "$duration / $ref_words")
echo "duration: $duration s, $sec_per_word s per word"
e2e_in_range "seconds per word" "$sec_per_word" "$SEC_PER_WORD_MIN" "$SEC_PER_WORD_MAX"

nv_asr "$tmp/a.wav" "$tmp/hyp.txt"
declare -A r
while IFS='=' read -r k v; do
    r[$k]=$v
done < <(python3 "$NV_WER" "$tmp/ref.txt" "$tmp/hyp.txt")
echo "asr: ${r[ref_words]} reference words, ${r[hyp_words]} recognised;" \
    "correct ${r[correct]}, sub ${r[sub]}, del ${r[del]}, ins ${r[ins]}"
echo "asr: WER ${r[wer]}, word accuracy ${r[accuracy]}, matched ${r[matched]}" \
    "(thresholds: accuracy >= $MIN_ACCURACY, matched >= $MIN_MATCHED)"

ok=1
python3 -c 'import sys; sys.exit(float(sys.argv[1]) < float(sys.argv[2]))' \
    "${r[accuracy]}" "$MIN_ACCURACY" || ok=0
python3 -c 'import sys; sys.exit(float(sys.argv[1]) < float(sys.argv[2]))' \
    "${r[matched]}" "$MIN_MATCHED" || ok=0
if ((!ok)); then
    echo "--- recogniser output:" >&2
    cat "$tmp/hyp.txt" >&2
    echo "--- word errors (S ref -> hyp, D missing, I extra):" >&2
    python3 "$NV_WER" --show "$tmp/ref.txt" "$tmp/hyp.txt" >/dev/null
    e2e_fail "speech not intelligible enough: word accuracy ${r[accuracy]} (min $MIN_ACCURACY), matched ${r[matched]} (min $MIN_MATCHED)"
fi
echo "PASS"
