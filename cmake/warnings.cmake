# SPDX-License-Identifier: BSD-3-Clause
# The warning set, as an INTERFACE target linked PRIVATE so it
# never leaks into a consumer's build.
add_library(libffa_warnings INTERFACE)
target_compile_options(libffa_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Wconversion -Wsign-conversion -Wshadow -Wundef
  -Wcast-qual -Wcast-align -Wvla -Wstrict-prototypes -Wmissing-prototypes
  -Wimplicit-fallthrough -Wswitch
  $<$<C_COMPILER_ID:GNU>:-Wmissing-declarations -Wcast-align=strict>
  $<$<C_COMPILER_ID:Clang>:-Wshift-sign-overflow>
  $<$<BOOL:${LIBFFA_WERROR}>:-Werror>)
