# shellcheck shell=bash
# Helpers for the end-to-end tests (tests/e2e/*.sh). A test sources it:
#
#   . "$(dirname "$0")/lib.sh"
#
# ctest skips this file. Run directly (bash tests/e2e/lib.sh), it checks the
# helpers themselves: bench/wer.py self-test, ASR toolchain present.
#
# Environment (set by ctest, defaults for running a test by hand from the
# source tree): NEWSVOICE, NV_SOURCE_DIR, NV_SHARED_DIR, NEWSVOICE_DATA.

NV_SOURCE_DIR=${NV_SOURCE_DIR:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}
NV_SHARED_DIR=${NV_SHARED_DIR:-$NV_SOURCE_DIR/../shared}
NEWSVOICE=${NEWSVOICE:-$NV_SOURCE_DIR/build/newsvoice}
export NV_SOURCE_DIR NV_SHARED_DIR NEWSVOICE
# shellcheck source-path=SCRIPTDIR source=../../bench/lib.sh
. "$NV_SOURCE_DIR/bench/lib.sh"
NV_WER=$NV_SOURCE_DIR/bench/wer.py

# e2e_fail MESSAGE...: print the reason and fail the test.
e2e_fail() {
    echo "FAIL: $*" >&2
    exit 1
}

# e2e_cleanup DIR: remove DIR when the test exits (keep it, and print its
# path, when NV_KEEP_TMP=1). Usage: tmp=$(e2e_mktemp); e2e_cleanup "$tmp"
e2e_mktemp() {
    mktemp -d "${TMPDIR:-/tmp}/nv-e2e.XXXXXX"
}
e2e_cleanup() {
    NV_E2E_TMP=$1
    if [[ ${NV_KEEP_TMP:-0} == 1 ]]; then
        trap 'echo "kept: $NV_E2E_TMP" >&2' EXIT
    else
        trap 'rm -rf "$NV_E2E_TMP"' EXIT
    fi
}

# e2e_cli_ready: fail unless $NEWSVOICE is an executable.
e2e_cli_ready() {
    [[ -x $NEWSVOICE ]] || e2e_fail "NEWSVOICE=$NEWSVOICE is not an executable"
}

# e2e_wav_format FILE RATE CHANNELS BITS: fail unless FILE is PCM WAV with
# that format.
e2e_wav_format() {
    local f=$1 rate channels bits enc
    [[ -s $f ]] || e2e_fail "$f is missing or empty"
    if ! rate=$(soxi -r "$f") || ! channels=$(soxi -c "$f") ||
        ! bits=$(soxi -b "$f") || ! enc=$(soxi -e "$f") ||
        [[ $(soxi -t "$f") != wav ]]; then
        e2e_fail "$f is not a readable WAV file"
    fi
    echo "format: ${rate} Hz, ${channels} channel(s), ${bits}-bit, $enc"
    [[ $rate == "$2" ]] || e2e_fail "sample rate $rate Hz, expected $2 Hz"
    [[ $channels == "$3" ]] || e2e_fail "$channels channels, expected $3"
    [[ $bits == "$4" ]] || e2e_fail "$bits bits per sample, expected $4"
    [[ $enc == "Signed Integer PCM" ]] || e2e_fail "encoding '$enc', expected Signed Integer PCM"
}

# e2e_in_range WHAT VALUE LO HI: fail unless LO <= VALUE <= HI (decimals ok).
e2e_in_range() {
    python3 -c 'import sys; v, lo, hi = map(float, sys.argv[1:4]); sys.exit(0 if lo <= v <= hi else 1)' \
        "$2" "$3" "$4" || e2e_fail "$1 = $2, expected between $3 and $4"
}

# e2e_at_least WHAT VALUE MIN: fail unless VALUE >= MIN (decimals ok).
e2e_at_least() {
    python3 -c 'import sys; v, lo = map(float, sys.argv[1:3]); sys.exit(0 if v >= lo else 1)' \
        "$2" "$3" || e2e_fail "$1 = $2, expected at least $3"
}

# e2e_calc EXPR: print the value of a Python arithmetic expression.
e2e_calc() {
    python3 -c "print(round($1, 4))"
}

if [[ ${BASH_SOURCE[0]} == "$0" ]]; then
    set -euo pipefail
    nv_need sox soxi pocketsphinx_continuous python3
    for f in en-us/mdef en-us.lm.bin cmudict-en-us.dict; do
        [[ -e $NV_PS_MODEL_DIR/$f ]] || e2e_fail "pocketsphinx model file $NV_PS_MODEL_DIR/$f missing"
    done
    python3 "$NV_WER" --self-test || e2e_fail "bench/wer.py self-test"
    e2e_in_range "self-check" 0.5 0.25 0.6
    echo "e2e helpers: ok"
fi
