#!/usr/bin/env python3
# SPDX-License-Identifier: BSD-3-Clause
# Copyright (c) 2026, The libffa Authors.
"""Instructions per operation from a callgrind profile of bench/bench.c.

For every function bench_<op>: its call count (the calls= records that
target it) and the inclusive Ir of every call it makes into a libffa_*
function. Ir per operation = that library cost / call count: exactly the
instructions the library executed, harness excluded. Also prints the
library's own functions (bodies in src/) by self cost: the hotspots.
Usage: callgrind_ops.py <callgrind.out> [--hotspots N]
"""
import re
import sys
from collections import defaultdict

NAMED = re.compile(r'^(c?fn|fl|fi|fe|cfi|cfl)=\((\d+)\)(?: (.*))?$')


def parse(path):
    names, files = {}, {}
    file_of = {}                         # fn -> source file of its body
    cur_file = None
    calls_to = defaultdict(int)          # callee -> number of calls
    lib_cost = defaultdict(int)          # caller -> inclusive Ir into libffa_*
    self_cost = defaultdict(int)         # fn -> self Ir
    fn = cfn = None
    pending = None                       # call count of the next cost line
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            m = NAMED.match(line)
            if m:
                kind, ident, name = m.groups()
                table = names if kind in ("fn", "cfn") else files
                if name:
                    table[ident] = name
                if kind == "fn":
                    fn = names[ident]
                    file_of.setdefault(fn, cur_file)
                elif kind == "cfn":
                    cfn = names[ident]
                elif kind == "fl":
                    cur_file = files[ident]
                continue
            if line.startswith("calls="):
                pending = int(line[6:].split()[0])
                continue
            if not line or not (line[0].isdigit() or line[0] in "+-*"):
                continue
            cost = int(line.split()[-1]) if len(line.split()) > 1 else 0
            if pending is not None:
                calls_to[cfn] += pending
                if cfn.startswith("libffa_") and fn.startswith("bench_"):
                    lib_cost[fn] += cost
                pending = None
            else:
                self_cost[fn] += cost
    return calls_to, lib_cost, self_cost, file_of


def main():
    path = sys.argv[1]
    top = int(sys.argv[3]) if len(sys.argv) > 3 and sys.argv[2] == "--hotspots" else 12
    calls_to, lib_cost, self_cost, file_of = parse(path)
    for fn in sorted(lib_cost):
        n = calls_to.get(fn, 0)
        if n:
            print(f"op {fn[len('bench_'):]} {lib_cost[fn] / n:.1f} {n}")
    lib = sorted(((c, f) for f, c in self_cost.items()
                  if "/src/" in (file_of.get(f) or "")), reverse=True)
    total = sum(c for c, _ in lib) or 1
    for c, f in lib[:top]:
        where = (file_of.get(f) or "?").rsplit("/src/", 1)[-1]
        print(f"hot {where}:{f} {c} {100.0 * c / total:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
