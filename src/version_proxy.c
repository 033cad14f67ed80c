/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * FFA_VERSION in a proxy between a caller and the layer below
 * (DEN0077A 1.2 s13.2.1; the pKVM and TF-A SPMD behaviours of
 * docs/version-policies.md). Frames are written register by register.
 */
#include "ffa/version_proxy.h"

#include "internal.h"
#include "version_internal.h"

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

	if (!libffa_version_same_major_(own, requested)) {
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

	if (proxy == NULL || call == NULL || out == NULL || action == NULL) {
		return LIBFFA_E_INVAL;
	}
	if (!libffa_version_is_call_(call)) {
		return LIBFFA_E_UNKNOWN_FID;
	}
	*action = LIBFFA_VERSION_ACTION_REPLY;
	if (!proxy_ready(proxy) || proxy->asking) {
		libffa_version_write_reply_(LIBFFA_VERSION_RET_NOT_SUPPORTED,
					    out);
		return LIBFFA_E_STATE;
	}
	requested = libffa_regs_w(call, 1);
	flags = libffa_regs_w(call, 2);
	if (!proxy_must_ask(proxy, requested, flags)) {
		return libffa_version_callee_handle(&proxy->callee,
						    &proxy->host, call, out);
	}
	/* The same request below; v1.3 keeps only the query type of w2. */
	libffa_regs_clear(out);
	libffa_regs_set_w(out, 0, LIBFFA_FID_VERSION_);
	libffa_regs_set_w(out, 1, requested);
	if (proxy->callee.own >= LIBFFA_VERSION_1_3) {
		libffa_regs_set_w(out, 2, flags & LIBFFA_VERSION_FLAGS_QUERY);
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
		libffa_version_write_reply_(answer, reply);
		if (!libffa_version_is_wellformed(answer)) {
			return LIBFFA_E_PEER;
		}
		/* The caller goes on with the lower of the two (s13.2.1). */
		libffa_version_t chosen = answer < pending ? answer : pending;

		if (proxy->host.state != LIBFFA_VERSION_LOCKED &&
		    libffa_version_same_major_(proxy->callee.own, answer) &&
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
		libffa_version_write_reply_(LIBFFA_VERSION_RET_NOT_SUPPORTED,
					    reply);
		return LIBFFA_E_STATE;
	}
	if (!libffa_version_same_major_(pending, answer)) {
		libffa_version_write_reply_(LIBFFA_VERSION_RET_NOT_SUPPORTED,
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
	libffa_version_write_reply_(pending, reply);
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
