#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-3-Clause
# The README's main job: set up, build, and run the end-to-end demo.
# Until the full demo (issue 7) lands, it decodes the sample register dumps
# shipped in examples/data with the ffa tool, frame by frame.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
cmake -S . -B out/demo -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build out/demo -j "$(nproc)" --target ffa >/dev/null
ffa=out/demo/tools/ffa/ffa
status=0
for dump in examples/data/*.frames; do
	echo "== $dump"
	while IFS= read -r line; do
		case "$line" in ''|'#'*) continue ;; esac
		printf '%s\n  -> ' "$line"
		echo "$line" | "$ffa" decode --version 1.2 || status=1
	done <"$dump"
done
[ "$status" -eq 0 ] && echo "demo: PASS" || echo "demo: FAIL"
exit "$status"
