/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * FF-A version words (DEN0077A 1.2 s13.2.1): bit 31 MBZ, bits[30:16]
 * major, bits[15:0] minor. Layer 0: version words and the facts that depend
 * on nothing else. Negotiation (layer 3) is version_policy.h,
 * version_caller.h, version_callee.h and version_proxy.h; the size of each
 * FF-A structure at a version is defined by the module that owns its
 * layout (mem.h, partition.h, indirect.h).
 */
#ifndef LIBFFA_VERSION_H
#define LIBFFA_VERSION_H

#include "ffa/env.h"

LIBFFA_BEGIN_DECLS

/** An FF-A version word as carried in w0/w1 of FFA_VERSION. */
typedef uint32_t libffa_version_t;

#define LIBFFA_VERSION(major, minor)                                \
	((libffa_version_t)((((uint32_t)(major)) & 0x7FFFu) << 16 | \
			    (((uint32_t)(minor)) & 0xFFFFu)))
#define LIBFFA_VERSION_1_0 LIBFFA_VERSION(1, 0)
#define LIBFFA_VERSION_1_1 LIBFFA_VERSION(1, 1)
#define LIBFFA_VERSION_1_2 LIBFFA_VERSION(1, 2)
#define LIBFFA_VERSION_1_3 LIBFFA_VERSION(1, 3)

/** Oldest and newest versions whose layouts libffa knows. */
#define LIBFFA_VERSION_MIN LIBFFA_VERSION_1_0
#define LIBFFA_VERSION_MAX LIBFFA_VERSION_1_3

/* Bit 31 of a version word must be zero (DEN0077A 1.2 s13.2.1). */
#define LIBFFA_VERSION_MBZ UINT32_C(0x80000000)

/*
 * The v1.3 FFA_VERSION flags in w2 (DEN0077A 1.3 s13.2 as the arm-ffa crate
 * encodes it, docs/fact-check.md s9): bits[1:0] query type, 0b11 undefined.
 */
#define LIBFFA_VERSION_FLAGS_QUERY UINT32_C(0x00000003)
/* w2 bits[31:2]: must be zero (v1.3). */
#define LIBFFA_VERSION_FLAGS_MBZ UINT32_C(0xFFFFFFFC)

/**
 * enum libffa_version_query - w2 bits[1:0] of FFA_VERSION (v1.3).
 * @LIBFFA_VERSION_QUERY_NEGOTIATE:  negotiate (the only meaning before 1.3).
 * @LIBFFA_VERSION_QUERY_COMPATIBLE: ask whether w1 is compatible; no state
 *                                   changes.
 * @LIBFFA_VERSION_QUERY_NEGOTIATED: ask for the version already negotiated.
 */
enum libffa_version_query {
	LIBFFA_VERSION_QUERY_NEGOTIATE = 0,
	LIBFFA_VERSION_QUERY_COMPATIBLE = 1,
	LIBFFA_VERSION_QUERY_NEGOTIATED = 2
};

/** libffa_version_major() - bits[30:16]. */
static inline uint32_t libffa_version_major(libffa_version_t v)
{
	return (v >> 16) & 0x7FFFu;
}

/** libffa_version_minor() - bits[15:0]. */
static inline uint32_t libffa_version_minor(libffa_version_t v)
{
	return v & 0xFFFFu;
}

/**
 * libffa_version_is_wellformed() - bit 31 clear.
 * @v: a version word from the wire.
 */
static inline bool libffa_version_is_wellformed(libffa_version_t v)
{
	return (v & LIBFFA_VERSION_MBZ) == 0u;
}

/**
 * libffa_version_is_known() - a version whose layouts libffa implements.
 * @v: a version word.
 *
 * Return: true for 1.0 to 1.3.
 */
static inline bool libffa_version_is_known(libffa_version_t v)
{
	return v >= LIBFFA_VERSION_MIN && v <= LIBFFA_VERSION_MAX;
}

/**
 * libffa_version_compatible() - may a caller at @caller use a callee at
 * @callee?
 * @caller: the version the caller implements.
 * @callee: the version the callee implements.
 *
 * DEN0077A 1.2 s13.2.1: compatible when the majors match and the caller's
 * minor is not greater than the callee's. Malformed words (bit 31 set) are
 * never compatible.
 */
static inline bool libffa_version_compatible(libffa_version_t caller,
					     libffa_version_t callee)
{
	return libffa_version_is_wellformed(caller) &&
	       libffa_version_is_wellformed(callee) &&
	       libffa_version_major(caller) == libffa_version_major(callee) &&
	       libffa_version_minor(caller) <= libffa_version_minor(callee);
}

/*
 * w0 of an FFA_VERSION answer that is not a version: NOT_SUPPORTED, or,
 * for a malformed v1.3 query, SMCCC INVALID_PARAMETER (DEN0077A 1.3 s13.2;
 * docs/fact-check.md s9).
 */
#define LIBFFA_VERSION_RET_NOT_SUPPORTED     UINT32_C(0xFFFFFFFF)
#define LIBFFA_VERSION_RET_INVALID_PARAMETER UINT32_C(0xFFFFFFFD)

/**
 * libffa_version_uses_x8_x17() - do SMC64 frames extend to x8-x17?
 * @v: negotiated version.
 *
 * FF-A 1.2 requires SMCCC 1.2, which widened SMC64 arguments and results to
 * x0-x17 (DEN0077A 1.2 s11.2, DEN0028 1.2 s2.6).
 */
static inline bool libffa_version_uses_x8_x17(libffa_version_t v)
{
	return v >= LIBFFA_VERSION_1_2;
}

LIBFFA_END_DECLS

#endif /* LIBFFA_VERSION_H */
