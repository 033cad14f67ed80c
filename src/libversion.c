/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * The run-time library version query (ffa/libversion.h).
 */
#include "ffa/libversion.h"

uint32_t libffa_lib_version(void)
{
	return (uint32_t)LIBFFA_LIB_VERSION;
}
