/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * Reply constructors (ffa/reply.h): a message built with the public msg
 * API, encoded by the codec, so every layout rule stays in abi.def.
 */
#include "ffa/reply.h"

#include "ffa/msg.h"

#include "internal.h"

libffa_status_t libffa_reply_error(struct libffa_regs *out,
				   libffa_version_t version, int32_t code)
{
	struct libffa_msg msg;

	if (out == NULL || code >= 0) {
		return LIBFFA_E_INVAL;
	}
	libffa_msg_error(&msg, code);
	return libffa_msg_encode(&msg, version, out);
}

libffa_status_t libffa_reply_success(struct libffa_regs *out,
				     libffa_version_t version, bool smc64,
				     const uint64_t *values, size_t count)
{
	struct libffa_msg msg;
	size_t i;
	/* The generic FFA_SUCCESS layout: arg[] from w2/x2 (abi.def). */
	const size_t max = LIBFFA_ARRAY_SIZE(msg.args.success.arg);

	if (out == NULL || (values == NULL && count != 0) || count > max) {
		return LIBFFA_E_INVAL;
	}
	libffa_msg_init(&msg, LIBFFA_ABI_SUCCESS, LIBFFA_MSG_ARGS, smc64);
	for (i = 0; i < count; i++) {
		msg.args.success.arg[i] = values[i];
	}
	/* The codec refuses what the version's frame cannot carry. */
	return libffa_msg_encode(&msg, version, out);
}

libffa_status_t libffa_reply_status(struct libffa_regs *out,
				    libffa_version_t version,
				    libffa_status_t status)
{
	if (status == LIBFFA_OK) {
		return libffa_reply_success(out, version, false, NULL, 0);
	}
	return libffa_reply_error(out, version, libffa_status_to_ret(status));
}
