/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * The version of the libffa library itself (LIBFFA_VERSION_* in
 * ffa/version.h are FF-A protocol versions, a different thing).
 *
 * The numbers are those of project(VERSION) in CMakeLists.txt. This header
 * is checked in so that libffa.mk builds need no generator; configuring
 * with CMake fails when the two disagree (cmake/libversion.cmake).
 */
#ifndef LIBFFA_LIBVERSION_H
#define LIBFFA_LIBVERSION_H

#include "ffa/env.h"

LIBFFA_BEGIN_DECLS

#define LIBFFA_LIB_VERSION_MAJOR 0
#define LIBFFA_LIB_VERSION_MINOR 1
#define LIBFFA_LIB_VERSION_PATCH 0

/**
 * LIBFFA_LIB_VERSION_ENCODE() - one comparable number for a library version.
 * @major: major version (bumped on an incompatible API or ABI change).
 * @minor: minor version, below 256.
 * @patch: patch version, below 256.
 *
 * A constant expression, usable in preprocessor conditionals; to require
 * 0.2.0 or later: LIBFFA_LIB_VERSION >= LIBFFA_LIB_VERSION_ENCODE(0, 2, 0).
 */
#define LIBFFA_LIB_VERSION_ENCODE(major, minor, patch) \
	(((major) << 16) | ((minor) << 8) | (patch))

/** LIBFFA_LIB_VERSION - the version of these headers, encoded. */
#define LIBFFA_LIB_VERSION                                  \
	LIBFFA_LIB_VERSION_ENCODE(LIBFFA_LIB_VERSION_MAJOR, \
				  LIBFFA_LIB_VERSION_MINOR, \
				  LIBFFA_LIB_VERSION_PATCH)

/**
 * libffa_lib_version() - the version the linked library was built as.
 *
 * Return: LIBFFA_LIB_VERSION of the library's own build. A program linked
 * against the shared library compares it with LIBFFA_LIB_VERSION of the
 * headers it was compiled with: the major versions (bits 31:16) must match.
 */
uint32_t libffa_lib_version(void);

LIBFFA_END_DECLS

#endif /* LIBFFA_LIBVERSION_H */
