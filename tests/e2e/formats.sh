#!/usr/bin/env bash
# MP3 and Ogg Opus output, chosen by the file extension: they decode cleanly
# with ffmpeg, last as long as the WAV rendering of the same text, and carry the
# same level; every format is at -16 LUFS (within 1 LU) with its true peak at
# or under -1 dBTP, measured by ffmpeg's ITU-R BS.1770 meter.
set -euo pipefail
: "${NEWSVOICE:?NEWSVOICE must point at the newsvoice binary}"
command -v ffmpeg >/dev/null || { echo "ffmpeg is not installed"; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
printf 'The council approved the budget on Tuesday. Critics said the plan came too late.\n' > "$work/in.txt"
fails=0
"$NEWSVOICE" speak -q "$work/in.txt" -o "$work/a.wav" --loudness -16
ref=$(soxi -D "$work/a.wav")
ref_rms=$(sox "$work/a.wav" -n stat 2>&1 | awk '/RMS +amplitude/ {print $3}')
for ext in mp3 opus ogg; do
    "$NEWSVOICE" speak -q "$work/in.txt" -o "$work/a.$ext"
    if [ -n "$(ffmpeg -v error -i "$work/a.$ext" -f null - 2>&1)" ]; then
        echo "FAIL: $ext does not decode cleanly"; fails=$((fails + 1)); continue
    fi
    ffmpeg -v error -i "$work/a.$ext" -ar 32000 -ac 1 "$work/dec-$ext.wav"
    dur=$(soxi -D "$work/dec-$ext.wav")
    rms=$(sox "$work/dec-$ext.wav" -n stat 2>&1 | awk '/RMS +amplitude/ {print $3}')
    codec=$(ffprobe -v error -show_entries stream=codec_name -of csv=p=0 "$work/a.$ext")
    echo "$ext: codec $codec, $dur s (WAV $ref s), RMS $rms (WAV $ref_rms)"
    python3 - "$dur" "$ref" "$rms" "$ref_rms" "$codec" "$ext" <<'PY' || fails=$((fails + 1))
import math, sys
dur, ref, rms, ref_rms = map(float, sys.argv[1:5])
codec, ext = sys.argv[5], sys.argv[6]
want = {"mp3": "mp3", "opus": "opus", "ogg": "opus"}[ext]
ok = codec == want and abs(dur - ref) < 0.08 and abs(20 * math.log10(rms / ref_rms)) < 1.0
print("  ok" if ok else f"FAIL: codec {codec} (want {want}), duration or level differs")
sys.exit(0 if ok else 1)
PY
done
for ext in wav mp3 opus; do
    read -r lufs peak < <(ffmpeg -hide_banner -nostats -i "$work/a.$ext" -af ebur128=peak=true \
        -f null - 2>&1 | awk '/I:/ {i=$2} /Peak:/ {p=$2} END {print i, p}')
    echo "$ext: integrated $lufs LUFS, true peak $peak dBTP"
    python3 -c 'import sys; l, p = map(float, sys.argv[1:]); sys.exit(0 if abs(l + 16) <= 1 and p <= -1.0 else 1)' \
        "$lufs" "$peak" || { echo "FAIL: $ext loudness $lufs LUFS / peak $peak dBTP"; fails=$((fails + 1)); }
done
# a whole article (peaks the short text never reaches), checked with ffmpeg's own
# decoders as players use them
for ext in mp3 opus; do
    "$NEWSVOICE" speak -q "${NV_SOURCE_DIR:-.}/examples/sample-article.txt" -o "$work/long.$ext"
    read -r lufs peak < <(ffmpeg -hide_banner -nostats -i "$work/long.$ext" -af ebur128=peak=true \
        -f null - 2>&1 | awk '/I:/ {i=$2} /Peak:/ {p=$2} END {print i, p}')
    echo "article $ext: integrated $lufs LUFS, true peak $peak dBTP"
    python3 -c 'import sys; l, p = map(float, sys.argv[1:]); sys.exit(0 if abs(l + 16) <= 1 and p <= -1.0 else 1)' \
        "$lufs" "$peak" || { echo "FAIL: article $ext loudness $lufs LUFS / peak $peak dBTP"; fails=$((fails + 1)); }
done
# metadata: headline and byline of a text article, the date from --date
printf 'Council backs new bridge\n\nBy Ana Ruiz\n\nThe council voted on Tuesday.\n' > "$work/art.txt"
for ext in mp3 opus; do
    "$NEWSVOICE" speak -q "$work/art.txt" -o "$work/t.$ext" --date 2026-05-04
    tags=$(ffprobe -v error -show_entries format_tags:stream_tags -of default=nw=1 "$work/t.$ext")
    if echo "$tags" | grep -qix 'TAG:title=Council backs new bridge' &&
       echo "$tags" | grep -qix 'TAG:artist=Ana Ruiz' && echo "$tags" | grep -q '2026-05-04'; then
        echo "$ext: tags ok"
    else
        echo "FAIL: $ext tags: $tags"; fails=$((fails + 1))
    fi
done
echo "$((10 - fails)) passed, $fails failed"
[ "$fails" = 0 ]
