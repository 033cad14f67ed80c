/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * Layer 3: a caller's side of FFA_VERSION negotiation as a state machine
 * that produces the frames to send and reads the answers
 * (DEN0077A 1.2 s13.2.1).
 */
#ifndef LIBFFA_VERSION_CALLER_H
#define LIBFFA_VERSION_CALLER_H

#include "ffa/env.h"
#include "ffa/regs.h"
#include "ffa/status.h"
#include "ffa/version.h"
#include "ffa/version_policy.h"

LIBFFA_BEGIN_DECLS

/**
 * enum libffa_version_caller_state - where a caller stands.
 * @LIBFFA_VERSION_CALLER_READY:  a request is due
 * (libffa_version_caller_request()).
 * @LIBFFA_VERSION_CALLER_SENT:   waiting for the answer.
 * @LIBFFA_VERSION_CALLER_DONE:   agreed on a version.
 * @LIBFFA_VERSION_CALLER_FAILED: no version both sides speak.
 */
enum libffa_version_caller_state {
	LIBFFA_VERSION_CALLER_READY = 0,
	LIBFFA_VERSION_CALLER_SENT = 1,
	LIBFFA_VERSION_CALLER_DONE = 2,
	LIBFFA_VERSION_CALLER_FAILED = 3
};

/**
 * struct libffa_version_caller - one caller's negotiation.
 * @own:    the newest version the caller implements.
 * @min:    the oldest it accepts.
 * @offer:  the version it offers next (or last offered).
 * @agreed: the result, valid in state DONE.
 * @state:  &enum libffa_version_caller_state.
 * @rounds: requests sent so far.
 * @policy: its choices (copied at init).
 */
struct libffa_version_caller {
	libffa_version_t own;
	libffa_version_t min;
	libffa_version_t offer;
	libffa_version_t agreed;
	enum libffa_version_caller_state state;
	uint32_t rounds;
	struct libffa_version_policy policy;
};

/**
 * libffa_version_caller_init() - start a caller's negotiation.
 * @caller: out.
 * @own:    the newest version it implements (known to libffa).
 * @min:    the oldest it accepts (known, same major, not above @own).
 * @policy: its choices.
 *
 * Context: Any. Reentrant. Writes only @caller.
 * Return:
 * * %LIBFFA_OK        - state READY;
 * * %LIBFFA_E_INVAL   - NULL pointer;
 * * %LIBFFA_E_VERSION - @own or @min malformed, unknown, or inconsistent.
 */
LIBFFA_MUST_CHECK libffa_status_t libffa_version_caller_init(
	struct libffa_version_caller *caller, libffa_version_t own,
	libffa_version_t min, const struct libffa_version_policy *policy);

/**
 * libffa_version_caller_request() - the FFA_VERSION frame to send.
 * @caller: a caller in state READY.
 * @call:   out: w0 = FFA_VERSION, w1 = the offer, everything else zero
 *          (w2 = 0 asks to negotiate in v1.3).
 *
 * Context: Any. Reentrant. Writes @caller (state SENT) and @call.
 * Return:
 * * %LIBFFA_OK      - send @call;
 * * %LIBFFA_E_INVAL - NULL pointer;
 * * %LIBFFA_E_STATE - not in state READY.
 */
LIBFFA_MUST_CHECK libffa_status_t libffa_version_caller_request(
	struct libffa_version_caller *caller, struct libffa_regs *call);

/**
 * libffa_version_caller_reply() - interpret the callee's answer.
 * @caller: a caller in state SENT.
 * @reply:  the reply frame (untrusted): the answer is w0 alone
 *          (DEN0077A 1.2 s13.2.1); x1-x17 and bits[63:32] of x0 are
 *          ignored.
 * @again:  out: true when another request is due (state READY).
 *
 * A version of the same major with a minor not below the offer means the
 * callee can serve the offer; a lower minor is handled as the policy's
 * &enum libffa_version_lower says; NOT_SUPPORTED steps down when the policy
 * allows it.
 *
 * Context: Any. Reentrant. Writes only @caller and @again.
 * Return:
 * * %LIBFFA_OK         - state DONE, or READY when *@again;
 * * %LIBFFA_E_INVAL    - NULL pointer, or a policy field out of range;
 * * %LIBFFA_E_STATE    - not in state SENT;
 * * %LIBFFA_E_PEER     - NOT_SUPPORTED or INVALID_PARAMETER with no lower
 *                        minor left to offer, or no progress (FAILED);
 * * %LIBFFA_E_BADVALUE - a malformed answer (bit 31 set) (FAILED);
 * * %LIBFFA_E_VERSION  - another major, or a lower minor the caller cannot
 *                        or will not use (FAILED).
 */
LIBFFA_MUST_CHECK libffa_status_t
libffa_version_caller_reply(struct libffa_version_caller *caller,
			    const struct libffa_regs *reply, bool *again);

/**
 * libffa_version_caller_result() - the agreed version.
 * @caller:  the caller.
 * @version: out.
 *
 * Return: %LIBFFA_OK in state DONE, %LIBFFA_E_STATE otherwise,
 * %LIBFFA_E_INVAL for a NULL pointer.
 */
LIBFFA_MUST_CHECK libffa_status_t libffa_version_caller_result(
	const struct libffa_version_caller *caller, libffa_version_t *version);

LIBFFA_END_DECLS

#endif /* LIBFFA_VERSION_CALLER_H */
