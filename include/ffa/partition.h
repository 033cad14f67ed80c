/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * Partition information descriptors (DEN0077A 1.0 Table 8.25, 1.1 Table
 * 13.37, 1.2 Table 13.36, 1.3 s13.9) in their three sizes: 8 bytes in v1.0,
 * 24 in v1.1 and v1.2, 48 from v1.3. Built for FFA_PARTITION_INFO_GET (RX
 * buffer) and packed into x3-x17 for FFA_PARTITION_INFO_GET_REGS (DEN0077A
 * 1.2 s13.10).
 *
 * The parsers step by the descriptor size the callee reports (w3 of the
 * FFA_PARTITION_INFO_GET reply, x2[63:48] of the GET_REGS reply), never by
 * a compiled-in size, and read only the prefix the negotiated version
 * defines: Linux once stepped GET_REGS by a fixed 24 bytes and lost
 * synchronisation with 48-byte descriptors.
 */
#ifndef LIBFFA_PARTITION_H
#define LIBFFA_PARTITION_H

#include "ffa/abi.h"
#include "ffa/env.h"
#include "ffa/msg.h"
#include "ffa/status.h"
#include "ffa/version.h"

LIBFFA_BEGIN_DECLS

/* Descriptor sizes per layout (use libffa_partition_info_size()). */
#define LIBFFA_PARTITION_INFO_SIZE_V1_0 8u
#define LIBFFA_PARTITION_INFO_SIZE_V1_1 24u
#define LIBFFA_PARTITION_INFO_SIZE_V1_3 48u

/**
 * libffa_partition_info_size() - partition information descriptor size.
 * @v: negotiated version.
 *
 * Return: 8 bytes in v1.0, 24 in v1.1 and v1.2, 48 from v1.3.
 */
static inline uint32_t libffa_partition_info_size(libffa_version_t v)
{
	if (v >= LIBFFA_VERSION_1_3) {
		return LIBFFA_PARTITION_INFO_SIZE_V1_3;
	}
	return v >= LIBFFA_VERSION_1_1 ? LIBFFA_PARTITION_INFO_SIZE_V1_1
				       : LIBFFA_PARTITION_INFO_SIZE_V1_0;
}

/*
 * Partition properties (u32 at offset 4; DEN0077A 1.2 Table 6.1 "Partition
 * properties"). Unknown bits are kept by the parser (a newer
 * peer may define them).
 */
#define LIBFFA_PARTITION_PROP_DIRECT_REQ_RECV	(UINT32_C(1) << 0)   /* 1.0 */
#define LIBFFA_PARTITION_PROP_DIRECT_REQ_SEND	(UINT32_C(1) << 1)   /* 1.0 */
#define LIBFFA_PARTITION_PROP_INDIRECT_MSG	(UINT32_C(1) << 2)   /* 1.0 */
#define LIBFFA_PARTITION_PROP_NOTIFICATION_RECV (UINT32_C(1) << 3)   /* 1.1 */
#define LIBFFA_PARTITION_PROP_ID_TYPE		UINT32_C(0x00000030) /* [5:4] */
#define LIBFFA_PARTITION_PROP_ID_TYPE_SHIFT	4u
#define LIBFFA_PARTITION_PROP_VM_CREATED	(UINT32_C(1) << 6)  /* 1.1 */
#define LIBFFA_PARTITION_PROP_VM_DESTROYED	(UINT32_C(1) << 7)  /* 1.1 */
#define LIBFFA_PARTITION_PROP_AARCH64		(UINT32_C(1) << 8)  /* 1.1 */
#define LIBFFA_PARTITION_PROP_DIRECT_REQ2_RECV	(UINT32_C(1) << 9)  /* 1.2 */
#define LIBFFA_PARTITION_PROP_DIRECT_REQ2_SEND	(UINT32_C(1) << 10) /* 1.2 */
#define LIBFFA_PARTITION_PROP_LIVE_ACTIVATION	(UINT32_C(1) << 11) /* 1.3 */
#define LIBFFA_PARTITION_PROP_LA_RENDEZVOUS	(UINT32_C(1) << 12) /* 1.3 */
/* 1.3 ALP4, arm-ffa only (UNVERIFIED elsewhere). */
#define LIBFFA_PARTITION_PROP_SMC64_CPU_CYCLES (UINT32_C(1) << 13)

/* Values of the partition ID type field, bits[5:4]. */
#define LIBFFA_PARTITION_ID_TYPE_PE	     0u /* PE endpoint */
#define LIBFFA_PARTITION_ID_TYPE_SEPID_INDEP 1u /* independent peripheral */
#define LIBFFA_PARTITION_ID_TYPE_SEPID_DEP   2u /* dependent peripheral */
#define LIBFFA_PARTITION_ID_TYPE_AUX	     3u /* auxiliary ID */

/* FFA_PARTITION_INFO_GET w5 flag (DEN0077A 1.1 s13.8): count only. */
#define LIBFFA_PARTITION_INFO_FLAG_COUNT_ONLY (UINT32_C(1) << 0)

/* FFA_PARTITION_INFO_GET_REGS: 15 registers (x3-x17) of descriptors. */
#define LIBFFA_PARTITION_REGS_BYTES 120u /* x3-x17: 15 registers of 8 bytes */

/**
 * struct libffa_partition_info - one partition, independent of layout.
 * @id:             partition (endpoint) ID, offset 0.
 * @exec_ctx_count: execution-context count, or the proxy endpoint ID of a
 *                  dependent peripheral (offset 2).
 * @properties:     LIBFFA_PARTITION_PROP_* bits (offset 4).
 * @uuid:           v1.1+: the partition UUID; v1.3: the protocol UUID
 *                  (offset 8). Nil in v1.0.
 * @image_uuid:     v1.3: image UUID, offset 24. Nil before.
 * @ffa_version:    v1.3: the partition's FF-A version, offset 40. 0 before.
 */
struct libffa_partition_info {
	libffa_id_t id;
	uint16_t exec_ctx_count;
	uint32_t properties;
	struct libffa_uuid uuid;
	struct libffa_uuid image_uuid;
	libffa_version_t ffa_version;
};

/**
 * struct libffa_partition_view - a validated array of descriptors.
 * @base:      first descriptor, inside the caller's buffer.
 * @size:      bytes at @base (the parse's @size).
 * @count:     number of descriptors.
 * @desc_size: the stride, as the callee reported it.
 * @version:   the negotiated version, which decides what is read.
 */
struct libffa_partition_view {
	const uint8_t *base;
	size_t size;
	uint32_t count;
	uint32_t desc_size;
	libffa_version_t version;
};

/**
 * libffa_partition_props_defined() - property bits a version defines.
 * @version: negotiated version.
 *
 * Return: bits[2:0] in v1.0, [8:0] in v1.1, [10:0] in v1.2, [13:0] in v1.3.
 * A proxy translating for an older caller masks with this (Hafnium and
 * TF-A clear bits[31:3] for v1.0 callers).
 */
uint32_t libffa_partition_props_defined(libffa_version_t version);

/**
 * libffa_partition_id_type() - the partition ID type, bits[5:4].
 * @properties: the properties word.
 *
 * Return: a LIBFFA_PARTITION_ID_TYPE_* value.
 */
static inline uint32_t libffa_partition_id_type(uint32_t properties)
{
	return (properties & LIBFFA_PARTITION_PROP_ID_TYPE) >>
	       LIBFFA_PARTITION_PROP_ID_TYPE_SHIFT;
}

/**
 * libffa_partition_info_build() - write descriptors in a version's layout.
 * @parts:   the partitions (trusted).
 * @count:   number of @parts.
 * @version: negotiated version: 8-, 24- or 48-byte descriptors.
 * @buf:     out: the RX buffer; may be NULL when @cap is 0 (sizing).
 * @cap:     capacity of @buf in bytes.
 * @needed:  out: bytes the descriptors take (count x size).
 *
 * Fields the version does not define must be zero or nil in @parts, and
 * properties may only use libffa_partition_props_defined() bits.
 *
 * Context: Any. Reentrant. Writes only @buf and @needed.
 * Return:
 * * %LIBFFA_OK        - written;
 * * %LIBFFA_E_INVAL   - NULL pointer, or a field not defined at @version
 *                       is set;
 * * %LIBFFA_E_VERSION - @version unknown;
 * * %LIBFFA_E_OVERFLOW - count x size does not fit 32 bits (on every host);
 * * %LIBFFA_E_NOSPACE - @cap too small, *@needed holds the size.
 */
LIBFFA_MUST_CHECK libffa_status_t libffa_partition_info_build(
	const struct libffa_partition_info *parts, uint32_t count,
	libffa_version_t version, uint8_t *buf, size_t cap, size_t *needed);

/**
 * libffa_partition_info_respond() - callee side of FFA_PARTITION_INFO_GET.
 * @args:    the decoded request (its UUID already used to select @parts).
 * @parts:   the selected partitions.
 * @count:   number of @parts.
 * @version: the caller's negotiated version.
 * @buf:     out: the caller's RX buffer (untouched for a count-only call).
 * @cap:     RX buffer size.
 * @res:     out: the FFA_SUCCESS fields: count, and the descriptor size
 *           from v1.1 (DEN0077A 1.1 s13.8).
 *
 * Context: Any. Reentrant. Writes only @buf and @res.
 * Return: as libffa_partition_info_build(); %LIBFFA_E_NOSPACE maps to the
 * NO_MEMORY a callee owes when the descriptors do not fit.
 */
LIBFFA_MUST_CHECK libffa_status_t libffa_partition_info_respond(
	const struct libffa_args_partition_info_get *args,
	const struct libffa_partition_info *parts, uint32_t count,
	libffa_version_t version, uint8_t *buf, size_t cap,
	struct libffa_result_partition_info_get *res);

/**
 * libffa_partition_info_parse() - validate descriptors in an RX buffer.
 * @buf:       the buffer (untrusted).
 * @size:      bytes readable at @buf.
 * @version:   negotiated version.
 * @count:     w2 of the reply.
 * @desc_size: w3 of the reply; ignored in v1.0 (the reply has no w3 and
 *             the size is 8). Accepted when at least the version's size:
 *             a newer callee may send longer descriptors.
 * @view:      out: the view.
 *
 * Context: Any. Reentrant. Writes only @view.
 * Return:
 * * %LIBFFA_OK         - @view describes @count descriptors;
 * * %LIBFFA_E_INVAL    - NULL pointer;
 * * %LIBFFA_E_VERSION  - @version unknown;
 * * %LIBFFA_E_BADVALUE - @desc_size below the version's size;
 * * %LIBFFA_E_OVERFLOW - @count x @desc_size exceeds 32 bits;
 * * %LIBFFA_E_TRUNCATED - the descriptors run past @size.
 */
LIBFFA_MUST_CHECK libffa_status_t libffa_partition_info_parse(
	const uint8_t *buf, size_t size, libffa_version_t version,
	uint32_t count, uint32_t desc_size, struct libffa_partition_view *view);

/**
 * libffa_partition_info_at() - read one descriptor of a view.
 * @view: a view from libffa_partition_info_parse().
 * @idx:  index, below @view->count.
 * @info: out: the fields the view's version defines; the others zero.
 *
 * Return: %LIBFFA_OK, or %LIBFFA_E_INVAL (NULL, index out of range).
 */
LIBFFA_MUST_CHECK libffa_status_t
libffa_partition_info_at(const struct libffa_partition_view *view, uint32_t idx,
			 struct libffa_partition_info *info);

/**
 * libffa_partition_regs_pack() - callee side of FFA_PARTITION_INFO_GET_REGS.
 * @args:        the decoded request.
 * @parts:       the partitions matching the request's UUID.
 * @count:       number of @parts (at most 65536).
 * @version:     negotiated version: 24-byte descriptors (3 registers, 5
 *               per call) in v1.2, 48-byte (6 registers, 2 per call) from
 *               v1.3 (DEN0077A 1.2 s13.10).
 * @current_tag: the callee's information tag (0 if it has none).
 * @res:         out: last and current index, tag, descriptor size, and
 *               x3-x17 (unused registers zero).
 *
 * Context: Any. Reentrant. Writes only @res.
 * Return:
 * * %LIBFFA_OK         - packed;
 * * %LIBFFA_E_INVAL    - NULL pointer, @count above 65536, or a field not
 *                        defined at @version set in @parts;
 * * %LIBFFA_E_VERSION  - @version below v1.2 or unknown;
 * * %LIBFFA_E_RETRY    - a tag with start index 0, or a tag other than
 *                        @current_tag (DEN0077A 1.2 s13.10: RETRY);
 * * %LIBFFA_E_BADVALUE - no partition at the start index (INVALID_PARAMETERS).
 */
LIBFFA_MUST_CHECK libffa_status_t libffa_partition_regs_pack(
	const struct libffa_args_partition_info_get_regs *args,
	const struct libffa_partition_info *parts, uint32_t count,
	libffa_version_t version, uint16_t current_tag,
	struct libffa_result_partition_info_get_regs *res);

/**
 * struct libffa_partition_regs_iter - caller side of GET_REGS, over calls.
 * @version:    negotiated version.
 * @uuid:       the UUID asked about (nil: all partitions).
 * @next_start: start index of the next request.
 * @tag:        the tag to pass back (0 before the first reply).
 * @last_index: last index reported by the first reply.
 * @started:    a reply has been consumed.
 * @done:       the reply with current index == last index was consumed.
 *
 * Drive it with libffa_partition_regs_request() and
 * libffa_partition_regs_unpack() until libffa_partition_regs_done(). On
 * %LIBFFA_E_RETRY (or an FFA_ERROR(RETRY) reply) start again from
 * libffa_partition_regs_init().
 */
struct libffa_partition_regs_iter {
	libffa_version_t version;
	struct libffa_uuid uuid;
	uint16_t next_start;
	uint16_t tag;
	uint16_t last_index;
	bool started;
	bool done;
};

/**
 * libffa_partition_regs_init() - start a GET_REGS enumeration.
 * @it:      the iterator.
 * @version: negotiated version (v1.2+).
 * @uuid:    the UUID to ask about, NULL for all partitions.
 *
 * Return: %LIBFFA_OK, %LIBFFA_E_INVAL (NULL @it), %LIBFFA_E_VERSION.
 */
LIBFFA_MUST_CHECK libffa_status_t libffa_partition_regs_init(
	struct libffa_partition_regs_iter *it, libffa_version_t version,
	const struct libffa_uuid *uuid);

/**
 * libffa_partition_regs_request() - the next FFA_PARTITION_INFO_GET_REGS.
 * @it:  the iterator.
 * @msg: out: the request (SMC64), ready for libffa_msg_encode().
 *
 * Return: %LIBFFA_OK, %LIBFFA_E_INVAL (NULL), %LIBFFA_E_STATE (done).
 */
LIBFFA_MUST_CHECK libffa_status_t libffa_partition_regs_request(
	const struct libffa_partition_regs_iter *it, struct libffa_msg *msg);

/**
 * libffa_partition_regs_unpack() - consume one GET_REGS reply.
 * @it:    the iterator the request came from.
 * @res:   the decoded FFA_SUCCESS_64 fields (untrusted).
 * @out:   out: the descriptors of this reply.
 * @cap:   capacity of @out in entries (5 always suffices).
 * @count: out: entries written (or needed, on %LIBFFA_E_NOSPACE).
 *
 * Checks, in order: the size in x2[63:48] is at least the version's size;
 * current index lies between the requested start and the last index; the
 * last index and the tag match the first reply; the descriptors fit in
 * x3-x17. The stride is the reported size.
 *
 * Context: Any. Reentrant. Advances @it only on success.
 * Return:
 * * %LIBFFA_OK         - @count descriptors unpacked;
 * * %LIBFFA_E_INVAL    - NULL pointer;
 * * %LIBFFA_E_STATE    - the enumeration is already complete;
 * * %LIBFFA_E_BADVALUE - size below the version's, index out of order,
 *                        or the last index changed;
 * * %LIBFFA_E_RETRY    - the tag changed: the information changed, start
 *                        again;
 * * %LIBFFA_E_TRUNCATED - the descriptors do not fit in x3-x17;
 * * %LIBFFA_E_NOSPACE  - @cap too small, *@count holds the need.
 */
LIBFFA_MUST_CHECK libffa_status_t libffa_partition_regs_unpack(
	struct libffa_partition_regs_iter *it,
	const struct libffa_result_partition_info_get_regs *res,
	struct libffa_partition_info *out, uint32_t cap, uint32_t *count);

/** libffa_partition_regs_done() - has the last descriptor been consumed? */
static inline bool libffa_partition_regs_done(
	const struct libffa_partition_regs_iter *it)
{
	return it->done;
}

LIBFFA_END_DECLS

#endif /* LIBFFA_PARTITION_H */
