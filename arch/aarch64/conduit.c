/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * The hardware conduits: const objects whose call hook
 * forwards the frame to an entry point in smc.S, hvc.S or svc.S.
 */
#include "ffa/arch.h"

static void conduit_smc_call(const struct libffa_conduit *self,
			     const struct libffa_regs *in,
			     struct libffa_regs *out)
{
	(void)self;
	libffa_arch_smc(in, out);
}

static void conduit_hvc_call(const struct libffa_conduit *self,
			     const struct libffa_regs *in,
			     struct libffa_regs *out)
{
	(void)self;
	libffa_arch_hvc(in, out);
}

static void conduit_svc_call(const struct libffa_conduit *self,
			     const struct libffa_regs *in,
			     struct libffa_regs *out)
{
	(void)self;
	libffa_arch_svc(in, out);
}

const struct libffa_conduit libffa_conduit_smc = {
	.name = "smc",
	.call = conduit_smc_call,
	.ctx = NULL,
};

const struct libffa_conduit libffa_conduit_hvc = {
	.name = "hvc",
	.call = conduit_hvc_call,
	.ctx = NULL,
};

const struct libffa_conduit libffa_conduit_svc = {
	.name = "svc",
	.call = conduit_svc_call,
	.ctx = NULL,
};
