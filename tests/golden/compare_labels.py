#!/usr/bin/env python3
"""Compare two files of HTS_TTS_ENG labels field by field.

Usage: compare_labels.py EXPECTED GOT [--max-report N]
Both files hold blocks of labels (one per line), blocks separated by blank lines.
Prints, for every differing label, the block, the label index and the fields that
differ (named as in LABELS.md: p1..p7, a1.., j3), then a summary. Exit status 0
when every label matches exactly, 1 otherwise.
"""
import re
import sys

FIELDS = ("p1 p2 p3 p4 p5 p6 p7 a1 a2 a3 b1 b2 b3 b4 b5 b6 b7 b8 b9 b10 b11 b12 "
          "b13 b14 b15 b16 c1 c2 c3 d1 d2 e1 e2 e3 e4 e5 e6 e7 e8 f1 f2 g1 g2 "
          "h1 h2 h3 h4 h5 i1 i2 j1 j2 j3").split()
PATTERN = re.compile(
    r"^(.+)\^(.+)-(.+)\+(.+)=(.+)@(.+)_(.+)/A:(.+)_(.+)_(.+)/B:(.+)-(.+)-(.+)@(.+)-(.+)"
    r"&(.+)-(.+)#(.+)-(.+)\$(.+)-(.+)!(.+)-(.+);(.+)-(.+)\|(.+)/C:(.+)\+(.+)\+(.+)"
    r"/D:(.+)_(.+)/E:(.+)\+(.+)@(.+)\+(.+)&(.+)\+(.+)#(.+)\+(.+)/F:(.+)_(.+)"
    r"/G:(.+)_(.+)/H:(.+)=(.+)@(.+)=(.+)\|(.+)/I:(.+)=(.+)/J:(.+)\+(.+)-(.+)$")


def blocks(path):
    text = open(path, encoding="utf-8").read().strip("\n")
    return [b.splitlines() for b in re.split(r"\n\s*\n", text) if b.strip()]


def fields(label):
    m = PATTERN.match(label)
    if not m:
        return None
    return dict(zip(FIELDS, m.groups()))


def main():
    exp_path, got_path = sys.argv[1], sys.argv[2]
    limit = int(sys.argv[4]) if len(sys.argv) > 4 else 40
    exp, got = blocks(exp_path), blocks(got_path)
    bad_labels = total = reported = 0
    field_errors = {}
    if len(exp) != len(got):
        print(f"block count differs: expected {len(exp)}, got {len(got)}")
    for bi, (eb, gb) in enumerate(zip(exp, got), 1):
        if len(eb) != len(gb):
            print(f"block {bi}: expected {len(eb)} labels, got {len(gb)}")
            print("  expected phones:", " ".join(fields(l)["p3"] for l in eb if fields(l)))
            print("  got phones:     ", " ".join(fields(l)["p3"] for l in gb if fields(l)))
            bad_labels += max(len(eb), len(gb))
            total += max(len(eb), len(gb))
            continue
        for li, (el, gl) in enumerate(zip(eb, gb), 1):
            total += 1
            if el == gl:
                continue
            bad_labels += 1
            ef, gf = fields(el), fields(gl)
            if ef is None or gf is None:
                print(f"block {bi} label {li}: unparsable label")
                continue
            diff = [f for f in FIELDS if ef[f] != gf[f]]
            for f in diff:
                field_errors[f] = field_errors.get(f, 0) + 1
            if reported < limit:
                reported += 1
                print(f"block {bi} label {li} ({ef['p3']}): " +
                      ", ".join(f"{f} want {ef[f]} got {gf[f]}" for f in diff))
    ok = bad_labels == 0 and len(exp) == len(got)
    print(f"{total - bad_labels}/{total} labels identical in {len(exp)} blocks")
    if field_errors:
        print("differing fields:", ", ".join(f"{k}={v}" for k, v in
                                            sorted(field_errors.items(), key=lambda x: -x[1])))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
