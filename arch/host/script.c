/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * The scripted peer: (expected frame, reply frame) pairs in a caller-owned
 * array, checked in order; the first mismatch is recorded with its
 * register. No test framework, so any project's tests can use it.
 */
#include "ffa/abi.h"
#include "ffa/host.h"
#include "ffa/status.h"

void libffa_host_script_init(struct libffa_host_script *script,
			     const struct libffa_host_step *steps,
			     size_t step_count)
{
	script->steps = steps;
	script->step_count = step_count;
	script->next = 0;
	script->failed = false;
	script->fail_step = 0;
	script->fail_reg = -1;
	script->fail_expected = 0;
	script->fail_actual = 0;
}

static void reply_aborted(struct libffa_regs *out)
{
	libffa_regs_clear(out);
	out->x[0] = LIBFFA_FID_32(LIBFFA_FNUM_ERROR);
	libffa_regs_set_w(out, 2, (uint32_t)LIBFFA_RET_ABORTED);
}

static void fail(struct libffa_host_script *script, int reg, uint64_t expected,
		 uint64_t actual)
{
	if (!script->failed) {
		script->failed = true;
		script->fail_step = script->next;
		script->fail_reg = reg;
		script->fail_expected = expected;
		script->fail_actual = actual;
	}
}

void libffa_host_script_peer(void *peer_ctx, const struct libffa_regs *in,
			     struct libffa_regs *out)
{
	struct libffa_host_script *script = peer_ctx;
	const struct libffa_host_step *step;
	unsigned int r;

	if (script->failed) {
		reply_aborted(out);
		return;
	}
	if (script->next >= script->step_count) {
		fail(script, -1, 0, in->x[0]);
		reply_aborted(out);
		return;
	}
	step = &script->steps[script->next];
	for (r = 0; r < LIBFFA_REGS_COUNT; r++) {
		if ((step->ignore & (UINT32_C(1) << r)) == 0u &&
		    step->expect.x[r] != in->x[r]) {
			fail(script, (int)r, step->expect.x[r], in->x[r]);
			reply_aborted(out);
			return;
		}
	}
	*out = step->reply;
	script->next++;
}

bool libffa_host_script_done(const struct libffa_host_script *script)
{
	return !script->failed && script->next == script->step_count;
}
