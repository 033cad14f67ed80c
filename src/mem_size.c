/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * The sizes of the memory descriptors per version, from the wire layout
 * (mem_wire.h) that defines them: the one place other modules ask.
 */
#include "ffa/mem.h"

#include "mem_wire.h"

uint32_t libffa_mem_header_size(libffa_version_t v)
{
	return v >= LIBFFA_VERSION_1_1 ? LIBFFA_WIRE_MEM_TRANS_SIZE_V1_1
				       : LIBFFA_WIRE_MEM_TRANS_SIZE_V1_0;
}

uint32_t libffa_mem_emad_size(libffa_version_t v)
{
	return v >= LIBFFA_VERSION_1_2 ? LIBFFA_WIRE_EMAD_SIZE_V1_2
				       : LIBFFA_WIRE_EMAD_SIZE_V1_0;
}
