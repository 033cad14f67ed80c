/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * SMCCC architecture calls and the register rules: which registers of a
 * call and its reply are results, which the callee preserves, and what a
 * proxy copies back. Result registers are derived from abi.def, never
 * restated here.
 */
#include "ffa/smccc.h"

#include "ffa/abi.h"
#include "ffa/field.h"

void libffa_smccc_version_call(struct libffa_regs *regs)
{
	libffa_regs_clear(regs);
	regs->x[0] = LIBFFA_SMCCC_VERSION_FID;
}

libffa_status_t libffa_smccc_version_parse(const struct libffa_regs *reply,
					   uint32_t *version)
{
	uint32_t w0;

	if (reply == NULL || version == NULL) {
		return LIBFFA_E_INVAL;
	}
	w0 = libffa_regs_w(reply, 0);
	if (w0 == (uint32_t)LIBFFA_SMCCC_RET_NOT_SUPPORTED) {
		/* SMCCC 1.0 had no SMCCC_VERSION (DEN0028 1.2 s7.2). */
		*version = LIBFFA_SMCCC_VERSION_1_0;
		return LIBFFA_OK;
	}
	if ((w0 & UINT32_C(0x80000000)) != 0u) {
		return LIBFFA_E_BADVALUE;
	}
	*version = w0;
	return LIBFFA_OK;
}

libffa_status_t libffa_smccc_version_require(const struct libffa_regs *reply,
					     uint32_t minimum,
					     uint32_t *version)
{
	libffa_status_t status = libffa_smccc_version_parse(reply, version);

	if (status != LIBFFA_OK) {
		return status;
	}
	return *version >= minimum ? LIBFFA_OK : LIBFFA_E_VERSION;
}

void libffa_smccc_arch_features_call(struct libffa_regs *regs, uint32_t fid)
{
	libffa_regs_clear(regs);
	regs->x[0] = LIBFFA_SMCCC_ARCH_FEATURES_FID;
	libffa_regs_set_w(regs, 1, fid);
}

libffa_status_t libffa_smccc_arch_features_parse(
	const struct libffa_regs *reply, int32_t *value)
{
	uint32_t w0;

	if (reply == NULL || value == NULL) {
		return LIBFFA_E_INVAL;
	}
	w0 = libffa_regs_w(reply, 0);
	/* Two's complement without implementation-defined conversion. */
	*value = (w0 & UINT32_C(0x80000000)) != 0u ? -(int32_t)(~w0) - 1
						   : (int32_t)w0;
	if (*value >= 0) {
		return LIBFFA_OK;
	}
	return *value == LIBFFA_SMCCC_RET_NOT_SUPPORTED ? LIBFFA_E_UNKNOWN_FID
							: LIBFFA_E_PEER;
}

/* ---- Conventions -----------------------------------------------------------
 */

void libffa_smccc_conv_rules(bool smc64, uint32_t smccc_version,
			     struct libffa_smccc_conv *conv)
{
	bool wellformed = (smccc_version & UINT32_C(0x80000000)) == 0u;

	conv->args = LIBFFA_REGMASK_X0_X7;
	conv->results = LIBFFA_REGMASK_X0_X3;
	conv->unless_result = 0;
	conv->unpredictable = 0;
	if (!wellformed || smccc_version < LIBFFA_SMCCC_VERSION_1_1) {
		/* 1.0: x4-x17 unpredictable, x18-x30 preserved. */
		conv->preserved = LIBFFA_REGMASK_X18_X30;
		conv->unpredictable = LIBFFA_REGMASK_X4_X17;
		return;
	}
	if (smccc_version < LIBFFA_SMCCC_VERSION_1_2) {
		/* 1.1: only x0-x3 return results; x4-x30 preserved. */
		conv->preserved = LIBFFA_REGMASK_X4_X30;
		return;
	}
	/*
	 * 1.2: W4-W7 (SMC32) and x4-x17 (SMC64) may be results, otherwise
	 * they stay preserved; x8-x17 become SMC64 arguments.
	 */
	if (smc64) {
		conv->args = LIBFFA_REGMASK_FRAME;
		conv->results = LIBFFA_REGMASK_FRAME;
		conv->unless_result = LIBFFA_REGMASK_X4_X17;
		conv->preserved = LIBFFA_REGMASK_X18_X30;
	} else {
		conv->results = LIBFFA_REGMASK_X0_X7;
		conv->unless_result = LIBFFA_REGMASK_X4_X7;
		conv->preserved = LIBFFA_REGMASK_X8_X30;
	}
}

libffa_regmask_t libffa_smccc_callee_preserves(bool smc64,
					       uint32_t smccc_version,
					       libffa_regmask_t results)
{
	struct libffa_smccc_conv conv;

	libffa_smccc_conv_rules(smc64, smccc_version, &conv);
	return conv.preserved | (conv.unless_result & ~results);
}

int libffa_smccc_first_clobbered(libffa_regmask_t preserved,
				 const struct libffa_smccc_gprs *before,
				 const struct libffa_smccc_gprs *after)
{
	unsigned int r;

	if (before == NULL || after == NULL) {
		return -1;
	}
	for (r = 0; r < LIBFFA_GPR_COUNT; r++) {
		if ((preserved & LIBFFA_REGMASK_X(r)) != 0u &&
		    before->x[r] != after->x[r]) {
			return (int)r;
		}
	}
	return -1;
}

/* ---- Registers of a layout, from the table --------------------------------
 */

static libffa_regmask_t field_regs(const struct libffa_layout *layout,
				   const struct libffa_field *f, bool smc64,
				   libffa_version_t version)
{
	libffa_regmask_t mask = 0;
	unsigned int e;

	switch ((enum libffa_field_kind)f->kind) {
	case LIBFFA_FIELD_BITS:
		if (libffa_field_present(layout, f, smc64, version, 0)) {
			mask = LIBFFA_REGMASK_X(f->reg);
		}
		break;
	case LIBFFA_FIELD_SPLIT:
		if (libffa_field_present(layout, f, smc64, version, 0)) {
			mask = LIBFFA_REGMASK_X(f->reg) |
			       LIBFFA_REGMASK_X(f->lo);
		}
		break;
	case LIBFFA_FIELD_UUID_W:
		if (libffa_field_present(layout, f, smc64, version, 0)) {
			mask = LIBFFA_REGMASK_RANGE(f->reg, f->reg + 3u);
		}
		break;
	case LIBFFA_FIELD_UUID_X:
		if (libffa_field_present(layout, f, smc64, version, 0)) {
			mask = LIBFFA_REGMASK_RANGE(f->reg, f->reg + 1u);
		}
		break;
	case LIBFFA_FIELD_ARRAY:
		for (e = 0; e < f->width; e++) {
			if (libffa_field_present(layout, f, smc64, version,
						 e)) {
				mask |= LIBFFA_REGMASK_X(f->reg + e);
			}
		}
		break;
	}
	return mask & LIBFFA_REGMASK_FRAME;
}

libffa_regmask_t libffa_smccc_layout_regs(const struct libffa_layout *layout,
					  bool smc64, libffa_version_t version)
{
	libffa_regmask_t mask = 0;
	unsigned int i;

	if (layout == NULL) {
		return 0;
	}
	for (i = 0; i < layout->field_count; i++) {
		mask |= field_regs(layout, &layout->fields[i], smc64, version);
	}
	return mask;
}

/* ---- One call and its reply ------------------------------------------------
 */

libffa_status_t libffa_smccc_reply_rules(uint32_t call_fid,
					 const struct libffa_regs *reply,
					 libffa_version_t version,
					 uint32_t smccc_version,
					 struct libffa_smccc_reply_rules *rules)
{
	enum libffa_abi call;
	enum libffa_abi answer;
	const struct libffa_layout *layout;
	libffa_status_t status;
	unsigned int count;

	if (reply == NULL || rules == NULL) {
		return LIBFFA_E_INVAL;
	}
	if (!libffa_version_is_known(version)) {
		return LIBFFA_E_VERSION;
	}
	status = libffa_abi_from_fid(call_fid, &call, &rules->call_smc64);
	if (status != LIBFFA_OK) {
		return status;
	}
	layout = libffa_abi_layout(call, LIBFFA_MSG_RESULT);
	if (libffa_abi_answers_in_w0(call)) {
		rules->reply_smc64 = rules->call_smc64;
	} else {
		status = libffa_abi_from_fid(libffa_regs_w(reply, 0), &answer,
					     &rules->reply_smc64);
		if (status != LIBFFA_OK) {
			return status;
		}
		if (!libffa_abi_exists(answer, rules->reply_smc64, version)) {
			return LIBFFA_E_VERSION;
		}
		/* FFA_SUCCESS of either width carries the call's results. */
		if (answer != LIBFFA_ABI_SUCCESS) {
			layout = libffa_abi_layout(answer, LIBFFA_MSG_ARGS);
		}
	}
	count = libffa_abi_regs_in_use(rules->reply_smc64, version);
	rules->frame = LIBFFA_REGMASK_RANGE(0, count - 1u);
	rules->results =
		LIBFFA_REGMASK_X(0) |
		libffa_smccc_layout_regs(layout, rules->reply_smc64, version);
	rules->results &= rules->frame;
	rules->unused = rules->frame & ~rules->results;
	libffa_smccc_conv_rules(rules->call_smc64, smccc_version,
				&rules->caller);
	rules->preserved = libffa_smccc_callee_preserves(
		rules->call_smc64, smccc_version, rules->results);
	rules->conflict = rules->results & rules->preserved;
	return LIBFFA_OK;
}

void libffa_smccc_zero_unused(const struct libffa_smccc_reply_rules *rules,
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

libffa_status_t libffa_smccc_copyback_plan(
	enum libffa_copyback policy,
	const struct libffa_smccc_reply_rules *rules,
	struct libffa_copyback_plan *plan)
{
	if (rules == NULL || plan == NULL) {
		return LIBFFA_E_INVAL;
	}
	plan->narrow = 0;
	plan->zero = 0;
	switch (policy) {
	case LIBFFA_COPYBACK_CALLER_CONV:
		plan->copy = rules->caller.results & LIBFFA_REGMASK_FRAME;
		plan->restore = LIBFFA_REGMASK_FRAME & ~plan->copy;
		return LIBFFA_OK;
	case LIBFFA_COPYBACK_ALL:
		plan->copy = LIBFFA_REGMASK_FRAME;
		plan->restore = 0;
		return LIBFFA_OK;
	case LIBFFA_COPYBACK_REPLY_ABI:
		plan->copy = rules->results & LIBFFA_REGMASK_FRAME;
		plan->restore =
			rules->preserved & LIBFFA_REGMASK_FRAME & ~plan->copy;
		plan->zero =
			LIBFFA_REGMASK_FRAME & ~plan->copy & ~plan->restore;
		/* An SMC32 frame is w0-w7 only (DEN0028 1.2 s2.6). */
		plan->narrow = rules->reply_smc64 ? 0u : plan->copy;
		return LIBFFA_OK;
	}
	return LIBFFA_E_INVAL;
}

void libffa_smccc_copyback_apply(const struct libffa_copyback_plan *plan,
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
