/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * Version negotiation: every behaviour of ../shared/ffa-facts.md s3.4 run
 * against every preset, caller/callee agreement over all version pairs,
 * and round trips through real FFA_VERSION frames.
 */
/* clang-format off */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>
/* clang-format on */

#include "ffa/msg.h"
#include "ffa/smccc.h"
#include "ffa/version.h"

#define V10 LIBFFA_VERSION_1_0
#define V11 LIBFFA_VERSION_1_1
#define V12 LIBFFA_VERSION_1_2
#define V13 LIBFFA_VERSION_1_3
#define NS  LIBFFA_VERSION_RET_NOT_SUPPORTED
#define INV LIBFFA_VERSION_RET_INVALID_PARAMETER
/* FFA_ERROR code INVALID_PARAMETERS as the row's 32-bit result. */
#define EIP ((uint32_t)LIBFFA_RET_INVALID_PARAMETERS)

#define FID_VERSION   UINT32_C(0x84000063)
#define FID_ID_GET    UINT32_C(0x84000069)
#define FID_INTERRUPT UINT32_C(0x84000062)

enum step_kind {
	STEP_NONE = 0,
	STEP_VERSION, /* FFA_VERSION(value, flags): result = w0 */
	STEP_CALL,    /* another call, w0 = value: result = FF-A error or 0 */
	STEP_EPVER,   /* result = the endpoint's version in use */
	STEP_RECORDED /* result = 1 when FFA_VERSION recorded a version */
};

struct step {
	enum step_kind kind;
	uint32_t value;
	uint32_t flags;
};

/* Presets that act as a callee, in column order of the table. */
static const enum libffa_version_preset callee_presets[] = {
	LIBFFA_VERSION_PRESET_SPEC,	LIBFFA_VERSION_PRESET_PKVM,
	LIBFFA_VERSION_PRESET_HAFNIUM,	LIBFFA_VERSION_PRESET_TFA_SPMC,
	LIBFFA_VERSION_PRESET_TFA_SPMD, LIBFFA_VERSION_PRESET_OPTEE,
};
#define CALLEES 6

/*
 * struct scenario - one cell (row) of ffa-facts s3.4 as a step sequence;
 * expect[] is the result of the last step for spec, pkvm, hafnium,
 * tfa_spmc, tfa_spmd, optee.
 */
struct scenario {
	const char *what;
	libffa_version_t own;
	struct step steps[4];
	uint32_t expect[CALLEES];
};

#define VER(v)                        \
	{                             \
		STEP_VERSION, (v), 0u \
	}
#define VERF(v, f)                     \
	{                              \
		STEP_VERSION, (v), (f) \
	}
#define CALL(fid)                    \
	{                            \
		STEP_CALL, (fid), 0u \
	}
#define EPVER                      \
	{                          \
		STEP_EPVER, 0u, 0u \
	}
#define RECORDED                      \
	{                             \
		STEP_RECORDED, 0u, 0u \
	}

static const struct scenario scenarios[] = {
	/*                                  spec  pkvm  hf    spmc  spmd  optee
	 */
	{"returns: request equal to own",
	 V12,
	 {VER(V12)},
	 {V12, V12, V12, V12, V12, V12}},
	{"returns: own (HF, TF-A, spec) or negotiated (pKVM, OP-TEE)",
	 V12,
	 {VER(V11)},
	 {V12, V11, V12, V12, V12, V11}},
	{"bit31 set -> NOT_SUPPORTED",
	 V12,
	 {VER(UINT32_C(0x80010002))},
	 {NS, NS, NS, NS, NS, NS}},
	{"bad major 2 -> NOT_SUPPORTED",
	 V12,
	 {VER(LIBFFA_VERSION(2, 0))},
	 {NS, NS, NS, NS, NS, NS}},
	{"bad major 0 -> NOT_SUPPORTED",
	 V12,
	 {VER(LIBFFA_VERSION(0, 2))},
	 {NS, NS, NS, NS, NS, NS}},
	{"older minor: accepted and recorded",
	 V12,
	 {VER(V11), EPVER},
	 {V11, V11, V11, V11, V11, V11}},
	{"newer minor: own version, or NOT_SUPPORTED (HF)",
	 V12,
	 {VER(V13)},
	 {V12, V12, NS, V12, V12, V12}},
	{"newer minor: recorded (spec, pKVM, OP-TEE) or not (TF-A)",
	 V12,
	 {VER(V13), RECORDED},
	 {1, 1, 0, 0, 0, 1}},
	{"other ABI before FFA_VERSION: INVALID_PARAMETERS (pKVM)",
	 V12,
	 {CALL(FID_ID_GET)},
	 {0, EIP, 0, 0, 0, 0}},
	{"first non-VERSION call locks the default",
	 V12,
	 {CALL(FID_ID_GET), VER(V11)},
	 {NS, V11, NS, NS, V12, V11}},
	{"FFA_INTERRUPT before FFA_VERSION locks only in TF-A",
	 V12,
	 {CALL(FID_INTERRUPT), VER(V11)},
	 {V12, V11, V12, NS, V12, V11}},
	{"FFA_INTERRUPT before FFA_VERSION: pKVM refuses it",
	 V12,
	 {CALL(FID_INTERRUPT)},
	 {0, EIP, 0, 0, 0, 0}},
	{"again after lock, same version",
	 V12,
	 {VER(V12), CALL(FID_ID_GET), VER(V12)},
	 {V12, V12, V12, V12, V12, V12}},
	{"seed: negotiated 1.2, later asks 1.1 (pKVM NOT_SUPPORTED)",
	 V12,
	 {VER(V12), CALL(FID_ID_GET), VER(V11)},
	 {NS, NS, NS, V12, V12, V11}},
	{"seed without a call between: pKVM locks at FFA_VERSION",
	 V12,
	 {VER(V12), VER(V11)},
	 {V12, NS, V12, V12, V12, V11}},
	{"again after lock, higher minor",
	 V12,
	 {VER(V11), CALL(FID_ID_GET), VER(V12)},
	 {NS, V11, NS, V11, V12, V12}},
	{"after lock the recorded version does not change",
	 V12,
	 {VER(V11), CALL(FID_ID_GET), VER(V12), EPVER},
	 {V11, V11, V11, V11, V11, V12}},
	{"after lock with none negotiated (TF-A SPMC NOT_SUPPORTED)",
	 V12,
	 {CALL(FID_ID_GET), VER(V12)},
	 {V12, V12, V12, NS, V12, V12}},
	{"v1.3 query compatibility changes nothing (spec only)",
	 V13,
	 {VERF(V12, 1u), RECORDED},
	 {0, 1, 1, 1, 1, 1}},
	{"v1.3 flags bits[31:2] set -> SMCCC INVALID_PARAMETER (spec)",
	 V13,
	 {VERF(V13, 4u)},
	 {INV, V13, V13, V13, V13, V13}},
	{"v1.3 query type 3 -> SMCCC INVALID_PARAMETER (spec)",
	 V13,
	 {VERF(V13, 3u)},
	 {INV, V13, V13, V13, V13, V13}},
	{"v1.3 query negotiated before any -> NOT_SUPPORTED (spec)",
	 V13,
	 {VERF(V13, 2u)},
	 {NS, V13, V13, V13, V13, V13}},
	{"v1.3 query negotiated after negotiation (spec)",
	 V13,
	 {VER(V11), VERF(V13, 2u)},
	 {V11, V11, V13, V13, V13, V13}},
};

static void version_frame(struct libffa_regs *regs, uint32_t requested,
			  uint32_t flags)
{
	libffa_regs_clear(regs);
	libffa_regs_set_w(regs, 0, FID_VERSION);
	libffa_regs_set_w(regs, 1, requested);
	libffa_regs_set_w(regs, 2, flags);
}

static uint32_t run_step(const struct libffa_version_callee *callee,
			 struct libffa_version_endpoint *ep,
			 const struct step *s)
{
	struct libffa_regs call;
	struct libffa_regs reply;
	int32_t error = 0;
	unsigned int i;
	libffa_status_t st;

	switch (s->kind) {
	case STEP_VERSION:
		version_frame(&call, s->value, s->flags);
		memset(&reply, 0xA5, sizeof(reply));
		st = libffa_version_callee_handle(callee, ep, &call, &reply);
		assert_true(st == LIBFFA_OK || libffa_regs_w(&reply, 0) == NS ||
			    libffa_regs_w(&reply, 0) == INV);
		/* The reply frame is bare w0: x1-x17 are zero. */
		for (i = 1; i < LIBFFA_REGS_COUNT; i++) {
			assert_int_equal(reply.x[i], 0);
		}
		assert_int_equal(reply.x[0] >> 32, 0);
		return libffa_regs_w(&reply, 0);
	case STEP_CALL:
		if (libffa_version_callee_check_call(callee, ep, s->value, NULL,
						     &error) == LIBFFA_OK) {
			assert_int_equal(error, 0);
			return 0;
		}
		return (uint32_t)error;
	case STEP_EPVER:
		return ep->version;
	case STEP_RECORDED:
		return ep->recorded ? 1u : 0u;
	case STEP_NONE:
		break;
	}
	return 0xDEADBEEFu;
}

/* ffa-facts s3.4, every row, against every callee preset. */
static void version_scenario_table_per_preset(void **state)
{
	size_t r;
	unsigned int c;

	(void)state;
	for (r = 0; r < sizeof(scenarios) / sizeof(scenarios[0]); r++) {
		const struct scenario *sc = &scenarios[r];

		for (c = 0; c < CALLEES; c++) {
			struct libffa_version_callee callee;
			struct libffa_version_endpoint ep;
			uint32_t got = 0;
			unsigned int k;

			assert_int_equal(libffa_version_callee_init(
						 &callee, sc->own,
						 libffa_version_policy_preset(
							 callee_presets[c])),
					 LIBFFA_OK);
			libffa_version_endpoint_init(&callee, &ep);
			for (k = 0; k < 4 && sc->steps[k].kind != STEP_NONE;
			     k++) {
				got = run_step(&callee, &ep, &sc->steps[k]);
			}
			if (got != sc->expect[c]) {
				fail_msg("%s [%s]: got %#x, want %#x", sc->what,
					 libffa_version_policy_name(
						 callee_presets[c]),
					 got, sc->expect[c]);
			}
		}
	}
}

/* The seed patch as a story: pKVM's host downgrade attempt. */
static void version_pkvm_refuses_host_downgrade_after_negotiation(void **state)
{
	struct libffa_version_callee callee;
	struct libffa_version_endpoint host;
	uint32_t w0 = 0;

	(void)state;
	assert_int_equal(
		libffa_version_callee_init(&callee, V12,
					   libffa_version_policy_preset(
						   LIBFFA_VERSION_PRESET_PKVM)),
		LIBFFA_OK);
	libffa_version_endpoint_init(&callee, &host);
	assert_int_equal(
		libffa_version_callee_answer(&callee, &host, V12, 0, &w0),
		LIBFFA_OK);
	assert_int_equal(w0, V12);
	assert_int_equal(host.state, LIBFFA_VERSION_LOCKED);
	/* Lower minor: NOT_SUPPORTED; equal or higher: negotiated. */
	assert_int_equal(
		libffa_version_callee_answer(&callee, &host, V11, 0, &w0),
		LIBFFA_E_STATE);
	assert_int_equal(w0, NS);
	assert_int_equal(
		libffa_version_callee_answer(&callee, &host, V13, 0, &w0),
		LIBFFA_OK);
	assert_int_equal(w0, V12);
	assert_int_equal(host.version, V12);
}

/*
 * Caller rows: the Linux driver column of ffa-facts s3.4, and the other
 * caller policies, against a canned answer. Own 1.2, minimum 1.0.
 */
struct caller_row {
	const char *what;
	enum libffa_version_preset preset;
	uint64_t answer;
	libffa_status_t status;
	bool again;
	libffa_version_t result; /* agreed (DONE) or next offer (again) */
};

static const struct caller_row caller_rows[] = {
	{"higher minor: use own", LIBFFA_VERSION_PRESET_LINUX_DRIVER, V13,
	 LIBFFA_OK, false, V12},
	{"higher minor: use own", LIBFFA_VERSION_PRESET_SPEC, V13, LIBFFA_OK,
	 false, V12},
	{"lower minor: Linux downgrades", LIBFFA_VERSION_PRESET_LINUX_DRIVER,
	 V11, LIBFFA_OK, false, V11},
	{"lower minor: pKVM init adopts", LIBFFA_VERSION_PRESET_PKVM, V11,
	 LIBFFA_OK, false, V11},
	{"lower minor: spec confirms", LIBFFA_VERSION_PRESET_SPEC, V11,
	 LIBFFA_OK, true, V11},
	{"lower minor: fail policy", LIBFFA_VERSION_PRESET_TFA_SPMC, V11,
	 LIBFFA_E_VERSION, false, 0},
	{"higher major fails", LIBFFA_VERSION_PRESET_LINUX_DRIVER,
	 LIBFFA_VERSION(2, 0), LIBFFA_E_VERSION, false, 0},
	{"major 0 fails", LIBFFA_VERSION_PRESET_LINUX_DRIVER,
	 LIBFFA_VERSION(0, 9), LIBFFA_E_VERSION, false, 0},
	{"NOT_SUPPORTED: Linux fails", LIBFFA_VERSION_PRESET_LINUX_DRIVER, NS,
	 LIBFFA_E_PEER, false, 0},
	{"NOT_SUPPORTED: spec steps down", LIBFFA_VERSION_PRESET_SPEC, NS,
	 LIBFFA_OK, true, V11},
	{"NOT_SUPPORTED sign-extended (pKVM writes 64-bit -1)",
	 LIBFFA_VERSION_PRESET_LINUX_DRIVER, UINT64_MAX, LIBFFA_E_PEER, false,
	 0},
	{"SMCCC INVALID_PARAMETER: Linux fails",
	 LIBFFA_VERSION_PRESET_LINUX_DRIVER, INV, LIBFFA_E_PEER, false, 0},
	{"malformed answer", LIBFFA_VERSION_PRESET_SPEC, UINT32_C(0x80010002),
	 LIBFFA_E_BADVALUE, false, 0},
	{"upper half of x0 ignored", LIBFFA_VERSION_PRESET_LINUX_DRIVER,
	 (UINT64_C(0xFFFFFFFF) << 32) | V12, LIBFFA_OK, false, V12},
};

static void version_caller_rows(void **state)
{
	size_t r;

	(void)state;
	for (r = 0; r < sizeof(caller_rows) / sizeof(caller_rows[0]); r++) {
		const struct caller_row *row = &caller_rows[r];
		struct libffa_version_caller caller;
		struct libffa_regs call;
		libffa_version_t v = 0;
		bool again = true;
		libffa_status_t st;

		assert_int_equal(
			libffa_version_caller_init(
				&caller, V12, V10,
				libffa_version_policy_preset(row->preset)),
			LIBFFA_OK);
		assert_int_equal(libffa_version_caller_request(&caller, &call),
				 LIBFFA_OK);
		assert_int_equal(libffa_regs_w(&call, 0), FID_VERSION);
		assert_int_equal(libffa_regs_w(&call, 1), V12);
		st = libffa_version_caller_answer(&caller, row->answer, &again);
		if (st != row->status || again != row->again) {
			fail_msg("%s [%s]: status %d again %d", row->what,
				 libffa_version_policy_name(row->preset),
				 (int)st, (int)again);
		}
		if (st != LIBFFA_OK) {
			assert_int_equal(caller.state,
					 LIBFFA_VERSION_CALLER_FAILED);
			assert_int_equal(
				libffa_version_caller_result(&caller, &v),
				LIBFFA_E_STATE);
		} else if (again) {
			assert_int_equal(caller.offer, row->result);
			assert_int_equal(
				libffa_version_caller_request(&caller, &call),
				LIBFFA_OK);
			assert_int_equal(libffa_regs_w(&call, 1), row->result);
		} else {
			assert_int_equal(
				libffa_version_caller_result(&caller, &v),
				LIBFFA_OK);
			assert_int_equal(v, row->result);
		}
	}
}

static void version_caller_rejects_out_of_order_use(void **state)
{
	struct libffa_version_caller caller;
	struct libffa_regs call;
	bool again;
	const struct libffa_version_policy *p =
		libffa_version_policy_preset(LIBFFA_VERSION_PRESET_SPEC);

	(void)state;
	assert_int_equal(libffa_version_caller_init(&caller, V12, V10, p),
			 LIBFFA_OK);
	assert_int_equal(libffa_version_caller_answer(&caller, V12, &again),
			 LIBFFA_E_STATE);
	assert_int_equal(libffa_version_caller_request(&caller, &call),
			 LIBFFA_OK);
	assert_int_equal(libffa_version_caller_request(&caller, &call),
			 LIBFFA_E_STATE);
	assert_int_equal(libffa_version_caller_init(NULL, V12, V10, p),
			 LIBFFA_E_INVAL);
	assert_int_equal(libffa_version_caller_init(&caller, V12, V13, p),
			 LIBFFA_E_VERSION);
	assert_int_equal(libffa_version_caller_init(
				 &caller, UINT32_C(0x80010002), V10, p),
			 LIBFFA_E_VERSION);
	assert_int_equal(libffa_version_caller_init(
				 &caller, LIBFFA_VERSION(2, 0), V10, p),
			 LIBFFA_E_VERSION);
}

/* Run a caller against a callee through frames until the caller settles. */
static libffa_status_t negotiate(struct libffa_version_caller *caller,
				 const struct libffa_version_callee *callee,
				 struct libffa_version_endpoint *ep,
				 libffa_status_t *callee_last)
{
	struct libffa_regs call;
	struct libffa_regs reply;
	bool again = true;
	libffa_status_t st = LIBFFA_OK;
	unsigned int rounds = 0;

	while (again && rounds++ < 16) {
		assert_int_equal(libffa_version_caller_request(caller, &call),
				 LIBFFA_OK);
		*callee_last =
			libffa_version_callee_handle(callee, ep, &call, &reply);
		st = libffa_version_caller_reply(caller, &reply, &again);
	}
	assert_false(again);
	return st;
}

/*
 * Property: for every version pair 1.0-1.3 plus malformed ones, the spec
 * caller and each preset's callee agree on the version, or both fail.
 */
static void version_caller_and_callee_agree_on_every_pair(void **state)
{
	static const libffa_version_t versions[] = {
		V10,
		V11,
		V12,
		V13,
		UINT32_C(0x80010002), /* bit 31 */
		LIBFFA_VERSION(0, 2),
		LIBFFA_VERSION(2, 0),
	};
	const size_t n = sizeof(versions) / sizeof(versions[0]);
	size_t i;
	size_t j;
	unsigned int c;

	(void)state;
	for (c = 0; c < CALLEES; c++) {
		const struct libffa_version_policy *p =
			libffa_version_policy_preset(callee_presets[c]);

		for (i = 0; i < n; i++) {
			for (j = 0; j < n; j++) {
				struct libffa_version_caller caller;
				struct libffa_version_callee callee;
				struct libffa_version_endpoint ep;
				libffa_status_t cs;
				libffa_status_t es;
				libffa_status_t last = LIBFFA_OK;
				libffa_version_t agreed = 0;

				cs = libffa_version_caller_init(
					&caller, versions[i], V10,
					libffa_version_policy_preset(
						LIBFFA_VERSION_PRESET_SPEC));
				es = libffa_version_callee_init(&callee,
								versions[j], p);
				if (cs != LIBFFA_OK || es != LIBFFA_OK) {
					/* Malformed on either side. */
					assert_false(libffa_version_is_known(
							     versions[i]) &&
						     libffa_version_is_known(
							     versions[j]));
					if (cs != LIBFFA_OK &&
					    es == LIBFFA_OK) {
						/* The callee refuses it too. */
						uint32_t w0 = 0;

						libffa_version_endpoint_init(
							&callee, &ep);
						assert_int_not_equal(
							libffa_version_callee_answer(
								&callee, &ep,
								versions[i], 0,
								&w0),
							LIBFFA_OK);
						assert_int_equal(w0, NS);
						assert_int_equal(
							ep.state,
							LIBFFA_VERSION_UNNEGOTIATED);
					}
					continue;
				}
				libffa_version_endpoint_init(&callee, &ep);
				cs = negotiate(&caller, &callee, &ep, &last);
				assert_int_equal(cs, LIBFFA_OK);
				assert_int_equal(last, LIBFFA_OK);
				assert_int_equal(libffa_version_caller_result(
							 &caller, &agreed),
						 LIBFFA_OK);
				if (agreed != ep.version ||
				    agreed != (versions[i] < versions[j]
						       ? versions[i]
						       : versions[j])) {
					fail_msg(
						"%s: caller %#x callee %#x: "
						"agreed %#x, callee uses %#x",
						libffa_version_policy_name(
							callee_presets[c]),
						versions[i], versions[j],
						agreed, ep.version);
				}
			}
		}
	}
}

/* Round trip through real frames, and through messages. */
static void version_round_trip_frames_and_messages(void **state)
{
	struct libffa_version_caller caller;
	struct libffa_version_callee callee;
	struct libffa_version_endpoint ep;
	struct libffa_regs call;
	struct libffa_regs reply;
	struct libffa_msg mcall;
	struct libffa_msg mreply;
	libffa_version_t v = 0;
	bool again = true;
	unsigned int i;

	(void)state;
	assert_int_equal(
		libffa_version_caller_init(&caller, V13, V10,
					   libffa_version_policy_preset(
						   LIBFFA_VERSION_PRESET_SPEC)),
		LIBFFA_OK);
	assert_int_equal(libffa_version_callee_init(
				 &callee, V12,
				 libffa_version_policy_preset(
					 LIBFFA_VERSION_PRESET_HAFNIUM)),
			 LIBFFA_OK);
	libffa_version_endpoint_init(&callee, &ep);

	/* 1.3 caller, Hafnium 1.2: NOT_SUPPORTED, then 1.2. */
	assert_int_equal(libffa_version_caller_request(&caller, &call),
			 LIBFFA_OK);
	/* The call frame decodes as FFA_VERSION through the ABI table. */
	assert_int_equal(libffa_msg_decode(&call, V13, &mcall), LIBFFA_OK);
	assert_int_equal(mcall.abi, LIBFFA_ABI_VERSION);
	assert_int_equal(mcall.args.version.version, V13);
	call.x[0] |= LIBFFA_SMCCC_SVE_HINT; /* ignored (DEN0028 1.3 s2.5) */
	assert_int_equal(
		libffa_version_callee_handle(&callee, &ep, &call, &reply),
		LIBFFA_E_VERSION);
	assert_int_equal(reply.x[0], NS);
	assert_int_equal(libffa_version_caller_reply(&caller, &reply, &again),
			 LIBFFA_OK);
	assert_true(again);
	assert_int_equal(libffa_version_caller_request(&caller, &call),
			 LIBFFA_OK);
	assert_int_equal(
		libffa_version_callee_handle(&callee, &ep, &call, &reply),
		LIBFFA_OK);
	/* The reply decodes as the FFA_VERSION result. */
	assert_int_equal(
		libffa_msg_decode_reply(&reply, V12, LIBFFA_ABI_VERSION, 0,
					&mreply, NULL),
		LIBFFA_OK);
	assert_int_equal(mreply.result.version.version, V12);
	for (i = 1; i < LIBFFA_REGS_COUNT; i++) {
		assert_int_equal(reply.x[i], 0);
	}
	assert_int_equal(libffa_version_caller_reply(&caller, &reply, &again),
			 LIBFFA_OK);
	assert_false(again);
	assert_int_equal(libffa_version_caller_result(&caller, &v), LIBFFA_OK);
	assert_int_equal(v, V12);
	assert_int_equal(ep.version, V12);
	assert_int_equal(ep.state, LIBFFA_VERSION_NEGOTIATED);

	/* Message-level callee gives the same answer. */
	libffa_msg_init(&mcall, LIBFFA_ABI_VERSION, LIBFFA_MSG_ARGS, false);
	mcall.args.version.version = V12;
	assert_int_equal(
		libffa_version_callee_handle_msg(&callee, &ep, &mcall, &mreply),
		LIBFFA_OK);
	assert_int_equal(mreply.kind, LIBFFA_MSG_RESULT);
	assert_int_equal(mreply.result.version.version, V12);
	assert_int_equal(libffa_msg_encode(&mreply, V12, &reply), LIBFFA_OK);
	assert_int_equal(reply.x[0], V12);

	/* Not an FFA_VERSION frame. */
	libffa_regs_clear(&call);
	libffa_regs_set_w(&call, 0, FID_ID_GET);
	assert_int_equal(
		libffa_version_callee_handle(&callee, &ep, &call, &reply),
		LIBFFA_E_UNKNOWN_FID);
	mcall.abi = LIBFFA_ABI_ID_GET;
	assert_int_equal(
		libffa_version_callee_handle_msg(&callee, &ep, &mcall, &mreply),
		LIBFFA_E_UNKNOWN_FID);
	assert_int_equal(libffa_version_callee_handle(NULL, &ep, &call, &reply),
			 LIBFFA_E_INVAL);
}

static void version_callee_check_call_rules(void **state)
{
	struct libffa_version_callee callee;
	struct libffa_version_endpoint ep;
	libffa_version_t v = 0;
	int32_t error = 1;

	(void)state;
	assert_int_equal(libffa_version_callee_init(
				 &callee, V12,
				 libffa_version_policy_preset(
					 LIBFFA_VERSION_PRESET_HAFNIUM)),
			 LIBFFA_OK);
	libffa_version_endpoint_init(&callee, &ep);
	/* SMCCC_VERSION is not an FF-A call: nothing locks. */
	assert_int_equal(
		libffa_version_callee_check_call(
			&callee, &ep, LIBFFA_SMCCC_VERSION_FID, &v, &error),
		LIBFFA_OK);
	assert_int_equal(ep.state, LIBFFA_VERSION_UNNEGOTIATED);
	/* FFA_VERSION itself locks nothing either. */
	assert_int_equal(libffa_version_callee_check_call(
				 &callee, &ep, FID_VERSION, &v, &error),
			 LIBFFA_OK);
	assert_int_equal(ep.state, LIBFFA_VERSION_UNNEGOTIATED);
	/* The 64-bit FFA_INTERRUPT is exempt too (Hafnium). */
	assert_int_equal(
		libffa_version_callee_check_call(
			&callee, &ep, UINT32_C(0xC4000062), &v, &error),
		LIBFFA_OK);
	assert_int_equal(ep.state, LIBFFA_VERSION_UNNEGOTIATED);
	/* A 64-bit FF-A call with the SVE hint locks at the default. */
	assert_int_equal(libffa_version_callee_check_call(
				 &callee, &ep,
				 UINT32_C(0xC4000073) | LIBFFA_SMCCC_SVE_HINT,
				 &v, &error),
			 LIBFFA_OK);
	assert_int_equal(ep.state, LIBFFA_VERSION_LOCKED);
	assert_int_equal(v, V12);
	assert_int_equal(error, 0);
	assert_int_equal(
		libffa_version_callee_check_call(NULL, &ep, 0, NULL, NULL),
		LIBFFA_E_INVAL);
	assert_int_equal(
		libffa_version_callee_init(&callee, LIBFFA_VERSION(1, 4),
					   libffa_version_policy_preset(
						   LIBFFA_VERSION_PRESET_SPEC)),
		LIBFFA_E_VERSION);
	assert_int_equal(libffa_version_callee_init(&callee, V12, NULL),
			 LIBFFA_E_INVAL);
}

/* Proxy helpers: negotiate the proxy below against a callee. */
static void proxy_setup(struct libffa_version_proxy *proxy,
			enum libffa_version_preset preset, libffa_version_t own,
			struct libffa_version_callee *below,
			struct libffa_version_endpoint *below_ep)
{
	struct libffa_regs call;
	struct libffa_regs reply;
	bool again = true;
	libffa_status_t st;

	assert_int_equal(
		libffa_version_proxy_init(proxy, own, V10,
					  libffa_version_policy_preset(preset)),
		LIBFFA_OK);
	while (again) {
		assert_int_equal(
			libffa_version_proxy_below_request(proxy, &call),
			LIBFFA_OK);
		st = libffa_version_callee_handle(below, below_ep, &call,
						  &reply);
		/* A refusal is an answer too: the reply frame carries it. */
		assert_true(st == LIBFFA_OK || reply.x[0] == NS);
		assert_int_equal(
			libffa_version_proxy_below_reply(proxy, &reply, &again),
			LIBFFA_OK);
	}
}

static uint32_t proxy_host(struct libffa_version_proxy *proxy,
			   struct libffa_version_callee *below,
			   struct libffa_version_endpoint *below_ep,
			   uint32_t requested, bool *asked)
{
	struct libffa_regs call;
	struct libffa_regs out;
	struct libffa_regs answer;
	enum libffa_version_action action;
	libffa_status_t st;

	version_frame(&call, requested, 0);
	st = libffa_version_proxy_host_call(proxy, &call, &out, &action);
	assert_true(st == LIBFFA_OK || out.x[0] == NS);
	*asked = action == LIBFFA_VERSION_ACTION_ASK_BELOW;
	if (*asked) {
		assert_int_equal(libffa_regs_w(&out, 0), FID_VERSION);
		assert_int_equal(libffa_regs_w(&out, 1), requested);
		st = libffa_version_callee_handle(below, below_ep, &out,
						  &answer);
		assert_true(st == LIBFFA_OK || answer.x[0] == NS);
		st = libffa_version_proxy_below_answer(proxy, &answer, &out);
		assert_true(st == LIBFFA_OK || out.x[0] == NS);
	}
	return libffa_regs_w(&out, 0);
}

/* pKVM: init with EL3, host asks lower first: forwarded before adoption. */
static void version_proxy_pkvm_forwards_first_lower_request(void **state)
{
	struct libffa_version_proxy proxy;
	struct libffa_version_callee el3;
	struct libffa_version_endpoint el3_ep;
	libffa_version_t v = 0;
	int32_t error = 0;
	bool asked = false;

	(void)state;
	assert_int_equal(libffa_version_callee_init(
				 &el3, V13,
				 libffa_version_policy_preset(
					 LIBFFA_VERSION_PRESET_TFA_SPMD)),
			 LIBFFA_OK);
	libffa_version_endpoint_init(&el3, &el3_ep);
	proxy_setup(&proxy, LIBFFA_VERSION_PRESET_PKVM, V12, &el3, &el3_ep);
	assert_int_equal(proxy.callee.own, V12);
	/* Any FF-A call before FFA_VERSION: INVALID_PARAMETERS. */
	assert_int_equal(
		libffa_version_proxy_check_call(&proxy, FID_ID_GET, &v, &error),
		LIBFFA_E_STATE);
	assert_int_equal(error, LIBFFA_RET_INVALID_PARAMETERS);
	/* Host 1.1: asked below first, then adopted and locked. */
	assert_int_equal(proxy_host(&proxy, &el3, &el3_ep, V11, &asked), V11);
	assert_true(asked);
	assert_int_equal(proxy.host.state, LIBFFA_VERSION_LOCKED);
	assert_int_equal(proxy.callee.own, V11);
	assert_int_equal(el3_ep.version, V11);
	/* The seed rule afterwards: lower refused, higher gets 1.1. */
	assert_int_equal(proxy_host(&proxy, &el3, &el3_ep, V10, &asked), NS);
	assert_false(asked);
	assert_int_equal(proxy_host(&proxy, &el3, &el3_ep, V12, &asked), V11);
	assert_false(asked);
	assert_int_equal(
		libffa_version_proxy_check_call(&proxy, FID_ID_GET, &v, &error),
		LIBFFA_OK);
	assert_int_equal(v, V11);
}

static void version_proxy_pkvm_seed_and_refused_downgrade(void **state)
{
	struct libffa_version_proxy proxy;
	struct libffa_version_callee el3;
	struct libffa_version_endpoint el3_ep;
	bool asked = false;

	(void)state;
	/* EL3 refuses 1.0 (1.x that cannot serve the 1.0 ABI). */
	assert_int_equal(libffa_version_callee_init(
				 &el3, V12,
				 libffa_version_policy_preset(
					 LIBFFA_VERSION_PRESET_HAFNIUM)),
			 LIBFFA_OK);
	libffa_version_endpoint_init(&el3, &el3_ep);
	proxy_setup(&proxy, LIBFFA_VERSION_PRESET_PKVM, V12, &el3, &el3_ep);
	/* Lock EL3's side so that it answers NOT_SUPPORTED to 1.0. */
	assert_int_equal(libffa_version_callee_check_call(
				 &el3, &el3_ep, FID_ID_GET, NULL, NULL),
			 LIBFFA_OK);
	assert_int_equal(proxy_host(&proxy, &el3, &el3_ep, V10, &asked), NS);
	assert_true(asked);
	assert_int_equal(proxy.host.state, LIBFFA_VERSION_UNNEGOTIATED);
	/* Host negotiates 1.2, later asks 1.1: NOT_SUPPORTED (the seed). */
	assert_int_equal(proxy_host(&proxy, &el3, &el3_ep, V12, &asked), V12);
	assert_false(asked);
	assert_int_equal(proxy_host(&proxy, &el3, &el3_ep, V11, &asked), NS);
	assert_false(asked);
	assert_int_equal(proxy.host.version, V12);
}

/* TF-A SPMD: every NS request goes to the SPMC; "depends on SPMC". */
static void version_proxy_spmd_depends_on_spmc(void **state)
{
	struct libffa_version_proxy proxy;
	struct libffa_version_callee spmc;
	struct libffa_version_endpoint spmc_ep;
	struct libffa_regs call;
	struct libffa_regs out;
	enum libffa_version_action action;
	bool asked = false;

	(void)state;
	assert_int_equal(libffa_version_callee_init(
				 &spmc, V12,
				 libffa_version_policy_preset(
					 LIBFFA_VERSION_PRESET_HAFNIUM)),
			 LIBFFA_OK);
	libffa_version_endpoint_init(&spmc, &spmc_ep);
	proxy_setup(&proxy, LIBFFA_VERSION_PRESET_TFA_SPMD, V12, &spmc,
		    &spmc_ep);
	/* Hafnium SPMC refuses a newer minor: so does the SPMD. */
	assert_int_equal(proxy_host(&proxy, &spmc, &spmc_ep, V13, &asked), NS);
	assert_true(asked);
	assert_int_equal(proxy_host(&proxy, &spmc, &spmc_ep, V11, &asked), V12);
	assert_true(asked);
	assert_int_equal(proxy.host.version, V11);
	/* After the NS lock the version is not updated, still forwarded. */
	assert_int_equal(
		libffa_version_proxy_check_call(&proxy, FID_ID_GET, NULL, NULL),
		LIBFFA_OK);
	assert_int_equal(proxy_host(&proxy, &spmc, &spmc_ep, V11, &asked), V12);
	assert_true(asked);
	assert_int_equal(proxy.host.version, V11);
	/* Malformed requests are answered without asking. */
	version_frame(&call, UINT32_C(0x80010002), 0);
	assert_int_equal(
		libffa_version_proxy_host_call(&proxy, &call, &out, &action),
		LIBFFA_E_VERSION);
	assert_int_equal(action, LIBFFA_VERSION_ACTION_REPLY);
	assert_int_equal(out.x[0], NS);
	/* Nothing pending: an answer from below is out of order. */
	assert_int_equal(libffa_version_proxy_below_answer(&proxy, &out, &out),
			 LIBFFA_E_STATE);
}

static void version_proxy_spmd_answers_for_v1_0_spmc(void **state)
{
	struct libffa_version_proxy proxy;
	struct libffa_version_callee spmc;
	struct libffa_version_endpoint spmc_ep;
	bool asked = true;

	(void)state;
	assert_int_equal(libffa_version_callee_init(
				 &spmc, V10,
				 libffa_version_policy_preset(
					 LIBFFA_VERSION_PRESET_TFA_SPMC)),
			 LIBFFA_OK);
	libffa_version_endpoint_init(&spmc, &spmc_ep);
	proxy_setup(&proxy, LIBFFA_VERSION_PRESET_TFA_SPMD, V12, &spmc,
		    &spmc_ep);
	assert_int_equal(proxy.callee.own, V10);
	assert_int_equal(proxy_host(&proxy, &spmc, &spmc_ep, V10, &asked), V10);
	assert_false(asked);
}

static void version_proxy_refuses_before_init(void **state)
{
	struct libffa_version_proxy proxy;
	struct libffa_regs call;
	struct libffa_regs out;
	enum libffa_version_action action;
	int32_t error = 0;

	(void)state;
	assert_int_equal(
		libffa_version_proxy_init(&proxy, V12, V10,
					  libffa_version_policy_preset(
						  LIBFFA_VERSION_PRESET_PKVM)),
		LIBFFA_OK);
	version_frame(&call, V12, 0);
	assert_int_equal(
		libffa_version_proxy_host_call(&proxy, &call, &out, &action),
		LIBFFA_E_STATE);
	assert_int_equal(action, LIBFFA_VERSION_ACTION_REPLY);
	assert_int_equal(out.x[0], NS);
	assert_int_equal(libffa_version_proxy_check_call(&proxy, FID_ID_GET,
							 NULL, &error),
			 LIBFFA_E_STATE);
	assert_int_equal(error, LIBFFA_RET_NOT_SUPPORTED);
}

/* DEN0077A 1.3: w2 bits[1:0] query type, bits[31:2] MBZ. */
static void version_flags_parse(void **state)
{
	enum libffa_version_query q;

	(void)state;
	assert_int_equal(libffa_version_flags_parse(0, &q), LIBFFA_OK);
	assert_int_equal(q, LIBFFA_VERSION_QUERY_NEGOTIATE);
	assert_int_equal(libffa_version_flags_parse(1, &q), LIBFFA_OK);
	assert_int_equal(q, LIBFFA_VERSION_QUERY_COMPATIBLE);
	assert_int_equal(libffa_version_flags_parse(2, &q), LIBFFA_OK);
	assert_int_equal(q, LIBFFA_VERSION_QUERY_NEGOTIATED);
	assert_int_equal(libffa_version_flags_parse(3, &q), LIBFFA_E_BADVALUE);
	assert_int_equal(libffa_version_flags_parse(4, &q), LIBFFA_E_MBZ);
	assert_int_equal(libffa_version_flags_parse(UINT32_C(0x80000000), &q),
			 LIBFFA_E_MBZ);
	assert_int_equal(libffa_version_flags_parse(0, NULL), LIBFFA_E_INVAL);
}

/* DEN0028 1.2 s7.2: SMCCC 1.2 or later carries x0-x17. */
static void version_smccc_check(void **state)
{
	unsigned int n = 99;

	(void)state;
	assert_int_equal(libffa_version_smccc_check(0x10002u, &n), LIBFFA_OK);
	assert_int_equal(n, 18);
	assert_int_equal(libffa_version_smccc_check(0x10003u, &n), LIBFFA_OK);
	assert_int_equal(libffa_version_smccc_check(0x20000u, NULL), LIBFFA_OK);
	assert_int_equal(libffa_version_smccc_check(0x10001u, &n),
			 LIBFFA_E_VERSION);
	assert_int_equal(n, 0);
	assert_int_equal(libffa_version_smccc_check(0x10000u, &n),
			 LIBFFA_E_VERSION);
	assert_int_equal(libffa_version_smccc_check(UINT32_MAX, &n),
			 LIBFFA_E_PEER);
	assert_int_equal(libffa_version_smccc_check(0x80010002u, &n),
			 LIBFFA_E_BADVALUE);
	assert_int_equal(libffa_version_smccc_check(0x00000005u, &n),
			 LIBFFA_E_BADVALUE);
}

static void version_presets_are_named_and_bounded(void **state)
{
	unsigned int i;

	(void)state;
	for (i = 0; i < LIBFFA_VERSION_PRESET_COUNT; i++) {
		assert_non_null(libffa_version_policy_preset(
			(enum libffa_version_preset)i));
		assert_string_not_equal(libffa_version_policy_name(
						(enum libffa_version_preset)i),
					"unknown");
	}
	assert_null(libffa_version_policy_preset(LIBFFA_VERSION_PRESET_COUNT));
	assert_string_equal(
		libffa_version_policy_name(LIBFFA_VERSION_PRESET_COUNT),
		"unknown");
	assert_string_equal(
		libffa_version_policy_name(LIBFFA_VERSION_PRESET_PKVM), "pkvm");
}

/* Geometry helpers other modules rely on (ffa-facts s5, s6, s7). */
static void version_geometry(void **state)
{
	(void)state;
	assert_int_equal(libffa_version_mem_header_size(V10), 32);
	assert_int_equal(libffa_version_mem_header_size(V11), 48);
	assert_int_equal(libffa_version_emad_size(V11), 16);
	assert_int_equal(libffa_version_emad_size(V12), 32);
	assert_int_equal(libffa_version_partinfo_size(V10), 8);
	assert_int_equal(libffa_version_partinfo_size(V12), 24);
	assert_int_equal(libffa_version_partinfo_size(V13), 48);
	assert_int_equal(libffa_version_indirect_header_size(V10), 0);
	assert_int_equal(libffa_version_indirect_header_size(V11), 20);
	assert_int_equal(libffa_version_indirect_header_size(V12), 40);
	assert_false(libffa_version_uses_x8_x17(V11));
	assert_true(libffa_version_uses_x8_x17(V12));
	assert_false(libffa_version_direct_w2_is_flags(V10));
	assert_true(libffa_version_direct_w2_is_flags(V11));
	assert_true(libffa_version_compatible(V11, V12));
	assert_false(libffa_version_compatible(V12, V11));
	assert_false(libffa_version_compatible(UINT32_C(0x80010000), V12));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(version_scenario_table_per_preset),
		cmocka_unit_test(
			version_pkvm_refuses_host_downgrade_after_negotiation),
		cmocka_unit_test(version_caller_rows),
		cmocka_unit_test(version_caller_rejects_out_of_order_use),
		cmocka_unit_test(version_caller_and_callee_agree_on_every_pair),
		cmocka_unit_test(version_round_trip_frames_and_messages),
		cmocka_unit_test(version_callee_check_call_rules),
		cmocka_unit_test(
			version_proxy_pkvm_forwards_first_lower_request),
		cmocka_unit_test(version_proxy_pkvm_seed_and_refused_downgrade),
		cmocka_unit_test(version_proxy_spmd_depends_on_spmc),
		cmocka_unit_test(version_proxy_spmd_answers_for_v1_0_spmc),
		cmocka_unit_test(version_proxy_refuses_before_init),
		cmocka_unit_test(version_flags_parse),
		cmocka_unit_test(version_smccc_check),
		cmocka_unit_test(version_presets_are_named_and_bounded),
		cmocka_unit_test(version_geometry),
	};

	return cmocka_run_group_tests_name("version", tests, NULL, NULL);
}
