/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * Fuzz the version caller and proxy machines against a hostile peer
 * (DEN0077A 1.2 s13.2). Input: byte 0 the preset; byte 1 the policy's
 * caller and proxy choices (bits[1:0] lower, bit 2 step_down, bits[4:3]
 * forward); byte 2 the caller's own minor (bits[1:0]) and minimum
 * (bits[3:2]); then records of 5 bytes, an operation and a word a:
 *   op 0: answer a as it is;   op 1: NOT_SUPPORTED;
 *   op 2: INVALID_PARAMETERS;  op 3: version 1.(a % 8) or 2.0 (a bit 8);
 *   op 4 (proxy only): the proxy's caller sends FFA_VERSION(a); after
 *   another op the caller sends FFA_VERSION(1.(a % 4)), or, while the
 *   proxy asks below, the record is the answer from below.
 * The records answer the caller's negotiation first, then the proxy's
 * negotiation below, then drive the proxy's caller side.
 * Properties: each offer is a known version between the minimum and the
 * own version, strictly lower than the one before (the step-down and the
 * confirm paths), and the rounds are bounded; NOT_SUPPORTED with
 * step_down and room below gives another round; the caller ends DONE with
 * a version it accepts or FAILED with an error, and then refuses to go on;
 * every reply the proxy gives its caller is a bare w0 (x1-x17 zero)
 * holding a version of the agreed major or NOT_SUPPORTED (FORWARD_ALWAYS
 * passes the answer from below back as it is); the proxy's
 * caller side never serves above what was agreed below.
 */
#include <stdlib.h>

#include <string.h>

#include "ffa/ffa.h"

#define FID_VERSION UINT32_C(0x84000063)
#define MAX_ROUNDS  16u

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void check(bool ok)
{
	if (!ok) {
		abort();
	}
}

struct feed {
	const uint8_t *data;
	size_t size;
	size_t off;
};

/* The next record as (op, word); false when the input is used up. */
static bool next(struct feed *f, uint8_t *op, uint32_t *w)
{
	const uint8_t *p;
	uint32_t a;

	if (f->off + 5u > f->size) {
		return false;
	}
	p = f->data + f->off;
	f->off += 5u;
	a = (uint32_t)p[1] | ((uint32_t)p[2] << 8) | ((uint32_t)p[3] << 16) |
	    ((uint32_t)p[4] << 24);
	*op = p[0] % 5u;
	switch (*op) {
	case 1:
		*w = LIBFFA_VERSION_RET_NOT_SUPPORTED;
		break;
	case 2:
		*w = LIBFFA_VERSION_RET_INVALID_PARAMETER;
		break;
	case 3:
		*w = (a & 0x100u) != 0u ? LIBFFA_VERSION(2, 0)
					: LIBFFA_VERSION(1, a % 8u);
		break;
	default:
		*w = a;
		break;
	}
	return true;
}

static void check_offer(const struct libffa_version_caller *c,
			const struct libffa_regs *call, libffa_version_t prev)
{
	unsigned int i;

	check(libffa_regs_w(call, 0) == FID_VERSION &&
	      libffa_regs_w(call, 1) == c->offer);
	for (i = 2; i < LIBFFA_REGS_COUNT; i++) {
		check(call->x[i] == 0u);
	}
	check(libffa_version_is_known(c->offer) && c->offer >= c->min &&
	      c->offer <= c->own && c->offer < prev);
}

/* Run one caller negotiation; the records are the callee's answers. */
static void caller(const struct libffa_version_policy *p, libffa_version_t own,
		   libffa_version_t min, struct feed *f)
{
	struct libffa_version_caller c;
	struct libffa_regs call;
	struct libffa_regs reply;
	libffa_version_t prev = own + 1u;
	libffa_version_t agreed;
	libffa_status_t st = LIBFFA_OK;
	bool again = true;
	uint8_t op;
	uint32_t w;

	if (libffa_version_caller_init(&c, own, min, p) != LIBFFA_OK) {
		check(min > own);
		return;
	}
	while (again) {
		check(libffa_version_caller_request(&c, &call) == LIBFFA_OK);
		check(c.rounds <= MAX_ROUNDS);
		check_offer(&c, &call, prev);
		prev = c.offer;
		if (!next(f, &op, &w)) {
			return;
		}
		libffa_regs_clear(&reply);
		reply.x[0] = (uint64_t)w | ((uint64_t)op << 40);
		st = libffa_version_caller_reply(&c, &reply, &again);
		if (st == LIBFFA_OK && again) {
			check(c.state == LIBFFA_VERSION_CALLER_READY);
		}
		if (w == LIBFFA_VERSION_RET_NOT_SUPPORTED && p->step_down &&
		    prev > min && c.rounds < MAX_ROUNDS) {
			/* The step-down path: the next offer is one lower. */
			check(st == LIBFFA_OK && again && c.offer == prev - 1u);
		}
	}
	if (st == LIBFFA_OK) {
		check(c.state == LIBFFA_VERSION_CALLER_DONE);
		check(libffa_version_caller_result(&c, &agreed) == LIBFFA_OK);
		check(libffa_version_is_known(agreed) && agreed >= min &&
		      agreed <= own);
	} else {
		check(c.state == LIBFFA_VERSION_CALLER_FAILED);
		check(libffa_version_caller_result(&c, &agreed) ==
		      LIBFFA_E_STATE);
	}
	libffa_regs_clear(&reply);
	reply.x[0] = FID_VERSION;
	check(libffa_version_caller_reply(&c, &reply, &again) ==
		      LIBFFA_E_STATE &&
	      !again);
	check(libffa_version_caller_request(&c, &call) == LIBFFA_E_STATE);
}

static void check_bare(const struct libffa_regs *r, libffa_version_t agreed)
{
	uint32_t w0 = libffa_regs_w(r, 0);
	unsigned int i;

	for (i = 1; i < LIBFFA_REGS_COUNT; i++) {
		check(r->x[i] == 0u);
	}
	check((r->x[0] >> 32) == 0u);
	check(w0 == LIBFFA_VERSION_RET_NOT_SUPPORTED ||
	      w0 == LIBFFA_VERSION_RET_INVALID_PARAMETER ||
	      (libffa_version_is_wellformed(w0) &&
	       libffa_version_major(w0) == libffa_version_major(agreed)));
}

static void proxy(const struct libffa_version_policy *p, libffa_version_t own,
		  libffa_version_t min, struct feed *f)
{
	struct libffa_version_proxy px;
	enum libffa_version_action action;
	struct libffa_regs frame;
	struct libffa_regs out;
	libffa_version_t agreed;
	bool again = true;
	uint8_t op;
	uint32_t w;
	unsigned int i;

	if (libffa_version_proxy_init(&px, own, min, p) != LIBFFA_OK) {
		return;
	}
	/* Before it negotiated below, the proxy refuses its caller. */
	libffa_regs_clear(&frame);
	libffa_regs_set_w(&frame, 0, FID_VERSION);
	libffa_regs_set_w(&frame, 1, own);
	check(libffa_version_proxy_host_call(&px, &frame, &out, &action) ==
		      LIBFFA_E_STATE &&
	      action == LIBFFA_VERSION_ACTION_REPLY);
	check_bare(&out, own);
	while (again) {
		if (libffa_version_proxy_below_request(&px, &frame) !=
			    LIBFFA_OK ||
		    !next(f, &op, &w)) {
			return;
		}
		/* A hostile frame: the answer in w0, junk in x1-x17. */
		for (i = 0; i < LIBFFA_REGS_COUNT; i++) {
			frame.x[i] = ~frame.x[i];
		}
		frame.x[0] = w;
		if (libffa_version_proxy_below_reply(&px, &frame, &again) !=
		    LIBFFA_OK) {
			return;
		}
	}
	check(libffa_version_caller_result(&px.below, &agreed) == LIBFFA_OK);
	check(agreed >= min && agreed <= own && px.callee.own <= agreed);
	while (next(f, &op, &w)) {
		libffa_status_t st;

		libffa_regs_clear(&frame);
		if (op == 4u || !px.asking) {
			libffa_regs_set_w(&frame, 0, FID_VERSION);
			libffa_regs_set_w(
				&frame, 1,
				op == 4u ? w : LIBFFA_VERSION(1, w % 4u));
			st = libffa_version_proxy_host_call(&px, &frame, &out,
							    &action);
			if (action == LIBFFA_VERSION_ACTION_ASK_BELOW) {
				check(st == LIBFFA_OK && px.asking &&
				      libffa_regs_w(&out, 0) == FID_VERSION);
			} else {
				check_bare(&out, agreed);
			}
		} else {
			frame.x[0] = w;
			st = libffa_version_proxy_below_answer(&px, &frame,
							       &out);
			check(!px.asking);
			if (p->forward == LIBFFA_VERSION_FORWARD_ALWAYS) {
				/* Passed back as it came (TF-A SPMD). */
				check(libffa_regs_w(&out, 0) == w);
				out.x[0] = LIBFFA_VERSION_RET_NOT_SUPPORTED;
			}
			check_bare(&out, agreed);
			if (st == LIBFFA_OK) {
				check(libffa_version_is_wellformed(w));
			}
		}
		/* The caller side never serves above what was agreed below. */
		check(px.callee.own <= agreed &&
		      libffa_version_is_known(px.callee.own));
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct libffa_version_policy p;
	struct feed f = {data, size, 3};
	libffa_version_t own;
	libffa_version_t min;

	if (size < 3u) {
		return 0;
	}
	p = *libffa_version_policy_preset((enum libffa_version_preset)(
		data[0] % LIBFFA_VERSION_PRESET_COUNT));
	p.lower = (enum libffa_version_lower)(data[1] % 3u);
	p.step_down = (data[1] & 4u) != 0u;
	p.forward = (enum libffa_version_forward)((data[1] >> 3) % 3u);
	own = LIBFFA_VERSION(1, data[2] & 3u);
	min = LIBFFA_VERSION(1, (data[2] >> 2) & 3u);
	caller(&p, own, min, &f);
	proxy(&p, own, min, &f);
	return 0;
}
