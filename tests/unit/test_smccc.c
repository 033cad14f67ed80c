/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * SMCCC function-ID fields, SMCCC_VERSION/ARCH_FEATURES, the register rules
 * of each convention and the preservation check (layer 0). DEN0028 1.2
 * s2.5-s2.7, s7; rules per version as sourced in docs/fact-check.md s6.
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

#include "ffa/smccc.h"

#include "helpers.h"

#define FID_MSG_WAIT_32 LIBFFA_FID_32(UINT32_C(0x6B))
#define FID_DIRECT_REQ2 LIBFFA_FID_64(UINT32_C(0x8D))

#define X(r) LIBFFA_REGMASK_X(r)

static void fill_gprs(struct libffa_smccc_gprs *g, uint64_t base)
{
	unsigned int i;

	for (i = 0; i < LIBFFA_GPR_COUNT; i++) {
		g->x[i] = base + i;
	}
}

/* DEN0028 1.2 s2.5, Table 2-1; 1.3 s2.5 (SVE hint). */
static void smccc_fid_fields(void **state)
{
	uint32_t fid = FID_DIRECT_REQ2 | LIBFFA_SMCCC_SVE_HINT;

	(void)state;
	assert_true(libffa_smccc_fid_is_fast(fid));
	assert_true(libffa_smccc_fid_is_64(fid));
	assert_false(libffa_smccc_fid_is_64(FID_MSG_WAIT_32));
	assert_int_equal(libffa_smccc_fid_owner(fid),
			 LIBFFA_SMCCC_OWNER_STANDARD);
	assert_int_equal(libffa_smccc_fid_fnum(fid), 0x8D);
	assert_true(libffa_smccc_fid_has_sve_hint(fid));
	assert_int_equal(libffa_smccc_fid_strip(fid), 0xC400008Du);
	assert_int_equal(FID_MSG_WAIT_32, 0x8400006Bu);
}

/* DEN0028 1.2 s7.2: SMCCC_VERSION = 0x80000000, no arguments. */
static void smccc_version_call_builds_frame(void **state)
{
	struct libffa_regs regs;

	(void)state;
	th_fill(&regs, 0x5A5A0000u);
	libffa_smccc_version_call(&regs);
	assert_int_equal(regs.x[0], 0x80000000u);
	for (unsigned int i = 1; i < LIBFFA_REGS_COUNT; i++) {
		assert_int_equal(regs.x[i], 0);
	}
}

/* DEN0028 1.2 s7.2: w0 holds the version; only the low word counts. */
static void smccc_version_parse_reads_w0(void **state)
{
	struct libffa_regs reply = {{0}};
	uint32_t v = 0;

	(void)state;
	reply.x[0] = UINT64_C(0xDEAD000000010002);
	assert_int_equal(libffa_smccc_version_parse(&reply, &v), LIBFFA_OK);
	assert_int_equal(v, LIBFFA_SMCCC_VERSION_1_2);
	assert_true(libffa_smccc_version_has_x8_x17(v));
	assert_false(libffa_smccc_version_has_x8_x17(LIBFFA_SMCCC_VERSION_1_1));
	assert_false(libffa_smccc_version_has_x8_x17(0xFFFFFFFFu));
}

/* NOT_SUPPORTED (sign-extended or not) means SMCCC 1.0. */
static void smccc_version_parse_not_supported_is_1_0(void **state)
{
	struct libffa_regs reply = {{0}};
	uint32_t v = 0;

	(void)state;
	reply.x[0] = UINT64_MAX;
	assert_int_equal(libffa_smccc_version_parse(&reply, &v), LIBFFA_OK);
	assert_int_equal(v, LIBFFA_SMCCC_VERSION_1_0);
	reply.x[0] = 0xFFFFFFFDu; /* INVALID_PARAMETER: not a version */
	assert_int_equal(libffa_smccc_version_parse(&reply, &v),
			 LIBFFA_E_BADVALUE);
	/* Major 0 is no SMCCC version (DEN0028 1.2 s7.2). */
	libffa_regs_set_w(&reply, 0, 0x0000FFFFu);
	assert_int_equal(libffa_smccc_version_parse(&reply, &v),
			 LIBFFA_E_BADVALUE);
	assert_int_equal(libffa_smccc_version_parse(NULL, &v), LIBFFA_E_INVAL);
	assert_int_equal(libffa_smccc_version_parse(&reply, NULL),
			 LIBFFA_E_INVAL);
}

/* The 18-register frame needs SMCCC >= 1.2 (DEN0028 1.2 s2.6). */
static void smccc_version_require_checks_minimum(void **state)
{
	struct libffa_regs reply = {{0}};
	uint32_t v = 0;

	(void)state;
	reply.x[0] = LIBFFA_SMCCC_VERSION_1_1;
	assert_int_equal(libffa_smccc_version_require(
				 &reply, LIBFFA_SMCCC_VERSION_1_2, &v),
			 LIBFFA_E_VERSION);
	assert_int_equal(v, LIBFFA_SMCCC_VERSION_1_1);
	reply.x[0] = LIBFFA_SMCCC_VERSION_1_3;
	assert_int_equal(libffa_smccc_version_require(
				 &reply, LIBFFA_SMCCC_VERSION_1_2, &v),
			 LIBFFA_OK);
	reply.x[0] = UINT64_MAX;
	assert_int_equal(libffa_smccc_version_require(
				 &reply, LIBFFA_SMCCC_VERSION_1_2, &v),
			 LIBFFA_E_VERSION);
	reply.x[0] = 0x80000005u;
	assert_int_equal(libffa_smccc_version_require(
				 &reply, LIBFFA_SMCCC_VERSION_1_2, &v),
			 LIBFFA_E_BADVALUE);
}

/* DEN0028 1.2 s7.3: w1 = queried ID; w0 >= 0 implemented, < 0 not. */
static void smccc_arch_features_call_and_parse(void **state)
{
	struct libffa_regs regs;
	int32_t value = 0;

	(void)state;
	th_fill(&regs, 0x1000);
	libffa_smccc_arch_features_call(&regs, FID_DIRECT_REQ2);
	assert_int_equal(regs.x[0], 0x80000001u);
	assert_int_equal(regs.x[1], 0xC400008Du);
	for (unsigned int i = 2; i < LIBFFA_REGS_COUNT; i++) {
		assert_int_equal(regs.x[i], 0);
	}
	regs.x[0] = 0;
	assert_int_equal(libffa_smccc_arch_features_parse(&regs, &value),
			 LIBFFA_OK);
	assert_int_equal(value, 0);
	regs.x[0] = 0xFFFFFFFFu;
	assert_int_equal(libffa_smccc_arch_features_parse(&regs, &value),
			 LIBFFA_E_UNKNOWN_FID);
	assert_int_equal(value, -1);
	regs.x[0] = UINT64_C(0xFFFFFFFFFFFFFFFE);
	assert_int_equal(libffa_smccc_arch_features_parse(&regs, &value),
			 LIBFFA_E_PEER);
	assert_int_equal(value, LIBFFA_SMCCC_RET_NOT_REQUIRED);
	assert_int_equal(libffa_smccc_arch_features_parse(NULL, &value),
			 LIBFFA_E_INVAL);
}

static void smccc_regmask_constants(void **state)
{
	(void)state;
	assert_int_equal(LIBFFA_REGMASK_X(0), 0x1u);
	assert_int_equal(LIBFFA_REGMASK_X(30), 0x40000000u);
	assert_int_equal(LIBFFA_REGMASK_X0_X3, 0xFu);
	assert_int_equal(LIBFFA_REGMASK_X0_X7, 0xFFu);
	assert_int_equal(LIBFFA_REGMASK_X4_X7, 0xF0u);
	assert_int_equal(LIBFFA_REGMASK_X8_X17, 0x3FF00u);
	assert_int_equal(LIBFFA_REGMASK_X18_X30, 0x7FFC0000u);
	assert_int_equal(LIBFFA_REGMASK_X8_X30, 0x7FFFFF00u);
	assert_int_equal(LIBFFA_REGMASK_FRAME, 0x3FFFFu);
	assert_int_equal(LIBFFA_REGMASK_ALL, 0x7FFFFFFFu);
}

/* docs/fact-check.md item 6: 1.0 / 1.1 / 1.2 rules. */
static void smccc_conv_rules_per_version(void **state)
{
	struct libffa_smccc_conv c;

	(void)state;
	libffa_smccc_conv_rules(true, LIBFFA_SMCCC_VERSION_1_0, &c);
	assert_int_equal(c.results, LIBFFA_REGMASK_X0_X3);
	assert_int_equal(c.unpredictable, LIBFFA_REGMASK_X4_X17);
	assert_int_equal(c.preserved, LIBFFA_REGMASK_X18_X30);

	libffa_smccc_conv_rules(false, LIBFFA_SMCCC_VERSION_1_1, &c);
	assert_int_equal(c.results, LIBFFA_REGMASK_X0_X3);
	assert_int_equal(c.preserved, LIBFFA_REGMASK_X4_X30);
	assert_int_equal(c.unpredictable, 0);

	libffa_smccc_conv_rules(false, LIBFFA_SMCCC_VERSION_1_2, &c);
	assert_int_equal(c.args, LIBFFA_REGMASK_X0_X7);
	assert_int_equal(c.results, LIBFFA_REGMASK_X0_X7);
	assert_int_equal(c.preserved, LIBFFA_REGMASK_X8_X30);
	assert_int_equal(c.unless_result, LIBFFA_REGMASK_X4_X7);

	libffa_smccc_conv_rules(true, LIBFFA_SMCCC_VERSION_1_3, &c);
	assert_int_equal(c.args, LIBFFA_REGMASK_FRAME);
	assert_int_equal(c.results, LIBFFA_REGMASK_FRAME);
	assert_int_equal(c.preserved, LIBFFA_REGMASK_X18_X30);
	assert_int_equal(c.unless_result, LIBFFA_REGMASK_X4_X17);

	/* A malformed version word gets the weakest (1.0) guarantees. */
	libffa_smccc_conv_rules(true, 0x80000002u, &c);
	assert_int_equal(c.preserved, LIBFFA_REGMASK_X18_X30);
	assert_int_equal(c.results, LIBFFA_REGMASK_X0_X3);
}

/* DEN0028 1.2 s2.6: an SMC32 callee preserves x8-x30. */
static void smccc_preserved_smc32_violation_at_x8(void **state)
{
	struct libffa_smccc_gprs before;
	struct libffa_smccc_gprs after;
	libffa_regmask_t keep = libffa_smccc_callee_preserves(
		false, LIBFFA_SMCCC_VERSION_1_2, LIBFFA_REGMASK_X0_X3);

	(void)state;
	assert_int_equal(keep, LIBFFA_REGMASK_X4_X30);
	fill_gprs(&before, 0x100);
	after = before;
	after.x[0] = 0x84000061u; /* results may change */
	after.x[3] = 7;
	assert_int_equal(libffa_smccc_first_clobbered(keep, &before, &after),
			 -1);
	after.x[8] ^= UINT64_C(1) << 40;
	after.x[20] = 0;
	assert_int_equal(libffa_smccc_first_clobbered(keep, &before, &after),
			 8);
}

/* W4-W7 are preserved unless the function defines them as results. */
static void smccc_preserved_w4_unless_result(void **state)
{
	struct libffa_smccc_gprs before;
	struct libffa_smccc_gprs after;
	libffa_regmask_t keep;

	(void)state;
	fill_gprs(&before, 0x100);
	after = before;
	after.x[5] = 0;
	keep = libffa_smccc_callee_preserves(false, LIBFFA_SMCCC_VERSION_1_2,
					     LIBFFA_REGMASK_X0_X3);
	assert_int_equal(libffa_smccc_first_clobbered(keep, &before, &after),
			 5);
	keep = libffa_smccc_callee_preserves(false, LIBFFA_SMCCC_VERSION_1_2,
					     LIBFFA_REGMASK_X0_X7);
	assert_int_equal(libffa_smccc_first_clobbered(keep, &before, &after),
			 -1);
	/* SMCCC 1.0: x4-x17 are unpredictable, so nothing to check there. */
	keep = libffa_smccc_callee_preserves(false, LIBFFA_SMCCC_VERSION_1_0,
					     LIBFFA_REGMASK_X0_X3);
	after.x[17] = 0;
	assert_int_equal(libffa_smccc_first_clobbered(keep, &before, &after),
			 -1);
}

/* An SMC64 callee may return x0-x17 but preserves x18-x30. */
static void smccc_preserved_smc64_violation_at_x18(void **state)
{
	struct libffa_smccc_gprs before;
	struct libffa_smccc_gprs after;
	libffa_regmask_t keep = libffa_smccc_callee_preserves(
		true, LIBFFA_SMCCC_VERSION_1_2, LIBFFA_REGMASK_FRAME);

	(void)state;
	assert_int_equal(keep, LIBFFA_REGMASK_X18_X30);
	fill_gprs(&before, 0x100);
	after = before;
	after.x[17] = 0;
	after.x[8] = 0;
	assert_int_equal(libffa_smccc_first_clobbered(keep, &before, &after),
			 -1);
	after.x[30] = 0;
	after.x[18] = 1;
	assert_int_equal(libffa_smccc_first_clobbered(keep, &before, &after),
			 18);
	assert_int_equal(libffa_smccc_first_clobbered(keep, NULL, &after), -1);
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

/*
 * The one FF-A range check: owner 4, function numbers 0x60-0xFF
 * (docs/fact-check.md s3), whatever the other bits say (DEN0028 1.2 s2.5,
 * Table 2-1: a malformed ID stays FF-A's business, refused there).
 */
static void smccc_ffa_range(void **state)
{
	(void)state;
	assert_true(libffa_smccc_fid_in_ffa_range(0x84000060u));
	assert_true(libffa_smccc_fid_in_ffa_range(0xC40000FFu));
	assert_false(libffa_smccc_fid_in_ffa_range(0x8400005Fu));
	assert_false(libffa_smccc_fid_in_ffa_range(0x84000100u));
	assert_false(libffa_smccc_fid_in_ffa_range(0x85000063u));
	/* Malformed IDs stay in the range, so a proxy decodes and refuses. */
	assert_true(libffa_smccc_fid_in_ffa_range(0x04000063u));
	assert_true(libffa_smccc_fid_in_ffa_range(0x84020063u));
	assert_true(libffa_smccc_fid_in_ffa_range(FID_DIRECT_REQ2 |
						  LIBFFA_SMCCC_SVE_HINT));
	assert_false(libffa_smccc_fid_in_ffa_range(LIBFFA_SMCCC_VERSION_FID));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(smccc_fid_fields),
		cmocka_unit_test(smccc_ffa_range),
		cmocka_unit_test(smccc_version_call_builds_frame),
		cmocka_unit_test(smccc_version_parse_reads_w0),
		cmocka_unit_test(smccc_version_parse_not_supported_is_1_0),
		cmocka_unit_test(smccc_version_require_checks_minimum),
		cmocka_unit_test(smccc_arch_features_call_and_parse),
		cmocka_unit_test(smccc_regmask_constants),
		cmocka_unit_test(smccc_conv_rules_per_version),
		cmocka_unit_test(smccc_preserved_smc32_violation_at_x8),
		cmocka_unit_test(smccc_preserved_w4_unless_result),
		cmocka_unit_test(smccc_preserved_smc64_violation_at_x18),
		cmocka_unit_test(
			smccc_first_clobbered_null_is_nothing_to_check),
	};

	return cmocka_run_group_tests_name("smccc", tests, NULL, NULL);
}
