#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-3-Clause
# Copyright (c) 2026, The libffa Authors.
#
# The Make/Kbuild contract of libffa.mk:
#  - LIBFFA_SRCS lists exactly src/*.c (a new core file must be added);
#  - tests/build/make/Makefile, which knows the core only through libffa.mk,
#    builds it for aarch64 with -nostdinc -ffreestanding
#    -mgeneral-regs-only and links a -nostdlib image with the whole core;
#  - the objects import only memcpy/memmove/memset/memcmp and have no
#    writable data (the symbol check of tests/build/profile.sh).
# Usage: run.sh <libffa-source> <out-dir> gcc|clang [kernel]
#   kernel: no compiler headers, the environment header of a Linux-style
#   tree (kernel_env.h through LIBFFA_CFG_ENV_HEADER).
# Exit 77 when the compiler or the aarch64 binutils are missing.
set -euo pipefail
src=$1
out=$2
cc=$3
envmode=${4:-}
cross=aarch64-linux-gnu-
for t in ld ar nm; do
	command -v "$cross$t" >/dev/null || { echo "SKIP: $cross$t not installed (binutils-aarch64-linux-gnu)"; exit 77; }
done
case "$cc" in
gcc)
	command -v "${cross}gcc" >/dev/null || { echo "SKIP: ${cross}gcc not installed"; exit 77; }
	ccargs=() ;;
clang)
	command -v clang >/dev/null || { echo "SKIP: clang not installed"; exit 77; }
	ccargs=("CC=clang --target=aarch64-none-elf") ;;
*)
	echo "usage: run.sh <src> <out> gcc|clang" >&2
	exit 2 ;;
esac

# LIBFFA_SRCS == src/*.c
listed=$(make -s --no-print-directory -f - <<MK
include $src/libffa.mk
all: ; @printf '%s\n' \$(LIBFFA_SRCS)
MK
)
listed=$(printf '%s\n' $listed | sort)
present=$(cd "$src" && ls src/*.c | sort)
if [ "$listed" != "$present" ]; then
	echo "FAIL: libffa.mk LIBFFA_SRCS differs from src/*.c (< only in libffa.mk, > only in src/):"
	diff <(echo "$listed") <(echo "$present") | grep '^[<>]' || true
	exit 1
fi

rm -rf "$out"
mkdir -p "$out"
out=$(cd "$out" && pwd)
if ! make -s -C "$out" -f "$src/tests/build/make/Makefile" LIBFFA_DIR="$src" \
	O="$out" CROSS_COMPILE="$cross" ENV="$envmode" "${ccargs[@]}" -j2 >"$out/make.log" 2>&1; then
	cat "$out/make.log"
	echo "FAIL: the libffa.mk build ($cc) failed"
	exit 1
fi
# The image linked: fw.c's four mem* were all the core needed.
nm=${cross}nm
"$nm" --defined-only "$out"/src/*.o | awk 'NF == 3 { print $3 }' | sort -u >"$out/defined.txt"
undef=$("$nm" -u "$out"/src/*.o | awk 'NF == 2 { print $2 }' | sort -u |
	comm -23 - "$out/defined.txt" | grep -Ev '^(memcpy|memmove|memset|memcmp)$' || true)
[ -z "$undef" ] || { echo "FAIL: the core imports more than mem*: $undef"; exit 1; }
data=$("$nm" -A "$out"/src/*.o | awk '$(NF-1) ~ /^[DdBbCGgSs]$/' || true)
[ -z "$data" ] || { echo "FAIL: writable data or BSS:"; echo "$data"; exit 1; }
"$nm" "$out/fw.elf" >"$out/fw.syms"
grep -q ' T libffa_msg_encode$' "$out/fw.syms" || { echo "FAIL: fw.elf has no libffa_msg_encode"; exit 1; }
n=$(printf '%s\n' $listed | wc -l)
how="-nostdinc -ffreestanding -mgeneral-regs-only"
[ "$envmode" = kernel ] && how="$how, no compiler headers (kernel_env.h)"
echo "ok: libffa.mk ($cc): $n sources, $how; imports only mem*, no writable data; fw.elf linked with -nostdlib"
size=$(${cross}size "$out/libffa.a" 2>/dev/null | awk 'NR > 1 { t += $1 } END { print t }')
echo "    .text of the core: $size bytes"
