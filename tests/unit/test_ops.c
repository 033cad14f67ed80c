/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * ffa/ops.h call helpers and ffa/reply.h constructors, against the host
 * scripted peer: each test writes the exact frame the helper must send
 * (every register of x0-x17 compared) and the reply, then checks the typed
 * result. Function IDs and register layouts: DEN0077A 1.2 s13.1
 * (SUCCESS/ERROR), s13.2 (VERSION), s13.3 (FEATURES), s13.9 (ID_GET),
 * s13.10 (PARTITION_INFO_GET_REGS); 1.1 s13.8 (PARTITION_INFO_GET), s13
 * (RXTX_MAP/UNMAP, RX_RELEASE), s15.2 (DIRECT_REQ/RESP), 1.2 s15.4-15.5
 * (DIRECT_REQ2/RESP2), 1.1 s16 (MEM_SHARE/LEND/RECLAIM/RETRIEVE), s17
 * (notifications); DEN0028 1.2 s2.6 (the x0-x17 frame).
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

#include "ffa/host.h"
#include "ffa/ops.h"

#define V12 LIBFFA_VERSION_1_2

#define FID_ERROR_32	   0x84000060u
#define FID_SUCCESS_32	   0x84000061u
#define FID_SUCCESS_64	   0xC4000061u
#define FID_INTERRUPT	   0x84000062u
#define FID_DIRECT_REQ_64  0xC400006Fu
#define FID_DIRECT_RESP_64 0xC4000070u
#define FID_DIRECT_RESP_32 0x84000070u

struct fixture {
	struct libffa_host_step steps[4];
	struct libffa_host_script script;
	struct libffa_host_peer peer;
	struct libffa_conduit conduit;
	struct libffa_ops ops;
};

static void arm(struct fixture *f, size_t count, libffa_version_t version)
{
	libffa_host_script_init(&f->script, f->steps, count);
	f->peer.handle = libffa_host_script_peer;
	f->peer.peer_ctx = &f->script;
	f->peer.call_count = 0;
	f->conduit.name = "host";
	f->conduit.call = libffa_host_conduit_call;
	f->conduit.ctx = &f->peer;
	libffa_ops_init(&f->ops, &f->conduit, version);
}

static struct fixture *fresh(struct fixture *f)
{
	memset(f, 0, sizeof(*f));
	return f;
}

/* The script ran every step and every frame matched. */
static void assert_script_done(const struct fixture *f)
{
	assert_false(f->script.failed);
	assert_true(libffa_host_script_done(&f->script));
}

/* ---- Setup and discovery ------------------------------------------ */

static void ops_version(void **state)
{
	struct fixture f;
	libffa_version_t got = 0;

	(void)state;
	fresh(&f);
	f.steps[0].expect.x[0] = 0x84000063u;
	f.steps[0].expect.x[1] = LIBFFA_VERSION_1_2;
	f.steps[0].reply.x[0] = LIBFFA_VERSION_1_1; /* bare w0 (s13.2) */
	f.steps[1].expect = f.steps[0].expect;
	f.steps[1].reply.x[0] = 0xFFFFFFFFu; /* NOT_SUPPORTED */
	arm(&f, 2, V12);
	assert_int_equal(libffa_ops_version(&f.ops, LIBFFA_VERSION_1_2, &got),
			 LIBFFA_OK);
	assert_int_equal(got, LIBFFA_VERSION_1_1);
	assert_int_equal(f.ops.version, V12); /* not changed */
	got = 0;
	assert_int_equal(libffa_ops_version(&f.ops, LIBFFA_VERSION_1_2, &got),
			 LIBFFA_E_PEER);
	assert_int_equal(f.ops.error_code, LIBFFA_RET_NOT_SUPPORTED);
	assert_int_equal(got, 0); /* outputs only on success */
	assert_script_done(&f);
}

static void ops_id_get(void **state)
{
	struct fixture f;
	libffa_id_t id = 0;

	(void)state;
	fresh(&f);
	f.steps[0].expect.x[0] = 0x84000069u;
	f.steps[0].reply.x[0] = FID_SUCCESS_32;
	f.steps[0].reply.x[2] = 0x8001;
	arm(&f, 1, V12);
	assert_int_equal(libffa_ops_id_get(&f.ops, &id), LIBFFA_OK);
	assert_int_equal(id, 0x8001);
	assert_int_equal(f.ops.error_code, 0);
	assert_script_done(&f);
}

/* FFA_ERROR answer: E_PEER, the wire code kept, no output (s13.1). */
static void ops_error_answer(void **state)
{
	struct fixture f;
	libffa_id_t id = 0x1234;

	(void)state;
	fresh(&f);
	f.steps[0].expect.x[0] = 0x84000069u;
	f.steps[0].reply.x[0] = FID_ERROR_32;
	f.steps[0].reply.x[2] = 0xFFFFFFFAu; /* DENIED, -6 in w2 */
	arm(&f, 1, V12);
	assert_int_equal(libffa_ops_id_get(&f.ops, &id), LIBFFA_E_PEER);
	assert_int_equal(f.ops.error_code, LIBFFA_RET_DENIED);
	assert_int_equal(id, 0x1234);
	assert_script_done(&f);
}

/* A malformed answer: reserved bits of the success frame are set (DEN0077A
 * 1.2 s11.2) - a decode status, the register named in ops.fault. */
static void ops_malformed_answer(void **state)
{
	struct fixture f;
	libffa_id_t id = 0x1234;

	(void)state;
	fresh(&f);
	f.steps[0].expect.x[0] = 0x84000069u;
	f.steps[0].reply.x[0] = FID_SUCCESS_32;
	f.steps[0].reply.x[2] = 0x8001;
	f.steps[0].reply.x[3] = 0x1; /* MBZ in an ID_GET result */
	f.steps[1].expect.x[0] = 0x84000069u;
	f.steps[1].reply.x[0] = 0x840000FFu; /* no such function */
	f.steps[2] = f.steps[0];
	arm(&f, 3, V12);
	assert_int_equal(libffa_ops_id_get(&f.ops, &id), LIBFFA_E_MBZ);
	assert_int_equal(f.ops.fault.reg, 3);
	assert_int_equal(id, 0x1234);
	assert_int_equal(libffa_ops_id_get(&f.ops, &id), LIBFFA_E_UNKNOWN_FID);
	assert_int_equal(id, 0x1234);
	/* A caller that tolerates junk in reserved bits gets the ID. */
	f.ops.decode_flags = LIBFFA_DECODE_TOLERANT;
	assert_int_equal(libffa_ops_id_get(&f.ops, &id), LIBFFA_OK);
	assert_int_equal(id, 0x8001);
	assert_script_done(&f);
}

/*
 * An ABI without a result layout (FFA_RX_RELEASE) is answered by a bare
 * FFA_SUCCESS: every register but w0 is reserved (DEN0077A 1.2 s11.2).
 * The helper names the same register and bits as libffa_msg_decode_reply()
 * for the frame it kept in ops.frame; a tolerant binding accepts it.
 */
static void ops_bare_success_reserved(void **state)
{
	static const struct {
		uint64_t fid;
		unsigned int reg;
		uint64_t bits;
	} bad[] = {
		{FID_SUCCESS_32, 1, 0x5},  /* w1: no IDs in this answer */
		{FID_SUCCESS_32, 4, 0x2},  /* w4 */
		{FID_SUCCESS_64, 9, 0x80}, /* x9 of a v1.2 SMC64 frame */
		{FID_SUCCESS_64, 17, 1ull << 63}, /* x17 */
	};
	struct fixture f;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		struct libffa_msg m;
		struct libffa_msg_fault fault;

		fresh(&f);
		f.steps[0].expect.x[0] = 0x84000065u; /* FFA_RX_RELEASE */
		f.steps[0].reply.x[0] = bad[i].fid;
		f.steps[0].reply.x[bad[i].reg] = bad[i].bits;
		f.steps[1] = f.steps[0];
		arm(&f, 2, V12);
		assert_int_equal(libffa_ops_rx_release(&f.ops, 0),
				 LIBFFA_E_MBZ);
		assert_int_equal(f.ops.fault.reg, (int)bad[i].reg);
		assert_true(f.ops.fault.bits == bad[i].bits);
		assert_true(f.ops.frame.x[bad[i].reg] == bad[i].bits);
		assert_int_equal(libffa_msg_decode_reply(&f.ops.frame, V12,
							 LIBFFA_ABI_RX_RELEASE,
							 0, &m, &fault),
				 LIBFFA_E_MBZ);
		assert_int_equal(fault.reg, f.ops.fault.reg);
		assert_true(fault.bits == f.ops.fault.bits);
		f.ops.decode_flags = LIBFFA_DECODE_TOLERANT;
		assert_int_equal(libffa_ops_rx_release(&f.ops, 0), LIBFFA_OK);
		assert_int_equal(f.ops.reply.kind, LIBFFA_MSG_RESULT);
		assert_int_equal(f.ops.reply.abi, LIBFFA_ABI_RX_RELEASE);
		assert_script_done(&f);
	}
}

/* A frame the ABI does not allow as its answer: E_PROTOCOL, the frame
 * kept for the caller. */
static void ops_wrong_answer(void **state)
{
	struct fixture f;
	uint32_t props = 7;

	(void)state;
	fresh(&f);
	f.steps[0].expect.x[0] = 0x84000064u;
	f.steps[0].expect.x[1] = 0x84000066u;
	f.steps[0].reply.x[0] = FID_INTERRUPT;
	arm(&f, 1, V12);
	assert_int_equal(
		libffa_ops_features(&f.ops, 0x84000066u, 0, &props, NULL),
		LIBFFA_E_PROTOCOL);
	assert_int_equal(f.ops.reply.abi, LIBFFA_ABI_INTERRUPT);
	assert_int_equal(props, 7);
	assert_script_done(&f);
}

static void ops_features(void **state)
{
	struct fixture f;
	uint32_t props = 0;
	uint32_t props2 = 0;

	(void)state;
	fresh(&f);
	f.steps[0].expect.x[0] = 0x84000064u;
	f.steps[0].expect.x[1] = 0xC4000066u; /* FFA_RXTX_MAP_64 */
	f.steps[0].reply.x[0] = FID_SUCCESS_32;
	f.steps[0].reply.x[2] = 0x2; /* minimum buffer size, s13.3 */
	f.steps[0].reply.x[3] = 0x5;
	arm(&f, 1, V12);
	assert_int_equal(
		libffa_ops_features(&f.ops, 0xC4000066u, 0, &props, &props2),
		LIBFFA_OK);
	assert_int_equal(props, 0x2);
	assert_int_equal(props2, 0x5);
	assert_script_done(&f);
}

static const struct libffa_uuid uuid_a = {{0xa1, 0xa2, 0xa3, 0xa4, 0xb1, 0xb2,
					   0xc1, 0xc2, 0xd1, 0xd2, 0xd3, 0xd4,
					   0xd5, 0xd6, 0xd7, 0xd8}};

static void ops_partition_info_get(void **state)
{
	struct fixture f;
	uint32_t count = 0;
	uint32_t size = 0;

	(void)state;
	fresh(&f);
	f.steps[0].expect.x[0] = 0x84000068u;
	/* SMCCC UUID convention: w1-w4 hold bytes 0-15, little-endian. */
	f.steps[0].expect.x[1] = 0xa4a3a2a1u;
	f.steps[0].expect.x[2] = 0xc2c1b2b1u;
	f.steps[0].expect.x[3] = 0xd4d3d2d1u;
	f.steps[0].expect.x[4] = 0xd8d7d6d5u;
	f.steps[0].expect.x[5] = 0x1; /* count only (v1.1+) */
	f.steps[0].reply.x[0] = FID_SUCCESS_32;
	f.steps[0].reply.x[2] = 3;
	f.steps[0].reply.x[3] = 24;
	f.steps[1].expect.x[0] = 0x84000068u; /* all partitions: nil UUID */
	f.steps[1].reply.x[0] = FID_SUCCESS_32;
	f.steps[1].reply.x[2] = 2;
	f.steps[1].reply.x[3] = 24;
	arm(&f, 2, V12);
	assert_int_equal(libffa_ops_partition_info_get(&f.ops, &uuid_a, true,
						       &count, &size),
			 LIBFFA_OK);
	assert_int_equal(count, 3);
	assert_int_equal(size, 24);
	assert_int_equal(libffa_ops_partition_info_get(&f.ops, NULL, false,
						       &count, NULL),
			 LIBFFA_OK);
	assert_int_equal(count, 2);
	assert_script_done(&f);
}

/* count_only does not exist in v1.0 (s13.8): refused before sending. */
static void ops_partition_info_get_count_only_v10(void **state)
{
	struct fixture f;
	uint32_t count = 0;

	(void)state;
	fresh(&f);
	arm(&f, 0, LIBFFA_VERSION_1_0);
	assert_int_equal(
		libffa_ops_partition_info_get(&f.ops, NULL, true, &count, NULL),
		LIBFFA_E_VERSION);
	assert_int_equal(f.peer.call_count, 0);
}

static void ops_partition_info_get_regs(void **state)
{
	struct fixture f;
	struct libffa_result_partition_info_get_regs res;

	(void)state;
	fresh(&f);
	f.steps[0].expect.x[0] = 0xC400008Bu;
	f.steps[0].expect.x[1] = 0xc2c1b2b1a4a3a2a1u; /* UUID_X, bytes 0-7 */
	f.steps[0].expect.x[2] = 0xd8d7d6d5d4d3d2d1u;
	f.steps[0].expect.x[3] = 0x00070002u; /* tag 7, start index 2 */
	f.steps[0].reply.x[0] = FID_SUCCESS_64;
	/* last 3, current 2, tag 7, size 24 */
	f.steps[0].reply.x[2] = 0x0018000700020003u;
	f.steps[0].reply.x[3] = 0x0000000380018001u;
	arm(&f, 1, V12);
	assert_int_equal(
		libffa_ops_partition_info_get_regs(&f.ops, &uuid_a, 2, 7, &res),
		LIBFFA_OK);
	assert_int_equal(res.last_index, 3);
	assert_int_equal(res.current_index, 2);
	assert_int_equal(res.tag, 7);
	assert_int_equal(res.desc_size, 24);
	assert_int_equal(res.data[0], 0x0000000380018001u);
	assert_script_done(&f);
}

static void ops_rxtx(void **state)
{
	struct fixture f;

	(void)state;
	fresh(&f);
	f.steps[0].expect.x[0] = 0xC4000066u; /* RXTX_MAP_64 */
	f.steps[0].expect.x[1] = 0x880001000u;
	f.steps[0].expect.x[2] = 0x880002000u;
	f.steps[0].expect.x[3] = 1;
	f.steps[0].reply.x[0] = FID_SUCCESS_32;
	f.steps[1].expect.x[0] = 0x84000065u; /* RX_RELEASE */
	f.steps[1].expect.x[1] = 0x0002;      /* VM ID (v1.1+) */
	f.steps[1].reply.x[0] = FID_SUCCESS_32;
	f.steps[2].expect.x[0] = 0x84000067u; /* RXTX_UNMAP */
	f.steps[2].expect.x[1] = 0x80010000u; /* ID in w1[31:16] */
	f.steps[2].reply.x[0] = FID_SUCCESS_32;
	arm(&f, 3, V12);
	assert_int_equal(
		libffa_ops_rxtx_map(&f.ops, 0x880001000u, 0x880002000u, 1),
		LIBFFA_OK);
	assert_int_equal(libffa_ops_rx_release(&f.ops, 2), LIBFFA_OK);
	assert_int_equal(libffa_ops_rxtx_unmap(&f.ops, 0x8001), LIBFFA_OK);
	assert_script_done(&f);
}

/* ---- Direct messaging ---------------------------------------------- */

static void ops_direct_req(void **state)
{
	static const uint64_t args[5] = {1, 2, 3, 4, 5};
	struct fixture f;
	uint64_t resp[5] = {0};
	unsigned int i;

	(void)state;
	fresh(&f);
	f.steps[0].expect.x[0] = FID_DIRECT_REQ_64;
	f.steps[0].expect.x[1] = 0x00018002u; /* sender 1, receiver 0x8002 */
	for (i = 0; i < 5; i++) {
		f.steps[0].expect.x[3 + i] = args[i];
	}
	f.steps[0].reply.x[0] = FID_DIRECT_RESP_32; /* either width */
	f.steps[0].reply.x[1] = 0x80020001u;
	f.steps[0].reply.x[3] = 0xa;
	f.steps[0].reply.x[7] = 0xe;
	arm(&f, 1, V12);
	assert_int_equal(libffa_ops_direct_req(&f.ops, 1, 0x8002, args, resp),
			 LIBFFA_OK);
	assert_int_equal(resp[0], 0xa);
	assert_int_equal(resp[1], 0);
	assert_int_equal(resp[4], 0xe);
	assert_script_done(&f);
}

/* A response from another endpoint, a framework response, or an
 * FFA_INTERRUPT: not the answer (DEN0077A 1.1 s15.2). */
static void ops_direct_req_wrong_responses(void **state)
{
	static const uint64_t args[5] = {0};
	struct fixture f;
	uint64_t resp[5] = {9, 9, 9, 9, 9};
	unsigned int i;

	(void)state;
	fresh(&f);
	for (i = 0; i < 3; i++) {
		f.steps[i].expect.x[0] = FID_DIRECT_REQ_64;
		f.steps[i].expect.x[1] = 0x00018002u;
	}
	f.steps[0].reply.x[0] = FID_DIRECT_RESP_64;
	f.steps[0].reply.x[1] = 0x80030001u; /* from 0x8003 */
	/* Framework responses are SMC32 (DEN0077A 1.1 s18): a 64-bit one
	 * is a malformed frame, not this case. */
	f.steps[1].reply.x[0] = FID_DIRECT_RESP_32;
	f.steps[1].reply.x[1] = 0x80020001u;
	f.steps[1].reply.x[2] = 0x80000005u; /* framework: VM created resp */
	f.steps[2].reply.x[0] = FID_INTERRUPT;
	arm(&f, 3, V12);
	for (i = 0; i < 3; i++) {
		assert_int_equal(
			libffa_ops_direct_req(&f.ops, 1, 0x8002, args, resp),
			LIBFFA_E_PROTOCOL);
		assert_int_equal(resp[0], 9);
	}
	assert_int_equal(f.ops.reply.abi, LIBFFA_ABI_INTERRUPT);
	assert_script_done(&f);
}

static void ops_direct_req2(void **state)
{
	struct fixture f;
	uint64_t args[14];
	uint64_t resp[14] = {0};
	unsigned int i;

	(void)state;
	fresh(&f);
	f.steps[0].expect.x[0] = 0xC400008Du;
	f.steps[0].expect.x[1] = 0x80018002u;
	f.steps[0].expect.x[2] = 0xc2c1b2b1a4a3a2a1u;
	f.steps[0].expect.x[3] = 0xd8d7d6d5d4d3d2d1u;
	for (i = 0; i < 14; i++) {
		args[i] = 0x100u + i;
		f.steps[0].expect.x[4 + i] = args[i];
		f.steps[0].reply.x[4 + i] = 0x200u + i;
	}
	f.steps[0].reply.x[0] = 0xC400008Eu;
	f.steps[0].reply.x[1] = 0x80028001u;
	arm(&f, 1, V12);
	assert_int_equal(libffa_ops_direct_req2(&f.ops, 0x8001, 0x8002, &uuid_a,
						args, resp),
			 LIBFFA_OK);
	for (i = 0; i < 14; i++) {
		assert_int_equal(resp[i], 0x200u + i);
	}
	assert_script_done(&f);
}

/* REQ2 is answered by RESP2 alone (DEN0077A 1.2 s15.4-15.5): an
 * FFA_SUCCESS or a (v1) DIRECT_RESP is E_PROTOCOL, the response untouched. */
static void ops_direct_req2_wrong_answers(void **state)
{
	struct fixture f;
	uint64_t args[14] = {0};
	uint64_t resp[14] = {9};
	unsigned int i;

	(void)state;
	fresh(&f);
	for (i = 0; i < 2; i++) {
		f.steps[i].expect.x[0] = 0xC400008Du;
		f.steps[i].expect.x[1] = 0x80018002u;
	}
	f.steps[0].reply.x[0] = FID_SUCCESS_64;
	f.steps[1].reply.x[0] = FID_DIRECT_RESP_64;
	f.steps[1].reply.x[1] = 0x80028001u;
	arm(&f, 2, V12);
	for (i = 0; i < 2; i++) {
		assert_int_equal(libffa_ops_direct_req2(&f.ops, 0x8001, 0x8002,
							NULL, args, resp),
				 LIBFFA_E_PROTOCOL);
		assert_int_equal(resp[0], 9);
	}
	assert_int_equal(f.ops.reply.abi, LIBFFA_ABI_MSG_SEND_DIRECT_RESP);
	assert_script_done(&f);
}

/* REQ2 does not exist before v1.2: refused, nothing sent. */
static void ops_direct_req2_v11(void **state)
{
	struct fixture f;
	uint64_t args[14] = {0};
	uint64_t resp[14] = {0};

	(void)state;
	fresh(&f);
	arm(&f, 0, LIBFFA_VERSION_1_1);
	assert_int_equal(libffa_ops_direct_req2(&f.ops, 0x8001, 0x8002, NULL,
						args, resp),
			 LIBFFA_E_VERSION);
	assert_int_equal(f.peer.call_count, 0);
}

/* ---- Memory management --------------------------------------------- */

static void ops_mem(void **state)
{
	struct fixture f;
	uint64_t handle = 0;
	uint32_t total = 0;
	uint32_t frag = 0;

	(void)state;
	fresh(&f);
	f.steps[0].expect.x[0] = 0x84000073u; /* MEM_SHARE_32 */
	f.steps[0].expect.x[1] = 0x70;	      /* total length */
	f.steps[0].expect.x[2] = 0x70;	      /* fragment length */
	f.steps[0].reply.x[0] = FID_SUCCESS_32;
	f.steps[0].reply.x[2] = 0x90abcdefu;  /* handle low */
	f.steps[0].reply.x[3] = 0x12345678u;  /* handle high */
	f.steps[1].expect.x[0] = 0x84000072u; /* MEM_LEND_32 */
	f.steps[1].expect.x[1] = 0x80;
	f.steps[1].expect.x[2] = 0x80;
	f.steps[1].reply.x[0] = FID_SUCCESS_32;
	f.steps[1].reply.x[2] = 0x2;
	f.steps[2].expect.x[0] = 0x84000074u; /* MEM_RETRIEVE_REQ_32 */
	f.steps[2].expect.x[1] = 0x50;
	f.steps[2].expect.x[2] = 0x50;
	f.steps[2].reply.x[0] = 0x84000075u; /* MEM_RETRIEVE_RESP */
	f.steps[2].reply.x[1] = 0x90;
	f.steps[2].reply.x[2] = 0x90;
	f.steps[3].expect.x[0] = 0x84000077u; /* MEM_RECLAIM */
	f.steps[3].expect.x[1] = 0x90abcdefu;
	f.steps[3].expect.x[2] = 0x12345678u;
	f.steps[3].expect.x[3] = 0x1; /* zero memory */
	f.steps[3].reply.x[0] = FID_SUCCESS_32;
	arm(&f, 4, V12);
	assert_int_equal(libffa_ops_mem_share(&f.ops, 0x70, &handle),
			 LIBFFA_OK);
	assert_int_equal(handle, 0x1234567890abcdefu);
	assert_int_equal(libffa_ops_mem_lend(&f.ops, 0x80, &handle), LIBFFA_OK);
	assert_int_equal(handle, 0x2);
	assert_int_equal(libffa_ops_mem_retrieve(&f.ops, 0x50, &total, &frag),
			 LIBFFA_OK);
	assert_int_equal(total, 0x90);
	assert_int_equal(frag, 0x90);
	assert_int_equal(
		libffa_ops_mem_reclaim(&f.ops, 0x1234567890abcdefu, 0x1),
		LIBFFA_OK);
	assert_script_done(&f);
}

/* A retrieve answered with FFA_SUCCESS is not a RETRIEVE_RESP. */
static void ops_mem_retrieve_wrong_answer(void **state)
{
	struct fixture f;
	uint32_t total = 0;
	uint32_t frag = 0;

	(void)state;
	fresh(&f);
	f.steps[0].expect.x[0] = 0x84000074u;
	f.steps[0].expect.x[1] = 0x50;
	f.steps[0].expect.x[2] = 0x50;
	f.steps[0].reply.x[0] = FID_SUCCESS_32;
	arm(&f, 1, V12);
	assert_int_equal(libffa_ops_mem_retrieve(&f.ops, 0x50, &total, &frag),
			 LIBFFA_E_PROTOCOL);
	assert_script_done(&f);
}

/* ---- Notifications ------------------------------------------------- */

static void ops_notification_setup(void **state)
{
	struct fixture f;

	(void)state;
	fresh(&f);
	f.steps[0].expect.x[0] = 0x8400007Du; /* BITMAP_CREATE */
	f.steps[0].expect.x[1] = 0x0002;
	f.steps[0].expect.x[2] = 4;
	f.steps[0].reply.x[0] = FID_SUCCESS_32;
	f.steps[1].expect.x[0] = 0x8400007Fu; /* BIND */
	f.steps[1].expect.x[1] = 0x80010002u; /* sender 0x8001, receiver 2 */
	f.steps[1].expect.x[2] = 0x1;	      /* per-vCPU */
	f.steps[1].expect.x[3] = 0x00000030u; /* bitmap low */
	f.steps[1].expect.x[4] = 0x80000000u; /* bitmap high */
	f.steps[1].reply.x[0] = FID_SUCCESS_32;
	f.steps[2].expect.x[0] = 0x84000080u; /* UNBIND */
	f.steps[2].expect.x[1] = 0x80010002u;
	f.steps[2].expect.x[3] = 0x00000030u;
	f.steps[2].expect.x[4] = 0x80000000u;
	f.steps[2].reply.x[0] = FID_SUCCESS_32;
	f.steps[3].expect.x[0] = 0x8400007Eu; /* BITMAP_DESTROY */
	f.steps[3].expect.x[1] = 0x0002;
	f.steps[3].reply.x[0] = FID_SUCCESS_32;
	arm(&f, 4, V12);
	assert_int_equal(libffa_ops_notification_bitmap_create(&f.ops, 2, 4),
			 LIBFFA_OK);
	assert_int_equal(
		libffa_ops_notification_bind(&f.ops, 0x8001, 2,
					     LIBFFA_NOTIFY_BIND_FLAG_PER_VCPU,
					     0x8000000000000030u),
		LIBFFA_OK);
	assert_int_equal(libffa_ops_notification_unbind(&f.ops, 0x8001, 2,
							0x8000000000000030u),
			 LIBFFA_OK);
	assert_int_equal(libffa_ops_notification_bitmap_destroy(&f.ops, 2),
			 LIBFFA_OK);
	assert_script_done(&f);
}

static void ops_notification_signal(void **state)
{
	struct fixture f;
	struct libffa_result_notification_get got;
	struct libffa_result_notification_info_get info;

	(void)state;
	fresh(&f);
	f.steps[0].expect.x[0] = 0x84000081u; /* SET */
	f.steps[0].expect.x[1] = 0x80010002u;
	f.steps[0].expect.x[2] = 0x00030003u; /* vCPU 3, delay SRI, per vCPU */
	f.steps[0].expect.x[3] = 0x1;
	f.steps[0].reply.x[0] = FID_SUCCESS_32;
	f.steps[1].expect.x[0] = 0x84000082u; /* GET */
	f.steps[1].expect.x[1] = 0x00030002u; /* vCPU 3, receiver 2 */
	f.steps[1].expect.x[2] =
		LIBFFA_NOTIFY_GET_FLAG_SP | LIBFFA_NOTIFY_GET_FLAG_VM;
	f.steps[1].reply.x[0] = FID_SUCCESS_32;
	f.steps[1].reply.x[2] = 0x1;	      /* SP bitmap low */
	f.steps[1].reply.x[5] = 0x80000000u;  /* VM bitmap high */
	f.steps[2].expect.x[0] = 0xC4000083u; /* INFO_GET_64 */
	f.steps[2].reply.x[0] = FID_SUCCESS_64;
	f.steps[2].reply.x[2] = 0x80; /* one list (count in [11:7]) */
	f.steps[2].reply.x[3] = 0x0002;
	arm(&f, 3, V12);
	assert_int_equal(
		libffa_ops_notification_set(
			&f.ops, 0x8001, 2,
			LIBFFA_NOTIFY_SET_FLAG_PER_VCPU |
				LIBFFA_NOTIFY_SET_FLAG_DELAY_SRI |
				(3u << LIBFFA_NOTIFY_SET_VCPU_ID_SHIFT),
			0x1),
		LIBFFA_OK);
	assert_int_equal(
		libffa_ops_notification_get(
			&f.ops, 2, 3,
			LIBFFA_NOTIFY_GET_FLAG_SP | LIBFFA_NOTIFY_GET_FLAG_VM,
			&got),
		LIBFFA_OK);
	assert_int_equal(got.sp_bitmap, 0x1);
	assert_int_equal(got.vm_bitmap, 0x8000000000000000u);
	assert_int_equal(libffa_ops_notification_info_get(&f.ops, true, &info),
			 LIBFFA_OK);
	assert_int_equal(info.flags, 0x80);
	assert_int_equal(info.ids[0], 0x0002);
	assert_script_done(&f);
}

/* Reserved flag bits are the caller's mistake: refused, nothing sent. */
static void ops_notification_bad_flags(void **state)
{
	struct fixture f;

	(void)state;
	fresh(&f);
	arm(&f, 0, V12);
	assert_int_equal(
		libffa_ops_notification_set(&f.ops, 0x8001, 2, 0x4, 0x1),
		LIBFFA_E_INVAL);
	assert_int_equal(
		libffa_ops_notification_bind(&f.ops, 0x8001, 2, 0x2, 0x1),
		LIBFFA_E_INVAL);
	assert_int_equal(f.peer.call_count, 0);
}

static void ops_null_arguments(void **state)
{
	struct fixture f;
	uint64_t v[14] = {0};

	(void)state;
	fresh(&f);
	arm(&f, 0, V12);
	assert_int_equal(libffa_ops_id_get(&f.ops, NULL), LIBFFA_E_INVAL);
	assert_int_equal(libffa_ops_version(NULL, V12, NULL), LIBFFA_E_INVAL);
	assert_int_equal(libffa_ops_direct_req(&f.ops, 1, 2, NULL, v),
			 LIBFFA_E_INVAL);
	assert_int_equal(libffa_ops_mem_share(&f.ops, 0x70, NULL),
			 LIBFFA_E_INVAL);
	f.ops.conduit = NULL;
	assert_int_equal(libffa_ops_rx_release(&f.ops, 0), LIBFFA_E_INVAL);
	assert_int_equal(f.peer.call_count, 0);
}

/* ---- Reply constructors (DEN0077A 1.2 s13.1) ----------------------- */

static void reply_error_frame(void **state)
{
	struct libffa_regs r;
	struct libffa_regs want;

	(void)state;
	libffa_regs_clear(&want);
	want.x[0] = FID_ERROR_32;
	want.x[2] = 0xFFFFFFFEu; /* INVALID_PARAMETERS, zero-extended */
	assert_int_equal(
		libffa_reply_error(&r, V12, LIBFFA_RET_INVALID_PARAMETERS),
		LIBFFA_OK);
	assert_memory_equal(&r, &want, sizeof(r));
	assert_int_equal(libffa_reply_error(&r, V12, 0), LIBFFA_E_INVAL);
	assert_int_equal(libffa_reply_error(NULL, V12, -1), LIBFFA_E_INVAL);
	/* A status maps to the code a callee owes for it. */
	assert_int_equal(libffa_reply_status(&r, V12, LIBFFA_E_MBZ), LIBFFA_OK);
	assert_memory_equal(&r, &want, sizeof(r));
	want.x[2] = 0xFFFFFFF9u; /* RETRY */
	assert_int_equal(libffa_reply_status(&r, V12, LIBFFA_E_RETRY),
			 LIBFFA_OK);
	assert_memory_equal(&r, &want, sizeof(r));
}

static void reply_success_frame(void **state)
{
	static const uint64_t vals[16] = {1, 2,	 3,  4,	 5,  6,	 7,  8,
					  9, 10, 11, 12, 13, 14, 15, 16};
	static const uint64_t wide[1] = {0x100000000u};
	struct libffa_regs r;
	struct libffa_regs want;
	unsigned int i;

	(void)state;
	libffa_regs_clear(&want);
	want.x[0] = FID_SUCCESS_32;
	assert_int_equal(libffa_reply_status(&r, V12, LIBFFA_OK), LIBFFA_OK);
	assert_memory_equal(&r, &want, sizeof(r));
	for (i = 0; i < 6; i++) {
		want.x[2 + i] = vals[i];
	}
	assert_int_equal(libffa_reply_success(&r, V12, false, vals, 6),
			 LIBFFA_OK);
	assert_memory_equal(&r, &want, sizeof(r));
	/* SMC64 from v1.2 carries x2-x17 (s11.2). */
	want.x[0] = FID_SUCCESS_64;
	for (i = 0; i < 16; i++) {
		want.x[2 + i] = vals[i];
	}
	assert_int_equal(libffa_reply_success(&r, V12, true, vals, 16),
			 LIBFFA_OK);
	assert_memory_equal(&r, &want, sizeof(r));
	/* SMC32 cannot carry a 64-bit value or more than w2-w7. */
	assert_int_equal(libffa_reply_success(&r, V12, false, wide, 1),
			 LIBFFA_E_INVAL);
	assert_int_not_equal(libffa_reply_success(&r, V12, false, vals, 7),
			     LIBFFA_OK);
	assert_int_not_equal(
		libffa_reply_success(&r, LIBFFA_VERSION_1_1, true, vals, 7),
		LIBFFA_OK);
	assert_int_equal(libffa_reply_success(&r, V12, true, vals, 17),
			 LIBFFA_E_INVAL);
	assert_int_equal(libffa_reply_success(&r, V12, true, NULL, 1),
			 LIBFFA_E_INVAL);
	assert_int_equal(libffa_reply_success(NULL, V12, true, vals, 1),
			 LIBFFA_E_INVAL);
	assert_int_equal(libffa_reply_status(NULL, V12, LIBFFA_OK),
			 LIBFFA_E_INVAL);
	assert_int_equal(
		libffa_reply_success(&r, LIBFFA_VERSION(1, 9), true, vals, 1),
		LIBFFA_E_VERSION);
	/* Fewer values: the registers after them are zero, whatever @r held
	 * (every unused register is MBZ, DEN0077A 1.2 s11.2). */
	libffa_regs_clear(&want);
	want.x[0] = FID_SUCCESS_64;
	want.x[2] = vals[0];
	want.x[3] = vals[1];
	assert_int_equal(libffa_reply_success(&r, V12, true, vals, 16),
			 LIBFFA_OK);
	assert_int_equal(libffa_reply_success(&r, V12, true, vals, 2),
			 LIBFFA_OK);
	assert_memory_equal(&r, &want, sizeof(r));
	/* No values: NULL is allowed, a bare FFA_SUCCESS_32. */
	want.x[0] = FID_SUCCESS_32;
	want.x[2] = 0;
	want.x[3] = 0;
	assert_int_equal(libffa_reply_success(&r, V12, false, NULL, 0),
			 LIBFFA_OK);
	assert_memory_equal(&r, &want, sizeof(r));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(ops_version),
		cmocka_unit_test(ops_id_get),
		cmocka_unit_test(ops_error_answer),
		cmocka_unit_test(ops_malformed_answer),
		cmocka_unit_test(ops_bare_success_reserved),
		cmocka_unit_test(ops_wrong_answer),
		cmocka_unit_test(ops_features),
		cmocka_unit_test(ops_partition_info_get),
		cmocka_unit_test(ops_partition_info_get_count_only_v10),
		cmocka_unit_test(ops_partition_info_get_regs),
		cmocka_unit_test(ops_rxtx),
		cmocka_unit_test(ops_direct_req),
		cmocka_unit_test(ops_direct_req_wrong_responses),
		cmocka_unit_test(ops_direct_req2),
		cmocka_unit_test(ops_direct_req2_wrong_answers),
		cmocka_unit_test(ops_direct_req2_v11),
		cmocka_unit_test(ops_mem),
		cmocka_unit_test(ops_mem_retrieve_wrong_answer),
		cmocka_unit_test(ops_notification_setup),
		cmocka_unit_test(ops_notification_signal),
		cmocka_unit_test(ops_notification_bad_flags),
		cmocka_unit_test(ops_null_arguments),
		cmocka_unit_test(reply_error_frame),
		cmocka_unit_test(reply_success_frame),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
