/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * Message -> frame. Every register no field uses is written as zero, so no
 * stale value crosses a world boundary (DEN0077A 1.2 s11.2), and 32-bit
 * values are zero-extended (DEN0028 1.2 s2.6).
 */
#include "ffa/msg.h"

#include "internal.h"
#include "msg_internal.h"
#include "msg_plan.h"

static uint64_t view_mask(bool smc64)
{
	return smc64 ? ~UINT64_C(0) : UINT64_C(0xFFFFFFFF);
}

/* Why a non-zero element cannot be encoded: version or convention. */
static libffa_status_t absent_reason(const struct libffa_layout *layout,
				     const struct libffa_field *f,
				     libffa_version_t version,
				     unsigned int elem)
{
	return libffa_field_present(layout, f, true, version, elem)
		       ? LIBFFA_E_INVAL
		       : LIBFFA_E_VERSION;
}

static libffa_status_t write_field(const struct libffa_layout *layout,
				   const struct libffa_field *f, bool smc64,
				   libffa_version_t version, const void *body,
				   struct libffa_regs *regs)
{
	unsigned int elems = libffa_field_elems_(f);
	unsigned int r = f->reg;
	unsigned int e;

	for (e = 0; e < elems; e++) {
		uint64_t v = libffa_field_get_(body, f, e);

		if (!libffa_field_present(layout, f, smc64, version, e)) {
			if (v != 0u) {
				return absent_reason(layout, f, version, e);
			}
			continue;
		}
		switch ((enum libffa_field_kind)f->kind) {
		case LIBFFA_FIELD_BITS:
			if (f->is_signed) {
				v &= libffa_mask64_(0, f->width);
			}
			if ((v & ~libffa_mask64_(0, f->width)) != 0u ||
			    ((v << f->lo) & ~view_mask(smc64)) != 0u) {
				return LIBFFA_E_INVAL;
			}
			regs->x[r] |= v << f->lo;
			break;
		case LIBFFA_FIELD_SPLIT:
			regs->x[r] |= v & UINT64_C(0xFFFFFFFF);
			regs->x[f->lo] |= v >> 32;
			break;
		case LIBFFA_FIELD_UUID_W:
			regs->x[r + 2u * e] = v & UINT64_C(0xFFFFFFFF);
			regs->x[r + 2u * e + 1u] = v >> 32;
			break;
		case LIBFFA_FIELD_UUID_X:
			regs->x[r + e] = v;
			break;
		case LIBFFA_FIELD_ARRAY:
			if ((v & ~view_mask(smc64)) != 0u) {
				return LIBFFA_E_INVAL;
			}
			regs->x[r + e] = v;
			break;
		}
	}
	return LIBFFA_OK;
}

/*
 * The fast path, for layouts whose plan fits (msg_plan.h): every field is
 * present, arrays up to the frame's end. False when anything needs the
 * generic path's verdict (a value too wide, a non-zero element the frame
 * cannot carry); @regs is then half written.
 */
static bool write_planned(const struct libffa_layout *layout, bool smc64,
			  bool wide, const void *body, struct libffa_regs *regs)
{
	const uint64_t word = UINT64_C(0xFFFFFFFF);
	uint64_t view = view_mask(smc64);
	unsigned int i;

	for (i = 0; i < layout->field_count; i++) {
		const struct libffa_field *f = &layout->fields[i];
		uint64_t *x = &regs->x[f->reg];
		uint64_t v = libffa_field_get_(body, f, 0);
		uint64_t m;
		unsigned int e;
		unsigned int n;

		switch ((enum libffa_field_kind)f->kind) {
		case LIBFFA_FIELD_BITS:
			m = libffa_mask64_(0, f->width);
			if (f->is_signed) {
				v &= m;
			}
			if ((v & ~m) != 0u || ((v << f->lo) & ~view) != 0u) {
				return false;
			}
			x[0] |= v << f->lo;
			break;
		case LIBFFA_FIELD_SPLIT:
			x[0] |= v & word;
			regs->x[f->lo] |= v >> 32;
			break;
		case LIBFFA_FIELD_UUID_W:
			x[0] = v & word;
			x[1] = v >> 32;
			v = libffa_field_get_(body, f, 1);
			x[2] = v & word;
			x[3] = v >> 32;
			break;
		case LIBFFA_FIELD_UUID_X:
			x[0] = v;
			x[1] = libffa_field_get_(body, f, 1);
			break;
		case LIBFFA_FIELD_ARRAY:
			n = libffa_array_elems_(f, wide);
			for (e = 0; e < f->width; e++) {
				v = libffa_field_get_(body, f, e);
				if (e >= n) {
					if (v != 0u) {
						return false;
					}
				} else if ((v & ~view) != 0u) {
					return false;
				} else {
					x[e] = v;
				}
			}
			break;
		}
	}
	return true;
}

static libffa_status_t write_fid(const struct libffa_msg *msg,
				 const struct libffa_layout *layout,
				 libffa_version_t version,
				 struct libffa_regs *regs)
{
	uint32_t fid;

	if (msg->kind == LIBFFA_MSG_RESULT) {
		if (layout->field_count != 0u && layout->fields[0].reg == 0u) {
			/* FFA_VERSION and SMCCC calls answer in w0. */
			return msg->smc64 ? LIBFFA_E_INVAL : LIBFFA_OK;
		}
		fid = msg->smc64 ? LIBFFA_FID_64(LIBFFA_FNUM_SUCCESS)
				 : LIBFFA_FID_32(LIBFFA_FNUM_SUCCESS);
	} else {
		if (libffa_abi_fid(msg->abi, msg->smc64) == 0u) {
			return LIBFFA_E_INVAL;
		}
		if (!libffa_abi_exists(msg->abi, msg->smc64, version)) {
			return LIBFFA_E_VERSION;
		}
		fid = libffa_abi_fid(msg->abi, msg->smc64);
	}
	if (msg->sve_hint) {
		fid |= LIBFFA_SMCCC_SVE_HINT;
	}
	libffa_regs_set_w(regs, 0, fid);
	return LIBFFA_OK;
}

libffa_status_t libffa_msg_encode(const struct libffa_msg *msg,
				  libffa_version_t version,
				  struct libffa_regs *regs)
{
	const struct libffa_layout *layout;
	struct libffa_plan_ plan;
	const void *body;
	libffa_status_t status;
	unsigned int i;

	if (msg == NULL || regs == NULL) {
		return LIBFFA_E_INVAL;
	}
	libffa_regs_clear(regs);
	if (!libffa_version_is_known(version)) {
		return LIBFFA_E_VERSION;
	}
	layout = libffa_msg_layout(msg);
	if (layout == NULL) {
		return LIBFFA_E_INVAL;
	}
	status = write_fid(msg, layout, version, regs);
	if (status != LIBFFA_OK) {
		goto fail;
	}
	body = libffa_msg_body_const_(msg);
	libffa_plan_(msg->abi, msg->kind, &plan);
	if (libffa_plan_fits_(&plan, msg->smc64, version)) {
		if (write_planned(
			    layout, msg->smc64,
			    libffa_frame_is_wide_(layout, msg->smc64, version),
			    body, regs)) {
			goto check;
		}
		/* Let the generic path find what is wrong. */
		libffa_regs_clear(regs);
		(void)write_fid(msg, layout, version, regs);
	}
	for (i = 0; i < layout->field_count; i++) {
		status = write_field(layout, &layout->fields[i], msg->smc64,
				     version, body, regs);
		if (status != LIBFFA_OK) {
			goto fail;
		}
	}
check:
	if (libffa_msg_check_(msg, version, NULL) != LIBFFA_OK) {
		status = LIBFFA_E_INVAL;
		goto fail;
	}
	return LIBFFA_OK;
fail:
	/* Never leave half a frame behind. */
	libffa_regs_clear(regs);
	return status;
}
