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
#include "ffa/regs.h"
#include "ffa/status.h"

LIBFFA_BEGIN_DECLS

/* Bit 31: 1 = fast call, 0 = yielding call. */
#define LIBFFA_SMCCC_FAST_CALL UINT32_C(0x80000000)
/* Bit 30: 1 = SMC64/HVC64 convention, 0 = SMC32/HVC32. */
#define LIBFFA_SMCCC_CONV_64 UINT32_C(0x40000000)
/* Bits[29:24]: owning entity number. */
#define LIBFFA_SMCCC_OWNER_MASK	 UINT32_C(0x3F000000)
#define LIBFFA_SMCCC_OWNER_SHIFT 24
/* Bits[23:17]: must be zero for fast calls (DEN0028 1.2 Table 2-1). */
#define LIBFFA_SMCCC_FAST_MBZ UINT32_C(0x00FE0000)
/*
 * Bit 16: SVE live-state hint (DEN0028 1.3 s2.5). A caller sets it when it
 * has no live SVE state; it is not part of the function identity, so it is
 * masked out before any ID is matched.
 */
#define LIBFFA_SMCCC_SVE_HINT UINT32_C(0x00010000)
/* Bits[15:0]: function number. */
#define LIBFFA_SMCCC_FNUM_MASK UINT32_C(0x0000FFFF)

/* Owning entity numbers (DEN0028 1.2 Table 6-1). */
#define LIBFFA_SMCCC_OWNER_ARCH		0u
#define LIBFFA_SMCCC_OWNER_CPU		1u
#define LIBFFA_SMCCC_OWNER_SIP		2u
#define LIBFFA_SMCCC_OWNER_OEM		3u
#define LIBFFA_SMCCC_OWNER_STANDARD	4u
#define LIBFFA_SMCCC_OWNER_STANDARD_HYP 5u
#define LIBFFA_SMCCC_OWNER_VENDOR_HYP	6u

/** Build a fast-call SMC32 function ID of the standard secure service. */
#define LIBFFA_FID_32(fnum)                                                    \
	(LIBFFA_SMCCC_FAST_CALL |                                              \
	 ((uint32_t)LIBFFA_SMCCC_OWNER_STANDARD << LIBFFA_SMCCC_OWNER_SHIFT) | \
	 (uint32_t)(fnum))
/** Build a fast-call SMC64 function ID of the standard secure service. */
#define LIBFFA_FID_64(fnum) (LIBFFA_FID_32(fnum) | LIBFFA_SMCCC_CONV_64)

/* SMCCC architecture calls (owner 0, SMC32). DEN0028 1.2 s7.2, s7.3. */
#define LIBFFA_SMCCC_VERSION_FID       UINT32_C(0x80000000)
#define LIBFFA_SMCCC_ARCH_FEATURES_FID UINT32_C(0x80000001)

/* SMCCC return codes in w0 (DEN0028 1.2 s7.1, Table 7-1). */
#define LIBFFA_SMCCC_RET_SUCCESS	   0
#define LIBFFA_SMCCC_RET_NOT_SUPPORTED	   (-1)
#define LIBFFA_SMCCC_RET_NOT_REQUIRED	   (-2)
#define LIBFFA_SMCCC_RET_INVALID_PARAMETER (-3)

/* SMCCC version word: bit31 zero, bits[30:16] major, bits[15:0] minor. */
#define LIBFFA_SMCCC_VERSION(major, minor) \
	((((uint32_t)(major)) << 16) | (uint32_t)(minor))
#define LIBFFA_SMCCC_VERSION_1_0 LIBFFA_SMCCC_VERSION(1, 0)
#define LIBFFA_SMCCC_VERSION_1_1 LIBFFA_SMCCC_VERSION(1, 1)
#define LIBFFA_SMCCC_VERSION_1_2 LIBFFA_SMCCC_VERSION(1, 2)
#define LIBFFA_SMCCC_VERSION_1_3 LIBFFA_SMCCC_VERSION(1, 3)

/* FF-A function numbers (owner 4): 0x60 upwards. pKVM treats 0x60-0xFF as
 * FF-A (raised from 0x7F in 2024); TF-A dispatches 0x60-0x90 today
 * (docs/fact-check.md s3). */
#define LIBFFA_SMCCC_FFA_FNUM_FIRST 0x60u
#define LIBFFA_SMCCC_FFA_FNUM_LAST  0xFFu

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

/* ---- SMCCC_VERSION and SMCCC_ARCH_FEATURES (DEN0028 1.2 s7.2, s7.3) ---- */

/**
 * libffa_smccc_version_call() - build the SMCCC_VERSION call frame.
 * @regs: out: x0 = 0x80000000, every other register zero.
 *
 * Context: Any. Reentrant. Writes only @regs.
 */
void libffa_smccc_version_call(struct libffa_regs *regs);

/**
 * libffa_smccc_version_parse() - judge the reply to SMCCC_VERSION.
 * @reply:   the frame that came back (untrusted); only w0 is read.
 * @version: out: the SMCCC version word. A NOT_SUPPORTED answer means the
 *           firmware implements SMCCC 1.0, which had no SMCCC_VERSION
 *           (DEN0028 1.2 s7.2), so @version is then 1.0.
 *
 * Context: Any. Reentrant. Writes only @version.
 * Return:
 * * %LIBFFA_OK       - @version holds the version;
 * * %LIBFFA_E_INVAL  - a NULL pointer;
 * * %LIBFFA_E_BADVALUE - w0 has bit 31 set but is not NOT_SUPPORTED, or
 *                      major 0 (no SMCCC version has it).
 */
LIBFFA_MUST_CHECK libffa_status_t
libffa_smccc_version_parse(const struct libffa_regs *reply, uint32_t *version);

/**
 * libffa_smccc_version_has_x8_x17() - does an SMCCC version carry x8-x17?
 * @smccc_version: a version word from libffa_smccc_version_parse().
 *
 * SMCCC 1.2 made x4-x17 result registers and x8-x17 argument registers of
 * SMC64/HVC64 (DEN0028 1.2 s2.6). FF-A 1.2 needs it (DEN0077A 1.2 s11.2);
 * pKVM disables its FF-A proxy below it (docs/fact-check.md s6).
 */
static inline bool libffa_smccc_version_has_x8_x17(uint32_t smccc_version)
{
	return (smccc_version & UINT32_C(0x80000000)) == 0u &&
	       smccc_version >= LIBFFA_SMCCC_VERSION_1_2;
}

/**
 * libffa_smccc_version_require() - parse SMCCC_VERSION's reply and insist
 * on a minimum. This is the one SMCCC check of the library: an FF-A caller
 * asks for %LIBFFA_SMCCC_VERSION_1_2, since every FF-A version uses w4-w7
 * (and from v1.2 x8-x17) for results, which SMCCC 1.1 preserves
 * (DEN0028 1.2 s2.6; docs/fact-check.md s6). Linux refuses FF-A below
 * SMCCC 1.2 for the same reason. NOT_SUPPORTED means SMCCC 1.0, which is
 * below every useful minimum, so it answers %LIBFFA_E_VERSION like any
 * other old version.
 * @reply:   the frame that came back (untrusted).
 * @minimum: the lowest acceptable version, e.g. %LIBFFA_SMCCC_VERSION_1_2
 *           for the 18-register frame.
 * @version: out: the version the firmware reported.
 *
 * Return:
 * * %LIBFFA_OK         - @version >= @minimum;
 * * %LIBFFA_E_VERSION  - the firmware is older (@version is still set);
 * * %LIBFFA_E_INVAL, %LIBFFA_E_BADVALUE - as libffa_smccc_version_parse().
 */
LIBFFA_MUST_CHECK libffa_status_t libffa_smccc_version_require(
	const struct libffa_regs *reply, uint32_t minimum, uint32_t *version);

/**
 * libffa_smccc_arch_features_call() - build an SMCCC_ARCH_FEATURES frame.
 * @regs: out: x0 = 0x80000001, w1 = @fid, every other register zero.
 * @fid:  the function ID asked about.
 */
void libffa_smccc_arch_features_call(struct libffa_regs *regs, uint32_t fid);

/**
 * libffa_smccc_arch_features_parse() - judge the reply to
 * SMCCC_ARCH_FEATURES (DEN0028 1.2 s7.3).
 * @reply: the frame that came back (untrusted); only w0 is read.
 * @value: out: w0 as a signed value: >= 0 when the function is
 *         implemented (some functions define the bits), the raw error
 *         otherwise.
 *
 * Return:
 * * %LIBFFA_OK           - implemented;
 * * %LIBFFA_E_UNKNOWN_FID - NOT_SUPPORTED: the function is not implemented;
 * * %LIBFFA_E_PEER       - another negative answer (e.g. NOT_REQUIRED);
 * * %LIBFFA_E_INVAL      - a NULL pointer.
 */
LIBFFA_MUST_CHECK libffa_status_t libffa_smccc_arch_features_parse(
	const struct libffa_regs *reply, int32_t *value);

/* ---- Register masks ------------------------------------------------------ */

/**
 * typedef libffa_regmask_t - a set of general-purpose registers: bit n is
 * xn, n = 0..30. Bits 0-17 cover the SMCCC 1.2 frame (struct libffa_regs);
 * bits 18-30 the registers a callee preserves in every convention.
 */
typedef uint32_t libffa_regmask_t;

/** Register xn alone. */
#define LIBFFA_REGMASK_X(n) ((libffa_regmask_t)(UINT32_C(1) << (n)))
/** Registers x<lo>..x<hi> inclusive (0 <= lo <= hi <= 30). */
#define LIBFFA_REGMASK_RANGE(lo, hi)                                \
	((libffa_regmask_t)((UINT32_C(0x7FFFFFFF) >> (30 - (hi))) & \
			    (UINT32_C(0xFFFFFFFF) << (lo))))

#define LIBFFA_REGMASK_X0_X3   LIBFFA_REGMASK_RANGE(0, 3)
#define LIBFFA_REGMASK_X0_X7   LIBFFA_REGMASK_RANGE(0, 7)
#define LIBFFA_REGMASK_X4_X7   LIBFFA_REGMASK_RANGE(4, 7)
#define LIBFFA_REGMASK_X4_X17  LIBFFA_REGMASK_RANGE(4, 17)
#define LIBFFA_REGMASK_X8_X17  LIBFFA_REGMASK_RANGE(8, 17)
#define LIBFFA_REGMASK_X4_X30  LIBFFA_REGMASK_RANGE(4, 30)
#define LIBFFA_REGMASK_X8_X30  LIBFFA_REGMASK_RANGE(8, 30)
#define LIBFFA_REGMASK_X18_X30 LIBFFA_REGMASK_RANGE(18, 30)
/** The 18-register SMCCC 1.2 frame, x0-x17. */
#define LIBFFA_REGMASK_FRAME LIBFFA_REGMASK_RANGE(0, 17)
/** Every general-purpose register, x0-x30. */
#define LIBFFA_REGMASK_ALL LIBFFA_REGMASK_RANGE(0, 30)

/** Number of general-purpose registers a mask can name (x0-x30). */
#define LIBFFA_GPR_COUNT 31

/**
 * struct libffa_smccc_gprs - a snapshot of x0-x30, for checking what a
 * callee preserved (the frame, struct libffa_regs, stops at x17).
 * @x: x0-x30.
 */
struct libffa_smccc_gprs {
	uint64_t x[LIBFFA_GPR_COUNT];
};

/* ---- Register rules of a calling convention --------------------------------
 */

/**
 * struct libffa_smccc_conv - what one SMCCC convention promises an AArch64
 * caller, at one SMCCC version (DEN0028 1.2 s2.6, s2.7; the per-version
 * rules are sourced in docs/fact-check.md s6).
 * @args:          registers that may carry arguments (x0 = function ID).
 * @results:       registers that may carry results, when the function
 *                 defines them as results.
 * @preserved:     registers the callee preserves whatever the function.
 * @unless_result: registers the callee preserves unless the function
 *                 defines them as results (W4-W7 of SMC32, x4-x17 of
 *                 SMC64, from SMCCC 1.2).
 * @unpredictable: registers with no guarantee on return (x4-x17 in
 *                 SMCCC 1.0).
 *
 * SMCCC 1.0: results x0-x3, x4-x17 unpredictable, x18-x30 preserved.
 * SMCCC 1.1: results x0-x3, x4-x30 preserved.
 * SMCCC 1.2+: SMC32 results w0-w7, x8-x30 preserved; SMC64 results x0-x17,
 * x18-x30 preserved; in both, x4 upwards are preserved unless they hold
 * results. SP_EL0 and SP_ELx are always preserved (not modelled).
 */
struct libffa_smccc_conv {
	libffa_regmask_t args;
	libffa_regmask_t results;
	libffa_regmask_t preserved;
	libffa_regmask_t unless_result;
	libffa_regmask_t unpredictable;
};

/**
 * libffa_smccc_conv_rules() - the rules of a convention at a version.
 * @smc64:         SMC64/HVC64 (true) or SMC32/HVC32 (false).
 * @smccc_version: the SMCCC version word; anything below 1.1 (including a
 *                 malformed word) gets the 1.0 rules.
 * @conv:          out.
 */
void libffa_smccc_conv_rules(bool smc64, uint32_t smccc_version,
			     struct libffa_smccc_conv *conv);

/**
 * libffa_smccc_callee_preserves() - the registers a callee must preserve.
 * @smc64:         the caller's convention (bit 30 of the function ID it
 *                 called).
 * @smccc_version: the SMCCC version.
 * @results:       the registers the function defines as results.
 *
 * Return: preserved | (unless_result & ~@results): x8-x30 for an SMC32
 * call, x18-x30 for SMC64, plus the unused result registers above x3.
 */
libffa_regmask_t libffa_smccc_callee_preserves(bool smc64,
					       uint32_t smccc_version,
					       libffa_regmask_t results);

/**
 * libffa_smccc_first_clobbered() - check that a callee preserved what it
 * must.
 * @preserved: the registers to check, e.g. from
 *             libffa_smccc_callee_preserves().
 * @before:    x0-x30 at the call.
 * @after:     x0-x30 on return.
 *
 * All 64 bits of each register are compared.
 *
 * Return: the index of the lowest register in @preserved whose value
 * changed, or -1 when every one is intact (or a pointer is NULL: nothing
 * to check).
 */
int libffa_smccc_first_clobbered(libffa_regmask_t preserved,
				 const struct libffa_smccc_gprs *before,
				 const struct libffa_smccc_gprs *after);

/**
 * libffa_smccc_fid_in_ffa_range() - does @fid name a function in FF-A's
 * range, whatever its other bits say?
 * @fid: w0 of a call.
 *
 * True for the standard secure service owner (4) and a function number in
 * 0x60-0xFF, the one place that range is checked. A proxy routes on this,
 * and a callee counts such a call as an FF-A call (for example to lock the
 * version): anything in the range is FF-A's business and is decoded (and
 * refused when malformed, e.g. a yielding call or bits [23:17] set,
 * DEN0028 1.2 s2.5) rather than passed through.
 */
static inline bool libffa_smccc_fid_in_ffa_range(uint32_t fid)
{
	uint32_t fnum = libffa_smccc_fid_fnum(fid);

	return libffa_smccc_fid_owner(fid) == LIBFFA_SMCCC_OWNER_STANDARD &&
	       fnum >= LIBFFA_SMCCC_FFA_FNUM_FIRST &&
	       fnum <= LIBFFA_SMCCC_FFA_FNUM_LAST;
}

LIBFFA_END_DECLS

#endif /* LIBFFA_SMCCC_H */
