/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * Coexistence TU: the foreign FF-A
 * names and every libffa public header in one translation unit. Built
 * twice: with COEXIST_FOREIGN_FIRST the foreign names come first (a libffa
 * header that uses or redefines one fails), without it libffa comes first
 * (a foreign header included after ours finds its names free).
 * libffa_all_headers.h is generated from the list of include/ffa headers
 * at configure time.
 */
#ifdef COEXIST_FOREIGN_FIRST
#include "foreign_names.h"
#include "libffa_all_headers.h"
#else
#include "foreign_names.h"
#include "libffa_all_headers.h"
#endif

int coexist_check(void);

/* Use a few of both, so the TU is not only declarations. */
int coexist_check(void)
{
	struct libffa_regs regs;
	struct ffa_value foreign;

	regs.x[0] = LIBFFA_VERSION_1_2;
	foreign.foreign_ = (struct foreign_poison_ *)0;
	return (int)(regs.x[0] != 0u) + (foreign.foreign_ != 0);
}
