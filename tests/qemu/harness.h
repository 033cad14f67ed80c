/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * Bare-metal test image: what start.S, the handlers (peer.c) and the test
 * cases (main.c) share.
 */
#ifndef LIBFFA_QEMU_HARNESS_H
#define LIBFFA_QEMU_HARNESS_H

/* QEMU exit status (semihosting SYS_EXIT;). */
#define HARNESS_EXIT_PASS  0
#define HARNESS_EXIT_FAIL  1 /* a check failed */
#define HARNESS_EXIT_BOOT  2 /* not started at EL3, or bad arguments */
#define HARNESS_EXIT_FATAL 3 /* unexpected exception */

#ifndef __ASSEMBLER__
#include <stdint.h>

#include "ffa/abi.h"

/* start.S */
void el3_enter_el2(void (*entry)(void), uint64_t sp_el2);
void el2_enter_el1(void (*entry)(void), uint64_t sp_el1);
uint64_t semihost_call(uint64_t op, uint64_t param);
void semihost_exit(uint64_t code) __attribute__((noreturn));
extern char el3_vectors[], el2_vectors[], el1_vectors[];
extern char __stack_el2_top[], __stack_el1_top[];

/* Frame handed to el3_sync()/el2_sync() by start.S. */
#define FRAME_ESR 31
#define FRAME_ELR 32

/* io.c: PL011 output and the semihosting command line. */
void io_puts(const char *s);
void io_hex(uint64_t v);
void io_dec(uint64_t v);
/* Copies the command line (arguments joined by spaces), NUL-terminated. */
int io_cmdline(char *buf, uint64_t size);
void fatal_exception(uint64_t el, uint64_t kind, uint64_t esr, uint64_t elr)
	__attribute__((noreturn));

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

void el3_sync(uint64_t *frame);
void el2_sync(uint64_t *frame);
#endif

#endif /* LIBFFA_QEMU_HARNESS_H */
