/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * Memory transaction and relinquish descriptor builder. Implements the
 * layouts of DEN0077A 1.0 Table 5.19, DEN0077A 1.1 Table 10.20 and DEN0140
 * 1.2 s4 (EMAD with implementation-defined field), composite and
 * constituent descriptors (DEN0077A 1.1 Tables 10.13, 10.14) and the
 * relinquish descriptor (DEN0077A 1.1 Table 16.25).
 */
#include "ffa/mem.h"

#include "internal.h"
#include "mem_wire.h"

/* libffa_mem_layout_(), folded into libffa_mem_build(). */
static LIBFFA_INLINE_ libffa_status_t
layout_of(libffa_version_t version, uint32_t receiver_count,
	  uint32_t constituent_count, struct libffa_mem_layout_ *layout)
{
	uint64_t emad_end;
	uint64_t end;

	if (!libffa_version_is_known(version)) {
		return LIBFFA_E_VERSION;
	}
	layout->header_size = libffa_wire_mem_header_size_(version);
	layout->emad_size = libffa_wire_emad_size_(version);
	layout->emad_offset = layout->header_size;
	emad_end = libffa_span_end_(layout->emad_offset, receiver_count,
				    layout->emad_size);
	/* Below 2^38 with any u32 counts: no wrap in 64 bits, so one test
	 * of the end covers the composite's offset too. */
	end = emad_end;
	if (constituent_count != 0u) {
		end += LIBFFA_WIRE_COMPOSITE_SIZE +
		       (uint64_t)constituent_count *
			       LIBFFA_WIRE_CONSTITUENT_SIZE;
	}
	/* The total length travels in w1: it must fit 32 bits. */
	if (end > UINT32_MAX) {
		return LIBFFA_E_OVERFLOW;
	}
	layout->composite_offset = 0;
	layout->constituent_offset = 0;
	if (constituent_count != 0u) {
		layout->composite_offset = (uint32_t)emad_end;
		layout->constituent_offset =
			(uint32_t)emad_end + LIBFFA_WIRE_COMPOSITE_SIZE;
	}
	layout->total_size = (size_t)end;
	return LIBFFA_OK;
}

libffa_status_t libffa_mem_layout_(libffa_version_t version,
				   uint32_t receiver_count,
				   uint32_t constituent_count,
				   struct libffa_mem_layout_ *layout)
{
	return layout_of(version, receiver_count, constituent_count, layout);
}

/*
 * The header of @header_size bytes (32: v1.0, 48: v1.1+, where the EMADs
 * follow it), from its first and fourth double words as put_header()
 * composes them: every byte stored once, reserved ones as zero (no
 * memset), as little-endian double words. Out of line: inlined, gcc 12's
 * store merging splits the double words into about 150 byte shifts and
 * stores.
 */
static LIBFFA_NOINLINE_ void libffa_mem_put_header_(uint8_t *buf,
						    uint32_t header_size,
						    uint64_t w0,
						    uint64_t handle,
						    uint64_t tag, uint64_t w3)
{
	libffa_le64_store_(buf + LIBFFA_WIRE_MEM_TRANS_SENDER_OFF, w0);
	libffa_le64_store_(buf + LIBFFA_WIRE_MEM_TRANS_HANDLE_OFF, handle);
	libffa_le64_store_(buf + LIBFFA_WIRE_MEM_TRANS_TAG_OFF, tag);
	libffa_le64_store_(buf + LIBFFA_WIRE_MEM_TRANS_EMAD_SIZE_OFF_V1_1, w3);
	if (header_size >= LIBFFA_WIRE_MEM_TRANS_SIZE_V1_1) {
		/* The EMAD offset (right after the header) and the first
		 * reserved word; then 8 more reserved bytes. */
		libffa_le64_store_(
			buf + LIBFFA_WIRE_MEM_TRANS_EMAD_OFFSET_OFF_V1_1,
			header_size);
		libffa_le64_store_(
			buf + LIBFFA_WIRE_MEM_TRANS_RESV36_OFF_V1_1 + 4u, 0u);
	}
}

/*
 * The header for @layout: its first double word (sender, attributes,
 * flags; v1.0: u8 attributes and a reserved byte 3) and its fourth (v1.0:
 * a reserved word at 24, v1.1+: the EMAD size; then the EMAD count)
 * composed here, in registers, for libffa_mem_put_header_().
 */
static LIBFFA_INLINE_ void put_header(uint8_t *buf, libffa_version_t version,
				      const struct libffa_mem_layout_ *layout,
				      uint32_t receiver_count,
				      libffa_id_t sender_id,
				      uint16_t attributes, uint32_t flags,
				      libffa_handle_t handle, uint64_t tag)
{
	bool v1_1 = version >= LIBFFA_VERSION_1_1;
	uint64_t attr = v1_1 ? attributes : (attributes & 0xFFu);
	uint64_t emad_size = v1_1 ? layout->emad_size : 0u;

	libffa_mem_put_header_(
		buf, layout->header_size,
		(uint64_t)sender_id |
			attr << (8u * LIBFFA_WIRE_MEM_TRANS_ATTR_OFF) |
			(uint64_t)flags
				<< (8u * LIBFFA_WIRE_MEM_TRANS_FLAGS_OFF),
		handle, tag, emad_size | (uint64_t)receiver_count << 32);
}

/*
 * The writers below check their span against the layout's total size (what
 * the caller checked @buf holds): redundant with the layout, which placed
 * every part inside it, but next to the stores, where the proof stage can
 * see it. Judged in 64 bits, so no size_t can wrap.
 */
static bool span_fits(const struct libffa_mem_layout_ *layout, uint64_t off,
		      uint32_t len)
{
	return layout->total_size >= len && off <= layout->total_size - len;
}

static LIBFFA_INLINE_ bool libffa_mem_put_emad_(
	uint8_t *buf, libffa_version_t version,
	const struct libffa_mem_layout_ *layout, uint32_t idx,
	const struct libffa_mem_receiver *receiver)
{
	uint64_t off =
		libffa_span_end_(layout->emad_offset, idx, layout->emad_size);
	uint8_t *e;

	if (!span_fits(layout, off, layout->emad_size)) {
		return false;
	}
	e = buf + (size_t)off;
	/* Every byte stored once, reserved ones as zero (no memset), as
	 * words and double words. The first word alone: composed of the
	 * receiver's fields only, gcc loads it as one word. */
	libffa_le32_store_(
		e + LIBFFA_WIRE_EMAD_ENDPOINT_OFF,
		(uint32_t)receiver->endpoint_id |
			(uint32_t)receiver->permissions
				<< (8u * LIBFFA_WIRE_EMAD_PERM_OFF) |
			(uint32_t)receiver->flags
				<< (8u * LIBFFA_WIRE_EMAD_FLAGS_OFF));
	libffa_le32_store_(e + LIBFFA_WIRE_EMAD_COMPOSITE_OFF,
			   layout->composite_offset);
	if (version < LIBFFA_VERSION_1_2) {
		libffa_le64_store_(e + LIBFFA_WIRE_EMAD_RESV8_OFF_V1_0, 0u);
		return true;
	}
	if (layout->emad_size < LIBFFA_WIRE_EMAD_SIZE_V1_2) {
		return false; /* never: the layout follows the version */
	}
	libffa_le64_store_(e + LIBFFA_WIRE_EMAD_IMPDEF_OFF_V1_2,
			   receiver->impdef[0]);
	libffa_le64_store_(e + LIBFFA_WIRE_EMAD_IMPDEF_OFF_V1_2 + 8u,
			   receiver->impdef[1]);
	libffa_le64_store_(e + LIBFFA_WIRE_EMAD_RESV24_OFF_V1_2, 0u);
	return true;
}

static LIBFFA_INLINE_ bool libffa_mem_put_composite_(
	uint8_t *buf, const struct libffa_mem_layout_ *layout,
	uint32_t total_pages, uint32_t constituent_count)
{
	uint8_t *c;

	if (!span_fits(layout, layout->composite_offset,
		       LIBFFA_WIRE_COMPOSITE_SIZE)) {
		return false;
	}
	c = buf + layout->composite_offset;
	libffa_le64_store_(
		c + LIBFFA_WIRE_COMPOSITE_PAGES_OFF,
		total_pages |
			(uint64_t)constituent_count
				<< (8u * LIBFFA_WIRE_COMPOSITE_COUNT_OFF));
	libffa_le64_store_(c + LIBFFA_WIRE_COMPOSITE_RESV8_OFF, 0u);
	return true;
}

static bool libffa_mem_put_constituent_(uint8_t *buf,
					const struct libffa_mem_layout_ *layout,
					uint32_t idx,
					const struct libffa_mem_constituent *c)
{
	uint64_t off = libffa_span_end_(layout->constituent_offset, idx,
					LIBFFA_WIRE_CONSTITUENT_SIZE);
	uint8_t *p;

	if (!span_fits(layout, off, LIBFFA_WIRE_CONSTITUENT_SIZE)) {
		return false;
	}
	p = buf + (size_t)off;
	libffa_le64_store_(p + LIBFFA_WIRE_CONSTITUENT_ADDRESS_OFF, c->address);
	libffa_le32_store_(p + LIBFFA_WIRE_CONSTITUENT_PAGES_OFF,
			   c->page_count);
	libffa_le32_store_(p + LIBFFA_WIRE_CONSTITUENT_RESV12_OFF, 0u);
	return true;
}

/* One constituent from @c at @d; returns its page count. */
static LIBFFA_INLINE_ uint32_t put_one(uint8_t *d,
				       const struct libffa_mem_constituent *c)
{
	uint64_t address = c->address;
	uint32_t count = c->page_count;

	libffa_le64_store_(d + LIBFFA_WIRE_CONSTITUENT_ADDRESS_OFF, address);
	libffa_le64_store_(d + LIBFFA_WIRE_CONSTITUENT_PAGES_OFF, count);
	return count;
}

/*
 * The constituent array of libffa_mem_build(): @n constituents from @src
 * written at @p, whose room the caller checked (the layout's total size
 * fits the capacity); returns the sum of their page counts. Straight
 * stores, each constituent's fields read once before its bytes are
 * written; the page count and the reserved word go as one zero-extended
 * double word. Four a step while four are left (the loop's own
 * instructions shared by four; not at -Os), then one a step from where
 * that stopped; fewer than four go straight to the one-a-step loop, with
 * none of the other's set-up.
 */
static LIBFFA_INLINE_ uint64_t put_constituents(
	uint8_t *p, const struct libffa_mem_constituent *src, uint32_t n)
{
	uint64_t pages = 0;
	size_t i;

#if !defined(__OPTIMIZE_SIZE__)
	if (n >= 4u) {
		size_t m = n & ~3u;

		for (i = 0; i < m; i += 4u) {
			pages += put_one(p + i * LIBFFA_WIRE_CONSTITUENT_SIZE,
					 &src[i]);
			pages += put_one(
				p + (i + 1u) * LIBFFA_WIRE_CONSTITUENT_SIZE,
				&src[i + 1u]);
			pages += put_one(
				p + (i + 2u) * LIBFFA_WIRE_CONSTITUENT_SIZE,
				&src[i + 2u]);
			pages += put_one(
				p + (i + 3u) * LIBFFA_WIRE_CONSTITUENT_SIZE,
				&src[i + 3u]);
		}
		/* The tail loop below from where this one stopped. */
		p += m * LIBFFA_WIRE_CONSTITUENT_SIZE;
		src += m;
		n &= 3u;
	}
#endif
	for (i = 0; i < n; i++) {
		pages += put_one(p + i * LIBFFA_WIRE_CONSTITUENT_SIZE, &src[i]);
	}
	return pages;
}

/* The sum of the page counts of @desc's constituents. */
static uint64_t page_total(const struct libffa_mem_desc *desc)
{
	uint64_t pages = 0;
	uint32_t i;

	for (i = 0; i < desc->constituent_count; i++) {
		pages += desc->constituents[i].page_count;
	}
	return pages;
}

libffa_status_t libffa_mem_write_view_(uint8_t *buf, libffa_version_t version,
				       const struct libffa_mem_view *view,
				       const struct libffa_mem_layout_ *layout)
{
	union {
		struct libffa_mem_receiver rcv;
		struct libffa_mem_constituent c;
	} u;
	uint32_t i;

	put_header(buf, version, layout, view->receiver_count, view->sender_id,
		   view->attributes, view->flags, view->handle, view->tag);
	for (i = 0; i < view->receiver_count; i++) {
		if (!libffa_mem_receiver_get(view, i, &u.rcv)) {
			return LIBFFA_E_INTERNAL;
		}
		if (version < LIBFFA_VERSION_1_2 &&
		    (u.rcv.impdef[0] != 0u || u.rcv.impdef[1] != 0u)) {
			return LIBFFA_E_VERSION;
		}
		if (!libffa_mem_put_emad_(buf, version, layout, i, &u.rcv)) {
			return LIBFFA_E_INTERNAL;
		}
	}
	if (view->constituent_count != 0u) {
		if (!libffa_mem_put_composite_(buf, layout, view->total_pages,
					       view->constituent_count)) {
			return LIBFFA_E_INTERNAL;
		}
		for (i = 0; i < view->constituent_count; i++) {
			if (!libffa_mem_constituent_get(view, i, &u.c) ||
			    !libffa_mem_put_constituent_(buf, layout, i,
							 &u.c)) {
				return LIBFFA_E_INTERNAL;
			}
		}
	}
	return LIBFFA_OK;
}

/*
 * libffa_mem_build()'s answer when @desc's @total bytes do not fit: an
 * overflowing page total is the first fault, as when the total was summed
 * before any write. Out of line at -O2: a cold loop, kept out of the hot
 * path's registers.
 */
#if defined(__OPTIMIZE_SIZE__)
#define COLD_NOINLINE_
#else
#define COLD_NOINLINE_ LIBFFA_NOINLINE_
#endif
static COLD_NOINLINE_ libffa_status_t
no_space(const struct libffa_mem_desc *desc, size_t total, size_t *size)
{
	if (page_total(desc) > UINT32_MAX) {
		return LIBFFA_E_OVERFLOW;
	}
	*size = total;
	return LIBFFA_E_NOSPACE;
}

static libffa_status_t check_desc(const struct libffa_mem_desc *desc)
{
	if (desc == NULL || desc->receiver_count == 0u ||
	    desc->receivers == NULL ||
	    (desc->constituent_count != 0u && desc->constituents == NULL)) {
		return LIBFFA_E_INVAL;
	}
	return LIBFFA_OK;
}

libffa_status_t libffa_mem_size(const struct libffa_mem_desc *desc,
				libffa_version_t version, size_t *size)
{
	struct libffa_mem_layout_ layout;
	libffa_status_t st;

	if (size == NULL) {
		return LIBFFA_E_INVAL;
	}
	st = check_desc(desc);
	if (st != LIBFFA_OK) {
		return st;
	}
	st = libffa_mem_layout_(version, desc->receiver_count,
				desc->constituent_count, &layout);
	if (st == LIBFFA_OK) {
		*size = layout.total_size;
	}
	return st;
}

/*
 * libffa_mem_build() for @version, @buf and @size not NULL. At -O2 folded into
 * it twice (see there); one body at -Os.
 */
#if defined(__OPTIMIZE_SIZE__)
#define BUILD_INLINE_
#else
#define BUILD_INLINE_ LIBFFA_INLINE_
#endif
static BUILD_INLINE_ libffa_status_t build(const struct libffa_mem_desc *desc,
					   libffa_version_t version, void *buf,
					   size_t capacity, size_t *size)
{
	struct libffa_mem_layout_ layout;
	libffa_status_t st;
	uint32_t i;

	st = check_desc(desc);
	if (st != LIBFFA_OK) {
		return st;
	}
	st = layout_of(version, desc->receiver_count, desc->constituent_count,
		       &layout);
	if (st != LIBFFA_OK) {
		return st;
	}
	/* Fields the target layout cannot carry are a caller bug. */
	if (version < LIBFFA_VERSION_1_1 && desc->attributes > 0xFFu) {
		return LIBFFA_E_INVAL;
	}
	for (i = 0; version < LIBFFA_VERSION_1_2 && i < desc->receiver_count;
	     i++) {
		if ((desc->receivers[i].impdef[0] |
		     desc->receivers[i].impdef[1]) != 0u) {
			return LIBFFA_E_INVAL;
		}
	}
	if (capacity < layout.total_size) {
		return no_space(desc, layout.total_size, size);
	}

	put_header(buf, version, &layout, desc->receiver_count, desc->sender_id,
		   desc->attributes, desc->flags, desc->handle, desc->tag);
	for (i = 0; i < desc->receiver_count; i++) {
		if (!libffa_mem_put_emad_(buf, version, &layout, i,
					  &desc->receivers[i])) {
			return LIBFFA_E_INTERNAL;
		}
	}
	if (desc->constituent_count != 0u) {
		/* The page total is summed while the constituents are
		 * written: one pass. */
		uint64_t pages = put_constituents(
			(uint8_t *)buf + layout.constituent_offset,
			desc->constituents, desc->constituent_count);
		if (pages > UINT32_MAX) {
			return LIBFFA_E_OVERFLOW;
		}
		if (!libffa_mem_put_composite_(buf, &layout, (uint32_t)pages,
					       desc->constituent_count)) {
			return LIBFFA_E_INTERNAL;
		}
	}
	*size = layout.total_size;
	return LIBFFA_OK;
}

libffa_status_t libffa_mem_relinquish_build(
	const struct libffa_mem_relinquish *desc, void *buf, size_t capacity,
	size_t *size)
{
	uint8_t *p = buf;
	uint64_t total;
	uint32_t i;

	if (desc == NULL || buf == NULL || size == NULL ||
	    desc->endpoint_count == 0u || desc->endpoints == NULL) {
		return LIBFFA_E_INVAL;
	}
	/* Judged in 64 bits, and like every descriptor length it must fit
	 * the u32 that carries it, so every host gives the same answer. */
	total = libffa_span_end_(LIBFFA_WIRE_RELINQUISH_ENDPOINTS_OFF,
				 desc->endpoint_count, 2u);
	if (total > UINT32_MAX) {
		return LIBFFA_E_OVERFLOW;
	}
	*size = (size_t)total;
	if (capacity < total) {
		return LIBFFA_E_NOSPACE;
	}
	libffa_le64_store_(p + LIBFFA_WIRE_RELINQUISH_HANDLE_OFF, desc->handle);
	libffa_le32_store_(p + LIBFFA_WIRE_RELINQUISH_FLAGS_OFF, desc->flags);
	libffa_le32_store_(p + LIBFFA_WIRE_RELINQUISH_COUNT_OFF,
			   desc->endpoint_count);
	for (i = 0; i < desc->endpoint_count; i++) {
		libffa_le16_store_(p + LIBFFA_WIRE_RELINQUISH_ENDPOINTS_OFF +
					   (size_t)i * 2u,
				   desc->endpoints[i]);
	}
	return LIBFFA_OK;
}

libffa_status_t libffa_mem_build(const struct libffa_mem_desc *desc,
				 libffa_version_t version, void *buf,
				 size_t capacity, size_t *size)
{
	/* Ahead of the version dispatch: at -O2 each pointer is then tested
	 * once, by a branch (in the bodies, gcc combines them into flags). */
	if (size == NULL || buf == NULL) {
		return LIBFFA_E_INVAL;
	}
#if !defined(__OPTIMIZE_SIZE__)
	/* Versions 1.2 and 1.3 write the same layout (DEN0140 1.2 s4, the
	 * 32-byte EMAD): one copy of the body with that version a constant,
	 * so its layout and version tests fold away. */
	if (version == LIBFFA_VERSION_1_2 || version == LIBFFA_VERSION_1_3) {
		return build(desc, LIBFFA_VERSION_1_2, buf, capacity, size);
	}
#endif
	return build(desc, version, buf, capacity, size);
}

const char *libffa_mem_op_name(enum libffa_mem_op op)
{
	switch (op) {
	case LIBFFA_MEM_OP_ANY:
		return "any";
	case LIBFFA_MEM_OP_SHARE:
		return "share";
	case LIBFFA_MEM_OP_LEND:
		return "lend";
	case LIBFFA_MEM_OP_DONATE:
		return "donate";
	case LIBFFA_MEM_OP_RETRIEVE_REQ:
		return "retrieve_req";
	case LIBFFA_MEM_OP_RETRIEVE_RESP:
		return "retrieve_resp";
	}
	return NULL;
}
