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

/* Registers x8-x17 claimed whole by arrays. */
static const uint32_t plan_high[PLAN_COUNT_] = {
#define LIBFFA_ARGS_BEGIN(NAME, lc, wide) [PLAN_ARGS_##lc] = 0u
#define LIBFFA_ARG(lc, nm, KIND, ctype, dim, reg, lo, width, since, until) \
	| LIBFFA_HIGH_##KIND(reg, lo, width)
#define LIBFFA_ARGS_END(NAME, lc) ,
#define LIBFFA_RESULT_BEGIN(NAME, lc, wide) [PLAN_RESULT_##lc] = 0u
#define LIBFFA_RES(lc, nm, KIND, ctype, dim, reg, lo, width, since, until) \
	| LIBFFA_HIGH_##KIND(reg, lo, width)
#define LIBFFA_RESULT_END(NAME, lc) ,
#include "ffa/abi.def"
};

/* Gate bits. */
static const uint8_t plan_gate[PLAN_COUNT_] = {
#define LIBFFA_ARGS_BEGIN(NAME, lc, wide) [PLAN_ARGS_##lc] = (uint8_t)(0u
#define LIBFFA_ARG(lc, nm, KIND, ctype, dim, reg, lo, width, since, until) \
	| LIBFFA_GATE_##KIND(reg, lo, width) | LIBFFA_GATE_VERSION_(since, until)
#define LIBFFA_ARGS_END(NAME, lc) ),
#define LIBFFA_RESULT_BEGIN(NAME, lc, wide) [PLAN_RESULT_##lc] = (uint8_t)(0u
#define LIBFFA_RES(lc, nm, KIND, ctype, dim, reg, lo, width, since, until) \
	| LIBFFA_GATE_##KIND(reg, lo, width) | LIBFFA_GATE_VERSION_(since, until)
#define LIBFFA_RESULT_END(NAME, lc) ),
#include "ffa/abi.def"
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

/* clang-format on */

void libffa_plan_(enum libffa_abi abi, enum libffa_msg_kind kind,
		  struct libffa_plan_ *plan)
{
	unsigned int k = kind == LIBFFA_MSG_RESULT ? 1u : 0u;
	unsigned int p = PLAN_NONE_;

	if ((unsigned int)abi < (unsigned int)LIBFFA_ABI_COUNT) {
		p = plan_of[k][abi];
	}
	plan->idx = p;
	plan->high = plan_high[p];
	plan->gate = plan_gate[p];
}

uint64_t libffa_plan_unclaimed_(const struct libffa_plan_ *plan,
				const uint64_t *x)
{
	unsigned int p = plan->idx;

	return (x[1] & ~plan_claim[0][p]) | (x[2] & ~plan_claim[1][p]) |
	       (x[3] & ~plan_claim[2][p]) | (x[4] & ~plan_claim[3][p]) |
	       (x[5] & ~plan_claim[4][p]) | (x[6] & ~plan_claim[5][p]) |
	       (x[7] & ~plan_claim[6][p]);
}
