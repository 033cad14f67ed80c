#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-3-Clause
# Copyright (c) 2026, The libffa Authors.
#
# Judges one Linux interop transcript (run.sh): prints "judge: ok <what>"
# or "judge: FAIL <what>" per check; exit 0 only when every check passed.
# Usage: judge.sh <run> <transcript> <QEMU exit status>
# Runs A/B (and A-v1.1, A-v1.0, B-v1.1, B-v1.0): libffa's own EL3 firmware
# implementing FF-A v1.2 (or the version named), B with pKVM; C/D: TF-A
# (D with pKVM), where only the SP's own lines come from libffa.
set -u
run=$1
t=$2
qrc=$3
fails=0
# The run's base (A-D) and, for the libffa firmware, the FF-A minor version
# it implements: Linux asks for v1.2 and is served at what it negotiated.
base=${run%%-*}
minor=2
case "$run" in *-v1.[01]) minor=${run##*-v1.} ;; esac
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
# The firmware's answer (the line after) to the first call matching $1.
answer() { grep -A1 -E -- "$1" "$t" | sed -n 2p; }
answered() { answer "$1" | grep -Eq -- "$2"; echo $?; }

check "$([ "$qrc" -eq 0 ]; echo $?)" "QEMU ended by PSCI SYSTEM_OFF (exit status $qrc)"
check "$(has '^linux-init: kernel ')" "the initramfs ran (linux-init lines)"
found=$(grep -Eo 'Firmware version [0-9.]+ found' "$t" | head -1)
case "$base" in
A | B)
	check "$(has "ARM FF-A: Firmware version 1\.$minor found")" \
		"the FF-A driver negotiated v1.$minor ($found)"
	check "$(answered '^fw: \[ns->spmc\] FFA_VERSION version=' "^fw: \[spmc->ns\] FFA_VERSION -> 1\.$minor$")" \
		"the firmware answered FFA_VERSION with 1.$minor"
	;;
*)
	check "$(has 'ARM FF-A: Firmware version 1\.[0-9]+ found')" \
		"the FF-A driver found the firmware ($found)"
	;;
esac
sp_devs=$(sed -n 's|^linux-init: /sys/bus/arm_ffa/devices/\(arm-ffa-[0-9]*\)/partition_id: 0x8001|\1|p' "$t")
check "$([ -n "$sp_devs" ]; echo $?)" "sysfs shows partition ID 0x8001 ($(echo $sp_devs))"
tpm=17b862a4-1806-4faf-86b3-089a58353861
optee=486178e0-e7f8-11e3-bc5e-0002a5d5c51b
# A/B: the SP offers TPM and OP-TEE, one descriptor per UUID from v1.1;
# v1.0 descriptors carry no UUID: the partition is one device, whose UUID
# the first client driver to bind confirms with PARTITION_INFO_GET(its
# UUID); the initramfs loads optee first. C/D (TF-A 2.12, one UUID per
# manifest): the TPM service.
case "$run" in
C | D) uuids=$tpm ;;
*-v1.0) uuids=$optee ;;
*) uuids="$tpm $optee" ;;
esac
for u in $uuids; do
	check "$(has "^linux-init: /sys/bus/arm_ffa/devices/arm-ffa-[0-9]+/uuid: $u")" \
		"sysfs shows the SP's UUID $u"
done
case "$base" in
B | D)
	check "$(has 'kvm \[[0-9]+\]: Protected .*mode initialized successfully')" \
		"pKVM: $(grep -Eo 'Protected .*mode initialized successfully' "$t" | head -1)"
	;;
*)
	check "$(hasnt 'Protected .*mode initialized')" "no pKVM in this run"
	;;
esac
# No FF-A error from the driver or its clients: notifications, reclaim, TPM.
# Tolerated, and only then: "Notification setup failed -95" from TF-A 2.12
# (no notifications) and from a v1.0 firmware (notifications are v1.1).
errors='FF-A.*(-95|[Ff]ailed)|[Nn]otification setup failed|mem_reclaim|ffa-crb arm-ffa-[0-9]+: .*(-[0-9]+|fail)|optee: .*(-[0-9]+|fail)'
notif_off='ARM FF-A: Notification setup failed -95, not enabled'
case "$run" in
A | B | A-v1.1 | B-v1.1)
	check "$(hasnt "$errors")" \
		"no FF-A -95/failed line from the driver, notifications, reclaim or tpm_crb_ffa"
	;;
*)
	check "$(grep -E -- "$errors" "$t" | grep -Fv "$notif_off" | grep -q .; [ $? -ne 0 ]; echo $?)" \
		"no FF-A -95/failed line but \"Notification setup failed -95\""
	check "$(has "$notif_off")" "notifications off: $notif_off"
	;;
esac
case "$base" in
C | D)
	check "$(has 'ffa-crb arm-ffa-[0-9]+: ABI version 1\.0')" \
		"tpm_crb_ffa bound through TF-A: $(grep -Eo 'ffa-crb arm-ffa-[0-9]+: ABI version [0-9.]+' "$t" | head -1)"
	for abi in FFA_VERSION FFA_ID_GET FFA_RXTX_MAP_64 FFA_MSG_WAIT_32; do
		check "$(has "^sp: \[sp->spmc\] $abi( |$)")" "the SP's $abi printed decoded"
	done
	check "$(has '^sp: \[spmc->sp\] FFA_MSG_SEND_DIRECT_REQ_(64|32) .*payload=\[0x0,0xf000001\]')" \
		"the SP received tpm_crb_ffa's GET_INTERFACE_VERSION"
	check "$(has '^sp: \[sp->spmc\] FFA_MSG_SEND_DIRECT_RESP_(64|32) .*payload=\[0x0,0x5000002,0x10000\]')" \
		"the SP answered it (status 0x05000002, version 1.0)"
	echo "judge: $fails check(s) failed"
	[ "$fails" -eq 0 ]
	exit
	;;
esac

# Runs A/B: what the libffa firmware served, at the negotiated version.
# What EL3 sees of NS-EL2 at FFA_VERSION (a remark of the firmware, not an
# input): a VHE kernel (TGE) in A, pKVM trapping its host's SMCs in B.
if [ "$base" = B ]; then
	check "$(has '^fw: caller at EL2, HCR_EL2 TSC=1 ')" \
		"EL3 sees pKVM: FFA_VERSION from EL2 with HCR_EL2.TSC set"
else
	check "$(has '^fw: caller at EL2, HCR_EL2 TSC=0 TGE=1 ')" \
		"EL3 sees the kernel itself at EL2 (HCR_EL2.TGE set, TSC clear)"
fi
for abi in FFA_VERSION FFA_ID_GET FFA_FEATURES FFA_RXTX_MAP_64; do
	check "$(has "^fw: \[ns->spmc\] $abi( |$)")" "the firmware served and printed $abi"
done
# Discovery (DEN0077A 1.2 s13.8/s13.9): PARTITION_INFO_GET_REGS exists
# from v1.2 (pKVM answers its FFA_FEATURES at EL2 and the host falls back);
# v1.1 descriptors are 24 bytes with a count-only query; v1.0 has neither.
if [ "$minor" = 2 ] && [ "$base" = A ]; then
	check "$(has '^fw: \[ns->spmc\] FFA_PARTITION_INFO_GET_REGS ')" \
		"discovery by FFA_PARTITION_INFO_GET_REGS (v1.2)"
else
	check "$(hasnt '^fw: \[ns->spmc\] FFA_PARTITION_INFO_GET_REGS ')" \
		"no FFA_PARTITION_INFO_GET_REGS reached the firmware"
fi
if [ "$minor" != 2 ] && [ "$base" = A ]; then
	check "$(answered '^fw: \[ns->spmc\] FFA_FEATURES feature=0xc400008b' 'NOT_SUPPORTED')" \
		"FFA_FEATURES(PARTITION_INFO_GET_REGS) answered NOT_SUPPORTED at v1.$minor"
	check "$(answered '^fw: \[ns->spmc\] FFA_FEATURES feature=0xc400008d' 'NOT_SUPPORTED')" \
		"FFA_FEATURES(DIRECT_REQ2) answered NOT_SUPPORTED at v1.$minor"
fi
case "$minor" in
1)
	check "$(answered '^fw: \[ns->spmc\] FFA_PARTITION_INFO_GET uuid=0{8}-.* count_only=0x1' 'FFA_PARTITION_INFO_GET\) count=0x3 desc_size=0x18')" \
		"v1.1 discovery: count-only query, 3 descriptors of 24 bytes (one per UUID)"
	;;
0)
	check "$(answered '^fw: \[ns->spmc\] FFA_PARTITION_INFO_GET uuid=0{8}-[-0]*$' 'FFA_PARTITION_INFO_GET\) count=0x1$')" \
		"v1.0 discovery: one descriptor for the partition (no UUIDs, no size)"
	check "$(answered "^fw: \[ns->spmc\] FFA_PARTITION_INFO_GET uuid=$optee$" 'FFA_PARTITION_INFO_GET\) count=0x1$')" \
		"v1.0: the bus asked PARTITION_INFO_GET(optee's UUID) to match the partition"
	;;
esac
# Notifications: v1.1 and later (DEN0077A 1.2 s10). The normal world's
# bitmap is created by Linux itself (pKVM answers FEATURES(BITMAP_CREATE)
# at EL2); the schedule receiver interrupt is SGI 8.
if [ "$minor" = 0 ]; then
	check "$(answered '^fw: \[ns->spmc\] FFA_FEATURES feature=0x2( |$)' 'NOT_SUPPORTED')" \
		"notifications: feature ID 2 (SRI) answered NOT_SUPPORTED at v1.0"
	check "$(hasnt '^fw: \[ns->spmc\] FFA_NOTIFICATION_')" "no notification call reached the firmware"
else
	if [ "$base" = A ]; then
		check "$(has '^fw: \[spmc->ns\] FFA_SUCCESS_32 \(FFA_NOTIFICATION_BITMAP_CREATE\)')" \
			"notifications: the normal world's bitmap was created"
	fi
	check "$(answered '^fw: \[ns->spmc\] FFA_FEATURES feature=0x2( |$)' 'FFA_SUCCESS_32 \(FFA_FEATURES\) properties=0x8 ')" \
		"notifications: FFA_FEATURES reported the schedule receiver interrupt (SGI 8)"
fi
# tpm_crb_ffa: DIRECT_REQ2 at v1.2 when the normal world's FFA_FEATURES(
# DIRECT_REQ2) reached the firmware (it then reports the DIRECT_REQ2-
# receive property: examples/spmc req2_on_features); DIRECT_REQ_64
# otherwise; no device of its own at v1.0. Linux asks that query itself;
# pKVM (6.18, 7.3) answers it at EL2 and refuses DIRECT_REQ2 calls.
req2_asked=1
if [ "$minor" = 2 ]; then
	req2_asked=$(answered '^fw: \[ns->spmc\] FFA_FEATURES feature=0xc400008d' 'FFA_SUCCESS')
fi
if [ "$minor:$base" = 2:A ]; then
	check "$req2_asked" "Linux asked FFA_FEATURES(DIRECT_REQ2) and was answered yes"
elif [ "$minor:$base" = 2:B ] && [ "$req2_asked" != 0 ]; then
	check 0 "no FFA_FEATURES(DIRECT_REQ2) reached the firmware (pKVM answers it at EL2)"
elif [ "$minor:$base" = 2:B ]; then
	echo "judge: note FFA_FEATURES(DIRECT_REQ2) reached the firmware through pKVM: DIRECT_REQ2 expected"
fi
case "$minor:$req2_asked" in
2:0) tpm_abi='DIRECT_REQ2' ;;
0:*) tpm_abi= ;;
*) tpm_abi='DIRECT_REQ_64' ;;
esac
if [ -n "$tpm_abi" ]; then
	check "$(has 'ffa-crb arm-ffa-[0-9]+: ABI version 1\.0')" \
		"tpm_crb_ffa bound: $(grep -Eo 'ffa-crb arm-ffa-[0-9]+: ABI version [0-9.]+' "$t" | head -1)"
	check "$(has "^fw: sp: tpm: GET_INTERFACE_VERSION \($tpm_abi\)")" \
		"the SP answered GET_INTERFACE_VERSION by $tpm_abi"
else
	check "$(hasnt 'ffa-crb|^fw: sp: tpm:')" \
		"v1.0: tpm_crb_ffa has no device (the partition went to optee): no TPM handshake"
fi
# optee: memory shared in the negotiated version's descriptor layout (one
# page, one receiver: header + EMAD + composite + one constituent =
# v1.0 32+16+16+16, v1.1 48+16+16+16, v1.2 48+32+16+16 bytes; DEN0077A
# 1.2 s5.11-5.12, docs/fact-check.md), the SP retrieving and relinquishing
# it, the reclaim at rmmod.
case "$minor" in
0) share_len=0x50 ;;
1) share_len=0x60 ;;
*) share_len=0x70 ;;
esac
check "$(has 'optee: initialized driver')" "optee initialised"
check "$(has "^fw: \[ns->spmc\] FFA_MEM_SHARE_64 total_length=$share_len ")" \
	"optee shared memory with FFA_MEM_SHARE_64 in the v1.$minor layout ($share_len bytes)"
check "$(has "^fw: \[spmc->sp\] FFA_MEM_RETRIEVE_RESP total_length=$share_len ")" \
	"the SP's retrieve response is in the v1.$minor layout"
check "$(has '^fw: sp: optee: read the argument in the shared buffer')" \
	"the SP retrieved the buffer and read the argument in it"
check "$(has '^fw: sp: relinquished handle')" "the SP relinquished the buffer"
check "$(has '^fw: \[spmc->ns\] FFA_SUCCESS_32 \(FFA_MEM_RECLAIM\)')" \
	"the reclaim at rmmod optee succeeded"
if [ "$base" = B ]; then
	check "$(has '^fw: spmc: hypervisor retrieve request answered')" \
		"pKVM's hypervisor retrieve request (before the reclaim) was answered"
	check "$(has "^fw: \[spmc->ns\] FFA_MEM_RETRIEVE_RESP total_length=$share_len ")" \
		"... with the whole descriptor in the v1.$minor layout"
fi
echo "judge: $fails check(s) failed"
[ "$fails" -eq 0 ]
