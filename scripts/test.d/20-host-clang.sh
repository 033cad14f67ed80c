# SPDX-License-Identifier: BSD-3-Clause
# Host build with clang, -Werror, optimised, all tests.
set -euo pipefail
. scripts/lib.sh
mkdir -p out
CC=clang run_ctest_build out/clang -DCMAKE_BUILD_TYPE=Release
