#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-3-Clause
# Copyright (c) 2026, The libffa Authors.
#
# Boots a Debian arm64 kernel (scripts/linux-fetch.sh, cached under
# out/linux) against the libffa EL3 firmware (examples/linux) under
# qemu-system-aarch64 and judges the transcript (docs/interop.md):
#   A  Linux at NS-EL2 -> libffa EL3 firmware (example SPMC + SP)
#   B  the same with kvm-arm.mode=protected: pKVM's FF-A proxy in between
#   C  Linux -> TF-A 2.12.1 (Debian's source package, scripts/tfa-fetch.sh;
#      SPD=spmd SPMC_AT_EL3=1, GICv3, the kernel preloaded as BL33) -> the
#      libffa SP (TPM service) at S-EL1
#   D  C with kvm-arm.mode=protected
#   A-v1.1, A-v1.0, B-v1.1, B-v1.0: A and B with the firmware image built
#      as an FF-A v1.1 / v1.0 implementation (libffa-linux-fw-v1.x.bin)
# The last line is the verdict: "linux-<run>: PASS (...)", "linux-<run>:
# FAIL (...)", or "linux-<run>: SKIPPED: <reason>" (exit 77, the kernel
# cannot be fetched: never a pass).
# Usage: run.sh <libffa-linux-fw.bin> <A|B> [log file]
#        run.sh <libffa-linux-fw-v1.1.bin> <A-v1.1|B-v1.1> [log file]
#        run.sh <libffa-linux-tfa-sp.bin> <C|D> [log file]
# Environment: LIBFFA_LINUX_KERNEL (see scripts/linux-fetch.sh).
set -uo pipefail
fw=$(realpath "$1")
run=$2
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
log=$(realpath -m "${3:-$top/out/linux/run-$run.log}")
name=linux-$run
now_ms() { echo $(($(date +%s%N) / 1000000)); }

case "$run" in
A | A-v1.[01] | C) extra="" ;;
B | B-v1.[01] | D) extra=" kvm-arm.mode=protected" ;;
*)
	echo "$name: FAIL (unknown run $run)"
	exit 1
	;;
esac

t0=$(now_ms)
mkdir -p "$top/out/linux"
kdir=$("$top/scripts/linux-fetch.sh" 2>"$log.fetch")
rc=$?
cat "$log.fetch" >&2
if [ "$rc" -eq 77 ]; then
	reason=$(sed -n 's/^linux-fetch: SKIP: //p' "$log.fetch" | tail -n 1)
	echo "$name: SKIPPED: ${reason:-the kernel cannot be fetched}"
	exit 77
elif [ "$rc" -ne 0 ] || [ -z "$kdir" ]; then
	echo "$name: FAIL (fetching the kernel failed)"
	exit 1
fi
kernel=$(cat "$kdir/kernel.txt")
echo "$name: kernel $kernel"

# QEMU virt with the Secure world, EL2, a GICv3 (pKVM needs one) and one
# CPU; no ACPI: with a firmware image (-bios) and ACPI on, QEMU 7.2 puts
# an ACPI GED device where the non-secure PL061 GPIO was, which the device
# tree (dumped without -bios) still describes, and the kernel's first read
# of it aborts (docs/interop.md); pointer authentication with QEMU's fast implementation-defined
# algorithm (QARMA is slow under TCG); no SVE/SME (the firmware does not
# manage their EL3 controls).
machine=virt,secure=on,virtualization=on,gic-version=3,acpi=off
cpu=max,pauth-impdef=on,sve=off,sme=off
qemu=(qemu-system-aarch64 -M "$machine" -cpu "$cpu" -m 1G -smp 1)

# Runs C/D: build TF-A with the SP as BL32 and the kernel preloaded as BL33
# (cached under out/tfa/build-linux-*; one TF-A build at a time).
tfa_bios=
if [ "$run" = C ] || [ "$run" = D ]; then
	out=$top/out/tfa
	mkdir -p "$out/linux-payload"
	exec 9>"$out/.lock"
	flock 9
	src=$("$top/scripts/tfa-fetch.sh" 2>"$log.tfa-fetch")
	rc=$?
	cat "$log.tfa-fetch" >&2
	if [ "$rc" -eq 77 ]; then
		reason=$(sed -n 's/^tfa-fetch: SKIP: //p' "$log.tfa-fetch" | tail -n 1)
		echo "$name: SKIPPED: ${reason:-the TF-A source package cannot be fetched}"
		exit 77
	elif [ "$rc" -ne 0 ] || [ -z "$src" ]; then
		echo "$name: FAIL (fetching the TF-A source package failed)"
		exit 1
	fi
	cmp -s "$fw" "$out/linux-payload/sp.bin" || cp "$fw" "$out/linux-payload/sp.bin"
	build=$out/build-linux-$(basename "$src")
	if ! make -C "$src" -j "${JOBS:-$(nproc)}" \
		CROSS_COMPILE="${LIBFFA_CROSS_PREFIX:-aarch64-linux-gnu-}" \
		PLAT=qemu DEBUG=1 BUILD_BASE="$build" SPD=spmd \
		SPMD_SPM_AT_SEL2=0 SPMC_AT_EL3=1 QEMU_USE_GIC_DRIVER=QEMU_GICV3 \
		ARM_LINUX_KERNEL_AS_BL33=1 PRELOADED_BL33_BASE=0x40200000 \
		BL32="$out/linux-payload/sp.bin" \
		QEMU_TOS_FW_CONFIG_DTS="$here/tfa_sp_manifest.dts" \
		all fip >"$out/build-linux.log" 2>&1; then
		tail -n 30 "$out/build-linux.log"
		echo "$name: FAIL (the TF-A build failed, see out/tfa/build-linux.log)"
		exit 1
	fi
	# BL1 at 0, the FIP at 256 KiB of flash (plat/qemu's layout; TF-A
	# 2.12 makes no qemu_fw.bios itself).
	tfa_bios=$out/linux-qemu_fw.bios
	cp "$build/qemu/debug/bl1.bin" "$tfa_bios"
	dd if="$build/qemu/debug/fip.bin" of="$tfa_bios" bs=64k seek=4 \
		conv=notrunc 2>/dev/null
	flock -u 9
	echo "$name: $(basename "$src") (SPMD + EL3 SPMC, GICv3, Linux as BL33)"
fi
t1=$(now_ms)

# The device tree: QEMU's own (its Secure-only nodes say status
# "disabled"), with the initrd, the command line, and a PSCI node (method
# smc: the firmware's psci.c).
dtb=$log.dtb
"${qemu[@]}" -machine dumpdtb="$dtb" -nographic </dev/null >/dev/null 2>&1 ||
	{ echo "$name: FAIL (qemu dumpdtb)"; exit 1; }
rd=$kdir/initramfs.cpio.gz
rd_start=0x48000000
rd_end=$(printf '0x%x' $((rd_start + $(stat -c %s "$rd"))))
if [ -z "$tfa_bios" ]; then
	# TF-A's BL2 adds its own PSCI node (plat/qemu update_dt()).
	fdtget "$dtb" /psci method >/dev/null 2>&1 || fdtput -c "$dtb" /psci
	fdtput -t s "$dtb" /psci compatible arm,psci-1.0 arm,psci-0.2
	fdtput -t s "$dtb" /psci method smc
fi
fdtput -t s "$dtb" /chosen bootargs \
	"console=ttyAMA0 rdinit=/init panic=-1 quiet$extra"
fdtput -t x "$dtb" /chosen linux,initrd-start "$rd_start"
fdtput -t x "$dtb" /chosen linux,initrd-end "$rd_end"

if [ -z "$tfa_bios" ]; then
	# Addresses as in fw.h (FW_KERNEL_ENTRY, FW_DTB_ADDRESS).
	timeout 120 "${qemu[@]}" -nographic -no-reboot -semihosting \
		-bios "$fw" \
		-device loader,file="$kdir/Image",addr=0x40200000,force-raw=on \
		-device loader,file="$rd",addr="$rd_start",force-raw=on \
		-device loader,file="$dtb",addr=0x47f00000,force-raw=on \
		</dev/null >"$log" 2>&1
	rc=$?
else
	# TF-A hands Linux the DTB QEMU places at 0x40000000 (-dtb: ours).
	timeout 120 "${qemu[@]}" -nographic -no-reboot -semihosting \
		-bios "$tfa_bios" -dtb "$dtb" \
		-device loader,file="$kdir/Image",addr=0x40200000,force-raw=on \
		-device loader,file="$rd",addr="$rd_start",force-raw=on \
		</dev/null >"$log" 2>&1
	rc=$?
fi
t2=$(now_ms)
tr -d '\r' <"$log" >"$log.txt"
cat "$log.txt"
timing="kernel $kernel; fetch/build $((t1 - t0)) ms, QEMU $((t2 - t1)) ms"

"$here/judge.sh" "$run" "$log.txt" "$rc"
jrc=$?
if [ "$jrc" -eq 0 ]; then
	echo "$name: PASS ($timing)"
	exit 0
fi
echo "$name: FAIL (see the judge's lines above; $timing)"
exit 1
