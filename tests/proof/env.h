/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * Analysis-only environment (LIBFFA_CFG_ENV_HEADER, include/ffa/env.h) for
 * Frama-C: the compiler builtins have no ACSL specification, so mem* map
 * to Frama-C's own specified libc (its <string.h>). Never used to build.
 */
#ifndef LIBFFA_PROOF_ENV_H
#define LIBFFA_PROOF_ENV_H

#ifndef __FRAMAC__
#error "tests/proof/env.h is for Frama-C analyses only"
#endif

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <string.h>

#define LIBFFA_MEMCPY(d, s, n) memcpy((d), (s), (n))
#define LIBFFA_MEMSET(d, c, n) memset((d), (c), (n))
#define LIBFFA_MEMCMP(a, b, n) memcmp((a), (b), (n))
#define LIBFFA_MUST_CHECK
/* Every compiler build checks the library's static assertions; Frama-C 25
 * cannot fold some of them (a cast of a negative constant, in the codec's
 * signedness test), so during analysis they are not re-checked. */
#define LIBFFA_STATIC_ASSERT(cond, msg) _Static_assert(1, msg)

#endif /* LIBFFA_PROOF_ENV_H */
