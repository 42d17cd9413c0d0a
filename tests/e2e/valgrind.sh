#!/usr/bin/env bash
# Memory check of a whole run under valgrind: no invalid access, no leak.
# Skipped (exit 0 with a note) in sanitizer builds, where ASan does this job and
# valgrind cannot run the binary.
set -euo pipefail
: "${NEWSVOICE:?NEWSVOICE must point at the newsvoice binary}"
if [ "${NV_SANITIZE:-OFF}" = ON ]; then
    echo "sanitizer build: covered by AddressSanitizer/LeakSanitizer; valgrind skipped"
    exit 0
fi
command -v valgrind >/dev/null || { echo "valgrind is not installed"; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
printf 'Gov. Ellen Marchetti said the $4.2 million grant arrives Sept. 21.\n\nIt\xe2\x80\x99s \xe2\x80\x9cgood news,\xe2\x80\x9d she said.\n' > "$work/in.txt"
for cmd in "speak -q $work/in.txt -o $work/out.wav" "phonemes $work/in.txt" "labels $work/in.txt"; do
    # shellcheck disable=SC2086
    valgrind --quiet --error-exitcode=99 --leak-check=full --show-leak-kinds=definite,indirect,possible \
        --errors-for-leak-kinds=definite,indirect,possible "$NEWSVOICE" $cmd > "$work/stdout" 2> "$work/vg" || {
        echo "valgrind reported errors for: newsvoice $cmd"
        cat "$work/vg"
        exit 1
    }
    echo "clean: newsvoice $cmd"
done
soxi -D "$work/out.wav"
echo "1 passed, 0 failed"
