/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * A conduit carries one 18-register frame to the other side and brings the
 * reply back: SMC, HVC, SVC on aarch64, or an in-process peer on a host
 * (ffa/host.h). libffa_call() is the message-level round trip over one.
 */
#ifndef LIBFFA_CONDUIT_H
#define LIBFFA_CONDUIT_H

#include "ffa/abi.h"
#include "ffa/env.h"
#include "ffa/msg.h"
#include "ffa/regs.h"
#include "ffa/status.h"
#include "ffa/version.h"

LIBFFA_BEGIN_DECLS

/**
 * struct libffa_conduit - how frames cross a boundary. Always used through a
 * const object, so selecting a conduit never involves a writable function
 * pointer.
 * @name: "smc", "hvc", "svc", "host", ...
 * @call: carries @in across and writes the reply to @out (all of x0-x17).
 *        @in and @out may alias.
 * @ctx:  conduit-specific context (the host conduit's peer), NULL for the
 *        hardware conduits.
 */
struct libffa_conduit {
	const char *name;
	void (*call)(const struct libffa_conduit *self,
		     const struct libffa_regs *in, struct libffa_regs *out);
	void *ctx;
};

/*
 * The hardware conduits: SMC #0, HVC #0 and SVC #0 with x0-x17 in and out
 * (DEN0028 1.2 s2.6), x18-x30 and SP preserved. They are defined only in
 * aarch64 builds, by the libffa::conduit library (libffa_conduit.a) built from
 * arch/aarch64/ (ffa/arch.h declares the entry points they wrap). The core
 * never references them: a host build links without them, and a reference
 * from a host program is a link error by design. Use libffa_conduit_smc.call
 * directly when link-time binding is wanted; the object is const, so the
 * compiler may devirtualise the call.
 */
extern const struct libffa_conduit libffa_conduit_smc;
extern const struct libffa_conduit libffa_conduit_hvc;
extern const struct libffa_conduit libffa_conduit_svc;

/**
 * libffa_conduit_invoke() - carry a raw frame across a conduit.
 * @c:   the conduit.
 * @in:  the frame to send (x0-x17).
 * @out: out: the frame that came back; may alias @in.
 *
 * No encoding, no decoding, no check of the reply: the frame-level escape
 * hatch for proxies that forward frames they did not build.
 *
 * Context: whatever @c requires (an SMC needs EL1 or above).
 * Return:
 * * %LIBFFA_OK      - the conduit was invoked;
 * * %LIBFFA_E_INVAL - a NULL pointer, or @c has no call hook.
 */
LIBFFA_MUST_CHECK libffa_status_t
libffa_conduit_invoke(const struct libffa_conduit *c,
		      const struct libffa_regs *in, struct libffa_regs *out);

/**
 * libffa_call_w0_error() - is the bare w0 answer to @call an error?
 * @call:  the ABI that was called.
 * @reply: the frame that came back.
 *
 * FFA_VERSION and the SMCCC calls answer with a bare value in w0, where a
 * negative 32-bit value is an error (DEN0077A 1.2 s13.2.1: bit 31 of a
 * version is zero; DEN0028 1.2 s7.1). False for every other ABI.
 */
static inline bool libffa_call_w0_error(enum libffa_abi call,
					const struct libffa_regs *reply)
{
	return libffa_abi_answers_in_w0(call) &&
	       (libffa_regs_w(reply, 0) & UINT32_C(0x80000000)) != 0u;
}

/**
 * libffa_call() - encode a request, invoke a conduit, decode the reply.
 * @c:            the conduit.
 * @req:          the request (trusted), kind %LIBFFA_MSG_ARGS.
 * @v:            the negotiated FF-A version (for FFA_VERSION itself, the
 *                version whose layout the call uses).
 * @decode_flags: 0 (strict) or %LIBFFA_DECODE_TOLERANT for the reply.
 * @frame:        work area, and out: the frame the conduit returned (the
 *                peer's registers as received, to log or forward; only
 *                @reply says what they mean). Caller storage, so that
 *                libffa_call() holds no frame on its own stack.
 * @reply:        out: the reply, decoded by libffa_msg_decode_reply() for
 *                @req's ABI: a %LIBFFA_MSG_RESULT message for FFA_SUCCESS
 *                (either width) or a bare w0 answer, otherwise the frame
 *                that came back (FFA_ERROR, FFA_INTERRUPT, a direct
 *                response, ...).
 * @fault:        out, may be NULL: where encoding or decoding failed
 *                (reg -1 when no register is to blame).
 *
 * The reply is untrusted: a frame that does not decode is reported, never
 * used. The library never loops on FFA_INTERRUPT or FFA_YIELD: the caller sees
 * them in @reply with %LIBFFA_OK.
 *
 * Context: as libffa_conduit_invoke(). Writes @frame, @reply and @fault
 * only.
 * Return:
 * * %LIBFFA_OK            - the peer answered and the reply decoded;
 * * %LIBFFA_E_PEER        - the peer answered FFA_ERROR (the wire code is
 *                           in @reply, see libffa_msg_is_error()), or a
 *                           bare w0 answer was SMCCC NOT_SUPPORTED
 * (FFA_VERSION, SMCCC calls; DEN0077A 1.2 s13.2.1);
 * * %LIBFFA_E_INVAL       - a NULL pointer, @c without a call hook, or
 *                           @req does not encode (see libffa_msg_encode());
 * * %LIBFFA_E_VERSION     - @v unknown, or @req's ABI is not defined at
 *                           @v; or the reply's ABI is not;
 * * %LIBFFA_E_UNKNOWN_FID - the reply's w0 names no ABI;
 * * %LIBFFA_E_MBZ, %LIBFFA_E_BADVALUE, %LIBFFA_E_RETRY - the reply broke
 *                           a reserved-bit or value rule (strict only).
 */
LIBFFA_MUST_CHECK libffa_status_t libffa_call(const struct libffa_conduit *c,
					      const struct libffa_msg *req,
					      libffa_version_t v,
					      unsigned int decode_flags,
					      struct libffa_regs *frame,
					      struct libffa_msg *reply,
					      struct libffa_msg_fault *fault);

LIBFFA_END_DECLS

#endif /* LIBFFA_CONDUIT_H */
