/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * Field introspection: the layouts of abi.def as const data (name, place,
 * version range of every field), for printers, the CLI, tests and
 * generic tools. The codec does not use it: its decoders and encoders are
 * expanded from abi.def at compile time (msg.h).
 */
#ifndef LIBFFA_FIELD_H
#define LIBFFA_FIELD_H

#include "ffa/abi.h"
#include "ffa/env.h"
#include "ffa/status.h"
#include "ffa/version.h"

LIBFFA_BEGIN_DECLS

struct libffa_msg;

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
 * libffa_field_present() - does a field exist in a frame?
 * @layout:  the layout the field belongs to.
 * @field:   the field.
 * @smc64:   the frame's convention.
 * @version: the negotiated version.
 * @elem:    element index for arrays (0 otherwise).
 *
 * A field exists when its version range covers @version, and every register
 * it touches belongs to the frame: SMC32 frames have only w0-w7, and x8-x17
 * carry fields only from the layout's wide_since version (and from v1.2,
 * libffa_version_uses_x8_x17()).
 */
bool libffa_field_present(const struct libffa_layout *layout,
			  const struct libffa_field *field, bool smc64,
			  libffa_version_t version, unsigned int elem);

/**
 * libffa_msg_layout() - the layout a message follows.
 * @msg: the message.
 *
 * Return: the layout, or NULL when @msg is NULL or @msg->abi is out of
 * range.
 */
const struct libffa_layout *libffa_msg_layout(const struct libffa_msg *msg);

/**
 * libffa_msg_field_get() - read a field of a message generically.
 * @msg:   the message.
 * @field: a field of libffa_msg_layout(@msg).
 * @elem:  element index (ARRAY), or half (UUID: 0 bytes 0-7, 1 bytes 8-15,
 *         as in an x-register pair); 0 otherwise.
 * @value: out: the value, zero-extended (sign-extended for signed fields).
 *
 * Return: %LIBFFA_OK or %LIBFFA_E_INVAL (bad pointer or index).
 */
LIBFFA_MUST_CHECK libffa_status_t libffa_msg_field_get(
	const struct libffa_msg *msg, const struct libffa_field *field,
	unsigned int elem, uint64_t *value);

/**
 * libffa_msg_field_set() - write a field of a message generically.
 * @msg:   the message.
 * @field: a field of libffa_msg_layout(@msg).
 * @elem:  as for libffa_msg_field_get().
 * @value: the value; must fit the field's C type.
 *
 * Return: %LIBFFA_OK or %LIBFFA_E_INVAL.
 */
LIBFFA_MUST_CHECK libffa_status_t
libffa_msg_field_set(struct libffa_msg *msg, const struct libffa_field *field,
		     unsigned int elem, uint64_t value);

/**
 * libffa_msg_field_find() - look a field of a message's layout up by name.
 * @msg:  the message.
 * @name: NUL-terminated field name.
 *
 * Return: the field, or NULL.
 */
const struct libffa_field *libffa_msg_field_find(const struct libffa_msg *msg,
						 const char *name);

/**
 * libffa_field_elems() - how many elements a field has.
 * @field: the field.
 *
 * Return: ARRAY: its width; UUID: 2 (halves); otherwise 1.
 */
unsigned int libffa_field_elems(const struct libffa_field *field);

LIBFFA_END_DECLS

#endif /* LIBFFA_FIELD_H */
