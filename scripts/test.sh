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
failed=()
for stage in scripts/test.d/*.sh; do
	name=$(basename "$stage" .sh)
	if [ "$#" -gt 0 ]; then
		match=0
		for want in "$@"; do [[ "$name" == *"$want"* ]] && match=1; done
		[ "$match" -eq 1 ] || continue
	fi
	echo "=== stage $name"
	start=$(date +%s)
	if bash "$stage"; then
		pass=$((pass + 1))
		echo "=== stage $name: PASS ($(( $(date +%s) - start )) s)"
	else
		fail=$((fail + 1))
		failed+=("$name")
		echo "=== stage $name: FAIL ($(( $(date +%s) - start )) s)"
	fi
done
[ "$fail" -eq 0 ] || echo "failed stages: ${failed[*]}"
echo "stages: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
