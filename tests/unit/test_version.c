/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * FF-A version words (version.h, DEN0077A 1.2 s13.2.1) and the
 * per-version sizes other modules define for their layouts.
 */
/* cmocka needs these before it, in this order. */
/* clang-format off */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>
/* clang-format on */

#include "ffa/indirect.h"
#include "ffa/mem.h"
#include "ffa/partition.h"
#include "ffa/version.h"

#define V10 LIBFFA_VERSION_1_0
#define V11 LIBFFA_VERSION_1_1
#define V12 LIBFFA_VERSION_1_2
#define V13 LIBFFA_VERSION_1_3
#define NS  LIBFFA_VERSION_RET_NOT_SUPPORTED
#define INV LIBFFA_VERSION_RET_INVALID_PARAMETER
/*
 * The per-version sizes, each defined once by the module that owns the
 * layout (DEN0077A 1.0 Table 5.19, 1.1 Table 10.20, DEN0140 1.2 s4; the
 * partition information descriptor of DEN0077A 1.2 s6; the FFA_MSG_SEND2
 * header of DEN0077A 1.2 s7), switch at the versions that change them.
 */
static void version_descriptor_sizes(void **state)
{
	(void)state;
	assert_int_equal(libffa_mem_header_size(V10), 32);
	assert_int_equal(libffa_mem_header_size(V11), 48);
	assert_int_equal(libffa_mem_emad_size(V11), 16);
	assert_int_equal(libffa_mem_emad_size(V12), 32);
	assert_int_equal(libffa_partition_info_size(V10), 8);
	assert_int_equal(libffa_partition_info_size(V12), 24);
	assert_int_equal(libffa_partition_info_size(V13), 48);
	assert_int_equal(libffa_indirect_header_size(V10), 0);
	assert_int_equal(libffa_indirect_header_size(V11), 20);
	assert_int_equal(libffa_indirect_header_size(V12), 40);
	assert_false(libffa_version_uses_x8_x17(V11));
	assert_true(libffa_version_uses_x8_x17(V12));
	assert_true(libffa_version_compatible(V11, V12));
	assert_false(libffa_version_compatible(V12, V11));
	assert_false(libffa_version_compatible(UINT32_C(0x80010000), V12));
}

/* DEN0077A 1.2 s13.2.1: bit 31 MBZ, bits[30:16] major, bits[15:0] minor. */
static void version_words(void **state)
{
	(void)state;
	assert_int_equal(LIBFFA_VERSION(1, 2), 0x10002u);
	assert_int_equal(LIBFFA_VERSION(0x8001, 0), 0x10000u);
	assert_int_equal(libffa_version_major(0x7FFF0003u), 0x7FFFu);
	assert_int_equal(libffa_version_minor(0x7FFF0003u), 3u);
	assert_true(libffa_version_is_wellformed(V13));
	assert_false(libffa_version_is_wellformed(UINT32_C(0x80010002)));
	assert_true(libffa_version_is_known(V10));
	assert_true(libffa_version_is_known(V13));
	assert_false(libffa_version_is_known(LIBFFA_VERSION(1, 4)));
	assert_false(libffa_version_is_known(LIBFFA_VERSION(2, 0)));
	assert_true(libffa_version_compatible(V11, V12));
	assert_true(libffa_version_compatible(V12, V12));
	assert_false(libffa_version_compatible(V12, V11));
	assert_false(libffa_version_compatible(LIBFFA_VERSION(2, 0), V12));
	assert_false(libffa_version_compatible(UINT32_C(0x80010000), V12));
	assert_false(libffa_version_compatible(V11, UINT32_C(0x80010002)));
	/* The two answers that are not versions both have bit 31 set. */
	assert_false(libffa_version_is_wellformed(NS));
	assert_false(libffa_version_is_wellformed(INV));
	assert_int_equal((int32_t)INV, -3);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(version_descriptor_sizes),
		cmocka_unit_test(version_words),
	};

	return cmocka_run_group_tests_name("version", tests, NULL, NULL);
}
