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

/* 32-bit counts keep the state small (the stack budget): a line is at most
 * a few hundred bytes, so a larger buffer is as good as 4 GiB. */
struct out {
	char *buf;
	uint32_t size;
	uint32_t len; /* length the full text needs */
};

/* Out of line: one copy for the three entry points. */
static LIBFFA_NOINLINE_ void out_init(struct out *o, char *buf, size_t size)
{
	o->buf = buf;
	o->size = buf == NULL	      ? 0u
		  : size > UINT32_MAX ? UINT32_MAX
				      : (uint32_t)size;
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
	/* Most significant digit first: no digit buffer on the stack. */
	uint32_t div = UINT32_C(1000000000);

	while (div > 1u && v / div == 0u) {
		div /= 10u;
	}
	for (; div != 0u; div /= 10u) {
		put_char(o, (char)('0' + (v / div) % 10u));
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

/* " name=", before a field's value. */
static void put_label(struct out *o, const char *name)
{
	put_char(o, ' ');
	put_str(o, name);
	put_char(o, '=');
}

/* Out of line, so that its digits do not share a frame with another
 * appender's (the printer's stack budget). The UUID's bytes in wire order
 * (little-endian halves, as libffa_le64_store_() would lay them out),
 * read by shifting rather than from a buffer. */
static LIBFFA_NOINLINE_ void put_uuid(struct out *o,
				      const struct libffa_field *f,
				      const void *body)
{
	static const char digits[] = "0123456789abcdef";
	uint64_t lo = libffa_field_load_(body, f, 0);
	uint64_t hi = libffa_field_load_(body, f, 1);
	unsigned int i;

	for (i = 0; i < 16u; i++) {
		uint64_t half = i < 8u ? lo : hi;
		unsigned int byte =
			(unsigned int)(half >> (8u * (i % 8u))) & 0xFFu;

		if (i == 4u || i == 6u || i == 8u || i == 10u) {
			put_char(o, '-');
		}
		put_char(o, digits[byte >> 4]);
		put_char(o, digits[byte & 0xFu]);
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

/* How many elements of an array field to print: trailing zero (or absent)
 * elements are left out for readability. */
static LIBFFA_NOINLINE_ unsigned int array_len(
	const struct libffa_msg *msg, const struct libffa_layout *layout,
	const struct libffa_field *f, libffa_version_t version)
{
	unsigned int n;

	for (n = f->width; n > 0u; n--) {
		if (libffa_field_present(layout, f, msg->smc64, version,
					 n - 1u) &&
		    libffa_field_load_(libffa_msg_body_const_(msg), f,
				       n - 1u) != 0u) {
			break;
		}
	}
	return n;
}

/* The first @n elements of an array field. */
static LIBFFA_NOINLINE_ void put_array(struct out *o,
				       const struct libffa_msg *msg,
				       const struct libffa_field *f,
				       unsigned int n)
{
	unsigned int e;

	put_char(o, '[');
	for (e = 0; e < n; e++) {
		if (e != 0u) {
			put_char(o, ',');
		}
		put_hex(o,
			libffa_field_load_(libffa_msg_body_const_(msg), f, e));
	}
	put_char(o, ']');
}

/* A scalar or UUID field, " name=value". */
static LIBFFA_NOINLINE_ void put_field(struct out *o,
				       const struct libffa_msg *msg,
				       const struct libffa_field *f)
{
	const void *body = libffa_msg_body_const_(msg);
	uint64_t v;

	put_label(o, f->name);
	switch ((enum libffa_field_kind)f->kind) {
	case LIBFFA_FIELD_UUID_W:
	case LIBFFA_FIELD_UUID_X:
		put_uuid(o, f, body);
		return;
	case LIBFFA_FIELD_ARRAY: /* put_fields() prints arrays */
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
	put_label(o, name);
	put_hex(o, v);
}

/*
 * A framework message rides in a direct request or response with w2 bit 31
 * set (DEN0077A 1.1 s15.2): print it by name.
 */
static LIBFFA_NOINLINE_ bool put_framework(struct out *o,
					   const struct libffa_msg *msg,
					   libffa_version_t version)
{
	struct libffa_framework_msg fw;
	const char *name;
	unsigned int i;

	/* Anything else (not a direct message, the flag clear, or a
	 * framework message that breaks its rules) is printed generically,
	 * fields as they are. */
	if (version < LIBFFA_VERSION_1_1 ||
	    libffa_framework_decode(msg, &fw) != LIBFFA_OK) {
		return false;
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
		put_label(o, "status");
		put_signed(o, fw.u.status);
		break;
	case LIBFFA_FRAMEWORK_VM_CREATED_REQ:
	case LIBFFA_FRAMEWORK_VM_DESTROYED_REQ:
		put_named_hex(o, "handle", fw.u.vm.handle);
		put_named_hex(o, "vm_id", fw.u.vm.vm_id);
		break;
	case LIBFFA_FRAMEWORK_VERSION_REQ:
	case LIBFFA_FRAMEWORK_VERSION_RESP:
		put_label(o, "version");
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

/* The message's name: the ABI, or the call a result answers. */
static LIBFFA_NOINLINE_ void put_head(struct out *o,
				      const struct libffa_msg *msg)
{
	if (msg->kind != LIBFFA_MSG_RESULT) {
		put_abi_name(o, msg->abi, msg->smc64);
	} else if (libffa_abi_answers_in_w0(msg->abi)) {
		put_abi_name(o, msg->abi, false);
		put_str(o, " ->");
	} else {
		/* The call answered, without a width: FFA_SUCCESS of either
		 * width answers either form of a call. */
		put_str(o,
			msg->smc64 ? "FFA_SUCCESS_64 (" : "FFA_SUCCESS_32 (");
		put_str(o, libffa_abi_info(msg->abi)->name);
		put_char(o, ')');
	}
}

/* A value answered in w0: no "name=" needed for a version. */
static LIBFFA_NOINLINE_ void put_w0_value(struct out *o,
					  const struct libffa_field *f,
					  const void *body)
{
	uint32_t v = (uint32_t)libffa_field_load_(body, f, 0);

	put_char(o, ' ');
	if (names_equal(f->name, "version")) {
		put_version(o, v);
		return;
	}
	put_str(o, f->name);
	put_char(o, '=');
	put_signed(o, (int32_t)v);
}

/* Every field the message's layout has at @version, after its name. */
static LIBFFA_NOINLINE_ void put_fields(struct out *o,
					const struct libffa_msg *msg,
					libffa_version_t version)
{
	const struct libffa_layout *layout = libffa_msg_layout(msg);
	const struct libffa_field *f;

	if (layout->field_count == 0u) {
		return; /* its field pointer is null: no pointer arithmetic */
	}
	for (f = layout->fields; f != layout->fields + layout->field_count;
	     f++) {
		if (f->kind == LIBFFA_FIELD_ARRAY) {
			put_label(o, f->name);
			put_array(o, msg, f,
				  array_len(msg, layout, f, version));
		} else if (!libffa_field_present(layout, f, msg->smc64, version,
						 0)) {
			continue;
		} else if (f->reg == 0u) {
			put_w0_value(o, f, libffa_msg_body_const_(msg));
		} else {
			put_field(o, msg, f);
		}
	}
}

/*
 * A message: a framework message by name, otherwise its name and fields.
 * Inlined into both entry points and made of out-of-line steps that do
 * not nest, so that no two buffers or frames of the printer are live at
 * once (the stack budget of tests/build/budget.py, 256 bytes).
 */
static LIBFFA_INLINE_ void put_msg(struct out *o, const struct libffa_msg *msg,
				   libffa_version_t version)
{
	if (libffa_msg_layout(msg) == NULL) {
		put_str(o, "?");
		return;
	}
	if (put_framework(o, msg, version)) {
		return;
	}
	put_head(o, msg);
	put_fields(o, msg, version);
}

/* Why a frame did not decode, then its registers. */
static LIBFFA_NOINLINE_ void put_invalid(struct out *o,
					 const struct libffa_regs *regs,
					 libffa_status_t status,
					 const struct libffa_print_work *work)
{
	const struct libffa_msg_fault *fault = &work->fault;
	unsigned int i;

	put_str(o, "invalid: ");
	put_str(o, libffa_status_name(status));
	put_str(o, " (");
	put_error_code(o, libffa_status_to_ret(status));
	put_char(o, ')');
	if (fault->reg >= 0) {
		put_str(o, fault->field != NULL ? " field " : " reserved ");
		if (fault->field != NULL) {
			put_str(o, fault->field);
			put_char(o, ' ');
		}
		put_char(o, 'x');
		put_dec(o, (uint32_t)fault->reg);
		put_char(o, '=');
		put_hex(o, fault->bits);
	}
	put_str(o, " frame:");
	for (i = 0; i < LIBFFA_REGS_COUNT; i++) {
		put_char(o, ' ');
		put_hex(o, regs->x[i]);
	}
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
	return (size_t)o.len;
}

size_t libffa_print_regs(char *buf, size_t size, const struct libffa_regs *regs,
			 libffa_version_t version,
			 struct libffa_print_work *work)
{
	struct out o;
	libffa_status_t status;

	out_init(&o, buf, size);
	if (regs == NULL || work == NULL) {
		put_str(&o, "(null)");
		return (size_t)o.len;
	}
	status = libffa_msg_decode_ex(regs, version, 0, &work->msg,
				      &work->fault);
	if (status == LIBFFA_OK) {
		put_msg(&o, &work->msg, version);
	} else {
		put_invalid(&o, regs, status, work);
	}
	return (size_t)o.len;
}

size_t libffa_print_version(char *buf, size_t size, libffa_version_t version)
{
	struct out o;

	out_init(&o, buf, size);
	put_version(&o, version);
	return (size_t)o.len;
}
