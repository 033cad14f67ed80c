/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * More indirect-message tests: the statuses indirect.h documents for the
 * builder and the parser, an empty message, and the
 * FFA_MSG_SEND2 header existing from v1.1 only (DEN0077A 1.1 s15.3).
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

#include "ffa/indirect.h"

static const uint8_t payload[4] = {0xDE, 0xAD, 0xBE, 0xEF};

static void fill(struct libffa_indirect_msg *m)
{
	memset(m, 0, sizeof(*m));
	m->sender_id = 0x8001;
	m->receiver_id = 0x0002;
	m->payload = payload;
	m->payload_size = sizeof(payload);
}

static void indirect_build_rejects_null(void **state)
{
	struct libffa_indirect_msg m;
	uint8_t buf[64];
	size_t needed = 3;

	(void)state;
	fill(&m);
	assert_int_equal(libffa_indirect_build(NULL, LIBFFA_VERSION_1_1, buf,
					       sizeof(buf), &needed),
			 LIBFFA_E_INVAL);
	assert_int_equal(libffa_indirect_build(&m, LIBFFA_VERSION_1_1, buf,
					       sizeof(buf), NULL),
			 LIBFFA_E_INVAL);
	m.payload = NULL;
	assert_int_equal(libffa_indirect_build(&m, LIBFFA_VERSION_1_1, buf,
					       sizeof(buf), &needed),
			 LIBFFA_E_INVAL);
	assert_int_equal(needed, 3);
	m.payload = payload;
	assert_int_equal(libffa_indirect_build(&m, LIBFFA_VERSION(1, 4), buf,
					       sizeof(buf), &needed),
			 LIBFFA_E_VERSION);
}

/* A message with no payload is a header alone; it parses back empty. */
static void indirect_build_empty_message(void **state)
{
	struct libffa_indirect_msg m;
	struct libffa_indirect_msg back;
	uint8_t buf[64];
	size_t needed;

	(void)state;
	fill(&m);
	m.payload = NULL;
	m.payload_size = 0;
	memset(buf, 0xEE, sizeof(buf));
	assert_int_equal(libffa_indirect_build(&m, LIBFFA_VERSION_1_2, buf,
					       sizeof(buf), &needed),
			 LIBFFA_OK);
	assert_int_equal(needed, 40);
	assert_int_equal(buf[40], 0xEE);
	assert_int_equal(
		libffa_indirect_parse(buf, needed, LIBFFA_VERSION_1_2, &back),
		LIBFFA_OK);
	assert_int_equal(back.payload_size, 0);
	assert_int_equal(back.payload_offset, 40);
	assert_int_equal(back.sender_id, 0x8001);
	assert_int_equal(back.receiver_id, 0x0002);
}

/* A NULL buffer sizes the message; any message beyond one 4 KiB page is
 * refused, whatever the width of size_t on the host. */
static void indirect_build_sizing_and_page_limit(void **state)
{
	struct libffa_indirect_msg m;
	size_t needed = 0;

	(void)state;
	fill(&m);
	assert_int_equal(libffa_indirect_build(&m, LIBFFA_VERSION_1_1, NULL,
					       4096, &needed),
			 LIBFFA_E_NOSPACE);
	assert_int_equal(needed, 24);
	m.payload_offset = UINT32_MAX;
	m.payload_size = UINT32_MAX;
	assert_int_equal(
		libffa_indirect_build(&m, LIBFFA_VERSION_1_1, NULL, 0, &needed),
		LIBFFA_E_INVAL);
	assert_int_equal(needed, 24);
}

static void indirect_parse_rejects_null_and_old_versions(void **state)
{
	struct libffa_indirect_msg m;
	uint8_t buf[64];
	size_t needed;

	(void)state;
	fill(&m);
	assert_int_equal(libffa_indirect_build(&m, LIBFFA_VERSION_1_1, buf,
					       sizeof(buf), &needed),
			 LIBFFA_OK);
	assert_int_equal(
		libffa_indirect_parse(buf, needed, LIBFFA_VERSION_1_1, NULL),
		LIBFFA_E_INVAL);
	assert_int_equal(
		libffa_indirect_parse(NULL, needed, LIBFFA_VERSION_1_1, &m),
		LIBFFA_E_INVAL);
	assert_int_equal(libffa_indirect_parse(NULL, 0, LIBFFA_VERSION_1_1, &m),
			 LIBFFA_E_TRUNCATED);
	/* v1.0 FFA_MSG_SEND had no header. */
	assert_int_equal(
		libffa_indirect_parse(buf, needed, LIBFFA_VERSION_1_0, &m),
		LIBFFA_E_VERSION);
	assert_int_equal(
		libffa_indirect_parse(buf, needed, LIBFFA_VERSION(1, 4), &m),
		LIBFFA_E_VERSION);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(indirect_build_rejects_null),
		cmocka_unit_test(indirect_build_empty_message),
		cmocka_unit_test(indirect_build_sizing_and_page_limit),
		cmocka_unit_test(indirect_parse_rejects_null_and_old_versions),
	};

	return cmocka_run_group_tests_name("indirect_more", tests, NULL, NULL);
}
