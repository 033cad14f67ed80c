/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * Status names and FF-A error names: the exact strings include/ffa/status.h
 * promises (logs and the CLI print and parse them).
 */
/* clang-format off */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>
/* clang-format on */

#include "ffa/status.h"

/*
 * libffa_status_name(): "the enumerator name without prefix ("E_MBZ")",
 * "UNKNOWN" for unknown values.
 */
static void status_name_is_the_enumerator_without_prefix(void **state)
{
	static const struct {
		libffa_status_t status;
		const char *name;
	} names[] = {
		{LIBFFA_OK, "OK"},
		{LIBFFA_E_INVAL, "E_INVAL"},
		{LIBFFA_E_STATE, "E_STATE"},
		{LIBFFA_E_NOSPACE, "E_NOSPACE"},
		{LIBFFA_E_VERSION, "E_VERSION"},
		{LIBFFA_E_UNKNOWN_FID, "E_UNKNOWN_FID"},
		{LIBFFA_E_TRUNCATED, "E_TRUNCATED"},
		{LIBFFA_E_MBZ, "E_MBZ"},
		{LIBFFA_E_BADVALUE, "E_BADVALUE"},
		{LIBFFA_E_ALIGN, "E_ALIGN"},
		{LIBFFA_E_OVERFLOW, "E_OVERFLOW"},
		{LIBFFA_E_PEER, "E_PEER"},
		{LIBFFA_E_INTERNAL, "E_INTERNAL"},
		{LIBFFA_E_RETRY, "E_RETRY"},
		{LIBFFA_E_DENIED, "E_DENIED"},
		{LIBFFA_E_BUSY, "E_BUSY"},
		{LIBFFA_E_NODATA, "E_NODATA"},
		{LIBFFA_E_PROTOCOL, "E_PROTOCOL"},
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
		assert_string_equal(libffa_status_name(names[i].status),
				    names[i].name);
	}
	assert_string_equal(libffa_status_name((libffa_status_t)-99),
			    "UNKNOWN");
	assert_string_equal(libffa_status_name((libffa_status_t)1), "UNKNOWN");
}

/*
 * libffa_ret_name() / libffa_ret_from_name(): the specification names
 * (DEN0077A 1.2 Table 7.2; ffa-facts s3.1), case-insensitive parsing,
 * false for unknown names and NULL arguments.
 */
static void status_ret_names_parse_exactly(void **state)
{
	int32_t code = 42;

	(void)state;
	assert_string_equal(libffa_ret_name(LIBFFA_RET_INVALID_PARAMETERS),
			    "INVALID_PARAMETERS");
	assert_string_equal(libffa_ret_name(LIBFFA_RET_NOT_READY), "NOT_READY");
	assert_true(libffa_ret_from_name("Invalid_Parameters", &code));
	assert_int_equal(code, LIBFFA_RET_INVALID_PARAMETERS);
	/* A prefix or an extension of a name is not the name. */
	code = 42;
	assert_false(libffa_ret_from_name("BUS", &code));
	assert_false(libffa_ret_from_name("BUSYY", &code));
	assert_false(libffa_ret_from_name("", &code));
	assert_int_equal(code, 42);
	assert_false(libffa_ret_from_name(NULL, &code));
	assert_false(libffa_ret_from_name("BUSY", NULL));
	assert_int_equal(code, 42);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(status_name_is_the_enumerator_without_prefix),
		cmocka_unit_test(status_ret_names_parse_exactly),
	};

	return cmocka_run_group_tests_name("status_more", tests, NULL, NULL);
}
