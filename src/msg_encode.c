/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * Message -> frame, generically: one dispatch on the message's ABI to its
 * generated encoder (msg_codec.c). Every register no field uses is written
 * as zero, so no stale value crosses a world boundary (DEN0077A 1.2
 * s11.2), and 32-bit values are zero-extended (DEN0028 1.2 s2.6).
 */
#include "ffa/msg.h"

#include "internal.h"
#include "msg_gen.h"

/* The SVE hint rides on a function ID (not on a value in w0). */
LIBFFA_NOINLINE_ static libffa_status_t encode_sve(const struct libffa_msg *msg,
						   libffa_version_t version,
						   struct libffa_regs *regs)
{
	libffa_status_t status = libffa_codec_encode_(msg, version, regs);

	if (status == LIBFFA_OK && !(msg->kind == LIBFFA_MSG_RESULT &&
				     libffa_abi_answers_in_w0(msg->abi))) {
		regs->x[0] |= LIBFFA_SMCCC_SVE_HINT;
	}
	return status;
}

libffa_status_t libffa_msg_encode(const struct libffa_msg *msg,
				  libffa_version_t version,
				  struct libffa_regs *regs)
{
	if (msg == NULL || regs == NULL) {
		return LIBFFA_E_INVAL;
	}
	if (!msg->sve_hint) {
		return libffa_codec_encode_(msg, version, regs);
	}
	return encode_sve(msg, version, regs);
}
