#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-3-Clause
# Copyright (c) 2026, The libffa Authors.
#
# Bare-metal QEMU tests (, label qemu): the real SMC/HVC
# backends and the real core in an image that boots at EL3 under
# qemu-system-aarch64 -M virt,secure=on,virtualization=on; NS-EL2 -> SMC ->
# EL3, NS-EL1 -> HVC -> EL2, NS-EL1 -> SMC -> EL3, plus negative controls.
# Reuses the aarch64 build of stage 40 (out/cross); configures and builds it
# itself when run alone (scripts/test.sh 50).
set -euo pipefail
. scripts/lib.sh
mkdir -p out
cmocka=$(scripts/cmocka-arm64.sh)
export PKG_CONFIG_LIBDIR="$cmocka/lib/pkgconfig"
export PKG_CONFIG_PATH=""
cmake -S . -B out/cross -DLIBFFA_WERROR=ON \
	-DCMAKE_TOOLCHAIN_FILE="$PWD/arch/aarch64/toolchain.cmake" \
	-DLIBFFA_CROSS_PREFIX=aarch64-linux-gnu- \
	-DCMAKE_BUILD_TYPE=Release >out/cross.qemu-configure.log 2>&1 ||
	{
		cat out/cross.qemu-configure.log
		exit 1
	}
# Only what the qemu tests need, so a broken unit suite elsewhere does not
# hide the result of this stage.
if ! cmake --build out/cross -j "$JOBS" --target qemu_image >out/cross.qemu-build.log 2>&1; then
	grep -Ev '^\[|^-- ' out/cross.qemu-build.log
	exit 1
fi
(cd out/cross && ctest --output-on-failure -j "$JOBS" -L qemu --no-tests=error)
