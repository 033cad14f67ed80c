#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-3-Clause
# Copyright (c) 2026, The libffa Authors.
#
# The real-firmware demo: fetch TF-A from Debian's source package
# (scripts/tfa-fetch.sh, cached), build it with the libffa SP as BL32 and
# the libffa proxy + client as BL33 (incremental, cached under out/tfa),
# boot it under QEMU and judge the transcript. The last line is the verdict:
#   tfa-demo: PASS (...)   tfa-demo: FAIL (...)   tfa-demo: SKIPPED: <reason>
# Exit status: 0 pass, 1 fail, 77 skipped (the source package cannot be
# fetched: no network to the Debian mirror) - never a pass.
# Usage: run.sh <sp.bin> <bl33.bin> [log file]
# Environment: LIBFFA_CROSS_PREFIX (default aarch64-linux-gnu-), JOBS.
set -uo pipefail
sp_bin=$(realpath "$1")
bl33_bin=$(realpath "$2")
log=$(realpath -m "${3:-demo-tfa.log}")
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
cross=${LIBFFA_CROSS_PREFIX:-aarch64-linux-gnu-}
jobs=${JOBS:-$(nproc)}
out=$top/out/tfa
mkdir -p "$out"

now_ms() { echo $(($(date +%s%N) / 1000000)); }

# One TF-A build at a time (ctest -j, or a stage running beside ctest).
exec 9>"$out/.lock"
flock 9

t0=$(now_ms)
src=$("$top/scripts/tfa-fetch.sh" 2>"$out/fetch.log")
rc=$?
cat "$out/fetch.log" >&2
if [ "$rc" -eq 77 ]; then
	reason=$(sed -n 's/^tfa-fetch: SKIP: //p' "$out/fetch.log" | tail -n 1)
	echo "tfa-demo: SKIPPED: ${reason:-the TF-A source package cannot be fetched}"
	exit 77
elif [ "$rc" -ne 0 ] || [ -z "$src" ]; then
	echo "tfa-demo: FAIL (fetching the TF-A source package failed)"
	exit 1
fi
t1=$(now_ms)

# The payloads at fixed paths, refreshed only when their content changed:
# TF-A's make then repacks the FIP exactly when a payload is new.
payload=$out/payload
mkdir -p "$payload"
cmp -s "$sp_bin" "$payload/sp.bin" || cp "$sp_bin" "$payload/sp.bin"
cmp -s "$bl33_bin" "$payload/bl33.bin" || cp "$bl33_bin" "$payload/bl33.bin"

# TF-A 2.12: SPMD at EL3 with the SPMC at EL3 too (no S-EL2), one S-EL1 SP.
build=$out/build-$(basename "$src")
make_args=(-C "$src" -j "$jobs" CROSS_COMPILE="$cross" PLAT=qemu DEBUG=1
	BUILD_BASE="$build" SPD=spmd SPMD_SPM_AT_SEL2=0 SPMC_AT_EL3=1
	BL32="$payload/sp.bin" BL33="$payload/bl33.bin"
	QEMU_TOS_FW_CONFIG_DTS="$here/sp_manifest.dts")
echo "tfa-demo: building $(basename "$src") (PLAT=qemu SPD=spmd SPMC_AT_EL3=1)" >&2
if ! make "${make_args[@]}" all fip >"$out/build.log" 2>&1; then
	tail -n 30 "$out/build.log"
	echo "tfa-demo: FAIL (the TF-A build failed, see out/tfa/build.log)"
	exit 1
fi
bios=$build/qemu/debug/qemu_fw.bios
if [ ! -f "$bios" ]; then
	# Older plat/qemu makefiles do not make qemu_fw.bios: BL1 + FIP at 256K.
	bios=$out/qemu_fw.bios
	cp "$build/qemu/debug/bl1.bin" "$bios"
	dd if="$build/qemu/debug/fip.bin" of="$bios" bs=64k seek=4 conv=notrunc 2>/dev/null
fi
t2=$(now_ms)

timeout 60 qemu-system-aarch64 -M virt,secure=on,virtualization=on -cpu max \
	-m 1G -smp 1 -nographic -no-reboot -semihosting \
	-bios "$bios" </dev/null >"$log" 2>&1
rc=$?
t3=$(now_ms)
tr -d '\r' <"$log"
timing="fetch $((t1 - t0)) ms, TF-A build $((t2 - t1)) ms, QEMU $((t3 - t2)) ms"
verdict=$(tr -d '\r' <"$log" | grep -E '^tfa-demo: (PASS|FAIL)' | tail -n 1)
if [ "$rc" -eq 124 ]; then
	echo "tfa-demo: FAIL (QEMU timed out after 60 s; $timing)"
	exit 1
elif [ "$rc" -ne 0 ]; then
	echo "tfa-demo: FAIL (exit status $rc; $timing)"
	exit 1
fi
case "$verdict" in
"tfa-demo: PASS"*)
	echo "tfa-demo: PASS ($(basename "$src"); $timing)"
	exit 0
	;;
esac
echo "tfa-demo: FAIL (exit status 0 without a PASS line; $timing)"
exit 1
