/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * The bare-metal runtime shared by the QEMU images (examples/qemu,
 * examples/tfa, examples/linux; tests/qemu takes mem.c): PL011 output,
 * semihosting exit, the exception frame the vector tables (vectors.S) hand
 * to C, dropping to a lower EL (enter.S), x0-x30 probes (probe.h), and the
 * mem* functions the libffa core imports (mem.c).
 * MMU off everywhere, so every access is Device memory: everything here is
 * built with -mstrict-align -mgeneral-regs-only.
 */
#ifndef LIBFFA_DEMO_RT_H
#define LIBFFA_DEMO_RT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* QEMU virt: UART0 (PL011), visible to the secure and non-secure worlds. */
#define RT_UART0_BASE 0x09000000ul

/* Exit codes (semihosting SYS_EXIT): the demo's verdict. */
#define RT_EXIT_PASS 0
#define RT_EXIT_FAIL 1
#define RT_EXIT_EL   2 /* booted at an unexpected exception level */
#define RT_EXIT_TRAP 3 /* unexpected exception */

/*
 * struct rt_frame - what a vector saves before calling C: x0-x30 as they
 * were at the exception, and the syndrome. A handler changes x[] to change
 * what the interrupted code sees after eret (vectors.S restores all 31).
 */
struct rt_frame {
	uint64_t x[31];
	uint64_t esr;
	uint64_t elr;
	uint64_t spsr;
};

/* ESR_ELx.EC values the demos expect. */
#define RT_EC_HVC64    0x16u
#define RT_EC_SMC64    0x17u
#define RT_ESR_EC(esr) (((esr) >> 26) & 0x3Fu)

/* Entry points of vectors.S: one table per exception level. */
extern char rt_vectors_el1[];
extern char rt_vectors_el2[];
extern char rt_vectors_el3[];

/*
 * rt_trap_elN() - C side of the vectors of ELN, supplied by each image.
 * @kind:  0-15, the vector slot (4 * source + type; type 0 = synchronous).
 * @frame: the saved registers.
 */
void rt_trap_el1(unsigned int kind, struct rt_frame *frame);
void rt_trap_el2(unsigned int kind, struct rt_frame *frame);
void rt_trap_el3(unsigned int kind, struct rt_frame *frame);

/* A synchronous exception from a lower EL running AArch64 (slot 8). */
#define RT_KIND_LOWER_SYNC 8u

/*
 * rt_main() - the image's C entry, supplied by each image: start.S calls
 * it at the EL the image was entered at, on __stack_top, .bss cleared,
 * that EL's vectors installed. Returning is a failure (exit 1).
 */
void rt_main(void);

unsigned int rt_current_el(void);

/*
 * rt_enter_el2() / rt_enter_el1() (enter.S) - drop from EL3 to NS-EL2, or
 * from EL2 to EL1, onto __stack_el2_top / __stack_el1_top with that EL's
 * vectors, and run @entry there. Only in images whose linker script
 * defines those stacks.
 */
void rt_enter_el2(void (*entry)(void)) __attribute__((noreturn));
void rt_enter_el1(void (*entry)(void)) __attribute__((noreturn));

void rt_putc(char c);
void rt_puts(const char *s);
/* rt_puthex() - "0x" and the value in hex, no leading zeros. */
void rt_puthex(uint64_t v);
void rt_putdec(uint64_t v);

/*
 * rt_log_line() - an example_log callback: "<ctx as prefix><line>\n".
 * @ctx:  NUL-terminated prefix, or NULL.
 * @line: the line.
 */
void rt_log_line(void *ctx, const char *line);

/* rt_unexpected() - print an unexpected exception and exit RT_EXIT_TRAP. */
void rt_unexpected(const char *who, unsigned int kind,
		   const struct rt_frame *frame) __attribute__((noreturn));

/* rt_exit() - semihosting SYS_EXIT with @code (0 = pass). */
void rt_exit(unsigned int code) __attribute__((noreturn));

/*
 * rt_cmdline() - the semihosting command line (SYS_GET_CMDLINE, QEMU's
 * -semihosting-config arg=...: the arguments joined by spaces) in @buf,
 * NUL-terminated. Return: 0, or -1 when there is none or @size is 0.
 */
int rt_cmdline(char *buf, size_t size);

#endif /* LIBFFA_DEMO_RT_H */
