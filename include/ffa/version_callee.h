/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * Layer 3: a callee's side of FFA_VERSION negotiation, one state per
 * calling endpoint (unnegotiated -> negotiated -> locked), and the v1.3
 * query flags of w2 (DEN0077A 1.2 s13.2.1; DEN0077A 1.3 s13.2 as the
 * arm-ffa crate encodes it, docs/fact-check.md s9).
 */
#ifndef LIBFFA_VERSION_CALLEE_H
#define LIBFFA_VERSION_CALLEE_H

#include "ffa/env.h"
#include "ffa/regs.h"
#include "ffa/status.h"
#include "ffa/version.h"
#include "ffa/version_policy.h"

LIBFFA_BEGIN_DECLS

/**
 * libffa_version_flags_parse() - judge w2 of an FFA_VERSION call (v1.3).
 * @w2:    the flags word.
 * @query: out: the query type.
 *
 * Context: Any. Reentrant. No side effects.
 * Return:
 * * %LIBFFA_OK         - @query set;
 * * %LIBFFA_E_INVAL    - @query is NULL;
 * * %LIBFFA_E_MBZ      - bits[31:2] set;
 * * %LIBFFA_E_BADVALUE - query type 3 (reserved).
 * A callee answers both failures with %LIBFFA_VERSION_RET_INVALID_PARAMETER.
 */
LIBFFA_MUST_CHECK libffa_status_t
libffa_version_flags_parse(uint32_t w2, enum libffa_version_query *query);

/**
 * enum libffa_version_state - where an endpoint's negotiation stands.
 * @LIBFFA_VERSION_UNNEGOTIATED: no FFA_VERSION recorded and no locking call.
 * @LIBFFA_VERSION_NEGOTIATED:   a version is recorded and may still change.
 * @LIBFFA_VERSION_LOCKED:       the version can no longer change.
 */
enum libffa_version_state {
	LIBFFA_VERSION_UNNEGOTIATED = 0,
	LIBFFA_VERSION_NEGOTIATED = 1,
	LIBFFA_VERSION_LOCKED = 2
};

/**
 * struct libffa_version_callee - a callee's fixed side of negotiation.
 * @own:    the version the callee implements.
 * @policy: its choices (copied at init).
 */
struct libffa_version_callee {
	libffa_version_t own;
	struct libffa_version_policy policy;
};

/**
 * struct libffa_version_endpoint - what a callee knows of one caller. Keep
 * one per endpoint (for example an array indexed by VM), zeroed or set up
 * by libffa_version_endpoint_init().
 * @state:    &enum libffa_version_state.
 * @recorded: FFA_VERSION recorded a version (not only a lock at default).
 * @version:  the version in use for the endpoint: the recorded one, or the
 *            callee's own while nothing is recorded.
 */
struct libffa_version_endpoint {
	enum libffa_version_state state;
	bool recorded;
	libffa_version_t version;
};

/**
 * libffa_version_callee_init() - set a callee up.
 * @callee: out.
 * @own:    the callee's version; must be one libffa knows (1.0 to 1.3).
 * @policy: its choices.
 *
 * Context: Any. Reentrant. Writes only @callee.
 * Return:
 * * %LIBFFA_OK        - ready;
 * * %LIBFFA_E_INVAL   - NULL pointer;
 * * %LIBFFA_E_VERSION - @own malformed or not known to libffa.
 */
LIBFFA_MUST_CHECK libffa_status_t libffa_version_callee_init(
	struct libffa_version_callee *callee, libffa_version_t own,
	const struct libffa_version_policy *policy);

/**
 * libffa_version_endpoint_init() - forget an endpoint (it is unnegotiated).
 * @callee: the callee.
 * @ep:     out.
 */
void libffa_version_endpoint_init(const struct libffa_version_callee *callee,
				  struct libffa_version_endpoint *ep);

/**
 * libffa_version_callee_handle() - answer an FFA_VERSION call for one
 * endpoint: the callee's one entry point.
 * @callee: the callee.
 * @ep:     the calling endpoint's state; updated as the policy says.
 * @call:   the call frame (untrusted): w1 the requested version, w2 the
 *          v1.3 flags, read only when the policy honours the query flags and
 *          the callee implements v1.3. The SVE hint bit of w0 is ignored;
 *          x3-x17 are ignored, as every anchor does.
 * @reply:  out: w0 = the answer, x1-x17 zero (TF-A SPMD zeroes them too).
 *
 * Context: Any. Reentrant. Writes only @ep and @reply.
 * Return:
 * * %LIBFFA_OK            - w0 of @reply is a version;
 * * %LIBFFA_E_INVAL       - NULL pointer (@reply untouched);
 * * %LIBFFA_E_UNKNOWN_FID - w0 of @call is not FFA_VERSION (@reply
 *                           untouched);
 * * %LIBFFA_E_VERSION     - w0 is NOT_SUPPORTED: malformed request, other
 *                           major, or a higher minor the policy refuses;
 * * %LIBFFA_E_STATE       - w0 is NOT_SUPPORTED: refused after the lock, or
 *                           a query for a negotiated version when none is;
 * * %LIBFFA_E_MBZ         - w0 is INVALID_PARAMETER: w2 bits[31:2] set;
 * * %LIBFFA_E_BADVALUE    - w0 is INVALID_PARAMETER: reserved query type.
 */
LIBFFA_MUST_CHECK libffa_status_t libffa_version_callee_handle(
	const struct libffa_version_callee *callee,
	struct libffa_version_endpoint *ep, const struct libffa_regs *call,
	struct libffa_regs *reply);

/**
 * libffa_version_callee_check_call() - may an endpoint make this call yet?
 * @callee:  the callee.
 * @ep:      the endpoint's state; locked here when the policy says so.
 * @fid:     w0 of the call (the SVE hint bit is ignored).
 * @version: out, may be NULL: the version to decode the call with.
 * @error:   out, may be NULL: on refusal, the FF-A error code to answer
 *           with in an FFA_ERROR frame.
 *
 * FFA_VERSION itself, calls outside the FF-A range (SMCCC owner 4,
 * function numbers 0x60-0xFF, libffa_smccc_fid_in_ffa_range()) and IDs
 * that are no well-formed fast call (DEN0028 1.2 s2.5) are always allowed
 * and lock nothing.
 *
 * Context: Any. Reentrant. Writes only @ep, @version and @error.
 * Return:
 * * %LIBFFA_OK      - allowed;
 * * %LIBFFA_E_INVAL - NULL pointer;
 * * %LIBFFA_E_STATE - refused: no FFA_VERSION yet and the policy requires
 *                     one (*@error holds the policy's code, which pKVM sets
 *                     to INVALID_PARAMETERS).
 */
LIBFFA_MUST_CHECK libffa_status_t libffa_version_callee_check_call(
	const struct libffa_version_callee *callee,
	struct libffa_version_endpoint *ep, uint32_t fid,
	libffa_version_t *version, int32_t *error);

LIBFFA_END_DECLS

#endif /* LIBFFA_VERSION_CALLEE_H */
