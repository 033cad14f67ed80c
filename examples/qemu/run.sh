#!/bin/sh
# SPDX-License-Identifier: BSD-3-Clause
# Copyright (c) 2026, The libffa Authors.
#
# Runs the own-firmware demo image under QEMU and judges it: the image
# prints its transcript on the PL011 and exits through semihosting with its
# verdict (0 pass). Bounded by timeout(1); stdin is /dev/null (QEMU's
# -nographic needs a valid one). The last line printed is the verdict:
#   qemu-demo: PASS (...; QEMU <n> ms)   or   qemu-demo: FAIL (...)
# Usage: run.sh <libffa-demo-qemu.elf> [log file]
set -u
image=$1
log=${2:-demo-qemu.log}
start=$(date +%s%N)
timeout 30 qemu-system-aarch64 -M virt,secure=on,virtualization=on -cpu max \
	-m 128M -smp 1 -nographic -no-reboot -semihosting \
	-kernel "$image" </dev/null >"$log" 2>&1
rc=$?
ms=$((($(date +%s%N) - start) / 1000000))
tr -d '\r' <"$log"
verdict=$(tr -d '\r' <"$log" | grep -E '^qemu-demo: (PASS|FAIL)' | tail -n 1)
case "$rc" in
0) ;;
124) echo "qemu-demo: FAIL (QEMU timed out after 30 s)"; exit 1 ;;
*) echo "qemu-demo: FAIL (image exit status $rc after $ms ms)"; exit 1 ;;
esac
case "$verdict" in
"qemu-demo: PASS"*)
	# The image's verdict again, last, with the wall time of the run.
	echo "${verdict%)}; QEMU $ms ms)"
	exit 0
	;;
*) echo "qemu-demo: FAIL (exit status 0 but no PASS line)"; exit 1 ;;
esac
