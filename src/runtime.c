/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * The partition runtime model: the legal-reply table, the proxy's reply
 * check, and the state machine of an execution context.
 */
#include "ffa/runtime.h"

#include "internal.h"

/* ---- The legal-reply table -------------------------------------------------
 */

#define V10 LIBFFA_VERSION_1_0
#define V11 LIBFFA_VERSION_1_1
#define V12 LIBFFA_VERSION_1_2

#define ROW(c, cw, r, rw, from, to, f)                           \
	{                                                        \
		.call = LIBFFA_ABI_##c, .reply = LIBFFA_ABI_##r, \
		.since = (from), .until = (to),                  \
		.call_width = (uint8_t)LIBFFA_RUNTIME_W_##cw,    \
		.reply_width = (uint8_t)LIBFFA_RUNTIME_W_##rw,   \
		.flags = (uint8_t)(f)                            \
	}

/*
 * A context that gave its cycles back (FFA_MSG_WAIT, or a direct response)
 * is resumed by the next event for it (DEN0077A 1.2 s8.2-s8.3, s15): a
 * direct request of either kind and width, whatever the width of the call
 * (the case of docs/fact-check.md, "Copy-back"), FFA_RUN, FFA_INTERRUPT or
 * an error. A v1.0 indirect message (FFA_MSG_SEND) is listed separately:
 * DIRECT_RESP2 never coexists with it.
 */
#define WAITING_REPLIES(call)                                        \
	ROW(call, ANY, MSG_SEND_DIRECT_REQ, ANY, V10, 0, 0),         \
		ROW(call, ANY, MSG_SEND_DIRECT_REQ2, 64, V12, 0, 0), \
		ROW(call, ANY, RUN, ANY, V10, 0, 0),                 \
		ROW(call, ANY, INTERRUPT, ANY, V10, 0, 0),           \
		ROW(call, ANY, ERROR, ANY, V10, 0, 0)

/*
 * FFA_MEM_DONATE/LEND/SHARE: FFA_SUCCESS with the handle, or
 * FFA_MEM_FRAG_RX asking for the next fragment (DEN0077A 1.1 s16.2).
 */
#define MEM_SEND_REPLIES(call)                              \
	ROW(call, ANY, SUCCESS, ANY, V10, 0, 0),            \
		ROW(call, ANY, MEM_FRAG_RX, 32, V10, 0, 0), \
		ROW(call, ANY, ERROR, ANY, V10, 0, 0)

static const struct libffa_runtime_rule rules[] = {
	/* Any call without rows of its own (DEN0077A 1.2 s13.1). */
	ROW(SUCCESS, ANY, SUCCESS, ANY, V10, 0, LIBFFA_RUNTIME_F_DEFAULT),
	ROW(SUCCESS, ANY, ERROR, ANY, V10, 0, LIBFFA_RUNTIME_F_DEFAULT),

	/* Bare values in w0: never FFA_SUCCESS or FFA_ERROR. */
	ROW(VERSION, 32, VERSION, SAME, V10, 0, LIBFFA_RUNTIME_F_VALUE),
	ROW(SMCCC_VERSION, 32, SMCCC_VERSION, SAME, V10, 0,
	    LIBFFA_RUNTIME_F_VALUE),
	ROW(SMCCC_ARCH_FEATURES, 32, SMCCC_ARCH_FEATURES, SAME, V10, 0,
	    LIBFFA_RUNTIME_F_VALUE),

	/* Giving cycles back: resumed by the next event. */
	WAITING_REPLIES(MSG_WAIT),
	ROW(MSG_WAIT, ANY, MSG_SEND, 32, V10, V11, 0),
	WAITING_REPLIES(MSG_SEND_DIRECT_RESP),
	ROW(MSG_SEND_DIRECT_RESP, ANY, MSG_SEND, 32, V10, V11, 0),
	WAITING_REPLIES(MSG_SEND_DIRECT_RESP2),

	/* v1.0 indirect messaging: a message or an error. */
	ROW(MSG_POLL, 32, MSG_SEND, 32, V10, V11, 0),
	ROW(MSG_POLL, 32, ERROR, ANY, V10, 0, 0),

	/*
	 * FFA_RUN: whatever the target does next with the cycles
	 * (DEN0077A 1.2 s8, FFA_RUN).
	 */
	ROW(RUN, ANY, MSG_WAIT, ANY, V10, 0, 0),
	ROW(RUN, ANY, YIELD, ANY, V10, 0, 0),
	ROW(RUN, ANY, INTERRUPT, ANY, V10, 0, 0),
	ROW(RUN, ANY, MSG_SEND_DIRECT_RESP, ANY, V10, 0, 0),
	ROW(RUN, ANY, MSG_SEND_DIRECT_RESP2, 64, V12, 0, 0),
	ROW(RUN, ANY, ERROR, ANY, V10, 0, 0),

	/*
	 * Direct requests complete with a response of the same kind and
	 * width (DEN0077A 1.2 s15.2-s15.5; 1.3 states the width rule), or
	 * come back early because the receiver was preempted or yielded.
	 */
	ROW(MSG_SEND_DIRECT_REQ, ANY, MSG_SEND_DIRECT_RESP, SAME, V10, 0, 0),
	ROW(MSG_SEND_DIRECT_REQ, ANY, INTERRUPT, ANY, V10, 0, 0),
	ROW(MSG_SEND_DIRECT_REQ, ANY, YIELD, ANY, V10, 0, 0),
	ROW(MSG_SEND_DIRECT_REQ, ANY, ERROR, ANY, V10, 0, 0),
	ROW(MSG_SEND_DIRECT_REQ2, 64, MSG_SEND_DIRECT_RESP2, 64, V12, 0, 0),
	ROW(MSG_SEND_DIRECT_REQ2, 64, INTERRUPT, ANY, V12, 0, 0),
	ROW(MSG_SEND_DIRECT_REQ2, 64, YIELD, ANY, V12, 0, 0),
	ROW(MSG_SEND_DIRECT_REQ2, 64, ERROR, ANY, V12, 0, 0),

	/* Memory management (DEN0077A 1.1 s16, DEN0140 1.2 s4). */
	MEM_SEND_REPLIES(MEM_DONATE),
	MEM_SEND_REPLIES(MEM_LEND),
	MEM_SEND_REPLIES(MEM_SHARE),
	/* The last fragment completes the transaction; others ask for more. */
	MEM_SEND_REPLIES(MEM_FRAG_TX),
	ROW(MEM_RETRIEVE_REQ, ANY, MEM_RETRIEVE_RESP, 32, V10, 0, 0),
	ROW(MEM_RETRIEVE_REQ, ANY, ERROR, ANY, V10, 0, 0),
	/* A receiver pulls the next retrieve-response fragment. */
	ROW(MEM_FRAG_RX, 32, MEM_FRAG_TX, 32, V10, 0, 0),
	ROW(MEM_FRAG_RX, 32, ERROR, ANY, V10, 0, 0),

	/* FFA_ABORT does not return normally; only a refusal comes back. */
	ROW(ABORT, ANY, ERROR, ANY, LIBFFA_VERSION_1_3, 0, 0),
};

#undef ROW
#undef WAITING_REPLIES
#undef MEM_SEND_REPLIES
#undef V10
#undef V11
#undef V12

unsigned int libffa_runtime_rule_count(void)
{
	return (unsigned int)LIBFFA_ARRAY_SIZE(rules);
}

const struct libffa_runtime_rule *libffa_runtime_rule_at(unsigned int idx)
{
	return idx < LIBFFA_ARRAY_SIZE(rules) ? &rules[idx] : NULL;
}

static bool width_matches(uint8_t width, bool smc64, bool call_smc64)
{
	switch ((enum libffa_runtime_width)width) {
	case LIBFFA_RUNTIME_W_ANY:
		return true;
	case LIBFFA_RUNTIME_W_32:
		return !smc64;
	case LIBFFA_RUNTIME_W_64:
		return smc64;
	case LIBFFA_RUNTIME_W_SAME:
		return smc64 == call_smc64;
	}
	return false;
}

static bool row_matches(const struct libffa_runtime_rule *row, bool call_smc64,
			enum libffa_abi reply, bool reply_smc64,
			libffa_version_t version)
{
	return row->reply == reply &&
	       width_matches(row->call_width, call_smc64, call_smc64) &&
	       width_matches(row->reply_width, reply_smc64, call_smc64) &&
	       version >= row->since &&
	       (row->until == 0u || version < row->until);
}

const struct libffa_runtime_rule *libffa_runtime_find_rule(
	enum libffa_abi call, bool call_smc64, enum libffa_abi reply,
	bool reply_smc64, libffa_version_t version)
{
	bool has_own = false;
	unsigned int i;

	for (i = 0; i < LIBFFA_ARRAY_SIZE(rules); i++) {
		if ((rules[i].flags & LIBFFA_RUNTIME_F_DEFAULT) != 0u ||
		    rules[i].call != call) {
			continue;
		}
		has_own = true;
		if (row_matches(&rules[i], call_smc64, reply, reply_smc64,
				version)) {
			return &rules[i];
		}
	}
	if (has_own) {
		return NULL;
	}
	for (i = 0; i < LIBFFA_ARRAY_SIZE(rules); i++) {
		if ((rules[i].flags & LIBFFA_RUNTIME_F_DEFAULT) != 0u &&
		    row_matches(&rules[i], call_smc64, reply, reply_smc64,
				version)) {
			return &rules[i];
		}
	}
	return NULL;
}

/* ---- The proxy's check -----------------------------------------------------
 */

libffa_status_t libffa_runtime_check_reply(
	uint32_t call_fid, const struct libffa_regs *reply,
	libffa_version_t version, uint32_t smccc_version,
	enum libffa_copyback_policy policy,
	struct libffa_runtime_verdict *verdict)
{
	libffa_status_t status;

	if (reply == NULL || verdict == NULL) {
		return LIBFFA_E_INVAL;
	}
	LIBFFA_MEMSET(verdict, 0, sizeof(*verdict));
	/*
	 * The register rules name both ABIs (a bare w0 answer is the call
	 * itself) and check the version and the reply's existence at it.
	 */
	status = libffa_reply_rules(call_fid, reply, version, smccc_version,
				    &verdict->regs);
	if (status != LIBFFA_OK) {
		return status;
	}
	verdict->call = verdict->regs.call;
	verdict->call_smc64 = verdict->regs.call_smc64;
	verdict->reply = verdict->regs.reply;
	verdict->reply_smc64 = verdict->regs.reply_smc64;
	if (!libffa_abi_exists(verdict->call, verdict->call_smc64, version)) {
		return LIBFFA_E_VERSION;
	}
	verdict->rule = libffa_runtime_find_rule(
		verdict->call, verdict->call_smc64, verdict->reply,
		verdict->reply_smc64, version);
	if (verdict->rule == NULL) {
		return LIBFFA_E_PROTOCOL;
	}
	return libffa_copyback_plan(policy, &verdict->regs, &verdict->plan);
}

/* ---- The state machine ------------------------------------------------------
 */

#define NONE_ 0xFFu

/* [state][event] -> next state, or NONE_ when the event is not allowed. */
static const uint8_t
	transitions[LIBFFA_RUNTIME_STATE_COUNT][LIBFFA_RUNTIME_EVENT_COUNT] = {
		[LIBFFA_RUNTIME_RUNNING] =
			{
				[LIBFFA_RUNTIME_EV_WAIT] =
					LIBFFA_RUNTIME_WAITING,
				[LIBFFA_RUNTIME_EV_BLOCK] =
					LIBFFA_RUNTIME_BLOCKED,
				[LIBFFA_RUNTIME_EV_PREEMPT] =
					LIBFFA_RUNTIME_PREEMPTED,
				[LIBFFA_RUNTIME_EV_MESSAGE] = NONE_,
				[LIBFFA_RUNTIME_EV_RESPONSE] = NONE_,
				[LIBFFA_RUNTIME_EV_RUN] = NONE_,
				[LIBFFA_RUNTIME_EV_INTERRUPT] = NONE_,
			},
		[LIBFFA_RUNTIME_WAITING] =
			{
				[LIBFFA_RUNTIME_EV_WAIT] = NONE_,
				[LIBFFA_RUNTIME_EV_BLOCK] = NONE_,
				[LIBFFA_RUNTIME_EV_PREEMPT] = NONE_,
				[LIBFFA_RUNTIME_EV_MESSAGE] =
					LIBFFA_RUNTIME_RUNNING,
				[LIBFFA_RUNTIME_EV_RESPONSE] = NONE_,
				[LIBFFA_RUNTIME_EV_RUN] =
					LIBFFA_RUNTIME_RUNNING,
				[LIBFFA_RUNTIME_EV_INTERRUPT] =
					LIBFFA_RUNTIME_RUNNING,
			},
		[LIBFFA_RUNTIME_BLOCKED] =
			{
				[LIBFFA_RUNTIME_EV_WAIT] = NONE_,
				[LIBFFA_RUNTIME_EV_BLOCK] = NONE_,
				[LIBFFA_RUNTIME_EV_PREEMPT] = NONE_,
				[LIBFFA_RUNTIME_EV_MESSAGE] = NONE_,
				[LIBFFA_RUNTIME_EV_RESPONSE] =
					LIBFFA_RUNTIME_RUNNING,
				[LIBFFA_RUNTIME_EV_RUN] =
					LIBFFA_RUNTIME_RUNNING,
				[LIBFFA_RUNTIME_EV_INTERRUPT] =
					LIBFFA_RUNTIME_RUNNING,
			},
		[LIBFFA_RUNTIME_PREEMPTED] =
			{
				[LIBFFA_RUNTIME_EV_WAIT] = NONE_,
				[LIBFFA_RUNTIME_EV_BLOCK] = NONE_,
				[LIBFFA_RUNTIME_EV_PREEMPT] = NONE_,
				[LIBFFA_RUNTIME_EV_MESSAGE] = NONE_,
				[LIBFFA_RUNTIME_EV_RESPONSE] = NONE_,
				[LIBFFA_RUNTIME_EV_RUN] =
					LIBFFA_RUNTIME_RUNNING,
				[LIBFFA_RUNTIME_EV_INTERRUPT] = NONE_,
			},
};

libffa_status_t libffa_runtime_next_state(enum libffa_runtime_state state,
					  enum libffa_runtime_event event,
					  enum libffa_runtime_state *next)
{
	uint8_t to;

	if (next == NULL || (unsigned int)state >= LIBFFA_RUNTIME_STATE_COUNT ||
	    (unsigned int)event >= LIBFFA_RUNTIME_EVENT_COUNT) {
		return LIBFFA_E_INVAL;
	}
	to = transitions[state][event];
	if (to == NONE_) {
		return LIBFFA_E_STATE;
	}
	*next = (enum libffa_runtime_state)to;
	return LIBFFA_OK;
}
