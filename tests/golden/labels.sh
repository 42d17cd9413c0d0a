#!/usr/bin/env bash
# Golden label test: newsvoice's HTS labels for the sentences in labels/ must
# equal Festival 2.5's labels for the same text (fixture made by labels/regen;
# intended differences are listed in labels/DIFFERENCES.md).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
: "${NEWSVOICE:?NEWSVOICE must point at the newsvoice binary}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# one sentence per paragraph, so each becomes one utterance
sed 's/$/\n/' "$here/labels/sentences.txt" > "$work/input.txt"
"$NEWSVOICE" labels "$work/input.txt" > "$work/got.lab"
python3 "$here/compare_labels.py" "$here/labels/festival.lab" "$work/got.lab"
