/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * Layer 3: FFA_VERSION in a proxy (a pKVM-style EL2 between a caller and
 * the layer below): its negotiation below as a caller, its answers to its
 * own caller as a callee, and when to ask below first.
 */
#ifndef LIBFFA_VERSION_PROXY_H
#define LIBFFA_VERSION_PROXY_H

#include "ffa/env.h"
#include "ffa/regs.h"
#include "ffa/status.h"
#include "ffa/version.h"
#include "ffa/version_callee.h"
#include "ffa/version_caller.h"
#include "ffa/version_policy.h"

LIBFFA_BEGIN_DECLS

/**
 * enum libffa_version_action - what a proxy must do next.
 * @LIBFFA_VERSION_ACTION_REPLY:     return the output frame to the caller.
 * @LIBFFA_VERSION_ACTION_ASK_BELOW: send the output frame below, then give
 *                                   the answer to
 *                                   libffa_version_proxy_below_answer().
 */
enum libffa_version_action {
	LIBFFA_VERSION_ACTION_REPLY = 0,
	LIBFFA_VERSION_ACTION_ASK_BELOW = 1
};

/**
 * struct libffa_version_proxy - a proxy's two negotiations.
 * @below:   its negotiation, as a caller, with the layer below.
 * @callee:  its side toward its own caller; @callee.own is the version
 *           agreed below (and follows a downgrade adopted below).
 * @host:    its caller's state.
 * @pending: the request sent below, valid while @asking.
 * @asking:  a request is below, awaiting its answer.
 */
struct libffa_version_proxy {
	struct libffa_version_caller below;
	struct libffa_version_callee callee;
	struct libffa_version_endpoint host;
	libffa_version_t pending;
	bool asking;
};

/**
 * libffa_version_proxy_init() - start a proxy; its first job is to
 * negotiate below with libffa_version_proxy_below_request() and
 * libffa_version_proxy_below_reply().
 * @proxy:  out.
 * @own:    the newest version the proxy implements.
 * @min:    the oldest it accepts below and from its caller.
 * @policy: its choices (caller side toward below, callee side toward its
 *          caller, and forwarding).
 *
 * Return: as libffa_version_caller_init().
 */
LIBFFA_MUST_CHECK libffa_status_t libffa_version_proxy_init(
	struct libffa_version_proxy *proxy, libffa_version_t own,
	libffa_version_t min, const struct libffa_version_policy *policy);

/**
 * libffa_version_proxy_below_request() - init: the frame to send below.
 * @proxy: the proxy.
 * @call:  out: the FFA_VERSION frame.
 *
 * Return: as libffa_version_caller_request().
 */
LIBFFA_MUST_CHECK libffa_status_t libffa_version_proxy_below_request(
	struct libffa_version_proxy *proxy, struct libffa_regs *call);

/**
 * libffa_version_proxy_below_reply() - init: take the answer from below.
 * @proxy: the proxy.
 * @reply: the reply frame (untrusted).
 * @again: out: another request below is due.
 *
 * On agreement the proxy serves its caller at the agreed version.
 *
 * Return: as libffa_version_caller_reply().
 */
LIBFFA_MUST_CHECK libffa_status_t
libffa_version_proxy_below_reply(struct libffa_version_proxy *proxy,
				 const struct libffa_regs *reply, bool *again);

/**
 * libffa_version_proxy_host_call() - the proxy's caller sent FFA_VERSION.
 * @proxy:  the proxy, negotiated below.
 * @call:   the call frame (untrusted).
 * @out:    out: the reply for the caller (ACTION_REPLY) or the frame to send
 *          below (ACTION_ASK_BELOW).
 * @action: out: which of the two @out is.
 *
 * Context: Any. Reentrant. Writes only @proxy, @out and @action.
 * Return: as libffa_version_callee_handle() when replying (the reply is then
 * written even for failures); %LIBFFA_OK when asking below;
 * %LIBFFA_E_STATE with a NOT_SUPPORTED reply when the proxy has not
 * finished negotiating below, or is still waiting for an answer from below.
 */
LIBFFA_MUST_CHECK libffa_status_t libffa_version_proxy_host_call(
	struct libffa_version_proxy *proxy, const struct libffa_regs *call,
	struct libffa_regs *out, enum libffa_version_action *action);

/**
 * libffa_version_proxy_below_answer() - the layer below answered the
 * request libffa_version_proxy_host_call() forwarded.
 * @proxy: the proxy.
 * @below: the reply from below (untrusted).
 * @reply: out: the reply for the proxy's caller.
 *
 * FORWARD_FIRST_LOWER: a version of the same major accepts the request,
 * which both sides then use (and which locks as the policy says);
 * NOT_SUPPORTED or anything malformed is answered NOT_SUPPORTED and
 * nothing changes. FORWARD_ALWAYS: the answer from below is passed back,
 * and, unless the caller is locked, the lower of the request and a
 * same-major answer is recorded as the caller's version.
 *
 * Return:
 * * %LIBFFA_OK      - @reply holds a version;
 * * %LIBFFA_E_INVAL - NULL pointer;
 * * %LIBFFA_E_STATE - nothing was asked below, or (FORWARD_FIRST_LOWER)
 *                     another call locked the caller meanwhile: @reply
 *                     holds NOT_SUPPORTED;
 * * %LIBFFA_E_PEER  - @reply holds NOT_SUPPORTED (or the answer from below,
 *                     passed back, is not a version).
 */
LIBFFA_MUST_CHECK libffa_status_t libffa_version_proxy_below_answer(
	struct libffa_version_proxy *proxy, const struct libffa_regs *below,
	struct libffa_regs *reply);

/**
 * libffa_version_proxy_check_call() - may the proxy's caller make this
 * FF-A call yet? As libffa_version_callee_check_call() on the caller's
 * state; before the proxy has negotiated below every FF-A call is refused
 * with NOT_SUPPORTED.
 * @proxy:   the proxy.
 * @fid:     w0 of the call.
 * @version: out, may be NULL.
 * @error:   out, may be NULL.
 *
 * Return: as libffa_version_callee_check_call().
 */
LIBFFA_MUST_CHECK libffa_status_t libffa_version_proxy_check_call(
	struct libffa_version_proxy *proxy, uint32_t fid,
	libffa_version_t *version, int32_t *error);

LIBFFA_END_DECLS

#endif /* LIBFFA_VERSION_PROXY_H */
