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
							mids[mi], &sb, NULL),
						LIBFFA_OK);
					assert_int_equal(
						libffa_mem_build(
							&d, mids[mi], direct,
							sizeof(direct), &sd),
						LIBFFA_OK);
					assert_int_equal(sb, sd);
					assert_memory_equal(b, direct, sb);
					assert_int_equal(
						libffa_mem_xlate(
							b, sb, mids[mi],
							ops[oi], back,
							sizeof(back),
							LIBFFA_VERSION_1_0,
							&sback, NULL),
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
	assert_int_equal(
		libffa_mem_xlate(a, sa, LIBFFA_VERSION_1_2, LIBFFA_MEM_OP_SHARE,
				 b, sizeof(b), LIBFFA_VERSION_1_1, &sb, NULL),
		LIBFFA_E_VERSION);
	assert_int_equal(
		libffa_mem_xlate(a, sa, LIBFFA_VERSION_1_2, LIBFFA_MEM_OP_SHARE,
				 b, sizeof(b), LIBFFA_VERSION_1_3, &sb, NULL),
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
				 LIBFFA_VERSION_1_0, &sb, NULL),
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
				 b, 10, LIBFFA_VERSION_1_2, &sb, NULL),
		LIBFFA_E_NOSPACE);
	assert_int_equal(sb, 48 + 2 * 32 + 16 + 2 * 16);
	/* Source and destination may not overlap. */
	assert_int_equal(
		libffa_mem_xlate(a, sa, LIBFFA_VERSION_1_0, LIBFFA_MEM_OP_SHARE,
				 a + 8, 100, LIBFFA_VERSION_1_2, &sb, NULL),
		LIBFFA_E_INVAL);
	/* A hostile source is reported like libffa_mem_parse() does. */
	a[32 + 16] = a[32]; /* receiver repeated */
	a[32 + 17] = a[33];
	assert_int_equal(
		libffa_mem_xlate(a, sa, LIBFFA_VERSION_1_0, LIBFFA_MEM_OP_SHARE,
				 b, sizeof(b), LIBFFA_VERSION_1_2, &sb, &f),
		LIBFFA_E_BADVALUE);
	assert_string_equal(f.field, "emad.endpoint_id");
	assert_int_equal(f.index, 1);
	assert_int_equal(
		libffa_mem_xlate(a, sa, LIBFFA_VERSION_1_0, LIBFFA_MEM_OP_SHARE,
				 b, sizeof(b), LIBFFA_VERSION(1, 9), &sb, &f),
		LIBFFA_E_VERSION);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(mem_xlate_v1_0_to_v1_x_and_back_is_identity),
		cmocka_unit_test(mem_xlate_refuses_lossy_translation),
		cmocka_unit_test(mem_xlate_reports_size_and_parse_faults),
	};

	return cmocka_run_group_tests_name("mem_xlate", tests, NULL, NULL);
}
