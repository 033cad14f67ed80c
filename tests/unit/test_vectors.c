/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * Golden frames written by hand from the specification's register tables
 * (DEN0077A 1.2 s13-s16, and docs/fact-check.md), independent of
 * abi.def: a wrong table row cannot pass these by construction. Each vector
 * checks decode(frame) == message and encode(message) == frame, all 18
 * registers.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <setjmp.h>
#include <string.h>

#include <cmocka.h>

#include "ffa/msg.h"

#define V10 LIBFFA_VERSION_1_0
#define V11 LIBFFA_VERSION_1_1
#define V12 LIBFFA_VERSION_1_2
#define V13 LIBFFA_VERSION_1_3

/* A call frame: decode it strictly, and encode the expected message. */
static void vector_call(libffa_version_t v, const struct libffa_regs *frame,
			const struct libffa_msg *want)
{
	struct libffa_msg got;
	struct libffa_regs enc;

	/* Decode writes the header and the layout's fields, nothing else. */
	memset(&got, 0, sizeof(got));
	assert_int_equal(libffa_msg_decode(frame, v, &got), LIBFFA_OK);
	assert_int_equal(got.abi, want->abi);
	assert_int_equal(got.smc64, want->smc64);
	assert_memory_equal(&got, want, sizeof(got));
	assert_int_equal(libffa_msg_encode(want, v, &enc), LIBFFA_OK);
	assert_memory_equal(&enc, frame, sizeof(enc));
}

/* A success frame answering @call. */
static void vector_result(libffa_version_t v, enum libffa_abi call,
			  const struct libffa_regs *frame,
			  const struct libffa_msg *want)
{
	struct libffa_msg got;
	struct libffa_regs enc;

	memset(&got, 0, sizeof(got));
	assert_int_equal(libffa_msg_decode_reply(frame, v, call, 0, &got, NULL),
			 LIBFFA_OK);
	assert_memory_equal(&got, want, sizeof(got));
	assert_int_equal(libffa_msg_encode(want, v, &enc), LIBFFA_OK);
	assert_memory_equal(&enc, frame, sizeof(enc));
}

static struct libffa_msg args(enum libffa_abi abi, bool smc64)
{
	struct libffa_msg m;

	libffa_msg_init(&m, abi, LIBFFA_MSG_ARGS, smc64);
	return m;
}

static struct libffa_msg result(enum libffa_abi abi, bool smc64)
{
	struct libffa_msg m;

	libffa_msg_init(&m, abi, LIBFFA_MSG_RESULT, smc64);
	return m;
}

/* ---- Status, setup and discovery (DEN0077A 1.2 s13) ------------------ */

static void vectors_error_and_success(void **state)
{
	struct libffa_msg m = args(LIBFFA_ABI_ERROR, false);
	struct libffa_regs f = {{0x84000060, 0x80010002, 0xFFFFFFFE}};

	(void)state;
	m.args.error.endpoint_id = 0x8001;
	m.args.error.vcpu_id = 2;
	m.args.error.error_code = LIBFFA_RET_INVALID_PARAMETERS;
	vector_call(V10, &f, &m);

	/* FF-A 1.2: w3 carries the RETRY argument of FFA_CONSOLE_LOG. */
	m = args(LIBFFA_ABI_ERROR, false);
	m.args.error.error_code = LIBFFA_RET_RETRY;
	m.args.error.error_arg = 24;
	struct libffa_regs f2 = {{0x84000060, 0, 0xFFFFFFF9, 24}};
	vector_call(V12, &f2, &m);

	/* FFA_ERROR_64 exists from v1.3. */
	m = args(LIBFFA_ABI_ERROR, true);
	m.args.error.error_code = LIBFFA_RET_NOT_READY;
	struct libffa_regs f3 = {{0xC4000060, 0, 0xFFFFFFF6}};
	vector_call(V13, &f3, &m);

	/* Generic FFA_SUCCESS_64 carries x2-x17 from v1.2. */
	m = args(LIBFFA_ABI_SUCCESS, true);
	for (unsigned int i = 0; i < 16; i++) {
		m.args.success.arg[i] = 0x1000u + i;
	}
	struct libffa_regs f4 = {{0xC4000061, 0, 0x1000, 0x1001, 0x1002, 0x1003,
				  0x1004, 0x1005, 0x1006, 0x1007, 0x1008,
				  0x1009, 0x100A, 0x100B, 0x100C, 0x100D,
				  0x100E, 0x100F}};
	vector_call(V12, &f4, &m);
}

static void vectors_version_and_features(void **state)
{
	struct libffa_msg m = args(LIBFFA_ABI_VERSION, false);
	struct libffa_regs call = {{0x84000063, 0x00010002}};
	struct libffa_regs reply = {{0x00010001}};
	struct libffa_regs feat = {{0x84000064, 0xC4000066}};
	struct libffa_regs feat_reply = {{0x84000061, 0, 0x00020000}};
	struct libffa_regs q13 = {{0x84000063, 0x00010003, 1}};

	(void)state;
	m.args.version.version = 0x00010002;
	vector_call(V12, &call, &m);

	/* FF-A 1.3 query flags in w2 (arm-ffa, docs/fact-check.md s9). */
	m.args.version.version = 0x00010003;
	m.args.version.flags = 1;
	vector_call(V13, &q13, &m);

	/* The answer is a bare version in w0, not a function ID. */
	m = result(LIBFFA_ABI_VERSION, false);
	m.result.version.version = 0x00010001;
	vector_result(V12, LIBFFA_ABI_VERSION, &reply, &m);

	m = args(LIBFFA_ABI_FEATURES, false);
	m.args.features.feature = 0xC4000066;
	vector_call(V12, &feat, &m);

	/* RXTX_MAP properties: w2[31:16] max buffer pages (v1.2). */
	m = result(LIBFFA_ABI_FEATURES, false);
	m.result.features.properties = 0x00020000;
	vector_result(V12, LIBFFA_ABI_FEATURES, &feat_reply, &m);
}

static void vectors_rxtx_and_ids(void **state)
{
	struct libffa_msg m = args(LIBFFA_ABI_RXTX_MAP, true);
	struct libffa_regs map = {{0xC4000066, 0x880000000, 0x880001000, 1}};
	struct libffa_regs unmap = {{0x84000067, 0x00050000}};
	struct libffa_regs release = {{0x84000065, 0x0007}};
	struct libffa_regs acquire = {{0x84000084, 0x0009}};
	struct libffa_regs id = {{0x84000061, 0, 0x8001}};
	struct libffa_regs spm = {{0x84000061, 0, 0x8000}};
	struct libffa_regs id_call = {{0x84000069}};

	(void)state;
	m.args.rxtx_map.tx_address = 0x880000000;
	m.args.rxtx_map.rx_address = 0x880001000;
	m.args.rxtx_map.page_count = 1;
	vector_call(V12, &map, &m);

	/* w1[31:16] names the endpoint, [15:0] MBZ (HF, arm-ffa cc4f048). */
	m = args(LIBFFA_ABI_RXTX_UNMAP, false);
	m.args.rxtx_unmap.endpoint_id = 5;
	vector_call(V11, &unmap, &m);

	m = args(LIBFFA_ABI_RX_RELEASE, false);
	m.args.rx_release.vm_id = 7;
	vector_call(V11, &release, &m);

	m = args(LIBFFA_ABI_RX_ACQUIRE, false);
	m.args.rx_acquire.vm_id = 9;
	vector_call(V11, &acquire, &m);

	m = args(LIBFFA_ABI_ID_GET, false);
	vector_call(V10, &id_call, &m);

	m = result(LIBFFA_ABI_ID_GET, false);
	m.result.id_get.id = 0x8001;
	vector_result(V10, LIBFFA_ABI_ID_GET, &id, &m);

	m = result(LIBFFA_ABI_SPM_ID_GET, false);
	m.result.spm_id_get.id = 0x8000;
	vector_result(V11, LIBFFA_ABI_SPM_ID_GET, &spm, &m);
}

/* The SMCCC UUID convention example a1a2a3a4-b1b2-c1c2-d1d2-d3d4d5d6d7d8. */
static const struct libffa_uuid example_uuid = {
	{0xa1, 0xa2, 0xa3, 0xa4, 0xb1, 0xb2, 0xc1, 0xc2, 0xd1, 0xd2, 0xd3, 0xd4,
	 0xd5, 0xd6, 0xd7, 0xd8}};

static void vectors_partition_info(void **state)
{
	struct libffa_msg m = args(LIBFFA_ABI_PARTITION_INFO_GET, false);
	struct libffa_regs get = {{0x84000068, 0xa4a3a2a1, 0xc2c1b2b1,
				   0xd4d3d2d1, 0xd8d7d6d5, 1}};
	struct libffa_regs get_reply = {{0x84000061, 0, 3, 24}};
	struct libffa_regs regs = {{0xC400008B, 0xc2c1b2b1a4a3a2a1,
				    0xd8d7d6d5d4d3d2d1, 0xbeeffeed}};
	struct libffa_regs regs_reply = {{0xC4000061, 0, 0x0030222200020004,
					  0x11, 0x12, 0x13, 0x14, 0x15, 0x16}};

	(void)state;
	m.args.partition_info_get.uuid = example_uuid;
	m.args.partition_info_get.count_only = 1;
	vector_call(V11, &get, &m);

	m = result(LIBFFA_ABI_PARTITION_INFO_GET, false);
	m.result.partition_info_get.count = 3;
	m.result.partition_info_get.desc_size = 24;
	vector_result(V11, LIBFFA_ABI_PARTITION_INFO_GET, &get_reply, &m);

	/* x3: start index [15:0], tag [31:16] (arm-ffa test vector). */
	m = args(LIBFFA_ABI_PARTITION_INFO_GET_REGS, true);
	m.args.partition_info_get_regs.uuid = example_uuid;
	m.args.partition_info_get_regs.start_index = 0xfeed;
	m.args.partition_info_get_regs.tag = 0xbeef;
	vector_call(V12, &regs, &m);

	/* x2: last 4, current 2, tag 0x2222, descriptor size 48. */
	m = result(LIBFFA_ABI_PARTITION_INFO_GET_REGS, true);
	m.result.partition_info_get_regs.last_index = 4;
	m.result.partition_info_get_regs.current_index = 2;
	m.result.partition_info_get_regs.tag = 0x2222;
	m.result.partition_info_get_regs.desc_size = 0x30;
	for (unsigned int i = 0; i < 6; i++) {
		m.result.partition_info_get_regs.data[i] = 0x11u + i;
	}
	vector_result(V13, LIBFFA_ABI_PARTITION_INFO_GET_REGS, &regs_reply, &m);
}

/* ---- CPU cycles and messaging (DEN0077A 1.2 s14-s15) ------------------ */

static void vectors_cpu_cycles(void **state)
{
	struct libffa_msg m = args(LIBFFA_ABI_MSG_WAIT, false);
	struct libffa_regs wait = {{0x8400006B, 0, 1}};
	struct libffa_regs wait64 = {{0xC400006B}};
	struct libffa_regs run = {{0x8400006D, 0x80010003}};
	struct libffa_regs yield = {{0x8400006C, 0x80020001, 0x5000, 0x1}};
	struct libffa_regs intr = {{0x84000062, 0x80010000, 27}};
	struct libffa_regs nwr = {{0x8400007C}};

	(void)state;
	/* w2 bit0 retains RX ownership from v1.2. */
	m.args.msg_wait.retain_rx = 1;
	vector_call(V12, &wait, &m);

	m = args(LIBFFA_ABI_MSG_WAIT, true);
	vector_call(V13, &wait64, &m);

	m = args(LIBFFA_ABI_RUN, false);
	m.args.run.endpoint_id = 0x8001;
	m.args.run.vcpu_id = 3;
	vector_call(V10, &run, &m);

	/* Hafnium reads a timeout in w2 (low) and w3 (high). */
	m = args(LIBFFA_ABI_YIELD, false);
	m.args.yield.endpoint_id = 0x8002;
	m.args.yield.vcpu_id = 1;
	m.args.yield.timeout = 0x100005000;
	vector_call(V11, &yield, &m);

	m = args(LIBFFA_ABI_INTERRUPT, false);
	m.args.interrupt.endpoint_id = 0x8001;
	m.args.interrupt.interrupt_id = 27;
	vector_call(V11, &intr, &m);

	m = args(LIBFFA_ABI_NORMAL_WORLD_RESUME, false);
	vector_call(V10, &nwr, &m);
}

static void vectors_direct_messages(void **state)
{
	struct libffa_msg m = args(LIBFFA_ABI_MSG_SEND_DIRECT_REQ, false);
	struct libffa_regs req32 = {{0x8400006F, 0x00008001, 0, 1, 2, 3, 4, 5}};
	struct libffa_regs fw = {
		{0x8400006F, 0xFFFF8001, 0x80000008, 0x00010002}};
	struct libffa_regs resp64 = {{0xC4000070, 0x80010000, 0, 3, 4, 5, 6, 7,
				      8, 9, 10, 11, 12, 13, 14, 15, 16, 17}};
	struct libffa_regs req2 = {{0xC400008D, 0x00008001, 0xc2c1b2b1a4a3a2a1,
				    0xd8d7d6d5d4d3d2d1, 4, 5, 6, 7, 8, 9, 10,
				    11, 12, 13, 14, 15, 16, 17}};
	struct libffa_regs resp2 = {{0xC400008E, 0x80010000, 0, 0, 0x40, 0, 0,
				     0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x170}};
	struct libffa_regs send = {{0x8400006E, 0x00010002, 0, 64, 1}};

	(void)state;
	/* w1: sender [31:16], receiver [15:0]; payload w3-w7. */
	m.args.direct_req.sender_id = 0;
	m.args.direct_req.receiver_id = 0x8001;
	for (unsigned int i = 0; i < 5; i++) {
		m.args.direct_req.payload[i] = i + 1u;
	}
	vector_call(V10, &req32, &m);

	/* Framework message: w2 bit31 + type 8 (FFA_VERSION request). */
	m = args(LIBFFA_ABI_MSG_SEND_DIRECT_REQ, false);
	m.args.direct_req.sender_id = 0xFFFF;
	m.args.direct_req.receiver_id = 0x8001;
	m.args.direct_req.framework = 1;
	m.args.direct_req.framework_type = 8;
	m.args.direct_req.payload[0] = 0x00010002;
	vector_call(V11, &fw, &m);

	/* v1.3: SMC64 direct messages carry x3-x17 (arm-ffa 2be6e1a). */
	m = args(LIBFFA_ABI_MSG_SEND_DIRECT_RESP, true);
	m.args.direct_resp.sender_id = 0x8001;
	for (unsigned int i = 0; i < 15; i++) {
		m.args.direct_resp.payload[i] = i + 3u;
	}
	vector_call(V13, &resp64, &m);

	/* DIRECT_REQ2: UUID in x2/x3, 14 payload registers x4-x17. */
	m = args(LIBFFA_ABI_MSG_SEND_DIRECT_REQ2, true);
	m.args.direct_req2.receiver_id = 0x8001;
	m.args.direct_req2.uuid = example_uuid;
	for (unsigned int i = 0; i < 14; i++) {
		m.args.direct_req2.payload[i] = i + 4u;
	}
	vector_call(V12, &req2, &m);

	m = args(LIBFFA_ABI_MSG_SEND_DIRECT_RESP2, true);
	m.args.direct_resp2.sender_id = 0x8001;
	m.args.direct_resp2.payload[0] = 0x40;
	m.args.direct_resp2.payload[13] = 0x170;
	vector_call(V12, &resp2, &m);

	/* FF-A 1.0 FFA_MSG_SEND: size in w3, attributes in w4. */
	m = args(LIBFFA_ABI_MSG_SEND, false);
	m.args.msg_send.sender_id = 1;
	m.args.msg_send.receiver_id = 2;
	m.args.msg_send.size = 64;
	m.args.msg_send.attributes = 1;
	vector_call(V10, &send, &m);
}

static void vectors_indirect_and_console(void **state)
{
	struct libffa_msg m = args(LIBFFA_ABI_MSG_SEND2, false);
	struct libffa_regs send2 = {{0x84000086, 0x00030000, 2}};
	struct libffa_regs log32 = {{0x8400008A, 5, 0x6c6c6568, 0x6f}};
	struct libffa_regs intr = {{0x8400008C}};

	(void)state;
	/* w1[31:16] sender VM ID (hypervisor only), w2 bit1 delay SRI. */
	m.args.msg_send2.sender_vm_id = 3;
	m.args.msg_send2.delay_sri = 1;
	vector_call(V11, &send2, &m);

	/* w1[7:0] character count, characters from w2 ("hello"). */
	m = args(LIBFFA_ABI_CONSOLE_LOG, false);
	m.args.console_log.char_count = 5;
	m.args.console_log.chars[0] = 0x6c6c6568;
	m.args.console_log.chars[1] = 0x6f;
	vector_call(V12, &log32, &m);

	m = args(LIBFFA_ABI_EL3_INTR_HANDLE, false);
	vector_call(V12, &intr, &m);
}

/* ---- Memory management (DEN0077A 1.1 s16, DEN0140) --------------------- */

static void vectors_memory(void **state)
{
	struct libffa_msg m = args(LIBFFA_ABI_MEM_SHARE, false);
	struct libffa_regs share = {{0x84000073, 0x70, 0x70}};
	struct libffa_regs lend64 = {
		{0xC4000072, 0x2000, 0x1000, 0x88000000, 2}};
	struct libffa_regs donate = {{0x84000071, 0x50, 0x50}};
	struct libffa_regs handle = {{0x84000061, 0, 0x90ABCDEF, 0x12345678}};
	struct libffa_regs retrieve = {{0xC4000074, 0x60, 0x60}};
	struct libffa_regs resp = {{0x84000075, 0x1070, 0x1000}};
	struct libffa_regs relinquish = {{0x84000076}};
	struct libffa_regs reclaim = {{0x84000077, 0x90ABCDEF, 0x12345678, 1}};
	struct libffa_regs frag_rx = {
		{0x8400007A, 0x90ABCDEF, 0x12345678, 0x1000, 0x00050000}};
	struct libffa_regs frag_tx = {
		{0x8400007B, 0x90ABCDEF, 0x12345678, 0x70}};

	(void)state;
	/* w1 total length, w2 fragment length, w3/w4 0: the TX buffer. */
	m.args.mem_share.total_length = 0x70;
	m.args.mem_share.fragment_length = 0x70;
	vector_call(V12, &share, &m);

	m = args(LIBFFA_ABI_MEM_LEND, true);
	m.args.mem_lend.total_length = 0x2000;
	m.args.mem_lend.fragment_length = 0x1000;
	m.args.mem_lend.address = 0x88000000;
	m.args.mem_lend.page_count = 2;
	vector_call(V10, &lend64, &m);

	m = args(LIBFFA_ABI_MEM_DONATE, false);
	m.args.mem_donate.total_length = 0x50;
	m.args.mem_donate.fragment_length = 0x50;
	vector_call(V11, &donate, &m);

	/* The handle comes back low word in w2, high word in w3. */
	m = result(LIBFFA_ABI_MEM_SHARE, false);
	m.result.mem_share.handle = 0x1234567890ABCDEF;
	vector_result(V12, LIBFFA_ABI_MEM_SHARE, &handle, &m);

	m = args(LIBFFA_ABI_MEM_RETRIEVE_REQ, true);
	m.args.mem_retrieve_req.total_length = 0x60;
	m.args.mem_retrieve_req.fragment_length = 0x60;
	vector_call(V12, &retrieve, &m);

	m = args(LIBFFA_ABI_MEM_RETRIEVE_RESP, false);
	m.args.mem_retrieve_resp.total_length = 0x1070;
	m.args.mem_retrieve_resp.fragment_length = 0x1000;
	vector_call(V12, &resp, &m);

	m = args(LIBFFA_ABI_MEM_RELINQUISH, false);
	vector_call(V12, &relinquish, &m);

	/* Reclaim: handle in w1/w2, flags w3 (bit0 zero memory). */
	m = args(LIBFFA_ABI_MEM_RECLAIM, false);
	m.args.mem_reclaim.handle = 0x1234567890ABCDEF;
	m.args.mem_reclaim.flags = 1;
	vector_call(V12, &reclaim, &m);

	/* FRAG_RX: offset in w3, endpoint ID in w4[31:16]. */
	m = args(LIBFFA_ABI_MEM_FRAG_RX, false);
	m.args.mem_frag_rx.handle = 0x1234567890ABCDEF;
	m.args.mem_frag_rx.fragment_offset = 0x1000;
	m.args.mem_frag_rx.endpoint_id = 5;
	vector_call(V11, &frag_rx, &m);

	m = args(LIBFFA_ABI_MEM_FRAG_TX, false);
	m.args.mem_frag_tx.handle = 0x1234567890ABCDEF;
	m.args.mem_frag_tx.fragment_length = 0x70;
	vector_call(V11, &frag_tx, &m);
}

static void vectors_memory_permissions(void **state)
{
	struct libffa_msg m = args(LIBFFA_ABI_MEM_PERM_SET, true);
	struct libffa_regs set = {{0xC4000089, 0x7000000000, 4, 5}};
	struct libffa_regs get = {{0x84000088, 0x70000000, 3}};
	struct libffa_regs got = {{0x84000061, 0, 7, 3}};
	struct libffa_regs ep = {{0xC4000087, 0x80001000}};

	(void)state;
	/* Permissions: [1:0] data access, bit2 instruction (OPT, RS). */
	m.args.mem_perm_set.base_address = 0x7000000000;
	m.args.mem_perm_set.page_count = 4;
	m.args.mem_perm_set.permissions = 5;
	vector_call(V11, &set, &m);

	m = args(LIBFFA_ABI_MEM_PERM_GET, false);
	m.args.mem_perm_get.base_address = 0x70000000;
	m.args.mem_perm_get.page_count_m1 = 3;
	vector_call(V13, &get, &m);

	m = result(LIBFFA_ABI_MEM_PERM_GET, false);
	m.result.mem_perm_get.permissions = 7;
	m.result.mem_perm_get.page_count_m1 = 3;
	vector_result(V13, LIBFFA_ABI_MEM_PERM_GET, &got, &m);

	m = args(LIBFFA_ABI_SECONDARY_EP_REGISTER, true);
	m.args.secondary_ep_register.entry_point = 0x80001000;
	vector_call(V11, &ep, &m);
}

/* ---- Notifications (DEN0077A 1.1 s17) ------------------------------------ */

static void vectors_notifications(void **state)
{
	struct libffa_msg m =
		args(LIBFFA_ABI_NOTIFICATION_BITMAP_CREATE, false);
	struct libffa_regs create = {{0x8400007D, 0x0002, 4}};
	struct libffa_regs destroy = {{0x8400007E, 0x0002}};
	struct libffa_regs bind = {
		{0x8400007F, 0x00028001, 1, 0x0000F00F, 0x80000000}};
	struct libffa_regs unbind = {{0x84000080, 0x00028001, 0, 0x1, 0x0}};
	struct libffa_regs set = {
		{0x84000081, 0x80010002, 0x00030001, 0x4, 0x0}};
	struct libffa_regs get = {{0x84000082, 0x00018002, 0xF}};
	struct libffa_regs got = {{0x84000061, 0, 1, 2, 3, 4, 5, 6}};
	struct libffa_regs info = {{0x84000061, 0, 0x0004B200, 0x00000000,
				    0x00030002, 0x00040000, 0x00020006,
				    0x00010003}};

	(void)state;
	m.args.notification_bitmap_create.vm_id = 2;
	m.args.notification_bitmap_create.vcpu_count = 4;
	vector_call(V11, &create, &m);

	m = args(LIBFFA_ABI_NOTIFICATION_BITMAP_DESTROY, false);
	m.args.notification_bitmap_destroy.vm_id = 2;
	vector_call(V11, &destroy, &m);

	/* w1: sender [31:16] / receiver [15:0]; bitmap w3 low, w4 high. */
	m = args(LIBFFA_ABI_NOTIFICATION_BIND, false);
	m.args.notification_bind.sender_id = 2;
	m.args.notification_bind.receiver_id = 0x8001;
	m.args.notification_bind.per_vcpu = 1;
	m.args.notification_bind.bitmap = 0x800000000000F00F;
	vector_call(V11, &bind, &m);

	m = args(LIBFFA_ABI_NOTIFICATION_UNBIND, false);
	m.args.notification_unbind.sender_id = 2;
	m.args.notification_unbind.receiver_id = 0x8001;
	m.args.notification_unbind.bitmap = 1;
	vector_call(V11, &unbind, &m);

	/* w2: bit0 per-vCPU, bits[31:16] the vCPU. */
	m = args(LIBFFA_ABI_NOTIFICATION_SET, false);
	m.args.notification_set.sender_id = 0x8001;
	m.args.notification_set.receiver_id = 2;
	m.args.notification_set.per_vcpu = 1;
	m.args.notification_set.vcpu_id = 3;
	m.args.notification_set.bitmap = 4;
	vector_call(V11, &set, &m);

	/* w1: vCPU [31:16], receiver [15:0]; w2 selects all four bitmaps. */
	m = args(LIBFFA_ABI_NOTIFICATION_GET, false);
	m.args.notification_get.vcpu_id = 1;
	m.args.notification_get.receiver_id = 0x8002;
	m.args.notification_get.flags = 0xF;
	vector_call(V11, &get, &m);

	m = result(LIBFFA_ABI_NOTIFICATION_GET, false);
	m.result.notification_get.sp_bitmap = 0x200000001;
	m.result.notification_get.vm_bitmap = 0x400000003;
	m.result.notification_get.spm_bitmap = 5;
	m.result.notification_get.hyp_bitmap = 6;
	vector_result(V11, LIBFFA_ABI_NOTIFICATION_GET, &got, &m);

	/* DEN0077A 1.1 s17.10: raw ID words in w3-w7. */
	m = result(LIBFFA_ABI_NOTIFICATION_INFO_GET, false);
	m.result.notification_info_get.flags = 0x0004B200;
	m.result.notification_info_get.ids[0] = 0x00000000;
	m.result.notification_info_get.ids[1] = 0x00030002;
	m.result.notification_info_get.ids[2] = 0x00040000;
	m.result.notification_info_get.ids[3] = 0x00020006;
	m.result.notification_info_get.ids[4] = 0x00010003;
	vector_result(V11, LIBFFA_ABI_NOTIFICATION_INFO_GET, &info, &m);
}

/* ---- v1.3 and SMCCC -------------------------------------------------------
 */

static void vectors_v13_and_smccc(void **state)
{
	struct libffa_msg m = args(LIBFFA_ABI_NS_RES_INFO_GET, true);
	struct libffa_regs res = {{0xC400008F, 0x8001, 0x15}};
	struct libffa_regs res_reply = {{0xC4000061, 0, 0x0000010000000200}};
	struct libffa_regs abort32 = {{0x84000090, 0, 0xDEAD}};
	struct libffa_regs smccc = {{0x80000000}};
	struct libffa_regs smccc_reply = {{0x10002}};
	struct libffa_regs features = {{0x80000001, 0x80000000}};
	struct libffa_regs features_reply = {{0xFFFFFFFF}};

	(void)state;
	/* x2: bit0 ID valid, bits[3:2] resource type, bit4 continuation. */
	m.args.ns_res_info_get.target_id = 0x8001;
	m.args.ns_res_info_get.target_valid = 1;
	m.args.ns_res_info_get.resource_type = 1;
	m.args.ns_res_info_get.continuation = 1;
	vector_call(V13, &res, &m);

	/* x2 = current size << 32 | remaining size. */
	m = result(LIBFFA_ABI_NS_RES_INFO_GET, true);
	m.result.ns_res_info_get.current_size = 0x100;
	m.result.ns_res_info_get.remaining_size = 0x200;
	vector_result(V13, LIBFFA_ABI_NS_RES_INFO_GET, &res_reply, &m);

	m = args(LIBFFA_ABI_ABORT, false);
	m.args.abort.abort_code = 0xDEAD;
	vector_call(V13, &abort32, &m);

	m = args(LIBFFA_ABI_SMCCC_VERSION, false);
	vector_call(V10, &smccc, &m);

	m = result(LIBFFA_ABI_SMCCC_VERSION, false);
	m.result.smccc_version.version = 0x10002;
	vector_result(V10, LIBFFA_ABI_SMCCC_VERSION, &smccc_reply, &m);

	m = args(LIBFFA_ABI_SMCCC_ARCH_FEATURES, false);
	m.args.smccc_arch_features.fid = 0x80000000;
	vector_call(V10, &features, &m);

	/* SMCCC answers NOT_SUPPORTED (-1) in w0. */
	m = result(LIBFFA_ABI_SMCCC_ARCH_FEATURES, false);
	m.result.smccc_arch_features.status = -1;
	vector_result(V10, LIBFFA_ABI_SMCCC_ARCH_FEATURES, &features_reply, &m);
}

/*
 * Reserved bits written out by hand from DEN0077A 1.2 s13-s16 and
 * docs/fact-check.md s4, independent of abi.def: each row sets one bit of a
 * valid frame that the specification reserves and expects INVALID_PARAMETERS
 * (E_MBZ at that register), or sets a bit it defines and expects success.
 */
static void vectors_reserved_bits_by_hand(void **state)
{
	static const struct {
		const char *what;
		libffa_version_t v;
		uint64_t fid;
		unsigned int reg;
		uint64_t bit;
		bool reserved;
	} rows[] = {
		/* FFA_VERSION: w2 is MBZ before the v1.3 query flags. */
		{"VERSION w2 (1.2)", V12, 0x84000063, 2, 1, true},
		{"VERSION w2[1:0] (1.3)", V13, 0x84000063, 2, 1, false},
		{"VERSION w2[2] (1.3)", V13, 0x84000063, 2, 4, true},
		/* FFA_RXTX_UNMAP: ID in w1[31:16], [15:0] MBZ. */
		{"RXTX_UNMAP w1[0]", V12, 0x84000067, 1, 1, true},
		{"RXTX_UNMAP w1[16]", V12, 0x84000067, 1, 0x10000, false},
		/* FFA_ID_GET: no parameters. */
		{"ID_GET w1", V12, 0x84000069, 1, 1, true},
		{"ID_GET w7", V12, 0x84000069, 7, 0x80000000, true},
		/* FFA_MSG_WAIT: w2 bit0 only from v1.2; w1 MBZ. */
		{"MSG_WAIT w2[0] (1.1)", V11, 0x8400006B, 2, 1, true},
		{"MSG_WAIT w2[0] (1.2)", V12, 0x8400006B, 2, 1, false},
		{"MSG_WAIT w2[31] (1.2)", V12, 0x8400006B, 2, 0x80000000, true},
		{"MSG_WAIT w1", V12, 0x8400006B, 1, 1, true},
		/* FFA_RUN: target information in w1, w2-w7 MBZ. */
		{"RUN w2", V12, 0x8400006D, 2, 1, true},
		{"RUN x8 (1.2 SMC64)", V13, 0xC400006D, 8, 1, true},
		/* FFA_INTERRUPT: interrupt ID in w2, w3 MBZ. */
		{"INTERRUPT w3", V12, 0x84000062, 3, 1, true},
		/* FFA_ERROR: w3 is an argument from v1.2 only. */
		{"ERROR w3 (1.1)", V11, 0x84000060, 3, 1, true},
		{"ERROR w3 (1.2)", V12, 0x84000060, 3, 1, false},
		/* FFA_PARTITION_INFO_GET: w5 bit0 from v1.1, [31:1] MBZ. */
		{"PARTITION_INFO_GET w5[0] (1.0)", V10, 0x84000068, 5, 1, true},
		{"PARTITION_INFO_GET w5[0] (1.1)", V11, 0x84000068, 5, 1,
		 false},
		{"PARTITION_INFO_GET w5[1] (1.1)", V11, 0x84000068, 5, 2, true},
		/* Direct messages: w2 MBZ in v1.0; framework bits from 1.1. */
		{"DIRECT_REQ w2[31] (1.0)", V10, 0x8400006F, 2, 0x80000000,
		 true},
		{"DIRECT_REQ w2[8] (1.2)", V12, 0x8400006F, 2, 0x100, true},
		/* DIRECT_RESP2: x2/x3 MBZ (Hafnium zeroes them). */
		{"DIRECT_RESP2 x2", V12, 0xC400008E, 2, 1, true},
		{"DIRECT_REQ2 x2 (UUID)", V12, 0xC400008D, 2, 1, false},
		/* FFA_MEM_RECLAIM: flags w3[1:0], [31:2] MBZ. */
		{"MEM_RECLAIM w3[1]", V12, 0x84000077, 3, 2, false},
		{"MEM_RECLAIM w3[2]", V12, 0x84000077, 3, 4, true},
		/* FFA_MEM_FRAG_RX: endpoint ID in w4[31:16], [15:0] MBZ. */
		{"MEM_FRAG_RX w4[0]", V12, 0x8400007A, 4, 1, true},
		/* FFA_MEM_SHARE: w5-w7 MBZ. */
		{"MEM_SHARE w5", V12, 0x84000073, 5, 1, true},
		/* Notifications. */
		{"BITMAP_CREATE w1[16]", V11, 0x8400007D, 1, 0x10000, true},
		{"NOTIFICATION_SET w2[2]", V11, 0x84000081, 2, 4, true},
		{"NOTIFICATION_SET w2[1]", V11, 0x84000081, 2, 2, false},
		{"NOTIFICATION_UNBIND w2", V11, 0x84000080, 2, 1, true},
		/* FFA_MSG_SEND2: w1[15:0] and w2 bit0 MBZ, w2 bit1 delay SRI.
		 */
		{"MSG_SEND2 w1[0]", V11, 0x84000086, 1, 1, true},
		{"MSG_SEND2 w2[0]", V11, 0x84000086, 2, 1, true},
		{"MSG_SEND2 w2[1]", V11, 0x84000086, 2, 2, false},
		/* FFA_CONSOLE_LOG: w1[7:0] count, [31:8] MBZ. */
		{"CONSOLE_LOG w1[8]", V12, 0x8400008A, 1, 0x100, true},
		/* FFA_RX_RELEASE: w1[15:0] VM ID (v1.1+), [31:16] MBZ. */
		{"RX_RELEASE w1[0] (1.0)", V10, 0x84000065, 1, 1, true},
		{"RX_RELEASE w1[16] (1.1)", V11, 0x84000065, 1, 0x10000, true},
	};

	(void)state;
	for (size_t i = 0; i < sizeof(rows) / sizeof(rows[0]); i++) {
		struct libffa_regs f = {{rows[i].fid}};
		struct libffa_msg m;
		struct libffa_msg_fault fault;
		libffa_status_t st;

		/* A legal base frame for the rows with value rules. */
		if (rows[i].fid == 0x84000060) {
			f.x[2] = 0xFFFFFFFE; /* a negative error code */
		}
		if (rows[i].fid == 0x8400008A) {
			f.x[1] = 1;
		}
		if (rows[i].fid == 0x84000081 && rows[i].bit == 2) {
			f.x[1] = 0x80010002;
		}
		f.x[rows[i].reg] |= rows[i].bit;
		st = libffa_msg_decode_ex(&f, rows[i].v, 0, &m, &fault);
		if (rows[i].reserved) {
			if (st != LIBFFA_E_MBZ ||
			    fault.reg != (int)rows[i].reg) {
				print_error("%s: status %d reg %d\n",
					    rows[i].what, (int)st, fault.reg);
			}
			assert_int_equal(st, LIBFFA_E_MBZ);
			assert_int_equal(fault.reg, (int)rows[i].reg);
		} else {
			if (st != LIBFFA_OK) {
				print_error("%s: status %d\n", rows[i].what,
					    (int)st);
			}
			assert_int_equal(st, LIBFFA_OK);
		}
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(vectors_error_and_success),
		cmocka_unit_test(vectors_version_and_features),
		cmocka_unit_test(vectors_rxtx_and_ids),
		cmocka_unit_test(vectors_partition_info),
		cmocka_unit_test(vectors_cpu_cycles),
		cmocka_unit_test(vectors_direct_messages),
		cmocka_unit_test(vectors_indirect_and_console),
		cmocka_unit_test(vectors_memory),
		cmocka_unit_test(vectors_memory_permissions),
		cmocka_unit_test(vectors_notifications),
		cmocka_unit_test(vectors_v13_and_smccc),
		cmocka_unit_test(vectors_reserved_bits_by_hand),
	};

	return cmocka_run_group_tests_name("vectors", tests, NULL, NULL);
}
