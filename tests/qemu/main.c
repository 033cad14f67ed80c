/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * Bare-metal tests of the aarch64 conduit backend: the
 * image boots at EL3, installs its handlers, drops to NS-EL2 and then to
 * NS-EL1, and runs the selected case through the real libffa_arch_smc /
 * libffa_arch_hvc and the real libffa core:
 *   el2-smc  NS-EL2 -> SMC -> EL3
 *   el1-hvc  NS-EL1 -> HVC -> EL2
 *   el1-smc  NS-EL1 -> SMC -> EL3 (HCR_EL2.TSC = 0)
 *   all      the three in turn
 * Each case checks that all 18 registers travel both ways, that x18-x29
 * and sp survive the entry point (probe_call), that the peer saw x0-x30
 * exactly and kept x18-x30 and sp (probe_raw_*), and an FF-A exchange
 * encoded and decoded by libffa at both ends: FFA_VERSION, FFA_ID_GET,
 * DIRECT_REQ2 with all 14 payload registers, FFA_ERROR replies.
 *
 * Arguments come from semihosting (-semihosting-config arg=...):
 *   <image> <case> [normal|corrupt-x17|clobber-x20]
 * Exit status: 0 pass, 1 a check failed, 2 bad boot or arguments, 3 an
 * unexpected exception.
 */
#include "ffa/arch.h"
#include "ffa/conduit.h"
#include "ffa/msg.h"

#include "harness.h"
#include "probe.h"

#define CASE_EL2_SMC 1u
#define CASE_EL1_HVC 2u
#define CASE_EL1_SMC 4u

static unsigned int selected_cases;
static uint64_t checks;
static uint64_t failures;

static int streq(const char *a, const char *b)
{
	while (*a != '\0' && *a == *b) {
		a++;
		b++;
	}
	return *a == *b;
}

static void fail_u64(const char *what, unsigned int idx, uint64_t got,
		     uint64_t want)
{
	failures++;
	rt_puts("  FAIL ");
	rt_puts(what);
	rt_puts(" x");
	rt_putdec(idx);
	rt_puts(": got ");
	rt_puthex(got);
	rt_puts(" want ");
	rt_puthex(want);
	rt_puts("\n");
}

static void check_u64(const char *what, unsigned int idx, uint64_t got,
		      uint64_t want)
{
	checks++;
	if (got != want) {
		fail_u64(what, idx, got, want);
	}
}

static void check_true(const char *what, int ok)
{
	checks++;
	if (!ok) {
		failures++;
		rt_puts("  FAIL ");
		rt_puts(what);
		rt_puts("\n");
	}
}

static uint64_t pattern(unsigned int seed, unsigned int i)
{
	uint64_t v = UINT64_C(0x0123456789abcdef) ^
		     ((uint64_t)seed * UINT64_C(0x9e3779b97f4a7c15));
	unsigned int r = (i * 5u + seed) & 63u;

	v = r != 0u ? (v << r) | (v >> (64u - r)) : v;
	return v ^ ((uint64_t)i << 48) ^ (uint64_t)i;
}

/* One conduit under test: where it goes and how it is issued. */
struct path {
	const char *name;
	unsigned int peer_el;
	probe_entry_fn entry;
	const struct libffa_conduit *conduit;
	void (*raw)(const uint64_t in[31], uint64_t out[PROBE_RAW_OUT]);
};

static void check_seen18(const char *what, const struct libffa_regs *in,
			 uint64_t traps_before, unsigned int peer_el)
{
	unsigned int i;

	check_true(what,
		   peer_traps == traps_before + 1u && peer_last_el == peer_el);
	for (i = 0; i < LIBFFA_REGS_COUNT; i++) {
		check_u64(what, i, peer_seen[i], in->x[i]);
	}
}

/* Raw register transport: 18 registers each way, aliasing, preservation. */
static void test_registers(const struct path *p, unsigned int seed)
{
	struct libffa_regs in, out, alias;
	uint64_t sentinels[PROBE_CALL_REGS], after[PROBE_CALL_OUT];
	uint64_t raw_in[31], raw_out[PROBE_RAW_OUT];
	uint64_t traps;
	unsigned int i;

	peer_mode = PEER_ECHO;
	for (i = 0; i < LIBFFA_REGS_COUNT; i++) {
		in.x[i] = pattern(seed, i);
		alias.x[i] = in.x[i];
		out.x[i] = 0;
	}
	traps = peer_traps;
	p->entry(&in, &out);
	check_seen18("echo: peer saw", &in, traps, p->peer_el);
	for (i = 0; i < LIBFFA_REGS_COUNT; i++) {
		check_u64("echo: out", i, out.x[i],
			  peer_echo(p->peer_el, i, in.x[i]));
	}

	traps = peer_traps;
	p->entry(&alias, &alias);
	check_seen18("aliased: peer saw", &in, traps, p->peer_el);
	for (i = 0; i < LIBFFA_REGS_COUNT; i++) {
		check_u64("aliased: out", i, alias.x[i],
			  peer_echo(p->peer_el, i, in.x[i]));
	}

	/* The entry point keeps x18-x29 and sp (AAPCS64). */
	for (i = 0; i < PROBE_CALL_REGS; i++) {
		sentinels[i] = pattern(seed + 1u, i + 18u);
	}
	for (i = 0; i < LIBFFA_REGS_COUNT; i++) {
		in.x[i] = pattern(seed + 2u, i);
	}
	traps = peer_traps;
	peer_in_probe = 1;
	probe_call(p->entry, &in, &out, sentinels, after);
	peer_in_probe = 0;
	check_seen18("probe_call: peer saw", &in, traps, p->peer_el);
	for (i = 0; i < LIBFFA_REGS_COUNT; i++) {
		check_u64("probe_call: out", i, out.x[i],
			  peer_echo(p->peer_el, i, in.x[i]));
	}
	for (i = 0; i < PROBE_CALL_REGS; i++) {
		check_u64("probe_call: kept", 18u + i, after[i], sentinels[i]);
	}
	check_u64("probe_call: sp kept, sp", 31, after[PROBE_CALL_SP_AFTER],
		  after[PROBE_CALL_SP_BEFORE]);

	/* The peer sees all of x0-x30 and keeps x18-x30 and sp. */
	for (i = 0; i < 31u; i++) {
		raw_in[i] = pattern(seed + 3u, i);
	}
	traps = peer_traps;
	peer_in_probe = 1;
	p->raw(raw_in, raw_out);
	peer_in_probe = 0;
	check_true("raw: one trap", peer_traps == traps + 1u);
	for (i = 0; i < 31u; i++) {
		check_u64("raw: peer saw", i, peer_seen[i], raw_in[i]);
	}
	for (i = 0; i < 31u; i++) {
		check_u64("raw: out", i, raw_out[i],
			  i < LIBFFA_REGS_COUNT
				  ? peer_echo(p->peer_el, i, raw_in[i])
				  : raw_in[i]);
	}
	check_u64("raw: sp kept, sp", 31, raw_out[PROBE_SP_AFTER],
		  raw_out[PROBE_SP_BEFORE]);
}

/* Encode @req, carry it, check the peer saw the frame, decode the reply. */
static libffa_status_t exchange(const struct path *p,
				const struct libffa_msg *req,
				enum libffa_abi call, struct libffa_msg *rep,
				struct libffa_regs *reply_regs)
{
	struct libffa_regs regs;
	uint64_t traps = peer_traps;

	if (libffa_msg_encode(req, LIBFFA_VERSION_1_2, &regs) != LIBFFA_OK) {
		check_true("encode request", 0);
		return LIBFFA_E_INTERNAL;
	}
	p->entry(&regs, reply_regs);
	check_seen18("ffa: peer saw the encoded frame", &regs, traps,
		     p->peer_el);
	return libffa_msg_decode_reply(reply_regs, LIBFFA_VERSION_1_2, call, 0,
				       rep, NULL);
}

static void test_ffa(const struct path *p, unsigned int seed)
{
	struct libffa_msg req, rep;
	struct libffa_regs reply;
	libffa_id_t me = 0x0042;
	int32_t code = 0;
	unsigned int i;

	peer_mode = PEER_FFA;

	/* FFA_VERSION(1.2): a bare version in w0 (DEN0077A 1.2 s13.2). */
	libffa_msg_init(&req, LIBFFA_ABI_VERSION, LIBFFA_MSG_ARGS, false);
	req.args.version.version = LIBFFA_VERSION_1_2;
	check_true("FFA_VERSION decodes", exchange(p, &req, LIBFFA_ABI_VERSION,
						   &rep, &reply) == LIBFFA_OK);
	check_true("FFA_VERSION answer is 1.2",
		   rep.kind == LIBFFA_MSG_RESULT &&
			   rep.result.version.version == LIBFFA_VERSION_1_2);

	/* FFA_ID_GET: FFA_SUCCESS_32 with the ID in w2. */
	libffa_msg_init(&req, LIBFFA_ABI_ID_GET, LIBFFA_MSG_ARGS, false);
	check_true("FFA_ID_GET decodes", exchange(p, &req, LIBFFA_ABI_ID_GET,
						  &rep, &reply) == LIBFFA_OK);
	check_true("FFA_ID_GET answer",
		   rep.kind == LIBFFA_MSG_RESULT && !rep.smc64 &&
			   rep.result.id_get.id == peer_caller_id(p->peer_el));

	/* The same through the const conduit object and libffa_call(). */
	check_true("libffa_call(FFA_ID_GET)",
		   libffa_call(p->conduit, &req, LIBFFA_VERSION_1_2, 0, &reply,
			       &rep, NULL) == LIBFFA_OK &&
			   rep.result.id_get.id == peer_caller_id(p->peer_el));

	/* DIRECT_REQ2 with all 14 payload registers x4-x17. */
	libffa_msg_init(&req, LIBFFA_ABI_MSG_SEND_DIRECT_REQ2, LIBFFA_MSG_ARGS,
			true);
	req.args.direct_req2.sender_id = me;
	req.args.direct_req2.receiver_id = peer_own_id(p->peer_el);
	for (i = 0; i < 16u; i++) {
		req.args.direct_req2.uuid.bytes[i] = (uint8_t)(0xa0u + i);
	}
	for (i = 0; i < 14u; i++) {
		req.args.direct_req2.payload[i] = pattern(seed, i + 4u);
	}
	check_true("DIRECT_REQ2 reply decodes",
		   exchange(p, &req, LIBFFA_ABI_MSG_SEND_DIRECT_REQ2, &rep,
			    &reply) == LIBFFA_OK);
	check_true("DIRECT_RESP2 frame",
		   rep.abi == LIBFFA_ABI_MSG_SEND_DIRECT_RESP2 &&
			   rep.kind == LIBFFA_MSG_ARGS && rep.smc64 &&
			   rep.args.direct_resp2.sender_id ==
				   peer_own_id(p->peer_el) &&
			   rep.args.direct_resp2.receiver_id == me);
	for (i = 0; i < 14u; i++) {
		check_u64("DIRECT_RESP2 payload", i + 4u,
			  rep.args.direct_resp2.payload[i],
			  peer_payload(p->peer_el, i,
				       req.args.direct_req2.payload[i]));
	}

	/* DIRECT_REQ2 to an ID the peer is not: FFA_ERROR. */
	req.args.direct_req2.receiver_id = 0x8077;
	check_true("FFA_ERROR decodes",
		   exchange(p, &req, LIBFFA_ABI_MSG_SEND_DIRECT_REQ2, &rep,
			    &reply) == LIBFFA_OK);
	check_true("FFA_ERROR(INVALID_PARAMETERS)",
		   libffa_msg_is_error(&rep, &code) &&
			   code == LIBFFA_RET_INVALID_PARAMETERS);

	/* A call the peer's strict decoder rejects (w1 of FFA_ID_GET is
	 * reserved, DEN0077A 1.2 s11.2): FFA_ERROR from status_to_ret. */
	{
		struct libffa_regs bad, out;
		struct libffa_msg m;

		libffa_regs_clear(&bad);
		bad.x[0] = libffa_abi_fid(LIBFFA_ABI_ID_GET, false);
		bad.x[1] = 1;
		p->entry(&bad, &out);
		check_true("reserved bits rejected by the peer",
			   libffa_msg_decode_reply(&out, LIBFFA_VERSION_1_2,
						   LIBFFA_ABI_ID_GET, 0, &m,
						   NULL) == LIBFFA_OK &&
				   libffa_msg_is_error(&m, &code) &&
				   code == libffa_status_to_ret(LIBFFA_E_MBZ));
	}

	/* An ABI the peer does not implement: FFA_ERROR(NOT_SUPPORTED). */
	libffa_msg_init(&req, LIBFFA_ABI_SPM_ID_GET, LIBFFA_MSG_ARGS, false);
	check_true("FFA_ERROR(NOT_SUPPORTED) decodes",
		   exchange(p, &req, LIBFFA_ABI_SPM_ID_GET, &rep, &reply) ==
			   LIBFFA_OK);
	check_true("FFA_ERROR(NOT_SUPPORTED)",
		   libffa_msg_is_error(&rep, &code) &&
			   code == LIBFFA_RET_NOT_SUPPORTED);
}

static void run(const struct path *p, unsigned int seed)
{
	uint64_t failed_before = failures;
	uint64_t checks_before = checks;

	rt_puts("[");
	rt_puts(p->name);
	rt_puts("]\n");
	test_registers(p, seed);
	test_registers(p, seed + 16u);
	test_ffa(p, seed);
	rt_puts(failures == failed_before ? "  ok   " : "  FAIL ");
	rt_puts(p->name);
	rt_puts(" (");
	rt_putdec(checks - checks_before);
	rt_puts(" checks)\n");
}

static const struct path path_el2_smc = {"el2-smc: NS-EL2 -> SMC -> EL3", 3,
					 libffa_arch_smc, &libffa_conduit_smc,
					 probe_raw_smc};
static const struct path path_el1_hvc = {"el1-hvc: NS-EL1 -> HVC -> EL2", 2,
					 libffa_arch_hvc, &libffa_conduit_hvc,
					 probe_raw_hvc};
static const struct path path_el1_smc = {"el1-smc: NS-EL1 -> SMC -> EL3", 3,
					 libffa_arch_smc, &libffa_conduit_smc,
					 probe_raw_smc};

static void finish(void)
{
	rt_puts("checks: ");
	rt_putdec(checks);
	rt_puts(", failures: ");
	rt_putdec(failures);
	rt_puts(failures != 0u ? "\nFAIL\n" : "\nPASS\n");
	rt_exit(failures != 0u ? RT_EXIT_FAIL : RT_EXIT_PASS);
}

static void el1_main(void)
{
	if ((selected_cases & CASE_EL1_HVC) != 0u) {
		run(&path_el1_hvc, 200);
	}
	if ((selected_cases & CASE_EL1_SMC) != 0u) {
		run(&path_el1_smc, 300);
	}
	finish();
}

static void el2_main(void)
{
	if ((selected_cases & CASE_EL2_SMC) != 0u) {
		run(&path_el2_smc, 100);
	}
	/* EL1 is AArch64 and its SMCs are not trapped (HCR_EL2 = RW only). */
	rt_enter_el1(el1_main);
}

static int parse_args(void)
{
	char cmdline[128];
	char *tok[3] = {0};
	unsigned int n = 0;
	char *s = cmdline;

	if (rt_cmdline(cmdline, sizeof(cmdline)) != 0) {
		return -1;
	}
	while (*s != '\0' && n < 3u) {
		while (*s == ' ') {
			*s++ = '\0';
		}
		if (*s == '\0') {
			break;
		}
		tok[n++] = s;
		while (*s != '\0' && *s != ' ') {
			s++;
		}
	}
	while (*s == ' ') {
		*s++ = '\0';
	}
	if (tok[1] == NULL) {
		return -1;
	}
	if (streq(tok[1], "el2-smc")) {
		selected_cases = CASE_EL2_SMC;
	} else if (streq(tok[1], "el1-hvc")) {
		selected_cases = CASE_EL1_HVC;
	} else if (streq(tok[1], "el1-smc")) {
		selected_cases = CASE_EL1_SMC;
	} else if (streq(tok[1], "all")) {
		selected_cases = CASE_EL2_SMC | CASE_EL1_HVC | CASE_EL1_SMC;
	} else {
		return -1;
	}
	if (tok[2] == NULL || streq(tok[2], "normal")) {
		peer_fault = FAULT_NONE;
	} else if (streq(tok[2], "corrupt-x17")) {
		peer_fault = FAULT_CORRUPT_X17;
	} else if (streq(tok[2], "clobber-x20")) {
		peer_fault = FAULT_CLOBBER_X20;
	} else {
		return -1;
	}
	rt_puts("libffa qemu test: case ");
	rt_puts(tok[1]);
	rt_puts(", peer ");
	rt_puts(tok[2] != NULL ? tok[2] : "normal");
	rt_puts("\n");
	return 0;
}

void rt_main(void)
{
	if (rt_current_el() != 3u || parse_args() != 0) {
		rt_puts("usage: <image> el2-smc|el1-hvc|el1-smc|all "
			"[normal|corrupt-x17|clobber-x20], booted at EL3\n");
		rt_exit(RT_EXIT_EL);
	}
	/* Non-secure EL2 (AArch64, HVC on, no SMC or pointer-auth traps). */
	rt_enter_el2(el2_main);
}
