# SPDX-License-Identifier: BSD-3-Clause
# Copyright (c) 2026, The libffa Authors.
# The examples as a downstream project sees them: install libffa into a
# temporary prefix, build examples/ on its own with find_package(libffa),
# and run the host demo from that build.
set -euo pipefail
JOBS=${JOBS:-$(nproc)}
prefix=$PWD/out/ex-prefix
lib=out/ex-lib
app=out/ex-standalone
rm -rf "$prefix" "$lib" "$app"
mkdir -p out
cmake -S . -B "$lib" -DCMAKE_BUILD_TYPE=Release -DLIBFFA_BUILD_TESTS=OFF \
	-DLIBFFA_BUILD_TOOLS=OFF -DLIBFFA_BUILD_EXAMPLES=OFF \
	-DLIBFFA_INSTALL=ON -DCMAKE_INSTALL_PREFIX="$prefix" \
	>"$lib.configure.log" 2>&1 || { cat "$lib.configure.log"; exit 1; }
cmake --build "$lib" -j "$JOBS" >"$lib.build.log" 2>&1 ||
	{ cat "$lib.build.log"; exit 1; }
cmake --install "$lib" >"$lib.install.log" 2>&1 ||
	{ cat "$lib.install.log"; exit 1; }
cmake -S examples -B "$app" -DCMAKE_PREFIX_PATH="$prefix" \
	>"$app.configure.log" 2>&1 || { cat "$app.configure.log"; exit 1; }
cmake --build "$app" -j "$JOBS" 2>&1 | grep -Ev '^\[|^-- ' || true
[ "${PIPESTATUS[0]}" -eq 0 ] || exit 1
# The standalone build registers the same ctest test.
(cd "$app" && ctest -L examples --output-on-failure)
"$app/host_demo" -q | tail -n 1 | grep -qx 'host demo: PASS'
echo "examples: host demo PASS from the find_package build"
