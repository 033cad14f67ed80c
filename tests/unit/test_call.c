/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * libffa_call(): encode, invoke, decode, through the host conduit with a
 * scripted peer and with an in-process responder. DEN0077A 1.2 s13.1
 * (SUCCESS/ERROR), s13.2 (VERSION), s13.9 (ID_GET), s15.4-15.5
 * (DIRECT_REQ2/RESP2); DEN0028 1.2 s2.6 (the x0-x17 frame).
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

#include "ffa/conduit.h"
#include "ffa/host.h"
#include "ffa/msg.h"

#define V12 LIBFFA_VERSION_1_2

/* libffa_call()'s frame: the request, then the frame the peer returned. */
static struct libffa_regs work;

struct fixture {
	struct libffa_host_script script;
	struct libffa_host_peer peer;
	struct libffa_conduit conduit;
};

static void arm(struct fixture *f, const struct libffa_host_step *steps,
		size_t count)
{
	libffa_host_script_init(&f->script, steps, count);
	f->peer.handle = libffa_host_script_peer;
	f->peer.peer_ctx = &f->script;
	f->peer.call_count = 0;
	f->conduit.name = "host";
	f->conduit.call = libffa_host_conduit_call;
	f->conduit.ctx = &f->peer;
}

/* FFA_ID_GET: the exact frame on the wire, the typed result back. */
static void call_id_get_through_script(void **state)
{
	struct libffa_host_step step;
	struct fixture f;
	struct libffa_msg req;
	struct libffa_msg reply;
	struct libffa_msg_fault fault;

	(void)state;
	memset(&step, 0, sizeof(step));
	step.expect.x[0] = 0x84000069u; /* every other register zero */
	step.reply.x[0] = 0x84000061u;
	step.reply.x[2] = 0x8001;
	arm(&f, &step, 1);
	libffa_msg_init(&req, LIBFFA_ABI_ID_GET, LIBFFA_MSG_ARGS, false);
	assert_int_equal(
		libffa_call(&f.conduit, &req, V12, 0, &work, &reply, &fault),
		LIBFFA_OK);
	assert_true(libffa_host_script_done(&f.script));
	assert_int_equal(reply.abi, LIBFFA_ABI_ID_GET);
	assert_int_equal(reply.kind, LIBFFA_MSG_RESULT);
	assert_int_equal(reply.result.id_get.id, 0x8001);
	assert_int_equal(fault.reg, -1);
	/* @frame holds the peer's registers as they came back. */
	assert_memory_equal(&work, &step.reply, sizeof(work));
}

/* A scripted frame mismatch surfaces as the script's FFA_ERROR. */
static void call_script_mismatch_is_peer_error(void **state)
{
	struct libffa_host_step step;
	struct fixture f;
	struct libffa_msg req;
	struct libffa_msg reply;

	(void)state;
	memset(&step, 0, sizeof(step));
	step.expect.x[0] = 0x84000063u; /* FFA_VERSION */
	step.expect.x[1] = LIBFFA_VERSION_1_1;
	step.reply.x[0] = LIBFFA_VERSION_1_2;
	arm(&f, &step, 1);
	libffa_msg_init(&req, LIBFFA_ABI_VERSION, LIBFFA_MSG_ARGS, false);
	req.args.version.version = LIBFFA_VERSION_1_2;
	/* FFA_ERROR_32 is not a version: w0 has bit 31 set. */
	assert_int_equal(
		libffa_call(&f.conduit, &req, V12, 0, &work, &reply, NULL),
		LIBFFA_E_PEER);
	assert_int_equal(f.script.fail_reg, 1);
	assert_int_equal(f.script.fail_expected, LIBFFA_VERSION_1_1);
	assert_int_equal(f.script.fail_actual, LIBFFA_VERSION_1_2);
}

/* FFA_VERSION answers in w0; NOT_SUPPORTED is a peer error (s13.2). */
static void call_version_bare_value(void **state)
{
	struct libffa_host_step steps[2];
	struct fixture f;
	struct libffa_msg req;
	struct libffa_msg reply;

	(void)state;
	memset(steps, 0, sizeof(steps));
	steps[0].expect.x[0] = 0x84000063u;
	steps[0].expect.x[1] = LIBFFA_VERSION_1_2;
	steps[0].reply.x[0] = LIBFFA_VERSION_1_3;
	steps[1].expect = steps[0].expect;
	steps[1].reply.x[0] = UINT64_MAX; /* pKVM writes a 64-bit -1 */
	arm(&f, steps, 2);
	libffa_msg_init(&req, LIBFFA_ABI_VERSION, LIBFFA_MSG_ARGS, false);
	req.args.version.version = LIBFFA_VERSION_1_2;
	assert_int_equal(
		libffa_call(&f.conduit, &req, V12, 0, &work, &reply, NULL),
		LIBFFA_OK);
	assert_int_equal(reply.kind, LIBFFA_MSG_RESULT);
	assert_int_equal(reply.result.version.version, LIBFFA_VERSION_1_3);
	assert_int_equal(
		libffa_call(&f.conduit, &req, V12, 0, &work, &reply, NULL),
		LIBFFA_E_PEER);
	assert_int_equal(reply.result.version.version, 0xFFFFFFFFu);
	assert_true(libffa_host_script_done(&f.script));
}

/* FFA_ERROR comes back as E_PEER with the wire code in the reply. */
static void call_peer_error_is_e_peer(void **state)
{
	struct libffa_host_step step;
	struct fixture f;
	struct libffa_msg req;
	struct libffa_msg reply;
	int32_t code = 0;

	(void)state;
	memset(&step, 0, sizeof(step));
	step.expect.x[0] = 0x84000064u; /* FFA_FEATURES(FFA_RXTX_MAP_64) */
	step.expect.x[1] = 0xC4000066u;
	step.reply.x[0] = 0x84000060u;
	step.reply.x[2] = UINT64_C(0xFFFFFFFFFFFFFFFF); /* sign-extended */
	arm(&f, &step, 1);
	libffa_msg_init(&req, LIBFFA_ABI_FEATURES, LIBFFA_MSG_ARGS, false);
	req.args.features.feature = 0xC4000066u;
	/* An SMC32 frame is read through w0-w7: the upper half is ignored. */
	assert_int_equal(
		libffa_call(&f.conduit, &req, V12, 0, &work, &reply, NULL),
		LIBFFA_E_PEER);
	assert_true(libffa_msg_is_error(&reply, &code));
	assert_int_equal(code, LIBFFA_RET_NOT_SUPPORTED);
}

/* FFA_INTERRUPT is an answer, not an error: no looping. */
static void call_interrupt_is_returned(void **state)
{
	struct libffa_host_step step;
	struct fixture f;
	struct libffa_msg req;
	struct libffa_msg reply;

	(void)state;
	memset(&step, 0, sizeof(step));
	step.expect.x[0] = 0x8400006Fu;
	step.expect.x[1] = 0x00018002u;
	step.expect.x[3] = 0x33;
	step.reply.x[0] = 0x84000062u;
	step.reply.x[1] = 0x80020000u;
	arm(&f, &step, 1);
	libffa_msg_init(&req, LIBFFA_ABI_MSG_SEND_DIRECT_REQ, LIBFFA_MSG_ARGS,
			false);
	req.args.direct_req.sender_id = 1;
	req.args.direct_req.receiver_id = 0x8002;
	req.args.direct_req.payload[0] = 0x33;
	assert_int_equal(
		libffa_call(&f.conduit, &req, V12, 0, &work, &reply, NULL),
		LIBFFA_OK);
	assert_true(libffa_host_script_done(&f.script));
	assert_int_equal(reply.abi, LIBFFA_ABI_INTERRUPT);
	assert_int_equal(reply.args.interrupt.endpoint_id, 0x8002);
}

/* A reply with reserved bits set is rejected strictly, kept tolerantly. */
static void call_reply_mbz_reported(void **state)
{
	struct libffa_host_step steps[2];
	struct fixture f;
	struct libffa_msg req;
	struct libffa_msg reply;
	struct libffa_msg_fault fault;

	(void)state;
	memset(steps, 0, sizeof(steps));
	steps[0].expect.x[0] = 0x84000069u;
	steps[0].reply.x[0] = 0x84000061u;
	steps[0].reply.x[2] = 0x8001;
	steps[0].reply.x[5] = 0x10;
	steps[1] = steps[0];
	arm(&f, steps, 2);
	libffa_msg_init(&req, LIBFFA_ABI_ID_GET, LIBFFA_MSG_ARGS, false);
	assert_int_equal(
		libffa_call(&f.conduit, &req, V12, 0, &work, &reply, &fault),
		LIBFFA_E_MBZ);
	assert_int_equal(fault.reg, 5);
	assert_int_equal(fault.bits, 0x10);
	assert_int_equal(
		libffa_call(&f.conduit, &req, V12, LIBFFA_DECODE_TOLERANT,
			    &work, &reply, &fault),
		LIBFFA_OK);
	assert_int_equal(reply.result.id_get.id, 0x8001);
}

/* A responder that answers DIRECT_REQ2 with DIRECT_RESP2, payload + 1. */
static void echo_req2(void *ctx, const struct libffa_regs *in,
		      struct libffa_regs *out)
{
	uint32_t ids = libffa_regs_w(in, 1);

	(void)ctx;
	libffa_regs_clear(out);
	if (in->x[0] != 0xC400008Du) {
		out->x[0] = 0x84000060u;
		out->x[2] = (uint32_t)LIBFFA_RET_NOT_SUPPORTED;
		return;
	}
	out->x[0] = 0xC400008Eu;
	out->x[1] = (ids >> 16) | ((ids & 0xFFFFu) << 16);
	for (unsigned int i = 4; i < LIBFFA_REGS_COUNT; i++) {
		out->x[i] = in->x[i] + 1;
	}
}

/* All of x4-x17 travel both ways (DEN0077A 1.2 s15.4-15.5). */
static void call_direct_req2_round_trip(void **state)
{
	struct libffa_host_peer peer = {echo_req2, NULL, 0};
	const struct libffa_conduit c = LIBFFA_HOST_CONDUIT_INIT(&peer);
	struct libffa_msg req;
	struct libffa_msg reply;

	(void)state;
	libffa_msg_init(&req, LIBFFA_ABI_MSG_SEND_DIRECT_REQ2, LIBFFA_MSG_ARGS,
			true);
	req.args.direct_req2.sender_id = 0x0001;
	req.args.direct_req2.receiver_id = 0x8003;
	req.args.direct_req2.uuid.bytes[0] = 0xA1;
	for (unsigned int i = 0; i < 14; i++) {
		req.args.direct_req2.payload[i] =
			UINT64_C(0x1111000000000000) * (i + 1);
	}
	assert_int_equal(libffa_call(&c, &req, V12, 0, &work, &reply, NULL),
			 LIBFFA_OK);
	assert_int_equal(peer.call_count, 1);
	assert_int_equal(reply.abi, LIBFFA_ABI_MSG_SEND_DIRECT_RESP2);
	assert_true(reply.smc64);
	assert_int_equal(reply.args.direct_resp2.sender_id, 0x8003);
	assert_int_equal(reply.args.direct_resp2.receiver_id, 0x0001);
	for (unsigned int i = 0; i < 14; i++) {
		assert_int_equal(reply.args.direct_resp2.payload[i],
				 UINT64_C(0x1111000000000000) * (i + 1) + 1);
	}
}

/* A request that does not encode never reaches the peer. */
static void call_encode_failure_stops_before_peer(void **state)
{
	struct libffa_host_peer peer = {echo_req2, NULL, 0};
	const struct libffa_conduit c = LIBFFA_HOST_CONDUIT_INIT(&peer);
	struct libffa_msg req;
	struct libffa_msg reply;

	(void)state;
	libffa_msg_init(&req, LIBFFA_ABI_MSG_SEND_DIRECT_REQ2, LIBFFA_MSG_ARGS,
			true);
	/* DIRECT_REQ2 does not exist in v1.1. */
	assert_int_equal(libffa_call(&c, &req, LIBFFA_VERSION_1_1, 0, &work,
				     &reply, NULL),
			 LIBFFA_E_VERSION);
	assert_int_equal(peer.call_count, 0);
}

/* An unknown function ID in the reply is reported, not guessed at. */
static void call_unknown_reply_fid(void **state)
{
	struct libffa_host_step step;
	struct fixture f;
	struct libffa_msg req;
	struct libffa_msg reply;
	struct libffa_msg_fault fault;

	(void)state;
	memset(&step, 0, sizeof(step));
	step.expect.x[0] = 0x84000069u;
	step.reply.x[0] = 0x840000F0u;
	arm(&f, &step, 1);
	libffa_msg_init(&req, LIBFFA_ABI_ID_GET, LIBFFA_MSG_ARGS, false);
	assert_int_equal(
		libffa_call(&f.conduit, &req, V12, 0, &work, &reply, &fault),
		LIBFFA_E_UNKNOWN_FID);
	assert_int_equal(fault.reg, 0);
}

static void call_rejects_null(void **state)
{
	const struct libffa_conduit hookless = {"none", NULL, NULL};
	struct libffa_host_peer peer = {echo_req2, NULL, 0};
	const struct libffa_conduit c = LIBFFA_HOST_CONDUIT_INIT(&peer);
	struct libffa_msg req;
	struct libffa_msg reply;

	(void)state;
	libffa_msg_init(&req, LIBFFA_ABI_ID_GET, LIBFFA_MSG_ARGS, false);
	assert_int_equal(libffa_call(NULL, &req, V12, 0, &work, &reply, NULL),
			 LIBFFA_E_INVAL);
	assert_int_equal(
		libffa_call(&hookless, &req, V12, 0, &work, &reply, NULL),
		LIBFFA_E_INVAL);
	assert_int_equal(libffa_call(&c, NULL, V12, 0, &work, &reply, NULL),
			 LIBFFA_E_INVAL);
	assert_int_equal(libffa_call(&c, &req, V12, 0, &work, NULL, NULL),
			 LIBFFA_E_INVAL);
	assert_int_equal(libffa_call(&c, &req, V12, 0, NULL, &reply, NULL),
			 LIBFFA_E_INVAL);
	assert_int_equal(peer.call_count, 0);
}

/*
 * libffa_call_w0_error(): only an ABI answered by a bare w0 (FFA_VERSION,
 * the SMCCC calls) can fail in w0, when bit 31 is set (DEN0077A 1.2
 * s13.2.1: NOT_SUPPORTED is -1; DEN0028 1.2 s7.1). FFA_ERROR's own ID has
 * bit 31 set too, and is no w0 error of FFA_ID_GET.
 */
static void call_w0_error_rule(void **state)
{
	struct libffa_regs r = {{0}};

	(void)state;
	r.x[0] = 0xFFFFFFFFu; /* NOT_SUPPORTED */
	assert_true(libffa_call_w0_error(LIBFFA_ABI_VERSION, &r));
	assert_true(libffa_call_w0_error(LIBFFA_ABI_SMCCC_VERSION, &r));
	r.x[0] = 0x00010002u; /* v1.2 */
	assert_false(libffa_call_w0_error(LIBFFA_ABI_VERSION, &r));
	r.x[0] = 0xFFFFFFFF00010002u; /* only w0 counts */
	assert_false(libffa_call_w0_error(LIBFFA_ABI_VERSION, &r));
	r.x[0] = 0x84000060u; /* FFA_ERROR_32 */
	assert_false(libffa_call_w0_error(LIBFFA_ABI_ID_GET, &r));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(call_id_get_through_script),
		cmocka_unit_test(call_script_mismatch_is_peer_error),
		cmocka_unit_test(call_version_bare_value),
		cmocka_unit_test(call_peer_error_is_e_peer),
		cmocka_unit_test(call_interrupt_is_returned),
		cmocka_unit_test(call_reply_mbz_reported),
		cmocka_unit_test(call_direct_req2_round_trip),
		cmocka_unit_test(call_encode_failure_stops_before_peer),
		cmocka_unit_test(call_unknown_reply_fid),
		cmocka_unit_test(call_rejects_null),
		cmocka_unit_test(call_w0_error_rule),
	};

	return cmocka_run_group_tests_name("call", tests, NULL, NULL);
}
