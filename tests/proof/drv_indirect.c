/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * EVA driver (scripts/test.d/78-proof.sh, docs/assurance.md): the MSG_SEND2
 * header parser libffa_indirect_parse() on fully unknown bytes, any length up
 * to PROOF_N, any version.
 */
#include "ffa/indirect.h"

#include "__fc_builtin.h"

#ifndef PROOF_N
#define PROOF_N 256
#endif

static uint8_t buf[PROOF_N];

int main(void)
{
	size_t size = Frama_C_size_t_interval(0, PROOF_N);
	libffa_version_t version =
		Frama_C_unsigned_int_interval(0u, 0xFFFFFFFFu);
	struct libffa_indirect_msg msg;

	Frama_C_make_unknown((char *)buf, PROOF_N);
	return libffa_indirect_parse(buf, size, version, &msg) == LIBFFA_OK;
}
