/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * EVA driver (scripts/test.d/78-proof.sh, docs/assurance.md): the reassembler:
 * any capacity up to PROOF_N, any total length and handle, three fragments of
 * unknown bytes and lengths, then an FFA_MEM_FRAG_TX message with every field
 * unknown.
 */
#include "ffa/mem.h"
#include "ffa/msg.h"

#include "__fc_builtin.h"

#ifndef PROOF_N
#define PROOF_N 256
#endif

static uint8_t out[PROOF_N];
static uint8_t frag[PROOF_N];

int main(void)
{
	size_t capacity = Frama_C_size_t_interval(0, PROOF_N);
	uint32_t total = Frama_C_unsigned_int_interval(0u, 0xFFFFFFFFu);
	struct libffa_mem_reasm r;
	struct libffa_msg msg;
	libffa_handle_t handle;
	int k;

	Frama_C_make_unknown((char *)frag, PROOF_N);
	Frama_C_make_unknown((char *)&handle, sizeof(handle));
	Frama_C_make_unknown((char *)&msg, sizeof(msg));
	if (libffa_mem_reasm_init(&r, out, capacity, total, handle) !=
	    LIBFFA_OK) {
		return 1;
	}
	for (k = 0; k < 3; k++) {
		size_t len = Frama_C_size_t_interval(0, PROOF_N);

		(void)libffa_mem_reasm_add(&r, frag, len);
	}
	(void)libffa_mem_reasm_frag_tx(&r, &msg, frag,
				       Frama_C_size_t_interval(0, PROOF_N));
	return libffa_mem_reasm_done(&r) ? 0 : 2;
}
