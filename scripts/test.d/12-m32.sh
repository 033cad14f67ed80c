#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-3-Clause
# Copyright (c) 2026, The libffa Authors.
#
# The library and every unit and hostile suite built with gcc -m32
# (32-bit size_t and pointers) and run on the host: the same bytes must get
# the same verdict and fault as on x86-64 (issue 12; the hostile memory
# suite checks statuses, fields and offsets). cmocka is built for i386 by
# scripts/cmocka-build.sh. The tool and examples stay out: they use the
# host's libc headers, which Debian's multilib lacks pieces of (asm/errno.h),
# and what they add is not the core's arithmetic.
# Built -Os (MinSizeRel): the generic codec's size-first shape (its dispatch
# calls the typed entry points, src/msg_codec.c) is what a firmware links,
# and this is the stage that runs every unit and hostile suite against it.
set -euo pipefail
. scripts/lib.sh
mkdir -p out
if ! echo 'int main(void){return 0;}' | gcc -m32 -x c - -o out/m32-probe 2>/dev/null; then
	echo "m32: gcc -m32 cannot link (gcc-12-multilib missing: scripts/deps.sh)"
	exit 77
fi
# A kernel without 32-bit syscalls (IA32 emulation off) runs the suites
# under qemu-i386 instead; with neither, the stage cannot run.
emulator=()
if ! out/m32-probe 2>/dev/null; then
	if ! command -v qemu-i386 >/dev/null || ! qemu-i386 out/m32-probe; then
		echo "m32: this kernel runs no 32-bit binary and qemu-i386 is missing"
		exit 77
	fi
	emulator=(-DCMAKE_SYSTEM_NAME=Linux -DCMAKE_SYSTEM_PROCESSOR=i686
		-DCMAKE_CROSSCOMPILING_EMULATOR=qemu-i386)
	echo "m32: the kernel runs no 32-bit binary; suites run under qemu-i386"
fi
rm -f out/m32-probe
cmocka=$(scripts/cmocka-build.sh m32)
# pkg-config must see the i386 cmocka only, never the host's .pc files.
export PKG_CONFIG_LIBDIR="$cmocka/lib/pkgconfig"
export PKG_CONFIG_PATH=""
CC=gcc CTEST_ARGS="-L unit|hostile ${CTEST_ARGS:-}" run_ctest_build out/m32 \
	-DCMAKE_BUILD_TYPE=MinSizeRel -DCMAKE_C_FLAGS=-m32 \
	-DLIBFFA_BUILD_TOOLS=OFF -DLIBFFA_BUILD_EXAMPLES=OFF "${emulator[@]}"
