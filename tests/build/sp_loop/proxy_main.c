/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * The pKVM-style proxy of examples/proxy as firmware links it: set up over
 * the SMC conduit, then handle every trapped host call. Linked by size.sh
 * to report what a proxy pays (BENCHMARKS.md); no budget is asserted.
 */
#include "ffa/arch.h"

#include "proxy.h"

void proxy_main(void);

static struct example_proxy proxy;

void proxy_main(void)
{
	struct example_proxy_config cfg;
	struct libffa_regs in = {{0}};
	struct libffa_regs out;

	example_proxy_config_default(&cfg);
	example_proxy_init(&proxy, &libffa_conduit_smc, &cfg);
	for (;;) {
		/* The host's trapped frame arrives in @in (platform code). */
		example_proxy_handle(&proxy, &in, &out);
		in = out;
	}
}
