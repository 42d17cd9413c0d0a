#!/usr/bin/env bash
# Speech marks (speak --marks): JSON lines in the shape of Amazon Polly's speech
# marks; byte offsets that cut the written words out of the input; times that
# increase, stay inside the audio, and match it (silence before each sentence's
# first word, speech right after every word mark).
set -euo pipefail
: "${NEWSVOICE:?NEWSVOICE must point at the newsvoice binary}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
printf '%s\n' \
  'Gov. Ellen Marchetti signed the bill on Tuesday, aides said.' '' \
  'The \xe2\x80\x9cfirst\xe2\x80\x9d payment, $4.2 million, arrives Sept. 21. Critics said no.' \
  | sed 's/\\xe2\\x80\\x9c/\xe2\x80\x9c/; s/\\xe2\\x80\\x9d/\xe2\x80\x9d/' > "$work/in.txt"
"$NEWSVOICE" speak -q "$work/in.txt" -o "$work/out.wav" --marks "$work/marks.jsonl"
python3 - "$work/in.txt" "$work/marks.jsonl" "$work/out.wav" <<'PY'
import json, sys, wave, array
text = open(sys.argv[1], "rb").read()
marks = [json.loads(l) for l in open(sys.argv[2], encoding="utf-8")]
w = wave.open(sys.argv[3])
rate, n = w.getframerate(), w.getnframes()
pcm = array.array("h", w.readframes(n))
dur_ms = n * 1000 / rate
fails = []
def check(cond, msg):
    if not cond:
        fails.append(msg)
def rms(a_ms, b_ms):
    a, b = int(a_ms * rate / 1000), int(b_ms * rate / 1000)
    seg = pcm[a:b]
    return (sum(x * x for x in seg) / max(1, len(seg))) ** 0.5
for m in marks:
    check(set(m) == {"time", "type", "start", "end", "value"}, f"keys {m}")
    check(text[m["start"]:m["end"]].decode("utf-8") == m["value"], f"offsets {m}")
    check(0 <= m["time"] < dur_ms, f"time outside the audio {m}")
times = [m["time"] for m in marks]
check(times == sorted(times), "times decrease")
sent = [m for m in marks if m["type"] == "sentence"]
words = [m for m in marks if m["type"] == "word"]
check([s["value"] for s in sent] == [
    "Gov. Ellen Marchetti signed the bill on Tuesday, aides said.",
    "The \u201cfirst\u201d payment, $4.2 million, arrives Sept. 21.",
    "Critics said no."], f"sentences {[s['value'] for s in sent]}")
check([x["value"] for x in words] == (
    "Gov Ellen Marchetti signed the bill on Tuesday aides said The first payment "
    "$4.2 million arrives Sept 21 Critics said no").split(), f"words {[x['value'] for x in words]}")
for i, s in enumerate(sent):
    first = next(x for x in words if x["time"] >= s["time"])
    lead = first["time"] - s["time"]
    # 0.1-0.4 s of opening pause, plus 0.45 s before a new paragraph
    check(100 <= lead <= 900, f"sentence {i}: first word {lead} ms after the sentence start")
    check(rms(s["time"] + 10, first["time"] - 10) < 300, f"sentence {i}: noise before the first word")
quiet = [x["value"] for x in words if rms(x["time"], x["time"] + 150) < 600]
check(len(quiet) <= 1, f"words whose mark is followed by silence: {quiet}")
print(f"{len(sent)} sentences, {len(words)} words, audio {dur_ms:.0f} ms")
for f in fails:
    print("FAIL:", f)
print(f"{0 if fails else 1} passed, {1 if fails else 0} failed")
sys.exit(1 if fails else 0)
PY
