/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * SMCCC architecture calls and the register rules of each convention
 * (layer 0: nothing here knows FF-A's ABI table; what one FF-A reply
 * carries and what a proxy copies back is copyback.c, layer 3).
 */
#include "ffa/smccc.h"

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
	/* Bit 31 is zero and SMCCC majors start at 1 (DEN0028 1.2 s7.2). */
	if ((w0 & UINT32_C(0x80000000)) != 0u || (w0 >> 16) == 0u) {
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
