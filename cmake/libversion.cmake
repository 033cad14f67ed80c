# SPDX-License-Identifier: BSD-3-Clause
# Copyright (c) 2026, The libffa Authors.
#
# include/ffa/libversion.h is checked in (libffa.mk builds have no
# generator); configuring fails when its numbers differ from
# project(VERSION), so the two cannot drift apart.
file(READ ${PROJECT_SOURCE_DIR}/include/ffa/libversion.h _libffa_vh)
foreach(part MAJOR MINOR PATCH)
  if(NOT _libffa_vh MATCHES "#define LIBFFA_LIB_VERSION_${part} ([0-9]+)")
    message(FATAL_ERROR "include/ffa/libversion.h: no LIBFFA_LIB_VERSION_${part}")
  endif()
  set(_libffa_h_${part} ${CMAKE_MATCH_1})
endforeach()
set(_libffa_hv "${_libffa_h_MAJOR}.${_libffa_h_MINOR}.${_libffa_h_PATCH}")
if(NOT _libffa_hv VERSION_EQUAL PROJECT_VERSION)
  message(FATAL_ERROR "include/ffa/libversion.h says ${_libffa_hv} but "
    "project(VERSION) in CMakeLists.txt says ${PROJECT_VERSION}: update both")
endif()
unset(_libffa_vh)
unset(_libffa_hv)
