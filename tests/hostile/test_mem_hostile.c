/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * Hostile-input suite for memory transaction and relinquish descriptors:
 * one row per malformed field, with the exact status and field it must
 * get (rules from
 * DEN0077A 1.1 Tables 10.13-10.22, DEN0140 1.2 s4).
 *
 * Base descriptor: FFA_MEM_SHARE, 2 receivers, 3 constituents, built for
 * each version. Offsets are computed from the version's geometry.
 */
/* cmocka needs these first, in this order. */
// clang-format off
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>
// clang-format on

#include "ffa/mem.h"

struct geo {
	libffa_version_t v;
	size_t hdr;  /* header size */
	size_t esz;  /* EMAD size */
	size_t e0;   /* EMAD 0 */
	size_t e1;   /* EMAD 1 */
	size_t comp; /* composite */
	size_t c0;   /* constituent 0 */
	size_t size;
};

static void put16(uint8_t *p, uint16_t v)
{
	p[0] = (uint8_t)v;
	p[1] = (uint8_t)(v >> 8);
}

static void put32(uint8_t *p, uint32_t v)
{
	put16(p, (uint16_t)v);
	put16(p + 2, (uint16_t)(v >> 16));
}

static void put64(uint8_t *p, uint64_t v)
{
	put32(p, (uint32_t)v);
	put32(p + 4, (uint32_t)(v >> 32));
}

static void base(libffa_version_t v, uint8_t *buf, struct geo *g)
{
	struct libffa_mem_receiver r[2] = {
		{.endpoint_id = 0x8001, .permissions = 2},
		{.endpoint_id = 0x8002, .permissions = 1}};
	struct libffa_mem_constituent c[3] = {
		{0x10000, 1}, {0x20000, 2}, {0x40000, 4}};
	struct libffa_mem_desc d = {.sender_id = 0x0001,
				    .attributes = 0x2F,
				    .receivers = r,
				    .receiver_count = 2,
				    .constituents = c,
				    .constituent_count = 3};

	g->v = v;
	g->hdr = libffa_mem_header_size(v);
	g->esz = libffa_mem_emad_size(v);
	g->e0 = g->hdr;
	g->e1 = g->hdr + g->esz;
	g->comp = g->hdr + 2 * g->esz;
	g->c0 = g->comp + 16;
	assert_int_equal(libffa_mem_build(&d, v, buf, 512, &g->size),
			 LIBFFA_OK);
}

/* One malformed input: mutate, expect (status, field, offset). */
struct row {
	const char *name;
	unsigned int min_minor; /* rows for v1.1+ only set 1 */
	unsigned int max_minor;
	enum libffa_mem_op op;
	void (*mutate)(uint8_t *buf, const struct geo *g, size_t *size);
	libffa_status_t status;
	const char *field;
	int field_off; /* expected fault offset, -1 to skip */
};

/* Mutations. Each names the field it breaks. */
#define MUT(name) static void name(uint8_t *b, const struct geo *g, size_t *n)

MUT(v10_header_reserved3)
{
	(void)g;
	(void)n;
	b[3] = 1;
}
MUT(v10_header_reserved24)
{
	(void)g;
	(void)n;
	b[26] = 1;
}
MUT(v11_header_reserved36)
{
	(void)g;
	(void)n;
	b[47] = 0x80;
}
MUT(emad_size_small)
{
	(void)n;
	put32(b + 24, (uint32_t)g->esz - 16);
}
MUT(emad_size_odd)
{
	(void)n;
	put32(b + 24, (uint32_t)g->esz + 8);
}
MUT(emad_size_huge)
{
	(void)g;
	(void)n;
	put32(b + 24, 0xFFFFFFF0u);
}
MUT(emad_size_48)
{
	(void)g;
	(void)n;
	put32(b + 24, 48);
}
MUT(emad_offset_zero)
{
	(void)g;
	(void)n;
	put32(b + 32, 0);
}
MUT(emad_offset_in_header)
{
	(void)g;
	(void)n;
	put32(b + 32, 32);
}
MUT(emad_offset_misaligned)
{
	(void)g;
	(void)n;
	put32(b + 32, 56);
}
MUT(emad_offset_past_end)
{
	(void)g;
	put32(b + 32, (uint32_t)*n + 16);
}
MUT(emad_offset_overlaps_composite)
{
	(void)n;
	put32(b + 32, (uint32_t)g->e1); /* EMAD 1 then composite as EMAD */
}
MUT(emad_count_zero)
{
	(void)g;
	(void)n;
	put32(b + 28, 0);
}
MUT(emad_count_huge)
{
	(void)g;
	(void)n;
	put32(b + 28, 0xFFFFFFFFu);
}
MUT(emad_count_one_more)
{
	(void)g;
	(void)n;
	put32(b + 28, 40);
}
MUT(attr_mbz_v10)
{
	(void)g;
	(void)n;
	b[2] = 0xAF;
}
MUT(attr_mbz_v11)
{
	(void)g;
	(void)n;
	put16(b + 2, 0x012F);
}
MUT(attr_ns_in_share)
{
	(void)g;
	(void)n;
	put16(b + 2, 0x006F);
}
MUT(attr_type_reserved)
{
	(void)g;
	(void)n;
	b[2] = 0x3F;
}
MUT(attr_shareability_reserved)
{
	(void)g;
	(void)n;
	b[2] = 0x2D;
}
MUT(attr_cacheability_reserved)
{
	(void)g;
	(void)n;
	b[2] = 0x23;
}
MUT(attr_unspecified_with_bits)
{
	(void)g;
	(void)n;
	b[2] = 0x03;
}
MUT(attr_set_for_donate)
{
	(void)g;
	(void)n;
	(void)b;
}
MUT(flags_clear_on_share)
{
	(void)g;
	(void)n;
	put32(b + 4, 1);
}
MUT(flags_mbz_on_send)
{
	(void)g;
	(void)n;
	put32(b + 4, 0x4);
}
MUT(flags_high_on_send)
{
	(void)g;
	(void)n;
	put32(b + 4, 0x80000000u);
}
MUT(perm_mbz)
{
	(void)n;
	b[g->e0 + 2] = 0x12;
}
MUT(perm_data_reserved)
{
	(void)n;
	b[g->e0 + 2] = 0x03;
}
MUT(perm_instr_reserved)
{
	(void)n;
	b[g->e1 + 2] = 0x0E;
}
MUT(perm_instr_on_share)
{
	(void)n;
	b[g->e1 + 2] = 0x06;
}
MUT(perm_data_missing)
{
	(void)n;
	b[g->e1 + 2] = 0x00;
}
MUT(emad_flags_on_send)
{
	(void)n;
	b[g->e1 + 3] = 0x01;
}
MUT(emad_reserved_v10)
{
	(void)n;
	b[g->e0 + 15] = 1;
}
MUT(emad_reserved_v12)
{
	(void)n;
	b[g->e1 + 31] = 1;
}
MUT(emad_impdef_v12_free)
{
	(void)n;
	b[g->e1 + 8] = 0x5A;
}
MUT(receiver_repeated)
{
	(void)n;
	put16(b + g->e1, 0x8001);
}
MUT(composite_offsets_differ)
{
	(void)n;
	put32(b + g->e1 + 4, 0);
}
MUT(composite_missing)
{
	(void)n;
	put32(b + g->e0 + 4, 0);
	put32(b + g->e1 + 4, 0);
}
MUT(composite_in_header)
{
	(void)n;
	put32(b + g->e0 + 4, 16);
	put32(b + g->e1 + 4, 16);
}
MUT(composite_in_emads)
{
	(void)n;
	put32(b + g->e0 + 4, (uint32_t)g->e1);
	put32(b + g->e1 + 4, (uint32_t)g->e1);
}
MUT(composite_misaligned)
{
	(void)n;
	put32(b + g->e0 + 4, (uint32_t)g->comp + 4);
	put32(b + g->e1 + 4, (uint32_t)g->comp + 4);
}
MUT(composite_past_end)
{
	put32(b + g->e0 + 4, (uint32_t)*n);
	put32(b + g->e1 + 4, (uint32_t)*n);
}
MUT(composite_huge)
{
	(void)n;
	put32(b + g->e0 + 4, 0xFFFFFFF8u);
	put32(b + g->e1 + 4, 0xFFFFFFF8u);
}
MUT(composite_zero_ranges)
{
	(void)n;
	put32(b + g->comp + 4, 0);
}
MUT(composite_zero_pages)
{
	(void)n;
	put32(b + g->comp, 0);
}
MUT(composite_pages_mismatch)
{
	(void)n;
	put32(b + g->comp, 8);
}
MUT(composite_pages_wrap)
{
	/* 1 + 2 + 0xFFFFFFFD wraps a u32 sum to 0; the parser sums in 64. */
	(void)n;
	put32(b + g->c0 + 32 + 8, 0xFFFFFFFDu);
	put32(b + g->comp, 0);
}
MUT(composite_reserved)
{
	(void)n;
	b[g->comp + 12] = 1;
}
MUT(composite_count_huge)
{
	(void)n;
	put32(b + g->comp + 4, 0x10000000u);
}
MUT(composite_count_one_more)
{
	(void)n;
	put32(b + g->comp + 4, 4);
}
MUT(constituent_misaligned)
{
	(void)n;
	put64(b + g->c0 + 16, 0x20800);
}
MUT(constituent_zero_pages)
{
	(void)n;
	put32(b + g->c0 + 8, 0);
}
MUT(constituent_reserved)
{
	(void)n;
	b[g->c0 + 32 + 15] = 1;
}
MUT(constituent_wraps)
{
	(void)n;
	put64(b + g->c0 + 32, 0xFFFFFFFFFFFFF000ull);
}
MUT(truncated_last_byte)
{
	(void)b;
	(void)g;
	*n -= 1;
}
MUT(handle_from_owner)
{
	(void)g;
	(void)n;
	put64(b + 8, 1);
}

#define ALL    0, 3
#define V10    0, 0
#define V11UP  1, 3
#define V10_11 0, 1
#define V12UP  2, 3
#define SH     LIBFFA_MEM_OP_SHARE

/* Offsets in the table that depend on geometry are checked as -1. */
static const struct row rows[] = {
	{"v1.0 header byte 3 reserved", V10, SH, v10_header_reserved3,
	 LIBFFA_E_MBZ, "header.reserved", 3},
	{"v1.0 header word 24 reserved", V10, SH, v10_header_reserved24,
	 LIBFFA_E_MBZ, "header.reserved", 24},
	{"v1.1 header bytes 36..47 reserved", V11UP, SH, v11_header_reserved36,
	 LIBFFA_E_MBZ, "header.reserved", 47},
	{"EMAD size below the version's", V11UP, SH, emad_size_small,
	 LIBFFA_E_BADVALUE, "header.emad_size", 24},
	{"EMAD size not a multiple of 16", V11UP, SH, emad_size_odd,
	 LIBFFA_E_ALIGN, "header.emad_size", 24},
	{"EMAD size huge", V11UP, SH, emad_size_huge, LIBFFA_E_BADVALUE,
	 "header.emad_size", 24},
	{"EMAD size beyond every known EMAD", V11UP, SH, emad_size_48,
	 LIBFFA_E_BADVALUE, "header.emad_size", 24},
	{"EMAD offset 0", V11UP, SH, emad_offset_zero, LIBFFA_E_BADVALUE,
	 "header.emad_offset", 32},
	{"EMAD offset into the header", V11UP, SH, emad_offset_in_header,
	 LIBFFA_E_BADVALUE, "header.emad_offset", 32},
	{"EMAD offset misaligned", V11UP, SH, emad_offset_misaligned,
	 LIBFFA_E_ALIGN, "header.emad_offset", 32},
	{"EMAD offset past the end", V11UP, SH, emad_offset_past_end,
	 LIBFFA_E_TRUNCATED, "header.emad_offset", 32},
	{"EMAD array overlapping the composite", V11UP, SH,
	 emad_offset_overlaps_composite, LIBFFA_E_BADVALUE, NULL, -1},
	{"EMAD count 0", ALL, SH, emad_count_zero, LIBFFA_E_BADVALUE,
	 "header.emad_count", 28},
	{"EMAD count 0xFFFFFFFF", ALL, SH, emad_count_huge, LIBFFA_E_TRUNCATED,
	 "emad", -1},
	{"EMAD count beyond the buffer", ALL, SH, emad_count_one_more,
	 LIBFFA_E_TRUNCATED, "emad", -1},
	{"v1.0 attributes bits 7:6", V10, SH, attr_mbz_v10, LIBFFA_E_MBZ,
	 "header.attributes", 2},
	{"v1.1 attributes bits 15:7", V11UP, SH, attr_mbz_v11, LIBFFA_E_MBZ,
	 "header.attributes", 2},
	{"NS bit in a share", V11UP, SH, attr_ns_in_share, LIBFFA_E_MBZ,
	 "header.attributes", 2},
	{"memory type 0b11", ALL, SH, attr_type_reserved, LIBFFA_E_BADVALUE,
	 "header.attributes", 2},
	{"shareability 0b01", ALL, SH, attr_shareability_reserved,
	 LIBFFA_E_BADVALUE, "header.attributes", 2},
	{"cacheability 0b00 for normal memory", ALL, SH,
	 attr_cacheability_reserved, LIBFFA_E_BADVALUE, "header.attributes", 2},
	{"unspecified type with cache bits", ALL, SH,
	 attr_unspecified_with_bits, LIBFFA_E_BADVALUE, "header.attributes", 2},
	{"attributes set for DONATE", ALL, LIBFFA_MEM_OP_DONATE,
	 attr_set_for_donate, LIBFFA_E_BADVALUE, "header.attributes", 2},
	{"zero-memory flag on SHARE", ALL, SH, flags_clear_on_share,
	 LIBFFA_E_BADVALUE, "header.flags", 4},
	{"retrieve-only flag on SHARE", ALL, SH, flags_mbz_on_send,
	 LIBFFA_E_MBZ, "header.flags", 4},
	{"flag bit 31 on LEND", ALL, LIBFFA_MEM_OP_LEND, flags_high_on_send,
	 LIBFFA_E_MBZ, "header.flags", 4},
	{"permission bits 7:4", ALL, SH, perm_mbz, LIBFFA_E_MBZ,
	 "emad.permissions", -1},
	{"data access 0b11", ALL, SH, perm_data_reserved, LIBFFA_E_BADVALUE,
	 "emad.permissions", -1},
	{"instruction access 0b11", ALL, SH, perm_instr_reserved,
	 LIBFFA_E_BADVALUE, "emad.permissions", -1},
	{"instruction access on SHARE", ALL, SH, perm_instr_on_share,
	 LIBFFA_E_BADVALUE, "emad.permissions", -1},
	{"no data access on SHARE", ALL, SH, perm_data_missing,
	 LIBFFA_E_BADVALUE, "emad.permissions", -1},
	{"EMAD flags on SHARE", ALL, SH, emad_flags_on_send, LIBFFA_E_MBZ,
	 "emad.flags", -1},
	{"EMAD reserved bytes 8..15 (16-byte EMAD)", V10_11, SH,
	 emad_reserved_v10, LIBFFA_E_MBZ, "emad.reserved", -1},
	{"EMAD reserved bytes 24..31 (32-byte EMAD)", V12UP, SH,
	 emad_reserved_v12, LIBFFA_E_MBZ, "emad.reserved", -1},
	{"EMAD impdef is free from v1.2", V12UP, SH, emad_impdef_v12_free,
	 LIBFFA_OK, NULL, -1},
	{"receiver repeated", ALL, SH, receiver_repeated, LIBFFA_E_BADVALUE,
	 "emad.endpoint_id", -1},
	{"receivers naming different composites", ALL, SH,
	 composite_offsets_differ, LIBFFA_E_BADVALUE, "emad.composite_offset",
	 -1},
	{"no composite on SHARE", ALL, SH, composite_missing, LIBFFA_E_BADVALUE,
	 "emad.composite_offset", -1},
	{"composite inside the header", ALL, SH, composite_in_header,
	 LIBFFA_E_BADVALUE, "emad.composite_offset", -1},
	{"composite overlapping the EMADs", ALL, SH, composite_in_emads,
	 LIBFFA_E_BADVALUE, "emad.composite_offset", -1},
	{"composite misaligned", ALL, SH, composite_misaligned, LIBFFA_E_ALIGN,
	 "emad.composite_offset", -1},
	{"composite past the end", ALL, SH, composite_past_end,
	 LIBFFA_E_TRUNCATED, "composite", -1},
	{"composite offset 0xFFFFFFF8", ALL, SH, composite_huge,
	 LIBFFA_E_TRUNCATED, "composite", -1},
	{"zero-length composite", ALL, SH, composite_zero_ranges,
	 LIBFFA_E_BADVALUE, "composite.constituent_count", -1},
	{"composite of zero pages", ALL, SH, composite_zero_pages,
	 LIBFFA_E_BADVALUE, "composite.total_pages", -1},
	{"page counts do not add up", ALL, SH, composite_pages_mismatch,
	 LIBFFA_E_BADVALUE, "composite.total_pages", -1},
	{"page counts adding up only modulo 2^32", ALL, SH,
	 composite_pages_wrap, LIBFFA_E_BADVALUE, "composite.total_pages", -1},
	{"composite reserved", ALL, SH, composite_reserved, LIBFFA_E_MBZ,
	 "composite.reserved", -1},
	{"constituent count 0x10000000", ALL, SH, composite_count_huge,
	 LIBFFA_E_TRUNCATED, "constituent", -1},
	{"constituent count one too many", ALL, SH, composite_count_one_more,
	 LIBFFA_E_TRUNCATED, "constituent", -1},
	{"constituent address not 4 KiB aligned", ALL, SH,
	 constituent_misaligned, LIBFFA_E_ALIGN, "constituent.address", -1},
	{"constituent of zero pages", ALL, SH, constituent_zero_pages,
	 LIBFFA_E_BADVALUE, "constituent.page_count", -1},
	{"constituent reserved", ALL, SH, constituent_reserved, LIBFFA_E_MBZ,
	 "constituent.reserved", -1},
	{"constituent range wrapping 2^64", ALL, SH, constituent_wraps,
	 LIBFFA_E_OVERFLOW, "constituent.page_count", -1},
	{"last byte missing", ALL, SH, truncated_last_byte, LIBFFA_E_TRUNCATED,
	 "constituent", -1},
};

static void mem_hostile_every_field_gets_its_status(void **state)
{
	size_t i;
	unsigned int minor;

	(void)state;
	for (i = 0; i < sizeof(rows) / sizeof(rows[0]); i++) {
		const struct row *row = &rows[i];

		for (minor = row->min_minor; minor <= row->max_minor; minor++) {
			uint8_t buf[512];
			struct geo g;
			struct libffa_mem_view v;
			struct libffa_mem_fault f = {NULL, 0, 0};
			libffa_status_t st;
			size_t n;

			base(LIBFFA_VERSION(1, minor), buf, &g);
			n = g.size;
			row->mutate(buf, &g, &n);
			st = libffa_mem_parse(buf, n, g.v, row->op, 0, &v, &f);
			if (st != row->status ||
			    (row->field != NULL &&
			     (f.field == NULL ||
			      strcmp(f.field, row->field) != 0)) ||
			    (row->field_off >= 0 &&
			     f.offset != (size_t)row->field_off)) {
				print_error("%s (v1.%u): got %s at %s+%zu\n",
					    row->name, minor,
					    libffa_status_name(st),
					    f.field ? f.field : "-", f.offset);
				fail();
			}
		}
	}
}

/* The failing field's offset points at the faulty bytes. */
static void mem_hostile_fault_offsets_name_the_emad(void **state)
{
	uint8_t buf[512];
	struct geo g;
	struct libffa_mem_view v;
	struct libffa_mem_fault f;

	(void)state;
	base(LIBFFA_VERSION_1_2, buf, &g);
	buf[g.e1 + 2] = 0x40;
	assert_int_equal(libffa_mem_parse(buf, g.size, g.v, LIBFFA_MEM_OP_SHARE,
					  0, &v, &f),
			 LIBFFA_E_MBZ);
	assert_int_equal(f.index, 1);
	assert_int_equal(f.offset, g.e1 + 2);
}

/* Retrieve request: composite optional, EMAD flag bit 0 allowed. */
static void mem_hostile_retrieve_rules(void **state)
{
	uint8_t buf[512];
	struct geo g;
	struct libffa_mem_view v;
	struct libffa_mem_fault f;

	(void)state;
	base(LIBFFA_VERSION_1_1, buf, &g);
	buf[g.e1 + 3] = 1;
	put32(buf + 4, LIBFFA_MEM_FLAG_TYPE_LEND | LIBFFA_MEM_FLAG_CLEAR);
	assert_int_equal(
		libffa_mem_parse(buf, g.size, g.v, LIBFFA_MEM_OP_RETRIEVE_REQ,
				 0, &v, &f),
		LIBFFA_OK);
	buf[g.e1 + 3] = 2;
	assert_int_equal(
		libffa_mem_parse(buf, g.size, g.v, LIBFFA_MEM_OP_RETRIEVE_REQ,
				 0, &v, &f),
		LIBFFA_E_MBZ);
	assert_string_equal(f.field, "emad.flags");
	buf[g.e1 + 3] = 0;
	/* Zeroing a share is meaningless. */
	put32(buf + 4, LIBFFA_MEM_FLAG_TYPE_SHARE | LIBFFA_MEM_FLAG_CLEAR);
	assert_int_equal(
		libffa_mem_parse(buf, g.size, g.v, LIBFFA_MEM_OP_RETRIEVE_REQ,
				 0, &v, &f),
		LIBFFA_E_BADVALUE);
	/* Bit 10 is outside the retrieve-request mask. */
	put32(buf + 4, 0x400);
	assert_int_equal(
		libffa_mem_parse(buf, g.size, g.v, LIBFFA_MEM_OP_RETRIEVE_REQ,
				 0, &v, &f),
		LIBFFA_E_MBZ);
	/* A response must name the transaction type. */
	put32(buf + 4, 0);
	assert_int_equal(
		libffa_mem_parse(buf, g.size, g.v, LIBFFA_MEM_OP_RETRIEVE_RESP,
				 0, &v, &f),
		LIBFFA_E_BADVALUE);
	assert_string_equal(f.field, "header.flags");
	/* ...and may carry the NS bit. */
	put32(buf + 4, LIBFFA_MEM_FLAG_TYPE_SHARE);
	put16(buf + 2, 0x6F);
	assert_int_equal(
		libffa_mem_parse(buf, g.size, g.v, LIBFFA_MEM_OP_RETRIEVE_RESP,
				 0, &v, &f),
		LIBFFA_OK);
	/* Owner's first send: handle must be 0. */
	base(LIBFFA_VERSION_1_1, buf, &g);
	handle_from_owner(buf, &g, &g.size);
	assert_int_equal(libffa_mem_parse(buf, g.size, g.v, LIBFFA_MEM_OP_SHARE,
					  LIBFFA_MEM_PARSE_FROM_OWNER, &v, &f),
			 LIBFFA_E_BADVALUE);
	assert_string_equal(f.field, "header.handle");
}

static void mem_hostile_relinquish(void **state)
{
	uint8_t buf[32];
	struct libffa_mem_relinquish_view v;
	struct libffa_mem_fault f;
	size_t len;

	(void)state;
	memset(buf, 0, sizeof(buf));
	put64(buf, 7);
	put32(buf + 12, 2);
	put16(buf + 16, 0x8001);
	put16(buf + 18, 0x8002);
	assert_int_equal(libffa_mem_relinquish_parse(buf, 20, &v, &f),
			 LIBFFA_OK);
	for (len = 0; len < 20; len++) {
		assert_int_equal(libffa_mem_relinquish_parse(buf, len, &v, &f),
				 LIBFFA_E_TRUNCATED);
	}
	put32(buf + 8, 4);
	assert_int_equal(libffa_mem_relinquish_parse(buf, 20, &v, &f),
			 LIBFFA_E_MBZ);
	assert_string_equal(f.field, "header.flags");
	put32(buf + 8, 0);
	put16(buf + 18, 0x8001);
	assert_int_equal(libffa_mem_relinquish_parse(buf, 20, &v, &f),
			 LIBFFA_E_BADVALUE);
	assert_string_equal(f.field, "endpoint");
	assert_int_equal(f.index, 1);
	put32(buf + 12, 0);
	assert_int_equal(libffa_mem_relinquish_parse(buf, 20, &v, &f),
			 LIBFFA_E_BADVALUE);
	put32(buf + 12, 0xFFFFFFFFu);
	assert_int_equal(libffa_mem_relinquish_parse(buf, 20, &v, &f),
			 LIBFFA_E_TRUNCATED);
}

/*
 * Counts whose array size does not fit a 32-bit size_t: the verdict and the
 * fault are the same on every host (sizes judged in 64 bits), here and in
 * the -m32 build of this suite (scripts/test.d/12-m32.sh). The first item
 * that does not fit starts at the end of the buffer.
 */
static void mem_hostile_huge_counts_same_on_every_host(void **state)
{
	unsigned int minor;

	(void)state;
	for (minor = 0; minor <= 3; minor++) {
		uint8_t buf[512];
		struct geo g;
		struct libffa_mem_view v;
		struct libffa_mem_fault f = {NULL, 0, 0};

		base(LIBFFA_VERSION(1, minor), buf, &g);
		put32(buf + 28, 0xFFFFFFFFu);
		assert_int_equal(
			libffa_mem_parse(buf, g.size, g.v, LIBFFA_MEM_OP_SHARE,
					 0, &v, &f),
			LIBFFA_E_TRUNCATED);
		assert_string_equal(f.field, "emad");
		assert_int_equal(f.offset, g.size);
		assert_int_equal(f.index, (g.size - g.e0) / g.esz);

		base(LIBFFA_VERSION(1, minor), buf, &g);
		put32(buf + g.comp + 4, 0xFFFFFFFFu);
		assert_int_equal(
			libffa_mem_parse(buf, g.size, g.v, LIBFFA_MEM_OP_SHARE,
					 0, &v, &f),
			LIBFFA_E_TRUNCATED);
		assert_string_equal(f.field, "constituent");
		assert_int_equal(f.offset, g.size);
		assert_int_equal(f.index, 3);
	}
}

/*
 * A v1.1 descriptor with 32-byte EMADs (the v1.2 layout, DEN0140 1.2 s4):
 * read only when the 16 bytes a v1.1 reader cannot interpret are zero
 * (docs/fact-check.md, "EMAD size larger than the version's").
 */
static void mem_hostile_larger_emad_extension_must_be_zero(void **state)
{
	uint8_t buf[512];
	struct geo g;
	struct libffa_mem_view v;
	struct libffa_mem_fault f = {NULL, 0, 0};
	size_t off;

	(void)state;
	base(LIBFFA_VERSION_1_2, buf, &g);
	assert_int_equal(libffa_mem_parse(buf, g.size, LIBFFA_VERSION_1_1,
					  LIBFFA_MEM_OP_SHARE, 0, &v, &f),
			 LIBFFA_OK);
	assert_int_equal(v.emad_stride, 32);
	for (off = 16; off < 32; off++) {
		base(LIBFFA_VERSION_1_2, buf, &g);
		buf[g.e1 + off] = 0x01;
		assert_int_equal(
			libffa_mem_parse(buf, g.size, LIBFFA_VERSION_1_1,
					 LIBFFA_MEM_OP_SHARE, 0, &v, &f),
			LIBFFA_E_MBZ);
		assert_string_equal(f.field, "emad.extension");
		assert_int_equal(f.offset, g.e1 + off);
		assert_int_equal(f.index, 1);
	}
	/* At v1.2 bytes 8..23 are impdef: free, and not an extension. */
	base(LIBFFA_VERSION_1_2, buf, &g);
	buf[g.e1 + 16] = 0x01;
	assert_int_equal(libffa_mem_parse(buf, g.size, LIBFFA_VERSION_1_2,
					  LIBFFA_MEM_OP_SHARE, 0, &v, &f),
			 LIBFFA_OK);
}

static void mem_hostile_relinquish_huge_count(void **state)
{
	uint8_t buf[20];
	struct libffa_mem_relinquish_view v;
	struct libffa_mem_fault f = {NULL, 0, 0};

	(void)state;
	memset(buf, 0, sizeof(buf));
	put32(buf + 12, 0xFFFFFFFFu);
	assert_int_equal(libffa_mem_relinquish_parse(buf, 20, &v, &f),
			 LIBFFA_E_TRUNCATED);
	assert_string_equal(f.field, "endpoint");
	assert_int_equal(f.offset, 20);
	assert_int_equal(f.index, 2);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(mem_hostile_every_field_gets_its_status),
		cmocka_unit_test(mem_hostile_huge_counts_same_on_every_host),
		cmocka_unit_test(mem_hostile_relinquish_huge_count),
		cmocka_unit_test(
			mem_hostile_larger_emad_extension_must_be_zero),
		cmocka_unit_test(mem_hostile_fault_offsets_name_the_emad),
		cmocka_unit_test(mem_hostile_retrieve_rules),
		cmocka_unit_test(mem_hostile_relinquish),
	};

	return cmocka_run_group_tests_name("mem_hostile", tests, NULL, NULL);
}
