/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * The pretty-printer: typed appenders (text, hex, decimal, names) over a
 * bounded buffer; no format strings, no varargs, no libc.
 */
#include "ffa/print.h"

#include "ffa/status.h"

#include "internal.h"
#include "msg_internal.h"

struct out {
	char *buf;
	size_t size;
	size_t len; /* length the full text needs */
};

static void put_char(struct out *o, char c)
{
	if (o->size != 0u && o->len < o->size - 1u) {
		o->buf[o->len] = c;
		o->buf[o->len + 1u] = '\0';
	}
	o->len++;
}

static void put_str(struct out *o, const char *s)
{
	while (*s != '\0') {
		put_char(o, *s++);
	}
}

static void put_hex(struct out *o, uint64_t v)
{
	static const char digits[] = "0123456789abcdef";
	int shift = 60;

	put_str(o, "0x");
	while (shift > 0 && ((v >> shift) & 0xFu) == 0u) {
		shift -= 4;
	}
	for (; shift >= 0; shift -= 4) {
		put_char(o, digits[(v >> shift) & 0xFu]);
	}
}

static void put_dec(struct out *o, uint64_t v)
{
	char tmp[20];
	unsigned int n = 0;

	do {
		tmp[n++] = (char)('0' + (v % 10u));
		v /= 10u;
	} while (v != 0u);
	while (n > 0u) {
		put_char(o, tmp[--n]);
	}
}

static void put_signed(struct out *o, int64_t v)
{
	if (v < 0) {
		put_char(o, '-');
		put_dec(o, (uint64_t)(-(v + 1)) + 1u);
	} else {
		put_dec(o, (uint64_t)v);
	}
}

static void put_version(struct out *o, uint32_t v)
{
	if ((v & LIBFFA_VERSION_MBZ) != 0u) {
		if (v == UINT32_C(0xFFFFFFFF)) {
			put_str(o, "NOT_SUPPORTED");
		} else if (v == UINT32_C(0xFFFFFFFD)) {
			put_str(o, "INVALID_PARAMETER");
		} else {
			put_hex(o, v);
		}
		return;
	}
	put_dec(o, libffa_version_major(v));
	put_char(o, '.');
	put_dec(o, libffa_version_minor(v));
}

static void put_error_code(struct out *o, int32_t code)
{
	const char *name = libffa_ret_name(code);

	if (name != NULL) {
		put_str(o, name);
	} else {
		put_str(o, "UNKNOWN(");
		put_signed(o, code);
		put_char(o, ')');
	}
}

static void put_uuid(struct out *o, const struct libffa_field *f,
		     const void *body)
{
	static const char digits[] = "0123456789abcdef";
	uint8_t bytes[16];
	unsigned int i;

	libffa_le64_store_(bytes, libffa_field_load_(body, f, 0));
	libffa_le64_store_(bytes + 8, libffa_field_load_(body, f, 1));
	for (i = 0; i < 16u; i++) {
		if (i == 4u || i == 6u || i == 8u || i == 10u) {
			put_char(o, '-');
		}
		put_char(o, digits[bytes[i] >> 4]);
		put_char(o, digits[bytes[i] & 0xFu]);
	}
}

/* Spec name with the width suffix where both widths exist. */
static void put_abi_name(struct out *o, enum libffa_abi abi, bool smc64)
{
	const struct libffa_abi_info *row = libffa_abi_info(abi);

	if (row == NULL) {
		put_str(o, "?");
		return;
	}
	put_str(o, row->name);
	if (row->fid32 != 0u && row->fid64 != 0u) {
		put_str(o, smc64 ? "_64" : "_32");
	}
}

static bool names_equal(const char *a, const char *b)
{
	while (*a != '\0' && *a == *b) {
		a++;
		b++;
	}
	return *a == *b;
}

static void put_field(struct out *o, const struct libffa_msg *msg,
		      const struct libffa_layout *layout,
		      const struct libffa_field *f, libffa_version_t version)
{
	const void *body = libffa_msg_body_const_(msg);
	unsigned int e;
	unsigned int last = 0;
	bool any = false;
	uint64_t v;

	put_char(o, ' ');
	put_str(o, f->name);
	put_char(o, '=');
	switch ((enum libffa_field_kind)f->kind) {
	case LIBFFA_FIELD_UUID_W:
	case LIBFFA_FIELD_UUID_X:
		put_uuid(o, f, body);
		return;
	case LIBFFA_FIELD_ARRAY:
		/* Trailing zero elements are left out for readability. */
		for (e = 0; e < f->width; e++) {
			if (libffa_field_present(layout, f, msg->smc64, version,
						 e) &&
			    libffa_field_load_(body, f, e) != 0u) {
				last = e;
				any = true;
			}
		}
		put_char(o, '[');
		for (e = 0; any && e <= last; e++) {
			if (e != 0u) {
				put_char(o, ',');
			}
			put_hex(o, libffa_field_load_(body, f, e));
		}
		put_char(o, ']');
		return;
	case LIBFFA_FIELD_BITS:
	case LIBFFA_FIELD_SPLIT:
		break;
	}
	v = libffa_field_load_(body, f, 0);
	if (names_equal(f->name, "version")) {
		put_version(o, (uint32_t)v);
	} else if (names_equal(f->name, "error_code")) {
		put_error_code(o, (int32_t)(uint32_t)v);
	} else if (f->is_signed) {
		put_signed(o, (int64_t)v);
	} else {
		put_hex(o, v);
	}
}

static void put_msg(struct out *o, const struct libffa_msg *msg,
		    libffa_version_t version)
{
	const struct libffa_layout *layout = libffa_msg_layout(msg);
	unsigned int i;

	if (layout == NULL) {
		put_str(o, "?");
		return;
	}
	if (msg->kind == LIBFFA_MSG_RESULT) {
		if (layout->field_count != 0u && layout->fields[0].reg == 0u) {
			put_abi_name(o, msg->abi, false);
			put_str(o, " ->");
		} else {
			put_str(o, msg->smc64 ? "FFA_SUCCESS_64 ("
					      : "FFA_SUCCESS_32 (");
			put_abi_name(o, msg->abi, false);
			put_char(o, ')');
		}
	} else {
		put_abi_name(o, msg->abi, msg->smc64);
	}
	for (i = 0; i < layout->field_count; i++) {
		const struct libffa_field *f = &layout->fields[i];

		if (!libffa_field_present(layout, f, msg->smc64, version, 0) &&
		    f->kind != LIBFFA_FIELD_ARRAY) {
			continue;
		}
		if (f->reg == 0u) {
			/* A value answered in w0: no "name=" needed. */
			put_char(o, ' ');
			if (names_equal(f->name, "version")) {
				put_version(o,
					    (uint32_t)libffa_field_load_(
						    libffa_msg_body_const_(msg),
						    f, 0));
				continue;
			}
			put_str(o, f->name);
			put_char(o, '=');
			put_signed(o,
				   (int64_t)libffa_field_load_(
					   libffa_msg_body_const_(msg), f, 0));
			continue;
		}
		put_field(o, msg, layout, f, version);
	}
}

static size_t finish(struct out *o)
{
	if (o->size != 0u && o->len == 0u) {
		o->buf[0] = '\0';
	}
	return o->len;
}

size_t libffa_print_msg(char *buf, size_t size, const struct libffa_msg *msg,
			libffa_version_t version)
{
	struct out o = {buf, size, 0};

	if (msg == NULL) {
		put_str(&o, "(null)");
	} else {
		put_msg(&o, msg, version);
	}
	return finish(&o);
}

size_t libffa_print_regs(char *buf, size_t size, const struct libffa_regs *regs,
			 libffa_version_t version)
{
	struct out o = {buf, size, 0};
	struct libffa_msg msg;
	struct libffa_msg_fault fault;
	libffa_status_t status;
	unsigned int i;

	if (regs == NULL) {
		put_str(&o, "(null)");
		return finish(&o);
	}
	status = libffa_msg_decode_ex(regs, version, 0, &msg, &fault);
	if (status == LIBFFA_OK) {
		put_msg(&o, &msg, version);
		return finish(&o);
	}
	put_str(&o, "invalid: ");
	put_str(&o, libffa_status_name(status));
	put_str(&o, " (");
	put_error_code(&o, libffa_status_to_ret(status));
	put_char(&o, ')');
	if (fault.reg >= 0) {
		put_str(&o, fault.field != NULL ? " field " : " reserved ");
		if (fault.field != NULL) {
			put_str(&o, fault.field);
			put_char(&o, ' ');
		}
		put_char(&o, 'x');
		put_dec(&o, (uint64_t)fault.reg);
		put_char(&o, '=');
		put_hex(&o, fault.bits);
	}
	put_str(&o, " frame:");
	for (i = 0; i < LIBFFA_REGS_COUNT; i++) {
		put_char(&o, ' ');
		put_hex(&o, regs->x[i]);
	}
	return finish(&o);
}

size_t libffa_print_version(char *buf, size_t size, libffa_version_t version)
{
	struct out o = {buf, size, 0};

	put_version(&o, version);
	return finish(&o);
}
