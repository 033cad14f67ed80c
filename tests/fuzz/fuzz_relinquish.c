/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * Fuzz the relinquish descriptor parser (DEN0077A 1.1 Table 16.25: handle
 * u64, flags u32, endpoint count u32, then that many u16 endpoint IDs).
 * The input is the descriptor, in an exact-size heap block.
 * Properties: no crash or sanitizer report; the parser accepts exactly the
 * descriptors an oracle written here from the table accepts (at least 16
 * bytes, flags within bits[1:0], 1 or more endpoints that fit the buffer,
 * no endpoint twice), and for the others its status names the first rule
 * broken; a fault offset lies inside the buffer; an accepted descriptor
 * reads back every endpoint and re-builds to the same bytes.
 */
#include <stdlib.h>

#include <string.h>

#include "ffa/mem.h"

#define HEADER_SIZE 16u

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void check(bool ok)
{
	if (!ok) {
		abort();
	}
}

static uint32_t le32(const uint8_t *p)
{
	return (uint32_t)p[0] | ((uint32_t)p[1] << 8) | ((uint32_t)p[2] << 16) |
	       ((uint32_t)p[3] << 24);
}

static uint16_t le16(const uint8_t *p)
{
	return (uint16_t)(p[0] | (p[1] << 8));
}

/* The status the table calls for, in the order the parser checks. */
static libffa_status_t oracle(const uint8_t *b, size_t size)
{
	uint64_t count;
	size_t i;
	size_t j;

	if (size < HEADER_SIZE) {
		return LIBFFA_E_TRUNCATED;
	}
	if ((le32(b + 8) & ~LIBFFA_MEM_RELINQUISH_FLAGS) != 0u) {
		return LIBFFA_E_MBZ;
	}
	count = le32(b + 12);
	if (count == 0u) {
		return LIBFFA_E_BADVALUE;
	}
	if (HEADER_SIZE + 2u * count > size) {
		return LIBFFA_E_TRUNCATED;
	}
	for (i = 1; i < count; i++) {
		for (j = 0; j < i; j++) {
			if (le16(b + HEADER_SIZE + 2u * i) ==
			    le16(b + HEADER_SIZE + 2u * j)) {
				return LIBFFA_E_BADVALUE;
			}
		}
	}
	return LIBFFA_OK;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct libffa_mem_relinquish_view view;
	struct libffa_mem_relinquish desc;
	struct libffa_mem_fault fault;
	libffa_id_t *ids;
	uint8_t *buf;
	uint8_t *out;
	size_t need;
	size_t got;
	libffa_status_t st;
	uint32_t i;

	buf = malloc(size ? size : 1u);
	if (buf == NULL) {
		return 0;
	}
	memcpy(buf, data, size);
	memset(&fault, 0, sizeof(fault));
	st = libffa_mem_relinquish_parse(buf, size, &view, &fault);
	check(st == oracle(buf, size));
	if (st != LIBFFA_OK) {
		check(fault.field != NULL && fault.offset <= size);
		free(buf);
		return 0;
	}
	check(view.handle ==
		      ((uint64_t)le32(buf) | (uint64_t)le32(buf + 4) << 32) &&
	      view.flags == le32(buf + 8) &&
	      view.endpoint_count == le32(buf + 12));
	ids = malloc(sizeof(*ids) * view.endpoint_count);
	need = HEADER_SIZE + 2u * (size_t)view.endpoint_count;
	out = malloc(need);
	if (ids != NULL && out != NULL) {
		for (i = 0; i < view.endpoint_count; i++) {
			check(libffa_mem_relinquish_endpoint(&view, i,
							     &ids[i]) &&
			      ids[i] == le16(buf + HEADER_SIZE + 2u * i));
		}
		check(!libffa_mem_relinquish_endpoint(&view, i, &ids[0]));
		desc.handle = view.handle;
		desc.flags = view.flags;
		desc.endpoints = ids;
		desc.endpoint_count = view.endpoint_count;
		check(libffa_mem_relinquish_build(&desc, out, need - 1u,
						  &got) == LIBFFA_E_NOSPACE &&
		      got == need);
		check(libffa_mem_relinquish_build(&desc, out, need, &got) ==
			      LIBFFA_OK &&
		      got == need && memcmp(out, buf, need) == 0);
	}
	free(ids);
	free(out);
	free(buf);
	return 0;
}
