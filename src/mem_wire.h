/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * Private wire geometry of the memory management descriptors, and the
 * internal writers shared by mem_build.c and mem_xlate.c.
 *
 * Tables: DEN0077A 1.0 Table 5.19 (v1.0 memory transaction descriptor),
 * DEN0077A 1.1 Table 10.20 (v1.1 header with EMAD size and offset),
 * DEN0077A 1.0 Table 5.15 / DEN0140 1.2 s4 (endpoint memory access
 * descriptor, 32 bytes from 1.2), DEN0077A 1.1 Table 10.13 (composite),
 * Table 10.14 (constituent), DEN0077A 1.1 Table 16.25 (relinquish).
 * Offsets cross-checked against Linux's include/linux/arm_ffa.h, TF-A's
 * EL3 SPMC and the arm-ffa crate.
 */
#ifndef LIBFFA_MEM_WIRE_H
#define LIBFFA_MEM_WIRE_H

#include "ffa/env.h"
#include "ffa/mem.h"

/* ---- Memory transaction descriptor header, all versions ---------------- */
/* Offset 0, size 2: sender endpoint ID (all versions). */
#define LIBFFA_WIRE_MEM_TRANS_SENDER_OFF 0u
/* Offset 2: attributes, u8 in v1.0 (byte 3 reserved), u16 from v1.1. */
#define LIBFFA_WIRE_MEM_TRANS_ATTR_OFF	     2u
#define LIBFFA_WIRE_MEM_TRANS_RESV3_OFF_V1_0 3u
/* Offset 4, size 4: transaction flags. */
#define LIBFFA_WIRE_MEM_TRANS_FLAGS_OFF 4u
/* Offset 8, size 8: handle. */
#define LIBFFA_WIRE_MEM_TRANS_HANDLE_OFF 8u
/* Offset 16, size 8: tag (implementation defined). */
#define LIBFFA_WIRE_MEM_TRANS_TAG_OFF 16u
/* Offset 24, size 4: reserved in v1.0, EMAD size from v1.1. */
#define LIBFFA_WIRE_MEM_TRANS_RESV24_OFF_V1_0	 24u
#define LIBFFA_WIRE_MEM_TRANS_EMAD_SIZE_OFF_V1_1 24u
/* Offset 28, size 4: EMAD count (same place in every version). */
#define LIBFFA_WIRE_MEM_TRANS_EMAD_COUNT_OFF 28u
/* Offset 32, size 4: EMAD array offset (v1.1+). */
#define LIBFFA_WIRE_MEM_TRANS_EMAD_OFFSET_OFF_V1_1 32u
/* Offset 36, size 12: reserved (v1.1+). */
#define LIBFFA_WIRE_MEM_TRANS_RESV36_OFF_V1_1  36u
#define LIBFFA_WIRE_MEM_TRANS_RESV36_SIZE_V1_1 12u
#define LIBFFA_WIRE_MEM_TRANS_SIZE_V1_0	       32u
#define LIBFFA_WIRE_MEM_TRANS_SIZE_V1_1	       48u
/* The EMAD array must be 16-byte aligned (v1.1+, arm-ffa check). */
#define LIBFFA_WIRE_MEM_EMAD_ALIGN 16u

LIBFFA_STATIC_ASSERT(LIBFFA_WIRE_MEM_TRANS_EMAD_COUNT_OFF + 4u ==
			     LIBFFA_WIRE_MEM_TRANS_SIZE_V1_0,
		     "v1.0 header ends after the EMAD count (Table 5.19)");
LIBFFA_STATIC_ASSERT(LIBFFA_WIRE_MEM_TRANS_RESV36_OFF_V1_1 +
				     LIBFFA_WIRE_MEM_TRANS_RESV36_SIZE_V1_1 ==
			     LIBFFA_WIRE_MEM_TRANS_SIZE_V1_1,
		     "v1.1 header is 48 bytes (Table 10.20)");
LIBFFA_STATIC_ASSERT(LIBFFA_WIRE_MEM_TRANS_SIZE_V1_1 %
				     LIBFFA_WIRE_MEM_EMAD_ALIGN ==
			     0u,
		     "the default EMAD offset is aligned");

/* ---- Endpoint memory access descriptor (EMAD) -------------------------- */
/* Offset 0, size 2: receiver endpoint ID. */
#define LIBFFA_WIRE_EMAD_ENDPOINT_OFF 0u
/* Offset 2, size 1: memory access permissions. */
#define LIBFFA_WIRE_EMAD_PERM_OFF 2u
/* Offset 3, size 1: flags. */
#define LIBFFA_WIRE_EMAD_FLAGS_OFF 3u
/* Offset 4, size 4: composite descriptor offset (0 = none). */
#define LIBFFA_WIRE_EMAD_COMPOSITE_OFF 4u
/* Offset 8, size 8: reserved (v1.0/v1.1). */
#define LIBFFA_WIRE_EMAD_RESV8_OFF_V1_0 8u
/* Offset 8, size 16: implementation defined (v1.2+). */
#define LIBFFA_WIRE_EMAD_IMPDEF_OFF_V1_2 8u
/* Offset 24, size 8: reserved (v1.2+). */
#define LIBFFA_WIRE_EMAD_RESV24_OFF_V1_2 24u
#define LIBFFA_WIRE_EMAD_SIZE_V1_0	 16u
#define LIBFFA_WIRE_EMAD_SIZE_V1_2	 32u
/* The largest EMAD any known version defines (v1.2 and v1.3). */
#define LIBFFA_WIRE_EMAD_SIZE_MAX LIBFFA_WIRE_EMAD_SIZE_V1_2
/* Sizes are multiples of the 16-byte alignment: between the two EMADs
 * there is no other, so an EMAD size above a version's is exactly MAX. */
LIBFFA_STATIC_ASSERT(LIBFFA_WIRE_EMAD_SIZE_MAX ==
			     LIBFFA_WIRE_EMAD_SIZE_V1_0 +
				     LIBFFA_WIRE_MEM_EMAD_ALIGN,
		     "EMAD sizes are 16 and 32");

LIBFFA_STATIC_ASSERT(LIBFFA_WIRE_EMAD_RESV8_OFF_V1_0 + 8u ==
			     LIBFFA_WIRE_EMAD_SIZE_V1_0,
		     "v1.0 EMAD is 16 bytes");
LIBFFA_STATIC_ASSERT(LIBFFA_WIRE_EMAD_RESV24_OFF_V1_2 + 8u ==
			     LIBFFA_WIRE_EMAD_SIZE_V1_2,
		     "v1.2 EMAD is 32 bytes");

/* ---- Composite memory region descriptor (identical in all versions) ---- */
/* Offset 0, size 4: total page count. */
#define LIBFFA_WIRE_COMPOSITE_PAGES_OFF 0u
/* Offset 4, size 4: address range (constituent) count. */
#define LIBFFA_WIRE_COMPOSITE_COUNT_OFF 4u
/* Offset 8, size 8: reserved. */
#define LIBFFA_WIRE_COMPOSITE_RESV8_OFF 8u
#define LIBFFA_WIRE_COMPOSITE_SIZE	16u
/* Composite alignment: 8 bytes (arm-ffa rounds up to 8; every known
 * producer places it at a multiple of 16). */
#define LIBFFA_WIRE_COMPOSITE_ALIGN 8u

/* ---- Constituent memory region descriptor ------------------------------ */
/* Offset 0, size 8: base address (4 KiB aligned). */
#define LIBFFA_WIRE_CONSTITUENT_ADDRESS_OFF 0u
/* Offset 8, size 4: page count. */
#define LIBFFA_WIRE_CONSTITUENT_PAGES_OFF 8u
/* Offset 12, size 4: reserved. */
#define LIBFFA_WIRE_CONSTITUENT_RESV12_OFF 12u
#define LIBFFA_WIRE_CONSTITUENT_SIZE	   16u

LIBFFA_STATIC_ASSERT(LIBFFA_WIRE_CONSTITUENT_RESV12_OFF + 4u ==
			     LIBFFA_WIRE_CONSTITUENT_SIZE,
		     "constituent is 16 bytes (Table 10.14)");
LIBFFA_STATIC_ASSERT(LIBFFA_WIRE_COMPOSITE_RESV8_OFF + 8u ==
			     LIBFFA_WIRE_COMPOSITE_SIZE,
		     "composite header is 16 bytes (Table 10.13)");

/* ---- Relinquish descriptor (all versions) ------------------------------ */
#define LIBFFA_WIRE_RELINQUISH_HANDLE_OFF    0u
#define LIBFFA_WIRE_RELINQUISH_FLAGS_OFF     8u
#define LIBFFA_WIRE_RELINQUISH_COUNT_OFF     12u
#define LIBFFA_WIRE_RELINQUISH_ENDPOINTS_OFF 16u

/* ---- Sizes per version (mem_size.c gives them to other modules) ------- */

/* The header size: DEN0077A 1.0 Table 5.19, DEN0077A 1.1 Table 10.20. */
static inline uint32_t libffa_wire_mem_header_size_(libffa_version_t v)
{
	return v >= LIBFFA_VERSION_1_1 ? LIBFFA_WIRE_MEM_TRANS_SIZE_V1_1
				       : LIBFFA_WIRE_MEM_TRANS_SIZE_V1_0;
}

/* The EMAD size: DEN0077A 1.0 Table 5.15, DEN0140 1.2 s4. */
static inline uint32_t libffa_wire_emad_size_(libffa_version_t v)
{
	return v >= LIBFFA_VERSION_1_2 ? LIBFFA_WIRE_EMAD_SIZE_V1_2
				       : LIBFFA_WIRE_EMAD_SIZE_V1_0;
}

/* ---- Internal writers (mem_build.c, used by mem_xlate.c) --------------- */

/* Where each part of a descriptor goes, computed with overflow checks. */
struct libffa_mem_layout_ {
	uint32_t header_size;
	uint32_t emad_size;
	uint32_t emad_offset;
	uint32_t composite_offset; /* 0: no composite */
	uint32_t constituent_offset;
	size_t total_size;
};

libffa_status_t libffa_mem_layout_(libffa_version_t version,
				   uint32_t receiver_count,
				   uint32_t constituent_count,
				   struct libffa_mem_layout_ *layout);
/*
 * Write the descriptor a view describes in the layout of @version, with
 * @layout computed for it. Payload fields are re-read from the view's
 * buffer; geometry comes from the view. Returns %LIBFFA_E_VERSION (output
 * then garbage) when an EMAD carries impdef data @version cannot hold.
 * Lives in mem_build.c, apart from libffa_mem_xlate(), to keep each stack
 * frame small.
 */
libffa_status_t libffa_mem_write_view_(uint8_t *buf, libffa_version_t version,
				       const struct libffa_mem_view *view,
				       const struct libffa_mem_layout_ *layout);

#endif /* LIBFFA_MEM_WIRE_H */
