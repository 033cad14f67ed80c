#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-3-Clause
# Copyright (c) 2026, The libffa Authors.
#
# Coverage (issue 8): gcc --coverage build of the core (LIBFFA_COVERAGE),
# the unit, hostile-input and fuzz-corpus replay tests, then gcovr over
# src/: per-file table, HTML report (out/as-cov/coverage/index.html), and
# the gate lines >= 95 %, branches >= 90 % (tests/build/coverage_gate.py;
# files below it must be listed in tests/build/known-findings.txt, which
# makes the gap non-fatal and printed; an unlisted file fails the stage).
# Then a separate report (issue 15): the fuzz corpora alone, replayed
# through the standalone driver in the same build, per file of src/, with
# a gate on the parsers' and decoders' lines (tests/fuzz/coverage_gate.py;
# HTML in out/as-cov/coverage/fuzz/index.html).
set -euo pipefail
. scripts/lib.sh
mkdir -p out
dir=out/as-cov
LINE_MIN=95
BRANCH_MIN=90
# Issue 15's figure; the checked-in corpora reach 96.4 %. What they miss
# is argument-contract checks (NULL pointers), re-checks redundant with an
# earlier bound (kept for the proof stage) and limits only a buffer past
# 2 GiB reaches. Corpus replay is deterministic: the figure does not
# depend on timing or on the order ctest runs the replays in.
FUZZ_LINE_MIN=95
command -v gcovr >/dev/null || { echo "FAIL: gcovr not installed (scripts/deps.d/assurance.list)"; exit 1; }
CC=gcc cmake -S . -B "$dir" -DLIBFFA_WERROR=ON \
	-DCMAKE_BUILD_TYPE=Debug -DLIBFFA_COVERAGE=ON -DLIBFFA_BUILD_TOOLS=OFF \
	-DLIBFFA_BUILD_EXAMPLES=OFF >"$dir.configure.log" 2>&1 ||
	{
		cat "$dir.configure.log"
		exit 1
	}
# Keep going past a target that does not build (someone else's, often
# mid-change) so every other test still runs; the stage still fails.
built=0
cmake --build "$dir" -j "$JOBS" -- -k >"$dir.build.log" 2>&1 || built=$?
if [ "$built" -ne 0 ]; then
	echo "FAIL: the build has errors (the tests that built still run):"
	grep -E 'error|undefined reference' "$dir.build.log" | sort -u | head -20
fi
find "$dir" -name '*.gcda' -delete
tested=0
(cd "$dir" && ctest -j "$JOBS" -L 'unit|hostile|fuzz-replay' --output-on-failure) >"$dir.ctest.log" 2>&1 || tested=$?
tail -3 "$dir.ctest.log"
mkdir -p "$dir/coverage"
# Search only this build's tree: other out/ trees may come from other
# revisions, and gcovr asserts on mismatched notes.
gcovr -r . "$dir" --object-directory "$dir" --filter 'src/' \
	--exclude-unreachable-branches \
	--json-summary "$dir/coverage/summary.json" \
	--html-details "$dir/coverage/index.html" >/dev/null
gate=0
python3 tests/build/coverage_gate.py "$dir/coverage/summary.json" \
	tests/build/known-findings.txt "$LINE_MIN" "$BRANCH_MIN" || gate=$?
echo "uncovered lines per file: gcovr -r . --object-directory $dir --filter src/ -s"
# The fuzz corpora alone: reset the counters, replay only the corpora.
find "$dir" -name '*.gcda' -delete
fuzzed=0
(cd "$dir" && ctest -j "$JOBS" -L fuzz-replay --output-on-failure) >"$dir.fuzz-ctest.log" 2>&1 || fuzzed=$?
tail -1 "$dir.fuzz-ctest.log"
mkdir -p "$dir/coverage/fuzz"
gcovr -r . "$dir" --object-directory "$dir" --filter 'src/' \
	--exclude-unreachable-branches \
	--json-summary "$dir/coverage/fuzz-summary.json" \
	--html-details "$dir/coverage/fuzz/index.html" >/dev/null
fuzz_gate=0
python3 tests/fuzz/coverage_gate.py "$dir/coverage/fuzz-summary.json" \
	"$FUZZ_LINE_MIN" || fuzz_gate=$?
if [ "$tested" -ne 0 ]; then
	grep -A20 'tests FAILED' "$dir.ctest.log" || true
	echo "FAIL: some tests failed in the coverage build"
	exit 1
fi
if [ "$fuzzed" -ne 0 ]; then
	grep -A20 'tests FAILED' "$dir.fuzz-ctest.log" || true
	echo "FAIL: some fuzz corpus replays failed"
	exit 1
fi
[ "$built" -eq 0 ] || exit 1
[ "$fuzz_gate" -eq 0 ] || exit 1
exit "$gate"
