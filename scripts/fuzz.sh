#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-3-Clause
# Copyright (c) 2026, The libffa Authors.
#
# A longer libFuzzer campaign over every harness of tests/fuzz (issue 15):
# scripts/fuzz.sh [seconds-per-target] [target...]
#   - builds the fuzzers (clang, ASan + UBSan, as stage 30) in out/fuzz;
#   - runs each target for the given seconds (default 300), FUZZ_JOBS
#     targets at a time (default 2: the machine's two cores), each in fork
#     mode with one worker so that a finding is saved and the run goes on;
#   - merges what each run found back into tests/fuzz/corpus/<target>/
#     (-merge=1: only inputs that add coverage are copied);
#   - prints one line per target and fails when any target found a crash,
#     a leak or a timeout (the inputs are in out/fuzz/findings/<target>/).
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-300}
shift || true
jobs=${FUZZ_JOBS:-2}
dir=out/fuzz
case "$secs" in '' | *[!0-9]*)
	echo "usage: scripts/fuzz.sh [seconds-per-target] [target...]" >&2
	exit 2
	;;
esac
command -v clang >/dev/null || { echo "fuzz: clang not installed (scripts/deps.d/base.list)"; exit 77; }
mkdir -p "$dir"
CC=clang cmake -S . -B "$dir" -DLIBFFA_WERROR=ON -DCMAKE_BUILD_TYPE=Debug \
	-DLIBFFA_BUILD_FUZZERS=ON -DLIBFFA_BUILD_TOOLS=OFF -DLIBFFA_BUILD_EXAMPLES=OFF \
	"-DCMAKE_C_FLAGS=-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer" \
	>"$dir.configure.log" 2>&1 || { cat "$dir.configure.log"; exit 1; }
if [ "$#" -gt 0 ]; then
	targets=("$@")
else
	targets=()
	for src in tests/fuzz/fuzz_*.c; do
		name=$(basename "$src" .c)
		targets+=("${name#fuzz_}")
	done
fi
exes=()
for t in "${targets[@]}"; do exes+=("fuzz_$t"); done
cmake --build "$dir" -j "$jobs" --target "${exes[@]}" >"$dir.build.log" 2>&1 ||
	{ grep -E -A5 'error' "$dir.build.log" | head -40; echo "fuzz: build failed ($dir.build.log)"; exit 1; }

# One target: fuzz into a scratch corpus, then merge it into the repo's.
run_one() {
	local t=$1 exe="$dir/tests/fuzz/fuzz_$1" work="$dir/work/$1" found="$dir/findings/$1"
	local corpus=tests/fuzz/corpus/$t before after
	rm -rf "$work" "$found"
	mkdir -p "$work" "$found" "$corpus"
	before=$(find "$corpus" -type f | wc -l)
	ASAN_OPTIONS=detect_leaks=1 "$exe" -fork=1 -ignore_crashes=1 -ignore_ooms=1 \
		-ignore_timeouts=1 -max_total_time="$secs" -timeout=10 -rss_limit_mb=1024 \
		-artifact_prefix="$found/" "$work" "$corpus" >"$dir/log.$t" 2>&1 || true
	"$exe" -merge=1 -rss_limit_mb=1024 -timeout=10 -artifact_prefix="$found/merge-" \
		"$corpus" "$work" \
		>"$dir/merge.$t" 2>&1 || true
	after=$(find "$corpus" -type f | wc -l)
	printf '%-16s %6s s  corpus %5d -> %5d  findings %d\n' "$t" "$secs" \
		"$before" "$after" "$(find "$found" -type f | wc -l)"
}
export -f run_one
export dir secs
echo "fuzz: ${#targets[@]} targets, $secs s each, $jobs at a time"
printf '%s\n' "${targets[@]}" | xargs -P "$jobs" -I{} bash -c 'run_one {}'
bad=$(for t in "${targets[@]}"; do find "$dir/findings/$t" -type f; done | sort)
if [ -n "$bad" ]; then
	echo "FAIL: findings (replay one with $dir/tests/fuzz/fuzz_<target> <file>):"
	echo "$bad"
	exit 1
fi
echo "fuzz: no finding; new corpus inputs are in tests/fuzz/corpus (git status)"
