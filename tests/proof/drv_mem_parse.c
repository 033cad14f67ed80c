/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * EVA driver: libffa_mem_parse(), its iterators and the batch accessor,
 * and libffa_mem_parse_copy() into arrays of any room, on fully unknown
 * bytes, any length up to PROOF_N, any version, any op and flags.
 */
#include "ffa/mem.h"

#include "__fc_builtin.h"

#ifndef PROOF_N
#define PROOF_N 256
#endif

static uint8_t buf[PROOF_N];
static const libffa_version_t known[] = {LIBFFA_VERSION_1_0, LIBFFA_VERSION_1_1,
					 LIBFFA_VERSION_1_2,
					 LIBFFA_VERSION_1_3};

int main(void)
{
	size_t size = Frama_C_size_t_interval(0, PROOF_N);
	/* Each known version on its own (split), plus any other value. */
	int which = Frama_C_interval(0, 4);
	libffa_version_t version =
		which == 4 ? Frama_C_unsigned_int_interval(0u, 0xFFFFFFFFu)
			   : known[which];
	enum libffa_mem_op op =
		(enum libffa_mem_op)Frama_C_unsigned_int_interval(
			0u, LIBFFA_MEM_OP_RETRIEVE_RESP + 1u);
	unsigned int flags = Frama_C_unsigned_int_interval(0u, 0xFFFFFFFFu);
	struct libffa_mem_view view;
	struct libffa_mem_fault fault;
	struct libffa_mem_iter it;
	struct libffa_mem_receiver r;
	struct libffa_mem_constituent c;
	static struct libffa_mem_constituent out[PROOF_N / 16u];

	static struct libffa_mem_receiver rcv_out[PROOF_N / 16u];
	static struct libffa_mem_constituent con_out[PROOF_N / 16u];
	struct libffa_mem_copy copy;

	//@ split which;
	Frama_C_make_unknown((char *)buf, PROOF_N);
	/* The copying parse, into any room up to what the buffer can hold
	 * (an EMAD or a constituent is at least 16 bytes). */
	copy.receivers = rcv_out;
	copy.receiver_max = Frama_C_unsigned_int_interval(0u, PROOF_N / 16u);
	copy.constituents = con_out;
	copy.constituent_max = Frama_C_unsigned_int_interval(0u, PROOF_N / 16u);
	(void)libffa_mem_parse_copy(buf, size, version, op, flags, &view, &copy,
				    &fault);
	if (libffa_mem_parse(buf, size, version, op, flags, &view, &fault) !=
	    LIBFFA_OK) {
		return 1;
	}
	libffa_mem_iter_init(&it, &view);
	while (libffa_mem_receiver_next(&it, &r)) {
	}
	libffa_mem_iter_init(&it, &view);
	while (libffa_mem_constituent_next(&it, &c)) {
	}
	/* The batch accessor from any index, into any room up to a whole
	 * array (a buffer of PROOF_N bytes holds fewer constituents). */
	(void)libffa_mem_constituents_copy(
		&view, Frama_C_unsigned_int_interval(0u, 0xFFFFFFFFu), out,
		Frama_C_unsigned_int_interval(0u, PROOF_N / 16u));
	return 0;
}
