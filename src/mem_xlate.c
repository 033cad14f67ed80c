/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * Translation of memory transaction descriptors between the v1.0 layout
 * (DEN0077A 1.0 Table 5.19, 16-byte EMAD) and the v1.1+ layouts (DEN0077A
 * 1.1 Table 10.20; 32-byte EMAD from DEN0140 1.2 s4), for proxies and SPMCs
 * serving callers of different versions. Lossless or refused.
 */
#include "ffa/mem.h"

#include "internal.h"
#include "mem_wire.h"

static bool overlaps(const void *a, size_t an, const void *b, size_t bn)
{
	uintptr_t pa = (uintptr_t)a;
	uintptr_t pb = (uintptr_t)b;

	return pa < pb + bn && pb < pa + an;
}

libffa_status_t libffa_mem_xlate(const void *src, size_t src_size,
				 libffa_version_t from, enum libffa_mem_op op,
				 void *dst, size_t capacity,
				 libffa_version_t to, size_t *size,
				 struct libffa_mem_view *view,
				 struct libffa_mem_fault *fault)
{
	struct libffa_mem_layout_ layout;
	libffa_status_t st;

	if (src == NULL || dst == NULL || size == NULL || view == NULL ||
	    overlaps(src, src_size, dst, capacity) ||
	    overlaps(view, sizeof(*view), src, src_size) ||
	    overlaps(view, sizeof(*view), dst, capacity)) {
		return LIBFFA_E_INVAL;
	}
	if (!libffa_version_is_known(to)) {
		return LIBFFA_E_VERSION;
	}
	st = libffa_mem_parse(src, src_size, from, op, 0u, view, fault);
	if (st != LIBFFA_OK) {
		return st;
	}
	/* The parse already refused attribute bits 15:7 (MBZ in every
	 * version); of the v1.1 additions only the NS bit can reach here. */
	if (to < LIBFFA_VERSION_1_1 &&
	    (view->attributes & LIBFFA_MEM_ATTR_NS) != 0u) {
		return LIBFFA_E_VERSION; /* bit 6 is reserved in v1.0 */
	}
	st = libffa_mem_layout_(to, view->receiver_count,
				view->constituent_count, &layout);
	if (st != LIBFFA_OK) {
		return st;
	}
	*size = layout.total_size;
	if (capacity < layout.total_size) {
		return LIBFFA_E_NOSPACE;
	}
	/*
	 * Geometry comes from the view; payload fields are read from @src
	 * once more while writing. If @src is shared and changed meanwhile,
	 * the output stays inside @dst but may break a rule the first parse
	 * checked: so the output itself, in the caller's private @dst, is
	 * what gets validated before OK (issue 12, single fetch).
	 */
	st = libffa_mem_write_view_(dst, to, view, &layout);
	if (st != LIBFFA_OK) {
		return st;
	}
	return libffa_mem_parse(dst, layout.total_size, to, op, 0u, view,
				fault);
}
