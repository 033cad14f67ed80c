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

/** enum libffa_abi - one enumerator per row of abi.def. */
enum libffa_abi {
#define LIBFFA_ABI(NAME, lc, spec, f32, f64, s32, s64, until, callers, check) \
	LIBFFA_ABI_##NAME,
#include "ffa/abi.def"
};

/* One char per ABI: its size counts the rows of abi.def. */
struct libffa_abi_count_ {
#define LIBFFA_ABI(NAME, lc, spec, f32, f64, s32, s64, until, callers, check) \
	char LIBFFA_ABI_COUNT_##NAME;
#include "ffa/abi.def"
};

/** Number of ABIs in the table. */
enum { LIBFFA_ABI_COUNT = (int)sizeof(struct libffa_abi_count_) };

/** enum libffa_fnum - the function number (bits[15:0] of the ID). */
enum libffa_fnum {
#define LIBFFA_ABI(NAME, lc, spec, f32, f64, s32, s64, until, callers, check) \
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

/** enum libffa_field_kind - how a field sits in the registers. */
enum libffa_field_kind {
	LIBFFA_FIELD_BITS,   /* bits [lo+width-1:lo] of x<reg> */
	LIBFFA_FIELD_SPLIT,  /* 64-bit: low word w<reg>, high word w<lo> */
	LIBFFA_FIELD_UUID_W, /* UUID in w<reg>..w<reg+3> */
	LIBFFA_FIELD_UUID_X, /* UUID in x<reg>, x<reg+1> */
	LIBFFA_FIELD_ARRAY   /* width whole registers from x<reg> */
};

/**
 * struct libffa_field - one named field of a layout.
 * @name:      specification term in snake_case.
 * @offset:    byte offset in the layout's struct (struct libffa_args_* or
 *             struct libffa_result_*).
 * @size:      bytes of one element.
 * @kind:      &enum libffa_field_kind.
 * @is_signed: the C type is signed (error codes).
 * @reg:       first register.
 * @lo:        first bit (BITS) or high-word register (SPLIT).
 * @width:     bits (BITS), element count (ARRAY), 64 or 128 otherwise.
 * @since:     first version that defines the field.
 * @until:     first version that no longer does, 0 if none.
 */
struct libffa_field {
	const char *name;
	uint16_t offset;
	uint8_t size;
	uint8_t kind;
	uint8_t is_signed;
	uint8_t reg;
	uint8_t lo;
	uint8_t width;
	libffa_version_t since;
	libffa_version_t until;
};

/**
 * struct libffa_layout - the fields of one frame shape.
 * @fields:      the fields, in register order.
 * @field_count: number of @fields (0: every register is reserved).
 * @wide_since:  first version whose SMC64 frame uses x8-x17, 0 if none.
 */
struct libffa_layout {
	const struct libffa_field *fields;
	uint8_t field_count;
	libffa_version_t wide_since;
};

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
 * libffa_abi_layout() - the register layout of an ABI's frame or result.
 * @abi:  the ABI.
 * @kind: %LIBFFA_MSG_ARGS or %LIBFFA_MSG_RESULT.
 *
 * Return: the layout (possibly with no fields), or NULL when @abi is out of
 * range.
 */
const struct libffa_layout *libffa_abi_layout(enum libffa_abi abi,
					      enum libffa_msg_kind kind);

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
 * libffa_field_present() - does a field exist in a frame?
 * @layout:  the layout the field belongs to.
 * @field:   the field.
 * @smc64:   the frame's convention.
 * @version: the negotiated version.
 * @elem:    element index for arrays (0 otherwise).
 *
 * A field exists when its version range covers @version, and every register
 * it touches belongs to the frame: SMC32 frames have only w0-w7, and x8-x17
 * carry fields only from the layout's wide_since version.
 */
bool libffa_field_present(const struct libffa_layout *layout,
			  const struct libffa_field *field, bool smc64,
			  libffa_version_t version, unsigned int elem);

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
