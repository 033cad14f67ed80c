/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * More partition-information tests: the statuses partition.h documents for
 * every function, fields a layout cannot carry (DEN0077A 1.0
 * Table 8.25: the 8-byte v1.0 descriptor has no UUID; 1.3 s13.9: image
 * UUID and version exist from v1.3), the count-only flag
 * existing from v1.1 only (DEN0077A 1.1 s13.8) and the UUID a GET_REGS
 * request carries (DEN0077A 1.2 s13.10).
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

#include "ffa/msg.h"
#include "ffa/partition.h"

static void make(struct libffa_partition_info *p, libffa_id_t id)
{
	memset(p, 0, sizeof(*p));
	p->id = id;
	p->exec_ctx_count = 4;
	p->properties = LIBFFA_PARTITION_PROP_DIRECT_REQ_RECV;
}

static void partition_build_rejects_null_and_unknown_version(void **state)
{
	struct libffa_partition_info p;
	uint8_t buf[64];
	size_t needed = 77;

	(void)state;
	make(&p, 0x8001);
	assert_int_equal(libffa_partition_info_build(&p, 1, LIBFFA_VERSION_1_1,
						     buf, sizeof(buf), NULL),
			 LIBFFA_E_INVAL);
	assert_int_equal(
		libffa_partition_info_build(NULL, 1, LIBFFA_VERSION_1_1, buf,
					    sizeof(buf), &needed),
		LIBFFA_E_INVAL);
	assert_int_equal(
		libffa_partition_info_build(&p, 1, LIBFFA_VERSION(1, 4), buf,
					    sizeof(buf), &needed),
		LIBFFA_E_VERSION);
	assert_int_equal(needed, 77);
	/* No partitions: nothing to write, no buffer needed. */
	assert_int_equal(libffa_partition_info_build(
				 NULL, 0, LIBFFA_VERSION_1_1, NULL, 0, &needed),
			 LIBFFA_OK);
	assert_int_equal(needed, 0);
	/* A NULL buffer is a sizing call whatever @cap says. */
	assert_int_equal(
		libffa_partition_info_build(&p, 1, LIBFFA_VERSION_1_1, NULL,
					    sizeof(buf), &needed),
		LIBFFA_E_NOSPACE);
	assert_int_equal(needed, 24);
}

static void partition_build_refuses_fields_the_layout_lacks(void **state)
{
	struct libffa_partition_info p;
	uint8_t buf[64];
	size_t needed;

	(void)state;
	make(&p, 0x8001);
	p.uuid.bytes[15] = 1;
	/* v1.0: 8 bytes, no UUID. */
	assert_int_equal(libffa_partition_info_build(&p, 1, LIBFFA_VERSION_1_0,
						     buf, sizeof(buf), &needed),
			 LIBFFA_E_INVAL);
	assert_int_equal(libffa_partition_info_build(&p, 1, LIBFFA_VERSION_1_1,
						     buf, sizeof(buf), &needed),
			 LIBFFA_OK);
	/* v1.2: the partition's FF-A version has no place before v1.3, even
	 * with a nil image UUID. */
	p.ffa_version = LIBFFA_VERSION_1_2;
	assert_int_equal(libffa_partition_info_build(&p, 1, LIBFFA_VERSION_1_2,
						     buf, sizeof(buf), &needed),
			 LIBFFA_E_INVAL);
	assert_int_equal(libffa_partition_info_build(&p, 1, LIBFFA_VERSION_1_3,
						     buf, sizeof(buf), &needed),
			 LIBFFA_OK);
	assert_int_equal(needed, 48);
	assert_int_equal(buf[40], LIBFFA_VERSION_1_2 & 0xFFu);
	assert_int_equal(buf[42], (LIBFFA_VERSION_1_2 >> 16) & 0xFFu);
}

static void partition_respond_rejects_null_and_unknown_version(void **state)
{
	struct libffa_partition_info p;
	struct libffa_args_partition_info_get args;
	struct libffa_result_partition_info_get res;
	uint8_t buf[64];

	(void)state;
	make(&p, 0x8001);
	memset(&args, 0, sizeof(args));
	assert_int_equal(
		libffa_partition_info_respond(NULL, &p, 1, LIBFFA_VERSION_1_1,
					      buf, sizeof(buf), &res),
		LIBFFA_E_INVAL);
	assert_int_equal(
		libffa_partition_info_respond(&args, &p, 1, LIBFFA_VERSION_1_1,
					      buf, sizeof(buf), NULL),
		LIBFFA_E_INVAL);
	assert_int_equal(libffa_partition_info_respond(&args, &p, 1,
						       LIBFFA_VERSION(1, 4),
						       buf, sizeof(buf), &res),
			 LIBFFA_E_VERSION);
}

/* A count-only reply still describes the partitions: one the caller's
 * layout cannot describe is refused there too, not counted. */
static void partition_respond_count_only_checks_fields(void **state)
{
	struct libffa_partition_info p;
	struct libffa_args_partition_info_get args;
	struct libffa_result_partition_info_get res;

	(void)state;
	make(&p, 0x8001);
	p.image_uuid.bytes[0] = 0xAB; /* v1.3 only */
	memset(&args, 0, sizeof(args));
	args.count_only = 1;
	assert_int_equal(
		libffa_partition_info_respond(&args, &p, 1, LIBFFA_VERSION_1_1,
					      NULL, 0, &res),
		LIBFFA_E_INVAL);
	assert_int_equal(
		libffa_partition_info_respond(&args, &p, 1, LIBFFA_VERSION_1_3,
					      NULL, 0, &res),
		LIBFFA_OK);
	assert_int_equal(res.count, 1);
	assert_int_equal(res.desc_size, 48);
}

/* v1.0 has no count-only flag and no w3: the descriptors are written and
 * the size field stays 0 (DEN0077A 1.0 s8.8, 1.1 s13.8). */
static void partition_respond_v1_0_ignores_count_only(void **state)
{
	struct libffa_partition_info p[2];
	struct libffa_args_partition_info_get args;
	struct libffa_result_partition_info_get res;
	uint8_t buf[16];

	(void)state;
	make(&p[0], 0x8001);
	make(&p[1], 0x8002);
	memset(&args, 0, sizeof(args));
	args.count_only = 1;
	memset(buf, 0x5A, sizeof(buf));
	assert_int_equal(
		libffa_partition_info_respond(&args, p, 2, LIBFFA_VERSION_1_0,
					      buf, sizeof(buf), &res),
		LIBFFA_OK);
	assert_int_equal(res.count, 2);
	assert_int_equal(res.desc_size, 0);
	assert_int_equal(buf[0] | buf[1] << 8, 0x8001);
	assert_int_equal(buf[8] | buf[9] << 8, 0x8002);
	/* ... so a buffer too small is still NO_MEMORY. */
	assert_int_equal(
		libffa_partition_info_respond(&args, p, 2, LIBFFA_VERSION_1_0,
					      buf, 15, &res),
		LIBFFA_E_NOSPACE);
}

static void partition_parse_rejects_null_and_unknown_version(void **state)
{
	struct libffa_partition_view view;
	uint8_t buf[24] = {0};
	struct libffa_partition_info info;

	(void)state;
	assert_int_equal(
		libffa_partition_info_parse(buf, sizeof(buf),
					    LIBFFA_VERSION_1_1, 1, 24, NULL),
		LIBFFA_E_INVAL);
	assert_int_equal(
		libffa_partition_info_parse(NULL, sizeof(buf),
					    LIBFFA_VERSION_1_1, 1, 24, &view),
		LIBFFA_E_INVAL);
	assert_int_equal(
		libffa_partition_info_parse(buf, sizeof(buf),
					    LIBFFA_VERSION(1, 4), 1, 24, &view),
		LIBFFA_E_VERSION);
	/* An empty reply needs no buffer, and has no entry 0. */
	assert_int_equal(libffa_partition_info_parse(
				 NULL, 0, LIBFFA_VERSION_1_1, 0, 24, &view),
			 LIBFFA_OK);
	assert_int_equal(view.count, 0);
	assert_int_equal(libffa_partition_info_at(&view, 0, &info),
			 LIBFFA_E_INVAL);
	assert_int_equal(libffa_partition_info_at(NULL, 0, &info),
			 LIBFFA_E_INVAL);
	assert_int_equal(libffa_partition_info_at(&view, 0, NULL),
			 LIBFFA_E_INVAL);
}

static void partition_regs_pack_rejects_bad_arguments(void **state)
{
	struct libffa_partition_info p[2];
	struct libffa_args_partition_info_get_regs args;
	struct libffa_result_partition_info_get_regs res;

	(void)state;
	make(&p[0], 0x8001);
	make(&p[1], 0x8002);
	memset(&args, 0, sizeof(args));
	assert_int_equal(libffa_partition_regs_pack(
				 NULL, p, 2, LIBFFA_VERSION_1_2, 0, &res),
			 LIBFFA_E_INVAL);
	assert_int_equal(libffa_partition_regs_pack(
				 &args, p, 2, LIBFFA_VERSION_1_2, 0, NULL),
			 LIBFFA_E_INVAL);
	assert_int_equal(libffa_partition_regs_pack(
				 &args, NULL, 2, LIBFFA_VERSION_1_2, 0, &res),
			 LIBFFA_E_INVAL);
	/* Indices are 16 bits: at most 65536 partitions. */
	assert_int_equal(libffa_partition_regs_pack(
				 &args, p, 65537u, LIBFFA_VERSION_1_2, 0, &res),
			 LIBFFA_E_INVAL);
	/* GET_REGS exists from v1.2 (DEN0077A 1.2 s13.10). */
	assert_int_equal(libffa_partition_regs_pack(
				 &args, p, 2, LIBFFA_VERSION_1_1, 0, &res),
			 LIBFFA_E_VERSION);
	assert_int_equal(libffa_partition_regs_pack(
				 &args, p, 2, LIBFFA_VERSION(1, 4), 0, &res),
			 LIBFFA_E_VERSION);
	/* A v1.3 field in a v1.2 reply, in the second descriptor. */
	p[1].ffa_version = LIBFFA_VERSION_1_3;
	assert_int_equal(libffa_partition_regs_pack(
				 &args, p, 2, LIBFFA_VERSION_1_2, 0, &res),
			 LIBFFA_E_INVAL);
	assert_int_equal(libffa_partition_regs_pack(
				 &args, p, 2, LIBFFA_VERSION_1_3, 0, &res),
			 LIBFFA_OK);
	assert_int_equal(res.last_index, 1);
	assert_int_equal(res.current_index, 1);
}

static void partition_regs_init_and_request_carry_uuid(void **state)
{
	struct libffa_partition_regs_iter it;
	struct libffa_uuid uuid;
	struct libffa_uuid nil;
	struct libffa_msg msg;
	unsigned int i;

	(void)state;
	for (i = 0; i < 16u; i++) {
		uuid.bytes[i] = (uint8_t)(0xC0u + i);
	}
	memset(&nil, 0, sizeof(nil));
	assert_int_equal(
		libffa_partition_regs_init(NULL, LIBFFA_VERSION_1_2, NULL),
		LIBFFA_E_INVAL);
	assert_int_equal(
		libffa_partition_regs_init(&it, LIBFFA_VERSION_1_1, NULL),
		LIBFFA_E_VERSION);
	assert_int_equal(
		libffa_partition_regs_init(&it, LIBFFA_VERSION(1, 4), NULL),
		LIBFFA_E_VERSION);
	assert_int_equal(
		libffa_partition_regs_init(&it, LIBFFA_VERSION_1_2, &uuid),
		LIBFFA_OK);
	assert_int_equal(libffa_partition_regs_request(NULL, &msg),
			 LIBFFA_E_INVAL);
	assert_int_equal(libffa_partition_regs_request(&it, NULL),
			 LIBFFA_E_INVAL);
	assert_int_equal(libffa_partition_regs_request(&it, &msg), LIBFFA_OK);
	assert_int_equal(msg.abi, LIBFFA_ABI_PARTITION_INFO_GET_REGS);
	assert_true(msg.smc64);
	assert_memory_equal(msg.args.partition_info_get_regs.uuid.bytes,
			    uuid.bytes, 16);
	assert_int_equal(msg.args.partition_info_get_regs.start_index, 0);
	assert_int_equal(msg.args.partition_info_get_regs.tag, 0);
	/* NULL asks about every partition: the nil UUID. */
	assert_int_equal(
		libffa_partition_regs_init(&it, LIBFFA_VERSION_1_3, NULL),
		LIBFFA_OK);
	assert_int_equal(libffa_partition_regs_request(&it, &msg), LIBFFA_OK);
	assert_memory_equal(msg.args.partition_info_get_regs.uuid.bytes,
			    nil.bytes, 16);
}

static void partition_regs_unpack_rejects_null(void **state)
{
	struct libffa_partition_info p[2];
	struct libffa_args_partition_info_get_regs args;
	struct libffa_result_partition_info_get_regs res;
	struct libffa_partition_regs_iter it;
	struct libffa_partition_info out[5];
	uint32_t count = 99;

	(void)state;
	make(&p[0], 0x8001);
	make(&p[1], 0x8002);
	memset(&args, 0, sizeof(args));
	assert_int_equal(libffa_partition_regs_pack(
				 &args, p, 2, LIBFFA_VERSION_1_2, 0, &res),
			 LIBFFA_OK);
	assert_int_equal(
		libffa_partition_regs_init(&it, LIBFFA_VERSION_1_2, NULL),
		LIBFFA_OK);
	assert_int_equal(
		libffa_partition_regs_unpack(NULL, &res, out, 5, &count),
		LIBFFA_E_INVAL);
	assert_int_equal(
		libffa_partition_regs_unpack(&it, NULL, out, 5, &count),
		LIBFFA_E_INVAL);
	assert_int_equal(libffa_partition_regs_unpack(&it, &res, out, 5, NULL),
			 LIBFFA_E_INVAL);
	assert_int_equal(
		libffa_partition_regs_unpack(&it, &res, NULL, 5, &count),
		LIBFFA_E_INVAL);
	assert_int_equal(count, 99);
	/* NULL with no capacity asks for the count only. */
	assert_int_equal(
		libffa_partition_regs_unpack(&it, &res, NULL, 0, &count),
		LIBFFA_E_NOSPACE);
	assert_int_equal(count, 2);
	assert_false(libffa_partition_regs_done(&it)); /* not advanced */
	assert_int_equal(
		libffa_partition_regs_unpack(&it, &res, out, 5, &count),
		LIBFFA_OK);
	assert_int_equal(out[1].id, 0x8002);
	assert_true(libffa_partition_regs_done(&it));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(
			partition_build_rejects_null_and_unknown_version),
		cmocka_unit_test(
			partition_build_refuses_fields_the_layout_lacks),
		cmocka_unit_test(
			partition_respond_rejects_null_and_unknown_version),
		cmocka_unit_test(partition_respond_count_only_checks_fields),
		cmocka_unit_test(partition_respond_v1_0_ignores_count_only),
		cmocka_unit_test(
			partition_parse_rejects_null_and_unknown_version),
		cmocka_unit_test(partition_regs_pack_rejects_bad_arguments),
		cmocka_unit_test(partition_regs_init_and_request_carry_uuid),
		cmocka_unit_test(partition_regs_unpack_rejects_null),
	};

	return cmocka_run_group_tests_name("partition_more", tests, NULL, NULL);
}
