#!/usr/bin/env python3
# SPDX-License-Identifier: BSD-3-Clause
# Copyright (c) 2026, The libffa Authors.
"""Size and stack budgets of the core (; issue 8 targets).

Reads a directory produced by `profile.sh aarch64-gcc-Os` (objects built with
-Os -fstack-usage -fcallgraph-info=su) and checks:
  text   .text of the whole core <= --text-budget bytes (size -A per object);
  stack  worst-case stack of every public function <= --stack-budget bytes:
         its own frame (.su) plus the deepest chain of callees, from the
         call graph gcc writes with -fcallgraph-info (.ci, one per TU,
         joined across TUs by symbol name). Recursion and indirect calls
         are reported, since they make a static bound impossible.
A "public function" is a global libffa_* symbol not ending in "_" (the
trailing underscore marks internal cross-file functions).
"""
import argparse
import glob
import os
import re
import subprocess
import sys

NODE = re.compile(r'node: \{ title: "([^"]+)" label: "([^"]*)"')
EDGE = re.compile(r'edge: \{ sourcename: "([^"]+)" targetname: "([^"]+)"')
BYTES = re.compile(r'\\n(\d+) bytes \((\w+)')


def text_sizes(objdir, size_tool):
    sizes = {}
    for obj in sorted(glob.glob(os.path.join(objdir, "*.o"))):
        out = subprocess.run([size_tool, "-A", obj], check=True,
                             capture_output=True, text=True).stdout
        text = rodata = 0
        for line in out.splitlines():
            parts = line.split()
            if len(parts) >= 2 and parts[1].isdigit():
                if parts[0].startswith(".text"):
                    text += int(parts[1])
                elif parts[0].startswith(".rodata"):
                    rodata += int(parts[1])
        sizes[os.path.basename(obj)[:-2]] = (text, rodata)
    return sizes


def call_graph(objdir):
    frame, kind, edges = {}, {}, {}
    for ci in glob.glob(os.path.join(objdir, "*.ci")):
        with open(ci, encoding="utf-8") as f:
            for line in f:
                m = NODE.search(line)
                if m:
                    b = BYTES.search(m.group(2))
                    if b:
                        frame[m.group(1)] = int(b.group(1))
                        kind[m.group(1)] = b.group(2)
                    continue
                m = EDGE.search(line)
                if m:
                    edges.setdefault(m.group(1), set()).add(m.group(2))
    return frame, kind, edges


def worst(fn, frame, edges, memo, path, notes):
    if fn in memo:
        return memo[fn]
    if fn in path:
        notes.add("recursion through " + fn.split(":")[-1])
        return 0
    if fn not in frame:
        if fn == "__indirect_call":
            notes.add("indirect call (callee not counted)")
        return 0  # memcpy and friends: the host's, not ours
    path.add(fn)
    deepest = 0
    for callee in edges.get(fn, ()):
        deepest = max(deepest, worst(callee, frame, edges, memo, path, notes))
    path.discard(fn)
    memo[fn] = frame[fn] + deepest
    return memo[fn]


def load_known(path):
    """Keys of known-findings.txt: the text before '#', whitespace-normalised."""
    keys = set()
    if path and os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            for line in f:
                key = " ".join(line.split("#", 1)[0].split())
                if key:
                    keys.add(key)
    return keys


def judge(ok, key, known, message):
    """Print a verdict; return True when it must fail the check."""
    if ok:
        return False
    if key in known:
        print(f"KNOWN (non-fatal, listed in known-findings.txt): {message}")
        return False
    print(f"FAIL: {message}")
    return True


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("objdir")
    ap.add_argument("--size", default="aarch64-linux-gnu-size")
    ap.add_argument("--text-budget", type=int, default=16384)
    ap.add_argument("--stack-budget", type=int, default=256)
    ap.add_argument("--only", choices=["text", "stack"])
    ap.add_argument("--top", type=int, default=15)
    ap.add_argument("--known", help="known-findings.txt")
    a = ap.parse_args()
    known = load_known(a.known)
    fail = False

    if a.only in (None, "text"):
        sizes = text_sizes(a.objdir, a.size)
        total = sum(t for t, _ in sizes.values())
        total_ro = sum(r for _, r in sizes.values())
        print(f"{'module':<16} {'.text':>7} {'.rodata':>8}")
        for mod, (t, r) in sorted(sizes.items(), key=lambda kv: -kv[1][0]):
            print(f"{mod:<16} {t:>7} {r:>8}")
        print(f"{'core':<16} {total:>7} {total_ro:>8}")
        msg = (f"core .text {total} bytes ({total / 1024:.1f} KiB), budget "
               f"{a.text_budget} bytes")
        if total <= a.text_budget:
            print("ok: " + msg)
        fail |= judge(total <= a.text_budget, "text core", known,
                      msg + f", over by {total - a.text_budget}")

    if a.only in (None, "stack"):
        frame, kind, edges = call_graph(a.objdir)
        if not frame:
            print("FAIL: no .ci call graph in " + a.objdir)
            return 1
        dynamic = sorted(f for f, k in kind.items() if k != "static")
        public = sorted(f for f in frame if ":" not in f
                        and f.startswith("libffa_") and not f.endswith("_"))
        memo, rows = {}, []
        for fn in public:
            notes = set()
            rows.append((worst(fn, frame, edges, memo, set(), notes),
                         frame[fn], fn, notes))
        rows.sort(key=lambda r: (-r[0], r[2]))
        over = [r for r in rows if r[0] > a.stack_budget]
        print(f"\n{'worst-case stack (frame + deepest callee chain)':<48} "
              f"{'total':>6} {'own':>5}")
        for total, own, fn, notes in rows[:a.top]:
            extra = ("  [" + "; ".join(sorted(notes)) + "]") if notes else ""
            print(f"{fn:<48} {total:>6} {own:>5}{extra}")
        print(f"... {len(rows)} public functions; largest frame of any function "
              f"{max(frame.values())} bytes")
        for fn in dynamic:
            fail |= judge(False, "stack-dynamic " + fn, known,
                          f"{fn}: dynamic stack ({kind[fn]})")
        for total, own, fn, _ in over:
            fail |= judge(False, "stack " + fn, known,
                          f"{fn}: {total} bytes of stack (own frame {own}), "
                          f"budget {a.stack_budget}")
        if not over and not dynamic:
            print(f"ok: every public function within {a.stack_budget} bytes "
                  f"(worst {rows[0][0]}: {rows[0][2]})")
    return 1 if fail else 0


if __name__ == "__main__":
    sys.exit(main())
