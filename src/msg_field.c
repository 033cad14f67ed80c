/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * Generic field access to typed messages, driven by the layouts of abi.def,
 * and the small message constructors.
 */
#include "ffa/field.h"
#include "ffa/msg.h"

#include "internal.h"
#include "msg_internal.h"

void *libffa_msg_body_(struct libffa_msg *msg)
{
	return msg->kind == LIBFFA_MSG_RESULT ? (void *)&msg->result
					      : (void *)&msg->args;
}

const void *libffa_msg_body_const_(const struct libffa_msg *msg)
{
	return msg->kind == LIBFFA_MSG_RESULT ? (const void *)&msg->result
					      : (const void *)&msg->args;
}

unsigned int libffa_field_elems(const struct libffa_field *f)
{
	switch ((enum libffa_field_kind)f->kind) {
	case LIBFFA_FIELD_ARRAY:
		return f->width;
	case LIBFFA_FIELD_UUID_W:
	case LIBFFA_FIELD_UUID_X:
		return 2u;
	case LIBFFA_FIELD_BITS:
	case LIBFFA_FIELD_SPLIT:
		break;
	}
	return 1u;
}

uint64_t libffa_field_load_(const void *body, const struct libffa_field *f,
			    unsigned int elem)
{
	return libffa_field_get_(body, f, elem);
}

void libffa_field_store_(void *body, const struct libffa_field *f,
			 unsigned int elem, uint64_t value)
{
	libffa_field_put_(body, f, elem, value);
}

const struct libffa_layout *libffa_msg_layout(const struct libffa_msg *msg)
{
	if (msg == NULL) {
		return NULL;
	}
	return libffa_abi_layout(msg->abi, msg->kind);
}

static bool field_belongs(const struct libffa_msg *msg,
			  const struct libffa_field *field)
{
	const struct libffa_layout *layout = libffa_msg_layout(msg);

	return layout != NULL && field != NULL && field >= layout->fields &&
	       field < layout->fields + layout->field_count;
}

libffa_status_t libffa_msg_field_get(const struct libffa_msg *msg,
				     const struct libffa_field *field,
				     unsigned int elem, uint64_t *value)
{
	if (value == NULL || !field_belongs(msg, field) ||
	    elem >= libffa_field_elems(field)) {
		return LIBFFA_E_INVAL;
	}
	*value = libffa_field_load_(libffa_msg_body_const_(msg), field, elem);
	return LIBFFA_OK;
}

libffa_status_t libffa_msg_field_set(struct libffa_msg *msg,
				     const struct libffa_field *field,
				     unsigned int elem, uint64_t value)
{
	uint64_t back;

	if (!field_belongs(msg, field) || elem >= libffa_field_elems(field)) {
		return LIBFFA_E_INVAL;
	}
	libffa_field_store_(libffa_msg_body_(msg), field, elem, value);
	/* The C type must hold the value exactly. */
	back = libffa_field_load_(libffa_msg_body_const_(msg), field, elem);
	return back == value ? LIBFFA_OK : LIBFFA_E_INVAL;
}

static bool streq(const char *a, const char *b)
{
	while (*a != '\0' && *a == *b) {
		a++;
		b++;
	}
	return *a == *b;
}

const struct libffa_field *libffa_msg_field_find(const struct libffa_msg *msg,
						 const char *name)
{
	const struct libffa_layout *layout = libffa_msg_layout(msg);
	unsigned int i;

	if (layout == NULL || name == NULL) {
		return NULL;
	}
	for (i = 0; i < layout->field_count; i++) {
		if (streq(layout->fields[i].name, name)) {
			return &layout->fields[i];
		}
	}
	return NULL;
}

void libffa_msg_init(struct libffa_msg *msg, enum libffa_abi abi,
		     enum libffa_msg_kind kind, bool smc64)
{
	LIBFFA_MEMSET(msg, 0, sizeof(*msg));
	msg->abi = abi;
	msg->kind = kind;
	msg->smc64 = smc64;
}

void libffa_msg_error(struct libffa_msg *msg, int32_t code)
{
	libffa_msg_init(msg, LIBFFA_ABI_ERROR, LIBFFA_MSG_ARGS, false);
	msg->args.error.error_code = code;
}

bool libffa_msg_is_error(const struct libffa_msg *msg, int32_t *code)
{
	if (msg == NULL || msg->abi != LIBFFA_ABI_ERROR ||
	    msg->kind != LIBFFA_MSG_ARGS) {
		return false;
	}
	if (code != NULL) {
		*code = msg->args.error.error_code;
	}
	return true;
}
