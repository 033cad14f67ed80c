/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * libffa_call(): encode, invoke, decode. The only file of the core that
 * invokes a conduit.
 */
#include "ffa/conduit.h"

libffa_status_t libffa_conduit_invoke(const struct libffa_conduit *c,
				      const struct libffa_regs *in,
				      struct libffa_regs *out)
{
	if (c == NULL || c->call == NULL || in == NULL || out == NULL) {
		return LIBFFA_E_INVAL;
	}
	c->call(c, in, out);
	return LIBFFA_OK;
}

/*
 * FFA_VERSION and the SMCCC calls answer with a bare value in w0, where a
 * negative 32-bit value is an error (DEN0077A 1.2 s13.2.1: bit 31 of a
 * version is zero; DEN0028 1.2 s7.1).
 */
static bool is_w0_error(const struct libffa_msg *req,
			const struct libffa_regs *out)
{
	return libffa_abi_answers_in_w0(req->abi) &&
	       (libffa_regs_w(out, 0) & UINT32_C(0x80000000)) != 0u;
}

libffa_status_t libffa_call(const struct libffa_conduit *c,
			    const struct libffa_msg *req, libffa_version_t v,
			    unsigned int decode_flags, struct libffa_msg *reply,
			    struct libffa_msg_fault *fault)
{
	struct libffa_regs frame;
	libffa_status_t status;

	if (fault != NULL) {
		fault->reg = -1;
		fault->bits = 0;
		fault->field = NULL;
	}
	if (c == NULL || c->call == NULL || req == NULL || reply == NULL) {
		return LIBFFA_E_INVAL;
	}
	status = libffa_msg_encode(req, v, &frame);
	if (status != LIBFFA_OK) {
		return status;
	}
	c->call(c, &frame, &frame);
	status = libffa_msg_decode_reply(&frame, v, req->abi, decode_flags,
					 reply, fault);
	if (status != LIBFFA_OK) {
		return status;
	}
	if (libffa_msg_is_error(reply, NULL) || is_w0_error(req, &frame)) {
		return LIBFFA_E_PEER;
	}
	return LIBFFA_OK;
}
