#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-3-Clause
# Copyright (c) 2026, The libffa Authors.
#
# Linux as an FF-A peer (docs/interop.md): a Debian arm64 kernel (the
# newest trixie-backports cloud kernel, or LIBFFA_LINUX_KERNEL) and its
# FF-A driver, tpm_crb_ffa and optee modules, booted under
# qemu-system-aarch64 against
#   A  libffa's own EL3 firmware (example SPMC + SP, examples/linux),
#   B  the same with pKVM (kvm-arm.mode=protected) in between,
#   C  TF-A 2.12.1's SPMD + EL3 SPMC with the libffa SP at S-EL1,
#   D  C with pKVM,
#   A-v1.1, A-v1.0, B-v1.1, B-v1.0  A and B with the firmware built as
#      an FF-A v1.1 / v1.0 implementation: Linux negotiates down and is
#      served at that version,
# each judged from its transcript (examples/linux/judge.sh). What ctest's
# label "linux" runs, run directly. The last line is the verdict:
#   linux: PASS (...)   linux: FAIL (...)   linux: SKIPPED: <reason>
# (exit 77 when the kernel or TF-A cannot be fetched: never a pass).
set -uo pipefail
. scripts/lib.sh
mkdir -p out
dir=out/demo-aarch64
start=$(date +%s)
cmake -S examples/qemu -B "$dir" -DLIBFFA_WERROR=ON \
	-DCMAKE_TOOLCHAIN_FILE="$PWD/arch/aarch64/toolchain.cmake" \
	-DLIBFFA_CROSS_PREFIX=aarch64-linux-gnu- \
	-DCMAKE_BUILD_TYPE=Release >"$dir.configure.log" 2>&1 ||
	{
		cat "$dir.configure.log"
		echo "linux: FAIL (configure)"
		exit 1
	}
if ! cmake --build "$dir" -j "$JOBS" --target linux_images >"$dir.linux-build.log" 2>&1; then
	grep -Ev '^\[|^-- ' "$dir.linux-build.log" | tail -n 40
	echo "linux: FAIL (the firmware images did not build)"
	exit 1
fi
passed=()
failed=()
skipped=()
for run in A B C D A-v1.1 A-v1.0 B-v1.1 B-v1.0; do
	case "$run" in
	A | B) image=$dir/linux/libffa-linux-fw.bin ;;
	[AB]-v1.*) image=$dir/linux/libffa-linux-fw-${run#?-}.bin ;;
	*) image=$dir/linux/libffa-linux-tfa-sp.bin ;;
	esac
	echo "##### linux run $run"
	# pipefail: the status is run.sh's.
	examples/linux/run.sh "$image" "$run" "$dir/linux/linux-$run.log" |
		tee "$dir/linux/linux-$run.out"
	case $? in
	0) passed+=("$run") ;;
	77) skipped+=("$run") ;;
	*) failed+=("$run") ;;
	esac
done
# The kernel the runs booted, as each run printed it.
kernel=$(sed -n 's/^linux-[A-D][-v0-9.]*: kernel //p' "$dir"/linux/linux-*.out | sort -u | tr '\n' ' ')
kernel=${kernel% }
summary="passed: ${passed[*]:-none}; failed: ${failed[*]:-none}; skipped: ${skipped[*]:-none}; kernel ${kernel:-?}; $(($(date +%s) - start)) s"
if [ "${#failed[@]}" -gt 0 ]; then
	echo "linux: FAIL ($summary)"
	exit 1
fi
if [ "${#skipped[@]}" -gt 0 ]; then
	echo "linux: SKIPPED: runs ${skipped[*]} could not fetch what they boot ($summary)"
	exit 77
fi
echo "linux: PASS ($summary)"
