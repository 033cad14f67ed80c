#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-3-Clause
# Copyright (c) 2026, The libffa Authors.
#
# Judges one Linux interop transcript (run.sh): prints "judge: ok <what>"
# or "judge: FAIL <what>" per check; exit 0 only when every check passed.
# Usage: judge.sh <A|B|C|D> <transcript> <QEMU exit status>
# Runs A/B: libffa's own EL3 firmware; C/D: TF-A (D with pKVM), where only
# the SP's own lines come from libffa.
set -u
run=$1
t=$2
qrc=$3
fails=0
check() {
	if [ "$1" = 0 ]; then
		echo "judge: ok   $2"
	else
		echo "judge: FAIL $2"
		fails=$((fails + 1))
	fi
}
has() { grep -Eq -- "$1" "$t"; echo $?; }
hasnt() { if grep -Eq -- "$1" "$t"; then echo 1; else echo 0; fi; }

check "$([ "$qrc" -eq 0 ]; echo $?)" "QEMU ended by PSCI SYSTEM_OFF (exit status $qrc)"
check "$(has '^linux-init: kernel ')" "the initramfs ran (linux-init lines)"
check "$(has 'ARM FF-A: Firmware version 1\.[0-9]+ found')" \
	"the FF-A driver found the firmware ($(grep -Eo 'Firmware version [0-9.]+ found' "$t" | head -1))"
sp_uuids=$(sed -n 's|^linux-init: /sys/bus/arm_ffa/devices/\(arm-ffa-[0-9]*\)/partition_id: 0x8001|\1|p' "$t")
check "$([ -n "$sp_uuids" ]; echo $?)" "sysfs shows partition ID 0x8001 ($(echo $sp_uuids))"
# A/B: the SP offers TPM and OP-TEE; C/D (TF-A 2.12, one UUID per
# manifest): the TPM service.
uuids="17b862a4-1806-4faf-86b3-089a58353861 486178e0-e7f8-11e3-bc5e-0002a5d5c51b"
case "$run" in C | D) uuids=17b862a4-1806-4faf-86b3-089a58353861 ;; esac
for u in $uuids; do
	check "$(has "^linux-init: /sys/bus/arm_ffa/devices/arm-ffa-[0-9]+/uuid: $u")" \
		"sysfs shows the SP's UUID $u"
done
case "$run" in
B | D)
	check "$(has 'kvm \[[0-9]+\]: Protected .*mode initialized successfully')" \
		"pKVM: $(grep -Eo 'Protected .*mode initialized successfully' "$t" | head -1)"
	;;
*)
	check "$(hasnt 'Protected .*mode initialized')" "no pKVM in this run"
	;;
esac
# No FF-A error from the driver or its clients: notifications, reclaim, TPM.
# TF-A 2.12's EL3 SPMC has no notifications: C/D tolerate only that line.
errors='FF-A.*(-95|[Ff]ailed)|[Nn]otification setup failed|mem_reclaim|ffa-crb arm-ffa-[0-9]+: .*(-[0-9]+|fail)|optee: .*(-[0-9]+|fail)'
case "$run" in
A | B)
	check "$(hasnt "$errors")" \
		"no FF-A -95/failed line from the driver, notifications, reclaim or tpm_crb_ffa"
	;;
*)
	check "$(grep -E -- "$errors" "$t" | grep -Ev 'ARM FF-A: Notification setup failed -95, not enabled' | grep -q .; [ $? -ne 0 ]; echo $?)" \
		"no FF-A -95/failed line but TF-A 2.12's \"Notification setup failed -95\""
	check "$(has 'ffa-crb arm-ffa-[0-9]+: ABI version 1\.0')" \
		"tpm_crb_ffa bound through TF-A: $(grep -Eo 'ffa-crb arm-ffa-[0-9]+: ABI version [0-9.]+' "$t" | head -1)"
	for abi in FFA_VERSION FFA_ID_GET FFA_RXTX_MAP_64 FFA_MSG_WAIT_32; do
		check "$(has "^sp: \[sp->spmc\] $abi( |$)")" "the SP's $abi printed decoded"
	done
	check "$(has '^sp: \[spmc->sp\] FFA_MSG_SEND_DIRECT_REQ_(64|32) .*payload=\[0x0,0xf000001\]')" \
		"the SP received tpm_crb_ffa's GET_INTERFACE_VERSION"
	check "$(has '^sp: \[sp->spmc\] FFA_MSG_SEND_DIRECT_RESP_(64|32) .*payload=\[0x0,0x5000002,0x10000\]')" \
		"the SP answered it (status 0x05000002, version 1.0)"
	;;
esac
case "$run" in
A | B)
	for abi in FFA_VERSION FFA_ID_GET FFA_FEATURES FFA_RXTX_MAP_64 \
		'FFA_PARTITION_INFO_GET(_REGS)?'; do
		check "$(has "^fw: \[ns->spmc\] $abi( |$)")" "the firmware served and printed $abi"
	done
	if [ "$run" = A ]; then
		check "$(has '^fw: \[spmc->ns\] FFA_SUCCESS_32 \(FFA_NOTIFICATION_BITMAP_CREATE\)')" \
			"notifications: the normal world's bitmap was created"
	fi
	check "$(has '^fw: \[spmc->ns\] FFA_SUCCESS_32 \(FFA_FEATURES\) properties=0x8 ')" \
		"notifications: FFA_FEATURES reported the schedule receiver interrupt (SGI 8)"
	check "$(has 'ffa-crb arm-ffa-[0-9]+: ABI version 1\.0')" \
		"tpm_crb_ffa bound: $(grep -Eo 'ffa-crb arm-ffa-[0-9]+: ABI version [0-9.]+' "$t" | head -1)"
	check "$(has '^fw: sp: tpm: GET_INTERFACE_VERSION')" \
		"the SP answered GET_INTERFACE_VERSION ($(grep -Eo 'GET_INTERFACE_VERSION \(DIRECT_REQ[_0-9]*\)' "$t" | head -1))"
	check "$(has 'optee: initialized driver')" "optee initialised"
	check "$(has '^fw: \[ns->spmc\] FFA_MEM_SHARE')" "optee shared memory with FFA_MEM_SHARE"
	check "$(has '^fw: sp: optee: read the argument in the shared buffer')" \
		"the SP retrieved the buffer and read the argument in it"
	check "$(has '^fw: sp: relinquished handle')" "the SP relinquished the buffer"
	check "$(has '^fw: \[spmc->ns\] FFA_SUCCESS_32 \(FFA_MEM_RECLAIM\)')" \
		"the reclaim at rmmod optee succeeded"
	if [ "$run" = B ]; then
		check "$(has '^fw: spmc: hypervisor retrieve request answered')" \
			"pKVM's hypervisor retrieve request (before the reclaim) was answered"
	fi
	;;
esac
echo "judge: $fails check(s) failed"
[ "$fails" -eq 0 ]
