/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * FF-A version numbers (DEN0077A 1.2 s13.2.1): bit 31 MBZ, bits[30:16]
 * major, bits[15:0] minor.
 */
#ifndef LIBFFA_VERSION_H
#define LIBFFA_VERSION_H

#include "ffa/env.h"

LIBFFA_BEGIN_DECLS

/** An FF-A version word as carried in w0/w1 of FFA_VERSION. */
typedef uint32_t libffa_version_t;

#define LIBFFA_VERSION(major, minor)                                       \
	((libffa_version_t)((((uint32_t)(major)) & 0x7FFFu) << 16 |        \
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
 * Structure geometry per negotiated version, used by every module that
 * builds or parses an FF-A structure. FF-A 1.1 broke 1.0's layouts
 * (../shared/ffa-facts.md s8 item 4), and 1.2 widened the EMAD and the
 * indirect message header.
 */

/**
 * libffa_version_mem_header_size() - memory transaction descriptor header.
 * @v: negotiated version.
 *
 * Return: 32 bytes in v1.0 (DEN0077A 1.0 Table 5.19), 48 from v1.1
 * (DEN0077A 1.1 Table 10.20), where the header names the EMAD offset.
 */
static inline uint32_t libffa_version_mem_header_size(libffa_version_t v)
{
	return v >= LIBFFA_VERSION_1_1 ? 48u : 32u;
}

/**
 * libffa_version_emad_size() - endpoint memory access descriptor size.
 * @v: negotiated version.
 *
 * Return: 16 bytes up to v1.1, 32 from v1.2 (implementation-defined field,
 * DEN0140 1.2 Table 4.x).
 */
static inline uint32_t libffa_version_emad_size(libffa_version_t v)
{
	return v >= LIBFFA_VERSION_1_2 ? 32u : 16u;
}

/**
 * libffa_version_partinfo_size() - partition information descriptor size.
 * @v: negotiated version.
 *
 * Return: 8 bytes in v1.0, 24 in v1.1 and v1.2, 48 from v1.3.
 */
static inline uint32_t libffa_version_partinfo_size(libffa_version_t v)
{
	if (v >= LIBFFA_VERSION_1_3) {
		return 48u;
	}
	return v >= LIBFFA_VERSION_1_1 ? 24u : 8u;
}

/**
 * libffa_version_indirect_header_size() - FFA_MSG_SEND2 header size.
 * @v: negotiated version.
 *
 * Return: 0 in v1.0 (FFA_MSG_SEND had no header), 20 in v1.1, 40 from v1.2.
 */
static inline uint32_t libffa_version_indirect_header_size(libffa_version_t v)
{
	if (v >= LIBFFA_VERSION_1_2) {
		return 40u;
	}
	return v >= LIBFFA_VERSION_1_1 ? 20u : 0u;
}

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
