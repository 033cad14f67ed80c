/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * The caller's side of FFA_VERSION negotiation (version_caller.h): its
 * answer to every kind of reply under each policy, its minimum, and full
 * negotiations against every callee preset through real frames that the
 * codec reads as FFA_VERSION (DEN0077A 1.2 s13.2.1).
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

#include "ffa/msg.h"
#include "ffa/smccc.h"
#include "ffa/version_callee.h"
#include "ffa/version_caller.h"
#include "ffa/version_policy.h"

#include "helpers.h"

#define V10	    LIBFFA_VERSION_1_0
#define V11	    LIBFFA_VERSION_1_1
#define V12	    LIBFFA_VERSION_1_2
#define V13	    LIBFFA_VERSION_1_3
#define NS	    LIBFFA_VERSION_RET_NOT_SUPPORTED
#define INV	    LIBFFA_VERSION_RET_INVALID_PARAMETER
#define FID_VERSION TH_FID_VERSION
#define FID_ID_GET  UINT32_C(0x84000069)

/* Presets that act as a callee. */
static const enum libffa_version_preset callee_presets[] = {
	LIBFFA_VERSION_PRESET_SPEC,	LIBFFA_VERSION_PRESET_PKVM,
	LIBFFA_VERSION_PRESET_HAFNIUM,	LIBFFA_VERSION_PRESET_TFA_SPMC,
	LIBFFA_VERSION_PRESET_TFA_SPMD, LIBFFA_VERSION_PRESET_OPTEE,
};
#define CALLEES 6

/*
 * Caller rows: the Linux driver column of docs/version-policies.md, and the
 * other caller policies, against a canned answer. Own 1.2, minimum 1.0.
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
		st = th_caller_answer(&caller, row->answer, &again);
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
	assert_int_equal(th_caller_answer(&caller, V12, &again),
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
							th_callee_answer(
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

/* Round trip through real frames, which the codec reads as FFA_VERSION. */
static void version_round_trip_frames(void **state)
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

	/* Not an FFA_VERSION frame. */
	libffa_regs_clear(&call);
	libffa_regs_set_w(&call, 0, FID_ID_GET);
	assert_int_equal(
		libffa_version_callee_handle(&callee, &ep, &call, &reply),
		LIBFFA_E_UNKNOWN_FID);
	assert_int_equal(libffa_version_callee_handle(NULL, &ep, &call, &reply),
			 LIBFFA_E_INVAL);
}

/*
 * version.h, caller_answer(): "a lower minor the caller cannot ... use"
 * fails with E_VERSION. A callee that only speaks 1.0 is below the
 * caller's minimum 1.1, whatever the lower-minor policy says.
 */
static void version_caller_refuses_answer_below_its_minimum(void **state)
{
	static const enum libffa_version_preset presets[] = {
		LIBFFA_VERSION_PRESET_SPEC,	    /* CONFIRM */
		LIBFFA_VERSION_PRESET_LINUX_DRIVER, /* ADOPT */
		LIBFFA_VERSION_PRESET_TFA_SPMC,	    /* FAIL */
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(presets) / sizeof(presets[0]); i++) {
		struct libffa_version_caller caller;
		struct libffa_regs call;
		libffa_version_t v = 0;
		bool again = true;

		assert_int_equal(
			libffa_version_caller_init(&caller, V12, V11,
						   th_preset(presets[i])),
			LIBFFA_OK);
		assert_int_equal(libffa_version_caller_request(&caller, &call),
				 LIBFFA_OK);
		assert_int_equal(th_caller_answer(&caller, V10, &again),
				 LIBFFA_E_VERSION);
		assert_false(again);
		assert_int_equal(caller.state, LIBFFA_VERSION_CALLER_FAILED);
		assert_int_equal(libffa_version_caller_result(&caller, &v),
				 LIBFFA_E_STATE);
	}
}

/*
 * Spec caller (step_down) at its minimum: NOT_SUPPORTED leaves no lower
 * minor to offer, so negotiation fails with E_PEER (version.h).
 */
static void version_caller_step_down_stops_at_minimum(void **state)
{
	struct libffa_version_caller caller;
	struct libffa_regs call;
	bool again = false;

	(void)state;
	assert_int_equal(libffa_version_caller_init(
				 &caller, V12, V11,
				 th_preset(LIBFFA_VERSION_PRESET_SPEC)),
			 LIBFFA_OK);
	assert_int_equal(libffa_version_caller_request(&caller, &call),
			 LIBFFA_OK);
	assert_int_equal(th_caller_answer(&caller, NS, &again), LIBFFA_OK);
	assert_true(again);
	assert_int_equal(libffa_version_caller_request(&caller, &call),
			 LIBFFA_OK);
	assert_int_equal(libffa_regs_w(&call, 1), V11);
	assert_int_equal(th_caller_answer(&caller, NS, &again), LIBFFA_E_PEER);
	assert_false(again);
	assert_int_equal(caller.state, LIBFFA_VERSION_CALLER_FAILED);
	assert_int_equal(caller.rounds, 2);
}

/*
 * A policy whose lower-minor choice is none of enum libffa_version_lower
 * (a corrupted or uninitialised policy) must not agree on anything.
 */
static void version_caller_fails_closed_on_unknown_lower_policy(void **state)
{
	struct libffa_version_policy p = *th_preset(LIBFFA_VERSION_PRESET_SPEC);
	struct libffa_version_caller caller;
	struct libffa_regs call;
	libffa_version_t v = 0;
	bool again = true;

	(void)state;
	p.lower = (enum libffa_version_lower)7;
	assert_int_equal(libffa_version_caller_init(&caller, V12, V10, &p),
			 LIBFFA_OK);
	assert_int_equal(libffa_version_caller_request(&caller, &call),
			 LIBFFA_OK);
	assert_int_not_equal(th_caller_answer(&caller, V11, &again), LIBFFA_OK);
	assert_false(again);
	assert_int_equal(caller.state, LIBFFA_VERSION_CALLER_FAILED);
	assert_int_equal(libffa_version_caller_result(&caller, &v),
			 LIBFFA_E_STATE);
}

/* caller_init(): "@min ... known, same major, not above @own". */
static void version_caller_init_rejects_bad_minimum(void **state)
{
	struct libffa_version_caller caller;
	const struct libffa_version_policy *p =
		th_preset(LIBFFA_VERSION_PRESET_SPEC);

	(void)state;
	assert_int_equal(libffa_version_caller_init(&caller, V12,
						    UINT32_C(0x80010000), p),
			 LIBFFA_E_VERSION);
	assert_int_equal(caller.state, LIBFFA_VERSION_CALLER_FAILED);
	assert_int_equal(libffa_version_caller_init(&caller, V12,
						    LIBFFA_VERSION(0, 9), p),
			 LIBFFA_E_VERSION);
	assert_int_equal(libffa_version_caller_init(&caller, V12, V10, NULL),
			 LIBFFA_E_INVAL);
	/* own == min is a caller that offers exactly one version. */
	assert_int_equal(libffa_version_caller_init(&caller, V11, V11, p),
			 LIBFFA_OK);
	assert_int_equal(caller.offer, V11);
}

/* The documented LIBFFA_E_INVAL of every caller entry point. */
static void version_caller_null_pointers_are_inval(void **state)
{
	struct libffa_version_caller caller;
	struct libffa_regs call;
	libffa_version_t v = 0;
	bool again = true;

	(void)state;
	assert_int_equal(libffa_version_caller_init(
				 &caller, V12, V10,
				 th_preset(LIBFFA_VERSION_PRESET_SPEC)),
			 LIBFFA_OK);
	assert_int_equal(libffa_version_caller_request(NULL, &call),
			 LIBFFA_E_INVAL);
	assert_int_equal(libffa_version_caller_request(&caller, NULL),
			 LIBFFA_E_INVAL);
	/* Nothing was sent: the caller is still READY. */
	assert_int_equal(caller.state, LIBFFA_VERSION_CALLER_READY);
	assert_int_equal(caller.rounds, 0);
	assert_int_equal(libffa_version_caller_request(&caller, &call),
			 LIBFFA_OK);
	assert_int_equal(th_caller_answer(NULL, V12, &again), LIBFFA_E_INVAL);
	assert_int_equal(th_caller_answer(&caller, V12, NULL), LIBFFA_E_INVAL);
	assert_int_equal(libffa_version_caller_reply(&caller, NULL, &again),
			 LIBFFA_E_INVAL);
	/* Still waiting for the answer after the refused calls. */
	assert_int_equal(caller.state, LIBFFA_VERSION_CALLER_SENT);
	assert_int_equal(th_caller_answer(&caller, V12, &again), LIBFFA_OK);
	assert_int_equal(libffa_version_caller_result(NULL, &v),
			 LIBFFA_E_INVAL);
	assert_int_equal(libffa_version_caller_result(&caller, NULL),
			 LIBFFA_E_INVAL);
	assert_int_equal(libffa_version_caller_result(&caller, &v), LIBFFA_OK);
	assert_int_equal(v, V12);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(version_caller_rows),
		cmocka_unit_test(version_caller_rejects_out_of_order_use),
		cmocka_unit_test(version_caller_and_callee_agree_on_every_pair),
		cmocka_unit_test(version_round_trip_frames),
		cmocka_unit_test(
			version_caller_refuses_answer_below_its_minimum),
		cmocka_unit_test(version_caller_step_down_stops_at_minimum),
		cmocka_unit_test(
			version_caller_fails_closed_on_unknown_lower_policy),
		cmocka_unit_test(version_caller_init_rejects_bad_minimum),
		cmocka_unit_test(version_caller_null_pointers_are_inval),
	};

	return cmocka_run_group_tests_name("version_caller", tests, NULL, NULL);
}
