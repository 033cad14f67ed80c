/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * Parser tests: the EMAD array is found through the header (the 2026
 * pKVM/SPMC disagreement), truncation at every length, and iterators that
 * stay in bounds when the buffer changes after the parse.
 */
/* cmocka needs these first, in this order. */
// clang-format off
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
// clang-format on

#include "ffa/mem.h"

#include "helpers.h"

static const libffa_version_t versions[] = {
	LIBFFA_VERSION_1_0, LIBFFA_VERSION_1_1, LIBFFA_VERSION_1_2,
	LIBFFA_VERSION_1_3};

/* A SHARE with @nr receivers and @nc constituents, in layout @ver. */
static size_t build_share(libffa_version_t ver, uint32_t nr, uint32_t nc,
			  uint8_t *buf, size_t cap)
{
	struct libffa_mem_receiver r[8];
	struct libffa_mem_constituent c[16];
	struct libffa_mem_desc d;
	size_t size = 0;
	uint32_t i;

	memset(r, 0, sizeof(r));
	memset(&d, 0, sizeof(d));
	for (i = 0; i < nr; i++) {
		r[i].endpoint_id = (libffa_id_t)(0x8010 + i);
		r[i].permissions = LIBFFA_MEM_PERM_DATA_RW;
	}
	for (i = 0; i < nc; i++) {
		c[i].address = 0x40000000ull + i * 0x10000ull;
		c[i].page_count = 2;
	}
	d.sender_id = 0x0001;
	d.attributes = 0x2F;
	d.receivers = r;
	d.receiver_count = nr;
	d.constituents = c;
	d.constituent_count = nc;
	assert_int_equal(libffa_mem_build(&d, ver, buf, cap, &size), LIBFFA_OK);
	return size;
}

/*
 * DEN0077A 1.1 Table 10.20: the EMAD array is at the offset the header
 * names. A 1.1 descriptor with its EMAD at 64 (a decoy at 48) must be read
 * at 64: reading at 48 is how pKVM checked one EMAD and the SPMC used
 * another.
 */
static void mem_parse_reads_emad_at_header_offset(void **state)
{
	uint8_t base[256];
	uint8_t buf[256];
	size_t size;
	struct libffa_mem_view v;
	struct libffa_mem_receiver r;
	struct libffa_mem_constituent c;
	struct libffa_mem_fault f;
	size_t vi;

	(void)state;
	for (vi = 1; vi < 4; vi++) {
		uint32_t esz = libffa_mem_emad_size(versions[vi]);

		size = build_share(versions[vi], 1, 1, base, sizeof(base));
		/* Shift everything after the header by 16 bytes. */
		memset(buf, 0, sizeof(buf));
		memcpy(buf, base, 48);
		memcpy(buf + 64, base + 48, size - 48);
		th_put32(buf + 32, 64);		  /* EMAD offset */
		th_put32(buf + 64 + 4, 64 + esz); /* composite */
		/* A decoy EMAD right after the header, never to be read. */
		buf[48] = 0x66;
		buf[49] = 0x66;
		buf[50] = 0xFF;
		assert_int_equal(
			libffa_mem_parse(buf, size + 16, versions[vi],
					 LIBFFA_MEM_OP_SHARE, 0, &v, &f),
			LIBFFA_OK);
		assert_int_equal(v.emad_offset, 64);
		assert_true(libffa_mem_receiver_get(&v, 0, &r));
		assert_int_equal(r.endpoint_id, 0x8010);
		assert_true(libffa_mem_constituent_get(&v, 0, &c));
		assert_true(c.address == 0x40000000ull);
	}
}

static void mem_parse_rejects_emad_offset_into_header(void **state)
{
	uint8_t buf[256];
	size_t size;
	struct libffa_mem_view v;
	struct libffa_mem_fault f;
	uint32_t off;

	(void)state;
	size = build_share(LIBFFA_VERSION_1_1, 1, 1, buf, sizeof(buf));
	for (off = 0; off < 48; off += 16) {
		th_put32(buf + 32, off);
		assert_int_equal(
			libffa_mem_parse(buf, size, LIBFFA_VERSION_1_1,
					 LIBFFA_MEM_OP_SHARE, 0, &v, &f),
			LIBFFA_E_BADVALUE);
		assert_string_equal(f.field, "header.emad_offset");
		assert_int_equal(f.offset, 32);
	}
}

static void mem_parse_rejects_emad_offset_past_end(void **state)
{
	uint8_t buf[256];
	size_t size;
	struct libffa_mem_view v;
	struct libffa_mem_fault f;

	(void)state;
	size = build_share(LIBFFA_VERSION_1_2, 1, 1, buf, sizeof(buf));
	th_put32(buf + 32, (uint32_t)(size + 16) & ~15u);
	assert_int_equal(libffa_mem_parse(buf, size, LIBFFA_VERSION_1_2,
					  LIBFFA_MEM_OP_SHARE, 0, &v, &f),
			 LIBFFA_E_TRUNCATED);
	assert_string_equal(f.field, "header.emad_offset");
	/* Inside the buffer but the EMAD does not fit: the EMAD is named. */
	th_put32(buf + 32, (uint32_t)(size - 16));
	assert_int_equal(libffa_mem_parse(buf, size, LIBFFA_VERSION_1_2,
					  LIBFFA_MEM_OP_SHARE, 0, &v, &f),
			 LIBFFA_E_TRUNCATED);
	assert_string_equal(f.field, "emad");
	assert_int_equal(f.index, 0);
	/* Huge: no wrap-around. */
	th_put32(buf + 32, 0xFFFFFFF0u);
	assert_int_equal(libffa_mem_parse(buf, size, LIBFFA_VERSION_1_2,
					  LIBFFA_MEM_OP_SHARE, 0, &v, &f),
			 LIBFFA_E_TRUNCATED);
}

/*
 * Every proper prefix of a valid descriptor is rejected with
 * LIBFFA_E_TRUNCATED. Each prefix is parsed from its own
 * exact-size heap block so ASan sees any read past it.
 */
static void mem_parse_rejects_truncation_at_every_length(void **state)
{
	uint8_t buf[512];
	size_t vi;

	(void)state;
	for (vi = 0; vi < 4; vi++) {
		size_t size = build_share(versions[vi], 3, 5, buf, sizeof(buf));
		size_t len;

		for (len = 0; len < size; len++) {
			uint8_t *copy = malloc(len ? len : 1);
			struct libffa_mem_view v;
			struct libffa_mem_fault f;

			assert_non_null(copy);
			memcpy(copy, buf, len);
			assert_int_equal(
				libffa_mem_parse(copy, len, versions[vi],
						 LIBFFA_MEM_OP_SHARE, 0, &v,
						 &f),
				LIBFFA_E_TRUNCATED);
			assert_non_null(f.field);
			free(copy);
		}
	}
}

/*
 * SECURITY.md: geometry is read once into the view. A peer rewriting
 * every byte after the parse changes what the iterators return, never how
 * far they read.
 */
static void mem_parse_iterators_survive_rewritten_buffer(void **state)
{
	uint8_t buf[512];
	size_t vi;

	(void)state;
	for (vi = 0; vi < 4; vi++) {
		size_t size = build_share(versions[vi], 4, 6, buf, sizeof(buf));
		uint8_t *copy = malloc(size);
		struct libffa_mem_view v;
		struct libffa_mem_iter it;
		struct libffa_mem_receiver r;
		struct libffa_mem_constituent c;
		uint32_t n = 0;

		assert_non_null(copy);
		memcpy(copy, buf, size);
		assert_int_equal(
			libffa_mem_parse(copy, size, versions[vi],
					 LIBFFA_MEM_OP_SHARE, 0, &v, NULL),
			LIBFFA_OK);
		memset(copy, 0xFF, size);
		libffa_for_each_emad (&it, &v, &r) {
			assert_int_equal(r.endpoint_id, 0xFFFF);
			n++;
		}
		assert_int_equal(n, 4);
		n = 0;
		libffa_for_each_constituent (&it, &v, &c) {
			n++;
		}
		assert_int_equal(n, 6);
		assert_false(libffa_mem_receiver_get(&v, 4, &r));
		assert_false(libffa_mem_constituent_get(&v, 6, &c));
		free(copy);
	}
}

/*
 * libffa_mem_constituents_copy() reads what libffa_mem_constituent_get()
 * reads, a run at a time: every count of every chunk size, each version.
 */
static void mem_parse_constituents_copy_matches_get(void **state)
{
	uint8_t buf[512];
	size_t vi;

	(void)state;
	for (vi = 0; vi < 4; vi++) {
		size_t size = build_share(versions[vi], 2, 7, buf, sizeof(buf));
		struct libffa_mem_view v;
		struct libffa_mem_constituent out[8];
		struct libffa_mem_constituent c;
		uint32_t chunk;

		assert_int_equal(
			libffa_mem_parse(buf, size, versions[vi],
					 LIBFFA_MEM_OP_SHARE, 0, &v, NULL),
			LIBFFA_OK);
		for (chunk = 1; chunk <= 8; chunk++) {
			uint32_t i = 0;
			uint32_t got;
			uint32_t k;

			while ((got = libffa_mem_constituents_copy(
					&v, i, out, chunk)) != 0u) {
				assert_true(got <= chunk);
				for (k = 0; k < got; k++) {
					assert_true(libffa_mem_constituent_get(
						&v, i + k, &c));
					assert_true(out[k].address ==
						    c.address);
					assert_int_equal(out[k].page_count,
							 c.page_count);
				}
				i += got;
			}
			assert_int_equal(i, 7);
		}
		/* The run ends at the last constituent. */
		assert_int_equal(libffa_mem_constituents_copy(&v, 5, out, 8),
				 2);
		assert_true(out[1].address == 0x40000000ull + 6 * 0x10000ull);
		assert_int_equal(libffa_mem_constituents_copy(&v, 7, out, 8),
				 0);
		assert_int_equal(
			libffa_mem_constituents_copy(&v, UINT32_MAX, out, 8),
			0);
		assert_int_equal(libffa_mem_constituents_copy(&v, 0, out, 0),
				 0);
		assert_int_equal(libffa_mem_constituents_copy(NULL, 0, out, 8),
				 0);
		assert_int_equal(libffa_mem_constituents_copy(&v, 0, NULL, 8),
				 0);
	}
}

/*
 * mem.h: a view the caller altered cannot make the batch accessor read
 * past the buffer; the run is judged in 64 bits (a constituent offset near
 * 2^32 with a count near 2^32 wraps no size_t).
 */
static void mem_parse_constituents_copy_refuses_altered_view(void **state)
{
	uint8_t buf[256];
	size_t size = build_share(LIBFFA_VERSION_1_2, 1, 3, buf, sizeof(buf));
	struct libffa_mem_view v;
	struct libffa_mem_view bad;
	struct libffa_mem_constituent out[4];

	(void)state;
	assert_int_equal(libffa_mem_parse(buf, size, LIBFFA_VERSION_1_2,
					  LIBFFA_MEM_OP_SHARE, 0, &v, NULL),
			 LIBFFA_OK);
	bad = v;
	bad.size = size - 1; /* the last constituent no longer fits */
	assert_int_equal(libffa_mem_constituents_copy(&bad, 0, out, 4), 0);
	assert_int_equal(libffa_mem_constituents_copy(&bad, 0, out, 2), 2);
	bad = v;
	bad.constituent_count = UINT32_MAX;
	assert_int_equal(libffa_mem_constituents_copy(&bad, 0, out, 4), 0);
	bad.constituent_offset = UINT32_MAX - 15u;
	assert_int_equal(libffa_mem_constituents_copy(&bad, 0, out, 1), 0);
	assert_int_equal(
		libffa_mem_constituents_copy(&bad, UINT32_MAX - 1u, out, 1), 0);
}

/*
 * The rules of one constituent (DEN0077A 1.1 Table 10.14) in the order
 * they are reported, including the addresses the parser's quick test
 * sends to the full check: a range ending exactly at 2^64 is valid, one
 * page more wraps.
 */
static void mem_parse_constituent_rules_in_order(void **state)
{
	static const struct {
		uint64_t address;
		uint32_t pages;
		uint32_t reserved;
		libffa_status_t want;
		const char *field;
		size_t at;
	} cases[] = {
		{0x1000, 1, 0, LIBFFA_OK, NULL, 0},
		{0xFFFFF00000000000ull, 0xFFFFFFFDu, 0, LIBFFA_OK, NULL, 0},
		{0xFFFFFFFFFFFFF000ull, 1, 0, LIBFFA_OK, NULL, 0},
		{0xFFFFFFFF00000000ull, 0x100000u, 0, LIBFFA_OK, NULL, 0},
		{0xFFFFFFFFFFFFF000ull, 2, 0, LIBFFA_E_OVERFLOW,
		 "constituent.page_count", 8},
		{0xFFFFFFFF00000000ull, 0x100001u, 0, LIBFFA_E_OVERFLOW,
		 "constituent.page_count", 8},
		{0x1001, 0, 1, LIBFFA_E_ALIGN, "constituent.address", 0},
		{0xFFFFFFFFFFFFFFFFull, 1, 0, LIBFFA_E_ALIGN,
		 "constituent.address", 0},
		{0x1000, 0, 1, LIBFFA_E_BADVALUE, "constituent.page_count", 8},
		{0xFFFFFFFFFFFFF000ull, 2, 1, LIBFFA_E_OVERFLOW,
		 "constituent.page_count", 8},
		{0x1000, 1, 0x80000000u, LIBFFA_E_MBZ, "constituent.reserved",
		 12},
		{0xFFFFFFFFFFFFF000ull, 1, 1, LIBFFA_E_MBZ,
		 "constituent.reserved", 12},
	};
	uint8_t buf[256];
	size_t size = build_share(LIBFFA_VERSION_1_2, 1, 2, buf, sizeof(buf));
	/* The second constituent: 48 + 32 + 16 + 16. */
	uint8_t *c = buf + 112;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct libffa_mem_view v;
		struct libffa_mem_fault f;

		th_put64(c, cases[i].address);
		th_put32(c + 8, cases[i].pages);
		th_put32(c + 12, cases[i].reserved);
		/* The composite's total follows (the first constituent has
		 * 2 pages; the largest count here keeps it in 32 bits). */
		th_put32(buf + 80, 2u + cases[i].pages);
		assert_int_equal(libffa_mem_parse(buf, size, LIBFFA_VERSION_1_2,
						  LIBFFA_MEM_OP_ANY, 0, &v, &f),
				 cases[i].want);
		if (cases[i].want == LIBFFA_OK) {
			continue;
		}
		assert_string_equal(f.field, cases[i].field);
		assert_int_equal(f.offset, 112 + cases[i].at);
		assert_int_equal(f.index, 1);
	}
}

/*
 * DEN0077A 1.1 Tables 10.13, 10.14: the per-constituent rules come before
 * the composite's page total, whatever the parser's fast loop stops at. It
 * leaves for the full checks at the first constituent its quick test does
 * not pass: a valid address at or above 2^52, or page counts that already
 * exceed the 32-bit total. Later constituents still get every rule, and
 * the total is the exact sum.
 */
static void mem_parse_slow_path_keeps_order_and_total(void **state)
{
	static const struct {
		uint64_t address[3];
		uint32_t pages[3];
		uint32_t reserved[3];
		uint32_t total;
		libffa_status_t want;
		const char *field;
		size_t at;
		uint32_t index;
	} cases[] = {
		/* A high address first: the rest checked and summed. */
		{{UINT64_C(1) << 52, 0x2000, 0x3000},
		 {1, 2, 3},
		 {0, 0, 0},
		 6,
		 LIBFFA_OK,
		 NULL,
		 0,
		 0},
		{{UINT64_C(1) << 52, 0x2000, 0x3000},
		 {1, 2, 3},
		 {0, 0, 0},
		 7,
		 LIBFFA_E_BADVALUE,
		 "composite.total_pages",
		 80,
		 0},
		{{UINT64_C(1) << 52, 0x2000, 0x3000},
		 {1, 2, 3},
		 {0, 1, 0},
		 6,
		 LIBFFA_E_MBZ,
		 "constituent.reserved",
		 112 + 12,
		 1},
		{{0x1000, 0xFFFFFFFFFFFFF000ull, 0x3001},
		 {1, 1, 3},
		 {0, 0, 0},
		 5,
		 LIBFFA_E_ALIGN,
		 "constituent.address",
		 128,
		 2},
		/* Pages past UINT32_MAX at the second: the third's fault
		 * first, else the total. */
		{{0x1000, 0x2000, 0x3000},
		 {0xFFFFFFFFu, 2, 0},
		 {0, 0, 0},
		 1,
		 LIBFFA_E_BADVALUE,
		 "constituent.page_count",
		 128 + 8,
		 2},
		{{0x1000, 0x2000, 0x3001},
		 {0xFFFFFFFFu, 2, 1},
		 {0, 0, 0},
		 1,
		 LIBFFA_E_ALIGN,
		 "constituent.address",
		 128,
		 2},
		{{0x1000, 0x2000, 0x3000},
		 {0xFFFFFFFFu, 2, 1},
		 {0, 0, 0},
		 2,
		 LIBFFA_E_BADVALUE,
		 "composite.total_pages",
		 80,
		 0},
		/* Reserved words whose sum wraps 64 bits: still refused. */
		{{0x1000, 0x2000, 0x3000},
		 {1, 1, 1},
		 {1, 0xFFFFFFFFu, 0},
		 3,
		 LIBFFA_E_MBZ,
		 "constituent.reserved",
		 96 + 12,
		 0},
	};
	uint8_t buf[256];
	size_t size = build_share(LIBFFA_VERSION_1_2, 1, 3, buf, sizeof(buf));
	size_t i;

	(void)state;
	/* Header 48, EMAD 32, composite at 80, constituents at 96. */
	assert_int_equal(size, 144);
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct libffa_mem_view v;
		struct libffa_mem_fault f;
		size_t k;

		for (k = 0; k < 3; k++) {
			th_put64(buf + 96 + 16 * k, cases[i].address[k]);
			th_put32(buf + 104 + 16 * k, cases[i].pages[k]);
			th_put32(buf + 108 + 16 * k, cases[i].reserved[k]);
		}
		th_put32(buf + 80, cases[i].total);
		assert_int_equal(
			libffa_mem_parse(buf, size, LIBFFA_VERSION_1_2,
					 LIBFFA_MEM_OP_SHARE, 0, &v, &f),
			cases[i].want);
		if (cases[i].want == LIBFFA_OK) {
			assert_int_equal(v.used_size, size);
			assert_int_equal(v.total_pages, cases[i].total);
			continue;
		}
		assert_string_equal(f.field, cases[i].field);
		assert_int_equal(f.offset, cases[i].at);
		assert_int_equal(f.index, cases[i].index);
	}
}

/* The copies equal what the view's accessors read (the buffer unchanged
 * since the parse). */
static void check_copy(const struct libffa_mem_view *v,
		       const struct libffa_mem_receiver *r,
		       const struct libffa_mem_constituent *c)
{
	uint32_t i;

	for (i = 0; i < v->receiver_count; i++) {
		struct libffa_mem_receiver want;

		assert_true(libffa_mem_receiver_get(v, i, &want));
		assert_int_equal(r[i].endpoint_id, want.endpoint_id);
		assert_int_equal(r[i].permissions, want.permissions);
		assert_int_equal(r[i].flags, want.flags);
		assert_true(r[i].impdef[0] == want.impdef[0]);
		assert_true(r[i].impdef[1] == want.impdef[1]);
	}
	for (i = 0; i < v->constituent_count; i++) {
		struct libffa_mem_constituent want;

		assert_true(libffa_mem_constituent_get(v, i, &want));
		assert_true(c[i].address == want.address);
		assert_int_equal(c[i].page_count, want.page_count);
	}
}

/*
 * libffa_mem_parse_copy() is libffa_mem_parse() plus the values: the same
 * verdict and fault for every byte of a descriptor changed (each version),
 * and on OK the copies equal what the view's accessors read.
 */
static void mem_parse_copy_matches_parse(void **state)
{
	static const uint8_t flips[] = {0x01, 0x10, 0x80, 0xFF};
	size_t vi;

	(void)state;
	for (vi = 0; vi < sizeof(versions) / sizeof(versions[0]); vi++) {
		uint8_t buf[512];
		size_t size = build_share(versions[vi], 3, 5, buf, sizeof(buf));
		size_t at;
		size_t fi;

		for (at = 0; at <= size; at++) {
			for (fi = 0; fi < sizeof(flips); fi++) {
				struct libffa_mem_receiver r[3];
				struct libffa_mem_constituent c[5];
				struct libffa_mem_copy copy = {r, 3, c, 5};
				struct libffa_mem_view v1;
				struct libffa_mem_view v2;
				struct libffa_mem_fault f1 = {NULL, 0, 0};
				struct libffa_mem_fault f2 = {NULL, 0, 0};
				libffa_status_t st;

				/* at == size: the descriptor unchanged. */
				if (at < size) {
					buf[at] ^= flips[fi];
				}
				st = libffa_mem_parse(buf, size, versions[vi],
						      LIBFFA_MEM_OP_SHARE, 0,
						      &v1, &f1);
				assert_int_equal(
					libffa_mem_parse_copy(
						buf, size, versions[vi],
						LIBFFA_MEM_OP_SHARE, 0, &v2,
						&copy, &f2),
					st);
				assert_ptr_equal(f1.field, f2.field);
				assert_int_equal(f1.offset, f2.offset);
				assert_int_equal(f1.index, f2.index);
				if (st == LIBFFA_OK) {
					assert_memory_equal(&v1, &v2,
							    sizeof(v1));
					check_copy(&v1, r, c);
				}
				if (at == size) {
					break;
				}
				buf[at] ^= flips[fi];
			}
		}
	}
}

/*
 * Two constituent faults at once (DEN0077A 1.1 Table 10.14), at every pair
 * of the 9 constituents (two runs of four and one more: every place the
 * copy loop reads from) and the page total right or wrong: the copying
 * parse, which tests the addresses after its loop and the page counts as
 * it reads them, gives the verdict and fault of libffa_mem_parse(), which
 * checks each constituent in order; on OK the copies are the values.
 */
static void mem_parse_copy_orders_two_faults_like_parse(void **state)
{
	/* An address and a page count | reserved << 32 for each kind. */
	static const struct {
		uint64_t address;
		uint64_t word;
	} kinds[] = {
		{UINT64_C(0x40000000), 2},		   /* as built */
		{UINT64_C(1) << 52, 2},			   /* high, valid */
		{UINT64_C(0x40000800), 2},		   /* unaligned */
		{UINT64_C(0xFFFFFFFFFFFFF000), 2},	   /* range wraps */
		{UINT64_C(0x40000000), 0},		   /* no pages */
		{UINT64_C(0x40000000), UINT64_C(1) << 32}, /* reserved, 0 */
		{UINT64_C(0x40000000), 0xFFFFFFFFu},	   /* pages past 2^32 */
	};
	const size_t nk = sizeof(kinds) / sizeof(kinds[0]);
	uint8_t orig[512];
	uint8_t buf[512];
	size_t size = build_share(LIBFFA_VERSION_1_2, 1, 9, orig, sizeof(orig));
	size_t i;
	size_t k;
	size_t a;
	size_t b;
	size_t t;

	(void)state;
	/* Header 48, EMAD 32, composite at 80, constituents at 96. */
	assert_int_equal(size, 96 + 9 * 16);
	for (i = 0; i < 9; i++) {
		for (k = i; k < 9; k++) {
			for (a = 0; a < nk; a++) {
				for (b = 0; b < nk; b++) {
					for (t = 0; t < 2; t++) {
						struct libffa_mem_receiver r[1];
						struct libffa_mem_constituent
							c[9];
						struct libffa_mem_copy copy = {
							r, 1, c, 9};
						struct libffa_mem_view v1;
						struct libffa_mem_view v2;
						struct libffa_mem_fault f1 = {
							NULL, 0, 0};
						struct libffa_mem_fault f2 = {
							NULL, 0, 0};
						libffa_status_t st;
						uint32_t total = 0;
						size_t j;

						memcpy(buf, orig, size);
						th_put64(buf + 96 + 16 * i,
							 kinds[a].address);
						th_put64(buf + 104 + 16 * i,
							 kinds[a].word);
						th_put64(buf + 96 + 16 * k,
							 kinds[b].address);
						th_put64(buf + 104 + 16 * k,
							 kinds[b].word);
						/* The counts (2 as built),
						 * summed in 32 bits. */
						for (j = 0; j < 9; j++) {
							total +=
								j == k ? (uint32_t)kinds
										 [b]
											 .word
								: j == i
									? (uint32_t)kinds
										  [a]
											  .word
									: 2u;
						}
						/* t = 1: the total one off. */
						th_put32(buf + 80,
							 total + (uint32_t)t);
						st = libffa_mem_parse(
							buf, size,
							LIBFFA_VERSION_1_2,
							LIBFFA_MEM_OP_SHARE, 0,
							&v1, &f1);
						assert_int_equal(
							libffa_mem_parse_copy(
								buf, size,
								LIBFFA_VERSION_1_2,
								LIBFFA_MEM_OP_SHARE,
								0, &v2, &copy,
								&f2),
							st);
						assert_ptr_equal(f1.field,
								 f2.field);
						assert_int_equal(f1.offset,
								 f2.offset);
						assert_int_equal(f1.index,
								 f2.index);
						if (st == LIBFFA_OK) {
							assert_memory_equal(
								&v1, &v2,
								sizeof(v1));
							check_copy(&v1, r, c);
						}
					}
				}
			}
		}
	}
}

/* The v1.2 EMAD's implementation-defined field (DEN0140 1.2 s4) and a high
 * address (the parse's full checks) come back in the copy. */
static void mem_parse_copy_returns_impdef_and_slow_path_values(void **state)
{
	static const struct libffa_mem_receiver rcv[2] = {
		{0x8001,
		 LIBFFA_MEM_PERM_DATA_RW,
		 0,
		 {0x1122334455667788ull, 0x99AABBCCDDEEFF00ull}},
		{0x8002, LIBFFA_MEM_PERM_DATA_RO, 0, {1, 2}}};
	static const struct libffa_mem_constituent cons[3] = {
		{0x1000, 1}, {UINT64_C(1) << 60, 7}, {0x5000, 3}};
	struct libffa_mem_desc d = {.sender_id = 1,
				    .attributes = 0x2F,
				    .receivers = rcv,
				    .receiver_count = 2,
				    .constituents = cons,
				    .constituent_count = 3};
	struct libffa_mem_receiver r[2];
	struct libffa_mem_constituent c[3];
	struct libffa_mem_copy copy = {r, 2, c, 3};
	struct libffa_mem_view v;
	uint8_t buf[256];
	size_t size = 0;
	uint32_t i;

	(void)state;
	assert_int_equal(libffa_mem_build(&d, LIBFFA_VERSION_1_2, buf,
					  sizeof(buf), &size),
			 LIBFFA_OK);
	memset(r, 0xA5, sizeof(r));
	memset(c, 0xA5, sizeof(c));
	assert_int_equal(
		libffa_mem_parse_copy(buf, size, LIBFFA_VERSION_1_2,
				      LIBFFA_MEM_OP_SHARE, 0, &v, &copy, NULL),
		LIBFFA_OK);
	assert_int_equal(v.total_pages, 11);
	for (i = 0; i < 2; i++) {
		assert_int_equal(r[i].endpoint_id, rcv[i].endpoint_id);
		assert_int_equal(r[i].permissions, rcv[i].permissions);
		assert_int_equal(r[i].flags, rcv[i].flags);
		assert_true(r[i].impdef[0] == rcv[i].impdef[0]);
		assert_true(r[i].impdef[1] == rcv[i].impdef[1]);
	}
	for (i = 0; i < 3; i++) {
		assert_true(c[i].address == cons[i].address);
		assert_int_equal(c[i].page_count, cons[i].page_count);
	}
}

/* Room and arguments: a count past the room is LIBFFA_E_NOSPACE at that
 * count's field, with the count in the view; NULL arrays only with no
 * room. */
static void mem_parse_copy_checks_room_and_arguments(void **state)
{
	struct libffa_mem_receiver r[4];
	struct libffa_mem_constituent c[8];
	struct libffa_mem_view v;
	struct libffa_mem_fault f;
	uint8_t buf[512];
	size_t size = build_share(LIBFFA_VERSION_1_2, 3, 6, buf, sizeof(buf));

	(void)state;
	{
		struct libffa_mem_copy copy = {r, 2, c, 8};

		assert_int_equal(libffa_mem_parse_copy(
					 buf, size, LIBFFA_VERSION_1_2,
					 LIBFFA_MEM_OP_SHARE, 0, &v, &copy, &f),
				 LIBFFA_E_NOSPACE);
		assert_string_equal(f.field, "header.emad_count");
		assert_int_equal(f.offset, 28);
		assert_int_equal(v.receiver_count, 3);
	}
	{
		struct libffa_mem_copy copy = {r, 3, c, 5};

		assert_int_equal(libffa_mem_parse_copy(
					 buf, size, LIBFFA_VERSION_1_2,
					 LIBFFA_MEM_OP_SHARE, 0, &v, &copy, &f),
				 LIBFFA_E_NOSPACE);
		assert_string_equal(f.field, "composite.constituent_count");
		/* Header 48, three EMADs of 32: the composite at 144. */
		assert_int_equal(f.offset, 144 + 4);
		assert_int_equal(v.constituent_count, 6);
	}
	{
		struct libffa_mem_copy copy = {r, 3, c, 6};

		assert_int_equal(libffa_mem_parse_copy(
					 buf, size, LIBFFA_VERSION_1_2,
					 LIBFFA_MEM_OP_SHARE, 0, &v, &copy, &f),
				 LIBFFA_OK);
	}
	{
		struct libffa_mem_copy copy = {NULL, 3, c, 6};

		assert_int_equal(libffa_mem_parse_copy(
					 buf, size, LIBFFA_VERSION_1_2,
					 LIBFFA_MEM_OP_SHARE, 0, &v, &copy, &f),
				 LIBFFA_E_INVAL);
		copy.receivers = r;
		copy.constituents = NULL;
		assert_int_equal(libffa_mem_parse_copy(
					 buf, size, LIBFFA_VERSION_1_2,
					 LIBFFA_MEM_OP_SHARE, 0, &v, &copy, &f),
				 LIBFFA_E_INVAL);
		/* No room and no array: refused by the count, not the
		 * pointer. */
		copy.constituent_max = 0;
		assert_int_equal(libffa_mem_parse_copy(
					 buf, size, LIBFFA_VERSION_1_2,
					 LIBFFA_MEM_OP_SHARE, 0, &v, &copy, &f),
				 LIBFFA_E_NOSPACE);
		assert_int_equal(libffa_mem_parse_copy(
					 buf, size, LIBFFA_VERSION_1_2,
					 LIBFFA_MEM_OP_SHARE, 0, &v, NULL, &f),
				 LIBFFA_E_INVAL);
	}
}

static void mem_parse_strides_by_header_emad_size(void **state)
{
	/* A v1.1 reader given 32-byte EMADs reads the 16-byte prefix. */
	uint8_t buf[256];
	uint8_t out[256];
	size_t size = build_share(LIBFFA_VERSION_1_2, 2, 1, buf, sizeof(buf));
	struct libffa_mem_view v;
	struct libffa_mem_receiver r;

	(void)state;
	memcpy(out, buf, size);
	assert_int_equal(libffa_mem_parse(out, size, LIBFFA_VERSION_1_1,
					  LIBFFA_MEM_OP_SHARE, 0, &v, NULL),
			 LIBFFA_OK);
	assert_int_equal(v.emad_stride, 32);
	assert_true(libffa_mem_receiver_get(&v, 1, &r));
	assert_int_equal(r.endpoint_id, 0x8011);
	assert_true(r.impdef[0] == 0);
}

static void mem_parse_rejects_bad_arguments(void **state)
{
	uint8_t buf[256];
	size_t size = build_share(LIBFFA_VERSION_1_2, 1, 1, buf, sizeof(buf));
	struct libffa_mem_view v;
	struct libffa_mem_fault f;

	(void)state;
	assert_int_equal(libffa_mem_parse(buf, size, LIBFFA_VERSION_1_2,
					  LIBFFA_MEM_OP_SHARE, 0, NULL, &f),
			 LIBFFA_E_INVAL);
	assert_int_equal(libffa_mem_parse(NULL, 4, LIBFFA_VERSION_1_2,
					  LIBFFA_MEM_OP_SHARE, 0, &v, &f),
			 LIBFFA_E_INVAL);
	assert_int_equal(libffa_mem_parse(buf, size, LIBFFA_VERSION_1_2,
					  (enum libffa_mem_op)99, 0, &v, &f),
			 LIBFFA_E_INVAL);
	assert_int_equal(libffa_mem_parse(buf, size, LIBFFA_VERSION(2, 0),
					  LIBFFA_MEM_OP_SHARE, 0, &v, &f),
			 LIBFFA_E_VERSION);
	assert_int_equal(libffa_status_to_ret(LIBFFA_E_TRUNCATED),
			 LIBFFA_RET_INVALID_PARAMETERS);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(mem_parse_reads_emad_at_header_offset),
		cmocka_unit_test(mem_parse_rejects_emad_offset_into_header),
		cmocka_unit_test(mem_parse_rejects_emad_offset_past_end),
		cmocka_unit_test(mem_parse_rejects_truncation_at_every_length),
		cmocka_unit_test(mem_parse_iterators_survive_rewritten_buffer),
		cmocka_unit_test(mem_parse_constituents_copy_matches_get),
		cmocka_unit_test(
			mem_parse_constituents_copy_refuses_altered_view),
		cmocka_unit_test(mem_parse_constituent_rules_in_order),
		cmocka_unit_test(mem_parse_slow_path_keeps_order_and_total),
		cmocka_unit_test(mem_parse_copy_matches_parse),
		cmocka_unit_test(mem_parse_copy_orders_two_faults_like_parse),
		cmocka_unit_test(
			mem_parse_copy_returns_impdef_and_slow_path_values),
		cmocka_unit_test(mem_parse_copy_checks_room_and_arguments),
		cmocka_unit_test(mem_parse_strides_by_header_emad_size),
		cmocka_unit_test(mem_parse_rejects_bad_arguments),
	};

	return cmocka_run_group_tests_name("mem_parse", tests, NULL, NULL);
}
