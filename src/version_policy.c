/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * The anchors' FFA_VERSION negotiation policies (DEN0077A 1.2 s13.2.1;
 * anchors in docs/version-policies.md).
 */
#include "ffa/version_policy.h"

#include "ffa/status.h"

#include "internal.h"

/*
 * The presets. Sources for each choice are in docs/version-policies.md.
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
