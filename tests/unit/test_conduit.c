/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * The host conduit (an in-process peer behind struct libffa_conduit) and
 * the scripted peer (ffa/host.h). Frames are the SMCCC 1.2 x0-x17 frame
 * (DEN0028 1.2 s2.6).
 */
/* cmocka needs these before it, in this order. */
/* clang-format off */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
/* clang-format on */

#include <string.h>

#include "ffa/abi.h"
#include "ffa/conduit.h"
#include "ffa/host.h"

#include "helpers.h"

/* A peer that records what it saw and writes x0 and x5 only. */
struct recorder {
	struct libffa_regs seen;
	unsigned int calls;
};

static void record_peer(void *ctx, const struct libffa_regs *in,
			struct libffa_regs *out)
{
	struct recorder *r = ctx;

	r->seen = *in;
	r->calls++;
	out->x[0] = LIBFFA_FID_32(LIBFFA_FNUM_SUCCESS);
	out->x[5] = 0x55;
}

/* The peer sees all 18 registers; untouched ones keep the caller's. */
static void conduit_host_hands_frame_to_peer(void **state)
{
	struct recorder rec = {{{0}}, 0};
	struct libffa_host_peer peer = {record_peer, &rec, 0};
	const struct libffa_conduit c = LIBFFA_HOST_CONDUIT_INIT(&peer);
	struct libffa_regs in;
	struct libffa_regs out;

	(void)state;
	th_fill(&in, 0x1000);
	th_fill(&out, 0xDEAD);
	assert_string_equal(c.name, "host");
	assert_int_equal(libffa_conduit_invoke(&c, &in, &out), LIBFFA_OK);
	assert_int_equal(rec.calls, 1);
	assert_int_equal(peer.call_count, 1);
	assert_memory_equal(&rec.seen, &in, sizeof(in));
	assert_int_equal(out.x[0], 0x84000061u);
	assert_int_equal(out.x[5], 0x55);
	for (unsigned int i = 1; i < LIBFFA_REGS_COUNT; i++) {
		if (i != 5) {
			assert_int_equal(out.x[i], 0x1000 + i);
		}
	}
}

/* struct libffa_conduit: @in and @out may alias. */
static void conduit_host_in_out_alias(void **state)
{
	struct recorder rec = {{{0}}, 0};
	struct libffa_host_peer peer = {record_peer, &rec, 0};
	const struct libffa_conduit c = LIBFFA_HOST_CONDUIT_INIT(&peer);
	struct libffa_regs frame;

	(void)state;
	th_fill(&frame, 0x2000);
	assert_int_equal(libffa_conduit_invoke(&c, &frame, &frame), LIBFFA_OK);
	/* The peer saw the request, not a half-written reply. */
	assert_int_equal(rec.seen.x[0], 0x2000);
	assert_int_equal(rec.seen.x[5], 0x2005);
	assert_int_equal(frame.x[0], 0x84000061u);
	assert_int_equal(frame.x[5], 0x55);
	assert_int_equal(frame.x[17], 0x2011);
}

/* DEN0028 1.2 s7.1: nobody there answers NOT_SUPPORTED in w0. */
static void conduit_host_without_peer_not_supported(void **state)
{
	struct libffa_host_peer peer = {NULL, NULL, 0};
	const struct libffa_conduit c = LIBFFA_HOST_CONDUIT_INIT(&peer);
	const struct libffa_conduit none = LIBFFA_HOST_CONDUIT_INIT(NULL);
	struct libffa_regs frame;

	(void)state;
	th_fill(&frame, 0x3000);
	assert_int_equal(libffa_conduit_invoke(&c, &frame, &frame), LIBFFA_OK);
	assert_int_equal(libffa_regs_w(&frame, 0), 0xFFFFFFFFu);
	assert_int_equal(frame.x[1], 0x3001);
	assert_int_equal(peer.call_count, 0);
	assert_int_equal(libffa_conduit_invoke(&none, &frame, &frame),
			 LIBFFA_OK);
	assert_int_equal(libffa_regs_w(&frame, 0), 0xFFFFFFFFu);
}

static void conduit_invoke_rejects_null(void **state)
{
	const struct libffa_conduit hookless = {"none", NULL, NULL};
	struct libffa_host_peer peer = {NULL, NULL, 0};
	const struct libffa_conduit c = LIBFFA_HOST_CONDUIT_INIT(&peer);
	struct libffa_regs frame = {{0}};

	(void)state;
	assert_int_equal(libffa_conduit_invoke(NULL, &frame, &frame),
			 LIBFFA_E_INVAL);
	assert_int_equal(libffa_conduit_invoke(&hookless, &frame, &frame),
			 LIBFFA_E_INVAL);
	assert_int_equal(libffa_conduit_invoke(&c, NULL, &frame),
			 LIBFFA_E_INVAL);
	assert_int_equal(libffa_conduit_invoke(&c, &frame, NULL),
			 LIBFFA_E_INVAL);
}

/* Two steps played in order; the script reports completion. */
static void conduit_script_plays_steps_in_order(void **state)
{
	struct libffa_host_step steps[2];
	struct libffa_host_script script;
	struct libffa_host_peer peer = {libffa_host_script_peer, &script, 0};
	const struct libffa_conduit c = LIBFFA_HOST_CONDUIT_INIT(&peer);
	struct libffa_regs frame;

	(void)state;
	memset(steps, 0, sizeof(steps));
	steps[0].expect.x[0] = LIBFFA_FID_32(LIBFFA_FNUM_ID_GET);
	steps[0].reply.x[0] = LIBFFA_FID_32(LIBFFA_FNUM_SUCCESS);
	steps[0].reply.x[2] = 0x8001;
	steps[1].expect.x[0] = LIBFFA_FID_32(LIBFFA_FNUM_SPM_ID_GET);
	steps[1].reply.x[0] = LIBFFA_FID_32(LIBFFA_FNUM_SUCCESS);
	steps[1].reply.x[2] = 0x8000;
	libffa_host_script_init(&script, steps, 2);
	assert_false(libffa_host_script_done(&script));

	frame = steps[0].expect;
	assert_int_equal(libffa_conduit_invoke(&c, &frame, &frame), LIBFFA_OK);
	assert_memory_equal(&frame, &steps[0].reply, sizeof(frame));
	assert_false(libffa_host_script_done(&script));
	frame = steps[1].expect;
	assert_int_equal(libffa_conduit_invoke(&c, &frame, &frame), LIBFFA_OK);
	assert_int_equal(frame.x[2], 0x8000);
	assert_true(libffa_host_script_done(&script));
	assert_false(script.failed);
}

/* The first mismatch is kept with its register and both values. */
static void conduit_script_records_first_mismatch(void **state)
{
	struct libffa_host_step steps[2];
	struct libffa_host_script script;
	struct libffa_host_peer peer = {libffa_host_script_peer, &script, 0};
	const struct libffa_conduit c = LIBFFA_HOST_CONDUIT_INIT(&peer);
	struct libffa_regs frame;

	(void)state;
	memset(steps, 0, sizeof(steps));
	th_fill(&steps[0].expect, 0x4000);
	th_fill(&steps[0].reply, 0x5000);
	libffa_host_script_init(&script, steps, 2);

	frame = steps[0].expect;
	frame.x[5] = 0x77;
	frame.x[9] = 0x99;
	assert_int_equal(libffa_conduit_invoke(&c, &frame, &frame), LIBFFA_OK);
	assert_true(script.failed);
	assert_int_equal(script.fail_step, 0);
	assert_int_equal(script.fail_reg, 5);
	assert_int_equal(script.fail_expected, 0x4005);
	assert_int_equal(script.fail_actual, 0x77);
	/* The caller is told: FFA_ERROR_32(ABORTED). */
	assert_int_equal(frame.x[0], 0x84000060u);
	assert_int_equal(libffa_regs_w(&frame, 2),
			 (uint32_t)LIBFFA_RET_ABORTED);
	/* A later, matching frame changes nothing: the first failure stays. */
	frame = steps[0].expect;
	assert_int_equal(libffa_conduit_invoke(&c, &frame, &frame), LIBFFA_OK);
	assert_int_equal(frame.x[0], 0x84000060u);
	assert_int_equal(script.fail_reg, 5);
	assert_int_equal(script.next, 0);
	assert_false(libffa_host_script_done(&script));
}

/* Ignored registers may differ. */
static void conduit_script_ignores_masked_registers(void **state)
{
	struct libffa_host_step step;
	struct libffa_host_script script;
	struct libffa_host_peer peer = {libffa_host_script_peer, &script, 0};
	const struct libffa_conduit c = LIBFFA_HOST_CONDUIT_INIT(&peer);
	struct libffa_regs frame;

	(void)state;
	memset(&step, 0, sizeof(step));
	th_fill(&step.expect, 0x6000);
	step.ignore = (UINT32_C(1) << 3) | (UINT32_C(1) << 17);
	step.reply.x[0] = LIBFFA_FID_32(LIBFFA_FNUM_SUCCESS);
	libffa_host_script_init(&script, &step, 1);
	frame = step.expect;
	frame.x[3] = 0;
	frame.x[17] = 0;
	assert_int_equal(libffa_conduit_invoke(&c, &frame, &frame), LIBFFA_OK);
	assert_int_equal(frame.x[0], 0x84000061u);
	assert_true(libffa_host_script_done(&script));
}

/* A frame after the last step is a failure with register -1. */
static void conduit_script_exhausted(void **state)
{
	struct libffa_host_step step;
	struct libffa_host_script script;
	struct libffa_host_peer peer = {libffa_host_script_peer, &script, 0};
	const struct libffa_conduit c = LIBFFA_HOST_CONDUIT_INIT(&peer);
	struct libffa_regs frame = {{0}};

	(void)state;
	memset(&step, 0, sizeof(step));
	libffa_host_script_init(&script, &step, 1);
	assert_int_equal(libffa_conduit_invoke(&c, &frame, &frame), LIBFFA_OK);
	assert_true(libffa_host_script_done(&script));
	frame.x[0] = LIBFFA_FID_32(LIBFFA_FNUM_VERSION);
	assert_int_equal(libffa_conduit_invoke(&c, &frame, &frame), LIBFFA_OK);
	assert_true(script.failed);
	assert_int_equal(script.fail_step, 1);
	assert_int_equal(script.fail_reg, -1);
	assert_int_equal(script.fail_actual, 0x84000063u);
	assert_int_equal(frame.x[0], 0x84000060u);
	assert_false(libffa_host_script_done(&script));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(conduit_host_hands_frame_to_peer),
		cmocka_unit_test(conduit_host_in_out_alias),
		cmocka_unit_test(conduit_host_without_peer_not_supported),
		cmocka_unit_test(conduit_invoke_rejects_null),
		cmocka_unit_test(conduit_script_plays_steps_in_order),
		cmocka_unit_test(conduit_script_records_first_mismatch),
		cmocka_unit_test(conduit_script_ignores_masked_registers),
		cmocka_unit_test(conduit_script_exhausted),
	};

	return cmocka_run_group_tests_name("conduit", tests, NULL, NULL);
}
