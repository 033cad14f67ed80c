/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * Partition information descriptors (DEN0077A 1.0 Table 8.25, 1.1 Table
 * 13.37, 1.3 s13.9) and FFA_PARTITION_INFO_GET_REGS packing (DEN0077A 1.2
 * s13.10). The GET_REGS registers hold the same bytes as the in-memory
 * descriptors, eight to a register, little-endian (byte 0 in bits[7:0]),
 * so both paths share one encoder and one decoder.
 */
#include "ffa/partition.h"

#include "internal.h"

/* Offsets inside a descriptor. */
#define PI_ID_OFF	    0u
#define PI_CTX_OFF	    2u
#define PI_PROPS_OFF	    4u
#define PI_UUID_OFF	    8u
#define PI_IMAGE_UUID_OFF   24u
#define PI_VERSION_OFF	    40u
#define PI_RESERVED_OFF	    44u
#define PARTITION_MAX_COUNT 65536u

uint32_t libffa_partition_props_defined(libffa_version_t version)
{
	if (version >= LIBFFA_VERSION_1_3) {
		return UINT32_C(0x3FFF);
	}
	if (version >= LIBFFA_VERSION_1_2) {
		return UINT32_C(0x07FF);
	}
	if (version >= LIBFFA_VERSION_1_1) {
		return UINT32_C(0x01FF);
	}
	return UINT32_C(0x0007);
}

/* Is every field @version lacks zero? Builders refuse to drop data. */
static bool info_fits_version(const struct libffa_partition_info *p,
			      libffa_version_t version)
{
	if ((p->properties & ~libffa_partition_props_defined(version)) != 0u) {
		return false;
	}
	if (version < LIBFFA_VERSION_1_1 && !libffa_uuid_is_nil(&p->uuid)) {
		return false;
	}
	if (version < LIBFFA_VERSION_1_3 &&
	    (!libffa_uuid_is_nil(&p->image_uuid) || p->ffa_version != 0u)) {
		return false;
	}
	return true;
}

/* Write one descriptor of @size bytes (8, 24 or 48) at @d. */
static void info_store(uint8_t *d, const struct libffa_partition_info *p,
		       uint32_t size)
{
	LIBFFA_MEMSET(d, 0, size);
	libffa_le16_store_(d + PI_ID_OFF, p->id);
	libffa_le16_store_(d + PI_CTX_OFF, p->exec_ctx_count);
	libffa_le32_store_(d + PI_PROPS_OFF, p->properties);
	if (size >= LIBFFA_PARTITION_INFO_SIZE_V1_1) {
		LIBFFA_MEMCPY(d + PI_UUID_OFF, p->uuid.bytes, 16u);
	}
	if (size >= LIBFFA_PARTITION_INFO_SIZE_V1_3) {
		LIBFFA_MEMCPY(d + PI_IMAGE_UUID_OFF, p->image_uuid.bytes, 16u);
		libffa_le32_store_(d + PI_VERSION_OFF, p->ffa_version);
	}
}

/* Read the prefix of a descriptor that @known bytes cover. */
static void info_load(const uint8_t *d, uint32_t known,
		      struct libffa_partition_info *p)
{
	LIBFFA_MEMSET(p, 0, sizeof(*p));
	p->id = libffa_le16_load_(d + PI_ID_OFF);
	p->exec_ctx_count = libffa_le16_load_(d + PI_CTX_OFF);
	p->properties = libffa_le32_load_(d + PI_PROPS_OFF);
	if (known >= LIBFFA_PARTITION_INFO_SIZE_V1_1) {
		LIBFFA_MEMCPY(p->uuid.bytes, d + PI_UUID_OFF, 16u);
	}
	if (known >= LIBFFA_PARTITION_INFO_SIZE_V1_3) {
		LIBFFA_MEMCPY(p->image_uuid.bytes, d + PI_IMAGE_UUID_OFF, 16u);
		p->ffa_version = libffa_le32_load_(d + PI_VERSION_OFF);
	}
}

/*
 * The GET_REGS registers x3-x17 as one little-endian byte image (byte 0 in
 * x3[7:0]), read and written a byte at a time so that neither side keeps a
 * 120-byte copy on the stack. @pos is below LIBFFA_PARTITION_REGS_BYTES.
 */
static uint8_t regs_byte(const uint64_t *data, uint32_t pos)
{
	return (uint8_t)(data[pos / 8u] >> (8u * (pos % 8u)));
}

static void regs_put(uint64_t *data, uint32_t pos, const uint8_t *d, uint32_t n)
{
	uint32_t k;

	for (k = 0; k < n; k++) {
		data[(pos + k) / 8u] |= (uint64_t)d[k]
					<< (8u * ((pos + k) % 8u));
	}
}

libffa_status_t libffa_partition_info_build(
	const struct libffa_partition_info *parts, uint32_t count,
	libffa_version_t version, uint8_t *buf, size_t cap, size_t *needed)
{
	uint32_t size;
	uint64_t total;
	uint32_t i;

	if (needed == NULL || (parts == NULL && count != 0u)) {
		return LIBFFA_E_INVAL;
	}
	if (!libffa_version_is_known(version)) {
		return LIBFFA_E_VERSION;
	}
	size = libffa_partition_info_size(version);
	/* The same 32-bit limit the parser applies, judged in 64 bits so the
	 * answer does not depend on size_t. */
	total = libffa_span_end_(0u, count, size);
	if (total > UINT32_MAX) {
		return LIBFFA_E_OVERFLOW;
	}
	*needed = (size_t)total;
	for (i = 0; i < count; i++) {
		if (!info_fits_version(&parts[i], version)) {
			return LIBFFA_E_INVAL;
		}
	}
	if (total > cap || (buf == NULL && total != 0u)) {
		return LIBFFA_E_NOSPACE;
	}
	for (i = 0; i < count; i++) {
		info_store(buf + (size_t)i * size, &parts[i], size);
	}
	return LIBFFA_OK;
}

libffa_status_t libffa_partition_info_respond(
	const struct libffa_args_partition_info_get *args,
	const struct libffa_partition_info *parts, uint32_t count,
	libffa_version_t version, uint8_t *buf, size_t cap,
	struct libffa_result_partition_info_get *res)
{
	size_t needed;
	libffa_status_t st;

	if (args == NULL || res == NULL) {
		return LIBFFA_E_INVAL;
	}
	if (!libffa_version_is_known(version)) {
		return LIBFFA_E_VERSION;
	}
	LIBFFA_MEMSET(res, 0, sizeof(*res));
	/* The count-only flag exists from v1.1 (DEN0077A 1.1 s13.8). */
	if (args->count_only != 0u && version >= LIBFFA_VERSION_1_1) {
		st = libffa_partition_info_build(parts, count, version, NULL,
						 0u, &needed);
		if (st != LIBFFA_E_NOSPACE && st != LIBFFA_OK) {
			return st;
		}
	} else {
		st = libffa_partition_info_build(parts, count, version, buf,
						 cap, &needed);
		if (st != LIBFFA_OK) {
			return st;
		}
	}
	res->count = count;
	if (version >= LIBFFA_VERSION_1_1) {
		res->desc_size = libffa_partition_info_size(version);
	}
	return LIBFFA_OK;
}

libffa_status_t libffa_partition_info_parse(const uint8_t *buf, size_t size,
					    libffa_version_t version,
					    uint32_t count, uint32_t desc_size,
					    struct libffa_partition_view *view)
{
	uint32_t min;
	size_t total;

	if (view == NULL || (buf == NULL && size != 0u)) {
		return LIBFFA_E_INVAL;
	}
	if (!libffa_version_is_known(version)) {
		return LIBFFA_E_VERSION;
	}
	min = libffa_partition_info_size(version);
	if (version < LIBFFA_VERSION_1_1) {
		/* v1.0 replies carry no size (DEN0077A 1.0 s8.8). */
		desc_size = min;
	}
	if (desc_size < min) {
		return LIBFFA_E_BADVALUE;
	}
	/* Both are u32: judge the product in 64 bits so every host, whatever
	 * its size_t, gives the same answer. */
	if ((uint64_t)count * desc_size > UINT32_MAX) {
		return LIBFFA_E_OVERFLOW;
	}
	total = (size_t)count * desc_size;
	if (total > size) {
		return LIBFFA_E_TRUNCATED;
	}
	view->base = buf;
	view->size = size;
	view->count = count;
	view->desc_size = desc_size;
	view->version = version;
	return LIBFFA_OK;
}

libffa_status_t libffa_partition_info_at(
	const struct libffa_partition_view *view, uint32_t idx,
	struct libffa_partition_info *info)
{
	uint32_t known;
	uint64_t off;

	if (view == NULL || info == NULL || idx >= view->count) {
		return LIBFFA_E_INVAL;
	}
	/* The parse checked that idx * desc_size lies inside the buffer;
	 * checked again locally against the size the view keeps, so no
	 * caller-built view can read past it. */
	known = libffa_partition_info_size(view->version);
	off = (uint64_t)idx * view->desc_size;
	if (view->size < known || off > view->size - known) {
		return LIBFFA_E_INVAL;
	}
	info_load(view->base + (size_t)off, known, info);
	return LIBFFA_OK;
}

libffa_status_t libffa_partition_regs_pack(
	const struct libffa_args_partition_info_get_regs *args,
	const struct libffa_partition_info *parts, uint32_t count,
	libffa_version_t version, uint16_t current_tag,
	struct libffa_result_partition_info_get_regs *res)
{
	uint8_t d[LIBFFA_PARTITION_INFO_SIZE_V1_3];
	uint32_t size;
	uint32_t per_call;
	uint32_t last;
	uint32_t end;
	uint32_t i;

	if (args == NULL || res == NULL || (parts == NULL && count != 0u) ||
	    count > PARTITION_MAX_COUNT) {
		return LIBFFA_E_INVAL;
	}
	if (!libffa_version_is_known(version) || version < LIBFFA_VERSION_1_2) {
		return LIBFFA_E_VERSION;
	}
	/* DEN0077A 1.2 s13.10: a tag must match the callee's, and a request
	 * from index 0 carries none. */
	if (args->start_index == 0u ? args->tag != 0u
				    : args->tag != current_tag) {
		return LIBFFA_E_RETRY;
	}
	if (args->start_index >= count) {
		return LIBFFA_E_BADVALUE;
	}
	size = libffa_partition_info_size(version);
	per_call = LIBFFA_PARTITION_REGS_BYTES / size;
	last = count - 1u;
	end = args->start_index + per_call - 1u;
	if (end > last) {
		end = last;
	}
	for (i = args->start_index; i <= end; i++) {
		if (!info_fits_version(&parts[i], version)) {
			return LIBFFA_E_INVAL;
		}
	}
	LIBFFA_MEMSET(res, 0, sizeof(*res));
	res->last_index = (uint16_t)last;
	res->current_index = (uint16_t)end;
	res->tag = current_tag;
	res->desc_size = (uint16_t)size;
	/* At most per_call descriptors of @size: they fit the 120 bytes. */
	for (i = args->start_index; i <= end; i++) {
		info_store(d, &parts[i], size);
		regs_put(res->data, (i - args->start_index) * size, d, size);
	}
	return LIBFFA_OK;
}

libffa_status_t libffa_partition_regs_init(
	struct libffa_partition_regs_iter *it, libffa_version_t version,
	const struct libffa_uuid *uuid)
{
	if (it == NULL) {
		return LIBFFA_E_INVAL;
	}
	if (!libffa_version_is_known(version) || version < LIBFFA_VERSION_1_2) {
		return LIBFFA_E_VERSION;
	}
	LIBFFA_MEMSET(it, 0, sizeof(*it));
	it->version = version;
	if (uuid != NULL) {
		it->uuid = *uuid;
	}
	return LIBFFA_OK;
}

libffa_status_t libffa_partition_regs_request(
	const struct libffa_partition_regs_iter *it, struct libffa_msg *msg)
{
	if (it == NULL || msg == NULL) {
		return LIBFFA_E_INVAL;
	}
	if (it->done) {
		return LIBFFA_E_STATE;
	}
	libffa_msg_init(msg, LIBFFA_ABI_PARTITION_INFO_GET_REGS,
			LIBFFA_MSG_ARGS, true);
	msg->args.partition_info_get_regs.uuid = it->uuid;
	msg->args.partition_info_get_regs.start_index = it->next_start;
	msg->args.partition_info_get_regs.tag = it->tag;
	return LIBFFA_OK;
}

libffa_status_t libffa_partition_regs_unpack(
	struct libffa_partition_regs_iter *it,
	const struct libffa_result_partition_info_get_regs *res,
	struct libffa_partition_info *out, uint32_t cap, uint32_t *count)
{
	uint8_t d[LIBFFA_PARTITION_INFO_SIZE_V1_3];
	uint32_t known;
	uint32_t n;
	uint32_t i;
	uint32_t k;

	if (it == NULL || res == NULL || count == NULL ||
	    (out == NULL && cap != 0u)) {
		return LIBFFA_E_INVAL;
	}
	if (it->done) {
		return LIBFFA_E_STATE;
	}
	known = libffa_partition_info_size(it->version);
	if (res->desc_size < known) {
		return LIBFFA_E_BADVALUE;
	}
	if (res->current_index < it->next_start ||
	    res->current_index > res->last_index) {
		return LIBFFA_E_BADVALUE;
	}
	if (it->started) {
		if (res->tag != it->tag) {
			return LIBFFA_E_RETRY;
		}
		if (res->last_index != it->last_index) {
			return LIBFFA_E_BADVALUE;
		}
	}
	n = (uint32_t)res->current_index - it->next_start + 1u;
	/* n <= 65536 and desc_size <= 65535: the product fits in 64 bits. */
	if ((uint64_t)n * res->desc_size > LIBFFA_PARTITION_REGS_BYTES) {
		return LIBFFA_E_TRUNCATED;
	}
	*count = n;
	if (n > cap) {
		return LIBFFA_E_NOSPACE;
	}
	for (i = 0; i < n; i++) {
		uint32_t off = i * (uint32_t)res->desc_size;

		/* Redundant with the check above (n x desc_size fits), but
		 * next to the read, where the proof stage can see it. */
		if (off > LIBFFA_PARTITION_REGS_BYTES - known) {
			return LIBFFA_E_TRUNCATED;
		}
		/* known <= 48 (v1.2: 24, v1.3+: 48): the prefix fits @d. */
		for (k = 0; k < known; k++) {
			d[k] = regs_byte(res->data, off + k);
		}
		info_load(d, known, &out[i]);
	}
	it->started = true;
	it->tag = res->tag;
	it->last_index = res->last_index;
	if (res->current_index == res->last_index) {
		it->done = true;
	} else {
		it->next_start = (uint16_t)(res->current_index + 1u);
	}
	return LIBFFA_OK;
}
