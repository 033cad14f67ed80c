/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * The firmware side of the Make example (tests/build/make/Makefile): an
 * entry point that builds an FFA_VERSION frame, and the four functions
 * the libffa core may import. Only linked, never run.
 */
#include "ffa/ffa.h"

void *memcpy(void *dst, const void *src, size_t n);
void *memmove(void *dst, const void *src, size_t n);
void *memset(void *dst, int c, size_t n);
int memcmp(const void *a, const void *b, size_t n);
uint64_t fw_entry(void);

void *memmove(void *dst, const void *src, size_t n)
{
	unsigned char *d = dst;
	const unsigned char *s = src;

	if (d < s) {
		while (n-- > 0u) {
			*d++ = *s++;
		}
	} else {
		while (n-- > 0u) {
			d[n] = s[n];
		}
	}
	return dst;
}

void *memcpy(void *dst, const void *src, size_t n)
{
	return memmove(dst, src, n);
}

void *memset(void *dst, int c, size_t n)
{
	unsigned char *d = dst;

	while (n-- > 0u) {
		*d++ = (unsigned char)c;
	}
	return dst;
}

int memcmp(const void *a, const void *b, size_t n)
{
	const unsigned char *x = a;
	const unsigned char *y = b;

	for (; n > 0u; n--, x++, y++) {
		if (*x != *y) {
			return *x < *y ? -1 : 1;
		}
	}
	return 0;
}

uint64_t fw_entry(void)
{
	struct libffa_msg msg;
	struct libffa_regs regs;

	libffa_msg_init(&msg, LIBFFA_ABI_VERSION, LIBFFA_MSG_ARGS, false);
	msg.args.version.version = LIBFFA_VERSION_1_2;
	if (libffa_msg_encode(&msg, LIBFFA_VERSION_1_2, &regs) != LIBFFA_OK) {
		return 0;
	}
	return regs.x[0] ^ (uint64_t)libffa_lib_version();
}
