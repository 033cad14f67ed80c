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
#include "ffa/msg.h"

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

/*
 * A layout's straight-line field access, expanded from abi.def
 * (msg_plan.c): every field present, arrays up to register @lim (8, or 18
 * for a wide frame); @view is the convention's register view. A writer
 * ORs the fields into the zeroed frame @x and answers false when a value
 * does not fit it (@x is then half written).
 */
typedef void (*libffa_plan_read_fn_)(const uint64_t *x, uint64_t view,
				     unsigned int lim, void *body);
typedef bool (*libffa_plan_write_fn_)(const void *body, uint64_t view,
				      unsigned int lim, uint64_t *x);

/**
 * struct libffa_plan_ - the folded figures of one layout.
 * @idx:  the layout's row in the claim tables.
 * @high: bit r (8..17) set: xr is claimed whole by an array when the
 *        frame uses x8-x17 for this layout.
 * @gate: LIBFFA_PLAN_* bits.
 * @wide_since: the layout's wide_since (abi.def).
 * @read: the layout's reader (NULL for the empty plan).
 * @write: the layout's writer (NULL for the empty plan).
 */
struct libffa_plan_ {
	unsigned int idx;
	uint32_t high;
	uint8_t gate;
	libffa_version_t wide_since;
	libffa_plan_read_fn_ read;
	libffa_plan_write_fn_ write;
};

/* The plan of a layout; an ABI without that layout gets the empty plan. */
const struct libffa_plan_ *libffa_plan_(enum libffa_abi abi,
					enum libffa_msg_kind kind);

/*
 * The decoder's look-up of a frame's function ID: sets @msg's abi, smc64,
 * kind (ARGS) and sve_hint, and *@plan to the ABI's argument plan. Returns
 * LIBFFA_E_UNKNOWN_FID as libffa_abi_from_fid() does, LIBFFA_E_VERSION
 * when libffa_abi_exists() is false (abi and smc64 are then set), else
 * LIBFFA_OK.
 */
libffa_status_t libffa_plan_fid_(uint32_t w0, libffa_version_t version,
				 struct libffa_msg *msg,
				 const struct libffa_plan_ **plan);

/*
 * The decoder's fast path: when the plan fits the frame (every field
 * present, arrays up to the frame's end), reads the fields from @x into
 * the layout's struct @body with the layout's straight-line reader
 * (expanded from abi.def) and, unless @tolerant, checks the reserved bits
 * with the folded claims (a 32-bit error code claims its whole register:
 * the upper half is ignored, ffa-facts s3.1). True when that decided the
 * frame is well formed; false when the generic path must read it (a gated
 * layout) or name a reserved bit.
 */
bool libffa_plan_decode_(const struct libffa_plan_ *plan, const uint64_t *x,
			 bool smc64, libffa_version_t version, bool tolerant,
			 void *body);

/*
 * Does an SMC64 frame of the plan's layout at @version carry x8-x17? As
 * libffa_reg_in_frame_() (msg_internal.h) reads it.
 */
static inline bool libffa_plan_is_wide_(const struct libffa_plan_ *plan,
					bool smc64, libffa_version_t version)
{
	return smc64 && version >= LIBFFA_VERSION_1_2 &&
	       plan->wide_since != 0u && version >= plan->wide_since;
}

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
