/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * Test helpers shared by the unit suites (helpers.h).
 */
#include "helpers.h"

#include <string.h>

const struct libffa_version_policy *th_preset(enum libffa_version_preset p)
{
	return libffa_version_policy_preset(p);
}

void th_put32(uint8_t *p, uint32_t v)
{
	p[0] = (uint8_t)v;
	p[1] = (uint8_t)(v >> 8);
	p[2] = (uint8_t)(v >> 16);
	p[3] = (uint8_t)(v >> 24);
}

void th_put64(uint8_t *p, uint64_t v)
{
	th_put32(p, (uint32_t)v);
	th_put32(p + 4, (uint32_t)(v >> 32));
}

void th_fill(struct libffa_regs *regs, uint64_t base)
{
	unsigned int i;

	for (i = 0; i < LIBFFA_REGS_COUNT; i++) {
		regs->x[i] = base + i;
	}
}

void th_version_frame(struct libffa_regs *regs, uint32_t requested,
		      uint32_t flags)
{
	libffa_regs_clear(regs);
	libffa_regs_set_w(regs, 0, TH_FID_VERSION);
	libffa_regs_set_w(regs, 1, requested);
	libffa_regs_set_w(regs, 2, flags);
}

libffa_status_t th_callee_answer(const struct libffa_version_callee *callee,
				 struct libffa_version_endpoint *ep,
				 uint32_t requested, uint32_t flags,
				 uint32_t *w0)
{
	struct libffa_regs call;
	struct libffa_regs reply;
	libffa_status_t st;
	unsigned int i;

	th_version_frame(&call, requested, flags);
	memset(&reply, 0xA5, sizeof(reply));
	st = libffa_version_callee_handle(callee, ep, &call, &reply);
	if (st == LIBFFA_E_INVAL || st == LIBFFA_E_UNKNOWN_FID) {
		return st;
	}
	if ((reply.x[0] >> 32) != 0u) {
		return LIBFFA_E_INTERNAL;
	}
	for (i = 1; i < LIBFFA_REGS_COUNT; i++) {
		if (reply.x[i] != 0u) {
			return LIBFFA_E_INTERNAL;
		}
	}
	if (w0 != NULL) {
		*w0 = libffa_regs_w(&reply, 0);
	}
	return st;
}

libffa_status_t th_caller_answer(struct libffa_version_caller *caller,
				 uint64_t w0, bool *again)
{
	struct libffa_regs reply;

	libffa_regs_clear(&reply);
	reply.x[0] = w0;
	return libffa_version_caller_reply(caller, &reply, again);
}
