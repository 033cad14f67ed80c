/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * The ABI table's public lookups, the corners test_abi.c leaves out: IDs in
 * the FF-A and SMCCC ranges that name no ABI, out-of-range enumerators,
 * name parsing, and the UUID register conventions (include/ffa/abi.h).
 */
/* clang-format off */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>
/* clang-format on */

#include "ffa/abi.h"
#include "ffa/field.h"
#include "ffa/smccc.h"

#define ABI_OUT_OF_RANGE ((enum libffa_abi)LIBFFA_ABI_COUNT)

/*
 * abi_from_fid(): E_UNKNOWN_FID when "no ABI has this ID". FF-A function
 * numbers live in 0x60-0xFF of the standard-service owner (ffa-facts
 * s1.1), but not every number is assigned; SMCCC_VERSION and
 * SMCCC_ARCH_FEATURES exist only as SMC32 (DEN0028 1.2 s7.2, s7.3).
 */
static void abi_from_fid_unassigned_ids(void **state)
{
	static const uint32_t unknown[] = {
		UINT32_C(0x840000FF), /* last FF-A number, unassigned */
		UINT32_C(0x8400005F), /* just below the FF-A range */
		UINT32_C(0x84000100), /* just above it */
		UINT32_C(0xC0000000), /* SMCCC_VERSION has no SMC64 form */
		UINT32_C(0xC0000001), /* nor SMCCC_ARCH_FEATURES */
		UINT32_C(0x80000002), /* arch call libffa does not model */
		UINT32_C(0x04000063), /* FFA_VERSION as a yielding call */
		UINT32_C(0xC4000063), /* FFA_VERSION has no SMC64 form */
	};
	enum libffa_abi abi = LIBFFA_ABI_ID_GET;
	bool smc64 = true;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(unknown) / sizeof(unknown[0]); i++) {
		if (libffa_abi_from_fid(unknown[i], &abi, &smc64) !=
		    LIBFFA_E_UNKNOWN_FID) {
			fail_msg("0x%08x resolved", (unsigned int)unknown[i]);
		}
	}
	/* Not written on failure. */
	assert_int_equal(abi, LIBFFA_ABI_ID_GET);
	assert_true(smc64);
	assert_int_equal(libffa_abi_from_fid(LIBFFA_SMCCC_ARCH_FEATURES_FID,
					     &abi, &smc64),
			 LIBFFA_OK);
	assert_int_equal(abi, LIBFFA_ABI_SMCCC_ARCH_FEATURES);
	assert_false(smc64);
	/*
	 * NULL outputs are refused with E_INVAL (the convention of every
	 * libffa entry point, status.h "caller broke a documented contract";
	 * abi.h's Return list does not mention it) and nothing is written.
	 */
	assert_int_equal(
		libffa_abi_from_fid(UINT32_C(0x84000063), NULL, &smc64),
		LIBFFA_E_INVAL);
	assert_false(smc64);
	assert_int_equal(libffa_abi_from_fid(UINT32_C(0x84000063), &abi, NULL),
			 LIBFFA_E_INVAL);
	assert_int_equal(abi, LIBFFA_ABI_SMCCC_ARCH_FEATURES);
}

/*
 * Out-of-range enumerators: abi_info() and abi_layout() "NULL when @abi is
 * out of range", abi_fid() "0 when that form does not exist", and no
 * version defines such an ABI.
 */
static void abi_out_of_range_enumerators(void **state)
{
	(void)state;
	assert_null(libffa_abi_info(ABI_OUT_OF_RANGE));
	assert_null(libffa_abi_layout(ABI_OUT_OF_RANGE, LIBFFA_MSG_ARGS));
	assert_null(libffa_abi_layout(ABI_OUT_OF_RANGE, LIBFFA_MSG_RESULT));
	assert_int_equal(libffa_abi_fid(ABI_OUT_OF_RANGE, false), 0);
	assert_int_equal(libffa_abi_fid(ABI_OUT_OF_RANGE, true), 0);
	assert_false(
		libffa_abi_exists(ABI_OUT_OF_RANGE, false, LIBFFA_VERSION_1_2));
	/* FFA_VERSION has no SMC64 form: fid 0, never exists. */
	assert_int_equal(libffa_abi_fid(LIBFFA_ABI_VERSION, true), 0);
	assert_false(libffa_abi_exists(LIBFFA_ABI_VERSION, true,
				       LIBFFA_VERSION_1_2));
	assert_true(libffa_abi_exists(LIBFFA_ABI_VERSION, false,
				      LIBFFA_VERSION_1_0));
}

/*
 * abi_from_name(): "FFA_MEM_SHARE_64", "FFA_MEM_SHARE", "MEM_SHARE",
 * "mem_share_32", "SMCCC_VERSION" (case-insensitive). Anything else, a
 * different suffix or a NULL argument, is not a name.
 */
static void abi_from_name_accepts_only_documented_forms(void **state)
{
	static const char *const bad[] = {
		"FFA_MEM_SHARE_640",
		"FFA_MEM_SHARE_33",
		"FFA_MEM_SHARE_62",
		"FFA_MEM_SHARE64",
		"FFA_MEM_SHAR",
		"FFA_MEM_SHARE_X4",
		"FFA_SMCCC_VERSION",
		"FFAMEM_SHARE",
		"FFA_",
		"",
		"MEM_SHAR~",
		"FXA_MEM_SHARE",
		"FFX_MEM_SHARE",
		"FFAXMEM_SHARE",
	};
	enum libffa_abi abi = LIBFFA_ABI_ID_GET;
	unsigned int width = 99;
	size_t i;

	(void)state;
	assert_true(libffa_abi_from_name("ffa_mem_share_64", &abi, &width));
	assert_int_equal(abi, LIBFFA_ABI_MEM_SHARE);
	assert_int_equal(width, 64);
	assert_true(libffa_abi_from_name("Ffa_Mem_Share", &abi, &width));
	assert_int_equal(abi, LIBFFA_ABI_MEM_SHARE);
	assert_int_equal(width, 0);
	assert_true(libffa_abi_from_name("smccc_arch_features", &abi, &width));
	assert_int_equal(abi, LIBFFA_ABI_SMCCC_ARCH_FEATURES);
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		if (libffa_abi_from_name(bad[i], &abi, &width)) {
			fail_msg("\"%s\" parsed as ABI %d", bad[i], (int)abi);
		}
	}
	assert_false(libffa_abi_from_name(NULL, &abi, &width));
	assert_false(libffa_abi_from_name("MEM_SHARE", NULL, &width));
	assert_false(libffa_abi_from_name("MEM_SHARE", &abi, NULL));
}

/*
 * The SMCCC UUID convention (DEN0028 1.2 s5.3; ffa-facts s2, the example
 * of the arm-ffa crate): a1a2a3a4-b1b2-c1c2-d1d2-d3d4d5d6d7d8 is
 * w = 0xa4a3a2a1, 0xc2c1b2b1, 0xd4d3d2d1, 0xd8d7d6d5 and
 * x = 0xc2c1b2b1a4a3a2a1, 0xd8d7d6d5d4d3d2d1.
 */
static void abi_uuid_register_conventions(void **state)
{
	static const uint8_t bytes[16] = {0xa1, 0xa2, 0xa3, 0xa4, 0xb1, 0xb2,
					  0xc1, 0xc2, 0xd1, 0xd2, 0xd3, 0xd4,
					  0xd5, 0xd6, 0xd7, 0xd8};
	static const uint32_t w[4] = {0xa4a3a2a1, 0xc2c1b2b1, 0xd4d3d2d1,
				      0xd8d7d6d5};
	struct libffa_uuid u;
	uint32_t w_out[4];
	uint64_t lo = 0;
	uint64_t hi = 0;

	(void)state;
	memset(&u, 0, sizeof(u));
	assert_true(libffa_uuid_is_nil(&u));
	libffa_uuid_from_w(&u, w);
	assert_memory_equal(u.bytes, bytes, 16);
	assert_false(libffa_uuid_is_nil(&u));
	libffa_uuid_to_x(&u, &lo, &hi);
	assert_int_equal(lo, UINT64_C(0xc2c1b2b1a4a3a2a1));
	assert_int_equal(hi, UINT64_C(0xd8d7d6d5d4d3d2d1));
	memset(&u, 0, sizeof(u));
	libffa_uuid_from_x(&u, UINT64_C(0xc2c1b2b1a4a3a2a1),
			   UINT64_C(0xd8d7d6d5d4d3d2d1));
	assert_memory_equal(u.bytes, bytes, 16);
	libffa_uuid_to_w(&u, w_out);
	assert_memory_equal(w_out, w, sizeof(w));
	/* One non-zero byte anywhere makes it non-nil. */
	memset(&u, 0, sizeof(u));
	u.bytes[15] = 1;
	assert_false(libffa_uuid_is_nil(&u));
}

/*
 * abi_regs_in_use(): 8 for SMC32 at every version, 8 for SMC64 before
 * v1.2 and 18 from v1.2 (DEN0077A 1.2 s11.2, DEN0028 1.2 s2.6).
 */
static void abi_regs_in_use_by_convention_and_version(void **state)
{
	(void)state;
	assert_int_equal(libffa_abi_regs_in_use(false, LIBFFA_VERSION_1_3), 8);
	assert_int_equal(libffa_abi_regs_in_use(true, LIBFFA_VERSION_1_1), 8);
	assert_int_equal(libffa_abi_regs_in_use(true, LIBFFA_VERSION_1_2), 18);
}

/*
 * field_present(): "A field exists when its version range covers @version
 * and every register it touches belongs to the frame". NULL arguments
 * name no field.
 */
static void abi_field_present_rules(void **state)
{
	const struct libffa_layout *req2 = libffa_abi_layout(
		LIBFFA_ABI_MSG_SEND_DIRECT_REQ2, LIBFFA_MSG_ARGS);
	const struct libffa_layout *pig = libffa_abi_layout(
		LIBFFA_ABI_PARTITION_INFO_GET, LIBFFA_MSG_ARGS);
	const struct libffa_field *uuid_x = NULL;
	const struct libffa_field *uuid_w = NULL;
	const struct libffa_field *payload = NULL;
	unsigned int i;

	(void)state;
	assert_non_null(req2);
	assert_non_null(pig);
	for (i = 0; i < req2->field_count; i++) {
		if (req2->fields[i].kind == LIBFFA_FIELD_UUID_X) {
			uuid_x = &req2->fields[i];
		} else if (req2->fields[i].kind == LIBFFA_FIELD_ARRAY) {
			payload = &req2->fields[i];
		}
	}
	for (i = 0; i < pig->field_count; i++) {
		if (pig->fields[i].kind == LIBFFA_FIELD_UUID_W) {
			uuid_w = &pig->fields[i];
		}
	}
	assert_non_null(uuid_x);
	assert_non_null(uuid_w);
	assert_non_null(payload);
	/* DIRECT_REQ2 is v1.2+ and SMC64 (ffa-facts s2.2). */
	assert_true(libffa_field_present(req2, uuid_x, true, LIBFFA_VERSION_1_2,
					 0));
	assert_false(libffa_field_present(req2, uuid_x, true,
					  LIBFFA_VERSION_1_1, 0));
	assert_false(libffa_field_present(req2, uuid_x, false,
					  LIBFFA_VERSION_1_2, 0));
	/* x4-x17 payload: 14 elements, the last in x17, none beyond. */
	assert_true(libffa_field_present(req2, payload, true,
					 LIBFFA_VERSION_1_2, 13));
	assert_false(libffa_field_present(req2, payload, true,
					  LIBFFA_VERSION_1_2, 14));
	/* A w-register UUID fits both conventions from v1.0. */
	assert_true(libffa_field_present(pig, uuid_w, false, LIBFFA_VERSION_1_0,
					 0));
	assert_true(
		libffa_field_present(pig, uuid_w, true, LIBFFA_VERSION_1_2, 0));
	assert_false(libffa_field_present(NULL, uuid_w, false,
					  LIBFFA_VERSION_1_0, 0));
	assert_false(
		libffa_field_present(pig, NULL, false, LIBFFA_VERSION_1_0, 0));
}

/*
 * field_present(): "SMC32 frames have only w0-w7, and x8-x17 carry fields
 * only from the layout's wide_since version". FFA_MSG_SEND_DIRECT_REQ's
 * payload reaches x8-x17 from v1.3 in SMC64 (abi.def, docs/fact-check.md
 * s5: the arm-ffa crate's 1.3 reading, gated on v1.3); the tag
 * of FFA_PARTITION_INFO_GET_REGS's answer is x2 bits[47:32] (ffa-facts
 * s2.1), which no w register holds.
 */
static void abi_field_present_frame_limits(void **state)
{
	const struct libffa_layout *req = libffa_abi_layout(
		LIBFFA_ABI_MSG_SEND_DIRECT_REQ, LIBFFA_MSG_ARGS);
	const struct libffa_layout *regs = libffa_abi_layout(
		LIBFFA_ABI_PARTITION_INFO_GET_REGS, LIBFFA_MSG_RESULT);
	const struct libffa_field *payload = NULL;
	const struct libffa_field *tag = NULL;
	unsigned int i;

	(void)state;
	assert_non_null(req);
	assert_non_null(regs);
	for (i = 0; i < req->field_count; i++) {
		if (req->fields[i].kind == LIBFFA_FIELD_ARRAY) {
			payload = &req->fields[i];
		}
	}
	for (i = 0; i < regs->field_count; i++) {
		if (strcmp(regs->fields[i].name, "tag") == 0) {
			tag = &regs->fields[i];
		}
	}
	assert_non_null(payload);
	assert_non_null(tag);
	assert_int_equal(payload->reg, 3);
	/* Element 4 is x7: in every frame. Element 5 is x8. */
	assert_true(libffa_field_present(req, payload, false,
					 LIBFFA_VERSION_1_3, 4));
	assert_false(libffa_field_present(req, payload, true,
					  LIBFFA_VERSION_1_2, 5));
	assert_true(libffa_field_present(req, payload, true, LIBFFA_VERSION_1_3,
					 5));
	assert_false(libffa_field_present(req, payload, false,
					  LIBFFA_VERSION_1_3, 5));
	assert_true(
		libffa_field_present(regs, tag, true, LIBFFA_VERSION_1_2, 0));
	assert_false(
		libffa_field_present(regs, tag, false, LIBFFA_VERSION_1_2, 0));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(abi_from_fid_unassigned_ids),
		cmocka_unit_test(abi_out_of_range_enumerators),
		cmocka_unit_test(abi_from_name_accepts_only_documented_forms),
		cmocka_unit_test(abi_uuid_register_conventions),
		cmocka_unit_test(abi_regs_in_use_by_convention_and_version),
		cmocka_unit_test(abi_field_present_rules),
		cmocka_unit_test(abi_field_present_frame_limits),
	};

	return cmocka_run_group_tests_name("abi_more", tests, NULL, NULL);
}
