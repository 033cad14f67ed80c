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

/* An ABI without a layout (or a result without one): w0 alone. */
LIBFFA_NOINLINE_ static libffa_status_t encode_empty(
	const struct libffa_msg *msg, libffa_version_t version,
	struct libffa_regs *regs)
{
	uint32_t fid;

	LIBFFA_MEMSET(regs, 0, sizeof(*regs));
	if (!libffa_version_is_known(version)) {
		return LIBFFA_E_VERSION;
	}
	if ((unsigned int)msg->abi >= (unsigned int)LIBFFA_ABI_COUNT) {
		return LIBFFA_E_INVAL; /* no layout */
	}
	if (msg->kind == LIBFFA_MSG_RESULT) {
		fid = msg->smc64 ? LIBFFA_FID_64(LIBFFA_FNUM_SUCCESS)
				 : LIBFFA_FID_32(LIBFFA_FNUM_SUCCESS);
	} else {
		fid = libffa_abi_fid(msg->abi, msg->smc64);
		if (fid == 0u) {
			return LIBFFA_E_INVAL;
		}
		if (!libffa_abi_exists(msg->abi, msg->smc64, version)) {
			return LIBFFA_E_VERSION;
		}
	}
	regs->x[0] = fid;
	return LIBFFA_OK;
}

static libffa_status_t encode_body(const struct libffa_msg *msg,
				   libffa_version_t version,
				   struct libffa_regs *regs)
{
	if (msg->kind == LIBFFA_MSG_RESULT) {
		switch (msg->abi) {
			/* clang-format off */
#define LIBFFA_RESULT_BEGIN(NAME, lc, wide) \
	case LIBFFA_ABI_##NAME: \
		return libffa_result_encode_##lc(&msg->result.lc, msg->smc64, \
						 version, regs);
#include "ffa/abi.def"
			/* clang-format on */
		default:
			break;
		}
	} else {
		switch (msg->abi) {
			/* clang-format off */
#define LIBFFA_ARGS_BEGIN(NAME, lc, wide) \
	case LIBFFA_ABI_##NAME: \
		return libffa_args_encode_##lc(&msg->args.lc, msg->smc64, \
					       version, regs);
#include "ffa/abi.def"
			/* clang-format on */
		default:
			break;
		}
	}
	return encode_empty(msg, version, regs);
}

/* The SVE hint rides on a function ID (not on a value in w0). */
LIBFFA_NOINLINE_ static libffa_status_t encode_sve(const struct libffa_msg *msg,
						   libffa_version_t version,
						   struct libffa_regs *regs)
{
	libffa_status_t status = encode_body(msg, version, regs);

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
		return encode_body(msg, version, regs);
	}
	return encode_sve(msg, version, regs);
}
