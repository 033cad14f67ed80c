# SPDX-License-Identifier: BSD-3-Clause
# Copyright (c) 2026, The libffa Authors.
#
# CMake toolchain file for the Arm GNU toolchain (style.md s3.4, T8).
# One variable picks the compiler prefix:
#
#   -DLIBFFA_CROSS_PREFIX=aarch64-linux-gnu-   (default; Debian's
#        gcc-aarch64-linux-gnu). Targets aarch64 Linux, so unit tests link
#        against glibc and ctest runs them through qemu-user.
#   -DLIBFFA_CROSS_PREFIX=aarch64-none-elf-    (Arm GNU toolchain,
#        bare metal). No emulator: executables need a board or QEMU system
#        image, so only libraries and tests/qemu images are built.
#
# The prefix may also carry a directory: /opt/arm/bin/aarch64-none-elf-.
# Architecture flags for the core (-mgeneral-regs-only, -mstrict-align) are
# not set here but PRIVATE on libffa_core (style.md B3, F7).

if(NOT DEFINED LIBFFA_CROSS_PREFIX)
  set(LIBFFA_CROSS_PREFIX "aarch64-linux-gnu-")
endif()
set(LIBFFA_CROSS_PREFIX "${LIBFFA_CROSS_PREFIX}" CACHE STRING
    "Arm GNU toolchain prefix: aarch64-linux-gnu- or aarch64-none-elf-")
# try_compile() projects re-read this file: hand the choice down to them.
list(APPEND CMAKE_TRY_COMPILE_PLATFORM_VARIABLES LIBFFA_CROSS_PREFIX)

set(CMAKE_SYSTEM_PROCESSOR aarch64)
if(LIBFFA_CROSS_PREFIX MATCHES "linux-gnu-?$")
  set(CMAKE_SYSTEM_NAME Linux)
else()
  set(CMAKE_SYSTEM_NAME Generic)
  # No C library to link a test program against.
  set(CMAKE_TRY_COMPILE_TARGET_TYPE STATIC_LIBRARY)
endif()

set(CMAKE_C_COMPILER "${LIBFFA_CROSS_PREFIX}gcc")
set(CMAKE_ASM_COMPILER "${LIBFFA_CROSS_PREFIX}gcc")
set(CMAKE_AR "${LIBFFA_CROSS_PREFIX}ar" CACHE FILEPATH "Archiver")
set(CMAKE_RANLIB "${LIBFFA_CROSS_PREFIX}ranlib" CACHE FILEPATH "Ranlib")
set(CMAKE_NM "${LIBFFA_CROSS_PREFIX}nm" CACHE FILEPATH "nm")
set(CMAKE_OBJCOPY "${LIBFFA_CROSS_PREFIX}objcopy" CACHE FILEPATH "objcopy")

if(CMAKE_SYSTEM_NAME STREQUAL "Linux")
  # binfmt_misc is not assumed (../FINDINGS: containers often lack it):
  # ctest calls qemu-aarch64 explicitly, with Debian's aarch64 sysroot.
  set(LIBFFA_CROSS_SYSROOT "/usr/aarch64-linux-gnu" CACHE PATH
      "Where the aarch64 C library lives, for qemu-aarch64 -L")
  set(CMAKE_CROSSCOMPILING_EMULATOR "qemu-aarch64;-L;${LIBFFA_CROSS_SYSROOT}")
endif()

# Host programs are the build machine's; headers and libraries the target's
# (plus anything the caller adds to CMAKE_PREFIX_PATH, e.g. arm64 cmocka).
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
