/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * Hostile boot information blobs (DEN0077A 1.1 s5.4): each malformed
 * header or descriptor field and the status it must get.
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

#include "ffa/bootinfo.h"

static void put32(uint8_t *p, uint32_t v)
{
	p[0] = (uint8_t)v;
	p[1] = (uint8_t)(v >> 8);
	p[2] = (uint8_t)(v >> 16);
	p[3] = (uint8_t)(v >> 24);
}

/* A valid v1.1 blob with one descriptor (96 bytes readable). */
static void valid(uint8_t *buf)
{
	memset(buf, 0, 96);
	put32(buf + 0, 0x0FFA);
	put32(buf + 4, 0x00010001);
	put32(buf + 8, 64);
	put32(buf + 12, 32);
	put32(buf + 16, 1);
	put32(buf + 20, 32);
}

static libffa_status_t parse(const uint8_t *buf, size_t size)
{
	struct libffa_bootinfo_view v;

	return libffa_bootinfo_parse(buf, size, &v);
}

static void bootinfo_hostile_baseline_is_valid(void **state)
{
	uint8_t buf[96];

	(void)state;
	valid(buf);
	assert_int_equal(parse(buf, sizeof(buf)), LIBFFA_OK);
}

static void bootinfo_hostile_header_values(void **state)
{
	uint8_t buf[96];

	(void)state;
	valid(buf);
	put32(buf, 0x0FFB);
	assert_int_equal(parse(buf, sizeof(buf)), LIBFFA_E_BADVALUE);
	valid(buf);
	put32(buf + 4, 0x80010001); /* version bit 31 */
	assert_int_equal(parse(buf, sizeof(buf)), LIBFFA_E_BADVALUE);
	valid(buf);
	put32(buf + 12, 16); /* stride below the descriptor */
	assert_int_equal(parse(buf, sizeof(buf)), LIBFFA_E_BADVALUE);
	valid(buf);
	put32(buf + 20, 8); /* descriptors inside the header */
	assert_int_equal(parse(buf, sizeof(buf)), LIBFFA_E_BADVALUE);
	valid(buf);
	put32(buf + 8, 31); /* blob smaller than its header */
	assert_int_equal(parse(buf, sizeof(buf)), LIBFFA_E_BADVALUE);
	valid(buf);
	buf[31] = 1; /* reserved u64 */
	assert_int_equal(parse(buf, sizeof(buf)), LIBFFA_E_MBZ);
}

static void bootinfo_hostile_sizes_past_buffer(void **state)
{
	uint8_t buf[96];

	(void)state;
	valid(buf);
	put32(buf + 8, 97); /* blob larger than the buffer */
	assert_int_equal(parse(buf, sizeof(buf)), LIBFFA_E_TRUNCATED);
	valid(buf);
	put32(buf + 16, 2); /* second descriptor past the blob */
	assert_int_equal(parse(buf, sizeof(buf)), LIBFFA_E_TRUNCATED);
	valid(buf);
	put32(buf + 20, 40); /* array shifted past the blob end */
	assert_int_equal(parse(buf, sizeof(buf)), LIBFFA_E_TRUNCATED);
}

/* count x size and offset + array overflow 32 bits. */
static void bootinfo_hostile_count_times_size_overflows(void **state)
{
	uint8_t buf[96];

	(void)state;
	valid(buf);
	put32(buf + 16, 0x08000000);
	put32(buf + 12, 0x40); /* 2^27 x 2^6 = 2^33 */
	assert_int_equal(parse(buf, sizeof(buf)), LIBFFA_E_OVERFLOW);
	valid(buf);
	put32(buf + 16, 1);
	put32(buf + 12, 0xFFFFFFF0);
	put32(buf + 20, 0x20); /* 0xFFFFFFF0 + 0x20 */
	assert_int_equal(parse(buf, sizeof(buf)), LIBFFA_E_OVERFLOW);
	assert_int_equal(libffa_status_to_ret(LIBFFA_E_OVERFLOW),
			 LIBFFA_RET_INVALID_PARAMETERS);
}

static void bootinfo_hostile_descriptor_fields(void **state)
{
	uint8_t buf[96];

	(void)state;
	valid(buf);
	buf[32 + 17] = 1; /* reserved byte */
	assert_int_equal(parse(buf, sizeof(buf)), LIBFFA_E_MBZ);
	valid(buf);
	buf[32 + 19] = 0x80; /* flags bit 15 */
	assert_int_equal(parse(buf, sizeof(buf)), LIBFFA_E_MBZ);
	valid(buf);
	buf[32 + 18] = 0x02; /* name format 2 */
	assert_int_equal(parse(buf, sizeof(buf)), LIBFFA_E_BADVALUE);
	valid(buf);
	buf[32 + 18] = 0x0C; /* content format 3 */
	assert_int_equal(parse(buf, sizeof(buf)), LIBFFA_E_BADVALUE);
	valid(buf);
	buf[32 + 18] = 0x08; /* offset content before v1.3 */
	assert_int_equal(parse(buf, sizeof(buf)), LIBFFA_E_BADVALUE);
}

static void bootinfo_hostile_every_truncation(void **state)
{
	uint8_t buf[96];
	size_t n;

	(void)state;
	valid(buf);
	for (n = 0; n < 64; n++) {
		assert_int_equal(parse(buf, n), LIBFFA_E_TRUNCATED);
	}
	assert_int_equal(parse(buf, 64), LIBFFA_OK);
}

static void bootinfo_hostile_v1_0_count(void **state)
{
	uint8_t buf[40];
	uint32_t count;

	(void)state;
	memset(buf, 0, sizeof(buf));
	memcpy(buf, "FF-A", 4);
	put32(buf + 4, 0xFFFFFFFF);
	assert_int_equal(libffa_bootinfo_parse_v1_0(buf, sizeof(buf), &count),
			 LIBFFA_E_TRUNCATED);
	buf[0] = 'X';
	assert_int_equal(libffa_bootinfo_parse_v1_0(buf, sizeof(buf), &count),
			 LIBFFA_E_BADVALUE);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(bootinfo_hostile_baseline_is_valid),
		cmocka_unit_test(bootinfo_hostile_header_values),
		cmocka_unit_test(bootinfo_hostile_sizes_past_buffer),
		cmocka_unit_test(bootinfo_hostile_count_times_size_overflows),
		cmocka_unit_test(bootinfo_hostile_descriptor_fields),
		cmocka_unit_test(bootinfo_hostile_every_truncation),
		cmocka_unit_test(bootinfo_hostile_v1_0_count),
	};

	return cmocka_run_group_tests_name("bootinfo_hostile", tests, NULL,
					   NULL);
}
