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

libffa_status_t libffa_call(const struct libffa_conduit *c,
			    const struct libffa_msg *req, libffa_version_t v,
			    unsigned int decode_flags,
			    struct libffa_regs *frame, struct libffa_msg *reply,
			    struct libffa_msg_fault *fault)
{
	libffa_status_t status;

	if (fault != NULL) {
		fault->reg = -1;
		fault->bits = 0;
		fault->field = NULL;
	}
	if (c == NULL || c->call == NULL || req == NULL || frame == NULL ||
	    reply == NULL) {
		return LIBFFA_E_INVAL;
	}
	status = libffa_msg_encode(req, v, frame);
	if (status != LIBFFA_OK) {
		return status;
	}
	c->call(c, frame, frame);
	status = libffa_msg_decode_reply(frame, v, req->abi, decode_flags,
					 reply, fault);
	if (status != LIBFFA_OK) {
		return status;
	}
	if (libffa_msg_is_error(reply, NULL) ||
	    libffa_call_w0_error(req->abi, frame)) {
		return LIBFFA_E_PEER;
	}
	return LIBFFA_OK;
}
