/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * Layer 3: the register rules of one FF-A call and its reply, derived from
 * the ABI table (abi.def) and the SMCCC convention rules (smccc.h), and
 * what a proxy copies back to its caller.
 */
#ifndef LIBFFA_COPYBACK_H
#define LIBFFA_COPYBACK_H

#include "ffa/abi.h"
#include "ffa/env.h"
#include "ffa/field.h"
#include "ffa/regs.h"
#include "ffa/smccc.h"
#include "ffa/status.h"
#include "ffa/version.h"

LIBFFA_BEGIN_DECLS

/**
 * libffa_copyback_layout_regs() - the registers a layout's fields occupy.
 * @layout:  a layout from libffa_abi_layout().
 * @smc64:   the frame's convention.
 * @version: the negotiated FF-A version.
 *
 * Derived from abi.def through libffa_field_present(): a field counts only
 * when it exists at @version and fits the frame (SMC32: w0-w7; SMC64: x8-x17
 * only from the layout's wide_since version). x0 is not included.
 *
 * Return: the mask (0 for a NULL or empty layout).
 */
libffa_regmask_t libffa_copyback_layout_regs(const struct libffa_layout *layout,
					     bool smc64,
					     libffa_version_t version);

/**
 * struct libffa_reply_rules - the register rules for one call and the reply
 * that came back.
 * @call:        the ABI called.
 * @reply:       the reply's ABI; @call itself for a bare w0 answer
 *               (FFA_VERSION, the SMCCC calls).
 * @call_smc64:  the caller's convention (from the call's function ID).
 * @reply_smc64: the reply's convention (from its function ID; a bare w0
 *               answer has the call's).
 * @frame:       the registers of the reply's convention at the version:
 *               x0-x7, or x0-x17 for SMC64 from FF-A 1.2.
 * @results:     x0 and the registers the reply's layout uses at the version
 *               (the called ABI's result layout for FFA_SUCCESS_32/64 or a
 *               bare w0 answer, else the reply ABI's own layout).
 * @unused:      @frame & ~@results: reserved registers of the reply, zero
 *               by FF-A (DEN0077A 1.2 s11.2).
 * @preserved:   registers the caller's convention expects preserved, given
 *               @results (libffa_smccc_callee_preserves()).
 * @conflict:    @results & @preserved: result registers the caller's
 *               convention forbids. Non-zero exactly in the case the pKVM
 *               review argued about: a 32-bit FFA_MSG_WAIT answered by a
 *               64-bit FFA_MSG_SEND_DIRECT_REQ2 (x8-x17; docs/fact-check.md,
 *               "Copy-back").
 * @caller:      the caller's convention at the SMCCC version.
 */
struct libffa_reply_rules {
	enum libffa_abi call;
	enum libffa_abi reply;
	bool call_smc64;
	bool reply_smc64;
	libffa_regmask_t frame;
	libffa_regmask_t results;
	libffa_regmask_t unused;
	libffa_regmask_t preserved;
	libffa_regmask_t conflict;
	struct libffa_smccc_conv caller;
};

/**
 * libffa_reply_rules() - derive the rules for a call and its reply.
 * @call_fid:      w0 of the call (the SVE hint bit is ignored).
 * @reply:         the reply frame (untrusted; only w0 is read).
 * @version:       the negotiated FF-A version.
 * @smccc_version: the SMCCC version of the callee.
 * @rules:         out.
 *
 * Context: Any. Reentrant. Writes only @rules.
 * Return:
 * * %LIBFFA_OK            - @rules is complete;
 * * %LIBFFA_E_INVAL       - a NULL pointer;
 * * %LIBFFA_E_VERSION     - @version unknown, or the reply's ABI or width
 *                           is not defined at @version;
 * * %LIBFFA_E_UNKNOWN_FID - the call's or the reply's w0 names no ABI.
 */
LIBFFA_MUST_CHECK libffa_status_t
libffa_reply_rules(uint32_t call_fid, const struct libffa_regs *reply,
		   libffa_version_t version, uint32_t smccc_version,
		   struct libffa_reply_rules *rules);

/**
 * libffa_reply_zero_unused() - zero the reserved registers of a reply.
 * @rules: from libffa_reply_rules() for this reply.
 * @reply: the frame to clean: every register in @rules->unused becomes 0,
 *         so nothing stale crosses a world boundary.
 */
void libffa_reply_zero_unused(const struct libffa_reply_rules *rules,
			      struct libffa_regs *reply);

/**
 * enum libffa_copyback_policy - which reply registers a proxy hands to its
 * caller. The zero value is the safe choice: it delivers every result
 * register of the reply and nothing stale (issue 12 item 5).
 * @LIBFFA_COPYBACK_REPLY_ABI: the result registers of the reply's layout
 *     at the version are copied (our reading of the FF-A 1.3
 *     clarification); of the rest, what the caller's convention preserves
 *     is restored and the others are zeroed. An SMC32 reply's copied
 *     registers are zero-extended. Never drops a result register.
 * @LIBFFA_COPYBACK_CALLER_CONV: by the caller's convention: the result
 *     registers it can have (an SMC32 caller at SMCCC 1.2: x0-x7) are
 *     copied, everything else of x0-x17 is restored from its saved frame
 *     (SMCCC 1.2: SMC32 preserves x8-x30). Drops x8-x17 of a 64-bit reply
 *     to a 32-bit call: libffa_copyback_plan() then answers
 *     %LIBFFA_E_DROPPED.
 * @LIBFFA_COPYBACK_ALL: every register x0-x17 is copied ("assume SMC64"),
 *     what upstream pKVM merged, matching its pass-through path.
 * Sources: docs/fact-check.md, "Copy-back: x8-x17 of a reply to an SMC32
 * call", and s6 for the SMCCC rules.
 */
enum libffa_copyback_policy {
	LIBFFA_COPYBACK_REPLY_ABI = 0,
	LIBFFA_COPYBACK_CALLER_CONV = 1,
	LIBFFA_COPYBACK_ALL = 2
};

/**
 * struct libffa_copyback_plan - how to build the frame a proxy's caller
 * sees. @copy, @restore and @zero partition x0-x17.
 * @copy:    registers taken from the reply.
 * @restore: registers taken from the caller's saved frame.
 * @zero:    registers written as zero.
 * @narrow:  registers of @copy whose bits[63:32] are cleared.
 */
struct libffa_copyback_plan {
	libffa_regmask_t copy;
	libffa_regmask_t restore;
	libffa_regmask_t zero;
	libffa_regmask_t narrow;
};

/**
 * libffa_copyback_plan() - the plan a policy gives for a reply.
 * @policy: the policy.
 * @rules:  from libffa_reply_rules().
 * @plan:   out.
 *
 * Return:
 * * %LIBFFA_OK        - @plan is set and copies every result register;
 * * %LIBFFA_E_DROPPED - @plan is set but leaves out a result register of
 *                       the reply (@rules->results & ~@plan->copy): the
 *                       caller would not see the whole reply;
 * * %LIBFFA_E_INVAL   - a NULL pointer or an unknown @policy.
 */
LIBFFA_MUST_CHECK libffa_status_t
libffa_copyback_plan(enum libffa_copyback_policy policy,
		     const struct libffa_reply_rules *rules,
		     struct libffa_copyback_plan *plan);

/**
 * libffa_copyback_apply() - build the frame the caller sees.
 * @plan:  from libffa_copyback_plan().
 * @saved: the caller's frame as it made the call.
 * @reply: the callee's reply.
 * @out:   out: the frame to return to the caller; may alias @saved or
 *         @reply.
 */
void libffa_copyback_apply(const struct libffa_copyback_plan *plan,
			   const struct libffa_regs *saved,
			   const struct libffa_regs *reply,
			   struct libffa_regs *out);

LIBFFA_END_DECLS

#endif /* LIBFFA_COPYBACK_H */
