#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-3-Clause
# Copyright (c) 2026, The libffa Authors.
#
# The real-firmware QEMU demo (docs/demo.md): Trusted Firmware-A 2.12.1
# from Debian's arm-trusted-firmware source package (trixie; fetched by
# scripts/tfa-fetch.sh through a private apt configuration, cached under
# out/tfa), PLAT=qemu SPD=spmd SPMC_AT_EL3=1, with the libffa example SP
# as BL32 and the libffa proxy (NS-EL2) + client (NS-EL1) as BL33.
# Shares the aarch64 build of stage 40 (out/cross). The last line is the
# verdict: "tfa-demo: PASS (...)", "tfa-demo: FAIL (...)", or, when the
# source package cannot be fetched, "tfa-demo: SKIPPED: <reason>" with
# exit status 77 (a skip, never a pass).
set -uo pipefail
. scripts/lib.sh
mkdir -p out
cmocka=$(scripts/cmocka-arm64.sh) || exit 1
export PKG_CONFIG_LIBDIR="$cmocka/lib/pkgconfig"
export PKG_CONFIG_PATH=""
dir=out/cross
cmake -S . -B "$dir" -DLIBFFA_WERROR=ON \
	-DCMAKE_TOOLCHAIN_FILE="$PWD/arch/aarch64/toolchain.cmake" \
	-DLIBFFA_CROSS_PREFIX=aarch64-linux-gnu- \
	-DCMAKE_BUILD_TYPE=Release >"$dir.tfa-configure.log" 2>&1 ||
	{
		cat "$dir.tfa-configure.log"
		exit 1
	}
if ! cmake --build "$dir" -j "$JOBS" --target demo_tfa_images >"$dir.tfa-build.log" 2>&1; then
	grep -Ev '^\[|^-- ' "$dir.tfa-build.log" | tail -n 40
	echo "tfa-demo: FAIL (the BL32/BL33 images did not build)"
	exit 1
fi
bins=$(find "$dir" -name 'libffa-demo-tfa-sp.bin' | head -n 1)
bins=${bins%/*}
[ -n "$bins" ] || { echo "tfa-demo: FAIL (no images)"; exit 1; }
# The same command ctest's demo.tfa runs; run directly so the transcript
# and the verdict line are the stage's output.
# run.sh prints "tfa-demo: SKIPPED: <reason>" and exits 77 when it cannot
# fetch the source package.
exec examples/tfa/run.sh "$bins/libffa-demo-tfa-sp.bin" \
	"$bins/libffa-demo-tfa-bl33.bin" "$bins/demo-tfa.log"
