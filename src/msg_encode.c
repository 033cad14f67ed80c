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

static libffa_status_t write_fid(const struct libffa_msg *msg,
				 libffa_version_t version,
				 struct libffa_regs *regs)
{
	const struct libffa_abi_info *row;
	uint32_t fid;

	if (msg->kind == LIBFFA_MSG_RESULT) {
		const struct libffa_layout *layout =
			libffa_abi_layout(msg->abi, LIBFFA_MSG_RESULT);

		if (layout != NULL && layout->field_count != 0u &&
		    layout->fields[0].reg == 0u) {
			/* FFA_VERSION and SMCCC calls answer in w0. */
			return msg->smc64 ? LIBFFA_E_INVAL : LIBFFA_OK;
		}
		fid = msg->smc64 ? LIBFFA_FID_64(LIBFFA_FNUM_SUCCESS)
				 : LIBFFA_FID_32(LIBFFA_FNUM_SUCCESS);
	} else {
		row = libffa_abi_info(msg->abi);
		fid = row == NULL ? 0u : msg->smc64 ? row->fid64 : row->fid32;
		if (row == NULL || fid == 0u) {
			return LIBFFA_E_INVAL;
		}
		if (!libffa_version_in_range_(
			    version, msg->smc64 ? row->since64 : row->since32,
			    row->until)) {
			return LIBFFA_E_VERSION;
		}
	}
	if (msg->sve_hint) {
		fid |= LIBFFA_SMCCC_SVE_HINT;
	}
	libffa_regs_set_w(regs, 0, fid);
	return LIBFFA_OK;
}

/* The generic path: asks every field whether it is present. */
static libffa_status_t write_fields(const struct libffa_msg *msg,
				    libffa_version_t version, const void *body,
				    struct libffa_regs *regs)
{
	const struct libffa_layout *layout = libffa_msg_layout(msg);
	unsigned int i;

	for (i = 0; i < layout->field_count; i++) {
		libffa_status_t status =
			write_field(layout, &layout->fields[i], msg->smc64,
				    version, body, regs);
		if (status != LIBFFA_OK) {
			return status;
		}
	}
	return LIBFFA_OK;
}

libffa_status_t libffa_msg_encode(const struct libffa_msg *msg,
				  libffa_version_t version,
				  struct libffa_regs *regs)
{
	const struct libffa_plan_ *plan;
	const void *body;
	libffa_status_t status;

	if (msg == NULL || regs == NULL) {
		return LIBFFA_E_INVAL;
	}
	LIBFFA_MEMSET(regs, 0, sizeof(*regs));
	if (!libffa_version_is_known(version)) {
		return LIBFFA_E_VERSION;
	}
	if ((unsigned int)msg->abi >= (unsigned int)LIBFFA_ABI_COUNT) {
		/* No layout. */
		return LIBFFA_E_INVAL;
	}
	status = write_fid(msg, version, regs);
	if (status != LIBFFA_OK) {
		goto fail;
	}
	body = msg->kind == LIBFFA_MSG_RESULT ? (const void *)&msg->result
					      : (const void *)&msg->args;
	plan = libffa_plan_(msg->abi, msg->kind);
	if (libffa_plan_fits_(plan, msg->smc64, version)) {
		/*
		 * The fast path: every field present, arrays up to the
		 * frame's end, written by the layout's straight-line writer.
		 */
		if (plan->write == NULL ||
		    plan->write(
			    body,
			    msg->smc64 ? ~UINT64_C(0) : UINT64_C(0xFFFFFFFF),
			    libffa_plan_is_wide_(plan, msg->smc64, version)
				    ? 18u
				    : 8u,
			    regs->x)) {
			goto check;
		}
		/* Let the generic path find what is wrong. */
		LIBFFA_MEMSET(regs, 0, sizeof(*regs));
		(void)write_fid(msg, version, regs);
	}
	status = write_fields(msg, version, body, regs);
	if (status != LIBFFA_OK) {
		goto fail;
	}
check:
	if (libffa_msg_check_(msg, version, NULL) != LIBFFA_OK) {
		status = LIBFFA_E_INVAL;
		goto fail;
	}
	return LIBFFA_OK;
fail:
	/* Never leave half a frame behind. */
	LIBFFA_MEMSET(regs, 0, sizeof(*regs));
	return status;
}
