/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * The caller's side of FFA_VERSION negotiation (DEN0077A 1.2 s13.2.1). The
 * call frame is written register by register: FFA_VERSION is two words,
 * not worth a trip through the codec.
 */
#include "ffa/version_caller.h"

#include "internal.h"
#include "version_internal.h"

/* A caller never needs more rounds than minors to step through, plus one. */
#define CALLER_MAX_ROUNDS 8u

libffa_status_t libffa_version_caller_init(
	struct libffa_version_caller *caller, libffa_version_t own,
	libffa_version_t min, const struct libffa_version_policy *policy)
{
	if (caller == NULL || policy == NULL) {
		return LIBFFA_E_INVAL;
	}
	LIBFFA_MEMSET(caller, 0, sizeof(*caller));
	caller->state = LIBFFA_VERSION_CALLER_FAILED;
	if (!libffa_version_is_known(own) || !libffa_version_is_known(min) ||
	    libffa_version_major(own) != libffa_version_major(min) ||
	    min > own) {
		return LIBFFA_E_VERSION;
	}
	caller->own = own;
	caller->min = min;
	caller->offer = own;
	caller->policy = *policy;
	caller->state = LIBFFA_VERSION_CALLER_READY;
	return LIBFFA_OK;
}

libffa_status_t libffa_version_caller_request(
	struct libffa_version_caller *caller, struct libffa_regs *call)
{
	if (caller == NULL || call == NULL) {
		return LIBFFA_E_INVAL;
	}
	if (caller->state != LIBFFA_VERSION_CALLER_READY) {
		return LIBFFA_E_STATE;
	}
	/* w0 FFA_VERSION, w1 the offer, w2 = 0 (negotiate in v1.3). */
	libffa_regs_clear(call);
	libffa_regs_set_w(call, 0, LIBFFA_FID_VERSION_);
	libffa_regs_set_w(call, 1, caller->offer);
	caller->rounds++;
	caller->state = LIBFFA_VERSION_CALLER_SENT;
	return LIBFFA_OK;
}

static libffa_status_t caller_fail(struct libffa_version_caller *caller,
				   libffa_status_t status)
{
	caller->state = LIBFFA_VERSION_CALLER_FAILED;
	return status;
}

/* Offer the next lower minor, when the policy and the minimum allow it. */
static bool caller_step_down(struct libffa_version_caller *caller)
{
	if (!caller->policy.step_down ||
	    libffa_version_minor(caller->offer) <=
		    libffa_version_minor(caller->min)) {
		return false;
	}
	caller->offer = caller->offer - 1u;
	return true;
}

/* The answer is w0 alone (DEN0077A 1.2 s13.2.1); x1-x17 carry none. */
libffa_status_t libffa_version_caller_reply(
	struct libffa_version_caller *caller, const struct libffa_regs *reply,
	bool *again)
{
	uint32_t answer;

	if (caller == NULL || reply == NULL || again == NULL) {
		return LIBFFA_E_INVAL;
	}
	answer = libffa_regs_w(reply, 0);
	*again = false;
	if (caller->state != LIBFFA_VERSION_CALLER_SENT) {
		return LIBFFA_E_STATE;
	}
	if (answer == LIBFFA_VERSION_RET_NOT_SUPPORTED ||
	    answer == LIBFFA_VERSION_RET_INVALID_PARAMETER) {
		if (caller->rounds < CALLER_MAX_ROUNDS &&
		    caller_step_down(caller)) {
			caller->state = LIBFFA_VERSION_CALLER_READY;
			*again = true;
			return LIBFFA_OK;
		}
		return caller_fail(caller, LIBFFA_E_PEER);
	}
	if (!libffa_version_is_wellformed(answer)) {
		return caller_fail(caller, LIBFFA_E_BADVALUE);
	}
	if (libffa_version_major(answer) !=
	    libffa_version_major(caller->offer)) {
		/* DEN0077A 1.2 s13.2.1: a different major is incompatible. */
		return caller_fail(caller, LIBFFA_E_VERSION);
	}
	if (libffa_version_minor(answer) >=
	    libffa_version_minor(caller->offer)) {
		/* The callee serves the offer (a higher minor is compatible).
		 */
		caller->agreed = caller->offer;
		caller->state = LIBFFA_VERSION_CALLER_DONE;
		return LIBFFA_OK;
	}
	/* The callee only speaks an older minor. */
	if (answer < caller->min) {
		return caller_fail(caller, LIBFFA_E_VERSION);
	}
	switch (caller->policy.lower) {
	case LIBFFA_VERSION_LOWER_FAIL:
		return caller_fail(caller, LIBFFA_E_VERSION);
	case LIBFFA_VERSION_LOWER_ADOPT:
		caller->agreed = answer;
		caller->state = LIBFFA_VERSION_CALLER_DONE;
		return LIBFFA_OK;
	case LIBFFA_VERSION_LOWER_CONFIRM:
		if (caller->rounds >= CALLER_MAX_ROUNDS) {
			return caller_fail(caller, LIBFFA_E_PEER);
		}
		caller->offer = answer;
		caller->state = LIBFFA_VERSION_CALLER_READY;
		*again = true;
		return LIBFFA_OK;
	}
	return caller_fail(caller, LIBFFA_E_INVAL);
}

libffa_status_t libffa_version_caller_result(
	const struct libffa_version_caller *caller, libffa_version_t *version)
{
	if (caller == NULL || version == NULL) {
		return LIBFFA_E_INVAL;
	}
	if (caller->state != LIBFFA_VERSION_CALLER_DONE) {
		return LIBFFA_E_STATE;
	}
	*version = caller->agreed;
	return LIBFFA_OK;
}
