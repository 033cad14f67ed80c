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
# Usage: bench/run.sh [build-dir]   (default out/as-bench)
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:-out/as-bench}
mkdir -p "$dir"
CC=gcc cmake -S bench -B "$dir" -DCMAKE_BUILD_TYPE=Release \
	"-DCMAKE_C_FLAGS_RELEASE=-O2 -g -DNDEBUG" >"$dir.configure.log" 2>&1 ||
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
echo "libffa benchmarks: $(gcc --version | head -1), x86-64, -O2; FF-A v1.2 layouts"
cat "$dir/bench.log"
echo
printf '%-44s %12s %10s\n' "operation (instructions executed by libffa)" "Ir/op" "target"
for abi in version features direct_req_32 direct_req2_64 mem_share_32 notification_get all_abis; do
	printf '%-44s %12s %10s\n' "decode+validate $abi" "$(op decode_$abi)" "<= 40"
done
for abi in version features direct_req_32 direct_req2_64 mem_share_32 notification_get all_abis; do
	printf '%-44s %12s %10s\n' "encode $abi" "$(op encode_$abi)" "<= 25"
done
for n in 1 16 256 4096; do
	printf '%-44s %12s\n' "mem descriptor build, $n constituents" "$(op mem_build_$n)"
done
for n in 1 16 256 4096; do
	printf '%-44s %12s\n' "mem descriptor parse, $n constituents" "$(op mem_parse_$n)"
done
for n in 1 16 256 4096; do
	printf '%-44s %12s\n' "mem parse + get every constituent, $n" "$(op mem_walk_$n)"
done
printf '%-44s %12s\n' "reassemble 4096-constituent desc, 4 KiB frags" "$(op reasm_4096)"
printf '%-44s %12s\n' "partition info parse + read 16 (v1.2)" "$(op partition_parse_16)"
p1=$(op mem_parse_1)
p4096=$(op mem_parse_4096)
per=$(awk -v a="$p1" -v b="$p4096" 'BEGIN { printf "%.1f", (b - a) / 4095 }')
fixed=$(awk -v a="$p1" -v s="$per" 'BEGIN { printf "%.0f", a - s }')
echo
echo "decode+validate, mean over all ABIs: $(op decode_all_abis) Ir/frame, target <= 40: $(verdict "$(op decode_all_abis)" 40)"
echo "encode, mean over all ABIs:          $(op encode_all_abis) Ir/frame, target <= 25: $(verdict "$(op encode_all_abis)" 25)"
echo "descriptor parse: $per Ir/constituent (target <= 12: $(verdict "$per" 12)) + $fixed fixed (target <= 300: $(verdict "$fixed" 300))"
echo "heap: the core imports no allocator (stage 85 nm check: only mem*)"
echo
echo "hotspots (self instructions in src/, whole run):"
awk '$1 == "hot" { printf "  %-44s %12s %6s%%\n", $2, $3, $4 }' "$dir/ops.txt"
echo
bash tests/build/profile.sh aarch64-gcc-Os "$PWD" "$dir/aarch64-Os" | tail -1
python3 tests/build/budget.py "$dir/aarch64-Os" --top 20 || true
