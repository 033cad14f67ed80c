#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-3-Clause
# Copyright (c) 2026, The libffa Authors.
#
# Documentation: no file refers outside the repository and every relative
# markdown link resolves (scripts/check-links.py), and the API reference builds
# through the CMake target `docs` with zero Doxygen warnings, the per-ABI
# structs of include/ffa/abi.def written out.
set -euo pipefail
. scripts/lib.sh
mkdir -p out
status=0
python3 scripts/check-links.py || status=1
dir=out/docs-build
rm -rf "$dir"
cmake -S . -B "$dir" -DLIBFFA_BUILD_TESTS=OFF -DLIBFFA_BUILD_TOOLS=OFF \
	-DLIBFFA_BUILD_EXAMPLES=OFF >"$dir.configure.log" 2>&1 ||
	{
		cat "$dir.configure.log"
		exit 1
	}
if ! command -v doxygen >/dev/null; then
	[ "$status" -eq 0 ] || exit 1
	echo "SKIP: doxygen not installed"
	exit 77
fi
cmake --build "$dir" --target docs || status=1
exit "$status"
