/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * Layer 3: the choices FF-A implementations make differently in FFA_VERSION
 * negotiation (DEN0077A 1.2 s13.2.1), and the presets that reproduce each
 * anchor. The zero value of every enum is the safe choice.
 */
#ifndef LIBFFA_VERSION_POLICY_H
#define LIBFFA_VERSION_POLICY_H

#include "ffa/env.h"
#include "ffa/status.h"
#include "ffa/version.h"

LIBFFA_BEGIN_DECLS

/*
 * Implementations disagree on every step of FFA_VERSION negotiation
 * (docs/version-policies.md records what each anchor does, with sources). Each
 * disagreement is one member of struct libffa_version_policy;
 * libffa_version_policy_preset() returns the policy of an anchor.
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
 * @LIBFFA_VERSION_LOCK_CALL:      at the first FF-A call other than
 *                                 FFA_VERSION (Hafnium, TF-A, the spec). The
 *                                 zero value: a version in use cannot change
 *                                 under the endpoint's feet.
 * @LIBFFA_VERSION_LOCK_NEGOTIATE: at the first successful FFA_VERSION (pKVM).
 * @LIBFFA_VERSION_LOCK_NEVER:     never; FFA_VERSION may always renegotiate
 *                                 (OP-TEE, so a loader and a driver of
 *                                 different versions can follow each other).
 */
enum libffa_version_lock {
	LIBFFA_VERSION_LOCK_CALL = 0,
	LIBFFA_VERSION_LOCK_NEGOTIATE = 1,
	LIBFFA_VERSION_LOCK_NEVER = 2
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
 * A zeroed policy is safe: it answers its own version, locks at the first
 * call, answers only the locked version afterwards, and as a caller gives up
 * rather than adopting a lower version it was not offered.
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
 *                   (&enum libffa_ret; pKVM: INVALID_PARAMETERS). A value
 *                   that is not a negative code (0 in a zeroed policy)
 *                   refuses with INVALID_PARAMETERS, never SUCCESS.
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

LIBFFA_END_DECLS

#endif /* LIBFFA_VERSION_POLICY_H */
