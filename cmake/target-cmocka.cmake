# SPDX-License-Identifier: BSD-3-Clause
# Copyright (c) 2026, The libffa Authors.
#
# The test suites need a cmocka built for the target. pkg-config alone is
# not proof: in a cross build it happily returns the build machine's
# library (x86-64 libcmocka.so for an aarch64 link). So link a probe with
# the target compiler. Without a usable cmocka, tests are switched off with
# a message, unless -DLIBFFA_BUILD_TESTS=ON was asked for explicitly.
# Sets LIBFFA_TARGET_CMOCKA (TRUE/FALSE).
function(libffa_probe_cmocka)
  set(LIBFFA_TARGET_CMOCKA FALSE PARENT_SCOPE)
  find_package(PkgConfig QUIET)
  if(NOT PKG_CONFIG_FOUND)
    set(why "pkg-config not found" PARENT_SCOPE)
    return()
  endif()
  pkg_check_modules(LIBFFA_PROBE_CMOCKA QUIET cmocka)
  if(NOT LIBFFA_PROBE_CMOCKA_FOUND)
    set(why "pkg-config knows no cmocka" PARENT_SCOPE)
    return()
  endif()
  set(dir ${PROJECT_BINARY_DIR}/CMakeFiles/libffa-cmocka-probe)
  file(WRITE ${dir}/probe.c
    "#include <stdarg.h>\n#include <stddef.h>\n#include <stdint.h>\n"
    "#include <setjmp.h>\n#include <cmocka.h>\n"
    "static void t(void **s) { (void)s; }\n"
    "int main(void) { const struct CMUnitTest x[] = { cmocka_unit_test(t) };\n"
    "  return cmocka_run_group_tests(x, NULL, NULL); }\n")
  # Bare-metal toolchains probe with static libraries only: force a link.
  set(CMAKE_TRY_COMPILE_TARGET_TYPE EXECUTABLE)
  try_compile(ok ${dir}/build SOURCES ${dir}/probe.c
    CMAKE_FLAGS "-DINCLUDE_DIRECTORIES=${LIBFFA_PROBE_CMOCKA_INCLUDE_DIRS}"
    LINK_LIBRARIES ${LIBFFA_PROBE_CMOCKA_LINK_LIBRARIES}
    OUTPUT_VARIABLE out)
  if(ok)
    set(LIBFFA_TARGET_CMOCKA TRUE PARENT_SCOPE)
  else()
    set(why "cmocka from pkg-config (${LIBFFA_PROBE_CMOCKA_LINK_LIBRARIES}) does not link for ${CMAKE_SYSTEM_PROCESSOR}" PARENT_SCOPE)
  endif()
endfunction()
