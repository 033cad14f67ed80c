/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * Version negotiation, the corners test_version.c leaves out: the caller's
 * minimum, the documented LIBFFA_E_INVAL of every entry point (style.md T3),
 * which function IDs count as FF-A calls for the lock, and the proxy's
 * answers from below that it must refuse (include/ffa/version.h,
 * docs/version-policies.md).
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

#define FID_VERSION UINT32_C(0x84000063)
#define FID_ID_GET  UINT32_C(0x84000069)

static const struct libffa_version_policy *preset(enum libffa_version_preset p)
{
	return libffa_version_policy_preset(p);
}

static void version_frame(struct libffa_regs *regs, uint32_t requested,
			  uint32_t flags)
{
	libffa_regs_clear(regs);
	libffa_regs_set_w(regs, 0, FID_VERSION);
	libffa_regs_set_w(regs, 1, requested);
	libffa_regs_set_w(regs, 2, flags);
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

		assert_int_equal(libffa_version_caller_init(&caller, V12, V11,
							    preset(presets[i])),
				 LIBFFA_OK);
		assert_int_equal(libffa_version_caller_request(&caller, &call),
				 LIBFFA_OK);
		assert_int_equal(
			libffa_version_caller_answer(&caller, V10, &again),
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
	assert_int_equal(
		libffa_version_caller_init(&caller, V12, V11,
					   preset(LIBFFA_VERSION_PRESET_SPEC)),
		LIBFFA_OK);
	assert_int_equal(libffa_version_caller_request(&caller, &call),
			 LIBFFA_OK);
	assert_int_equal(libffa_version_caller_answer(&caller, NS, &again),
			 LIBFFA_OK);
	assert_true(again);
	assert_int_equal(libffa_version_caller_request(&caller, &call),
			 LIBFFA_OK);
	assert_int_equal(libffa_regs_w(&call, 1), V11);
	assert_int_equal(libffa_version_caller_answer(&caller, NS, &again),
			 LIBFFA_E_PEER);
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
	struct libffa_version_policy p = *preset(LIBFFA_VERSION_PRESET_SPEC);
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
	assert_int_not_equal(libffa_version_caller_answer(&caller, V11, &again),
			     LIBFFA_OK);
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
		preset(LIBFFA_VERSION_PRESET_SPEC);

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

/* style.md T3: the documented LIBFFA_E_INVAL of every caller entry point. */
static void version_caller_null_pointers_are_inval(void **state)
{
	struct libffa_version_caller caller;
	struct libffa_regs call;
	libffa_version_t v = 0;
	bool again = true;

	(void)state;
	assert_int_equal(
		libffa_version_caller_init(&caller, V12, V10,
					   preset(LIBFFA_VERSION_PRESET_SPEC)),
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
	assert_int_equal(libffa_version_caller_answer(NULL, V12, &again),
			 LIBFFA_E_INVAL);
	assert_int_equal(libffa_version_caller_answer(&caller, V12, NULL),
			 LIBFFA_E_INVAL);
	assert_int_equal(libffa_version_caller_reply(&caller, NULL, &again),
			 LIBFFA_E_INVAL);
	/* Still waiting for the answer after the refused calls. */
	assert_int_equal(caller.state, LIBFFA_VERSION_CALLER_SENT);
	assert_int_equal(libffa_version_caller_answer(&caller, V12, &again),
			 LIBFFA_OK);
	assert_int_equal(libffa_version_caller_result(NULL, &v),
			 LIBFFA_E_INVAL);
	assert_int_equal(libffa_version_caller_result(&caller, NULL),
			 LIBFFA_E_INVAL);
	assert_int_equal(libffa_version_caller_result(&caller, &v), LIBFFA_OK);
	assert_int_equal(v, V12);
}

/* style.md T3: the callee's documented LIBFFA_E_INVAL. */
static void version_callee_null_pointers_are_inval(void **state)
{
	struct libffa_version_callee callee;
	struct libffa_version_endpoint ep;
	struct libffa_regs call;
	struct libffa_regs reply;
	struct libffa_msg mcall;
	struct libffa_msg mreply;
	uint32_t w0 = 0x1234u;

	(void)state;
	assert_int_equal(libffa_version_callee_init(
				 NULL, V12, preset(LIBFFA_VERSION_PRESET_SPEC)),
			 LIBFFA_E_INVAL);
	assert_int_equal(
		libffa_version_callee_init(&callee, V12,
					   preset(LIBFFA_VERSION_PRESET_SPEC)),
		LIBFFA_OK);
	libffa_version_endpoint_init(&callee, &ep);
	assert_int_equal(libffa_version_callee_answer(NULL, &ep, V12, 0, &w0),
			 LIBFFA_E_INVAL);
	assert_int_equal(
		libffa_version_callee_answer(&callee, NULL, V12, 0, &w0),
		LIBFFA_E_INVAL);
	/* "@w0 untouched" on E_INVAL. */
	assert_int_equal(w0, 0x1234u);
	assert_int_equal(
		libffa_version_callee_answer(&callee, &ep, V12, 0, NULL),
		LIBFFA_E_INVAL);
	version_frame(&call, V12, 0);
	assert_int_equal(
		libffa_version_callee_handle(&callee, NULL, &call, &reply),
		LIBFFA_E_INVAL);
	assert_int_equal(
		libffa_version_callee_handle(&callee, &ep, NULL, &reply),
		LIBFFA_E_INVAL);
	assert_int_equal(
		libffa_version_callee_handle(&callee, &ep, &call, NULL),
		LIBFFA_E_INVAL);
	libffa_msg_init(&mcall, LIBFFA_ABI_VERSION, LIBFFA_MSG_ARGS, false);
	mcall.args.version.version = V12;
	assert_int_equal(
		libffa_version_callee_handle_msg(NULL, &ep, &mcall, &mreply),
		LIBFFA_E_INVAL);
	assert_int_equal(libffa_version_callee_handle_msg(&callee, NULL, &mcall,
							  &mreply),
			 LIBFFA_E_INVAL);
	assert_int_equal(
		libffa_version_callee_handle_msg(&callee, &ep, NULL, &mreply),
		LIBFFA_E_INVAL);
	assert_int_equal(
		libffa_version_callee_handle_msg(&callee, &ep, &mcall, NULL),
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
 * callee_handle_msg(): @call must be an FFA_VERSION message of kind ARGS;
 * FFA_VERSION has only the 32-bit form (ffa-facts s1.2), so an SMC64 or a
 * result message is not an FFA_VERSION call.
 */
static void version_callee_handle_msg_rejects_non_call_messages(void **state)
{
	struct libffa_version_callee callee;
	struct libffa_version_endpoint ep;
	struct libffa_msg mcall;
	struct libffa_msg mreply;

	(void)state;
	assert_int_equal(
		libffa_version_callee_init(&callee, V12,
					   preset(LIBFFA_VERSION_PRESET_SPEC)),
		LIBFFA_OK);
	libffa_version_endpoint_init(&callee, &ep);
	libffa_msg_init(&mcall, LIBFFA_ABI_VERSION, LIBFFA_MSG_RESULT, false);
	mcall.result.version.version = V11;
	assert_int_equal(
		libffa_version_callee_handle_msg(&callee, &ep, &mcall, &mreply),
		LIBFFA_E_UNKNOWN_FID);
	libffa_msg_init(&mcall, LIBFFA_ABI_VERSION, LIBFFA_MSG_ARGS, true);
	mcall.args.version.version = V11;
	assert_int_equal(
		libffa_version_callee_handle_msg(&callee, &ep, &mcall, &mreply),
		LIBFFA_E_UNKNOWN_FID);
	assert_int_equal(ep.state, LIBFFA_VERSION_UNNEGOTIATED);
	/* The well-formed call is answered and recorded. */
	mcall.smc64 = false;
	assert_int_equal(
		libffa_version_callee_handle_msg(&callee, &ep, &mcall, &mreply),
		LIBFFA_OK);
	assert_int_equal(mreply.abi, LIBFFA_ABI_VERSION);
	assert_int_equal(mreply.kind, LIBFFA_MSG_RESULT);
	assert_int_equal(mreply.result.version.version, V12);
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
					 preset(LIBFFA_VERSION_PRESET_PKVM)),
				 LIBFFA_OK);
		libffa_version_endpoint_init(&callee, &ep);
		assert_int_equal(libffa_version_callee_check_call(
					 &callee, &ep, not_ffa[i], &v, &error),
				 LIBFFA_OK);
		assert_int_equal(error, LIBFFA_RET_SUCCESS);
		assert_int_equal(v, V12);
		/* The spec locks at a call: not at these. */
		assert_int_equal(
			libffa_version_callee_init(
				&spec, V12, preset(LIBFFA_VERSION_PRESET_SPEC)),
			LIBFFA_OK);
		libffa_version_endpoint_init(&spec, &ep);
		assert_int_equal(libffa_version_callee_check_call(
					 &spec, &ep, not_ffa[i], NULL, NULL),
				 LIBFFA_OK);
		assert_int_equal(ep.state, LIBFFA_VERSION_UNNEGOTIATED);
	}
	/* The FF-A call itself, refused by pKVM with no @error to fill. */
	assert_int_equal(
		libffa_version_callee_init(&callee, V12,
					   preset(LIBFFA_VERSION_PRESET_PKVM)),
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
	assert_int_equal(
		libffa_version_callee_init(
			&callee, V12, preset(LIBFFA_VERSION_PRESET_TFA_SPMC)),
		LIBFFA_OK);
	libffa_version_endpoint_init(&callee, &ep);
	assert_int_equal(
		libffa_version_callee_answer(&callee, &ep, V11, 0, &w0),
		LIBFFA_OK);
	assert_int_equal(w0, V12);
	assert_int_equal(libffa_version_callee_check_call(
				 &callee, &ep, FID_ID_GET, NULL, NULL),
			 LIBFFA_OK);
	assert_int_equal(ep.state, LIBFFA_VERSION_LOCKED);
	assert_int_equal(
		libffa_version_callee_answer(&callee, &ep, V10, 0, &w0),
		LIBFFA_OK);
	assert_int_equal(w0, V11);
	assert_int_equal(
		libffa_version_callee_answer(&callee, &ep, V12, 0, &w0),
		LIBFFA_OK);
	assert_int_equal(w0, V11);
	/* Another major is still malformed for the callee. */
	assert_int_equal(libffa_version_callee_answer(
				 &callee, &ep, LIBFFA_VERSION(2, 0), 0, &w0),
			 LIBFFA_E_VERSION);
	assert_int_equal(w0, NS);
	assert_int_equal(ep.version, V11);
}

/* A relock choice outside enum libffa_version_relock refuses, never
 * renegotiates a locked endpoint. */
static void version_relock_unknown_policy_refuses(void **state)
{
	struct libffa_version_policy p = *preset(LIBFFA_VERSION_PRESET_SPEC);
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
	assert_int_equal(
		libffa_version_callee_answer(&callee, &ep, V11, 0, &w0),
		LIBFFA_E_STATE);
	assert_int_equal(w0, NS);
	assert_int_equal(ep.version, V12);
}

/* Proxy helpers: negotiate below against a callee. */
static void proxy_setup(struct libffa_version_proxy *proxy,
			enum libffa_version_preset p, libffa_version_t own,
			struct libffa_version_callee *below,
			struct libffa_version_endpoint *below_ep)
{
	struct libffa_regs call;
	struct libffa_regs reply;
	bool again = true;
	libffa_status_t st;

	assert_int_equal(libffa_version_proxy_init(proxy, own, V10, preset(p)),
			 LIBFFA_OK);
	while (again) {
		assert_int_equal(
			libffa_version_proxy_below_request(proxy, &call),
			LIBFFA_OK);
		st = libffa_version_callee_handle(below, below_ep, &call,
						  &reply);
		/* A refusal is an answer too: the reply frame carries it. */
		assert_true(st == LIBFFA_OK || libffa_regs_w(&reply, 0) == NS);
		assert_int_equal(
			libffa_version_proxy_below_reply(proxy, &reply, &again),
			LIBFFA_OK);
	}
}

/* style.md T3: the proxy's documented LIBFFA_E_INVAL and bad versions. */
static void version_proxy_null_pointers_and_bad_versions(void **state)
{
	struct libffa_version_proxy proxy;
	struct libffa_regs call;
	struct libffa_regs out;
	enum libffa_version_action action;
	bool again;

	(void)state;
	assert_int_equal(
		libffa_version_proxy_init(NULL, V12, V10,
					  preset(LIBFFA_VERSION_PRESET_PKVM)),
		LIBFFA_E_INVAL);
	assert_int_equal(libffa_version_proxy_init(&proxy, V12, V10, NULL),
			 LIBFFA_E_INVAL);
	/* "Return: as libffa_version_caller_init()". */
	assert_int_equal(
		libffa_version_proxy_init(&proxy, LIBFFA_VERSION(1, 4), V10,
					  preset(LIBFFA_VERSION_PRESET_PKVM)),
		LIBFFA_E_VERSION);
	assert_int_equal(
		libffa_version_proxy_init(&proxy, V11, V12,
					  preset(LIBFFA_VERSION_PRESET_PKVM)),
		LIBFFA_E_VERSION);
	assert_int_equal(
		libffa_version_proxy_init(&proxy, V12, V10,
					  preset(LIBFFA_VERSION_PRESET_PKVM)),
		LIBFFA_OK);
	assert_int_equal(libffa_version_proxy_below_request(NULL, &call),
			 LIBFFA_E_INVAL);
	assert_int_equal(libffa_version_proxy_below_request(&proxy, NULL),
			 LIBFFA_E_INVAL);
	assert_int_equal(libffa_version_proxy_below_request(&proxy, &call),
			 LIBFFA_OK);
	libffa_regs_clear(&out);
	libffa_regs_set_w(&out, 0, V12);
	assert_int_equal(libffa_version_proxy_below_reply(NULL, &out, &again),
			 LIBFFA_E_INVAL);
	assert_int_equal(libffa_version_proxy_below_reply(&proxy, NULL, &again),
			 LIBFFA_E_INVAL);
	assert_int_equal(libffa_version_proxy_below_reply(&proxy, &out, &again),
			 LIBFFA_OK);
	assert_false(again);
	version_frame(&call, V12, 0);
	assert_int_equal(
		libffa_version_proxy_host_call(NULL, &call, &out, &action),
		LIBFFA_E_INVAL);
	assert_int_equal(
		libffa_version_proxy_host_call(&proxy, NULL, &out, &action),
		LIBFFA_E_INVAL);
	assert_int_equal(
		libffa_version_proxy_host_call(&proxy, &call, NULL, &action),
		LIBFFA_E_INVAL);
	assert_int_equal(
		libffa_version_proxy_host_call(&proxy, &call, &out, NULL),
		LIBFFA_E_INVAL);
	assert_int_equal(libffa_version_proxy_below_answer(NULL, &out, &out),
			 LIBFFA_E_INVAL);
	assert_int_equal(libffa_version_proxy_below_answer(&proxy, NULL, &out),
			 LIBFFA_E_INVAL);
	assert_int_equal(libffa_version_proxy_below_answer(&proxy, &out, NULL),
			 LIBFFA_E_INVAL);
	assert_int_equal(
		libffa_version_proxy_check_call(NULL, FID_ID_GET, NULL, NULL),
		LIBFFA_E_INVAL);
	/* The refused calls changed nothing: the host is still unnegotiated. */
	assert_int_equal(proxy.host.state, LIBFFA_VERSION_UNNEGOTIATED);
	assert_false(proxy.asking);
}

/*
 * proxy_host_call(): "Return: as libffa_version_callee_handle()", which
 * includes E_UNKNOWN_FID when w0 is not FFA_VERSION; the proxy only
 * handles FFA_VERSION.
 */
static void version_proxy_host_call_rejects_other_fids(void **state)
{
	struct libffa_version_proxy proxy;
	struct libffa_version_callee el3;
	struct libffa_version_endpoint el3_ep;
	struct libffa_regs call;
	struct libffa_regs out;
	enum libffa_version_action action = LIBFFA_VERSION_ACTION_ASK_BELOW;
	int32_t error = 99;

	(void)state;
	assert_int_equal(libffa_version_callee_init(
				 &el3, V12, preset(LIBFFA_VERSION_PRESET_SPEC)),
			 LIBFFA_OK);
	libffa_version_endpoint_init(&el3, &el3_ep);
	proxy_setup(&proxy, LIBFFA_VERSION_PRESET_PKVM, V12, &el3, &el3_ep);
	version_frame(&call, V12, 0);
	libffa_regs_set_w(&call, 0, FID_ID_GET);
	assert_int_equal(
		libffa_version_proxy_host_call(&proxy, &call, &out, &action),
		LIBFFA_E_UNKNOWN_FID);
	assert_int_equal(proxy.host.state, LIBFFA_VERSION_UNNEGOTIATED);
	assert_false(proxy.asking);
	/* A call before the proxy negotiated below: no @error to fill. */
	assert_int_equal(
		libffa_version_proxy_init(&proxy, V12, V10,
					  preset(LIBFFA_VERSION_PRESET_PKVM)),
		LIBFFA_OK);
	assert_int_equal(
		libffa_version_proxy_check_call(&proxy, FID_ID_GET, NULL, NULL),
		LIBFFA_E_STATE);
	assert_int_equal(libffa_version_proxy_check_call(&proxy, FID_ID_GET,
							 NULL, &error),
			 LIBFFA_E_STATE);
	assert_int_equal(error, LIBFFA_RET_NOT_SUPPORTED);
}

/*
 * A spec-reading caller steps down below a Hafnium-like layer that
 * refuses a higher minor: the proxy serves its caller at the version
 * agreed after the step (below_reply(): "On agreement the proxy serves
 * its caller at the agreed version").
 */
static void version_proxy_steps_down_below(void **state)
{
	struct libffa_version_proxy proxy;
	struct libffa_version_callee spmc;
	struct libffa_version_endpoint spmc_ep;
	struct libffa_regs call;
	struct libffa_regs reply;
	bool again = false;

	(void)state;
	assert_int_equal(
		libffa_version_callee_init(
			&spmc, V11, preset(LIBFFA_VERSION_PRESET_HAFNIUM)),
		LIBFFA_OK);
	libffa_version_endpoint_init(&spmc, &spmc_ep);
	assert_int_equal(
		libffa_version_proxy_init(&proxy, V12, V10,
					  preset(LIBFFA_VERSION_PRESET_SPEC)),
		LIBFFA_OK);
	assert_int_equal(libffa_version_proxy_below_request(&proxy, &call),
			 LIBFFA_OK);
	assert_int_equal(
		libffa_version_callee_handle(&spmc, &spmc_ep, &call, &reply),
		LIBFFA_E_VERSION);
	assert_int_equal(
		libffa_version_proxy_below_reply(&proxy, &reply, &again),
		LIBFFA_OK);
	assert_true(again);
	/* Not agreed yet: the proxy still serves at its own version. */
	assert_int_equal(proxy.callee.own, V12);
	assert_int_equal(libffa_version_proxy_below_request(&proxy, &call),
			 LIBFFA_OK);
	assert_int_equal(libffa_regs_w(&call, 1), V11);
	assert_int_equal(
		libffa_version_callee_handle(&spmc, &spmc_ep, &call, &reply),
		LIBFFA_OK);
	assert_int_equal(
		libffa_version_proxy_below_reply(&proxy, &reply, &again),
		LIBFFA_OK);
	assert_false(again);
	assert_int_equal(proxy.callee.own, V11);
	assert_int_equal(proxy.host.version, V11);
}

/*
 * FORWARD_FIRST_LOWER, version.h proxy_below_answer(): "another call locked
 * the caller meanwhile" gives E_STATE with NOT_SUPPORTED; an answer that is
 * not a version of the same major gives E_PEER with NOT_SUPPORTED, and
 * "nothing changes".
 */
static void version_proxy_first_lower_refusals(void **state)
{
	struct libffa_version_proxy proxy;
	struct libffa_version_callee el3;
	struct libffa_version_endpoint el3_ep;
	struct libffa_regs call;
	struct libffa_regs out;
	struct libffa_regs below;
	enum libffa_version_action action;

	(void)state;
	assert_int_equal(libffa_version_callee_init(
				 &el3, V12, preset(LIBFFA_VERSION_PRESET_SPEC)),
			 LIBFFA_OK);
	libffa_version_endpoint_init(&el3, &el3_ep);
	/* The spec preset forwards the first lower request and locks at a
	 * call. */
	proxy_setup(&proxy, LIBFFA_VERSION_PRESET_SPEC, V12, &el3, &el3_ep);
	version_frame(&call, V11, 0);
	assert_int_equal(
		libffa_version_proxy_host_call(&proxy, &call, &out, &action),
		LIBFFA_OK);
	assert_int_equal(action, LIBFFA_VERSION_ACTION_ASK_BELOW);
	/* While asking, a second FFA_VERSION is refused. */
	assert_int_equal(
		libffa_version_proxy_host_call(&proxy, &call, &out, &action),
		LIBFFA_E_STATE);
	assert_int_equal(action, LIBFFA_VERSION_ACTION_REPLY);
	assert_int_equal(out.x[0], NS);
	/* The caller makes another FF-A call meanwhile: locked at 1.2. */
	assert_int_equal(
		libffa_version_proxy_check_call(&proxy, FID_ID_GET, NULL, NULL),
		LIBFFA_OK);
	assert_int_equal(proxy.host.state, LIBFFA_VERSION_LOCKED);
	libffa_regs_clear(&below);
	libffa_regs_set_w(&below, 0, V11);
	assert_int_equal(
		libffa_version_proxy_below_answer(&proxy, &below, &out),
		LIBFFA_E_STATE);
	assert_int_equal(libffa_regs_w(&out, 0), NS);
	assert_int_equal(proxy.host.version, V12);
	assert_int_equal(proxy.callee.own, V12);

	/* Fresh proxy: the layer below answers another major. */
	proxy_setup(&proxy, LIBFFA_VERSION_PRESET_PKVM, V12, &el3, &el3_ep);
	version_frame(&call, V11, 0);
	assert_int_equal(
		libffa_version_proxy_host_call(&proxy, &call, &out, &action),
		LIBFFA_OK);
	assert_int_equal(action, LIBFFA_VERSION_ACTION_ASK_BELOW);
	libffa_regs_set_w(&below, 0, LIBFFA_VERSION(2, 0));
	assert_int_equal(
		libffa_version_proxy_below_answer(&proxy, &below, &out),
		LIBFFA_E_PEER);
	assert_int_equal(libffa_regs_w(&out, 0), NS);
	assert_int_equal(proxy.host.state, LIBFFA_VERSION_UNNEGOTIATED);
	assert_int_equal(proxy.callee.own, V12);
	assert_false(proxy.asking);
}

/*
 * FORWARD_ALWAYS (TF-A SPMD): "the answer from below is passed back, and,
 * unless the caller is locked, the lower of the request and a same-major
 * answer is recorded"; an answer that is not a version is E_PEER.
 */
static void version_proxy_forward_always_records_only_versions(void **state)
{
	struct libffa_version_proxy proxy;
	struct libffa_version_callee spmc;
	struct libffa_version_endpoint spmc_ep;
	struct libffa_regs call;
	struct libffa_regs out;
	struct libffa_regs below;
	enum libffa_version_action action;

	(void)state;
	assert_int_equal(
		libffa_version_callee_init(&spmc, V12,
					   preset(LIBFFA_VERSION_PRESET_SPEC)),
		LIBFFA_OK);
	libffa_version_endpoint_init(&spmc, &spmc_ep);
	proxy_setup(&proxy, LIBFFA_VERSION_PRESET_TFA_SPMD, V12, &spmc,
		    &spmc_ep);
	libffa_regs_clear(&below);

	/* SMCCC INVALID_PARAMETER from below: passed back, E_PEER. */
	version_frame(&call, V11, 0);
	assert_int_equal(
		libffa_version_proxy_host_call(&proxy, &call, &out, &action),
		LIBFFA_OK);
	assert_int_equal(action, LIBFFA_VERSION_ACTION_ASK_BELOW);
	libffa_regs_set_w(&below, 0, LIBFFA_VERSION_RET_INVALID_PARAMETER);
	assert_int_equal(
		libffa_version_proxy_below_answer(&proxy, &below, &out),
		LIBFFA_E_PEER);
	assert_int_equal(libffa_regs_w(&out, 0),
			 LIBFFA_VERSION_RET_INVALID_PARAMETER);
	assert_false(proxy.host.recorded);

	/* Another major from below: passed back, nothing recorded. */
	assert_int_equal(
		libffa_version_proxy_host_call(&proxy, &call, &out, &action),
		LIBFFA_OK);
	libffa_regs_set_w(&below, 0, LIBFFA_VERSION(2, 0));
	assert_int_equal(
		libffa_version_proxy_below_answer(&proxy, &below, &out),
		LIBFFA_OK);
	assert_int_equal(libffa_regs_w(&out, 0), LIBFFA_VERSION(2, 0));
	assert_false(proxy.host.recorded);

	/* A same-major answer below the request: the lower one is kept. */
	version_frame(&call, V12, 0);
	assert_int_equal(
		libffa_version_proxy_host_call(&proxy, &call, &out, &action),
		LIBFFA_OK);
	libffa_regs_set_w(&below, 0, V11);
	assert_int_equal(
		libffa_version_proxy_below_answer(&proxy, &below, &out),
		LIBFFA_OK);
	assert_int_equal(libffa_regs_w(&out, 0), V11);
	assert_true(proxy.host.recorded);
	assert_int_equal(proxy.host.version, V11);

	/* A same-major minor libffa does not know (1.99 both ways) is passed
	 * back but not recorded: the caller keeps its 1.1. */
	version_frame(&call, LIBFFA_VERSION(1, 99), 0);
	assert_int_equal(
		libffa_version_proxy_host_call(&proxy, &call, &out, &action),
		LIBFFA_OK);
	assert_int_equal(action, LIBFFA_VERSION_ACTION_ASK_BELOW);
	libffa_regs_set_w(&below, 0, LIBFFA_VERSION(1, 99));
	assert_int_equal(
		libffa_version_proxy_below_answer(&proxy, &below, &out),
		LIBFFA_OK);
	assert_int_equal(libffa_regs_w(&out, 0), LIBFFA_VERSION(1, 99));
	assert_int_equal(proxy.host.version, V11);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(
			version_caller_refuses_answer_below_its_minimum),
		cmocka_unit_test(version_caller_step_down_stops_at_minimum),
		cmocka_unit_test(
			version_caller_fails_closed_on_unknown_lower_policy),
		cmocka_unit_test(version_caller_init_rejects_bad_minimum),
		cmocka_unit_test(version_caller_null_pointers_are_inval),
		cmocka_unit_test(version_callee_null_pointers_are_inval),
		cmocka_unit_test(version_endpoint_init_without_callee),
		cmocka_unit_test(
			version_callee_handle_msg_rejects_non_call_messages),
		cmocka_unit_test(version_check_call_ignores_non_ffa_ids),
		cmocka_unit_test(
			version_relock_negotiated_answers_recorded_version),
		cmocka_unit_test(version_relock_unknown_policy_refuses),
		cmocka_unit_test(version_proxy_null_pointers_and_bad_versions),
		cmocka_unit_test(version_proxy_host_call_rejects_other_fids),
		cmocka_unit_test(version_proxy_steps_down_below),
		cmocka_unit_test(version_proxy_first_lower_refusals),
		cmocka_unit_test(
			version_proxy_forward_always_records_only_versions),
	};

	return cmocka_run_group_tests_name("version_more", tests, NULL, NULL);
}
