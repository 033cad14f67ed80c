#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-3-Clause
# The whole test suite (README's test command): installs what it needs, then
# runs every stage in scripts/test.d in order. Each stage is a build
# configuration with its own ctest run, or a check of the tree.
# Usage: scripts/test.sh [stage-name-substring...]
set -uo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh || { echo "deps: install failed"; exit 1; }
pass=0
fail=0
skip=0
failed=()
skipped=()
for stage in scripts/test.d/*.sh; do
	name=$(basename "$stage" .sh)
	if [ "$#" -gt 0 ]; then
		match=0
		for want in "$@"; do [[ "$name" == *"$want"* ]] && match=1; done
		[ "$match" -eq 1 ] || continue
	fi
	echo "=== stage $name"
	start=$(date +%s)
	bash "$stage"
	rc=$?
	took="$(( $(date +%s) - start )) s"
	if [ "$rc" -eq 0 ]; then
		pass=$((pass + 1))
		echo "=== stage $name: PASS ($took)"
	elif [ "$rc" -eq 77 ]; then
		# A stage that cannot run here says why; it is never a pass.
		skip=$((skip + 1))
		skipped+=("$name")
		echo "=== stage $name: SKIPPED ($took)"
	else
		fail=$((fail + 1))
		failed+=("$name")
		echo "=== stage $name: FAIL ($took)"
	fi
done
[ "$fail" -eq 0 ] || echo "failed stages: ${failed[*]}"
[ "$skip" -eq 0 ] || echo "skipped stages: ${skipped[*]}"
echo "stages: $pass passed, $fail failed, $skip skipped"
[ "$fail" -eq 0 ]
