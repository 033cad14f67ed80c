/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * EVA driver (scripts/test.d/78-proof.sh, docs/assurance.md): framework
 * messages: libffa_framework_decode() on a decoded message with every field
 * unknown (src/framework.c is analysed, not edited here).
 */
#include "ffa/framework.h"
#include "ffa/msg.h"

#include "__fc_builtin.h"

int main(void)
{
	struct libffa_msg msg;
	struct libffa_framework_msg fw;

	Frama_C_make_unknown((char *)&msg, sizeof(msg));
	/* A decoded message: its bools hold 0 or 1, any of them. */
	msg.smc64 = Frama_C_nondet(0, 1) != 0;
	msg.sve_hint = Frama_C_nondet(0, 1) != 0;
	return libffa_framework_decode(&msg, &fw) == LIBFFA_OK;
}
