/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * Private interface between the message codec's files.
 */
#ifndef LIBFFA_MSG_INTERNAL_H
#define LIBFFA_MSG_INTERNAL_H

#include "ffa/msg.h"

#include "internal.h"

/*
 * A dense slot per known function number: FF-A numbers 0x60..0x90 (owner 4)
 * and the SMCCC architecture calls 0..1 (owner 0) after them. Both widths of
 * an ABI share its slot; the full ID is compared after the look-up.
 */
#define LIBFFA_FFA_FNUM_FIRST_ 0x60u
#define LIBFFA_FFA_FNUM_SLOTS_ 0x31u
#define LIBFFA_FID_SLOTS_      (LIBFFA_FFA_FNUM_SLOTS_ + 2u)
#define LIBFFA_FID_SLOT_(fid)                                 \
	((((fid)&LIBFFA_SMCCC_OWNER_MASK) != 0u)              \
		 ? (((fid)&0xFFFFu) - LIBFFA_FFA_FNUM_FIRST_) \
		 : (LIBFFA_FFA_FNUM_SLOTS_ + ((fid)&0xFFFFu)))

/* Is @version in [since, until)? since 0: never; until 0: no end. */
static inline bool libffa_version_in_range_(libffa_version_t version,
					    libffa_version_t since,
					    libffa_version_t until)
{
	return since != 0u && version >= since &&
	       (until == 0u || version < until);
}

/* Is register @reg part of a frame of @layout (x0-x7, or x8-x17 wide)? */
static inline bool libffa_reg_in_frame_(const struct libffa_layout *layout,
					unsigned int reg, bool smc64,
					libffa_version_t version)
{
	if (reg < 8u) {
		return true;
	}
	return smc64 && reg < LIBFFA_REGS_COUNT && layout->wide_since != 0u &&
	       version >= layout->wide_since && version >= LIBFFA_VERSION_1_2;
}

/* libffa_field_present() of valid arguments, inline for the codec. */
static inline bool libffa_field_present_(const struct libffa_layout *layout,
					 const struct libffa_field *field,
					 bool smc64, libffa_version_t version,
					 unsigned int elem)
{
	if (!libffa_version_in_range_(version, field->since, field->until)) {
		return false;
	}
	switch ((enum libffa_field_kind)field->kind) {
	case LIBFFA_FIELD_BITS:
		/* SMC32 frames carry only wN: bits above 31 do not exist. */
		return libffa_reg_in_frame_(layout, field->reg, smc64,
					    version) &&
		       (smc64 || field->lo < 32u);
	case LIBFFA_FIELD_SPLIT:
		return libffa_reg_in_frame_(layout, field->reg, smc64,
					    version) &&
		       libffa_reg_in_frame_(layout, field->lo, smc64, version);
	case LIBFFA_FIELD_UUID_W:
		return libffa_reg_in_frame_(layout, field->reg + 3u, smc64,
					    version);
	case LIBFFA_FIELD_UUID_X:
		/* An x-register pair needs SMC64: in w0-w7 it has no meaning.
		 */
		return smc64 && libffa_reg_in_frame_(layout, field->reg + 1u,
						     smc64, version);
	case LIBFFA_FIELD_ARRAY:
		return elem < field->width &&
		       libffa_reg_in_frame_(layout, field->reg + elem, smc64,
					    version);
	}
	return false;
}

/* The struct a layout's field offsets are relative to. */
void *libffa_msg_body_(struct libffa_msg *msg);
const void *libffa_msg_body_const_(const struct libffa_msg *msg);

/* Raw element access by field size; signed fields sign-extend on load. */
uint64_t libffa_field_load_(const void *body, const struct libffa_field *f,
			    unsigned int elem);
void libffa_field_store_(void *body, const struct libffa_field *f,
			 unsigned int elem, uint64_t value);

/* The same, inline, for the codec's fast paths. */
static inline uint64_t libffa_field_get_(const void *body,
					 const struct libffa_field *f,
					 unsigned int elem)
{
	const uint8_t *p = (const uint8_t *)body + f->offset;
	uint8_t v8;
	uint16_t v16;
	uint32_t v32;
	uint64_t v64;

	if (f->kind == LIBFFA_FIELD_UUID_W || f->kind == LIBFFA_FIELD_UUID_X) {
		return libffa_le64_load_(p + (size_t)8u * elem);
	}
	p += (size_t)elem * f->size;
	switch (f->size) {
	case 1:
		LIBFFA_MEMCPY(&v8, p, 1);
		return f->is_signed && (v8 & 0x80u) ? v8 | ~UINT64_C(0xFF) : v8;
	case 2:
		LIBFFA_MEMCPY(&v16, p, 2);
		return f->is_signed && (v16 & 0x8000u) ? v16 | ~UINT64_C(0xFFFF)
						       : v16;
	case 4:
		LIBFFA_MEMCPY(&v32, p, 4);
		return f->is_signed && (v32 & 0x80000000u)
			       ? v32 | ~UINT64_C(0xFFFFFFFF)
			       : v32;
	default:
		LIBFFA_MEMCPY(&v64, p, 8);
		return v64;
	}
}

static inline void libffa_field_put_(void *body, const struct libffa_field *f,
				     unsigned int elem, uint64_t value)
{
	uint8_t *p = (uint8_t *)body + f->offset;
	uint8_t v8 = (uint8_t)value;
	uint16_t v16 = (uint16_t)value;
	uint32_t v32 = (uint32_t)value;
	uint64_t v64 = value;

	if (f->kind == LIBFFA_FIELD_UUID_W || f->kind == LIBFFA_FIELD_UUID_X) {
		libffa_le64_store_(p + (size_t)8u * elem, value);
		return;
	}
	p += (size_t)elem * f->size;
	switch (f->size) {
	case 1:
		LIBFFA_MEMCPY(p, &v8, 1);
		break;
	case 2:
		LIBFFA_MEMCPY(p, &v16, 2);
		break;
	case 4:
		LIBFFA_MEMCPY(p, &v32, 4);
		break;
	default:
		LIBFFA_MEMCPY(p, &v64, 8);
		break;
	}
}

/* Number of elements a field has (ARRAY: width, UUID: 2 halves, else 1). */
unsigned int libffa_field_elems_(const struct libffa_field *f);

/*
 * Value rules beyond bit layout (the check column of abi.def). Run on
 * strictly decoded frames and on every encode.
 */
libffa_status_t libffa_msg_check_(const struct libffa_msg *msg,
				  libffa_version_t version,
				  struct libffa_msg_fault *fault);

#endif /* LIBFFA_MSG_INTERNAL_H */
