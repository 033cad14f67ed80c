/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * The libffa example SP (examples/sp) as TF-A's S-EL1 partition (BL32):
 * the role's own loop, example_sp_run(), over the real SMC conduit to the
 * EL3 SPMC. Its mailbox lives in secure DRAM, in this image.
 *
 * The SP's frames of a memory retrieval are traced: from the direct
 * request that asks for it (EXAMPLE_SP_CMD_RETRIEVE) to the direct
 * response, every SMC the SP makes and what the SPMC answers.
 *
 * Built with SP_LINUX_PEER for the Linux runs C/D (docs/interop.md): the
 * SP then offers its TPM service, under that service's UUID (examples/
 * linux/tfa_sp_manifest.dts), so that Linux's tpm_crb_ffa talks to it
 * through TF-A's SPMD and EL3 SPMC, and every call it makes and every
 * message it gets is printed decoded by name ("sp: [sp->spmc] ...").
 */
#include "ffa/abi.h"
#include "ffa/conduit.h"
#include "ffa/version.h"

#include "client/client.h"
#include "rt.h"
#include "sp/sp.h"

static uint8_t sp_tx[4096] __attribute__((aligned(4096)));
static uint8_t sp_rx[4096] __attribute__((aligned(4096)));
static struct example_sp sp;
#ifdef SP_LINUX_PEER
#define SP_SERVICES  EXAMPLE_SP_SERVICE_TPM
#define SP_TRACE_ALL true
#define SP_CALL	     "[sp->spmc]"
#define SP_ANSWER    "[spmc->sp]"
static char sp_prefix[] = "sp: ";
#else
#define SP_SERVICES  0u
#define SP_TRACE_ALL false
#define SP_CALL	     "->"
#define SP_ANSWER    "<-"
static char sp_prefix[] = "[S-EL1 sp] ";
#endif
static const struct example_log sp_log = {rt_log_line, sp_prefix};
static bool tracing = SP_TRACE_ALL;

/* Is @frame a 64-bit direct request asking for a retrieval? */
static bool retrieve_request(const struct libffa_regs *frame)
{
	return libffa_regs_w(frame, 0) ==
		       LIBFFA_FID_64(LIBFFA_FNUM_MSG_SEND_DIRECT_REQ) &&
	       frame->x[3] == EXAMPLE_SP_CMD_RETRIEVE;
}

/*
 * The SMC conduit, traced while a retrieval is served (or always, with
 * SP_LINUX_PEER): the SP's calls ("->") and the SPMC's answers ("<-"), up
 * to its direct response (whose answer is the next message, much later:
 * not traced).
 */
static void traced_call(const struct libffa_conduit *self,
			const struct libffa_regs *in, struct libffa_regs *out)
{
	/* @in and @out may be the same frame: keep the call for the reply. */
	const struct libffa_regs call = *in;
	bool resp = example_frame_is(&call, LIBFFA_ABI_MSG_SEND_DIRECT_RESP);

	(void)self;
	if (tracing) {
		example_log_frame(&sp_log, SP_CALL, &call, LIBFFA_VERSION_1_2);
		tracing = SP_TRACE_ALL || !resp;
	}
	libffa_conduit_smc.call(&libffa_conduit_smc, &call, out);
	if (tracing) {
		example_log_reply(&sp_log, SP_ANSWER, &call, out,
				  LIBFFA_VERSION_1_2);
	} else if (retrieve_request(out)) {
		tracing = true;
		example_log_frame(&sp_log, SP_ANSWER, out, LIBFFA_VERSION_1_2);
	}
}

static const struct libffa_conduit traced_smc = {"smc (traced)", traced_call,
						 NULL};

void rt_main(void)
{
	struct example_sp_config cfg = {
		.version = LIBFFA_VERSION_1_2,
		.tx = sp_tx,
		.rx = sp_rx,
		.tx_address = example_addr(sp_tx),
		.rx_address = example_addr(sp_rx),
		.rxtx_pages = 1,
		.services = SP_SERVICES,
		.log = sp_log,
	};

	rt_puts(sp_prefix);
	rt_puts("libffa example SP entered at S-EL");
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
	rt_unexpected("[S-EL1 sp] (EL2 vector?)", kind, frame);
}

void rt_trap_el3(unsigned int kind, struct rt_frame *frame)
{
	rt_unexpected("[S-EL1 sp] (EL3 vector?)", kind, frame);
}
