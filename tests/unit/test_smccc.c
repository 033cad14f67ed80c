/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * SMCCC function-ID fields, SMCCC_VERSION/ARCH_FEATURES, the register rules
 * of a call and its reply, the copy-back policies and the preservation
 * check. DEN0028 1.2 s2.5-s2.7, s7; rules per version as sourced in
 * docs/fact-check.md item 6; the policies of ../shared/ffa-facts.md s8.
 */
/* cmocka needs these before it, in this order. */
/* clang-format off */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
/* clang-format on */

#include "ffa/abi.h"
#include "ffa/field.h"
#include "ffa/smccc.h"

#define FID_MSG_WAIT_32	  LIBFFA_FID_32(LIBFFA_FNUM_MSG_WAIT)
#define FID_DIRECT_REQ2	  LIBFFA_FID_64(LIBFFA_FNUM_MSG_SEND_DIRECT_REQ2)
#define FID_DIRECT_REQ_32 LIBFFA_FID_32(LIBFFA_FNUM_MSG_SEND_DIRECT_REQ)
#define FID_DIRECT_RSP_32 LIBFFA_FID_32(LIBFFA_FNUM_MSG_SEND_DIRECT_RESP)
#define FID_ID_GET	  LIBFFA_FID_32(LIBFFA_FNUM_ID_GET)
#define FID_SUCCESS_32	  LIBFFA_FID_32(LIBFFA_FNUM_SUCCESS)
#define FID_VERSION	  LIBFFA_FID_32(LIBFFA_FNUM_VERSION)

/* A frame whose every register is distinguishable: base + index. */
static void fill(struct libffa_regs *regs, uint64_t base)
{
	unsigned int i;

	for (i = 0; i < LIBFFA_REGS_COUNT; i++) {
		regs->x[i] = base + i;
	}
}

static void fill_gprs(struct libffa_smccc_gprs *g, uint64_t base)
{
	unsigned int i;

	for (i = 0; i < LIBFFA_GPR_COUNT; i++) {
		g->x[i] = base + i;
	}
}

/* Apply @policy to (saved, reply) for @call_fid and return the frame. */
static void copyback(uint32_t call_fid, enum libffa_copyback policy,
		     libffa_version_t version, uint32_t smccc_version,
		     const struct libffa_regs *saved,
		     const struct libffa_regs *reply, struct libffa_regs *out,
		     struct libffa_smccc_reply_rules *rules)
{
	struct libffa_copyback_plan plan;

	assert_int_equal(libffa_smccc_reply_rules(call_fid, reply, version,
						  smccc_version, rules),
			 LIBFFA_OK);
	assert_int_equal(libffa_smccc_copyback_plan(policy, rules, &plan),
			 LIBFFA_OK);
	/* The plan partitions x0-x17. */
	assert_int_equal(plan.copy | plan.restore | plan.zero,
			 LIBFFA_REGMASK_FRAME);
	assert_int_equal(plan.copy & plan.restore, 0);
	assert_int_equal(plan.copy & plan.zero, 0);
	assert_int_equal(plan.restore & plan.zero, 0);
	libffa_smccc_copyback_apply(&plan, saved, reply, out);
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
	fill(&regs, 0x5A5A0000u);
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
	fill(&regs, 0x1000);
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

/* Result registers come from abi.def layouts, per version and width. */
static void smccc_layout_regs_from_table(void **state)
{
	const struct libffa_layout *req2 = libffa_abi_layout(
		LIBFFA_ABI_MSG_SEND_DIRECT_REQ2, LIBFFA_MSG_ARGS);
	const struct libffa_layout *req = libffa_abi_layout(
		LIBFFA_ABI_MSG_SEND_DIRECT_REQ, LIBFFA_MSG_ARGS);
	const struct libffa_layout *share =
		libffa_abi_layout(LIBFFA_ABI_MEM_SHARE, LIBFFA_MSG_RESULT);
	const struct libffa_layout *id_get =
		libffa_abi_layout(LIBFFA_ABI_ID_GET, LIBFFA_MSG_RESULT);

	(void)state;
	/* DEN0077A 1.2 s15.4: REQ2 uses x1 (IDs), x2-x3 (UUID), x4-x17. */
	assert_int_equal(
		libffa_smccc_layout_regs(req2, true, LIBFFA_VERSION_1_2),
		LIBFFA_REGMASK_RANGE(1, 17));
	/* DIRECT_REQ_64: payload x3-x7 in 1.2, x3-x17 from 1.3. */
	assert_int_equal(
		libffa_smccc_layout_regs(req, true, LIBFFA_VERSION_1_2),
		LIBFFA_REGMASK_RANGE(1, 7));
	assert_int_equal(
		libffa_smccc_layout_regs(req, true, LIBFFA_VERSION_1_3),
		LIBFFA_REGMASK_RANGE(1, 17));
	/* DIRECT_REQ_32 at 1.0: w2 reserved (no framework bits yet). */
	assert_int_equal(
		libffa_smccc_layout_regs(req, false, LIBFFA_VERSION_1_0),
		LIBFFA_REGMASK_X(1) | LIBFFA_REGMASK_RANGE(3, 7));
	/* FFA_SUCCESS of MEM_SHARE: the handle in w2/w3. */
	assert_int_equal(
		libffa_smccc_layout_regs(share, false, LIBFFA_VERSION_1_1),
		LIBFFA_REGMASK_RANGE(2, 3));
	assert_int_equal(
		libffa_smccc_layout_regs(id_get, false, LIBFFA_VERSION_1_0),
		LIBFFA_REGMASK_X(2));
	assert_int_equal(
		libffa_smccc_layout_regs(NULL, true, LIBFFA_VERSION_1_2), 0);
}

/*
 * The seed case (../shared/ffa-facts.md s8 item 2): FFA_MSG_WAIT_32 answered
 * by FFA_MSG_SEND_DIRECT_REQ2 (SMC64). The reply's results x8-x17 are
 * registers the SMC32 caller expects preserved: a conflict.
 */
static void smccc_reply_rules_msg_wait_direct_req2(void **state)
{
	struct libffa_regs reply;
	struct libffa_smccc_reply_rules r;

	(void)state;
	fill(&reply, 0xA000);
	reply.x[0] = FID_DIRECT_REQ2;
	assert_int_equal(libffa_smccc_reply_rules(FID_MSG_WAIT_32, &reply,
						  LIBFFA_VERSION_1_2,
						  LIBFFA_SMCCC_VERSION_1_2, &r),
			 LIBFFA_OK);
	assert_false(r.call_smc64);
	assert_true(r.reply_smc64);
	assert_int_equal(r.frame, LIBFFA_REGMASK_FRAME);
	assert_int_equal(r.results, LIBFFA_REGMASK_FRAME);
	assert_int_equal(r.unused, 0);
	assert_int_equal(r.preserved, LIBFFA_REGMASK_X8_X30);
	assert_int_equal(r.conflict, LIBFFA_REGMASK_X8_X17);
}

/* Under CALLER_CONV the SMC32 caller keeps x8-x17; x4-x7 are copied. */
static void smccc_copyback_caller_conv_msg_wait(void **state)
{
	struct libffa_regs saved;
	struct libffa_regs reply;
	struct libffa_regs out;
	struct libffa_smccc_reply_rules r;
	unsigned int i;

	(void)state;
	fill(&saved, 0xC000);
	saved.x[0] = FID_MSG_WAIT_32;
	fill(&reply, 0xA000);
	reply.x[0] = FID_DIRECT_REQ2;
	copyback(FID_MSG_WAIT_32, LIBFFA_COPYBACK_CALLER_CONV,
		 LIBFFA_VERSION_1_2, LIBFFA_SMCCC_VERSION_1_2, &saved, &reply,
		 &out, &r);
	for (i = 0; i <= 7; i++) {
		assert_int_equal(out.x[i], reply.x[i]);
	}
	for (i = 8; i <= 17; i++) {
		assert_int_equal(out.x[i], 0xC000 + i);
	}
}

/* Under ALL (upstream pKVM v11) every x0-x17 is copied. */
static void smccc_copyback_all_msg_wait(void **state)
{
	struct libffa_regs saved;
	struct libffa_regs reply;
	struct libffa_regs out;
	struct libffa_smccc_reply_rules r;
	unsigned int i;

	(void)state;
	fill(&saved, 0xC000);
	fill(&reply, 0xA000);
	reply.x[0] = FID_DIRECT_REQ2;
	copyback(FID_MSG_WAIT_32, LIBFFA_COPYBACK_ALL, LIBFFA_VERSION_1_2,
		 LIBFFA_SMCCC_VERSION_1_2, &saved, &reply, &out, &r);
	for (i = 0; i < LIBFFA_REGS_COUNT; i++) {
		assert_int_equal(out.x[i], reply.x[i]);
	}
}

/* Under REPLY_ABI the DIRECT_REQ2 layout's x1-x17 (and x0) are copied. */
static void smccc_copyback_reply_abi_msg_wait(void **state)
{
	struct libffa_regs saved;
	struct libffa_regs reply;
	struct libffa_regs out;
	struct libffa_smccc_reply_rules r;
	unsigned int i;

	(void)state;
	fill(&saved, 0xC000);
	fill(&reply, UINT64_C(0xFEED00000000A000));
	reply.x[0] = FID_DIRECT_REQ2;
	copyback(FID_MSG_WAIT_32, LIBFFA_COPYBACK_REPLY_ABI, LIBFFA_VERSION_1_2,
		 LIBFFA_SMCCC_VERSION_1_2, &saved, &reply, &out, &r);
	for (i = 0; i < LIBFFA_REGS_COUNT; i++) {
		/* SMC64 reply: full 64-bit values, nothing narrowed. */
		assert_int_equal(out.x[i], reply.x[i]);
	}
}

/*
 * A 32-bit FFA_SUCCESS answering FFA_ID_GET (DEN0077A 1.2 s13.9): only w2
 * is a result. REPLY_ABI zeroes the unused x1/x3 (results in every SMCCC
 * version, reserved by FF-A) and restores x4-x17, which SMCCC 1.2 keeps
 * preserved because they are not results here.
 */
static void smccc_copyback_reply_abi_id_get(void **state)
{
	struct libffa_regs saved;
	struct libffa_regs reply;
	struct libffa_regs out;
	struct libffa_smccc_reply_rules r;
	unsigned int i;

	(void)state;
	fill(&saved, 0xC000);
	saved.x[0] = FID_ID_GET;
	fill(&reply, UINT64_C(0xFFFFFFFF0000A000));
	reply.x[0] = FID_SUCCESS_32;
	copyback(FID_ID_GET, LIBFFA_COPYBACK_REPLY_ABI, LIBFFA_VERSION_1_2,
		 LIBFFA_SMCCC_VERSION_1_2, &saved, &reply, &out, &r);
	assert_int_equal(r.results, LIBFFA_REGMASK_X(0) | LIBFFA_REGMASK_X(2));
	assert_int_equal(out.x[0], FID_SUCCESS_32);
	assert_int_equal(out.x[1], 0);
	/* SMC32 reply: only w2 is the result, bits[63:32] cleared. */
	assert_int_equal(out.x[2], 0xA002u);
	assert_int_equal(out.x[3], 0);
	for (i = 4; i < LIBFFA_REGS_COUNT; i++) {
		assert_int_equal(out.x[i], 0xC000 + i);
	}

	/* CALLER_CONV copies all of w0-w7 as they came. */
	copyback(FID_ID_GET, LIBFFA_COPYBACK_CALLER_CONV, LIBFFA_VERSION_1_2,
		 LIBFFA_SMCCC_VERSION_1_2, &saved, &reply, &out, &r);
	for (i = 1; i <= 7; i++) {
		assert_int_equal(out.x[i], reply.x[i]);
	}
	assert_int_equal(out.x[8], 0xC008u);

	/* Under SMCCC 1.1 an SMC32 caller's results are x0-x3 only. */
	copyback(FID_ID_GET, LIBFFA_COPYBACK_CALLER_CONV, LIBFFA_VERSION_1_2,
		 LIBFFA_SMCCC_VERSION_1_1, &saved, &reply, &out, &r);
	assert_int_equal(out.x[3], reply.x[3]);
	assert_int_equal(out.x[4], 0xC004u);

	/*
	 * Under SMCCC 1.0 x4-x17 are unpredictable, so nothing obliges the
	 * proxy to restore them: REPLY_ABI zeroes them instead.
	 */
	copyback(FID_ID_GET, LIBFFA_COPYBACK_REPLY_ABI, LIBFFA_VERSION_1_2,
		 LIBFFA_SMCCC_VERSION_1_0, &saved, &reply, &out, &r);
	assert_int_equal(out.x[2], 0xA002u);
	for (i = 4; i < LIBFFA_REGS_COUNT; i++) {
		assert_int_equal(out.x[i], 0);
	}
}

/* DIRECT_REQ_32 -> DIRECT_RESP_32: w0-w7 results, x8-x17 restored. */
static void smccc_copyback_reply_abi_direct_resp_32(void **state)
{
	struct libffa_regs saved;
	struct libffa_regs reply;
	struct libffa_regs out;
	struct libffa_smccc_reply_rules r;
	unsigned int i;

	(void)state;
	fill(&saved, 0xC000);
	fill(&reply, UINT64_C(0x123400000000A000));
	reply.x[0] = FID_DIRECT_RSP_32;
	copyback(FID_DIRECT_REQ_32, LIBFFA_COPYBACK_REPLY_ABI,
		 LIBFFA_VERSION_1_2, LIBFFA_SMCCC_VERSION_1_2, &saved, &reply,
		 &out, &r);
	assert_int_equal(r.results, LIBFFA_REGMASK_X0_X7);
	assert_int_equal(r.conflict, 0);
	for (i = 1; i <= 7; i++) {
		assert_int_equal(out.x[i], 0xA000 + i);
	}
	for (i = 8; i < LIBFFA_REGS_COUNT; i++) {
		assert_int_equal(out.x[i], 0xC000 + i);
	}
}

/* FFA_VERSION answers in w0 alone (DEN0077A 1.2 s13.2). */
static void smccc_copyback_reply_abi_version(void **state)
{
	struct libffa_regs saved;
	struct libffa_regs reply;
	struct libffa_regs out;
	struct libffa_smccc_reply_rules r;

	(void)state;
	fill(&saved, 0xC000);
	fill(&reply, 0xA000);
	reply.x[0] = LIBFFA_VERSION_1_2;
	copyback(FID_VERSION, LIBFFA_COPYBACK_REPLY_ABI, LIBFFA_VERSION_1_2,
		 LIBFFA_SMCCC_VERSION_1_2, &saved, &reply, &out, &r);
	assert_int_equal(r.results, LIBFFA_REGMASK_X(0));
	assert_int_equal(out.x[0], LIBFFA_VERSION_1_2);
	assert_int_equal(out.x[1], 0);
	assert_int_equal(out.x[3], 0);
	assert_int_equal(out.x[4], 0xC004u);
	assert_int_equal(out.x[17], 0xC011u);
}

/* DEN0077A 1.2 s11.2: unused registers of a reply are zero. */
static void smccc_zero_unused_cleans_reply(void **state)
{
	struct libffa_regs reply;
	struct libffa_smccc_reply_rules r;
	unsigned int i;

	(void)state;
	fill(&reply, 0xA000);
	reply.x[0] = FID_SUCCESS_32;
	assert_int_equal(
		libffa_smccc_reply_rules(FID_ID_GET, &reply, LIBFFA_VERSION_1_2,
					 LIBFFA_SMCCC_VERSION_1_2, &r),
		LIBFFA_OK);
	assert_int_equal(r.unused, LIBFFA_REGMASK_X0_X7 & ~LIBFFA_REGMASK_X(0) &
					   ~LIBFFA_REGMASK_X(2));
	libffa_smccc_zero_unused(&r, &reply);
	assert_int_equal(reply.x[0], FID_SUCCESS_32);
	assert_int_equal(reply.x[1], 0);
	assert_int_equal(reply.x[2], 0xA002u);
	for (i = 3; i <= 7; i++) {
		assert_int_equal(reply.x[i], 0);
	}
	/* Not part of an SMC32 frame: left alone. */
	assert_int_equal(reply.x[8], 0xA008u);
}

static void smccc_reply_rules_errors(void **state)
{
	struct libffa_regs reply = {{0}};
	struct libffa_smccc_reply_rules r;
	struct libffa_copyback_plan plan;

	(void)state;
	reply.x[0] = FID_DIRECT_REQ2;
	/* DIRECT_REQ2 does not exist in 1.1 (DEN0077A 1.2 s15.4). */
	assert_int_equal(libffa_smccc_reply_rules(FID_MSG_WAIT_32, &reply,
						  LIBFFA_VERSION_1_1,
						  LIBFFA_SMCCC_VERSION_1_2, &r),
			 LIBFFA_E_VERSION);
	assert_int_equal(libffa_smccc_reply_rules(0x8400FFFFu, &reply,
						  LIBFFA_VERSION_1_2,
						  LIBFFA_SMCCC_VERSION_1_2, &r),
			 LIBFFA_E_UNKNOWN_FID);
	reply.x[0] = 0xC4000001u;
	assert_int_equal(libffa_smccc_reply_rules(FID_MSG_WAIT_32, &reply,
						  LIBFFA_VERSION_1_2,
						  LIBFFA_SMCCC_VERSION_1_2, &r),
			 LIBFFA_E_UNKNOWN_FID);
	assert_int_equal(libffa_smccc_reply_rules(FID_MSG_WAIT_32, &reply,
						  LIBFFA_VERSION(2, 0),
						  LIBFFA_SMCCC_VERSION_1_2, &r),
			 LIBFFA_E_VERSION);
	assert_int_equal(libffa_smccc_reply_rules(FID_MSG_WAIT_32, NULL,
						  LIBFFA_VERSION_1_2,
						  LIBFFA_SMCCC_VERSION_1_2, &r),
			 LIBFFA_E_INVAL);
	assert_int_equal(
		libffa_smccc_copyback_plan((enum libffa_copyback)7, &r, &plan),
		LIBFFA_E_INVAL);
	assert_int_equal(
		libffa_smccc_copyback_plan(LIBFFA_COPYBACK_ALL, NULL, &plan),
		LIBFFA_E_INVAL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(smccc_fid_fields),
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
		cmocka_unit_test(smccc_layout_regs_from_table),
		cmocka_unit_test(smccc_reply_rules_msg_wait_direct_req2),
		cmocka_unit_test(smccc_copyback_caller_conv_msg_wait),
		cmocka_unit_test(smccc_copyback_all_msg_wait),
		cmocka_unit_test(smccc_copyback_reply_abi_msg_wait),
		cmocka_unit_test(smccc_copyback_reply_abi_id_get),
		cmocka_unit_test(smccc_copyback_reply_abi_direct_resp_32),
		cmocka_unit_test(smccc_copyback_reply_abi_version),
		cmocka_unit_test(smccc_zero_unused_cleans_reply),
		cmocka_unit_test(smccc_reply_rules_errors),
	};

	return cmocka_run_group_tests_name("smccc", tests, NULL, NULL);
}
