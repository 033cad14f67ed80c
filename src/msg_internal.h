/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * Private interface between the message codec's files.
 */
#ifndef LIBFFA_MSG_INTERNAL_H
#define LIBFFA_MSG_INTERNAL_H

#include "ffa/msg.h"

/* The struct a layout's field offsets are relative to. */
void *libffa_msg_body_(struct libffa_msg *msg);
const void *libffa_msg_body_const_(const struct libffa_msg *msg);

/* Raw element access by field size; signed fields sign-extend on load. */
uint64_t libffa_field_load_(const void *body, const struct libffa_field *f,
			    unsigned int elem);
void libffa_field_store_(void *body, const struct libffa_field *f,
			 unsigned int elem, uint64_t value);

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
