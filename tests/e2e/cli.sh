#!/usr/bin/env bash
# The command line end to end: output formats, exit codes and error messages.
set -uo pipefail
: "${NEWSVOICE:?NEWSVOICE must point at the newsvoice binary}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fails=0 passes=0

pass() { passes=$((passes + 1)); }
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }

# expect_exit CODE PATTERN -- command...   (PATTERN matched against stderr)
expect_exit() {
    local want=$1 pattern=$2; shift 3
    "$@" > "$work/out" 2> "$work/err"
    local got=$?
    if [ "$got" != "$want" ]; then
        fail "$* -> exit $got, want $want ($(head -c 300 "$work/err"))"
    elif [ -n "$pattern" ] && ! grep -Eq -- "$pattern" "$work/err"; then
        fail "$* -> stderr '$(head -c 300 "$work/err")' lacks /$pattern/"
    elif [ "$want" != 0 ] && [ "$(wc -l < "$work/err")" -gt 2 ]; then
        fail "$* -> error message longer than one line"
    else
        pass
    fi
}

# --- help and version ------------------------------------------------------------
expect_exit 0 "" -- "$NEWSVOICE" --help
grep -q "usage: newsvoice" "$work/out" || fail "--help prints no usage"
expect_exit 0 "" -- "$NEWSVOICE" --version
grep -Eq '^newsvoice [0-9]+\.[0-9]+\.[0-9]+$' "$work/out" || fail "--version: $(cat "$work/out")"
expect_exit 2 "no command" -- "$NEWSVOICE"
expect_exit 2 "unknown command frobnicate" -- "$NEWSVOICE" frobnicate
expect_exit 2 "unknown option --bogus" -- "$NEWSVOICE" normalize --bogus
expect_exit 2 "needs an output file" -- "$NEWSVOICE" speak "$work/none.txt"

# --- input errors ---------------------------------------------------------------------
expect_exit 3 "cannot open .*missing.txt" -- "$NEWSVOICE" normalize "$work/missing.txt"
: > "$work/empty.txt"
expect_exit 3 "empty" -- "$NEWSVOICE" normalize "$work/empty.txt"
printf '  \n\n -- \n' > "$work/blank.txt"
expect_exit 3 "no words" -- "$NEWSVOICE" normalize "$work/blank.txt"
printf 'Good line.\nBad \xff byte here.\n' > "$work/bad.txt"
expect_exit 3 "byte offset 15 \(line 2, column 5\)" -- "$NEWSVOICE" normalize "$work/bad.txt"
mkdir -p "$work/adir"
expect_exit 3 "cannot read" -- "$NEWSVOICE" normalize "$work/adir"

# --- output errors leave nothing behind -------------------------------------------
printf 'The council met on Tuesday.\n' > "$work/ok.txt"
expect_exit 4 "cannot write" -- "$NEWSVOICE" speak "$work/ok.txt" -o "$work/no/such/dir/x.wav"
expect_exit 3 "" -- "$NEWSVOICE" speak "$work/bad.txt" -o "$work/bad.wav"
[ ! -e "$work/bad.wav" ] || fail "a failed speak left $work/bad.wav"
ls "$work" | grep -q 'tmp-' && fail "a temporary file was left behind: $(ls "$work")"
expect_exit 5 "voice file not found" -- "$NEWSVOICE" speak "$work/ok.txt" -o "$work/v.wav" --voice "$work/none.htsvoice"
[ ! -e "$work/v.wav" ] || fail "a failed speak left $work/v.wav"
printf 'not a voice' > "$work/fake.htsvoice"
expect_exit 5 "not an .htsvoice" -- "$NEWSVOICE" speak "$work/ok.txt" -o "$work/v.wav" --voice "$work/fake.htsvoice"
expect_exit 5 "lexicon" -- "$NEWSVOICE" normalize "$work/ok.txt" --data "$work/adir"

# --- normalize: one sentence a line, blank lines kept ----------------------------
printf 'The vote was close. Critics said no.\n\nMr. Smith left.\n' > "$work/two.txt"
"$NEWSVOICE" normalize "$work/two.txt" > "$work/norm.txt" || fail "normalize failed"
printf 'the vote was close\ncritics said no\n\nmister smith left\n' > "$work/norm.want"
diff -u "$work/norm.want" "$work/norm.txt" > "$work/diff" && pass || fail "normalize: $(cat "$work/diff")"
# standard input works the same
"$NEWSVOICE" normalize - < "$work/two.txt" > "$work/norm2.txt"
cmp -s "$work/norm.txt" "$work/norm2.txt" && pass || fail "normalize from stdin differs"

# --- phonemes: word<TAB>ARPAbet, written spelling kept, numbers one word a line -------
printf 'The Record fell.\n\nWe won 21 games.\n' > "$work/ph.txt"
"$NEWSVOICE" phonemes "$work/ph.txt" > "$work/ph.out" || fail "phonemes failed"
d=dictionary
printf "The\tDH AH0\t$d\nRecord\tR EH1 K ER0 D\t$d\nfell\tF EH1 L\t$d\n\nWe\tW IY1\t$d\nwon\tW AH1 N\t$d\ntwenty\tT W EH1 N T IY0\t$d\none\tW AH1 N\t$d\ngames\tG EY1 M Z\t$d\n" > "$work/ph.want"
diff -u "$work/ph.want" "$work/ph.out" > "$work/diff" && pass || fail "phonemes: $(cat "$work/diff")"

# --- words written with accents are shown with them, read without -----------------
printf 'Jos\xc3\xa9\xe2\x80\x99s caf\xc3\xa9 in Z\xc3\xbcrich.\n' | "$NEWSVOICE" normalize - > "$work/acc.out"
[ "$(cat "$work/acc.out")" = "$(printf 'jos\xc3\xa9'"'"'s caf\xc3\xa9 in z\xc3\xbcrich')" ] && pass || fail "accents: $(cat "$work/acc.out")"

# other scripts are shown where they stand, and not spoken
printf 'Love (\xe6\x81\x8b \xe3\x81\xae Koi) and \xd0\xa1\xd0\xb5\xd1\x80\xd0\xb3\xd0\xb5\xd0\xb9.\n' > "$work/foreign.txt"
[ "$("$NEWSVOICE" normalize "$work/foreign.txt")" = "$(printf 'love \xe6\x81\x8b \xe3\x81\xae koi and \xd1\x81\xd0\xb5\xd1\x80\xd0\xb3\xd0\xb5\xd0\xb9')" ] && pass ||
    fail "foreign scripts: $("$NEWSVOICE" normalize "$work/foreign.txt")"
[ "$("$NEWSVOICE" phonemes "$work/foreign.txt" | cut -f1 | tr '\n' ' ')" = "Love Koi and " ] && pass ||
    fail "foreign scripts spoken: $("$NEWSVOICE" phonemes "$work/foreign.txt" | cut -f1 | tr '\n' ' ')"

# --- curly apostrophes are never spelled out --------------------------------------
printf 'Afghanistan\xe2\x80\x99s leaders said \xe2\x80\x9cwe\xe2\x80\x99re ready.\xe2\x80\x9d\n' > "$work/curly.txt"
"$NEWSVOICE" normalize "$work/curly.txt" > "$work/curly.out"
grep -qx "afghanistan's leaders said we're ready" "$work/curly.out" && pass || fail "curly: $(cat "$work/curly.out")"

# --- speak writes a 32 kHz mono 16-bit WAV; stdout streaming works ------------------
"$NEWSVOICE" speak -q "$work/ok.txt" -o "$work/ok.wav" --loudness off || fail "speak failed"
if [ -s "$work/ok.wav" ]; then
    info=$(soxi "$work/ok.wav" 2>&1)
    echo "$info" | grep -q "Sample Rate    : 32000" && pass || fail "rate: $info"
    echo "$info" | grep -q "Channels       : 1" && pass || fail "channels: $info"
    dur=$(soxi -D "$work/ok.wav")
    python3 -c "import sys; d=float('$dur'); sys.exit(0 if 1.0 <= d <= 3.5 else 1)" \
        && pass || fail "duration $dur s out of range for a five-word sentence"
    "$NEWSVOICE" speak -q "$work/ok.txt" -o - > "$work/stream.wav" || fail "speak -o - failed"
    cmp -s <(tail -c +45 "$work/ok.wav") <(tail -c +45 "$work/stream.wav") \
        && pass || fail "streamed audio differs from the file"
fi

# --- input formats, audio options, captions -----------------------------------------
expect_exit 2 "--format takes" -- "$NEWSVOICE" speak "$work/ok.txt" -o "$work/x.wav" --format flac
expect_exit 2 "needs a number" -- "$NEWSVOICE" speak "$work/ok.txt" -o "$work/x.wav" --rate fast
expect_exit 2 "go with speak" -- "$NEWSVOICE" normalize "$work/ok.txt" --captions "$work/x.vtt"
expect_exit 2 "rate must be" -- "$NEWSVOICE" speak "$work/ok.txt" -o "$work/x.wav" --rate 3
printf '<speak>\n<p>One <break time="soon"/> two.</p>\n</speak>\n' > "$work/bad.ssml"
expect_exit 3 "SSML line 2, column 8: <break> has an invalid time" -- "$NEWSVOICE" speak "$work/bad.ssml" -o "$work/bad.wav"
[ ! -e "$work/bad.wav" ] || fail "invalid SSML left $work/bad.wav"
printf '<speak><p>The <sub alias="Associated Press">AP</sub> said <say-as interpret-as="characters">NBC</say-as> won.</p></speak>' > "$work/ok.ssml"
"$NEWSVOICE" normalize "$work/ok.ssml" > "$work/ssml.out"
grep -qx "the associated press said n b c won" "$work/ssml.out" && pass || fail "ssml: $(cat "$work/ssml.out")"
printf '<!DOCTYPE html><html><body><nav>Home Sports</nav><article><h1>Rain ends drought</h1><p>Farmers cheered on Monday.</p></article><footer>Contact us</footer></body></html>' > "$work/page.html"
"$NEWSVOICE" normalize "$work/page.html" > "$work/html.out"
printf 'rain ends drought\n\nfarmers cheered on monday\n' | diff -u - "$work/html.out" > "$work/diff" && pass || fail "html: $(cat "$work/diff")"
"$NEWSVOICE" speak -q "$work/two.txt" -o "$work/two.wav" --captions "$work/two.vtt" --sample-rate 22050
head -1 "$work/two.vtt" | grep -qx WEBVTT && pass || fail "captions header"
[ "$(grep -c -- ' --> ' "$work/two.vtt")" = 3 ] && pass || fail "captions: $(cat "$work/two.vtt")"
grep -qx 'Mr. Smith left.' "$work/two.vtt" && pass || fail "caption text: $(cat "$work/two.vtt")"
soxi "$work/two.wav" | grep -q "Sample Rate    : 22050" && pass || fail "--sample-rate 22050"

# --- publisher lexicons: they win, and a bad one is an input error with its line ------
printf '# newsroom\nRecord\tR IH0 K AO1 R D\tn\nNguyen\t/wɪn/\n' > "$work/lex.txt"
printf 'Nguyen set a record.\n' > "$work/lex-in.txt"
"$NEWSVOICE" phonemes --lexicon "$work/lex.txt" "$work/lex-in.txt" > "$work/lex.out" || fail "phonemes --lexicon"
printf 'Nguyen\tW IH1 N\tpublisher\nset\tS EH1 T\tdictionary\na\tAH0\tdictionary\nrecord\tR IH0 K AO1 R D\tpublisher\n' > "$work/lex.want"
diff -u "$work/lex.want" "$work/lex.out" > "$work/diff" && pass || fail "--lexicon: $(cat "$work/diff")"
printf 'Nguyen\tW IH1 N\nKyiv\tK IY1 V X\n' > "$work/badlex.txt"
expect_exit 3 "lexicon .*badlex.txt:2:6: unknown ARPAbet phone" -- "$NEWSVOICE" speak --lexicon "$work/badlex.txt" "$work/lex-in.txt" -o "$work/lex.wav"
[ ! -e "$work/lex.wav" ] || fail "a bad lexicon left $work/lex.wav"
expect_exit 0 "" -- "$NEWSVOICE" lexicon --lexicon "$work/lex.txt"
[ "$(cat "$work/out")" = "2 entries in 1 file" ] && pass || fail "lexicon check: $(cat "$work/out")"
expect_exit 3 "badlex.txt:2:6:" -- "$NEWSVOICE" lexicon --lexicon "$work/lex.txt" --lexicon "$work/badlex.txt"
expect_exit 3 "lexicon $work/none.pls: cannot open" -- "$NEWSVOICE" normalize --lexicon "$work/none.pls" "$work/lex-in.txt"

echo "$passes passed, $fails failed"
[ "$fails" = 0 ]
