/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * Typed messages: a tagged union over every register ABI of abi.def, and the
 * codec between a message and the 18-register SMCCC 1.2 frame. The codec
 * is expanded from abi.def at compile time (src/msg_codec.c): one
 * straight-line decoder and encoder per layout, reached either through
 * the typed entry points below (no dispatch: a caller links only the ABIs
 * it names) or through libffa_msg_decode()/libffa_msg_encode(), which
 * dispatch on the function ID.
 */
#ifndef LIBFFA_MSG_H
#define LIBFFA_MSG_H

#include "ffa/abi.h"
#include "ffa/abi_layouts.h"
#include "ffa/env.h"
#include "ffa/regs.h"
#include "ffa/status.h"
#include "ffa/version.h"

LIBFFA_BEGIN_DECLS

/** union libffa_msg_args - the fields of an ABI's own frame. */
union libffa_msg_args {
#define LIBFFA_ARGS_BEGIN(NAME, lc, wide) struct libffa_args_##lc lc;
#include "ffa/abi.def"
	uint64_t raw_[LIBFFA_REGS_COUNT];
};

/** union libffa_msg_result - the fields of the success frame of an ABI. */
union libffa_msg_result {
#define LIBFFA_RESULT_BEGIN(NAME, lc, wide) struct libffa_result_##lc lc;
#include "ffa/abi.def"
	uint64_t raw_[LIBFFA_REGS_COUNT];
};

/**
 * struct libffa_msg - one FF-A frame, decoded.
 * @abi:      the ABI. For a %LIBFFA_MSG_RESULT message, the ABI answered.
 * @kind:     which layout of @abi the frame follows.
 * @smc64:    the frame's convention (for results: FFA_SUCCESS_64).
 * @sve_hint: the SMCCC 1.3 SVE hint bit of w0 (DEN0028 1.3 s2.5).
 * @args:     the fields when @kind is %LIBFFA_MSG_ARGS (member = ABI name).
 * @result:   the fields when @kind is %LIBFFA_MSG_RESULT.
 *
 * @args and @result share storage (a message is one or the other), so a
 * message costs one register frame plus its header.
 */
struct libffa_msg {
	enum libffa_abi abi;
	enum libffa_msg_kind kind;
	bool smc64;
	bool sve_hint;
	union {
		union libffa_msg_args args;
		union libffa_msg_result result;
	};
};

/* Decode flags. */
/*
 * Ignore reserved bits instead of rejecting them. For replies only: a call
 * with a non-zero reserved field must be rejected (DEN0077A 1.2 s11.2), but
 * whether a caller enforces must-be-zero bits on a reply is its choice.
 */
#define LIBFFA_DECODE_TOLERANT 0x1u

/**
 * struct libffa_msg_fault - where a decode failed.
 * @reg:   register index, or -1 when no register is to blame.
 * @bits:  the offending bits of that register (reserved bits set, or the
 *         field's value when a value rule failed).
 * @field: the field name, or NULL for reserved bits / the function ID.
 */
struct libffa_msg_fault {
	int reg;
	uint64_t bits;
	const char *field;
};

/**
 * libffa_msg_decode() - decode a call frame, strictly.
 * @regs:    the frame as received (untrusted).
 * @version: the negotiated FF-A version.
 * @msg:     out: the message.
 *
 * Same as libffa_msg_decode_ex() with no flags and no fault report.
 */
LIBFFA_MUST_CHECK libffa_status_t
libffa_msg_decode(const struct libffa_regs *regs, libffa_version_t version,
		  struct libffa_msg *msg);

/**
 * libffa_msg_decode_ex() - decode a frame by its function ID.
 * @regs:    the frame (untrusted).
 * @version: the negotiated FF-A version, 1.0 to 1.3.
 * @flags:   0 or %LIBFFA_DECODE_TOLERANT.
 * @msg:     out: the message, kind %LIBFFA_MSG_ARGS. FFA_SUCCESS decodes to
 *           its generic layout; use libffa_msg_decode_reply() to get the
 *           typed result of a known call.
 * @fault:   out, may be NULL: where decoding failed.
 *
 * Rules (cite: DEN0028 1.3 s2.5; DEN0077A 1.2 s11.2, s13): the SVE hint bit
 * is masked before the ID is matched; an SMC32 frame is read through w0-w7
 * only; 32-bit fields come from the low half of their register; every bit
 * no field covers in x1-x7 (and x8-x17 of a v1.2+ SMC64 frame) is reserved.
 *
 * Of @msg, the header and the fields of the frame's layout are written;
 * the rest of the union is left as it was (no zero-fill per frame).
 *
 * Context: Any. Reentrant. Writes only @msg and @fault.
 * Return:
 * * %LIBFFA_OK            - decoded;
 * * %LIBFFA_E_INVAL       - a NULL pointer;
 * * %LIBFFA_E_VERSION     - @version unknown, or the ABI (or this width of
 *                           it) is not defined at @version;
 * * %LIBFFA_E_UNKNOWN_FID - w0 names no ABI (@msg->abi is then
 *                           unspecified);
 * * %LIBFFA_E_MBZ         - reserved bits set (strict only);
 * * %LIBFFA_E_BADVALUE    - a field breaks a value rule (strict only);
 * * %LIBFFA_E_RETRY       - FFA_PARTITION_INFO_GET_REGS with a tag but
 *                           start index 0 (strict only).
 */
LIBFFA_MUST_CHECK libffa_status_t
libffa_msg_decode_ex(const struct libffa_regs *regs, libffa_version_t version,
		     unsigned int flags, struct libffa_msg *msg,
		     struct libffa_msg_fault *fault);

/**
 * libffa_msg_decode_reply() - decode the frame that answered a call.
 * @regs:    the reply frame (untrusted).
 * @version: the negotiated FF-A version.
 * @call:    the ABI that was called.
 * @flags:   0 (strict) or %LIBFFA_DECODE_TOLERANT.
 * @msg:     out: a %LIBFFA_MSG_RESULT message for @call when the reply is
 *           FFA_SUCCESS_32 or FFA_SUCCESS_64 (either width answers any call,
 *           DEN0077A 1.2 s13.1), or when @call answers in w0 (FFA_VERSION,
 *           SMCCC calls: the value, which may be NOT_SUPPORTED); otherwise
 *           whatever frame came back (FFA_ERROR, DIRECT_RESP, ...).
 * @fault:   out, may be NULL.
 *
 * Context: Any. Reentrant. Writes only @msg and @fault.
 * Return: as libffa_msg_decode_ex().
 */
LIBFFA_MUST_CHECK libffa_status_t libffa_msg_decode_reply(
	const struct libffa_regs *regs, libffa_version_t version,
	enum libffa_abi call, unsigned int flags, struct libffa_msg *msg,
	struct libffa_msg_fault *fault);

/**
 * libffa_msg_encode() - encode a message into a frame.
 * @msg:     the message (trusted: built by the caller).
 * @version: the negotiated FF-A version.
 * @regs:    out: the frame. Every register no field uses is zero, and
 *           32-bit values are zero-extended. Must not overlap @msg.
 *
 * Context: Any. Reentrant. Writes only @regs.
 * Return:
 * * %LIBFFA_OK        - encoded;
 * * %LIBFFA_E_INVAL   - NULL pointer, a value wider than its field (a
 *                       64-bit value in an SMC32 frame included), or a value
 *                       rule broken;
 * * %LIBFFA_E_VERSION - @version unknown, the ABI or width is not defined
 *                       at @version, or a non-zero field is not.
 */
LIBFFA_MUST_CHECK libffa_status_t
libffa_msg_encode(const struct libffa_msg *msg, libffa_version_t version,
		  struct libffa_regs *regs);

/**
 * libffa_msg_init() - zero a message and set what it is.
 * @msg:   the message.
 * @abi:   the ABI.
 * @kind:  its frame or its result.
 * @smc64: the convention.
 */
void libffa_msg_init(struct libffa_msg *msg, enum libffa_abi abi,
		     enum libffa_msg_kind kind, bool smc64);

/* The typed entry points below exist (for code that also builds against
 * older libffa). */
#define LIBFFA_TYPED_CODEC 1

/*
 * Typed entry points, one set per layout of abi.def, with the rules of
 * libffa_msg_decode_ex() and libffa_msg_encode():
 *
 * libffa_args_decode_<abi>(regs, version, flags, args, smc64, fault)
 *   decodes a frame that must be the ABI's own (w0 = its SMC32 or SMC64
 *   ID; the SVE hint bit is ignored). @smc64 (may be NULL) receives the
 *   convention. Returns as libffa_msg_decode_ex(); %LIBFFA_E_UNKNOWN_FID
 *   when w0 names another function. Every member of @args is written.
 * libffa_args_encode_<abi>(args, smc64, version, regs)
 *   encodes the ABI's frame (@regs must not overlap @args); returns as
 *   libffa_msg_encode().
 * libffa_result_decode_<abi>(regs, version, flags, result, smc64, fault)
 *   decodes the FFA_SUCCESS_32/64 frame answering the ABI (or, for an ABI
 *   answered in w0, that value); %LIBFFA_E_UNKNOWN_FID when w0 is not
 *   FFA_SUCCESS (an FFA_ERROR, say: decode it generically).
 * libffa_result_encode_<abi>(result, smc64, version, regs)
 *   encodes that answer.
 *
 * Context: Any. Reentrant. Write only their outputs.
 */
#define LIBFFA_ARGS_BEGIN(NAME, lc, wide)                                 \
	LIBFFA_MUST_CHECK libffa_status_t libffa_args_decode_##lc(        \
		const struct libffa_regs *regs, libffa_version_t version, \
		unsigned int flags, struct libffa_args_##lc *args,        \
		bool *smc64, struct libffa_msg_fault *fault);             \
	LIBFFA_MUST_CHECK libffa_status_t libffa_args_encode_##lc(        \
		const struct libffa_args_##lc *args, bool smc64,          \
		libffa_version_t version, struct libffa_regs *regs);
#define LIBFFA_RESULT_BEGIN(NAME, lc, wide)                               \
	LIBFFA_MUST_CHECK libffa_status_t libffa_result_decode_##lc(      \
		const struct libffa_regs *regs, libffa_version_t version, \
		unsigned int flags, struct libffa_result_##lc *result,    \
		bool *smc64, struct libffa_msg_fault *fault);             \
	LIBFFA_MUST_CHECK libffa_status_t libffa_result_encode_##lc(      \
		const struct libffa_result_##lc *result, bool smc64,      \
		libffa_version_t version, struct libffa_regs *regs);
#include "ffa/abi.def"

/**
 * libffa_msg_error() - build an FFA_ERROR_32 message.
 * @msg:  out.
 * @code: the wire error code (&enum libffa_ret or any negative value).
 */
void libffa_msg_error(struct libffa_msg *msg, int32_t code);

/**
 * libffa_msg_is_error() - is this an FFA_ERROR frame?
 * @msg:  a decoded message.
 * @code: out, may be NULL: the error code.
 */
bool libffa_msg_is_error(const struct libffa_msg *msg, int32_t *code);

LIBFFA_END_DECLS

#endif /* LIBFFA_MSG_H */
