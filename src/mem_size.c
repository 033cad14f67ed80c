/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * The sizes of the memory descriptors per version, from the wire layout
 * (mem_wire.h) that defines them: the one place other modules ask (the
 * descriptor code itself uses mem_wire.h's inline forms).
 */
#include "ffa/mem.h"

#include "mem_wire.h"

uint32_t libffa_mem_header_size(libffa_version_t v)
{
	return libffa_wire_mem_header_size_(v);
}

uint32_t libffa_mem_emad_size(libffa_version_t v)
{
	return libffa_wire_emad_size_(v);
}
