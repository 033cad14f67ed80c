/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * More builder tests: every status libffa_mem_size(), libffa_mem_build()
 * and libffa_mem_relinquish_build() document, the 32-bit
 * limits of the wire format (w1 total length, composite total page count:
 * DEN0077A 1.1 Table 10.13), the v1.2 impdef words
 * (DEN0140 1.2 s4) and the operation names.
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

static uint64_t ld64(const uint8_t *p)
{
	return (uint64_t)ld32(p) | (uint64_t)ld32(p + 4) << 32;
}

static void mem_build_size_rejects_null_and_missing_arrays(void **state)
{
	struct libffa_mem_receiver r = {.endpoint_id = 0x8001,
					.permissions = LIBFFA_MEM_PERM_DATA_RW};
	struct libffa_mem_constituent c = {0x1000, 1};
	struct libffa_mem_desc d = {.receivers = &r,
				    .receiver_count = 1,
				    .constituents = &c,
				    .constituent_count = 1};
	size_t size = 0x5A5A;

	(void)state;
	/* mem.h libffa_mem_size() Return: INVAL for a NULL pointer, no
	 * receivers or a NULL array with a non-zero count. */
	assert_int_equal(libffa_mem_size(&d, LIBFFA_VERSION_1_1, NULL),
			 LIBFFA_E_INVAL);
	assert_int_equal(libffa_mem_size(NULL, LIBFFA_VERSION_1_1, &size),
			 LIBFFA_E_INVAL);
	d.receivers = NULL;
	assert_int_equal(libffa_mem_size(&d, LIBFFA_VERSION_1_1, &size),
			 LIBFFA_E_INVAL);
	d.receivers = &r;
	d.constituents = NULL;
	assert_int_equal(libffa_mem_size(&d, LIBFFA_VERSION_1_1, &size),
			 LIBFFA_E_INVAL);
	assert_int_equal(size, 0x5A5A); /* untouched on failure */
	/* No constituents: a NULL array is fine (retrieve request). */
	d.constituent_count = 0;
	assert_int_equal(libffa_mem_size(&d, LIBFFA_VERSION_1_1, &size),
			 LIBFFA_OK);
	assert_int_equal(size, 48u + 16u); /* v1.1 header + one EMAD */
	assert_int_equal(libffa_mem_size(&d, LIBFFA_VERSION(1, 4), &size),
			 LIBFFA_E_VERSION);
}

static void mem_build_rejects_null_buffer_or_size(void **state)
{
	struct libffa_mem_receiver r = {.endpoint_id = 0x8001,
					.permissions = LIBFFA_MEM_PERM_DATA_RW};
	struct libffa_mem_desc d = {.receivers = &r, .receiver_count = 1};
	uint8_t buf[64];
	size_t size = 0;

	(void)state;
	assert_int_equal(
		libffa_mem_build(&d, LIBFFA_VERSION_1_1, NULL, 64, &size),
		LIBFFA_E_INVAL);
	assert_int_equal(libffa_mem_build(&d, LIBFFA_VERSION_1_1, buf,
					  sizeof(buf), NULL),
			 LIBFFA_E_INVAL);
	assert_int_equal(libffa_mem_build(NULL, LIBFFA_VERSION_1_1, buf,
					  sizeof(buf), &size),
			 LIBFFA_E_INVAL);
	assert_int_equal(size, 0);
}

/* Either impdef word is data a 16-byte EMAD cannot carry (DEN0140 1.2 s4),
 * and a v1.2 EMAD carries both, little-endian, at EMAD offsets 8 and 16. */
static void mem_build_impdef_second_word_needs_v1_2(void **state)
{
	struct libffa_mem_receiver r = {.endpoint_id = 0x8001,
					.permissions = LIBFFA_MEM_PERM_DATA_RW,
					.impdef = {0, 0x0102030405060708ull}};
	struct libffa_mem_constituent c = {0x1000, 1};
	struct libffa_mem_desc d = {.sender_id = 0x8000,
				    .receivers = &r,
				    .receiver_count = 1,
				    .constituents = &c,
				    .constituent_count = 1};
	uint8_t buf[256];
	size_t size;

	(void)state;
	assert_int_equal(libffa_mem_build(&d, LIBFFA_VERSION_1_0, buf,
					  sizeof(buf), &size),
			 LIBFFA_E_INVAL);
	assert_int_equal(libffa_mem_build(&d, LIBFFA_VERSION_1_1, buf,
					  sizeof(buf), &size),
			 LIBFFA_E_INVAL);
	memset(buf, 0xEE, sizeof(buf));
	assert_int_equal(libffa_mem_build(&d, LIBFFA_VERSION_1_2, buf,
					  sizeof(buf), &size),
			 LIBFFA_OK);
	assert_int_equal(size, 48u + 32u + 16u + 16u);
	assert_true(ld64(buf + 48 + 8) == 0);
	assert_true(ld64(buf + 48 + 16) == 0x0102030405060708ull);
	assert_true(ld64(buf + 48 + 24) == 0); /* reserved */
}

/* The composite's total page count is a u32 (DEN0077A 1.1 Table 10.13):
 * a sum that does not fit is refused, a sum of exactly
 * UINT32_MAX is written. */
static void mem_build_page_total_must_fit_u32(void **state)
{
	struct libffa_mem_receiver r = {.endpoint_id = 0x8001,
					.permissions = LIBFFA_MEM_PERM_DATA_RW};
	struct libffa_mem_constituent c[2] = {{0x1000, 0x80000000u},
					      {0x100000000ull, 0x80000000u}};
	struct libffa_mem_desc d = {.sender_id = 0x8000,
				    .receivers = &r,
				    .receiver_count = 1,
				    .constituents = c,
				    .constituent_count = 2};
	uint8_t buf[256];
	size_t size = 0;
	struct libffa_mem_view view;

	(void)state;
	assert_int_equal(libffa_mem_build(&d, LIBFFA_VERSION_1_1, buf,
					  sizeof(buf), &size),
			 LIBFFA_E_OVERFLOW);
	c[1].page_count = 0x7FFFFFFFu;
	assert_int_equal(libffa_mem_build(&d, LIBFFA_VERSION_1_1, buf,
					  sizeof(buf), &size),
			 LIBFFA_OK);
	assert_true(ld32(buf + 64) == UINT32_MAX); /* composite at 48 + 16 */
	assert_int_equal(libffa_mem_parse(buf, size, LIBFFA_VERSION_1_1,
					  LIBFFA_MEM_OP_ANY, 0, &view, NULL),
			 LIBFFA_OK);
	assert_true(view.total_pages == UINT32_MAX);
}

/*
 * The total length travels in w1 (DEN0077A 1.1 s16), so
 * a descriptor must fit 32 bits. v1.2: 48 + n x 32 bytes of EMADs; with
 * n = 0x07FFFFFE that is 0xFFFFFFF0, which fits, but a composite (16
 * bytes) after it does not. libffa_mem_size() reads only the counts, so
 * one receiver stands for the array of a sizing query.
 */
static void mem_build_size_overflows_when_composite_passes_u32(void **state)
{
	struct libffa_mem_receiver r = {.endpoint_id = 0x8001};
	struct libffa_mem_constituent c = {0x1000, 1};
	struct libffa_mem_desc d = {.receivers = &r,
				    .receiver_count = 0x07FFFFFEu,
				    .constituents = &c,
				    .constituent_count = 0};
	size_t size = 0;

	(void)state;
	assert_int_equal(libffa_mem_size(&d, LIBFFA_VERSION_1_2, &size),
			 LIBFFA_OK);
	assert_true(size == 0xFFFFFFF0u);
	d.constituent_count = 1;
	assert_int_equal(libffa_mem_size(&d, LIBFFA_VERSION_1_2, &size),
			 LIBFFA_E_OVERFLOW);
	/* Room for the composite but not for the constituents. */
	d.receiver_count = 0x07FFFFF0u; /* EMADs end at 0xFFFFFE30 */
	d.constituent_count = 0x1C;	/* 0xFFFFFE40 + 0x1C0 = 2^32 */
	assert_int_equal(libffa_mem_size(&d, LIBFFA_VERSION_1_2, &size),
			 LIBFFA_E_OVERFLOW);
	d.constituent_count = 0x1B;
	assert_int_equal(libffa_mem_size(&d, LIBFFA_VERSION_1_2, &size),
			 LIBFFA_OK);
	assert_true(size == 0xFFFFFFF0u);
}

static void mem_build_relinquish_rejects_caller_bugs(void **state)
{
	libffa_id_t ids[3] = {0x8001, 0x8002, 0x0003};
	struct libffa_mem_relinquish d = {
		.handle = 0x1122334455667788ull,
		.flags = LIBFFA_MEM_RELINQUISH_FLAG_CLEAR,
		.endpoints = ids,
		.endpoint_count = 3};
	uint8_t buf[32];
	size_t size = 0;
	struct libffa_mem_relinquish_view view;
	libffa_id_t id;

	(void)state;
	/* mem.h: INVAL for NULL pointers or no endpoints. */
	assert_int_equal(
		libffa_mem_relinquish_build(NULL, buf, sizeof(buf), &size),
		LIBFFA_E_INVAL);
	assert_int_equal(
		libffa_mem_relinquish_build(&d, NULL, sizeof(buf), &size),
		LIBFFA_E_INVAL);
	assert_int_equal(
		libffa_mem_relinquish_build(&d, buf, sizeof(buf), NULL),
		LIBFFA_E_INVAL);
	d.endpoints = NULL;
	assert_int_equal(
		libffa_mem_relinquish_build(&d, buf, sizeof(buf), &size),
		LIBFFA_E_INVAL);
	d.endpoints = ids;
	d.endpoint_count = 0;
	assert_int_equal(
		libffa_mem_relinquish_build(&d, buf, sizeof(buf), &size),
		LIBFFA_E_INVAL);
	d.endpoint_count = 3;
	/* 16-byte header + 2 bytes per endpoint (DEN0077A 1.1 Table 16.25). */
	assert_int_equal(libffa_mem_relinquish_build(&d, buf, 21, &size),
			 LIBFFA_E_NOSPACE);
	assert_int_equal(size, 22);
	assert_int_equal(libffa_mem_relinquish_build(&d, buf, 22, &size),
			 LIBFFA_OK);
	assert_int_equal(libffa_mem_relinquish_parse(buf, size, &view, NULL),
			 LIBFFA_OK);
	assert_int_equal(view.endpoint_count, 3);
	assert_true(libffa_mem_relinquish_endpoint(&view, 2, &id));
	assert_int_equal(id, 0x0003);
	assert_false(libffa_mem_relinquish_endpoint(&view, 3, &id));
}

static void mem_build_op_names(void **state)
{
	(void)state;
	assert_string_equal(libffa_mem_op_name(LIBFFA_MEM_OP_ANY), "any");
	assert_string_equal(libffa_mem_op_name(LIBFFA_MEM_OP_SHARE), "share");
	assert_string_equal(libffa_mem_op_name(LIBFFA_MEM_OP_LEND), "lend");
	assert_string_equal(libffa_mem_op_name(LIBFFA_MEM_OP_DONATE), "donate");
	assert_string_equal(libffa_mem_op_name(LIBFFA_MEM_OP_RETRIEVE_REQ),
			    "retrieve_req");
	assert_string_equal(libffa_mem_op_name(LIBFFA_MEM_OP_RETRIEVE_RESP),
			    "retrieve_resp");
	/* mem.h: NULL when unknown. */
	assert_null(libffa_mem_op_name(
		(enum libffa_mem_op)(LIBFFA_MEM_OP_RETRIEVE_RESP + 1)));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(
			mem_build_size_rejects_null_and_missing_arrays),
		cmocka_unit_test(mem_build_rejects_null_buffer_or_size),
		cmocka_unit_test(mem_build_impdef_second_word_needs_v1_2),
		cmocka_unit_test(mem_build_page_total_must_fit_u32),
		cmocka_unit_test(
			mem_build_size_overflows_when_composite_passes_u32),
		cmocka_unit_test(mem_build_relinquish_rejects_caller_bugs),
		cmocka_unit_test(mem_build_op_names),
	};

	return cmocka_run_group_tests_name("mem_build_more", tests, NULL, NULL);
}
