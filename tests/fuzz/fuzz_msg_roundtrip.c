/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * Round trips of the register codec for every ABI of the table, both
 * layouts and both widths. Input: byte 0 the version (1.0-1.3), byte 1 the
 * ABI (index into abi.def), byte 2 bit 0 SMC64, bit 1 the result layout;
 * then x1-x17 (little-endian; for an ABI answering in w0, x0 too).
 *  - frame -> message -> frame: the frame, with x0 the ABI's function ID
 *    (FFA_SUCCESS for a result), decoded tolerantly, re-encodes to itself
 *    without its reserved bits: exactly the bits the table gives a field
 *    present at the version and width (DEN0077A 1.2 s11.2: everything else
 *    is reserved, zero on the wire), unless the encoder refuses a value
 *    rule, which the strict decoder then refuses too; decoded strictly,
 *    it is accepted only when no reserved bit is set, and then to the
 *    same message;
 *  - message -> frame -> message: a message whose present fields are set
 *    from the same bytes (each value within its field) encodes, unless a
 *    value rule refuses it, and decodes strictly back to the same message.
 */
#include <stdlib.h>

#include <string.h>

#include "ffa/field.h"
#include "ffa/msg.h"

static const libffa_version_t versions[] = {
	LIBFFA_VERSION_1_0, LIBFFA_VERSION_1_1, LIBFFA_VERSION_1_2,
	LIBFFA_VERSION_1_3};

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void check(bool ok)
{
	if (!ok) {
		abort();
	}
}

static uint64_t low_bits(unsigned int n)
{
	return n >= 64u ? ~UINT64_C(0) : (UINT64_C(1) << n) - 1u;
}

/* The bits each register gives to fields present at @v (the oracle). */
static void field_mask(const struct libffa_layout *layout, bool smc64,
		       libffa_version_t v, uint64_t mask[LIBFFA_REGS_COUNT],
		       uint64_t ignored[LIBFFA_REGS_COUNT])
{
	uint64_t word = smc64 ? ~UINT64_C(0) : 0xFFFFFFFFu;
	unsigned int i;
	unsigned int e;

	memset(mask, 0, sizeof(uint64_t) * LIBFFA_REGS_COUNT);
	memset(ignored, 0, sizeof(uint64_t) * LIBFFA_REGS_COUNT);
	for (i = 0; i < layout->field_count; i++) {
		const struct libffa_field *f = &layout->fields[i];

		switch ((enum libffa_field_kind)f->kind) {
		case LIBFFA_FIELD_BITS:
			if (libffa_field_present(layout, f, smc64, v, 0)) {
				mask[f->reg] |= low_bits(f->width) << f->lo;
				/* The upper half of a signed 32-bit error code
				 * is ignored, not reserved (abi.def, BITS). */
				if (f->is_signed && f->width == 32u) {
					ignored[f->reg] |=
						~UINT64_C(0xFFFFFFFF);
				}
			}
			break;
		case LIBFFA_FIELD_SPLIT:
			if (libffa_field_present(layout, f, smc64, v, 0)) {
				mask[f->reg] |= 0xFFFFFFFFu;
				mask[f->lo] |= 0xFFFFFFFFu;
			}
			break;
		case LIBFFA_FIELD_UUID_W:
			if (libffa_field_present(layout, f, smc64, v, 0)) {
				for (e = 0; e < 4u; e++) {
					mask[f->reg + e] |= 0xFFFFFFFFu;
				}
			}
			break;
		case LIBFFA_FIELD_UUID_X:
			if (libffa_field_present(layout, f, smc64, v, 0)) {
				mask[f->reg] = ~UINT64_C(0);
				mask[f->reg + 1u] = ~UINT64_C(0);
			}
			break;
		case LIBFFA_FIELD_ARRAY:
			for (e = 0; e < f->width; e++) {
				if (libffa_field_present(layout, f, smc64, v,
							 e)) {
					mask[f->reg + e] = ~UINT64_C(0);
				}
			}
			break;
		}
	}
	for (i = 0; i < LIBFFA_REGS_COUNT; i++) {
		mask[i] &= word;
	}
}

static bool answers_in_w0(enum libffa_abi abi)
{
	const struct libffa_layout *r =
		libffa_abi_layout(abi, LIBFFA_MSG_RESULT);

	return r != NULL && r->field_count != 0u && r->fields[0].reg == 0u;
}

static libffa_status_t decode(const struct libffa_regs *regs,
			      libffa_version_t v, enum libffa_abi abi,
			      enum libffa_msg_kind kind, unsigned int flags,
			      struct libffa_msg *msg)
{
	/* A decode writes only its layout's fields (msg.h): start from zero
	 * so that two messages compare whole. */
	memset(msg, 0, sizeof(*msg));
	if (kind == LIBFFA_MSG_RESULT) {
		return libffa_msg_decode_reply(regs, v, abi, flags, msg, NULL);
	}
	return libffa_msg_decode_ex(regs, v, flags, msg, NULL);
}

static void frame_round_trip(const struct libffa_regs *in, libffa_version_t v,
			     enum libffa_abi abi, enum libffa_msg_kind kind,
			     bool smc64)
{
	const struct libffa_layout *layout = libffa_abi_layout(abi, kind);
	uint64_t mask[LIBFFA_REGS_COUNT];
	uint64_t ignored[LIBFFA_REGS_COUNT];
	struct libffa_msg msg;
	struct libffa_msg strict;
	struct libffa_regs out;
	struct libffa_regs bare;
	bool reserved = false;
	unsigned int n;
	unsigned int i;

	if (decode(in, v, abi, kind, LIBFFA_DECODE_TOLERANT, &msg) !=
	    LIBFFA_OK) {
		return;
	}
	check(msg.abi == abi && msg.kind == kind);
	field_mask(layout, msg.smc64, v, mask, ignored);
	if (kind == LIBFFA_MSG_ARGS || !answers_in_w0(abi)) {
		mask[0] = 0xFFFFFFFFu; /* the function ID */
		check(msg.smc64 == smc64);
	}
	/* The registers the frame's convention carries (DEN0028 1.2 s2.6):
	 * w0-w7 of SMC32, x0-x17 of SMC64 from v1.2; a bare w0 answer is w0.
	 */
	n = libffa_abi_regs_in_use(msg.smc64, v);
	if (kind == LIBFFA_MSG_RESULT && answers_in_w0(abi)) {
		n = 1;
	}
	for (i = 0; i < LIBFFA_REGS_COUNT; i++) {
		uint64_t view =
			i < n ? (msg.smc64 ? ~UINT64_C(0) : 0xFFFFFFFFu) : 0u;

		bare.x[i] = in->x[i] & mask[i];
		if ((in->x[i] & view & ~mask[i] & ~ignored[i]) != 0u) {
			reserved = true;
		}
	}
	if (libffa_msg_encode(&msg, v, &out) != LIBFFA_OK) {
		/* Tolerance skips the value rules (including bits a field's
		 * value makes reserved), the encoder keeps them: the strict
		 * decoder must refuse the frame without its reserved bits too.
		 */
		check(decode(&bare, v, abi, kind, 0, &strict) != LIBFFA_OK);
		return;
	}
	for (i = 0; i < LIBFFA_REGS_COUNT; i++) {
		check(out.x[i] == bare.x[i]);
	}
	/* Strictly, a frame with a reserved bit set never decodes. */
	if (decode(in, v, abi, kind, 0, &strict) == LIBFFA_OK) {
		check(!reserved && memcmp(&strict, &msg, sizeof(msg)) == 0);
	}
}

static uint64_t take(const uint8_t **p, const uint8_t *end)
{
	uint64_t v = 0;
	unsigned int i;

	for (i = 0; i < 8u && *p < end; i++, (*p)++) {
		v |= (uint64_t) * *p << (8u * i);
	}
	return v;
}

static void message_round_trip(const uint8_t *p, const uint8_t *end,
			       libffa_version_t v, enum libffa_abi abi,
			       enum libffa_msg_kind kind, bool smc64)
{
	const struct libffa_layout *layout;
	struct libffa_msg msg;
	struct libffa_msg back;
	struct libffa_regs regs;
	uint64_t word = smc64 ? ~UINT64_C(0) : 0xFFFFFFFFu;
	unsigned int i;
	unsigned int e;

	libffa_msg_init(&msg, abi, kind, smc64);
	layout = libffa_msg_layout(&msg);
	check(layout != NULL);
	for (i = 0; i < layout->field_count; i++) {
		const struct libffa_field *f = &layout->fields[i];
		unsigned int n = f->kind == LIBFFA_FIELD_ARRAY ? f->width
				 : f->kind == LIBFFA_FIELD_UUID_W ||
						 f->kind == LIBFFA_FIELD_UUID_X
					 ? 2u
					 : 1u;

		for (e = 0; e < n; e++) {
			uint64_t val = take(&p, end);

			if (!libffa_field_present(
				    layout, f, smc64, v,
				    f->kind == LIBFFA_FIELD_ARRAY ? e : 0u)) {
				continue;
			}
			switch ((enum libffa_field_kind)f->kind) {
			case LIBFFA_FIELD_BITS:
				val &= low_bits(f->width);
				if (f->is_signed && f->width < 64u &&
				    (val >> (f->width - 1u)) != 0u) {
					val |= ~low_bits(f->width);
				}
				break;
			case LIBFFA_FIELD_ARRAY:
				val &= word;
				break;
			case LIBFFA_FIELD_SPLIT:
			case LIBFFA_FIELD_UUID_W:
			case LIBFFA_FIELD_UUID_X:
				break;
			}
			check(libffa_msg_field_set(&msg, f, e, val) ==
			      LIBFFA_OK);
		}
	}
	if (libffa_msg_encode(&msg, v, &regs) != LIBFFA_OK) {
		return; /* a value rule refused it */
	}
	check(decode(&regs, v, abi, kind, 0, &back) == LIBFFA_OK &&
	      memcmp(&back, &msg, sizeof(msg)) == 0);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct libffa_regs regs;
	enum libffa_msg_kind kind;
	enum libffa_abi abi;
	libffa_version_t v;
	bool smc64;
	size_t i;

	if (size < 3u) {
		return 0;
	}
	v = versions[data[0] & 3u];
	abi = (enum libffa_abi)(data[1] % LIBFFA_ABI_COUNT);
	smc64 = (data[2] & 1u) != 0u;
	kind = (data[2] & 2u) != 0u ? LIBFFA_MSG_RESULT : LIBFFA_MSG_ARGS;
	if (!libffa_abi_exists(abi, smc64, v) ||
	    libffa_abi_layout(abi, kind) == NULL) {
		return 0;
	}
	libffa_regs_clear(&regs);
	for (i = 3; i < size && i < 3u + 8u * LIBFFA_REGS_COUNT; i++) {
		regs.x[(i - 3u) / 8u] |= (uint64_t)data[i]
					 << (8u * ((i - 3u) % 8u));
	}
	if (kind == LIBFFA_MSG_ARGS) {
		regs.x[0] = libffa_abi_fid(abi, smc64);
	} else if (!answers_in_w0(abi)) {
		regs.x[0] = libffa_abi_fid(LIBFFA_ABI_SUCCESS, smc64);
	}
	frame_round_trip(&regs, v, abi, kind, smc64);
	message_round_trip(data + 3, data + size, v, abi, kind, smc64);
	return 0;
}
