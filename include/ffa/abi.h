/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * The ABI catalogue, generated from abi.def: one enumerator per ABI, its
 * function IDs, the versions that define it, and the register layout of its
 * frame and of the FFA_SUCCESS frame that answers it.
 */
#ifndef LIBFFA_ABI_H
#define LIBFFA_ABI_H

#include "ffa/env.h"
#include "ffa/smccc.h"
#include "ffa/status.h"
#include "ffa/version.h"

LIBFFA_BEGIN_DECLS

/** A 16-bit FF-A endpoint ID (bit 15 set: secure world). */
typedef uint16_t libffa_id_t;
/** A 64-bit memory-transaction handle. */
typedef uint64_t libffa_handle_t;

/**
 * struct libffa_uuid - a UUID as 16 bytes in RFC 4122 string order.
 *
 * In registers a UUID follows the SMCCC convention (DEN0028 1.2 s5.3):
 * wN holds bytes 4k..4k+3 with the lowest-numbered byte in bits[7:0]; an
 * x-register pair holds bytes 0-7 and 8-15, byte 0 in bits[7:0].
 */
struct libffa_uuid {
	uint8_t bytes[16];
};

/* Informative "who calls it" bits (the callers column of abi.def). */
#define LIBFFA_CALLER_NS   0x01u /* NS endpoint or VM */
#define LIBFFA_CALLER_HYP  0x02u /* hypervisor */
#define LIBFFA_CALLER_SP   0x04u /* secure partition */
#define LIBFFA_CALLER_SPMC 0x08u /* SPMC (to SPMD or NS) */
#define LIBFFA_CALLER_ANY  0x0Fu
/* Deprecated by a later version, still defined (docs/fact-check.md). */
#define LIBFFA_ABI_F_DEPRECATED 0x10u
/*
 * The answer is a bare value in w0, not an FFA_SUCCESS frame: FFA_VERSION
 * (DEN0077A 1.2 s13.2) and the SMCCC calls (DEN0028 1.2 s7).
 */
#define LIBFFA_ABI_F_ANSWER_W0 0x20u

/**
 * enum libffa_abi - one enumerator per row of abi.def, with the row's
 * explicit id: adding a row never renumbers the others.
 */
enum libffa_abi {
#define LIBFFA_ABI(NAME, lc, id, spec, f32, f64, s32, s64, until, callers, \
		   check)                                                  \
	LIBFFA_ABI_##NAME = (id),
#include "ffa/abi.def"
};

/* One char per ABI: its size counts the rows of abi.def. */
struct libffa_abi_count_ {
#define LIBFFA_ABI(NAME, lc, id, spec, f32, f64, s32, s64, until, callers, \
		   check)                                                  \
	char LIBFFA_ABI_COUNT_##NAME;
#include "ffa/abi.def"
};

/** Number of ABIs in the table; the ids are 0 to LIBFFA_ABI_COUNT - 1. */
enum { LIBFFA_ABI_COUNT = (int)sizeof(struct libffa_abi_count_) };

/* The ids are dense: each is below the row count. */
#define LIBFFA_ABI(NAME, lc, id, spec, f32, f64, s32, s64, until, callers, \
		   check)                                                  \
	LIBFFA_STATIC_ASSERT((id) < LIBFFA_ABI_COUNT, "abi.def id " #NAME);
#include "ffa/abi.def"

/** enum libffa_fnum - the function number (bits[15:0] of the ID). */
enum libffa_fnum {
#define LIBFFA_ABI(NAME, lc, id, spec, f32, f64, s32, s64, until, callers, \
		   check)                                                  \
	LIBFFA_FNUM_##NAME = (int)(((f32) | (f64)) & 0xFFFFu),
#include "ffa/abi.def"
};

/**
 * enum libffa_msg_kind - which layout of an ABI a frame follows.
 * @LIBFFA_MSG_ARGS:   the ABI's own frame, x0 = its function ID.
 * @LIBFFA_MSG_RESULT: the frame that answers the ABI successfully:
 *                     FFA_SUCCESS_32/64, or a bare value in w0 for
 *                     FFA_VERSION and the SMCCC calls.
 */
enum libffa_msg_kind { LIBFFA_MSG_ARGS = 0, LIBFFA_MSG_RESULT = 1 };

/**
 * struct libffa_abi_info - one row of the ABI table.
 * @name:    specification name without width suffix ("FFA_MEM_SHARE").
 * @fid32:   SMC32 function ID, 0 if none.
 * @fid64:   SMC64 function ID, 0 if none.
 * @since32: first version with the SMC32 form, 0 if none.
 * @since64: first version with the SMC64 form, 0 if none.
 * @until:   first version without the ABI, 0 if none.
 * @flags:   LIBFFA_CALLER_* and LIBFFA_ABI_F_* bits.
 */
struct libffa_abi_info {
	const char *name;
	uint32_t fid32;
	uint32_t fid64;
	libffa_version_t since32;
	libffa_version_t since64;
	libffa_version_t until;
	uint32_t flags;
};

/**
 * libffa_abi_info() - the table row of an ABI.
 * @abi: any enumerator.
 *
 * Return: the row, or NULL when @abi is out of range.
 */
const struct libffa_abi_info *libffa_abi_info(enum libffa_abi abi);

/**
 * libffa_abi_from_fid() - which ABI a function ID names.
 * @fid:   w0 of a frame; the SVE hint bit is ignored (DEN0028 1.3 s2.5).
 * @abi:   out: the ABI.
 * @smc64: out: true for the SMC64 form.
 *
 * Context: Any. Reentrant. No side effects.
 * Return:
 * * %LIBFFA_OK            - found;
 * * %LIBFFA_E_UNKNOWN_FID - no ABI has this ID (including IDs with bits
 *                           [23:17] set, which SMCCC reserves for fast calls).
 */
LIBFFA_MUST_CHECK libffa_status_t libffa_abi_from_fid(uint32_t fid,
						      enum libffa_abi *abi,
						      bool *smc64);

/**
 * libffa_abi_from_name() - parse an ABI name as the CLI accepts it.
 * @name:  "FFA_MEM_SHARE_64", "FFA_MEM_SHARE", "MEM_SHARE", "mem_share_32",
 *         "SMCCC_VERSION" (case-insensitive); NUL-terminated.
 * @abi:   out: the ABI.
 * @width: out: 32 or 64 when the name carries a width suffix, else 0.
 *
 * Return: true when the name is known.
 */
bool libffa_abi_from_name(const char *name, enum libffa_abi *abi,
			  unsigned int *width);

/**
 * libffa_abi_fid() - the function ID of one form of an ABI.
 * @abi:   the ABI.
 * @smc64: which form.
 *
 * Return: the ID, or 0 when that form does not exist.
 */
uint32_t libffa_abi_fid(enum libffa_abi abi, bool smc64);

/**
 * libffa_abi_exists() - is this form of the ABI defined at a version?
 * @abi:     the ABI.
 * @smc64:   which form.
 * @version: the negotiated FF-A version.
 */
bool libffa_abi_exists(enum libffa_abi abi, bool smc64,
		       libffa_version_t version);

/**
 * libffa_abi_regs_in_use() - how many registers a frame's convention has.
 * @smc64:   the frame's convention.
 * @version: the negotiated version.
 *
 * Return: 8 (x0-x7) or 18 (x0-x17): SMC32 frames have w0-w7; SMC64 frames
 * have x0-x17 from v1.2 (SMCCC 1.2), x0-x7 before.
 */
unsigned int libffa_abi_regs_in_use(bool smc64, libffa_version_t version);

/**
 * libffa_abi_answers_in_w0() - is the ABI answered by a bare value in w0?
 * @abi: the ABI.
 *
 * Return: true for FFA_VERSION and the SMCCC calls (%LIBFFA_ABI_F_ANSWER_W0
 * in abi.def): their answer is no FFA_SUCCESS frame. False for any other
 * ABI and for an out-of-range @abi.
 */
bool libffa_abi_answers_in_w0(enum libffa_abi abi);

/** libffa_uuid_from_w() - UUID from four w-register values. */
void libffa_uuid_from_w(struct libffa_uuid *uuid, const uint32_t w[4]);
/** libffa_uuid_to_w() - UUID to four w-register values. */
void libffa_uuid_to_w(const struct libffa_uuid *uuid, uint32_t w[4]);
/** libffa_uuid_from_x() - UUID from an x-register pair. */
void libffa_uuid_from_x(struct libffa_uuid *uuid, uint64_t lo, uint64_t hi);
/** libffa_uuid_to_x() - UUID to an x-register pair. */
void libffa_uuid_to_x(const struct libffa_uuid *uuid, uint64_t *lo,
		      uint64_t *hi);
/** libffa_uuid_is_nil() - all sixteen bytes zero. */
bool libffa_uuid_is_nil(const struct libffa_uuid *uuid);

LIBFFA_END_DECLS

#endif /* LIBFFA_ABI_H */
