/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * EVA driver (scripts/test.d/78-proof.sh, docs/assurance.md):
 * libffa_mem_relinquish_parse() and its endpoint getter on fully unknown bytes,
 * any length up to PROOF_N.
 */
#include "ffa/mem.h"

#include "__fc_builtin.h"

#ifndef PROOF_N
#define PROOF_N 256
#endif

static uint8_t buf[PROOF_N];

int main(void)
{
	size_t size = Frama_C_size_t_interval(0, PROOF_N);
	struct libffa_mem_relinquish_view view;
	struct libffa_mem_fault fault;
	libffa_id_t id;
	uint32_t i;

	Frama_C_make_unknown((char *)buf, PROOF_N);
	if (libffa_mem_relinquish_parse(buf, size, &view, &fault) !=
	    LIBFFA_OK) {
		return 1;
	}
	for (i = 0; libffa_mem_relinquish_endpoint(&view, i, &id); i++) {
	}
	return 0;
}
