#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-3-Clause
# Copyright (c) 2026, The libffa Authors.
#
# Builds the API reference (Doxyfile at the top of the tree) into
# <out>/html and fails on any Doxygen warning (the log is <out>/warnings.log).
# Usage: docs/api/build.sh [<out-dir>]     (default: out/api)
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
out=${1:-$top/out/api}
command -v doxygen >/dev/null || { echo "SKIP: doxygen not installed"; exit 77; }
command -v python3 >/dev/null || { echo "SKIP: python3 not installed (docs/api/filter.py)"; exit 77; }
mkdir -p "$out"
out=$(cd "$out" && pwd)
rm -rf "$out/html" "$out/warnings.log"
# The Doxyfile's paths are relative to the top; the output goes to <out>.
(cd "$top" && { cat Doxyfile; echo "OUTPUT_DIRECTORY = $out"; echo "WARN_LOGFILE = $out/warnings.log"; } |
	doxygen - >"$out/doxygen.log" 2>&1) || { cat "$out/doxygen.log"; exit 1; }
[ -f "$out/html/index.html" ] || { echo "FAIL: no $out/html/index.html"; exit 1; }
if [ -s "$out/warnings.log" ]; then
	cat "$out/warnings.log"
	echo "FAIL: Doxygen warnings: $(grep -c 'warning:' "$out/warnings.log")"
	exit 1
fi
structs=$(ls "$out/html" | grep -c '^structlibffa__\(args\|result\)__.*\.html$' || true)
# The per-ABI structs must be there: the X-macro expansion worked.
[ "$structs" -gt 0 ] || { echo "FAIL: no struct libffa_args_*/libffa_result_* page"; exit 1; }
echo "ok: API reference in $out/html: $(ls "$out/html"/*.html | wc -l) pages, $structs per-ABI structs, 0 warnings"
