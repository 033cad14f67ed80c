/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * The normal world under real TF-A (BL33, entered at NS-EL2):
 *
 *   NS-EL1 client --HVC--> NS-EL2 proxy (examples/proxy) --SMC--> TF-A
 *   BL31: SPMD + EL3 SPMC --> S-EL1 libffa SP (examples/sp, sp_main.c)
 *
 * EL2 sets the proxy role up (it negotiates SMCCC and FF-A versions with
 * the firmware), installs its HVC handler and drops to EL1, where the
 * client sequence below runs over the HVC conduit. The sequence is the
 * subset of the example client's steps this firmware serves: TF-A 2.12
 * has no DIRECT_REQ2 and does not forward x8-x17 of DIRECT_REQ, and
 * writes only x0-x7 of many replies (unused result registers keep the
 * caller's values), so every reply is decoded tolerantly and the checks
 * accept what a newer TF-A answers too.
 *
 * Then the example client role runs twice. Pass 1 at v1.2, as far as this
 * firmware lets it (TF-A 2.12 refuses memory sharing from a v1.2
 * endpoint). Pass 2 at v1.1: EL1 asks EL2 (a demo-private HVC) to set a
 * fresh proxy up that negotiates v1.1 with TF-A, and the v1.1 client
 * shares memory with the SP through it, every frame traced.
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

void demo_bl33_el1_main(void);

/* What the SP manifest (sp_manifest.dts) says about the partition. */
#define SP_ID  0x8001u
#define SP_CTX 32u

static uint8_t proxy_tx[4096] __attribute__((aligned(4096)));
static uint8_t proxy_rx[4096] __attribute__((aligned(4096)));
/*
 * The host's memory as the proxy models it: the client's TX and RX pages,
 * then the pages example_client_run() would share (SHARE_RANGES ranges).
 */
#define SHARE_RANGES 8u
static uint8_t host_pages[(2u + 2u * SHARE_RANGES) * 4096u]
	__attribute__((aligned(4096)));
static uint8_t client_work[4096] __attribute__((aligned(16)));
static struct example_env env;
#define client_tx (&host_pages[0])
#define client_rx (&host_pages[4096])
static struct example_proxy proxy;

/*
 * Demo-private hypervisor call (SMCCC vendor-specific hypervisor service,
 * OEN 6, fast SMC32): x1 = an FF-A version. EL2 sets a fresh proxy up that
 * negotiates that version with the firmware; w0 = 0 when it did.
 */
#define DEMO_HVC_PROXY_RESET 0x86000001u

static char el2_prefix[] = "[NS-EL2 proxy] ";
static char el1_prefix[] = "[NS-EL1 client] ";
static const struct example_log client_log = {rt_log_line, el1_prefix};

static unsigned int checks;
static unsigned int failures;

static void check(bool ok, const char *what);
static const struct libffa_uuid sp_uuid = EXAMPLE_SP_UUID_INIT;
static void firmware_notes(void);
static const char *prefix = "[NS-EL2 raw] ";

/* ---- EL2: the proxy -------------------------------------------------------
 */

/*
 * A traced conduit: every frame down ("->") and its answer ("<-"),
 * decoded at @version, on @log.
 */
struct traced {
	const struct libffa_conduit *real;
	const struct example_log *log;
	const char *down;
	const char *up;
	libffa_version_t version;
};

static void traced_call(const struct libffa_conduit *self,
			const struct libffa_regs *in, struct libffa_regs *out)
{
	const struct traced *t = self->ctx;
	/* @in and @out may be the same frame: keep the call for the reply. */
	const struct libffa_regs call = *in;

	example_log_frame(t->log, t->down, &call, t->version);
	t->real->call(t->real, &call, out);
	example_log_reply(t->log, t->up, &call, out, t->version);
}

static const struct example_log proxy_log = {rt_log_line, el2_prefix};
/* Pass 2: the proxy's calls to TF-A, traced at v1.1. */
static struct traced below_v11 = {&libffa_conduit_smc, &proxy_log, "-> TF-A",
				  "<- TF-A", LIBFFA_VERSION_1_1};
static const struct libffa_conduit smc_traced = {"smc (traced)", traced_call,
						 &below_v11};

/* Set the proxy up at EL2, negotiating @own with TF-A over @below. */
static bool proxy_setup(libffa_version_t own,
			const struct libffa_conduit *below)
{
	struct example_proxy_config cfg;

	example_proxy_config_default(&cfg);
	cfg.own = own;
	cfg.tx = proxy_tx;
	cfg.rx = proxy_rx;
	cfg.tx_address = example_addr(proxy_tx);
	cfg.rx_address = example_addr(proxy_rx);
	cfg.rxtx_pages = 1;
	cfg.host_mem_base = example_addr(host_pages);
	cfg.host_mem_pages = sizeof(host_pages) / 4096u;
	cfg.log.fn = rt_log_line;
	cfg.log.ctx = el2_prefix;
	example_proxy_init(&proxy, below, &cfg);
	return example_proxy_ready(&proxy);
}

void rt_main(void)
{
	rt_puts("tfa-demo: BL33 entered at NS-EL");
	rt_putdec(rt_current_el());
	rt_puts(" (TF-A's BL31 runs the SPMD and the EL3 SPMC)\n");
	if (rt_current_el() != 2u) {
		rt_puts("tfa-demo: FAIL (BL33 not entered at EL2)\n");
		rt_exit(RT_EXIT_EL);
	}
	if (!proxy_setup(LIBFFA_VERSION_1_2, &libffa_conduit_smc)) {
		rt_puts("tfa-demo: FAIL (the proxy could not negotiate with "
			"TF-A)\n");
		rt_exit(RT_EXIT_FAIL);
	}
	firmware_notes();
	rt_puts(el2_prefix);
	rt_puts("negotiated with TF-A; dropping to EL1\n");
	prefix = el1_prefix;
	rt_enter_el1(demo_bl33_el1_main);
}

void rt_trap_el2(unsigned int kind, struct rt_frame *frame)
{
	struct libffa_regs in;
	struct libffa_regs out;
	unsigned int i;

	if (kind != RT_KIND_LOWER_SYNC ||
	    RT_ESR_EC(frame->esr) != RT_EC_HVC64) {
		rt_unexpected("[NS-EL2 proxy]", kind, frame);
	}
	if ((uint32_t)frame->x[0] == DEMO_HVC_PROXY_RESET) {
		rt_puts(el2_prefix);
		rt_puts("demo HVC: a fresh proxy, negotiating FF-A ");
		rt_putdec(libffa_version_major((libffa_version_t)frame->x[1]));
		rt_putc('.');
		rt_putdec(libffa_version_minor((libffa_version_t)frame->x[1]));
		rt_puts(" with TF-A (calls to TF-A traced)\n");
		frame->x[0] =
			proxy_setup((libffa_version_t)frame->x[1], &smc_traced)
				? 0u
				: UINT64_MAX;
		return;
	}
	for (i = 0; i < LIBFFA_REGS_COUNT; i++) {
		in.x[i] = frame->x[i];
	}
	example_proxy_handle(&proxy, &in, &out);
	for (i = 0; i < LIBFFA_REGS_COUNT; i++) {
		frame->x[i] = out.x[i];
	}
}

void rt_trap_el1(unsigned int kind, struct rt_frame *frame)
{
	rt_unexpected("[NS-EL1 client]", kind, frame);
}

void rt_trap_el3(unsigned int kind, struct rt_frame *frame)
{
	rt_unexpected("[BL33] (EL3 vector?)", kind, frame);
}

/*
 * ---- EL2: what this firmware does with the registers ----------------------
 *
 * Raw SMCs from EL2 (the hypervisor, ID 0) that show behaviours of the
 * firmware a proxy must be ready for, and accept both TF-A 2.12's and a
 * newer TF-A's answer:
 *  - FFA_FEATURES: TF-A answers SUCCESS with SMC_RET1, so x1 (reserved in
 *    FFA_SUCCESS) keeps the function ID the caller asked about.
 *  - FFA_PARTITION_INFO_GET count-only: TF-A writes x0-x3 only, so x4/x5
 *    come back as the caller's UUID word and flags. libffa's tolerant
 *    reply decode accepts that; the strict one reports the reserved bits.
 *  - DIRECT_REQ_64 with x8-x17 set (not encodable at v1.2, so built raw):
 *    TF-A <= 2.13 does not forward x8-x17 (they come back as the caller's
 *    values); TF-A >= 2.14 forwards them both ways between v1.2 endpoints
 *    (the libffa SP answers them zero). x18-x30 must survive either way.
 */
static void firmware_notes(void)
{
	const libffa_version_t v = LIBFFA_VERSION_1_2;
	struct libffa_msg req;
	struct libffa_msg rep;
	struct libffa_regs frame;
	struct libffa_regs ret;
	uint64_t in[31];
	uint64_t out[PROBE_RAW_OUT];
	bool kept = true;
	bool zero = true;
	bool ok;
	unsigned int i;

	rt_puts(prefix);
	rt_puts("raw SMCs from EL2 (ID 0), before the proxy serves the "
		"client:\n");
	libffa_msg_init(&req, LIBFFA_ABI_FEATURES, LIBFFA_MSG_ARGS, false);
	req.args.features.feature = LIBFFA_FID_32(LIBFFA_FNUM_RXTX_MAP);
	if (libffa_msg_encode(&req, v, &frame) != LIBFFA_OK ||
	    libffa_conduit_invoke(&libffa_conduit_smc, &frame, &ret) !=
		    LIBFFA_OK) {
		check(false, "FFA_FEATURES round trip");
		return;
	}
	rt_puts(prefix);
	rt_puts("  FFA_FEATURES(RXTX_MAP_32) -> w0 ");
	rt_puthex(libffa_regs_w(&ret, 0));
	rt_puts(" x1 ");
	rt_puthex(ret.x[1]);
	rt_puts(ret.x[1] == frame.x[1] ? " (the caller's value: not written)\n"
				       : "\n");
	rt_puts(prefix);
	rt_puts(libffa_msg_decode_reply(&ret, v, req.abi, 0, &rep, NULL) ==
				LIBFFA_OK
			? "  strict decode: accepted\n"
			: "  strict decode: refused (reserved w1 not zero)\n");
	ok = libffa_msg_decode_reply(&ret, v, req.abi, LIBFFA_DECODE_TOLERANT,
				     &rep, NULL) == LIBFFA_OK &&
	     rep.kind == LIBFFA_MSG_RESULT;
	check(ok,
	      "FFA_FEATURES(RXTX_MAP_32) reply decodes tolerantly: "
	      "SUCCESS");

	libffa_msg_init(&req, LIBFFA_ABI_PARTITION_INFO_GET, LIBFFA_MSG_ARGS,
			false);
	req.args.partition_info_get.uuid = sp_uuid;
	req.args.partition_info_get.count_only = 1;
	if (libffa_msg_encode(&req, v, &frame) != LIBFFA_OK ||
	    libffa_conduit_invoke(&libffa_conduit_smc, &frame, &ret) !=
		    LIBFFA_OK) {
		check(false, "count-only PARTITION_INFO_GET round trip");
		return;
	}
	rt_puts(prefix);
	rt_puts("  PARTITION_INFO_GET(SP UUID, count only) -> w2 ");
	rt_puthex(libffa_regs_w(&ret, 2));
	rt_puts(" x4 ");
	rt_puthex(ret.x[4]);
	rt_puts(" x5 ");
	rt_puthex(ret.x[5]);
	rt_puts(ret.x[4] == frame.x[4] && ret.x[5] == frame.x[5]
			? " (the caller's values: not written)\n"
			: "\n");
	rt_puts(prefix);
	rt_puts(libffa_msg_decode_reply(&ret, v, req.abi, 0, &rep, NULL) ==
				LIBFFA_OK
			? "  strict decode: accepted\n"
			: "  strict decode: refused (reserved x4/x5 not "
			  "zero)\n");
	ok = libffa_msg_decode_reply(&ret, v, req.abi, LIBFFA_DECODE_TOLERANT,
				     &rep, NULL) == LIBFFA_OK &&
	     rep.kind == LIBFFA_MSG_RESULT &&
	     rep.result.partition_info_get.count == 1u;
	check(ok, "count-only reply decodes tolerantly: 1 partition");

	libffa_msg_init(&req, LIBFFA_ABI_MSG_SEND_DIRECT_REQ, LIBFFA_MSG_ARGS,
			true);
	req.args.direct_req.receiver_id = SP_ID;
	for (i = 0; i < 5u; i++) {
		req.args.direct_req.payload[i] = 0xB0u + i;
	}
	if (libffa_msg_encode(&req, v, &frame) != LIBFFA_OK) {
		check(false, "DIRECT_REQ_64 encodes");
		return;
	}
	for (i = 0; i < 31u; i++) {
		in[i] = i < 8u	  ? frame.x[i]
			: i < 18u ? UINT64_C(0xF8F8F8F800000000) | i
				  : UINT64_C(0x5E17000000000000) | i;
	}
	probe_raw_smc(in, out);
	ok = (uint32_t)out[0] ==
		     LIBFFA_FID_64(LIBFFA_FNUM_MSG_SEND_DIRECT_RESP) &&
	     (uint32_t)out[1] == (SP_ID << 16);
	for (i = 3; ok && i < 8u; i++) {
		ok = out[i] == in[i] + EXAMPLE_SP_ECHO_ADD;
	}
	check(ok,
	      "DIRECT_REQ_64 with x8-x17 set: DIRECT_RESP_64, x3-x7 + "
	      "0x1000");
	for (i = 8; i < 18u; i++) {
		kept = kept && out[i] == in[i];
		zero = zero && out[i] == 0u;
	}
	rt_puts(prefix);
	rt_puts(kept   ? "  x8-x17 came back as sent: not forwarded (TF-A "
			 "<= 2.13)\n"
		: zero ? "  x8-x17 came back as the SP's zeros: forwarded "
			 "(TF-A >= 2.14)\n"
		       : "  x8-x17 came back changed in another way\n");
	check(kept || zero, "x8-x17: one of the two known behaviours");
	ok = true;
	for (i = 18; i < 31u; i++) {
		ok = ok && out[i] == in[i];
	}
	check(ok, "x18-x30 preserved across SMC -> EL3 -> S-EL1");
}

/* ---- EL1: the client sequence ---------------------------------------------
 */

static void check(bool ok, const char *what)
{
	checks++;
	if (!ok) {
		failures++;
	}
	rt_puts(prefix);
	rt_puts(ok ? "  ok   " : "  FAIL ");
	rt_puts(what);
	rt_putc('\n');
}

/*
 * One round trip: encode @req at @v, print it, HVC, print the reply decoded
 * tolerantly against the call. Return: the decode status; @reply and @raw
 * hold the answer.
 */
static libffa_status_t call(const struct libffa_msg *req, libffa_version_t v,
			    struct libffa_msg *reply, struct libffa_regs *raw)
{
	struct libffa_regs in;
	libffa_status_t st = libffa_msg_encode(req, v, &in);

	if (st != LIBFFA_OK) {
		check(false, "request encodes");
		return st;
	}
	example_log_frame(&client_log, "->", &in, v);
	libffa_conduit_hvc.call(&libffa_conduit_hvc, &in, raw);
	example_log_reply(&client_log, "<-", &in, raw, v);
	return libffa_msg_decode_reply(raw, v, req->abi, LIBFFA_DECODE_TOLERANT,
				       reply, NULL);
}

static bool is_result(const struct libffa_msg *m, libffa_status_t st,
		      enum libffa_abi abi)
{
	return st == LIBFFA_OK && m->kind == LIBFFA_MSG_RESULT && m->abi == abi;
}

static void direct_req(libffa_version_t v, libffa_id_t own, bool smc64)
{
	struct libffa_msg req;
	struct libffa_msg rep;
	struct libffa_regs raw;
	libffa_status_t st;
	bool ok = true;
	unsigned int i;

	libffa_msg_init(&req, LIBFFA_ABI_MSG_SEND_DIRECT_REQ, LIBFFA_MSG_ARGS,
			smc64);
	req.args.direct_req.sender_id = own;
	req.args.direct_req.receiver_id = SP_ID;
	for (i = 0; i < 5u; i++) {
		req.args.direct_req.payload[i] =
			smc64 ? UINT64_C(0x1111000000000000) * (i + 1u) + i
			      : 0x11110000u * (i + 1u) + i;
	}
	st = call(&req, v, &rep, &raw);
	ok = st == LIBFFA_OK && rep.abi == LIBFFA_ABI_MSG_SEND_DIRECT_RESP &&
	     rep.smc64 == smc64 && rep.args.direct_resp.sender_id == SP_ID &&
	     rep.args.direct_resp.receiver_id == own;
	for (i = 0; ok && i < 5u; i++) {
		uint64_t want =
			req.args.direct_req.payload[i] + EXAMPLE_SP_ECHO_ADD;

		ok = rep.args.direct_resp.payload[i] ==
		     (smc64 ? want : (uint32_t)want);
	}
	check(ok, smc64 ? "DIRECT_REQ_64 -> SP 0x8001 -> DIRECT_RESP_64, "
			  "x3-x7 + 0x1000"
			: "DIRECT_REQ_32 -> SP 0x8001 -> DIRECT_RESP_32, "
			  "w3-w7 + 0x1000");
}

/*
 * DIRECT_REQ_64 through probe_raw_hvc(), which loads x0-x30: the reply
 * must carry the SP's answer in x3-x7 and x18-x30 must be what we loaded
 * (SMCCC: preserved), all the way through EL2, EL3 and S-EL1.
 */
static void preserved(libffa_version_t v, libffa_id_t own)
{
	struct libffa_msg req;
	struct libffa_regs frame;
	uint64_t in[31];
	uint64_t out[PROBE_RAW_OUT];
	bool ok;
	unsigned int i;

	libffa_msg_init(&req, LIBFFA_ABI_MSG_SEND_DIRECT_REQ, LIBFFA_MSG_ARGS,
			true);
	req.args.direct_req.sender_id = own;
	req.args.direct_req.receiver_id = SP_ID;
	for (i = 0; i < 5u; i++) {
		req.args.direct_req.payload[i] = 0xA0u + i;
	}
	if (libffa_msg_encode(&req, v, &frame) != LIBFFA_OK) {
		check(false, "probe frame encodes");
		return;
	}
	for (i = 0; i < 31u; i++) {
		in[i] = i < LIBFFA_REGS_COUNT
				? frame.x[i]
				: UINT64_C(0x5E17000000000000) | i;
	}
	probe_raw_hvc(in, out);
	ok = (uint32_t)out[0] ==
	     LIBFFA_FID_64(LIBFFA_FNUM_MSG_SEND_DIRECT_RESP);
	for (i = 3; ok && i < 8u; i++) {
		ok = out[i] == in[i] + EXAMPLE_SP_ECHO_ADD;
	}
	check(ok, "probe: DIRECT_REQ_64 answered with x3-x7 + 0x1000");
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
	check(ok, "x18-x30 preserved across HVC -> EL2 -> SMC -> EL3 -> S-EL1");
}

/* The client's HVCs to the proxy, traced at the client's version. */
static struct traced hvc_trace = {&libffa_conduit_hvc, &client_log, "->", "<-",
				  LIBFFA_VERSION_1_2};
static const struct libffa_conduit hvc_traced = {"hvc (traced)", traced_call,
						 &hvc_trace};

/* example_client_run() at @v over the traced HVC conduit. */
static int client_run(libffa_version_t v)
{
	int rc;

	hvc_trace.version = v;
	LIBFFA_MEMSET(&env, 0, sizeof(env));
	env.log = client_log;
	env.version = v;
	env.tx = client_tx;
	env.rx = client_rx;
	env.tx_address = example_addr(client_tx);
	env.rx_address = example_addr(client_rx);
	env.rxtx_pages = 1;
	env.sp_id = SP_ID;
	env.sp_uuid = sp_uuid;
	env.share_address = example_addr(&host_pages[2u * 4096u]);
	env.share_ranges = SHARE_RANGES;
	env.work = client_work;
	env.work_size = sizeof(client_work);
	rc = example_client_run(&hvc_traced, &env);
	rt_puts(el1_prefix);
	switch (rc) {
	case 0:
		rt_puts("  example_client_run: every step passed\n");
		break;
	case -8:
		rt_puts("  example_client_run stopped at step 8: no "
			"DIRECT_REQ2 in this firmware\n");
		break;
	case -9:
		rt_puts("  example_client_run stopped at step 9: the firmware "
			"refused FFA_MEM_SHARE\n");
		break;
	default:
		rt_puts("  example_client_run stopped at step ");
		rt_putdec((uint64_t)(rc < 0 ? -rc : rc));
		rt_putc('\n');
		break;
	}
	return rc;
}

/*
 * The example client role itself, example_client_run(), over the same
 * path, twice.
 *
 * Pass 1, v1.2, as far as this firmware lets it go. It decodes the
 * firmware's replies tolerantly (TF-A 2.12 leaves the caller's values in
 * result registers it does not write, see firmware_notes()), so steps 1-7
 * (SMCCC_VERSION, FFA_VERSION, FFA_ID_GET, FFA_FEATURES, FFA_RXTX_MAP,
 * FFA_PARTITION_INFO_GET, DIRECT_REQ_32) must pass; step 8 (DIRECT_REQ2)
 * is skipped by the role when the SP does not advertise it, as on 2.12.
 * The memory-sharing steps 9-11 are refused by TF-A 2.12: its EL3 SPMC
 * accepts FFA_MEM_SHARE only from an NS endpoint that negotiated v1.0 or
 * v1.1 (spmc_ffa_mem_send(), "bad FF-A version"). A newer TF-A may let
 * them through: then every step passes, which is accepted too.
 *
 * Pass 2, v1.1: the proxy is set up afresh at EL2 (DEMO_HVC_PROXY_RESET)
 * and negotiates v1.1 with TF-A; the client negotiates v1.1 with it. Every
 * step must pass: FFA_MEM_SHARE of a v1.1 descriptor built with mem.h, the
 * SP's FFA_MEM_RETRIEVE_REQ/RESP (parsed with mem.h), its read of the
 * marker the client wrote and its FFA_MEM_RELINQUISH, then the client's
 * FFA_MEM_RECLAIM and FFA_RXTX_UNMAP.
 */
static void client_role(void)
{
	struct libffa_msg req;
	struct libffa_msg rep;
	struct libffa_regs raw;
	struct libffa_regs in;
	int rc;

	rt_puts(el1_prefix);
	rt_puts("the example client role, example_client_run(), pass 1: "
		"FF-A 1.2\n");
	rc = client_run(LIBFFA_VERSION_1_2);
	check(rc == 0 || rc <= -8,
	      "example_client_run: steps 1-7 (SMCCC_VERSION, FFA_VERSION, "
	      "FFA_ID_GET, FFA_FEATURES, FFA_RXTX_MAP, "
	      "FFA_PARTITION_INFO_GET, DIRECT_REQ_32) pass through TF-A");
	if (rc != 0) {
		/* The role stopped with its buffers mapped: unmap them. */
		libffa_msg_init(&req, LIBFFA_ABI_RXTX_UNMAP, LIBFFA_MSG_ARGS,
				false);
		(void)call(&req, LIBFFA_VERSION_1_2, &rep, &raw);
		check(example_frame_is(&raw, LIBFFA_ABI_SUCCESS),
		      "FFA_RXTX_UNMAP after pass 1: SUCCESS");
	}

	rt_puts(el1_prefix);
	rt_puts("pass 2: FF-A 1.1 (TF-A 2.12 shares memory only with v1.0 "
		"and v1.1 endpoints)\n");
	libffa_regs_clear(&in);
	in.x[0] = DEMO_HVC_PROXY_RESET;
	in.x[1] = LIBFFA_VERSION_1_1;
	libffa_conduit_hvc.call(&libffa_conduit_hvc, &in, &raw);
	check(raw.x[0] == 0u,
	      "demo HVC: the proxy negotiated v1.1 with TF-A afresh");
	rt_puts(el1_prefix);
	rt_puts("the example client role, example_client_run(), pass 2: "
		"FF-A 1.1\n");
	rc = client_run(LIBFFA_VERSION_1_1);
	check(rc == 0,
	      "example_client_run at v1.1: every step, FFA_MEM_SHARE -> SP "
	      "retrieves, reads the marker, relinquishes -> FFA_MEM_RECLAIM");
	check(rc == 0 && env.agreed == LIBFFA_VERSION_1_1 &&
		      env.fragments == 1u,
	      "pass 2: agreed v1.1, the share in one fragment");
}

void demo_bl33_el1_main(void)
{
	const libffa_version_t v = LIBFFA_VERSION_1_2;
	struct libffa_msg req;
	struct libffa_msg rep;
	struct libffa_regs raw;
	struct libffa_partition_view view;
	struct libffa_partition_info info;
	libffa_status_t st;
	libffa_id_t own = 0;
	bool req2 = false;
	int32_t code = 0;

	rt_puts(el1_prefix);
	rt_puts("running at NS-EL");
	rt_putdec(rt_current_el());
	rt_puts(", calling the proxy with HVC\n");

	/* Version negotiation (the proxy answers from what it agreed below). */
	libffa_msg_init(&req, LIBFFA_ABI_VERSION, LIBFFA_MSG_ARGS, false);
	req.args.version.version = v;
	st = call(&req, v, &rep, &raw);
	check(st == LIBFFA_OK &&
		      libffa_version_compatible(v, libffa_regs_w(&raw, 0)),
	      "FFA_VERSION(1.2): compatible answer");

	libffa_msg_init(&req, LIBFFA_ABI_ID_GET, LIBFFA_MSG_ARGS, false);
	st = call(&req, v, &rep, &raw);
	check(is_result(&rep, st, LIBFFA_ABI_ID_GET), "FFA_ID_GET: SUCCESS");
	own = rep.result.id_get.id;

	libffa_msg_init(&req, LIBFFA_ABI_SPM_ID_GET, LIBFFA_MSG_ARGS, false);
	st = call(&req, v, &rep, &raw);
	check(is_result(&rep, st, LIBFFA_ABI_SPM_ID_GET) &&
		      rep.result.spm_id_get.id == 0x8000u,
	      "FFA_SPM_ID_GET: SPMC ID 0x8000");

	libffa_msg_init(&req, LIBFFA_ABI_FEATURES, LIBFFA_MSG_ARGS, false);
	req.args.features.feature = LIBFFA_FID_64(LIBFFA_FNUM_RXTX_MAP);
	st = call(&req, v, &rep, &raw);
	check(is_result(&rep, st, LIBFFA_ABI_FEATURES),
	      "FFA_FEATURES(RXTX_MAP_64): SUCCESS");

	libffa_msg_init(&req, LIBFFA_ABI_FEATURES, LIBFFA_MSG_ARGS, false);
	req.args.features.feature =
		LIBFFA_FID_64(LIBFFA_FNUM_MSG_SEND_DIRECT_REQ2);
	st = call(&req, v, &rep, &raw);
	req2 = is_result(&rep, st, LIBFFA_ABI_FEATURES);
	check(req2 || example_frame_error(&raw, NULL),
	      req2 ? "FFA_FEATURES(DIRECT_REQ2): supported (TF-A >= 2.13)"
		   : "FFA_FEATURES(DIRECT_REQ2): NOT_SUPPORTED (TF-A 2.12)");

	libffa_msg_init(&req, LIBFFA_ABI_RXTX_MAP, LIBFFA_MSG_ARGS, true);
	req.args.rxtx_map.tx_address = example_addr(client_tx);
	req.args.rxtx_map.rx_address = example_addr(client_rx);
	req.args.rxtx_map.page_count = 1;
	st = call(&req, v, &rep, &raw);
	check(st == LIBFFA_OK && example_frame_is(&raw, LIBFFA_ABI_SUCCESS),
	      "FFA_RXTX_MAP_64: SUCCESS");

	libffa_msg_init(&req, LIBFFA_ABI_PARTITION_INFO_GET, LIBFFA_MSG_ARGS,
			false);
	st = call(&req, v, &rep, &raw);
	check(is_result(&rep, st, LIBFFA_ABI_PARTITION_INFO_GET) &&
		      rep.result.partition_info_get.count >= 1u,
	      "FFA_PARTITION_INFO_GET(nil UUID): at least one partition");
	st = libffa_partition_info_parse(
		client_rx, 4096, v, rep.result.partition_info_get.count,
		rep.result.partition_info_get.desc_size, &view);
	check(st == LIBFFA_OK &&
		      libffa_partition_info_at(&view, 0, &info) == LIBFFA_OK &&
		      info.id == SP_ID && info.exec_ctx_count == SP_CTX &&
		      (info.properties & 1u) != 0u &&
		      __builtin_memcmp(&info.uuid, &sp_uuid, 16) == 0,
	      "RX buffer parsed: SP 0x8001, 32 contexts, direct-request "
	      "receipt, UUID as in the manifest");
	rt_puts(el1_prefix);
	rt_puts("  descriptor: id ");
	rt_puthex(info.id);
	rt_puts(" contexts ");
	rt_putdec(info.exec_ctx_count);
	rt_puts(" properties ");
	rt_puthex(info.properties);
	rt_puts(" size ");
	rt_putdec(view.desc_size);
	rt_putc('\n');

	libffa_msg_init(&req, LIBFFA_ABI_RX_RELEASE, LIBFFA_MSG_ARGS, false);
	st = call(&req, v, &rep, &raw);
	check(st == LIBFFA_OK && example_frame_is(&raw, LIBFFA_ABI_SUCCESS),
	      "FFA_RX_RELEASE: SUCCESS");

	libffa_msg_init(&req, LIBFFA_ABI_PARTITION_INFO_GET, LIBFFA_MSG_ARGS,
			false);
	req.args.partition_info_get.uuid = sp_uuid;
	req.args.partition_info_get.count_only = 1;
	st = call(&req, v, &rep, &raw);
	if (example_frame_error(&raw, &code) && code == LIBFFA_RET_ABORTED) {
		/*
		 * TF-A 2.12 answers with SMC_RET4: x4 and x5 keep the caller's
		 * UUID word and flags, which a strict decode of the reply
		 * rejects (see firmware_notes() above). A proxy that decodes
		 * the firmware's replies strictly refuses the call.
		 */
		rt_puts(el1_prefix);
		rt_puts("  note: the proxy refused TF-A's count-only reply "
			"(strict decode, x4/x5 not zero)\n");
		check(true,
		      "FFA_PARTITION_INFO_GET(SP UUID, count only): "
		      "refused by the proxy's strict reply check");
	} else {
		check(is_result(&rep, st, LIBFFA_ABI_PARTITION_INFO_GET) &&
			      rep.result.partition_info_get.count == 1u,
		      "FFA_PARTITION_INFO_GET(SP UUID, count only): 1");
	}

	direct_req(v, own, true);
	direct_req(v, own, false);
	direct_req(v, own, true);
	preserved(v, own);

	if (req2) {
		rt_puts(el1_prefix);
		rt_puts("firmware supports DIRECT_REQ2 (not exercised here; "
			"see the own-firmware demo)\n");
	}

	libffa_msg_init(&req, LIBFFA_ABI_RXTX_UNMAP, LIBFFA_MSG_ARGS, false);
	st = call(&req, v, &rep, &raw);
	check(st == LIBFFA_OK && example_frame_is(&raw, LIBFFA_ABI_SUCCESS),
	      "FFA_RXTX_UNMAP: SUCCESS");

	client_role();

	rt_puts("tfa-demo: checks: ");
	rt_putdec(checks);
	rt_puts(", failures: ");
	rt_putdec(failures);
	rt_putc('\n');
	if (failures == 0u) {
		rt_puts("tfa-demo: PASS (libffa client -> HVC -> libffa proxy "
			"-> SMC -> TF-A SPMD/EL3 SPMC -> libffa SP)\n");
		rt_exit(RT_EXIT_PASS);
	}
	rt_puts("tfa-demo: FAIL\n");
	rt_exit(RT_EXIT_FAIL);
}
