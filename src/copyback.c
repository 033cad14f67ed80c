/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * Layer 3: which registers of one FF-A call's reply are results, which the
 * caller's convention preserves, and what a proxy copies back. Result
 * registers are derived from abi.def, never restated here.
 */
#include "ffa/copyback.h"

#include "ffa/field.h"

#include "internal.h"

/* ---- Registers of a layout, from the table --------------------------------
 */

/* The registers element @e of @f occupies (e is 0 but for arrays). Out
 * of line, so that its masks' constants do not stay live in callee-saved
 * registers across the caller's loop (the stack budget). */
static LIBFFA_NOINLINE_ libffa_regmask_t elem_regs(const struct libffa_field *f,
						   unsigned int e)
{
	switch ((enum libffa_field_kind)f->kind) {
	case LIBFFA_FIELD_BITS:
		break; /* below */
	case LIBFFA_FIELD_SPLIT:
		return LIBFFA_REGMASK_X(f->reg) | LIBFFA_REGMASK_X(f->lo);
	case LIBFFA_FIELD_UUID_W:
		return LIBFFA_REGMASK_RANGE(f->reg, f->reg + 3u);
	case LIBFFA_FIELD_UUID_X:
		return LIBFFA_REGMASK_RANGE(f->reg, f->reg + 1u);
	case LIBFFA_FIELD_ARRAY:
		return LIBFFA_REGMASK_X(f->reg + e);
	}
	return LIBFFA_REGMASK_X(f->reg);
}

libffa_regmask_t libffa_copyback_layout_regs(const struct libffa_layout *layout,
					     bool smc64,
					     libffa_version_t version)
{
	const struct libffa_field *f;
	libffa_regmask_t mask = 0;
	unsigned int e;

	if (layout == NULL || layout->field_count == 0u) {
		return 0; /* no fields: a null field pointer */
	}
	for (f = layout->fields; f != layout->fields + layout->field_count;
	     f++) {
		/* Every element of an array, element 0 of the rest. */
		for (e = 0; e < (f->kind == LIBFFA_FIELD_ARRAY ? f->width : 1u);
		     e++) {
			if (libffa_field_present(layout, f, smc64, version,
						 e)) {
				mask |= elem_regs(f, e);
			}
		}
	}
	return mask & LIBFFA_REGMASK_FRAME;
}

/* ---- One call and its reply ------------------------------------------------
 */

libffa_status_t libffa_reply_rules(uint32_t call_fid,
				   const struct libffa_regs *reply,
				   libffa_version_t version,
				   uint32_t smccc_version,
				   struct libffa_reply_rules *rules)
{
	const struct libffa_layout *layout;
	libffa_status_t status;
	unsigned int count;

	if (reply == NULL || rules == NULL) {
		return LIBFFA_E_INVAL;
	}
	if (!libffa_version_is_known(version)) {
		return LIBFFA_E_VERSION;
	}
	status =
		libffa_abi_from_fid(call_fid, &rules->call, &rules->call_smc64);
	if (status != LIBFFA_OK) {
		return status;
	}
	layout = libffa_abi_layout(rules->call, LIBFFA_MSG_RESULT);
	/* FFA_VERSION and the SMCCC calls answer in w0: no function ID. */
	if (libffa_abi_answers_in_w0(rules->call)) {
		rules->reply = rules->call;
		rules->reply_smc64 = rules->call_smc64;
	} else {
		status =
			libffa_abi_from_fid(libffa_regs_w(reply, 0),
					    &rules->reply, &rules->reply_smc64);
		if (status != LIBFFA_OK) {
			return status;
		}
		if (!libffa_abi_exists(rules->reply, rules->reply_smc64,
				       version)) {
			return LIBFFA_E_VERSION;
		}
		/* FFA_SUCCESS of either width carries the call's results. */
		if (rules->reply != LIBFFA_ABI_SUCCESS) {
			layout = libffa_abi_layout(rules->reply,
						   LIBFFA_MSG_ARGS);
		}
	}
	count = libffa_abi_regs_in_use(rules->reply_smc64, version);
	rules->frame = LIBFFA_REGMASK_RANGE(0, count - 1u);
	rules->results = LIBFFA_REGMASK_X(0) |
			 libffa_copyback_layout_regs(layout, rules->reply_smc64,
						     version);
	rules->results &= rules->frame;
	rules->unused = rules->frame & ~rules->results;
	libffa_smccc_conv_rules(rules->call_smc64, smccc_version,
				&rules->caller);
	rules->preserved = libffa_smccc_callee_preserves(
		rules->call_smc64, smccc_version, rules->results);
	rules->conflict = rules->results & rules->preserved;
	return LIBFFA_OK;
}

void libffa_reply_zero_unused(const struct libffa_reply_rules *rules,
			      struct libffa_regs *reply)
{
	unsigned int r;

	for (r = 0; r < LIBFFA_REGS_COUNT; r++) {
		if ((rules->unused & LIBFFA_REGMASK_X(r)) != 0u) {
			reply->x[r] = 0;
		}
	}
}

/* ---- Copy-back -------------------------------------------------------------
 */

libffa_status_t libffa_copyback_plan(enum libffa_copyback_policy policy,
				     const struct libffa_reply_rules *rules,
				     struct libffa_copyback_plan *plan)
{
	if (rules == NULL || plan == NULL) {
		return LIBFFA_E_INVAL;
	}
	plan->narrow = 0;
	plan->zero = 0;
	switch (policy) {
	case LIBFFA_COPYBACK_REPLY_ABI:
		plan->copy = rules->results & LIBFFA_REGMASK_FRAME;
		plan->restore =
			rules->preserved & LIBFFA_REGMASK_FRAME & ~plan->copy;
		plan->zero =
			LIBFFA_REGMASK_FRAME & ~plan->copy & ~plan->restore;
		/* An SMC32 frame is w0-w7 only (DEN0028 1.2 s2.6). */
		plan->narrow = rules->reply_smc64 ? 0u : plan->copy;
		break;
	case LIBFFA_COPYBACK_CALLER_CONV:
		plan->copy = rules->caller.results & LIBFFA_REGMASK_FRAME;
		plan->restore = LIBFFA_REGMASK_FRAME & ~plan->copy;
		break;
	case LIBFFA_COPYBACK_ALL:
		plan->copy = LIBFFA_REGMASK_FRAME;
		plan->restore = 0;
		break;
	default:
		return LIBFFA_E_INVAL;
	}
	/* A result the caller will not see must never look like success. */
	return (rules->results & ~plan->copy) != 0u ? LIBFFA_E_DROPPED
						    : LIBFFA_OK;
}

void libffa_copyback_apply(const struct libffa_copyback_plan *plan,
			   const struct libffa_regs *saved,
			   const struct libffa_regs *reply,
			   struct libffa_regs *out)
{
	struct libffa_regs frame;
	unsigned int r;

	for (r = 0; r < LIBFFA_REGS_COUNT; r++) {
		libffa_regmask_t bit = LIBFFA_REGMASK_X(r);

		if ((plan->copy & bit) != 0u) {
			frame.x[r] = reply->x[r];
			if ((plan->narrow & bit) != 0u) {
				frame.x[r] &= UINT64_C(0xFFFFFFFF);
			}
		} else if ((plan->restore & bit) != 0u) {
			frame.x[r] = saved->x[r];
		} else {
			frame.x[r] = 0;
		}
	}
	*out = frame;
}
