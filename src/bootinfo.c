/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * FF-A boot information (DEN0077A 1.1 s5.4): the v1.1+
 * header and descriptors, and the v1.0 name/value form.
 */
#include "ffa/bootinfo.h"

#include "internal.h"

#define BI_SIG_OFF	0u
#define BI_VERSION_OFF	4u
#define BI_BLOB_OFF	8u
#define BI_DSIZE_OFF	12u
#define BI_COUNT_OFF	16u
#define BI_DOFF_OFF	20u
#define BI_RESERVED_OFF 24u
#define BD_NAME_OFF	0u
#define BD_TYPE_OFF	16u
#define BD_RESERVED_OFF 17u
#define BD_FLAGS_OFF	18u
#define BD_SIZE_OFF	20u
#define BD_CONTENT_OFF	24u
#define V10_COUNT_OFF	4u
#define V10_PAIRS_OFF	8u
#define V10_PAIR_SIZE	32u

static void desc_load(const uint8_t *d, struct libffa_bootinfo_desc *desc)
{
	LIBFFA_MEMSET(desc, 0, sizeof(*desc));
	LIBFFA_MEMCPY(desc->name, d + BD_NAME_OFF, LIBFFA_BOOTINFO_NAME_SIZE);
	desc->type = d[BD_TYPE_OFF];
	desc->flags = libffa_le16_load_(d + BD_FLAGS_OFF);
	desc->size = libffa_le32_load_(d + BD_SIZE_OFF);
	desc->content = libffa_le64_load_(d + BD_CONTENT_OFF);
}

static uint32_t content_format(uint16_t flags)
{
	return ((uint32_t)flags & LIBFFA_BOOTINFO_FLAG_CONTENT_FORMAT) >>
	       LIBFFA_BOOTINFO_FLAG_CONTENT_FORMAT_SHIFT;
}

/*
 * A descriptor's flags at header version @v: reserved bits clear, a name
 * and content format that exist (offset content from v1.3). The parse
 * and the build both apply it.
 */
static libffa_status_t flags_check(uint16_t flags, libffa_version_t v)
{
	uint32_t fmt = content_format(flags);

	if ((flags & LIBFFA_BOOTINFO_FLAG_MBZ) != 0u) {
		return LIBFFA_E_MBZ;
	}
	if ((flags & LIBFFA_BOOTINFO_FLAG_NAME_FORMAT) >
		    LIBFFA_BOOTINFO_NAME_UUID ||
	    fmt > LIBFFA_BOOTINFO_CONTENT_OFFSET ||
	    (fmt == LIBFFA_BOOTINFO_CONTENT_OFFSET && v < LIBFFA_VERSION_1_3)) {
		return LIBFFA_E_BADVALUE;
	}
	return LIBFFA_OK;
}

/*
 * Read one descriptor once into @desc and check its formats, reserved bits
 * and offset content (v = header version). The parse and
 * libffa_bootinfo_desc_at() both use it, so what the caller receives is
 * always the copy that was checked, even if the blob changes meanwhile.
 */
static libffa_status_t desc_check(const uint8_t *d, libffa_version_t v,
				  uint32_t blob_size,
				  struct libffa_bootinfo_desc *out)
{
	libffa_status_t st;

	/* Checked in @out itself: no second copy on the stack. */
	desc_load(d, out);
	if (d[BD_RESERVED_OFF] != 0u) {
		return LIBFFA_E_MBZ;
	}
	st = flags_check(out->flags, v);
	if (st != LIBFFA_OK) {
		return st;
	}
	/* Offset content lies in the blob itself. */
	if (content_format(out->flags) == LIBFFA_BOOTINFO_CONTENT_OFFSET &&
	    (out->content > blob_size ||
	     out->size > blob_size - out->content)) {
		return LIBFFA_E_TRUNCATED;
	}
	return LIBFFA_OK;
}

libffa_status_t libffa_bootinfo_parse(const uint8_t *buf, size_t size,
				      struct libffa_bootinfo_view *view)
{
	libffa_version_t version;
	uint32_t blob;
	uint32_t dsize;
	uint32_t count;
	uint32_t doff;
	uint64_t array;
	uint32_t i;

	if (view == NULL || (buf == NULL && size != 0u)) {
		return LIBFFA_E_INVAL;
	}
	if (size < 4u) {
		return LIBFFA_E_TRUNCATED;
	}
	if (libffa_le32_load_(buf + BI_SIG_OFF) == LIBFFA_BOOTINFO_MAGIC_V1_0) {
		return LIBFFA_E_VERSION;
	}
	if (libffa_le32_load_(buf + BI_SIG_OFF) != LIBFFA_BOOTINFO_SIGNATURE) {
		return LIBFFA_E_BADVALUE;
	}
	if (size < LIBFFA_BOOTINFO_HEADER_SIZE) {
		return LIBFFA_E_TRUNCATED;
	}
	/* Read every controlling field once. */
	version = libffa_le32_load_(buf + BI_VERSION_OFF);
	blob = libffa_le32_load_(buf + BI_BLOB_OFF);
	dsize = libffa_le32_load_(buf + BI_DSIZE_OFF);
	count = libffa_le32_load_(buf + BI_COUNT_OFF);
	doff = libffa_le32_load_(buf + BI_DOFF_OFF);
	if (!libffa_version_is_wellformed(version) ||
	    libffa_version_major(version) != 1u ||
	    version < LIBFFA_VERSION_1_1) {
		return LIBFFA_E_BADVALUE;
	}
	if (libffa_le64_load_(buf + BI_RESERVED_OFF) != 0u) {
		return LIBFFA_E_MBZ;
	}
	if (blob < LIBFFA_BOOTINFO_HEADER_SIZE ||
	    dsize < LIBFFA_BOOTINFO_DESC_SIZE ||
	    doff < LIBFFA_BOOTINFO_HEADER_SIZE) {
		return LIBFFA_E_BADVALUE;
	}
	if (blob > size) {
		return LIBFFA_E_TRUNCATED;
	}
	/* Both factors are u32: the product fits in 64 bits; the array must
	 * also fit the u32 blob. */
	array = (uint64_t)count * dsize;
	if (array > UINT32_MAX || array + doff > UINT32_MAX) {
		return LIBFFA_E_OVERFLOW;
	}
	if (array + doff > blob) {
		return LIBFFA_E_TRUNCATED;
	}
	for (i = 0; i < count; i++) {
		struct libffa_bootinfo_desc desc;
		uint64_t off = (uint64_t)doff + (uint64_t)i * dsize;
		libffa_status_t st;

		/* Redundant with the array check: the bound next to the read
		 * for the proof stage. blob >= the 32-byte header here. */
		if (off > blob - LIBFFA_BOOTINFO_DESC_SIZE) {
			return LIBFFA_E_TRUNCATED;
		}
		st = desc_check(buf + (size_t)off, version, blob, &desc);

		if (st != LIBFFA_OK) {
			return st;
		}
	}
	view->base = buf;
	view->version = version;
	view->blob_size = blob;
	view->desc_size = dsize;
	view->desc_count = count;
	view->desc_offset = doff;
	return LIBFFA_OK;
}

libffa_status_t libffa_bootinfo_desc_at(const struct libffa_bootinfo_view *view,
					uint32_t idx,
					struct libffa_bootinfo_desc *desc)
{
	uint64_t off;

	if (view == NULL || desc == NULL || idx >= view->desc_count) {
		return LIBFFA_E_INVAL;
	}
	off = (uint64_t)view->desc_offset + (uint64_t)idx * view->desc_size;
	if (view->blob_size < LIBFFA_BOOTINFO_DESC_SIZE ||
	    off > view->blob_size - LIBFFA_BOOTINFO_DESC_SIZE) {
		return LIBFFA_E_INVAL; /* not a view the parse made */
	}
	/* Single fetch: the blob may be shared; check the copy we return. */
	return desc_check(view->base + (size_t)off, view->version,
			  view->blob_size, desc);
}

libffa_status_t libffa_bootinfo_build(const struct libffa_bootinfo_desc *descs,
				      uint32_t count, libffa_version_t version,
				      uint8_t *buf, size_t cap, size_t *needed)
{
	uint64_t total;
	uint32_t i;

	if (needed == NULL || (descs == NULL && count != 0u)) {
		return LIBFFA_E_INVAL;
	}
	if (!libffa_version_is_known(version) || version < LIBFFA_VERSION_1_1) {
		return LIBFFA_E_VERSION;
	}
	for (i = 0; i < count; i++) {
		if (flags_check(descs[i].flags, version) != LIBFFA_OK) {
			return LIBFFA_E_INVAL;
		}
	}
	total = LIBFFA_BOOTINFO_HEADER_SIZE +
		(uint64_t)count * LIBFFA_BOOTINFO_DESC_SIZE;
	if (total > UINT32_MAX || total > SIZE_MAX) {
		return LIBFFA_E_INVAL;
	}
	*needed = (size_t)total;
	if (buf == NULL || total > cap) {
		return LIBFFA_E_NOSPACE;
	}
	LIBFFA_MEMSET(buf, 0, (size_t)total);
	libffa_le32_store_(buf + BI_SIG_OFF, LIBFFA_BOOTINFO_SIGNATURE);
	libffa_le32_store_(buf + BI_VERSION_OFF, version);
	libffa_le32_store_(buf + BI_BLOB_OFF, (uint32_t)total);
	libffa_le32_store_(buf + BI_DSIZE_OFF, LIBFFA_BOOTINFO_DESC_SIZE);
	libffa_le32_store_(buf + BI_COUNT_OFF, count);
	libffa_le32_store_(buf + BI_DOFF_OFF, LIBFFA_BOOTINFO_HEADER_SIZE);
	for (i = 0; i < count; i++) {
		uint8_t *d = buf + LIBFFA_BOOTINFO_HEADER_SIZE +
			     (size_t)i * LIBFFA_BOOTINFO_DESC_SIZE;

		LIBFFA_MEMCPY(d + BD_NAME_OFF, descs[i].name,
			      LIBFFA_BOOTINFO_NAME_SIZE);
		d[BD_TYPE_OFF] = descs[i].type;
		libffa_le16_store_(d + BD_FLAGS_OFF, descs[i].flags);
		libffa_le32_store_(d + BD_SIZE_OFF, descs[i].size);
		libffa_le64_store_(d + BD_CONTENT_OFF, descs[i].content);
	}
	return LIBFFA_OK;
}

libffa_status_t libffa_bootinfo_parse_v1_0(const uint8_t *buf, size_t size,
					   uint32_t *count)
{
	uint32_t n;

	if (count == NULL || (buf == NULL && size != 0u)) {
		return LIBFFA_E_INVAL;
	}
	if (size < V10_PAIRS_OFF) {
		return LIBFFA_E_TRUNCATED;
	}
	if (libffa_le32_load_(buf) != LIBFFA_BOOTINFO_MAGIC_V1_0) {
		return LIBFFA_E_BADVALUE;
	}
	n = libffa_le32_load_(buf + V10_COUNT_OFF);
	if ((uint64_t)n * V10_PAIR_SIZE > size - V10_PAIRS_OFF) {
		return LIBFFA_E_TRUNCATED;
	}
	*count = n;
	return LIBFFA_OK;
}

libffa_status_t libffa_bootinfo_nvp_at_v1_0(
	const uint8_t *buf, size_t size, uint32_t count, uint32_t idx,
	struct libffa_bootinfo_nvp_v1_0 *nvp)
{
	const uint8_t *p;
	uint64_t off;

	if (buf == NULL || nvp == NULL || idx >= count) {
		return LIBFFA_E_INVAL;
	}
	/* The pair lies inside @size (judged in 64 bits on every host). */
	off = V10_PAIRS_OFF + (uint64_t)idx * V10_PAIR_SIZE;
	if (size < V10_PAIR_SIZE || off > size - V10_PAIR_SIZE) {
		return LIBFFA_E_INVAL;
	}
	p = buf + (size_t)off;
	LIBFFA_MEMCPY(nvp->name, p, LIBFFA_BOOTINFO_NAME_SIZE);
	nvp->value = libffa_le64_load_(p + 16u);
	nvp->size = libffa_le64_load_(p + 24u);
	return LIBFFA_OK;
}
