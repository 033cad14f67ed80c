/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * The portability shim: the only place libffa pulls in toolchain headers.
 * A host may replace it wholesale by defining LIBFFA_CFG_ENV_HEADER, or by
 * including its own header first under the same guard (libfdt_env.h style).
 */
#ifndef LIBFFA_ENV_H
#define LIBFFA_ENV_H

#ifdef LIBFFA_CFG_ENV_HEADER
#include LIBFFA_CFG_ENV_HEADER
#else

/* The C11 freestanding set only: no libc header is ever included. */
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#if defined(__GNUC__) || defined(__clang__)
/*
 * Builtins inline small fixed-size copies even under -fno-builtin; larger
 * ones become calls to memcpy/memset/memcmp, the only symbols libffa may
 * import (README: freestanding core).
 */
#define LIBFFA_MEMCPY(d, s, n) __builtin_memcpy((d), (s), (n))
#define LIBFFA_MEMSET(d, c, n) __builtin_memset((d), (c), (n))
#define LIBFFA_MEMCMP(a, b, n) __builtin_memcmp((a), (b), (n))
#define LIBFFA_MUST_CHECK      __attribute__((warn_unused_result))
#else
void *memcpy(void *dst, const void *src, size_t n);
void *memset(void *dst, int c, size_t n);
int memcmp(const void *a, const void *b, size_t n);
#define LIBFFA_MEMCPY(d, s, n) memcpy((d), (s), (n))
#define LIBFFA_MEMSET(d, c, n) memset((d), (c), (n))
#define LIBFFA_MEMCMP(a, b, n) memcmp((a), (b), (n))
#define LIBFFA_MUST_CHECK
#endif

#ifdef __cplusplus
#define LIBFFA_STATIC_ASSERT(cond, msg) static_assert(cond, msg)
#else
#define LIBFFA_STATIC_ASSERT(cond, msg) _Static_assert(cond, msg)
#endif

#endif /* LIBFFA_CFG_ENV_HEADER */

#ifdef __cplusplus
#define LIBFFA_BEGIN_DECLS extern "C" {
#define LIBFFA_END_DECLS   }
#else
#define LIBFFA_BEGIN_DECLS
#define LIBFFA_END_DECLS
#endif

#endif /* LIBFFA_ENV_H */
