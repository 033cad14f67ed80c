# SPDX-License-Identifier: BSD-3-Clause
# Copyright (c) 2026, The libffa Authors.
#
# CMake toolchain file for aarch64. One variable picks the target:
#
#   -DLIBFFA_CROSS_PREFIX=aarch64-linux-gnu-   (default; Debian's
#        gcc-aarch64-linux-gnu). Targets aarch64 Linux, so unit tests link
#        against glibc and ctest runs them through qemu-user.
#   -DLIBFFA_CROSS_PREFIX=aarch64-none-elf-    bare metal (CMAKE_SYSTEM_NAME
#        Generic). Uses the Arm GNU toolchain's aarch64-none-elf-gcc when it
#        is found; otherwise clang --target=aarch64-none-elf, which
#        Debian ships (the core is freestanding, no target libc needed),
#        with the aarch64 binutils or LLVM's for ar/nm/objcopy. No
#        emulator: executables need a board or a QEMU system image.
#
# The prefix may also carry a directory: /opt/arm/bin/aarch64-none-elf-.
# -DLIBFFA_CROSS_CC=clang|gcc overrides the choice of compiler.
# Architecture flags for the core (-mgeneral-regs-only, -mstrict-align) are
# not set here but PRIVATE on libffa_core (arch/aarch64/CMakeLists.txt).
# Installed as lib/cmake/libffa/libffa-aarch64-toolchain.cmake.

if(NOT DEFINED LIBFFA_CROSS_PREFIX)
  set(LIBFFA_CROSS_PREFIX "aarch64-linux-gnu-")
endif()
set(LIBFFA_CROSS_PREFIX "${LIBFFA_CROSS_PREFIX}" CACHE STRING
    "aarch64 toolchain prefix: aarch64-linux-gnu- or aarch64-none-elf-")
set(LIBFFA_CROSS_CC "${LIBFFA_CROSS_CC}" CACHE STRING
    "gcc or clang; empty: <prefix>gcc if installed, else clang")
# try_compile() projects re-read this file: hand the choice down to them.
list(APPEND CMAKE_TRY_COMPILE_PLATFORM_VARIABLES LIBFFA_CROSS_PREFIX
     LIBFFA_CROSS_CC)

set(CMAKE_SYSTEM_PROCESSOR aarch64)
if(LIBFFA_CROSS_PREFIX MATCHES "linux-gnu-?$")
  set(CMAKE_SYSTEM_NAME Linux)
  set(_libffa_triple aarch64-linux-gnu)
else()
  set(CMAKE_SYSTEM_NAME Generic)
  set(_libffa_triple aarch64-none-elf)
  # No C library to link a test program against.
  set(CMAKE_TRY_COMPILE_TARGET_TYPE STATIC_LIBRARY)
endif()

# Linux: gcc (clang would need the gcc cross runtime anyway). Bare metal:
# gcc when the prefix has one, else clang.
set(_libffa_cc "${LIBFFA_CROSS_CC}")
if(_libffa_cc STREQUAL "" AND CMAKE_SYSTEM_NAME STREQUAL "Linux")
  set(_libffa_cc gcc)
elseif(_libffa_cc STREQUAL "")
  find_program(LIBFFA_CROSS_GCC "${LIBFFA_CROSS_PREFIX}gcc")
  mark_as_advanced(LIBFFA_CROSS_GCC)
  if(LIBFFA_CROSS_GCC)
    set(_libffa_cc gcc)
  else()
    set(_libffa_cc clang)
  endif()
endif()

# Binutils: the prefix's own, else the Debian aarch64 ones, else LLVM's.
function(_libffa_tool var name)
  find_program(_libffa_tool_${name} NAMES "${LIBFFA_CROSS_PREFIX}${name}"
               "aarch64-linux-gnu-${name}" "llvm-${name}")
  if(_libffa_tool_${name})
    set(${var} "${_libffa_tool_${name}}" CACHE FILEPATH "${name}")
  else()
    set(${var} "${LIBFFA_CROSS_PREFIX}${name}" CACHE FILEPATH "${name}")
  endif()
endfunction()

if(_libffa_cc STREQUAL "gcc")
  set(CMAKE_C_COMPILER "${LIBFFA_CROSS_PREFIX}gcc")
  set(CMAKE_ASM_COMPILER "${LIBFFA_CROSS_PREFIX}gcc")
else()
  set(CMAKE_C_COMPILER clang)
  set(CMAKE_ASM_COMPILER clang)
  set(CMAKE_C_COMPILER_TARGET ${_libffa_triple})
  set(CMAKE_ASM_COMPILER_TARGET ${_libffa_triple})
endif()
_libffa_tool(CMAKE_AR ar)
_libffa_tool(CMAKE_RANLIB ranlib)
_libffa_tool(CMAKE_NM nm)
_libffa_tool(CMAKE_OBJCOPY objcopy)

if(CMAKE_SYSTEM_NAME STREQUAL "Linux")
  # binfmt_misc is not assumed (containers often lack it): ctest calls
  # qemu-aarch64 explicitly, with Debian's aarch64 sysroot.
  set(LIBFFA_CROSS_SYSROOT "/usr/aarch64-linux-gnu" CACHE PATH
      "Where the aarch64 C library lives, for qemu-aarch64 -L")
  set(CMAKE_CROSSCOMPILING_EMULATOR "qemu-aarch64;-L;${LIBFFA_CROSS_SYSROOT}")
endif()

# Host programs are the build machine's; headers and libraries the target's
# (plus anything the caller adds to CMAKE_PREFIX_PATH, e.g. arm64 cmocka).
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
