/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * The shared bare-metal runtime (rt.h): PL011 output, semihosting exit and
 * the report of an unexpected exception. mem* are in mem.c.
 */
#include "rt.h"

#define PL011_DR   0x000u
#define PL011_FR   0x018u
#define PL011_TXFF (1u << 5)

static volatile uint32_t *uart_reg(uint32_t off)
{
	return (volatile uint32_t *)(RT_UART0_BASE + off);
}

unsigned int rt_current_el(void)
{
	uint64_t el;

	__asm__ volatile("mrs %0, CurrentEL" : "=r"(el));
	return (unsigned int)((el >> 2) & 3u);
}

void rt_putc(char c)
{
	if (c == '\n') {
		rt_putc('\r');
	}
	while ((*uart_reg(PL011_FR) & PL011_TXFF) != 0u) {
	}
	*uart_reg(PL011_DR) = (uint32_t)(unsigned char)c;
}

void rt_puts(const char *s)
{
	while (*s != '\0') {
		rt_putc(*s++);
	}
}

void rt_puthex(uint64_t v)
{
	int shift = 60;

	rt_puts("0x");
	while (shift > 0 && ((v >> shift) & 0xFu) == 0u) {
		shift -= 4;
	}
	for (; shift >= 0; shift -= 4) {
		rt_putc("0123456789abcdef"[(v >> shift) & 0xFu]);
	}
}

void rt_putdec(uint64_t v)
{
	char buf[21];
	unsigned int n = 0;

	do {
		buf[n++] = (char)('0' + v % 10u);
		v /= 10u;
	} while (v != 0u);
	while (n > 0u) {
		rt_putc(buf[--n]);
	}
}

void rt_log_line(void *ctx, const char *line)
{
	if (ctx != NULL) {
		rt_puts((const char *)ctx);
	}
	rt_puts(line);
	rt_putc('\n');
}

void rt_unexpected(const char *who, unsigned int kind,
		   const struct rt_frame *frame)
{
	rt_puts("\n");
	rt_puts(who);
	rt_puts(": unexpected exception, slot ");
	rt_putdec(kind);
	rt_puts(" esr ");
	rt_puthex(frame->esr);
	rt_puts(" elr ");
	rt_puthex(frame->elr);
	rt_puts(" x0 ");
	rt_puthex(frame->x[0]);
	rt_puts("\nFAIL: unexpected exception\n");
	rt_exit(RT_EXIT_TRAP);
}

void rt_exit(unsigned int code)
{
	/* SYS_EXIT (0x18) with ADP_Stopped_ApplicationExit and the status. */
	static volatile uint64_t block[2];
	register uint64_t x0 __asm__("x0") = 0x18u;
	register volatile uint64_t *x1 __asm__("x1") = block;

	block[0] = 0x20026u;
	block[1] = code;
	__asm__ volatile("hlt #0xf000" : : "r"(x0), "r"(x1) : "memory");
	for (;;) {
		__asm__ volatile("wfi");
	}
}
