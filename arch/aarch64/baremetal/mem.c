/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * memcpy, memmove, memset and memcmp for the bare-metal images (the four
 * functions the libffa core may import), shared by examples/{qemu,tfa,linux}
 * and tests/qemu. Built with -fno-builtin and without loop-to-call
 * rewriting (-fno-tree-loop-distribute-patterns), so the byte loops below
 * cannot turn back into calls to themselves.
 */
#include <stddef.h>

/* The only symbols the libffa core imports. */
void *memcpy(void *dst, const void *src, size_t n);
void *memmove(void *dst, const void *src, size_t n);
void *memset(void *dst, int c, size_t n);
int memcmp(const void *a, const void *b, size_t n);

void *memcpy(void *dst, const void *src, size_t n)
{
	return memmove(dst, src, n);
}

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
	const unsigned char *p = a;
	const unsigned char *q = b;

	for (; n > 0u; n--, p++, q++) {
		if (*p != *q) {
			return *p < *q ? -1 : 1;
		}
	}
	return 0;
}
