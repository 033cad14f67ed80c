/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * Per-ABI call helpers over a conduit, like Linux's ffa_ops: each is one
 * line for the caller, returns a libffa status and the typed result. They
 * build the request with the public message API, encode it into the
 * binding's frame, carry it across the conduit, decode the reply as
 * libffa_call() does (FFA_SUCCESS through the request's typed result
 * decoder) and check that the reply is the one the ABI allows. Every
 * helper stays within 256 bytes of stack on aarch64 -Os (the stack budget
 * of tests/build/budget.py), less than libffa_call().
 *
 * Status of every helper:
 * * %LIBFFA_OK       - the call succeeded, the outputs are written;
 * * %LIBFFA_E_PEER   - the peer answered FFA_ERROR (or NOT_SUPPORTED in
 *                      w0): its code is in &libffa_ops.error_code;
 * * %LIBFFA_E_PROTOCOL - the peer answered with a frame the ABI does not
 *                      allow (e.g. FFA_INTERRUPT to a direct request, a
 *                      response from the wrong endpoint): the frame is in
 *                      &libffa_ops.reply for the caller to handle;
 * * a decode status (%LIBFFA_E_MBZ, %LIBFFA_E_UNKNOWN_FID, ...) - the reply
 *                      is malformed; where is in &libffa_ops.fault;
 * * %LIBFFA_E_INVAL, %LIBFFA_E_VERSION - the request cannot be encoded
 *                      (bad argument, ABI or field not at the version).
 * Outputs are written only on %LIBFFA_OK.
 */
#ifndef LIBFFA_OPS_H
#define LIBFFA_OPS_H

#include "ffa/abi.h"
#include "ffa/conduit.h"
#include "ffa/env.h"
#include "ffa/msg.h"
#include "ffa/notify.h"
#include "ffa/reply.h"
#include "ffa/status.h"
#include "ffa/version.h"

LIBFFA_BEGIN_DECLS

/**
 * struct libffa_ops - a caller's binding to one conduit.
 * @conduit:      the conduit (SMC, HVC, SVC or a host peer).
 * @version:      the negotiated FF-A version every call is encoded for.
 * @decode_flags: 0 (strict) or %LIBFFA_DECODE_TOLERANT for replies.
 * @error_code:   after %LIBFFA_E_PEER, the peer's FF-A error code; 0
 *                otherwise.
 * @fault:        after a decode failure, where the reply was malformed.
 * @req:          scratch: the last request.
 * @frame:        scratch: the frame the request was encoded into, carried
 *                across the conduit; afterwards the reply as it came back.
 * @reply:        the last reply, decoded.
 *
 * The messages and the frame live here rather than on the stack so that
 * each helper stays within a small, fixed stack budget. One object serves one
 * caller at a time (one per CPU or thread).
 */
struct libffa_ops {
	const struct libffa_conduit *conduit;
	libffa_version_t version;
	unsigned int decode_flags;
	int32_t error_code;
	struct libffa_msg_fault fault;
	struct libffa_msg req;
	struct libffa_regs frame;
	struct libffa_msg reply;
};

/**
 * libffa_ops_init() - bind a conduit at a version.
 * @ops:     the binding.
 * @conduit: the conduit.
 * @version: the negotiated FF-A version (or the one to ask for before
 *           FFA_VERSION).
 */
void libffa_ops_init(struct libffa_ops *ops,
		     const struct libffa_conduit *conduit,
		     libffa_version_t version);

/* Setup and discovery (DEN0077A 1.2 s13). */

/**
 * libffa_ops_version() - FFA_VERSION (DEN0077A 1.2 s13.2).
 * @ops:     the binding.
 * @want:    the version the caller implements.
 * @version: out: the callee's version. Compatibility is the caller's call
 *           (libffa_version_compatible()); @ops->version is not changed.
 */
LIBFFA_MUST_CHECK libffa_status_t libffa_ops_version(struct libffa_ops *ops,
						     libffa_version_t want,
						     libffa_version_t *version);

/** libffa_ops_id_get() - FFA_ID_GET (DEN0077A 1.2 s13.9): own ID. */
LIBFFA_MUST_CHECK libffa_status_t libffa_ops_id_get(struct libffa_ops *ops,
						    libffa_id_t *id);

/**
 * libffa_ops_features() - FFA_FEATURES (DEN0077A 1.2 s13.3).
 * @ops:              the binding.
 * @feature:          a function ID or a feature ID.
 * @input_properties: w2 (v1.1+; 0 before).
 * @properties:       out: w2 of the answer.
 * @properties2:      out, may be NULL: w3 of the answer (v1.1+).
 */
LIBFFA_MUST_CHECK libffa_status_t libffa_ops_features(struct libffa_ops *ops,
						      uint32_t feature,
						      uint32_t input_properties,
						      uint32_t *properties,
						      uint32_t *properties2);

/**
 * libffa_ops_partition_info_get() - FFA_PARTITION_INFO_GET (DEN0077A 1.1
 * s13.8): the descriptors go to the caller's RX buffer (parse them with
 * ffa/partition.h, then release it with libffa_ops_rx_release()).
 * @ops:        the binding.
 * @uuid:       the partitions to describe; NULL or the nil UUID for all.
 * @count_only: only count them (v1.1+): nothing is written to RX.
 * @count:      out: w2, the number of partitions.
 * @desc_size:  out, may be NULL: w3, the descriptor size (v1.1+; 0 before).
 */
LIBFFA_MUST_CHECK libffa_status_t libffa_ops_partition_info_get(
	struct libffa_ops *ops, const struct libffa_uuid *uuid, bool count_only,
	uint32_t *count, uint32_t *desc_size);

/**
 * libffa_ops_partition_info_get_regs() - FFA_PARTITION_INFO_GET_REGS
 * (DEN0077A 1.2 s13.10): descriptors in x3-x17 (SMC64, v1.2+).
 * @ops:         the binding.
 * @uuid:        as for libffa_ops_partition_info_get().
 * @start_index: first descriptor to return.
 * @tag:         0, or the tag of the previous answer when continuing.
 * @res:         out: the typed result (indices, tag, size, data words).
 */
LIBFFA_MUST_CHECK libffa_status_t libffa_ops_partition_info_get_regs(
	struct libffa_ops *ops, const struct libffa_uuid *uuid,
	uint16_t start_index, uint16_t tag,
	struct libffa_result_partition_info_get_regs *res);

/**
 * libffa_ops_rxtx_map() - FFA_RXTX_MAP_64 (DEN0077A 1.1 s13, "FFA_RXTX_MAP").
 * @tx: TX buffer address; @rx: RX buffer address; @page_count: 4 KiB pages.
 */
LIBFFA_MUST_CHECK libffa_status_t libffa_ops_rxtx_map(struct libffa_ops *ops,
						      uint64_t tx, uint64_t rx,
						      uint32_t page_count);

/** libffa_ops_rxtx_unmap() - FFA_RXTX_UNMAP of @id's buffers (0: own). */
LIBFFA_MUST_CHECK libffa_status_t libffa_ops_rxtx_unmap(struct libffa_ops *ops,
							libffa_id_t id);

/** libffa_ops_rx_release() - FFA_RX_RELEASE (@vm_id: 0, or the VM a
 * hypervisor releases for, v1.1+). */
LIBFFA_MUST_CHECK libffa_status_t libffa_ops_rx_release(struct libffa_ops *ops,
							libffa_id_t vm_id);

/* Direct messaging (DEN0077A 1.1 s15.2, 1.2 s15.4). */

/**
 * libffa_ops_direct_req() - FFA_MSG_SEND_DIRECT_REQ_64, get the response.
 * @sender, @receiver: the endpoints.
 * @args:  x3-x7 of the request.
 * @resp:  out: x3-x7 of the FFA_MSG_SEND_DIRECT_RESP (either width) that
 *         @receiver sent back to @sender, not a framework message.
 * Anything else that comes back (FFA_INTERRUPT, FFA_YIELD, ...) is
 * %LIBFFA_E_PROTOCOL with the frame in @ops->reply.
 */
LIBFFA_MUST_CHECK libffa_status_t libffa_ops_direct_req(struct libffa_ops *ops,
							libffa_id_t sender,
							libffa_id_t receiver,
							const uint64_t args[5],
							uint64_t resp[5]);

/**
 * libffa_ops_direct_req2() - FFA_MSG_SEND_DIRECT_REQ2 (v1.2+), get the
 * FFA_MSG_SEND_DIRECT_RESP2.
 * @uuid:  the service (NULL: the nil UUID).
 * @args:  x4-x17 of the request.
 * @resp:  out: x4-x17 of the response.
 */
LIBFFA_MUST_CHECK libffa_status_t
libffa_ops_direct_req2(struct libffa_ops *ops, libffa_id_t sender,
		       libffa_id_t receiver, const struct libffa_uuid *uuid,
		       const uint64_t args[14], uint64_t resp[14]);

/* Memory management (DEN0077A 1.1 s16; 1.2+: DEN0140). The transaction
 * descriptor is in the caller's TX buffer (ffa/mem.h builds it), in one
 * fragment: @length is both total and fragment length. */

/** libffa_ops_mem_share() - FFA_MEM_SHARE_32: @handle out. */
LIBFFA_MUST_CHECK libffa_status_t libffa_ops_mem_share(struct libffa_ops *ops,
						       uint32_t length,
						       uint64_t *handle);

/** libffa_ops_mem_lend() - FFA_MEM_LEND_32: @handle out. */
LIBFFA_MUST_CHECK libffa_status_t libffa_ops_mem_lend(struct libffa_ops *ops,
						      uint32_t length,
						      uint64_t *handle);

/** libffa_ops_mem_reclaim() - FFA_MEM_RECLAIM of @handle (@flags: w3). */
LIBFFA_MUST_CHECK libffa_status_t libffa_ops_mem_reclaim(struct libffa_ops *ops,
							 uint64_t handle,
							 uint32_t flags);

/**
 * libffa_ops_mem_retrieve() - FFA_MEM_RETRIEVE_REQ_32, get the
 * FFA_MEM_RETRIEVE_RESP (the descriptor is then in the RX buffer).
 * @total_length, @fragment_length: out: w1 and w2 of the response.
 */
LIBFFA_MUST_CHECK libffa_status_t
libffa_ops_mem_retrieve(struct libffa_ops *ops, uint32_t length,
			uint32_t *total_length, uint32_t *fragment_length);

/* Notifications (DEN0077A 1.1 s17, v1.1+). */

/** libffa_ops_notification_bitmap_create() - for VM @vm_id with
 * @vcpu_count vCPUs (hypervisor to SPMC). */
LIBFFA_MUST_CHECK libffa_status_t libffa_ops_notification_bitmap_create(
	struct libffa_ops *ops, libffa_id_t vm_id, uint32_t vcpu_count);

/** libffa_ops_notification_bitmap_destroy() - for VM @vm_id. */
LIBFFA_MUST_CHECK libffa_status_t libffa_ops_notification_bitmap_destroy(
	struct libffa_ops *ops, libffa_id_t vm_id);

/**
 * libffa_ops_notification_bind() - FFA_NOTIFICATION_BIND (DEN0077A 1.1
 * s17.3): let @sender signal @bitmap to @receiver.
 * @flags: w2, %LIBFFA_NOTIFY_BIND_FLAG_PER_VCPU or 0 (others: E_INVAL).
 */
LIBFFA_MUST_CHECK libffa_status_t libffa_ops_notification_bind(
	struct libffa_ops *ops, libffa_id_t sender, libffa_id_t receiver,
	uint32_t flags, uint64_t bitmap);

/** libffa_ops_notification_unbind() - FFA_NOTIFICATION_UNBIND. */
LIBFFA_MUST_CHECK libffa_status_t
libffa_ops_notification_unbind(struct libffa_ops *ops, libffa_id_t sender,
			       libffa_id_t receiver, uint64_t bitmap);

/**
 * libffa_ops_notification_set() - FFA_NOTIFICATION_SET (DEN0077A 1.1
 * s17.5).
 * @flags: w2: %LIBFFA_NOTIFY_SET_FLAG_PER_VCPU, _DELAY_SRI and the vCPU ID
 *         in %LIBFFA_NOTIFY_SET_VCPU_ID (reserved bits: E_INVAL).
 */
LIBFFA_MUST_CHECK libffa_status_t libffa_ops_notification_set(
	struct libffa_ops *ops, libffa_id_t sender, libffa_id_t receiver,
	uint32_t flags, uint64_t bitmap);

/**
 * libffa_ops_notification_get() - FFA_NOTIFICATION_GET (DEN0077A 1.1
 * s17.6).
 * @flags: w2, %LIBFFA_NOTIFY_GET_FLAG_* bitmaps to read.
 * @res:   out: the pending bitmaps.
 */
LIBFFA_MUST_CHECK libffa_status_t libffa_ops_notification_get(
	struct libffa_ops *ops, libffa_id_t receiver, uint16_t vcpu_id,
	uint32_t flags, struct libffa_result_notification_get *res);

/**
 * libffa_ops_notification_info_get() - FFA_NOTIFICATION_INFO_GET
 * (DEN0077A 1.1 s17.8); walk @res with ffa/notify.h.
 * @smc64: the SMC64 form (more IDs per call).
 */
LIBFFA_MUST_CHECK libffa_status_t libffa_ops_notification_info_get(
	struct libffa_ops *ops, bool smc64,
	struct libffa_result_notification_info_get *res);

LIBFFA_END_DECLS

#endif /* LIBFFA_OPS_H */
