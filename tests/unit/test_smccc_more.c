/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * SMCCC register rules, the corners test_smccc.c leaves out: a UUID in
 * w1-w4 and fields that appear with a version (layout_regs), and the
 * documented LIBFFA_E_INVAL / "nothing to check" answers (style.md T3).
 */
/* clang-format off */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>
/* clang-format on */

#include "ffa/abi.h"
#include "ffa/field.h"
#include "ffa/smccc.h"

#define X(r) LIBFFA_REGMASK_X(r)

/*
 * FFA_PARTITION_INFO_GET (ffa-facts s2.1): w1-w4 UUID, w5 flags from v1.1
 * (MBZ in v1.0); the answer has the count in w2 and, from v1.1, the
 * descriptor size in w3 (absent in 1.0). layout_regs() follows the
 * version: "a field counts only when it exists at @version".
 */
static void smccc_layout_regs_follow_version(void **state)
{
	const struct libffa_layout *args = libffa_abi_layout(
		LIBFFA_ABI_PARTITION_INFO_GET, LIBFFA_MSG_ARGS);
	const struct libffa_layout *res = libffa_abi_layout(
		LIBFFA_ABI_PARTITION_INFO_GET, LIBFFA_MSG_RESULT);

	(void)state;
	assert_non_null(args);
	assert_non_null(res);
	assert_int_equal(
		libffa_smccc_layout_regs(args, false, LIBFFA_VERSION_1_0),
		X(1) | X(2) | X(3) | X(4));
	assert_int_equal(
		libffa_smccc_layout_regs(args, false, LIBFFA_VERSION_1_1),
		X(1) | X(2) | X(3) | X(4) | X(5));
	assert_int_equal(
		libffa_smccc_layout_regs(res, false, LIBFFA_VERSION_1_0), X(2));
	assert_int_equal(
		libffa_smccc_layout_regs(res, false, LIBFFA_VERSION_1_2),
		X(2) | X(3));
	/* "0 for a NULL or empty layout". */
	assert_int_equal(
		libffa_smccc_layout_regs(NULL, true, LIBFFA_VERSION_1_2), 0);
	assert_int_equal(libffa_smccc_layout_regs(
				 libffa_abi_layout(LIBFFA_ABI_RX_RELEASE,
						   LIBFFA_MSG_RESULT),
				 false, LIBFFA_VERSION_1_2),
			 0);
}

/*
 * FFA_PARTITION_INFO_GET_REGS (v1.2, SMC64 only; ffa-facts s2.1): x1/x2
 * carry the UUID as an x-register pair, x3 the start index and tag. In a
 * w-only (SMC32) frame an x pair has no meaning (abi.h
 * libffa_field_present()), so it occupies no register there.
 */
static void smccc_layout_regs_uuid_pair_needs_smc64(void **state)
{
	const struct libffa_layout *args = libffa_abi_layout(
		LIBFFA_ABI_PARTITION_INFO_GET_REGS, LIBFFA_MSG_ARGS);
	libffa_regmask_t wide;
	libffa_regmask_t narrow;

	(void)state;
	assert_non_null(args);
	wide = libffa_smccc_layout_regs(args, true, LIBFFA_VERSION_1_2);
	narrow = libffa_smccc_layout_regs(args, false, LIBFFA_VERSION_1_2);
	assert_int_equal(wide & (X(1) | X(2)), X(1) | X(2));
	assert_int_equal(narrow & (X(1) | X(2)), 0);
	assert_int_equal(wide & X(0), 0);
}

/* style.md T3: the documented LIBFFA_E_INVAL of each entry point. */
static void smccc_null_pointers_are_inval(void **state)
{
	struct libffa_regs reply;
	struct libffa_smccc_reply_rules rules;
	struct libffa_copyback_plan plan;

	(void)state;
	libffa_regs_clear(&reply);
	assert_int_equal(libffa_smccc_arch_features_parse(&reply, NULL),
			 LIBFFA_E_INVAL);
	assert_int_equal(libffa_smccc_reply_rules(
				 UINT32_C(0x84000061), NULL, LIBFFA_VERSION_1_2,
				 LIBFFA_SMCCC_VERSION_1_2, &rules),
			 LIBFFA_E_INVAL);
	libffa_regs_set_w(&reply, 0, UINT32_C(0x84000061));
	assert_int_equal(
		libffa_smccc_reply_rules(UINT32_C(0x84000061), &reply,
					 LIBFFA_VERSION_1_2,
					 LIBFFA_SMCCC_VERSION_1_2, NULL),
		LIBFFA_E_INVAL);
	assert_int_equal(
		libffa_smccc_reply_rules(UINT32_C(0x84000061), &reply,
					 LIBFFA_VERSION_1_2,
					 LIBFFA_SMCCC_VERSION_1_2, &rules),
		LIBFFA_OK);
	assert_int_equal(
		libffa_smccc_copyback_plan(LIBFFA_COPYBACK_ALL, NULL, &plan),
		LIBFFA_E_INVAL);
	assert_int_equal(
		libffa_smccc_copyback_plan(LIBFFA_COPYBACK_ALL, &rules, NULL),
		LIBFFA_E_INVAL);
}

/* first_clobbered(): "-1 ... (or a pointer is NULL: nothing to check)". */
static void smccc_first_clobbered_null_is_nothing_to_check(void **state)
{
	struct libffa_smccc_gprs before;
	struct libffa_smccc_gprs after;

	(void)state;
	memset(&before, 0, sizeof(before));
	memset(&after, 0xFF, sizeof(after));
	/* Every register differs: a real check reports x4 first. */
	assert_int_equal(
		libffa_smccc_first_clobbered(X(4) | X(9), &before, &after), 4);
	assert_int_equal(
		libffa_smccc_first_clobbered(X(4) | X(9), NULL, &after), -1);
	assert_int_equal(
		libffa_smccc_first_clobbered(X(4) | X(9), &before, NULL), -1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(smccc_layout_regs_follow_version),
		cmocka_unit_test(smccc_layout_regs_uuid_pair_needs_smc64),
		cmocka_unit_test(smccc_null_pointers_are_inval),
		cmocka_unit_test(
			smccc_first_clobbered_null_is_nothing_to_check),
	};

	return cmocka_run_group_tests_name("smccc_more", tests, NULL, NULL);
}
