/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * Boot information (DEN0077A 1.1 s5.4).
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

#include "ffa/bootinfo.h"

#include "helpers.h"

static void two_descs(struct libffa_bootinfo_desc *d)
{
	memset(d, 0, 2 * sizeof(*d));
	memcpy(d[0].name, "TYPE_DT", 7);
	d[0].type = LIBFFA_BOOTINFO_ID_FDT;
	d[0].flags = LIBFFA_BOOTINFO_NAME_STRING |
		     (LIBFFA_BOOTINFO_CONTENT_ADDRESS << 2);
	d[0].size = 0x1000;
	d[0].content = UINT64_C(0x7000000000);
	d[1].name[0] = 0xA1;
	d[1].type = LIBFFA_BOOTINFO_ID_HOB | LIBFFA_BOOTINFO_TYPE_IMPDEF;
	d[1].flags = LIBFFA_BOOTINFO_NAME_UUID |
		     (LIBFFA_BOOTINFO_CONTENT_VALUE << 2);
	d[1].size = 8;
	d[1].content = 0x1122334455667788u;
}

/* Golden header bytes: signature 0x0FFA, version, sizes, offset 32. */
static void bootinfo_golden_header(void **state)
{
	struct libffa_bootinfo_desc d[2];
	uint8_t buf[96];
	size_t needed;
	static const uint8_t hdr[32] = {
		0xFA, 0x0F, 0, 0, 0x01, 0, 0x01, 0, 96, 0, 0, 0, 32, 0, 0, 0,
		2,    0,    0, 0, 32,	0, 0,	 0, 0,	0, 0, 0, 0,  0, 0, 0};

	(void)state;
	two_descs(d);
	assert_int_equal(libffa_bootinfo_build(d, 2, LIBFFA_VERSION_1_1, buf,
					       sizeof(buf), &needed),
			 LIBFFA_OK);
	assert_int_equal(needed, 96);
	assert_memory_equal(buf, hdr, sizeof(hdr));
	/* Descriptor 1 at 64: type at 16, flags at 18, size at 20. */
	assert_int_equal(buf[64 + 16], 0x81);
	assert_int_equal(buf[64 + 18], 0x05);
	assert_int_equal(buf[64 + 20], 8);
	assert_int_equal(buf[64 + 24], 0x88);
}

/* Every version with this protocol: build then parse gives it back. */
static void bootinfo_round_trip_every_version(void **state)
{
	static const libffa_version_t vers[] = {
		LIBFFA_VERSION_1_1, LIBFFA_VERSION_1_2, LIBFFA_VERSION_1_3};
	struct libffa_bootinfo_desc d[2];
	struct libffa_bootinfo_desc out;
	struct libffa_bootinfo_view view;
	uint8_t buf[96];
	size_t needed;
	uint32_t i;
	size_t v;

	(void)state;
	two_descs(d);
	for (v = 0; v < 3; v++) {
		assert_int_equal(libffa_bootinfo_build(d, 2, vers[v], buf,
						       sizeof(buf), &needed),
				 LIBFFA_OK);
		assert_int_equal(libffa_bootinfo_parse(buf, needed, &view),
				 LIBFFA_OK);
		assert_int_equal(view.version, vers[v]);
		assert_int_equal(view.desc_count, 2);
		for (i = 0; i < 2; i++) {
			assert_int_equal(
				libffa_bootinfo_desc_at(&view, i, &out),
				LIBFFA_OK);
			assert_memory_equal(&out, &d[i], sizeof(out));
		}
		assert_int_equal(libffa_bootinfo_desc_at(&view, 2, &out),
				 LIBFFA_E_INVAL);
	}
}

/* A larger descriptor size from a newer SPMC: step by it. */
static void bootinfo_steps_by_header_desc_size(void **state)
{
	struct libffa_bootinfo_desc d[2];
	struct libffa_bootinfo_desc out;
	struct libffa_bootinfo_view view;
	uint8_t small[96];
	uint8_t buf[32 + 2 * 48];
	size_t needed;

	(void)state;
	two_descs(d);
	assert_int_equal(libffa_bootinfo_build(d, 2, LIBFFA_VERSION_1_2, small,
					       sizeof(small), &needed),
			 LIBFFA_OK);
	memset(buf, 0, sizeof(buf));
	memcpy(buf, small, 32);
	memcpy(buf + 32, small + 32, 32);
	memcpy(buf + 32 + 48, small + 64, 32);
	buf[8] = sizeof(buf);
	buf[12] = 48;
	assert_int_equal(libffa_bootinfo_parse(buf, sizeof(buf), &view),
			 LIBFFA_OK);
	assert_int_equal(libffa_bootinfo_desc_at(&view, 1, &out), LIBFFA_OK);
	assert_memory_equal(&out, &d[1], sizeof(out));
}

/* v1.3 offset content must stay in the blob; earlier versions lack it. */
static void bootinfo_offset_content(void **state)
{
	struct libffa_bootinfo_desc d[1];
	struct libffa_bootinfo_view view;
	uint8_t buf[128];
	size_t needed;

	(void)state;
	memset(d, 0, sizeof(d));
	d[0].flags = LIBFFA_BOOTINFO_CONTENT_OFFSET << 2;
	d[0].content = 32;
	d[0].size = 32;
	assert_int_equal(libffa_bootinfo_build(d, 1, LIBFFA_VERSION_1_2, buf,
					       sizeof(buf), &needed),
			 LIBFFA_E_INVAL);
	assert_int_equal(libffa_bootinfo_build(d, 1, LIBFFA_VERSION_1_3, buf,
					       sizeof(buf), &needed),
			 LIBFFA_OK);
	assert_int_equal(libffa_bootinfo_parse(buf, needed, &view), LIBFFA_OK);
	buf[32 + 20] = 33; /* size 33 from offset 32 of a 64-byte blob */
	assert_int_equal(libffa_bootinfo_parse(buf, needed, &view),
			 LIBFFA_E_TRUNCATED);
}

/* The v1.0 form is recognised, and readable through its own parser. */
static void bootinfo_v1_0_form(void **state)
{
	uint8_t buf[8 + 32];
	struct libffa_bootinfo_view view;
	struct libffa_bootinfo_nvp_v1_0 nvp;
	uint32_t count;

	(void)state;
	memset(buf, 0, sizeof(buf));
	memcpy(buf, "FF-A", 4);
	buf[4] = 1;
	memcpy(buf + 8, "TYPE_DT", 7);
	buf[24] = 0x00;
	buf[25] = 0x10; /* value 0x1000 */
	buf[32] = 0x40; /* size 0x40 */
	assert_int_equal(libffa_bootinfo_parse(buf, sizeof(buf), &view),
			 LIBFFA_E_VERSION);
	assert_int_equal(libffa_bootinfo_parse_v1_0(buf, sizeof(buf), &count),
			 LIBFFA_OK);
	assert_int_equal(count, 1);
	assert_int_equal(
		libffa_bootinfo_nvp_at_v1_0(buf, sizeof(buf), count, 0, &nvp),
		LIBFFA_OK);
	assert_memory_equal(nvp.name, "TYPE_DT", 8);
	assert_int_equal(nvp.value, 0x1000);
	assert_int_equal(nvp.size, 0x40);
	assert_int_equal(
		libffa_bootinfo_parse_v1_0(buf, sizeof(buf) - 1, &count),
		LIBFFA_E_TRUNCATED);
}

/*
 * Boot-information tests: the statuses bootinfo.h documents for
 * every function, the header version rules (DEN0077A 1.1
 * s5.4: the v1.1+ protocol; version bit 31 is MBZ and the major must be 1),
 * descriptor flag formats, and an offset content
 * (v1.3) that starts beyond the blob.
 */
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
	th_put32(buf + 4, LIBFFA_VERSION_1_0);
	assert_int_equal(libffa_bootinfo_parse(buf, n, &view),
			 LIBFFA_E_BADVALUE);
	th_put32(buf + 4, 0x00020000u); /* v2.0 */
	assert_int_equal(libffa_bootinfo_parse(buf, n, &view),
			 LIBFFA_E_BADVALUE);
	th_put32(buf + 4, 0x80010001u); /* bit 31 set */
	assert_int_equal(libffa_bootinfo_parse(buf, n, &view),
			 LIBFFA_E_BADVALUE);
	/* A later minor than the library knows is accepted (same major). */
	th_put32(buf + 4, 0x00010009u);
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
	th_put64(buf + 32 + 24, 64); /* content at the end of the blob */
	th_put32(buf + 32 + 20, 0);
	assert_int_equal(libffa_bootinfo_parse(buf, n, &view), LIBFFA_OK);
	assert_int_equal(libffa_bootinfo_desc_at(&view, 0, &d), LIBFFA_OK);
	assert_true(d.content == 64);
	th_put64(buf + 32 + 24, 65);
	assert_int_equal(libffa_bootinfo_parse(buf, n, &view),
			 LIBFFA_E_TRUNCATED);
	th_put64(buf + 32 + 24, 0x100000020ull); /* 32 if cut to u32 */
	th_put32(buf + 32 + 20, 16);
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
	th_put32(buf, LIBFFA_BOOTINFO_SIGNATURE);
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
		cmocka_unit_test(bootinfo_golden_header),
		cmocka_unit_test(bootinfo_round_trip_every_version),
		cmocka_unit_test(bootinfo_steps_by_header_desc_size),
		cmocka_unit_test(bootinfo_offset_content),
		cmocka_unit_test(bootinfo_v1_0_form),
		cmocka_unit_test(bootinfo_parse_rejects_null),
		cmocka_unit_test(bootinfo_parse_header_version_rules),
		cmocka_unit_test(bootinfo_parse_offset_content_beyond_blob),
		cmocka_unit_test(bootinfo_build_rejects_null_and_old_versions),
		cmocka_unit_test(bootinfo_desc_at_and_build_capacity),
		cmocka_unit_test(bootinfo_build_rejects_reserved_formats),
		cmocka_unit_test(
			bootinfo_v1_0_rejects_null_short_and_wrong_magic),
	};

	return cmocka_run_group_tests_name("bootinfo", tests, NULL, NULL);
}
