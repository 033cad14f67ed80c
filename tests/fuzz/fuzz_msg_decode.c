/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * Fuzz the register decoder. Input: byte 0 picks the version (1.0-1.3, or
 * an unknown one), byte 1 the decode flags and the call a reply answers,
 * then up to 18 little-endian registers.
 * Properties: no crash or sanitizer report; a frame that
 * decodes strictly re-encodes to the same registers within its convention's
 * view and zero elsewhere, and decodes again to the same message; the typed
 * entry points of the call's ABI (msg.h) give the generic codec's verdicts,
 * fault reports, fields and frames.
 */
#include <stdlib.h>

#include <string.h>

#include "ffa/field.h"
#include "ffa/msg.h"
#include "ffa/print.h"

static const libffa_version_t versions[] = {
	LIBFFA_VERSION_1_0, LIBFFA_VERSION_1_1,	  LIBFFA_VERSION_1_2,
	LIBFFA_VERSION_1_3, LIBFFA_VERSION(1, 4),
};

static void frame_from(const uint8_t *data, size_t size,
		       struct libffa_regs *regs)
{
	size_t i;

	memset(regs, 0, sizeof(*regs));
	for (i = 0; i < size && i < 8u * LIBFFA_REGS_COUNT; i++) {
		regs->x[i / 8u] |= (uint64_t)data[i] << (8u * (i % 8u));
	}
}

/* The registers a frame of this convention and version carries. */
static unsigned int regs_in_view(const struct libffa_msg *msg,
				 libffa_version_t v)
{
	return libffa_abi_regs_in_use(msg->smc64, v);
}

/*
 * Bits the table marks as ignored rather than reserved: the upper half of a
 * register holding a signed 32-bit error code (abi.def, KIND BITS).
 */
static uint64_t ignored_bits(const struct libffa_msg *msg, libffa_version_t v,
			     unsigned int reg)
{
	const struct libffa_layout *layout = libffa_msg_layout(msg);
	unsigned int i;

	for (i = 0; i < layout->field_count; i++) {
		const struct libffa_field *f = &layout->fields[i];

		if (f->reg == reg && f->kind == LIBFFA_FIELD_BITS &&
		    f->is_signed && f->width == 32u &&
		    libffa_field_present(layout, f, msg->smc64, v, 0)) {
			return ~UINT64_C(0xFFFFFFFF);
		}
	}
	return 0;
}

static void check_round_trip(const struct libffa_regs *in,
			     const struct libffa_msg *msg, libffa_version_t v)
{
	struct libffa_regs out;
	struct libffa_msg again;
	unsigned int n = regs_in_view(msg, v);
	unsigned int i;

	if (libffa_msg_encode(msg, v, &out) != LIBFFA_OK) {
		abort();
	}
	for (i = 0; i < LIBFFA_REGS_COUNT; i++) {
		uint64_t view = msg->smc64 ? ~UINT64_C(0) : 0xFFFFFFFFu;
		uint64_t want;

		/* Ignored bits may differ, and re-encode as zero. */
		view &= ~ignored_bits(msg, v, i);
		want = i < n ? (in->x[i] & view) : 0u;

		if (i == 0) {
			want = in->x[0] & 0xFFFFFFFFu;
		}
		if (out.x[i] != want) {
			abort();
		}
	}
	/* Decode writes the header and the layout's fields only. */
	memset(&again, 0, sizeof(again));
	if (libffa_msg_decode(&out, v, &again) != LIBFFA_OK ||
	    memcmp(&again, msg, sizeof(again)) != 0) {
		abort();
	}
}

static void same_fault(const struct libffa_msg_fault *a,
		       const struct libffa_msg_fault *b)
{
	if (a->reg != b->reg || a->bits != b->bits || a->field != b->field) {
		abort();
	}
}

/* The typed encoder's frame (or refusal) is the generic encoder's. */
static void same_encode(libffa_status_t typed_st,
			const struct libffa_regs *typed,
			const struct libffa_msg *msg, libffa_version_t v)
{
	struct libffa_regs generic;

	if (libffa_msg_encode(msg, v, &generic) != typed_st ||
	    memcmp(&generic, typed, sizeof(generic)) != 0) {
		abort();
	}
}

/*
 * One typed decoder (@pfx args or result) of @lc on the frame the generic
 * path decoded into msg (status gs, fault gf): the same verdict, fault
 * report, convention and fields; then its encoder's frame into out.
 */
/* clang-format off */
#define SAME_TYPED_(pfx, lc) \
	{ \
		struct libffa_##pfx##_##lc t; \
		memset(&t, 0, sizeof(t)); \
		ts = libffa_##pfx##_decode_##lc(regs, v, flags, &t, &smc64, &tf); \
		same_fault(&gf, &tf); \
		if (ts != gs) { \
			abort(); \
		} \
		if (ts != LIBFFA_OK) { \
			return; \
		} \
		if (smc64 != msg.smc64 || memcmp(&t, &msg.pfx.lc, sizeof(t)) != 0) { \
			abort(); \
		} \
		ts = libffa_##pfx##_encode_##lc(&t, smc64, v, &out); \
		break; \
	}
/* clang-format on */

/*
 * @call's typed args decoder on a frame that names @call (its function
 * number): libffa_msg_decode_ex()'s verdict, fault report and fields.
 */
static void check_typed_args(const struct libffa_regs *regs, libffa_version_t v,
			     unsigned int flags, enum libffa_abi call)
{
	struct libffa_msg msg;
	struct libffa_msg_fault gf;
	struct libffa_msg_fault tf;
	struct libffa_regs out;
	libffa_status_t gs;
	libffa_status_t ts;
	bool smc64 = false;

	memset(&msg, 0, sizeof(msg));
	gs = libffa_msg_decode_ex(regs, v, flags, &msg, &gf);
	if (msg.abi != call) {
		return; /* the frame names another ABI */
	}
	msg.sve_hint = false; /* the typed encoders set no hint */
	switch (call) {
		/* clang-format off */
#define LIBFFA_ARGS_BEGIN(NAME, lc, wide) \
	case LIBFFA_ABI_##NAME: \
		SAME_TYPED_(args, lc)
#include "ffa/abi.def"
		/* clang-format on */
	default:
		return;
	}
	same_encode(ts, &out, &msg, v);
}

/*
 * @call's typed result decoder on a frame the generic reply decoder took as
 * @call's result: the same verdict, fields and frame.
 */
static void check_typed_result(const struct libffa_regs *regs,
			       libffa_version_t v, unsigned int flags,
			       enum libffa_abi call)
{
	struct libffa_msg msg;
	struct libffa_msg_fault gf;
	struct libffa_msg_fault tf;
	struct libffa_regs out;
	libffa_status_t gs;
	libffa_status_t ts;
	bool smc64 = false;

	memset(&msg, 0, sizeof(msg));
	gs = libffa_msg_decode_reply(regs, v, call, flags, &msg, &gf);
	if (msg.kind != LIBFFA_MSG_RESULT) {
		return; /* not a result: decoded as a frame of its own */
	}
	switch (call) {
		/* clang-format off */
#define LIBFFA_RESULT_BEGIN(NAME, lc, wide) \
	case LIBFFA_ABI_##NAME: \
		SAME_TYPED_(result, lc)
#include "ffa/abi.def"
		/* clang-format on */
	default:
		return;
	}
	same_encode(ts, &out, &msg, v);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct libffa_regs regs;
	struct libffa_msg msg;
	struct libffa_msg_fault fault;
	libffa_version_t v;
	unsigned int flags;
	enum libffa_abi call;
	char line[512];
	struct libffa_print_work work;

	if (size < 2) {
		return 0;
	}
	v = versions[data[0] % (sizeof(versions) / sizeof(versions[0]))];
	flags = data[1] & 1u;
	call = (enum libffa_abi)((data[1] >> 1) % LIBFFA_ABI_COUNT);
	frame_from(data + 2, size - 2, &regs);

	memset(&msg, 0, sizeof(msg));
	if (libffa_msg_decode_ex(&regs, v, flags, &msg, &fault) == LIBFFA_OK) {
		(void)libffa_print_msg(line, sizeof(line), &msg, v);
		if (flags == 0u) {
			check_round_trip(&regs, &msg, v);
		}
	}
	(void)libffa_print_regs(line, sizeof(line), &regs, v, &work);
	check_typed_args(&regs, v, flags, call);
	check_typed_result(&regs, v, flags, call);
	if (libffa_msg_decode_reply(&regs, v, call, flags, &msg, &fault) ==
	    LIBFFA_OK) {
		/* Re-encoding a reply must not fail or overrun either. */
		if (libffa_msg_encode(&msg, v, &regs) != LIBFFA_OK &&
		    flags == 0u) {
			abort();
		}
	}
	return 0;
}
