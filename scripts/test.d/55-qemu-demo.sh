#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-3-Clause
# Copyright (c) 2026, The libffa Authors.
#
# The own-firmware QEMU demo (docs/demo.md): one bare-metal image with the
# host demo's roles built freestanding, EL1 client -> HVC -> EL2 proxy ->
# SMC -> EL3 spmc + sp, under qemu-system-aarch64 -M virt,secure=on,
# virtualization=on. Builds examples/qemu as its own aarch64 project
# (out/demo-aarch64, shared with stage 58) and runs what its ctest test
# demo.qemu (label demo) runs. The last line is the verdict:
#   qemu-demo: PASS (...; QEMU <n> ms)   or   qemu-demo: FAIL (...)
set -euo pipefail
. scripts/lib.sh
mkdir -p out
dir=out/demo-aarch64
cmake -S examples/qemu -B "$dir" -DLIBFFA_WERROR=ON \
	-DCMAKE_TOOLCHAIN_FILE="$PWD/arch/aarch64/toolchain.cmake" \
	-DLIBFFA_CROSS_PREFIX=aarch64-linux-gnu- \
	-DCMAKE_BUILD_TYPE=Release >"$dir.configure.log" 2>&1 ||
	{
		cat "$dir.configure.log"
		echo "qemu-demo: FAIL (configure)"
		exit 1
	}
if ! cmake --build "$dir" -j "$JOBS" --target libffa_demo_qemu >"$dir.qemu-build.log" 2>&1; then
	grep -Ev '^\[|^-- ' "$dir.qemu-build.log" | tail -n 40
	echo "qemu-demo: FAIL (the demo image did not build)"
	exit 1
fi
# What ctest's demo.qemu runs, run directly so that the transcript and the
# verdict are the stage's output.
exec examples/qemu/run.sh "$dir/libffa-demo-qemu.elf" "$dir/demo-qemu.log"
