/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * The image's C runtime: PL011 output on QEMU virt's UART0, the
 * semihosting command line and a fatal-exception report. memcpy, memmove,
 * memset and memcmp come from the shared bare-metal runtime
 * (arch/aarch64/baremetal/mem.c).
 */
#include <stddef.h>
#include <stdint.h>

#include "harness.h"

#define UART0_DR	((volatile uint32_t *)0x09000000u) /* QEMU virt PL011 */
#define SYS_GET_CMDLINE 0x15u

void io_puts(const char *s)
{
	for (; *s != '\0'; s++) {
		if (*s == '\n') {
			*UART0_DR = '\r';
		}
		*UART0_DR = (uint32_t)(unsigned char)*s;
	}
}

void io_hex(uint64_t v)
{
	char buf[19];
	unsigned int i;

	buf[0] = '0';
	buf[1] = 'x';
	for (i = 0; i < 16u; i++) {
		unsigned int nib = (unsigned int)(v >> (60u - 4u * i)) & 0xFu;

		buf[2u + i] = (char)(nib < 10u ? '0' + nib : 'a' + nib - 10u);
	}
	buf[18] = '\0';
	io_puts(buf);
}

void io_dec(uint64_t v)
{
	char buf[21];
	unsigned int i = sizeof(buf) - 1u;

	buf[i] = '\0';
	do {
		buf[--i] = (char)('0' + (v % 10u));
		v /= 10u;
	} while (v != 0u && i != 0u);
	io_puts(&buf[i]);
}

int io_cmdline(char *buf, uint64_t size)
{
	uint64_t block[2];

	block[0] = (uint64_t)(uintptr_t)buf;
	block[1] = size;
	if (size == 0u ||
	    semihost_call(SYS_GET_CMDLINE, (uint64_t)(uintptr_t)block) != 0u) {
		return -1;
	}
	buf[block[1] < size ? block[1] : size - 1u] = '\0';
	return 0;
}

void fatal_exception(uint64_t el, uint64_t kind, uint64_t esr, uint64_t elr)
{
	io_puts("FATAL: unexpected exception at EL");
	io_dec(el);
	io_puts(" vector ");
	io_dec(kind);
	io_puts(" ESR ");
	io_hex(esr);
	io_puts(" ELR ");
	io_hex(elr);
	io_puts("\n");
	semihost_exit(HARNESS_EXIT_FATAL);
}
