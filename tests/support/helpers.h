/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * Test helpers shared by the unit suites (linked into every suite as
 * libffa_tsupport): little-endian stores, frames with recognisable
 * contents, and FFA_VERSION exchanges through the negotiation modules'
 * frame entry points.
 */
#ifndef LIBFFA_TEST_HELPERS_H
#define LIBFFA_TEST_HELPERS_H

#include <stdint.h>

#include "ffa/regs.h"
#include "ffa/status.h"
#include "ffa/version_callee.h"
#include "ffa/version_caller.h"
#include "ffa/version_policy.h"

/* w0 of FFA_VERSION (SMC32, DEN0077A 1.2 s13.2). */
#define TH_FID_VERSION UINT32_C(0x84000063)

/* The policy of a preset (never NULL for the presets the suites use). */
const struct libffa_version_policy *th_preset(enum libffa_version_preset p);

/* Little-endian stores into a hand-made descriptor (FF-A descriptors are
 * little-endian, DEN0077A 1.1 s6). */
void th_put32(uint8_t *p, uint32_t v);
void th_put64(uint8_t *p, uint64_t v);

/* Every register distinguishable: x[i] = base + i. */
void th_fill(struct libffa_regs *regs, uint64_t base);

/* An FFA_VERSION call frame: w1 = @requested, w2 = @flags, rest zero. */
void th_version_frame(struct libffa_regs *regs, uint32_t requested,
		      uint32_t flags);

/*
 * Ask @callee for @requested through libffa_version_callee_handle(): the
 * status it returns, w0 of the reply in *@w0. A reply that is not a bare
 * w0 (x1-x17 or bits[63:32] of x0 non-zero) returns LIBFFA_E_INTERNAL, so
 * a test cannot miss a leak.
 */
libffa_status_t th_callee_answer(const struct libffa_version_callee *callee,
				 struct libffa_version_endpoint *ep,
				 uint32_t requested, uint32_t flags,
				 uint32_t *w0);

/* Give @caller the answer @w0 as a reply frame (libffa_version_caller_reply).
 */
libffa_status_t th_caller_answer(struct libffa_version_caller *caller,
				 uint64_t w0, bool *again);

#endif /* LIBFFA_TEST_HELPERS_H */
