#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-3-Clause
# Copyright (c) 2026, The libffa Authors.
#
# Proof stage (issue 15; docs/assurance.md): Frama-C EVA over every
# descriptor parser, each from its driver in tests/proof (fully unknown
# input, any length up to PROOF_N, any version), on the gcc_x86_64 and
# gcc_x86_32 machdeps; and WP on the contracts of src/internal.h's helpers.
# Runs the analyses in parallel, prints a summary table, and fails when a
# target has more alarms than its row allows (the last column: 0 for a
# proven target, else the count still open, listed in docs/assurance.md)
# or when any WP goal is unproved.
set -euo pipefail
. scripts/lib.sh
command -v frama-c >/dev/null || {
	echo "proof: frama-c is missing (frama-c-base: scripts/deps.sh)"
	exit 77
}
N=${PROOF_N:-256}
out=out/proof
mkdir -p "$out"

# The targets: name | sources under src/ | driver | alarms allowed.
# The register decoder joins this list once the new codec lands
# (issue 15; Frama-C rejects the _Generic of the current src/abi.c):
#   msg_decode | msg_decode.c msg_field.c msg_check.c abi.c ... | drv_msg_decode.c | 0
# with a driver that splits x0 per known ABI.
targets="
mem_parse       | mem_parse.c mem_size.c              | drv_mem_parse.c       | 0
mem_relinquish  | mem_parse.c mem_size.c              | drv_mem_relinquish.c  | 0
mem_reasm       | mem_frag.c                          | drv_mem_reasm.c       | 2
mem_xlate       | mem_xlate.c mem_parse.c mem_build.c mem_size.c | drv_mem_xlate.c       | 0
partition       | partition.c                         | drv_partition.c       | 0
indirect        | indirect.c                          | drv_indirect.c        | 0
notify          | notify.c                            | drv_notify.c          | 0
bootinfo        | bootinfo.c                          | drv_bootinfo.c        | 0
framework       | framework.c                         | drv_framework.c       | 0
"

# Frama-C hands these to cpp through a shell: the header name keeps its
# double quotes inside single ones.
cpp="-Iinclude -Isrc -DPROOF_N=$N -DLIBFFA_CFG_ENV_HEADER='\"$PWD/tests/proof/env.h\"'"

# eva <name> <machdep> <driver> <sources...>: one analysis; writes
# $out/<name>.<machdep>.{log,csv,time}.
eva() {
	local name=$1 machdep=$2 driver=$3
	shift 3
	local base=$out/$name.$machdep start
	start=$(date +%s)
	frama-c -c11 -machdep "$machdep" -cpp-extra-args="$cpp" \
		"tests/proof/$driver" "$@" \
		-eva -eva-precision 3 -eva-split-return auto \
		-eva-msg-key=-final-states -eva-no-show-progress \
		-then -report -report-csv "$base.csv" >"$base.log" 2>&1 ||
		echo "frama-c failed" >>"$base.log"
	echo $(($(date +%s) - start)) >"$base.time"
}
export -f eva
export out cpp

# PROOF_TARGETS="a b" runs only those (for development; the suite runs all).
want() { [ -z "${PROOF_TARGETS:-}" ] || [[ " $PROOF_TARGETS " == *" $1 "* ]]; }
jobs=()
while IFS='|' read -r name srcs driver allowed; do
	name=$(echo $name)
	[ -n "$name" ] || continue
	want "$name" || continue
	for m in gcc_x86_64 gcc_x86_32; do
		srcpaths=$(for s in $srcs; do printf 'src/%s ' "$s"; done)
		jobs+=("$name $m $(echo $driver) $srcpaths")
	done
done <<<"$targets"

# WP on the helpers, alongside the EVA runs.
wp() {
	local machdep=$1 base=$out/wp_internal.$1 start
	start=$(date +%s)
	why3 config detect >/dev/null 2>&1 || true
	frama-c -c11 -machdep "$machdep" -cpp-extra-args="$cpp" \
		tests/proof/wp_internal.c -wp -wp-rte -wp-prover z3,cvc4 \
		-wp-out "$out/wp.$machdep" \
		-wp-timeout 20 -wp-par 1 -wp-cache none >"$base.log" 2>&1 ||
		echo "frama-c failed" >>"$base.log"
	echo $(($(date +%s) - start)) >"$base.time"
}
export -f wp

start=$(date +%s)
{
	for j in "${jobs[@]}"; do echo "eva $j"; done
	if want wp_internal; then
		echo "wp gcc_x86_64"
		echo "wp gcc_x86_32"
	fi
} | xargs -P "$JOBS" -I{} bash -c '{}'

# An alarm: any property of the report not proved (EVA's Unknown or
# Invalid), in the library or in the libc specifications it calls. The
# postconditions of internal.h's helpers are WP's to prove (wp_internal
# below, both machdeps); EVA checks their preconditions at every call.
alarm='NR > 1 && $6 != "Valid" && $6 != "Considered valid" && $6 != "Dead" && !($2 == "internal.h" && $5 == "postcondition")'
status=0
printf '%-16s %-11s %7s %7s %6s\n' target machdep alarms allowed time
while IFS='|' read -r name srcs driver allowed; do
	name=$(echo $name)
	[ -n "$name" ] || continue
	want "$name" || continue
	allowed=$(echo $allowed)
	for m in gcc_x86_64 gcc_x86_32; do
		base=$out/$name.$m
		if [ ! -s "$base.csv" ] || grep -q "frama-c failed" "$base.log"; then
			printf '%-16s %-11s %7s %7s %5ss\n' "$name" "$m" ERROR "$allowed" "$(cat "$base.time")"
			tail -20 "$base.log"
			status=1
			continue
		fi
		n=$(awk -F'\t' "$alarm" "$base.csv" | wc -l)
		printf '%-16s %-11s %7s %7s %5ss\n' "$name" "$m" "$n" "$allowed" "$(cat "$base.time")"
		if [ "$n" -gt "$allowed" ]; then
			awk -F'\t' "$alarm {print \"  \" \$2 \":\" \$3 \" \" \$4 \" \" \$5 \" \" \$7}" "$base.csv"
			status=1
		fi
	done
done <<<"$targets"
for m in gcc_x86_64 gcc_x86_32; do
	want wp_internal || continue
	base=$out/wp_internal.$m
	proved=$(sed -n 's/.*Proved goals: *\([0-9]*\) *\/ *\([0-9]*\).*/\1 \2/p' "$base.log")
	if [ -z "$proved" ]; then
		printf '%-16s %-11s %7s %7s %5ss\n' wp_internal "$m" ERROR 0 "$(cat "$base.time")"
		tail -20 "$base.log"
		status=1
		continue
	fi
	read -r ok all <<<"$proved"
	printf '%-16s %-11s %7s %7s %5ss  (%s/%s goals proved)\n' wp_internal "$m" $((all - ok)) 0 "$(cat "$base.time")" "$ok" "$all"
	if [ "$ok" -ne "$all" ]; then
		grep -E '\[wp\].*Goal.*(Unknown|Timeout|Failed)' "$base.log" || true
		status=1
	fi
done
echo "proof: N=$N, wall $(($(date +%s) - start)) s on $JOBS jobs"
exit "$status"
