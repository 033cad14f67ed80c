/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * Register probes of the conduit tests (tests/cross under Linux user mode,
 * tests/qemu) and the bare-metal demos (examples/qemu, examples/tfa): they
 * put known values in registers C code cannot reach and report what came
 * back. Plain AAPCS64 functions, no runtime needed.
 */
#ifndef LIBFFA_TEST_PROBE_H
#define LIBFFA_TEST_PROBE_H

#include <stdint.h>

#include "ffa/regs.h"

/* Index of the two stack-pointer slots in a raw probe's out array. */
#define PROBE_SP_BEFORE 31
#define PROBE_SP_AFTER	32
#define PROBE_RAW_OUT	33

/*
 * probe_raw_smc/hvc/svc() - load x0-x30 from @in, issue the instruction
 * (#0), store x0-x30 to @out[0..30], and sp just before and just after the
 * instruction to @out[PROBE_SP_BEFORE] and @out[PROBE_SP_AFTER]. Shows what
 * the peer itself preserves (DEN0028 1.2 s2.7: x18-x30 and sp for SMC64).
 */
void probe_raw_smc(const uint64_t in[31], uint64_t out[PROBE_RAW_OUT]);
void probe_raw_hvc(const uint64_t in[31], uint64_t out[PROBE_RAW_OUT]);
void probe_raw_svc(const uint64_t in[31], uint64_t out[PROBE_RAW_OUT]);

/* Slots of the @after array of probe_call(). */
#define PROBE_CALL_REGS	     12 /* x18-x29 */
#define PROBE_CALL_SP_BEFORE 12
#define PROBE_CALL_SP_AFTER  13
#define PROBE_CALL_OUT	     14

typedef void (*probe_entry_fn)(const struct libffa_regs *in,
			       struct libffa_regs *out);

/*
 * probe_call() - call a conduit entry point (libffa_arch_smc, ...) the way
 * a compiler would, but with sentinels in the registers AAPCS64 says the
 * callee must keep: x18-x29 from @sentinels[0..11]. Afterwards @after[0..11]
 * holds x18-x29 as the call left them, @after[PROBE_CALL_SP_BEFORE/AFTER]
 * sp around the call. x30 is the return address: the probe returns at
 * all only if the entry point kept it (and the raw probes show the peer
 * keeps x30 across the instruction).
 */
void probe_call(probe_entry_fn fn, const struct libffa_regs *in,
		struct libffa_regs *out, const uint64_t sentinels[12],
		uint64_t after[PROBE_CALL_OUT]);

#endif /* LIBFFA_TEST_PROBE_H */
