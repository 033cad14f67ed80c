/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * The negotiation policies (version_policy.h): every preset is named and
 * bounded, and a zeroed policy is the safe one (issue 12 item 5).
 */
/* cmocka needs these before it, in this order. */
/* clang-format off */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>
/* clang-format on */

#include "ffa/version_callee.h"
#include "ffa/version_caller.h"
#include "ffa/version_policy.h"

#include "helpers.h"

#define V10 LIBFFA_VERSION_1_0
#define V11 LIBFFA_VERSION_1_1
#define V12 LIBFFA_VERSION_1_2
#define NS  LIBFFA_VERSION_RET_NOT_SUPPORTED

#define FID_ID_GET UINT32_C(0x84000069)

static void version_presets_are_named_and_bounded(void **state)
{
	unsigned int i;

	(void)state;
	for (i = 0; i < LIBFFA_VERSION_PRESET_COUNT; i++) {
		assert_non_null(libffa_version_policy_preset(
			(enum libffa_version_preset)i));
		assert_string_not_equal(libffa_version_policy_name(
						(enum libffa_version_preset)i),
					"unknown");
	}
	assert_null(libffa_version_policy_preset(LIBFFA_VERSION_PRESET_COUNT));
	assert_string_equal(
		libffa_version_policy_name(LIBFFA_VERSION_PRESET_COUNT),
		"unknown");
	assert_string_equal(
		libffa_version_policy_name(LIBFFA_VERSION_PRESET_PKVM), "pkvm");
}

/*
 * Issue 12 item 5: a zeroed policy is the safe one. As a callee it locks
 * the version at the first other FF-A call (a version in use never changes
 * under the endpoint's feet) and then answers only that version; a refusal
 * before FFA_VERSION never carries SUCCESS; as a caller it gives up on a
 * lower minor rather than adopting a version it did not offer.
 */
static void version_zero_policy_is_safe(void **state)
{
	struct libffa_version_policy zero;
	struct libffa_version_callee callee;
	struct libffa_version_endpoint ep;
	struct libffa_version_caller caller;
	struct libffa_regs call;
	bool again = true;
	int32_t error = 0;
	uint32_t w0 = 0;

	(void)state;
	memset(&zero, 0, sizeof(zero));
	assert_int_equal(zero.lock, LIBFFA_VERSION_LOCK_CALL);
	assert_int_equal(zero.relock, LIBFFA_VERSION_RELOCK_SAME);
	assert_int_equal(zero.lower, LIBFFA_VERSION_LOWER_FAIL);
	assert_int_equal(zero.forward, LIBFFA_VERSION_FORWARD_NEVER);

	assert_int_equal(libffa_version_callee_init(&callee, V12, &zero),
			 LIBFFA_OK);
	libffa_version_endpoint_init(&callee, &ep);
	assert_int_equal(th_callee_answer(&callee, &ep, V11, 0, &w0),
			 LIBFFA_OK);
	assert_int_equal(w0, V12);
	assert_int_equal(libffa_version_callee_check_call(
				 &callee, &ep, FID_ID_GET, NULL, &error),
			 LIBFFA_OK);
	assert_int_equal(ep.state, LIBFFA_VERSION_LOCKED);
	/* Renegotiation after the lock is refused (DEN0077A 1.2 s13.2.1). */
	assert_int_equal(th_callee_answer(&callee, &ep, V10, 0, &w0),
			 LIBFFA_E_STATE);
	assert_int_equal(w0, NS);
	assert_int_equal(ep.version, V11);

	/* version_first with a zeroed early_error: never SUCCESS. */
	zero.version_first = true;
	assert_int_equal(libffa_version_callee_init(&callee, V12, &zero),
			 LIBFFA_OK);
	libffa_version_endpoint_init(&callee, &ep);
	assert_int_equal(libffa_version_callee_check_call(
				 &callee, &ep, FID_ID_GET, NULL, &error),
			 LIBFFA_E_STATE);
	assert_int_equal(error, LIBFFA_RET_INVALID_PARAMETERS);

	/* The caller does not adopt a lower minor it did not offer. */
	zero.version_first = false;
	assert_int_equal(libffa_version_caller_init(&caller, V12, V10, &zero),
			 LIBFFA_OK);
	assert_int_equal(libffa_version_caller_request(&caller, &call),
			 LIBFFA_OK);
	assert_int_equal(th_caller_answer(&caller, V11, &again),
			 LIBFFA_E_VERSION);
	assert_false(again);
	assert_int_equal(caller.state, LIBFFA_VERSION_CALLER_FAILED);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(version_presets_are_named_and_bounded),
		cmocka_unit_test(version_zero_policy_is_safe),
	};

	return cmocka_run_group_tests_name("version_policy", tests, NULL, NULL);
}
