/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * SMCCC function-ID anatomy (DEN0028 1.2 s2.5, Table 2-1) and the
 * architecture calls an FF-A caller needs (DEN0028 1.2 s7).
 */
#ifndef LIBFFA_SMCCC_H
#define LIBFFA_SMCCC_H

#include "ffa/env.h"

LIBFFA_BEGIN_DECLS

/* Bit 31: 1 = fast call, 0 = yielding call. */
#define LIBFFA_SMCCC_FAST_CALL  UINT32_C(0x80000000)
/* Bit 30: 1 = SMC64/HVC64 convention, 0 = SMC32/HVC32. */
#define LIBFFA_SMCCC_CONV_64    UINT32_C(0x40000000)
/* Bits[29:24]: owning entity number. */
#define LIBFFA_SMCCC_OWNER_MASK UINT32_C(0x3F000000)
#define LIBFFA_SMCCC_OWNER_SHIFT 24
/* Bits[23:17]: must be zero for fast calls (DEN0028 1.2 Table 2-1). */
#define LIBFFA_SMCCC_FAST_MBZ   UINT32_C(0x00FE0000)
/*
 * Bit 16: SVE live-state hint (DEN0028 1.3 s2.5). A caller sets it when it
 * has no live SVE state; it is not part of the function identity, so it is
 * masked out before any ID is matched.
 */
#define LIBFFA_SMCCC_SVE_HINT   UINT32_C(0x00010000)
/* Bits[15:0]: function number. */
#define LIBFFA_SMCCC_FNUM_MASK  UINT32_C(0x0000FFFF)

/* Owning entity numbers (DEN0028 1.2 Table 6-1). */
#define LIBFFA_SMCCC_OWNER_ARCH         0u
#define LIBFFA_SMCCC_OWNER_CPU          1u
#define LIBFFA_SMCCC_OWNER_SIP          2u
#define LIBFFA_SMCCC_OWNER_OEM          3u
#define LIBFFA_SMCCC_OWNER_STANDARD     4u
#define LIBFFA_SMCCC_OWNER_STANDARD_HYP 5u
#define LIBFFA_SMCCC_OWNER_VENDOR_HYP   6u

/** Build a fast-call SMC32 function ID of the standard secure service. */
#define LIBFFA_FID_32(fnum)                                                \
	(LIBFFA_SMCCC_FAST_CALL |                                          \
	 ((uint32_t)LIBFFA_SMCCC_OWNER_STANDARD << LIBFFA_SMCCC_OWNER_SHIFT) | \
	 (uint32_t)(fnum))
/** Build a fast-call SMC64 function ID of the standard secure service. */
#define LIBFFA_FID_64(fnum) (LIBFFA_FID_32(fnum) | LIBFFA_SMCCC_CONV_64)

/* SMCCC architecture calls (owner 0, SMC32). DEN0028 1.2 s7.2, s7.3. */
#define LIBFFA_SMCCC_VERSION_FID       UINT32_C(0x80000000)
#define LIBFFA_SMCCC_ARCH_FEATURES_FID UINT32_C(0x80000001)

/* SMCCC return codes in w0 (DEN0028 1.2 s7.1, Table 7-1). */
#define LIBFFA_SMCCC_RET_SUCCESS           0
#define LIBFFA_SMCCC_RET_NOT_SUPPORTED     (-1)
#define LIBFFA_SMCCC_RET_NOT_REQUIRED      (-2)
#define LIBFFA_SMCCC_RET_INVALID_PARAMETER (-3)

/* SMCCC version word: bit31 zero, bits[30:16] major, bits[15:0] minor. */
#define LIBFFA_SMCCC_VERSION(major, minor)                                 \
	((((uint32_t)(major)) << 16) | (uint32_t)(minor))
#define LIBFFA_SMCCC_VERSION_1_2 LIBFFA_SMCCC_VERSION(1, 2)

/** libffa_smccc_fid_is_fast() - true for a fast call (bit 31 set). */
static inline bool libffa_smccc_fid_is_fast(uint32_t fid)
{
	return (fid & LIBFFA_SMCCC_FAST_CALL) != 0u;
}

/** libffa_smccc_fid_is_64() - true for the SMC64/HVC64 convention. */
static inline bool libffa_smccc_fid_is_64(uint32_t fid)
{
	return (fid & LIBFFA_SMCCC_CONV_64) != 0u;
}

/** libffa_smccc_fid_owner() - the owning entity number, bits[29:24]. */
static inline uint32_t libffa_smccc_fid_owner(uint32_t fid)
{
	return (fid & LIBFFA_SMCCC_OWNER_MASK) >> LIBFFA_SMCCC_OWNER_SHIFT;
}

/** libffa_smccc_fid_fnum() - the function number, bits[15:0]. */
static inline uint32_t libffa_smccc_fid_fnum(uint32_t fid)
{
	return fid & LIBFFA_SMCCC_FNUM_MASK;
}

/** libffa_smccc_fid_has_sve_hint() - the caller set the SVE hint bit. */
static inline bool libffa_smccc_fid_has_sve_hint(uint32_t fid)
{
	return (fid & LIBFFA_SMCCC_SVE_HINT) != 0u;
}

/**
 * libffa_smccc_fid_strip() - the function ID without the SVE hint bit.
 * @fid: w0 of a call.
 *
 * DEN0028 1.3 s2.5: the hint is not part of the function identity, so every
 * comparison against a known ID uses the stripped value.
 */
static inline uint32_t libffa_smccc_fid_strip(uint32_t fid)
{
	return fid & ~LIBFFA_SMCCC_SVE_HINT;
}

LIBFFA_END_DECLS

#endif /* LIBFFA_SMCCC_H */
