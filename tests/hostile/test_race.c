/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * Single fetch under a racing writer (issue 12): a second thread keeps
 * flipping bytes of a shared buffer (as a sender would in its TX buffer)
 * while the parsers read it. Each buffer is a heap block of exactly its
 * size, so under ASan (stage 30) any read outside it aborts the suite.
 * Checked for every parser that a peer's shared memory reaches:
 * - mem parse: an OK view's geometry lies inside the buffer, and every
 *   receiver and constituent can be read; an OK libffa_mem_parse_copy()
 *   hands back values that pass every rule themselves;
 * - mem xlate: an OK output passes libffa_mem_parse() itself;
 * - reassembly: the private copy never grows past the total;
 * - partition info: an OK view lies inside the buffer;
 * - MSG_SEND2 header: an OK payload lies inside the buffer, and the header
 *   written back from the parsed message passes the parse;
 * - boot info: a descriptor handed out always passes the parse's checks
 *   (its offset content inside the blob).
 * Bounded: each target runs for a fixed number of rounds. A race may not
 * hit a window on a loaded machine, so boot info, whose window is between
 * two calls, is also rewritten deterministically after the parse.
 */
/* cmocka needs these first, in this order. */
// clang-format off
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
// clang-format on

#include <pthread.h>

#include "ffa/bootinfo.h"
#include "ffa/indirect.h"
#include "ffa/mem.h"

/* libffa_mem_xlate()'s view: @dst parsed at the target version. */
static struct libffa_mem_view xv;
#include "ffa/partition.h"

#define ROUNDS 20000u

struct racer {
	uint8_t *buf;
	const uint8_t *orig;
	size_t size;
	int stop;
	uint32_t seed;
};

static uint32_t next_rand(uint32_t *s)
{
	*s = *s * 1103515245u + 12345u;
	return *s >> 8;
}

/* Flip bytes between their valid value and a random one, forever. Most
 * writes restore the valid byte, so the buffer keeps drifting back to a
 * valid descriptor whatever the scheduler does (a writer that only corrupts
 * starves the parsers of OK verdicts on a slow emulated host). */
static void *race(void *arg)
{
	struct racer *r = arg;

	while (!__atomic_load_n(&r->stop, __ATOMIC_RELAXED)) {
		uint32_t x = next_rand(&r->seed);
		size_t at = x % r->size;
		uint8_t v =
			(x & 0x700u) != 0u ? r->orig[at] : (uint8_t)(x >> 11);

		__atomic_store_n(&r->buf[at], v, __ATOMIC_RELAXED);
	}
	return NULL;
}

/* A heap copy of exactly @size bytes, raced by a new thread. */
static void race_start(struct racer *r, pthread_t *t, const uint8_t *orig,
		       size_t size, uint32_t seed)
{
	r->buf = malloc(size);
	assert_non_null(r->buf);
	memcpy(r->buf, orig, size);
	r->orig = orig;
	r->size = size;
	r->stop = 0;
	r->seed = seed;
	assert_int_equal(pthread_create(t, NULL, race, r), 0);
}

static void race_stop(struct racer *r, pthread_t t)
{
	__atomic_store_n(&r->stop, 1, __ATOMIC_RELAXED);
	assert_int_equal(pthread_join(t, NULL), 0);
	free(r->buf);
}

/* Reset the shared buffer to its valid form now and then, so the parsers
 * also see mostly valid input (where the double-fetch windows are). */
static void refresh(struct racer *r, unsigned int round)
{
	if (round % 16u == 0u) {
		size_t i;

		for (i = 0; i < r->size; i++) {
			__atomic_store_n(&r->buf[i], r->orig[i],
					 __ATOMIC_RELAXED);
		}
	}
}

static size_t mem_desc(libffa_version_t v, uint8_t *buf, size_t cap)
{
	static const struct libffa_mem_receiver rcv[2] = {
		{.endpoint_id = 0x8001, .permissions = 2},
		{.endpoint_id = 0x8002, .permissions = 1}};
	static const struct libffa_mem_constituent c[3] = {
		{0x10000, 1}, {0x20000, 2}, {0x40000, 4}};
	struct libffa_mem_desc d = {.sender_id = 0x0001,
				    .attributes = 0x2F,
				    .receivers = rcv,
				    .receiver_count = 2,
				    .constituents = c,
				    .constituent_count = 3};
	size_t size = 0;

	assert_int_equal(libffa_mem_build(&d, v, buf, cap, &size), LIBFFA_OK);
	return size;
}

/*
 * What libffa_mem_parse_copy() hands back under a racing writer is what it
 * validated (DEN0077A 1.1 Tables 10.13-10.15 for a SHARE): every rule holds
 * on the copies themselves, whatever the buffer holds by now.
 */
static void check_copied(const struct libffa_mem_view *v,
			 const struct libffa_mem_copy *copy)
{
	uint64_t pages = 0;
	uint32_t i;
	uint32_t j;

	assert_true(v->receiver_count >= 1u &&
		    v->receiver_count <= copy->receiver_max);
	assert_true(v->constituent_count >= 1u &&
		    v->constituent_count <= copy->constituent_max);
	for (i = 0; i < v->receiver_count; i++) {
		const struct libffa_mem_receiver *e = &copy->receivers[i];
		uint8_t data = e->permissions & LIBFFA_MEM_PERM_DATA_MASK;

		assert_true(data == LIBFFA_MEM_PERM_DATA_RO ||
			    data == LIBFFA_MEM_PERM_DATA_RW);
		assert_int_equal(e->permissions & ~LIBFFA_MEM_PERM_DATA_MASK,
				 0);
		assert_int_equal(e->flags, 0);
		for (j = 0; j < i; j++) {
			assert_true(copy->receivers[j].endpoint_id !=
				    e->endpoint_id);
		}
	}
	for (i = 0; i < v->constituent_count; i++) {
		const struct libffa_mem_constituent *c = &copy->constituents[i];

		assert_true(c->address % LIBFFA_MEM_PAGE_SIZE == 0u);
		assert_true(c->page_count != 0u);
		pages += c->page_count;
	}
	assert_true(pages == v->total_pages);
}

static void race_mem_parse_and_xlate(void **state)
{
	static const libffa_version_t from[] = {
		LIBFFA_VERSION_1_0, LIBFFA_VERSION_1_1, LIBFFA_VERSION_1_2};
	size_t k;

	(void)state;
	for (k = 0; k < sizeof(from) / sizeof(from[0]); k++) {
		uint8_t orig[512];
		uint8_t dst[512];
		size_t size = mem_desc(from[k], orig, sizeof(orig));
		libffa_version_t to = from[k] == LIBFFA_VERSION_1_0
					      ? LIBFFA_VERSION_1_2
					      : LIBFFA_VERSION_1_0;
		struct racer r;
		pthread_t t;
		unsigned int i;
		unsigned int ok = 0;
		unsigned int copied = 0;
		struct libffa_mem_receiver crcv[4];
		struct libffa_mem_constituent ccons[8];

		race_start(&r, &t, orig, size, 7u + (uint32_t)k);
		/* At least ROUNDS rounds, and on until OK outputs were checked
		 * (bounded: a parser that never says OK still fails below). */
		for (i = 0; i < ROUNDS || (ok < 16u && i < 16u * ROUNDS); i++) {
			struct libffa_mem_view v;
			struct libffa_mem_view check;
			struct libffa_mem_receiver rcv;
			struct libffa_mem_constituent c;
			struct libffa_mem_iter it;
			struct libffa_mem_copy copy = {crcv, 4, ccons, 8};
			size_t out = 0;

			refresh(&r, i);
			if (libffa_mem_parse(r.buf, size, from[k],
					     LIBFFA_MEM_OP_SHARE, 0, &v,
					     NULL) == LIBFFA_OK) {
				assert_true(v.used_size <= size);
				assert_true((uint64_t)v.emad_offset +
						    (uint64_t)v.receiver_count *
							    v.emad_stride <=
					    size);
				assert_true(
					(uint64_t)v.constituent_offset +
						(uint64_t)v.constituent_count *
							16u <=
					size);
				libffa_mem_iter_init(&it, &v);
				while (libffa_mem_receiver_next(&it, &rcv)) {
				}
				libffa_mem_iter_init(&it, &v);
				while (libffa_mem_constituent_next(&it, &c)) {
				}
			}
			if (libffa_mem_parse_copy(r.buf, size, from[k],
						  LIBFFA_MEM_OP_SHARE, 0, &v,
						  &copy, NULL) == LIBFFA_OK) {
				copied++;
				check_copied(&v, &copy);
			}
			if (libffa_mem_xlate(r.buf, size, from[k],
					     LIBFFA_MEM_OP_SHARE, dst,
					     sizeof(dst), to, &out, &xv,
					     NULL) == LIBFFA_OK) {
				ok++;
				assert_int_equal(
					libffa_mem_parse(dst, out, to,
							 LIBFFA_MEM_OP_SHARE, 0,
							 &check, NULL),
					LIBFFA_OK);
			}
		}
		race_stop(&r, t);
		/* The race must not have starved the check of OK outputs. */
		assert_true(ok >= 16u);
		assert_true(copied >= 16u);
	}
}

static void race_mem_reassembly(void **state)
{
	uint8_t orig[512];
	uint8_t out[512];
	size_t size = mem_desc(LIBFFA_VERSION_1_2, orig, sizeof(orig));
	size_t first = size - 32u; /* two constituents follow by FRAG_TX */
	struct racer r;
	pthread_t t;
	unsigned int i;

	(void)state;
	race_start(&r, &t, orig, size, 11u);
	for (i = 0; i < ROUNDS / 4u; i++) {
		struct libffa_mem_reasm ra;
		struct libffa_msg msg;

		refresh(&r, i);
		assert_int_equal(libffa_mem_reasm_init(&ra, out, sizeof(out),
						       (uint32_t)size, 1u),
				 LIBFFA_OK);
		assert_int_equal(libffa_mem_reasm_add(&ra, r.buf, first),
				 LIBFFA_OK);
		/* The sender's ID comes from our copy, not the raced bytes. */
		libffa_mem_frag_tx_msg(&msg, 1u, 32u,
				       (libffa_id_t)(out[0] | out[1] << 8));
		assert_int_equal(
			libffa_mem_reasm_frag_tx(&ra, &msg, r.buf + first, 32u),
			LIBFFA_OK);
		assert_true(libffa_mem_reasm_done(&ra));
		assert_int_equal(libffa_mem_reasm_offset(&ra), size);
	}
	race_stop(&r, t);
}

static void race_partition_info(void **state)
{
	static const struct libffa_partition_info parts[3] = {
		{.id = 0x8001, .exec_ctx_count = 1},
		{.id = 0x8002, .exec_ctx_count = 2},
		{.id = 0x8003, .exec_ctx_count = 4}};
	uint8_t orig[256];
	size_t size = 0;
	struct racer r;
	pthread_t t;
	unsigned int i;

	(void)state;
	assert_int_equal(
		libffa_partition_info_build(parts, 3, LIBFFA_VERSION_1_1, orig,
					    sizeof(orig), &size),
		LIBFFA_OK);
	race_start(&r, &t, orig, size, 13u);
	for (i = 0; i < ROUNDS; i++) {
		struct libffa_partition_view v;
		struct libffa_partition_info info;
		uint32_t j;

		refresh(&r, i);
		if (libffa_partition_info_parse(r.buf, size, LIBFFA_VERSION_1_1,
						3, 24, &v) != LIBFFA_OK) {
			continue;
		}
		assert_true((uint64_t)v.count * v.desc_size <= size);
		for (j = 0; j < v.count; j++) {
			assert_int_equal(libffa_partition_info_at(&v, j, &info),
					 LIBFFA_OK);
		}
	}
	race_stop(&r, t);
}

static void race_msg_send2_header(void **state)
{
	static const uint8_t payload[24] = {1, 2, 3, 4, 5, 6, 7, 8};
	struct libffa_indirect_msg m = {.sender_id = 0x8001,
					.receiver_id = 0x8002,
					.payload_size = sizeof(payload),
					.payload = payload};
	uint8_t orig[128];
	uint8_t back[LIBFFA_INDIRECT_MAX_SIZE];
	size_t size = 0;
	struct racer r;
	pthread_t t;
	unsigned int i;
	unsigned int ok = 0;

	(void)state;
	assert_int_equal(libffa_indirect_build(&m, LIBFFA_VERSION_1_2, orig,
					       sizeof(orig), &size),
			 LIBFFA_OK);
	race_start(&r, &t, orig, size, 17u);
	for (i = 0; i < ROUNDS; i++) {
		struct libffa_indirect_msg got;
		struct libffa_indirect_msg again;
		size_t n = 0;

		refresh(&r, i);
		if (libffa_indirect_parse(r.buf, size, LIBFFA_VERSION_1_2,
					  &got) != LIBFFA_OK) {
			continue;
		}
		ok++;
		assert_true((uint64_t)got.payload_offset + got.payload_size <=
			    size);
		assert_ptr_equal(got.payload, r.buf + got.payload_offset);
		/* What the parse returned is self-consistent: written back,
		 * it passes the parse. */
		got.payload = payload;
		if (got.payload_size > sizeof(payload)) {
			continue; /* cannot write back more than we have */
		}
		/* A v1.2 receiver also takes the v1.1 form (no UUID). */
		assert_int_equal(
			libffa_indirect_build(&got,
					      got.has_uuid ? LIBFFA_VERSION_1_2
							   : LIBFFA_VERSION_1_1,
					      back, sizeof(back), &n),
			LIBFFA_OK);
		assert_int_equal(libffa_indirect_parse(
					 back, n, LIBFFA_VERSION_1_2, &again),
				 LIBFFA_OK);
	}
	race_stop(&r, t);
	assert_true(ok > 0u);
}

static void race_bootinfo(void **state)
{
	struct libffa_bootinfo_desc d[2];
	uint8_t orig[256];
	size_t size = 0;
	struct racer r;
	pthread_t t;
	unsigned int i;
	unsigned int handed = 0;

	(void)state;
	memset(d, 0, sizeof(d));
	d[0].type = 1;
	d[0].flags = (uint16_t)(LIBFFA_BOOTINFO_CONTENT_OFFSET
				<< LIBFFA_BOOTINFO_FLAG_CONTENT_FORMAT_SHIFT);
	d[0].size = 8;
	d[0].content = 32; /* inside the blob (here: descriptor 0) */
	d[1].type = 2;
	d[1].content = 0x12345678;
	assert_int_equal(libffa_bootinfo_build(d, 2, LIBFFA_VERSION_1_3, orig,
					       sizeof(orig), &size),
			 LIBFFA_OK);
	race_start(&r, &t, orig, size, 19u);
	for (i = 0; i < ROUNDS; i++) {
		struct libffa_bootinfo_view v;
		struct libffa_bootinfo_desc got;
		uint32_t j;

		refresh(&r, i);
		if (libffa_bootinfo_parse(r.buf, size, &v) != LIBFFA_OK) {
			continue;
		}
		for (j = 0; j < v.desc_count; j++) {
			uint32_t fmt;

			if (libffa_bootinfo_desc_at(&v, j, &got) != LIBFFA_OK) {
				continue;
			}
			handed++;
			fmt = (got.flags &
			       LIBFFA_BOOTINFO_FLAG_CONTENT_FORMAT) >>
			      LIBFFA_BOOTINFO_FLAG_CONTENT_FORMAT_SHIFT;
			if (fmt == LIBFFA_BOOTINFO_CONTENT_OFFSET) {
				assert_true(got.content <= v.blob_size);
				assert_true(got.size <=
					    v.blob_size - got.content);
			}
		}
	}
	race_stop(&r, t);
	assert_true(handed > 0u);
}

/* The same, deterministic: the sender rewrites the offset content after
 * the parse checked it (DEN0077A 1.1 s5.4; issue 12). */
static void rewrite_bootinfo_after_parse(void **state)
{
	struct libffa_bootinfo_desc d;
	struct libffa_bootinfo_desc got;
	struct libffa_bootinfo_view v;
	uint8_t buf[128];
	size_t size = 0;

	(void)state;
	memset(&d, 0, sizeof(d));
	d.flags = (uint16_t)(LIBFFA_BOOTINFO_CONTENT_OFFSET
			     << LIBFFA_BOOTINFO_FLAG_CONTENT_FORMAT_SHIFT);
	d.size = 8;
	d.content = 32;
	assert_int_equal(libffa_bootinfo_build(&d, 1, LIBFFA_VERSION_1_3, buf,
					       sizeof(buf), &size),
			 LIBFFA_OK);
	assert_int_equal(libffa_bootinfo_parse(buf, size, &v), LIBFFA_OK);
	assert_int_equal(libffa_bootinfo_desc_at(&v, 0, &got), LIBFFA_OK);
	assert_true(got.content == 32u);
	memset(buf + 32 + 24, 0xFF, 8); /* content offset: past the blob */
	assert_int_equal(libffa_bootinfo_desc_at(&v, 0, &got),
			 LIBFFA_E_TRUNCATED);
	buf[32 + 18] = 0xF0; /* flags bits[15:4] */
	assert_int_equal(libffa_bootinfo_desc_at(&v, 0, &got), LIBFFA_E_MBZ);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(race_mem_parse_and_xlate),
		cmocka_unit_test(race_mem_reassembly),
		cmocka_unit_test(race_partition_info),
		cmocka_unit_test(race_msg_send2_header),
		cmocka_unit_test(race_bootinfo),
		cmocka_unit_test(rewrite_bootinfo_after_parse),
	};

	return cmocka_run_group_tests_name("race", tests, NULL, NULL);
}
