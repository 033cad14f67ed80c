/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * WP target (scripts/test.d/78-proof.sh): the ACSL contracts of the
 * arithmetic and byte-access helpers of src/internal.h, on which every
 * parser's bounds rest. Frama-C keeps the unit's static inline functions,
 * so including the header makes each contract a proof obligation.
 */
#include "internal.h"
