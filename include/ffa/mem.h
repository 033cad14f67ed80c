/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * Memory transaction descriptors (FFA_MEM_SHARE, LEND, DONATE, RETRIEVE_REQ,
 * RETRIEVE_RESP) and the relinquish descriptor, in the v1.0 layout
 * (DEN0077A 1.0 Table 5.19) and the v1.1+ layouts (DEN0077A 1.1 Table 10.20,
 * DEN0140 1.2 s4): builder, validating parser with iterators, fragmentation
 * (FFA_MEM_FRAG_TX / FFA_MEM_FRAG_RX) and v1.0 <-> v1.1+ translation.
 *
 * Trust model (SECURITY.md): a &struct libffa_mem_desc passed to the builder
 * is trusted; every byte given to libffa_mem_parse(), the reassembler and
 * the translator is not.
 */
#ifndef LIBFFA_MEM_H
#define LIBFFA_MEM_H

#include "ffa/abi.h"
#include "ffa/env.h"
#include "ffa/msg.h"
#include "ffa/status.h"
#include "ffa/version.h"

LIBFFA_BEGIN_DECLS

/** FF-A pages are 4 KiB whatever the translation granule. */
#define LIBFFA_MEM_PAGE_SIZE 4096u

/**
 * libffa_mem_header_size() - memory transaction descriptor header size.
 * @v: negotiated version.
 *
 * Return: 32 bytes in v1.0 (DEN0077A 1.0 Table 5.19), 48 from v1.1
 * (DEN0077A 1.1 Table 10.20), where the header names the EMAD offset.
 */
uint32_t libffa_mem_header_size(libffa_version_t v);

/**
 * libffa_mem_emad_size() - endpoint memory access descriptor size.
 * @v: negotiated version.
 *
 * Return: 16 bytes up to v1.1, 32 from v1.2 (implementation-defined field,
 * DEN0140 1.2 s4).
 */
uint32_t libffa_mem_emad_size(libffa_version_t v);

/**
 * enum libffa_mem_op - the ABI a transaction descriptor travels with.
 * @LIBFFA_MEM_OP_ANY: structural and encoding checks only (a debugger or
 *                     the CLI not knowing the ABI); no per-ABI rules.
 */
enum libffa_mem_op {
	LIBFFA_MEM_OP_ANY = 0,
	LIBFFA_MEM_OP_SHARE,
	LIBFFA_MEM_OP_LEND,
	LIBFFA_MEM_OP_DONATE,
	LIBFFA_MEM_OP_RETRIEVE_REQ,
	LIBFFA_MEM_OP_RETRIEVE_RESP
};

/* Memory access permissions (DEN0077A 1.1 Table 10.15). */
#define LIBFFA_MEM_PERM_DATA_MASK  0x03u /* bits[1:0] */
#define LIBFFA_MEM_PERM_DATA_NONE  0x00u /* not specified */
#define LIBFFA_MEM_PERM_DATA_RO	   0x01u
#define LIBFFA_MEM_PERM_DATA_RW	   0x02u
#define LIBFFA_MEM_PERM_INSTR_MASK 0x0Cu /* bits[3:2] */
#define LIBFFA_MEM_PERM_INSTR_NONE 0x00u /* not specified */
#define LIBFFA_MEM_PERM_INSTR_NX   0x04u
#define LIBFFA_MEM_PERM_INSTR_X	   0x08u
#define LIBFFA_MEM_PERM_MBZ	   0xF0u /* bits[7:4] */

/* Memory region attributes (DEN0077A 1.1 Table 10.18). */
#define LIBFFA_MEM_ATTR_SHARE_MASK  0x0003u /* bits[1:0] */
#define LIBFFA_MEM_ATTR_SHARE_NON   0x0000u
#define LIBFFA_MEM_ATTR_SHARE_OUTER 0x0002u
#define LIBFFA_MEM_ATTR_SHARE_INNER 0x0003u
#define LIBFFA_MEM_ATTR_CACHE_MASK  0x000Cu /* bits[3:2] */
#define LIBFFA_MEM_ATTR_CACHE_NC    0x0004u /* normal: non-cacheable */
#define LIBFFA_MEM_ATTR_CACHE_WB    0x000Cu /* normal: write-back */
#define LIBFFA_MEM_ATTR_TYPE_MASK   0x0030u /* bits[5:4] */
#define LIBFFA_MEM_ATTR_TYPE_NONE   0x0000u
#define LIBFFA_MEM_ATTR_TYPE_DEVICE 0x0010u
#define LIBFFA_MEM_ATTR_TYPE_NORMAL 0x0020u
#define LIBFFA_MEM_ATTR_NS	    0x0040u /* bit 6, v1.1+ */
#define LIBFFA_MEM_ATTR_MBZ_V1_0    0x00C0u /* bits[7:6] of the u8 */
#define LIBFFA_MEM_ATTR_MBZ_V1_1    0xFF80u /* bits[15:7] */

/* Transaction flags (DEN0077A 1.1 Table 10.21/10.22). */
#define LIBFFA_MEM_FLAG_CLEAR		 0x001u /* bit 0 */
#define LIBFFA_MEM_FLAG_TIME_SLICE	 0x002u /* bit 1 */
#define LIBFFA_MEM_FLAG_CLEAR_RELINQUISH 0x004u /* bit 2, retrieve */
#define LIBFFA_MEM_FLAG_TYPE_MASK	 0x018u /* bits[4:3], retrieve */
#define LIBFFA_MEM_FLAG_TYPE_SHARE	 0x008u
#define LIBFFA_MEM_FLAG_TYPE_LEND	 0x010u
#define LIBFFA_MEM_FLAG_TYPE_DONATE	 0x018u
#define LIBFFA_MEM_FLAG_ALIGN_HINT_MASK	 0x1E0u /* bits[8:5], retrieve req */
#define LIBFFA_MEM_FLAG_ALIGN_HINT_VALID 0x200u /* bit 9, retrieve req */
/* Legal flag bits per ABI (arm-ffa masks). */
#define LIBFFA_MEM_FLAGS_SEND	       0x003u
#define LIBFFA_MEM_FLAGS_RETRIEVE_REQ  0x3FFu
#define LIBFFA_MEM_FLAGS_RETRIEVE_RESP 0x01Fu

/* EMAD flags: bit 0 "non-retrieval borrower" (retrieve req/resp only). */
#define LIBFFA_MEM_EMAD_FLAG_NON_RETRIEVAL 0x01u

/* Relinquish flags (DEN0077A 1.1 Table 16.25). */
#define LIBFFA_MEM_RELINQUISH_FLAG_CLEAR      0x1u
#define LIBFFA_MEM_RELINQUISH_FLAG_TIME_SLICE 0x2u
#define LIBFFA_MEM_RELINQUISH_FLAGS	      0x3u

/** Parse flag: the descriptor comes from the owner's first send, so its
 * handle must be 0 (the relayer allocates it). */
#define LIBFFA_MEM_PARSE_FROM_OWNER 0x1u

/**
 * struct libffa_mem_receiver - one endpoint memory access descriptor.
 * @endpoint_id: the receiver.
 * @permissions: memory access permissions (LIBFFA_MEM_PERM_*).
 * @flags:       EMAD flags (LIBFFA_MEM_EMAD_FLAG_*).
 * @impdef:      16 bytes of implementation-defined data (v1.2+ only; must be
 *               zero for older layouts).
 */
struct libffa_mem_receiver {
	libffa_id_t endpoint_id;
	uint8_t permissions;
	uint8_t flags;
	uint64_t impdef[2];
};

/**
 * struct libffa_mem_constituent - one address range.
 * @address:    base address, 4 KiB aligned.
 * @page_count: number of 4 KiB pages.
 */
struct libffa_mem_constituent {
	uint64_t address;
	uint32_t page_count;
};

/**
 * struct libffa_mem_desc - what libffa_mem_build() writes.
 * @sender_id:         owner (send) or sender of the descriptor.
 * @attributes:        memory region attributes (u8 in v1.0).
 * @flags:             transaction flags.
 * @handle:            memory handle (0 in an owner's first send).
 * @tag:               implementation-defined tag.
 * @receivers:         @receiver_count EMADs (1 or more).
 * @constituents:      @constituent_count ranges; 0 means no composite
 *                     descriptor (composite offset 0, retrieve request).
 *
 * All receivers share one composite descriptor placed after the EMADs;
 * its total page count is the sum of the constituents' page counts.
 */
struct libffa_mem_desc {
	libffa_id_t sender_id;
	uint16_t attributes;
	uint32_t flags;
	libffa_handle_t handle;
	uint64_t tag;
	const struct libffa_mem_receiver *receivers;
	uint32_t receiver_count;
	const struct libffa_mem_constituent *constituents;
	uint32_t constituent_count;
};

/**
 * struct libffa_mem_fault - where a parse failed.
 * @field:  dotted field name ("header.emad_offset", "emad.permissions",
 *          "constituent.address"), or NULL when no field is to blame.
 * @offset: byte offset of that field in the buffer.
 * @index:  index of the EMAD, constituent or endpoint (0 for the header).
 */
struct libffa_mem_fault {
	const char *field;
	size_t offset;
	uint32_t index;
};

/**
 * struct libffa_mem_view - a validated transaction descriptor.
 *
 * Every geometry field (offsets, counts, sizes) was read once from the
 * buffer and checked; iterators use these copies and re-read only payload
 * fields, so a concurrent writer can change what an iterator returns but
 * never make it read outside [@buf, @buf + @size).
 *
 * @buf, @size:         the caller's buffer.
 * @version:            the layout it was parsed in.
 * @op:                 the ABI rules applied.
 * @sender_id .. @tag:  header fields.
 * @emad_offset:        where the EMAD array starts.
 * @emad_stride:        the EMAD size the header gives (v1.1+), else 16.
 * @receiver_count:     number of EMADs.
 * @composite_offset:   the composite all EMADs name, 0 for none.
 * @total_pages:        the composite's page count (= sum of constituents).
 * @constituent_offset: where the constituent array starts.
 * @constituent_count:  number of constituents.
 * @used_size:          end of the last structure (<= @size).
 */
struct libffa_mem_view {
	const uint8_t *buf;
	size_t size;
	libffa_version_t version;
	enum libffa_mem_op op;
	libffa_id_t sender_id;
	uint16_t attributes;
	uint32_t flags;
	libffa_handle_t handle;
	uint64_t tag;
	uint32_t emad_offset;
	uint32_t emad_stride;
	uint32_t receiver_count;
	uint32_t composite_offset;
	uint32_t total_pages;
	uint32_t constituent_offset;
	uint32_t constituent_count;
	size_t used_size;
};

/**
 * libffa_mem_size() - bytes libffa_mem_build() would write.
 * @desc:    the descriptor.
 * @version: target layout (1.0 to 1.3).
 * @size:    out: the size.
 *
 * Context: Any. Reentrant. No side effects.
 * Return: %LIBFFA_OK; %LIBFFA_E_INVAL for a NULL pointer, no receivers or a
 * NULL array with a non-zero count; %LIBFFA_E_VERSION for an unknown
 * version; %LIBFFA_E_OVERFLOW when the size does not fit 32 bits.
 */
LIBFFA_MUST_CHECK libffa_status_t
libffa_mem_size(const struct libffa_mem_desc *desc, libffa_version_t version,
		size_t *size);

/**
 * libffa_mem_build() - write a transaction descriptor.
 * @desc:     the descriptor (trusted).
 * @version:  target layout.
 * @buf:      output buffer.
 * @capacity: bytes available at @buf.
 * @size:     out: bytes written, or bytes needed on %LIBFFA_E_NOSPACE.
 *
 * Writes the header, the EMADs right after it (v1.1+: at offset 48, named
 * in the header), one composite descriptor and the constituents, with every
 * reserved field zero. The builder checks structure only: the per-ABI rules
 * are the parser's, so run libffa_mem_parse() to check a descriptor built
 * from untrusted values.
 *
 * Context: Any. Reentrant. Writes only [@buf, @buf + @size) (the size
 * libffa_mem_size() gives), and nothing before every check but the page
 * total's has passed.
 * Return: %LIBFFA_OK; %LIBFFA_E_NOSPACE when @capacity is too small
 * (*@size = needed); %LIBFFA_E_INVAL as libffa_mem_size(), or attributes
 * above 0xFF or a non-zero impdef for a layout without them;
 * %LIBFFA_E_VERSION; %LIBFFA_E_OVERFLOW as libffa_mem_size(), or when the
 * constituents' pages do not add up within 32 bits (summed while the
 * constituents are written: @buf then holds a partial descriptor).
 */
LIBFFA_MUST_CHECK libffa_status_t
libffa_mem_build(const struct libffa_mem_desc *desc, libffa_version_t version,
		 void *buf, size_t capacity, size_t *size);

/**
 * libffa_mem_parse() - validate a transaction descriptor.
 * @buf:     the descriptor (untrusted; see SECURITY.md for double fetch).
 * @size:    bytes at @buf (the total length of the transaction).
 * @version: the negotiated version, which selects the layout.
 * @op:      the ABI it came with, selecting the per-ABI rules.
 * @flags:   LIBFFA_MEM_PARSE_*.
 * @view:    out: the view.
 * @fault:   out, may be NULL: the failing field.
 *
 * Context: Any. Reentrant. Reads only [@buf, @buf + @size).
 * Return: %LIBFFA_OK;
 * %LIBFFA_E_INVAL for NULL pointers or an unknown @op;
 * %LIBFFA_E_VERSION for an unknown version;
 * %LIBFFA_E_TRUNCATED when a structure (an EMAD or constituent array of
 * any count included: sizes are judged in 64 bits, so the verdict and the
 * fault never depend on the width of size_t) runs past @size;
 * %LIBFFA_E_OVERFLOW when a composite offset leaves no room for a 32-bit
 * constituent offset, or a constituent range wraps the address space;
 * %LIBFFA_E_ALIGN for a misaligned EMAD array, EMAD size, composite or
 * constituent address;
 * %LIBFFA_E_MBZ for a non-zero reserved field or flag bit, or a non-zero
 * byte past the version's EMAD when the header's EMAD size is larger
 * ("emad.extension");
 * %LIBFFA_E_BADVALUE for an illegal encoding or a rule of the ABI: an EMAD
 * size below the version's or above every known EMAD (32 bytes), EMAD
 * array or composite inside the header or overlapping, zero receivers,
 * repeated receivers, receivers naming different composites, a missing or
 * empty composite, a zero page count, pages that do not add up, or
 * permissions, attributes or flags the ABI may not carry.
 */
LIBFFA_MUST_CHECK libffa_status_t
libffa_mem_parse(const void *buf, size_t size, libffa_version_t version,
		 enum libffa_mem_op op, unsigned int flags,
		 struct libffa_mem_view *view, struct libffa_mem_fault *fault);

/**
 * struct libffa_mem_copy - the caller's arrays libffa_mem_parse_copy()
 * fills.
 * @receivers:       room for @receiver_max receivers (NULL when 0).
 * @receiver_max:    entries at @receivers.
 * @constituents:    room for @constituent_max constituents (NULL when 0).
 * @constituent_max: entries at @constituents.
 */
struct libffa_mem_copy {
	struct libffa_mem_receiver *receivers;
	uint32_t receiver_max;
	struct libffa_mem_constituent *constituents;
	uint32_t constituent_max;
};

/**
 * libffa_mem_parse_copy() - validate a transaction descriptor and copy out
 * every receiver and constituent in the same pass.
 * @buf, @size, @version, @op, @flags, @view, @fault: as libffa_mem_parse().
 * @copy: the arrays to fill.
 *
 * The same checks, verdicts and faults as libffa_mem_parse(); on
 * %LIBFFA_OK, @copy->receivers[0 .. @view->receiver_count - 1] and
 * @copy->constituents[0 .. @view->constituent_count - 1] hold the values
 * the checks were made on, each read from @buf once (impdef is zero before
 * v1.2). This is the way to read a descriptor in memory its sender can
 * still write (a TX buffer): the view's accessors read @buf again, so
 * what they return may not be what was validated. It is also the cheap
 * way to read everything (no second pass). libffa_mem_parse() stays for
 * a private buffer read in place, and for callers without room for the
 * arrays.
 *
 * Context: Any. Reentrant. Reads only [@buf, @buf + @size); writes the
 * arrays only up to the counts read (on failure their contents are
 * unspecified).
 * Return: any status of libffa_mem_parse(); %LIBFFA_E_INVAL also for a
 * NULL @copy or a NULL array with a non-zero room; %LIBFFA_E_NOSPACE when
 * the descriptor has more receivers than @copy->receiver_max (fault
 * "header.emad_count") or more constituents than @copy->constituent_max
 * ("composite.constituent_count"), found once that count has passed its
 * own checks: the count is then in @view.
 */
LIBFFA_MUST_CHECK libffa_status_t libffa_mem_parse_copy(
	const void *buf, size_t size, libffa_version_t version,
	enum libffa_mem_op op, unsigned int flags, struct libffa_mem_view *view,
	const struct libffa_mem_copy *copy, struct libffa_mem_fault *fault);

/**
 * libffa_mem_receiver_get() - read EMAD @idx of a view.
 * @view:     a view from libffa_mem_parse().
 * @idx:      index below @view->receiver_count.
 * @receiver: out: its fields (impdef is zero before v1.2).
 *
 * Context: Any. Reads only inside the view's buffer.
 * Return: true, or false when @idx is out of range.
 */
bool libffa_mem_receiver_get(const struct libffa_mem_view *view, uint32_t idx,
			     struct libffa_mem_receiver *receiver);

/**
 * libffa_mem_constituent_get() - read constituent @idx of a view.
 * @view: a view.
 * @idx:  index below @view->constituent_count.
 * @c:    out: its fields.
 *
 * Return: true, or false when @idx is out of range.
 */
bool libffa_mem_constituent_get(const struct libffa_mem_view *view,
				uint32_t idx, struct libffa_mem_constituent *c);

/**
 * libffa_mem_constituents_copy() - read a run of constituents of a view.
 * @view:  a view from libffa_mem_parse().
 * @first: index of the first constituent to read.
 * @out:   out: up to @max constituents.
 * @max:   room at @out (the caller's chunk, or @view->constituent_count).
 *
 * The cheap way to read every constituent: one bounds check per call
 * instead of one per constituent, then a straight copy. Like the other
 * accessors it reads the buffer again (the values are the parse's only if
 * the buffer is private to the caller; a concurrent writer can change
 * them, never make the copy read outside the buffer).
 *
 * Context: Any. Reads only inside the view's buffer, writes only
 * @out[0 .. return - 1].
 * Return: the number copied, min(@max, @view->constituent_count - @first);
 * 0 for NULL pointers, @first at or past the end, or a view whose geometry
 * no longer lies inside its buffer.
 */
uint32_t libffa_mem_constituents_copy(const struct libffa_mem_view *view,
				      uint32_t first,
				      struct libffa_mem_constituent *out,
				      uint32_t max);

/** struct libffa_mem_iter - cursor over the EMADs or constituents. */
struct libffa_mem_iter {
	const struct libffa_mem_view *view;
	uint32_t idx;
};

/** libffa_mem_iter_init() - start a cursor at index 0. */
void libffa_mem_iter_init(struct libffa_mem_iter *it,
			  const struct libffa_mem_view *view);

/** libffa_mem_receiver_next() - next EMAD; false at the end. */
bool libffa_mem_receiver_next(struct libffa_mem_iter *it,
			      struct libffa_mem_receiver *receiver);

/** libffa_mem_constituent_next() - next constituent; false at the end. */
bool libffa_mem_constituent_next(struct libffa_mem_iter *it,
				 struct libffa_mem_constituent *c);

#define libffa_for_each_emad(it, view, out)      \
	for (libffa_mem_iter_init((it), (view)); \
	     libffa_mem_receiver_next((it), (out));)

#define libffa_for_each_constituent(it, view, out) \
	for (libffa_mem_iter_init((it), (view));   \
	     libffa_mem_constituent_next((it), (out));)

/* ---- Relinquish descriptor (DEN0077A 1.1 Table 16.25) ------------------ */

/**
 * struct libffa_mem_relinquish - FFA_MEM_RELINQUISH descriptor fields.
 * @handle:         the transaction.
 * @flags:          LIBFFA_MEM_RELINQUISH_FLAG_*.
 * @endpoints:      @endpoint_count endpoint IDs (1 or more).
 */
struct libffa_mem_relinquish {
	libffa_handle_t handle;
	uint32_t flags;
	const libffa_id_t *endpoints;
	uint32_t endpoint_count;
};

/**
 * struct libffa_mem_relinquish_view - a validated relinquish descriptor.
 * @buf:            the buffer.
 * @handle, @flags: header fields.
 * @endpoint_count: checked count; IDs via libffa_mem_relinquish_endpoint().
 */
struct libffa_mem_relinquish_view {
	const uint8_t *buf;
	libffa_handle_t handle;
	uint32_t flags;
	uint32_t endpoint_count;
};

/**
 * libffa_mem_relinquish_build() - write a relinquish descriptor.
 * @desc:     the fields (trusted).
 * @buf:      output.
 * @capacity: bytes at @buf.
 * @size:     out: bytes written or needed.
 *
 * Return: %LIBFFA_OK; %LIBFFA_E_NOSPACE (*@size = needed); %LIBFFA_E_INVAL
 * for NULL pointers or no endpoints; %LIBFFA_E_OVERFLOW when the size does
 * not fit 32 bits (on every host).
 */
LIBFFA_MUST_CHECK libffa_status_t
libffa_mem_relinquish_build(const struct libffa_mem_relinquish *desc, void *buf,
			    size_t capacity, size_t *size);

/**
 * libffa_mem_relinquish_parse() - validate a relinquish descriptor.
 * @buf:   the descriptor (untrusted).
 * @size:  bytes at @buf.
 * @view:  out: the view.
 * @fault: out, may be NULL.
 *
 * Return: %LIBFFA_OK; %LIBFFA_E_INVAL; %LIBFFA_E_TRUNCATED (any endpoint
 * count, judged in 64 bits); %LIBFFA_E_MBZ for reserved flag bits;
 * %LIBFFA_E_BADVALUE for no endpoints or a repeated endpoint.
 */
LIBFFA_MUST_CHECK libffa_status_t libffa_mem_relinquish_parse(
	const void *buf, size_t size, struct libffa_mem_relinquish_view *view,
	struct libffa_mem_fault *fault);

/** libffa_mem_relinquish_endpoint() - endpoint @idx; false out of range. */
bool libffa_mem_relinquish_endpoint(
	const struct libffa_mem_relinquish_view *view, uint32_t idx,
	libffa_id_t *id);

/* ---- Fragmentation (DEN0077A 1.1 s16.2) ---------------- */

/**
 * struct libffa_mem_split - cuts a descriptor into fragments.
 *
 * The first fragment holds the header, the EMADs, the composite and as
 * many whole constituents as fit; each later fragment holds whole
 * constituents only. Fields are private.
 */
struct libffa_mem_split {
	size_t total;
	size_t array_offset;
	size_t capacity;
	size_t offset;
};

/**
 * libffa_mem_split_init() - prepare to split a parsed descriptor.
 * @split:    the splitter.
 * @view:     the descriptor (its @used_size bytes are sent).
 * @capacity: fragment capacity (the TX buffer size).
 *
 * Return: %LIBFFA_OK; %LIBFFA_E_INVAL for NULL; %LIBFFA_E_NOSPACE when the
 * first fragment (up to and including one constituent) cannot fit.
 */
LIBFFA_MUST_CHECK libffa_status_t
libffa_mem_split_init(struct libffa_mem_split *split,
		      const struct libffa_mem_view *view, size_t capacity);

/**
 * libffa_mem_split_next() - the next fragment.
 * @split:  the splitter.
 * @offset: out: where the fragment starts in the descriptor.
 * @length: out: its length.
 *
 * Return: true with a fragment, false when everything was emitted.
 */
bool libffa_mem_split_next(struct libffa_mem_split *split, size_t *offset,
			   size_t *length);

/** libffa_mem_split_total() - the total length (w1 of the first call). */
size_t libffa_mem_split_total(const struct libffa_mem_split *split);

/**
 * libffa_mem_send_msg() - the first call of a transaction.
 * @msg:             out.
 * @op:              SHARE, LEND, DONATE or RETRIEVE_REQ (RETRIEVE_RESP
 *                   gives the relayer's FFA_MEM_RETRIEVE_RESP).
 * @smc64:           convention.
 * @total_length:    w1.
 * @fragment_length: w2 (descriptor in the TX buffer: w3 = w4 = 0).
 *
 * Return: %LIBFFA_OK or %LIBFFA_E_INVAL.
 */
LIBFFA_MUST_CHECK libffa_status_t libffa_mem_send_msg(struct libffa_msg *msg,
						      enum libffa_mem_op op,
						      bool smc64,
						      uint32_t total_length,
						      uint32_t fragment_length);

/** libffa_mem_frag_tx_msg() - FFA_MEM_FRAG_TX(handle, length, endpoint). */
void libffa_mem_frag_tx_msg(struct libffa_msg *msg, libffa_handle_t handle,
			    uint32_t fragment_length, libffa_id_t endpoint_id);

/** libffa_mem_frag_rx_msg() - FFA_MEM_FRAG_RX(handle, offset, endpoint). */
void libffa_mem_frag_rx_msg(struct libffa_msg *msg, libffa_handle_t handle,
			    uint32_t fragment_offset, libffa_id_t endpoint_id);

/**
 * struct libffa_mem_reasm - bounded reassembler into a caller buffer.
 * Fields are private.
 */
struct libffa_mem_reasm {
	uint8_t *buf;
	size_t capacity;
	size_t total;
	size_t received;
	libffa_handle_t handle;
};

/**
 * libffa_mem_reasm_init() - start reassembling a descriptor.
 * @r:            the reassembler.
 * @buf:          destination buffer.
 * @capacity:     bytes at @buf.
 * @total_length: w1 of the first call (untrusted).
 * @handle:       the transaction's handle (checked on each FRAG_TX
 *                message; any value when only raw fragments are added).
 *
 * Return: %LIBFFA_OK; %LIBFFA_E_INVAL for NULL; %LIBFFA_E_BADVALUE for a
 * zero total; %LIBFFA_E_NOSPACE when @total_length exceeds @capacity.
 */
LIBFFA_MUST_CHECK libffa_status_t
libffa_mem_reasm_init(struct libffa_mem_reasm *r, void *buf, size_t capacity,
		      uint32_t total_length, libffa_handle_t handle);

/**
 * libffa_mem_reasm_add() - append one fragment (untrusted).
 * @r:      the reassembler.
 * @frag:   fragment bytes.
 * @length: its length (w2 or w3 of the call).
 *
 * The first fragment may have any length; later ones must be whole
 * constituents (a multiple of 16 bytes).
 *
 * Return: %LIBFFA_OK; %LIBFFA_E_INVAL for NULL; %LIBFFA_E_STATE when
 * complete, not started, or its fields changed so that the total exceeds
 * the capacity; %LIBFFA_E_BADVALUE for an empty fragment or one running past
 * the total; %LIBFFA_E_ALIGN for a later fragment that is not whole
 * constituents.
 */
LIBFFA_MUST_CHECK libffa_status_t libffa_mem_reasm_add(
	struct libffa_mem_reasm *r, const void *frag, size_t length);

/**
 * libffa_mem_reasm_frag_tx() - consume an FFA_MEM_FRAG_TX message.
 * @r:      the reassembler.
 * @msg:    decoded FFA_MEM_FRAG_TX.
 * @buf:    the buffer the fragment is in (TX or RX).
 * @size:   bytes at @buf.
 *
 * Return: as libffa_mem_reasm_add(), plus %LIBFFA_E_BADVALUE for another
 * ABI, a handle that does not match, or a non-zero endpoint ID (w4[31:16],
 * set by a hypervisor forwarding for a VM) other than the transaction's
 * sender in the first fragment (DEN0077A 1.1 s16.2); %LIBFFA_E_STATE before
 * the first fragment; %LIBFFA_E_TRUNCATED when the fragment length exceeds
 * @size.
 */
LIBFFA_MUST_CHECK libffa_status_t libffa_mem_reasm_frag_tx(
	struct libffa_mem_reasm *r, const struct libffa_msg *msg,
	const void *buf, size_t size);

/** libffa_mem_reasm_offset() - bytes received so far (w3 of FRAG_RX). */
size_t libffa_mem_reasm_offset(const struct libffa_mem_reasm *r);

/** libffa_mem_reasm_done() - the whole descriptor arrived. */
bool libffa_mem_reasm_done(const struct libffa_mem_reasm *r);

/* ---- Translation (v1.0 <-> v1.1+) -------------------------------------- */

/**
 * libffa_mem_xlate() - rewrite a descriptor in another version's layout.
 * @src:      the descriptor (untrusted; parsed with @from and @op first).
 * @src_size: bytes at @src.
 * @from:     its layout.
 * @op:       the ABI, for the parse.
 * @dst:      output buffer (must not overlap @src).
 * @capacity: bytes at @dst.
 * @to:       the target layout.
 * @size:     out: bytes written or needed.
 * @view:     out: on %LIBFFA_OK, @dst parsed at @to (what libffa_mem_parse()
 *            gives for it, so the caller need not parse it again); also
 *            the work area of the first parse (caller storage keeps the
 *            function within its stack budget); unspecified on failure.
 * @fault:    out, may be NULL: where the parse of @src (or of @dst, see
 *            below) failed.
 *
 * Single fetch: @src may be shared memory another party keeps changing.
 * The output is written into @dst (the caller's private memory) and then
 * parsed at @to with @op before %LIBFFA_OK is returned, so an OK output
 * always passes libffa_mem_parse(); a @src changed between the two reads
 * gives that parse's status, with @fault naming the field in @dst.
 *
 * Lossless or refused: a field the target layout cannot carry (the v1.1+
 * NS attribute bit going to v1.0, non-zero impdef going below v1.2) gives
 * %LIBFFA_E_VERSION; attribute bits 15:7 are reserved in every version and
 * already refused by the parse (%LIBFFA_E_MBZ). The impdef check happens
 * while writing, so a sizing call can report %LIBFFA_E_NOSPACE for a
 * translation that then fails; on any failure @dst holds garbage.
 *
 * Return: any status of libffa_mem_parse(); %LIBFFA_E_NOSPACE (*@size =
 * needed); %LIBFFA_E_VERSION; %LIBFFA_E_INVAL for NULL or overlap (of
 * @src, @dst and @view).
 */
LIBFFA_MUST_CHECK libffa_status_t
libffa_mem_xlate(const void *src, size_t src_size, libffa_version_t from,
		 enum libffa_mem_op op, void *dst, size_t capacity,
		 libffa_version_t to, size_t *size,
		 struct libffa_mem_view *view, struct libffa_mem_fault *fault);

/** libffa_mem_op_name() - "share", "lend", ...; NULL when unknown. */
const char *libffa_mem_op_name(enum libffa_mem_op op);

LIBFFA_END_DECLS

#endif /* LIBFFA_MEM_H */
