/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * Notification bitmaps, flags and FFA_NOTIFICATION_INFO_GET lists
 * (DEN0077A 1.1 s17).
 */
/* cmocka needs setjmp.h and friends first. */
/* clang-format off */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>
/* clang-format on */

#include "ffa/msg.h"
#include "ffa/notify.h"

/* The spec's worked example (arm-ffa's test vector). */
static const struct libffa_notify_info_list example[4] = {
	{0x0000, 3, {0, 2, 3}},
	{0x0000, 2, {4, 6, 0}},
	{0x0002, 0, {0, 0, 0}},
	{0x0003, 1, {1, 0, 0}},
};

static void notify_info_worked_example_smc32(void **state)
{
	struct libffa_result_notification_info_get res;
	struct libffa_msg msg;
	struct libffa_regs regs;
	uint32_t packed;

	(void)state;
	assert_int_equal(libffa_notify_info_pack(example, 4, false, false, &res,
						 &packed),
			 LIBFFA_OK);
	assert_int_equal(packed, 4);
	assert_int_equal(res.flags, 0x0004B200);
	assert_int_equal(res.ids[0], 0x00000000);
	assert_int_equal(res.ids[1], 0x00030002);
	assert_int_equal(res.ids[2], 0x00040000);
	assert_int_equal(res.ids[3], 0x00020006);
	assert_int_equal(res.ids[4], 0x00010003);

	/* The same words land in w2-w7 of FFA_SUCCESS_32. */
	libffa_msg_init(&msg, LIBFFA_ABI_NOTIFICATION_INFO_GET,
			LIBFFA_MSG_RESULT, false);
	msg.result.notification_info_get = res;
	assert_int_equal(libffa_msg_encode(&msg, LIBFFA_VERSION_1_1, &regs),
			 LIBFFA_OK);
	assert_int_equal(regs.x[0], 0x84000061);
	assert_int_equal(regs.x[2], 0x0004B200);
	assert_int_equal(regs.x[4], 0x00030002);
	assert_int_equal(regs.x[7], 0x00010003);
}

static void notify_info_worked_example_unpacks(void **state)
{
	struct libffa_result_notification_info_get res;
	struct libffa_notify_info_iter it;
	struct libffa_notify_info_list l;
	unsigned int i = 0;

	(void)state;
	memset(&res, 0, sizeof(res));
	res.flags = 0x0004B200;
	res.ids[1] = 0x00030002;
	res.ids[2] = 0x00040000;
	res.ids[3] = 0x00020006;
	res.ids[4] = 0x00010003;
	assert_int_equal(libffa_notify_info_unpack(&res, false, &it),
			 LIBFFA_OK);
	while (libffa_notify_info_next(&it, &l)) {
		assert_true(i < 4);
		assert_memory_equal(&l, &example[i], sizeof(l));
		i++;
	}
	assert_int_equal(i, 4);
	assert_false(libffa_notify_info_more_pending(&it));
}

/* Round trip both widths, through the register codec, every version. */
static void notify_info_round_trip_smc32_smc64(void **state)
{
	static const libffa_version_t vers[] = {
		LIBFFA_VERSION_1_1, LIBFFA_VERSION_1_2, LIBFFA_VERSION_1_3};
	struct libffa_notify_info_list in[8];
	struct libffa_notify_info_list out;
	struct libffa_result_notification_info_get res;
	struct libffa_notify_info_iter it;
	struct libffa_msg msg;
	struct libffa_msg dec;
	struct libffa_regs regs;
	uint32_t packed;
	unsigned int w;
	unsigned int v;
	unsigned int i;

	(void)state;
	memset(in, 0, sizeof(in));
	for (i = 0; i < 8; i++) {
		in[i].id = (libffa_id_t)(0x8001u + i);
		in[i].vcpu_count = (uint8_t)(i % 3u);
		in[i].vcpu_ids[0] = (uint16_t)(i + 10u);
		in[i].vcpu_ids[1] = (uint16_t)(i + 20u);
		if (in[i].vcpu_count < 2u) {
			in[i].vcpu_ids[1] = 0;
		}
		if (in[i].vcpu_count < 1u) {
			in[i].vcpu_ids[0] = 0;
		}
	}
	for (v = 0; v < 3; v++) {
		for (w = 0; w < 2; w++) {
			bool smc64 = w == 1u;

			assert_int_equal(
				libffa_notify_info_pack(in, 8, smc64, false,
							&res, &packed),
				LIBFFA_OK);
			/* 8 lists need 8 + 0+1+2+0+1+2+0+1 = 15 IDs: all
			 * fit in 20, only 5 lists (9 IDs) in 10. */
			assert_int_equal(packed, smc64 ? 8 : 5);
			libffa_msg_init(&msg, LIBFFA_ABI_NOTIFICATION_INFO_GET,
					LIBFFA_MSG_RESULT, smc64);
			msg.result.notification_info_get = res;
			assert_int_equal(
				libffa_msg_encode(&msg, vers[v], &regs),
				LIBFFA_OK);
			assert_int_equal(
				libffa_msg_decode_reply(
					&regs, vers[v],
					LIBFFA_ABI_NOTIFICATION_INFO_GET, 0,
					&dec, NULL),
				LIBFFA_OK);
			assert_int_equal(dec.smc64, smc64);
			assert_int_equal(
				libffa_notify_info_unpack(
					&dec.result.notification_info_get,
					smc64, &it),
				LIBFFA_OK);
			assert_int_equal(libffa_notify_info_more_pending(&it),
					 !smc64);
			for (i = 0; libffa_notify_info_next(&it, &out); i++) {
				assert_memory_equal(&out, &in[i], sizeof(out));
			}
			assert_int_equal(i, packed);
		}
	}
}

static void notify_info_pack_no_data_and_contract(void **state)
{
	struct libffa_result_notification_info_get res;
	struct libffa_notify_info_list bad = {1, 4, {0, 0, 0}};
	uint32_t packed;

	(void)state;
	assert_int_equal(
		libffa_notify_info_pack(NULL, 0, true, false, &res, &packed),
		LIBFFA_E_NODATA);
	assert_int_equal(libffa_status_to_ret(LIBFFA_E_NODATA),
			 LIBFFA_RET_NO_DATA);
	assert_int_equal(
		libffa_notify_info_pack(&bad, 1, true, false, &res, &packed),
		LIBFFA_E_INVAL);
	/* A callee with more to say sets the flag itself. */
	assert_int_equal(
		libffa_notify_info_pack(example, 1, true, true, &res, &packed),
		LIBFFA_OK);
	assert_true((res.flags & LIBFFA_NOTIFY_INFO_MORE_PENDING) != 0u);
}

/* Bitmaps travel as low word then high word (BIND/SET w3/w4). */
static void notify_bitmap_split_join(void **state)
{
	uint64_t b = libffa_notify_bit(63) | libffa_notify_bit(0) |
		     libffa_notify_bit(32);
	struct libffa_msg msg;
	struct libffa_regs regs;

	(void)state;
	assert_int_equal(libffa_notify_bitmap_lo(b), 0x00000001);
	assert_int_equal(libffa_notify_bitmap_hi(b), 0x80000001);
	assert_int_equal(libffa_notify_bitmap_join(0x00000001, 0x80000001), b);
	assert_int_equal(libffa_notify_bit(64), 0);

	libffa_msg_init(&msg, LIBFFA_ABI_NOTIFICATION_BIND, LIBFFA_MSG_ARGS,
			false);
	msg.args.notification_bind.bitmap = b;
	msg.args.notification_bind.per_vcpu = 1;
	assert_int_equal(libffa_msg_encode(&msg, LIBFFA_VERSION_1_1, &regs),
			 LIBFFA_OK);
	assert_int_equal(regs.x[2], LIBFFA_NOTIFY_BIND_FLAG_PER_VCPU);
	assert_int_equal(regs.x[3], libffa_notify_bitmap_lo(b));
	assert_int_equal(regs.x[4], libffa_notify_bitmap_hi(b));
}

/* DEN0077A 1.1 s17.5: SET flags. */
static void notify_set_flags_rules(void **state)
{
	uint32_t f;

	(void)state;
	assert_int_equal(libffa_notify_set_flags(true, true, 7, &f), LIBFFA_OK);
	assert_int_equal(f, 0x00070003);
	assert_int_equal(libffa_notify_set_flags_check(f), LIBFFA_OK);
	assert_int_equal(libffa_notify_set_flags(false, false, 7, &f),
			 LIBFFA_E_INVAL);
	assert_int_equal(libffa_notify_set_flags_check(0x00070000),
			 LIBFFA_E_BADVALUE);
	assert_int_equal(libffa_notify_set_flags_check(0x4), LIBFFA_E_MBZ);
	assert_int_equal(libffa_notify_bind_flags_check(0x1), LIBFFA_OK);
	assert_int_equal(libffa_notify_bind_flags_check(0x2), LIBFFA_E_MBZ);
}

/* FFA_NOTIFICATION_GET: selectors in w2, bitmaps in w2-w7 of the reply. */
static void notify_get_selectors_and_reply(void **state)
{
	struct libffa_msg msg;
	struct libffa_msg dec;
	struct libffa_regs regs;

	(void)state;
	assert_int_equal(LIBFFA_NOTIFY_GET_FLAG_SP | LIBFFA_NOTIFY_GET_FLAG_VM |
				 LIBFFA_NOTIFY_GET_FLAG_SPM |
				 LIBFFA_NOTIFY_GET_FLAG_HYP,
			 LIBFFA_NOTIFY_GET_FLAGS);
	libffa_msg_init(&msg, LIBFFA_ABI_NOTIFICATION_GET, LIBFFA_MSG_RESULT,
			false);
	msg.result.notification_get.sp_bitmap = UINT64_C(0x8000000000000001);
	msg.result.notification_get.spm_bitmap =
		LIBFFA_NOTIFY_FRAMEWORK_RX_FULL;
	assert_int_equal(libffa_msg_encode(&msg, LIBFFA_VERSION_1_1, &regs),
			 LIBFFA_OK);
	assert_int_equal(regs.x[2], 1);
	assert_int_equal(regs.x[3], 0x80000000);
	assert_int_equal(regs.x[6], 1);
	assert_int_equal(libffa_msg_decode_reply(&regs, LIBFFA_VERSION_1_1,
						 LIBFFA_ABI_NOTIFICATION_GET, 0,
						 &dec, NULL),
			 LIBFFA_OK);
	assert_int_equal(dec.result.notification_get.sp_bitmap,
			 libffa_notify_bitmap_join(1, 0x80000000));
}

/*
 * Notification tests: FFA_NOTIFICATION_SET flags (DEN0077A 1.1
 * s17.5: bit 0 per-vCPU, bit 1 delay SRI, bits[31:16] vCPU ID), the ten
 * lists one FFA_NOTIFICATION_INFO_GET reply can carry (DEN0077A 1.1 s17.8,
 * list count in w2[11:7]), and the NULL statuses notify.h
 * documents.
 */
static void notify_set_flags_each_bit(void **state)
{
	uint32_t f = 0xFFFFFFFFu;

	(void)state;
	assert_int_equal(libffa_notify_set_flags(false, false, 0, &f),
			 LIBFFA_OK);
	assert_int_equal(f, 0);
	assert_int_equal(libffa_notify_set_flags(false, true, 0, &f),
			 LIBFFA_OK);
	assert_int_equal(f, LIBFFA_NOTIFY_SET_FLAG_DELAY_SRI);
	assert_int_equal(libffa_notify_set_flags_check(f), LIBFFA_OK);
	/* vCPU 0 is a valid per-vCPU target. */
	assert_int_equal(libffa_notify_set_flags(true, false, 0, &f),
			 LIBFFA_OK);
	assert_int_equal(f, LIBFFA_NOTIFY_SET_FLAG_PER_VCPU);
	assert_int_equal(libffa_notify_set_flags(true, false, 0xFFFF, &f),
			 LIBFFA_OK);
	assert_int_equal(f, 0xFFFF0001u);
	assert_int_equal(libffa_notify_set_flags_check(f), LIBFFA_OK);
	assert_int_equal(libffa_notify_set_flags(true, true, 1, NULL),
			 LIBFFA_E_INVAL);
}

/* At most ten lists fit the list-count field's range the spec allows:
 * eleven global-only lists (11 IDs, within the 20 of SMC64) still go as
 * ten, with more pending set; the eleventh comes next time. */
static void notify_info_pack_caps_at_ten_lists(void **state)
{
	struct libffa_notify_info_list lists[11];
	struct libffa_result_notification_info_get res;
	struct libffa_notify_info_iter it;
	struct libffa_notify_info_list l;
	uint32_t packed = 0;
	unsigned int i;

	(void)state;
	memset(lists, 0, sizeof(lists));
	for (i = 0; i < 11u; i++) {
		lists[i].id = (libffa_id_t)(0x8000u + i);
	}
	assert_int_equal(
		libffa_notify_info_pack(lists, 11, true, false, &res, &packed),
		LIBFFA_OK);
	assert_int_equal(packed, 10);
	assert_int_equal((res.flags & LIBFFA_NOTIFY_INFO_LIST_COUNT) >>
				 LIBFFA_NOTIFY_INFO_LIST_COUNT_SHIFT,
			 10);
	assert_true((res.flags & LIBFFA_NOTIFY_INFO_MORE_PENDING) != 0u);
	assert_int_equal(libffa_notify_info_unpack(&res, true, &it), LIBFFA_OK);
	for (i = 0; i < 10u; i++) {
		assert_true(libffa_notify_info_next(&it, &l));
		assert_int_equal(l.id, 0x8000u + i);
		assert_int_equal(l.vcpu_count, 0);
	}
	assert_false(libffa_notify_info_next(&it, &l));
	assert_true(libffa_notify_info_more_pending(&it));
}

static void notify_info_null_arguments(void **state)
{
	static const struct libffa_notify_info_list one = {0x8001, 0, {0}};
	struct libffa_result_notification_info_get res;
	struct libffa_notify_info_iter it;
	struct libffa_notify_info_list l;
	uint32_t packed = 0;

	(void)state;
	assert_int_equal(
		libffa_notify_info_pack(&one, 1, false, false, NULL, &packed),
		LIBFFA_E_INVAL);
	assert_int_equal(
		libffa_notify_info_pack(&one, 1, false, false, &res, NULL),
		LIBFFA_E_INVAL);
	assert_int_equal(
		libffa_notify_info_pack(NULL, 1, false, false, &res, &packed),
		LIBFFA_E_INVAL);
	assert_int_equal(packed, 0);
	assert_int_equal(
		libffa_notify_info_pack(&one, 1, false, false, &res, &packed),
		LIBFFA_OK);
	assert_int_equal(libffa_notify_info_unpack(NULL, false, &it),
			 LIBFFA_E_INVAL);
	assert_int_equal(libffa_notify_info_unpack(&res, false, NULL),
			 LIBFFA_E_INVAL);
	assert_int_equal(libffa_notify_info_unpack(&res, false, &it),
			 LIBFFA_OK);
	assert_false(libffa_notify_info_next(NULL, &l));
	assert_false(libffa_notify_info_next(&it, NULL));
	/* The NULL calls did not consume the list. */
	assert_true(libffa_notify_info_next(&it, &l));
	assert_int_equal(l.id, 0x8001);
	assert_false(libffa_notify_info_next(&it, &l));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(notify_info_worked_example_smc32),
		cmocka_unit_test(notify_info_worked_example_unpacks),
		cmocka_unit_test(notify_info_round_trip_smc32_smc64),
		cmocka_unit_test(notify_info_pack_no_data_and_contract),
		cmocka_unit_test(notify_bitmap_split_join),
		cmocka_unit_test(notify_set_flags_rules),
		cmocka_unit_test(notify_get_selectors_and_reply),
		cmocka_unit_test(notify_set_flags_each_bit),
		cmocka_unit_test(notify_info_pack_caps_at_ten_lists),
		cmocka_unit_test(notify_info_null_arguments),
	};

	return cmocka_run_group_tests_name("notify", tests, NULL, NULL);
}
