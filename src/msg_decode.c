/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * Frame -> message, generically: one look-up of w0 in the ABI table, one
 * dispatch to the ABI's generated decoder (msg_codec.c). The frame is
 * untrusted; the decoders read every register through the view its
 * convention allows and check every bit no field claims.
 */
#include "ffa/msg.h"

#include "internal.h"
#include "msg_gen.h"

/* An ABI without a layout: every register but w0 is reserved. */
static libffa_status_t decode_empty(const struct libffa_regs *regs,
				    libffa_version_t version, bool smc64,
				    unsigned int flags,
				    struct libffa_msg_fault *fault)
{
	if ((flags & LIBFFA_DECODE_TOLERANT) != 0u) {
		return LIBFFA_OK;
	}
	return libffa_codec_reserved_(
		regs->x, smc64 ? ~UINT64_C(0) : UINT64_C(0xFFFFFFFF),
		smc64 && libffa_version_uses_x8_x17(version), 0, 0, 0, 0, 0, 0,
		0, fault);
}

/*
 * An ABI without an args layout (the other side of the dispatch): its ABI
 * from the number (a switch the compiler turns into a look-up table), the
 * whole ID and version from its row, then w1-w17 are reserved. On
 * LIBFFA_E_UNKNOWN_FID the header names the number's ABI.
 */
LIBFFA_NOINLINE_ static libffa_status_t decode_no_layout(
	const struct libffa_regs *regs, libffa_version_t version,
	unsigned int flags, struct libffa_msg *msg,
	struct libffa_msg_fault *fault)
{
	uint32_t w0 = libffa_regs_w(regs, 0);
	uint32_t id = libffa_smccc_fid_strip(w0);
	enum libffa_abi abi;
	const struct libffa_abi_info *row;
	libffa_version_t since;

	switch (libffa_smccc_fid_fnum(w0)) {
		/* clang-format off */
#define LIBFFA_ABI(NAME, lc, id_, spec, f32, f64, s32, s64, u, callers, check) \
	case LIBFFA_FNUM_##NAME: \
		abi = LIBFFA_ABI_##NAME; \
		break;
#include "ffa/abi.def"
		/* clang-format on */
	default:
		libffa_codec_fault_(fault, 0, w0);
		return LIBFFA_E_UNKNOWN_FID;
	}
	msg->abi = abi;
	row = libffa_abi_info(abi);
	if (row != NULL && row->fid32 != 0u && id == row->fid32) {
		msg->smc64 = false;
		since = row->since32;
	} else if (row != NULL && row->fid64 != 0u && id == row->fid64) {
		msg->smc64 = true;
		since = row->since64;
	} else {
		libffa_codec_fault_(fault, 0, w0);
		return LIBFFA_E_UNKNOWN_FID;
	}
	if (!libffa_codec_in_range_(version, since, row->until)) {
		libffa_codec_fault_(fault, 0, w0);
		return LIBFFA_E_VERSION;
	}
	return decode_empty(regs, version, msg->smc64, flags, fault);
}

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

/*
 * A frame that names its ABI in w0: one dispatch on the function number
 * straight into the ABI's generated decoder, which checks the whole ID
 * (owner, width, bits[23:17]) and its version.
 */
static libffa_status_t decode_frame(const struct libffa_regs *regs,
				    libffa_version_t version,
				    unsigned int flags, struct libffa_msg *msg,
				    struct libffa_msg_fault *fault)
{
	uint32_t w0 = libffa_regs_w(regs, 0);

	msg->sve_hint = libffa_smccc_fid_has_sve_hint(w0);
	switch (libffa_smccc_fid_fnum(w0)) {
		/* clang-format off */
#define LIBFFA_ARGS_BEGIN(NAME, lc, wide) \
	case LIBFFA_FNUM_##NAME: \
		msg->abi = LIBFFA_ABI_##NAME; \
		return libffa_args_decode_##lc(regs, version, flags, &msg->args.lc, \
					       &msg->smc64, fault);
#include "ffa/abi.def"
		/* clang-format on */
	default:
		return decode_no_layout(regs, version, flags, msg, fault);
	}
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
	return decode_frame(regs, version, flags, msg, fault);
}

libffa_status_t libffa_msg_decode(const struct libffa_regs *regs,
				  libffa_version_t version,
				  struct libffa_msg *msg)
{
	return libffa_msg_decode_ex(regs, version, 0, msg, NULL);
}

/* The answer of @call: its generated result decoder. */
static libffa_status_t decode_result(const struct libffa_regs *regs,
				     libffa_version_t version,
				     unsigned int flags, struct libffa_msg *msg,
				     struct libffa_msg_fault *fault)
{
	uint32_t w0 = libffa_smccc_fid_strip(libffa_regs_w(regs, 0));

	switch (msg->abi) {
		/* clang-format off */
#define LIBFFA_RESULT_BEGIN(NAME, lc, wide) \
	case LIBFFA_ABI_##NAME: \
		return libffa_result_decode_##lc(regs, version, flags, \
						 &msg->result.lc, &msg->smc64, fault);
#include "ffa/abi.def"
		/* clang-format on */
	default:
		break;
	}
	/* No result layout: an FFA_SUCCESS frame with every register zero. */
	msg->smc64 = w0 == LIBFFA_FID_64(LIBFFA_FNUM_SUCCESS);
	return decode_empty(regs, version, msg->smc64, flags, fault);
}

libffa_status_t libffa_msg_decode_reply(const struct libffa_regs *regs,
					libffa_version_t version,
					enum libffa_abi call,
					unsigned int flags,
					struct libffa_msg *msg,
					struct libffa_msg_fault *fault)
{
	uint32_t fid;
	libffa_status_t status = start(regs, version, msg, fault);

	if (status != LIBFFA_OK) {
		return status;
	}
	if ((unsigned int)call >= (unsigned int)LIBFFA_ABI_COUNT) {
		return LIBFFA_E_INVAL;
	}
	set_header(msg, call, LIBFFA_MSG_RESULT, false, false);
	if (libffa_abi_answers_in_w0(call)) {
		return decode_result(regs, version, flags, msg, fault);
	}
	fid = libffa_smccc_fid_strip(libffa_regs_w(regs, 0));
	if (fid == LIBFFA_FID_32(LIBFFA_FNUM_SUCCESS) ||
	    fid == LIBFFA_FID_64(LIBFFA_FNUM_SUCCESS)) {
		/* Either width may answer any call (DEN0077A 1.2 s13.1). */
		return decode_result(regs, version, flags, msg, fault);
	}
	set_header(msg, (enum libffa_abi)0, LIBFFA_MSG_ARGS, false, false);
	return decode_frame(regs, version, flags, msg, fault);
}
