/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * The libffa example SP as TF-A's S-EL1 partition for the Linux runs C
 * (docs/interop.md): the SP role with its TPM service, under the TPM
 * service's UUID (tfa_sp_manifest.dts), so that Linux's tpm_crb_ffa talks
 * to it through TF-A's SPMD and EL3 SPMC. Every call it makes and every
 * message it gets is printed decoded by name. Entry: examples/tfa/
 * sp_start.S.
 */
#include "ffa/abi.h"
#include "ffa/conduit.h"
#include "ffa/version.h"

#include "rt.h"
#include "sp/sp.h"

void demo_sp_main(void);

static uint8_t sp_tx[4096] __attribute__((aligned(4096)));
static uint8_t sp_rx[4096] __attribute__((aligned(4096)));
static struct example_sp sp;
static char sp_prefix[] = "sp: ";
static const struct example_log sp_log = {rt_log_line, sp_prefix};

static void traced_call(const struct libffa_conduit *self,
			const struct libffa_regs *in, struct libffa_regs *out)
{
	/* @in and @out may be the same frame: keep the call for the reply. */
	const struct libffa_regs call = *in;

	(void)self;
	example_log_frame(&sp_log, "[sp->spmc]", &call, LIBFFA_VERSION_1_2);
	libffa_conduit_smc.call(&libffa_conduit_smc, &call, out);
	example_log_reply(&sp_log, "[spmc->sp]", &call, out,
			  LIBFFA_VERSION_1_2);
}

static const struct libffa_conduit traced_smc = {"smc (traced)", traced_call,
						 NULL};

void demo_sp_main(void)
{
	struct example_sp_config cfg = {
		.version = LIBFFA_VERSION_1_2,
		.tx = sp_tx,
		.rx = sp_rx,
		.tx_address = example_addr(sp_tx),
		.rx_address = example_addr(sp_rx),
		.rxtx_pages = 1,
		.services = EXAMPLE_SP_SERVICE_TPM,
		.log = sp_log,
	};

	rt_puts(sp_prefix);
	rt_puts("libffa example SP (TPM service) entered at S-EL");
	rt_putdec(rt_current_el());
	rt_puts("\n");
	example_sp_init(&sp, &cfg);
	example_sp_run(&traced_smc, &sp);
	rt_puts(sp_prefix);
	rt_puts("the SMC conduit failed\n");
}

/* Any exception taken to S-EL1 is a bug in the SP: report it. */
void rt_trap_el1(unsigned int kind, struct rt_frame *frame)
{
	rt_unexpected("[S-EL1 sp]", kind, frame);
}

void rt_trap_el2(unsigned int kind, struct rt_frame *frame)
{
	rt_unexpected("[S-EL1 sp]", kind, frame);
}

void rt_trap_el3(unsigned int kind, struct rt_frame *frame)
{
	rt_unexpected("[S-EL1 sp]", kind, frame);
}
