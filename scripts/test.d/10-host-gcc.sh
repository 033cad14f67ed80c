# SPDX-License-Identifier: BSD-3-Clause
# Host build with gcc, -Werror, and every unit, CLI and fuzz-replay test.
set -euo pipefail
. scripts/lib.sh
mkdir -p out
CC=gcc run_ctest_build out/gcc -DCMAKE_BUILD_TYPE=Debug
