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

/*
 * One semihosting call (HLT #0xF000, "Semihosting for AArch32 and
 * AArch64", Arm IHI 0056): operation @op, parameter block @block.
 */
static uint64_t semihost(uint64_t op, volatile uint64_t *block)
{
	register uint64_t x0 __asm__("x0") = op;
	register volatile uint64_t *x1 __asm__("x1") = block;

	__asm__ volatile("hlt #0xf000" : "+r"(x0) : "r"(x1) : "memory");
	return x0;
}

#define SYS_GET_CMDLINE 0x15u
#define SYS_EXIT	0x18u

int rt_cmdline(char *buf, size_t size)
{
	volatile uint64_t block[2];

	if (size == 0u) {
		return -1;
	}
	block[0] = (uint64_t)(uintptr_t)buf;
	block[1] = size;
	if (semihost(SYS_GET_CMDLINE, block) != 0u) {
		return -1;
	}
	buf[block[1] < size ? block[1] : size - 1u] = '\0';
	return 0;
}

void rt_exit(unsigned int code)
{
	/* SYS_EXIT with ADP_Stopped_ApplicationExit and the status. */
	static volatile uint64_t block[2];

	block[0] = 0x20026u;
	block[1] = code;
	(void)semihost(SYS_EXIT, block);
	for (;;) {
		__asm__ volatile("wfi");
	}
}
