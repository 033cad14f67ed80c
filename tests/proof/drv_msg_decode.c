/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * EVA driver (scripts/test.d/78-proof.sh, docs/assurance.md): the register
 * decoder. A fully unknown frame (x0-x17 any values, so any function ID,
 * either convention and any SVE hint) through the generic
 * libffa_msg_decode_ex() and libffa_msg_decode_reply() (as the answer to any
 * ABI of the table, and to an id past it), at any version (each known one
 * split, every other u32 in the two intervals around them), strict and
 * tolerant (any flags word), with and without a fault report (NULL, as
 * libffa_msg_decode() passes).
 */
#include "ffa/msg.h"

#include "__fc_builtin.h"

static const libffa_version_t known[] = {LIBFFA_VERSION_1_0, LIBFFA_VERSION_1_1,
					 LIBFFA_VERSION_1_2,
					 LIBFFA_VERSION_1_3};
_Static_assert(sizeof(known) / sizeof(known[0]) ==
		       LIBFFA_VERSION_MAX - LIBFFA_VERSION_MIN + 1u,
	       "known[] holds every version from MIN to MAX");

int main(void)
{
	int which = Frama_C_interval(0, 5);
	libffa_version_t version =
		which == 4 ? Frama_C_unsigned_int_interval(
				     0u, LIBFFA_VERSION_MIN - 1u)
		: which == 5 ? Frama_C_unsigned_int_interval(
				       LIBFFA_VERSION_MAX + 1u, 0xFFFFFFFFu)
			     : known[which];
	unsigned int flags = Frama_C_unsigned_int_interval(0u, 0xFFFFFFFFu);
	enum libffa_abi call = (enum libffa_abi)Frama_C_unsigned_int_interval(
		0u, (unsigned int)LIBFFA_ABI_COUNT);
	struct libffa_regs regs;
	struct libffa_msg msg;
	struct libffa_msg_fault fault;
	struct libffa_msg_fault *fp = Frama_C_interval(0, 1) ? &fault : NULL;
	libffa_status_t a;
	libffa_status_t b;

	//@ split which;
	Frama_C_make_unknown((char *)&regs, sizeof(regs));
	a = libffa_msg_decode_ex(&regs, version, flags, &msg, fp);
	b = libffa_msg_decode_reply(&regs, version, call, flags, &msg, fp);
	return a == LIBFFA_OK && b == LIBFFA_OK;
}
