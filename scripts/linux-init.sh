#!/bin/busybox sh
# SPDX-License-Identifier: BSD-3-Clause
# Copyright (c) 2026, The libffa Authors.
#
# /init of the Linux interop initramfs (scripts/linux-fetch.sh): load the
# FF-A transport and its client drivers, show what the driver found, unload
# optee (its shared memory is reclaimed), print the kernel's FF-A, TEE, TPM,
# KVM and PSCI lines, power off (PSCI SYSTEM_OFF ends QEMU). Every line it
# prints starts with "linux-init: " or "dmesg: ", for the judge.
/bin/busybox --install -s /bin
mount -t proc proc /proc
mount -t sysfs sysfs /sys
mount -t devtmpfs devtmpfs /dev
echo "linux-init: kernel $(uname -r)"
# optee before tpm_crb_ffa: at FF-A v1.0 discovery names no UUIDs, so the
# SP's one partition ID is one device and the first client driver loaded
# claims it; optee's is the one that shares memory (docs/interop.md).
mods=$(grep -vx tpm_crb_ffa /lib/modules/order)
grep -qx tpm_crb_ffa /lib/modules/order && mods="$mods tpm_crb_ffa"
for m in $mods; do
	insmod "/lib/modules/$m.ko" || echo "linux-init: insmod $m failed"
done
for d in /sys/bus/arm_ffa/devices/*; do
	[ -e "$d/partition_id" ] || continue
	echo "linux-init: $d/partition_id: $(cat "$d/partition_id")"
	echo "linux-init: $d/uuid: $(cat "$d/uuid" 2>/dev/null)"
	[ -L "$d/driver" ] && echo "linux-init: $d/driver: $(basename "$(readlink "$d/driver")")"
done
if grep -q '^optee ' /proc/modules; then
	rmmod optee && echo "linux-init: rmmod optee done" || echo "linux-init: rmmod optee failed"
fi
dmesg | grep -iE 'ff-a|ffa|optee|tee:|tpm|kvm|psci|smccc' | sed 's/^/dmesg: /'
echo "linux-init: poweroff"
poweroff -f
