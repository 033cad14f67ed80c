#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-3-Clause
# Copyright (c) 2026, The libffa Authors.
#
# The own-firmware QEMU demo (docs/demo.md): one bare-metal image with the
# host demo's roles built freestanding, EL1 client -> HVC -> EL2 proxy ->
# SMC -> EL3 spmc + sp, under qemu-system-aarch64 -M virt,secure=on,
# virtualization=on. Shares the aarch64 build of stage 40 (out/cross) and
# configures it itself when run alone (scripts/test.sh 55). Runs the ctest
# test demo.qemu (label demo); the last line is its verdict,
# "qemu-demo: PASS (...)" or "qemu-demo: FAIL (...)".
set -euo pipefail
. scripts/lib.sh
mkdir -p out
cmocka=$(scripts/cmocka-arm64.sh)
export PKG_CONFIG_LIBDIR="$cmocka/lib/pkgconfig"
export PKG_CONFIG_PATH=""
dir=out/cross
cmake -S . -B "$dir" -DLIBFFA_WERROR=ON \
	-DCMAKE_TOOLCHAIN_FILE="$PWD/arch/aarch64/toolchain.cmake" \
	-DLIBFFA_CROSS_PREFIX=aarch64-linux-gnu- \
	-DCMAKE_BUILD_TYPE=Release >"$dir.demo-configure.log" 2>&1 ||
	{
		cat "$dir.demo-configure.log"
		exit 1
	}
if ! cmake --build "$dir" -j "$JOBS" --target libffa_demo_qemu >"$dir.demo-build.log" 2>&1; then
	grep -Ev '^\[|^-- ' "$dir.demo-build.log" | tail -n 40
	echo "qemu-demo: FAIL (the demo image did not build)"
	exit 1
fi
rc=0
(cd "$dir" && ctest --output-on-failure -R '^demo\.qemu$' --no-tests=error) || rc=$?
log=$(find "$dir" -name demo-qemu.log -path '*qemu*' | head -n 1)
[ -z "$log" ] || tr -d '\r' <"$log"
if [ "$rc" -eq 0 ]; then
	grep -a '^qemu-demo: PASS' "$log" | tr -d '\r' | tail -n 1
else
	echo "qemu-demo: FAIL (ctest demo.qemu)"
fi
exit "$rc"
