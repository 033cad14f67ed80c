/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * Fragmentation tests (DEN0077A 1.1 s16.2): split at every TX capacity and
 * reassemble through FFA_MEM_FRAG_TX messages, byte-exact; the reassembler's
 * bounds.
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
#include "ffa/regs.h"

static const libffa_version_t versions[] = {
	LIBFFA_VERSION_1_0, LIBFFA_VERSION_1_1, LIBFFA_VERSION_1_2,
	LIBFFA_VERSION_1_3};

#define HANDLE 0x8000000000001234ull
#define SENDER 0x0005u

static size_t build(libffa_version_t ver, uint32_t nr, uint32_t nc,
		    uint8_t *buf, size_t cap)
{
	struct libffa_mem_receiver r[4];
	struct libffa_mem_constituent c[32];
	struct libffa_mem_desc d;
	size_t size = 0;
	uint32_t i;

	memset(r, 0, sizeof(r));
	memset(&d, 0, sizeof(d));
	for (i = 0; i < nr; i++) {
		r[i].endpoint_id = (libffa_id_t)(0x10 + i);
		r[i].permissions = LIBFFA_MEM_PERM_DATA_RO;
	}
	for (i = 0; i < nc; i++) {
		c[i].address = 0x100000000ull + i * 0x3000ull;
		c[i].page_count = i + 1;
	}
	d.sender_id = SENDER;
	d.attributes = 0x2F;
	d.receivers = r;
	d.receiver_count = nr;
	d.constituents = c;
	d.constituent_count = nc;
	assert_int_equal(libffa_mem_build(&d, ver, buf, cap, &size), LIBFFA_OK);
	return size;
}

/*
 * Split at every capacity from the smallest legal one to the whole size,
 * carry each fragment the way a sender and a relayer do, and compare.
 */
static void mem_frag_split_reassemble_every_capacity(void **state)
{
	static uint8_t desc[1024];
	static uint8_t out[1024];
	size_t vi;

	(void)state;
	for (vi = 0; vi < 4; vi++) {
		size_t size = build(versions[vi], 3, 20, desc, sizeof(desc));
		struct libffa_mem_view v;
		size_t cap;
		size_t min;

		assert_int_equal(
			libffa_mem_parse(desc, size, versions[vi],
					 LIBFFA_MEM_OP_SHARE, 0, &v, NULL),
			LIBFFA_OK);
		min = v.constituent_offset + 16;
		for (cap = min; cap <= size + 16; cap++) {
			struct libffa_mem_split s;
			struct libffa_mem_reasm r;
			struct libffa_msg msg;
			size_t off;
			size_t len;
			bool first = true;

			assert_int_equal(libffa_mem_split_init(&s, &v, cap),
					 LIBFFA_OK);
			assert_int_equal(libffa_mem_split_total(&s), size);
			memset(out, 0, sizeof(out));
			while (libffa_mem_split_next(&s, &off, &len)) {
				assert_true(len <= cap);
				if (first) {
					/* Header + EMADs + composite + whole
					 * constituents. */
					assert_int_equal(off, 0);
					assert_true(len >=
						    v.constituent_offset + 16);
					assert_int_equal(
						(len - v.constituent_offset) %
							16,
						0);
					assert_int_equal(
						libffa_mem_reasm_init(
							&r, out, sizeof(out),
							(uint32_t)size, HANDLE),
						LIBFFA_OK);
					assert_int_equal(libffa_mem_reasm_add(
								 &r, desc, len),
							 LIBFFA_OK);
					first = false;
					continue;
				}
				assert_int_equal(len % 16, 0);
				assert_int_equal(off,
						 libffa_mem_reasm_offset(&r));
				libffa_mem_frag_tx_msg(&msg, HANDLE,
						       (uint32_t)len, 0);
				assert_int_equal(
					libffa_mem_reasm_frag_tx(
						&r, &msg, desc + off, len),
					LIBFFA_OK);
			}
			assert_true(libffa_mem_reasm_done(&r));
			assert_memory_equal(out, desc, size);
		}
	}
}

/* Two fragments meeting at every constituent boundary. */
static void mem_frag_reassemble_every_boundary(void **state)
{
	static uint8_t desc[1024];
	static uint8_t out[1024];
	size_t size = build(LIBFFA_VERSION_1_2, 2, 16, desc, sizeof(desc));
	struct libffa_mem_view v;
	size_t cut;

	(void)state;
	assert_int_equal(libffa_mem_parse(desc, size, LIBFFA_VERSION_1_2,
					  LIBFFA_MEM_OP_SHARE, 0, &v, NULL),
			 LIBFFA_OK);
	for (cut = v.constituent_offset + 16; cut < size; cut += 16) {
		struct libffa_mem_reasm r;

		memset(out, 0, sizeof(out));
		assert_int_equal(libffa_mem_reasm_init(&r, out, sizeof(out),
						       (uint32_t)size, HANDLE),
				 LIBFFA_OK);
		assert_int_equal(libffa_mem_reasm_add(&r, desc, cut),
				 LIBFFA_OK);
		assert_false(libffa_mem_reasm_done(&r));
		assert_int_equal(libffa_mem_reasm_offset(&r), cut);
		assert_int_equal(
			libffa_mem_reasm_add(&r, desc + cut, size - cut),
			LIBFFA_OK);
		assert_true(libffa_mem_reasm_done(&r));
		assert_memory_equal(out, desc, size);
	}
}

static void mem_frag_split_needs_room_for_one_constituent(void **state)
{
	uint8_t desc[512];
	size_t size = build(LIBFFA_VERSION_1_1, 1, 4, desc, sizeof(desc));
	struct libffa_mem_view v;
	struct libffa_mem_split s;

	(void)state;
	assert_int_equal(libffa_mem_parse(desc, size, LIBFFA_VERSION_1_1,
					  LIBFFA_MEM_OP_SHARE, 0, &v, NULL),
			 LIBFFA_OK);
	assert_int_equal(
		libffa_mem_split_init(&s, &v, v.constituent_offset + 15),
		LIBFFA_E_NOSPACE);
	assert_int_equal(
		libffa_mem_split_init(&s, &v, v.constituent_offset + 16),
		LIBFFA_OK);
}

static void mem_frag_reasm_rejects_hostile_fragments(void **state)
{
	uint8_t desc[512];
	uint8_t out[512];
	size_t size = build(LIBFFA_VERSION_1_2, 1, 4, desc, sizeof(desc));
	struct libffa_mem_reasm r;
	struct libffa_msg msg;

	(void)state;
	/* Total larger than the buffer: report, copy nothing. */
	assert_int_equal(
		libffa_mem_reasm_init(&r, out, 100, (uint32_t)size, HANDLE),
		LIBFFA_E_NOSPACE);
	assert_int_equal(libffa_mem_reasm_init(&r, out, sizeof(out), 0, HANDLE),
			 LIBFFA_E_BADVALUE);
	assert_int_equal(libffa_mem_reasm_add(&r, desc, 16), LIBFFA_E_STATE);
	assert_int_equal(libffa_mem_reasm_init(&r, out, sizeof(out),
					       (uint32_t)size, HANDLE),
			 LIBFFA_OK);
	/* Longer than the total. */
	assert_int_equal(libffa_mem_reasm_add(&r, desc, size + 1),
			 LIBFFA_E_BADVALUE);
	assert_int_equal(libffa_mem_reasm_add(&r, desc, 0), LIBFFA_E_BADVALUE);
	assert_int_equal(libffa_mem_reasm_add(&r, desc, size - 32), LIBFFA_OK);
	/* Later fragments are whole constituents only. */
	assert_int_equal(libffa_mem_reasm_add(&r, desc, 8), LIBFFA_E_ALIGN);
	/* FRAG_TX with another handle, another ABI, or past its buffer. */
	libffa_mem_frag_tx_msg(&msg, HANDLE + 1, 16, 0);
	assert_int_equal(libffa_mem_reasm_frag_tx(&r, &msg, desc, 32),
			 LIBFFA_E_BADVALUE);
	libffa_mem_frag_rx_msg(&msg, HANDLE, 16, 0);
	assert_int_equal(libffa_mem_reasm_frag_tx(&r, &msg, desc, 32),
			 LIBFFA_E_BADVALUE);
	libffa_mem_frag_tx_msg(&msg, HANDLE, 32, 0);
	assert_int_equal(libffa_mem_reasm_frag_tx(&r, &msg, desc, 16),
			 LIBFFA_E_TRUNCATED);
	/* Forwarded by a hypervisor for another endpoint than the sender
	 * (DEN0077A 1.1 s16.2): refused, nothing copied. */
	libffa_mem_frag_tx_msg(&msg, HANDLE, 32, (libffa_id_t)(SENDER + 1u));
	assert_int_equal(
		libffa_mem_reasm_frag_tx(&r, &msg, desc + size - 32, 32),
		LIBFFA_E_BADVALUE);
	assert_int_equal(libffa_mem_reasm_offset(&r), size - 32);
	/* ...and for the sender itself: accepted. */
	libffa_mem_frag_tx_msg(&msg, HANDLE, 32, SENDER);
	assert_int_equal(
		libffa_mem_reasm_frag_tx(&r, &msg, desc + size - 32, 32),
		LIBFFA_OK);
	assert_true(libffa_mem_reasm_done(&r));
	assert_int_equal(libffa_mem_reasm_add(&r, desc, 16), LIBFFA_E_STATE);
}

/* Register fields: DEN0077A 1.1 s16 (w1 total, w2 fragment, FRAG w1-w4). */
static void mem_frag_messages_encode_register_fields(void **state)
{
	struct libffa_msg msg;
	struct libffa_regs regs;

	(void)state;
	assert_int_equal(libffa_mem_send_msg(&msg, LIBFFA_MEM_OP_LEND, true,
					     0x1000, 0x200),
			 LIBFFA_OK);
	assert_int_equal(libffa_msg_encode(&msg, LIBFFA_VERSION_1_2, &regs),
			 LIBFFA_OK);
	assert_true(regs.x[0] == 0xC4000072u);
	assert_true(regs.x[1] == 0x1000u);
	assert_true(regs.x[2] == 0x200u);
	assert_true(regs.x[3] == 0 && regs.x[4] == 0);
	assert_int_equal(libffa_mem_send_msg(&msg, LIBFFA_MEM_OP_RETRIEVE_RESP,
					     true, 0x1000, 0x200),
			 LIBFFA_OK);
	assert_int_equal(libffa_msg_encode(&msg, LIBFFA_VERSION_1_2, &regs),
			 LIBFFA_OK);
	assert_true(regs.x[0] == 0x84000075u);
	assert_int_equal(
		libffa_mem_send_msg(&msg, LIBFFA_MEM_OP_ANY, true, 1, 1),
		LIBFFA_E_INVAL);
	libffa_mem_frag_tx_msg(&msg, 0x1122334455667788ull, 0x40, 0x8003);
	assert_int_equal(libffa_msg_encode(&msg, LIBFFA_VERSION_1_2, &regs),
			 LIBFFA_OK);
	assert_true(regs.x[0] == 0x8400007Bu);
	assert_true(regs.x[1] == 0x55667788u);
	assert_true(regs.x[2] == 0x11223344u);
	assert_true(regs.x[3] == 0x40u);
	assert_true(regs.x[4] == 0x80030000u);
	libffa_mem_frag_rx_msg(&msg, 0x1122334455667788ull, 0x80, 0);
	assert_int_equal(libffa_msg_encode(&msg, LIBFFA_VERSION_1_2, &regs),
			 LIBFFA_OK);
	assert_true(regs.x[0] == 0x8400007Au);
	assert_true(regs.x[3] == 0x80u);
}

/*
 * Fragmentation tests: the first-call messages of every transaction
 * ABI (function IDs: DEN0077A 1.1 Table 12.2; w1 total, w2 fragment length,
 * w3/w4 zero for a descriptor in the TX buffer: DEN0077A 1.1 s16), and the
 * documented statuses of the splitter and the reassembler (mem.h Return:
 * lists).
 */
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
		cmocka_unit_test(mem_frag_split_reassemble_every_capacity),
		cmocka_unit_test(mem_frag_reassemble_every_boundary),
		cmocka_unit_test(mem_frag_split_needs_room_for_one_constituent),
		cmocka_unit_test(mem_frag_reasm_rejects_hostile_fragments),
		cmocka_unit_test(mem_frag_messages_encode_register_fields),
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

	return cmocka_run_group_tests_name("mem_frag", tests, NULL, NULL);
}
