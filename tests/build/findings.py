#!/usr/bin/env python3
# SPDX-License-Identifier: BSD-3-Clause
# Copyright (c) 2026, The libffa Authors.
"""Judges analyser output against tests/build/known-findings.txt.

Reads diagnostics on stdin, one per line, in the form
    <file>:<line>:<col>: <severity>: <message> [<check>[,...]]
(clang-tidy, and cppcheck with that --template), or
    UNFORMATTED <file>
(the clang-format check). Each becomes a key `<tool> <repo-path> <check>`
(`format <repo-path>` for formatting), without line numbers so a listed
finding stays listed while the file around it is edited. A key listed in
known-findings.txt prints as KNOWN; any other fails. Listed keys of this
tool that no longer occur are printed as FIXED so the list can shrink.
With --strict (cppcheck), a non-empty line that is not a diagnostic fails
too: it is the tool reporting that it could not run.
Usage: findings.py <tool> <repo-root> <known-findings.txt> [--strict] < diags
"""
import os
import re
import sys

DIAG = re.compile(r'^(?P<file>[^:\s]+):(?P<line>\d+):(?P<col>\d+): '
                  r'(?P<sev>warning|error|style|performance|portability|'
                  r'information|note)?:? ?(?P<msg>.*?)(?: \[(?P<check>[^\]]+)\])?$')


def main():
    tool, root, known_path = sys.argv[1:4]
    strict = "--strict" in sys.argv[4:]
    known = set()
    with open(known_path, encoding="utf-8") as f:
        for line in f:
            key = " ".join(line.split("#", 1)[0].split())
            if key.startswith(tool + " "):
                known.add(key)
    seen, fail, shown = set(), 0, set()
    for raw in sys.stdin:
        raw = raw.rstrip("\n")
        if raw.startswith("UNFORMATTED "):
            path = os.path.relpath(raw.split(None, 1)[1], root)
            key, text = f"{tool} {path}", f"{path}: not clang-format-16 clean"
        else:
            m = DIAG.match(raw)
            if strict and raw.strip() and (not m or not m.group("check")):
                print(f"FAIL: {tool} did not run cleanly: {raw}")
                fail += 1
                continue
            if not m or m.group("sev") == "note" or not m.group("check"):
                continue
            path = os.path.relpath(os.path.abspath(m.group("file")), root)
            check = m.group("check").split(",")[0]
            if check.startswith("-warnings-as-errors"):
                continue
            key = f"{tool} {path} {check}"
            text = f"{path}:{m.group('line')}: {m.group('msg')} [{check}]"
        seen.add(key)
        if text in shown:
            continue
        shown.add(text)
        if key in known:
            print(f"KNOWN (non-fatal, reported to the lead): {text}")
        else:
            print(f"FAIL: {text}")
            fail += 1
    for key in sorted(known - seen):
        print(f"FIXED (remove from known-findings.txt): {key}")
    print(f"{tool}: {len(shown)} findings, {fail} not in known-findings.txt")
    return 1 if fail else 0


if __name__ == "__main__":
    sys.exit(main())
