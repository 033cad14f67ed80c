/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * The partition runtime model (DEN0077A 1.2 s8): which replies are legal
 * for which call at which version, the check a proxy runs on each reply
 * before it forwards it, and the states of a partition's execution context
 * as a small explicit state machine.
 */
#ifndef LIBFFA_RUNTIME_H
#define LIBFFA_RUNTIME_H

#include "ffa/abi.h"
#include "ffa/copyback.h"
#include "ffa/env.h"
#include "ffa/regs.h"
#include "ffa/smccc.h"
#include "ffa/status.h"
#include "ffa/version.h"

LIBFFA_BEGIN_DECLS

/* ---- Legal replies ----------------------------------------------------- */

/**
 * enum libffa_runtime_width - which width of an ABI a rule covers.
 * @LIBFFA_RUNTIME_W_ANY:  SMC32 or SMC64 (where the ABI has the width at
 *                         the version).
 * @LIBFFA_RUNTIME_W_32:   SMC32 only.
 * @LIBFFA_RUNTIME_W_64:   SMC64 only.
 * @LIBFFA_RUNTIME_W_SAME: the width of the call (reply columns only):
 *                         DIRECT_REQ_32 completes with DIRECT_RESP_32 and
 *                         DIRECT_REQ_64 with DIRECT_RESP_64.
 */
enum libffa_runtime_width {
	LIBFFA_RUNTIME_W_ANY = 0,
	LIBFFA_RUNTIME_W_32 = 1,
	LIBFFA_RUNTIME_W_64 = 2,
	LIBFFA_RUNTIME_W_SAME = 3
};

/* Rule flags. */
/* The row applies to every call that has no row of its own. */
#define LIBFFA_RUNTIME_F_DEFAULT 0x1u
/*
 * The reply is a bare value in w0, not a frame with a function ID
 * (FFA_VERSION, DEN0077A 1.2 s13.2; SMCCC calls, DEN0028 1.2 s7). Such a
 * row names the call itself as its reply.
 */
#define LIBFFA_RUNTIME_F_VALUE 0x2u

/**
 * struct libffa_runtime_rule - one row of the legal-reply table.
 * @call:        the ABI called (ignored for a %LIBFFA_RUNTIME_F_DEFAULT
 *               row).
 * @call_width:  &enum libffa_runtime_width of the call.
 * @reply:       the ABI of the reply (the call itself for a value reply).
 * @reply_width: &enum libffa_runtime_width of the reply.
 * @flags:       LIBFFA_RUNTIME_F_* bits.
 * @since:       first version with the rule.
 * @until:       first version without it, 0 if none.
 */
struct libffa_runtime_rule {
	enum libffa_abi call;
	enum libffa_abi reply;
	libffa_version_t since;
	libffa_version_t until;
	uint8_t call_width;
	uint8_t reply_width;
	uint8_t flags;
};

/**
 * libffa_runtime_rule_count() - number of rows of the legal-reply table.
 */
unsigned int libffa_runtime_rule_count(void);

/**
 * libffa_runtime_rule_at() - one row of the legal-reply table.
 * @idx: 0 .. libffa_runtime_rule_count() - 1.
 *
 * Return: the row, or NULL when @idx is out of range.
 */
const struct libffa_runtime_rule *libffa_runtime_rule_at(unsigned int idx);

/**
 * libffa_runtime_find_rule() - the rule that makes a reply legal.
 * @call:        the ABI called.
 * @call_smc64:  the call's width.
 * @reply:       the reply's ABI (@call for a bare value answer).
 * @reply_smc64: the reply's width.
 * @version:     the negotiated FF-A version.
 *
 * Rows naming @call are used when there are any; otherwise the default rows
 * (FFA_SUCCESS of either width, FFA_ERROR; DEN0077A 1.2 s13.1) apply.
 * Whether each ABI and width exists at @version is not checked here (see
 * libffa_runtime_check_reply()).
 *
 * Return: the row, or NULL when the reply is not legal for the call.
 */
const struct libffa_runtime_rule *libffa_runtime_find_rule(
	enum libffa_abi call, bool call_smc64, enum libffa_abi reply,
	bool reply_smc64, libffa_version_t version);

/**
 * struct libffa_runtime_verdict - what a proxy learns about one reply.
 * @call:        the ABI called.
 * @call_smc64:  the call's width.
 * @reply:       the reply's ABI (@call for a bare value).
 * @reply_smc64: the reply's width.
 * @rule:        the legal-reply row that admits the reply.
 * @regs:        the register rules of the call and reply (results,
 *               preserved, conflict; see &struct libffa_reply_rules).
 * @plan:        which registers to copy, restore and zero under the chosen
 *               policy (libffa_copyback_apply() applies it).
 */
struct libffa_runtime_verdict {
	enum libffa_abi call;
	bool call_smc64;
	enum libffa_abi reply;
	bool reply_smc64;
	const struct libffa_runtime_rule *rule;
	struct libffa_reply_rules regs;
	struct libffa_copyback_plan plan;
};

/**
 * libffa_runtime_check_reply() - the check a proxy runs on each reply
 * before forwarding it.
 * @call_fid:      w0 of the call the proxy forwarded.
 * @reply:         the reply frame (untrusted; only w0 is read, the body is
 *                 libffa_msg_decode_reply()'s job).
 * @version:       the negotiated FF-A version.
 * @smccc_version: the SMCCC version of the callee.
 * @policy:        the copy-back policy.
 * @verdict:       out: complete on %LIBFFA_OK.
 *
 * Context: Any. Reentrant. Writes only @verdict.
 * Return:
 * * %LIBFFA_OK            - the reply is legal; @verdict->plan says what to
 *                           copy back, and copies every result register;
 * * %LIBFFA_E_DROPPED     - the reply is legal but @policy cannot deliver
 *                           it whole (a result register is restored or
 *                           zeroed; @verdict is complete): a proxy that
 *                           applies the plan anyway loses part of the
 *                           reply, so it should answer its caller with an
 *                           error or choose another policy;
 * * %LIBFFA_E_PROTOCOL    - the reply is not legal for the call at @version
 *                           (e.g. FFA_SUCCESS answering FFA_MSG_WAIT,
 *                           DIRECT_RESP_64 answering DIRECT_REQ_32); a
 *                           proxy owes its caller ABORTED;
 * * %LIBFFA_E_UNKNOWN_FID - the call's or the reply's w0 names no ABI;
 * * %LIBFFA_E_VERSION     - @version unknown, or the call's or reply's ABI
 *                           or width is not defined at @version;
 * * %LIBFFA_E_INVAL       - a NULL pointer or an unknown @policy.
 */
LIBFFA_MUST_CHECK libffa_status_t
libffa_runtime_check_reply(uint32_t call_fid, const struct libffa_regs *reply,
			   libffa_version_t version, uint32_t smccc_version,
			   enum libffa_copyback_policy policy,
			   struct libffa_runtime_verdict *verdict);

/* ---- Partition states ---------------------------------------------------- */

/**
 * enum libffa_runtime_state - states of a partition's execution context
 * (DEN0077A 1.2 s8; Hafnium's vcpu states use the same four).
 * @LIBFFA_RUNTIME_RUNNING:   executing.
 * @LIBFFA_RUNTIME_WAITING:   waiting to be given CPU cycles to do work
 *                            (after FFA_MSG_WAIT or a direct response).
 * @LIBFFA_RUNTIME_BLOCKED:   waiting for work to complete on its behalf
 *                            (after a direct request or FFA_YIELD).
 * @LIBFFA_RUNTIME_PREEMPTED: interrupted while running; resumed by FFA_RUN.
 */
enum libffa_runtime_state {
	LIBFFA_RUNTIME_RUNNING = 0,
	LIBFFA_RUNTIME_WAITING = 1,
	LIBFFA_RUNTIME_BLOCKED = 2,
	LIBFFA_RUNTIME_PREEMPTED = 3
};

/** Number of &enum libffa_runtime_state values. */
#define LIBFFA_RUNTIME_STATE_COUNT 4

/**
 * enum libffa_runtime_event - what happens to an execution context.
 * @LIBFFA_RUNTIME_EV_WAIT:      it invokes FFA_MSG_WAIT or sends a direct
 *                               response (DIRECT_RESP, DIRECT_RESP2).
 * @LIBFFA_RUNTIME_EV_BLOCK:     it sends a direct request or invokes
 *                               FFA_YIELD.
 * @LIBFFA_RUNTIME_EV_PREEMPT:   an interrupt preempts it.
 * @LIBFFA_RUNTIME_EV_MESSAGE:   a direct request (or a v1.0 FFA_MSG_SEND)
 *                               is delivered to it.
 * @LIBFFA_RUNTIME_EV_RESPONSE:  the response to its direct request is
 *                               delivered.
 * @LIBFFA_RUNTIME_EV_RUN:       FFA_RUN gives it CPU cycles.
 * @LIBFFA_RUNTIME_EV_INTERRUPT: FFA_INTERRUPT is delivered to it (to a
 *                               waiting context: handle an interrupt; to a
 *                               blocked one: its request was preempted).
 */
enum libffa_runtime_event {
	LIBFFA_RUNTIME_EV_WAIT = 0,
	LIBFFA_RUNTIME_EV_BLOCK = 1,
	LIBFFA_RUNTIME_EV_PREEMPT = 2,
	LIBFFA_RUNTIME_EV_MESSAGE = 3,
	LIBFFA_RUNTIME_EV_RESPONSE = 4,
	LIBFFA_RUNTIME_EV_RUN = 5,
	LIBFFA_RUNTIME_EV_INTERRUPT = 6
};

/** Number of &enum libffa_runtime_event values. */
#define LIBFFA_RUNTIME_EVENT_COUNT 7

/**
 * libffa_runtime_next_state() - one transition of the partition model.
 * @state: the current state.
 * @event: what happened.
 * @next:  out: the new state.
 *
 * Running goes to waiting (WAIT), blocked (BLOCK) or preempted (PREEMPT);
 * waiting goes to running on MESSAGE, RUN or INTERRUPT; blocked goes to
 * running on RESPONSE, RUN or INTERRUPT; preempted goes to running on RUN.
 * Nothing else is allowed.
 *
 * Context: Any. Reentrant. Writes only @next.
 * Return:
 * * %LIBFFA_OK      - @next is set;
 * * %LIBFFA_E_STATE - @event is not allowed in @state;
 * * %LIBFFA_E_INVAL - a NULL pointer, or @state or @event out of range.
 */
LIBFFA_MUST_CHECK libffa_status_t libffa_runtime_next_state(
	enum libffa_runtime_state state, enum libffa_runtime_event event,
	enum libffa_runtime_state *next);

LIBFFA_END_DECLS

#endif /* LIBFFA_RUNTIME_H */
