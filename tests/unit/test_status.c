/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * Statuses and FF-A error codes (status.h, layer 0): every status maps to
 * exactly one FF-A code, the exact names and texts logs and
 * the CLI print and parse, and the specification's error names
 * (DEN0077A 1.2 Table 7.2).
 */
/* cmocka needs these before it, in this order. */
/* clang-format off */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>
/* clang-format on */

#include "ffa/status.h"

/* Every status has a name, a text and exactly one FF-A code (E5). */
static void status_every_status_maps_once(void **state)
{
	static const struct {
		libffa_status_t status;
		int32_t ret;
	} map[] = {
		{LIBFFA_OK, LIBFFA_RET_SUCCESS},
		{LIBFFA_E_INVAL, LIBFFA_RET_INVALID_PARAMETERS},
		{LIBFFA_E_STATE, LIBFFA_RET_DENIED},
		{LIBFFA_E_NOSPACE, LIBFFA_RET_NO_MEMORY},
		{LIBFFA_E_VERSION, LIBFFA_RET_NOT_SUPPORTED},
		{LIBFFA_E_UNKNOWN_FID, LIBFFA_RET_NOT_SUPPORTED},
		{LIBFFA_E_TRUNCATED, LIBFFA_RET_INVALID_PARAMETERS},
		{LIBFFA_E_MBZ, LIBFFA_RET_INVALID_PARAMETERS},
		{LIBFFA_E_BADVALUE, LIBFFA_RET_INVALID_PARAMETERS},
		{LIBFFA_E_ALIGN, LIBFFA_RET_INVALID_PARAMETERS},
		{LIBFFA_E_OVERFLOW, LIBFFA_RET_INVALID_PARAMETERS},
		{LIBFFA_E_PEER, LIBFFA_RET_ABORTED},
		{LIBFFA_E_INTERNAL, LIBFFA_RET_ABORTED},
		{LIBFFA_E_RETRY, LIBFFA_RET_RETRY},
		{LIBFFA_E_DENIED, LIBFFA_RET_DENIED},
		{LIBFFA_E_BUSY, LIBFFA_RET_BUSY},
		{LIBFFA_E_NODATA, LIBFFA_RET_NO_DATA},
		{LIBFFA_E_PROTOCOL, LIBFFA_RET_ABORTED},
		{LIBFFA_E_DROPPED, LIBFFA_RET_ABORTED},
	};
	int32_t code;

	(void)state;
	for (size_t i = 0; i < sizeof(map) / sizeof(map[0]); i++) {
		assert_int_equal(libffa_status_to_ret(map[i].status),
				 map[i].ret);
		assert_string_not_equal(libffa_status_str(map[i].status),
					"unknown status");
		assert_string_not_equal(libffa_status_name(map[i].status),
					"UNKNOWN");
	}
	/* The map above is complete: no status between 1 and -64 is missing. */
	for (int v = 1; v >= -64; v--) {
		bool listed = false;

		for (size_t i = 0; i < sizeof(map) / sizeof(map[0]); i++) {
			listed = listed || (int)map[i].status == v;
		}
		if (!listed) {
			assert_string_equal(
				libffa_status_name((libffa_status_t)v),
				"UNKNOWN");
		}
	}
	assert_string_equal(libffa_status_str((libffa_status_t)-99),
			    "unknown status");
	assert_int_equal(libffa_status_to_ret((libffa_status_t)-99),
			 LIBFFA_RET_ABORTED);
	/* Wire error names (DEN0077A 1.2 Table 7.2) both ways. */
	for (int32_t c = 0; c >= -10; c--) {
		assert_non_null(libffa_ret_name(c));
		assert_true(libffa_ret_from_name(libffa_ret_name(c), &code));
		assert_int_equal(code, c);
	}
	assert_null(libffa_ret_name(-11));
	assert_true(libffa_ret_from_name("not_ready", &code));
	assert_false(libffa_ret_from_name("NOPE", &code));
}

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
		{LIBFFA_E_DROPPED, "E_DROPPED"},
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
 * (DEN0077A 1.2 Table 7.2; docs/fact-check.md s7), case-insensitive parsing,
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
		cmocka_unit_test(status_every_status_maps_once),
		cmocka_unit_test(status_name_is_the_enumerator_without_prefix),
		cmocka_unit_test(status_ret_names_parse_exactly),
	};

	return cmocka_run_group_tests_name("status", tests, NULL, NULL);
}
