/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * Hostile partition information: FFA_PARTITION_INFO_GET replies (count,
 * descriptor size, RX buffer) and FFA_PARTITION_INFO_GET_REGS replies
 * (x2 fields against x3-x17) (DEN0077A 1.1 s13.8, 1.2 s13.10).
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

#include "ffa/partition.h"

static uint8_t rx[4096];

static libffa_status_t parse(libffa_version_t v, uint32_t count, uint32_t size,
			     size_t buf)
{
	struct libffa_partition_view view;

	return libffa_partition_info_parse(rx, buf, v, count, size, &view);
}

/* A stride below the v1.0 size (and, from v1.1, below 24 or 48). */
static void partition_hostile_stride_too_small(void **state)
{
	(void)state;
	assert_int_equal(parse(LIBFFA_VERSION_1_1, 1, 0, 4096),
			 LIBFFA_E_BADVALUE);
	assert_int_equal(parse(LIBFFA_VERSION_1_1, 1, 4, 4096),
			 LIBFFA_E_BADVALUE);
	assert_int_equal(parse(LIBFFA_VERSION_1_2, 1, 8, 4096),
			 LIBFFA_E_BADVALUE);
	assert_int_equal(parse(LIBFFA_VERSION_1_3, 1, 24, 4096),
			 LIBFFA_E_BADVALUE);
	assert_int_equal(parse(LIBFFA_VERSION_1_3, 1, 47, 4096),
			 LIBFFA_E_BADVALUE);
	assert_int_equal(parse(LIBFFA_VERSION_1_3, 1, 48, 4096), LIBFFA_OK);
	assert_int_equal(libffa_status_to_ret(LIBFFA_E_BADVALUE),
			 LIBFFA_RET_INVALID_PARAMETERS);
}

/* count x size past 32 bits: the same answer on 32- and 64-bit hosts. */
static void partition_hostile_count_times_size_overflows(void **state)
{
	(void)state;
	assert_int_equal(
		parse(LIBFFA_VERSION_1_2, 0xFFFFFFFFu, 0xFFFFFFFFu, 4096),
		LIBFFA_E_OVERFLOW);
	assert_int_equal(parse(LIBFFA_VERSION_1_1, 0x0AAAAAABu, 24, 4096),
			 LIBFFA_E_OVERFLOW);
	assert_int_equal(parse(LIBFFA_VERSION_1_0, 0x20000000u, 0, 4096),
			 LIBFFA_E_OVERFLOW);
}

/* Descriptors past the RX buffer. */
static void partition_hostile_past_buffer(void **state)
{
	(void)state;
	assert_int_equal(parse(LIBFFA_VERSION_1_2, 171, 24, 4096),
			 LIBFFA_E_TRUNCATED);
	assert_int_equal(parse(LIBFFA_VERSION_1_2, 170, 24, 4096), LIBFFA_OK);
	assert_int_equal(parse(LIBFFA_VERSION_1_0, 2, 0, 15),
			 LIBFFA_E_TRUNCATED);
	assert_int_equal(parse(LIBFFA_VERSION_1_1, 1, 0x10000, 4096),
			 LIBFFA_E_TRUNCATED);
}

/* A fresh iterator and the reply of a well-behaved v1.3 callee. */
static void regs_setup(struct libffa_partition_regs_iter *it,
		       struct libffa_result_partition_info_get_regs *res)
{
	assert_int_equal(
		libffa_partition_regs_init(it, LIBFFA_VERSION_1_3, NULL),
		LIBFFA_OK);
	memset(res, 0, sizeof(*res));
	res->last_index = 4;
	res->current_index = 1;
	res->desc_size = 48;
}

static libffa_status_t unpack(
	struct libffa_partition_regs_iter *it,
	const struct libffa_result_partition_info_get_regs *res)
{
	struct libffa_partition_info out[8];
	uint32_t n;

	return libffa_partition_regs_unpack(it, res, out, 8, &n);
}

/* x2[63:48] below the version's size, including the 24-byte stride Linux
 * assumed. */
static void partition_hostile_regs_desc_size(void **state)
{
	struct libffa_partition_regs_iter it;
	struct libffa_result_partition_info_get_regs res;
	uint16_t sizes[] = {0, 8, 24, 47};
	size_t i;

	(void)state;
	for (i = 0; i < 4; i++) {
		regs_setup(&it, &res);
		res.desc_size = sizes[i];
		assert_int_equal(unpack(&it, &res), LIBFFA_E_BADVALUE);
	}
}

/* More descriptors claimed than x3-x17 can hold. */
static void partition_hostile_regs_exceed_registers(void **state)
{
	struct libffa_partition_regs_iter it;
	struct libffa_result_partition_info_get_regs res;

	(void)state;
	regs_setup(&it, &res);
	res.current_index = 2; /* 3 x 48 = 144 > 120 */
	assert_int_equal(unpack(&it, &res), LIBFFA_E_TRUNCATED);
	regs_setup(&it, &res);
	res.current_index = 0;
	res.desc_size = 0xFFFF; /* one huge descriptor */
	assert_int_equal(unpack(&it, &res), LIBFFA_E_TRUNCATED);
	regs_setup(&it, &res);
	res.last_index = 0xFFFF;
	res.current_index = 0xFFFF;
	assert_int_equal(unpack(&it, &res), LIBFFA_E_TRUNCATED);
}

/* Indices out of order, and a last index that moves. */
static void partition_hostile_regs_indices(void **state)
{
	struct libffa_partition_regs_iter it;
	struct libffa_result_partition_info_get_regs res;

	(void)state;
	regs_setup(&it, &res);
	res.current_index = 5; /* beyond last */
	assert_int_equal(unpack(&it, &res), LIBFFA_E_BADVALUE);
	regs_setup(&it, &res);
	assert_int_equal(unpack(&it, &res), LIBFFA_OK);
	res.current_index = 1; /* behind the requested start (2) */
	assert_int_equal(unpack(&it, &res), LIBFFA_E_BADVALUE);
	res.current_index = 3;
	res.last_index = 6; /* moved */
	assert_int_equal(unpack(&it, &res), LIBFFA_E_BADVALUE);
	res.last_index = 4;
	assert_int_equal(unpack(&it, &res), LIBFFA_OK);
	res.current_index = 4;
	assert_int_equal(unpack(&it, &res), LIBFFA_OK);
	assert_true(libffa_partition_regs_done(&it));
	assert_int_equal(unpack(&it, &res), LIBFFA_E_STATE);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(partition_hostile_stride_too_small),
		cmocka_unit_test(partition_hostile_count_times_size_overflows),
		cmocka_unit_test(partition_hostile_past_buffer),
		cmocka_unit_test(partition_hostile_regs_desc_size),
		cmocka_unit_test(partition_hostile_regs_exceed_registers),
		cmocka_unit_test(partition_hostile_regs_indices),
	};

	return cmocka_run_group_tests_name("partition_hostile", tests, NULL,
					   NULL);
}
