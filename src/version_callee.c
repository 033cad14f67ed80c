/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * The callee's per-endpoint negotiation (unnegotiated -> negotiated ->
 * locked) and the proxy that sits between a caller and the layer below
 * (DEN0077A 1.2 s13.2.1; anchors in docs/version-policies.md).
 */
#include "ffa/abi.h"
#include "ffa/msg.h"
#include "ffa/smccc.h"
#include "ffa/version.h"

#include "internal.h"

#define FID_VERSION   LIBFFA_FID_32(LIBFFA_FNUM_VERSION)
#define FID_INTERRUPT LIBFFA_FID_32(LIBFFA_FNUM_INTERRUPT)

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

/* A request the callee can even consider: bit 31 clear, its own major. */
static bool same_major(libffa_version_t own, uint32_t requested)
{
	return libffa_version_is_wellformed(requested) &&
	       libffa_version_major(requested) == libffa_version_major(own);
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

libffa_status_t libffa_version_callee_answer(
	const struct libffa_version_callee *callee,
	struct libffa_version_endpoint *ep, uint32_t requested, uint32_t flags,
	uint32_t *w0)
{
	const struct libffa_version_policy *p;
	enum libffa_version_query query = LIBFFA_VERSION_QUERY_NEGOTIATE;
	libffa_version_t chosen;
	bool record;
	bool locked;

	if (callee == NULL || ep == NULL || w0 == NULL) {
		return LIBFFA_E_INVAL;
	}
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
	if (!same_major(callee->own, requested)) {
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

/* Build the bare-w0 reply frame through the table (DEN0077A 1.2 s13.2.1). */
static void write_reply(libffa_version_t version, uint32_t w0,
			struct libffa_regs *reply)
{
	struct libffa_msg msg;

	libffa_msg_init(&msg, LIBFFA_ABI_VERSION, LIBFFA_MSG_RESULT, false);
	msg.result.version.version = w0;
	if (libffa_msg_encode(&msg, version, reply) != LIBFFA_OK) {
		/* Cannot happen for a known version; never leak a frame. */
		libffa_regs_clear(reply);
		libffa_regs_set_w(reply, 0, w0);
	}
}

static bool is_version_call(const struct libffa_regs *call)
{
	return libffa_smccc_fid_strip(libffa_regs_w(call, 0)) == FID_VERSION;
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
	if (!is_version_call(call)) {
		return LIBFFA_E_UNKNOWN_FID;
	}
	status =
		libffa_version_callee_answer(callee, ep, libffa_regs_w(call, 1),
					     libffa_regs_w(call, 2), &w0);
	write_reply(callee->own, w0, reply);
	return status;
}

libffa_status_t libffa_version_callee_handle_msg(
	const struct libffa_version_callee *callee,
	struct libffa_version_endpoint *ep, const struct libffa_msg *call,
	struct libffa_msg *reply)
{
	libffa_status_t status;
	uint32_t w0 = LIBFFA_VERSION_RET_NOT_SUPPORTED;

	if (callee == NULL || ep == NULL || call == NULL || reply == NULL) {
		return LIBFFA_E_INVAL;
	}
	if (call->abi != LIBFFA_ABI_VERSION || call->kind != LIBFFA_MSG_ARGS ||
	    call->smc64) {
		return LIBFFA_E_UNKNOWN_FID;
	}
	status = libffa_version_callee_answer(callee, ep,
					      call->args.version.version,
					      call->args.version.flags, &w0);
	libffa_msg_init(reply, LIBFFA_ABI_VERSION, LIBFFA_MSG_RESULT, false);
	reply->result.version.version = w0;
	return status;
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
	if (id != FID_VERSION && libffa_smccc_fid_is_ffa(id)) {
		if (ep->state == LIBFFA_VERSION_UNNEGOTIATED &&
		    p->version_first) {
			if (error != NULL) {
				*error = p->early_error;
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

/* ---- Proxy ----------------------------------------------------------------
 */

libffa_status_t libffa_version_proxy_init(
	struct libffa_version_proxy *proxy, libffa_version_t own,
	libffa_version_t min, const struct libffa_version_policy *policy)
{
	libffa_status_t status;

	if (proxy == NULL || policy == NULL) {
		return LIBFFA_E_INVAL;
	}
	LIBFFA_MEMSET(proxy, 0, sizeof(*proxy));
	status = libffa_version_caller_init(&proxy->below, own, min, policy);
	if (status != LIBFFA_OK) {
		return status;
	}
	status = libffa_version_callee_init(&proxy->callee, own, policy);
	if (status != LIBFFA_OK) {
		return status;
	}
	libffa_version_endpoint_init(&proxy->callee, &proxy->host);
	return LIBFFA_OK;
}

libffa_status_t libffa_version_proxy_below_request(
	struct libffa_version_proxy *proxy, struct libffa_regs *call)
{
	if (proxy == NULL) {
		return LIBFFA_E_INVAL;
	}
	return libffa_version_caller_request(&proxy->below, call);
}

libffa_status_t libffa_version_proxy_below_reply(
	struct libffa_version_proxy *proxy, const struct libffa_regs *reply,
	bool *again)
{
	libffa_status_t status;

	if (proxy == NULL) {
		return LIBFFA_E_INVAL;
	}
	status = libffa_version_caller_reply(&proxy->below, reply, again);
	if (status == LIBFFA_OK &&
	    proxy->below.state == LIBFFA_VERSION_CALLER_DONE) {
		/* Serve the caller at what the layer below speaks. */
		proxy->callee.own = proxy->below.agreed;
		libffa_version_endpoint_init(&proxy->callee, &proxy->host);
	}
	return status;
}

static bool proxy_ready(const struct libffa_version_proxy *proxy)
{
	return proxy->below.state == LIBFFA_VERSION_CALLER_DONE;
}

/* Should this request go below before it is answered? */
static bool proxy_must_ask(const struct libffa_version_proxy *proxy,
			   uint32_t requested, uint32_t flags)
{
	const struct libffa_version_policy *p = &proxy->callee.policy;
	libffa_version_t own = proxy->callee.own;

	if (!same_major(own, requested)) {
		return false;
	}
	if (p->query_flags && own >= LIBFFA_VERSION_1_3 && flags != 0u) {
		/* v1.3 queries are answered here and change nothing below. */
		return false;
	}
	switch (p->forward) {
	case LIBFFA_VERSION_FORWARD_NEVER:
		return false;
	case LIBFFA_VERSION_FORWARD_FIRST_LOWER:
		return proxy->host.state != LIBFFA_VERSION_LOCKED &&
		       libffa_version_minor(requested) <
			       libffa_version_minor(own);
	case LIBFFA_VERSION_FORWARD_ALWAYS:
		/* A v1.0 SPMC has no version framework message (TF-A). */
		return own >= LIBFFA_VERSION_1_1;
	}
	return false;
}

libffa_status_t libffa_version_proxy_host_call(
	struct libffa_version_proxy *proxy, const struct libffa_regs *call,
	struct libffa_regs *out, enum libffa_version_action *action)
{
	uint32_t requested;
	uint32_t flags;
	struct libffa_msg msg;

	if (proxy == NULL || call == NULL || out == NULL || action == NULL) {
		return LIBFFA_E_INVAL;
	}
	if (!is_version_call(call)) {
		return LIBFFA_E_UNKNOWN_FID;
	}
	*action = LIBFFA_VERSION_ACTION_REPLY;
	if (!proxy_ready(proxy) || proxy->asking) {
		write_reply(LIBFFA_VERSION_1_0,
			    LIBFFA_VERSION_RET_NOT_SUPPORTED, out);
		return LIBFFA_E_STATE;
	}
	requested = libffa_regs_w(call, 1);
	flags = libffa_regs_w(call, 2);
	if (!proxy_must_ask(proxy, requested, flags)) {
		return libffa_version_callee_handle(&proxy->callee,
						    &proxy->host, call, out);
	}
	libffa_msg_init(&msg, LIBFFA_ABI_VERSION, LIBFFA_MSG_ARGS, false);
	msg.args.version.version = requested;
	if (proxy->callee.own >= LIBFFA_VERSION_1_3) {
		msg.args.version.flags = flags & LIBFFA_VERSION_FLAGS_QUERY;
	}
	if (libffa_msg_encode(&msg, proxy->callee.own, out) != LIBFFA_OK) {
		write_reply(LIBFFA_VERSION_1_0,
			    LIBFFA_VERSION_RET_NOT_SUPPORTED, out);
		return LIBFFA_E_INTERNAL;
	}
	proxy->pending = requested;
	proxy->asking = true;
	*action = LIBFFA_VERSION_ACTION_ASK_BELOW;
	return LIBFFA_OK;
}

libffa_status_t libffa_version_proxy_below_answer(
	struct libffa_version_proxy *proxy, const struct libffa_regs *below,
	struct libffa_regs *reply)
{
	const struct libffa_version_policy *p;
	uint32_t answer;
	libffa_version_t pending;

	if (proxy == NULL || below == NULL || reply == NULL) {
		return LIBFFA_E_INVAL;
	}
	if (!proxy->asking) {
		return LIBFFA_E_STATE;
	}
	p = &proxy->callee.policy;
	pending = proxy->pending;
	proxy->asking = false;
	answer = libffa_regs_w(below, 0);
	if (p->forward == LIBFFA_VERSION_FORWARD_ALWAYS) {
		/* Pass the answer back; record unless locked (TF-A SPMD). */
		write_reply(proxy->callee.own, answer, reply);
		if (!libffa_version_is_wellformed(answer)) {
			return LIBFFA_E_PEER;
		}
		/* The caller goes on with the lower of the two (s13.2.1). */
		libffa_version_t chosen = answer < pending ? answer : pending;

		if (proxy->host.state != LIBFFA_VERSION_LOCKED &&
		    same_major(proxy->callee.own, answer) &&
		    libffa_version_is_known(chosen)) {
			proxy->host.version = chosen;
			proxy->host.recorded = true;
			proxy->host.state = LIBFFA_VERSION_NEGOTIATED;
		}
		return LIBFFA_OK;
	}
	/*
	 * FORWARD_FIRST_LOWER (pKVM): any version of the same major means
	 * the layer below accepted the older ABI. pKVM adopts anything but
	 * NOT_SUPPORTED; a malformed answer is refused here too.
	 */
	if (proxy->host.state == LIBFFA_VERSION_LOCKED) {
		/* Another call locked the caller while we asked: too late. */
		write_reply(proxy->callee.own, LIBFFA_VERSION_RET_NOT_SUPPORTED,
			    reply);
		return LIBFFA_E_STATE;
	}
	if (!same_major(pending, answer)) {
		write_reply(proxy->callee.own, LIBFFA_VERSION_RET_NOT_SUPPORTED,
			    reply);
		return LIBFFA_E_PEER;
	}
	proxy->below.agreed = pending;
	proxy->callee.own = pending;
	proxy->host.version = pending;
	proxy->host.recorded = true;
	proxy->host.state = p->lock == LIBFFA_VERSION_LOCK_NEGOTIATE
				    ? LIBFFA_VERSION_LOCKED
				    : LIBFFA_VERSION_NEGOTIATED;
	write_reply(pending, pending, reply);
	return LIBFFA_OK;
}

libffa_status_t libffa_version_proxy_check_call(
	struct libffa_version_proxy *proxy, uint32_t fid,
	libffa_version_t *version, int32_t *error)
{
	if (proxy == NULL) {
		return LIBFFA_E_INVAL;
	}
	if (!proxy_ready(proxy)) {
		if (error != NULL) {
			*error = LIBFFA_RET_NOT_SUPPORTED;
		}
		return LIBFFA_E_STATE;
	}
	return libffa_version_callee_check_call(&proxy->callee, &proxy->host,
						fid, version, error);
}
