/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * Messages through the public API, the corners test_msg.c leaves out: the
 * generic field accessors (UUID halves, signed fields, foreign fields),
 * FFA_ERROR construction, and the value rules of FFA_FEATURES and
 * FFA_PARTITION_INFO_GET_REGS (include/ffa/msg.h).
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
#include "ffa/msg.h"

#define V11 LIBFFA_VERSION_1_1
#define V12 LIBFFA_VERSION_1_2

/*
 * field_get(): "@elem: ... half (UUID: 0 bytes 0-7, 1 bytes 8-15)" in the
 * x-pair convention (DEN0028 1.2 s5.3; ffa-facts s2 example); a third
 * half does not exist.
 */
static void msg_field_get_uuid_halves(void **state)
{
	struct libffa_regs f = {
		{0xC400008D, 0x8001, 0xc2c1b2b1a4a3a2a1, 0xd8d7d6d5d4d3d2d1}};
	struct libffa_msg m;
	const struct libffa_field *uuid;
	uint64_t v = 0;

	(void)state;
	assert_int_equal(libffa_msg_decode(&f, V12, &m), LIBFFA_OK);
	uuid = libffa_msg_field_find(&m, "uuid");
	assert_non_null(uuid);
	assert_int_equal(libffa_msg_field_get(&m, uuid, 0, &v), LIBFFA_OK);
	assert_int_equal(v, UINT64_C(0xc2c1b2b1a4a3a2a1));
	assert_int_equal(libffa_msg_field_get(&m, uuid, 1, &v), LIBFFA_OK);
	assert_int_equal(v, UINT64_C(0xd8d7d6d5d4d3d2d1));
	assert_int_equal(m.args.direct_req2.uuid.bytes[0], 0xa1);
	assert_int_equal(libffa_msg_field_get(&m, uuid, 2, &v), LIBFFA_E_INVAL);
	assert_int_equal(libffa_msg_field_get(&m, uuid, 0, NULL),
			 LIBFFA_E_INVAL);
	/* Setting a half writes those eight bytes. */
	assert_int_equal(libffa_msg_field_set(&m, uuid, 1, 0), LIBFFA_OK);
	assert_int_equal(m.args.direct_req2.uuid.bytes[8], 0);
	assert_int_equal(m.args.direct_req2.uuid.bytes[7], 0xc2);
	assert_int_equal(libffa_msg_field_set(&m, uuid, 2, 0), LIBFFA_E_INVAL);
}

/*
 * field_get(): "zero-extended (sign-extended for signed fields)";
 * field_set(): "must fit the field's C type". FFA_ERROR's code is an
 * int32_t (ffa-facts s3.1).
 */
static void msg_field_signed_error_code(void **state)
{
	struct libffa_msg m;
	const struct libffa_field *code;
	uint64_t v = 0;

	(void)state;
	libffa_msg_error(&m, LIBFFA_RET_INVALID_PARAMETERS);
	code = libffa_msg_field_find(&m, "error_code");
	assert_non_null(code);
	assert_int_equal(libffa_msg_field_get(&m, code, 0, &v), LIBFFA_OK);
	assert_int_equal(v, (uint64_t)(int64_t)LIBFFA_RET_INVALID_PARAMETERS);
	/* -8 as an int64 fits an int32_t; 2^31 does not. */
	assert_int_equal(
		libffa_msg_field_set(&m, code, 0, (uint64_t)(int64_t)-8),
		LIBFFA_OK);
	assert_int_equal(m.args.error.error_code, -8);
	assert_int_equal(
		libffa_msg_field_set(&m, code, 0, UINT64_C(0x80000000)),
		LIBFFA_E_INVAL);
	assert_int_equal(libffa_msg_field_set(&m, code, 0, 0x7FFFFFFF),
			 LIBFFA_OK);
	assert_int_equal(m.args.error.error_code, 0x7FFFFFFF);
}

/*
 * field_get()/field_set(): "@field: a field of libffa_msg_layout(@msg)";
 * a field of another ABI's layout, or of a message whose ABI is out of
 * range, is E_INVAL. field_find() returns NULL for no such field.
 */
static void msg_field_foreign_fields_are_inval(void **state)
{
	struct libffa_msg m;
	struct libffa_msg other;
	const struct libffa_field *f;
	uint64_t v = 0;

	(void)state;
	libffa_msg_init(&m, LIBFFA_ABI_ID_GET, LIBFFA_MSG_RESULT, false);
	libffa_msg_init(&other, LIBFFA_ABI_RUN, LIBFFA_MSG_ARGS, false);
	f = libffa_msg_field_find(&other, "vcpu_id");
	assert_non_null(f);
	assert_int_equal(libffa_msg_field_get(&m, f, 0, &v), LIBFFA_E_INVAL);
	assert_int_equal(libffa_msg_field_set(&m, f, 0, 1), LIBFFA_E_INVAL);
	assert_int_equal(libffa_msg_field_get(&m, NULL, 0, &v), LIBFFA_E_INVAL);
	assert_null(libffa_msg_field_find(&m, NULL));
	assert_null(libffa_msg_field_find(&m, "vcpu_id"));
	assert_non_null(libffa_msg_field_find(&m, "id"));
	other.abi = (enum libffa_abi)LIBFFA_ABI_COUNT;
	assert_null(libffa_msg_layout(&other));
	assert_null(libffa_msg_field_find(&other, "vcpu_id"));
	assert_int_equal(libffa_msg_field_get(&other, f, 0, &v),
			 LIBFFA_E_INVAL);
}

/*
 * msg_error() builds FFA_ERROR (ffa-facts s3.1: FID 0x84000060, code in
 * w2); msg_is_error() recognises it and only it.
 */
static void msg_error_builds_ffa_error(void **state)
{
	struct libffa_msg m;
	struct libffa_regs r;
	int32_t code = 0;

	(void)state;
	libffa_msg_error(&m, LIBFFA_RET_DENIED);
	assert_true(libffa_msg_is_error(&m, &code));
	assert_int_equal(code, LIBFFA_RET_DENIED);
	assert_int_equal(libffa_msg_encode(&m, V12, &r), LIBFFA_OK);
	assert_int_equal(r.x[0], UINT64_C(0x84000060));
	assert_int_equal(libffa_regs_w(&r, 2), (uint32_t)LIBFFA_RET_DENIED);
	assert_int_equal(r.x[1], 0);
	code = 1;
	assert_false(libffa_msg_is_error(NULL, &code));
	libffa_msg_init(&m, LIBFFA_ABI_ID_GET, LIBFFA_MSG_RESULT, false);
	assert_false(libffa_msg_is_error(&m, &code));
	/* An FFA_ERROR "result" is not an FFA_ERROR frame. */
	libffa_msg_init(&m, LIBFFA_ABI_ERROR, LIBFFA_MSG_RESULT, false);
	assert_false(libffa_msg_is_error(&m, &code));
	assert_int_equal(code, 1);
}

/*
 * FFA_FEATURES (DEN0077A 1.2 s13.3): w1 bit 31 clear is a feature ID,
 * whose input properties in w2 must be zero (E_MBZ, fault on w2); for a
 * function ID (bit 31 set) w2 carries input properties.
 */
static void msg_features_input_properties_rules(void **state)
{
	struct libffa_regs feat = {{0x84000064, 0x1, 0x2}};
	struct libffa_regs feat_ok = {{0x84000064, 0x1, 0}};
	struct libffa_regs func = {{0x84000064, 0x84000074, 0x1}};
	struct libffa_msg m;
	struct libffa_msg_fault fault;

	(void)state;
	assert_int_equal(libffa_msg_decode_ex(&feat, V11, 0, &m, &fault),
			 LIBFFA_E_MBZ);
	assert_int_equal(fault.reg, 2);
	assert_int_equal(fault.bits, 2);
	assert_string_equal(fault.field, "input_properties");
	assert_int_equal(libffa_msg_decode(&feat_ok, V11, &m), LIBFFA_OK);
	assert_int_equal(m.args.features.feature, 1);
	assert_int_equal(libffa_msg_decode(&func, V11, &m), LIBFFA_OK);
	assert_int_equal(m.args.features.input_properties, 1);
}

/*
 * FFA_PARTITION_INFO_GET_REGS (DEN0077A 1.2 s13.9, ffa-facts s6.3): a
 * tag with start index 0 is E_RETRY; a tag with a later index continues
 * an earlier walk and is accepted.
 */
static void msg_partition_info_get_regs_tag_rule(void **state)
{
	struct libffa_regs retry = {{0xC400008B, 0, 0, 0x00050000}};
	struct libffa_regs cont = {{0xC400008B, 0, 0, 0x00050003}};
	struct libffa_msg m;
	struct libffa_msg_fault fault;

	(void)state;
	assert_int_equal(libffa_msg_decode_ex(&retry, V12, 0, &m, &fault),
			 LIBFFA_E_RETRY);
	assert_int_equal(fault.reg, 3);
	assert_string_equal(fault.field, "tag");
	assert_int_equal(libffa_msg_decode(&cont, V12, &m), LIBFFA_OK);
	assert_int_equal(m.args.partition_info_get_regs.start_index, 3);
	assert_int_equal(m.args.partition_info_get_regs.tag, 5);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(msg_field_get_uuid_halves),
		cmocka_unit_test(msg_field_signed_error_code),
		cmocka_unit_test(msg_field_foreign_fields_are_inval),
		cmocka_unit_test(msg_error_builds_ffa_error),
		cmocka_unit_test(msg_features_input_properties_rules),
		cmocka_unit_test(msg_partition_info_get_regs_tag_rule),
	};

	return cmocka_run_group_tests_name("msg_more", tests, NULL, NULL);
}
