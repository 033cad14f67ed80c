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

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(bootinfo_golden_header),
		cmocka_unit_test(bootinfo_round_trip_every_version),
		cmocka_unit_test(bootinfo_steps_by_header_desc_size),
		cmocka_unit_test(bootinfo_offset_content),
		cmocka_unit_test(bootinfo_v1_0_form),
	};

	return cmocka_run_group_tests_name("bootinfo", tests, NULL, NULL);
}
