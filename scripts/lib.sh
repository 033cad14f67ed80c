# SPDX-License-Identifier: BSD-3-Clause
# Helpers for scripts/test.d stages: configure, build and ctest one tree.
JOBS=${JOBS:-$(nproc)}
# run_ctest_build <build-dir> [cmake args...]: configure, build (the log
# goes to <build-dir>.build.log; diagnostics are shown on failure) and run
# every ctest test of the tree.
run_ctest_build() {
	local dir=$1
	shift
	cmake -S . -B "$dir" -DLIBFFA_WERROR=ON "$@" >"$dir.configure.log" 2>&1 ||
		{ cat "$dir.configure.log"; return 1; }
	if ! cmake --build "$dir" -j "$JOBS" >"$dir.build.log" 2>&1; then
		grep -E -A5 'error|warning' "$dir.build.log" | head -60
		tail -5 "$dir.build.log"
		echo "build of $dir failed (log: $dir.build.log)"
		return 1
	fi
	(cd "$dir" && ctest --output-on-failure -j "$JOBS" ${CTEST_ARGS:-})
}
