/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * FFA_MSG_SEND2 partition message header (DEN0077A 1.1/1.2, "Partition
 * message header").
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

#include "ffa/indirect.h"

static const uint8_t payload[5] = {'h', 'e', 'l', 'l', 'o'};

static void fill(struct libffa_indirect_msg *m)
{
	memset(m, 0, sizeof(*m));
	m->sender_id = 0x0001;
	m->receiver_id = 0x8002;
	m->payload = payload;
	m->payload_size = sizeof(payload);
}

/* v1.1: 20-byte header, payload right after it. */
static void indirect_golden_v1_1(void **state)
{
	struct libffa_indirect_msg m;
	uint8_t buf[64];
	size_t needed;
	static const uint8_t want[25] = {
		0,    0,    0,	  0, 0, 0, 0, 0,   20,	0,   0,	  0,  0x02,
		0x80, 0x01, 0x00, 5, 0, 0, 0, 'h', 'e', 'l', 'l', 'o'};

	(void)state;
	fill(&m);
	memset(buf, 0xEE, sizeof(buf));
	assert_int_equal(libffa_indirect_build(&m, LIBFFA_VERSION_1_1, buf,
					       sizeof(buf), &needed),
			 LIBFFA_OK);
	assert_int_equal(needed, 25);
	assert_memory_equal(buf, want, sizeof(want));
	assert_int_equal(buf[25], 0xEE);
}

/* v1.2: 40 bytes, reserved word at 20 (the word Linux once left out),
 * UUID at 24. */
static void indirect_golden_v1_2(void **state)
{
	struct libffa_indirect_msg m;
	uint8_t buf[64];
	size_t needed;

	(void)state;
	fill(&m);
	m.uuid.bytes[0] = 0xA1;
	m.uuid.bytes[15] = 0xD8;
	memset(buf, 0xEE, sizeof(buf));
	assert_int_equal(libffa_indirect_build(&m, LIBFFA_VERSION_1_2, buf,
					       sizeof(buf), &needed),
			 LIBFFA_OK);
	assert_int_equal(needed, 45);
	assert_int_equal(buf[8], 40);
	assert_int_equal(buf[20] | buf[21] | buf[22] | buf[23], 0);
	assert_int_equal(buf[24], 0xA1);
	assert_int_equal(buf[39], 0xD8);
	assert_memory_equal(buf + 40, payload, sizeof(payload));
}

/* Every version with a header: build then parse gives the message back. */
static void indirect_round_trip_every_version(void **state)
{
	static const libffa_version_t vers[] = {
		LIBFFA_VERSION_1_1, LIBFFA_VERSION_1_2, LIBFFA_VERSION_1_3};
	struct libffa_indirect_msg m;
	struct libffa_indirect_msg out;
	uint8_t buf[4096];
	size_t needed;
	size_t i;

	(void)state;
	for (i = 0; i < 3; i++) {
		fill(&m);
		if (vers[i] >= LIBFFA_VERSION_1_2) {
			m.uuid.bytes[3] = 0x33;
		}
		m.payload_offset = 64; /* a gap after the header is legal */
		assert_int_equal(libffa_indirect_build(&m, vers[i], buf,
						       sizeof(buf), &needed),
				 LIBFFA_OK);
		assert_int_equal(
			libffa_indirect_parse(buf, sizeof(buf), vers[i], &out),
			LIBFFA_OK);
		assert_int_equal(out.sender_id, m.sender_id);
		assert_int_equal(out.receiver_id, m.receiver_id);
		assert_int_equal(out.payload_offset, 64);
		assert_int_equal(out.payload_size, sizeof(payload));
		assert_ptr_equal(out.payload, buf + 64);
		assert_memory_equal(out.payload, payload, sizeof(payload));
		assert_int_equal(out.has_uuid, vers[i] >= LIBFFA_VERSION_1_2);
		assert_memory_equal(&out.uuid, &m.uuid, sizeof(m.uuid));
	}
}

/* A v1.1 receiver ignores bytes 20-39 even when the offset is 40. */
static void indirect_v1_1_reader_ignores_uuid(void **state)
{
	struct libffa_indirect_msg m;
	struct libffa_indirect_msg out;
	uint8_t buf[64];
	size_t needed;

	(void)state;
	fill(&m);
	m.uuid.bytes[0] = 0x77;
	assert_int_equal(libffa_indirect_build(&m, LIBFFA_VERSION_1_2, buf,
					       sizeof(buf), &needed),
			 LIBFFA_OK);
	assert_int_equal(libffa_indirect_parse(buf, sizeof(buf),
					       LIBFFA_VERSION_1_1, &out),
			 LIBFFA_OK);
	assert_false(out.has_uuid);
	assert_true(libffa_uuid_is_nil(&out.uuid));
	assert_memory_equal(out.payload, payload, sizeof(payload));
}

/* Builder contract: version, UUID at v1.1, one page, capacity. */
static void indirect_build_contract(void **state)
{
	struct libffa_indirect_msg m;
	uint8_t buf[64];
	size_t needed;

	(void)state;
	fill(&m);
	assert_int_equal(libffa_indirect_build(&m, LIBFFA_VERSION_1_0, buf,
					       sizeof(buf), &needed),
			 LIBFFA_E_VERSION);
	m.payload_offset = 10;
	assert_int_equal(libffa_indirect_build(&m, LIBFFA_VERSION_1_1, buf,
					       sizeof(buf), &needed),
			 LIBFFA_E_INVAL);
	m.payload_offset = 0;
	m.uuid.bytes[0] = 1;
	assert_int_equal(libffa_indirect_build(&m, LIBFFA_VERSION_1_1, buf,
					       sizeof(buf), &needed),
			 LIBFFA_E_INVAL);
	m.uuid.bytes[0] = 0;
	m.payload_size = 4096 - 40 + 1;
	assert_int_equal(libffa_indirect_build(&m, LIBFFA_VERSION_1_2, buf,
					       sizeof(buf), &needed),
			 LIBFFA_E_INVAL);
	m.payload_size = sizeof(payload);
	assert_int_equal(
		libffa_indirect_build(&m, LIBFFA_VERSION_1_2, buf, 44, &needed),
		LIBFFA_E_NOSPACE);
	assert_int_equal(needed, 45);
}

/*
 * Indirect-message tests: the statuses indirect.h documents for the
 * builder and the parser, an empty message, and the
 * FFA_MSG_SEND2 header existing from v1.1 only (DEN0077A 1.1 s15.3).
 */
/* A second message, from an SP to a VM, with a 4-byte payload. */
static const uint8_t dead_payload[4] = {0xDE, 0xAD, 0xBE, 0xEF};

static void fill_dead(struct libffa_indirect_msg *m)
{
	memset(m, 0, sizeof(*m));
	m->sender_id = 0x8001;
	m->receiver_id = 0x0002;
	m->payload = dead_payload;
	m->payload_size = sizeof(dead_payload);
}

static void indirect_build_rejects_null(void **state)
{
	struct libffa_indirect_msg m;
	uint8_t buf[64];
	size_t needed = 3;

	(void)state;
	fill_dead(&m);
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
	m.payload = dead_payload;
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
	fill_dead(&m);
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
	fill_dead(&m);
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
	fill_dead(&m);
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
		cmocka_unit_test(indirect_golden_v1_1),
		cmocka_unit_test(indirect_golden_v1_2),
		cmocka_unit_test(indirect_round_trip_every_version),
		cmocka_unit_test(indirect_v1_1_reader_ignores_uuid),
		cmocka_unit_test(indirect_build_contract),
		cmocka_unit_test(indirect_build_rejects_null),
		cmocka_unit_test(indirect_build_empty_message),
		cmocka_unit_test(indirect_build_sizing_and_page_limit),
		cmocka_unit_test(indirect_parse_rejects_null_and_old_versions),
	};

	return cmocka_run_group_tests_name("indirect", tests, NULL, NULL);
}
