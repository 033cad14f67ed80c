/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * Reply constructors (ffa/reply.h): the ABI's arguments encoded by its
 * typed encoder, so every layout rule stays in abi.def.
 */
#include "ffa/reply.h"

#include "ffa/msg.h"

#include "internal.h"

/*
 * Each constructor fills the ABI's own argument struct and calls its typed
 * encoder, which writes straight into @out: no message, no second frame on
 * the stack, no dispatch (the stack budget, issue 11).
 */
libffa_status_t libffa_reply_error(struct libffa_regs *out,
				   libffa_version_t version, int32_t code)
{
	struct libffa_args_error args = {0};

	if (out == NULL || code >= 0) {
		return LIBFFA_E_INVAL;
	}
	args.error_code = code;
	return libffa_args_encode_error(&args, false, version, out);
}

/* libffa_reply_success() writes every field of the layout (abi.def). */
struct reply_success_fields {
	uint16_t vcpu_id;
	uint16_t endpoint_id;
	uint64_t arg[16];
};
LIBFFA_STATIC_ASSERT(sizeof(struct libffa_args_success) ==
			     sizeof(struct reply_success_fields),
		     "FFA_SUCCESS args are vcpu_id, endpoint_id, arg[16]");

libffa_status_t libffa_reply_success(struct libffa_regs *out,
				     libffa_version_t version, bool smc64,
				     const uint64_t *values, size_t count)
{
	struct libffa_args_success args;
	size_t i;
	/* The generic FFA_SUCCESS layout: arg[] from w2/x2 (abi.def). */
	const size_t max = LIBFFA_ARRAY_SIZE(args.arg);

	if (out == NULL || (values == NULL && count != 0) || count > max) {
		return LIBFFA_E_INVAL;
	}
	/*
	 * Every field written here, no memset: nothing but @args is live
	 * across a call, so the frame is the struct and the frame record,
	 * 160 bytes + the encoder's 96 = 256 on aarch64 -Os (issue 11).
	 */
	args.vcpu_id = 0;
	args.endpoint_id = 0;
	for (i = 0; i < max; i++) {
		args.arg[i] = i < count ? values[i] : 0u;
	}
	/* The codec refuses what the version's frame cannot carry. */
	return libffa_args_encode_success(&args, smc64, version, out);
}

libffa_status_t libffa_reply_status(struct libffa_regs *out,
				    libffa_version_t version,
				    libffa_status_t status)
{
	/* A bare FFA_SUCCESS_32: encoded from a constant, not a copy. */
	static const struct libffa_args_success bare = {0};

	if (status != LIBFFA_OK) {
		return libffa_reply_error(out, version,
					  libffa_status_to_ret(status));
	}
	if (out == NULL) {
		return LIBFFA_E_INVAL;
	}
	return libffa_args_encode_success(&bare, false, version, out);
}
