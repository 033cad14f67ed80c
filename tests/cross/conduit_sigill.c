/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * The real aarch64 conduit backend (arch/aarch64/{smc,hvc,svc}.S) run in
 * user mode under Linux or qemu-aarch64. SMC and HVC are undefined at EL0
 * and raise SIGILL with the PC on the instruction, so the SIGILL handler
 * plays the firmware: it records x0-x17 as the instruction saw them,
 * writes back a transformed x0-x17 and steps over the instruction. SVC is
 * a Linux system call at EL0: with x8 = getpid it shows that x1-x17 pass
 * through and x0 carries the kernel's result.
 *
 * Checks: every one of x0-x17 seen exactly on the way in and transformed
 * on the way out (DEN0028 1.2 s2.6); in and out aliasing; the const
 * conduit objects; x18-x29 and sp kept across the entry point (AAPCS64,
 * probe_call) and x18-x30 and sp kept by the peer (probe_raw_*).
 *
 * Usage: conduit_sigill [normal|corrupt-x17|clobber-x20]
 * The last two make the "firmware" misbehave: negative controls that must
 * end with exit status 1. Exit: 0 pass, 1 a check failed, 2 bad usage.
 */
#define _GNU_SOURCE
#include <stdint.h>
#include <stdio.h>

#include <signal.h>
#include <string.h>
#include <sys/syscall.h>
#include <ucontext.h>
#include <unistd.h>

#include "ffa/arch.h"
#include "ffa/conduit.h"

#include "probe.h"

#define INSN_SMC0 UINT32_C(0xd4000003)
#define INSN_HVC0 UINT32_C(0xd4000002)
#define KEY_SMC	  UINT64_C(0x5a5a5a5a00000100)
#define KEY_HVC	  UINT64_C(0xc3c3c3c300000200)

enum peer_mode { PEER_NORMAL, PEER_CORRUPT_X17, PEER_CLOBBER_X20 };

static volatile enum peer_mode peer_mode = PEER_NORMAL;
/* Misbehave only inside the probes, which restore what C code relies on. */
static volatile int peer_in_probe;
static volatile uint64_t peer_seen[31];
static volatile uint32_t peer_insn;
static volatile unsigned int peer_traps;

static unsigned int checks;
static unsigned int failures;

static void check_u64(const char *what, unsigned int idx, uint64_t got,
		      uint64_t want)
{
	checks++;
	if (got != want) {
		failures++;
		printf("  FAIL %s x%u: got 0x%016llx want 0x%016llx\n", what,
		       idx, (unsigned long long)got, (unsigned long long)want);
	}
}

static uint64_t peer_transform(uint32_t insn, unsigned int i, uint64_t v)
{
	return v ^ (insn == INSN_SMC0 ? KEY_SMC : KEY_HVC) ^ (uint64_t)i;
}

/* The "firmware": runs on the SMC/HVC trap with the caller's registers. */
static void on_sigill(int sig, siginfo_t *info, void *ctx)
{
	ucontext_t *uc = ctx;
	uint32_t insn;
	unsigned int i;

	(void)info;
	memcpy(&insn, (const void *)(uintptr_t)uc->uc_mcontext.pc,
	       sizeof(insn));
	if (insn != INSN_SMC0 && insn != INSN_HVC0) {
		/* A real illegal instruction: die of it. */
		signal(sig, SIG_DFL);
		return;
	}
	for (i = 0; i < 31; i++) {
		peer_seen[i] = (uint64_t)uc->uc_mcontext.regs[i];
	}
	peer_insn = insn;
	peer_traps++;
	for (i = 0; i < LIBFFA_REGS_COUNT; i++) {
		uc->uc_mcontext.regs[i] =
			peer_transform(insn, i, uc->uc_mcontext.regs[i]);
	}
	if (peer_mode == PEER_CORRUPT_X17) {
		uc->uc_mcontext.regs[17] ^= UINT64_C(1) << 40;
	} else if (peer_mode == PEER_CLOBBER_X20 && peer_in_probe) {
		uc->uc_mcontext.regs[20] = UINT64_C(0xdeadbeefdeadbeef);
	}
	uc->uc_mcontext.pc += 4;
}

static uint64_t pattern(unsigned int seed, unsigned int i)
{
	uint64_t v = UINT64_C(0xf0e1d2c3b4a59687) +
		     (uint64_t)seed * UINT64_C(0x9e3779b97f4a7c15);
	unsigned int r = (i * 7u + seed) & 63u;

	v = r ? (v << r) | (v >> (64u - r)) : v;
	return v ^ ((uint64_t)i << 56) ^ (uint64_t)i;
}

static void fill(struct libffa_regs *r, unsigned int seed)
{
	unsigned int i;

	for (i = 0; i < LIBFFA_REGS_COUNT; i++) {
		r->x[i] = pattern(seed, i);
	}
}

/* The trap saw exactly @in and @out is the transform of @in. */
static void check_exchange(const char *what, uint32_t insn,
			   const struct libffa_regs *in,
			   const struct libffa_regs *out, unsigned int traps)
{
	unsigned int i;
	char label[64];

	checks++;
	if (peer_traps != traps + 1 || peer_insn != insn) {
		failures++;
		printf("  FAIL %s: %u traps, insn 0x%08x\n", what,
		       peer_traps - traps, (unsigned int)peer_insn);
		return;
	}
	snprintf(label, sizeof(label), "%s in", what);
	for (i = 0; i < LIBFFA_REGS_COUNT; i++) {
		check_u64(label, i, peer_seen[i], in->x[i]);
	}
	snprintf(label, sizeof(label), "%s out", what);
	for (i = 0; i < LIBFFA_REGS_COUNT; i++) {
		check_u64(label, i, out->x[i],
			  peer_transform(insn, i, in->x[i]));
	}
}

static void test_entry(const char *name, probe_entry_fn fn,
		       const struct libffa_conduit *c, uint32_t insn,
		       unsigned int seed)
{
	struct libffa_regs in, out, alias;
	uint64_t sentinels[PROBE_CALL_REGS], after[PROBE_CALL_OUT];
	uint64_t raw_in[31], raw_out[PROBE_RAW_OUT];
	unsigned int i, traps;
	char label[64];

	/* Plain call, distinct frames. */
	fill(&in, seed);
	memset(&out, 0, sizeof(out));
	traps = peer_traps;
	fn(&in, &out);
	snprintf(label, sizeof(label), "%s direct", name);
	check_exchange(label, insn, &in, &out, traps);

	/* in and out alias: every register is loaded before the trap. */
	fill(&alias, seed + 1);
	fill(&in, seed + 1);
	traps = peer_traps;
	fn(&alias, &alias);
	snprintf(label, sizeof(label), "%s aliased", name);
	check_exchange(label, insn, &in, &alias, traps);

	/* Through the const conduit object. */
	fill(&in, seed + 2);
	traps = peer_traps;
	c->call(c, &in, &out);
	snprintf(label, sizeof(label), "%s conduit", name);
	check_exchange(label, insn, &in, &out, traps);

	/* AAPCS64 callee-saved registers and sp across the entry point. */
	for (i = 0; i < PROBE_CALL_REGS; i++) {
		sentinels[i] = UINT64_C(0x1800000000000000) +
			       ((uint64_t)i << 56) +
			       pattern(seed + 3, i) % 0xffff;
	}
	fill(&in, seed + 4);
	traps = peer_traps;
	peer_in_probe = 1;
	probe_call(fn, &in, &out, sentinels, after);
	peer_in_probe = 0;
	snprintf(label, sizeof(label), "%s probe_call", name);
	check_exchange(label, insn, &in, &out, traps);
	snprintf(label, sizeof(label), "%s keeps", name);
	for (i = 0; i < PROBE_CALL_REGS; i++) {
		check_u64(label, 18 + i, after[i], sentinels[i]);
	}
	check_u64("sp kept by entry point, sp", 31, after[PROBE_CALL_SP_AFTER],
		  after[PROBE_CALL_SP_BEFORE]);

	/* What the peer keeps, all of x0-x30 loaded (harness sanity). */
	for (i = 0; i < 31; i++) {
		raw_in[i] = pattern(seed + 5, i);
	}
	traps = peer_traps;
	peer_in_probe = 1;
	if (insn == INSN_SMC0) {
		probe_raw_smc(raw_in, raw_out);
	} else {
		probe_raw_hvc(raw_in, raw_out);
	}
	peer_in_probe = 0;
	snprintf(label, sizeof(label), "%s raw seen", name);
	for (i = 0; i < 31; i++) {
		check_u64(label, i, peer_seen[i], raw_in[i]);
	}
	snprintf(label, sizeof(label), "%s raw out", name);
	for (i = 0; i < 31; i++) {
		check_u64(label, i, raw_out[i],
			  i < LIBFFA_REGS_COUNT
				  ? peer_transform(insn, i, raw_in[i])
				  : raw_in[i]);
	}
	check_u64("sp kept by peer, sp", 31, raw_out[PROBE_SP_AFTER],
		  raw_out[PROBE_SP_BEFORE]);
	checks++;
	if (peer_traps != traps + 1) {
		failures++;
		printf("  FAIL %s raw: no trap\n", name);
	}
}

/* SVC at EL0 is a Linux system call: getpid() answers in x0 only. */
static void test_svc(void)
{
	struct libffa_regs in, out;
	uint64_t raw_in[31], raw_out[PROBE_RAW_OUT];
	uint64_t pid = (uint64_t)getpid();
	unsigned int i;

	fill(&in, 40);
	in.x[8] = SYS_getpid;
	libffa_arch_svc(&in, &out);
	check_u64("svc out", 0, out.x[0], pid);
	for (i = 1; i < LIBFFA_REGS_COUNT; i++) {
		check_u64("svc out", i, out.x[i], in.x[i]);
	}
	libffa_conduit_svc.call(&libffa_conduit_svc, &in, &out);
	check_u64("svc conduit out", 0, out.x[0], pid);

	for (i = 0; i < 31; i++) {
		raw_in[i] = pattern(41, i);
	}
	raw_in[8] = SYS_getpid;
	probe_raw_svc(raw_in, raw_out);
	check_u64("svc raw out", 0, raw_out[0], pid);
	for (i = 1; i < 31; i++) {
		check_u64("svc raw out", i, raw_out[i], raw_in[i]);
	}
}

static void test_names(void)
{
	checks++;
	if (strcmp(libffa_conduit_smc.name, "smc") != 0 ||
	    strcmp(libffa_conduit_hvc.name, "hvc") != 0 ||
	    strcmp(libffa_conduit_svc.name, "svc") != 0 ||
	    libffa_conduit_smc.ctx != NULL || libffa_conduit_hvc.ctx != NULL ||
	    libffa_conduit_svc.ctx != NULL) {
		failures++;
		printf("  FAIL conduit names or ctx\n");
	}
}

int main(int argc, char **argv)
{
	struct sigaction sa;
	unsigned int round;

	if (argc > 1 && strcmp(argv[1], "corrupt-x17") == 0) {
		peer_mode = PEER_CORRUPT_X17;
	} else if (argc > 1 && strcmp(argv[1], "clobber-x20") == 0) {
		peer_mode = PEER_CLOBBER_X20;
	} else if (argc > 1 && strcmp(argv[1], "normal") != 0) {
		fprintf(stderr, "usage: %s [normal|corrupt-x17|clobber-x20]\n",
			argv[0]);
		return 2;
	}

	memset(&sa, 0, sizeof(sa));
	sa.sa_sigaction = on_sigill;
	sa.sa_flags = SA_SIGINFO;
	sigemptyset(&sa.sa_mask);
	if (sigaction(SIGILL, &sa, NULL) != 0) {
		perror("sigaction");
		return 2;
	}

	test_names();
	for (round = 0; round < 4; round++) {
		test_entry("smc", libffa_arch_smc, &libffa_conduit_smc,
			   INSN_SMC0, round * 16);
		test_entry("hvc", libffa_arch_hvc, &libffa_conduit_hvc,
			   INSN_HVC0, round * 16 + 8);
	}
	test_svc();

	printf("conduit_sigill (%s): checks %u, failures %u\n",
	       argc > 1 ? argv[1] : "normal", checks, failures);
	printf("%s\n", failures ? "FAIL" : "PASS");
	return failures ? 1 : 0;
}
