/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * Private interface of the generic field access (msg_field.c) and the
 * printer: raw element access by a field's metadata. The codec does not
 * use it (its code is expanded from abi.def, msg_codec.c).
 */
#ifndef LIBFFA_MSG_INTERNAL_H
#define LIBFFA_MSG_INTERNAL_H

#include "ffa/field.h"
#include "ffa/msg.h"

#include "internal.h"

/* The struct a layout's field offsets are relative to. */
void *libffa_msg_body_(struct libffa_msg *msg);
const void *libffa_msg_body_const_(const struct libffa_msg *msg);

/* Raw element access by field size; signed fields sign-extend on load. */
uint64_t libffa_field_load_(const void *body, const struct libffa_field *f,
			    unsigned int elem);
void libffa_field_store_(void *body, const struct libffa_field *f,
			 unsigned int elem, uint64_t value);

/* The same, inline, for msg_field.c. */
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

#endif /* LIBFFA_MSG_INTERNAL_H */
