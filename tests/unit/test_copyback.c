/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * The register rules of one FF-A call and its reply, derived from abi.def,
 * and the copy-back policies of a proxy (layer 3, copyback.h). DEN0028 1.2
 * s2.6; DEN0077A 1.2 s11.2; the readings of docs/fact-check.md s6.
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

#include "ffa/abi.h"
#include "ffa/copyback.h"

#include "helpers.h"

#define FID_MSG_WAIT_32	  LIBFFA_FID_32(LIBFFA_FNUM_MSG_WAIT)
#define FID_DIRECT_REQ2	  LIBFFA_FID_64(LIBFFA_FNUM_MSG_SEND_DIRECT_REQ2)
#define FID_DIRECT_REQ_32 LIBFFA_FID_32(LIBFFA_FNUM_MSG_SEND_DIRECT_REQ)
#define FID_DIRECT_RSP_32 LIBFFA_FID_32(LIBFFA_FNUM_MSG_SEND_DIRECT_RESP)
#define FID_ID_GET	  LIBFFA_FID_32(LIBFFA_FNUM_ID_GET)
#define FID_SUCCESS_32	  LIBFFA_FID_32(LIBFFA_FNUM_SUCCESS)
#define FID_VERSION	  LIBFFA_FID_32(LIBFFA_FNUM_VERSION)

#define X(r) LIBFFA_REGMASK_X(r)

/*
 * Apply @policy to (saved, reply) for @call_fid and return the frame; the
 * plan must answer @want (LIBFFA_E_DROPPED when it cuts a result).
 */
static void copyback(libffa_status_t want, uint32_t call_fid,
		     enum libffa_copyback_policy policy,
		     libffa_version_t version, uint32_t smccc_version,
		     const struct libffa_regs *saved,
		     const struct libffa_regs *reply, struct libffa_regs *out,
		     struct libffa_reply_rules *rules)
{
	struct libffa_copyback_plan plan;

	assert_int_equal(libffa_reply_rules(call_fid, reply, version,
					    smccc_version, rules),
			 LIBFFA_OK);
	assert_int_equal(libffa_copyback_plan(policy, rules, &plan), want);
	/* The plan partitions x0-x17. */
	assert_int_equal(plan.copy | plan.restore | plan.zero,
			 LIBFFA_REGMASK_FRAME);
	assert_int_equal(plan.copy & plan.restore, 0);
	assert_int_equal(plan.copy & plan.zero, 0);
	assert_int_equal(plan.restore & plan.zero, 0);
	libffa_copyback_apply(&plan, saved, reply, out);
}

/* Result registers come from abi.def layouts, per version and width. */
static void layout_regs_from_table(void **state)
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
		libffa_copyback_layout_regs(req2, true, LIBFFA_VERSION_1_2),
		LIBFFA_REGMASK_RANGE(1, 17));
	/* DIRECT_REQ_64: payload x3-x7 in 1.2, x3-x17 from 1.3. */
	assert_int_equal(
		libffa_copyback_layout_regs(req, true, LIBFFA_VERSION_1_2),
		LIBFFA_REGMASK_RANGE(1, 7));
	assert_int_equal(
		libffa_copyback_layout_regs(req, true, LIBFFA_VERSION_1_3),
		LIBFFA_REGMASK_RANGE(1, 17));
	/* DIRECT_REQ_32 at 1.0: w2 reserved (no framework bits yet). */
	assert_int_equal(
		libffa_copyback_layout_regs(req, false, LIBFFA_VERSION_1_0),
		LIBFFA_REGMASK_X(1) | LIBFFA_REGMASK_RANGE(3, 7));
	/* FFA_SUCCESS of MEM_SHARE: the handle in w2/w3. */
	assert_int_equal(
		libffa_copyback_layout_regs(share, false, LIBFFA_VERSION_1_1),
		LIBFFA_REGMASK_RANGE(2, 3));
	assert_int_equal(
		libffa_copyback_layout_regs(id_get, false, LIBFFA_VERSION_1_0),
		LIBFFA_REGMASK_X(2));
	assert_int_equal(
		libffa_copyback_layout_regs(NULL, true, LIBFFA_VERSION_1_2), 0);
}

/*
 * FFA_PARTITION_INFO_GET (DEN0077A 1.1): w1-w4 UUID, w5 flags from v1.1
 * (MBZ in v1.0); the answer has the count in w2 and, from v1.1, the
 * descriptor size in w3 (absent in 1.0). layout_regs() follows the
 * version: "a field counts only when it exists at @version".
 */
static void layout_regs_follow_version(void **state)
{
	const struct libffa_layout *args = libffa_abi_layout(
		LIBFFA_ABI_PARTITION_INFO_GET, LIBFFA_MSG_ARGS);
	const struct libffa_layout *res = libffa_abi_layout(
		LIBFFA_ABI_PARTITION_INFO_GET, LIBFFA_MSG_RESULT);

	(void)state;
	assert_non_null(args);
	assert_non_null(res);
	assert_int_equal(
		libffa_copyback_layout_regs(args, false, LIBFFA_VERSION_1_0),
		X(1) | X(2) | X(3) | X(4));
	assert_int_equal(
		libffa_copyback_layout_regs(args, false, LIBFFA_VERSION_1_1),
		X(1) | X(2) | X(3) | X(4) | X(5));
	assert_int_equal(
		libffa_copyback_layout_regs(res, false, LIBFFA_VERSION_1_0),
		X(2));
	assert_int_equal(
		libffa_copyback_layout_regs(res, false, LIBFFA_VERSION_1_2),
		X(2) | X(3));
	/* "0 for a NULL or empty layout". */
	assert_int_equal(
		libffa_copyback_layout_regs(NULL, true, LIBFFA_VERSION_1_2), 0);
	assert_int_equal(libffa_copyback_layout_regs(
				 libffa_abi_layout(LIBFFA_ABI_RX_RELEASE,
						   LIBFFA_MSG_RESULT),
				 false, LIBFFA_VERSION_1_2),
			 0);
}

/*
 * FFA_PARTITION_INFO_GET_REGS (v1.2, SMC64 only; DEN0077A 1.2,
 * FFA_PARTITION_INFO_GET_REGS): x1/x2 carry the UUID as an x-register pair, x3
 * the start index and tag. In a w-only (SMC32) frame an x pair has no meaning
 * (abi.h libffa_field_present()), so it occupies no register there.
 */
static void layout_regs_uuid_pair_needs_smc64(void **state)
{
	const struct libffa_layout *args = libffa_abi_layout(
		LIBFFA_ABI_PARTITION_INFO_GET_REGS, LIBFFA_MSG_ARGS);
	libffa_regmask_t wide;
	libffa_regmask_t narrow;

	(void)state;
	assert_non_null(args);
	wide = libffa_copyback_layout_regs(args, true, LIBFFA_VERSION_1_2);
	narrow = libffa_copyback_layout_regs(args, false, LIBFFA_VERSION_1_2);
	assert_int_equal(wide & (X(1) | X(2)), X(1) | X(2));
	assert_int_equal(narrow & (X(1) | X(2)), 0);
	assert_int_equal(wide & X(0), 0);
}

/*
 * The seed case (docs/fact-check.md s6): FFA_MSG_WAIT_32 answered
 * by FFA_MSG_SEND_DIRECT_REQ2 (SMC64). The reply's results x8-x17 are
 * registers the SMC32 caller expects preserved: a conflict.
 */
static void reply_rules_msg_wait_direct_req2(void **state)
{
	struct libffa_regs reply;
	struct libffa_reply_rules r;

	(void)state;
	th_fill(&reply, 0xA000);
	reply.x[0] = FID_DIRECT_REQ2;
	assert_int_equal(
		libffa_reply_rules(FID_MSG_WAIT_32, &reply, LIBFFA_VERSION_1_2,
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

/*
 * Under CALLER_CONV the SMC32 caller keeps x8-x17 and x4-x7 are copied: the
 * plan cuts ten result registers, which is LIBFFA_E_DROPPED, never OK
 * (issue 12 item 5).
 */
static void copyback_caller_conv_msg_wait(void **state)
{
	struct libffa_regs saved;
	struct libffa_regs reply;
	struct libffa_regs out;
	struct libffa_reply_rules r;
	unsigned int i;

	(void)state;
	th_fill(&saved, 0xC000);
	saved.x[0] = FID_MSG_WAIT_32;
	th_fill(&reply, 0xA000);
	reply.x[0] = FID_DIRECT_REQ2;
	copyback(LIBFFA_E_DROPPED, FID_MSG_WAIT_32, LIBFFA_COPYBACK_CALLER_CONV,
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
static void copyback_all_msg_wait(void **state)
{
	struct libffa_regs saved;
	struct libffa_regs reply;
	struct libffa_regs out;
	struct libffa_reply_rules r;
	unsigned int i;

	(void)state;
	th_fill(&saved, 0xC000);
	th_fill(&reply, 0xA000);
	reply.x[0] = FID_DIRECT_REQ2;
	copyback(LIBFFA_OK, FID_MSG_WAIT_32, LIBFFA_COPYBACK_ALL,
		 LIBFFA_VERSION_1_2, LIBFFA_SMCCC_VERSION_1_2, &saved, &reply,
		 &out, &r);
	for (i = 0; i < LIBFFA_REGS_COUNT; i++) {
		assert_int_equal(out.x[i], reply.x[i]);
	}
}

/* Under REPLY_ABI the DIRECT_REQ2 layout's x1-x17 (and x0) are copied. */
static void copyback_reply_abi_msg_wait(void **state)
{
	struct libffa_regs saved;
	struct libffa_regs reply;
	struct libffa_regs out;
	struct libffa_reply_rules r;
	unsigned int i;

	(void)state;
	th_fill(&saved, 0xC000);
	th_fill(&reply, UINT64_C(0xFEED00000000A000));
	reply.x[0] = FID_DIRECT_REQ2;
	copyback(LIBFFA_OK, FID_MSG_WAIT_32, LIBFFA_COPYBACK_REPLY_ABI,
		 LIBFFA_VERSION_1_2, LIBFFA_SMCCC_VERSION_1_2, &saved, &reply,
		 &out, &r);
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
static void copyback_reply_abi_id_get(void **state)
{
	struct libffa_regs saved;
	struct libffa_regs reply;
	struct libffa_regs out;
	struct libffa_reply_rules r;
	unsigned int i;

	(void)state;
	th_fill(&saved, 0xC000);
	saved.x[0] = FID_ID_GET;
	th_fill(&reply, UINT64_C(0xFFFFFFFF0000A000));
	reply.x[0] = FID_SUCCESS_32;
	copyback(LIBFFA_OK, FID_ID_GET, LIBFFA_COPYBACK_REPLY_ABI,
		 LIBFFA_VERSION_1_2, LIBFFA_SMCCC_VERSION_1_2, &saved, &reply,
		 &out, &r);
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
	copyback(LIBFFA_OK, FID_ID_GET, LIBFFA_COPYBACK_CALLER_CONV,
		 LIBFFA_VERSION_1_2, LIBFFA_SMCCC_VERSION_1_2, &saved, &reply,
		 &out, &r);
	for (i = 1; i <= 7; i++) {
		assert_int_equal(out.x[i], reply.x[i]);
	}
	assert_int_equal(out.x[8], 0xC008u);

	/* Under SMCCC 1.1 an SMC32 caller's results are x0-x3 only. */
	copyback(LIBFFA_OK, FID_ID_GET, LIBFFA_COPYBACK_CALLER_CONV,
		 LIBFFA_VERSION_1_2, LIBFFA_SMCCC_VERSION_1_1, &saved, &reply,
		 &out, &r);
	assert_int_equal(out.x[3], reply.x[3]);
	assert_int_equal(out.x[4], 0xC004u);

	/*
	 * Under SMCCC 1.0 x4-x17 are unpredictable, so nothing obliges the
	 * proxy to restore them: REPLY_ABI zeroes them instead.
	 */
	copyback(LIBFFA_OK, FID_ID_GET, LIBFFA_COPYBACK_REPLY_ABI,
		 LIBFFA_VERSION_1_2, LIBFFA_SMCCC_VERSION_1_0, &saved, &reply,
		 &out, &r);
	assert_int_equal(out.x[2], 0xA002u);
	for (i = 4; i < LIBFFA_REGS_COUNT; i++) {
		assert_int_equal(out.x[i], 0);
	}
}

/* DIRECT_REQ_32 -> DIRECT_RESP_32: w0-w7 results, x8-x17 restored. */
static void copyback_reply_abi_direct_resp_32(void **state)
{
	struct libffa_regs saved;
	struct libffa_regs reply;
	struct libffa_regs out;
	struct libffa_reply_rules r;
	unsigned int i;

	(void)state;
	th_fill(&saved, 0xC000);
	th_fill(&reply, UINT64_C(0x123400000000A000));
	reply.x[0] = FID_DIRECT_RSP_32;
	copyback(LIBFFA_OK, FID_DIRECT_REQ_32, LIBFFA_COPYBACK_REPLY_ABI,
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
static void copyback_reply_abi_version(void **state)
{
	struct libffa_regs saved;
	struct libffa_regs reply;
	struct libffa_regs out;
	struct libffa_reply_rules r;

	(void)state;
	th_fill(&saved, 0xC000);
	th_fill(&reply, 0xA000);
	reply.x[0] = LIBFFA_VERSION_1_2;
	copyback(LIBFFA_OK, FID_VERSION, LIBFFA_COPYBACK_REPLY_ABI,
		 LIBFFA_VERSION_1_2, LIBFFA_SMCCC_VERSION_1_2, &saved, &reply,
		 &out, &r);
	assert_int_equal(r.results, LIBFFA_REGMASK_X(0));
	assert_int_equal(out.x[0], LIBFFA_VERSION_1_2);
	assert_int_equal(out.x[1], 0);
	assert_int_equal(out.x[3], 0);
	assert_int_equal(out.x[4], 0xC004u);
	assert_int_equal(out.x[17], 0xC011u);
}

/* DEN0077A 1.2 s11.2: unused registers of a reply are zero. */
static void zero_unused_cleans_reply(void **state)
{
	struct libffa_regs reply;
	struct libffa_reply_rules r;
	unsigned int i;

	(void)state;
	th_fill(&reply, 0xA000);
	reply.x[0] = FID_SUCCESS_32;
	assert_int_equal(
		libffa_reply_rules(FID_ID_GET, &reply, LIBFFA_VERSION_1_2,
				   LIBFFA_SMCCC_VERSION_1_2, &r),
		LIBFFA_OK);
	assert_int_equal(r.unused, LIBFFA_REGMASK_X0_X7 & ~LIBFFA_REGMASK_X(0) &
					   ~LIBFFA_REGMASK_X(2));
	libffa_reply_zero_unused(&r, &reply);
	assert_int_equal(reply.x[0], FID_SUCCESS_32);
	assert_int_equal(reply.x[1], 0);
	assert_int_equal(reply.x[2], 0xA002u);
	for (i = 3; i <= 7; i++) {
		assert_int_equal(reply.x[i], 0);
	}
	/* Not part of an SMC32 frame: left alone. */
	assert_int_equal(reply.x[8], 0xA008u);
}

static void reply_rules_errors(void **state)
{
	struct libffa_regs reply = {{0}};
	struct libffa_reply_rules r;
	struct libffa_copyback_plan plan;

	(void)state;
	reply.x[0] = FID_DIRECT_REQ2;
	/* DIRECT_REQ2 does not exist in 1.1 (DEN0077A 1.2 s15.4). */
	assert_int_equal(
		libffa_reply_rules(FID_MSG_WAIT_32, &reply, LIBFFA_VERSION_1_1,
				   LIBFFA_SMCCC_VERSION_1_2, &r),
		LIBFFA_E_VERSION);
	assert_int_equal(
		libffa_reply_rules(0x8400FFFFu, &reply, LIBFFA_VERSION_1_2,
				   LIBFFA_SMCCC_VERSION_1_2, &r),
		LIBFFA_E_UNKNOWN_FID);
	reply.x[0] = 0xC4000001u;
	assert_int_equal(
		libffa_reply_rules(FID_MSG_WAIT_32, &reply, LIBFFA_VERSION_1_2,
				   LIBFFA_SMCCC_VERSION_1_2, &r),
		LIBFFA_E_UNKNOWN_FID);
	assert_int_equal(libffa_reply_rules(FID_MSG_WAIT_32, &reply,
					    LIBFFA_VERSION(2, 0),
					    LIBFFA_SMCCC_VERSION_1_2, &r),
			 LIBFFA_E_VERSION);
	assert_int_equal(
		libffa_reply_rules(FID_MSG_WAIT_32, NULL, LIBFFA_VERSION_1_2,
				   LIBFFA_SMCCC_VERSION_1_2, &r),
		LIBFFA_E_INVAL);
	assert_int_equal(
		libffa_copyback_plan((enum libffa_copyback_policy)7, &r, &plan),
		LIBFFA_E_INVAL);
	assert_int_equal(libffa_copyback_plan(LIBFFA_COPYBACK_ALL, NULL, &plan),
			 LIBFFA_E_INVAL);
}

/* The documented LIBFFA_E_INVAL of each entry point. */
static void null_pointers_are_inval(void **state)
{
	struct libffa_regs reply;
	struct libffa_reply_rules rules;
	struct libffa_copyback_plan plan;

	(void)state;
	libffa_regs_clear(&reply);
	assert_int_equal(libffa_reply_rules(UINT32_C(0x84000061), NULL,
					    LIBFFA_VERSION_1_2,
					    LIBFFA_SMCCC_VERSION_1_2, &rules),
			 LIBFFA_E_INVAL);
	libffa_regs_set_w(&reply, 0, UINT32_C(0x84000061));
	assert_int_equal(libffa_reply_rules(UINT32_C(0x84000061), &reply,
					    LIBFFA_VERSION_1_2,
					    LIBFFA_SMCCC_VERSION_1_2, NULL),
			 LIBFFA_E_INVAL);
	assert_int_equal(libffa_reply_rules(UINT32_C(0x84000061), &reply,
					    LIBFFA_VERSION_1_2,
					    LIBFFA_SMCCC_VERSION_1_2, &rules),
			 LIBFFA_OK);
	assert_int_equal(libffa_copyback_plan(LIBFFA_COPYBACK_ALL, NULL, &plan),
			 LIBFFA_E_INVAL);
	assert_int_equal(
		libffa_copyback_plan(LIBFFA_COPYBACK_ALL, &rules, NULL),
		LIBFFA_E_INVAL);
}

/*
 * Issue 12 item 5: a zero-initialised policy is the safe one. A 32-bit
 * FFA_MSG_WAIT resumed by a 64-bit DIRECT_REQ2 (DEN0077A 1.2 s8) must come
 * back whole: x8-x17 carry the request's payload, not the caller's stale
 * registers, and the plan answers OK only because nothing is dropped.
 */
static void copyback_zero_policy_delivers_whole_reply(void **state)
{
	enum libffa_copyback_policy zero;
	struct libffa_regs saved;
	struct libffa_regs reply;
	struct libffa_regs out;
	struct libffa_reply_rules r;
	unsigned int i;

	(void)state;
	memset(&zero, 0, sizeof(zero));
	th_fill(&saved, 0xC000);
	saved.x[0] = FID_MSG_WAIT_32;
	th_fill(&reply, 0xA000);
	reply.x[0] = FID_DIRECT_REQ2;
	copyback(LIBFFA_OK, FID_MSG_WAIT_32, zero, LIBFFA_VERSION_1_2,
		 LIBFFA_SMCCC_VERSION_1_2, &saved, &reply, &out, &r);
	for (i = 0; i < LIBFFA_REGS_COUNT; i++) {
		assert_int_equal(out.x[i], reply.x[i]);
	}
}

/* Every policy: OK exactly when the plan copies every result register. */
static void copyback_dropped_iff_result_not_copied(void **state)
{
	static const enum libffa_copyback_policy policies[] = {
		LIBFFA_COPYBACK_REPLY_ABI, LIBFFA_COPYBACK_CALLER_CONV,
		LIBFFA_COPYBACK_ALL};
	static const uint32_t calls[] = {FID_MSG_WAIT_32, FID_ID_GET,
					 FID_DIRECT_REQ_32, FID_VERSION};
	static const uint32_t replies[] = {FID_DIRECT_REQ2, FID_SUCCESS_32,
					   FID_DIRECT_RSP_32, 0x10002u};
	struct libffa_reply_rules r;
	struct libffa_copyback_plan plan;
	struct libffa_regs reply;
	unsigned int p;
	unsigned int c;

	(void)state;
	for (c = 0; c < 4u; c++) {
		libffa_regs_clear(&reply);
		reply.x[0] = replies[c];
		assert_int_equal(
			libffa_reply_rules(calls[c], &reply, LIBFFA_VERSION_1_2,
					   LIBFFA_SMCCC_VERSION_1_2, &r),
			LIBFFA_OK);
		for (p = 0; p < 3u; p++) {
			libffa_status_t st =
				libffa_copyback_plan(policies[p], &r, &plan);

			assert_int_equal(st, (r.results & ~plan.copy) != 0u
						     ? LIBFFA_E_DROPPED
						     : LIBFFA_OK);
		}
	}
	/* Only the seed case drops anything, and only under CALLER_CONV. */
	libffa_regs_clear(&reply);
	reply.x[0] = FID_DIRECT_REQ2;
	assert_int_equal(
		libffa_reply_rules(FID_MSG_WAIT_32, &reply, LIBFFA_VERSION_1_2,
				   LIBFFA_SMCCC_VERSION_1_2, &r),
		LIBFFA_OK);
	assert_int_equal(
		libffa_copyback_plan(LIBFFA_COPYBACK_CALLER_CONV, &r, &plan),
		LIBFFA_E_DROPPED);
	assert_int_equal(r.results & ~plan.copy, LIBFFA_REGMASK_X8_X17);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(layout_regs_from_table),
		cmocka_unit_test(layout_regs_follow_version),
		cmocka_unit_test(layout_regs_uuid_pair_needs_smc64),
		cmocka_unit_test(reply_rules_msg_wait_direct_req2),
		cmocka_unit_test(copyback_caller_conv_msg_wait),
		cmocka_unit_test(copyback_all_msg_wait),
		cmocka_unit_test(copyback_reply_abi_msg_wait),
		cmocka_unit_test(copyback_reply_abi_id_get),
		cmocka_unit_test(copyback_reply_abi_direct_resp_32),
		cmocka_unit_test(copyback_reply_abi_version),
		cmocka_unit_test(zero_unused_cleans_reply),
		cmocka_unit_test(reply_rules_errors),
		cmocka_unit_test(null_pointers_are_inval),
		cmocka_unit_test(copyback_zero_policy_delivers_whole_reply),
		cmocka_unit_test(copyback_dropped_iff_result_not_copied),
	};

	return cmocka_run_group_tests_name("copyback", tests, NULL, NULL);
}
