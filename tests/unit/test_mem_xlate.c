/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * Translation tests: v1.0 (DEN0077A 1.0 Table 5.19) <-> v1.1+ (DEN0077A
 * 1.1 Table 10.20, DEN0140 1.2 s4). 1.0 -> 1.2 -> 1.0 is the identity and
 * 1.0 -> 1.x equals building in 1.x directly; lossy translations refuse.
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

/* libffa_mem_xlate()'s view: @dst parsed at the target version. */
static struct libffa_mem_view xv;

static const enum libffa_mem_op ops[] = {
	LIBFFA_MEM_OP_SHARE, LIBFFA_MEM_OP_LEND, LIBFFA_MEM_OP_DONATE,
	LIBFFA_MEM_OP_RETRIEVE_REQ, LIBFFA_MEM_OP_RETRIEVE_RESP};

/* Array bounds of the callers, spelled out so gcc 12's aarch64
 * -Wstringop-overflow can see that fill() stays inside them. */
#define MAX_RECEIVERS	 8u
#define MAX_CONSTITUENTS 16u

static void fill(enum libffa_mem_op op, uint32_t nr, uint32_t nc,
		 struct libffa_mem_receiver *r,
		 struct libffa_mem_constituent *c, struct libffa_mem_desc *d)
{
	uint32_t i;

	memset(d, 0, sizeof(*d));
	memset(r, 0, sizeof(*r) * nr);
	d->sender_id = 0x0003;
	d->tag = 77;
	d->attributes = 0x2F;
	d->flags = LIBFFA_MEM_FLAG_TIME_SLICE;
	if (op == LIBFFA_MEM_OP_DONATE ||
	    (op == LIBFFA_MEM_OP_LEND && nr == 1)) {
		d->attributes = 0;
	}
	if (op == LIBFFA_MEM_OP_RETRIEVE_RESP) {
		d->flags = LIBFFA_MEM_FLAG_TYPE_DONATE;
		d->handle = 5;
	}
	assert_true(nr <= MAX_RECEIVERS && nc <= MAX_CONSTITUENTS);
	for (i = 0; i < nr && i < MAX_RECEIVERS; i++) {
		r[i].endpoint_id = (libffa_id_t)(0x8000 | (i * 7));
		r[i].permissions = op == LIBFFA_MEM_OP_DONATE ? 0 : 2;
	}
	for (i = 0; i < nc && i < MAX_CONSTITUENTS; i++) {
		c[i].address = (uint64_t)(i + 1) << 20;
		c[i].page_count = 3;
	}
	d->receivers = r;
	d->receiver_count = nr;
	d->constituents = c;
	d->constituent_count = nc;
}

static void mem_xlate_v1_0_to_v1_x_and_back_is_identity(void **state)
{
	static const libffa_version_t mids[] = {
		LIBFFA_VERSION_1_1, LIBFFA_VERSION_1_2, LIBFFA_VERSION_1_3};
	static uint8_t a[1024];
	static uint8_t b[1024];
	static uint8_t direct[1024];
	static uint8_t back[1024];
	struct libffa_mem_receiver r[MAX_RECEIVERS];
	struct libffa_mem_constituent c[MAX_CONSTITUENTS];
	struct libffa_mem_desc d;
	size_t oi;
	size_t mi;
	uint32_t nr;
	uint32_t nc;

	(void)state;
	for (oi = 0; oi < 5; oi++) {
		for (mi = 0; mi < 3; mi++) {
			for (nr = 1; nr <= 8; nr++) {
				for (nc = 0; nc <= 16; nc++) {
					size_t sa;
					size_t sb;
					size_t sd;
					size_t sback;

					if (nc == 0 &&
					    ops[oi] !=
						    LIBFFA_MEM_OP_RETRIEVE_REQ) {
						continue;
					}
					fill(ops[oi], nr, nc, r, c, &d);
					assert_int_equal(
						libffa_mem_build(
							&d, LIBFFA_VERSION_1_0,
							a, sizeof(a), &sa),
						LIBFFA_OK);
					assert_int_equal(
						libffa_mem_xlate(
							a, sa,
							LIBFFA_VERSION_1_0,
							ops[oi], b, sizeof(b),
							mids[mi], &sb, &xv,
							NULL),
						LIBFFA_OK);
					assert_int_equal(
						libffa_mem_build(
							&d, mids[mi], direct,
							sizeof(direct), &sd),
						LIBFFA_OK);
					assert_int_equal(sb, sd);
					assert_memory_equal(b, direct, sb);
					/* @view: the output, parsed. */
					assert_ptr_equal(xv.buf, b);
					assert_int_equal(xv.version, mids[mi]);
					assert_int_equal(xv.receiver_count, nr);
					assert_int_equal(xv.constituent_count,
							 nc);
					assert_int_equal(
						libffa_mem_xlate(
							b, sb, mids[mi],
							ops[oi], back,
							sizeof(back),
							LIBFFA_VERSION_1_0,
							&sback, &xv, NULL),
						LIBFFA_OK);
					assert_int_equal(sback, sa);
					assert_memory_equal(back, a, sa);
				}
			}
		}
	}
}

static void mem_xlate_refuses_lossy_translation(void **state)
{
	struct libffa_mem_receiver r;
	struct libffa_mem_constituent c = {0x1000, 1};
	struct libffa_mem_desc d;
	uint8_t a[256];
	uint8_t b[256];
	size_t sa;
	size_t sb;

	(void)state;
	/* impdef (DEN0140 1.2 s4) cannot go to a 16-byte EMAD. */
	fill(LIBFFA_MEM_OP_SHARE, 1, 1, &r, &c, &d);
	r.impdef[1] = 9;
	assert_int_equal(
		libffa_mem_build(&d, LIBFFA_VERSION_1_2, a, sizeof(a), &sa),
		LIBFFA_OK);
	assert_int_equal(libffa_mem_xlate(a, sa, LIBFFA_VERSION_1_2,
					  LIBFFA_MEM_OP_SHARE, b, sizeof(b),
					  LIBFFA_VERSION_1_1, &sb, &xv, NULL),
			 LIBFFA_E_VERSION);
	assert_int_equal(libffa_mem_xlate(a, sa, LIBFFA_VERSION_1_2,
					  LIBFFA_MEM_OP_SHARE, b, sizeof(b),
					  LIBFFA_VERSION_1_3, &sb, &xv, NULL),
			 LIBFFA_OK);
	/* The NS bit (v1.1+) has no place in v1.0. */
	fill(LIBFFA_MEM_OP_RETRIEVE_RESP, 1, 1, &r, &c, &d);
	d.attributes |= LIBFFA_MEM_ATTR_NS;
	assert_int_equal(
		libffa_mem_build(&d, LIBFFA_VERSION_1_1, a, sizeof(a), &sa),
		LIBFFA_OK);
	assert_int_equal(
		libffa_mem_xlate(a, sa, LIBFFA_VERSION_1_1,
				 LIBFFA_MEM_OP_RETRIEVE_RESP, b, sizeof(b),
				 LIBFFA_VERSION_1_0, &sb, &xv, NULL),
		LIBFFA_E_VERSION);
}

static void mem_xlate_reports_size_and_parse_faults(void **state)
{
	struct libffa_mem_receiver r[2];
	struct libffa_mem_constituent c[2] = {{0x1000, 1}, {0x2000, 1}};
	struct libffa_mem_desc d;
	struct libffa_mem_fault f;
	uint8_t a[256];
	uint8_t b[256];
	size_t sa;
	size_t sb = 0;

	(void)state;
	fill(LIBFFA_MEM_OP_SHARE, 2, 2, r, c, &d);
	assert_int_equal(
		libffa_mem_build(&d, LIBFFA_VERSION_1_0, a, sizeof(a), &sa),
		LIBFFA_OK);
	assert_int_equal(
		libffa_mem_xlate(a, sa, LIBFFA_VERSION_1_0, LIBFFA_MEM_OP_SHARE,
				 b, 10, LIBFFA_VERSION_1_2, &sb, &xv, NULL),
		LIBFFA_E_NOSPACE);
	assert_int_equal(sb, 48 + 2 * 32 + 16 + 2 * 16);
	/* Source and destination may not overlap. */
	assert_int_equal(libffa_mem_xlate(a, sa, LIBFFA_VERSION_1_0,
					  LIBFFA_MEM_OP_SHARE, a + 8, 100,
					  LIBFFA_VERSION_1_2, &sb, &xv, NULL),
			 LIBFFA_E_INVAL);
	/* A hostile source is reported like libffa_mem_parse() does. */
	a[32 + 16] = a[32]; /* receiver repeated */
	a[32 + 17] = a[33];
	assert_int_equal(libffa_mem_xlate(a, sa, LIBFFA_VERSION_1_0,
					  LIBFFA_MEM_OP_SHARE, b, sizeof(b),
					  LIBFFA_VERSION_1_2, &sb, &xv, &f),
			 LIBFFA_E_BADVALUE);
	assert_string_equal(f.field, "emad.endpoint_id");
	assert_int_equal(f.index, 1);
	assert_int_equal(libffa_mem_xlate(a, sa, LIBFFA_VERSION_1_0,
					  LIBFFA_MEM_OP_SHARE, b, sizeof(b),
					  LIBFFA_VERSION(1, 9), &sb, &xv, &f),
			 LIBFFA_E_VERSION);
}

/*
 * Translation tests: the argument checks libffa_mem_xlate() documents
 * (mem.h Return: %LIBFFA_E_INVAL for NULL or overlap), and a
 * v1.0 -> v1.2 translation whose output is checked byte by byte against
 * the v1.2 layout (DEN0077A 1.1 Table 10.20, DEN0140 1.2 s4: header 48
 * bytes, EMAD offset 48, EMAD size 32).
 */
static uint32_t ld32(const uint8_t *p)
{
	return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 |
	       (uint32_t)p[3] << 24;
}

static size_t build_v1_0(uint8_t *buf, size_t cap)
{
	static const struct libffa_mem_receiver r = {
		.endpoint_id = 0x8001, .permissions = LIBFFA_MEM_PERM_DATA_RW};
	static const struct libffa_mem_constituent c = {0x40000000u, 2};
	struct libffa_mem_desc d = {.sender_id = 0x0003,
				    .attributes = LIBFFA_MEM_ATTR_TYPE_NORMAL |
						  LIBFFA_MEM_ATTR_CACHE_WB |
						  LIBFFA_MEM_ATTR_SHARE_INNER,
				    .receivers = &r,
				    .receiver_count = 1,
				    .constituents = &c,
				    .constituent_count = 1};
	size_t size = 0;

	assert_int_equal(
		libffa_mem_build(&d, LIBFFA_VERSION_1_0, buf, cap, &size),
		LIBFFA_OK);
	return size;
}

static void mem_xlate_rejects_null_arguments(void **state)
{
	uint8_t src[128];
	uint8_t dst[128];
	size_t n = build_v1_0(src, sizeof(src));
	size_t size = 0;

	(void)state;
	assert_int_equal(libffa_mem_xlate(NULL, n, LIBFFA_VERSION_1_0,
					  LIBFFA_MEM_OP_SHARE, dst, sizeof(dst),
					  LIBFFA_VERSION_1_2, &size, &xv, NULL),
			 LIBFFA_E_INVAL);
	assert_int_equal(
		libffa_mem_xlate(src, n, LIBFFA_VERSION_1_0,
				 LIBFFA_MEM_OP_SHARE, NULL, sizeof(dst),
				 LIBFFA_VERSION_1_2, &size, &xv, NULL),
		LIBFFA_E_INVAL);
	assert_int_equal(libffa_mem_xlate(src, n, LIBFFA_VERSION_1_0,
					  LIBFFA_MEM_OP_SHARE, dst, sizeof(dst),
					  LIBFFA_VERSION_1_2, NULL, &xv, NULL),
			 LIBFFA_E_INVAL);
	assert_int_equal(
		libffa_mem_xlate(src, n, LIBFFA_VERSION_1_0,
				 LIBFFA_MEM_OP_SHARE, dst, sizeof(dst),
				 LIBFFA_VERSION_1_2, &size, NULL, NULL),
		LIBFFA_E_INVAL);
	assert_int_equal(size, 0);
}

/* @view must not overlap @src or @dst (it is written while they are read
 * and written). */
static void mem_xlate_rejects_view_overlap(void **state)
{
	union {
		struct libffa_mem_view view;
		uint8_t bytes[512];
	} u;
	uint8_t src[128];
	uint8_t dst[128];
	size_t n = build_v1_0(src, sizeof(src));
	size_t size = 0;

	(void)state;
	memset(&u, 0, sizeof(u));
	memcpy(u.bytes + sizeof(u.view), src, n);
	assert_int_equal(
		libffa_mem_xlate(u.bytes + sizeof(u.view) - 1, n,
				 LIBFFA_VERSION_1_0, LIBFFA_MEM_OP_SHARE, dst,
				 sizeof(dst), LIBFFA_VERSION_1_2, &size,
				 &u.view, NULL),
		LIBFFA_E_INVAL);
	assert_int_equal(
		libffa_mem_xlate(src, n, LIBFFA_VERSION_1_0,
				 LIBFFA_MEM_OP_SHARE, u.bytes + 8, 256,
				 LIBFFA_VERSION_1_2, &size, &u.view, NULL),
		LIBFFA_E_INVAL);
	assert_int_equal(size, 0);
	assert_int_equal(
		libffa_mem_xlate(src, n, LIBFFA_VERSION_1_0,
				 LIBFFA_MEM_OP_SHARE, u.bytes + sizeof(u.view),
				 256, LIBFFA_VERSION_1_2, &size, &u.view, NULL),
		LIBFFA_OK);
	assert_ptr_equal(u.view.buf, u.bytes + sizeof(u.view));
}

/* @dst must not overlap @src, in either direction. */
static void mem_xlate_rejects_overlap(void **state)
{
	uint8_t buf[512];
	size_t n = build_v1_0(buf, 256);
	size_t size = 0;

	(void)state;
	assert_int_equal(libffa_mem_xlate(buf, n, LIBFFA_VERSION_1_0,
					  LIBFFA_MEM_OP_SHARE, buf + n - 1, 256,
					  LIBFFA_VERSION_1_2, &size, &xv, NULL),
			 LIBFFA_E_INVAL);
	memmove(buf + 200, buf, n);
	assert_int_equal(libffa_mem_xlate(buf + 200, n, LIBFFA_VERSION_1_0,
					  LIBFFA_MEM_OP_SHARE, buf, 201,
					  LIBFFA_VERSION_1_2, &size, &xv, NULL),
			 LIBFFA_E_INVAL);
	/* Adjacent is not overlapping. */
	assert_int_equal(libffa_mem_xlate(buf + 200, n, LIBFFA_VERSION_1_0,
					  LIBFFA_MEM_OP_SHARE, buf, 200,
					  LIBFFA_VERSION_1_2, &size, &xv, NULL),
			 LIBFFA_OK);
	assert_int_equal(size, 48u + 32u + 16u + 16u);
}

static void mem_xlate_v1_0_to_v1_2_layout(void **state)
{
	uint8_t src[128];
	uint8_t dst[160];
	size_t n = build_v1_0(src, sizeof(src));
	size_t size = 0;

	(void)state;
	memset(dst, 0xEE, sizeof(dst));
	assert_int_equal(libffa_mem_xlate(src, n, LIBFFA_VERSION_1_0,
					  LIBFFA_MEM_OP_SHARE, dst, sizeof(dst),
					  LIBFFA_VERSION_1_2, &size, &xv, NULL),
			 LIBFFA_OK);
	assert_int_equal(size, 112);
	assert_int_equal(dst[0] | dst[1] << 8, 0x0003); /* sender */
	assert_int_equal(dst[2], 0x2F);			/* attributes u16 */
	assert_int_equal(dst[3], 0);
	assert_true(ld32(dst + 24) == 32u); /* EMAD size */
	assert_true(ld32(dst + 28) == 1u);  /* EMAD count */
	assert_true(ld32(dst + 32) == 48u); /* EMAD offset */
	assert_int_equal(dst[48] | dst[49] << 8, 0x8001);
	assert_int_equal(dst[50], LIBFFA_MEM_PERM_DATA_RW);
	assert_true(ld32(dst + 52) == 80u); /* composite offset */
	assert_true(ld32(dst + 80) == 2u);  /* total pages */
	assert_true(ld32(dst + 84) == 1u);  /* constituent count */
	assert_true(ld32(dst + 96) == 0x40000000u);
	assert_true(ld32(dst + 104) == 2u);
	assert_int_equal(dst[112], 0xEE); /* nothing written past the end */
	/* A target version the library does not know is refused. */
	assert_int_equal(
		libffa_mem_xlate(src, n, LIBFFA_VERSION_1_0,
				 LIBFFA_MEM_OP_SHARE, dst, sizeof(dst),
				 LIBFFA_VERSION(1, 4), &size, &xv, NULL),
		LIBFFA_E_VERSION);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(mem_xlate_v1_0_to_v1_x_and_back_is_identity),
		cmocka_unit_test(mem_xlate_refuses_lossy_translation),
		cmocka_unit_test(mem_xlate_reports_size_and_parse_faults),
		cmocka_unit_test(mem_xlate_rejects_null_arguments),
		cmocka_unit_test(mem_xlate_rejects_overlap),
		cmocka_unit_test(mem_xlate_rejects_view_overlap),
		cmocka_unit_test(mem_xlate_v1_0_to_v1_2_layout),
	};

	return cmocka_run_group_tests_name("mem_xlate", tests, NULL, NULL);
}
