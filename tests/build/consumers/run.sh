#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-3-Clause
# Copyright (c) 2026, The libffa Authors.
#
# Consumer tests (style.md B4, B5). Each step configures from scratch:
#   install       configure this tree alone (no tests, tools, examples),
#                 install into <work>/prefix, check the installed files,
#                 then copy the prefix to <work>/moved (relocation check);
#   subdir        a project that add_subdirectory()s this tree;
#   find_package  a project that find_package(libffa)s the MOVED prefix;
#   pkgconfig     a plain Makefile using pkg-config on the installed prefix.
# Each consumer builds version_frame.c and runs it.
# Usage: run.sh <libffa-source> <work-dir> <cc> <step>
set -euo pipefail
src=$1
work=$2
cc=$3
step=$4
here=$src/tests/build/consumers
mkdir -p "$work"
log=$work/$step.log
run() {
	if ! "$@" >>"$log" 2>&1; then
		echo "FAIL: $step: $*"
		tail -30 "$log"
		exit 1
	fi
}
: >"$log"
case "$step" in
install)
	rm -rf "$work/lib-build" "$work/prefix" "$work/moved"
	run cmake -S "$src" -B "$work/lib-build" -DCMAKE_C_COMPILER="$cc" \
		-DCMAKE_BUILD_TYPE=Release -DLIBFFA_BUILD_TESTS=OFF \
		-DLIBFFA_BUILD_TOOLS=OFF -DLIBFFA_BUILD_EXAMPLES=OFF \
		-DCMAKE_INSTALL_PREFIX="$work/prefix"
	run cmake --build "$work/lib-build" -j 2
	run cmake --install "$work/lib-build"
	missing=0
	for h in "$src"/include/ffa/*; do
		[ -f "$work/prefix/include/ffa/$(basename "$h")" ] ||
			{ echo "FAIL: not installed: include/ffa/$(basename "$h")"; missing=1; }
	done
	lib=$(find "$work/prefix" -name libffa.a | head -1)
	[ -n "$lib" ] || { echo "FAIL: libffa.a not installed"; missing=1; }
	for f in libffa-config.cmake libffa-config-version.cmake libffa-targets.cmake libffa.pc; do
		[ -n "$(find "$work/prefix" -name "$f")" ] || { echo "FAIL: $f not installed"; missing=1; }
	done
	[ "$missing" -eq 0 ] || exit 1
	cp -a "$work/prefix" "$work/moved"
	echo "ok: installed $(find "$work/prefix" -type f | wc -l) files into a fresh prefix"
	;;
subdir)
	rm -rf "$work/subdir"
	run cmake -S "$here/subdir" -B "$work/subdir" -DCMAKE_C_COMPILER="$cc" \
		-DLIBFFA_SOURCE_DIR="$src"
	run cmake --build "$work/subdir" -j 2
	"$work/subdir/version_frame"
	;;
find_package)
	rm -rf "$work/find_package"
	run cmake -S "$here/find_package" -B "$work/find_package" \
		-DCMAKE_C_COMPILER="$cc" -DCMAKE_PREFIX_PATH="$work/moved" \
		-DCMAKE_FIND_USE_PACKAGE_REGISTRY=OFF
	run cmake --build "$work/find_package"
	grep -q "$work/moved" "$work/find_package/CMakeCache.txt" ||
		{ echo "FAIL: find_package did not use the moved prefix"; exit 1; }
	"$work/find_package/version_frame"
	;;
pkgconfig)
	rm -rf "$work/pkgconfig"
	mkdir -p "$work/pkgconfig"
	lib=$(dirname "$(find "$work/prefix" -name libffa.pc | head -1)")
	run env PKG_CONFIG_PATH="$lib" PKG_CONFIG_LIBDIR="$lib" \
		make -C "$work/pkgconfig" -f "$here/pkgconfig/Makefile" CC="$cc"
	"$work/pkgconfig/version_frame"
	;;
*)
	echo "unknown step $step" >&2
	exit 2
	;;
esac
