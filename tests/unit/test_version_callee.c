/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * The callee's side of FFA_VERSION negotiation (version_callee.h): every
 * behaviour of docs/version-policies.md run against every preset, the
 * lock and the check of other calls, the v1.3 query flags
 * (DEN0077A 1.2 s13.2.1; DEN0077A 1.3 s13.2).
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

#include "ffa/smccc.h"
#include "ffa/version_callee.h"
#include "ffa/version_policy.h"

#include "helpers.h"

#define V10 LIBFFA_VERSION_1_0
#define V11 LIBFFA_VERSION_1_1
#define V12 LIBFFA_VERSION_1_2
#define V13 LIBFFA_VERSION_1_3
#define NS  LIBFFA_VERSION_RET_NOT_SUPPORTED
#define INV LIBFFA_VERSION_RET_INVALID_PARAMETER
/* FFA_ERROR code INVALID_PARAMETERS as the row's 32-bit result. */
#define EIP ((uint32_t)LIBFFA_RET_INVALID_PARAMETERS)

#define FID_VERSION   TH_FID_VERSION
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
 * struct scenario - one cell (row) of docs/version-policies.md as a step
 * sequence; expect[] is the result of the last step for spec, pkvm, hafnium,
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
		th_version_frame(&call, s->value, s->flags);
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

/* docs/version-policies.md, every row, against every callee preset. */
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
	assert_int_equal(th_callee_answer(&callee, &host, V12, 0, &w0),
			 LIBFFA_OK);
	assert_int_equal(w0, V12);
	assert_int_equal(host.state, LIBFFA_VERSION_LOCKED);
	/* Lower minor: NOT_SUPPORTED; equal or higher: negotiated. */
	assert_int_equal(th_callee_answer(&callee, &host, V11, 0, &w0),
			 LIBFFA_E_STATE);
	assert_int_equal(w0, NS);
	assert_int_equal(th_callee_answer(&callee, &host, V13, 0, &w0),
			 LIBFFA_OK);
	assert_int_equal(w0, V12);
	assert_int_equal(host.version, V12);
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

/* The callee's documented LIBFFA_E_INVAL. */
static void version_callee_null_pointers_are_inval(void **state)
{
	struct libffa_version_callee callee;
	struct libffa_version_endpoint ep;
	struct libffa_regs call;
	struct libffa_regs reply;
	uint32_t w0 = 0x1234u;

	(void)state;
	assert_int_equal(
		libffa_version_callee_init(
			NULL, V12, th_preset(LIBFFA_VERSION_PRESET_SPEC)),
		LIBFFA_E_INVAL);
	assert_int_equal(
		libffa_version_callee_init(
			&callee, V12, th_preset(LIBFFA_VERSION_PRESET_SPEC)),
		LIBFFA_OK);
	libffa_version_endpoint_init(&callee, &ep);
	assert_int_equal(th_callee_answer(NULL, &ep, V12, 0, &w0),
			 LIBFFA_E_INVAL);
	assert_int_equal(th_callee_answer(&callee, NULL, V12, 0, &w0),
			 LIBFFA_E_INVAL);
	/* "@reply untouched" on E_INVAL. */
	assert_int_equal(w0, 0x1234u);
	th_version_frame(&call, V12, 0);
	assert_int_equal(
		libffa_version_callee_handle(&callee, NULL, &call, &reply),
		LIBFFA_E_INVAL);
	assert_int_equal(
		libffa_version_callee_handle(&callee, &ep, NULL, &reply),
		LIBFFA_E_INVAL);
	assert_int_equal(
		libffa_version_callee_handle(&callee, &ep, &call, NULL),
		LIBFFA_E_INVAL);
	assert_int_equal(libffa_version_callee_check_call(
				 &callee, NULL, FID_ID_GET, NULL, NULL),
			 LIBFFA_E_INVAL);
	/* None of the refused calls negotiated or locked anything. */
	assert_int_equal(ep.state, LIBFFA_VERSION_UNNEGOTIATED);
	assert_false(ep.recorded);
}

/* An endpoint set up without a callee has no version in use yet. */
static void version_endpoint_init_without_callee(void **state)
{
	struct libffa_version_endpoint ep;

	(void)state;
	memset(&ep, 0xA5, sizeof(ep));
	libffa_version_endpoint_init(NULL, &ep);
	assert_int_equal(ep.state, LIBFFA_VERSION_UNNEGOTIATED);
	assert_false(ep.recorded);
	assert_int_equal(ep.version, 0);
}

/*
 * callee_handle(): @call must be FFA_VERSION, which has only the SMC32 form
 * (DEN0077A 1.2 s13.2): the SMC64 ID and other ABIs are not answered and
 * change nothing. The SVE hint bit is not part of the ID (DEN0028 1.3 s2.5).
 */
static void version_callee_handle_rejects_other_fids(void **state)
{
	static const uint32_t others[] = {FID_VERSION | LIBFFA_SMCCC_CONV_64,
					  FID_ID_GET, LIBFFA_SMCCC_VERSION_FID,
					  0u};
	struct libffa_version_callee callee;
	struct libffa_version_endpoint ep;
	struct libffa_regs call;
	struct libffa_regs reply;
	size_t i;

	(void)state;
	assert_int_equal(
		libffa_version_callee_init(
			&callee, V12, th_preset(LIBFFA_VERSION_PRESET_SPEC)),
		LIBFFA_OK);
	libffa_version_endpoint_init(&callee, &ep);
	for (i = 0; i < sizeof(others) / sizeof(others[0]); i++) {
		th_version_frame(&call, V11, 0);
		libffa_regs_set_w(&call, 0, others[i]);
		th_fill(&reply, 0xA000);
		assert_int_equal(libffa_version_callee_handle(&callee, &ep,
							      &call, &reply),
				 LIBFFA_E_UNKNOWN_FID);
		/* "@reply untouched". */
		assert_int_equal(reply.x[0], 0xA000);
		assert_int_equal(ep.state, LIBFFA_VERSION_UNNEGOTIATED);
	}
	/* The well-formed call, hint bit and all, is answered and recorded. */
	th_version_frame(&call, V11, 0);
	call.x[0] |= LIBFFA_SMCCC_SVE_HINT;
	assert_int_equal(
		libffa_version_callee_handle(&callee, &ep, &call, &reply),
		LIBFFA_OK);
	assert_int_equal(reply.x[0], V12);
	assert_int_equal(ep.version, V11);
}

/*
 * callee_check_call(): "calls outside the FF-A range (SMCCC owner 4,
 * function numbers 0x60-0xFF) are always allowed and lock nothing"; a
 * yielding call or one with SMCCC MBZ bits [23:17] set is not an FF-A
 * fast call either (DEN0028 1.2 s2.5). pKVM refuses only FF-A calls
 * before FFA_VERSION.
 */
static void version_check_call_ignores_non_ffa_ids(void **state)
{
	static const uint32_t not_ffa[] = {
		UINT32_C(0x84000000), /* PSCI_VERSION: owner 4, fnum 0x00 */
		UINT32_C(0x8400005F), /* just below the FF-A range */
		UINT32_C(0x84000100), /* just above it */
		UINT32_C(0x83000069), /* owner 3 (SiP) */
		UINT32_C(0x04000069), /* yielding call */
		UINT32_C(0x84020069), /* bit 17 (MBZ for fast calls) set */
	};
	struct libffa_version_callee callee;
	struct libffa_version_endpoint ep;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(not_ffa) / sizeof(not_ffa[0]); i++) {
		struct libffa_version_callee spec;
		libffa_version_t v = 0;
		int32_t error = 99;

		/* pKVM would refuse an FF-A call here (version_first). */
		assert_int_equal(libffa_version_callee_init(
					 &callee, V12,
					 th_preset(LIBFFA_VERSION_PRESET_PKVM)),
				 LIBFFA_OK);
		libffa_version_endpoint_init(&callee, &ep);
		assert_int_equal(libffa_version_callee_check_call(
					 &callee, &ep, not_ffa[i], &v, &error),
				 LIBFFA_OK);
		assert_int_equal(error, LIBFFA_RET_SUCCESS);
		assert_int_equal(v, V12);
		/* The spec locks at a call: not at these. */
		assert_int_equal(libffa_version_callee_init(
					 &spec, V12,
					 th_preset(LIBFFA_VERSION_PRESET_SPEC)),
				 LIBFFA_OK);
		libffa_version_endpoint_init(&spec, &ep);
		assert_int_equal(libffa_version_callee_check_call(
					 &spec, &ep, not_ffa[i], NULL, NULL),
				 LIBFFA_OK);
		assert_int_equal(ep.state, LIBFFA_VERSION_UNNEGOTIATED);
	}
	/* The FF-A call itself, refused by pKVM with no @error to fill. */
	assert_int_equal(
		libffa_version_callee_init(
			&callee, V12, th_preset(LIBFFA_VERSION_PRESET_PKVM)),
		LIBFFA_OK);
	libffa_version_endpoint_init(&callee, &ep);
	assert_int_equal(libffa_version_callee_check_call(
				 &callee, &ep, FID_ID_GET, NULL, NULL),
			 LIBFFA_E_STATE);
}

/*
 * RELOCK_NEGOTIATED (TF-A EL3 SPMC): after the lock, FFA_VERSION gets the
 * negotiated version whatever was asked (version.h enum
 * libffa_version_relock).
 */
static void version_relock_negotiated_answers_recorded_version(void **state)
{
	struct libffa_version_callee callee;
	struct libffa_version_endpoint ep;
	uint32_t w0 = 0;

	(void)state;
	assert_int_equal(libffa_version_callee_init(
				 &callee, V12,
				 th_preset(LIBFFA_VERSION_PRESET_TFA_SPMC)),
			 LIBFFA_OK);
	libffa_version_endpoint_init(&callee, &ep);
	assert_int_equal(th_callee_answer(&callee, &ep, V11, 0, &w0),
			 LIBFFA_OK);
	assert_int_equal(w0, V12);
	assert_int_equal(libffa_version_callee_check_call(
				 &callee, &ep, FID_ID_GET, NULL, NULL),
			 LIBFFA_OK);
	assert_int_equal(ep.state, LIBFFA_VERSION_LOCKED);
	assert_int_equal(th_callee_answer(&callee, &ep, V10, 0, &w0),
			 LIBFFA_OK);
	assert_int_equal(w0, V11);
	assert_int_equal(th_callee_answer(&callee, &ep, V12, 0, &w0),
			 LIBFFA_OK);
	assert_int_equal(w0, V11);
	/* Another major is still malformed for the callee. */
	assert_int_equal(
		th_callee_answer(&callee, &ep, LIBFFA_VERSION(2, 0), 0, &w0),
		LIBFFA_E_VERSION);
	assert_int_equal(w0, NS);
	assert_int_equal(ep.version, V11);
}

/* A relock choice outside enum libffa_version_relock refuses, never
 * renegotiates a locked endpoint. */
static void version_relock_unknown_policy_refuses(void **state)
{
	struct libffa_version_policy p = *th_preset(LIBFFA_VERSION_PRESET_SPEC);
	struct libffa_version_callee callee;
	struct libffa_version_endpoint ep;
	uint32_t w0 = 0;

	(void)state;
	p.relock = (enum libffa_version_relock)9;
	assert_int_equal(libffa_version_callee_init(&callee, V12, &p),
			 LIBFFA_OK);
	libffa_version_endpoint_init(&callee, &ep);
	assert_int_equal(libffa_version_callee_check_call(
				 &callee, &ep, FID_ID_GET, NULL, NULL),
			 LIBFFA_OK);
	assert_int_equal(ep.state, LIBFFA_VERSION_LOCKED);
	assert_int_equal(th_callee_answer(&callee, &ep, V11, 0, &w0),
			 LIBFFA_E_STATE);
	assert_int_equal(w0, NS);
	assert_int_equal(ep.version, V12);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(version_scenario_table_per_preset),
		cmocka_unit_test(
			version_pkvm_refuses_host_downgrade_after_negotiation),
		cmocka_unit_test(version_callee_check_call_rules),
		cmocka_unit_test(version_flags_parse),
		cmocka_unit_test(version_callee_null_pointers_are_inval),
		cmocka_unit_test(version_endpoint_init_without_callee),
		cmocka_unit_test(version_callee_handle_rejects_other_fids),
		cmocka_unit_test(version_check_call_ignores_non_ffa_ids),
		cmocka_unit_test(
			version_relock_negotiated_answers_recorded_version),
		cmocka_unit_test(version_relock_unknown_policy_refuses),
	};

	return cmocka_run_group_tests_name("version_callee", tests, NULL, NULL);
}
