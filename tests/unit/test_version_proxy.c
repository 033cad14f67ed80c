/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * FFA_VERSION in a proxy (version_proxy.h): negotiation below, forwarding
 * a caller's request as pKVM and the TF-A SPMD do, and the answers from
 * below it must refuse (docs/version-policies.md).
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

#include "ffa/version_callee.h"
#include "ffa/version_policy.h"
#include "ffa/version_proxy.h"

#include "helpers.h"

#define V10	    LIBFFA_VERSION_1_0
#define V11	    LIBFFA_VERSION_1_1
#define V12	    LIBFFA_VERSION_1_2
#define V13	    LIBFFA_VERSION_1_3
#define NS	    LIBFFA_VERSION_RET_NOT_SUPPORTED
#define INV	    LIBFFA_VERSION_RET_INVALID_PARAMETER
#define FID_VERSION TH_FID_VERSION
#define FID_ID_GET  UINT32_C(0x84000069)

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

	th_version_frame(&call, requested, 0);
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
	th_version_frame(&call, UINT32_C(0x80010002), 0);
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
	th_version_frame(&call, V12, 0);
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

/* The proxy's documented LIBFFA_E_INVAL and bad versions. */
static void version_proxy_null_pointers_and_bad_versions(void **state)
{
	struct libffa_version_proxy proxy;
	struct libffa_regs call;
	struct libffa_regs out;
	enum libffa_version_action action;
	bool again;

	(void)state;
	assert_int_equal(
		libffa_version_proxy_init(
			NULL, V12, V10, th_preset(LIBFFA_VERSION_PRESET_PKVM)),
		LIBFFA_E_INVAL);
	assert_int_equal(libffa_version_proxy_init(&proxy, V12, V10, NULL),
			 LIBFFA_E_INVAL);
	/* "Return: as libffa_version_caller_init()". */
	assert_int_equal(libffa_version_proxy_init(
				 &proxy, LIBFFA_VERSION(1, 4), V10,
				 th_preset(LIBFFA_VERSION_PRESET_PKVM)),
			 LIBFFA_E_VERSION);
	assert_int_equal(libffa_version_proxy_init(
				 &proxy, V11, V12,
				 th_preset(LIBFFA_VERSION_PRESET_PKVM)),
			 LIBFFA_E_VERSION);
	assert_int_equal(libffa_version_proxy_init(
				 &proxy, V12, V10,
				 th_preset(LIBFFA_VERSION_PRESET_PKVM)),
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
	th_version_frame(&call, V12, 0);
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
	assert_int_equal(
		libffa_version_callee_init(
			&el3, V12, th_preset(LIBFFA_VERSION_PRESET_SPEC)),
		LIBFFA_OK);
	libffa_version_endpoint_init(&el3, &el3_ep);
	proxy_setup(&proxy, LIBFFA_VERSION_PRESET_PKVM, V12, &el3, &el3_ep);
	th_version_frame(&call, V12, 0);
	libffa_regs_set_w(&call, 0, FID_ID_GET);
	assert_int_equal(
		libffa_version_proxy_host_call(&proxy, &call, &out, &action),
		LIBFFA_E_UNKNOWN_FID);
	assert_int_equal(proxy.host.state, LIBFFA_VERSION_UNNEGOTIATED);
	assert_false(proxy.asking);
	/* A call before the proxy negotiated below: no @error to fill. */
	assert_int_equal(libffa_version_proxy_init(
				 &proxy, V12, V10,
				 th_preset(LIBFFA_VERSION_PRESET_PKVM)),
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
			&spmc, V11, th_preset(LIBFFA_VERSION_PRESET_HAFNIUM)),
		LIBFFA_OK);
	libffa_version_endpoint_init(&spmc, &spmc_ep);
	assert_int_equal(libffa_version_proxy_init(
				 &proxy, V12, V10,
				 th_preset(LIBFFA_VERSION_PRESET_SPEC)),
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
	assert_int_equal(
		libffa_version_callee_init(
			&el3, V12, th_preset(LIBFFA_VERSION_PRESET_SPEC)),
		LIBFFA_OK);
	libffa_version_endpoint_init(&el3, &el3_ep);
	/* The spec preset forwards the first lower request and locks at a
	 * call. */
	proxy_setup(&proxy, LIBFFA_VERSION_PRESET_SPEC, V12, &el3, &el3_ep);
	th_version_frame(&call, V11, 0);
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
	th_version_frame(&call, V11, 0);
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
		libffa_version_callee_init(
			&spmc, V12, th_preset(LIBFFA_VERSION_PRESET_SPEC)),
		LIBFFA_OK);
	libffa_version_endpoint_init(&spmc, &spmc_ep);
	proxy_setup(&proxy, LIBFFA_VERSION_PRESET_TFA_SPMD, V12, &spmc,
		    &spmc_ep);
	libffa_regs_clear(&below);

	/* SMCCC INVALID_PARAMETER from below: passed back, E_PEER. */
	th_version_frame(&call, V11, 0);
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
	th_version_frame(&call, V12, 0);
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
	th_version_frame(&call, LIBFFA_VERSION(1, 99), 0);
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
			version_proxy_pkvm_forwards_first_lower_request),
		cmocka_unit_test(version_proxy_pkvm_seed_and_refused_downgrade),
		cmocka_unit_test(version_proxy_spmd_depends_on_spmc),
		cmocka_unit_test(version_proxy_spmd_answers_for_v1_0_spmc),
		cmocka_unit_test(version_proxy_refuses_before_init),
		cmocka_unit_test(version_proxy_null_pointers_and_bad_versions),
		cmocka_unit_test(version_proxy_host_call_rejects_other_fids),
		cmocka_unit_test(version_proxy_steps_down_below),
		cmocka_unit_test(version_proxy_first_lower_refusals),
		cmocka_unit_test(
			version_proxy_forward_always_records_only_versions),
	};

	return cmocka_run_group_tests_name("version_proxy", tests, NULL, NULL);
}
