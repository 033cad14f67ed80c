/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * A replacement for ffa/env.h (LIBFFA_CFG_ENV_HEADER) as a Linux-style tree
 * needs one: such trees compile with -nostdinc and no compiler headers, so
 * <stdint.h>, <stddef.h> and <stdbool.h> do not exist. In Linux this
 * header would include <linux/types.h>, <linux/limits.h>, <linux/stddef.h>
 * and <linux/string.h>; here the compiler's predefined macros stand in for
 * them. It lists everything the core needs from its environment
 * (docs/integrate.md). Used by tests/build/make (ENV=kernel).
 */
#ifndef LIBFFA_TEST_KERNEL_ENV_H
#define LIBFFA_TEST_KERNEL_ENV_H

typedef __UINT8_TYPE__ uint8_t;
typedef __UINT16_TYPE__ uint16_t;
typedef __UINT32_TYPE__ uint32_t;
typedef __UINT64_TYPE__ uint64_t;
typedef __INT8_TYPE__ int8_t;
typedef __INT16_TYPE__ int16_t;
typedef __INT32_TYPE__ int32_t;
typedef __INT64_TYPE__ int64_t;
typedef __UINTPTR_TYPE__ uintptr_t;
typedef __SIZE_TYPE__ size_t;
typedef _Bool bool;
#define true  1
#define false 0

#define NULL		       ((void *)0)
#define offsetof(type, member) __builtin_offsetof(type, member)
#define UINT32_MAX	       __UINT32_MAX__
#define UINT64_MAX	       __UINT64_MAX__
#define SIZE_MAX	       __SIZE_MAX__
#define UINT32_C(c)	       ((uint32_t)(c##U))
#define UINT64_C(c)	       ((uint64_t)(c##ULL))

/* What ffa/env.h defines after its includes. */
#define LIBFFA_MEMCPY(d, s, n)		__builtin_memcpy((d), (s), (n))
#define LIBFFA_MEMSET(d, c, n)		__builtin_memset((d), (c), (n))
#define LIBFFA_MEMCMP(a, b, n)		__builtin_memcmp((a), (b), (n))
#define LIBFFA_MUST_CHECK		__attribute__((warn_unused_result))
#define LIBFFA_STATIC_ASSERT(cond, msg) _Static_assert(cond, msg)

#endif /* LIBFFA_TEST_KERNEL_ENV_H */
