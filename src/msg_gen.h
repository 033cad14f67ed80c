/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * The codec generator: macros that expand each field row of abi.def into
 * straight-line C inside the per-layout decoder and encoder of
 * msg_codec.c. Every figure a row gives (register, bits, versions) is a
 * compile-time constant, so what is left at run time is the version and
 * convention of the frame: each field costs a compare or two, a load and
 * a store, and the reserved-bit masks of every version fold to constants.
 *
 * The decoder's frame: x (the registers), view (~0, or the w view of an
 * SMC32 frame), version, smc64, wide (x8-x17 carry fields), b (the
 * layout's struct); claims c1..c7 (bits of x1..x7 that fields read), wh
 * (registers read whole), lw (registers whose low word is read).
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
/* Bits [lo + width - 1 : lo], width 1..64. */
#define LIBFFA_G_MASK_(lo, width) \
	((((UINT64_C(1) << ((width) - 1u)) << 1u) - 1u) << (lo))
/* Registers [reg, reg + n) as a bitmap. */
#define LIBFFA_G_REGS_(reg, n) \
	((((UINT32_C(1) << ((reg) + (n))) - 1u)) & ~((UINT32_C(1) << (reg)) - 1u))
/* x0-x7, and with x8-x17. */
#define LIBFFA_G_LOW_REGS_ UINT32_C(0xFF)
#define LIBFFA_G_ALL_REGS_ UINT32_C(0x3FFFF)

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
		 ~UINT64_C(0) : LIBFFA_G_MASK_(lo, width))

/* Is the version in [since, until)? until 0: no end. */
#define LIBFFA_G_VIN_(since, until) libffa_codec_in_range_(version, since, until)
/* Is register r in the frame (x8-x17 only when the frame is wide)? */
#define LIBFFA_G_REG_OK_(r, wd) ((r) < 8u || (wd))

/* Is a field in the frame (for convention s and width wd)? */
#define LIBFFA_G_P_BITS(s, wd, reg, lo, since, until) \
	(LIBFFA_G_VIN_(since, until) && LIBFFA_G_REG_OK_(reg, wd) && ((s) || (lo) < 32u))
#define LIBFFA_G_P_SPLIT(s, wd, reg, lo, since, until) \
	(LIBFFA_G_VIN_(since, until) && LIBFFA_G_REG_OK_(reg, wd) && LIBFFA_G_REG_OK_(lo, wd))
#define LIBFFA_G_P_UUID_W(s, wd, reg, lo, since, until) \
	(LIBFFA_G_VIN_(since, until) && LIBFFA_G_REG_OK_((reg) + 3u, wd))
#define LIBFFA_G_P_UUID_X(s, wd, reg, lo, since, until) \
	(LIBFFA_G_VIN_(since, until) && (s) && LIBFFA_G_REG_OK_((reg) + 1u, wd))

/* ---- Decode: one statement per field ------------------------------------ */

#define LIBFFA_G_DEC_BITS(nm, ctype, reg, lo, width, since, until) \
	LIBFFA_STATIC_ASSERT(!LIBFFA_G_SIGNED_(ctype) || ((lo) == 0 && (width) == 32), \
			     "abi.def: signed fields are 32-bit words"); \
	if (LIBFFA_G_P_BITS(smc64, wide, reg, lo, since, until)) { \
		uint64_t v_ = ((x[reg] & view) >> (lo)) & LIBFFA_G_MASK_(0u, width); \
		b->nm = LIBFFA_G_FROM_WIRE_(ctype, v_); \
		LIBFFA_G_C_(reg) |= LIBFFA_G_CLAIM_BITS_(ctype, lo, width); \
	} else { \
		b->nm = 0; \
	}
#define LIBFFA_G_DEC_SPLIT(nm, ctype, reg, lo, width, since, until) \
	if (LIBFFA_G_P_SPLIT(smc64, wide, reg, lo, since, until)) { \
		b->nm = (x[reg] & LIBFFA_G_WORD_) | (x[lo] << 32); \
		LIBFFA_G_C_(reg) |= LIBFFA_G_WORD_; \
		LIBFFA_G_C_(lo) |= LIBFFA_G_WORD_; \
	} else { \
		b->nm = 0; \
	}
#define LIBFFA_G_DEC_UUID_W(nm, ctype, reg, lo, width, since, until) \
	if (LIBFFA_G_P_UUID_W(smc64, wide, reg, lo, since, until)) { \
		libffa_le64_store_(&b->nm.bytes[0], \
				   (x[reg] & LIBFFA_G_WORD_) | (x[(reg) + 1] << 32)); \
		libffa_le64_store_(&b->nm.bytes[8], \
				   (x[(reg) + 2] & LIBFFA_G_WORD_) | (x[(reg) + 3] << 32)); \
		lw |= LIBFFA_G_REGS_(reg, 4u); \
	} else { \
		LIBFFA_MEMSET(&b->nm, 0, sizeof(b->nm)); \
	}
#define LIBFFA_G_DEC_UUID_X(nm, ctype, reg, lo, width, since, until) \
	if (LIBFFA_G_P_UUID_X(smc64, wide, reg, lo, since, until)) { \
		libffa_le64_store_(&b->nm.bytes[0], x[reg]); \
		libffa_le64_store_(&b->nm.bytes[8], x[(reg) + 1]); \
		wh |= LIBFFA_G_REGS_(reg, 2u); \
	} else { \
		LIBFFA_MEMSET(&b->nm, 0, sizeof(b->nm)); \
	}
/*
 * Arrays: x8-x17 only in a wide frame; an SMC32 frame's elements are w
 * registers. Constant bounds, so the copies unroll.
 */
#define LIBFFA_G_DEC_ARRAY(nm, ctype, reg, lo, width, since, until) \
	if (!LIBFFA_G_VIN_(since, until)) { \
		LIBFFA_MEMSET(b->nm, 0, sizeof(b->nm)); \
	} else if (wide) { \
		unsigned int e_; \
		for (e_ = 0; e_ < (unsigned int)(width); e_++) { \
			b->nm[e_] = x[(reg) + e_]; \
		} \
		wh |= LIBFFA_G_REGS_(reg, width); \
	} else { \
		const unsigned int n_ = LIBFFA_G_LOW_COUNT_(reg, width); \
		unsigned int e_; \
		for (e_ = 0; e_ < n_; e_++) { \
			b->nm[e_] = x[(reg) + e_] & view; \
		} \
		for (; e_ < (unsigned int)(width); e_++) { \
			b->nm[e_] = 0; \
		} \
		wh |= LIBFFA_G_REGS_(reg, n_); \
	}
/* Elements of an array that x0-x7 hold. */
#define LIBFFA_G_LOW_COUNT_(reg, width) \
	((reg) + (width) <= 8 ? (unsigned int)(width) : 8u - (unsigned int)(reg))
#define LIBFFA_G_DEC_(KIND, nm, ctype, reg, lo, width, since, until) \
	LIBFFA_G_DEC_##KIND(nm, ctype, reg, lo, width, since, until)

/* The bits of x1..x7 no field of the frame reads. */
#define LIBFFA_G_FREE_(r) \
	~(LIBFFA_G_C_(r) | (((wh >> (r)) & 1u) != 0u ? ~UINT64_C(0) : UINT64_C(0)) | \
	  (((lw >> (r)) & 1u) != 0u ? LIBFFA_G_WORD_ : UINT64_C(0)))
/* x8..x17 are reserved unless an array reads them. */
#define LIBFFA_G_HIGH_(r) (((wh >> (r)) & 1u) != 0u ? UINT64_C(0) : x[r])

/* ---- Encode: one statement per field ------------------------------------ */

/* A non-zero value a frame cannot carry: wrong width, or wrong version. */
#define LIBFFA_G_ABSENT_(present64) \
	(status = (present64) ? LIBFFA_E_INVAL : LIBFFA_E_VERSION)

#define LIBFFA_G_ENC_BITS(nm, ctype, reg, lo, width, since, until) \
	v = LIBFFA_G_TO_WIRE_(ctype, b->nm, width); \
	if (!LIBFFA_G_P_BITS(smc64, wide, reg, lo, since, until)) { \
		if (v != 0u) { \
			LIBFFA_G_ABSENT_(LIBFFA_G_P_BITS(true, wide64, reg, lo, since, until)); \
			goto fail; \
		} \
	} else if ((v & ~LIBFFA_G_MASK_(0u, width)) != 0u || ((v << (lo)) & ~view) != 0u) { \
		status = LIBFFA_E_INVAL; \
		goto fail; \
	} else { \
		LIBFFA_G_O_(reg) |= v << (lo); \
	}
#define LIBFFA_G_ENC_SPLIT(nm, ctype, reg, lo, width, since, until) \
	v = b->nm; \
	if (!LIBFFA_G_P_SPLIT(smc64, wide, reg, lo, since, until)) { \
		if (v != 0u) { \
			LIBFFA_G_ABSENT_(LIBFFA_G_P_SPLIT(true, wide64, reg, lo, since, until)); \
			goto fail; \
		} \
	} else { \
		LIBFFA_G_O_(reg) |= v & LIBFFA_G_WORD_; \
		LIBFFA_G_O_(lo) |= v >> 32; \
	}
#define LIBFFA_G_ENC_UUID_W(nm, ctype, reg, lo, width, since, until) \
	if (!LIBFFA_G_P_UUID_W(smc64, wide, reg, lo, since, until)) { \
		if (!libffa_uuid_is_nil(&b->nm)) { \
			LIBFFA_G_ABSENT_(LIBFFA_G_P_UUID_W(true, wide64, reg, lo, since, until)); \
			goto fail; \
		} \
	} else { \
		v = libffa_le64_load_(&b->nm.bytes[0]); \
		LIBFFA_G_O_(reg) = v & LIBFFA_G_WORD_; \
		LIBFFA_G_O_(LIBFFA_G_NEXT_(reg)) = v >> 32; \
		v = libffa_le64_load_(&b->nm.bytes[8]); \
		LIBFFA_G_O_(LIBFFA_G_NEXT_(LIBFFA_G_NEXT_(reg))) = v & LIBFFA_G_WORD_; \
		LIBFFA_G_O_(LIBFFA_G_NEXT_(LIBFFA_G_NEXT_(LIBFFA_G_NEXT_(reg)))) = v >> 32; \
	}
#define LIBFFA_G_ENC_UUID_X(nm, ctype, reg, lo, width, since, until) \
	if (!LIBFFA_G_P_UUID_X(smc64, wide, reg, lo, since, until)) { \
		if (!libffa_uuid_is_nil(&b->nm)) { \
			LIBFFA_G_ABSENT_(LIBFFA_G_P_UUID_X(true, wide64, reg, lo, since, until)); \
			goto fail; \
		} \
	} else { \
		LIBFFA_G_O_(reg) = libffa_le64_load_(&b->nm.bytes[0]); \
		LIBFFA_G_O_(LIBFFA_G_NEXT_(reg)) = libffa_le64_load_(&b->nm.bytes[8]); \
	}
/*
 * Arrays write their registers directly (every element, zeros too): all
 * of them in a wide frame, else those in x0-x7 (in the convention's view)
 * and the rest must be zero.
 */
#define LIBFFA_G_ENC_ARRAY(nm, ctype, reg, lo, width, since, until) \
	if (wide && LIBFFA_G_VIN_(since, until)) { \
		unsigned int e_; \
		for (e_ = 0; e_ < (unsigned int)(width); e_++) { \
			regs->x[(reg) + e_] = b->nm[e_]; \
		} \
	} else { \
		const bool in_ = LIBFFA_G_VIN_(since, until); \
		const unsigned int n_ = in_ ? LIBFFA_G_LOW_COUNT_(reg, width) : 0u; \
		uint64_t over_ = 0; \
		uint64_t out_ = 0; \
		unsigned int e_; \
		for (e_ = 0; e_ < n_; e_++) { \
			v = b->nm[e_]; \
			over_ |= v & ~view; \
			regs->x[(reg) + e_] = v; \
		} \
		for (; e_ < (unsigned int)(width); e_++) { \
			out_ |= b->nm[e_]; \
			regs->x[(reg) + e_] = 0; \
		} \
		if (over_ != 0u) { \
			status = LIBFFA_E_INVAL; \
			goto fail; \
		} \
		if (out_ != 0u) { \
			LIBFFA_G_ABSENT_(in_ && wide64); \
			goto fail; \
		} \
	}
#define LIBFFA_G_ENC_(KIND, nm, ctype, reg, lo, width, since, until) \
	LIBFFA_G_ENC_##KIND(nm, ctype, reg, lo, width, since, until)

/* Registers an array of the layout covers (written by the array itself). */
#define LIBFFA_G_COVER_BITS(reg, width) 0u
#define LIBFFA_G_COVER_SPLIT(reg, width) 0u
#define LIBFFA_G_COVER_UUID_W(reg, width) 0u
#define LIBFFA_G_COVER_UUID_X(reg, width) 0u
#define LIBFFA_G_COVER_ARRAY(reg, width) LIBFFA_G_REGS_(reg, width)

/* Store register r unless an array wrote it; x8..x17 are zero otherwise. */
#define LIBFFA_G_PUT_(cover, r) \
	if ((((cover) >> (r)) & 1u) == 0u) { \
		regs->x[r] = LIBFFA_G_O_(r); \
	}
#define LIBFFA_G_ZERO_(cover, r) \
	if ((((cover) >> (r)) & 1u) == 0u) { \
		regs->x[r] = 0u; \
	}

/* clang-format on */

/*
 * The reserved bits of a frame (DEN0077A 1.2 s11.2): what no field reads
 * in x1..x7 (w1..w7 of an SMC32 frame), and x8..x17 of a v1.2+ SMC64
 * frame unless an array reads them. c1..c7, wh, lw as the decoder built
 * them: constants for most layouts, so this folds to a few AND/ORs.
 */
libffa_status_t libffa_codec_mbz_(struct libffa_msg_fault *fault,
				  const uint64_t *x, uint64_t view, uint32_t wh,
				  uint64_t f1, uint64_t f2, uint64_t f3,
				  uint64_t f4, uint64_t f5, uint64_t f6,
				  uint64_t f7);

/*
 * One OR over the frame on the hot path; the register to blame is found
 * again, from the free masks, only when a bit is set.
 */
static LIBFFA_INLINE_ libffa_status_t libffa_codec_reserved_(
	const uint64_t *x, uint64_t view, bool inuse, uint64_t c1, uint64_t c2,
	uint64_t c3, uint64_t c4, uint64_t c5, uint64_t c6, uint64_t c7,
	uint32_t wh, uint32_t lw, struct libffa_msg_fault *fault)
{
	uint64_t acc = (x[1] & LIBFFA_G_FREE_(1)) | (x[2] & LIBFFA_G_FREE_(2)) |
		       (x[3] & LIBFFA_G_FREE_(3)) | (x[4] & LIBFFA_G_FREE_(4)) |
		       (x[5] & LIBFFA_G_FREE_(5)) | (x[6] & LIBFFA_G_FREE_(6)) |
		       (x[7] & LIBFFA_G_FREE_(7));

	acc &= view;
	if (inuse) {
		acc |= LIBFFA_G_HIGH_(8) | LIBFFA_G_HIGH_(9) |
		       LIBFFA_G_HIGH_(10) | LIBFFA_G_HIGH_(11) |
		       LIBFFA_G_HIGH_(12) | LIBFFA_G_HIGH_(13) |
		       LIBFFA_G_HIGH_(14) | LIBFFA_G_HIGH_(15) |
		       LIBFFA_G_HIGH_(16) | LIBFFA_G_HIGH_(17);
	}
	if (acc == 0u) {
		return LIBFFA_OK;
	}
	return libffa_codec_mbz_(fault, x, view, wh, LIBFFA_G_FREE_(1),
				 LIBFFA_G_FREE_(2), LIBFFA_G_FREE_(3),
				 LIBFFA_G_FREE_(4), LIBFFA_G_FREE_(5),
				 LIBFFA_G_FREE_(6), LIBFFA_G_FREE_(7));
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

#endif /* LIBFFA_MSG_GEN_H */
