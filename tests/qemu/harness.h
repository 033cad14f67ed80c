/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * Bare-metal test image: what the handlers (peer.c) and the test cases
 * (main.c) share. Start-up, vectors, output, semihosting and the register
 * probes are the shared bare-metal runtime's (arch/aarch64/baremetal).
 */
#ifndef LIBFFA_QEMU_HARNESS_H
#define LIBFFA_QEMU_HARNESS_H

/*
 * QEMU exit status (rt_exit()): RT_EXIT_PASS, RT_EXIT_FAIL (a check
 * failed), RT_EXIT_EL (not started at EL3, or bad arguments), RT_EXIT_TRAP
 * (an unexpected exception).
 */
#include <stdint.h>

#include "ffa/abi.h"

#include "rt.h"

/* peer.c: the handlers. */
enum peer_mode {
	PEER_ECHO, /* x_i ^= key ^ i for x0-x17, everything else kept */
	PEER_FFA   /* decode the call with libffa, answer as an FF-A peer */
};
enum peer_fault {
	FAULT_NONE,
	FAULT_CORRUPT_X17, /* flip a bit of x17 on the way out */
	FAULT_CLOBBER_X20  /* do not preserve x20 (inside probes only) */
};

/* Written by the caller before a call, read by the handler. */
extern volatile enum peer_mode peer_mode;
extern volatile enum peer_fault peer_fault;
extern volatile int peer_in_probe;
/* Written by the handler: the caller's x0-x30 at the instruction. */
extern volatile uint64_t peer_seen[31];
extern volatile uint64_t peer_traps;
extern volatile uint64_t peer_last_el;

/* The echo transform of the handler at @el. */
uint64_t peer_echo(unsigned int el, unsigned int i, uint64_t v);
/* What the FF-A peer at @el answers. */
libffa_id_t peer_own_id(unsigned int el);    /* DIRECT_REQ2 receiver */
libffa_id_t peer_caller_id(unsigned int el); /* FFA_ID_GET answer */
uint64_t peer_payload(unsigned int el, unsigned int i, uint64_t v);

#endif /* LIBFFA_QEMU_HARNESS_H */
