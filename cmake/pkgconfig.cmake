# SPDX-License-Identifier: BSD-3-Clause
# Copyright (c) 2026, The libffa Authors.
#
# A relocatable libffa.pc: prefix is found from the .pc file's own place
# (${pcfiledir}), so `cmake --install build --prefix DIR` and a copied
# prefix both work. Absolute LIBDIR/INCLUDEDIR (rare) are kept as given.
set(_libffa_pcdir ${CMAKE_INSTALL_LIBDIR}/pkgconfig)
if(IS_ABSOLUTE "${CMAKE_INSTALL_LIBDIR}")
  set(LIBFFA_PC_PREFIX "${CMAKE_INSTALL_PREFIX}")
  set(LIBFFA_PC_LIBDIR "${CMAKE_INSTALL_LIBDIR}")
else()
  # One "/.." per component of lib[/<multiarch>]/pkgconfig.
  string(REGEX REPLACE "[^/]+" ".." _libffa_up "${_libffa_pcdir}")
  set(LIBFFA_PC_PREFIX "\${pcfiledir}/${_libffa_up}")
  set(LIBFFA_PC_LIBDIR "\${prefix}/${CMAKE_INSTALL_LIBDIR}")
endif()
if(IS_ABSOLUTE "${CMAKE_INSTALL_INCLUDEDIR}")
  set(LIBFFA_PC_INCLUDEDIR "${CMAKE_INSTALL_INCLUDEDIR}")
else()
  set(LIBFFA_PC_INCLUDEDIR "\${prefix}/${CMAKE_INSTALL_INCLUDEDIR}")
endif()
configure_file(cmake/libffa.pc.in ${PROJECT_BINARY_DIR}/libffa.pc @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/libffa.pc
        DESTINATION ${_libffa_pcdir})
