/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * More boot-information tests: the statuses bootinfo.h documents for
 * every function, the header version rules (DEN0077A 1.1
 * s5.4: the v1.1+ protocol; version bit 31 is MBZ and the major must be 1),
 * descriptor flag formats, and an offset content
 * (v1.3) that starts beyond the blob.
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

#include "ffa/bootinfo.h"

static void put32(uint8_t *p, uint32_t v)
{
	p[0] = (uint8_t)v;
	p[1] = (uint8_t)(v >> 8);
	p[2] = (uint8_t)(v >> 16);
	p[3] = (uint8_t)(v >> 24);
}

static void put64(uint8_t *p, uint64_t v)
{
	put32(p, (uint32_t)v);
	put32(p + 4, (uint32_t)(v >> 32));
}

/* A valid blob of one descriptor, built by the library (64 bytes). */
static size_t one(libffa_version_t version, uint16_t flags, uint8_t *buf)
{
	struct libffa_bootinfo_desc d;
	size_t needed = 0;

	memset(&d, 0, sizeof(d));
	memcpy(d.name, "fdt", 3);
	d.flags = flags;
	assert_int_equal(
		libffa_bootinfo_build(&d, 1, version, buf, 64, &needed),
		LIBFFA_OK);
	assert_int_equal(needed, 64);
	return needed;
}

static void bootinfo_parse_rejects_null(void **state)
{
	uint8_t buf[64];
	struct libffa_bootinfo_view view;
	size_t n = one(LIBFFA_VERSION_1_1, 0, buf);

	(void)state;
	assert_int_equal(libffa_bootinfo_parse(buf, n, NULL), LIBFFA_E_INVAL);
	assert_int_equal(libffa_bootinfo_parse(NULL, n, &view), LIBFFA_E_INVAL);
	/* No bytes at all: too short for a signature. */
	assert_int_equal(libffa_bootinfo_parse(NULL, 0, &view),
			 LIBFFA_E_TRUNCATED);
}

static void bootinfo_parse_header_version_rules(void **state)
{
	uint8_t buf[64];
	struct libffa_bootinfo_view view;
	size_t n = one(LIBFFA_VERSION_1_1, 0, buf);

	(void)state;
	/* The v1.1+ protocol: a header claiming v1.0 is malformed. */
	put32(buf + 4, LIBFFA_VERSION_1_0);
	assert_int_equal(libffa_bootinfo_parse(buf, n, &view),
			 LIBFFA_E_BADVALUE);
	put32(buf + 4, 0x00020000u); /* v2.0 */
	assert_int_equal(libffa_bootinfo_parse(buf, n, &view),
			 LIBFFA_E_BADVALUE);
	put32(buf + 4, 0x80010001u); /* bit 31 set */
	assert_int_equal(libffa_bootinfo_parse(buf, n, &view),
			 LIBFFA_E_BADVALUE);
	/* A later minor than the library knows is accepted (same major). */
	put32(buf + 4, 0x00010009u);
	assert_int_equal(libffa_bootinfo_parse(buf, n, &view), LIBFFA_OK);
	assert_int_equal(view.version, 0x00010009u);
}

/* An offset content lies in the blob (bootinfo.h parse Return:
 * TRUNCATED); an offset past the blob is refused even with size 0, and a
 * 64-bit offset is never truncated to 32 bits. An empty content right at
 * the end of the blob is valid. */
static void bootinfo_parse_offset_content_beyond_blob(void **state)
{
	uint8_t buf[64];
	struct libffa_bootinfo_view view;
	struct libffa_bootinfo_desc d;
	size_t n = one(LIBFFA_VERSION_1_3,
		       LIBFFA_BOOTINFO_CONTENT_OFFSET
			       << LIBFFA_BOOTINFO_FLAG_CONTENT_FORMAT_SHIFT,
		       buf);

	(void)state;
	put64(buf + 32 + 24, 64); /* content at the end of the blob */
	put32(buf + 32 + 20, 0);
	assert_int_equal(libffa_bootinfo_parse(buf, n, &view), LIBFFA_OK);
	assert_int_equal(libffa_bootinfo_desc_at(&view, 0, &d), LIBFFA_OK);
	assert_true(d.content == 64);
	put64(buf + 32 + 24, 65);
	assert_int_equal(libffa_bootinfo_parse(buf, n, &view),
			 LIBFFA_E_TRUNCATED);
	put64(buf + 32 + 24, 0x100000020ull); /* 32 if cut to u32 */
	put32(buf + 32 + 20, 16);
	assert_int_equal(libffa_bootinfo_parse(buf, n, &view),
			 LIBFFA_E_TRUNCATED);
}

static void bootinfo_build_rejects_null_and_old_versions(void **state)
{
	struct libffa_bootinfo_desc d;
	uint8_t buf[64];
	size_t needed = 7;

	(void)state;
	memset(&d, 0, sizeof(d));
	assert_int_equal(libffa_bootinfo_build(&d, 1, LIBFFA_VERSION_1_1, buf,
					       sizeof(buf), NULL),
			 LIBFFA_E_INVAL);
	assert_int_equal(libffa_bootinfo_build(NULL, 1, LIBFFA_VERSION_1_1, buf,
					       sizeof(buf), &needed),
			 LIBFFA_E_INVAL);
	/* The v1.1+ protocol cannot be written as v1.0 (a different form). */
	assert_int_equal(libffa_bootinfo_build(&d, 1, LIBFFA_VERSION_1_0, buf,
					       sizeof(buf), &needed),
			 LIBFFA_E_VERSION);
	assert_int_equal(libffa_bootinfo_build(&d, 1, LIBFFA_VERSION(1, 4), buf,
					       sizeof(buf), &needed),
			 LIBFFA_E_VERSION);
	assert_int_equal(needed, 7);
	/* A NULL buffer is a sizing call. */
	assert_int_equal(libffa_bootinfo_build(&d, 1, LIBFFA_VERSION_1_1, NULL,
					       0, &needed),
			 LIBFFA_E_NOSPACE);
	assert_int_equal(needed, 64);
	/* No descriptors: a header-only blob. */
	assert_int_equal(libffa_bootinfo_build(NULL, 0, LIBFFA_VERSION_1_1, buf,
					       sizeof(buf), &needed),
			 LIBFFA_OK);
	assert_int_equal(needed, 32);
}

/* The builder refuses what the parser would refuse (bootinfo.h build
 * Return: INVAL for reserved flag bits or formats). */
/* bootinfo.h desc_at Return: INVAL for NULL or an index out of range;
 * build Return: NOSPACE with *needed the size when @cap is too small. */
static void bootinfo_desc_at_and_build_capacity(void **state)
{
	uint8_t buf[64];
	struct libffa_bootinfo_view view;
	struct libffa_bootinfo_desc d;
	size_t needed = 0;
	size_t n = one(LIBFFA_VERSION_1_2, LIBFFA_BOOTINFO_NAME_STRING, buf);

	(void)state;
	assert_int_equal(libffa_bootinfo_parse(buf, n, &view), LIBFFA_OK);
	assert_int_equal(libffa_bootinfo_desc_at(NULL, 0, &d), LIBFFA_E_INVAL);
	assert_int_equal(libffa_bootinfo_desc_at(&view, 0, NULL),
			 LIBFFA_E_INVAL);
	assert_int_equal(libffa_bootinfo_desc_at(&view, 1, &d), LIBFFA_E_INVAL);
	assert_int_equal(libffa_bootinfo_desc_at(&view, 0, &d), LIBFFA_OK);
	assert_memory_equal(d.name, "fdt", 4);
	memset(&d, 0, sizeof(d));
	memset(buf, 0xEE, sizeof(buf));
	assert_int_equal(libffa_bootinfo_build(&d, 1, LIBFFA_VERSION_1_2, buf,
					       63, &needed),
			 LIBFFA_E_NOSPACE);
	assert_int_equal(needed, 64);
	assert_int_equal(buf[0], 0xEE); /* nothing written */
}

static void bootinfo_build_rejects_reserved_formats(void **state)
{
	struct libffa_bootinfo_desc d;
	uint8_t buf[64];
	size_t needed;

	(void)state;
	memset(&d, 0, sizeof(d));
	d.flags = 2; /* name format 2 is reserved */
	assert_int_equal(libffa_bootinfo_build(&d, 1, LIBFFA_VERSION_1_3, buf,
					       sizeof(buf), &needed),
			 LIBFFA_E_INVAL);
	d.flags = 3u << LIBFFA_BOOTINFO_FLAG_CONTENT_FORMAT_SHIFT;
	assert_int_equal(libffa_bootinfo_build(&d, 1, LIBFFA_VERSION_1_3, buf,
					       sizeof(buf), &needed),
			 LIBFFA_E_INVAL);
	d.flags = 0x0010; /* bit 4: MBZ */
	assert_int_equal(libffa_bootinfo_build(&d, 1, LIBFFA_VERSION_1_3, buf,
					       sizeof(buf), &needed),
			 LIBFFA_E_INVAL);
	d.flags = LIBFFA_BOOTINFO_NAME_UUID |
		  LIBFFA_BOOTINFO_CONTENT_VALUE
			  << LIBFFA_BOOTINFO_FLAG_CONTENT_FORMAT_SHIFT;
	assert_int_equal(libffa_bootinfo_build(&d, 1, LIBFFA_VERSION_1_1, buf,
					       sizeof(buf), &needed),
			 LIBFFA_OK);
	assert_int_equal(buf[32 + 18], 0x05);
}

static void bootinfo_v1_0_rejects_null_short_and_wrong_magic(void **state)
{
	uint8_t buf[8 + 32];
	uint32_t count = 5;
	struct libffa_bootinfo_nvp_v1_0 nvp;

	(void)state;
	memset(buf, 0, sizeof(buf));
	memcpy(buf, "FF-A", 4);
	buf[4] = 1;
	assert_int_equal(libffa_bootinfo_parse_v1_0(buf, sizeof(buf), NULL),
			 LIBFFA_E_INVAL);
	assert_int_equal(libffa_bootinfo_parse_v1_0(NULL, sizeof(buf), &count),
			 LIBFFA_E_INVAL);
	assert_int_equal(libffa_bootinfo_parse_v1_0(NULL, 0, &count),
			 LIBFFA_E_TRUNCATED);
	assert_int_equal(libffa_bootinfo_parse_v1_0(buf, 7, &count),
			 LIBFFA_E_TRUNCATED);
	assert_int_equal(count, 5);
	/* The v1.1+ signature is not the v1.0 magic. */
	put32(buf, LIBFFA_BOOTINFO_SIGNATURE);
	assert_int_equal(libffa_bootinfo_parse_v1_0(buf, sizeof(buf), &count),
			 LIBFFA_E_BADVALUE);
	memcpy(buf, "FF-A", 4);
	assert_int_equal(libffa_bootinfo_parse_v1_0(buf, sizeof(buf), &count),
			 LIBFFA_OK);
	assert_int_equal(count, 1);
	assert_int_equal(
		libffa_bootinfo_nvp_at_v1_0(NULL, sizeof(buf), count, 0, &nvp),
		LIBFFA_E_INVAL);
	assert_int_equal(
		libffa_bootinfo_nvp_at_v1_0(buf, sizeof(buf), count, 0, NULL),
		LIBFFA_E_INVAL);
	assert_int_equal(
		libffa_bootinfo_nvp_at_v1_0(buf, sizeof(buf), count, 1, &nvp),
		LIBFFA_E_INVAL);
	/* The pair must lie inside the size given (the v1.0 form: 8-byte
	 * magic and count, then 32-byte pairs), whatever count is passed. */
	assert_int_equal(
		libffa_bootinfo_nvp_at_v1_0(buf, sizeof(buf), count, 0, &nvp),
		LIBFFA_OK);
	assert_int_equal(
		libffa_bootinfo_nvp_at_v1_0(buf, 8u + 31u, count, 0, &nvp),
		LIBFFA_E_INVAL);
	assert_int_equal(
		libffa_bootinfo_nvp_at_v1_0(buf, 8u + 32u, 2u, 1, &nvp),
		LIBFFA_E_INVAL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(bootinfo_parse_rejects_null),
		cmocka_unit_test(bootinfo_parse_header_version_rules),
		cmocka_unit_test(bootinfo_parse_offset_content_beyond_blob),
		cmocka_unit_test(bootinfo_build_rejects_null_and_old_versions),
		cmocka_unit_test(bootinfo_desc_at_and_build_capacity),
		cmocka_unit_test(bootinfo_build_rejects_reserved_formats),
		cmocka_unit_test(
			bootinfo_v1_0_rejects_null_short_and_wrong_magic),
	};

	return cmocka_run_group_tests_name("bootinfo_more", tests, NULL, NULL);
}
