/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * What the ABI table (abi.c, layer 1) gives the layers above it beyond
 * the public ffa/abi.h: its function-number look-up, inline so that the
 * codec's dispatch pays no call for it.
 */
#ifndef LIBFFA_ABI_INTERNAL_H
#define LIBFFA_ABI_INTERNAL_H

#include "ffa/env.h"
#include "ffa/smccc.h"

#include "internal.h"

/*
 * A dense slot per known function number: FF-A numbers 0x60..0x90 (owner 4)
 * and the SMCCC architecture calls 0..1 (owner 0) after them. Both widths of
 * an ABI share its slot; the full ID is compared after the look-up.
 */
#define LIBFFA_ABI_FNUM_FIRST_ 0x60u
#define LIBFFA_ABI_FNUM_SLOTS_ 0x31u
#define LIBFFA_ABI_SLOTS_      (LIBFFA_ABI_FNUM_SLOTS_ + 2u)

/* Slot -> ABI + 1 (0: no ABI), expanded from abi.def in abi.c. */
extern const uint8_t libffa_abi_slots_[LIBFFA_ABI_SLOTS_];

/*
 * The ABI whose function number is bits[15:0] of @fid, plus one; 0 when
 * no ABI has that number. The owner and convention bits are not looked at
 * (FF-A's numbers and the SMCCC architecture calls' do not overlap; the
 * caller compares the whole ID with the row's), so that a caller can name
 * the ABI a malformed ID was meant for.
 */
static LIBFFA_INLINE_ unsigned int libffa_abi_by_fnum_(uint32_t fid)
{
	uint32_t fnum = libffa_smccc_fid_fnum(fid);

	if (fnum >= LIBFFA_ABI_FNUM_FIRST_ &&
	    fnum < LIBFFA_ABI_FNUM_FIRST_ + LIBFFA_ABI_FNUM_SLOTS_) {
		return libffa_abi_slots_[fnum - LIBFFA_ABI_FNUM_FIRST_];
	}
	if (fnum < 2u) {
		return libffa_abi_slots_[LIBFFA_ABI_FNUM_SLOTS_ + fnum];
	}
	return 0;
}

#endif /* LIBFFA_ABI_INTERNAL_H */
