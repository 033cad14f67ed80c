#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-3-Clause
# Copyright (c) 2026, The libffa Authors.
#
# Every macro the libffa public headers define starts with LIBFFA_.
# Preprocesses a TU that includes every public header with -dM,
# subtracts what the same compiler defines for a TU that includes only the
# toolchain headers ours pull in (<stdbool.h>, <stddef.h>, <stdint.h>), and
# fails on any name left that is not LIBFFA_*. The one exception is the
# iterator family libffa_for_each_* (.clang-format's ForEachMacros names
# them so); each is listed in the output so it stays visible.
# Usage: macro_prefix.sh <cc> <include-dir> <all-headers.h> [extra flags...]
set -euo pipefail
cc=$1
inc=$2
all=$3
shift 3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
printf '#include <stdbool.h>\n#include <stddef.h>\n#include <stdint.h>\n' >"$tmp/base.c"
printf '#include "%s"\n' "$all" >"$tmp/ours.c"
names() { "$cc" -std=c11 "$@" -dM -E "$1" | awk '$1 == "#define" { sub(/\(.*/, "", $2); print $2 }' | sort -u; }
names "$tmp/base.c" "$@" >"$tmp/base.txt"
names "$tmp/ours.c" -I"$inc" "$@" >"$tmp/ours.txt"
bad=$(comm -13 "$tmp/base.txt" "$tmp/ours.txt" | grep -Ev '^(LIBFFA_|libffa_for_each_)' || true)
iter=$(comm -13 "$tmp/base.txt" "$tmp/ours.txt" | grep -E '^libffa_for_each_' | tr '\n' ' ' || true)
count=$(comm -13 "$tmp/base.txt" "$tmp/ours.txt" | grep -c '^LIBFFA_' || true)
if [ -n "$bad" ]; then
	echo "FAIL: macros defined by libffa headers without the LIBFFA_ prefix:"
	for m in $bad; do
		where=$(grep -nE "^[[:space:]]*#[[:space:]]*define[[:space:]]+$m\b" "$inc"/ffa/* | head -1 || true)
		echo "  $m  ${where:-(not found by grep: generated or from a toolchain header)}"
	done
	exit 1
fi
echo "ok: $count macros from libffa headers ($cc), all LIBFFA_*; iterators: ${iter:-none}"
