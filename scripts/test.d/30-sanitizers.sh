# SPDX-License-Identifier: BSD-3-Clause
# clang with ASan + UBSan (no recovery), all tests, plus bounded libFuzzer
# runs of every fuzz target (label fuzz-smoke).
set -euo pipefail
. scripts/lib.sh
mkdir -p out
CC=clang run_ctest_build out/asan -DCMAKE_BUILD_TYPE=Debug \
	-DLIBFFA_BUILD_FUZZERS=ON \
	"-DCMAKE_C_FLAGS=-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer"
