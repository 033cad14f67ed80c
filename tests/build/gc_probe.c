/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * A firmware-shaped consumer for profile.sh's --gc-sections link: it uses
 * two functions of the core, so the linked image must keep exactly what
 * they reach. profile.sh checks that a sibling function of the same object
 * (smccc.o: libffa_smccc_first_clobbered) and an unused module (mem_parse)
 * were dropped, which needs the core's -ffunction-sections.
 */
#include "ffa/smccc.h"
#include "ffa/version_callee.h"

void *memcpy(void *dst, const void *src, size_t n);
void *memmove(void *dst, const void *src, size_t n);
void *memset(void *dst, int c, size_t n);
int memcmp(const void *a, const void *b, size_t n);
int gc_probe_entry(struct libffa_regs *regs);

/* The mem* the core may import (profile.sh), as a firmware supplies them. */
void *memcpy(void *dst, const void *src, size_t n)
{
	unsigned char *d = dst;
	const unsigned char *s = src;

	while (n-- != 0u) {
		*d++ = *s++;
	}
	return dst;
}

void *memmove(void *dst, const void *src, size_t n)
{
	unsigned char *d = dst;
	const unsigned char *s = src;

	if (d < s) {
		return memcpy(dst, src, n);
	}
	while (n-- != 0u) {
		d[n] = s[n];
	}
	return dst;
}

void *memset(void *dst, int c, size_t n)
{
	unsigned char *d = dst;

	while (n-- != 0u) {
		*d++ = (unsigned char)c;
	}
	return dst;
}

int memcmp(const void *a, const void *b, size_t n)
{
	const unsigned char *x = a;
	const unsigned char *y = b;

	for (; n != 0u; n--, x++, y++) {
		if (*x != *y) {
			return *x < *y ? -1 : 1;
		}
	}
	return 0;
}

int gc_probe_entry(struct libffa_regs *regs)
{
	static const struct libffa_version_policy policy;
	struct libffa_version_callee callee;
	struct libffa_version_endpoint ep;

	libffa_smccc_version_call(regs);
	if (libffa_version_callee_init(&callee, LIBFFA_VERSION_1_2, &policy) !=
	    LIBFFA_OK) {
		return -1;
	}
	libffa_version_endpoint_init(&callee, &ep);
	return (int)libffa_version_callee_handle(&callee, &ep, regs, regs);
}
