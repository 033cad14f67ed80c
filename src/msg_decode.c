/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * Frame -> message, generically: the frame's checks once, then the
 * codec's dispatch on the function ID (libffa_codec_decode_, msg_codec.c). The
 * frame is untrusted; the decoders read every register through the view its
 * convention allows and check every bit no field claims.
 */
#include "ffa/msg.h"

#include "internal.h"
#include "msg_gen.h"

/* Header of a message whose body a decoder is about to write. */
static void set_header(struct libffa_msg *msg, enum libffa_abi abi,
		       enum libffa_msg_kind kind, bool smc64, bool sve_hint)
{
	msg->abi = abi;
	msg->kind = kind;
	msg->smc64 = smc64;
	msg->sve_hint = sve_hint;
}

static libffa_status_t start(const struct libffa_regs *regs,
			     libffa_version_t version, struct libffa_msg *msg,
			     struct libffa_msg_fault *fault)
{
	libffa_codec_fault_(fault, -1, 0);
	if (regs == NULL || msg == NULL) {
		return LIBFFA_E_INVAL;
	}
	set_header(msg, (enum libffa_abi)0, LIBFFA_MSG_ARGS, false, false);
	if (!libffa_version_is_known(version)) {
		return LIBFFA_E_VERSION;
	}
	return LIBFFA_OK;
}

libffa_status_t libffa_msg_decode_ex(const struct libffa_regs *regs,
				     libffa_version_t version,
				     unsigned int flags, struct libffa_msg *msg,
				     struct libffa_msg_fault *fault)
{
	libffa_status_t status = start(regs, version, msg, fault);

	if (status != LIBFFA_OK) {
		return status;
	}
	return libffa_codec_decode_(regs, version, flags, msg, fault);
}

libffa_status_t libffa_msg_decode(const struct libffa_regs *regs,
				  libffa_version_t version,
				  struct libffa_msg *msg)
{
	return libffa_msg_decode_ex(regs, version, 0, msg, NULL);
}

libffa_status_t libffa_msg_decode_reply(const struct libffa_regs *regs,
					libffa_version_t version,
					enum libffa_abi call,
					unsigned int flags,
					struct libffa_msg *msg,
					struct libffa_msg_fault *fault)
{
	libffa_status_t status = start(regs, version, msg, fault);

	if (status != LIBFFA_OK) {
		return status;
	}
	if ((unsigned int)call >= (unsigned int)LIBFFA_ABI_COUNT) {
		return LIBFFA_E_INVAL;
	}
	set_header(msg, call, LIBFFA_MSG_RESULT, false, false);
	return libffa_codec_decode_reply_(regs, version, flags, msg, fault);
}
