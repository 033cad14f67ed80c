#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-3-Clause
# Copyright (c) 2026, The libffa Authors.
#
# Benchmarks (BENCHMARKS.md records the figures and the targets):
#  1. instructions per operation on x86-64 (gcc -O2), counted by
#     valgrind --tool=callgrind over bench/bench.c (method: bench.c header
#     and bench/callgrind_ops.py), plus the library's hotspots;
#  2. .text per module and for the whole core, aarch64-linux-gnu-gcc -Os
#     with the kernel flags (tests/build/profile.sh aarch64-gcc-Os);
#  3. worst-case stack per public function (-fstack-usage and the
#     -fcallgraph-info call graph, tests/build/budget.py).
# Not part of the test suite (stage 85 enforces 2 and 3 deterministically).
# Usage: [BENCH_OPT=-Os] bench/run.sh [build-dir]   (default out/as-bench;
# BENCH_OPT: the optimisation level of the x86-64 build, default -O2)
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:-out/as-bench}
opt=${BENCH_OPT:--O2}
mkdir -p "$dir"
CC=gcc cmake -S bench -B "$dir" -DCMAKE_BUILD_TYPE=Release \
	"-DCMAKE_C_FLAGS_RELEASE=$opt -g -DNDEBUG" >"$dir.configure.log" 2>&1 ||
	{
		cat "$dir.configure.log"
		exit 1
	}
cmake --build "$dir" -j "$(nproc)" >"$dir.build.log" 2>&1 ||
	{
		cat "$dir.build.log"
		exit 1
	}
valgrind --tool=callgrind --callgrind-out-file="$dir/callgrind.out" \
	"$dir/bench" >"$dir/bench.log" 2>"$dir/callgrind.log"
python3 bench/callgrind_ops.py "$dir/callgrind.out" --hotspots 15 >"$dir/ops.txt"

op() { awk -v k="$1" '$1 == "op" && $2 == k { print $3 }' "$dir/ops.txt"; }
verdict() { awk -v v="$1" -v t="$2" 'BEGIN { print (v <= t) ? "met" : "NOT met" }'; }
# Mean and worst of the per-frame figures of one operation (op names
# <prefix>_f<index>).
worst() { awk -v p="$1_f" '$1 == "op" && index($2, p) == 1 { if ($3 > m) { m = $3; w = $2 } } END { print m, w }' "$dir/ops.txt" |
	while read -r m w; do printf '%s (%s)' "$m" "$(awk -v f="${w##*_}" '$1 == f { print $2, $3 }' "$dir/frames.txt")"; done; }
echo "libffa benchmarks: $(gcc --version | head -1), x86-64, $opt"
grep -v "^frame " "$dir/bench.log"
grep "^frame " "$dir/bench.log" | cut -d" " -f2- >"$dir/frames.txt"
echo
# floor <column> <add> [typed]: the mean of bench.c's lower-bound model
# (frame_floor(): what any implementation of the contract executes, not a
# measurement) over the frames, of those with typed entry points if asked.
floor() {
	awk -v c="$1" -v add="$2" -v t="${3:-}" 'FNR == NR { if ($1 == "op" && $2 ~ /^tdecode_f/) have[substr($2, 9)] = 1; next }
		$4 == "floor" && (t == "" || $1 in have) { s += $(4 + c) + add; n++ }
		END { printf "%.1f", s / n }' "$dir/ops.txt" "$dir/frames.txt"
}
printf '%-44s %10s %22s %8s %8s %8s\n' "operation (instructions executed by libffa)" "mean" "worst (frame)" "target" "worst<=" "floor"
printf '%-44s %10s %22s %8s %8s %8s\n' "generic decode + full validation" "$(op decode_all)" "$(worst decode)" "40" "80" "$(floor 1 5)"
printf '%-44s %10s %22s %8s %8s %8s\n' "generic encode" "$(op encode_all)" "$(worst encode)" "35" "70" "$(floor 2 5)"
if [ -n "$(op typed_decode_all)" ]; then
	printf '%-44s %10s %22s %8s %8s %8s\n' "typed decode (libffa_args_decode_<abi>)" "$(op typed_decode_all)" "$(worst tdecode)" "25" "" "$(floor 1 0 typed)"
	printf '%-44s %10s %22s %8s %8s %8s\n' "typed encode (libffa_args_encode_<abi>)" "$(op typed_encode_all)" "$(worst tencode)" "25" "" "$(floor 2 0 typed)"
fi
echo "floor: mean of a lower bound on any implementation's instructions (bench.c frame_floor(), a count, not a measurement)"
echo "frame list (index: ABI width version): $dir/frames.txt"
for n in 1 16 256 4096; do
	printf '%-44s %12s\n' "mem descriptor build, $n constituents" "$(op mem_build_$n)"
done
for n in 1 16 256 4096; do
	printf '%-44s %12s\n' "mem descriptor parse, $n constituents" "$(op mem_parse_$n)"
done
for n in 1 16 256 4096; do
	printf '%-44s %12s\n' "mem parse + get every constituent, $n" "$(op mem_walk_$n)"
done
for n in 1 16 256 4096; do
	printf '%-44s %12s\n' "mem parse + read back all (batch copy), $n" "$(op mem_read_$n)"
done
for n in 1 16 256 4096; do
	printf '%-44s %12s\n' "mem parse + copy out all (parse_copy), $n" "$(op mem_copy_$n)"
done
printf '%-44s %12s\n' "reassemble 4096-constituent desc, 4 KiB frags" "$(op reasm_4096)"
printf '%-44s %12s\n' "partition info parse + read 16 (v1.2)" "$(op partition_parse_16)"
# fit <op>: "<per constituent> Ir/constituent + <fixed> fixed", from the
# 1- and 4096-constituent figures.
fit() {
	awk -v a="$(op "$1"_1)" -v b="$(op "$1"_4096)" 'BEGIN {
		s = (b - a) / 4095; printf "%.1f Ir/constituent + %.0f fixed", s, a - s }'
}
echo
echo "descriptor parse: $(fit mem_parse)"
echo "descriptor parse + read back all (batch copy): $(fit mem_read) (target 10 + 200)"
echo "descriptor full parse in one pass (parse_copy): $(fit mem_copy) (target 10 + 200)"
echo "descriptor build: $(fit mem_build) (target 10 + 120)"
echo "heap: the core imports no allocator (stage 85 nm check: only mem*)"
echo
echo "hotspots (self instructions in src/, whole run):"
awk '$1 == "hot" { printf "  %-44s %12s %6s%%\n", $2, $3, $4 }' "$dir/ops.txt"
echo
bash tests/build/profile.sh aarch64-gcc-Os "$PWD" "$dir/aarch64-Os" | tail -1
python3 tests/build/budget.py "$dir/aarch64-Os" --top 20 || true
