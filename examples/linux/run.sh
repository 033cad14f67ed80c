#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-3-Clause
# Copyright (c) 2026, The libffa Authors.
#
# Boots a Debian arm64 kernel (scripts/linux-fetch.sh, cached under
# out/linux) against the libffa EL3 firmware (examples/linux) under
# qemu-system-aarch64 and judges the transcript (docs/interop.md):
#   A  Linux at NS-EL2 -> libffa EL3 firmware (example SPMC + SP)
#   B  the same with kvm-arm.mode=protected: pKVM's FF-A proxy in between
# The last line is the verdict: "linux-<run>: PASS (...)", "linux-<run>:
# FAIL (...)", or "linux-<run>: SKIPPED: <reason>" (exit 77, the kernel
# cannot be fetched: never a pass).
# Usage: run.sh <libffa-linux-fw.bin> <A|B> [log file]
# Environment: LIBFFA_LINUX_KERNEL (see scripts/linux-fetch.sh).
set -uo pipefail
fw=$(realpath "$1")
run=$2
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
log=$(realpath -m "${3:-$top/out/linux/run-$run.log}")
name=linux-$run
now_ms() { echo $(($(date +%s%N) / 1000000)); }

# Firmware options word (fw.h FW_OPTIONS_ADDRESS): bit 0 = pKVM at NS-EL2
# does not carry DIRECT_REQ2.
case "$run" in
A) extra="" options=0 ;;
B) extra=" kvm-arm.mode=protected" options=1 ;;
*) echo "$name: FAIL (unknown run $run)"; exit 1 ;;
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
t1=$(now_ms)

# QEMU virt with the Secure world, EL2, a GICv3 (pKVM needs one) and one
# CPU; pointer authentication with QEMU's fast implementation-defined
# algorithm (QARMA is slow under TCG); no SVE/SME (the firmware does not
# manage their EL3 controls).
machine=virt,secure=on,virtualization=on,gic-version=3
cpu=max,pauth-impdef=on,sve=off,sme=off
qemu=(qemu-system-aarch64 -M "$machine" -cpu "$cpu" -m 1G -smp 1)

# The device tree: QEMU's own, with the initrd, the command line, and a
# PSCI node (method smc: the firmware's psci.c). Secure-only devices go,
# and so does the GPIO controller at 0x09030000, whose ID registers abort
# when read from the normal world in this configuration (observed:
# amba_read_periphid external abort, QEMU 7.2).
dtb=$log.dtb
"${qemu[@]}" -machine dumpdtb="$dtb" -nographic </dev/null >/dev/null 2>&1 ||
	{ echo "$name: FAIL (qemu dumpdtb)"; exit 1; }
rd=$kdir/initramfs.cpio.gz
rd_start=0x48000000
rd_end=$(printf '0x%x' $((rd_start + $(stat -c %s "$rd"))))
for n in /gpio-keys /gpio-restart /gpio-poweroff /pl061@9030000 \
	/pl061@90b0000 /pl011@9040000 /secram@e000000 /secflash@0; do
	fdtget "$dtb" "$n" compatible >/dev/null 2>&1 && fdtput -r "$dtb" "$n"
done
fdtget "$dtb" /psci method >/dev/null 2>&1 || fdtput -c "$dtb" /psci
fdtput -t s "$dtb" /psci compatible arm,psci-1.0 arm,psci-0.2
fdtput -t s "$dtb" /psci method smc
fdtput -t s "$dtb" /chosen bootargs \
	"console=ttyAMA0 rdinit=/init panic=-1 quiet$extra"
fdtput -t x "$dtb" /chosen linux,initrd-start "$rd_start"
fdtput -t x "$dtb" /chosen linux,initrd-end "$rd_end"

# Addresses as in fw.h (FW_KERNEL_ENTRY, FW_DTB_ADDRESS).
timeout 120 "${qemu[@]}" -nographic -no-reboot -semihosting -bios "$fw" \
	-device loader,file="$kdir/Image",addr=0x40200000,force-raw=on \
	-device loader,file="$rd",addr="$rd_start",force-raw=on \
	-device loader,file="$dtb",addr=0x47f00000,force-raw=on \
	-device loader,addr=0x47e00000,data="$options",data-len=4 \
	</dev/null >"$log" 2>&1
rc=$?
t2=$(now_ms)
tr -d '\r' <"$log" >"$log.txt"
cat "$log.txt"
timing="kernel $kernel; fetch $((t1 - t0)) ms, QEMU $((t2 - t1)) ms"

"$here/judge.sh" "$run" "$log.txt" "$rc"
jrc=$?
if [ "$jrc" -eq 0 ]; then
	echo "$name: PASS ($timing)"
	exit 0
fi
echo "$name: FAIL (see the judge's lines above; $timing)"
exit 1
