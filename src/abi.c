/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * The ABI catalogue: rows, layouts and look-ups, all expanded from abi.def.
 * Layer 1: below the codec, it includes no codec header.
 */
#include "ffa/abi.h"

#include "ffa/abi_layouts.h"
#include "ffa/field.h"

#include "abi_internal.h"
#include "internal.h"

/* Is @version in [since, until)? since 0: never; until 0: no end. */
static bool in_range(libffa_version_t version, libffa_version_t since,
		     libffa_version_t until)
{
	return since != 0u && version >= since &&
	       (until == 0u || version < until);
}

/* ---- Rows ---------------------------------------------------------------- */

static const struct libffa_abi_info abi_rows[LIBFFA_ABI_COUNT] = {
#define LIBFFA_ABI(NAME, lc, id, spec, f32, f64, s32, s64, until, callers, \
		   check)                                                  \
	[LIBFFA_ABI_##NAME] = {spec, f32, f64, s32, s64, until, callers},
#include "ffa/abi.def"
};

/* ---- Layouts ------------------------------------------------------------- */

/*
 * A signed field type (error codes). Integer types only: a UUID field's
 * type is a struct, so its row gets 0 without evaluating this.
 */
#define LIBFFA_IS_SIGNED_BITS(ctype)   ((ctype)((ctype)0 - 1) < (ctype)1)
#define LIBFFA_IS_SIGNED_SPLIT(ctype)  LIBFFA_IS_SIGNED_BITS(ctype)
#define LIBFFA_IS_SIGNED_ARRAY(ctype)  LIBFFA_IS_SIGNED_BITS(ctype)
#define LIBFFA_IS_SIGNED_UUID_W(ctype) 0
#define LIBFFA_IS_SIGNED_UUID_X(ctype) 0

#define LIBFFA_ARGS_BEGIN(NAME, lc, wide) \
	static const struct libffa_field args_fields_##lc[] = {
#define LIBFFA_ARG(lc, nm, KIND, ctype, dim, reg, lo, width, since, until) \
	{#nm,                                                              \
	 (uint16_t)offsetof(struct libffa_args_##lc, nm),                  \
	 (uint8_t)sizeof(ctype),                                           \
	 (uint8_t)LIBFFA_FIELD_##KIND,                                     \
	 (uint8_t)LIBFFA_IS_SIGNED_##KIND(ctype),                          \
	 (reg),                                                            \
	 (lo),                                                             \
	 (uint8_t)(width),                                                 \
	 (since),                                                          \
	 (until)},
#define LIBFFA_ARGS_END(NAME, lc) \
	}                         \
	;
#define LIBFFA_RESULT_BEGIN(NAME, lc, wide) \
	static const struct libffa_field result_fields_##lc[] = {
#define LIBFFA_RES(lc, nm, KIND, ctype, dim, reg, lo, width, since, until) \
	{#nm,                                                              \
	 (uint16_t)offsetof(struct libffa_result_##lc, nm),                \
	 (uint8_t)sizeof(ctype),                                           \
	 (uint8_t)LIBFFA_FIELD_##KIND,                                     \
	 (uint8_t)LIBFFA_IS_SIGNED_##KIND(ctype),                          \
	 (reg),                                                            \
	 (lo),                                                             \
	 (uint8_t)(width),                                                 \
	 (since),                                                          \
	 (until)},
#define LIBFFA_RESULT_END(NAME, lc) \
	}                           \
	;
#include "ffa/abi.def"

static const struct libffa_layout args_layouts[LIBFFA_ABI_COUNT] = {
#define LIBFFA_ARGS_BEGIN(NAME, lc, wide)                                    \
	[LIBFFA_ABI_##NAME] = {args_fields_##lc,                             \
			       (uint8_t)LIBFFA_ARRAY_SIZE(args_fields_##lc), \
			       (wide)},
#include "ffa/abi.def"
};

static const struct libffa_layout result_layouts[LIBFFA_ABI_COUNT] = {
#define LIBFFA_RESULT_BEGIN(NAME, lc, wide)                                    \
	[LIBFFA_ABI_##NAME] = {result_fields_##lc,                             \
			       (uint8_t)LIBFFA_ARRAY_SIZE(result_fields_##lc), \
			       (wide)},
#include "ffa/abi.def"
};

/* ---- Function-ID look-up --------------------------------------------------
 */

/* The slot of a function ID of abi.def (abi_internal.h). */
#define FNUM_FIRST LIBFFA_ABI_FNUM_FIRST_
#define FNUM_SLOTS LIBFFA_ABI_FNUM_SLOTS_
#define SLOT_OF(fid)                              \
	((((fid)&LIBFFA_SMCCC_OWNER_MASK) != 0u)  \
		 ? (((fid)&0xFFFFu) - FNUM_FIRST) \
		 : (FNUM_SLOTS + ((fid)&0xFFFFu)))

const uint8_t libffa_abi_slots_[LIBFFA_ABI_SLOTS_] = {
#define LIBFFA_ABI(NAME, lc, id, spec, f32, f64, s32, s64, until, callers, \
		   check)                                                  \
	[SLOT_OF((uint32_t)((f32) | (f64)))] = (uint8_t)(LIBFFA_ABI_##NAME + 1),
#include "ffa/abi.def"
};

libffa_status_t libffa_abi_from_fid(uint32_t fid, enum libffa_abi *abi,
				    bool *smc64)
{
	uint32_t id = libffa_smccc_fid_strip(fid);
	uint32_t owner = libffa_smccc_fid_owner(id);
	uint32_t fnum = libffa_smccc_fid_fnum(id);
	uint32_t slot;
	const struct libffa_abi_info *row;

	if (abi == NULL || smc64 == NULL) {
		return LIBFFA_E_INVAL;
	}
	if (owner == LIBFFA_SMCCC_OWNER_STANDARD && fnum >= FNUM_FIRST &&
	    fnum < FNUM_FIRST + FNUM_SLOTS) {
		slot = fnum - FNUM_FIRST;
	} else if (owner == LIBFFA_SMCCC_OWNER_ARCH && fnum < 2u) {
		slot = FNUM_SLOTS + fnum;
	} else {
		return LIBFFA_E_UNKNOWN_FID;
	}
	if (libffa_abi_slots_[slot] == 0u) {
		return LIBFFA_E_UNKNOWN_FID;
	}
	/* Full compare: rejects yielding calls and bits[23:17] set. */
	row = &abi_rows[libffa_abi_slots_[slot] - 1u];
	if (row->fid32 != 0u && id == row->fid32) {
		*smc64 = false;
	} else if (row->fid64 != 0u && id == row->fid64) {
		*smc64 = true;
	} else {
		return LIBFFA_E_UNKNOWN_FID;
	}
	*abi = (enum libffa_abi)(libffa_abi_slots_[slot] - 1u);
	return LIBFFA_OK;
}

/* ---- Rows and layouts ------------------------------------------------------
 */

const struct libffa_abi_info *libffa_abi_info(enum libffa_abi abi)
{
	if ((unsigned int)abi >= (unsigned int)LIBFFA_ABI_COUNT) {
		return NULL;
	}
	return &abi_rows[abi];
}

const struct libffa_layout *libffa_abi_layout(enum libffa_abi abi,
					      enum libffa_msg_kind kind)
{
	if ((unsigned int)abi >= (unsigned int)LIBFFA_ABI_COUNT) {
		return NULL;
	}
	return kind == LIBFFA_MSG_RESULT ? &result_layouts[abi]
					 : &args_layouts[abi];
}

uint32_t libffa_abi_fid(enum libffa_abi abi, bool smc64)
{
	const struct libffa_abi_info *row = libffa_abi_info(abi);

	if (row == NULL) {
		return 0;
	}
	return smc64 ? row->fid64 : row->fid32;
}

bool libffa_abi_exists(enum libffa_abi abi, bool smc64,
		       libffa_version_t version)
{
	const struct libffa_abi_info *row = libffa_abi_info(abi);

	if (row == NULL) {
		return false;
	}
	return in_range(version, smc64 ? row->since64 : row->since32,
			row->until);
}

bool libffa_abi_answers_in_w0(enum libffa_abi abi)
{
	const struct libffa_abi_info *row = libffa_abi_info(abi);

	return row != NULL && (row->flags & LIBFFA_ABI_F_ANSWER_W0) != 0u;
}

unsigned int libffa_abi_regs_in_use(bool smc64, libffa_version_t version)
{
	/* The rule lives in version.h (SMCCC 1.2 widened SMC64 to x0-x17). */
	return (smc64 && libffa_version_uses_x8_x17(version)) ? 18u : 8u;
}

/* Is register @reg part of a frame of @layout (x0-x7, or x8-x17 wide)? */
static bool reg_in_frame(const struct libffa_layout *layout, unsigned int reg,
			 bool smc64, libffa_version_t version)
{
	if (reg < 8u) {
		return true;
	}
	return smc64 && reg < LIBFFA_REGS_COUNT && layout->wide_since != 0u &&
	       version >= layout->wide_since &&
	       libffa_version_uses_x8_x17(version);
}

bool libffa_field_present(const struct libffa_layout *layout,
			  const struct libffa_field *field, bool smc64,
			  libffa_version_t version, unsigned int elem)
{
	if (layout == NULL || field == NULL ||
	    !in_range(version, field->since, field->until)) {
		return false;
	}
	switch ((enum libffa_field_kind)field->kind) {
	case LIBFFA_FIELD_BITS:
		/* SMC32 frames carry only wN: bits above 31 do not exist. */
		return reg_in_frame(layout, field->reg, smc64, version) &&
		       (smc64 || field->lo < 32u);
	case LIBFFA_FIELD_SPLIT:
		return reg_in_frame(layout, field->reg, smc64, version) &&
		       reg_in_frame(layout, field->lo, smc64, version);
	case LIBFFA_FIELD_UUID_W:
		return reg_in_frame(layout, field->reg + 3u, smc64, version);
	case LIBFFA_FIELD_UUID_X:
		/* An x-register pair needs SMC64: in w0-w7 it has no meaning.
		 */
		return smc64 &&
		       reg_in_frame(layout, field->reg + 1u, smc64, version);
	case LIBFFA_FIELD_ARRAY:
		return elem < field->width &&
		       reg_in_frame(layout, field->reg + elem, smc64, version);
	}
	return false;
}

/* ---- Names ----------------------------------------------------------------
 */

static char ascii_upper(char c)
{
	static const char upper[26] = {'A', 'B', 'C', 'D', 'E', 'F', 'G',
				       'H', 'I', 'J', 'K', 'L', 'M', 'N',
				       'O', 'P', 'Q', 'R', 'S', 'T', 'U',
				       'V', 'W', 'X', 'Y', 'Z'};

	/* Not a ?: expression: its operands would be promoted to int. */
	if (c >= 'a' && c <= 'z') {
		return upper[c - 'a'];
	}
	return c;
}

bool libffa_streq_nocase_(const char *a, const char *b)
{
	while (*a != '\0' && ascii_upper(*a) == ascii_upper(*b)) {
		a++;
		b++;
	}
	return ascii_upper(*a) == ascii_upper(*b);
}

/*
 * Does @name equal @spec, optionally without its "FFA_" prefix, optionally
 * followed by "_32" or "_64"? Case-insensitive.
 */
static bool name_matches(const char *name, const char *spec,
			 unsigned int *width)
{
	const char *n = name;
	const char *s = spec;

	if (spec[0] == 'F' && spec[1] == 'F' && spec[2] == 'A' &&
	    spec[3] == '_' &&
	    !(ascii_upper(n[0]) == 'F' && ascii_upper(n[1]) == 'F' &&
	      ascii_upper(n[2]) == 'A' && n[3] == '_')) {
		s += 4;
	}
	while (*s != '\0' && ascii_upper(*n) == *s) {
		n++;
		s++;
	}
	if (*s != '\0') {
		return false;
	}
	if (*n == '\0') {
		*width = 0;
		return true;
	}
	/* Left to right, so a short name stops at its NUL (found in review:
	 * "FFA_MEM_SHARE_6" read past it). */
	if (n[0] == '_' &&
	    ((n[1] == '3' && n[2] == '2') || (n[1] == '6' && n[2] == '4')) &&
	    n[3] == '\0') {
		*width = n[1] == '3' ? 32u : 64u;
		return true;
	}
	return false;
}

bool libffa_abi_from_name(const char *name, enum libffa_abi *abi,
			  unsigned int *width)
{
	unsigned int i;

	if (name == NULL || abi == NULL || width == NULL) {
		return false;
	}
	for (i = 0; i < (unsigned int)LIBFFA_ABI_COUNT; i++) {
		if (name_matches(name, abi_rows[i].name, width)) {
			*abi = (enum libffa_abi)i;
			return true;
		}
	}
	return false;
}

/* ---- UUIDs (DEN0028 1.2 s5.3) -------------------------------------------- */

void libffa_uuid_from_w(struct libffa_uuid *uuid, const uint32_t w[4])
{
	unsigned int i;

	for (i = 0; i < 4u; i++) {
		libffa_le32_store_(&uuid->bytes[(size_t)4u * i], w[i]);
	}
}

void libffa_uuid_to_w(const struct libffa_uuid *uuid, uint32_t w[4])
{
	unsigned int i;

	for (i = 0; i < 4u; i++) {
		w[i] = libffa_le32_load_(&uuid->bytes[(size_t)4u * i]);
	}
}

void libffa_uuid_from_x(struct libffa_uuid *uuid, uint64_t lo, uint64_t hi)
{
	libffa_le64_store_(&uuid->bytes[0], lo);
	libffa_le64_store_(&uuid->bytes[8], hi);
}

void libffa_uuid_to_x(const struct libffa_uuid *uuid, uint64_t *lo,
		      uint64_t *hi)
{
	*lo = libffa_le64_load_(&uuid->bytes[0]);
	*hi = libffa_le64_load_(&uuid->bytes[8]);
}

bool libffa_uuid_is_nil(const struct libffa_uuid *uuid)
{
	unsigned int i;

	for (i = 0; i < 16u; i++) {
		if (uuid->bytes[i] != 0u) {
			return false;
		}
	}
	return true;
}
