/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * Instruction-count benchmark (BENCHMARKS.md), run under
 * valgrind --tool=callgrind by bench/run.sh. Each measured operation is a
 * noinline function bench_<op>() that performs the operation once on
 * prepared input, calling the library directly (the helpers below are
 * inlined into it); main() calls each many times. bench/callgrind_ops.py
 * sums, per bench_<op>, the inclusive cost of the calls it makes into
 * libffa_* functions and divides by the number of times bench_<op> ran:
 * the instructions the library executed per operation, with no harness
 * overhead and no baseline to subtract.
 * Prints nothing but a self-check line: the numbers come from callgrind.
 */
#include <stdio.h>
#include <stdlib.h>

#include <string.h>

#include "ffa/ffa.h"
#include "ffa/mem.h"
#include "ffa/partition.h"

#define BENCH_ITERS   1000u
#define NOINLINE      __attribute__((noinline))
#define ALWAYS_INLINE __attribute__((always_inline))
#define VERSION	      LIBFFA_VERSION_1_2

static struct libffa_regs frames[2 * LIBFFA_ABI_COUNT];
static struct libffa_msg msgs[2 * LIBFFA_ABI_COUNT];
static unsigned int frame_count;
static unsigned int frame_of[LIBFFA_ABI_COUNT][2]; /* index + 1, 0 = none */
static volatile unsigned int sink;

/* ---- register codec --------------------------------------------------- */
ALWAYS_INLINE static inline void decode_one(unsigned int i)
{
	struct libffa_msg m;

	sink = (unsigned int)libffa_msg_decode(&frames[i], VERSION, &m);
}

ALWAYS_INLINE static inline void encode_one(unsigned int i)
{
	struct libffa_regs r;

	sink = (unsigned int)libffa_msg_encode(&msgs[i], VERSION, &r);
}

/* One function per representative ABI, so callgrind names them. */
#define REP(name, abi, wide)                           \
	NOINLINE static void bench_decode_##name(void) \
	{                                              \
		decode_one(frame_of[abi][wide] - 1u);  \
	}                                              \
	NOINLINE static void bench_encode_##name(void) \
	{                                              \
		encode_one(frame_of[abi][wide] - 1u);  \
	}
/* Every ABI and width defined at v1.2, for the mean. */
NOINLINE static void bench_decode_all_abis(unsigned int i)
{
	decode_one(i);
}

NOINLINE static void bench_encode_all_abis(unsigned int i)
{
	encode_one(i);
}

REP(version, LIBFFA_ABI_VERSION, 0)
REP(features, LIBFFA_ABI_FEATURES, 0)
REP(direct_req_32, LIBFFA_ABI_MSG_SEND_DIRECT_REQ, 0)
REP(direct_req2_64, LIBFFA_ABI_MSG_SEND_DIRECT_REQ2, 1)
REP(mem_share_32, LIBFFA_ABI_MEM_SHARE, 0)
REP(notification_get, LIBFFA_ABI_NOTIFICATION_GET, 0)

/* ---- memory descriptors --------------------------------------------- */
#define MAX_CONSTITUENTS 4096u
static struct libffa_mem_constituent cons[MAX_CONSTITUENTS];
static struct libffa_mem_receiver recv1;
static uint8_t mem_buf[5][64 + 16 * MAX_CONSTITUENTS + 256];
static size_t mem_size[5];
static const uint32_t mem_counts[5] = {1u, 16u, 256u, 4096u, 0u};
static struct libffa_mem_desc descs[5];

ALWAYS_INLINE static inline void mem_build(unsigned int k)
{
	size_t size = 0;

	sink = (unsigned int)libffa_mem_build(&descs[k], VERSION, mem_buf[4],
					      sizeof(mem_buf[4]), &size);
}

ALWAYS_INLINE static inline void mem_parse(unsigned int k)
{
	struct libffa_mem_view v;

	sink = (unsigned int)libffa_mem_parse(mem_buf[k], mem_size[k], VERSION,
					      LIBFFA_MEM_OP_SHARE, 0, &v, NULL);
}

/* Parse and walk every constituent, as a receiver does. */
ALWAYS_INLINE static inline void mem_walk(unsigned int k)
{
	struct libffa_mem_view v;
	struct libffa_mem_constituent c;
	uint64_t pages = 0;

	if (libffa_mem_parse(mem_buf[k], mem_size[k], VERSION,
			     LIBFFA_MEM_OP_SHARE, 0, &v, NULL) != LIBFFA_OK) {
		abort();
	}
	for (uint32_t i = 0; libffa_mem_constituent_get(&v, i, &c); i++) {
		pages += c.page_count;
	}
	sink = (unsigned int)pages;
}

#define MEMOPS(n, k)                                   \
	NOINLINE static void bench_mem_build_##n(void) \
	{                                              \
		mem_build(k);                          \
	}                                              \
	NOINLINE static void bench_mem_parse_##n(void) \
	{                                              \
		mem_parse(k);                          \
	}                                              \
	NOINLINE static void bench_mem_walk_##n(void)  \
	{                                              \
		mem_walk(k);                           \
	}
MEMOPS(1, 0)
MEMOPS(16, 1)
MEMOPS(256, 2)
MEMOPS(4096, 3)

/* ---- fragment reassembly: the 4096-constituent descriptor in 4 KiB ----- */
static uint8_t reasm_buf[sizeof(mem_buf[0])];

NOINLINE static void bench_reasm_4096(void)
{
	struct libffa_mem_reasm r;
	size_t off = 0;

	if (libffa_mem_reasm_init(&r, reasm_buf, sizeof(reasm_buf),
				  (uint32_t)mem_size[3],
				  0x1234u) != LIBFFA_OK) {
		abort();
	}
	while (off < mem_size[3]) {
		size_t n =
			mem_size[3] - off < 4096u ? mem_size[3] - off : 4096u;

		if (libffa_mem_reasm_add(&r, mem_buf[3] + off, n) !=
		    LIBFFA_OK) {
			abort();
		}
		off += n;
	}
	sink = libffa_mem_reasm_done(&r) ? 1u : 0u;
}

/* ---- partition info: 16 v1.2 descriptors --------------------------- */
#define PARTS 16u
static uint8_t part_buf[PARTS * 48u];
static size_t part_size;

NOINLINE static void bench_partition_parse_16(void)
{
	struct libffa_partition_view v;
	struct libffa_partition_info info;
	uint32_t sum = 0;

	if (libffa_partition_info_parse(part_buf, part_size, VERSION, PARTS,
					(uint32_t)(part_size / PARTS),
					&v) != LIBFFA_OK) {
		abort();
	}
	for (uint32_t i = 0; i < v.count; i++) {
		if (libffa_partition_info_at(&v, i, &info) != LIBFFA_OK) {
			abort();
		}
		sum += info.id;
	}
	sink = sum;
}

/* ---- set-up ----------------------------------------------------------- */
static void setup_frames(void)
{
	for (unsigned int a = 0; a < LIBFFA_ABI_COUNT; a++) {
		for (unsigned int w = 0; w < 2u; w++) {
			struct libffa_msg m;
			struct libffa_msg back;
			struct libffa_regs r;

			libffa_msg_init(&m, (enum libffa_abi)a, LIBFFA_MSG_ARGS,
					w != 0u);
			if (libffa_msg_encode(&m, VERSION, &r) != LIBFFA_OK ||
			    libffa_msg_decode(&r, VERSION, &back) !=
				    LIBFFA_OK) {
				continue; /* not at this version/width */
			}
			msgs[frame_count] = m;
			frames[frame_count] = r;
			frame_of[a][w] = ++frame_count;
		}
	}
}

static void setup_mem(void)
{
	recv1.endpoint_id = 0x8001;
	recv1.permissions = LIBFFA_MEM_PERM_DATA_RW;
	for (uint32_t i = 0; i < MAX_CONSTITUENTS; i++) {
		cons[i].address = 0x80000000ull + 0x2000ull * i;
		cons[i].page_count = 1;
	}
	for (unsigned int k = 0; k < 4u; k++) {
		struct libffa_mem_desc *d = &descs[k];

		memset(d, 0, sizeof(*d));
		d->sender_id = 0x0001;
		d->attributes = LIBFFA_MEM_ATTR_TYPE_NORMAL |
				LIBFFA_MEM_ATTR_CACHE_WB |
				LIBFFA_MEM_ATTR_SHARE_INNER;
		d->receivers = &recv1;
		d->receiver_count = 1;
		d->constituents = cons;
		d->constituent_count = mem_counts[k];
		if (libffa_mem_build(d, VERSION, mem_buf[k], sizeof(mem_buf[k]),
				     &mem_size[k]) != LIBFFA_OK) {
			fprintf(stderr, "bench: mem build %u failed\n",
				mem_counts[k]);
			exit(1);
		}
	}
}

static void setup_partitions(void)
{
	struct libffa_partition_info parts[PARTS];

	memset(parts, 0, sizeof(parts));
	for (uint32_t i = 0; i < PARTS; i++) {
		parts[i].id = (libffa_id_t)(0x8001 + i);
		parts[i].exec_ctx_count = 4;
		parts[i].properties = 0x3;
	}
	if (libffa_partition_info_build(parts, PARTS, VERSION, part_buf,
					sizeof(part_buf),
					&part_size) != LIBFFA_OK) {
		fprintf(stderr, "bench: partition build failed\n");
		exit(1);
	}
}

int main(void)
{
	setup_frames();
	setup_mem();
	setup_partitions();
	for (unsigned int n = 0; n < BENCH_ITERS; n++) {
		for (unsigned int i = 0; i < frame_count; i++) {
			bench_decode_all_abis(i);
			bench_encode_all_abis(i);
		}
		bench_decode_version();
		bench_encode_version();
		bench_decode_features();
		bench_encode_features();
		bench_decode_direct_req_32();
		bench_encode_direct_req_32();
		bench_decode_direct_req2_64();
		bench_encode_direct_req2_64();
		bench_decode_mem_share_32();
		bench_encode_mem_share_32();
		bench_decode_notification_get();
		bench_encode_notification_get();
	}
	/* Descriptor operations are larger; fewer iterations suffice. */
	for (unsigned int n = 0; n < BENCH_ITERS / 10u; n++) {
		bench_mem_build_1();
		bench_mem_parse_1();
		bench_mem_walk_1();
		bench_mem_build_16();
		bench_mem_parse_16();
		bench_mem_walk_16();
		bench_mem_build_256();
		bench_mem_parse_256();
		bench_mem_walk_256();
		bench_mem_build_4096();
		bench_mem_parse_4096();
		bench_mem_walk_4096();
		bench_reasm_4096();
		bench_partition_parse_16();
	}
	printf("bench: %u frames (all ABIs x widths at v1.2), descriptors of "
	       "%zu/%zu/%zu/%zu bytes, partition info %zu bytes\n",
	       frame_count, mem_size[0], mem_size[1], mem_size[2], mem_size[3],
	       part_size);
	return 0;
}
