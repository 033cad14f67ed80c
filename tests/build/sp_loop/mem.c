/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * The firmware's own mem* functions, the only symbols libffa imports
 * (stage 85 checks it), for the freestanding links of size.sh. Byte
 * loops: small, and not what is measured (only libffa's .text is).
 */
#include <stddef.h>

void *memset(void *d, int c, size_t n);
void *memcpy(void *d, const void *s, size_t n);
void *memmove(void *d, const void *s, size_t n);
int memcmp(const void *a, const void *b, size_t n);

void *memset(void *d, int c, size_t n)
{
	unsigned char *p = d;

	while (n-- != 0u) {
		*p++ = (unsigned char)c;
	}
	return d;
}

void *memcpy(void *d, const void *s, size_t n)
{
	return memmove(d, s, n);
}

void *memmove(void *d, const void *s, size_t n)
{
	unsigned char *p = d;
	const unsigned char *q = s;

	if (p < q) {
		while (n-- != 0u) {
			*p++ = *q++;
		}
	} else {
		while (n-- != 0u) {
			p[n] = q[n];
		}
	}
	return d;
}

int memcmp(const void *a, const void *b, size_t n)
{
	const unsigned char *p = a;
	const unsigned char *q = b;

	for (; n != 0u; n--, p++, q++) {
		if (*p != *q) {
			return *p < *q ? -1 : 1;
		}
	}
	return 0;
}
