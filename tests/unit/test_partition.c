/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * Partition information descriptors and FFA_PARTITION_INFO_GET_REGS
 * (DEN0077A 1.0 Table 8.25, 1.1 Table 13.37, 1.2 s13.10, 1.3 s13.9).
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

#include "ffa/msg.h"
#include "ffa/partition.h"

#define NPARTS 7u

static const libffa_version_t all_versions[] = {
	LIBFFA_VERSION_1_0, LIBFFA_VERSION_1_1, LIBFFA_VERSION_1_2,
	LIBFFA_VERSION_1_3};

/* A partition list using every field @version defines. */
static void make_parts(struct libffa_partition_info *p, uint32_t n,
		       libffa_version_t version)
{
	uint32_t i;
	unsigned int b;

	memset(p, 0, sizeof(*p) * n);
	for (i = 0; i < n; i++) {
		p[i].id = (libffa_id_t)(0x8001u + i);
		p[i].exec_ctx_count = (uint16_t)(i + 1u);
		p[i].properties =
			(0x3u + i) & libffa_partition_props_defined(version);
		if (version >= LIBFFA_VERSION_1_1) {
			for (b = 0; b < 16u; b++) {
				p[i].uuid.bytes[b] = (uint8_t)(i * 16u + b);
			}
		}
		if (version >= LIBFFA_VERSION_1_3) {
			for (b = 0; b < 16u; b++) {
				p[i].image_uuid.bytes[b] =
					(uint8_t)(0xA0u + i + b);
			}
			p[i].ffa_version = LIBFFA_VERSION_1_3;
		}
	}
}

/* DEN0077A 1.0 Table 8.25 vs 1.1 Table 13.37: 8 bytes, then 24 bytes. */
static void partition_golden_v1_0_and_v1_1_layouts(void **state)
{
	struct libffa_partition_info p;
	uint8_t buf[64];
	size_t needed;
	static const uint8_t v10[8] = {0x01, 0x80, 0x04, 0x00,
				       0x07, 0x00, 0x00, 0x00};

	(void)state;
	memset(&p, 0, sizeof(p));
	p.id = 0x8001;
	p.exec_ctx_count = 4;
	p.properties = 0x7;
	assert_int_equal(libffa_partition_info_build(&p, 1, LIBFFA_VERSION_1_0,
						     buf, sizeof(buf), &needed),
			 LIBFFA_OK);
	assert_int_equal(needed, 8);
	assert_memory_equal(buf, v10, 8);

	p.uuid.bytes[0] = 0xAA;
	p.uuid.bytes[15] = 0xBB;
	memset(buf, 0xEE, sizeof(buf));
	assert_int_equal(libffa_partition_info_build(&p, 1, LIBFFA_VERSION_1_2,
						     buf, sizeof(buf), &needed),
			 LIBFFA_OK);
	assert_int_equal(needed, 24);
	assert_memory_equal(buf, v10, 8);
	assert_int_equal(buf[8], 0xAA);
	assert_int_equal(buf[23], 0xBB);
	assert_int_equal(buf[24], 0xEE); /* nothing past the descriptor */
}

/* Every version: build, parse with the callee's size, same partitions. */
static void partition_round_trip_every_version(void **state)
{
	struct libffa_partition_info in[NPARTS];
	struct libffa_partition_info out;
	struct libffa_partition_view view;
	uint8_t buf[NPARTS * 48];
	size_t needed;
	uint32_t i;
	size_t v;

	(void)state;
	for (v = 0; v < sizeof(all_versions) / sizeof(all_versions[0]); v++) {
		libffa_version_t ver = all_versions[v];
		uint32_t size = libffa_partition_info_size(ver);

		make_parts(in, NPARTS, ver);
		assert_int_equal(
			libffa_partition_info_build(in, NPARTS, ver, buf,
						    sizeof(buf), &needed),
			LIBFFA_OK);
		assert_int_equal(needed, (size_t)NPARTS * size);
		assert_int_equal(libffa_partition_info_parse(
					 buf, needed, ver, NPARTS, size, &view),
				 LIBFFA_OK);
		for (i = 0; i < NPARTS; i++) {
			assert_int_equal(
				libffa_partition_info_at(&view, i, &out),
				LIBFFA_OK);
			assert_memory_equal(&out, &in[i], sizeof(out));
		}
		assert_int_equal(libffa_partition_info_at(&view, NPARTS, &out),
				 LIBFFA_E_INVAL);
	}
}

/*
 * Hafnium (src/api.c) writes 48-byte descriptors to every v1.1+ caller
 * and reports 48 in w3; a v1.1 caller steps by 48 and reads 24.
 */
static void partition_parse_steps_by_reported_size(void **state)
{
	struct libffa_partition_info in[3];
	struct libffa_partition_info out;
	struct libffa_partition_view view;
	uint8_t buf[3 * 48];
	size_t needed;
	uint32_t i;

	(void)state;
	make_parts(in, 3, LIBFFA_VERSION_1_3);
	assert_int_equal(libffa_partition_info_build(in, 3, LIBFFA_VERSION_1_3,
						     buf, sizeof(buf), &needed),
			 LIBFFA_OK);
	assert_int_equal(libffa_partition_info_parse(
				 buf, needed, LIBFFA_VERSION_1_1, 3, 48, &view),
			 LIBFFA_OK);
	for (i = 0; i < 3; i++) {
		assert_int_equal(libffa_partition_info_at(&view, i, &out),
				 LIBFFA_OK);
		assert_int_equal(out.id, in[i].id);
		assert_memory_equal(&out.uuid, &in[i].uuid, 16);
		/* The v1.3 fields are not read at v1.1. */
		assert_true(libffa_uuid_is_nil(&out.image_uuid));
		assert_int_equal(out.ffa_version, 0);
	}
}

/* DEN0077A 1.1 s13.8: count-only writes nothing and still reports. */
static void partition_respond_count_only(void **state)
{
	struct libffa_partition_info in[NPARTS];
	struct libffa_args_partition_info_get args;
	struct libffa_result_partition_info_get res;
	uint8_t buf[16];

	(void)state;
	make_parts(in, NPARTS, LIBFFA_VERSION_1_2);
	memset(&args, 0, sizeof(args));
	args.count_only = 1;
	memset(buf, 0x5A, sizeof(buf));
	assert_int_equal(libffa_partition_info_respond(&args, in, NPARTS,
						       LIBFFA_VERSION_1_2, buf,
						       sizeof(buf), &res),
			 LIBFFA_OK);
	assert_int_equal(res.count, NPARTS);
	assert_int_equal(res.desc_size, 24);
	assert_int_equal(buf[0], 0x5A);

	/* Without the flag the 16-byte RX buffer is too small: NO_MEMORY. */
	args.count_only = 0;
	assert_int_equal(libffa_partition_info_respond(&args, in, NPARTS,
						       LIBFFA_VERSION_1_2, buf,
						       sizeof(buf), &res),
			 LIBFFA_E_NOSPACE);
	assert_int_equal(libffa_status_to_ret(LIBFFA_E_NOSPACE),
			 LIBFFA_RET_NO_MEMORY);
}

/* Builders refuse fields the version cannot carry instead of dropping. */
static void partition_build_rejects_fields_beyond_version(void **state)
{
	struct libffa_partition_info p;
	uint8_t buf[48];
	size_t needed;

	(void)state;
	memset(&p, 0, sizeof(p));
	p.properties = LIBFFA_PARTITION_PROP_NOTIFICATION_RECV; /* 1.1 bit */
	assert_int_equal(libffa_partition_info_build(&p, 1, LIBFFA_VERSION_1_0,
						     buf, sizeof(buf), &needed),
			 LIBFFA_E_INVAL);
	p.properties = 0;
	p.ffa_version = LIBFFA_VERSION_1_3;
	assert_int_equal(libffa_partition_info_build(&p, 1, LIBFFA_VERSION_1_2,
						     buf, sizeof(buf), &needed),
			 LIBFFA_E_INVAL);
	assert_int_equal(libffa_partition_info_build(&p, 1, LIBFFA_VERSION_1_3,
						     buf, 47, &needed),
			 LIBFFA_E_NOSPACE);
	assert_int_equal(needed, 48);
}

/* DEN0077A 1.2 Table 6.2: the defined property bits grow with the version. */
static void partition_props_defined_per_version(void **state)
{
	(void)state;
	assert_int_equal(libffa_partition_props_defined(LIBFFA_VERSION_1_0),
			 0x7);
	assert_int_equal(libffa_partition_props_defined(LIBFFA_VERSION_1_1),
			 0x1FF);
	assert_int_equal(libffa_partition_props_defined(LIBFFA_VERSION_1_2),
			 0x7FF);
	assert_true((libffa_partition_props_defined(LIBFFA_VERSION_1_3) &
		     LIBFFA_PARTITION_PROP_LA_RENDEZVOUS) != 0u);
	assert_int_equal(libffa_partition_id_type(0x20u),
			 LIBFFA_PARTITION_ID_TYPE_SEPID_DEP);
	assert_int_equal(LIBFFA_PARTITION_PROP_DIRECT_REQ2_RECV, 1u << 9);
	assert_int_equal(LIBFFA_PARTITION_PROP_AARCH64, 1u << 8);
}

/*
 * Callee packs, caller unpacks, one call at a time, until current == last
 * (DEN0077A 1.2 s13.10). Returns the number of calls made.
 */
static unsigned int drive_regs(const struct libffa_partition_info *parts,
			       uint32_t n, libffa_version_t ver, uint16_t tag,
			       bool via_codec,
			       struct libffa_partition_info *got)
{
	struct libffa_partition_regs_iter it;
	struct libffa_msg req;
	struct libffa_msg reply;
	struct libffa_msg dec;
	struct libffa_regs regs;
	struct libffa_result_partition_info_get_regs res;
	uint32_t total = 0;
	uint32_t cnt;
	unsigned int calls = 0;

	assert_int_equal(libffa_partition_regs_init(&it, ver, NULL), LIBFFA_OK);
	while (!libffa_partition_regs_done(&it)) {
		assert_int_equal(libffa_partition_regs_request(&it, &req),
				 LIBFFA_OK);
		assert_true(req.smc64);
		assert_int_equal(libffa_partition_regs_pack(
					 &req.args.partition_info_get_regs,
					 parts, n, ver, tag, &res),
				 LIBFFA_OK);
		if (via_codec) {
			libffa_msg_init(&reply,
					LIBFFA_ABI_PARTITION_INFO_GET_REGS,
					LIBFFA_MSG_RESULT, true);
			reply.result.partition_info_get_regs = res;
			assert_int_equal(libffa_msg_encode(&reply, ver, &regs),
					 LIBFFA_OK);
			assert_int_equal(
				libffa_msg_decode_reply(
					&regs, ver,
					LIBFFA_ABI_PARTITION_INFO_GET_REGS, 0,
					&dec, NULL),
				LIBFFA_OK);
			res = dec.result.partition_info_get_regs;
		}
		assert_int_equal(
			libffa_partition_regs_unpack(&it, &res, got + total,
						     n - total, &cnt),
			LIBFFA_OK);
		total += cnt;
		calls++;
		assert_true(calls <= n);
	}
	assert_int_equal(total, n);
	assert_int_equal(libffa_partition_regs_request(&it, &req),
			 LIBFFA_E_STATE);
	return calls;
}

/*
 * The acceptance test: one partition list, served by
 * FFA_PARTITION_INFO_GET (RX buffer) and by GET_REGS over several calls,
 * gives the same partitions; v1.3 uses 48-byte descriptors, 2 per call.
 */
static void partition_regs_equals_info_get_v1_3(void **state)
{
	struct libffa_partition_info parts[NPARTS];
	struct libffa_partition_info via_regs[NPARTS];
	struct libffa_partition_info via_rx;
	struct libffa_partition_view view;
	struct libffa_args_partition_info_get args;
	struct libffa_result_partition_info_get res;
	uint8_t rx[4096];
	uint32_t i;

	(void)state;
	make_parts(parts, NPARTS, LIBFFA_VERSION_1_3);
	memset(&args, 0, sizeof(args));
	assert_int_equal(libffa_partition_info_respond(&args, parts, NPARTS,
						       LIBFFA_VERSION_1_3, rx,
						       sizeof(rx), &res),
			 LIBFFA_OK);
	assert_int_equal(res.desc_size, 48);
	assert_int_equal(
		libffa_partition_info_parse(rx, sizeof(rx), LIBFFA_VERSION_1_3,
					    res.count, res.desc_size, &view),
		LIBFFA_OK);

	/* 7 partitions, 2 per call: 4 calls. */
	assert_int_equal(drive_regs(parts, NPARTS, LIBFFA_VERSION_1_3, 0x1234,
				    false, via_regs),
			 4);
	for (i = 0; i < NPARTS; i++) {
		assert_int_equal(libffa_partition_info_at(&view, i, &via_rx),
				 LIBFFA_OK);
		assert_memory_equal(&via_regs[i], &via_rx, sizeof(via_rx));
		assert_memory_equal(&via_regs[i], &parts[i], sizeof(via_rx));
	}
}

/* v1.2: 24-byte descriptors, 3 registers each, 5 per call. */
static void partition_regs_v1_2_five_per_call(void **state)
{
	struct libffa_partition_info parts[NPARTS];
	struct libffa_partition_info got[NPARTS];

	(void)state;
	make_parts(parts, NPARTS, LIBFFA_VERSION_1_2);
	assert_int_equal(
		drive_regs(parts, NPARTS, LIBFFA_VERSION_1_2, 0, false, got),
		2);
	assert_memory_equal(got, parts, sizeof(parts));
}

/* The same enumeration through the register codec (x2 fields, x3-x17). */
static void partition_regs_through_msg_codec(void **state)
{
	struct libffa_partition_info parts[NPARTS];
	struct libffa_partition_info got[NPARTS];

	(void)state;
	make_parts(parts, NPARTS, LIBFFA_VERSION_1_3);
	assert_int_equal(
		drive_regs(parts, NPARTS, LIBFFA_VERSION_1_3, 7, true, got), 4);
	assert_memory_equal(got, parts, sizeof(parts));
}

/* Register image of a 24-byte descriptor: reg0 = ID | ctx<<16 | props<<32,
 * reg1/reg2 the UUID as an x-register pair. */
static void partition_regs_register_layout(void **state)
{
	struct libffa_partition_info p;
	struct libffa_args_partition_info_get_regs args;
	struct libffa_result_partition_info_get_regs res;
	uint64_t lo;
	uint64_t hi;
	unsigned int b;

	(void)state;
	memset(&p, 0, sizeof(p));
	p.id = 0x8002;
	p.exec_ctx_count = 8;
	p.properties = 0x30F;
	for (b = 0; b < 16u; b++) {
		p.uuid.bytes[b] = (uint8_t)(0x10u + b);
	}
	memset(&args, 0, sizeof(args));
	assert_int_equal(libffa_partition_regs_pack(
				 &args, &p, 1, LIBFFA_VERSION_1_2, 0, &res),
			 LIBFFA_OK);
	assert_int_equal(res.last_index, 0);
	assert_int_equal(res.current_index, 0);
	assert_int_equal(res.desc_size, 24);
	assert_int_equal(res.data[0], UINT64_C(0x0000030F00088002));
	libffa_uuid_to_x(&p.uuid, &lo, &hi);
	assert_int_equal(res.data[1], lo);
	assert_int_equal(res.data[2], hi);
	for (b = 3; b < 15u; b++) {
		assert_int_equal(res.data[b], 0);
	}
}

/* DEN0077A 1.2 s13.10: tag rules on the callee side answer RETRY. */
static void partition_regs_pack_tag_rules(void **state)
{
	struct libffa_partition_info parts[NPARTS];
	struct libffa_args_partition_info_get_regs args;
	struct libffa_result_partition_info_get_regs res;

	(void)state;
	make_parts(parts, NPARTS, LIBFFA_VERSION_1_2);
	memset(&args, 0, sizeof(args));
	args.tag = 5; /* a tag with start index 0 */
	assert_int_equal(
		libffa_partition_regs_pack(&args, parts, NPARTS,
					   LIBFFA_VERSION_1_2, 5, &res),
		LIBFFA_E_RETRY);
	args.start_index = 5;
	args.tag = 4; /* stale */
	assert_int_equal(
		libffa_partition_regs_pack(&args, parts, NPARTS,
					   LIBFFA_VERSION_1_2, 5, &res),
		LIBFFA_E_RETRY);
	assert_int_equal(libffa_status_to_ret(LIBFFA_E_RETRY),
			 LIBFFA_RET_RETRY);
	args.tag = 5;
	assert_int_equal(
		libffa_partition_regs_pack(&args, parts, NPARTS,
					   LIBFFA_VERSION_1_2, 5, &res),
		LIBFFA_OK);
	assert_int_equal(res.current_index, 6);
	args.start_index = NPARTS;
	assert_int_equal(
		libffa_partition_regs_pack(&args, parts, NPARTS,
					   LIBFFA_VERSION_1_2, 5, &res),
		LIBFFA_E_BADVALUE);
	assert_int_equal(
		libffa_partition_regs_pack(&args, parts, NPARTS,
					   LIBFFA_VERSION_1_1, 5, &res),
		LIBFFA_E_VERSION);
}

/* A tag that changes mid-enumeration means the list changed: RETRY. */
static void partition_regs_unpack_tag_change_is_retry(void **state)
{
	struct libffa_partition_info parts[NPARTS];
	struct libffa_partition_info got[NPARTS];
	struct libffa_partition_regs_iter it;
	struct libffa_msg req;
	struct libffa_result_partition_info_get_regs res;
	uint32_t cnt;

	(void)state;
	make_parts(parts, NPARTS, LIBFFA_VERSION_1_3);
	assert_int_equal(
		libffa_partition_regs_init(&it, LIBFFA_VERSION_1_3, NULL),
		LIBFFA_OK);
	assert_int_equal(libffa_partition_regs_request(&it, &req), LIBFFA_OK);
	assert_int_equal(libffa_partition_regs_pack(
				 &req.args.partition_info_get_regs, parts,
				 NPARTS, LIBFFA_VERSION_1_3, 9, &res),
			 LIBFFA_OK);
	assert_int_equal(
		libffa_partition_regs_unpack(&it, &res, got, NPARTS, &cnt),
		LIBFFA_OK);
	assert_int_equal(cnt, 2);
	assert_int_equal(libffa_partition_regs_request(&it, &req), LIBFFA_OK);
	assert_int_equal(req.args.partition_info_get_regs.start_index, 2);
	assert_int_equal(req.args.partition_info_get_regs.tag, 9);
	assert_int_equal(libffa_partition_regs_pack(
				 &req.args.partition_info_get_regs, parts,
				 NPARTS, LIBFFA_VERSION_1_3, 9, &res),
			 LIBFFA_OK);
	res.tag = 10;
	assert_int_equal(
		libffa_partition_regs_unpack(&it, &res, got, NPARTS, &cnt),
		LIBFFA_E_RETRY);
	res.tag = 9;
	assert_int_equal(libffa_partition_regs_unpack(&it, &res, got, 1, &cnt),
			 LIBFFA_E_NOSPACE);
	assert_int_equal(cnt, 2);
}

/*
 * Partition-information tests: the statuses partition.h documents for
 * every function, fields a layout cannot carry (DEN0077A 1.0
 * Table 8.25: the 8-byte v1.0 descriptor has no UUID; 1.3 s13.9: image
 * UUID and version exist from v1.3), the count-only flag
 * existing from v1.1 only (DEN0077A 1.1 s13.8) and the UUID a GET_REGS
 * request carries (DEN0077A 1.2 s13.10).
 */
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
		cmocka_unit_test(partition_golden_v1_0_and_v1_1_layouts),
		cmocka_unit_test(partition_round_trip_every_version),
		cmocka_unit_test(partition_parse_steps_by_reported_size),
		cmocka_unit_test(partition_respond_count_only),
		cmocka_unit_test(partition_build_rejects_fields_beyond_version),
		cmocka_unit_test(partition_props_defined_per_version),
		cmocka_unit_test(partition_regs_equals_info_get_v1_3),
		cmocka_unit_test(partition_regs_v1_2_five_per_call),
		cmocka_unit_test(partition_regs_through_msg_codec),
		cmocka_unit_test(partition_regs_register_layout),
		cmocka_unit_test(partition_regs_pack_tag_rules),
		cmocka_unit_test(partition_regs_unpack_tag_change_is_retry),
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

	return cmocka_run_group_tests_name("partition", tests, NULL, NULL);
}
