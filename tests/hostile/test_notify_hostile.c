/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * Hostile FFA_NOTIFICATION_INFO_GET replies (DEN0077A 1.1 s17.8): list
 * counts and sizes that claim more IDs than the registers hold.
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

#include "ffa/notify.h"

static libffa_status_t unpack(uint32_t flags, bool smc64)
{
	struct libffa_result_notification_info_get res;
	struct libffa_notify_info_iter it;

	memset(&res, 0, sizeof(res));
	res.flags = flags;
	return libffa_notify_info_unpack(&res, smc64, &it);
}

static uint32_t lists(uint32_t count, const uint8_t *sizes)
{
	uint32_t f = count << 7;
	uint32_t i;

	for (i = 0; i < count && i < 10u; i++) {
		f |= (uint32_t)sizes[i] << (12u + 2u * i);
	}
	return f;
}

/* 10 IDs in SMC32: three lists of 4 need 12. */
static void notify_hostile_lists_exceed_smc32_registers(void **state)
{
	static const uint8_t sz[3] = {3, 3, 3};

	(void)state;
	assert_int_equal(unpack(lists(3, sz), false), LIBFFA_E_TRUNCATED);
	assert_int_equal(unpack(lists(3, sz), true), LIBFFA_OK);
	assert_int_equal(libffa_status_to_ret(LIBFFA_E_TRUNCATED),
			 LIBFFA_RET_INVALID_PARAMETERS);
}

/* 20 IDs in SMC64: ten lists of 3 need 30. */
static void notify_hostile_lists_exceed_smc64_registers(void **state)
{
	static const uint8_t sz[10] = {2, 2, 2, 2, 2, 2, 2, 2, 2, 2};
	static const uint8_t fit[10] = {1, 1, 1, 1, 1, 1, 1, 1, 1, 1};

	(void)state;
	assert_int_equal(unpack(lists(10, sz), true), LIBFFA_E_TRUNCATED);
	assert_int_equal(unpack(lists(10, fit), true), LIBFFA_OK);
	/* An eleventh list has no vCPU count field. */
	assert_int_equal(unpack(lists(11, fit), false), LIBFFA_E_BADVALUE);
}

/* The 5-bit list count can claim up to 31 lists. */
static void notify_hostile_list_count_above_ten(void **state)
{
	uint32_t c;

	(void)state;
	for (c = 11; c < 32; c++) {
		assert_int_equal(unpack(c << 7, true), LIBFFA_E_BADVALUE);
	}
}

/* Reserved flags bits[6:1] and size fields of absent lists. */
static void notify_hostile_reserved_bits(void **state)
{
	uint32_t b;

	(void)state;
	for (b = 1; b <= 6; b++) {
		assert_int_equal(unpack(UINT32_C(1) << b, true), LIBFFA_E_MBZ);
	}
	/* One list, but list 2's vCPU count is non-zero. */
	assert_int_equal(unpack((1u << 7) | (1u << 14), true), LIBFFA_E_MBZ);
	assert_int_equal(unpack(UINT32_C(1) << 31, true), LIBFFA_E_MBZ);
}

/* SMC32: junk in the upper halves of x3-x7 is not an ID. */
static void notify_hostile_smc32_upper_halves_ignored(void **state)
{
	struct libffa_result_notification_info_get res;
	struct libffa_notify_info_iter it;
	struct libffa_notify_info_list l;

	(void)state;
	memset(&res, 0, sizeof(res));
	res.flags = (1u << 7) | (1u << 12);
	res.ids[0] = UINT64_C(0xDEADBEEF00050004);
	assert_int_equal(libffa_notify_info_unpack(&res, false, &it),
			 LIBFFA_OK);
	assert_true(libffa_notify_info_next(&it, &l));
	assert_int_equal(l.id, 4);
	assert_int_equal(l.vcpu_count, 1);
	assert_int_equal(l.vcpu_ids[0], 5);
	assert_false(libffa_notify_info_next(&it, &l));
}

/* Every flags word: unpack either fails or yields lists inside ids[]. */
static void notify_hostile_exhaustive_counts(void **state)
{
	struct libffa_result_notification_info_get res;
	struct libffa_notify_info_iter it;
	struct libffa_notify_info_list l;
	uint32_t c;
	uint32_t s;
	unsigned int n;

	(void)state;
	memset(&res, 0, sizeof(res));
	for (c = 0; c < 32; c++) {
		for (s = 0; s < 4096; s += 7) {
			res.flags = (c << 7) | (s << 12);
			if (libffa_notify_info_unpack(&res, false, &it) !=
			    LIBFFA_OK) {
				continue;
			}
			for (n = 0; libffa_notify_info_next(&it, &l); n++) {
				assert_true(l.vcpu_count <= 3);
			}
			assert_int_equal(n, c);
			assert_true(it.id_idx <= 10);
		}
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(notify_hostile_lists_exceed_smc32_registers),
		cmocka_unit_test(notify_hostile_lists_exceed_smc64_registers),
		cmocka_unit_test(notify_hostile_list_count_above_ten),
		cmocka_unit_test(notify_hostile_reserved_bits),
		cmocka_unit_test(notify_hostile_smc32_upper_halves_ignored),
		cmocka_unit_test(notify_hostile_exhaustive_counts),
	};

	return cmocka_run_group_tests_name("notify_hostile", tests, NULL, NULL);
}
