# SPDX-License-Identifier: BSD-3-Clause
# Helpers for scripts/test.d stages: configure, build and ctest one tree.
JOBS=${JOBS:-$(nproc)}
# run_ctest_build <build-dir> [cmake args...]
run_ctest_build() {
	local dir=$1
	shift
	cmake -S . -B "$dir" -DLIBFFA_WERROR=ON "$@" >"$dir.configure.log" 2>&1 ||
		{ cat "$dir.configure.log"; return 1; }
	cmake --build "$dir" -j "$JOBS" 2>&1 | grep -Ev '^\[|^-- ' || true
	[ "${PIPESTATUS[0]}" -eq 0 ] || return 1
	(cd "$dir" && ctest --output-on-failure -j "$JOBS" ${CTEST_ARGS:-})
}
