/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * The callee's per-endpoint negotiation (unnegotiated -> negotiated ->
 * locked) and the v1.3 query flags (DEN0077A 1.2 s13.2.1; anchors in
 * docs/version-policies.md). Frames are written register by register.
 */
#include "ffa/version_callee.h"

#include "internal.h"
#include "version_internal.h"

#define FID_INTERRUPT LIBFFA_FID_32(LIBFFA_FNUM_INTERRUPT)

libffa_status_t libffa_version_flags_parse(uint32_t w2,
					   enum libffa_version_query *query)
{
	if (query == NULL) {
		return LIBFFA_E_INVAL;
	}
	if ((w2 & LIBFFA_VERSION_FLAGS_MBZ) != 0u) {
		return LIBFFA_E_MBZ;
	}
	switch (w2 & LIBFFA_VERSION_FLAGS_QUERY) {
	case 0u:
		*query = LIBFFA_VERSION_QUERY_NEGOTIATE;
		return LIBFFA_OK;
	case 1u:
		*query = LIBFFA_VERSION_QUERY_COMPATIBLE;
		return LIBFFA_OK;
	case 2u:
		*query = LIBFFA_VERSION_QUERY_NEGOTIATED;
		return LIBFFA_OK;
	default:
		return LIBFFA_E_BADVALUE;
	}
}

libffa_status_t libffa_version_callee_init(
	struct libffa_version_callee *callee, libffa_version_t own,
	const struct libffa_version_policy *policy)
{
	if (callee == NULL || policy == NULL) {
		return LIBFFA_E_INVAL;
	}
	if (!libffa_version_is_known(own)) {
		return LIBFFA_E_VERSION;
	}
	callee->own = own;
	callee->policy = *policy;
	return LIBFFA_OK;
}

void libffa_version_endpoint_init(const struct libffa_version_callee *callee,
				  struct libffa_version_endpoint *ep)
{
	if (ep == NULL) {
		return;
	}
	ep->state = LIBFFA_VERSION_UNNEGOTIATED;
	ep->recorded = false;
	ep->version = callee != NULL ? callee->own : 0u;
}

static libffa_status_t not_supported(uint32_t *w0, libffa_status_t status)
{
	*w0 = LIBFFA_VERSION_RET_NOT_SUPPORTED;
	return status;
}

/* FFA_VERSION after the lock: the relock policy alone decides. */
static libffa_status_t answer_locked(const struct libffa_version_callee *c,
				     const struct libffa_version_endpoint *ep,
				     uint32_t requested, uint32_t *w0)
{
	uint32_t reply = c->policy.answer == LIBFFA_VERSION_ANSWER_OWN
				 ? c->own
				 : ep->version;

	switch (c->policy.relock) {
	case LIBFFA_VERSION_RELOCK_SAME:
		if (requested != ep->version) {
			return not_supported(w0, LIBFFA_E_STATE);
		}
		*w0 = reply;
		return LIBFFA_OK;
	case LIBFFA_VERSION_RELOCK_NO_DOWNGRADE:
		if (libffa_version_minor(requested) <
		    libffa_version_minor(ep->version)) {
			return not_supported(w0, LIBFFA_E_STATE);
		}
		*w0 = ep->version;
		return LIBFFA_OK;
	case LIBFFA_VERSION_RELOCK_NEGOTIATED:
		if (!ep->recorded) {
			return not_supported(w0, LIBFFA_E_STATE);
		}
		*w0 = ep->version;
		return LIBFFA_OK;
	case LIBFFA_VERSION_RELOCK_FROZEN:
		/* Handled by the caller of this function. */
		break;
	}
	return not_supported(w0, LIBFFA_E_STATE);
}

static libffa_status_t callee_answer(const struct libffa_version_callee *callee,
				     struct libffa_version_endpoint *ep,
				     uint32_t requested, uint32_t flags,
				     uint32_t *w0)
{
	const struct libffa_version_policy *p;
	enum libffa_version_query query = LIBFFA_VERSION_QUERY_NEGOTIATE;
	libffa_version_t chosen;
	bool record;
	bool locked;

	p = &callee->policy;
	if (p->query_flags && callee->own >= LIBFFA_VERSION_1_3) {
		libffa_status_t status =
			libffa_version_flags_parse(flags, &query);

		if (status != LIBFFA_OK) {
			/* SMCCC error codes here, not FF-A ones (arm-ffa). */
			*w0 = LIBFFA_VERSION_RET_INVALID_PARAMETER;
			return status;
		}
	}
	if (!libffa_version_same_major_(callee->own, requested)) {
		return not_supported(w0, LIBFFA_E_VERSION);
	}
	if (query == LIBFFA_VERSION_QUERY_NEGOTIATED) {
		if (!ep->recorded) {
			return not_supported(w0, LIBFFA_E_STATE);
		}
		*w0 = ep->version;
		return LIBFFA_OK;
	}
	locked = ep->state == LIBFFA_VERSION_LOCKED;
	if (locked && p->relock != LIBFFA_VERSION_RELOCK_FROZEN) {
		return answer_locked(callee, ep, requested, w0);
	}
	if (libffa_version_minor(requested) >
	    libffa_version_minor(callee->own)) {
		if (p->higher == LIBFFA_VERSION_HIGHER_NOT_SUPPORTED) {
			return not_supported(w0, LIBFFA_E_VERSION);
		}
		chosen = callee->own;
		record = p->record_higher;
	} else {
		chosen = requested;
		record = true;
	}
	if (locked || query == LIBFFA_VERSION_QUERY_COMPATIBLE) {
		/* FROZEN after the lock, or a v1.3 query: answer, keep. */
		record = false;
	}
	if (record) {
		ep->version = chosen;
		ep->recorded = true;
		ep->state = p->lock == LIBFFA_VERSION_LOCK_NEGOTIATE
				    ? LIBFFA_VERSION_LOCKED
				    : LIBFFA_VERSION_NEGOTIATED;
	}
	*w0 = p->answer == LIBFFA_VERSION_ANSWER_OWN ? callee->own : chosen;
	return LIBFFA_OK;
}

libffa_status_t libffa_version_callee_handle(
	const struct libffa_version_callee *callee,
	struct libffa_version_endpoint *ep, const struct libffa_regs *call,
	struct libffa_regs *reply)
{
	libffa_status_t status;
	uint32_t w0 = LIBFFA_VERSION_RET_NOT_SUPPORTED;

	if (callee == NULL || ep == NULL || call == NULL || reply == NULL) {
		return LIBFFA_E_INVAL;
	}
	if (!libffa_version_is_call_(call)) {
		return LIBFFA_E_UNKNOWN_FID;
	}
	status = callee_answer(callee, ep, libffa_regs_w(call, 1),
			       libffa_regs_w(call, 2), &w0);
	libffa_version_write_reply_(w0, reply);
	return status;
}

/*
 * An FF-A call a callee counts: a fast call with bits [23:17] clear
 * (DEN0028 1.2 s2.5) in the FF-A range. pKVM counts the same; a malformed
 * ID is refused later, by the decoder, not counted here.
 */
static bool is_ffa_fast_call(uint32_t id)
{
	return libffa_smccc_fid_is_fast(id) &&
	       (id & LIBFFA_SMCCC_FAST_MBZ) == 0u &&
	       libffa_smccc_fid_in_ffa_range(id);
}

libffa_status_t libffa_version_callee_check_call(
	const struct libffa_version_callee *callee,
	struct libffa_version_endpoint *ep, uint32_t fid,
	libffa_version_t *version, int32_t *error)
{
	const struct libffa_version_policy *p;
	uint32_t id = libffa_smccc_fid_strip(fid);

	if (callee == NULL || ep == NULL) {
		return LIBFFA_E_INVAL;
	}
	p = &callee->policy;
	if (error != NULL) {
		*error = LIBFFA_RET_SUCCESS;
	}
	if (id != LIBFFA_FID_VERSION_ && is_ffa_fast_call(id)) {
		if (ep->state == LIBFFA_VERSION_UNNEGOTIATED &&
		    p->version_first) {
			if (error != NULL) {
				/* Never refuse with SUCCESS (zeroed policy). */
				*error =
					p->early_error < 0
						? p->early_error
						: LIBFFA_RET_INVALID_PARAMETERS;
			}
			return LIBFFA_E_STATE;
		}
		if (p->lock == LIBFFA_VERSION_LOCK_CALL &&
		    (p->interrupt_locks ||
		     (id & ~LIBFFA_SMCCC_CONV_64) != FID_INTERRUPT)) {
			ep->state = LIBFFA_VERSION_LOCKED;
		}
	}
	if (version != NULL) {
		*version = ep->version;
	}
	return LIBFFA_OK;
}
