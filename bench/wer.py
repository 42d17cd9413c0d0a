#!/usr/bin/env python3
"""Word error rate between a reference text and an ASR hypothesis.

Used by tests/e2e/asr.sh, bench/intelligibility and bench/festival-cli.
Python 3 standard library only.

Both sides are normalised the same way before alignment: curly quotes and
apostrophes become straight ones, text is lower-cased, recogniser markup is
dropped (<s>, <sil>, [NOISE], alternate-pronunciation suffixes such as
"read(2)"), every character other than a-z, 0-9 and an apostrophe inside a
word separates words ("Texas-based" -> "texas based", "it's" stays), and the
abbreviations the recogniser prints for a spoken title are written out
(mr -> mister, mrs -> missus, dr -> doctor).

Words are aligned with a Levenshtein alignment (substitution, deletion and
insertion each cost 1). Reported:

  ref_words  number of reference words (N)
  hyp_words  number of hypothesis words
  correct    reference words aligned to an identical hypothesis word
  sub/del/ins
  errors     sub + del + ins
  wer        errors / N
  accuracy   1 - wer (can be negative when the hypothesis inserts a lot)
  matched    correct / N (fraction of reference words recognised)

Usage:
  wer.py REF HYP              whole files, each one word sequence
  wer.py --lines REF HYP      line i of REF against line i of HYP; totals are
                              summed over lines (corpus WER)
  wer.py --normalize [FILE]   print the normalised words of each line
  wer.py --self-test

Options: --json (one JSON object instead of key=value lines), --show (print
each aligned error; with --lines, per line). FILE or REF/HYP may be "-" for
standard input (at most one of them).
"""

import argparse
import json
import re
import sys
import unicodedata

_APOSTROPHES = {
    "\u2018": "'", "\u2019": "'", "\u02bc": "'", "\u2032": "'", "`": "'",
}
_MARKUP = re.compile(r"<[^>]*>|\[[^\]]*\]|\(\d+\)")
_NON_WORD = re.compile(r"[^a-z0-9']+")
# Written forms the recogniser's dictionary prints for a spoken word.
_SPOKEN = {"mr": "mister", "mrs": "missus", "dr": "doctor"}


def normalize(text):
    """Return the list of comparison words of TEXT."""
    text = unicodedata.normalize("NFKC", text)
    for src, dst in _APOSTROPHES.items():
        text = text.replace(src, dst)
    text = _MARKUP.sub(" ", text.lower())
    words = []
    for tok in _NON_WORD.sub(" ", text).split():
        tok = tok.strip("'")
        if tok:
            words.append(_SPOKEN.get(tok, tok))
    return words


def align(ref, hyp):
    """Levenshtein-align two word lists.

    Returns a list of (op, ref_word, hyp_word) with op one of
    "=" (correct), "S", "D" (ref word missing), "I" (extra hyp word).
    """
    n, m = len(ref), len(hyp)
    # cost[i][j]: edits to turn ref[:i] into hyp[:j]
    cost = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(1, n + 1):
        cost[i][0] = i
    for j in range(1, m + 1):
        cost[0][j] = j
    for i in range(1, n + 1):
        row, prev = cost[i], cost[i - 1]
        r = ref[i - 1]
        for j in range(1, m + 1):
            diag = prev[j - 1] + (0 if r == hyp[j - 1] else 1)
            row[j] = min(diag, prev[j] + 1, row[j - 1] + 1)
    ops = []
    i, j = n, m
    while i > 0 or j > 0:
        if i > 0 and j > 0 and cost[i][j] == cost[i - 1][j - 1] + (0 if ref[i - 1] == hyp[j - 1] else 1):
            ops.append(("=" if ref[i - 1] == hyp[j - 1] else "S", ref[i - 1], hyp[j - 1]))
            i, j = i - 1, j - 1
        elif i > 0 and cost[i][j] == cost[i - 1][j] + 1:
            ops.append(("D", ref[i - 1], None))
            i -= 1
        else:
            ops.append(("I", None, hyp[j - 1]))
            j -= 1
    ops.reverse()
    return ops


def score(ref_words, hyp_words):
    ops = align(ref_words, hyp_words)
    counts = {"=": 0, "S": 0, "D": 0, "I": 0}
    for op, _, _ in ops:
        counts[op] += 1
    return {
        "ref_words": len(ref_words), "hyp_words": len(hyp_words),
        "correct": counts["="], "sub": counts["S"], "del": counts["D"],
        "ins": counts["I"],
    }, ops


def finish(total):
    n = total["ref_words"]
    errors = total["sub"] + total["del"] + total["ins"]
    total["errors"] = errors
    total["wer"] = errors / n if n else (0.0 if errors == 0 else 1.0)
    total["accuracy"] = 1.0 - total["wer"]
    total["matched"] = total["correct"] / n if n else 1.0
    return total


def show_errors(ops, out, prefix=""):
    for op, r, h in ops:
        if op == "S":
            out.write(f"{prefix}S  {r} -> {h}\n")
        elif op == "D":
            out.write(f"{prefix}D  {r}\n")
        elif op == "I":
            out.write(f"{prefix}I  {h}\n")


def read(path):
    if path == "-":
        return sys.stdin.read()
    with open(path, encoding="utf-8", errors="replace") as f:
        return f.read()


def emit(result, as_json):
    if as_json:
        print(json.dumps(result, sort_keys=True))
        return
    for key in ("ref_words", "hyp_words", "correct", "sub", "del", "ins", "errors"):
        print(f"{key}={result[key]}")
    for key in ("wer", "accuracy", "matched"):
        print(f"{key}={result[key]:.4f}")


def self_test():
    cases = [
        # ref, hyp, (correct, sub, del, ins)
        ("a b c", "a b c", (3, 0, 0, 0)),
        ("a b c", "a x c", (2, 1, 0, 0)),
        ("a b c", "a c", (2, 0, 1, 0)),
        ("a b c", "a b c d", (3, 0, 0, 1)),
        ("a b c", "", (0, 0, 3, 0)),
        ("", "a", (0, 0, 0, 1)),
        ("the cat sat on the mat", "cat sat on a mat today", (4, 1, 1, 1)),
    ]
    for ref, hyp, want in cases:
        got, _ = score(ref.split(), hyp.split())
        have = (got["correct"], got["sub"], got["del"], got["ins"])
        if have != want:
            print(f"self-test FAIL: {ref!r} vs {hyp!r}: got {have}, want {want}")
            return 1
    norm = [
        ("\u201cIt\u2019s unusual,\u201d he said.", ["it's", "unusual", "he", "said"]),
        ("Texas-based finance chief", ["texas", "based", "finance", "chief"]),
        ("point... sometimes", ["point", "sometimes"]),
        ("<s> read(2) [NOISE] the </s>", ["read", "the"]),
        ("the analysts' view", ["the", "analysts", "view"]),
        ("Mr. Okafor and Dr. Birchfield", ["mister", "okafor", "and", "doctor", "birchfield"]),
    ]
    for text, want in norm:
        got = normalize(text)
        if got != want:
            print(f"self-test FAIL: normalize({text!r}) = {got}, want {want}")
            return 1
    r = finish(score(["a", "b", "c", "d"], ["a", "x", "c"])[0])
    if abs(r["wer"] - 0.5) > 1e-9 or abs(r["matched"] - 0.5) > 1e-9:
        print(f"self-test FAIL: totals {r}")
        return 1
    print("wer.py self-test: ok")
    return 0


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("files", nargs="*")
    ap.add_argument("--lines", action="store_true")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--show", action="store_true")
    ap.add_argument("--normalize", action="store_true")
    ap.add_argument("--self-test", action="store_true")
    args = ap.parse_args()

    if args.self_test:
        return self_test()
    if args.normalize:
        if len(args.files) > 1:
            ap.error("--normalize takes at most one file")
        for line in read(args.files[0] if args.files else "-").splitlines():
            print(" ".join(normalize(line)))
        return 0
    if len(args.files) != 2:
        ap.error("need REF and HYP")
    if args.files.count("-") > 1:
        ap.error("only one of REF and HYP can be standard input")
    ref_text, hyp_text = read(args.files[0]), read(args.files[1])

    if not args.lines:
        total, ops = score(normalize(ref_text), normalize(hyp_text))
        if args.show:
            show_errors(ops, sys.stderr)
        emit(finish(total), args.json)
        return 0

    ref_lines, hyp_lines = ref_text.splitlines(), hyp_text.splitlines()
    if len(hyp_lines) > len(ref_lines):
        ap.error(f"HYP has {len(hyp_lines)} lines, REF only {len(ref_lines)}")
    hyp_lines += [""] * (len(ref_lines) - len(hyp_lines))
    total = {"ref_words": 0, "hyp_words": 0, "correct": 0, "sub": 0, "del": 0, "ins": 0}
    for k, (ref, hyp) in enumerate(zip(ref_lines, hyp_lines), 1):
        counts, ops = score(normalize(ref), normalize(hyp))
        for key in total:
            total[key] += counts[key]
        if args.show and (counts["correct"] != counts["ref_words"] or counts["ins"]):
            sys.stderr.write(f"line {k}: {' '.join(normalize(hyp))}\n")
            show_errors(ops, sys.stderr, "    ")
    total["lines"] = len(ref_lines)
    result = finish(total)
    emit(result, args.json)
    if not args.json:
        print(f"lines={result['lines']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
