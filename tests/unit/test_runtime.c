/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * The partition runtime model: every legal-reply row, illegal replies,
 * the proxy's reply check with its copy-back plan, and the state machine.
 * DEN0077A 1.2 s8 (runtime model), s13.1 (SUCCESS/ERROR), s13.2 (VERSION),
 * s15 (messaging), DEN0077A 1.1 s16 / DEN0140 (memory management);
 * docs/fact-check.md, "Copy-back".
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

#include "ffa/runtime.h"

#define V10 LIBFFA_VERSION_1_0
#define V11 LIBFFA_VERSION_1_1
#define V12 LIBFFA_VERSION_1_2
#define V13 LIBFFA_VERSION_1_3

/*
 * One expectation: call (ABI, width) answered by reply (ABI, width) at a
 * version. For a bare-value reply (@bare), reply == call and @value is w0.
 */
struct expect {
	enum libffa_abi call;
	bool call64;
	enum libffa_abi reply;
	bool reply64;
	libffa_version_t version;
	bool bare;
	uint32_t value;
	libffa_status_t status;
};

#define A(name) LIBFFA_ABI_##name
#define LEGAL(c, c64, r, r64, v)                             \
	{                                                    \
		A(c), c64, A(r), r64, v, false, 0, LIBFFA_OK \
	}
#define ILLEGAL(c, c64, r, r64, v)                                   \
	{                                                            \
		A(c), c64, A(r), r64, v, false, 0, LIBFFA_E_PROTOCOL \
	}
#define VALUE(c, v, w0)                                          \
	{                                                        \
		A(c), false, A(c), false, v, true, w0, LIBFFA_OK \
	}

/* Written from the spec sections above, not from src/runtime.c. */
static const struct expect cases[] = {
	/* FFA_MSG_WAIT: the next event, of either width (s8.2-8.3). */
	LEGAL(MSG_WAIT, false, MSG_SEND_DIRECT_REQ, false, V12),
	LEGAL(MSG_WAIT, false, MSG_SEND_DIRECT_REQ, true, V12),
	LEGAL(MSG_WAIT, false, MSG_SEND_DIRECT_REQ2, true, V12),
	LEGAL(MSG_WAIT, true, MSG_SEND_DIRECT_REQ2, true, V13),
	LEGAL(MSG_WAIT, false, RUN, false, V11),
	LEGAL(MSG_WAIT, false, RUN, true, V13),
	LEGAL(MSG_WAIT, false, INTERRUPT, false, V10),
	LEGAL(MSG_WAIT, false, INTERRUPT, true, V13),
	LEGAL(MSG_WAIT, false, MSG_SEND, false, V10),
	LEGAL(MSG_WAIT, false, ERROR, false, V12),
	LEGAL(MSG_WAIT, false, ERROR, true, V13),
	ILLEGAL(MSG_WAIT, false, MSG_SEND, false, V11),
	ILLEGAL(MSG_WAIT, false, SUCCESS, false, V12),
	ILLEGAL(MSG_WAIT, false, SUCCESS, true, V12),
	ILLEGAL(MSG_WAIT, false, MSG_SEND_DIRECT_RESP, false, V12),
	ILLEGAL(MSG_WAIT, false, YIELD, false, V12),
	/* A direct response gives the cycles back like FFA_MSG_WAIT. */
	LEGAL(MSG_SEND_DIRECT_RESP, false, MSG_SEND_DIRECT_REQ, false, V11),
	LEGAL(MSG_SEND_DIRECT_RESP, true, MSG_SEND_DIRECT_REQ2, true, V12),
	LEGAL(MSG_SEND_DIRECT_RESP, false, RUN, false, V12),
	LEGAL(MSG_SEND_DIRECT_RESP, false, INTERRUPT, false, V12),
	LEGAL(MSG_SEND_DIRECT_RESP, false, MSG_SEND, false, V10),
	LEGAL(MSG_SEND_DIRECT_RESP, false, ERROR, false, V12),
	ILLEGAL(MSG_SEND_DIRECT_RESP, false, SUCCESS, false, V12),
	LEGAL(MSG_SEND_DIRECT_RESP2, true, MSG_SEND_DIRECT_REQ, false, V12),
	LEGAL(MSG_SEND_DIRECT_RESP2, true, MSG_SEND_DIRECT_REQ2, true, V12),
	LEGAL(MSG_SEND_DIRECT_RESP2, true, RUN, false, V12),
	LEGAL(MSG_SEND_DIRECT_RESP2, true, INTERRUPT, false, V12),
	LEGAL(MSG_SEND_DIRECT_RESP2, true, ERROR, false, V12),
	ILLEGAL(MSG_SEND_DIRECT_RESP2, true, MSG_SEND_DIRECT_RESP2, true, V12),
	/* v1.0 FFA_MSG_POLL. */
	LEGAL(MSG_POLL, false, MSG_SEND, false, V10),
	LEGAL(MSG_POLL, false, ERROR, false, V10),
	ILLEGAL(MSG_POLL, false, SUCCESS, false, V10),
	/* FFA_RUN: what the target does with the cycles (DEN0077A 1.2 s8). */
	LEGAL(RUN, false, MSG_WAIT, false, V12),
	LEGAL(RUN, false, YIELD, false, V12),
	LEGAL(RUN, false, INTERRUPT, false, V12),
	LEGAL(RUN, false, MSG_SEND_DIRECT_RESP, false, V12),
	LEGAL(RUN, false, MSG_SEND_DIRECT_RESP, true, V12),
	LEGAL(RUN, false, MSG_SEND_DIRECT_RESP2, true, V12),
	LEGAL(RUN, false, ERROR, false, V12),
	ILLEGAL(RUN, false, MSG_SEND_DIRECT_REQ, false, V12),
	/* Direct requests: same-width response, or back early (s15.2). */
	LEGAL(MSG_SEND_DIRECT_REQ, false, MSG_SEND_DIRECT_RESP, false, V12),
	LEGAL(MSG_SEND_DIRECT_REQ, true, MSG_SEND_DIRECT_RESP, true, V12),
	LEGAL(MSG_SEND_DIRECT_REQ, false, INTERRUPT, false, V12),
	LEGAL(MSG_SEND_DIRECT_REQ, false, YIELD, false, V12),
	LEGAL(MSG_SEND_DIRECT_REQ, true, ERROR, false, V12),
	ILLEGAL(MSG_SEND_DIRECT_REQ, false, MSG_SEND_DIRECT_RESP, true, V12),
	ILLEGAL(MSG_SEND_DIRECT_REQ, true, MSG_SEND_DIRECT_RESP, false, V12),
	ILLEGAL(MSG_SEND_DIRECT_REQ, false, MSG_SEND_DIRECT_RESP2, true, V12),
	ILLEGAL(MSG_SEND_DIRECT_REQ, false, SUCCESS, false, V12),
	ILLEGAL(MSG_SEND_DIRECT_REQ, false, RUN, false, V12),
	/* DIRECT_REQ2 completes only with DIRECT_RESP2 (s15.4-15.5). */
	LEGAL(MSG_SEND_DIRECT_REQ2, true, MSG_SEND_DIRECT_RESP2, true, V12),
	LEGAL(MSG_SEND_DIRECT_REQ2, true, INTERRUPT, false, V12),
	LEGAL(MSG_SEND_DIRECT_REQ2, true, YIELD, false, V12),
	LEGAL(MSG_SEND_DIRECT_REQ2, true, ERROR, false, V12),
	ILLEGAL(MSG_SEND_DIRECT_REQ2, true, MSG_SEND_DIRECT_RESP, true, V12),
	ILLEGAL(MSG_SEND_DIRECT_REQ2, true, MSG_SEND_DIRECT_RESP, false, V12),
	ILLEGAL(MSG_SEND_DIRECT_REQ2, true, SUCCESS, true, V12),
	/* Memory sends: SUCCESS (either width, DEN0077A 1.1 s16), or
	 * FFA_MEM_FRAG_RX for the next fragment. */
	LEGAL(MEM_SHARE, false, SUCCESS, false, V11),
	LEGAL(MEM_SHARE, true, SUCCESS, false, V11),
	LEGAL(MEM_SHARE, true, SUCCESS, true, V11),
	LEGAL(MEM_SHARE, false, MEM_FRAG_RX, false, V11),
	LEGAL(MEM_SHARE, false, ERROR, false, V11),
	ILLEGAL(MEM_SHARE, false, MEM_RETRIEVE_RESP, false, V11),
	ILLEGAL(MEM_SHARE, false, MEM_FRAG_TX, false, V11),
	LEGAL(MEM_LEND, false, SUCCESS, false, V10),
	LEGAL(MEM_LEND, true, MEM_FRAG_RX, false, V10),
	LEGAL(MEM_LEND, false, ERROR, false, V10),
	LEGAL(MEM_DONATE, false, SUCCESS, true, V12),
	LEGAL(MEM_DONATE, false, MEM_FRAG_RX, false, V12),
	LEGAL(MEM_DONATE, false, ERROR, false, V12),
	LEGAL(MEM_FRAG_TX, false, SUCCESS, false, V11),
	LEGAL(MEM_FRAG_TX, false, MEM_FRAG_RX, false, V11),
	LEGAL(MEM_FRAG_TX, false, ERROR, false, V11),
	LEGAL(MEM_RETRIEVE_REQ, false, MEM_RETRIEVE_RESP, false, V11),
	LEGAL(MEM_RETRIEVE_REQ, true, MEM_RETRIEVE_RESP, false, V11),
	LEGAL(MEM_RETRIEVE_REQ, false, ERROR, false, V11),
	ILLEGAL(MEM_RETRIEVE_REQ, false, SUCCESS, false, V11),
	LEGAL(MEM_FRAG_RX, false, MEM_FRAG_TX, false, V11),
	LEGAL(MEM_FRAG_RX, false, ERROR, false, V11),
	ILLEGAL(MEM_FRAG_RX, false, SUCCESS, false, V11),
	/* FFA_ABORT does not return normally (v1.3). */
	LEGAL(ABORT, false, ERROR, false, V13),
	ILLEGAL(ABORT, false, SUCCESS, false, V13),
	/* Bare values in w0 (s13.2; DEN0028 1.2 s7). */
	VALUE(VERSION, V10, 0x00010001u),
	VALUE(VERSION, V12, 0xFFFFFFFFu),
	VALUE(SMCCC_VERSION, V12, 0x00010002u),
	VALUE(SMCCC_ARCH_FEATURES, V12, 0u),
	/* Everything else: FFA_SUCCESS of either width or FFA_ERROR. */
	LEGAL(FEATURES, false, SUCCESS, false, V12),
	LEGAL(FEATURES, false, SUCCESS, true, V12),
	LEGAL(ID_GET, false, ERROR, false, V10),
	LEGAL(YIELD, false, SUCCESS, false, V12),
	ILLEGAL(FEATURES, false, MSG_SEND_DIRECT_REQ, false, V12),
	ILLEGAL(RXTX_MAP, true, INTERRUPT, false, V12),
	ILLEGAL(PARTITION_INFO_GET_REGS, true, MEM_FRAG_RX, false, V12),
};

static void frames(const struct expect *e, uint32_t *call_fid,
		   struct libffa_regs *reply)
{
	libffa_regs_clear(reply);
	*call_fid = libffa_abi_fid(e->call, e->call64);
	assert_int_not_equal(*call_fid, 0);
	if (e->bare) {
		reply->x[0] = e->value;
	} else {
		reply->x[0] = libffa_abi_fid(e->reply, e->reply64);
		assert_int_not_equal(reply->x[0], 0);
	}
}

/* Every expectation, through the proxy's check. */
static void runtime_expected_replies(void **state)
{
	unsigned int i;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		const struct expect *e = &cases[i];
		struct libffa_runtime_verdict verdict;
		struct libffa_regs reply;
		uint32_t fid;
		libffa_status_t status;

		frames(e, &fid, &reply);
		status = libffa_runtime_check_reply(
			fid, &reply, e->version, LIBFFA_SMCCC_VERSION_1_2,
			LIBFFA_COPYBACK_REPLY_ABI, &verdict);
		if (status != e->status) {
			print_error("case %u: 0x%08x -> 0x%08x at 0x%x\n", i,
				    fid, (unsigned int)reply.x[0], e->version);
		}
		assert_int_equal(status, e->status);
		if (status == LIBFFA_OK) {
			assert_non_null(verdict.rule);
			assert_int_equal(verdict.call, e->call);
			assert_int_equal(verdict.reply, e->reply);
			assert_int_equal(verdict.reply_smc64, e->reply64);
		}
	}
}

/* Every row of the library's table is exercised by a legal case above. */
static void runtime_every_row_is_tested(void **state)
{
	unsigned int count = libffa_runtime_rule_count();
	unsigned int r;
	unsigned int i;

	(void)state;
	assert_true(count > 0);
	assert_null(libffa_runtime_rule_at(count));
	for (r = 0; r < count; r++) {
		const struct libffa_runtime_rule *row =
			libffa_runtime_rule_at(r);
		bool covered = false;

		for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
			const struct expect *e = &cases[i];

			if (e->status == LIBFFA_OK &&
			    libffa_runtime_find_rule(e->call, e->call64,
						     e->reply, e->reply64,
						     e->version) == row) {
				covered = true;
			}
		}
		if (!covered) {
			print_error("row %u (%s -> %s) untested\n", r,
				    libffa_abi_info(row->call)->name,
				    libffa_abi_info(row->reply)->name);
		}
		assert_true(covered);
	}
}

/*
 * The seed case: MSG_WAIT_32 -> DIRECT_REQ2, under each policy. CALLER_CONV
 * would hand back the caller's stale x8-x17 instead of the request's
 * payload: that is LIBFFA_E_DROPPED, never LIBFFA_OK (issue 12 item 5).
 */
static void runtime_check_reply_plans_msg_wait_direct_req2(void **state)
{
	struct libffa_runtime_verdict v;
	struct libffa_regs reply = {{0}};
	uint32_t fid = LIBFFA_FID_32(LIBFFA_FNUM_MSG_WAIT);

	(void)state;
	reply.x[0] = LIBFFA_FID_64(LIBFFA_FNUM_MSG_SEND_DIRECT_REQ2);
	assert_int_equal(libffa_runtime_check_reply(
				 fid, &reply, V12, LIBFFA_SMCCC_VERSION_1_2,
				 LIBFFA_COPYBACK_CALLER_CONV, &v),
			 LIBFFA_E_DROPPED);
	assert_int_equal(v.regs.conflict, LIBFFA_REGMASK_X8_X17);
	assert_int_equal(v.plan.copy, LIBFFA_REGMASK_X0_X7);
	assert_int_equal(v.plan.restore, LIBFFA_REGMASK_X8_X17);

	assert_int_equal(libffa_runtime_check_reply(fid, &reply, V12,
						    LIBFFA_SMCCC_VERSION_1_2,
						    LIBFFA_COPYBACK_ALL, &v),
			 LIBFFA_OK);
	assert_int_equal(v.plan.copy, LIBFFA_REGMASK_FRAME);

	assert_int_equal(libffa_runtime_check_reply(
				 fid, &reply, V12, LIBFFA_SMCCC_VERSION_1_2,
				 LIBFFA_COPYBACK_REPLY_ABI, &v),
			 LIBFFA_OK);
	assert_int_equal(v.plan.copy, LIBFFA_REGMASK_FRAME);
	assert_int_equal(v.plan.zero, 0);
}

/*
 * Issue 12 item 5: a zero-initialised proxy configuration (policy 0) gets a
 * verdict whose plan copies the whole reply, so LIBFFA_OK is the truth.
 */
static void runtime_check_reply_zero_policy_is_safe(void **state)
{
	struct {
		enum libffa_copyback_policy copyback;
	} cfg;
	struct libffa_runtime_verdict v;
	struct libffa_regs reply = {{0}};

	(void)state;
	memset(&cfg, 0, sizeof(cfg));
	reply.x[0] = LIBFFA_FID_64(LIBFFA_FNUM_MSG_SEND_DIRECT_REQ2);
	assert_int_equal(
		libffa_runtime_check_reply(
			LIBFFA_FID_32(LIBFFA_FNUM_MSG_WAIT), &reply, V12,
			LIBFFA_SMCCC_VERSION_1_2, cfg.copyback, &v),
		LIBFFA_OK);
	assert_int_equal(v.regs.results & ~v.plan.copy, 0);
	assert_int_equal(v.plan.copy & LIBFFA_REGMASK_X8_X17,
			 LIBFFA_REGMASK_X8_X17);
}

static void runtime_check_reply_errors(void **state)
{
	struct libffa_runtime_verdict v;
	struct libffa_regs reply = {{0}};
	uint32_t wait = LIBFFA_FID_32(LIBFFA_FNUM_MSG_WAIT);

	(void)state;
	/* FFA_INTERRUPT_64 exists only from v1.3. */
	reply.x[0] = LIBFFA_FID_64(LIBFFA_FNUM_INTERRUPT);
	assert_int_equal(libffa_runtime_check_reply(wait, &reply, V12,
						    LIBFFA_SMCCC_VERSION_1_2,
						    LIBFFA_COPYBACK_ALL, &v),
			 LIBFFA_E_VERSION);
	/* DIRECT_REQ2 does not exist in v1.1, as a call or a reply. */
	reply.x[0] = LIBFFA_FID_64(LIBFFA_FNUM_MSG_SEND_DIRECT_REQ2);
	assert_int_equal(libffa_runtime_check_reply(wait, &reply, V11,
						    LIBFFA_SMCCC_VERSION_1_2,
						    LIBFFA_COPYBACK_ALL, &v),
			 LIBFFA_E_VERSION);
	reply.x[0] = LIBFFA_FID_64(LIBFFA_FNUM_MSG_SEND_DIRECT_RESP2);
	assert_int_equal(
		libffa_runtime_check_reply(
			LIBFFA_FID_64(LIBFFA_FNUM_MSG_SEND_DIRECT_REQ2), &reply,
			V11, LIBFFA_SMCCC_VERSION_1_2, LIBFFA_COPYBACK_ALL, &v),
		LIBFFA_E_VERSION);
	/* Unknown IDs on either side. */
	reply.x[0] = 0x84000091u;
	assert_int_equal(libffa_runtime_check_reply(wait, &reply, V13,
						    LIBFFA_SMCCC_VERSION_1_2,
						    LIBFFA_COPYBACK_ALL, &v),
			 LIBFFA_E_UNKNOWN_FID);
	reply.x[0] = LIBFFA_FID_32(LIBFFA_FNUM_ERROR);
	assert_int_equal(libffa_runtime_check_reply(0x84000091u, &reply, V13,
						    LIBFFA_SMCCC_VERSION_1_2,
						    LIBFFA_COPYBACK_ALL, &v),
			 LIBFFA_E_UNKNOWN_FID);
	assert_int_equal(
		libffa_runtime_check_reply(wait, &reply, LIBFFA_VERSION(1, 9),
					   LIBFFA_SMCCC_VERSION_1_2,
					   LIBFFA_COPYBACK_ALL, &v),
		LIBFFA_E_VERSION);
	assert_int_equal(libffa_runtime_check_reply(
				 wait, &reply, V12, LIBFFA_SMCCC_VERSION_1_2,
				 (enum libffa_copyback_policy)9, &v),
			 LIBFFA_E_INVAL);
	assert_int_equal(libffa_runtime_check_reply(wait, NULL, V12,
						    LIBFFA_SMCCC_VERSION_1_2,
						    LIBFFA_COPYBACK_ALL, &v),
			 LIBFFA_E_INVAL);
	assert_int_equal(libffa_runtime_check_reply(wait, &reply, V12,
						    LIBFFA_SMCCC_VERSION_1_2,
						    LIBFFA_COPYBACK_ALL, NULL),
			 LIBFFA_E_INVAL);
}

/* The allowed transitions of the model, written out independently. */
static const struct {
	enum libffa_runtime_state from;
	enum libffa_runtime_event event;
	enum libffa_runtime_state to;
} transitions[] = {
	{LIBFFA_RUNTIME_RUNNING, LIBFFA_RUNTIME_EV_WAIT,
	 LIBFFA_RUNTIME_WAITING},
	{LIBFFA_RUNTIME_RUNNING, LIBFFA_RUNTIME_EV_BLOCK,
	 LIBFFA_RUNTIME_BLOCKED},
	{LIBFFA_RUNTIME_RUNNING, LIBFFA_RUNTIME_EV_PREEMPT,
	 LIBFFA_RUNTIME_PREEMPTED},
	{LIBFFA_RUNTIME_WAITING, LIBFFA_RUNTIME_EV_MESSAGE,
	 LIBFFA_RUNTIME_RUNNING},
	{LIBFFA_RUNTIME_WAITING, LIBFFA_RUNTIME_EV_RUN, LIBFFA_RUNTIME_RUNNING},
	{LIBFFA_RUNTIME_WAITING, LIBFFA_RUNTIME_EV_INTERRUPT,
	 LIBFFA_RUNTIME_RUNNING},
	{LIBFFA_RUNTIME_BLOCKED, LIBFFA_RUNTIME_EV_RESPONSE,
	 LIBFFA_RUNTIME_RUNNING},
	{LIBFFA_RUNTIME_BLOCKED, LIBFFA_RUNTIME_EV_RUN, LIBFFA_RUNTIME_RUNNING},
	{LIBFFA_RUNTIME_BLOCKED, LIBFFA_RUNTIME_EV_INTERRUPT,
	 LIBFFA_RUNTIME_RUNNING},
	{LIBFFA_RUNTIME_PREEMPTED, LIBFFA_RUNTIME_EV_RUN,
	 LIBFFA_RUNTIME_RUNNING},
};

/* Every (state, event) pair: the listed ones move, all others fail. */
static void runtime_state_machine_exhaustive(void **state)
{
	unsigned int s;
	unsigned int ev;
	unsigned int i;

	(void)state;
	for (s = 0; s < LIBFFA_RUNTIME_STATE_COUNT; s++) {
		for (ev = 0; ev < LIBFFA_RUNTIME_EVENT_COUNT; ev++) {
			enum libffa_runtime_state next =
				(enum libffa_runtime_state)99;
			libffa_status_t expected = LIBFFA_E_STATE;
			enum libffa_runtime_state want = next;

			for (i = 0;
			     i < sizeof(transitions) / sizeof(transitions[0]);
			     i++) {
				if ((unsigned int)transitions[i].from == s &&
				    (unsigned int)transitions[i].event == ev) {
					expected = LIBFFA_OK;
					want = transitions[i].to;
				}
			}
			assert_int_equal(
				libffa_runtime_next_state(
					(enum libffa_runtime_state)s,
					(enum libffa_runtime_event)ev, &next),
				expected);
			if (expected == LIBFFA_OK) {
				assert_int_equal(next, want);
			}
		}
	}
}

/* An SP's life: wait, serve a request, call another SP, get preempted. */
static void runtime_state_machine_sp_lifecycle(void **state)
{
	static const enum libffa_runtime_event events[] = {
		LIBFFA_RUNTIME_EV_WAIT,	   LIBFFA_RUNTIME_EV_MESSAGE,
		LIBFFA_RUNTIME_EV_BLOCK,   LIBFFA_RUNTIME_EV_RESPONSE,
		LIBFFA_RUNTIME_EV_PREEMPT, LIBFFA_RUNTIME_EV_RUN,
		LIBFFA_RUNTIME_EV_WAIT,	   LIBFFA_RUNTIME_EV_INTERRUPT,
	};
	static const enum libffa_runtime_state states[] = {
		LIBFFA_RUNTIME_WAITING,	  LIBFFA_RUNTIME_RUNNING,
		LIBFFA_RUNTIME_BLOCKED,	  LIBFFA_RUNTIME_RUNNING,
		LIBFFA_RUNTIME_PREEMPTED, LIBFFA_RUNTIME_RUNNING,
		LIBFFA_RUNTIME_WAITING,	  LIBFFA_RUNTIME_RUNNING,
	};
	enum libffa_runtime_state s = LIBFFA_RUNTIME_RUNNING;
	unsigned int i;

	(void)state;
	for (i = 0; i < sizeof(events) / sizeof(events[0]); i++) {
		assert_int_equal(libffa_runtime_next_state(s, events[i], &s),
				 LIBFFA_OK);
		assert_int_equal(s, states[i]);
	}
	/* A waiting SP cannot be preempted; a preempted one gets no reply. */
	assert_int_equal(
		libffa_runtime_next_state(LIBFFA_RUNTIME_WAITING,
					  LIBFFA_RUNTIME_EV_PREEMPT, &s),
		LIBFFA_E_STATE);
	assert_int_equal(
		libffa_runtime_next_state(LIBFFA_RUNTIME_PREEMPTED,
					  LIBFFA_RUNTIME_EV_RESPONSE, &s),
		LIBFFA_E_STATE);
	assert_int_equal(libffa_runtime_next_state((enum libffa_runtime_state)4,
						   LIBFFA_RUNTIME_EV_RUN, &s),
			 LIBFFA_E_INVAL);
	assert_int_equal(
		libffa_runtime_next_state(LIBFFA_RUNTIME_RUNNING,
					  (enum libffa_runtime_event)7, &s),
		LIBFFA_E_INVAL);
	assert_int_equal(
		libffa_runtime_next_state(LIBFFA_RUNTIME_RUNNING,
					  LIBFFA_RUNTIME_EV_WAIT, NULL),
		LIBFFA_E_INVAL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(runtime_expected_replies),
		cmocka_unit_test(runtime_every_row_is_tested),
		cmocka_unit_test(
			runtime_check_reply_plans_msg_wait_direct_req2),
		cmocka_unit_test(runtime_check_reply_zero_policy_is_safe),
		cmocka_unit_test(runtime_check_reply_errors),
		cmocka_unit_test(runtime_state_machine_exhaustive),
		cmocka_unit_test(runtime_state_machine_sp_lifecycle),
	};

	return cmocka_run_group_tests_name("runtime", tests, NULL, NULL);
}
