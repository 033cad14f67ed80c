#!/usr/bin/env python3
# SPDX-License-Identifier: BSD-3-Clause
# Copyright (c) 2026, The libffa Authors.
"""Doxygen INPUT_FILTER for the public headers (Doxyfile).

Two jobs, on the text Doxygen reads (the headers are not changed):

1. Expand the X-macro blocks. Each `#include "ffa/abi.def"` together with
   the LIBFFA_* row macros the header defines for it is replaced by the
   C preprocessor's output, so the per-ABI structs (struct
   libffa_args_<abi>, struct libffa_result_<abi>), the msg unions and the
   ABI enums appear written out. Fields and enumerators get a comment
   generated from their abi.def row: register, bits, since/until version.

2. Translate kernel-doc (the comment style of the headers) into Doxygen:
   `@name:` member/parameter lines become a list, `@name` in text becomes
   code, `Return:` a return section.

Usage (by Doxygen): filter.py <header>. CC picks the preprocessor (cc).
"""
import os
import re
import subprocess
import sys

ROW_MACROS = ("LIBFFA_ABI", "LIBFFA_ARGS_BEGIN", "LIBFFA_ARGS_END",
              "LIBFFA_RESULT_BEGIN", "LIBFFA_RESULT_END", "LIBFFA_ARG",
              "LIBFFA_RES")
INCLUDE = '#include "ffa/abi.def"'
MARK = "LIBFFA_DOC_"

# Field and row macros with a doc marker in front; the marker holds the
# row's own spelling (# stringifies before expansion) and becomes a comment.
DOC_FIELD = "".join(
    "#undef %s\n#define %s(lc, name, KIND, ctype, dim, reg, lo, width, since, "
    "until) LIBFFA_DOC_F_(#KIND, #reg, #lo, #width, #since, #until) "
    "ctype name dim;\n" % (m, m) for m in ("LIBFFA_ARG", "LIBFFA_RES"))
SPEC_NAMES = ("#define LIBFFA_ABI(NAME, lc, id, spec, f32, f64, s32, s64, until, "
              "callers, check) LIBFFA_DOC_N_ lc spec\n")


def version(tok):
    """'LIBFFA_DEF_V12' -> 'v1.2'; '0' -> ''."""
    m = re.fullmatch(r"LIBFFA_DEF_V(\d)(\d)", tok.strip())
    return "v%s.%s" % m.groups() if m else ""


def field_doc(kind, reg, lo, width, since, until):
    reg, lo, width = int(reg), int(lo), int(width)
    if kind == "BITS":
        where = "x%d bits[%d:%d]" % (reg, lo + width - 1, lo)
    elif kind == "SPLIT":
        where = "64-bit value: low word in w%d, high word in w%d" % (reg, lo)
    elif kind == "UUID_W":
        where = "UUID in w%d-w%d (SMCCC UUID convention)" % (reg, reg + 3)
    elif kind == "UUID_X":
        where = "UUID in x%d (bytes 0-7) and x%d (bytes 8-15)" % (reg, reg + 1)
    elif kind == "ARRAY":
        where = "x%d-x%d, one element per register (SMC32: w view)" % (
            reg, reg + width - 1)
    else:
        where = "%s field at register %d" % (kind, reg)
    gate = ""
    if version(since):
        gate = "; since FF-A %s" % version(since)
    if version(until):
        gate += "; until FF-A %s" % version(until)
    return "/** %s%s. */" % (where, gate)


def cpp(text, header):
    cc = os.environ.get("CC", "cc").split()
    inc = os.path.join(os.path.dirname(os.path.abspath(header)), "..")
    out = subprocess.run(cc + ["-E", "-P", "-I", inc, "-x", "c", "-"],
                         input=text, capture_output=True, text=True,
                         check=True).stdout
    return out


def spec_names(header):
    """lc -> "FFA_..." from the LIBFFA_ABI rows."""
    out = cpp(SPEC_NAMES + INCLUDE + "\n", header)
    return dict(re.findall(r'LIBFFA_DOC_N_ (\w+) "([^"]*)"', out))


def unquote(s):
    s = s.strip()
    return s[1:-1] if s.startswith('"') else s


def expand_rows(defines, header):
    """The expansion of one abi.def inclusion with the header's defines."""
    names = [re.match(r"#define (\w+)", d).group(1) for d in defines]
    text = "\n".join(defines) + "\n"
    fields = "LIBFFA_ARG" in names or "LIBFFA_RES" in names
    if fields:
        text += DOC_FIELD
    enum_abi = any(re.search(r"\bLIBFFA_ABI_##NAME\s*(?:=[^,]*)?,", d) for d in defines)
    text += INCLUDE + "\n"
    out = cpp(text, header)
    if fields:
        out = re.sub(
            r'LIBFFA_DOC_F_\(("[^"]*"), ("[^"]*"), ("[^"]*"), ("[^"]*"), '
            r'("[^"]*"), ("[^"]*")\)',
            lambda m: "\n" + field_doc(*[unquote(g) for g in m.groups()]) + "\n",
            out)
        spec = spec_names(header)
        what = {"args": "The fields of the %s frame: <tt>msg.args.%s</tt>.",
                "result": "The fields of the FFA_SUCCESS frame answering "
                          "%s: <tt>msg.result.%s</tt>."}
        out = re.sub(
            r"struct libffa_(args|result)_(\w+) \{",
            lambda m: "\n/** %s */\nstruct libffa_%s_%s {\n" % (
                what[m.group(1)] % (spec.get(m.group(2), m.group(2)),
                                    m.group(2)), m.group(1), m.group(2)),
            out)
        out = re.sub(r"\} ?;", "};\n", out)
    if enum_abi:
        out = re.sub(r"(LIBFFA_ABI_(\w+)(?: = \(?\d+\)?)?,)",
                     r"\1 /**< The \2 row of abi.def. */\n", out)
    return out


def expand(lines, header):
    """Replace each abi.def inclusion and its row macros by the expansion."""
    out = []
    pending = []          # row-macro #defines since the last inclusion
    i = 0
    while i < len(lines):
        line = lines[i]
        m = re.match(r"#define (\w+)\(", line)
        if m and m.group(1) in ROW_MACROS:
            block = line
            while block.endswith("\\\n"):
                i += 1
                block += lines[i]
            pending.append(block.rstrip("\n"))
            out.append("\n" * block.count("\n"))
        elif line.strip() == INCLUDE:
            out.append(expand_rows(pending, header))
            pending = []
        else:
            out.append(line)
        i += 1
    return out


def kerneldoc(text):
    """kernel-doc comments (/** ... */) in Doxygen terms."""
    def one(m):
        c = m.group(0)
        c = re.sub(r"^(\s*\*\s*)@(\w+):\s*", r"\1- <tt>\2</tt>: ", c, flags=re.M)
        c = re.sub(r"(?<![\w@\\])@(\w+)", r"<tt>\1</tt>", c)
        c = re.sub(r"^(\s*\*\s*)Return:", r"\1\\return", c, flags=re.M)
        c = re.sub(r"^(\s*\*\s*)Returns:", r"\1\\return", c, flags=re.M)
        c = re.sub(r"^(\s*\*\s*)Context:", r"\1\\par Context:\n\1", c, flags=re.M)
        return c
    return re.sub(r"/\*\*.*?\*/", one, text, flags=re.S)


def main():
    header = sys.argv[1]
    with open(header, encoding="utf-8") as f:
        lines = f.readlines()
    if any(l.strip() == INCLUDE for l in lines):
        lines = expand(lines, header)
    sys.stdout.write(kerneldoc("".join(lines)))


if __name__ == "__main__":
    main()
