/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * More fragmentation tests: the first-call messages of every transaction
 * ABI (function IDs: DEN0077A 1.1 Table 12.2; w1 total, w2 fragment length,
 * w3/w4 zero for a descriptor in the TX buffer: DEN0077A 1.1 s16), and the
 * documented statuses of the splitter and the reassembler (mem.h Return:
 * lists).
 */
/* cmocka needs these first, in this order. */
// clang-format off
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>
// clang-format on

#include "ffa/mem.h"
#include "ffa/msg.h"

static void check_send(enum libffa_mem_op op, bool smc64, uint64_t fid)
{
	struct libffa_msg msg;
	struct libffa_regs regs;
	struct libffa_msg back;

	assert_int_equal(
		libffa_mem_send_msg(&msg, op, smc64, 0x12345678u, 0x1000u),
		LIBFFA_OK);
	assert_int_equal(libffa_msg_encode(&msg, LIBFFA_VERSION_1_2, &regs),
			 LIBFFA_OK);
	assert_true(regs.x[0] == fid);
	assert_true(regs.x[1] == 0x12345678u);
	assert_true(regs.x[2] == 0x1000u);
	assert_true(regs.x[3] == 0u && regs.x[4] == 0u);
	/* The callee decodes it back to the same ABI. */
	assert_int_equal(libffa_msg_decode(&regs, LIBFFA_VERSION_1_2, &back),
			 LIBFFA_OK);
	assert_int_equal(back.abi, msg.abi);
}

static void mem_frag_send_msg_function_ids(void **state)
{
	(void)state;
	check_send(LIBFFA_MEM_OP_DONATE, false, 0x84000071u);
	check_send(LIBFFA_MEM_OP_DONATE, true, 0xC4000071u);
	check_send(LIBFFA_MEM_OP_LEND, false, 0x84000072u);
	check_send(LIBFFA_MEM_OP_SHARE, false, 0x84000073u);
	check_send(LIBFFA_MEM_OP_SHARE, true, 0xC4000073u);
	check_send(LIBFFA_MEM_OP_RETRIEVE_REQ, false, 0x84000074u);
	check_send(LIBFFA_MEM_OP_RETRIEVE_REQ, true, 0xC4000074u);
	/* FFA_MEM_RETRIEVE_RESP has no SMC64 form. */
	check_send(LIBFFA_MEM_OP_RETRIEVE_RESP, true, 0x84000075u);
}

static void mem_frag_send_msg_rejects_null_and_unknown_op(void **state)
{
	struct libffa_msg msg;

	(void)state;
	assert_int_equal(
		libffa_mem_send_msg(NULL, LIBFFA_MEM_OP_SHARE, false, 1, 1),
		LIBFFA_E_INVAL);
	assert_int_equal(
		libffa_mem_send_msg(
			&msg,
			(enum libffa_mem_op)(LIBFFA_MEM_OP_RETRIEVE_RESP + 1),
			false, 1, 1),
		LIBFFA_E_INVAL);
}

static void mem_frag_split_rejects_null(void **state)
{
	struct libffa_mem_split split;
	struct libffa_mem_view view;
	size_t off;
	size_t len;

	(void)state;
	memset(&view, 0, sizeof(view));
	view.used_size = 64;
	assert_int_equal(libffa_mem_split_init(NULL, &view, 4096),
			 LIBFFA_E_INVAL);
	assert_int_equal(libffa_mem_split_init(&split, NULL, 4096),
			 LIBFFA_E_INVAL);
	assert_false(libffa_mem_split_next(NULL, &off, &len));
}

/* A descriptor without constituents (a retrieve request) goes whole in
 * one fragment: there is nothing to cut it at. */
static void mem_frag_split_without_constituents_is_one_fragment(void **state)
{
	struct libffa_mem_receiver r = {.endpoint_id = 0x8001,
					.permissions = LIBFFA_MEM_PERM_DATA_RW};
	struct libffa_mem_desc d = {.sender_id = 0x8000,
				    .handle = 0x55,
				    .flags = LIBFFA_MEM_FLAG_TYPE_SHARE,
				    .receivers = &r,
				    .receiver_count = 1};
	uint8_t buf[128];
	size_t size;
	struct libffa_mem_view view;
	struct libffa_mem_split split;
	size_t off;
	size_t len;

	(void)state;
	assert_int_equal(libffa_mem_build(&d, LIBFFA_VERSION_1_1, buf,
					  sizeof(buf), &size),
			 LIBFFA_OK);
	assert_int_equal(
		libffa_mem_parse(buf, size, LIBFFA_VERSION_1_1,
				 LIBFFA_MEM_OP_RETRIEVE_REQ, 0, &view, NULL),
		LIBFFA_OK);
	assert_int_equal(libffa_mem_split_init(&split, &view, size - 1),
			 LIBFFA_E_NOSPACE);
	assert_int_equal(libffa_mem_split_init(&split, &view, size), LIBFFA_OK);
	assert_int_equal(libffa_mem_split_total(&split), size);
	assert_true(libffa_mem_split_next(&split, &off, &len));
	assert_int_equal(off, 0);
	assert_int_equal(len, size);
	assert_false(libffa_mem_split_next(&split, &off, &len));
}

static void mem_frag_reasm_rejects_null_arguments(void **state)
{
	struct libffa_mem_reasm r;
	uint8_t buf[64];
	uint8_t frag[16] = {0};

	(void)state;
	assert_int_equal(libffa_mem_reasm_init(NULL, buf, sizeof(buf), 32, 1),
			 LIBFFA_E_INVAL);
	assert_int_equal(libffa_mem_reasm_init(&r, NULL, sizeof(buf), 32, 1),
			 LIBFFA_E_INVAL);
	assert_int_equal(libffa_mem_reasm_init(&r, buf, sizeof(buf), 32, 1),
			 LIBFFA_OK);
	assert_int_equal(libffa_mem_reasm_add(NULL, frag, sizeof(frag)),
			 LIBFFA_E_INVAL);
	assert_int_equal(libffa_mem_reasm_add(&r, NULL, sizeof(frag)),
			 LIBFFA_E_INVAL);
	/* No bytes: an empty fragment, not a NULL-pointer misuse. */
	assert_int_equal(libffa_mem_reasm_add(&r, NULL, 0), LIBFFA_E_BADVALUE);
	assert_int_equal(libffa_mem_reasm_offset(&r), 0);
}

/* A reassembler whose init failed holds nothing and must never claim a
 * complete descriptor, nor accept fragments. */
static void mem_frag_reasm_failed_init_is_never_done(void **state)
{
	struct libffa_mem_reasm r;
	uint8_t buf[64];
	uint8_t frag[16] = {0};

	(void)state;
	assert_int_equal(libffa_mem_reasm_init(&r, buf, sizeof(buf), 0, 1),
			 LIBFFA_E_BADVALUE);
	assert_false(libffa_mem_reasm_done(&r));
	assert_int_equal(libffa_mem_reasm_add(&r, frag, sizeof(frag)),
			 LIBFFA_E_STATE);
	assert_int_equal(libffa_mem_reasm_init(&r, buf, sizeof(buf), 65, 1),
			 LIBFFA_E_NOSPACE);
	assert_false(libffa_mem_reasm_done(&r));
	assert_int_equal(libffa_mem_reasm_add(&r, frag, sizeof(frag)),
			 LIBFFA_E_STATE);
}

static void mem_frag_reasm_frag_tx_checks_message(void **state)
{
	struct libffa_mem_reasm r;
	struct libffa_msg msg;
	uint8_t buf[64];
	uint8_t frag[32];

	(void)state;
	memset(frag, 0xA5, sizeof(frag));
	assert_int_equal(libffa_mem_reasm_init(&r, buf, sizeof(buf), 48, 7),
			 LIBFFA_OK);
	/* No FRAG_TX before the first fragment gave the sender. */
	libffa_mem_frag_tx_msg(&msg, 7, 32, 0);
	assert_int_equal(libffa_mem_reasm_frag_tx(&r, &msg, frag, 32),
			 LIBFFA_E_STATE);
	assert_int_equal(libffa_mem_reasm_add(&r, frag, 16), LIBFFA_OK);
	assert_int_equal(libffa_mem_reasm_frag_tx(NULL, &msg, frag, 32),
			 LIBFFA_E_INVAL);
	assert_int_equal(libffa_mem_reasm_frag_tx(&r, NULL, frag, 32),
			 LIBFFA_E_INVAL);
	/* The success frame of FFA_MEM_FRAG_TX is not a fragment. */
	msg.kind = LIBFFA_MSG_RESULT;
	assert_int_equal(libffa_mem_reasm_frag_tx(&r, &msg, frag, 32),
			 LIBFFA_E_BADVALUE);
	msg.kind = LIBFFA_MSG_ARGS;
	assert_int_equal(libffa_mem_reasm_offset(&r), 16);
	assert_int_equal(libffa_mem_reasm_frag_tx(&r, &msg, frag, 32),
			 LIBFFA_OK);
	assert_true(libffa_mem_reasm_done(&r));
	assert_memory_equal(buf + 16, frag, 32);
}

/* A reassembler whose total was raised past its capacity after init (a
 * caller writing the struct) refuses to copy: the copy stays inside the
 * buffer whatever the struct holds. */
static void mem_frag_reasm_altered_total_never_copies_past_capacity(
	void **state)
{
	struct libffa_mem_reasm r;
	uint8_t buf[80] = {0};
	uint8_t frag[48];

	(void)state;
	memset(frag, 0xA5, sizeof(frag));
	assert_int_equal(libffa_mem_reasm_init(&r, buf, 32, 32, 1), LIBFFA_OK);
	r.total = 64;
	assert_int_equal(libffa_mem_reasm_add(&r, frag, 48), LIBFFA_E_STATE);
	assert_int_equal(libffa_mem_reasm_offset(&r), 0);
	assert_int_equal(buf[0], 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(mem_frag_send_msg_function_ids),
		cmocka_unit_test(mem_frag_send_msg_rejects_null_and_unknown_op),
		cmocka_unit_test(mem_frag_split_rejects_null),
		cmocka_unit_test(
			mem_frag_split_without_constituents_is_one_fragment),
		cmocka_unit_test(mem_frag_reasm_rejects_null_arguments),
		cmocka_unit_test(mem_frag_reasm_failed_init_is_never_done),
		cmocka_unit_test(mem_frag_reasm_frag_tx_checks_message),
		cmocka_unit_test(
			mem_frag_reasm_altered_total_never_copies_past_capacity),
	};

	return cmocka_run_group_tests_name("mem_frag_more", tests, NULL, NULL);
}
