/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * The FFA_MSG_SEND2 partition message header (DEN0077A 1.1 and 1.2, table
 * "Partition message header"). Linux first left out the reserved word at
 * offset 20 of the 1.2 layout; the offsets live here once.
 */
#include "ffa/indirect.h"

#include "internal.h"

#define IND_FLAGS_OFF	  0u
#define IND_RESERVED0_OFF 4u
#define IND_OFFSET_OFF	  8u
#define IND_RECEIVER_OFF  12u
#define IND_SENDER_OFF	  14u
#define IND_SIZE_OFF	  16u
#define IND_RESERVED1_OFF 20u /* v1.2+ */
#define IND_UUID_OFF	  24u /* v1.2+ */

libffa_status_t libffa_indirect_build(const struct libffa_indirect_msg *msg,
				      libffa_version_t version, uint8_t *buf,
				      size_t cap, size_t *needed)
{
	uint32_t hdr;
	uint32_t offset;
	uint64_t total;

	if (msg == NULL || needed == NULL ||
	    (msg->payload == NULL && msg->payload_size != 0u)) {
		return LIBFFA_E_INVAL;
	}
	if (!libffa_version_is_known(version) || version < LIBFFA_VERSION_1_1) {
		return LIBFFA_E_VERSION;
	}
	hdr = libffa_indirect_header_size(version);
	offset = msg->payload_offset == 0u ? hdr : msg->payload_offset;
	if (offset < hdr) {
		return LIBFFA_E_INVAL;
	}
	if (!libffa_uuid_is_nil(&msg->uuid) && version < LIBFFA_VERSION_1_2) {
		return LIBFFA_E_INVAL;
	}
	total = libffa_span_end_(offset, 1u, msg->payload_size);
	if (total > LIBFFA_INDIRECT_MAX_SIZE) {
		return LIBFFA_E_INVAL;
	}
	*needed = (size_t)total;
	if (buf == NULL || total > cap) {
		return LIBFFA_E_NOSPACE;
	}
	LIBFFA_MEMSET(buf, 0, offset);
	libffa_le32_store_(buf + IND_OFFSET_OFF, offset);
	libffa_le16_store_(buf + IND_RECEIVER_OFF, msg->receiver_id);
	libffa_le16_store_(buf + IND_SENDER_OFF, msg->sender_id);
	libffa_le32_store_(buf + IND_SIZE_OFF, msg->payload_size);
	if (version >= LIBFFA_VERSION_1_2) {
		LIBFFA_MEMCPY(buf + IND_UUID_OFF, msg->uuid.bytes, 16u);
	}
	if (msg->payload_size != 0u) {
		LIBFFA_MEMCPY(buf + offset, msg->payload, msg->payload_size);
	}
	return LIBFFA_OK;
}

libffa_status_t libffa_indirect_parse(const uint8_t *buf, size_t size,
				      libffa_version_t version,
				      struct libffa_indirect_msg *msg)
{
	uint32_t hdr;
	uint32_t offset;
	uint32_t psize;
	uint64_t end;
	bool v12_header;

	if (msg == NULL || (buf == NULL && size != 0u)) {
		return LIBFFA_E_INVAL;
	}
	if (!libffa_version_is_known(version) || version < LIBFFA_VERSION_1_1) {
		return LIBFFA_E_VERSION;
	}
	/*
	 * Every v1.1+ header starts with the 20-byte v1.1 form; the payload
	 * offset says whether the sender wrote the v1.2 form (reserved word
	 * and UUID, 40 bytes). A v1.2 receiver accepts a v1.1 sender's header
	 * and reads the UUID only when the offset leaves room for it
	 * (DEN0077A 1.2 s15.3; Hafnium and Linux do the same).
	 */
	hdr = LIBFFA_INDIRECT_HEADER_SIZE_V1_1;
	if (size < hdr) {
		return LIBFFA_E_TRUNCATED;
	}
	/* Read each controlling field once. */
	offset = libffa_le32_load_(buf + IND_OFFSET_OFF);
	psize = libffa_le32_load_(buf + IND_SIZE_OFF);
	if (libffa_le32_load_(buf + IND_FLAGS_OFF) != 0u ||
	    libffa_le32_load_(buf + IND_RESERVED0_OFF) != 0u) {
		return LIBFFA_E_MBZ;
	}
	if (offset < hdr) {
		return LIBFFA_E_BADVALUE;
	}
	/* The wire fields are u32: a sum past 32 bits overflows on every
	 * host, whatever the width of size_t. */
	end = (uint64_t)offset + psize;
	if (end > UINT32_MAX) {
		return LIBFFA_E_OVERFLOW;
	}
	if (end > size) {
		return LIBFFA_E_TRUNCATED;
	}
	if (end > LIBFFA_INDIRECT_MAX_SIZE) {
		return LIBFFA_E_BADVALUE;
	}
	v12_header = version >= LIBFFA_VERSION_1_2 &&
		     offset >= LIBFFA_INDIRECT_HEADER_SIZE_V1_2;
	/* offset <= size here, so the 40-byte header is inside the buffer. */
	if (v12_header && libffa_le32_load_(buf + IND_RESERVED1_OFF) != 0u) {
		return LIBFFA_E_MBZ;
	}
	LIBFFA_MEMSET(msg, 0, sizeof(*msg));
	msg->receiver_id = libffa_le16_load_(buf + IND_RECEIVER_OFF);
	msg->sender_id = libffa_le16_load_(buf + IND_SENDER_OFF);
	msg->payload_offset = offset;
	msg->payload_size = psize;
	if (v12_header) {
		msg->has_uuid = true;
		LIBFFA_MEMCPY(msg->uuid.bytes, buf + IND_UUID_OFF, 16u);
	}
	msg->payload = buf + offset;
	return LIBFFA_OK;
}
