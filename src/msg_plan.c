/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * Codec plans (msg_plan.h): abi.def folded per layout at compile time. Each
 * pass over the table below computes one figure of every layout as a
 * constant expression over that layout's rows.
 */
#include "msg_plan.h"

#include "ffa/msg.h"

#include "internal.h"
#include "msg_internal.h"

/* clang-format off */

/* Dense plan numbers: 0 is the empty plan (every register reserved). */
enum libffa_plan_id_ {
	PLAN_NONE_ = 0,
#define LIBFFA_ARGS_BEGIN(NAME, lc, wide) PLAN_ARGS_##lc,
#define LIBFFA_RESULT_BEGIN(NAME, lc, wide) PLAN_RESULT_##lc,
#include "ffa/abi.def"
	PLAN_COUNT_
};

LIBFFA_STATIC_ASSERT(PLAN_COUNT_ <= 256, "plan numbers fit a uint8_t");

static const uint8_t plan_of[2][LIBFFA_ABI_COUNT] = {
	{
#define LIBFFA_ARGS_BEGIN(NAME, lc, wide) [LIBFFA_ABI_##NAME] = PLAN_ARGS_##lc,
#include "ffa/abi.def"
	},
	{
#define LIBFFA_RESULT_BEGIN(NAME, lc, wide) [LIBFFA_ABI_##NAME] = PLAN_RESULT_##lc,
#include "ffa/abi.def"
	},
};

/*
 * Function-ID slot (msg_internal.h) -> the ABI's row: both IDs (0 for a
 * slot without an ABI), the versions of each width, the ABI; then its
 * argument plan (plan_of). One look-up names the ABI and gates it by
 * version.
 */
struct plan_fid_ {
	uint32_t fid32;
	uint32_t fid64;
	libffa_version_t since32;
	libffa_version_t since64;
	libffa_version_t until;
	uint8_t abi;
};

static const struct plan_fid_ plan_fid[LIBFFA_FID_SLOTS_] = {
#define LIBFFA_ABI(NAME, lc, spec, f32, f64, s32, s64, until, callers, check) \
	[LIBFFA_FID_SLOT_((uint32_t)((f32) | (f64)))] = \
		{(f32), (f64), (s32), (s64), (until), (uint8_t)LIBFFA_ABI_##NAME},
#include "ffa/abi.def"
};

/* A signed integer type (error codes); BITS fields are integers. */
#define LIBFFA_PLAN_SIGNED_(ctype) ((ctype)((ctype)0 - 1) < (ctype)1)

/* Bits [lo + width - 1 : lo], width 1..64. */
#define LIBFFA_PLAN_MASK_(lo, width) \
	((((UINT64_C(1) << ((width) - 1u)) << 1u) - 1u) << (lo))
/* Does [first, first + count) hold register LIBFFA_PLAN_R_? */
#define LIBFFA_PLAN_HOLDS_(first, count) \
	((unsigned int)(first) <= LIBFFA_PLAN_R_ && \
	 LIBFFA_PLAN_R_ < (unsigned int)(first) + (unsigned int)(count))

/*
 * The bits a field claims in register LIBFFA_PLAN_R_, as the generic codec
 * does (msg_decode.c read_fields()).
 */
#define LIBFFA_CLAIM_BITS(ctype, reg, lo, width) \
	((unsigned int)(reg) != LIBFFA_PLAN_R_ ? UINT64_C(0) : \
	 (LIBFFA_PLAN_SIGNED_(ctype) && (lo) == 0 && (width) == 32) ? \
		 ~UINT64_C(0) : LIBFFA_PLAN_MASK_(lo, width))
#define LIBFFA_CLAIM_SPLIT(ctype, reg, lo, width) \
	(((unsigned int)(reg) == LIBFFA_PLAN_R_ || \
	  (unsigned int)(lo) == LIBFFA_PLAN_R_) ? UINT64_C(0xFFFFFFFF) : \
						 UINT64_C(0))
#define LIBFFA_CLAIM_UUID_W(ctype, reg, lo, width) \
	(LIBFFA_PLAN_HOLDS_(reg, 4) ? UINT64_C(0xFFFFFFFF) : UINT64_C(0))
#define LIBFFA_CLAIM_UUID_X(ctype, reg, lo, width) \
	(LIBFFA_PLAN_HOLDS_(reg, 2) ? ~UINT64_C(0) : UINT64_C(0))
#define LIBFFA_CLAIM_ARRAY(ctype, reg, lo, width) \
	(LIBFFA_PLAN_HOLDS_(reg, width) ? ~UINT64_C(0) : UINT64_C(0))

/* Registers x8..x17 an array covers (bit r). */
#define LIBFFA_HIGH_BITS(reg, lo, width) 0u
#define LIBFFA_HIGH_SPLIT(reg, lo, width) 0u
#define LIBFFA_HIGH_UUID_W(reg, lo, width) 0u
#define LIBFFA_HIGH_UUID_X(reg, lo, width) 0u
#define LIBFFA_HIGH_ARRAY(reg, lo, width) \
	((((1u << ((reg) + (width))) - 1u) & ~((1u << (reg)) - 1u)) & 0x3FF00u)

/* Gate bits of one field (msg_plan.h). */
#define LIBFFA_GATE_VERSION_(since, until) \
	(((since) == 0u ? LIBFFA_PLAN_ODD_ : \
	  (since) > LIBFFA_VERSION_1_0 ? \
		  (1u << ((since) - LIBFFA_VERSION_1_0)) & LIBFFA_PLAN_SINCE_MASK_ : 0u) | \
	 ((until) != 0u ? LIBFFA_PLAN_UNTIL_ : 0u) | \
	 ((since) > LIBFFA_VERSION_1_3 ? LIBFFA_PLAN_ODD_ : 0u))
#define LIBFFA_GATE_BITS(reg, lo, width) \
	(((reg) < 1 || (reg) > 7 ? LIBFFA_PLAN_ODD_ : 0u) | \
	 ((lo) >= 32 ? LIBFFA_PLAN_NOT32_ : 0u))
#define LIBFFA_GATE_SPLIT(reg, lo, width) \
	((reg) < 1 || (reg) > 7 || (lo) < 1 || (lo) > 7 ? LIBFFA_PLAN_ODD_ : 0u)
#define LIBFFA_GATE_UUID_W(reg, lo, width) \
	((reg) < 1 || (reg) > 4 ? LIBFFA_PLAN_ODD_ : 0u)
#define LIBFFA_GATE_UUID_X(reg, lo, width) \
	(LIBFFA_PLAN_NOT32_ | ((reg) < 1 || (reg) > 6 ? LIBFFA_PLAN_ODD_ : 0u))
#define LIBFFA_GATE_ARRAY(reg, lo, width) \
	((reg) < 1 || (reg) + (width) > 18 ? LIBFFA_PLAN_ODD_ : 0u)

/* Registers x8-x17 claimed whole by arrays, per layout. */
enum libffa_plan_high_ {
#define LIBFFA_ARGS_BEGIN(NAME, lc, wide) PLAN_HIGH_ARGS_##lc = (int)(0u
#define LIBFFA_ARG(lc, nm, KIND, ctype, dim, reg, lo, width, since, until) \
	| LIBFFA_HIGH_##KIND(reg, lo, width)
#define LIBFFA_ARGS_END(NAME, lc) ),
#define LIBFFA_RESULT_BEGIN(NAME, lc, wide) PLAN_HIGH_RESULT_##lc = (int)(0u
#define LIBFFA_RES(lc, nm, KIND, ctype, dim, reg, lo, width, since, until) \
	| LIBFFA_HIGH_##KIND(reg, lo, width)
#define LIBFFA_RESULT_END(NAME, lc) ),
#include "ffa/abi.def"
	PLAN_HIGH_END_
};

/* Gate bits, per layout. */
enum libffa_plan_gate_ {
#define LIBFFA_ARGS_BEGIN(NAME, lc, wide) PLAN_GATE_ARGS_##lc = (int)(0u
#define LIBFFA_ARG(lc, nm, KIND, ctype, dim, reg, lo, width, since, until) \
	| LIBFFA_GATE_##KIND(reg, lo, width) | LIBFFA_GATE_VERSION_(since, until)
#define LIBFFA_ARGS_END(NAME, lc) ),
#define LIBFFA_RESULT_BEGIN(NAME, lc, wide) PLAN_GATE_RESULT_##lc = (int)(0u
#define LIBFFA_RES(lc, nm, KIND, ctype, dim, reg, lo, width, since, until) \
	| LIBFFA_GATE_##KIND(reg, lo, width) | LIBFFA_GATE_VERSION_(since, until)
#define LIBFFA_RESULT_END(NAME, lc) ),
#include "ffa/abi.def"
	PLAN_GATE_END_
};

/* Claimed bits of x1..x7: one pass per register. */
static const uint64_t plan_claim[7][PLAN_COUNT_] = {
#define LIBFFA_PLAN_R_ 1
#include "msg_plan_claim.inc"
#define LIBFFA_PLAN_R_ 2
#include "msg_plan_claim.inc"
#define LIBFFA_PLAN_R_ 3
#include "msg_plan_claim.inc"
#define LIBFFA_PLAN_R_ 4
#include "msg_plan_claim.inc"
#define LIBFFA_PLAN_R_ 5
#include "msg_plan_claim.inc"
#define LIBFFA_PLAN_R_ 6
#include "msg_plan_claim.inc"
#define LIBFFA_PLAN_R_ 7
#include "msg_plan_claim.inc"
};

/*
 * Straight-line field access, one reader and one writer per layout
 * (libffa_plan_read_fn_, libffa_plan_write_fn_ in msg_plan.h), expanded
 * from the layout's rows. Each does what the codec's generic loop does for
 * a frame whose plan fits; a writer's false lets the generic path name the
 * problem.
 */
#define LIBFFA_RW_WORD_ UINT64_C(0xFFFFFFFF)
#define LIBFFA_RW_REG_(reg, e) ((unsigned int)(reg) + (e))

#define LIBFFA_READ_BITS(nm, ctype, reg, lo, width) \
	b->nm = (ctype)(((x[reg] & view) >> (lo)) & LIBFFA_PLAN_MASK_(0u, width));
#define LIBFFA_READ_SPLIT(nm, ctype, reg, lo, width) \
	b->nm = (x[reg] & LIBFFA_RW_WORD_) | (x[lo] << 32);
#define LIBFFA_READ_UUID_W(nm, ctype, reg, lo, width) \
	libffa_le64_store_(&b->nm.bytes[0], \
			   (x[reg] & LIBFFA_RW_WORD_) | (x[(reg) + 1] << 32)); \
	libffa_le64_store_(&b->nm.bytes[8], \
			   (x[(reg) + 2] & LIBFFA_RW_WORD_) | (x[(reg) + 3] << 32));
#define LIBFFA_READ_UUID_X(nm, ctype, reg, lo, width) \
	libffa_le64_store_(&b->nm.bytes[0], x[reg]); \
	libffa_le64_store_(&b->nm.bytes[8], x[(reg) + 1]);
#define LIBFFA_READ_ARRAY(nm, ctype, reg, lo, width) \
	{ \
		unsigned int e; \
		for (e = 0; e < (width) && LIBFFA_RW_REG_(reg, e) < lim; e++) { \
			b->nm[e] = x[LIBFFA_RW_REG_(reg, e)] & view; \
		} \
	}

#define LIBFFA_WRITE_BITS(nm, ctype, reg, lo, width) \
	v = (uint64_t)b->nm; \
	if (LIBFFA_PLAN_SIGNED_(ctype)) { \
		v &= LIBFFA_PLAN_MASK_(0u, width); \
	} \
	if ((v & ~LIBFFA_PLAN_MASK_(0u, width)) != 0u || \
	    ((v << (lo)) & ~view) != 0u) { \
		return false; \
	} \
	x[reg] |= v << (lo);
#define LIBFFA_WRITE_SPLIT(nm, ctype, reg, lo, width) \
	v = b->nm; \
	x[reg] |= v & LIBFFA_RW_WORD_; \
	x[lo] |= v >> 32;
#define LIBFFA_WRITE_UUID_W(nm, ctype, reg, lo, width) \
	v = libffa_le64_load_(&b->nm.bytes[0]); \
	x[reg] = v & LIBFFA_RW_WORD_; \
	x[(reg) + 1] = v >> 32; \
	v = libffa_le64_load_(&b->nm.bytes[8]); \
	x[(reg) + 2] = v & LIBFFA_RW_WORD_; \
	x[(reg) + 3] = v >> 32;
#define LIBFFA_WRITE_UUID_X(nm, ctype, reg, lo, width) \
	x[reg] = libffa_le64_load_(&b->nm.bytes[0]); \
	x[(reg) + 1] = libffa_le64_load_(&b->nm.bytes[8]);
#define LIBFFA_WRITE_ARRAY(nm, ctype, reg, lo, width) \
	{ \
		unsigned int e; \
		for (e = 0; e < (width); e++) { \
			v = b->nm[e]; \
			if (LIBFFA_RW_REG_(reg, e) >= lim) { \
				if (v != 0u) { \
					return false; \
				} \
			} else if ((v & ~view) != 0u) { \
				return false; \
			} else { \
				x[LIBFFA_RW_REG_(reg, e)] = v; \
			} \
		} \
	}

/* Readers. */
#define LIBFFA_READ_BEGIN_(pfx, lc) \
	static void read_##pfx##_##lc(const uint64_t *x, uint64_t view, \
				     unsigned int lim, void *body) \
	{ \
		struct libffa_##pfx##_##lc *b = \
			(struct libffa_##pfx##_##lc *)body; \
		(void)view; \
		(void)lim;
#define LIBFFA_ARGS_BEGIN(NAME, lc, wide) LIBFFA_READ_BEGIN_(args, lc)
#define LIBFFA_ARG(lc, nm, KIND, ctype, dim, reg, lo, width, since, until) \
	LIBFFA_READ_##KIND(nm, ctype, reg, lo, width)
#define LIBFFA_ARGS_END(NAME, lc) }
#define LIBFFA_RESULT_BEGIN(NAME, lc, wide) LIBFFA_READ_BEGIN_(result, lc)
#define LIBFFA_RES(lc, nm, KIND, ctype, dim, reg, lo, width, since, until) \
	LIBFFA_READ_##KIND(nm, ctype, reg, lo, width)
#define LIBFFA_RESULT_END(NAME, lc) }
#include "ffa/abi.def"

/* Writers. */
#define LIBFFA_WRITE_BEGIN_(pfx, lc) \
	static bool write_##pfx##_##lc(const void *body, uint64_t view, \
				      unsigned int lim, uint64_t *x) \
	{ \
		const struct libffa_##pfx##_##lc *b = \
			(const struct libffa_##pfx##_##lc *)body; \
		uint64_t v = 0; \
		(void)v; \
		(void)view; \
		(void)lim;
#define LIBFFA_ARGS_BEGIN(NAME, lc, wide) LIBFFA_WRITE_BEGIN_(args, lc)
#define LIBFFA_ARG(lc, nm, KIND, ctype, dim, reg, lo, width, since, until) \
	LIBFFA_WRITE_##KIND(nm, ctype, reg, lo, width)
#define LIBFFA_ARGS_END(NAME, lc) return true; }
#define LIBFFA_RESULT_BEGIN(NAME, lc, wide) LIBFFA_WRITE_BEGIN_(result, lc)
#define LIBFFA_RES(lc, nm, KIND, ctype, dim, reg, lo, width, since, until) \
	LIBFFA_WRITE_##KIND(nm, ctype, reg, lo, width)
#define LIBFFA_RESULT_END(NAME, lc) return true; }
#include "ffa/abi.def"

/* The plans, one record per layout (msg_plan.h). */
static const struct libffa_plan_ plan_rows[PLAN_COUNT_] = {
	/* The empty plan: no field, so no reader or writer. */
	[PLAN_NONE_] = {PLAN_NONE_, 0u, 0u, 0u, NULL, NULL},
#define LIBFFA_ARGS_BEGIN(NAME, lc, wide) \
	[PLAN_ARGS_##lc] = {PLAN_ARGS_##lc, (uint32_t)PLAN_HIGH_ARGS_##lc, \
			    (uint8_t)PLAN_GATE_ARGS_##lc, (wide), \
			    read_args_##lc, write_args_##lc},
#define LIBFFA_RESULT_BEGIN(NAME, lc, wide) \
	[PLAN_RESULT_##lc] = {PLAN_RESULT_##lc, (uint32_t)PLAN_HIGH_RESULT_##lc, \
			      (uint8_t)PLAN_GATE_RESULT_##lc, (wide), \
			      read_result_##lc, write_result_##lc},
#include "ffa/abi.def"
};

/* clang-format on */

const struct libffa_plan_ *libffa_plan_(enum libffa_abi abi,
					enum libffa_msg_kind kind)
{
	unsigned int k = kind == LIBFFA_MSG_RESULT ? 1u : 0u;
	unsigned int p = PLAN_NONE_;

	if ((unsigned int)abi < (unsigned int)LIBFFA_ABI_COUNT) {
		p = plan_of[k][abi];
	}
	return &plan_rows[p];
}

libffa_status_t libffa_plan_fid_(uint32_t w0, libffa_version_t version,
				 struct libffa_msg *msg,
				 const struct libffa_plan_ **plan)
{
	uint32_t id = libffa_smccc_fid_strip(w0);
	uint32_t slot = LIBFFA_FID_SLOT_(id);
	const struct plan_fid_ *row;
	libffa_version_t since;

	if (slot >= LIBFFA_FID_SLOTS_) {
		return LIBFFA_E_UNKNOWN_FID;
	}
	/* Full compare: rejects yielding calls and bits[23:17] set. */
	row = &plan_fid[slot];
	if (row->fid32 != 0u && id == row->fid32) {
		msg->smc64 = false;
		since = row->since32;
	} else if (row->fid64 != 0u && id == row->fid64) {
		msg->smc64 = true;
		since = row->since64;
	} else {
		return LIBFFA_E_UNKNOWN_FID;
	}
	msg->abi = (enum libffa_abi)row->abi;
	msg->kind = LIBFFA_MSG_ARGS;
	msg->sve_hint = libffa_smccc_fid_has_sve_hint(w0);
	if (!libffa_version_in_range_(version, since, row->until)) {
		return LIBFFA_E_VERSION;
	}
	*plan = &plan_rows[plan_of[0][row->abi]];
	return LIBFFA_OK;
}

static uint64_t plan_unclaimed(unsigned int p, const uint64_t *x)
{
	return (x[1] & ~plan_claim[0][p]) | (x[2] & ~plan_claim[1][p]) |
	       (x[3] & ~plan_claim[2][p]) | (x[4] & ~plan_claim[3][p]) |
	       (x[5] & ~plan_claim[4][p]) | (x[6] & ~plan_claim[5][p]) |
	       (x[7] & ~plan_claim[6][p]);
}

/*
 * Reserved bits a planned frame carries: x1..x7 (SMC32: w1..w7) outside
 * the folded claims, and x8..x17 of a v1.2+ SMC64 frame outside the arrays
 * that cover them (msg_decode.c check_reserved() is the generic form).
 */
static uint64_t plan_reserved(const struct libffa_plan_ *plan,
			      const uint64_t *x, bool smc64, bool wide,
			      libffa_version_t version)
{
	uint64_t extra = plan_unclaimed(plan->idx, x);
	uint32_t high = wide ? plan->high : 0u;
	unsigned int r;

	if (!smc64) {
		return extra & UINT64_C(0xFFFFFFFF);
	}
	if (version < LIBFFA_VERSION_1_2 || high == UINT32_C(0x3FF00)) {
		return extra;
	}
	if (high == 0u) {
		return extra | x[8] | x[9] | x[10] | x[11] | x[12] | x[13] |
		       x[14] | x[15] | x[16] | x[17];
	}
	for (r = 8; r < LIBFFA_REGS_COUNT; r++) {
		if (((high >> r) & 1u) == 0u) {
			extra |= x[r];
		}
	}
	return extra;
}

bool libffa_plan_decode_(const struct libffa_plan_ *plan, const uint64_t *x,
			 bool smc64, libffa_version_t version, bool tolerant,
			 void *body)
{
	bool wide;

	if (!libffa_plan_fits_(plan, smc64, version)) {
		return false;
	}
	wide = libffa_plan_is_wide_(plan, smc64, version);
	if (plan->read != NULL) {
		plan->read(x, smc64 ? ~UINT64_C(0) : UINT64_C(0xFFFFFFFF),
			   wide ? 18u : 8u, body);
	}
	return tolerant || plan_reserved(plan, x, smc64, wide, version) == 0u;
}
