/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * The register layouts of abi.def as C structs: struct libffa_args_<abi>
 * for an ABI's own frame and struct libffa_result_<abi> for the frame that
 * answers it. Members are the fields of abi.def, named by the
 * specification's terms. Part of the ABI table (no code).
 */
#ifndef LIBFFA_ABI_LAYOUTS_H
#define LIBFFA_ABI_LAYOUTS_H

#include "ffa/abi.h"
#include "ffa/env.h"

LIBFFA_BEGIN_DECLS

#define LIBFFA_ARGS_BEGIN(NAME, lc, wide) struct libffa_args_##lc {
#define LIBFFA_ARG(lc, name, KIND, ctype, dim, reg, lo, width, since, until) \
	ctype name dim;
#define LIBFFA_ARGS_END(NAME, lc) \
	}                         \
	;
#define LIBFFA_RESULT_BEGIN(NAME, lc, wide) struct libffa_result_##lc {
#define LIBFFA_RES(lc, name, KIND, ctype, dim, reg, lo, width, since, until) \
	ctype name dim;
#define LIBFFA_RESULT_END(NAME, lc) \
	}                           \
	;
#include "ffa/abi.def"

LIBFFA_END_DECLS

#endif /* LIBFFA_ABI_LAYOUTS_H */
