/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * EVA driver (scripts/test.d/78-proof.sh, docs/assurance.md):
 * libffa_mem_xlate() from fully unknown bytes, any length up to PROOF_N, any
 * source and target version (each known target version split), any op, into an
 * output of any capacity up to PROOF_N.
 */
#include "ffa/mem.h"

#include "__fc_builtin.h"

#ifndef PROOF_N
#define PROOF_N 256
#endif

static uint8_t src[PROOF_N];
static uint8_t dst[PROOF_N];

/* libffa_mem_xlate()'s view: @dst parsed at the target version. */
static struct libffa_mem_view xv;
static const libffa_version_t known[] = {LIBFFA_VERSION_1_0, LIBFFA_VERSION_1_1,
					 LIBFFA_VERSION_1_2,
					 LIBFFA_VERSION_1_3};
_Static_assert(sizeof(known) / sizeof(known[0]) ==
		       LIBFFA_VERSION_MAX - LIBFFA_VERSION_MIN + 1u,
	       "known[] holds every version from MIN to MAX");

int main(void)
{
	size_t size = Frama_C_size_t_interval(0, PROOF_N);
	size_t capacity = Frama_C_size_t_interval(0, PROOF_N);
	libffa_version_t from = Frama_C_unsigned_int_interval(0u, 0xFFFFFFFFu);
	/* Each known target version on its own (split: the layout it writes
	 * follows it), and every other u32 in the two intervals around them. */
	int which = Frama_C_interval(0, 5);
	libffa_version_t to =
		which == 4 ? Frama_C_unsigned_int_interval(
				     0u, LIBFFA_VERSION_MIN - 1u)
		: which == 5 ? Frama_C_unsigned_int_interval(
				       LIBFFA_VERSION_MAX + 1u, 0xFFFFFFFFu)
			     : known[which];
	enum libffa_mem_op op =
		(enum libffa_mem_op)Frama_C_unsigned_int_interval(
			0u, LIBFFA_MEM_OP_RETRIEVE_RESP + 1u);
	struct libffa_mem_fault fault;
	size_t out = 0;

	//@ split which;
	Frama_C_make_unknown((char *)src, PROOF_N);
	return libffa_mem_xlate(src, size, from, op, dst, capacity, to, &out,
				&xv, &fault) == LIBFFA_OK;
}
