#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-3-Clause
# Copyright (c) 2026, The libffa Authors.
#
# The README's main job: set up everything on a fresh Debian 12 machine and
# run the four end-to-end demos (docs/demo.md), each printing a transcript
# of every FF-A frame decoded by name at each boundary:
#  1. host:            client -> proxy -> SPMC -> SP in one process, through
#                      the host conduit (examples/demo/host_demo.c);
#  2. own firmware:    bare-metal images under qemu-system-aarch64, EL1
#                      client -> HVC -> EL2 proxy -> SMC -> EL3 responder;
#  3. real firmware:   TF-A's SPMD + EL3 SPMC (Debian's source package) with
#                      the libffa SP as BL32 and proxy + client as BL33;
#  4. real peers:      Debian's Linux kernel (FF-A driver, tpm_crb_ffa,
#                      optee), with and without pKVM, against libffa's own
#                      EL3 firmware and against TF-A (docs/interop.md).
# The last line is the verdict: "demo: PASS", "demo: FAIL (...)", or
# "demo: SKIPPED (...)" when the real-firmware demo cannot run here
# (exit 77; never a pass).
set -uo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh || { echo "demo: FAIL (installing packages)"; exit 1; }
. scripts/lib.sh
mkdir -p out

results=()
run_demo() {
	local name=$1
	shift
	echo
	echo "##### demo: $name"
	"$@"
	local rc=$?
	case "$rc" in
	0) results+=("$name: PASS") ;;
	77) results+=("$name: SKIPPED") ;;
	*) results+=("$name: FAIL") ;;
	esac
	return 0
}

host_demo() {
	cmake -S . -B out/demo -DCMAKE_BUILD_TYPE=Release >out/demo.configure.log 2>&1 &&
		cmake --build out/demo -j "$JOBS" --target host_demo >out/demo.build.log 2>&1 ||
		{ tail -20 out/demo.build.log; echo "host demo: FAIL (build)"; return 1; }
	out/demo/examples/host_demo
}

run_demo host host_demo
run_demo qemu-own-firmware bash scripts/test.d/55-qemu-demo.sh
run_demo qemu-tfa bash scripts/test.d/58-tfa-demo.sh
run_demo linux bash scripts/test.d/59-linux.sh

echo
echo "##### summary"
printf '%s\n' "${results[@]}"
if printf '%s\n' "${results[@]}" | grep -q ': FAIL'; then
	echo "demo: FAIL ($(printf '%s\n' "${results[@]}" | grep ': FAIL' | tr '\n' ' '))"
	exit 1
fi
if printf '%s\n' "${results[@]}" | grep -q ': SKIPPED'; then
	echo "demo: SKIPPED ($(printf '%s\n' "${results[@]}" | grep ': SKIPPED' | tr '\n' ' '))"
	exit 77
fi
echo "demo: PASS"
