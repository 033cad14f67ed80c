/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * Builder tests: golden vectors (arm-ffa MEM_SHARE_FROM_SP1, re-derived
 * by hand from the DEN0140 1.2 s4 fields), per-version
 * geometry, and the build -> parse round trip for every
 * operation, version, 1..8 receivers and 0..64 constituents.
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

#include "ffa/mem.h"

static const libffa_version_t versions[] = {
	LIBFFA_VERSION_1_0, LIBFFA_VERSION_1_1, LIBFFA_VERSION_1_2,
	LIBFFA_VERSION_1_3};

static const enum libffa_mem_op ops[] = {
	LIBFFA_MEM_OP_SHARE, LIBFFA_MEM_OP_LEND, LIBFFA_MEM_OP_DONATE,
	LIBFFA_MEM_OP_RETRIEVE_REQ, LIBFFA_MEM_OP_RETRIEVE_RESP};

/*
 * The 112-byte v1.2 FFA_MEM_SHARE descriptor (the arm-ffa crate's
 * MEM_SHARE_FROM_SP1 test vector), written field by field from DEN0077A 1.1
 * Table 10.20 and DEN0140 1.2 s4.
 */
static const uint8_t golden_share_v1_2[112] = {
	/* 0x00 sender 0x8005, attributes 0x002F, flags 0 */
	0x05, 0x80, 0x2F, 0x00, 0x00, 0x00, 0x00, 0x00,
	/* 0x08 handle 0x1234567890ABCDEF */
	0xEF, 0xCD, 0xAB, 0x90, 0x78, 0x56, 0x34, 0x12,
	/* 0x10 tag 0x0000DEAD0000BEEF */
	0xEF, 0xBE, 0x00, 0x00, 0xAD, 0xDE, 0x00, 0x00,
	/* 0x18 EMAD size 32, EMAD count 1 */
	0x20, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00,
	/* 0x20 EMAD offset 0x30, 12 reserved bytes */
	0x30, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
	0x00, 0x00, 0x00, 0x00,
	/* 0x30 EMAD: endpoint 0x8003, RW, flags 0, composite 0x50 */
	0x03, 0x80, 0x02, 0x00, 0x50, 0x00, 0x00, 0x00,
	/* 0x38 impdef (16), reserved (8) */
	0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
	0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
	/* 0x50 composite: 1 page, 1 range, reserved */
	0x01, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
	0x00, 0x00, 0x00, 0x00,
	/* 0x60 constituent: 0x4010F000, 1 page, reserved */
	0x00, 0xF0, 0x10, 0x40, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00,
	0x00, 0x00, 0x00, 0x00};

static void mem_build_matches_golden_share_v1_2(void **state)
{
	struct libffa_mem_receiver r = {.endpoint_id = 0x8003,
					.permissions = LIBFFA_MEM_PERM_DATA_RW};
	struct libffa_mem_constituent c = {.address = 0x4010F000u,
					   .page_count = 1};
	struct libffa_mem_desc d = {.sender_id = 0x8005,
				    .attributes = 0x2F,
				    .handle = 0x1234567890ABCDEFull,
				    .tag = 0x0000DEAD0000BEEFull,
				    .receivers = &r,
				    .receiver_count = 1,
				    .constituents = &c,
				    .constituent_count = 1};
	uint8_t buf[128];
	size_t size = 0;

	(void)state;
	memset(buf, 0xAA, sizeof(buf));
	assert_int_equal(libffa_mem_build(&d, LIBFFA_VERSION_1_2, buf,
					  sizeof(buf), &size),
			 LIBFFA_OK);
	assert_int_equal(size, sizeof(golden_share_v1_2));
	assert_memory_equal(buf, golden_share_v1_2, size);
	/* v1.3 kept the v1.2 layout. */
	assert_int_equal(libffa_mem_build(&d, LIBFFA_VERSION_1_3, buf,
					  sizeof(buf), &size),
			 LIBFFA_OK);
	assert_memory_equal(buf, golden_share_v1_2, size);
}

static void mem_build_golden_parses_field_by_field(void **state)
{
	struct libffa_mem_view v;
	struct libffa_mem_receiver r;
	struct libffa_mem_constituent c;
	struct libffa_mem_fault f;

	(void)state;
	assert_int_equal(
		libffa_mem_parse(golden_share_v1_2, sizeof(golden_share_v1_2),
				 LIBFFA_VERSION_1_2, LIBFFA_MEM_OP_SHARE, 0, &v,
				 &f),
		LIBFFA_OK);
	assert_int_equal(v.sender_id, 0x8005);
	assert_int_equal(v.attributes, 0x2F);
	assert_true(v.handle == 0x1234567890ABCDEFull);
	assert_true(v.tag == 0x0000DEAD0000BEEFull);
	assert_int_equal(v.emad_stride, 32);
	assert_int_equal(v.emad_offset, 0x30);
	assert_int_equal(v.receiver_count, 1);
	assert_int_equal(v.composite_offset, 0x50);
	assert_int_equal(v.total_pages, 1);
	assert_int_equal(v.constituent_count, 1);
	assert_int_equal(v.used_size, 112);
	assert_true(libffa_mem_receiver_get(&v, 0, &r));
	assert_int_equal(r.endpoint_id, 0x8003);
	assert_int_equal(r.permissions, LIBFFA_MEM_PERM_DATA_RW);
	assert_true(libffa_mem_constituent_get(&v, 0, &c));
	assert_true(c.address == 0x4010F000u);
	assert_int_equal(c.page_count, 1);
	/* The handle is non-zero: not an owner's first send (s5.1). */
	assert_int_equal(
		libffa_mem_parse(golden_share_v1_2, sizeof(golden_share_v1_2),
				 LIBFFA_VERSION_1_2, LIBFFA_MEM_OP_SHARE,
				 LIBFFA_MEM_PARSE_FROM_OWNER, &v, &f),
		LIBFFA_E_BADVALUE);
	assert_string_equal(f.field, "header.handle");
	assert_int_equal(f.offset, 8);
}

/* DEN0077A 1.0 Table 5.19 vs 1.1 Table 10.20 vs DEN0140 1.2 s4. */
static void mem_build_geometry_per_version(void **state)
{
	struct libffa_mem_receiver r[2] = {
		{.endpoint_id = 1, .permissions = 2},
		{.endpoint_id = 2, .permissions = 2}};
	struct libffa_mem_constituent c = {.address = 0x1000, .page_count = 1};
	struct libffa_mem_desc d = {.receivers = r,
				    .receiver_count = 2,
				    .constituents = &c,
				    .constituent_count = 1};
	uint8_t buf[256];
	size_t size;

	(void)state;
	/* v1.0: EMADs at 32, 16 bytes each, composite at 64. */
	assert_int_equal(libffa_mem_build(&d, LIBFFA_VERSION_1_0, buf,
					  sizeof(buf), &size),
			 LIBFFA_OK);
	assert_int_equal(size, 32 + 2 * 16 + 16 + 16);
	assert_int_equal(buf[32], 1);
	assert_int_equal(buf[48], 2);
	assert_int_equal(buf[36], 64);
	assert_int_equal(buf[24], 0); /* reserved in v1.0 */
	/* v1.1: header 48 names EMAD size 16 and offset 48. */
	assert_int_equal(libffa_mem_build(&d, LIBFFA_VERSION_1_1, buf,
					  sizeof(buf), &size),
			 LIBFFA_OK);
	assert_int_equal(size, 48 + 2 * 16 + 16 + 16);
	assert_int_equal(buf[24], 16);
	assert_int_equal(buf[32], 48);
	assert_int_equal(buf[48], 1);
	assert_int_equal(buf[64], 2);
	/* v1.2: 32-byte EMADs. */
	assert_int_equal(libffa_mem_build(&d, LIBFFA_VERSION_1_2, buf,
					  sizeof(buf), &size),
			 LIBFFA_OK);
	assert_int_equal(size, 48 + 2 * 32 + 16 + 16);
	assert_int_equal(buf[24], 32);
	assert_int_equal(buf[80], 2);
	assert_int_equal(buf[52], 112);
}

static void mem_build_reports_needed_size(void **state)
{
	struct libffa_mem_receiver r = {.endpoint_id = 1, .permissions = 2};
	struct libffa_mem_constituent c[3] = {
		{0x1000, 1}, {0x3000, 2}, {0x8000, 3}};
	struct libffa_mem_desc d = {.receivers = &r,
				    .receiver_count = 1,
				    .constituents = c,
				    .constituent_count = 3};
	uint8_t buf[128];
	size_t size = 0;
	size_t want = 0;

	(void)state;
	assert_int_equal(libffa_mem_size(&d, LIBFFA_VERSION_1_2, &want),
			 LIBFFA_OK);
	assert_int_equal(want, 48 + 32 + 16 + 3 * 16);
	memset(buf, 0x5A, sizeof(buf));
	assert_int_equal(
		libffa_mem_build(&d, LIBFFA_VERSION_1_2, buf, want - 1, &size),
		LIBFFA_E_NOSPACE);
	assert_int_equal(size, want);
	assert_int_equal(buf[0], 0x5A); /* nothing written */
}

static void mem_build_rejects_caller_bugs(void **state)
{
	struct libffa_mem_receiver r = {
		.endpoint_id = 1, .permissions = 2, .impdef = {1, 0}};
	struct libffa_mem_desc d = {.receivers = &r, .receiver_count = 1};
	uint8_t buf[128];
	size_t size;

	(void)state;
	/* impdef exists only from v1.2 (DEN0140 1.2 s4). */
	assert_int_equal(libffa_mem_build(&d, LIBFFA_VERSION_1_1, buf,
					  sizeof(buf), &size),
			 LIBFFA_E_INVAL);
	r.impdef[0] = 0;
	/* v1.0 attributes are one byte (DEN0077A 1.0 Table 5.19). */
	d.attributes = 0x100;
	assert_int_equal(libffa_mem_build(&d, LIBFFA_VERSION_1_0, buf,
					  sizeof(buf), &size),
			 LIBFFA_E_INVAL);
	d.attributes = 0;
	d.receiver_count = 0;
	assert_int_equal(libffa_mem_build(&d, LIBFFA_VERSION_1_0, buf,
					  sizeof(buf), &size),
			 LIBFFA_E_INVAL);
	d.receiver_count = 1;
	assert_int_equal(libffa_mem_build(&d, LIBFFA_VERSION(1, 4), buf,
					  sizeof(buf), &size),
			 LIBFFA_E_VERSION);
	d.receiver_count = UINT32_MAX;
	assert_int_equal(libffa_mem_size(&d, LIBFFA_VERSION_1_2, &size),
			 LIBFFA_E_OVERFLOW);
}

/* Legal values per ABI. */
static void fill(enum libffa_mem_op op, libffa_version_t ver, uint32_t nr,
		 uint32_t nc, struct libffa_mem_receiver *r,
		 struct libffa_mem_constituent *c, struct libffa_mem_desc *d)
{
	uint32_t i;

	memset(d, 0, sizeof(*d));
	d->sender_id = 0x8001;
	d->tag = 0x1122334455667788ull + op;
	d->attributes = 0x2F;
	switch (op) {
	case LIBFFA_MEM_OP_SHARE:
		d->flags = LIBFFA_MEM_FLAG_TIME_SLICE;
		break;
	case LIBFFA_MEM_OP_LEND:
		d->flags = LIBFFA_MEM_FLAG_CLEAR;
		if (nr == 1) {
			d->attributes = 0;
		}
		break;
	case LIBFFA_MEM_OP_DONATE:
		d->flags = LIBFFA_MEM_FLAG_CLEAR;
		d->attributes = 0;
		break;
	case LIBFFA_MEM_OP_RETRIEVE_REQ:
		d->handle = 0xFFFF000000001234ull;
		d->flags = LIBFFA_MEM_FLAG_TYPE_LEND |
			   LIBFFA_MEM_FLAG_ALIGN_HINT_VALID | 0x20u;
		break;
	case LIBFFA_MEM_OP_RETRIEVE_RESP:
		d->handle = 0x8000000000000001ull;
		d->flags = LIBFFA_MEM_FLAG_TYPE_SHARE;
		if (ver >= LIBFFA_VERSION_1_1) {
			d->attributes |= LIBFFA_MEM_ATTR_NS;
		}
		break;
	default:
		break;
	}
	for (i = 0; i < nr; i++) {
		memset(&r[i], 0, sizeof(r[i]));
		r[i].endpoint_id = (libffa_id_t)(0x8100 + i * 3);
		r[i].permissions =
			op == LIBFFA_MEM_OP_DONATE ? 0 : (uint8_t)(1 + (i & 1));
		if (op == LIBFFA_MEM_OP_RETRIEVE_REQ ||
		    op == LIBFFA_MEM_OP_RETRIEVE_RESP) {
			r[i].permissions |= LIBFFA_MEM_PERM_INSTR_NX;
			r[i].flags =
				i != 0 ? LIBFFA_MEM_EMAD_FLAG_NON_RETRIEVAL : 0;
		}
		if (ver >= LIBFFA_VERSION_1_2) {
			r[i].impdef[0] = 0xA0A0000000000000ull + i;
			r[i].impdef[1] = 0x0B0B000000000000ull + i;
		}
	}
	for (i = 0; i < nc; i++) {
		c[i].address = 0x80000000ull + (uint64_t)i * 0x100000ull +
			       ((uint64_t)i << 40);
		c[i].page_count = i + 1;
	}
	d->receivers = r;
	d->receiver_count = nr;
	d->constituents = c;
	d->constituent_count = nc;
}

static void check_view(const struct libffa_mem_view *v,
		       const struct libffa_mem_desc *d)
{
	struct libffa_mem_iter it;
	struct libffa_mem_receiver r;
	struct libffa_mem_constituent c;
	uint32_t n = 0;

	assert_int_equal(v->sender_id, d->sender_id);
	assert_int_equal(v->attributes, d->attributes);
	assert_int_equal(v->flags, d->flags);
	assert_true(v->handle == d->handle);
	assert_true(v->tag == d->tag);
	assert_int_equal(v->receiver_count, d->receiver_count);
	assert_int_equal(v->constituent_count, d->constituent_count);
	libffa_for_each_emad (&it, v, &r) {
		assert_int_equal(r.endpoint_id, d->receivers[n].endpoint_id);
		assert_int_equal(r.permissions, d->receivers[n].permissions);
		assert_int_equal(r.flags, d->receivers[n].flags);
		assert_true(r.impdef[0] == d->receivers[n].impdef[0]);
		assert_true(r.impdef[1] == d->receivers[n].impdef[1]);
		n++;
	}
	assert_int_equal(n, d->receiver_count);
	n = 0;
	libffa_for_each_constituent (&it, v, &c) {
		assert_true(c.address == d->constituents[n].address);
		assert_int_equal(c.page_count, d->constituents[n].page_count);
		n++;
	}
	assert_int_equal(n, d->constituent_count);
}

static void mem_build_parse_round_trip_all(void **state)
{
	static struct libffa_mem_receiver r[8];
	static struct libffa_mem_constituent c[64];
	static uint8_t buf[48 + 8 * 32 + 16 + 64 * 16];
	struct libffa_mem_desc d;
	struct libffa_mem_view v;
	struct libffa_mem_fault f;
	size_t size;
	size_t oi;
	size_t vi;
	uint32_t nr;
	uint32_t nc;

	(void)state;
	for (oi = 0; oi < sizeof(ops) / sizeof(ops[0]); oi++) {
		for (vi = 0; vi < 4; vi++) {
			for (nr = 1; nr <= 8; nr++) {
				for (nc = 0; nc <= 64; nc++) {
					libffa_status_t st;

					fill(ops[oi], versions[vi], nr, nc, r,
					     c, &d);
					assert_int_equal(
						libffa_mem_build(
							&d, versions[vi], buf,
							sizeof(buf), &size),
						LIBFFA_OK);
					st = libffa_mem_parse(
						buf, size, versions[vi],
						ops[oi], 0, &v, &f);
					if (nc == 0 &&
					    ops[oi] !=
						    LIBFFA_MEM_OP_RETRIEVE_REQ) {
						/* A region is required. */
						assert_int_equal(
							st, LIBFFA_E_BADVALUE);
						assert_string_equal(
							f.field,
							"emad.composite_"
							"offset");
						continue;
					}
					assert_int_equal(st, LIBFFA_OK);
					assert_int_equal(v.used_size, size);
					check_view(&v, &d);
				}
			}
		}
	}
}

static void mem_build_relinquish_round_trip(void **state)
{
	libffa_id_t ids[3] = {0x8001, 0x0002, 0x8003};
	struct libffa_mem_relinquish d = {
		.handle = 0x8000000000000042ull,
		.flags = LIBFFA_MEM_RELINQUISH_FLAG_CLEAR,
		.endpoints = ids,
		.endpoint_count = 3};
	static const uint8_t want[22] = {
		0x42, 0,    0,	  0,	0,    0,   0, 0x80, /* handle */
		1,    0,    0,	  0,			    /* flags */
		3,    0,    0,	  0,			    /* endpoint count */
		0x01, 0x80, 0x02, 0x00, 0x03, 0x80};
	struct libffa_mem_relinquish_view v;
	uint8_t buf[32];
	size_t size;
	libffa_id_t id;

	(void)state;
	assert_int_equal(libffa_mem_relinquish_build(&d, buf, 21, &size),
			 LIBFFA_E_NOSPACE);
	assert_int_equal(size, 22);
	assert_int_equal(
		libffa_mem_relinquish_build(&d, buf, sizeof(buf), &size),
		LIBFFA_OK);
	assert_memory_equal(buf, want, sizeof(want));
	assert_int_equal(libffa_mem_relinquish_parse(buf, size, &v, NULL),
			 LIBFFA_OK);
	assert_true(v.handle == d.handle);
	assert_int_equal(v.flags, 1);
	assert_int_equal(v.endpoint_count, 3);
	assert_true(libffa_mem_relinquish_endpoint(&v, 2, &id));
	assert_int_equal(id, 0x8003);
	assert_false(libffa_mem_relinquish_endpoint(&v, 3, &id));
}

/*
 * Builder tests: every status libffa_mem_size(), libffa_mem_build()
 * and libffa_mem_relinquish_build() document, the 32-bit
 * limits of the wire format (w1 total length, composite total page count:
 * DEN0077A 1.1 Table 10.13), the v1.2 impdef words
 * (DEN0140 1.2 s4) and the operation names.
 */
static uint32_t ld32(const uint8_t *p)
{
	return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 |
	       (uint32_t)p[3] << 24;
}

static uint64_t ld64(const uint8_t *p)
{
	return (uint64_t)ld32(p) | (uint64_t)ld32(p + 4) << 32;
}

static void mem_build_size_rejects_null_and_missing_arrays(void **state)
{
	struct libffa_mem_receiver r = {.endpoint_id = 0x8001,
					.permissions = LIBFFA_MEM_PERM_DATA_RW};
	struct libffa_mem_constituent c = {0x1000, 1};
	struct libffa_mem_desc d = {.receivers = &r,
				    .receiver_count = 1,
				    .constituents = &c,
				    .constituent_count = 1};
	size_t size = 0x5A5A;

	(void)state;
	/* mem.h libffa_mem_size() Return: INVAL for a NULL pointer, no
	 * receivers or a NULL array with a non-zero count. */
	assert_int_equal(libffa_mem_size(&d, LIBFFA_VERSION_1_1, NULL),
			 LIBFFA_E_INVAL);
	assert_int_equal(libffa_mem_size(NULL, LIBFFA_VERSION_1_1, &size),
			 LIBFFA_E_INVAL);
	d.receivers = NULL;
	assert_int_equal(libffa_mem_size(&d, LIBFFA_VERSION_1_1, &size),
			 LIBFFA_E_INVAL);
	d.receivers = &r;
	d.constituents = NULL;
	assert_int_equal(libffa_mem_size(&d, LIBFFA_VERSION_1_1, &size),
			 LIBFFA_E_INVAL);
	assert_int_equal(size, 0x5A5A); /* untouched on failure */
	/* No constituents: a NULL array is fine (retrieve request). */
	d.constituent_count = 0;
	assert_int_equal(libffa_mem_size(&d, LIBFFA_VERSION_1_1, &size),
			 LIBFFA_OK);
	assert_int_equal(size, 48u + 16u); /* v1.1 header + one EMAD */
	assert_int_equal(libffa_mem_size(&d, LIBFFA_VERSION(1, 4), &size),
			 LIBFFA_E_VERSION);
}

static void mem_build_rejects_null_buffer_or_size(void **state)
{
	struct libffa_mem_receiver r = {.endpoint_id = 0x8001,
					.permissions = LIBFFA_MEM_PERM_DATA_RW};
	struct libffa_mem_desc d = {.receivers = &r, .receiver_count = 1};
	uint8_t buf[64];
	size_t size = 0;

	(void)state;
	assert_int_equal(
		libffa_mem_build(&d, LIBFFA_VERSION_1_1, NULL, 64, &size),
		LIBFFA_E_INVAL);
	assert_int_equal(libffa_mem_build(&d, LIBFFA_VERSION_1_1, buf,
					  sizeof(buf), NULL),
			 LIBFFA_E_INVAL);
	assert_int_equal(libffa_mem_build(NULL, LIBFFA_VERSION_1_1, buf,
					  sizeof(buf), &size),
			 LIBFFA_E_INVAL);
	assert_int_equal(size, 0);
}

/* Either impdef word is data a 16-byte EMAD cannot carry (DEN0140 1.2 s4),
 * and a v1.2 EMAD carries both, little-endian, at EMAD offsets 8 and 16. */
static void mem_build_impdef_second_word_needs_v1_2(void **state)
{
	struct libffa_mem_receiver r = {.endpoint_id = 0x8001,
					.permissions = LIBFFA_MEM_PERM_DATA_RW,
					.impdef = {0, 0x0102030405060708ull}};
	struct libffa_mem_constituent c = {0x1000, 1};
	struct libffa_mem_desc d = {.sender_id = 0x8000,
				    .receivers = &r,
				    .receiver_count = 1,
				    .constituents = &c,
				    .constituent_count = 1};
	uint8_t buf[256];
	size_t size;

	(void)state;
	assert_int_equal(libffa_mem_build(&d, LIBFFA_VERSION_1_0, buf,
					  sizeof(buf), &size),
			 LIBFFA_E_INVAL);
	assert_int_equal(libffa_mem_build(&d, LIBFFA_VERSION_1_1, buf,
					  sizeof(buf), &size),
			 LIBFFA_E_INVAL);
	memset(buf, 0xEE, sizeof(buf));
	assert_int_equal(libffa_mem_build(&d, LIBFFA_VERSION_1_2, buf,
					  sizeof(buf), &size),
			 LIBFFA_OK);
	assert_int_equal(size, 48u + 32u + 16u + 16u);
	assert_true(ld64(buf + 48 + 8) == 0);
	assert_true(ld64(buf + 48 + 16) == 0x0102030405060708ull);
	assert_true(ld64(buf + 48 + 24) == 0); /* reserved */
}

/* The composite's total page count is a u32 (DEN0077A 1.1 Table 10.13):
 * a sum that does not fit is refused, a sum of exactly
 * UINT32_MAX is written. */
static void mem_build_page_total_must_fit_u32(void **state)
{
	struct libffa_mem_receiver r = {.endpoint_id = 0x8001,
					.permissions = LIBFFA_MEM_PERM_DATA_RW};
	struct libffa_mem_constituent c[2] = {{0x1000, 0x80000000u},
					      {0x100000000ull, 0x80000000u}};
	struct libffa_mem_desc d = {.sender_id = 0x8000,
				    .receivers = &r,
				    .receiver_count = 1,
				    .constituents = c,
				    .constituent_count = 2};
	uint8_t buf[256];
	size_t size = 0;
	struct libffa_mem_view view;

	(void)state;
	assert_int_equal(libffa_mem_build(&d, LIBFFA_VERSION_1_1, buf,
					  sizeof(buf), &size),
			 LIBFFA_E_OVERFLOW);
	c[1].page_count = 0x7FFFFFFFu;
	assert_int_equal(libffa_mem_build(&d, LIBFFA_VERSION_1_1, buf,
					  sizeof(buf), &size),
			 LIBFFA_OK);
	assert_true(ld32(buf + 64) == UINT32_MAX); /* composite at 48 + 16 */
	assert_int_equal(libffa_mem_parse(buf, size, LIBFFA_VERSION_1_1,
					  LIBFFA_MEM_OP_ANY, 0, &view, NULL),
			 LIBFFA_OK);
	assert_true(view.total_pages == UINT32_MAX);
}

/*
 * mem.h: an overflowing page total is reported before a short buffer (the
 * total is summed before the capacity is judged), and then nothing is
 * written: neither the buffer nor the size.
 */
static void mem_build_page_total_overflow_before_nospace(void **state)
{
	struct libffa_mem_receiver r = {.endpoint_id = 0x8001,
					.permissions = LIBFFA_MEM_PERM_DATA_RW};
	struct libffa_mem_constituent c[2] = {{0x1000, 0x80000000u},
					      {0x100000000ull, 0x80000000u}};
	struct libffa_mem_desc d = {.sender_id = 0x8000,
				    .receivers = &r,
				    .receiver_count = 1,
				    .constituents = c,
				    .constituent_count = 2};
	uint8_t buf[64];
	size_t size = 7;

	(void)state;
	memset(buf, 0x5A, sizeof(buf));
	assert_int_equal(libffa_mem_build(&d, LIBFFA_VERSION_1_2, buf,
					  sizeof(buf), &size),
			 LIBFFA_E_OVERFLOW);
	assert_int_equal(size, 7);
	assert_int_equal(buf[0], 0x5A);
	c[1].page_count = 0x7FFFFFFFu;
	assert_int_equal(libffa_mem_build(&d, LIBFFA_VERSION_1_2, buf,
					  sizeof(buf), &size),
			 LIBFFA_E_NOSPACE);
	assert_int_equal(size, 48 + 32 + 16 + 2 * 16);
	assert_int_equal(buf[0], 0x5A);
}

/*
 * The total length travels in w1 (DEN0077A 1.1 s16), so
 * a descriptor must fit 32 bits. v1.2: 48 + n x 32 bytes of EMADs; with
 * n = 0x07FFFFFE that is 0xFFFFFFF0, which fits, but a composite (16
 * bytes) after it does not. libffa_mem_size() reads only the counts, so
 * one receiver stands for the array of a sizing query.
 */
static void mem_build_size_overflows_when_composite_passes_u32(void **state)
{
	struct libffa_mem_receiver r = {.endpoint_id = 0x8001};
	struct libffa_mem_constituent c = {0x1000, 1};
	struct libffa_mem_desc d = {.receivers = &r,
				    .receiver_count = 0x07FFFFFEu,
				    .constituents = &c,
				    .constituent_count = 0};
	size_t size = 0;

	(void)state;
	assert_int_equal(libffa_mem_size(&d, LIBFFA_VERSION_1_2, &size),
			 LIBFFA_OK);
	assert_true(size == 0xFFFFFFF0u);
	d.constituent_count = 1;
	assert_int_equal(libffa_mem_size(&d, LIBFFA_VERSION_1_2, &size),
			 LIBFFA_E_OVERFLOW);
	/* Room for the composite but not for the constituents. */
	d.receiver_count = 0x07FFFFF0u; /* EMADs end at 0xFFFFFE30 */
	d.constituent_count = 0x1C;	/* 0xFFFFFE40 + 0x1C0 = 2^32 */
	assert_int_equal(libffa_mem_size(&d, LIBFFA_VERSION_1_2, &size),
			 LIBFFA_E_OVERFLOW);
	d.constituent_count = 0x1B;
	assert_int_equal(libffa_mem_size(&d, LIBFFA_VERSION_1_2, &size),
			 LIBFFA_OK);
	assert_true(size == 0xFFFFFFF0u);
}

static void mem_build_relinquish_rejects_caller_bugs(void **state)
{
	libffa_id_t ids[3] = {0x8001, 0x8002, 0x0003};
	struct libffa_mem_relinquish d = {
		.handle = 0x1122334455667788ull,
		.flags = LIBFFA_MEM_RELINQUISH_FLAG_CLEAR,
		.endpoints = ids,
		.endpoint_count = 3};
	uint8_t buf[32];
	size_t size = 0;
	struct libffa_mem_relinquish_view view;
	libffa_id_t id;

	(void)state;
	/* mem.h: INVAL for NULL pointers or no endpoints. */
	assert_int_equal(
		libffa_mem_relinquish_build(NULL, buf, sizeof(buf), &size),
		LIBFFA_E_INVAL);
	assert_int_equal(
		libffa_mem_relinquish_build(&d, NULL, sizeof(buf), &size),
		LIBFFA_E_INVAL);
	assert_int_equal(
		libffa_mem_relinquish_build(&d, buf, sizeof(buf), NULL),
		LIBFFA_E_INVAL);
	d.endpoints = NULL;
	assert_int_equal(
		libffa_mem_relinquish_build(&d, buf, sizeof(buf), &size),
		LIBFFA_E_INVAL);
	d.endpoints = ids;
	d.endpoint_count = 0;
	assert_int_equal(
		libffa_mem_relinquish_build(&d, buf, sizeof(buf), &size),
		LIBFFA_E_INVAL);
	d.endpoint_count = 3;
	/* 16-byte header + 2 bytes per endpoint (DEN0077A 1.1 Table 16.25). */
	assert_int_equal(libffa_mem_relinquish_build(&d, buf, 21, &size),
			 LIBFFA_E_NOSPACE);
	assert_int_equal(size, 22);
	assert_int_equal(libffa_mem_relinquish_build(&d, buf, 22, &size),
			 LIBFFA_OK);
	assert_int_equal(libffa_mem_relinquish_parse(buf, size, &view, NULL),
			 LIBFFA_OK);
	assert_int_equal(view.endpoint_count, 3);
	assert_true(libffa_mem_relinquish_endpoint(&view, 2, &id));
	assert_int_equal(id, 0x0003);
	assert_false(libffa_mem_relinquish_endpoint(&view, 3, &id));
}

static void mem_build_op_names(void **state)
{
	(void)state;
	assert_string_equal(libffa_mem_op_name(LIBFFA_MEM_OP_ANY), "any");
	assert_string_equal(libffa_mem_op_name(LIBFFA_MEM_OP_SHARE), "share");
	assert_string_equal(libffa_mem_op_name(LIBFFA_MEM_OP_LEND), "lend");
	assert_string_equal(libffa_mem_op_name(LIBFFA_MEM_OP_DONATE), "donate");
	assert_string_equal(libffa_mem_op_name(LIBFFA_MEM_OP_RETRIEVE_REQ),
			    "retrieve_req");
	assert_string_equal(libffa_mem_op_name(LIBFFA_MEM_OP_RETRIEVE_RESP),
			    "retrieve_resp");
	/* mem.h: NULL when unknown. */
	assert_null(libffa_mem_op_name(
		(enum libffa_mem_op)(LIBFFA_MEM_OP_RETRIEVE_RESP + 1)));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(mem_build_matches_golden_share_v1_2),
		cmocka_unit_test(mem_build_golden_parses_field_by_field),
		cmocka_unit_test(mem_build_geometry_per_version),
		cmocka_unit_test(mem_build_reports_needed_size),
		cmocka_unit_test(mem_build_rejects_caller_bugs),
		cmocka_unit_test(mem_build_parse_round_trip_all),
		cmocka_unit_test(mem_build_relinquish_round_trip),
		cmocka_unit_test(
			mem_build_size_rejects_null_and_missing_arrays),
		cmocka_unit_test(mem_build_rejects_null_buffer_or_size),
		cmocka_unit_test(mem_build_impdef_second_word_needs_v1_2),
		cmocka_unit_test(mem_build_page_total_must_fit_u32),
		cmocka_unit_test(mem_build_page_total_overflow_before_nospace),
		cmocka_unit_test(
			mem_build_size_overflows_when_composite_passes_u32),
		cmocka_unit_test(mem_build_relinquish_rejects_caller_bugs),
		cmocka_unit_test(mem_build_op_names),
	};

	return cmocka_run_group_tests_name("mem_build", tests, NULL, NULL);
}
