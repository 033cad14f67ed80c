/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * FF-A boot information, as an SPMC hands it to a secure partition
 * (DEN0077A 1.1 s5.4 "Boot information protocol").
 *
 * v1.1+ header (32 bytes):          descriptor (32 bytes):
 *   0 u32 signature 0x00000FFA        0 16-byte name
 *   4 u32 version                    16 u8 type: bit7 impdef, [6:0] ID
 *   8 u32 blob size                  17 u8 reserved
 *  12 u32 descriptor size            18 u16 flags: [1:0] name format,
 *  16 u32 descriptor count                 [3:2] content format, [15:4] MBZ
 *  20 u32 descriptor array offset    20 u32 size
 *  24 u64 reserved                   24 u64 content (address, value or
 *                                           offset)
 * The v1.0 protocol was different: u32 magic "FF-A", u32 count, then
 * 32-byte name/value pairs (16-byte name, u64 value, u64 size).
 */
#ifndef LIBFFA_BOOTINFO_H
#define LIBFFA_BOOTINFO_H

#include "ffa/env.h"
#include "ffa/status.h"
#include "ffa/version.h"

LIBFFA_BEGIN_DECLS

#define LIBFFA_BOOTINFO_SIGNATURE UINT32_C(0x00000FFA)
/* "FF-A" as four bytes, read little-endian: the v1.0 magic. */
#define LIBFFA_BOOTINFO_MAGIC_V1_0  UINT32_C(0x412D4646)
#define LIBFFA_BOOTINFO_HEADER_SIZE 32u
#define LIBFFA_BOOTINFO_DESC_SIZE   32u
#define LIBFFA_BOOTINFO_NAME_SIZE   16u

/* Descriptor type byte. */
#define LIBFFA_BOOTINFO_TYPE_IMPDEF (1u << 7)
#define LIBFFA_BOOTINFO_TYPE_ID	    0x7Fu
#define LIBFFA_BOOTINFO_ID_FDT	    0u
#define LIBFFA_BOOTINFO_ID_HOB	    1u

/* Descriptor flags. */
#define LIBFFA_BOOTINFO_FLAG_NAME_FORMAT	  0x0003u /* [1:0] */
#define LIBFFA_BOOTINFO_FLAG_CONTENT_FORMAT	  0x000Cu /* [3:2] */
#define LIBFFA_BOOTINFO_FLAG_CONTENT_FORMAT_SHIFT 2u
#define LIBFFA_BOOTINFO_FLAG_MBZ		  0xFFF0u /* [15:4] */
#define LIBFFA_BOOTINFO_NAME_STRING		  0u
#define LIBFFA_BOOTINFO_NAME_UUID		  1u
#define LIBFFA_BOOTINFO_CONTENT_ADDRESS		  0u
#define LIBFFA_BOOTINFO_CONTENT_VALUE		  1u
#define LIBFFA_BOOTINFO_CONTENT_OFFSET		  2u /* v1.3 (arm-ffa) */

/**
 * struct libffa_bootinfo_desc - one boot information descriptor.
 * @name:    16 bytes: a NUL-padded string or a UUID, per @flags.
 * @type:    bit 7 implementation defined, bits[6:0] the ID (FDT, HOB).
 * @flags:   name and content formats.
 * @size:    bytes of the content.
 * @content: an address, a value, or (v1.3) an offset from the blob start.
 */
struct libffa_bootinfo_desc {
	uint8_t name[LIBFFA_BOOTINFO_NAME_SIZE];
	uint8_t type;
	uint16_t flags;
	uint32_t size;
	uint64_t content;
};

/**
 * struct libffa_bootinfo_view - a validated v1.1+ boot information blob.
 * @base:        the blob (the caller's buffer).
 * @version:     the header's version field.
 * @blob_size:   the header's blob size (<= the buffer size).
 * @desc_size:   the stride between descriptors (>= 32).
 * @desc_count:  number of descriptors.
 * @desc_offset: offset of the first descriptor.
 */
struct libffa_bootinfo_view {
	const uint8_t *base;
	libffa_version_t version;
	uint32_t blob_size;
	uint32_t desc_size;
	uint32_t desc_count;
	uint32_t desc_offset;
};

/**
 * libffa_bootinfo_parse() - validate a v1.1+ boot information blob.
 * @buf:  the blob (untrusted).
 * @size: readable bytes at @buf.
 * @view: out: the view.
 *
 * Checks the header, steps through the descriptors by the header's
 * descriptor size (never a compiled-in size), and checks every descriptor's
 * reserved fields and formats; an offset content must lie in the blob.
 *
 * Context: Any. Reentrant. Writes only @view.
 * Return:
 * * %LIBFFA_OK          - valid;
 * * %LIBFFA_E_INVAL     - NULL pointer;
 * * %LIBFFA_E_VERSION   - the v1.0 form (magic "FF-A"): use
 *                         libffa_bootinfo_parse_v1_0();
 * * %LIBFFA_E_TRUNCATED - @size below the header, blob size beyond @size,
 *                         or descriptors (or offset content) past the blob;
 * * %LIBFFA_E_BADVALUE  - wrong signature, version with bit 31 set,
 *                         major not 1 or below v1.1 (the header format
 *                         starts at v1.1), blob size below the header,
 *                         descriptor size below 32, array offset inside the
 *                         header, reserved name or content format;
 * * %LIBFFA_E_OVERFLOW  - count x size or offset + size overflows;
 * * %LIBFFA_E_MBZ       - the header's reserved u64, a descriptor's
 *                         reserved byte or flags bits[15:4] non-zero.
 */
LIBFFA_MUST_CHECK libffa_status_t libffa_bootinfo_parse(
	const uint8_t *buf, size_t size, struct libffa_bootinfo_view *view);

/**
 * libffa_bootinfo_desc_at() - read one descriptor of a view.
 * @view: a view from libffa_bootinfo_parse().
 * @idx:  index, below @view->desc_count.
 * @desc: out: the descriptor.
 *
 * The descriptor is read once into @desc and checked again as the parse
 * did (formats, reserved bits, offset content inside the blob), so a blob
 * that changed after libffa_bootinfo_parse() (shared memory) never yields
 * an unchecked content offset.
 *
 * Return: %LIBFFA_OK; %LIBFFA_E_INVAL (NULL, index out of range); or the
 * parse's status for a descriptor that no longer passes its checks.
 */
LIBFFA_MUST_CHECK libffa_status_t
libffa_bootinfo_desc_at(const struct libffa_bootinfo_view *view, uint32_t idx,
			struct libffa_bootinfo_desc *desc);

/**
 * libffa_bootinfo_build() - write a v1.1+ blob (for SPMCs and tests).
 * @descs:   the descriptors (trusted).
 * @count:   number of @descs.
 * @version: the header's version field (v1.1+).
 * @buf:     out: the blob: header, then descriptors from offset 32.
 * @cap:     capacity of @buf.
 * @needed:  out: 32 + 32 x @count, also written as the blob size.
 *
 * Return: %LIBFFA_OK; %LIBFFA_E_INVAL (NULL, reserved flag bits or
 * formats); %LIBFFA_E_VERSION (@version below v1.1 or unknown);
 * %LIBFFA_E_NOSPACE (*@needed holds the size).
 */
LIBFFA_MUST_CHECK libffa_status_t libffa_bootinfo_build(
	const struct libffa_bootinfo_desc *descs, uint32_t count,
	libffa_version_t version, uint8_t *buf, size_t cap, size_t *needed);

/**
 * struct libffa_bootinfo_nvp_v1_0 - a v1.0 name/value pair.
 * @name:  16-byte name (e.g. "TYPE_DT").
 * @value: the value (an address for the device tree).
 * @size:  its size.
 */
struct libffa_bootinfo_nvp_v1_0 {
	uint8_t name[LIBFFA_BOOTINFO_NAME_SIZE];
	uint64_t value;
	uint64_t size;
};

/**
 * libffa_bootinfo_parse_v1_0() - minimal parse of the v1.0 form.
 * @buf:   the blob (untrusted).
 * @size:  readable bytes.
 * @count: out: the number of pairs (all inside @size).
 *
 * Return: %LIBFFA_OK; %LIBFFA_E_INVAL (NULL); %LIBFFA_E_BADVALUE (not the
 * v1.0 magic); %LIBFFA_E_TRUNCATED (the pairs run past @size).
 */
LIBFFA_MUST_CHECK libffa_status_t libffa_bootinfo_parse_v1_0(const uint8_t *buf,
							     size_t size,
							     uint32_t *count);

/**
 * libffa_bootinfo_nvp_at_v1_0() - read one v1.0 pair.
 * @buf:   a blob libffa_bootinfo_parse_v1_0() accepted.
 * @size:  the readable bytes given to that parse.
 * @count: the count it returned.
 * @idx:   index below @count.
 * @nvp:   out: the pair.
 *
 * The pair is checked against @size where it is read, so a wrong @count
 * cannot read past the blob.
 *
 * Return: %LIBFFA_OK, or %LIBFFA_E_INVAL (NULL, @idx not below @count, or
 * the pair not inside @size).
 */
LIBFFA_MUST_CHECK libffa_status_t
libffa_bootinfo_nvp_at_v1_0(const uint8_t *buf, size_t size, uint32_t count,
			    uint32_t idx, struct libffa_bootinfo_nvp_v1_0 *nvp);

LIBFFA_END_DECLS

#endif /* LIBFFA_BOOTINFO_H */
