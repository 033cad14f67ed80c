#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-3-Clause
# Copyright (c) 2026, The libffa Authors.
#
# Consumer tests. Each step configures from scratch:
#   install       configure this tree alone (no tests, tools, examples, the
#                 default CMAKE_INSTALL_PREFIX), install with the README's
#                 own command `cmake --install build --prefix <work>/prefix`,
#                 check the installed files, then copy the prefix to
#                 <work>/moved (relocation check);
#   subdir        a project that add_subdirectory()s this tree;
#   find_package  a project that find_package(libffa)s the MOVED prefix;
#   pkgconfig     a plain Makefile using pkg-config on the MOVED prefix
#                 (libffa.pc finds its prefix from ${pcfiledir});
#   preset-<name> the CMake preset <name> (aarch64-linux, aarch64-none-elf)
#                 configures from scratch and builds the core and conduit;
#                 the core imports only mem* (exit 77 without a compiler);
#   shared        -DBUILD_SHARED_LIBS=ON: SONAME, only public libffa_*
#                 exported, and the pkg-config consumer linked against the
#                 .so and run from the moved prefix.
# Each consumer builds version_frame.c and runs it.
# Usage: run.sh <libffa-source> <work-dir> <cc> <step>
set -euo pipefail
src=$1
mkdir -p "$2"
work=$(cd "$2" && pwd)
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
		-DLIBFFA_INSTALL=ON
	run cmake --build "$work/lib-build" -j 2
	run cmake --install "$work/lib-build" --prefix "$work/prefix"
	missing=0
	for h in "$src"/include/ffa/*; do
		[ -f "$work/prefix/include/ffa/$(basename "$h")" ] ||
			{ echo "FAIL: not installed: include/ffa/$(basename "$h")"; missing=1; }
	done
	lib=$(find "$work/prefix" -name libffa.a | head -1)
	[ -n "$lib" ] || { echo "FAIL: libffa.a not installed"; missing=1; }
	for f in libffa-config.cmake libffa-config-version.cmake libffa-targets.cmake libffa.pc libffa-aarch64-toolchain.cmake; do
		[ -n "$(find "$work/prefix" -name "$f")" ] || { echo "FAIL: $f not installed"; missing=1; }
	done
	# Nothing installed may remember the build's prefix (/usr/local).
	if grep -rl "/usr/local\|$work/lib-build" "$work/prefix" --include='*.pc' --include='*.cmake'; then
		echo "FAIL: installed files above name a fixed prefix or the build tree"
		missing=1
	fi
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
	lib=$(dirname "$(find "$work/moved" -name libffa.pc | head -1)")
	want=$(cd "$work/moved/include" && pwd)
	got=$(PKG_CONFIG_PATH="$lib" PKG_CONFIG_LIBDIR="$lib" pkg-config --cflags libffa | tr -d " ")
	[ "$(cd "${got#-I}" 2>/dev/null && pwd)" = "$want" ] ||
		{ echo "FAIL: pkg-config --cflags says '$got', want -I$want"; exit 1; }
	run env PKG_CONFIG_PATH="$lib" PKG_CONFIG_LIBDIR="$lib" \
		make -C "$work/pkgconfig" -f "$here/pkgconfig/Makefile" CC="$cc"
	"$work/pkgconfig/version_frame"
	;;
shared)
	b=$work/shared-build
	rm -rf "$b" "$work/shared" "$work/shared-moved" "$work/shared-consumer"
	run cmake -S "$src" -B "$b" -DCMAKE_C_COMPILER="$cc" \
		-DCMAKE_BUILD_TYPE=Release -DBUILD_SHARED_LIBS=ON \
		-DLIBFFA_BUILD_TESTS=OFF -DLIBFFA_BUILD_TOOLS=OFF \
		-DLIBFFA_BUILD_EXAMPLES=OFF -DLIBFFA_INSTALL=ON
	run cmake --build "$b" -j 2
	run cmake --install "$b" --prefix "$work/shared"
	mv "$work/shared" "$work/shared-moved"
	so=$(find "$work/shared-moved" -name 'libffa.so.*.*' | head -1)
	[ -n "$so" ] || { echo "FAIL: no libffa.so.X.Y installed"; exit 1; }
	major=$(sed -n 's/^#define LIBFFA_LIB_VERSION_MAJOR \([0-9]*\)$/\1/p' "$src/include/ffa/libversion.h")
	soname=$(readelf -d "$so" | sed -n 's/.*Library soname: \[\(.*\)\]/\1/p')
	[ "$soname" = "libffa.so.$major" ] || { echo "FAIL: SONAME '$soname', want libffa.so.$major"; exit 1; }
	# Exported: libffa_* only, never an internal libffa_*_ helper; and
	# every function a public header declares.
	nm -D --defined-only "$so" | awk '$2 ~ /^[TDRB]$/ { sub(/@.*/, "", $3); print $3 }' | sort -u >"$work/shared-exports.txt"
	bad=$(grep -v '^libffa_[a-z0-9_]*[a-z0-9]$' "$work/shared-exports.txt" || true)
	[ -z "$bad" ] || { echo "FAIL: exported beyond the public libffa_* API:"; echo "$bad"; exit 1; }
	# Every function ffa/ffa.h declares (preprocessed: no comments; static
	# inline functions and calls inside their bodies are not declarations).
	printf '#include "ffa/ffa.h"\n' | "$cc" -E -P -I"$src/include" -x c - |
		tr -s ' \t\n' ' ' | sed 's/__attribute__ *((\([^()]*\)))//g; s/;/;\n/g; s/{/{\n/g' |
		grep -v 'static inline\|typedef\|^ *return\|(\*' |
		grep -o '^[^(=]*[ *]libffa_[a-z0-9_]* *(' | sed 's/.*\(libffa_[a-z0-9_]*\) *($/\1/' |
		sort -u >"$work/shared-declared.txt"
	missing=$(comm -23 "$work/shared-declared.txt" "$work/shared-exports.txt" || true)
	[ -z "$missing" ] || { echo "FAIL: declared in include/ffa but not exported:"; echo "$missing"; exit 1; }
	lib=$(dirname "$(find "$work/shared-moved" -name libffa.pc | head -1)")
	mkdir -p "$work/shared-consumer"
	run env PKG_CONFIG_PATH="$lib" PKG_CONFIG_LIBDIR="$lib" \
		make -C "$work/shared-consumer" -f "$here/pkgconfig/Makefile" CC="$cc"
	readelf -d "$work/shared-consumer/version_frame" | grep >/dev/null "NEEDED.*\[libffa.so.$major\]" ||
		{ echo "FAIL: the consumer did not link libffa.so.$major"; exit 1; }
	LD_LIBRARY_PATH="$(dirname "$so")" "$work/shared-consumer/version_frame"
	echo "ok: $soname exports $(wc -l <"$work/shared-exports.txt") symbols: the $(wc -l <"$work/shared-declared.txt") functions of ffa/ffa.h, nothing else"
	;;
preset-*)
	preset=${step#preset-}
	b=$work/$step
	rm -rf "$b"
	case "$preset" in
	aarch64-linux) need=aarch64-linux-gnu-gcc ;;
	*) need=clang ;;
	esac
	command -v "$need" >/dev/null || command -v aarch64-none-elf-gcc >/dev/null ||
		{ echo "SKIP: $need not installed"; exit 77; }
	# Never the host's .pc files for a cross build (tests then stay off).
	(cd "$src" && run env PKG_CONFIG_LIBDIR=/nonexistent PKG_CONFIG_PATH= \
		cmake --preset "$preset" -B "$b")
	grep "libffa: tests OFF" "$log" || true
	run cmake --build "$b" -j 2 --target libffa_core libffa_conduit
	nm=$(sed -n 's/^CMAKE_NM:FILEPATH=//p' "$b/CMakeCache.txt")
	undef=$("$nm" -u "$b/libffa.a" | awk 'NF == 2 { print $2 }' | sort -u)
	defined=$("$nm" --defined-only "$b/libffa.a" | awk 'NF == 3 { print $3 }' | sort -u)
	extra=$(comm -23 <(echo "$undef") <(echo "$defined") | grep -Ev '^(memcpy|memmove|memset|memcmp)$' || true)
	[ -z "$extra" ] || { echo "FAIL: preset $preset: the core imports $extra"; exit 1; }
	cc=$(sed -n 's/^set(CMAKE_C_COMPILER "\(.*\)")$/\1/p' "$b"/CMakeFiles/*/CMakeCCompiler.cmake | head -1)
	echo "ok: preset $preset ($cc): libffa.a and libffa_conduit.a built, the core imports only mem*"
	;;
*)
	echo "unknown step $step" >&2
	exit 2
	;;
esac
