/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * The libffa example SP (examples/sp) as TF-A's S-EL1 partition (BL32):
 * the role's own loop, example_sp_run(), over the real SMC conduit to the
 * EL3 SPMC. Its mailbox lives in secure DRAM, in this image.
 */
#include "ffa/conduit.h"
#include "ffa/version.h"

#include "../qemu/rt.h"
#include "sp/sp.h"

void demo_sp_main(void);

static uint8_t sp_tx[4096] __attribute__((aligned(4096)));
static uint8_t sp_rx[4096] __attribute__((aligned(4096)));
static struct example_sp sp;
static char sp_prefix[] = "[S-EL1 sp] ";

void demo_sp_main(void)
{
	struct example_sp_config cfg = {
		.version = LIBFFA_VERSION_1_2,
		.tx = sp_tx,
		.rx = sp_rx,
		.tx_address = example_addr(sp_tx),
		.rx_address = example_addr(sp_rx),
		.rxtx_pages = 1,
		.log = {rt_log_line, sp_prefix},
	};

	rt_puts(sp_prefix);
	rt_puts("libffa example SP entered at S-EL");
	rt_putdec(rt_current_el());
	rt_puts("\n");
	example_sp_init(&sp, &cfg);
	example_sp_run(&libffa_conduit_smc, &sp);
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
	rt_unexpected("[S-EL1 sp] (EL2 vector?)", kind, frame);
}

void rt_trap_el3(unsigned int kind, struct rt_frame *frame)
{
	rt_unexpected("[S-EL1 sp] (EL3 vector?)", kind, frame);
}
