/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * The FFA_MSG_SEND2 partition message header (DEN0077A 1.1 and 1.2, table
 * "Partition message header"): 20 bytes in v1.1, 40 from v1.2
 * (a reserved word at offset 20, then the protocol UUID). The payload
 * starts at the header's offset field, never at a fixed position, and the
 * whole message fits in one 4 KiB page.
 *
 * Layout (all little-endian):
 *   0  u32 flags (reserved, MBZ)
 *   4  u32 reserved (MBZ)
 *   8  u32 payload offset from the start of the buffer
 *  12  u16 receiver ID, 14 u16 sender ID
 *  16  u32 payload size
 *  20  u32 reserved (MBZ)          v1.2+
 *  24  16-byte protocol UUID       v1.2+ (read only when offset >= 40)
 */
#ifndef LIBFFA_INDIRECT_H
#define LIBFFA_INDIRECT_H

#include "ffa/abi.h"
#include "ffa/env.h"
#include "ffa/status.h"
#include "ffa/version.h"

LIBFFA_BEGIN_DECLS

#define LIBFFA_INDIRECT_HEADER_SIZE_V1_1 20u
#define LIBFFA_INDIRECT_HEADER_SIZE_V1_2 40u

/**
 * libffa_indirect_header_size() - FFA_MSG_SEND2 header size.
 * @v: negotiated version.
 *
 * Return: 0 in v1.0 (FFA_MSG_SEND had no header), 20 in v1.1, 40 from v1.2.
 */
static inline uint32_t libffa_indirect_header_size(libffa_version_t v)
{
	if (v >= LIBFFA_VERSION_1_2) {
		return LIBFFA_INDIRECT_HEADER_SIZE_V1_2;
	}
	return v >= LIBFFA_VERSION_1_1 ? LIBFFA_INDIRECT_HEADER_SIZE_V1_1 : 0u;
}
/* An indirect message occupies a single 4 KiB page. */
#define LIBFFA_INDIRECT_MAX_SIZE 4096u

/**
 * struct libffa_indirect_msg - a partition message header and its payload.
 * @sender_id:      endpoint that sent the message (offset 14).
 * @receiver_id:    endpoint it is for (offset 12).
 * @payload_offset: where the payload starts, from the buffer start (8).
 * @payload_size:   payload bytes (16).
 * @has_uuid:       @uuid was read (v1.2+ with an offset of at least 40)
 *                  or is to be written.
 * @uuid:           protocol UUID (24), nil when unspecified.
 * @payload:        the payload: on parse, a pointer into the caller's
 *                  buffer; on build, the bytes to copy (may be NULL when
 *                  @payload_size is 0).
 */
struct libffa_indirect_msg {
	libffa_id_t sender_id;
	libffa_id_t receiver_id;
	uint32_t payload_offset;
	uint32_t payload_size;
	bool has_uuid;
	struct libffa_uuid uuid;
	const uint8_t *payload;
};

/**
 * libffa_indirect_build() - write a header and its payload into a TX buffer.
 * @msg:     the message (trusted). A @payload_offset of 0 means "right
 *           after the header"; otherwise it must be at least the header
 *           size. A non-nil @uuid needs v1.2.
 * @version: negotiated version, v1.1 or later.
 * @buf:     out: the TX buffer (bytes between header and payload are
 *           zeroed).
 * @cap:     capacity of @buf.
 * @needed:  out: payload offset + payload size.
 *
 * Context: Any. Reentrant. Writes only @buf and @needed.
 * Return:
 * * %LIBFFA_OK        - written;
 * * %LIBFFA_E_INVAL   - NULL pointer, offset inside the header, a UUID
 *                       before v1.2, or a message beyond one 4 KiB page;
 * * %LIBFFA_E_VERSION - @version below v1.1 (FFA_MSG_SEND had no header)
 *                       or unknown;
 * * %LIBFFA_E_NOSPACE - @cap too small, *@needed holds the size.
 */
LIBFFA_MUST_CHECK libffa_status_t libffa_indirect_build(
	const struct libffa_indirect_msg *msg, libffa_version_t version,
	uint8_t *buf, size_t cap, size_t *needed);

/**
 * libffa_indirect_parse() - validate a header and locate the payload.
 * @buf:     the RX buffer (untrusted; parse a copy the sender can no longer
 *           write).
 * @size:    readable bytes at @buf (the RX buffer size).
 * @version: negotiated version, v1.1 or later.
 * @msg:     out: the header fields; @msg->payload points into @buf.
 *
 * The payload offset says which header the sender wrote: a v1.2 receiver
 * accepts a v1.1 sender's 20-byte header (offset 20-39: no UUID, and
 * bytes 20-39 are payload) and reads the reserved word and the UUID only
 * from a 40-byte header (offset of at least 40).
 *
 * Context: Any. Reentrant. Writes only @msg.
 * Return:
 * * %LIBFFA_OK          - valid;
 * * %LIBFFA_E_INVAL     - NULL pointer;
 * * %LIBFFA_E_VERSION   - @version below v1.1 or unknown;
 * * %LIBFFA_E_TRUNCATED - @size below 20 bytes, or the payload
 *                         runs past @size;
 * * %LIBFFA_E_MBZ       - flags or a reserved word non-zero;
 * * %LIBFFA_E_BADVALUE  - payload offset inside the header, or the payload
 *                         ends beyond the 4 KiB page;
 * * %LIBFFA_E_OVERFLOW  - offset + size overflows.
 */
LIBFFA_MUST_CHECK libffa_status_t
libffa_indirect_parse(const uint8_t *buf, size_t size, libffa_version_t version,
		      struct libffa_indirect_msg *msg);

LIBFFA_END_DECLS

#endif /* LIBFFA_INDIRECT_H */
