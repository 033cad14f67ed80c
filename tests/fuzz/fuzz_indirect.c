/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * Fuzz the FFA_MSG_SEND2 header parser. Byte 0 picks the version
 * (1.0-1.3); the rest is the RX buffer, in an exact-size allocation.
 * Properties: no crash or sanitizer report; the payload lies inside the
 * buffer and the page; an accepted message re-builds and re-parses to the
 * same header and payload. The same bytes, read as a sender's message
 * (offset and size from bytes 1-4, a UUID when byte 5 is odd, the TX
 * capacity from bytes 6-7), build exactly as libffa_indirect_build()'s
 * contract says (DEN0077A 1.2 s15.3: the header size of the version, a
 * UUID from v1.2, one 4 KiB page) and, when written, parse back.
 */
#include <stdlib.h>

#include <string.h>

#include "ffa/indirect.h"

static const libffa_version_t versions[] = {
	LIBFFA_VERSION_1_0, LIBFFA_VERSION_1_1, LIBFFA_VERSION_1_2,
	LIBFFA_VERSION_1_3};

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void send(libffa_version_t ver, const uint8_t *data, size_t size)
{
	static uint8_t tx[LIBFFA_INDIRECT_MAX_SIZE];
	static const uint8_t payload[LIBFFA_INDIRECT_MAX_SIZE];
	struct libffa_indirect_msg m;
	struct libffa_indirect_msg back;
	libffa_status_t want = LIBFFA_OK;
	uint32_t hdr;
	uint32_t off;
	size_t cap;
	size_t needed;
	libffa_status_t st;

	if (size < 8u) {
		return;
	}
	memset(&m, 0, sizeof(m));
	m.sender_id = 0x8001;
	m.receiver_id = 0x8002;
	m.payload_offset = (uint32_t)(data[1] | (data[2] << 8)) & 0x1FFFu;
	m.payload_size = (uint32_t)(data[3] | (data[4] << 8)) & 0x1FFFu;
	m.payload = payload;
	if ((data[5] & 1u) != 0u) {
		m.has_uuid = true;
		m.uuid.bytes[0] = data[5];
	}
	cap = (size_t)(data[6] | (data[7] << 8)) %
	      (LIBFFA_INDIRECT_MAX_SIZE + 1u);
	hdr = ver >= LIBFFA_VERSION_1_1 ? libffa_indirect_header_size(ver) : 0u;
	off = m.payload_offset == 0u ? hdr : m.payload_offset;
	if (ver < LIBFFA_VERSION_1_1) {
		want = LIBFFA_E_VERSION;
	} else if (off < hdr || (m.has_uuid && ver < LIBFFA_VERSION_1_2) ||
		   off + m.payload_size > LIBFFA_INDIRECT_MAX_SIZE) {
		want = LIBFFA_E_INVAL;
	} else if (off + m.payload_size > cap) {
		want = LIBFFA_E_NOSPACE;
	}
	st = libffa_indirect_build(&m, ver, tx, cap, &needed);
	if (st != want) {
		abort();
	}
	if (st == LIBFFA_OK &&
	    (needed != (size_t)off + m.payload_size ||
	     libffa_indirect_parse(tx, needed, ver, &back) != LIBFFA_OK ||
	     back.payload_offset != off ||
	     back.payload_size != m.payload_size ||
	     back.has_uuid != (ver >= LIBFFA_VERSION_1_2 &&
			       off >= LIBFFA_INDIRECT_HEADER_SIZE_V1_2) ||
	     (m.has_uuid &&
	      memcmp(&back.uuid, &m.uuid, sizeof(m.uuid)) != 0))) {
		abort();
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct libffa_indirect_msg m;
	struct libffa_indirect_msg m2;
	libffa_version_t ver;
	uint8_t *buf;
	uint8_t *out;
	size_t len;
	size_t needed;
	libffa_version_t build_ver;

	if (size < 1) {
		return 0;
	}
	ver = versions[data[0] & 3u];
	send(ver, data, size);
	len = size - 1;
	buf = malloc(len ? len : 1);
	if (buf == NULL) {
		return 0;
	}
	memcpy(buf, data + 1, len);
	if (libffa_indirect_parse(buf, len, ver, &m) == LIBFFA_OK) {
		if ((size_t)m.payload_offset + m.payload_size > len ||
		    (size_t)m.payload_offset + m.payload_size >
			    LIBFFA_INDIRECT_MAX_SIZE ||
		    m.payload != buf + m.payload_offset) {
			abort();
		}
		if (!m.has_uuid) {
			memset(&m.uuid, 0, sizeof(m.uuid));
		}
		/* A v1.2 receiver accepts a v1.1 sender's 20-byte header:
		 * rebuild in the form the sender used. */
		build_ver = ver;
		if (!m.has_uuid &&
		    m.payload_offset < LIBFFA_INDIRECT_HEADER_SIZE_V1_2) {
			build_ver = LIBFFA_VERSION_1_1;
		}
		out = malloc(LIBFFA_INDIRECT_MAX_SIZE);
		if (out != NULL) {
			if (libffa_indirect_build(&m, build_ver, out,
						  LIBFFA_INDIRECT_MAX_SIZE,
						  &needed) != LIBFFA_OK ||
			    libffa_indirect_parse(out, needed, ver, &m2) !=
				    LIBFFA_OK ||
			    m2.sender_id != m.sender_id ||
			    m2.receiver_id != m.receiver_id ||
			    m2.payload_offset != m.payload_offset ||
			    m2.payload_size != m.payload_size ||
			    m2.has_uuid != m.has_uuid ||
			    memcmp(&m2.uuid, &m.uuid, sizeof(m.uuid)) != 0 ||
			    memcmp(m2.payload, m.payload, m.payload_size) !=
				    0) {
				abort();
			}
		}
		free(out);
	}
	free(buf);
	return 0;
}
