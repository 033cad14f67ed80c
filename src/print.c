/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * The pretty-printer: typed appenders (text, hex, decimal, names) over a
 * bounded buffer; no format strings, no varargs, no libc.
 */
#include "ffa/print.h"

#include "ffa/framework.h"
#include "ffa/status.h"

#include "internal.h"
#include "msg_internal.h"

struct out {
	char *buf;
	size_t size;
	size_t len; /* length the full text needs */
};

static void out_init(struct out *o, char *buf, size_t size)
{
	o->buf = buf;
	o->size = buf == NULL ? 0u : size;
	o->len = 0;
	/* NUL-terminated whenever size > 0, even if nothing fits. */
	if (o->size != 0u) {
		o->buf[0] = '\0';
	}
}

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

/* 32-bit arithmetic only: 64-bit division is a libgcc call on 32-bit
 * targets (__udivdi3), which kernels do not provide. Every decimal printed
 * fits in 32 bits (versions, register numbers, error codes). */
static void put_dec(struct out *o, uint32_t v)
{
	char tmp[10];
	unsigned int n = 0;

	do {
		tmp[n++] = (char)('0' + (v % 10u));
		v /= 10u;
	} while (v != 0u);
	while (n > 0u) {
		put_char(o, tmp[--n]);
	}
}

static void put_signed(struct out *o, int32_t v)
{
	if (v < 0) {
		put_char(o, '-');
		put_dec(o, (uint32_t)(-(v + 1)) + 1u);
	} else {
		put_dec(o, (uint32_t)v);
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
		put_signed(o, (int32_t)(uint32_t)v);
	} else {
		put_hex(o, v);
	}
}

static void put_named_hex(struct out *o, const char *name, uint64_t v)
{
	put_char(o, ' ');
	put_str(o, name);
	put_char(o, '=');
	put_hex(o, v);
}

/*
 * A framework message rides in a direct request or response with w2 bit 31
 * set (DEN0077A 1.1 s15.2): print it by name.
 */
static bool put_framework(struct out *o, const struct libffa_msg *msg,
			  libffa_version_t version)
{
	struct libffa_framework_msg fw;
	libffa_status_t status;
	const char *name;
	unsigned int i;

	if (version < LIBFFA_VERSION_1_1 || msg->kind != LIBFFA_MSG_ARGS ||
	    !((msg->abi == LIBFFA_ABI_MSG_SEND_DIRECT_REQ &&
	       msg->args.direct_req.framework != 0u) ||
	      (msg->abi == LIBFFA_ABI_MSG_SEND_DIRECT_RESP &&
	       msg->args.direct_resp.framework != 0u))) {
		return false;
	}
	status = libffa_framework_decode(msg, &fw);
	if (status != LIBFFA_OK) {
		return false; /* printed generically, fields as they are */
	}
	put_abi_name(o, msg->abi, msg->smc64);
	put_str(o, " framework=");
	name = libffa_framework_type_name(fw.type);
	put_str(o, name != NULL ? name : "?");
	put_named_hex(o, "sender_id", fw.sender_id);
	put_named_hex(o, "receiver_id", fw.receiver_id);
	switch ((enum libffa_framework_type)fw.type) {
	case LIBFFA_FRAMEWORK_PSCI_REQ:
		put_named_hex(o, "function_id", fw.u.psci_req.function_id);
		for (i = 0; i < 3u; i++) {
			put_named_hex(o, "arg", fw.u.psci_req.args[i]);
		}
		break;
	case LIBFFA_FRAMEWORK_WARM_BOOT_REQ:
		put_named_hex(o, "boot_type", fw.u.warm_boot.boot_type);
		break;
	case LIBFFA_FRAMEWORK_PSCI_RESP:
	case LIBFFA_FRAMEWORK_VM_CREATED_RESP:
	case LIBFFA_FRAMEWORK_VM_DESTROYED_RESP:
		put_str(o, " status=");
		put_signed(o, fw.u.status);
		break;
	case LIBFFA_FRAMEWORK_VM_CREATED_REQ:
	case LIBFFA_FRAMEWORK_VM_DESTROYED_REQ:
		put_named_hex(o, "handle", fw.u.vm.handle);
		put_named_hex(o, "vm_id", fw.u.vm.vm_id);
		break;
	case LIBFFA_FRAMEWORK_VERSION_REQ:
	case LIBFFA_FRAMEWORK_VERSION_RESP:
		put_str(o, " version=");
		put_version(o, fw.u.version.version);
		if (fw.type == LIBFFA_FRAMEWORK_VERSION_REQ) {
			put_named_hex(o, "flags", fw.u.version.flags);
		}
		break;
	case LIBFFA_FRAMEWORK_PARTITION_STOP_REQ:
	case LIBFFA_FRAMEWORK_PARTITION_STOP_RESP:
	case LIBFFA_FRAMEWORK_LIVE_ACTIVATION_START_REQ:
	case LIBFFA_FRAMEWORK_LIVE_ACTIVATION_START_RESP:
	case LIBFFA_FRAMEWORK_LIVE_ACTIVATION_FINISH_REQ:
	case LIBFFA_FRAMEWORK_LIVE_ACTIVATION_FINISH_RESP:
		for (i = 0; i < 5u; i++) {
			put_named_hex(o, "raw", fw.u.raw[i]);
		}
		break;
	}
	return true;
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
	if (put_framework(o, msg, version)) {
		return;
	}
	if (msg->kind == LIBFFA_MSG_RESULT) {
		if (libffa_abi_answers_in_w0(msg->abi)) {
			put_abi_name(o, msg->abi, false);
			put_str(o, " ->");
		} else {
			/* The call answered, without a width: FFA_SUCCESS of
			 * either width answers either form of a call. */
			put_str(o, msg->smc64 ? "FFA_SUCCESS_64 ("
					      : "FFA_SUCCESS_32 (");
			put_str(o, libffa_abi_info(msg->abi)->name);
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
				   (int32_t)(uint32_t)libffa_field_load_(
					   libffa_msg_body_const_(msg), f, 0));
			continue;
		}
		put_field(o, msg, layout, f, version);
	}
}

static size_t finish(const struct out *o)
{
	return o->len;
}

size_t libffa_print_msg(char *buf, size_t size, const struct libffa_msg *msg,
			libffa_version_t version)
{
	struct out o;

	out_init(&o, buf, size);
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
	struct out o;
	struct libffa_msg msg;
	struct libffa_msg_fault fault;
	libffa_status_t status;
	unsigned int i;

	out_init(&o, buf, size);
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
		put_dec(&o, (uint32_t)fault.reg);
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
	struct out o;

	out_init(&o, buf, size);
	put_version(&o, version);
	return finish(&o);
}
