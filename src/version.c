/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * FFA_VERSION query flags, the SMCCC_VERSION precondition, the anchors'
 * negotiation policies and the caller's state machine (DEN0077A 1.2
 * s13.2.1; DEN0077A 1.3 s13.2 for the query flags; DEN0028 1.2 s7.2).
 */
#include "ffa/version.h"

#include "ffa/msg.h"
#include "ffa/smccc.h"

#include "internal.h"

/* A caller never needs more rounds than minors to step through, plus one. */
#define CALLER_MAX_ROUNDS 8u

libffa_status_t libffa_version_flags_parse(uint32_t w2,
					   enum libffa_version_query *query)
{
	if (query == NULL) {
		return LIBFFA_E_INVAL;
	}
	if ((w2 & LIBFFA_VERSION_FLAGS_MBZ) != 0u) {
		return LIBFFA_E_MBZ;
	}
	switch (w2 & LIBFFA_VERSION_FLAGS_QUERY) {
	case 0u:
		*query = LIBFFA_VERSION_QUERY_NEGOTIATE;
		return LIBFFA_OK;
	case 1u:
		*query = LIBFFA_VERSION_QUERY_COMPATIBLE;
		return LIBFFA_OK;
	case 2u:
		*query = LIBFFA_VERSION_QUERY_NEGOTIATED;
		return LIBFFA_OK;
	default:
		return LIBFFA_E_BADVALUE;
	}
}

libffa_status_t libffa_version_smccc_check(uint32_t w0,
					   unsigned int *regs_count)
{
	libffa_status_t status;

	if (w0 == (uint32_t)LIBFFA_SMCCC_RET_NOT_SUPPORTED) {
		status = LIBFFA_E_PEER;
	} else if ((w0 & UINT32_C(0x80000000)) != 0u || (w0 >> 16) == 0u) {
		status = LIBFFA_E_BADVALUE;
	} else if (w0 < LIBFFA_SMCCC_VERSION_1_2) {
		status = LIBFFA_E_VERSION;
	} else {
		status = LIBFFA_OK;
	}
	if (regs_count != NULL) {
		*regs_count = status == LIBFFA_OK ? LIBFFA_REGS_COUNT : 0u;
	}
	return status;
}

/*
 * The presets. Sources for each choice are in docs/version-policies.md;
 * ../shared/ffa-facts.md s3.4 is the table they reproduce.
 */
static const struct libffa_version_policy presets[] = {
	[LIBFFA_VERSION_PRESET_SPEC] =
		{
			.higher = LIBFFA_VERSION_HIGHER_ANSWER,
			.record_higher = true,
			.answer = LIBFFA_VERSION_ANSWER_OWN,
			.lock = LIBFFA_VERSION_LOCK_CALL,
			.interrupt_locks = false,
			.version_first = false,
			.early_error = LIBFFA_RET_INVALID_PARAMETERS,
			.relock = LIBFFA_VERSION_RELOCK_SAME,
			.query_flags = true,
			.lower = LIBFFA_VERSION_LOWER_CONFIRM,
			.step_down = true,
			.forward = LIBFFA_VERSION_FORWARD_FIRST_LOWER,
		},
	[LIBFFA_VERSION_PRESET_PKVM] =
		{
			.higher = LIBFFA_VERSION_HIGHER_ANSWER,
			.record_higher = true,
			.answer = LIBFFA_VERSION_ANSWER_NEGOTIATED,
			.lock = LIBFFA_VERSION_LOCK_NEGOTIATE,
			.interrupt_locks = false,
			.version_first = true,
			.early_error = LIBFFA_RET_INVALID_PARAMETERS,
			.relock = LIBFFA_VERSION_RELOCK_NO_DOWNGRADE,
			.query_flags = false,
			.lower = LIBFFA_VERSION_LOWER_ADOPT,
			.step_down = false,
			.forward = LIBFFA_VERSION_FORWARD_FIRST_LOWER,
		},
	[LIBFFA_VERSION_PRESET_HAFNIUM] =
		{
			.higher = LIBFFA_VERSION_HIGHER_NOT_SUPPORTED,
			.record_higher = false,
			.answer = LIBFFA_VERSION_ANSWER_OWN,
			.lock = LIBFFA_VERSION_LOCK_CALL,
			.interrupt_locks = false,
			.version_first = false,
			.early_error = LIBFFA_RET_INVALID_PARAMETERS,
			.relock = LIBFFA_VERSION_RELOCK_SAME,
			.query_flags = false,
			.lower = LIBFFA_VERSION_LOWER_ADOPT,
			.step_down = false,
			.forward = LIBFFA_VERSION_FORWARD_NEVER,
		},
	[LIBFFA_VERSION_PRESET_TFA_SPMC] =
		{
			.higher = LIBFFA_VERSION_HIGHER_ANSWER,
			.record_higher = false,
			.answer = LIBFFA_VERSION_ANSWER_OWN,
			.lock = LIBFFA_VERSION_LOCK_CALL,
			.interrupt_locks = true,
			.version_first = false,
			.early_error = LIBFFA_RET_INVALID_PARAMETERS,
			.relock = LIBFFA_VERSION_RELOCK_NEGOTIATED,
			.query_flags = false,
			.lower = LIBFFA_VERSION_LOWER_FAIL,
			.step_down = false,
			.forward = LIBFFA_VERSION_FORWARD_NEVER,
		},
	[LIBFFA_VERSION_PRESET_TFA_SPMD] =
		{
			.higher = LIBFFA_VERSION_HIGHER_ANSWER,
			.record_higher = false,
			.answer = LIBFFA_VERSION_ANSWER_OWN,
			.lock = LIBFFA_VERSION_LOCK_CALL,
			.interrupt_locks = true,
			.version_first = false,
			.early_error = LIBFFA_RET_INVALID_PARAMETERS,
			.relock = LIBFFA_VERSION_RELOCK_FROZEN,
			.query_flags = false,
			.lower = LIBFFA_VERSION_LOWER_ADOPT,
			.step_down = false,
			.forward = LIBFFA_VERSION_FORWARD_ALWAYS,
		},
	[LIBFFA_VERSION_PRESET_OPTEE] =
		{
			.higher = LIBFFA_VERSION_HIGHER_ANSWER,
			.record_higher = true,
			.answer = LIBFFA_VERSION_ANSWER_NEGOTIATED,
			.lock = LIBFFA_VERSION_LOCK_NEVER,
			.interrupt_locks = false,
			.version_first = false,
			.early_error = LIBFFA_RET_INVALID_PARAMETERS,
			.relock = LIBFFA_VERSION_RELOCK_SAME,
			.query_flags = false,
			.lower = LIBFFA_VERSION_LOWER_ADOPT,
			.step_down = false,
			.forward = LIBFFA_VERSION_FORWARD_NEVER,
		},
	[LIBFFA_VERSION_PRESET_LINUX_DRIVER] =
		{
			/* Callee fields unused by a driver: the spec's reading.
			 */
			.higher = LIBFFA_VERSION_HIGHER_ANSWER,
			.record_higher = true,
			.answer = LIBFFA_VERSION_ANSWER_OWN,
			.lock = LIBFFA_VERSION_LOCK_CALL,
			.interrupt_locks = false,
			.version_first = false,
			.early_error = LIBFFA_RET_INVALID_PARAMETERS,
			.relock = LIBFFA_VERSION_RELOCK_SAME,
			.query_flags = false,
			.lower = LIBFFA_VERSION_LOWER_ADOPT,
			.step_down = false,
			.forward = LIBFFA_VERSION_FORWARD_NEVER,
		},
};

LIBFFA_STATIC_ASSERT(LIBFFA_ARRAY_SIZE(presets) ==
			     (size_t)LIBFFA_VERSION_PRESET_COUNT,
		     "one policy per preset");

static const char *const preset_names[] = {
	[LIBFFA_VERSION_PRESET_SPEC] = "spec",
	[LIBFFA_VERSION_PRESET_PKVM] = "pkvm",
	[LIBFFA_VERSION_PRESET_HAFNIUM] = "hafnium",
	[LIBFFA_VERSION_PRESET_TFA_SPMC] = "tfa_spmc",
	[LIBFFA_VERSION_PRESET_TFA_SPMD] = "tfa_spmd",
	[LIBFFA_VERSION_PRESET_OPTEE] = "optee",
	[LIBFFA_VERSION_PRESET_LINUX_DRIVER] = "linux_driver",
};

LIBFFA_STATIC_ASSERT(LIBFFA_ARRAY_SIZE(preset_names) ==
			     (size_t)LIBFFA_VERSION_PRESET_COUNT,
		     "one name per preset");

const struct libffa_version_policy *libffa_version_policy_preset(
	enum libffa_version_preset preset)
{
	if ((unsigned int)preset >= LIBFFA_ARRAY_SIZE(presets)) {
		return NULL;
	}
	return &presets[preset];
}

const char *libffa_version_policy_name(enum libffa_version_preset preset)
{
	if ((unsigned int)preset >= LIBFFA_ARRAY_SIZE(preset_names)) {
		return "unknown";
	}
	return preset_names[preset];
}

/* ---- Caller ------------------------------------------------------------ */

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
	struct libffa_msg msg;
	libffa_status_t status;

	if (caller == NULL || call == NULL) {
		return LIBFFA_E_INVAL;
	}
	if (caller->state != LIBFFA_VERSION_CALLER_READY) {
		return LIBFFA_E_STATE;
	}
	libffa_msg_init(&msg, LIBFFA_ABI_VERSION, LIBFFA_MSG_ARGS, false);
	msg.args.version.version = caller->offer;
	status = libffa_msg_encode(&msg, caller->offer, call);
	if (status != LIBFFA_OK) {
		return LIBFFA_E_INTERNAL;
	}
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

libffa_status_t libffa_version_caller_answer(
	struct libffa_version_caller *caller, uint64_t w0, bool *again)
{
	uint32_t answer = (uint32_t)w0;

	if (caller == NULL || again == NULL) {
		return LIBFFA_E_INVAL;
	}
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

libffa_status_t libffa_version_caller_reply(
	struct libffa_version_caller *caller, const struct libffa_regs *reply,
	bool *again)
{
	if (reply == NULL) {
		return LIBFFA_E_INVAL;
	}
	/* The answer is w0 alone (DEN0077A 1.2 s13.2.1); x1-x17 carry none. */
	return libffa_version_caller_answer(caller, libffa_regs_w(reply, 0),
					    again);
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
