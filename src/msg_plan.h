/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * Codec plans: per layout, what abi.def implies for the register frame,
 * folded at compile time (src/msg_plan.c) so that the codec's fast path
 * neither asks for every field whether it is present nor rebuilds the
 * reserved-bit masks per frame. Derived from the table; no second layout.
 */
#ifndef LIBFFA_MSG_PLAN_H
#define LIBFFA_MSG_PLAN_H

#include "ffa/abi.h"
#include "ffa/env.h"

/*
 * Gate bits: when a plan's folded figures do not describe a frame, the
 * codec takes its generic path (which asks libffa_field_present()).
 */
/* Bits 0-3: some field appears only from version 1.<bit>. */
#define LIBFFA_PLAN_SINCE_MASK_ 0x0Fu
/* Some field has an end version. */
#define LIBFFA_PLAN_UNTIL_ 0x10u
/* Some field cannot be carried by an SMC32 frame (x-pair, bits >= 32). */
#define LIBFFA_PLAN_NOT32_ 0x20u
/* Some field sits outside x1..x7 other than an array's tail: the plan
 * does not fold it. */
#define LIBFFA_PLAN_ODD_ 0x40u

/**
 * struct libffa_plan_ - the folded figures of one layout.
 * @idx:  the layout's row in the claim tables (libffa_plan_unclaimed_()).
 * @high: bit r (8..17) set: xr is claimed whole by an array when the
 *        frame uses x8-x17 for this layout.
 * @gate: LIBFFA_PLAN_* bits.
 */
struct libffa_plan_ {
	unsigned int idx;
	uint32_t high;
	uint8_t gate;
};

/* The plan of a layout; an ABI without that layout gets the empty plan. */
void libffa_plan_(enum libffa_abi abi, enum libffa_msg_kind kind,
		  struct libffa_plan_ *plan);

/*
 * Bits of x1..x7 that no field of the plan claims but are set in @x: the
 * claimed bits of each register are read in place from the folded tables
 * (a 32-bit error code claims its whole register: the upper half is
 * ignored, ffa-facts s3.1).
 */
uint64_t libffa_plan_unclaimed_(const struct libffa_plan_ *plan,
				const uint64_t *x);

/* Version class 0..3 of a known version (1.0..1.3). */
static inline unsigned int libffa_plan_vclass_(libffa_version_t version)
{
	return (unsigned int)(version - LIBFFA_VERSION_1_0);
}

/*
 * May the plan's figures stand for a frame of this convention at @version?
 */
static inline bool libffa_plan_fits_(const struct libffa_plan_ *plan,
				     bool smc64, libffa_version_t version)
{
	unsigned int gate = plan->gate;
	unsigned int later = (LIBFFA_PLAN_SINCE_MASK_ << 1u)
			     << libffa_plan_vclass_(version);

	if ((gate & (later & LIBFFA_PLAN_SINCE_MASK_)) != 0u ||
	    (gate & LIBFFA_PLAN_UNTIL_) != 0u) {
		return false;
	}
	return (gate & LIBFFA_PLAN_ODD_) == 0u &&
	       (smc64 || (gate & LIBFFA_PLAN_NOT32_) == 0u);
}

#endif /* LIBFFA_MSG_PLAN_H */
