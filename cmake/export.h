/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * Forced first include (-include) of every core source in the shared
 * library build, which compiles with -fvisibility=hidden: the public
 * headers are read here under default visibility, so what they declare is
 * exported and everything else (the internal libffa_*_ helpers) stays
 * hidden. Their include guards make the sources' own includes no-ops.
 */
#ifndef LIBFFA_EXPORT_H
#define LIBFFA_EXPORT_H

#pragma GCC visibility push(default)
#include "ffa/ffa.h"
#pragma GCC visibility pop

#endif /* LIBFFA_EXPORT_H */
