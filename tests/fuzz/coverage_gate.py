#!/usr/bin/env python3
# SPDX-License-Identifier: BSD-3-Clause
# Copyright (c) 2026, The libffa Authors.
"""Coverage of src/ reached by the fuzz corpora alone (issue 15, stage 80).

Reads gcovr's --json-summary of a run of every corpus through the
standalone replay driver, prints lines and branches per file of src/, then
the parsers and decoders (the untrusted-input surface) one by one and
together, and fails when that total is below <line%> or a parser file has
no coverage data at all (renamed, or its corpus did not run).
Usage: coverage_gate.py <summary.json> <line%>
"""
import json
import sys

# The parsers and decoders of untrusted input (issue 15 "Must show").
PARSERS = [
    "src/bootinfo.c",
    "src/framework.c",
    "src/indirect.c",
    "src/mem_frag.c",
    "src/mem_parse.c",
    "src/mem_xlate.c",
    "src/msg_codec.c",
    "src/msg_decode.c",
    "src/msg_framework.c",
    "src/notify.c",
    "src/partition.c",
]


def pct(covered, total):
    return 100.0 * covered / total if total else 100.0


def row(name, lc, lt, bc, bt):
    return (f"{name:<24} {lc:>6}/{lt:<6} {pct(lc, lt):>6.1f} "
            f"{bc:>6}/{bt:<6} {pct(bc, bt):>6.1f}")


def main():
    summary, line_min = sys.argv[1], float(sys.argv[2])
    with open(summary, encoding="utf-8") as f:
        files = {fi["filename"]: fi for fi in json.load(f)["files"]}
    head = f"{'file':<24} {'lines':>13} {'%':>6} {'branches':>13} {'%':>6}"
    print("fuzz corpora alone, every file of src/:")
    print(head)
    for name in sorted(files):
        fi = files[name]
        print(row(name, fi["line_covered"], fi["line_total"],
                  fi["branch_covered"], fi["branch_total"]))
    print("fuzz corpora alone, parsers and decoders:")
    print(head)
    tot = [0, 0, 0, 0]
    missing = []
    for name in PARSERS:
        fi = files.get(name)
        if fi is None or fi["line_covered"] == 0:
            missing.append(name)
            continue
        vals = [fi["line_covered"], fi["line_total"], fi["branch_covered"],
                fi["branch_total"]]
        tot = [a + b for a, b in zip(tot, vals)]
        print(row(name, *vals))
    print(row("parsers total", *tot))
    ok = True
    for name in missing:
        print(f"FAIL: {name}: no fuzz coverage data (renamed, or no corpus ran)")
        ok = False
    if pct(tot[0], tot[1]) < line_min:
        print(f"FAIL: parsers' lines {pct(tot[0], tot[1]):.1f} % from the fuzz "
              f"corpora, below the gate {line_min:g} % (grow the corpora: "
              f"scripts/fuzz.sh)")
        ok = False
    if ok:
        print(f"ok: the fuzz corpora alone cover {pct(tot[0], tot[1]):.1f} % "
              f"of the parsers' lines (gate {line_min:g} %)")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
