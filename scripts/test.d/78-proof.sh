#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-3-Clause
# Copyright (c) 2026, The libffa Authors.
#
# Proof stage (issue 15; docs/assurance.md): Frama-C EVA over every
# descriptor parser and the register decoder, each from its driver in
# tests/proof (fully unknown input, any length up to PROOF_N, any
# version), on the gcc_x86_64 and
# gcc_x86_32 machdeps; and WP on the contracts of src/internal.h's helpers.
# Runs the analyses in parallel, prints a summary table, and fails on any
# alarm of any target or when any WP goal is unproved.
set -euo pipefail
. scripts/lib.sh
command -v frama-c >/dev/null || {
	echo "proof: frama-c is missing (frama-c-base: scripts/deps.sh)"
	exit 77
}
N=${PROOF_N:-256}
out=out/proof
mkdir -p "$out"

# The targets: name | sources under src/ | driver | WP goals. The last
# column names, as function:property, the few properties that relate
# several fields (so EVA, which tracks each on its own, leaves them
# unknown) and that WP proves from the function's ACSL contract in the same
# session; EVA checks that contract at every call (docs/assurance.md).
targets="
mem_parse       | mem_parse.c mem_size.c              | drv_mem_parse.c       | -
mem_relinquish  | mem_parse.c mem_size.c              | drv_mem_relinquish.c  | -
mem_reasm       | mem_frag.c                          | drv_mem_reasm.c       | libffa_mem_reasm_add:valid_dest
mem_xlate       | mem_xlate.c mem_parse.c mem_build.c mem_size.c | drv_mem_xlate.c       | -
partition       | partition.c                         | drv_partition.c       | -
indirect        | indirect.c                          | drv_indirect.c        | -
notify          | notify.c                            | drv_notify.c          | -
bootinfo        | bootinfo.c                          | drv_bootinfo.c        | -
framework       | framework.c msg_framework.c         | drv_framework.c       | -
msg_decode      | msg_decode.c msg_codec.c msg_framework.c abi.c | drv_msg_decode.c      | -
"

# Frama-C hands these to cpp through a shell: the header name keeps its
# double quotes inside single ones.
cpp="-Iinclude -Isrc -DPROOF_N=$N -DLIBFFA_CFG_ENV_HEADER='\"$PWD/tests/proof/env.h\"'"

# timed <base> <command...>: runs the command with its output in <base>.log
# ("frama-c failed" appended when it fails); writes its wall seconds to
# <base>.time and its CPU seconds (user + system) to <base>.cpu, the figure
# that does not depend on what else the machine runs.
timed() {
	local base=$1 start t TIMEFORMAT='%U %S'
	shift
	start=$(date +%s)
	t=$({ time "$@" >"$base.log" 2>&1; } 2>&1) ||
		echo "frama-c failed" >>"$base.log"
	echo $(($(date +%s) - start)) >"$base.time"
	echo "$t" | awk '{ printf "%d\n", $1 + $2 + 0.5 }' >"$base.cpu"
}
export -f timed

# eva <name> <machdep> <driver> <wp goals> <sources...>: one analysis;
# writes $out/<name>.<machdep>.{log,csv,time}. WP runs after EVA in the
# same session, so the report consolidates both verdicts; its typed+cast
# memory model accepts the (char *) casts of the libc mem* contracts.
eva() {
	local name=$1 machdep=$2 driver=$3 goals=$4
	shift 4
	local base=$out/$name.$machdep wp=() g
	for g in ${goals//,/ }; do
		[ "$g" != - ] || continue
		wp+=(-then -wp -wp-model typed+cast -wp-fct "${g%%:*}"
			-wp-prop "${g#*:}" -wp-prover z3,cvc4 -wp-timeout 20
			-wp-par 1 -wp-cache none -wp-out "$base.wp")
	done
	timed "$base" frama-c -c11 -machdep "$machdep" -cpp-extra-args="$cpp" \
		"tests/proof/$driver" "$@" \
		-eva -eva-precision 3 -eva-split-return auto \
		-eva-msg-key=-final-states -eva-no-show-progress \
		"${wp[@]}" \
		-then -report -report-csv "$base.csv"
}
export -f eva
export out cpp

# PROOF_TARGETS="a b" runs only those (for development; the suite runs all).
want() { [ -z "${PROOF_TARGETS:-}" ] || [[ " $PROOF_TARGETS " == *" $1 "* ]]; }
jobs=()
while IFS='|' read -r name srcs driver goals; do
	name=$(echo $name)
	[ -n "$name" ] || continue
	want "$name" || continue
	for m in gcc_x86_64 gcc_x86_32; do
		srcpaths=$(for s in $srcs; do printf 'src/%s ' "$s"; done)
		jobs+=("$name $m $(echo $driver) $(echo $goals) $srcpaths")
	done
done <<<"$targets"

# WP on the helpers, alongside the EVA runs.
wp() {
	local machdep=$1 base=$out/wp_internal.$1
	timed "$base" frama-c -c11 -machdep "$machdep" -cpp-extra-args="$cpp" \
		tests/proof/wp_internal.c -wp -wp-rte -wp-prover z3,cvc4 \
		-wp-out "$out/wp.$machdep" \
		-wp-timeout 20 -wp-par 1 -wp-cache none
}
export -f wp
# WP's solvers (here and in the EVA sessions with WP goals) must be known.
why3 config detect >/dev/null 2>&1 || true

start=$(date +%s)
{
	for j in "${jobs[@]}"; do echo "eva $j"; done
	if want wp_internal; then
		echo "wp gcc_x86_64"
		echo "wp gcc_x86_32"
	fi
} | xargs -P "$JOBS" -I{} bash -c '{}'

# An alarm: any property of the report not proved (EVA's Unknown or
# Invalid, or a WP goal of the last column left unproved), in the library
# or in the libc specifications it calls. The postconditions and loop
# invariants of internal.h's helpers are WP's to prove (wp_internal below,
# both machdeps: it fails on any unproved goal); EVA checks their
# preconditions at every call. Once WP runs,
# the kernel gives each prototype without code a default "assigns" (its
# missing-spec warning): those of functions EVA never reached (it says
# "using specification" for any it did) are no property of the analysed
# code, and are not counted.
alarm='NR > 1 && $6 != "Valid" && $6 != "Considered valid" && $6 != "Dead" && !($2 == "internal.h" && ($5 == "postcondition" || $5 == "loop invariant")) && !(($5 == "assigns clause" || $5 == "from clause") && ($4 in unused))'
# unused_protos <log>: the functions given default assigns and never used.
unused_protos() {
	local f
	for f in $(grep -A1 'annot:missing-spec' "$1" |
		sed -n 's/.*for function \([A-Za-z0-9_]*\), generating default assigns.*/\1/p' | sort -u); do
		grep -q "using specification for function $f\$" "$1" || echo "$f"
	done
}
status=0
cpu_sum=0
printf '%-16s %-11s %7s %6s %6s  %s\n' target machdep alarms wall cpu "WP goals"
while IFS='|' read -r name srcs driver goals; do
	name=$(echo $name)
	[ -n "$name" ] || continue
	want "$name" || continue
	goals=$(echo $goals)
	for m in gcc_x86_64 gcc_x86_32; do
		base=$out/$name.$m
		if [ ! -s "$base.csv" ] || grep -q "frama-c failed" "$base.log"; then
			printf '%-16s %-11s %7s %5ss %5ss\n' "$name" "$m" ERROR "$(cat "$base.time")" "$(cat "$base.cpu")"
			tail -20 "$base.log"
			status=1
			continue
		fi
		init="BEGIN { $(unused_protos "$base.log" | sed 's/.*/unused["&"] = 1;/' | tr '\n' ' ') }"
		n=$(awk -F'\t' "$init $alarm" "$base.csv" | wc -l)
		wpinfo=-
		if [ "$goals" != - ]; then
			wpinfo=$(sed -n 's/.*Proved goals: *\([0-9]* *\/ *[0-9]*\).*/\1/p' "$base.log" | tr -d ' ' | paste -sd, -)
			wpinfo="${wpinfo:-none} proved"
		fi
		cpu_sum=$((cpu_sum + $(cat "$base.cpu")))
		printf '%-16s %-11s %7s %5ss %5ss  %s\n' "$name" "$m" "$n" "$(cat "$base.time")" "$(cat "$base.cpu")" "$wpinfo"
		if [ "$n" -gt 0 ]; then
			awk -F'\t' "$init $alarm {print \"  \" \$2 \":\" \$3 \" \" \$4 \" \" \$5 \" \" \$7}" "$base.csv"
			status=1
		fi
	done
done <<<"$targets"
for m in gcc_x86_64 gcc_x86_32; do
	want wp_internal || continue
	base=$out/wp_internal.$m
	proved=$(sed -n 's/.*Proved goals: *\([0-9]*\) *\/ *\([0-9]*\).*/\1 \2/p' "$base.log")
	if [ -z "$proved" ]; then
		printf '%-16s %-11s %7s %5ss %5ss\n' wp_internal "$m" ERROR "$(cat "$base.time")" "$(cat "$base.cpu")"
		tail -20 "$base.log"
		status=1
		continue
	fi
	read -r ok all <<<"$proved"
	cpu_sum=$((cpu_sum + $(cat "$base.cpu")))
	printf '%-16s %-11s %7s %5ss %5ss  %s/%s proved\n' wp_internal "$m" $((all - ok)) "$(cat "$base.time")" "$(cat "$base.cpu")" "$ok" "$all"
	if [ "$ok" -ne "$all" ]; then
		grep -E '\[wp\].*Goal.*(Unknown|Timeout|Failed)' "$base.log" || true
		status=1
	fi
done
echo "proof: N=$N, wall $(($(date +%s) - start)) s on $JOBS jobs, $cpu_sum s of CPU"
exit "$status"
