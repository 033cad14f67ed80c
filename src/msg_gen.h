/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * The codec generator: macros that expand each field row of abi.def into
 * straight-line C inside the per-layout decoder and encoder of
 * msg_codec.c. Every figure a row gives (register, bits, versions) is a
 * compile-time constant; what is left at run time is the version and
 * convention of the frame. A field's version gate becomes a mask (all ones
 * when the field is in the frame, else zero) computed once per distinct
 * gate, so a field costs a load, a shift/AND and a store, with no branch,
 * and the reserved bits of each register fold to a constant per gate.
 *
 * The decoder's frame: x (the registers), version, smc64, view (~0, or the
 * w view of an SMC32 frame), wide (x8-x17 carry an array), b (the
 * layout's struct), c1..c7 (bits of x1..x7 that fields read: constants
 * for ungated fields), hcov (an array reads x8-x17).
 * The encoder's frame: the same names, o0..o7 (x0..x7 being built), v.
 */
#ifndef LIBFFA_MSG_GEN_H
#define LIBFFA_MSG_GEN_H

#include "ffa/msg.h"

#include "internal.h"

/* clang-format off */

#define LIBFFA_G_CAT2_(a, b) a##b
#define LIBFFA_G_CAT_(a, b) LIBFFA_G_CAT2_(a, b)
/* The claim and output variables of register r (a literal of abi.def). */
#define LIBFFA_G_C_(r) LIBFFA_G_CAT_(c, r)
#define LIBFFA_G_O_(r) LIBFFA_G_CAT_(o, r)
/* r + 1 as a token, for the second register of a UUID pair. */
#define LIBFFA_G_NEXT_0 1
#define LIBFFA_G_NEXT_1 2
#define LIBFFA_G_NEXT_2 3
#define LIBFFA_G_NEXT_3 4
#define LIBFFA_G_NEXT_4 5
#define LIBFFA_G_NEXT_5 6
#define LIBFFA_G_NEXT_6 7
#define LIBFFA_G_NEXT_(r) LIBFFA_G_CAT_(LIBFFA_G_NEXT_, r)

#define LIBFFA_G_WORD_ UINT64_C(0xFFFFFFFF)
#define LIBFFA_G_ONES_ (~UINT64_C(0))
/* Bits [lo + width - 1 : lo], width 1..64. */
#define LIBFFA_G_MASK_(lo, width) \
	((((UINT64_C(1) << ((width) - 1u)) << 1u) - 1u) << (lo))

/* A signed integer type (error codes; abi.def has only 32-bit ones). */
#define LIBFFA_G_SIGNED_(ctype) ((ctype)((ctype)0 - 1) < (ctype)1)
/* A 32-bit wire value as a signed field: sign-extended, no overflow. */
#define LIBFFA_G_FROM_WIRE_(ctype, v) \
	(LIBFFA_G_SIGNED_(ctype) ? \
		 (ctype)((int64_t)(v) - (int64_t)(((v) >> 31) & 1u) * ((int64_t)1 << 32)) : \
		 (ctype)(v))
/* A field's value as wire bits (a signed value cut to its width). */
#define LIBFFA_G_TO_WIRE_(ctype, value, width) \
	(LIBFFA_G_SIGNED_(ctype) ? \
		 (uint64_t)(int64_t)(value) & LIBFFA_G_MASK_(0u, width) : \
		 (uint64_t)(value))

/*
 * A 32-bit error code is read from wN even in an SMC64 frame: producers
 * disagree on sign extension (docs/fact-check.md item 10), so it claims the whole
 * register and its upper half is neither read nor reserved.
 */
#define LIBFFA_G_CLAIM_BITS_(ctype, lo, width) \
	((LIBFFA_G_SIGNED_(ctype) && (lo) == 0 && (width) == 32) ? \
		 LIBFFA_G_ONES_ : LIBFFA_G_MASK_(lo, width))

/* Is the version in [since, until)? until 0: no end. */
#define LIBFFA_G_VIN_(since, until) libffa_codec_in_range_(version, since, until)
/* The same for a known version (the entry points check it first). */
#define LIBFFA_G_HAS_(since, until) \
	(((since) == LIBFFA_VERSION_MIN && (until) == 0u) || LIBFFA_G_VIN_(since, until))
/*
 * The field's gate as a mask: all ones when the frame's version has it.
 * Ungated fields (since 1.0, no end) fold to a constant.
 */
#define LIBFFA_G_PM_(since, until) \
	(LIBFFA_G_HAS_(since, until) ? LIBFFA_G_ONES_ : UINT64_C(0))
/*
 * The bits of a register a field reads: an SMC32 frame is the w view
 * (DEN0028 1.2 s2.6); a field inside bits[31:0] needs no view.
 */
#define LIBFFA_G_VIEW_(lo, width) ((lo) + (width) <= 32 ? LIBFFA_G_ONES_ : view)

/* Does register r lie in [first, first + n)? */
#define LIBFFA_G_IN_(r, first, n) ((r) >= (first) && (r) < (first) + (n))
/* Claim @bits of each of the registers [first, first + n) within x1..x7. */
#define LIBFFA_G_CLAIMS_(first, n, bits) \
	c1 |= LIBFFA_G_IN_(1, first, n) ? (bits) : UINT64_C(0); \
	c2 |= LIBFFA_G_IN_(2, first, n) ? (bits) : UINT64_C(0); \
	c3 |= LIBFFA_G_IN_(3, first, n) ? (bits) : UINT64_C(0); \
	c4 |= LIBFFA_G_IN_(4, first, n) ? (bits) : UINT64_C(0); \
	c5 |= LIBFFA_G_IN_(5, first, n) ? (bits) : UINT64_C(0); \
	c6 |= LIBFFA_G_IN_(6, first, n) ? (bits) : UINT64_C(0); \
	c7 |= LIBFFA_G_IN_(7, first, n) ? (bits) : UINT64_C(0);

/* Elements of an array that x0-x7 hold. */
#define LIBFFA_G_LOW_COUNT_(reg, width) \
	((reg) + (width) <= 8 ? (unsigned int)(width) : 8u - (unsigned int)(reg))

/* abi.def's shapes the generator relies on. */
#define LIBFFA_G_SHAPE_(KIND, reg, lo, width) \
	LIBFFA_STATIC_ASSERT(LIBFFA_G_SHAPE_##KIND(reg, lo, width), \
			     "abi.def: field outside the shapes of msg_gen.h");
#define LIBFFA_G_SHAPE_BITS(reg, lo, width) ((reg) < 8 && (lo) + (width) <= 64)
#define LIBFFA_G_SHAPE_SPLIT(reg, lo, width) ((reg) < 8 && (lo) < 8)
#define LIBFFA_G_SHAPE_UUID_W(reg, lo, width) ((reg) + 3 < 8)
#define LIBFFA_G_SHAPE_UUID_X(reg, lo, width) ((reg) + 1 < 8)
/* An array in x8-x17 runs to x17: those registers are all or nothing. */
#define LIBFFA_G_SHAPE_ARRAY(reg, lo, width) \
	((reg) >= 1 && ((reg) + (width) <= 8 || (reg) + (width) == 18) && (reg) < 8)

/* ---- Decode: one statement per field ------------------------------------ */

#define LIBFFA_G_DEC_BITS(nm, ctype, reg, lo, width, since, until) \
	LIBFFA_STATIC_ASSERT(!LIBFFA_G_SIGNED_(ctype) || ((lo) == 0 && (width) == 32), \
			     "abi.def: signed fields are 32-bit words"); \
	{ \
		const uint64_t pm_ = LIBFFA_G_PM_(since, until); \
		const uint64_t v_ = ((x[reg] & LIBFFA_G_VIEW_(lo, width)) >> (lo)) & \
				    LIBFFA_G_MASK_(0u, width) & pm_; \
		b->nm = LIBFFA_G_FROM_WIRE_(ctype, v_); \
		LIBFFA_G_C_(reg) |= LIBFFA_G_CLAIM_BITS_(ctype, lo, width) & pm_; \
	}
#define LIBFFA_G_DEC_SPLIT(nm, ctype, reg, lo, width, since, until) \
	{ \
		const uint64_t pm_ = LIBFFA_G_PM_(since, until); \
		b->nm = ((x[reg] & LIBFFA_G_WORD_) | (x[lo] << 32)) & pm_; \
		LIBFFA_G_C_(reg) |= LIBFFA_G_WORD_ & pm_; \
		LIBFFA_G_C_(lo) |= LIBFFA_G_WORD_ & pm_; \
	}
#define LIBFFA_G_DEC_UUID_W(nm, ctype, reg, lo, width, since, until) \
	{ \
		const uint64_t pm_ = LIBFFA_G_PM_(since, until); \
		libffa_le64_store_(&b->nm.bytes[0], \
				   ((x[reg] & LIBFFA_G_WORD_) | (x[(reg) + 1] << 32)) & pm_); \
		libffa_le64_store_(&b->nm.bytes[8], \
				   ((x[(reg) + 2] & LIBFFA_G_WORD_) | (x[(reg) + 3] << 32)) & pm_); \
		LIBFFA_G_CLAIMS_(reg, 4, LIBFFA_G_WORD_ & pm_) \
	}
/* A UUID in two whole registers: SMC64 only. */
#define LIBFFA_G_DEC_UUID_X(nm, ctype, reg, lo, width, since, until) \
	{ \
		const uint64_t pm_ = LIBFFA_G_PM_(since, until) & (smc64 ? LIBFFA_G_ONES_ : 0u); \
		libffa_le64_store_(&b->nm.bytes[0], x[reg] & pm_); \
		libffa_le64_store_(&b->nm.bytes[8], x[(reg) + 1] & pm_); \
		LIBFFA_G_CLAIMS_(reg, 2, pm_) \
	}
/*
 * Arrays, element by element without a loop: element k of one in x0-x7
 * (k < LIBFFA_G_LOW_COUNT_), and element k of the ten in x8-x17 (an
 * array there runs to x17). The index is clamped so that the statements
 * of a shorter array still compile; their condition folds them away.
 */
#define LIBFFA_G_LOW_(reg, width, k) \
	((k) < LIBFFA_G_LOW_COUNT_(reg, width) ? (unsigned int)(k) : 0u)
#define LIBFFA_G_HIGH_(reg, width, k) \
	(LIBFFA_G_LOW_COUNT_(reg, width) + (k) < (unsigned int)(width) ? \
		 LIBFFA_G_LOW_COUNT_(reg, width) + (unsigned int)(k) : 0u)
#define LIBFFA_G_REP7_(M, a, b, c) M(a, b, c, 0) M(a, b, c, 1) M(a, b, c, 2) \
	M(a, b, c, 3) M(a, b, c, 4) M(a, b, c, 5) M(a, b, c, 6)
#define LIBFFA_G_REP10_(M, a, b, c) LIBFFA_G_REP7_(M, a, b, c) \
	M(a, b, c, 7) M(a, b, c, 8) M(a, b, c, 9)
#define LIBFFA_G_OR10_(nm, reg, width) \
	(b->nm[LIBFFA_G_HIGH_(reg, width, 0)] | b->nm[LIBFFA_G_HIGH_(reg, width, 1)] | \
	 b->nm[LIBFFA_G_HIGH_(reg, width, 2)] | b->nm[LIBFFA_G_HIGH_(reg, width, 3)] | \
	 b->nm[LIBFFA_G_HIGH_(reg, width, 4)] | b->nm[LIBFFA_G_HIGH_(reg, width, 5)] | \
	 b->nm[LIBFFA_G_HIGH_(reg, width, 6)] | b->nm[LIBFFA_G_HIGH_(reg, width, 7)] | \
	 b->nm[LIBFFA_G_HIGH_(reg, width, 8)] | b->nm[LIBFFA_G_HIGH_(reg, width, 9)])

/*
 * Decode: the x0-x7 part copied whole in an SMC64 frame, through the w view
 * in an SMC32 one; the x8-x17 part only in a wide frame (else zero). No
 * memcpy/memset: a call there would cost every decoder a larger frame.
 */
#define LIBFFA_G_DEC_EL_(nm, reg, width, k) \
	if ((k) < LIBFFA_G_LOW_COUNT_(reg, width)) { \
		b->nm[LIBFFA_G_LOW_(reg, width, k)] = \
			x[(reg) + LIBFFA_G_LOW_(reg, width, k)] & m_; \
	}
#define LIBFFA_G_DEC_CP_(nm, reg, width, k) \
	if ((k) < LIBFFA_G_LOW_COUNT_(reg, width)) { \
		b->nm[LIBFFA_G_LOW_(reg, width, k)] = x[(reg) + LIBFFA_G_LOW_(reg, width, k)]; \
	}
#define LIBFFA_G_DEC_HI_(nm, reg, width, k) \
	b->nm[LIBFFA_G_HIGH_(reg, width, k)] = x[8 + (k)];
#define LIBFFA_G_DEC_HI0_(nm, reg, width, k) b->nm[LIBFFA_G_HIGH_(reg, width, k)] = 0;
#if defined(__OPTIMIZE_SIZE__)
/* Size first (-Os): the same copies as loops. */
#define LIBFFA_G_DEC_ARRAY(nm, ctype, reg, lo, width, since, until) \
	{ \
		const uint64_t pm_ = LIBFFA_G_PM_(since, until); \
		const uint64_t m_ = view & pm_; \
		unsigned int k_; \
		for (k_ = 0; k_ < LIBFFA_G_LOW_COUNT_(reg, width); k_++) { \
			b->nm[k_] = x[(reg) + k_] & m_; \
		} \
		if ((reg) + (width) > 8) { \
			const uint64_t hm_ = (wide && pm_ != 0u) ? LIBFFA_G_ONES_ : 0u; \
			for (k_ = 0; k_ < 10u; k_++) { \
				b->nm[LIBFFA_G_HIGH_(reg, width, k_)] = x[8u + k_] & hm_; \
			} \
			hcov = hcov || hm_ != 0u; \
		} \
		LIBFFA_G_CLAIMS_(reg, LIBFFA_G_LOW_COUNT_(reg, width), pm_) \
	}
#else
#define LIBFFA_G_DEC_ARRAY(nm, ctype, reg, lo, width, since, until) \
	{ \
		const uint64_t pm_ = LIBFFA_G_PM_(since, until); \
		const uint64_t m_ = view & pm_; \
		if (m_ == LIBFFA_G_ONES_) { \
			LIBFFA_G_REP7_(LIBFFA_G_DEC_CP_, nm, reg, width) \
		} else { \
			LIBFFA_G_REP7_(LIBFFA_G_DEC_EL_, nm, reg, width) \
		} \
		if ((reg) + (width) > 8) { \
			if (wide && pm_ != 0u) { \
				LIBFFA_G_REP10_(LIBFFA_G_DEC_HI_, nm, reg, width) \
				hcov = true; \
			} else { \
				LIBFFA_G_REP10_(LIBFFA_G_DEC_HI0_, nm, reg, width) \
			} \
		} \
		LIBFFA_G_CLAIMS_(reg, LIBFFA_G_LOW_COUNT_(reg, width), pm_) \
	}
#endif
#define LIBFFA_G_DEC_(KIND, nm, ctype, reg, lo, width, since, until) \
	LIBFFA_G_SHAPE_(KIND, reg, lo, width) \
	LIBFFA_G_DEC_##KIND(nm, ctype, reg, lo, width, since, until)

/* ---- Encode: one statement per field ------------------------------------ */

/*
 * A value a frame cannot carry: too wide for its field or the convention
 * (E_INVAL), or non-zero in a field the version does not have
 * (E_VERSION). No field of abi.def is absent for its register alone (the
 * shapes above), so the version decides which.
 */
#define LIBFFA_G_REFUSE_(since, until) \
	{ \
		status = LIBFFA_G_HAS_(since, until) ? LIBFFA_E_INVAL : LIBFFA_E_VERSION; \
		goto fail; \
	}

/*
 * A field's value must fit the bits it may use (none when absent); then
 * it is ORed in unconditionally (an absent field is zero by then).
 */
#define LIBFFA_G_ENC_BITS(nm, ctype, reg, lo, width, since, until) \
	v = LIBFFA_G_TO_WIRE_(ctype, b->nm, width); \
	if ((v & ~(LIBFFA_G_MASK_(0u, width) & (LIBFFA_G_VIEW_(lo, width) >> (lo)) & \
		   LIBFFA_G_PM_(since, until))) != 0u) \
		LIBFFA_G_REFUSE_(since, until) \
	LIBFFA_G_O_(reg) |= v << (lo);
#define LIBFFA_G_ENC_SPLIT(nm, ctype, reg, lo, width, since, until) \
	v = b->nm; \
	if ((v & ~LIBFFA_G_PM_(since, until)) != 0u) \
		LIBFFA_G_REFUSE_(since, until) \
	LIBFFA_G_O_(reg) |= v & LIBFFA_G_WORD_; \
	LIBFFA_G_O_(lo) |= v >> 32;
#define LIBFFA_G_ENC_UUID_W(nm, ctype, reg, lo, width, since, until) \
	{ \
		const uint64_t u0_ = libffa_le64_load_(&b->nm.bytes[0]); \
		const uint64_t u1_ = libffa_le64_load_(&b->nm.bytes[8]); \
		if (((u0_ | u1_) & ~LIBFFA_G_PM_(since, until)) != 0u) \
			LIBFFA_G_REFUSE_(since, until) \
		LIBFFA_G_O_(reg) = u0_ & LIBFFA_G_WORD_; \
		LIBFFA_G_O_(LIBFFA_G_NEXT_(reg)) = u0_ >> 32; \
		LIBFFA_G_O_(LIBFFA_G_NEXT_(LIBFFA_G_NEXT_(reg))) = u1_ & LIBFFA_G_WORD_; \
		LIBFFA_G_O_(LIBFFA_G_NEXT_(LIBFFA_G_NEXT_(LIBFFA_G_NEXT_(reg)))) = u1_ >> 32; \
	}
#define LIBFFA_G_ENC_UUID_X(nm, ctype, reg, lo, width, since, until) \
	{ \
		const uint64_t u0_ = libffa_le64_load_(&b->nm.bytes[0]); \
		const uint64_t u1_ = libffa_le64_load_(&b->nm.bytes[8]); \
		if (((u0_ | u1_) & ~(LIBFFA_G_PM_(since, until) & \
				     (smc64 ? LIBFFA_G_ONES_ : 0u))) != 0u) \
			LIBFFA_G_REFUSE_(since, until) \
		LIBFFA_G_O_(reg) = u0_; \
		LIBFFA_G_O_(LIBFFA_G_NEXT_(reg)) = u1_; \
	}
/*
 * Arrays write their registers directly (every element, zeros too): all
 * of them in a wide frame, else those in x0-x7 (in the convention's view)
 * and the rest must be zero (E_INVAL when an SMC64 frame of the version
 * could carry them).
 */
#define LIBFFA_G_ENC_EL_(nm, reg, width, k) \
	if ((k) < LIBFFA_G_LOW_COUNT_(reg, width)) { \
		v = b->nm[LIBFFA_G_LOW_(reg, width, k)]; \
		over_ |= v & ~m_; \
		regs->x[(reg) + LIBFFA_G_LOW_(reg, width, k)] = v; \
	}
#define LIBFFA_G_ENC_CP_(nm, reg, width, k) \
	if ((k) < LIBFFA_G_LOW_COUNT_(reg, width)) { \
		regs->x[(reg) + LIBFFA_G_LOW_(reg, width, k)] = b->nm[LIBFFA_G_LOW_(reg, width, k)]; \
	}
#define LIBFFA_G_ENC_HI_(nm, reg, width, k) \
	regs->x[8 + (k)] = b->nm[LIBFFA_G_HIGH_(reg, width, k)];
#if defined(__OPTIMIZE_SIZE__)
/* Size first (-Os): the same checks and stores as loops. */
#define LIBFFA_G_ENC_ARRAY(nm, ctype, reg, lo, width, since, until) \
	{ \
		const uint64_t m_ = view & LIBFFA_G_PM_(since, until); \
		uint64_t over_ = 0; \
		unsigned int k_; \
		for (k_ = 0; k_ < LIBFFA_G_LOW_COUNT_(reg, width); k_++) { \
			v = b->nm[k_]; \
			over_ |= v & ~m_; \
			regs->x[(reg) + k_] = v; \
		} \
		if (over_ != 0u) \
			LIBFFA_G_REFUSE_(since, until) \
		if ((reg) + (width) > 8) { \
			const bool hi_ = wide && LIBFFA_G_HAS_(since, until); \
			over_ = 0; \
			for (k_ = 0; k_ < 10u; k_++) { \
				v = b->nm[LIBFFA_G_HIGH_(reg, width, k_)]; \
				over_ |= v; \
				regs->x[8u + k_] = hi_ ? v : 0u; \
			} \
			if (!hi_ && over_ != 0u) { \
				status = LIBFFA_G_HAS_(since, until) && wide64 ? \
						 LIBFFA_E_INVAL : LIBFFA_E_VERSION; \
				goto fail; \
			} \
		} \
	}
#else
#define LIBFFA_G_ENC_ARRAY(nm, ctype, reg, lo, width, since, until) \
	{ \
		const uint64_t m_ = view & LIBFFA_G_PM_(since, until); \
		uint64_t over_ = 0; \
		if (m_ == LIBFFA_G_ONES_) { \
			LIBFFA_G_REP7_(LIBFFA_G_ENC_CP_, nm, reg, width) \
		} else { \
			LIBFFA_G_REP7_(LIBFFA_G_ENC_EL_, nm, reg, width) \
			if (over_ != 0u) \
				LIBFFA_G_REFUSE_(since, until) \
		} \
		if ((reg) + (width) > 8) { \
			if (wide && LIBFFA_G_HAS_(since, until)) { \
				LIBFFA_G_REP10_(LIBFFA_G_ENC_HI_, nm, reg, width) \
			} else { \
				if (LIBFFA_G_OR10_(nm, reg, width) != 0u) { \
					status = LIBFFA_G_HAS_(since, until) && wide64 ? \
							 LIBFFA_E_INVAL : LIBFFA_E_VERSION; \
					goto fail; \
				} \
				LIBFFA_G_ZERO_HIGH_ \
			} \
		} \
	}
#endif
/* x1-x7 of the frame being built, zero. */
#define LIBFFA_G_ZERO_FROM_1_ \
	regs->x[1] = 0; regs->x[2] = 0; regs->x[3] = 0; regs->x[4] = 0; \
	regs->x[5] = 0; regs->x[6] = 0; regs->x[7] = 0; LIBFFA_G_ZERO_HIGH_
/* x8-x17 of the frame being built, zero. */
#define LIBFFA_G_ZERO_HIGH_ \
	regs->x[8] = 0; regs->x[9] = 0; regs->x[10] = 0; regs->x[11] = 0; \
	regs->x[12] = 0; regs->x[13] = 0; regs->x[14] = 0; regs->x[15] = 0; \
	regs->x[16] = 0; regs->x[17] = 0;
#define LIBFFA_G_ENC_(KIND, nm, ctype, reg, lo, width, since, until) \
	LIBFFA_G_ENC_##KIND(nm, ctype, reg, lo, width, since, until)

/* Registers an array of the layout covers (written by the array itself). */
#define LIBFFA_G_COVER_BITS(reg, width) 0u
#define LIBFFA_G_COVER_SPLIT(reg, width) 0u
#define LIBFFA_G_COVER_UUID_W(reg, width) 0u
#define LIBFFA_G_COVER_UUID_X(reg, width) 0u
#define LIBFFA_G_COVER_ARRAY(reg, width) \
	((((UINT32_C(1) << ((reg) + (width))) - 1u)) & ~((UINT32_C(1) << (reg)) - 1u))

/* Registers x0..x7 the layout's fields write through o<r> (not arrays). */
#define LIBFFA_G_USES_BITS(reg, lo, width) (UINT32_C(1) << (reg))
#define LIBFFA_G_USES_SPLIT(reg, lo, width) ((UINT32_C(1) << (reg)) | (UINT32_C(1) << (lo)))
#define LIBFFA_G_USES_UUID_W(reg, lo, width) (UINT32_C(0xF) << (reg))
#define LIBFFA_G_USES_UUID_X(reg, lo, width) (UINT32_C(0x3) << (reg))
#define LIBFFA_G_USES_ARRAY(reg, lo, width) 0u

#if defined(__OPTIMIZE_SIZE__)
/*
 * Size first (-Os): the typed entry point has cleared the frame
 * (open_encode), so only w0 and the registers fields wrote are stored.
 */
#define LIBFFA_G_CLEARED_ 1
#define LIBFFA_G_PUT_(cover, uses, r) \
	if ((r) == 0 || ((((uses) >> (r)) & 1u) != 0u && (((cover) >> (r)) & 1u) == 0u)) { \
		regs->x[r] = LIBFFA_G_O_(r); \
	}
#else
/* Store register r unless an array wrote it (zero when no field did). */
#define LIBFFA_G_CLEARED_ 0
#define LIBFFA_G_PUT_(cover, uses, r) \
	if ((((cover) >> (r)) & 1u) == 0u) { \
		regs->x[r] = LIBFFA_G_O_(r); \
	}
#endif

/* clang-format on */

/*
 * The reserved bits of a frame (DEN0077A 1.2 s11.2), found again when the
 * hot path saw one: the first register of x1..x7 with a bit in the view
 * that no claim c<n> covers, else (@high) the first of x8..x17 that is
 * set. Same arguments as libffa_codec_reserved_(), so that it is a tail
 * call there.
 */
libffa_status_t libffa_codec_mbz_(const uint64_t *x, uint64_t view, bool high,
				  uint64_t c1, uint64_t c2, uint64_t c3,
				  uint64_t c4, uint64_t c5, uint64_t c6,
				  uint64_t c7, struct libffa_msg_fault *fault);

/*
 * Helpers every layout's code calls: shared out of line when the build
 * optimizes for size (-Os), folded into each caller otherwise. Same code
 * either way.
 */
#if defined(__OPTIMIZE_SIZE__)
#define LIBFFA_CODEC_SHARED_ LIBFFA_NOINLINE_
#else
#define LIBFFA_CODEC_SHARED_ LIBFFA_INLINE_
#endif

/* x8 | ... | x17: reserved in a v1.2+ SMC64 frame no array extends to. */
static LIBFFA_CODEC_SHARED_ uint64_t libffa_codec_high_(const uint64_t *x)
{
	return x[8] | x[9] | x[10] | x[11] | x[12] | x[13] | x[14] | x[15] |
	       x[16] | x[17];
}

/*
 * One OR over the frame on the hot path: x1..x7 through the bits no field
 * claims (c1..c7) and the view, and x8..x17 when @high (a v1.2+ SMC64
 * frame without an array there). The register to blame is found again
 * only when a bit is set.
 */
static LIBFFA_INLINE_ uint64_t libffa_codec_reserved_bits_(
	const uint64_t *x, uint64_t view, bool high, uint64_t c1, uint64_t c2,
	uint64_t c3, uint64_t c4, uint64_t c5, uint64_t c6, uint64_t c7)
{
	uint64_t acc = (x[1] & ~c1) | (x[2] & ~c2) | (x[3] & ~c3) |
		       (x[4] & ~c4) | (x[5] & ~c5) | (x[6] & ~c6) |
		       (x[7] & ~c7);

	acc &= view;
	if (high) {
		acc |= libffa_codec_high_(x);
	}
	return acc;
}

/* The same as a status: LIBFFA_OK, or libffa_codec_mbz_()'s report. */
static LIBFFA_CODEC_SHARED_ libffa_status_t
libffa_codec_reserved_(const uint64_t *x, uint64_t view, bool high, uint64_t c1,
		       uint64_t c2, uint64_t c3, uint64_t c4, uint64_t c5,
		       uint64_t c6, uint64_t c7, struct libffa_msg_fault *fault)
{
	if (libffa_codec_reserved_bits_(x, view, high, c1, c2, c3, c4, c5, c6,
					c7) == 0u) {
		return LIBFFA_OK;
	}
	return libffa_codec_mbz_(x, view, high, c1, c2, c3, c4, c5, c6, c7,
				 fault);
}

/* The fault report of a decode: nowhere yet, or @reg and its @bits. */
static inline void libffa_codec_fault_(struct libffa_msg_fault *fault, int reg,
				       uint64_t bits)
{
	if (fault != NULL) {
		fault->reg = reg;
		fault->bits = bits;
		fault->field = NULL;
	}
}

/* Is @version in [since, until)? since 0: never; until 0: no end. */
static LIBFFA_INLINE_ bool libffa_codec_in_range_(libffa_version_t version,
						  libffa_version_t since,
						  libffa_version_t until)
{
	return since != 0u && version >= since &&
	       (until == 0u || version < until);
}

/*
 * Does an SMC64 frame of a layout with this wide_since carry fields in
 * x8-x17 at @version? (x8-x17 exist from v1.2, libffa_version_uses_x8_x17.)
 */
static LIBFFA_INLINE_ bool libffa_codec_wide_(libffa_version_t version,
					      libffa_version_t wide_since)
{
	return libffa_version_uses_x8_x17(version) && wide_since != 0u &&
	       version >= wide_since;
}

/*
 * A frame without fields (an ABI or a result without a layout): every
 * register but w0 is reserved, when @strict.
 */
static LIBFFA_INLINE_ libffa_status_t
libffa_codec_empty_(const uint64_t *x, libffa_version_t version, bool smc64,
		    bool strict, struct libffa_msg_fault *fault)
{
	if (!strict) {
		return LIBFFA_OK;
	}
	return libffa_codec_reserved_(
		x, smc64 ? ~UINT64_C(0) : UINT64_C(0xFFFFFFFF),
		smc64 && libffa_version_uses_x8_x17(version), 0, 0, 0, 0, 0, 0,
		0, fault);
}

/*
 * The generic codec's dispatch on the function ID / the message's ABI
 * (msg_codec.c), under libffa_msg_decode_ex() and libffa_msg_encode():
 * their callers have checked the pointers (and, decoding, the version).
 */
libffa_status_t libffa_codec_decode_(const struct libffa_regs *regs,
				     libffa_version_t version,
				     unsigned int flags, struct libffa_msg *msg,
				     struct libffa_msg_fault *fault);
/* The reply to the call @msg->abi (a valid ABI; kind RESULT). */
libffa_status_t libffa_codec_decode_reply_(const struct libffa_regs *regs,
					   libffa_version_t version,
					   unsigned int flags,
					   struct libffa_msg *msg,
					   struct libffa_msg_fault *fault);
libffa_status_t libffa_codec_encode_(const struct libffa_msg *msg,
				     libffa_version_t version,
				     struct libffa_regs *regs);

#endif /* LIBFFA_MSG_GEN_H */
