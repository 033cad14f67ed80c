/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * FF-A version numbers (DEN0077A 1.2 s13.2.1): bit 31 MBZ, bits[30:16]
 * major, bits[15:0] minor.
 */
#ifndef LIBFFA_VERSION_H
#define LIBFFA_VERSION_H

#include "ffa/env.h"
#include "ffa/regs.h"
#include "ffa/status.h"

LIBFFA_BEGIN_DECLS

/* msg.h includes this header; the message-level calls only need the tag. */
struct libffa_msg;

/** An FF-A version word as carried in w0/w1 of FFA_VERSION. */
typedef uint32_t libffa_version_t;

#define LIBFFA_VERSION(major, minor)                                \
	((libffa_version_t)((((uint32_t)(major)) & 0x7FFFu) << 16 | \
			    (((uint32_t)(minor)) & 0xFFFFu)))
#define LIBFFA_VERSION_1_0 LIBFFA_VERSION(1, 0)
#define LIBFFA_VERSION_1_1 LIBFFA_VERSION(1, 1)
#define LIBFFA_VERSION_1_2 LIBFFA_VERSION(1, 2)
#define LIBFFA_VERSION_1_3 LIBFFA_VERSION(1, 3)

/** Oldest and newest versions whose layouts libffa knows. */
#define LIBFFA_VERSION_MIN LIBFFA_VERSION_1_0
#define LIBFFA_VERSION_MAX LIBFFA_VERSION_1_3

/* Bit 31 of a version word must be zero (DEN0077A 1.2 s13.2.1). */
#define LIBFFA_VERSION_MBZ UINT32_C(0x80000000)

/** libffa_version_major() - bits[30:16]. */
static inline uint32_t libffa_version_major(libffa_version_t v)
{
	return (v >> 16) & 0x7FFFu;
}

/** libffa_version_minor() - bits[15:0]. */
static inline uint32_t libffa_version_minor(libffa_version_t v)
{
	return v & 0xFFFFu;
}

/**
 * libffa_version_is_wellformed() - bit 31 clear.
 * @v: a version word from the wire.
 */
static inline bool libffa_version_is_wellformed(libffa_version_t v)
{
	return (v & LIBFFA_VERSION_MBZ) == 0u;
}

/**
 * libffa_version_is_known() - a version whose layouts libffa implements.
 * @v: a version word.
 *
 * Return: true for 1.0 to 1.3.
 */
static inline bool libffa_version_is_known(libffa_version_t v)
{
	return v >= LIBFFA_VERSION_MIN && v <= LIBFFA_VERSION_MAX;
}

/**
 * libffa_version_compatible() - may a caller at @caller use a callee at
 * @callee?
 * @caller: the version the caller implements.
 * @callee: the version the callee implements.
 *
 * DEN0077A 1.2 s13.2.1: compatible when the majors match and the caller's
 * minor is not greater than the callee's. Malformed words (bit 31 set) are
 * never compatible.
 */
static inline bool libffa_version_compatible(libffa_version_t caller,
					     libffa_version_t callee)
{
	return libffa_version_is_wellformed(caller) &&
	       libffa_version_is_wellformed(callee) &&
	       libffa_version_major(caller) == libffa_version_major(callee) &&
	       libffa_version_minor(caller) <= libffa_version_minor(callee);
}

/*
 * Structure geometry per negotiated version, used by every module that
 * builds or parses an FF-A structure. FF-A 1.1 broke 1.0's layouts
 * (../shared/ffa-facts.md s8 item 4), and 1.2 widened the EMAD and the
 * indirect message header.
 */

/**
 * libffa_version_mem_header_size() - memory transaction descriptor header.
 * @v: negotiated version.
 *
 * Return: 32 bytes in v1.0 (DEN0077A 1.0 Table 5.19), 48 from v1.1
 * (DEN0077A 1.1 Table 10.20), where the header names the EMAD offset.
 */
static inline uint32_t libffa_version_mem_header_size(libffa_version_t v)
{
	return v >= LIBFFA_VERSION_1_1 ? 48u : 32u;
}

/**
 * libffa_version_emad_size() - endpoint memory access descriptor size.
 * @v: negotiated version.
 *
 * Return: 16 bytes up to v1.1, 32 from v1.2 (implementation-defined field,
 * DEN0140 1.2 Table 4.x).
 */
static inline uint32_t libffa_version_emad_size(libffa_version_t v)
{
	return v >= LIBFFA_VERSION_1_2 ? 32u : 16u;
}

/**
 * libffa_version_partinfo_size() - partition information descriptor size.
 * @v: negotiated version.
 *
 * Return: 8 bytes in v1.0, 24 in v1.1 and v1.2, 48 from v1.3.
 */
static inline uint32_t libffa_version_partinfo_size(libffa_version_t v)
{
	if (v >= LIBFFA_VERSION_1_3) {
		return 48u;
	}
	return v >= LIBFFA_VERSION_1_1 ? 24u : 8u;
}

/**
 * libffa_version_indirect_header_size() - FFA_MSG_SEND2 header size.
 * @v: negotiated version.
 *
 * Return: 0 in v1.0 (FFA_MSG_SEND had no header), 20 in v1.1, 40 from v1.2.
 */
static inline uint32_t libffa_version_indirect_header_size(libffa_version_t v)
{
	if (v >= LIBFFA_VERSION_1_2) {
		return 40u;
	}
	return v >= LIBFFA_VERSION_1_1 ? 20u : 0u;
}

/**
 * libffa_version_uses_x8_x17() - do SMC64 frames extend to x8-x17?
 * @v: negotiated version.
 *
 * FF-A 1.2 requires SMCCC 1.2, which widened SMC64 arguments and results to
 * x0-x17 (DEN0077A 1.2 s11.2, DEN0028 1.2 s2.6).
 */
static inline bool libffa_version_uses_x8_x17(libffa_version_t v)
{
	return v >= LIBFFA_VERSION_1_2;
}

/**
 * libffa_version_direct_w2_is_flags() - does w2 of a direct message carry
 * framework flags?
 * @v: negotiated version.
 *
 * From v1.1 w2 of FFA_MSG_SEND_DIRECT_REQ/RESP holds the framework-message
 * flag (bit 31) and type (bits[7:0]); in v1.0 it was reserved
 * (DEN0077A 1.1 s15.2; ../shared/ffa-facts.md s8 item 4).
 */
static inline bool libffa_version_direct_w2_is_flags(libffa_version_t v)
{
	return v >= LIBFFA_VERSION_1_1;
}

/*
 * ---- FFA_VERSION on the wire -------------------------------------------
 *
 * A caller puts the version it implements in w1; from v1.3 w2 carries the
 * query type (DEN0077A 1.3 s13.2, as the arm-ffa crate encodes it; see
 * docs/fact-check.md s9). The answer is bare in w0: a version, or
 * NOT_SUPPORTED, or, for a malformed v1.3 query, SMCCC INVALID_PARAMETER.
 */

/* w2 bits[1:0]: query type (v1.3). */
#define LIBFFA_VERSION_FLAGS_QUERY UINT32_C(0x00000003)
/* w2 bits[31:2]: must be zero (v1.3). */
#define LIBFFA_VERSION_FLAGS_MBZ UINT32_C(0xFFFFFFFC)

/* w0 of an FFA_VERSION answer that is not a version. */
#define LIBFFA_VERSION_RET_NOT_SUPPORTED     UINT32_C(0xFFFFFFFF)
#define LIBFFA_VERSION_RET_INVALID_PARAMETER UINT32_C(0xFFFFFFFD)

/**
 * enum libffa_version_query - w2 bits[1:0] of FFA_VERSION (v1.3).
 * @LIBFFA_VERSION_QUERY_NEGOTIATE:  negotiate (the only meaning before 1.3).
 * @LIBFFA_VERSION_QUERY_COMPATIBLE: ask whether w1 is compatible; no state
 *                                   changes.
 * @LIBFFA_VERSION_QUERY_NEGOTIATED: ask for the version already negotiated.
 */
enum libffa_version_query {
	LIBFFA_VERSION_QUERY_NEGOTIATE = 0,
	LIBFFA_VERSION_QUERY_COMPATIBLE = 1,
	LIBFFA_VERSION_QUERY_NEGOTIATED = 2
};

/**
 * libffa_version_flags_parse() - judge w2 of an FFA_VERSION call (v1.3).
 * @w2:    the flags word.
 * @query: out: the query type.
 *
 * Context: Any. Reentrant. No side effects.
 * Return:
 * * %LIBFFA_OK         - @query set;
 * * %LIBFFA_E_INVAL    - @query is NULL;
 * * %LIBFFA_E_MBZ      - bits[31:2] set;
 * * %LIBFFA_E_BADVALUE - query type 3 (reserved).
 * A callee answers both failures with %LIBFFA_VERSION_RET_INVALID_PARAMETER.
 */
LIBFFA_MUST_CHECK libffa_status_t
libffa_version_flags_parse(uint32_t w2, enum libffa_version_query *query);

/**
 * libffa_version_smccc_check() - judge an SMCCC_VERSION answer.
 * @w0:         w0 returned by SMCCC_VERSION (DEN0028 1.2 s7.2).
 * @regs_count: out, may be NULL: registers a call may use, 18 (x0-x17) when
 *              the frame is usable, else 0.
 *
 * Every FF-A version runs over SMCCC 1.2 or later: FF-A results use w4-w7
 * (and from v1.2 x8-x17), which SMCCC 1.1 preserves (DEN0028 1.2 s2.6;
 * docs/fact-check.md s6). Linux refuses FF-A below SMCCC 1.2 for the same
 * reason.
 *
 * Context: Any. Reentrant. No side effects.
 * Return:
 * * %LIBFFA_OK         - SMCCC 1.2 or later: the 18-register frame is usable;
 * * %LIBFFA_E_PEER     - NOT_SUPPORTED: SMCCC 1.0, which has no
 *                        SMCCC_VERSION;
 * * %LIBFFA_E_VERSION  - a well-formed version below 1.2;
 * * %LIBFFA_E_BADVALUE - bit 31 set (other than NOT_SUPPORTED) or major 0.
 */
LIBFFA_MUST_CHECK libffa_status_t
libffa_version_smccc_check(uint32_t w0, unsigned int *regs_count);

/*
 * ---- Negotiation policy ------------------------------------------------
 *
 * Implementations disagree on every step of FFA_VERSION negotiation
 * (../shared/ffa-facts.md s3.4; docs/version-policies.md records what each
 * anchor does, with sources). Each disagreement is one member of
 * struct libffa_version_policy; libffa_version_policy_preset() returns the
 * policy of an anchor.
 *
 * The %LIBFFA_VERSION_PRESET_SPEC reading (DEN0077A 1.2 s13.2.1, s13.2.2):
 * - a callee answers a well-formed request of its own major with its own
 *   version, and records the version both speak, min(request, own): the spec
 *   makes the caller, not the callee, responsible for downgrading when the
 *   callee's minor is lower, so refusing a higher minor (Hafnium) only
 *   forces an extra round trip;
 * - the version locks at the first FF-A call other than FFA_VERSION, but not
 *   at FFA_INTERRUPT, which an endpoint does not choose to make (Hafnium's
 *   reading, issue 18): a locked version is what both sides use to lay out
 *   structures, so it cannot change under the endpoint's feet;
 * - after the lock, the same version is answered as before and any other
 *   request gets NOT_SUPPORTED: answering the old version to a lower request
 *   would let the caller believe, by the compatibility rule, that its older
 *   ABI is understood (the pKVM "restrict host version renegotiation" bug);
 * - the caller re-sends FFA_VERSION with the callee's lower minor so that
 *   every callee records exactly the version the caller will use, and steps
 *   down one minor at a time when a callee refuses a higher minor;
 * - the v1.3 w2 query flags are honoured when the callee implements v1.3.
 */

/**
 * enum libffa_version_higher - callee: the caller asks a higher minor.
 * @LIBFFA_VERSION_HIGHER_ANSWER:        answer (own or negotiated version,
 *                                       see &enum libffa_version_answer).
 * @LIBFFA_VERSION_HIGHER_NOT_SUPPORTED: answer NOT_SUPPORTED (Hafnium, the
 *                                       Arm FF-A ACS).
 */
enum libffa_version_higher {
	LIBFFA_VERSION_HIGHER_ANSWER = 0,
	LIBFFA_VERSION_HIGHER_NOT_SUPPORTED = 1
};

/**
 * enum libffa_version_answer - callee: what a successful answer carries.
 * @LIBFFA_VERSION_ANSWER_OWN:        the callee's own version (Hafnium,
 *                                    TF-A, the spec).
 * @LIBFFA_VERSION_ANSWER_NEGOTIATED: the version recorded for the caller
 *                                    (pKVM, OP-TEE's stored code).
 */
enum libffa_version_answer {
	LIBFFA_VERSION_ANSWER_OWN = 0,
	LIBFFA_VERSION_ANSWER_NEGOTIATED = 1
};

/**
 * enum libffa_version_lock - callee: when the negotiated version locks.
 * @LIBFFA_VERSION_LOCK_NEVER:     never; FFA_VERSION may always renegotiate
 *                                 (OP-TEE, so a loader and a driver of
 *                                 different versions can follow each other).
 * @LIBFFA_VERSION_LOCK_NEGOTIATE: at the first successful FFA_VERSION (pKVM).
 * @LIBFFA_VERSION_LOCK_CALL:      at the first FF-A call other than
 *                                 FFA_VERSION (Hafnium, TF-A, the spec).
 */
enum libffa_version_lock {
	LIBFFA_VERSION_LOCK_NEVER = 0,
	LIBFFA_VERSION_LOCK_NEGOTIATE = 1,
	LIBFFA_VERSION_LOCK_CALL = 2
};

/**
 * enum libffa_version_relock - callee: FFA_VERSION after the lock.
 * @LIBFFA_VERSION_RELOCK_SAME:         the locked version is answered as
 *                                      before; any other gets NOT_SUPPORTED
 *                                      (Hafnium, the spec).
 * @LIBFFA_VERSION_RELOCK_NO_DOWNGRADE: a lower minor gets NOT_SUPPORTED, an
 *                                      equal or higher one the negotiated
 *                                      version (pKVM after "Restrict FF-A
 *                                      host version renegotiation").
 * @LIBFFA_VERSION_RELOCK_NEGOTIATED:   the negotiated version, whatever was
 *                                      asked; NOT_SUPPORTED if FFA_VERSION
 *                                      never recorded one (TF-A EL3 SPMC;
 *                                      pKVM before the restriction).
 * @LIBFFA_VERSION_RELOCK_FROZEN:       answered as before the lock, but
 *                                      nothing is recorded (TF-A SPMD: the
 *                                      NS version is not updated).
 */
enum libffa_version_relock {
	LIBFFA_VERSION_RELOCK_SAME = 0,
	LIBFFA_VERSION_RELOCK_NO_DOWNGRADE = 1,
	LIBFFA_VERSION_RELOCK_NEGOTIATED = 2,
	LIBFFA_VERSION_RELOCK_FROZEN = 3
};

/**
 * enum libffa_version_lower - caller: the callee answers a lower minor.
 * @LIBFFA_VERSION_LOWER_FAIL:    give up.
 * @LIBFFA_VERSION_LOWER_ADOPT:   use the callee's version without telling
 *                                it (Linux's driver, pKVM at init).
 * @LIBFFA_VERSION_LOWER_CONFIRM: send FFA_VERSION again with the callee's
 *                                version so the callee records it (spec).
 */
enum libffa_version_lower {
	LIBFFA_VERSION_LOWER_FAIL = 0,
	LIBFFA_VERSION_LOWER_ADOPT = 1,
	LIBFFA_VERSION_LOWER_CONFIRM = 2
};

/**
 * enum libffa_version_forward - proxy: when to ask the layer below.
 * @LIBFFA_VERSION_FORWARD_NEVER:       answer from the version agreed with
 *                                      the layer below at init.
 * @LIBFFA_VERSION_FORWARD_FIRST_LOWER: the first request for a lower minor
 *                                      goes below; adopted only if the
 *                                      layer below accepts it (pKVM).
 * @LIBFFA_VERSION_FORWARD_ALWAYS:      every well-formed request goes below
 *                                      and its answer is passed back,
 *                                      unless the layer below speaks v1.0
 *                                      (TF-A SPMD, framework messages 8/9).
 */
enum libffa_version_forward {
	LIBFFA_VERSION_FORWARD_NEVER = 0,
	LIBFFA_VERSION_FORWARD_FIRST_LOWER = 1,
	LIBFFA_VERSION_FORWARD_ALWAYS = 2
};

/**
 * struct libffa_version_policy - every choice an anchor makes differently.
 * @higher:          callee: a request for a higher minor.
 * @record_higher:   callee: answering a higher request records the
 *                   callee's own version (false: nothing is recorded, TF-A
 *                   EL3 SPMC).
 * @answer:          callee: what a successful answer carries.
 * @lock:            callee: when the version locks.
 * @interrupt_locks: callee: FFA_INTERRUPT counts as a locking call.
 * @version_first:   callee: an FF-A call before any FFA_VERSION is refused
 *                   (pKVM); otherwise it runs at the callee's version.
 * @early_error:     callee: the FF-A error code for that refusal
 *                   (&enum libffa_ret; pKVM: INVALID_PARAMETERS).
 * @relock:          callee: FFA_VERSION after the lock.
 * @query_flags:     callee: honour the v1.3 w2 query flags when the callee
 *                   implements v1.3 (otherwise w2 is ignored, as Hafnium,
 *                   TF-A and pKVM do).
 * @lower:           caller: the callee answers a lower minor.
 * @step_down:       caller: after NOT_SUPPORTED, offer the next lower minor
 *                   until the caller's minimum.
 * @forward:         proxy: when to ask the layer below.
 */
struct libffa_version_policy {
	enum libffa_version_higher higher;
	enum libffa_version_answer answer;
	enum libffa_version_lock lock;
	int32_t early_error;
	enum libffa_version_relock relock;
	enum libffa_version_lower lower;
	enum libffa_version_forward forward;
	bool record_higher;
	bool interrupt_locks;
	bool version_first;
	bool query_flags;
	bool step_down;
};

/**
 * enum libffa_version_preset - the anchors' documented behaviour.
 * @LIBFFA_VERSION_PRESET_SPEC:         the reading of DEN0077A 1.2 above.
 * @LIBFFA_VERSION_PRESET_PKVM:         Linux pKVM EL2 proxy with "Restrict
 *                                      FF-A host version renegotiation".
 * @LIBFFA_VERSION_PRESET_HAFNIUM:      Hafnium (SPMC and hypervisor).
 * @LIBFFA_VERSION_PRESET_TFA_SPMC:     TF-A EL3 SPMC.
 * @LIBFFA_VERSION_PRESET_TFA_SPMD:     TF-A SPMD (a forwarding proxy).
 * @LIBFFA_VERSION_PRESET_OPTEE:        OP-TEE as S-EL1 SPMC.
 * @LIBFFA_VERSION_PRESET_LINUX_DRIVER: the Linux FF-A driver (caller).
 * @LIBFFA_VERSION_PRESET_COUNT:        number of presets.
 */
enum libffa_version_preset {
	LIBFFA_VERSION_PRESET_SPEC = 0,
	LIBFFA_VERSION_PRESET_PKVM,
	LIBFFA_VERSION_PRESET_HAFNIUM,
	LIBFFA_VERSION_PRESET_TFA_SPMC,
	LIBFFA_VERSION_PRESET_TFA_SPMD,
	LIBFFA_VERSION_PRESET_OPTEE,
	LIBFFA_VERSION_PRESET_LINUX_DRIVER,
	LIBFFA_VERSION_PRESET_COUNT
};

/**
 * libffa_version_policy_preset() - the policy of an anchor.
 * @preset: a preset.
 *
 * Return: a static policy, or NULL when @preset is out of range.
 */
const struct libffa_version_policy *libffa_version_policy_preset(
	enum libffa_version_preset preset);

/**
 * libffa_version_policy_name() - the preset's name ("pkvm", "spec", ...).
 * @preset: a preset.
 *
 * Return: a static string, "unknown" when out of range.
 */
const char *libffa_version_policy_name(enum libffa_version_preset preset);

/*
 * ---- Callee: one state per endpoint -------------------------------------
 */

/**
 * enum libffa_version_state - where an endpoint's negotiation stands.
 * @LIBFFA_VERSION_UNNEGOTIATED: no FFA_VERSION recorded and no locking call.
 * @LIBFFA_VERSION_NEGOTIATED:   a version is recorded and may still change.
 * @LIBFFA_VERSION_LOCKED:       the version can no longer change.
 */
enum libffa_version_state {
	LIBFFA_VERSION_UNNEGOTIATED = 0,
	LIBFFA_VERSION_NEGOTIATED = 1,
	LIBFFA_VERSION_LOCKED = 2
};

/**
 * struct libffa_version_callee - a callee's fixed side of negotiation.
 * @own:    the version the callee implements.
 * @policy: its choices (copied at init).
 */
struct libffa_version_callee {
	libffa_version_t own;
	struct libffa_version_policy policy;
};

/**
 * struct libffa_version_endpoint - what a callee knows of one caller. Keep
 * one per endpoint (for example an array indexed by VM), zeroed or set up
 * by libffa_version_endpoint_init().
 * @state:    &enum libffa_version_state.
 * @recorded: FFA_VERSION recorded a version (not only a lock at default).
 * @version:  the version in use for the endpoint: the recorded one, or the
 *            callee's own while nothing is recorded.
 */
struct libffa_version_endpoint {
	enum libffa_version_state state;
	bool recorded;
	libffa_version_t version;
};

/**
 * libffa_version_callee_init() - set a callee up.
 * @callee: out.
 * @own:    the callee's version; must be one libffa knows (1.0 to 1.3).
 * @policy: its choices.
 *
 * Context: Any. Reentrant. Writes only @callee.
 * Return:
 * * %LIBFFA_OK        - ready;
 * * %LIBFFA_E_INVAL   - NULL pointer;
 * * %LIBFFA_E_VERSION - @own malformed or not known to libffa.
 */
LIBFFA_MUST_CHECK libffa_status_t libffa_version_callee_init(
	struct libffa_version_callee *callee, libffa_version_t own,
	const struct libffa_version_policy *policy);

/**
 * libffa_version_endpoint_init() - forget an endpoint (it is unnegotiated).
 * @callee: the callee.
 * @ep:     out.
 */
void libffa_version_endpoint_init(const struct libffa_version_callee *callee,
				  struct libffa_version_endpoint *ep);

/**
 * libffa_version_callee_answer() - answer FFA_VERSION for one endpoint.
 * @callee:    the callee.
 * @ep:        the calling endpoint's state; updated as the policy says.
 * @requested: w1 of the call (untrusted).
 * @flags:     w2 of the call (untrusted); read only when the policy honours
 *             the v1.3 query flags and the callee implements v1.3.
 * @w0:        out: the answer for w0.
 *
 * Context: Any. Reentrant. Writes only @ep and @w0.
 * Return:
 * * %LIBFFA_OK         - @w0 is a version;
 * * %LIBFFA_E_INVAL    - NULL pointer (@w0 untouched);
 * * %LIBFFA_E_VERSION  - @w0 is NOT_SUPPORTED: malformed request, other
 *                        major, or a higher minor the policy refuses;
 * * %LIBFFA_E_STATE    - @w0 is NOT_SUPPORTED: refused after the lock, or
 *                        a query for a negotiated version when none is;
 * * %LIBFFA_E_MBZ      - @w0 is INVALID_PARAMETER: w2 bits[31:2] set;
 * * %LIBFFA_E_BADVALUE - @w0 is INVALID_PARAMETER: reserved query type.
 */
LIBFFA_MUST_CHECK libffa_status_t
libffa_version_callee_answer(const struct libffa_version_callee *callee,
			     struct libffa_version_endpoint *ep,
			     uint32_t requested, uint32_t flags, uint32_t *w0);

/**
 * libffa_version_callee_handle() - consume an FFA_VERSION frame and
 * produce the reply frame.
 * @callee: the callee.
 * @ep:     the calling endpoint's state.
 * @call:   the call frame (untrusted). The SVE hint bit of w0 is ignored;
 *          x3-x17 are ignored, as every anchor does.
 * @reply:  out: w0 = the answer, x1-x17 zero (TF-A SPMD zeroes them too).
 *
 * Context: Any. Reentrant. Writes only @ep and @reply.
 * Return: as libffa_version_callee_answer(); also
 * * %LIBFFA_E_UNKNOWN_FID - w0 is not FFA_VERSION (@reply untouched).
 */
LIBFFA_MUST_CHECK libffa_status_t libffa_version_callee_handle(
	const struct libffa_version_callee *callee,
	struct libffa_version_endpoint *ep, const struct libffa_regs *call,
	struct libffa_regs *reply);

/**
 * libffa_version_callee_handle_msg() - the same for a decoded message.
 * @callee: the callee.
 * @ep:     the calling endpoint's state.
 * @call:   an FFA_VERSION message of kind %LIBFFA_MSG_ARGS.
 * @reply:  out: an FFA_VERSION message of kind %LIBFFA_MSG_RESULT.
 *
 * Return: as libffa_version_callee_handle().
 */
LIBFFA_MUST_CHECK libffa_status_t libffa_version_callee_handle_msg(
	const struct libffa_version_callee *callee,
	struct libffa_version_endpoint *ep, const struct libffa_msg *call,
	struct libffa_msg *reply);

/**
 * libffa_version_callee_check_call() - may an endpoint make this call yet?
 * @callee:  the callee.
 * @ep:      the endpoint's state; locked here when the policy says so.
 * @fid:     w0 of the call (the SVE hint bit is ignored).
 * @version: out, may be NULL: the version to decode the call with.
 * @error:   out, may be NULL: on refusal, the FF-A error code to answer
 *           with in an FFA_ERROR frame.
 *
 * FFA_VERSION itself and calls outside the FF-A range (SMCCC owner 4,
 * function numbers 0x60-0xFF) are always allowed and lock nothing.
 *
 * Context: Any. Reentrant. Writes only @ep, @version and @error.
 * Return:
 * * %LIBFFA_OK      - allowed;
 * * %LIBFFA_E_INVAL - NULL pointer;
 * * %LIBFFA_E_STATE - refused: no FFA_VERSION yet and the policy requires
 *                     one (*@error holds the policy's code, which pKVM sets
 *                     to INVALID_PARAMETERS).
 */
LIBFFA_MUST_CHECK libffa_status_t libffa_version_callee_check_call(
	const struct libffa_version_callee *callee,
	struct libffa_version_endpoint *ep, uint32_t fid,
	libffa_version_t *version, int32_t *error);

/*
 * ---- Caller ---------------------------------------------------------------
 */

/**
 * enum libffa_version_caller_state - where a caller stands.
 * @LIBFFA_VERSION_CALLER_READY:  a request is due
 * (libffa_version_caller_request()).
 * @LIBFFA_VERSION_CALLER_SENT:   waiting for the answer.
 * @LIBFFA_VERSION_CALLER_DONE:   agreed on a version.
 * @LIBFFA_VERSION_CALLER_FAILED: no version both sides speak.
 */
enum libffa_version_caller_state {
	LIBFFA_VERSION_CALLER_READY = 0,
	LIBFFA_VERSION_CALLER_SENT = 1,
	LIBFFA_VERSION_CALLER_DONE = 2,
	LIBFFA_VERSION_CALLER_FAILED = 3
};

/**
 * struct libffa_version_caller - one caller's negotiation.
 * @own:    the newest version the caller implements.
 * @min:    the oldest it accepts.
 * @offer:  the version it offers next (or last offered).
 * @agreed: the result, valid in state DONE.
 * @state:  &enum libffa_version_caller_state.
 * @rounds: requests sent so far.
 * @policy: its choices (copied at init).
 */
struct libffa_version_caller {
	libffa_version_t own;
	libffa_version_t min;
	libffa_version_t offer;
	libffa_version_t agreed;
	enum libffa_version_caller_state state;
	uint32_t rounds;
	struct libffa_version_policy policy;
};

/**
 * libffa_version_caller_init() - start a caller's negotiation.
 * @caller: out.
 * @own:    the newest version it implements (known to libffa).
 * @min:    the oldest it accepts (known, same major, not above @own).
 * @policy: its choices.
 *
 * Context: Any. Reentrant. Writes only @caller.
 * Return:
 * * %LIBFFA_OK        - state READY;
 * * %LIBFFA_E_INVAL   - NULL pointer;
 * * %LIBFFA_E_VERSION - @own or @min malformed, unknown, or inconsistent.
 */
LIBFFA_MUST_CHECK libffa_status_t libffa_version_caller_init(
	struct libffa_version_caller *caller, libffa_version_t own,
	libffa_version_t min, const struct libffa_version_policy *policy);

/**
 * libffa_version_caller_request() - the FFA_VERSION frame to send.
 * @caller: a caller in state READY.
 * @call:   out: w0 = FFA_VERSION, w1 = the offer, everything else zero
 *          (w2 = 0 asks to negotiate in v1.3).
 *
 * Context: Any. Reentrant. Writes @caller (state SENT) and @call.
 * Return:
 * * %LIBFFA_OK      - send @call;
 * * %LIBFFA_E_INVAL - NULL pointer;
 * * %LIBFFA_E_STATE - not in state READY.
 */
LIBFFA_MUST_CHECK libffa_status_t libffa_version_caller_request(
	struct libffa_version_caller *caller, struct libffa_regs *call);

/**
 * libffa_version_caller_answer() - interpret the callee's w0.
 * @caller: a caller in state SENT.
 * @w0:     the answer (untrusted); only its low 32 bits count.
 * @again:  out: true when another request is due (state READY).
 *
 * A version of the same major with a minor not below the offer means the
 * callee can serve the offer; a lower minor is handled as the policy's
 * &enum libffa_version_lower says; NOT_SUPPORTED steps down when the policy
 * allows it.
 *
 * Context: Any. Reentrant. Writes only @caller and @again.
 * Return:
 * * %LIBFFA_OK         - state DONE, or READY when *@again;
 * * %LIBFFA_E_INVAL    - NULL pointer, or a policy field out of range;
 * * %LIBFFA_E_STATE    - not in state SENT;
 * * %LIBFFA_E_PEER     - NOT_SUPPORTED or INVALID_PARAMETER with no lower
 *                        minor left to offer, or no progress (FAILED);
 * * %LIBFFA_E_BADVALUE - a malformed answer (bit 31 set) (FAILED);
 * * %LIBFFA_E_VERSION  - another major, or a lower minor the caller cannot
 *                        or will not use (FAILED).
 */
LIBFFA_MUST_CHECK libffa_status_t libffa_version_caller_answer(
	struct libffa_version_caller *caller, uint64_t w0, bool *again);

/**
 * libffa_version_caller_reply() - libffa_version_caller_answer() on a
 * reply frame.
 * @caller: a caller in state SENT.
 * @reply:  the reply frame (untrusted); x1-x17 are ignored.
 * @again:  out, as for libffa_version_caller_answer().
 *
 * Return: as libffa_version_caller_answer().
 */
LIBFFA_MUST_CHECK libffa_status_t
libffa_version_caller_reply(struct libffa_version_caller *caller,
			    const struct libffa_regs *reply, bool *again);

/**
 * libffa_version_caller_result() - the agreed version.
 * @caller:  the caller.
 * @version: out.
 *
 * Return: %LIBFFA_OK in state DONE, %LIBFFA_E_STATE otherwise,
 * %LIBFFA_E_INVAL for a NULL pointer.
 */
LIBFFA_MUST_CHECK libffa_status_t libffa_version_caller_result(
	const struct libffa_version_caller *caller, libffa_version_t *version);

/*
 * ---- Proxy (pKVM-style EL2 between a caller and the layer below) --------
 */

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

#endif /* LIBFFA_VERSION_H */
