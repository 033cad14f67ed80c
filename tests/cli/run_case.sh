#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-3-Clause
# run_case.sh FFA CASE: run `FFA <args of CASE.cmd>` with CASE.stdin as
# input, compare stdout with CASE.out, stderr with CASE.err (if present)
# and the exit status with CASE.status.
set -u
ffa=$1
case=$2
read -r -a args <"$case.cmd"
input=/dev/null
[ -f "$case.stdin" ] && input="$case.stdin"
actual=$(mktemp)
errors=$(mktemp)
trap 'rm -f "$actual" "$errors"' EXIT
"$ffa" "${args[@]}" <"$input" >"$actual" 2>"$errors"
status=$?
want_status=$(cat "$case.status" 2>/dev/null || echo 0)
ok=1
if [ "$status" != "$want_status" ]; then
	echo "exit status $status, expected $want_status"
	ok=0
fi
if ! diff -u "$case.out" "$actual"; then
	ok=0
fi
# Where the case names its diagnostics, stderr must match too.
if [ -f "$case.err" ] && ! diff -u "$case.err" "$errors"; then
	ok=0
fi
[ "$ok" -eq 1 ]
