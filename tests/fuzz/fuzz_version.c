/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * Fuzz the version negotiation machines with a frame sequence. Input:
 * byte 0 picks the preset, byte 1 the callee's version (bits[1:0]) and the
 * version of the layer below the proxy (bits[3:2]); then records of 9
 * bytes: an operation and two little-endian words a, b.
 *   op 0: FFA_VERSION(w1 = a, w2 = b) to the callee and to the proxy;
 *   op 1: another call with w0 = a (check_call on both);
 *   op 2: the layer below answers the proxy's pending request with w0 = a;
 *   op 3: FFA_VERSION(1.(a % 5), w2 = b & 3), to reach the real paths.
 * Properties: no crash or sanitizer report; every reply frame is a bare w0
 * (x1-x17 zero) holding NOT_SUPPORTED, INVALID_PARAMETER (v1.3 flags only)
 * or a well-formed version of the callee's major, and the status says
 * which; once locked an endpoint stays locked and its version never
 * changes; a policy that never locks never locks.
 */
#include <stdlib.h>

#include <string.h>

#include "ffa/version.h"
#include "ffa/version_proxy.h"

#define FID_VERSION UINT32_C(0x84000063)

static uint32_t le32(const uint8_t *p)
{
	return (uint32_t)p[0] | ((uint32_t)p[1] << 8) | ((uint32_t)p[2] << 16) |
	       ((uint32_t)p[3] << 24);
}

static void check(bool ok)
{
	if (!ok) {
		abort();
	}
}

static void check_reply(const struct libffa_version_policy *p,
			libffa_version_t own, libffa_status_t st,
			const struct libffa_regs *reply)
{
	uint32_t w0 = libffa_regs_w(reply, 0);
	unsigned int i;

	for (i = 1; i < LIBFFA_REGS_COUNT; i++) {
		check(reply->x[i] == 0u);
	}
	check((reply->x[0] >> 32) == 0u);
	if (st == LIBFFA_OK) {
		check(libffa_version_is_wellformed(w0));
		check(libffa_version_major(w0) == libffa_version_major(own));
	} else if (w0 == LIBFFA_VERSION_RET_INVALID_PARAMETER) {
		check(p->query_flags && own >= LIBFFA_VERSION_1_3);
		check(st == LIBFFA_E_MBZ || st == LIBFFA_E_BADVALUE);
	} else {
		check(w0 == LIBFFA_VERSION_RET_NOT_SUPPORTED);
	}
}

/* The lock invariant, given the state before an operation. */
static void check_lock(const struct libffa_version_policy *p,
		       const struct libffa_version_endpoint *before,
		       const struct libffa_version_endpoint *after)
{
	if (before->state == LIBFFA_VERSION_LOCKED) {
		check(after->state == LIBFFA_VERSION_LOCKED);
		check(after->version == before->version);
	}
	if (p->lock == LIBFFA_VERSION_LOCK_NEVER) {
		check(after->state != LIBFFA_VERSION_LOCKED);
	}
	check(libffa_version_is_known(after->version));
}

static void version_frame(struct libffa_regs *regs, uint32_t a, uint32_t b)
{
	libffa_regs_clear(regs);
	libffa_regs_set_w(regs, 0, FID_VERSION);
	libffa_regs_set_w(regs, 1, a);
	libffa_regs_set_w(regs, 2, b);
}

static bool proxy_init(struct libffa_version_proxy *proxy,
		       const struct libffa_version_policy *p,
		       libffa_version_t below_own)
{
	struct libffa_version_callee below;
	struct libffa_version_endpoint ep;
	struct libffa_regs call;
	struct libffa_regs reply;
	bool again = true;
	unsigned int rounds = 0;

	if (libffa_version_proxy_init(proxy, LIBFFA_VERSION_1_3,
				      LIBFFA_VERSION_1_0, p) != LIBFFA_OK ||
	    libffa_version_callee_init(
		    &below, below_own,
		    libffa_version_policy_preset(LIBFFA_VERSION_PRESET_SPEC)) !=
		    LIBFFA_OK) {
		return false;
	}
	libffa_version_endpoint_init(&below, &ep);
	while (again) {
		check(rounds++ < 16u);
		check(libffa_version_proxy_below_request(proxy, &call) ==
		      LIBFFA_OK);
		if (libffa_version_callee_handle(&below, &ep, &call, &reply) !=
		    LIBFFA_OK) {
			check(reply.x[0] == LIBFFA_VERSION_RET_NOT_SUPPORTED);
		}
		if (libffa_version_proxy_below_reply(proxy, &reply, &again) !=
		    LIBFFA_OK) {
			return false;
		}
	}
	return true;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const struct libffa_version_policy *p;
	struct libffa_version_callee callee;
	struct libffa_version_endpoint ep;
	struct libffa_version_endpoint before;
	struct libffa_version_proxy proxy;
	struct libffa_regs call;
	struct libffa_regs out;
	libffa_version_t own;
	bool have_proxy;
	size_t off;

	if (size < 2u) {
		return 0;
	}
	p = libffa_version_policy_preset((enum libffa_version_preset)(
		data[0] % LIBFFA_VERSION_PRESET_COUNT));
	own = LIBFFA_VERSION(1, data[1] & 3u);
	check(p != NULL);
	check(libffa_version_callee_init(&callee, own, p) == LIBFFA_OK);
	libffa_version_endpoint_init(&callee, &ep);
	have_proxy =
		proxy_init(&proxy, p, LIBFFA_VERSION(1, (data[1] >> 2) & 3u));

	for (off = 2; off + 9u <= size; off += 9u) {
		uint8_t op = data[off] & 3u;
		uint32_t a = le32(&data[off + 1]);
		uint32_t b = le32(&data[off + 5]);
		enum libffa_version_action action;
		libffa_status_t st;
		int32_t error = 0;

		if (op == 3u) {
			a = LIBFFA_VERSION(1, a % 5u);
			b &= 3u;
			op = 0u;
		}
		before = ep;
		switch (op) {
		case 0:
			version_frame(&call, a, b);
			st = libffa_version_callee_handle(&callee, &ep, &call,
							  &out);
			check_reply(p, own, st, &out);
			break;
		case 1:
			st = libffa_version_callee_check_call(&callee, &ep, a,
							      NULL, &error);
			check(st == LIBFFA_OK ? error == 0
					      : error == p->early_error);
			break;
		default:
			break;
		}
		check_lock(p, &before, &ep);

		if (!have_proxy) {
			continue;
		}
		before = proxy.host;
		switch (op) {
		case 0:
			version_frame(&call, a, b);
			st = libffa_version_proxy_host_call(&proxy, &call, &out,
							    &action);
			if (action == LIBFFA_VERSION_ACTION_ASK_BELOW) {
				check(st == LIBFFA_OK && proxy.asking);
				check(libffa_regs_w(&out, 0) == FID_VERSION);
				check(libffa_regs_w(&out, 1) == a);
			} else if (!proxy.asking) {
				check_reply(p, proxy.callee.own, st, &out);
			}
			break;
		case 1:
			st = libffa_version_proxy_check_call(&proxy, a, NULL,
							     &error);
			check(st == LIBFFA_OK || error != 0);
			break;
		default:
			libffa_regs_clear(&call);
			call.x[0] = a;
			st = libffa_version_proxy_below_answer(&proxy, &call,
							       &out);
			check(!proxy.asking);
			if (st == LIBFFA_OK) {
				check(libffa_version_is_wellformed(
					libffa_regs_w(&out, 0)));
			}
			break;
		}
		check_lock(p, &before, &proxy.host);
		check(libffa_version_is_known(proxy.callee.own));
	}
	return 0;
}
