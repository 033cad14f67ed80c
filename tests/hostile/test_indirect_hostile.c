/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * Hostile FFA_MSG_SEND2 headers: each malformed field and the status (and
 * FF-A error) it must get (DEN0077A 1.2 "Partition message header").
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

static void put32(uint8_t *p, uint32_t v)
{
	p[0] = (uint8_t)v;
	p[1] = (uint8_t)(v >> 8);
	p[2] = (uint8_t)(v >> 16);
	p[3] = (uint8_t)(v >> 24);
}

/* A valid v1.2 message: offset 40, 8 payload bytes, in a 4 KiB buffer. */
static void valid(uint8_t *buf, size_t size)
{
	memset(buf, 0, size);
	put32(buf + 8, 40);
	put32(buf + 12, 0x00018002);
	put32(buf + 16, 8);
}

static libffa_status_t parse(const uint8_t *buf, size_t size)
{
	struct libffa_indirect_msg m;

	return libffa_indirect_parse(buf, size, LIBFFA_VERSION_1_2, &m);
}

static void indirect_hostile_baseline_is_valid(void **state)
{
	uint8_t buf[4096];

	(void)state;
	valid(buf, sizeof(buf));
	assert_int_equal(parse(buf, sizeof(buf)), LIBFFA_OK);
}

/* Payload offset inside the 20-byte header every version has (0 points at
 * the flags, 19 into the size field). */
static void indirect_hostile_offset_inside_header(void **state)
{
	uint8_t buf[4096];
	uint32_t offs[] = {0, 8, 16, 19};
	size_t i;

	(void)state;
	for (i = 0; i < 4; i++) {
		valid(buf, sizeof(buf));
		put32(buf + 8, offs[i]);
		assert_int_equal(parse(buf, sizeof(buf)), LIBFFA_E_BADVALUE);
	}
	assert_int_equal(libffa_status_to_ret(LIBFFA_E_BADVALUE),
			 LIBFFA_RET_INVALID_PARAMETERS);
}

/*
 * A v1.2 receiver accepts a v1.1 sender's 20-byte header: the offset, not
 * the receiver's version, says where the payload starts, and the UUID is
 * read only when the offset leaves room for it (Linux and
 * Hafnium behave so). Bytes 20-39 are then payload, not reserved.
 */
static void indirect_hostile_v11_header_at_v12_is_payload(void **state)
{
	uint8_t buf[4096];
	struct libffa_indirect_msg m;
	uint32_t offs[] = {20, 24, 39};
	size_t i;

	(void)state;
	for (i = 0; i < 3; i++) {
		valid(buf, sizeof(buf));
		put32(buf + 8, offs[i]);
		buf[20] = 0xAA; /* would be the v1.2 reserved word */
		assert_int_equal(libffa_indirect_parse(buf, sizeof(buf),
						       LIBFFA_VERSION_1_2, &m),
				 LIBFFA_OK);
		assert_false(m.has_uuid);
		assert_int_equal(m.payload_offset, offs[i]);
		assert_ptr_equal(m.payload, buf + offs[i]);
	}
	/* With the 40-byte form, the reserved word is checked again. */
	valid(buf, sizeof(buf));
	buf[20] = 0xAA;
	assert_int_equal(parse(buf, sizeof(buf)), LIBFFA_E_MBZ);
}

/* Payload past the buffer, by one byte and by a lot. */
static void indirect_hostile_payload_past_buffer(void **state)
{
	uint8_t buf[4096];

	(void)state;
	valid(buf, sizeof(buf));
	put32(buf + 16, 4096 - 40 + 1);
	assert_int_equal(parse(buf, sizeof(buf)), LIBFFA_E_TRUNCATED);
	valid(buf, sizeof(buf));
	assert_int_equal(parse(buf, 47), LIBFFA_E_TRUNCATED);
	valid(buf, sizeof(buf));
	put32(buf + 8, 4000);
	put32(buf + 16, 200);
	assert_int_equal(parse(buf, sizeof(buf)), LIBFFA_E_TRUNCATED);
}

/* Within a bigger RX buffer, still only one 4 KiB page. */
static void indirect_hostile_payload_beyond_one_page(void **state)
{
	static uint8_t big[8192];

	(void)state;
	valid(big, sizeof(big));
	put32(big + 16, 4096 - 40 + 1);
	assert_int_equal(parse(big, sizeof(big)), LIBFFA_E_BADVALUE);
	put32(big + 16, 4096 - 40);
	assert_int_equal(parse(big, sizeof(big)), LIBFFA_OK);
}

/* offset + size wraps 32 bits. */
static void indirect_hostile_offset_plus_size_overflows(void **state)
{
	uint8_t buf[4096];

	(void)state;
	valid(buf, sizeof(buf));
	put32(buf + 8, 0xFFFFFFF0u);
	put32(buf + 16, 0x20);
	assert_int_equal(parse(buf, sizeof(buf)), LIBFFA_E_OVERFLOW);
}

/* Flags, reserved word at 4, and the v1.2 reserved word at 20. */
static void indirect_hostile_reserved_fields(void **state)
{
	uint8_t buf[4096];
	size_t offs[] = {0, 3, 4, 7, 20, 23};
	size_t i;
	struct libffa_indirect_msg m;

	(void)state;
	for (i = 0; i < 6; i++) {
		valid(buf, sizeof(buf));
		buf[offs[i]] = 0x80;
		assert_int_equal(parse(buf, sizeof(buf)), LIBFFA_E_MBZ);
	}
	/* Byte 20 is payload, not reserved, in a v1.1 layout. */
	valid(buf, sizeof(buf));
	put32(buf + 8, 20);
	buf[20] = 0x80;
	assert_int_equal(
		libffa_indirect_parse(buf, sizeof(buf), LIBFFA_VERSION_1_1, &m),
		LIBFFA_OK);
}

/* Every truncation of a valid message is rejected, never parsed. */
static void indirect_hostile_every_truncation(void **state)
{
	uint8_t buf[48];
	size_t n;

	(void)state;
	valid(buf, sizeof(buf));
	for (n = 0; n < sizeof(buf); n++) {
		assert_int_equal(parse(buf, n), LIBFFA_E_TRUNCATED);
	}
	assert_int_equal(parse(buf, sizeof(buf)), LIBFFA_OK);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(indirect_hostile_baseline_is_valid),
		cmocka_unit_test(indirect_hostile_offset_inside_header),
		cmocka_unit_test(indirect_hostile_v11_header_at_v12_is_payload),
		cmocka_unit_test(indirect_hostile_payload_past_buffer),
		cmocka_unit_test(indirect_hostile_payload_beyond_one_page),
		cmocka_unit_test(indirect_hostile_offset_plus_size_overflows),
		cmocka_unit_test(indirect_hostile_reserved_fields),
		cmocka_unit_test(indirect_hostile_every_truncation),
	};

	return cmocka_run_group_tests_name("indirect_hostile", tests, NULL,
					   NULL);
}
