# shellcheck shell=bash
# Shared helpers for bench/* and tests/e2e/*.sh. Source it; do not run it.
#
#   nv_need CMD...              fail unless every command is on PATH
#   nv_speak ENGINE IN OUT.wav  synthesise text file IN with one engine
#   nv_speak_cmd ENGINE IN OUT  the same command, in the array NV_CMD
#   nv_asr IN.wav OUT.txt       transcribe with pocketsphinx (16 kHz, en-us)
#
# Engines: newsvoice ($NEWSVOICE), festival (text2wave, cmu_us_slt_arctic_hts,
# the same HTS voice as newsvoice), flite (built-in slt), espeak-ng.
#
# Environment:
#   NEWSVOICE        newsvoice CLI (default: ./build/newsvoice)
#   NV_PS_MODEL_DIR  pocketsphinx model folder
#                    (default: /usr/share/pocketsphinx/model/en-us, the
#                    Debian pocketsphinx-en-us package)

NV_BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
NEWSVOICE=${NEWSVOICE:-./build/newsvoice}
NV_PS_MODEL_DIR=${NV_PS_MODEL_DIR:-/usr/share/pocketsphinx/model/en-us}
NV_FESTIVAL_VOICE='(voice_cmu_us_slt_arctic_hts)'
export NV_BENCH_DIR NEWSVOICE NV_PS_MODEL_DIR NV_FESTIVAL_VOICE

nv_need() {
    local c missing=()
    for c in "$@"; do
        command -v "$c" >/dev/null 2>&1 || missing+=("$c")
    done
    if ((${#missing[@]})); then
        echo "error: missing command(s): ${missing[*]} (see scripts/install-deps)" >&2
        return 1
    fi
}

# nv_speak_cmd ENGINE IN OUT.wav: set the array NV_CMD to the command that
# synthesises IN with ENGINE (for running under /usr/bin/time).
nv_speak_cmd() {
    local engine=$1 in=$2 out=$3
    case $engine in
        newsvoice) NV_CMD=("$NEWSVOICE" speak "$in" -o "$out") ;;
        festival) NV_CMD=(text2wave -eval "$NV_FESTIVAL_VOICE" "$in" -o "$out") ;;
        flite) NV_CMD=(flite -voice slt -f "$in" -o "$out") ;;
        espeak-ng) NV_CMD=(espeak-ng -f "$in" -w "$out") ;;
        *)
            echo "error: unknown engine '$engine'" >&2
            return 2
            ;;
    esac
}

# nv_speak ENGINE IN OUT.wav
nv_speak() {
    local NV_CMD
    nv_speak_cmd "$@" || return
    "${NV_CMD[@]}"
}

# nv_asr IN.wav OUT.txt: the hypothesis, one line per recognised utterance.
# pocketsphinx 0.8 (Debian 12) with the en-us acoustic model, the generic
# en-us trigram LM and CMUdict; input must be 16 kHz 16-bit mono.
nv_asr() {
    local in=$1 out=$2 wav16
    wav16="${out%.*}.16k.wav"
    sox -D "$in" -r 16000 -c 1 -b 16 "$wav16"
    pocketsphinx_continuous \
        -hmm "$NV_PS_MODEL_DIR/en-us" \
        -lm "$NV_PS_MODEL_DIR/en-us.lm.bin" \
        -dict "$NV_PS_MODEL_DIR/cmudict-en-us.dict" \
        -infile "$wav16" -logfn /dev/null >"$out"
    rm -f "$wav16"
}

export -f nv_need nv_speak_cmd nv_speak nv_asr
