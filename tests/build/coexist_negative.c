/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * Negative controls for the coexistence check: each variant plays a libffa
 * header that takes a foreign name, and must FAIL to compile with the same
 * flags as coexist.c. If one compiles, the check has lost its teeth.
 */
#include "foreign_names.h"

#if defined(NEG_MACRO)
/* A libffa header defining a bare FF-A macro (Linux, TF-A). */
#define FFA_VERSION 0x84000063u
#elif defined(NEG_TAG)
/* A libffa header defining a Hafnium tag. */
struct ffa_value {
	unsigned long long func;
};
#elif defined(NEG_FUNCTION)
/* A libffa header declaring Hafnium's ffa_call(). */
struct ffa_value ffa_call(struct ffa_value args);
#elif defined(NEG_USE)
/* A libffa header using a foreign macro in an expression. */
static inline unsigned int negative_use(void)
{
	return FFA_SMC_32(0x63);
}
#endif

int coexist_negative(void);

int coexist_negative(void)
{
	return 0;
}
