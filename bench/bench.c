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
#if __has_include("ffa/field.h")
#include "ffa/field.h"
#endif

#define BENCH_ITERS   1000u
#define NOINLINE      __attribute__((noinline))
#define ALWAYS_INLINE __attribute__((always_inline))
#define VERSION	      LIBFFA_VERSION_1_2

/*
 * The codec frame set: every ABI x width x version of abi.def (the args
 * layout), every field present at that version set non-zero (value rules
 * respected), encoded by the library and kept if it decodes back.
 */
#define MAX_FRAMES 512u
static struct libffa_regs frames[MAX_FRAMES];
static struct libffa_msg msgs[MAX_FRAMES];
static libffa_version_t frame_version[MAX_FRAMES];
static unsigned int frame_count;
static unsigned int frames_skipped;
static volatile unsigned int sink;

/* ---- register codec --------------------------------------------------- */
ALWAYS_INLINE static inline void decode_one(unsigned int i)
{
	struct libffa_msg m;

	sink = (unsigned int)libffa_msg_decode(&frames[i], frame_version[i],
					       &m);
}

ALWAYS_INLINE static inline void encode_one(unsigned int i)
{
	struct libffa_regs r;

	sink = (unsigned int)libffa_msg_encode(&msgs[i], frame_version[i], &r);
}

/* The mean over the frame set. */
NOINLINE static void bench_decode_all(unsigned int i)
{
	decode_one(i);
}

NOINLINE static void bench_encode_all(unsigned int i)
{
	encode_one(i);
}

#ifdef LIBFFA_TYPED_CODEC
/* The typed entry points of the frame's ABI (no dispatch on w0). */
ALWAYS_INLINE static inline void typed_decode_one(unsigned int i)
{
	union libffa_msg_args a;
	bool smc64;

	switch (msgs[i].abi) {
#define LIBFFA_ARGS_BEGIN(NAME, lc, wide)                                      \
	case LIBFFA_ABI_##NAME:                                                \
		sink = (unsigned int)libffa_args_decode_##lc(                  \
			&frames[i], frame_version[i], 0, &a.lc, &smc64, NULL); \
		break;
#include "ffa/abi.def"
	default:
		abort();
	}
}

/* Does the frame's ABI have an args layout (and so typed entry points)? */
static bool has_typed(unsigned int i)
{
	switch (msgs[i].abi) {
#define LIBFFA_ARGS_BEGIN(NAME, lc, wide) case LIBFFA_ABI_##NAME:
#include "ffa/abi.def"
		return true;
	default:
		return false;
	}
}

ALWAYS_INLINE static inline void typed_encode_one(unsigned int i)
{
	struct libffa_regs r;

	switch (msgs[i].abi) {
#define LIBFFA_ARGS_BEGIN(NAME, lc, wide)                                  \
	case LIBFFA_ABI_##NAME:                                            \
		sink = (unsigned int)libffa_args_encode_##lc(              \
			&msgs[i].args.lc, msgs[i].smc64, frame_version[i], \
			&r);                                               \
		break;
#include "ffa/abi.def"
	default:
		abort();
	}
}

NOINLINE static void bench_typed_decode_all(unsigned int i)
{
	typed_decode_one(i);
}

NOINLINE static void bench_typed_encode_all(unsigned int i)
{
	typed_encode_one(i);
}
#endif

/*
 * One function per frame index, so callgrind gives every frame its own
 * figure and run.sh can report the worst.
 */
#ifdef LIBFFA_TYPED_CODEC
#define PER_FRAME_TYPED(n)                            \
	NOINLINE static void bench_tdecode_f##n(void) \
	{                                             \
		if (n < frame_count && has_typed(n))  \
			typed_decode_one(n);          \
	}                                             \
	NOINLINE static void bench_tencode_f##n(void) \
	{                                             \
		if (n < frame_count && has_typed(n))  \
			typed_encode_one(n);          \
	}
#define CALL_TYPED(n) bench_tdecode_f##n(), bench_tencode_f##n(),
#else
#define PER_FRAME_TYPED(n)
#define CALL_TYPED(n)
#endif
#define PER_FRAME(n)                                 \
	NOINLINE static void bench_decode_f##n(void) \
	{                                            \
		if (n < frame_count)                 \
			decode_one(n);               \
	}                                            \
	NOINLINE static void bench_encode_f##n(void) \
	{                                            \
		if (n < frame_count)                 \
			encode_one(n);               \
	}                                            \
	PER_FRAME_TYPED(n)
#define CALL_FRAME(n) bench_decode_f##n(), bench_encode_f##n(), CALL_TYPED(n)
#define X8(M, p)      M(p##0) M(p##1) M(p##2) M(p##3) M(p##4) M(p##5) M(p##6) M(p##7)
#define X64(M, p)   \
	X8(M, p##0) \
	X8(M, p##1) \
	X8(M, p##2) X8(M, p##3) X8(M, p##4) X8(M, p##5) X8(M, p##6) X8(M, p##7)
/* Frame index n spelt as an octal literal 00abc (pasted digits). */
#define X512(M)    \
	X64(M, 00) \
	X64(M, 01) \
	X64(M, 02) X64(M, 03) X64(M, 04) X64(M, 05) X64(M, 06) X64(M, 07)
X512(PER_FRAME)
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

/*
 * The measure of a full parse: parse, then read back every
 * receiver (libffa_mem_receiver_get) and every constituent, through the
 * batch accessor in chunks of 64 (a caller's stack buffer).
 */
#define READ_CHUNK 64u
ALWAYS_INLINE static inline void mem_read(unsigned int k)
{
	struct libffa_mem_view v;
	struct libffa_mem_receiver r;
	struct libffa_mem_constituent c[READ_CHUNK];
	uint64_t pages = 0;
	uint32_t i;
	uint32_t got;

	if (libffa_mem_parse(mem_buf[k], mem_size[k], VERSION,
			     LIBFFA_MEM_OP_SHARE, 0, &v, NULL) != LIBFFA_OK) {
		abort();
	}
	for (i = 0; i < v.receiver_count; i++) {
		if (!libffa_mem_receiver_get(&v, i, &r)) {
			abort();
		}
		pages += r.endpoint_id;
	}
	for (i = 0; i < v.constituent_count; i += got) {
		got = libffa_mem_constituents_copy(&v, i, c, READ_CHUNK);
		if (got == 0u) {
			abort();
		}
		pages += c[0].page_count + c[got - 1u].page_count;
	}
	sink = (unsigned int)pages;
}

/*
 * The same full parse in one call: libffa_mem_parse_copy() validates and
 * hands back every receiver and constituent (caller arrays for all).
 */
static struct libffa_mem_receiver copy_rcv[4];
static struct libffa_mem_constituent copy_cons[MAX_CONSTITUENTS];
ALWAYS_INLINE static inline void mem_copy(unsigned int k)
{
	static const struct libffa_mem_copy copy = {copy_rcv, 4u, copy_cons,
						    MAX_CONSTITUENTS};
	struct libffa_mem_view v;

	if (libffa_mem_parse_copy(mem_buf[k], mem_size[k], VERSION,
				  LIBFFA_MEM_OP_SHARE, 0, &v, &copy,
				  NULL) != LIBFFA_OK) {
		abort();
	}
	sink = (unsigned int)(copy_rcv[0].endpoint_id +
			      copy_cons[v.constituent_count - 1u].page_count);
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
	}                                              \
	NOINLINE static void bench_mem_read_##n(void)  \
	{                                              \
		mem_read(k);                           \
	}                                              \
	NOINLINE static void bench_mem_copy_##n(void)  \
	{                                              \
		mem_copy(k);                           \
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
/*
 * A non-zero value for element @e of field @f that its value rules accept
 * (zero only for a direct message's framework fields, below).
 */
static uint64_t field_value(const struct libffa_msg *m,
			    const struct libffa_field *f, unsigned int e)
{
	uint64_t all = UINT64_C(0x5A3C96E1A5C3691E) + e;

	if (f->kind == LIBFFA_FIELD_BITS) {
		uint64_t mask = f->width >= 64u
					? ~UINT64_C(0)
					: (UINT64_C(1) << f->width) - 1u;

		if (f->is_signed) {
			return (uint64_t)(int64_t)-3; /* an error code */
		}
		if (m->abi == LIBFFA_ABI_FEATURES &&
		    strcmp(f->name, "feature") == 0) {
			return 0x80000000u | 0x64u; /* a function ID */
		}
		if (m->abi == LIBFFA_ABI_VERSION &&
		    strcmp(f->name, "version") == 0) {
			return 0x00010002u;
		}
		if (m->abi == LIBFFA_ABI_CONSOLE_LOG) {
			return 5u; /* char_count */
		}
		/*
		 * A partition message, the common direct message: a
		 * framework message must leave the payload registers its
		 * type does not use zero (DEN0077A 1.2 s18.3), so no frame
		 * of it has every field non-zero.
		 */
		if ((m->abi == LIBFFA_ABI_MSG_SEND_DIRECT_REQ ||
		     m->abi == LIBFFA_ABI_MSG_SEND_DIRECT_RESP) &&
		    strncmp(f->name, "framework", 9) == 0) {
			return 0u;
		}
		if (m->abi == LIBFFA_ABI_MEM_PERM_SET &&
		    strcmp(f->name, "permissions") == 0) {
			return 3u; /* read-only; 0b10 is reserved */
		}
		if (m->abi == LIBFFA_ABI_VERSION ||
		    (m->kind == LIBFFA_MSG_ARGS && f->width <= 2u)) {
			return 1u;
		}
		if (!m->smc64) {
			mask &= UINT64_C(0xFFFFFFFF) >> (f->lo & 31u);
		}
		return (all & mask) != 0u ? all & mask : 1u;
	}
	if (f->kind == LIBFFA_FIELD_ARRAY && !m->smc64) {
		return all & UINT64_C(0xFFFFFFFF);
	}
	return all;
}

static void add_frame(enum libffa_abi abi, bool smc64, libffa_version_t v)
{
	struct libffa_msg m;
	struct libffa_msg back;
	struct libffa_regs r;
	const struct libffa_layout *layout;
	unsigned int i;

	libffa_msg_init(&m, abi, LIBFFA_MSG_ARGS, smc64);
	layout = libffa_msg_layout(&m);
	for (i = 0; layout != NULL && i < layout->field_count; i++) {
		const struct libffa_field *f = &layout->fields[i];
		unsigned int n = f->kind == LIBFFA_FIELD_ARRAY ? f->width
				 : f->kind == LIBFFA_FIELD_BITS ||
						 f->kind == LIBFFA_FIELD_SPLIT
					 ? 1u
					 : 2u;

		for (unsigned int e = 0; e < n; e++) {
			if (libffa_field_present(layout, f, smc64, v, e) &&
			    libffa_msg_field_set(&m, f, e,
						 field_value(&m, f, e)) !=
				    LIBFFA_OK) {
				fprintf(stderr, "bench: cannot set %s\n",
					f->name);
				exit(1);
			}
		}
	}
	if (libffa_msg_encode(&m, v, &r) != LIBFFA_OK ||
	    libffa_msg_decode(&r, v, &back) != LIBFFA_OK ||
	    frame_count == MAX_FRAMES) {
		frames_skipped++;
		return;
	}
	msgs[frame_count] = m;
	frames[frame_count] = r;
	frame_version[frame_count] = v;
	frame_count++;
}

/*
 * A lower bound on the instructions any x86-64 implementation of the typed
 * entry points' contract (msg.h) executes for frame @i: not a measurement
 * but a count over the frame's layout, to read the measured means against
 * (BENCHMARKS.md "Session 6"). Each term is an operation the contract
 * cannot skip, at one instruction each (SSE2, the x86-64 base, moves 16
 * bytes at a time; an `or mem, reg` loads and checks a register at once):
 *  decode: every register of the frame is read and its reserved bits
 *    checked (x0-x7; x8-x17 too in an SMC64 frame at v1.2+, DEN0077A 1.2
 *    s11.2): 1 each, an array's registers included (load and store two at
 *    a time); 1 store per other register that carries a field, 1 per
 *    two array elements the frame does not carry (zeroed); fixed 12:
 *    two pointer checks (4), the known-version check (2), w0 against the
 *    ABI's ID (2), the reserved-bit branch (1), the smc64 out-value (1),
 *    the status and the return (2).
 *  encode: the 18 registers stored 16 bytes at a time (9); 1 load per
 *    field (a UUID's 16 bytes at once), 1 per two array elements; fixed 9: the
 *    pointer checks (4), the version (2), w0's value (1), status and
 *    return (2). Range checks of narrow fields are not counted.
 * The generic entry points add 5 each: the dispatch on the function number
 * or the ABI (load, bound check, jump) and the message header (2).
 */
static void frame_floor(unsigned int i, unsigned int *dec, unsigned int *enc)
{
	const struct libffa_msg *m = &msgs[i];
	const struct libffa_layout *layout = libffa_msg_layout(m);
	const libffa_version_t v = frame_version[i];
	const bool high = m->smc64 && libffa_version_uses_x8_x17(v);
	uint32_t field_regs = 0; /* registers with a non-array field */
	unsigned int loads = 0;
	unsigned int elems = 0;
	unsigned int absent = 0; /* array elements the frame does not carry */

	for (unsigned int f = 0; layout != NULL && f < layout->field_count;
	     f++) {
		const struct libffa_field *fd = &layout->fields[f];
		const unsigned int n = libffa_field_elems(fd);

		for (unsigned int e = 0; e < n; e++) {
			if (!libffa_field_present(layout, fd, m->smc64, v, e)) {
				absent += fd->kind == LIBFFA_FIELD_ARRAY ? 1u
									 : 0u;
				continue;
			}
			switch (fd->kind) {
			case LIBFFA_FIELD_ARRAY:
				elems++;
				break;
			case LIBFFA_FIELD_UUID_W: /* one 16-byte load */
				field_regs |= UINT32_C(0xF) << fd->reg;
				loads += e == 0u ? 1u : 0u;
				break;
			case LIBFFA_FIELD_UUID_X:
				field_regs |= UINT32_C(0x3) << fd->reg;
				loads += e == 0u ? 1u : 0u;
				break;
			case LIBFFA_FIELD_SPLIT:
				field_regs |= UINT32_C(1) << fd->lo;
				field_regs |= UINT32_C(1) << fd->reg;
				loads++;
				break;
			default:
				field_regs |= UINT32_C(1) << fd->reg;
				loads++;
				break;
			}
		}
	}
	*dec = (high ? 18u : 8u) +
	       (unsigned int)__builtin_popcount(field_regs) +
	       (absent + 1u) / 2u + 12u;
	*enc = 9u + loads + (elems + 1u) / 2u + 9u;
}

static void setup_frames(void)
{
	static const libffa_version_t versions[4] = {
		LIBFFA_VERSION_1_0, LIBFFA_VERSION_1_1, LIBFFA_VERSION_1_2,
		LIBFFA_VERSION_1_3};

	for (unsigned int a = 0; a < LIBFFA_ABI_COUNT; a++) {
		for (unsigned int w = 0; w < 2u; w++) {
			for (unsigned int k = 0; k < 4u; k++) {
				if (libffa_abi_exists((enum libffa_abi)a,
						      w != 0u, versions[k])) {
					add_frame((enum libffa_abi)a, w != 0u,
						  versions[k]);
				}
			}
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
			bench_decode_all(i);
			bench_encode_all(i);
#ifdef LIBFFA_TYPED_CODEC
			if (has_typed(i)) {
				bench_typed_decode_all(i);
				bench_typed_encode_all(i);
			}
#endif
		}
	}
	for (unsigned int n = 0; n < BENCH_ITERS / 10u; n++) {
		X512(CALL_FRAME)(void) 0;
	}
	/* Descriptor operations are larger; fewer iterations suffice. */
	for (unsigned int n = 0; n < BENCH_ITERS / 10u; n++) {
		bench_mem_build_1();
		bench_mem_parse_1();
		bench_mem_walk_1();
		bench_mem_read_1();
		bench_mem_copy_1();
		bench_mem_build_16();
		bench_mem_parse_16();
		bench_mem_walk_16();
		bench_mem_read_16();
		bench_mem_copy_16();
		bench_mem_build_256();
		bench_mem_parse_256();
		bench_mem_walk_256();
		bench_mem_read_256();
		bench_mem_copy_256();
		bench_mem_build_4096();
		bench_mem_parse_4096();
		bench_mem_walk_4096();
		bench_mem_read_4096();
		bench_mem_copy_4096();
		bench_reasm_4096();
		bench_partition_parse_16();
	}
	printf("bench: %u frames (every ABI x width x version 1.0-1.3, every "
	       "field non-zero; %u not encodable), descriptors of "
	       "%zu/%zu/%zu/%zu bytes, partition info %zu bytes\n",
	       frame_count, frames_skipped, mem_size[0], mem_size[1],
	       mem_size[2], mem_size[3], part_size);
	for (unsigned int i = 0; i < frame_count; i++) {
		const struct libffa_abi_info *row =
			libffa_abi_info(msgs[i].abi);

		unsigned int dec;
		unsigned int enc;

		frame_floor(i, &dec, &enc);
		printf("frame f%04o %s_%s v1.%u floor %u %u\n", i, row->name,
		       msgs[i].smc64 ? "64" : "32",
		       (unsigned int)(frame_version[i] & 0xFFFFu), dec, enc);
	}
	return 0;
}
