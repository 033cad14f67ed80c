# SPDX-License-Identifier: BSD-3-Clause
# Copyright (c) 2026, The libffa Authors.
#
# `cmake --build <dir> --target docs`: the API reference in <dir>/docs/api
# (Doxyfile, docs/api/build.sh), failing on any Doxygen warning.
find_program(LIBFFA_DOXYGEN doxygen)
if(LIBFFA_DOXYGEN)
  add_custom_target(docs
    COMMAND bash ${PROJECT_SOURCE_DIR}/docs/api/build.sh ${PROJECT_BINARY_DIR}/docs/api
    WORKING_DIRECTORY ${PROJECT_SOURCE_DIR} USES_TERMINAL VERBATIM
    COMMENT "API reference (Doxygen): ${PROJECT_BINARY_DIR}/docs/api/html")
else()
  add_custom_target(docs
    COMMAND ${CMAKE_COMMAND} -E echo "docs: doxygen not installed"
    COMMAND ${CMAKE_COMMAND} -E false VERBATIM)
endif()
