/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * Fuzz what a proxy does with a hostile reply: libffa_runtime_check_reply()
 * and the copy-back of the verdict's plan, then libffa_call() over a
 * conduit that returns the same reply. Input: byte 0 the FF-A version
 * (bits[2:0], 4 is unknown) and the copy-back policy (bits[5:4]); byte 1
 * the callee's SMCCC version (1.0-1.3, or a malformed word); bytes 2-3 the
 * call and bytes 4-5 the reply's w0 (an ABI of the table by index and
 * width, or a raw function number); then x1-x17 of the reply, little-endian.
 * The caller's saved frame differs from the reply in every bit, so each
 * register of the result shows where it came from.
 *
 * Properties, against an oracle of the calling convention written here
 * from DEN0028 1.2 s2.6-s2.7 (SMCCC 1.0/1.1: results x0-x3, 1.1 preserves
 * x4-x17, 1.0 leaves them unpredictable; 1.2+: SMC32 results w0-w7 and x8+
 * preserved, SMC64 results x0-x17; x4 upwards preserved unless a result):
 *  - never forbidden: under CALLER_CONV only the caller convention's
 *    result registers come from the reply, the rest is the saved frame;
 *    under REPLY_ABI only the reply's result registers come from the reply
 *    (zero-extended from an SMC32 reply), what the caller's convention
 *    preserves is restored and the rest is zero; ALL copies x0-x17;
 *  - never silently lost: when the verdict is LIBFFA_OK, every result
 *    register of the reply reaches the caller (a policy that drops one
 *    must say so with a status other than LIBFFA_OK);
 *  - the reply's result registers lie in its convention's frame and
 *    include x0; the plan partitions x0-x17;
 *  - libffa_call() accepts a reply only when it decodes as a reply to the
 *    call, and never returns LIBFFA_OK with an FFA_ERROR.
 */
#include <stdlib.h>

#include <string.h>

#include "ffa/conduit.h"
#include "ffa/msg.h"
#include "ffa/runtime.h"

typedef enum libffa_copyback_policy policy_t;
#define copyback_apply libffa_copyback_apply

#define SMC64_BIT UINT32_C(0x40000000)

static const libffa_version_t versions[] = {
	LIBFFA_VERSION_1_0, LIBFFA_VERSION_1_1,	  LIBFFA_VERSION_1_2,
	LIBFFA_VERSION_1_3, LIBFFA_VERSION(1, 4),
};

static const uint32_t smccc_versions[] = {
	LIBFFA_SMCCC_VERSION_1_0, LIBFFA_SMCCC_VERSION_1_1,
	LIBFFA_SMCCC_VERSION_1_2, LIBFFA_SMCCC_VERSION_1_3,
	UINT32_C(0xFFFFFFFF), /* NOT_SUPPORTED: treated as 1.0 */
};

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void check(bool ok)
{
	if (!ok) {
		abort();
	}
}

static bool smccc_at_least_1_2(uint32_t v)
{
	return (v & UINT32_C(0x80000000)) == 0u &&
	       v >= LIBFFA_SMCCC_VERSION_1_2;
}

/* DEN0028 1.2 s2.6: registers a caller's convention may get results in. */
static libffa_regmask_t oracle_results(bool smc64, uint32_t smccc)
{
	if (!smccc_at_least_1_2(smccc)) {
		return LIBFFA_REGMASK_X0_X3;
	}
	return smc64 ? LIBFFA_REGMASK_FRAME : LIBFFA_REGMASK_X0_X7;
}

/* DEN0028 1.2 s2.7: registers of x0-x17 the caller expects preserved. */
static libffa_regmask_t oracle_preserved(bool smc64, uint32_t smccc,
					 libffa_regmask_t results)
{
	bool wellformed = (smccc & UINT32_C(0x80000000)) == 0u;

	if (!wellformed || smccc < LIBFFA_SMCCC_VERSION_1_1) {
		return 0; /* 1.0: x4-x17 unpredictable */
	}
	if (!smccc_at_least_1_2(smccc)) {
		return LIBFFA_REGMASK_X4_X17;
	}
	if (smc64) {
		return LIBFFA_REGMASK_X4_X17 & ~results;
	}
	return LIBFFA_REGMASK_X8_X17 | (LIBFFA_REGMASK_X4_X7 & ~results);
}

/* An ABI of the table by index and width, or a raw FF-A function number. */
static uint32_t pick_fid(const uint8_t *p)
{
	unsigned int sel = (unsigned int)p[0] | ((unsigned int)p[1] << 8);
	bool smc64 = (sel & 0x8000u) != 0u;
	unsigned int idx = sel & 0x7FFFu;
	uint32_t fid;

	if (idx < (unsigned int)LIBFFA_ABI_COUNT) {
		fid = libffa_abi_fid((enum libffa_abi)idx, smc64);
		if (fid != 0u) {
			return fid;
		}
	}
	return UINT32_C(0x84000000) | (smc64 ? SMC64_BIT : 0u) | (sel & 0xFFu);
}

static const struct libffa_regs *conduit_reply;

static void hostile_call(const struct libffa_conduit *self,
			 const struct libffa_regs *in, struct libffa_regs *out)
{
	(void)self;
	(void)in;
	*out = *conduit_reply;
}

static void check_copyback(const struct libffa_runtime_verdict *vd,
			   libffa_status_t st, libffa_version_t ver,
			   policy_t policy, uint32_t smccc,
			   const struct libffa_regs *saved,
			   const struct libffa_regs *reply)
{
	const struct libffa_copyback_plan *plan = &vd->plan;
	libffa_regmask_t results = vd->regs.results;
	/* x8-x17 carry FF-A fields from v1.2 (DEN0077A 1.2 s11.2). */
	libffa_regmask_t frame = vd->reply_smc64 && ver >= LIBFFA_VERSION_1_2
					 ? LIBFFA_REGMASK_FRAME
					 : LIBFFA_REGMASK_X0_X7;
	libffa_regmask_t conv = oracle_results(vd->call_smc64, smccc);
	libffa_regmask_t keep =
		oracle_preserved(vd->call_smc64, smccc, results);
	/* An SMC32 reply's value is its low 32 bits (DEN0028 1.2 s2.6). */
	uint64_t value = vd->reply_smc64 ? ~UINT64_C(0) : 0xFFFFFFFFu;
	struct libffa_regs out;
	bool lost = false;
	unsigned int r;

	check((results & LIBFFA_REGMASK_X(0)) != 0u);
	check((results & ~frame) == 0u);
	check((plan->copy & plan->restore) == 0u &&
	      (plan->copy & plan->zero) == 0u &&
	      (plan->restore & plan->zero) == 0u &&
	      (plan->copy | plan->restore | plan->zero) ==
		      LIBFFA_REGMASK_FRAME);
	copyback_apply(plan, saved, reply, &out);
	for (r = 0; r < LIBFFA_REGS_COUNT; r++) {
		libffa_regmask_t bit = LIBFFA_REGMASK_X(r);
		uint64_t want;

		switch (policy) {
		case LIBFFA_COPYBACK_ALL:
			want = reply->x[r];
			break;
		case LIBFFA_COPYBACK_CALLER_CONV:
			want = (conv & bit) != 0u ? reply->x[r] : saved->x[r];
			break;
		default: /* LIBFFA_COPYBACK_REPLY_ABI */
			if ((results & bit) != 0u) {
				want = vd->reply_smc64
					       ? reply->x[r]
					       : reply->x[r] & 0xFFFFFFFFu;
			} else if ((keep & bit) != 0u) {
				want = saved->x[r];
			} else {
				want = 0;
			}
			break;
		}
		check(out.x[r] == want);
		/* Nothing silently lost: a result register whose value does
		 * not reach the caller makes the verdict other than OK. */
		if ((results & bit) != 0u &&
		    ((out.x[r] ^ reply->x[r]) & value) != 0u) {
			lost = true;
		}
	}
	check(st != LIBFFA_OK || !lost);
	/* ... and a drop is reported only when one happens. */
	check(st != LIBFFA_E_DROPPED || lost);
}

static void check_call(uint32_t call_fid, libffa_version_t ver,
		       const struct libffa_regs *reply)
{
	struct libffa_conduit c = {.call = hostile_call, .ctx = NULL};
	struct libffa_msg req;
	struct libffa_msg got;
	struct libffa_msg again;
	struct libffa_msg_fault fault;
	struct libffa_regs frame;
	enum libffa_abi abi;
	bool smc64;
	libffa_status_t st;

	if (libffa_abi_from_fid(call_fid, &abi, &smc64) != LIBFFA_OK) {
		return;
	}
	libffa_msg_init(&req, abi, LIBFFA_MSG_ARGS, smc64);
	/* A decode writes only the fields of the layout it decodes (msg.h):
	 * clear both messages so that they compare whole. */
	memset(&got, 0, sizeof(got));
	memset(&again, 0, sizeof(again));
	conduit_reply = reply;
	st = libffa_call(&c, &req, ver, 0, &frame, &got, &fault);
	if (st == LIBFFA_OK || st == LIBFFA_E_PEER) {
		/* @frame is the peer's frame as it came back ... */
		check(memcmp(&frame, reply, sizeof(frame)) == 0);
		/* What libffa_call() accepted is what the reply decoder says.
		 */
		check(libffa_msg_decode_reply(reply, ver, abi, 0, &again,
					      NULL) == LIBFFA_OK &&
		      memcmp(&again, &got, sizeof(got)) == 0);
	}
	if (st == LIBFFA_OK) {
		check(!libffa_msg_is_error(&got, NULL));
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct libffa_runtime_verdict vd;
	struct libffa_regs reply;
	struct libffa_regs saved;
	libffa_version_t ver;
	policy_t policy;
	uint32_t smccc;
	uint32_t call_fid;
	libffa_status_t st;
	size_t i;

	if (size < 6u) {
		return 0;
	}
	ver = versions[(data[0] & 7u) % 5u];
	policy = (policy_t)((data[0] >> 4) & 3u);
	smccc = smccc_versions[data[1] % 5u];
	call_fid = pick_fid(data + 2);
	libffa_regs_clear(&reply);
	reply.x[0] = pick_fid(data + 4);
	for (i = 6; i < size && i < 6u + 8u * (LIBFFA_REGS_COUNT - 1u); i++) {
		reply.x[1u + (i - 6u) / 8u] |= (uint64_t)data[i]
					       << (8u * ((i - 6u) % 8u));
	}
	for (i = 0; i < LIBFFA_REGS_COUNT; i++) {
		saved.x[i] = ~reply.x[i];
	}
	saved.x[0] = call_fid;

	st = libffa_runtime_check_reply(call_fid, &reply, ver, smccc, policy,
					&vd);
	if (policy != LIBFFA_COPYBACK_ALL &&
	    policy != LIBFFA_COPYBACK_CALLER_CONV &&
	    policy != LIBFFA_COPYBACK_REPLY_ABI) {
		check(st != LIBFFA_OK);
	} else if (st == LIBFFA_OK || st == LIBFFA_E_DROPPED) {
		check(vd.rule != NULL &&
		      vd.call_smc64 == ((call_fid & SMC64_BIT) != 0u));
		check_copyback(&vd, st, ver, policy, smccc, &saved, &reply);
	}
	check_call(call_fid, ver, &reply);
	return 0;
}
