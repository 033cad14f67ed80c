/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * The hypervisor retrieve request (mem_hyp.h): a transaction descriptor
 * header without receivers (DEN0077A 1.1 s16.4.3). Header layout from
 * mem_wire.h (DEN0077A 1.0 Table 5.19, 1.1 Table 10.20).
 */
#include "ffa/mem_hyp.h"

#include "internal.h"
#include "mem_wire.h"

libffa_status_t libffa_mem_hyp_retrieve_parse(
	const uint8_t *buf, size_t len, libffa_version_t version,
	struct libffa_mem_hyp_retrieve *out)
{
	size_t header;

	if (buf == NULL || out == NULL) {
		return LIBFFA_E_INVAL;
	}
	if (!libffa_version_is_known(version)) {
		return LIBFFA_E_VERSION;
	}
	header = libffa_mem_header_size(version);
	if (len < header) {
		return LIBFFA_E_TRUNCATED;
	}
	if (libffa_le32_load_(buf + LIBFFA_WIRE_MEM_TRANS_EMAD_COUNT_OFF) !=
		    0u ||
	    libffa_le32_load_(buf + LIBFFA_WIRE_MEM_TRANS_FLAGS_OFF) != 0u ||
	    libffa_le64_load_(buf + LIBFFA_WIRE_MEM_TRANS_TAG_OFF) != 0u) {
		return LIBFFA_E_BADVALUE;
	}
	if (version >= LIBFFA_VERSION_1_1) {
		/* v1.1+: 16-bit attributes, EMAD size and offset fields. */
		uint32_t emad_size;
		uint32_t emad_offset;

		emad_size = libffa_le32_load_(
			buf + LIBFFA_WIRE_MEM_TRANS_EMAD_SIZE_OFF_V1_1);
		emad_offset = libffa_le32_load_(
			buf + LIBFFA_WIRE_MEM_TRANS_EMAD_OFFSET_OFF_V1_1);
		if (libffa_le16_load_(buf + LIBFFA_WIRE_MEM_TRANS_ATTR_OFF) !=
			    0u ||
		    (emad_size != 0u &&
		     emad_size != libffa_mem_emad_size(version)) ||
		    (emad_offset != 0u &&
		     (emad_offset < header || emad_offset % 16u != 0u))) {
			return LIBFFA_E_BADVALUE;
		}
		if (libffa_first_nonzero_(
			    buf + LIBFFA_WIRE_MEM_TRANS_RESV36_OFF_V1_1,
			    LIBFFA_WIRE_MEM_TRANS_RESV36_SIZE_V1_1) !=
		    LIBFFA_WIRE_MEM_TRANS_RESV36_SIZE_V1_1) {
			return LIBFFA_E_MBZ;
		}
	} else {
		if (buf[LIBFFA_WIRE_MEM_TRANS_ATTR_OFF] != 0u) {
			return LIBFFA_E_BADVALUE;
		}
		if (buf[LIBFFA_WIRE_MEM_TRANS_RESV3_OFF_V1_0] != 0u ||
		    libffa_first_nonzero_(
			    buf + LIBFFA_WIRE_MEM_TRANS_RESV24_OFF_V1_0, 4u) !=
			    4u) {
			return LIBFFA_E_MBZ;
		}
	}
	/* Nothing may follow the header but zero padding. */
	if (libffa_first_nonzero_(buf + header, len - header) != len - header) {
		return LIBFFA_E_BADVALUE;
	}
	out->sender_id =
		libffa_le16_load_(buf + LIBFFA_WIRE_MEM_TRANS_SENDER_OFF);
	out->handle = libffa_le64_load_(buf + LIBFFA_WIRE_MEM_TRANS_HANDLE_OFF);
	return LIBFFA_OK;
}
