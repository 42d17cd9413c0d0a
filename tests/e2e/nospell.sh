#!/usr/bin/env bash
# No word is spelled out letter by letter: on the seed article (raw, curly
# quotes and all) and on every development article, each ordinary word of the
# text (lower case or capitalised, with straight or curly apostrophes) must be
# read as a word (or expanded, as Mr -> mister), never as a run of its letters.
set -euo pipefail
: "${NEWSVOICE:?NEWSVOICE must point at the newsvoice binary}"
shared=${NV_SHARED_DIR:?NV_SHARED_DIR must point at the shared data}
files=("$shared/corpus/seed-article.txt" "$shared/corpus/articles/"*.txt)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fails=0
for f in "${files[@]}"; do
    "$NEWSVOICE" normalize "$f" > "$work/norm.txt"
    if ! python3 - "$f" "$work/norm.txt" <<'PY'
import collections, re, sys
src = open(sys.argv[1], encoding="utf-8").read().replace("\u2019", "'").replace("\u2018", "'")
out = open(sys.argv[2], encoding="utf-8").read().split()
have = collections.Counter(out)
want = collections.Counter()
for tok in src.split():
    tok = tok.strip("\"'()[]{}.,;:!?\u201c\u201d")
    if re.fullmatch(r"[A-Z]?[a-z]+('[a-z]+)?", tok):
        want[tok.lower()] += 1
# a word the normaliser expands (Mr -> mister, Ltd -> limited) is fine; a word
# whose letters appear one by one in the output is not
text = " " + " ".join(out) + " "
spelled = sorted(w for w, n in want.items() if have[w] < n and len(w) > 2 and
                 " " + " ".join(w.replace("'", "")) + " " in text)
expanded = sorted(w for w, n in want.items() if have[w] < n and w not in spelled)
print(f"{sys.argv[1]}: {sum(want.values())} ordinary words; expanded: {', '.join(expanded) or '-'}; "
      f"spelled out: {', '.join(spelled) or 'none'}")
sys.exit(1 if spelled else 0)
PY
    then
        fails=$((fails + 1))
    fi
done
echo "$(( ${#files[@]} - fails )) passed, $fails failed"
[ "$fails" = 0 ]
