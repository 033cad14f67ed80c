/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * Host-only conduits (libffa::host): hand each frame to an in-process peer
 * instead of trapping, and a scripted peer that checks the frames a caller
 * sends against a list and answers with canned replies. Not part of the
 * freestanding core and not included by ffa/ffa.h; no test framework is
 * needed, so downstream projects can use them in their own tests.
 */
#ifndef LIBFFA_HOST_H
#define LIBFFA_HOST_H

#include "ffa/conduit.h"
#include "ffa/env.h"
#include "ffa/regs.h"

LIBFFA_BEGIN_DECLS

/**
 * struct libffa_host_peer - the other side of the host conduit, owned by
 * the caller and referenced by the conduit's ctx.
 * @handle:     called once per frame. @out starts as a copy of @in, so a
 *              register the peer does not write keeps the caller's value,
 *              as a real callee that preserves it would. @in and @out never
 *              alias.
 * @peer_ctx:   passed to @handle.
 * @call_count: frames handled so far (updated by the conduit).
 */
struct libffa_host_peer {
	void (*handle)(void *peer_ctx, const struct libffa_regs *in,
		       struct libffa_regs *out);
	void *peer_ctx;
	unsigned int call_count;
};

/**
 * libffa_host_conduit_call() - the call hook of a host conduit.
 * @self: a conduit whose ctx is a &struct libffa_host_peer.
 * @in:   the frame sent.
 * @out:  out: the frame the peer left; may alias @in.
 *
 * With no peer or no handler, the reply is SMCCC NOT_SUPPORTED in w0 and
 * x1-x17 as sent (DEN0028 1.2 s7.1: an unknown function ID).
 */
void libffa_host_conduit_call(const struct libffa_conduit *self,
			      const struct libffa_regs *in,
			      struct libffa_regs *out);

/**
 * LIBFFA_HOST_CONDUIT_INIT() - initializer for a const host conduit.
 * @peer: pointer to the caller's &struct libffa_host_peer.
 *
 * Example: ``const struct libffa_conduit c = LIBFFA_HOST_CONDUIT_INIT(&p);``
 */
#define LIBFFA_HOST_CONDUIT_INIT(peer)                   \
	{                                                \
		"host", libffa_host_conduit_call, (peer) \
	}

/**
 * struct libffa_host_step - one expected frame and the reply to it.
 * @expect: the frame the caller must send.
 * @ignore: registers not compared (bit n = xn); 0 compares all of x0-x17.
 * @reply:  the frame returned when @expect matches.
 */
struct libffa_host_step {
	struct libffa_regs expect;
	uint32_t ignore;
	struct libffa_regs reply;
};

/**
 * struct libffa_host_script - a scripted peer over a caller-provided array.
 * @steps:         the steps, in order (not copied).
 * @step_count:    number of @steps.
 * @next:          index of the next step to match.
 * @failed:        a frame did not match, or came after the last step.
 * @fail_step:     index of the step that failed (== @step_count when the
 *                 script was exhausted).
 * @fail_reg:      the lowest mismatching register, or -1 when the script
 *                 was exhausted.
 * @fail_expected: the expected value of @fail_reg.
 * @fail_actual:   the value sent.
 *
 * Only the first failure is recorded. After it every frame is answered
 * with FFA_ERROR_32(ABORTED) and @next no longer advances.
 */
struct libffa_host_script {
	const struct libffa_host_step *steps;
	size_t step_count;
	size_t next;
	bool failed;
	size_t fail_step;
	int fail_reg;
	uint64_t fail_expected;
	uint64_t fail_actual;
};

/**
 * libffa_host_script_init() - arm a script.
 * @script:     the script.
 * @steps:      the steps (must outlive @script).
 * @step_count: number of steps.
 */
void libffa_host_script_init(struct libffa_host_script *script,
			     const struct libffa_host_step *steps,
			     size_t step_count);

/**
 * libffa_host_script_peer() - a &struct libffa_host_peer handler that
 * plays a script.
 * @peer_ctx: a &struct libffa_host_script.
 * @in:       the frame the caller sent.
 * @out:      out: the step's reply, or FFA_ERROR_32(ABORTED) on a mismatch.
 */
void libffa_host_script_peer(void *peer_ctx, const struct libffa_regs *in,
			     struct libffa_regs *out);

/**
 * libffa_host_script_done() - did the script run to completion?
 * @script: the script.
 *
 * Return: true when every step was matched in order and nothing failed.
 */
bool libffa_host_script_done(const struct libffa_host_script *script);

LIBFFA_END_DECLS

#endif /* LIBFFA_HOST_H */
