/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * More translation tests: the argument checks libffa_mem_xlate() documents
 * (mem.h Return: %LIBFFA_E_INVAL for NULL or overlap), and a
 * v1.0 -> v1.2 translation whose output is checked byte by byte against
 * the v1.2 layout (DEN0077A 1.1 Table 10.20, DEN0140 1.2 s4: header 48
 * bytes, EMAD offset 48, EMAD size 32).
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

static uint32_t ld32(const uint8_t *p)
{
	return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 |
	       (uint32_t)p[3] << 24;
}

static size_t build_v1_0(uint8_t *buf, size_t cap)
{
	static const struct libffa_mem_receiver r = {
		.endpoint_id = 0x8001, .permissions = LIBFFA_MEM_PERM_DATA_RW};
	static const struct libffa_mem_constituent c = {0x40000000u, 2};
	struct libffa_mem_desc d = {.sender_id = 0x0003,
				    .attributes = LIBFFA_MEM_ATTR_TYPE_NORMAL |
						  LIBFFA_MEM_ATTR_CACHE_WB |
						  LIBFFA_MEM_ATTR_SHARE_INNER,
				    .receivers = &r,
				    .receiver_count = 1,
				    .constituents = &c,
				    .constituent_count = 1};
	size_t size = 0;

	assert_int_equal(
		libffa_mem_build(&d, LIBFFA_VERSION_1_0, buf, cap, &size),
		LIBFFA_OK);
	return size;
}

static void mem_xlate_rejects_null_arguments(void **state)
{
	uint8_t src[128];
	uint8_t dst[128];
	size_t n = build_v1_0(src, sizeof(src));
	size_t size = 0;

	(void)state;
	assert_int_equal(libffa_mem_xlate(NULL, n, LIBFFA_VERSION_1_0,
					  LIBFFA_MEM_OP_SHARE, dst, sizeof(dst),
					  LIBFFA_VERSION_1_2, &size, NULL),
			 LIBFFA_E_INVAL);
	assert_int_equal(
		libffa_mem_xlate(src, n, LIBFFA_VERSION_1_0,
				 LIBFFA_MEM_OP_SHARE, NULL, sizeof(dst),
				 LIBFFA_VERSION_1_2, &size, NULL),
		LIBFFA_E_INVAL);
	assert_int_equal(libffa_mem_xlate(src, n, LIBFFA_VERSION_1_0,
					  LIBFFA_MEM_OP_SHARE, dst, sizeof(dst),
					  LIBFFA_VERSION_1_2, NULL, NULL),
			 LIBFFA_E_INVAL);
	assert_int_equal(size, 0);
}

/* @dst must not overlap @src, in either direction. */
static void mem_xlate_rejects_overlap(void **state)
{
	uint8_t buf[512];
	size_t n = build_v1_0(buf, 256);
	size_t size = 0;

	(void)state;
	assert_int_equal(libffa_mem_xlate(buf, n, LIBFFA_VERSION_1_0,
					  LIBFFA_MEM_OP_SHARE, buf + n - 1, 256,
					  LIBFFA_VERSION_1_2, &size, NULL),
			 LIBFFA_E_INVAL);
	memmove(buf + 200, buf, n);
	assert_int_equal(libffa_mem_xlate(buf + 200, n, LIBFFA_VERSION_1_0,
					  LIBFFA_MEM_OP_SHARE, buf, 201,
					  LIBFFA_VERSION_1_2, &size, NULL),
			 LIBFFA_E_INVAL);
	/* Adjacent is not overlapping. */
	assert_int_equal(libffa_mem_xlate(buf + 200, n, LIBFFA_VERSION_1_0,
					  LIBFFA_MEM_OP_SHARE, buf, 200,
					  LIBFFA_VERSION_1_2, &size, NULL),
			 LIBFFA_OK);
	assert_int_equal(size, 48u + 32u + 16u + 16u);
}

static void mem_xlate_v1_0_to_v1_2_layout(void **state)
{
	uint8_t src[128];
	uint8_t dst[160];
	size_t n = build_v1_0(src, sizeof(src));
	size_t size = 0;

	(void)state;
	memset(dst, 0xEE, sizeof(dst));
	assert_int_equal(libffa_mem_xlate(src, n, LIBFFA_VERSION_1_0,
					  LIBFFA_MEM_OP_SHARE, dst, sizeof(dst),
					  LIBFFA_VERSION_1_2, &size, NULL),
			 LIBFFA_OK);
	assert_int_equal(size, 112);
	assert_int_equal(dst[0] | dst[1] << 8, 0x0003); /* sender */
	assert_int_equal(dst[2], 0x2F);			/* attributes u16 */
	assert_int_equal(dst[3], 0);
	assert_true(ld32(dst + 24) == 32u); /* EMAD size */
	assert_true(ld32(dst + 28) == 1u);  /* EMAD count */
	assert_true(ld32(dst + 32) == 48u); /* EMAD offset */
	assert_int_equal(dst[48] | dst[49] << 8, 0x8001);
	assert_int_equal(dst[50], LIBFFA_MEM_PERM_DATA_RW);
	assert_true(ld32(dst + 52) == 80u); /* composite offset */
	assert_true(ld32(dst + 80) == 2u);  /* total pages */
	assert_true(ld32(dst + 84) == 1u);  /* constituent count */
	assert_true(ld32(dst + 96) == 0x40000000u);
	assert_true(ld32(dst + 104) == 2u);
	assert_int_equal(dst[112], 0xEE); /* nothing written past the end */
	/* A target version the library does not know is refused. */
	assert_int_equal(libffa_mem_xlate(src, n, LIBFFA_VERSION_1_0,
					  LIBFFA_MEM_OP_SHARE, dst, sizeof(dst),
					  LIBFFA_VERSION(1, 4), &size, NULL),
			 LIBFFA_E_VERSION);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(mem_xlate_rejects_null_arguments),
		cmocka_unit_test(mem_xlate_rejects_overlap),
		cmocka_unit_test(mem_xlate_v1_0_to_v1_2_layout),
	};

	return cmocka_run_group_tests_name("mem_xlate_more", tests, NULL, NULL);
}
