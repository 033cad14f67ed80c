/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * Frame -> message. The frame is untrusted: every register is read through
 * the view its convention allows, and every bit no field claims is checked.
 */
#include "ffa/msg.h"

#include "internal.h"
#include "msg_internal.h"
#include "msg_plan.h"

/* An SMC32 frame exists only as w0-w7 (DEN0028 1.2 s2.6, s2.7). */
static uint64_t reg_view(const struct libffa_regs *regs, unsigned int r,
			 bool smc64)
{
	return smc64 ? regs->x[r] : (uint64_t)libffa_regs_w(regs, r);
}

static void set_fault(struct libffa_msg_fault *fault, int reg, uint64_t bits,
		      const char *field)
{
	if (fault != NULL) {
		fault->reg = reg;
		fault->bits = bits;
		fault->field = field;
	}
}

/* Read every field present in the frame into @body. */
LIBFFA_NOINLINE_ static void read_fields(const struct libffa_regs *regs,
					 const struct libffa_layout *layout,
					 bool smc64, libffa_version_t version,
					 void *body)
{
	const uint64_t word = UINT64_C(0xFFFFFFFF);
	unsigned int i;
	unsigned int e;

	for (i = 0; i < layout->field_count; i++) {
		const struct libffa_field *f = &layout->fields[i];
		unsigned int r = f->reg;
		uint64_t v;

		switch ((enum libffa_field_kind)f->kind) {
		case LIBFFA_FIELD_BITS:
			if (!libffa_field_present_(layout, f, smc64, version,
						   0)) {
				break;
			}
			v = (reg_view(regs, r, smc64) >> f->lo) &
			    libffa_mask64_(0, f->width);
			libffa_field_store_(body, f, 0, v);
			break;
		case LIBFFA_FIELD_SPLIT:
			if (!libffa_field_present_(layout, f, smc64, version,
						   0)) {
				break;
			}
			v = (regs->x[r] & word) | (regs->x[f->lo] << 32);
			libffa_field_store_(body, f, 0, v);
			break;
		case LIBFFA_FIELD_UUID_W:
			if (!libffa_field_present_(layout, f, smc64, version,
						   0)) {
				break;
			}
			for (e = 0; e < 2u; e++) {
				v = (regs->x[r + 2u * e] & word) |
				    (regs->x[r + 2u * e + 1u] << 32);
				libffa_field_store_(body, f, e, v);
			}
			break;
		case LIBFFA_FIELD_UUID_X:
			if (!libffa_field_present_(layout, f, smc64, version,
						   0)) {
				break;
			}
			libffa_field_store_(body, f, 0, regs->x[r]);
			libffa_field_store_(body, f, 1, regs->x[r + 1u]);
			break;
		case LIBFFA_FIELD_ARRAY:
			for (e = 0; e < f->width; e++) {
				if (!libffa_field_present_(layout, f, smc64,
							   version, e)) {
					continue;
				}
				libffa_field_store_(
					body, f, e,
					reg_view(regs, r + e, smc64));
			}
			break;
		}
	}
}

/*
 * The bits of register @q that the fields present in the frame claim, as
 * read_fields() reads them. Computed per register, so that no per-frame
 * mask array is kept on the stack.
 */
static uint64_t claimed_bits(const struct libffa_layout *layout, bool smc64,
			     libffa_version_t version, unsigned int q)
{
	const uint64_t word = UINT64_C(0xFFFFFFFF);
	uint64_t used = 0;
	unsigned int i;

	for (i = 0; i < layout->field_count; i++) {
		const struct libffa_field *f = &layout->fields[i];
		unsigned int r = f->reg;

		switch ((enum libffa_field_kind)f->kind) {
		case LIBFFA_FIELD_BITS:
			if (r != q || !libffa_field_present_(layout, f, smc64,
							     version, 0)) {
				break;
			}
			if (f->is_signed && f->lo == 0u && f->width == 32u) {
				/*
				 * A 32-bit error code is read from wN even in
				 * an SMC64 frame: producers disagree on sign
				 * extension (Hafnium zero-extends, pKVM
				 * sign-extends; ffa-facts s3.1), so the upper
				 * half is neither read nor reserved.
				 */
				return ~UINT64_C(0);
			}
			used |= libffa_mask64_(f->lo, f->width);
			break;
		case LIBFFA_FIELD_SPLIT:
			if ((r == q || f->lo == q) &&
			    libffa_field_present_(layout, f, smc64, version,
						  0)) {
				used |= word;
			}
			break;
		case LIBFFA_FIELD_UUID_W:
			if (r <= q && q < r + 4u &&
			    libffa_field_present_(layout, f, smc64, version,
						  0)) {
				used |= word;
			}
			break;
		case LIBFFA_FIELD_UUID_X:
			if (r <= q && q < r + 2u &&
			    libffa_field_present_(layout, f, smc64, version,
						  0)) {
				return ~UINT64_C(0);
			}
			break;
		case LIBFFA_FIELD_ARRAY:
			if (r <= q && q < r + f->width &&
			    libffa_field_present_(layout, f, smc64, version,
						  q - r)) {
				return ~UINT64_C(0);
			}
			break;
		}
	}
	return used;
}

/*
 * Reserved bits: whatever no field claims in x1..x7, and in x8..x17 of a
 * v1.2+ SMC64 frame (DEN0077A 1.2 s11.2: unused registers are reserved and
 * zero). For SMC32 only the w view is examined: the upper halves and
 * x8-x17 are not part of the call (DEN0028 1.2 s2.6).
 */
LIBFFA_NOINLINE_ static libffa_status_t check_reserved(
	const struct libffa_regs *regs, const struct libffa_layout *layout,
	bool smc64, libffa_version_t version, struct libffa_msg_fault *fault)
{
	unsigned int count = libffa_abi_regs_in_use(smc64, version);
	unsigned int r;

	for (r = 1; r < count; r++) {
		uint64_t extra = reg_view(regs, r, smc64);

		if (extra != 0u) {
			extra &= ~claimed_bits(layout, smc64, version, r);
		}
		if (extra != 0u) {
			set_fault(fault, (int)r, extra, NULL);
			return LIBFFA_E_MBZ;
		}
	}
	return LIBFFA_OK;
}

/*
 * The generic path: asks every field whether it is present. Taken for
 * gated layouts and to name a rejected register; its parts are called
 * beside the fast path, never from inside it.
 */
static LIBFFA_INLINE_ libffa_status_t decode_generic(
	const struct libffa_regs *regs, const struct libffa_layout *layout,
	libffa_version_t version, unsigned int flags, struct libffa_msg *msg,
	struct libffa_msg_fault *fault)
{
	libffa_status_t status;

	read_fields(regs, layout, msg->smc64, version, libffa_msg_body_(msg));
	if ((flags & LIBFFA_DECODE_TOLERANT) != 0u) {
		return LIBFFA_OK;
	}
	status = check_reserved(regs, layout, msg->smc64, version, fault);
	if (status != LIBFFA_OK) {
		return status;
	}
	return libffa_msg_check_(msg, version, fault);
}

/*
 * The fields and reserved bits of a frame whose ABI and kind are known:
 * the fast path (msg_plan.h), else the generic one beside it.
 */
static LIBFFA_INLINE_ libffa_status_t
decode_layout(const struct libffa_regs *regs, libffa_version_t version,
	      unsigned int flags, const struct libffa_plan_ *plan,
	      struct libffa_msg *msg, struct libffa_msg_fault *fault)
{
	bool tolerant = (flags & LIBFFA_DECODE_TOLERANT) != 0u;
	void *body = msg->kind == LIBFFA_MSG_RESULT ? (void *)&msg->result
						    : (void *)&msg->args;

	if (libffa_plan_decode_(plan, regs->x, msg->smc64, version, tolerant,
				body)) {
		return tolerant ? LIBFFA_OK
				: libffa_msg_check_(msg, version, fault);
	}
	return decode_generic(regs, libffa_msg_layout(msg), version, flags, msg,
			      fault);
}

static libffa_status_t start(const struct libffa_regs *regs,
			     libffa_version_t version, struct libffa_msg *msg,
			     struct libffa_msg_fault *fault)
{
	set_fault(fault, -1, 0, NULL);
	if (regs == NULL || msg == NULL) {
		return LIBFFA_E_INVAL;
	}
	LIBFFA_MEMSET(msg, 0, sizeof(*msg));
	if (!libffa_version_is_known(version)) {
		return LIBFFA_E_VERSION;
	}
	return LIBFFA_OK;
}

/* A frame that names its ABI in w0. */
static LIBFFA_INLINE_ libffa_status_t
decode_frame(const struct libffa_regs *regs, libffa_version_t version,
	     unsigned int flags, struct libffa_msg *msg,
	     struct libffa_msg_fault *fault)
{
	uint32_t w0 = libffa_regs_w(regs, 0);
	const struct libffa_plan_ *plan = NULL;
	libffa_status_t status = libffa_plan_fid_(w0, version, msg, &plan);

	if (status != LIBFFA_OK) {
		set_fault(fault, 0, w0, NULL);
		return status;
	}
	return decode_layout(regs, version, flags, plan, msg, fault);
}

libffa_status_t libffa_msg_decode_ex(const struct libffa_regs *regs,
				     libffa_version_t version,
				     unsigned int flags, struct libffa_msg *msg,
				     struct libffa_msg_fault *fault)
{
	libffa_status_t status = start(regs, version, msg, fault);

	if (status != LIBFFA_OK) {
		return status;
	}
	return decode_frame(regs, version, flags, msg, fault);
}

libffa_status_t libffa_msg_decode(const struct libffa_regs *regs,
				  libffa_version_t version,
				  struct libffa_msg *msg)
{
	return libffa_msg_decode_ex(regs, version, 0, msg, NULL);
}

/*
 * A layout whose first field sits in register 0 answers in w0 itself: no
 * function ID comes back (FFA_VERSION, DEN0077A 1.2 s13.2; SMCCC calls,
 * DEN0028 1.2 s7).
 */
static bool answers_in_w0(const struct libffa_layout *layout)
{
	return layout->field_count != 0u && layout->fields[0].reg == 0u;
}

libffa_status_t libffa_msg_decode_reply(const struct libffa_regs *regs,
					libffa_version_t version,
					enum libffa_abi call,
					unsigned int flags,
					struct libffa_msg *msg,
					struct libffa_msg_fault *fault)
{
	const struct libffa_layout *result;
	uint32_t fid;
	libffa_status_t status = start(regs, version, msg, fault);

	if (status != LIBFFA_OK) {
		return status;
	}
	result = libffa_abi_layout(call, LIBFFA_MSG_RESULT);
	if (result == NULL) {
		return LIBFFA_E_INVAL;
	}
	msg->abi = call;
	msg->kind = LIBFFA_MSG_RESULT;
	if (answers_in_w0(result)) {
		/* Only w0 is the answer; nothing else is defined. */
		read_fields(regs, result, false, version,
			    libffa_msg_body_(msg));
		return LIBFFA_OK;
	}
	fid = libffa_smccc_fid_strip(libffa_regs_w(regs, 0));
	if (fid == LIBFFA_FID_32(LIBFFA_FNUM_SUCCESS) ||
	    fid == LIBFFA_FID_64(LIBFFA_FNUM_SUCCESS)) {
		/* Either width may answer any call (DEN0077A 1.2 s13.1). */
		msg->smc64 = fid == LIBFFA_FID_64(LIBFFA_FNUM_SUCCESS);
		return decode_layout(regs, version, flags,
				     libffa_plan_(call, LIBFFA_MSG_RESULT), msg,
				     fault);
	}
	LIBFFA_MEMSET(msg, 0, sizeof(*msg));
	return decode_frame(regs, version, flags, msg, fault);
}
