/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * Private helpers shared by the core: little-endian access to byte buffers,
 * overflow-checked arithmetic, bit-field masks. Internal names end in '_'.
 */
#ifndef LIBFFA_INTERNAL_H
#define LIBFFA_INTERNAL_H

#include "ffa/env.h"

#define LIBFFA_ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))

/*
 * Frame control for the worst-case stack: a cold path kept out of its
 * caller's frame, and a dispatcher folded into each caller so that the
 * paths it chooses between sit side by side instead of nested.
 */
#if defined(__GNUC__) || defined(__clang__)
#define LIBFFA_NOINLINE_ __attribute__((noinline))
#define LIBFFA_INLINE_	 inline __attribute__((always_inline))
#else
#define LIBFFA_NOINLINE_
#define LIBFFA_INLINE_ inline
#endif

/* A mask of @width bits starting at bit @lo (width 1..64, lo + width <= 64). */
/*@ requires 1 <= width <= 64 && lo + width <= 64;
    assigns \nothing;
 */
static inline uint64_t libffa_mask64_(unsigned int lo, unsigned int width)
{
	uint64_t ones =
		width >= 64u ? ~UINT64_C(0) : ((UINT64_C(1) << width) - 1u);

	return ones << lo;
}

/*
 * Little-endian loads and stores: never cast a peer buffer to a struct.
 * Their contracts (tests/proof, docs/assurance.md) state memory safety only:
 * a functional shift-and-or postcondition is beyond the provers here.
 */
/*@ requires \valid_read(p + (0 .. 1));
    assigns \nothing;
 */
static inline uint16_t libffa_le16_load_(const uint8_t *p)
{
	return (uint16_t)((uint32_t)p[0] | ((uint32_t)p[1] << 8));
}

/*@ requires \valid_read(p + (0 .. 3));
    assigns \nothing;
 */
static inline uint32_t libffa_le32_load_(const uint8_t *p)
{
	return (uint32_t)p[0] | ((uint32_t)p[1] << 8) | ((uint32_t)p[2] << 16) |
	       ((uint32_t)p[3] << 24);
}

/*@ requires \valid_read(p + (0 .. 7));
    assigns \nothing;
 */
static inline uint64_t libffa_le64_load_(const uint8_t *p)
{
	return (uint64_t)libffa_le32_load_(p) |
	       ((uint64_t)libffa_le32_load_(p + 4) << 32);
}

/*@ requires \valid(p + (0 .. 1));
    assigns p[0 .. 1];
 */
static inline void libffa_le16_store_(uint8_t *p, uint16_t v)
{
	p[0] = (uint8_t)v;
	p[1] = (uint8_t)(v >> 8);
}

/*@ requires \valid(p + (0 .. 3));
    assigns p[0 .. 3];
 */
static inline void libffa_le32_store_(uint8_t *p, uint32_t v)
{
	p[0] = (uint8_t)v;
	p[1] = (uint8_t)(v >> 8);
	p[2] = (uint8_t)(v >> 16);
	p[3] = (uint8_t)(v >> 24);
}

/*@ requires \valid(p + (0 .. 7));
    assigns p[0 .. 7];
 */
static inline void libffa_le64_store_(uint8_t *p, uint64_t v)
{
	libffa_le32_store_(p, (uint32_t)v);
	libffa_le32_store_(p + 4, (uint32_t)(v >> 32));
}

/* Overflow-checked arithmetic on untrusted sizes: false on overflow. */
/*@ requires \valid(sum);
    assigns *sum;
    behavior fits:
      assumes a + b <= SIZE_MAX;
      ensures \result != 0 && *sum == a + b;
    behavior overflows:
      assumes a + b > SIZE_MAX;
      assigns \nothing;
      ensures \result == 0;
    complete behaviors;
    disjoint behaviors;
 */
static inline bool libffa_add_size_(size_t a, size_t b, size_t *sum)
{
	if (a > SIZE_MAX - b) {
		return false;
	}
	*sum = a + b;
	return true;
}

/*@ requires \valid(product);
    assigns *product;
    behavior fits:
      assumes a * b <= SIZE_MAX;
      ensures \result != 0 && *product == a * b;
    behavior overflows:
      assumes a * b > SIZE_MAX;
      assigns \nothing;
      ensures \result == 0;
    complete behaviors;
    disjoint behaviors;
 */
static inline bool libffa_mul_size_(size_t a, size_t b, size_t *product)
{
	if (a != 0u && b > SIZE_MAX / a) {
		return false;
	}
	*product = a * b;
	return true;
}

/*
 * End of an array of @count items of @stride bytes at @offset, in 64 bits
 * whatever the width of size_t: all three are u32 wire fields, so the
 * result is at most 2^64 - 2^32 and never wraps. Parsers compare it with
 * the buffer size, so the same bytes get the same verdict on every host.
 */
/*@ assigns \nothing;
    ensures \result == offset + count * stride;
 */
static inline uint64_t libffa_span_end_(uint32_t offset, uint32_t count,
					uint32_t stride)
{
	return (uint64_t)offset + (uint64_t)count * stride;
}

/*
 * Index of the first non-zero byte of @p[0 .. @n-1], or @n when all are
 * zero: every parser's test of a reserved (MBZ) span, the index locating
 * the fault.
 */
/*@ requires \valid_read(p + (0 .. n - 1));
    assigns \nothing;
    ensures \result <= n;
    ensures \forall integer k; 0 <= k < \result ==> p[k] == 0;
    ensures \result < n ==> p[\result] != 0;
 */
static inline size_t libffa_first_nonzero_(const uint8_t *p, size_t n)
{
	size_t i;

	/*@ loop invariant 0 <= i <= n;
	    loop invariant \forall integer k; 0 <= k < i ==> p[k] == 0;
	    loop assigns i;
	    loop variant n - i;
	 */
	for (i = 0; i < n; i++) {
		if (p[i] != 0u) {
			break;
		}
	}
	return i;
}

/* Case-insensitive ASCII string equality (no libc in the core). */
bool libffa_streq_nocase_(const char *a, const char *b);

#endif /* LIBFFA_INTERNAL_H */
