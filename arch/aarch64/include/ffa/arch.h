/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * The aarch64 conduit entry points (arch/aarch64/{smc,hvc,svc}.S). The
 * const conduit objects that wrap them, libffa_conduit_smc/_hvc/_svc, are
 * declared in ffa/conduit.h and defined in arch/aarch64/conduit.c.
 * Installed with libffa::conduit only.
 */
#ifndef LIBFFA_ARCH_H
#define LIBFFA_ARCH_H

#include "ffa/conduit.h"
#include "ffa/env.h"
#include "ffa/regs.h"

LIBFFA_BEGIN_DECLS

/**
 * libffa_arch_smc() - issue SMC #0 with a full SMCCC 1.2 frame.
 * @in:  x0-x17 to pass (DEN0028 1.2 s2.6).
 * @out: receives x0-x17 as the callee left them; may alias @in.
 *
 * Registers x18-x30 and sp are preserved as AAPCS64 requires; the callee
 * must preserve them too (DEN0028 1.2 s2.7). Memory may be read or written
 * by the callee: the call is an out-of-line function, a compiler barrier.
 * Context: EL1 or EL2 (NS or S); traps at EL0.
 */
void libffa_arch_smc(const struct libffa_regs *in, struct libffa_regs *out);

/**
 * libffa_arch_hvc() - issue HVC #0 with a full SMCCC 1.2 frame.
 * @in:  x0-x17 to pass.
 * @out: receives x0-x17; may alias @in.
 *
 * As libffa_arch_smc(). Context: EL1 under a hypervisor.
 */
void libffa_arch_hvc(const struct libffa_regs *in, struct libffa_regs *out);

/**
 * libffa_arch_svc() - issue SVC #0 with a full SMCCC 1.2 frame.
 * @in:  x0-x17 to pass.
 * @out: receives x0-x17; may alias @in.
 *
 * As libffa_arch_smc(). Context: an S-EL0 partition calling its SPMC.
 */
void libffa_arch_svc(const struct libffa_regs *in, struct libffa_regs *out);

LIBFFA_END_DECLS

#endif /* LIBFFA_ARCH_H */
