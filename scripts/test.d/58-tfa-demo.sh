#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-3-Clause
# Copyright (c) 2026, The libffa Authors.
#
# The real-firmware QEMU demo (docs/demo.md): Trusted Firmware-A 2.12.1
# from Debian's arm-trusted-firmware source package (trixie; fetched by
# scripts/tfa-fetch.sh through a private apt configuration, cached under
# out/tfa), PLAT=qemu SPD=spmd SPMC_AT_EL3=1, with the libffa example SP
# as BL32 and the libffa proxy (NS-EL2) + client (NS-EL1) as BL33.
# Builds the images in out/demo-aarch64 (shared with stage 55). The last
# line is the verdict: "tfa-demo: PASS (...)", "tfa-demo: FAIL (...)", or,
# when the source package cannot be fetched, "tfa-demo: SKIPPED: <reason>"
# with exit status 77 (a skip, never a pass). The same check is the ctest
# test demo.tfa (label demo, SKIP_RETURN_CODE 77).
set -uo pipefail
. scripts/lib.sh
mkdir -p out
dir=out/demo-aarch64
cmake -S examples/qemu -B "$dir" -DLIBFFA_WERROR=ON \
	-DCMAKE_TOOLCHAIN_FILE="$PWD/arch/aarch64/toolchain.cmake" \
	-DLIBFFA_CROSS_PREFIX=aarch64-linux-gnu- \
	-DCMAKE_BUILD_TYPE=Release >"$dir.configure.log" 2>&1 ||
	{
		cat "$dir.configure.log"
		echo "tfa-demo: FAIL (configure)"
		exit 1
	}
if ! cmake --build "$dir" -j "$JOBS" --target demo_tfa_images >"$dir.tfa-build.log" 2>&1; then
	grep -Ev '^\[|^-- ' "$dir.tfa-build.log" | tail -n 40
	echo "tfa-demo: FAIL (the BL32/BL33 images did not build)"
	exit 1
fi
# What ctest's demo.tfa runs, run directly so that the transcript and the
# verdict are the stage's output. Exit 77 = skipped (see above).
exec examples/tfa/run.sh "$dir/tfa/libffa-demo-tfa-sp.bin" \
	"$dir/tfa/libffa-demo-tfa-bl33.bin" "$dir/tfa/demo-tfa.log"
