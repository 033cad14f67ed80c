/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * The hypervisor retrieve request (mem_hyp.h; DEN0077A 1.1 s16.4.3): the
 * 48-byte header-only descriptor pKVM sends before FFA_MEM_RECLAIM.
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

#include "ffa/mem_hyp.h"

/* Sender 0, handle 0x0000000100000007, everything else zero. */
static void header(uint8_t *b, size_t n)
{
	memset(b, 0, n);
	b[8] = 0x07;
	b[12] = 0x01;
}

static void pkvm_request(void **state)
{
	struct libffa_mem_hyp_retrieve r;
	uint8_t b[64];

	(void)state;
	header(b, sizeof(b));
	assert_int_equal(
		libffa_mem_hyp_retrieve_parse(b, 48, LIBFFA_VERSION_1_2, &r),
		LIBFFA_OK);
	assert_int_equal(r.sender_id, 0);
	assert_int_equal(r.handle, UINT64_C(0x0000000100000007));
	/* The same with the v1.1+ EMAD size and offset filled in. */
	b[24] = 32;
	b[32] = 48;
	assert_int_equal(
		libffa_mem_hyp_retrieve_parse(b, 48, LIBFFA_VERSION_1_2, &r),
		LIBFFA_OK);
	b[24] = 16; /* a v1.0 EMAD size at v1.2 */
	assert_int_equal(
		libffa_mem_hyp_retrieve_parse(b, 48, LIBFFA_VERSION_1_2, &r),
		LIBFFA_E_BADVALUE);
	/* v1.0: 32-byte header; zero padding after it is accepted. */
	header(b, sizeof(b));
	assert_int_equal(
		libffa_mem_hyp_retrieve_parse(b, 48, LIBFFA_VERSION_1_0, &r),
		LIBFFA_OK);
	assert_int_equal(r.handle, UINT64_C(0x0000000100000007));
}

static void refused(void **state)
{
	struct libffa_mem_hyp_retrieve r;
	uint8_t b[64];

	(void)state;
	header(b, sizeof(b));
	assert_int_equal(
		libffa_mem_hyp_retrieve_parse(b, 47, LIBFFA_VERSION_1_2, &r),
		LIBFFA_E_TRUNCATED);
	b[28] = 1; /* a receiver: an ordinary retrieve request */
	assert_int_equal(
		libffa_mem_hyp_retrieve_parse(b, 48, LIBFFA_VERSION_1_2, &r),
		LIBFFA_E_BADVALUE);
	header(b, sizeof(b));
	b[4] = 1; /* flags */
	assert_int_equal(
		libffa_mem_hyp_retrieve_parse(b, 48, LIBFFA_VERSION_1_2, &r),
		LIBFFA_E_BADVALUE);
	header(b, sizeof(b));
	b[40] = 1; /* reserved */
	assert_int_equal(
		libffa_mem_hyp_retrieve_parse(b, 48, LIBFFA_VERSION_1_2, &r),
		LIBFFA_E_MBZ);
	header(b, sizeof(b));
	b[50] = 1; /* data after the header */
	assert_int_equal(
		libffa_mem_hyp_retrieve_parse(b, 64, LIBFFA_VERSION_1_2, &r),
		LIBFFA_E_BADVALUE);
	assert_int_equal(
		libffa_mem_hyp_retrieve_parse(NULL, 48, LIBFFA_VERSION_1_2, &r),
		LIBFFA_E_INVAL);
	assert_int_equal(libffa_mem_hyp_retrieve_parse(b, 48, 0x00070000u, &r),
			 LIBFFA_E_VERSION);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(pkvm_request),
		cmocka_unit_test(refused),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
