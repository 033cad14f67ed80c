/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * The own-firmware demo: one bare-metal image, three exception levels,
 * the example roles of the host demo wired over real exceptions:
 *
 *   NS-EL1  client (examples/client)  --HVC #0-->
 *   NS-EL2  proxy  (examples/proxy)   --SMC #0-->
 *   EL3     responder: spmc (examples/spmc) with the sp (examples/sp)
 *           stepped inside it, behind this file's SMC handler
 *
 * After the client's whole sequence, a DIRECT_REQ2 carrying all 14 payload
 * registers goes down the same path with x0-x30 loaded: the SP (sitting
 * in FFA_MSG_WAIT, which the SPMC answers with the DIRECT_REQ2) must add
 * 0x1000 to each of x4-x17, and x18-x30 must come back untouched.
 * Transcript on the PL011; verdict by semihosting exit status and the
 * line "qemu-demo: PASS (...)" or "qemu-demo: FAIL (...)".
 */
#include "ffa/conduit.h"
#include "ffa/msg.h"
#include "ffa/partition.h"
#include "ffa/version.h"

#include "client/client.h"
#include "common/example.h"
#include "probe.h"
#include "proxy/proxy.h"
#include "rt.h"
#include "sp/sp.h"
#include "spmc/spmc.h"

void demo_el2_main(void);
void demo_el1_main(void);

#define PAGE  4096u
#define SP_ID 0x8001u
/* More one-page ranges than one TX page holds: the share is fragmented. */
#define SHARE_RANGES 300u
#define SHARE_PAGES  (2u * SHARE_RANGES)

/* Mailboxes (one page each) and memory, all in NS DRAM, MMU off. */
#define PAGE_ALIGNED __attribute__((aligned(PAGE)))
/* The SP's RX must hold the whole retrieve response (SHARE_RANGES ranges). */
#define SP_RXTX_PAGES 2u
static uint8_t sp_tx[SP_RXTX_PAGES * PAGE] PAGE_ALIGNED;
static uint8_t sp_rx[SP_RXTX_PAGES * PAGE] PAGE_ALIGNED;
static uint8_t proxy_tx[PAGE] PAGE_ALIGNED;
static uint8_t proxy_rx[PAGE] PAGE_ALIGNED;
static uint8_t client_work[16u * 1024u] __attribute__((aligned(16)));
/*
 * The host's memory as the proxy models it: the client's TX and RX pages,
 * then the pages it shares. Not cleared at boot (.share is outside .bss).
 */
#define HOST_PAGES (2u + SHARE_PAGES)
static uint8_t host_mem[HOST_PAGES * PAGE]
	__attribute__((aligned(PAGE), section(".share")));
#define client_tx   (&host_mem[0])
#define client_rx   (&host_mem[PAGE])
#define share_pages (&host_mem[2u * PAGE])

static struct example_sp sp;
static struct example_spmc spmc;
static struct example_proxy proxy;
static struct example_env env;

static char el3_prefix[] = "[EL3 spmc+sp] ";
static char el2_prefix[] = "[EL2 proxy] ";
static char el1_prefix[] = "[EL1 client] ";

static unsigned int checks;
static unsigned int failures;

static void check(bool ok, const char *what)
{
	checks++;
	if (!ok) {
		failures++;
	}
	rt_puts(el1_prefix);
	rt_puts(ok ? "  ok   " : "  FAIL ");
	rt_puts(what);
	rt_putc('\n');
}

static void copy_in(struct libffa_regs *in, const struct rt_frame *frame)
{
	unsigned int i;

	for (i = 0; i < LIBFFA_REGS_COUNT; i++) {
		in->x[i] = frame->x[i];
	}
}

static void copy_out(struct rt_frame *frame, const struct libffa_regs *out)
{
	unsigned int i;

	for (i = 0; i < LIBFFA_REGS_COUNT; i++) {
		frame->x[i] = out->x[i];
	}
}

/* ---- EL3: SPMC + SP -------------------------------------------------------
 */

void rt_main(void)
{
	static const struct libffa_uuid uuid = EXAMPLE_SP_UUID_INIT;
	struct example_sp_config sp_cfg = {
		.version = LIBFFA_VERSION_1_2,
		.tx = sp_tx,
		.rx = sp_rx,
		.tx_address = example_addr(sp_tx),
		.rx_address = example_addr(sp_rx),
		.rxtx_pages = SP_RXTX_PAGES,
		.log = {rt_log_line, el3_prefix},
	};
	struct example_spmc_config cfg;

	if (rt_current_el() != 3u) {
		rt_exit(RT_EXIT_EL);
	}
	rt_puts("qemu-demo: libffa own-firmware demo, booted at EL");
	rt_putdec(rt_current_el());
	rt_puts("\nqemu-demo: EL1 client -> HVC -> EL2 proxy -> SMC -> EL3 "
		"spmc + sp (the host demo's roles, built freestanding)\n");
	example_sp_init(&sp, &sp_cfg);
	example_spmc_config_default(&cfg);
	cfg.sp = &sp;
	cfg.sp_info.id = SP_ID;
	cfg.sp_info.exec_ctx_count = 1;
	cfg.sp_info.properties = LIBFFA_PARTITION_PROP_DIRECT_REQ_RECV |
				 LIBFFA_PARTITION_PROP_DIRECT_REQ2_RECV |
				 LIBFFA_PARTITION_PROP_AARCH64;
	cfg.sp_info.uuid = uuid;
	cfg.sp_info.ffa_version = LIBFFA_VERSION_1_2;
	cfg.log.fn = rt_log_line;
	cfg.log.ctx = el3_prefix;
	if (!example_spmc_init(&spmc, &cfg)) {
		rt_puts("qemu-demo: FAIL (the SP did not reach "
			"FFA_MSG_WAIT)\n");
		rt_exit(RT_EXIT_FAIL);
	}
	rt_enter_el2(demo_el2_main);
}

void rt_trap_el3(unsigned int kind, struct rt_frame *frame)
{
	struct libffa_regs in;
	struct libffa_regs out;

	if (kind != RT_KIND_LOWER_SYNC ||
	    RT_ESR_EC(frame->esr) != RT_EC_SMC64) {
		rt_unexpected("[EL3]", kind, frame);
	}
	copy_in(&in, frame);
	example_spmc_handle(&spmc, &in, &out);
	copy_out(frame, &out);
}

/* ---- EL2: proxy -----------------------------------------------------------
 */

void demo_el2_main(void)
{
	struct example_proxy_config cfg;

	rt_puts(el2_prefix);
	rt_puts("running at EL");
	rt_putdec(rt_current_el());
	rt_puts(", negotiating with EL3 over SMC\n");
	example_proxy_config_default(&cfg);
	cfg.tx = proxy_tx;
	cfg.rx = proxy_rx;
	cfg.tx_address = example_addr(proxy_tx);
	cfg.rx_address = example_addr(proxy_rx);
	cfg.rxtx_pages = 1;
	cfg.host_mem_base = example_addr(host_mem);
	cfg.host_mem_pages = HOST_PAGES;
	cfg.log.fn = rt_log_line;
	cfg.log.ctx = el2_prefix;
	example_proxy_init(&proxy, &libffa_conduit_smc, &cfg);
	if (!example_proxy_ready(&proxy)) {
		rt_puts("qemu-demo: FAIL (the proxy could not negotiate with "
			"EL3)\n");
		rt_exit(RT_EXIT_FAIL);
	}
	rt_enter_el1(demo_el1_main);
}

void rt_trap_el2(unsigned int kind, struct rt_frame *frame)
{
	struct libffa_regs in;
	struct libffa_regs out;

	if (kind != RT_KIND_LOWER_SYNC ||
	    RT_ESR_EC(frame->esr) != RT_EC_HVC64) {
		rt_unexpected("[EL2]", kind, frame);
	}
	copy_in(&in, frame);
	example_proxy_handle(&proxy, &in, &out);
	copy_out(frame, &out);
}

/* ---- EL1: client ----------------------------------------------------------
 */

void rt_trap_el1(unsigned int kind, struct rt_frame *frame)
{
	rt_unexpected("[EL1]", kind, frame);
}

/*
 * DIRECT_REQ2 with all 14 payload registers, through probe_raw_hvc() so
 * that x18-x30 are loaded too: EL1 -> HVC -> EL2 proxy -> SMC -> EL3 SPMC
 * -> the SP's FFA_MSG_WAIT returns the DIRECT_REQ2 -> DIRECT_RESP2 back.
 */
static void direct_req2_all_registers(void)
{
	static const struct libffa_uuid uuid = EXAMPLE_SP_UUID_INIT;
	struct libffa_msg req;
	struct libffa_msg rep;
	struct libffa_regs frame;
	struct libffa_regs back;
	uint64_t in[31];
	uint64_t out[PROBE_RAW_OUT];
	unsigned int i;
	bool ok;

	libffa_msg_init(&req, LIBFFA_ABI_MSG_SEND_DIRECT_REQ2, LIBFFA_MSG_ARGS,
			true);
	req.args.direct_req2.sender_id = env.own_id;
	req.args.direct_req2.receiver_id = SP_ID;
	req.args.direct_req2.uuid = uuid;
	for (i = 0; i < 14u; i++) {
		req.args.direct_req2.payload[i] =
			UINT64_C(0x0102030405060708) * (i + 1u) ^
			((uint64_t)(i + 4u) << 56);
	}
	if (libffa_msg_encode(&req, env.agreed, &frame) != LIBFFA_OK) {
		check(false, "DIRECT_REQ2 frame encodes");
		return;
	}
	for (i = 0; i < 31u; i++) {
		in[i] = i < LIBFFA_REGS_COUNT
				? frame.x[i]
				: UINT64_C(0x5E17000000000000) | i;
	}
	example_log_frame(&env.log, "-> (x0-x30 loaded)", &frame, env.agreed);
	probe_raw_hvc(in, out);
	for (i = 0; i < LIBFFA_REGS_COUNT; i++) {
		back.x[i] = out[i];
	}
	example_log_reply(&env.log, "<-", &frame, &back, env.agreed);
	ok = libffa_msg_decode(&back, env.agreed, &rep) == LIBFFA_OK &&
	     rep.abi == LIBFFA_ABI_MSG_SEND_DIRECT_RESP2 &&
	     rep.args.direct_resp2.sender_id == SP_ID &&
	     rep.args.direct_resp2.receiver_id == env.own_id;
	check(ok,
	      "DIRECT_REQ2 answered by DIRECT_RESP2 from SP 0x8001 "
	      "(strict decode)");
	ok = true;
	for (i = 4; i < LIBFFA_REGS_COUNT; i++) {
		if (out[i] != in[i] + EXAMPLE_SP_ECHO_ADD) {
			ok = false;
		}
	}
	check(ok, "all 14 payload registers x4-x17 came back + 0x1000");
	ok = true;
	for (i = 18; i < 31u; i++) {
		if (out[i] != in[i]) {
			ok = false;
			rt_puts(el1_prefix);
			rt_puts("  x");
			rt_putdec(i);
			rt_puts(" changed to ");
			rt_puthex(out[i]);
			rt_putc('\n');
		}
	}
	check(ok, "x18-x30 preserved across HVC -> EL2 -> SMC -> EL3");
}

void demo_el1_main(void)
{
	static const struct libffa_uuid uuid = EXAMPLE_SP_UUID_INIT;
	int rc;

	rt_puts(el1_prefix);
	rt_puts("running at EL");
	rt_putdec(rt_current_el());
	rt_puts(", calling the proxy with HVC\n");
	env.log.fn = rt_log_line;
	env.log.ctx = el1_prefix;
	env.version = LIBFFA_VERSION_1_2;
	env.tx = client_tx;
	env.rx = client_rx;
	LIBFFA_MEMSET(client_rx, 0, PAGE);
	env.tx_address = example_addr(client_tx);
	env.rx_address = example_addr(client_rx);
	env.rxtx_pages = 1;
	env.sp_id = SP_ID;
	env.sp_uuid = uuid;
	env.share_address = example_addr(share_pages);
	env.share_ranges = SHARE_RANGES;
	env.work = client_work;
	env.work_size = sizeof(client_work);

	rc = example_client_run(&libffa_conduit_hvc, &env);
	check(rc == 0,
	      "example client sequence (example_client_run) "
	      "completed");
	if (rc != 0) {
		rt_puts(el1_prefix);
		rt_puts("  client stopped at step ");
		rt_putdec((uint64_t)-rc);
		rt_putc('\n');
	} else {
		direct_req2_all_registers();
	}

	rt_puts("qemu-demo: checks: ");
	rt_putdec(checks);
	rt_puts(", failures: ");
	rt_putdec(failures);
	rt_putc('\n');
	if (failures == 0u) {
		rt_puts("qemu-demo: PASS (client -> HVC -> proxy -> SMC -> "
			"spmc + sp, DIRECT_REQ2 x4-x17, x18-x30 preserved)\n");
		rt_exit(RT_EXIT_PASS);
	}
	rt_puts("qemu-demo: FAIL (see the FAIL lines above)\n");
	rt_exit(RT_EXIT_FAIL);
}
