# SPDX-License-Identifier: BSD-3-Clause
# Copyright (c) 2026, The libffa Authors.
#
# The shared core (-DBUILD_SHARED_LIBS=ON): libffa.so.<major> (SONAME),
# exporting only libffa_* (cmake/libffa.map) and compiled with hidden
# visibility, the public headers forced to default (cmake/export.h).
# While the major version is 0 the SONAME carries it too: libffa.so.0.
get_target_property(_libffa_type libffa_core TYPE)
if(_libffa_type STREQUAL "SHARED_LIBRARY")
  set_target_properties(libffa_core PROPERTIES
    VERSION ${PROJECT_VERSION}
    SOVERSION ${PROJECT_VERSION_MAJOR}
    C_VISIBILITY_PRESET hidden
    LINK_DEPENDS ${PROJECT_SOURCE_DIR}/cmake/libffa.map)
  target_compile_options(libffa_core PRIVATE
    -include ${PROJECT_SOURCE_DIR}/cmake/export.h)
  target_link_options(libffa_core PRIVATE
    -Wl,--version-script=${PROJECT_SOURCE_DIR}/cmake/libffa.map
    -Wl,--no-undefined)
endif()
unset(_libffa_type)
