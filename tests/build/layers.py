#!/usr/bin/env python3
# SPDX-License-Identifier: BSD-3-Clause
# Copyright (c) 2026, The libffa Authors.
"""The layers of the library and the include graph check (issue 11 item 3).

Every file of src/ and include/ffa/ belongs to exactly one layer, defined
once in LAYERS below. A file may include only files of its own layer or a
lower one, so a layer calls only downward. The check fails when a file
includes a higher layer, includes a file that does not exist, includes a
system header outside env.h (the core is freestanding), or belongs to no
layer (a new file must be placed).

A violation in a file this branch does not own may be listed in
tests/build/known-findings.txt as `layers <file> <included>`: it prints as
KNOWN and does not fail; listed keys that no longer occur print as FIXED.

Usage: layers.py <repo-root> [--known known-findings.txt] [--print]
                 [--inject <file>:<header>]
       --print lists every file with its layer; --inject adds a virtual
       `#include "<header>"` to <file> (the negative control: the ctest
       build.layers.negative injects smccc.c -> ffa/abi.h and must fail).
"""
import fnmatch
import os
import re
import sys

# Lowest first. Patterns are repo-relative, matched with fnmatch; the first
# layer whose pattern matches a file owns it.
LAYERS = [
    ("L0 env, status, regs, version word, SMCCC", [
        "include/ffa/env.h", "include/ffa/status.h", "include/ffa/regs.h",
        "include/ffa/version.h", "include/ffa/smccc.h",
        "include/ffa/libversion.h",
        "src/internal.h", "src/status.c", "src/smccc.c", "src/libversion.c",
    ]),
    ("L1 the ABI table", [
        "include/ffa/abi.h", "include/ffa/abi.def", "include/ffa/field*.h",
        "include/ffa/abi_layouts.h",
        "src/abi.c", "src/abi_*",
    ]),
    ("L2 the codec", [
        "include/ffa/msg.h", "include/ffa/msg_*.h", "src/msg_*",
    ]),
    ("L3 negotiation, runtime model, copy-back, libffa_call", [
        "include/ffa/version_*.h", "include/ffa/runtime.h",
        "include/ffa/copyback.h", "include/ffa/conduit.h",
        "include/ffa/reply.h", "src/reply.c",
        "src/version_*", "src/runtime.c", "src/copyback.c", "src/call.c",
    ]),
    ("L4 descriptors", [
        "include/ffa/mem.h", "include/ffa/partition.h",
        "include/ffa/indirect.h", "include/ffa/bootinfo.h",
        "include/ffa/notify.h", "include/ffa/framework.h",
        "include/ffa/mem_hyp.h", "include/ffa/notify_table.h",
        "src/notify_table.c",
        "src/mem_*", "src/partition.c", "src/indirect.c", "src/bootinfo.c",
        "src/notify.c", "src/framework.c",
    ]),
    ("L5 print, call helpers, the umbrella header, the host conduit", [
        "include/ffa/ops.h", "src/ops.c",
        "include/ffa/print.h", "include/ffa/ffa.h", "include/ffa/host.h",
        "src/print.c", "src/print_*",
    ]),
]

# The only place toolchain headers may come in (env.h's own comment).
SYSTEM_OK = {"include/ffa/env.h"}

INCLUDE = re.compile(r'^[ \t]*#[ \t]*include[ \t]*([<"])([^>"]+)[>"]', re.M)


def layer_of(path):
    for level, (_, patterns) in enumerate(LAYERS):
        if any(fnmatch.fnmatchcase(path, p) for p in patterns):
            return level
    return None


def files(root):
    out = []
    for d in ("src", "include/ffa"):
        for name in sorted(os.listdir(os.path.join(root, d))):
            if name.endswith((".c", ".h", ".def", ".inc")):
                out.append(f"{d}/{name}")
    return out


def strip_comments(text):
    """Blank out comments, keeping newlines so line numbers stay right."""
    def blank(m):
        return re.sub(r"[^\n]", " ", m.group(0))
    return re.sub(r"/\*.*?\*/|//[^\n]*", blank, text, flags=re.S)


def resolve(root, src, name):
    """Repo-relative path of a quoted include, as the build's -I finds it."""
    for base in (os.path.dirname(src), "include", "src"):
        cand = os.path.normpath(os.path.join(base, name))
        if os.path.isfile(os.path.join(root, cand)):
            return cand
    return None


def load_known(path):
    known = set()
    if path:
        with open(path, encoding="utf-8") as f:
            for line in f:
                key = " ".join(line.split("#", 1)[0].split())
                if key.startswith("layers "):
                    known.add(key)
    return known


def main():
    args = sys.argv[1:]
    if not args:
        print(__doc__)
        return 2
    root = args[0]
    known = load_known(args[args.index("--known") + 1]
                       if "--known" in args else None)
    inject = {}
    for i, a in enumerate(args):
        if a == "--inject":
            f, h = args[i + 1].split(":", 1)
            inject.setdefault(f, []).append(h)
    findings = []
    for path in files(root):
        level = layer_of(path)
        if "--print" in args:
            print(f"L{level if level is not None else '?'} {path}")
        if level is None:
            findings.append((f"layers {path} -",
                             f"{path}: in no layer; place it in "
                             f"tests/build/layers.py LAYERS"))
            continue
        with open(os.path.join(root, path), encoding="utf-8") as f:
            text = strip_comments(f.read())
        text += "".join(f'\n#include "{h}"' for h in inject.get(path, []))
        for m in INCLUDE.finditer(text):
            kind, name = m.group(1), m.group(2)
            line = text.count("\n", 0, m.start()) + 1
            if kind == "<":
                if path not in SYSTEM_OK:
                    findings.append((f"layers {path} <{name}>",
                                     f"{path}:{line}: system header <{name}>"
                                     f" outside env.h"))
                continue
            target = resolve(root, path, name)
            if target is None:
                findings.append((f"layers {path} {name}",
                                 f"{path}:{line}: \"{name}\" not found"))
                continue
            tlevel = layer_of(target)
            if tlevel is None or tlevel > level:
                where = LAYERS[tlevel][0] if tlevel is not None else "none"
                findings.append((f"layers {path} {name}",
                                 f"{path}:{line}: {LAYERS[level][0]} "
                                 f"includes {target} ({where})"))
    fail = 0
    seen = set()
    for key, text in findings:
        seen.add(key)
        if key in known:
            print(f"KNOWN: {text}")
        else:
            print(f"FAIL: {text}")
            fail += 1
    for key in sorted(known - seen):
        print(f"FIXED (remove from known-findings.txt): {key}")
    total = len(files(root))
    print(f"layers: {total} files in {len(LAYERS)} layers, "
          f"{fail} violation(s), {len(findings) - fail} known")
    return 1 if fail else 0


if __name__ == "__main__":
    sys.exit(main())
