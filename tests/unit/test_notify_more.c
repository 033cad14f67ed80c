/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * More notification tests: FFA_NOTIFICATION_SET flags (DEN0077A 1.1
 * s17.5: bit 0 per-vCPU, bit 1 delay SRI, bits[31:16] vCPU ID), the ten
 * lists one FFA_NOTIFICATION_INFO_GET reply can carry (DEN0077A 1.1 s17.8,
 * list count in w2[11:7]), and the NULL statuses notify.h
 * documents.
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

#include "ffa/msg.h"
#include "ffa/notify.h"

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
		cmocka_unit_test(notify_set_flags_each_bit),
		cmocka_unit_test(notify_info_pack_caps_at_ten_lists),
		cmocka_unit_test(notify_info_null_arguments),
	};

	return cmocka_run_group_tests_name("notify_more", tests, NULL, NULL);
}
