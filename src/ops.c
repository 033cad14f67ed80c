/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * Per-ABI call helpers (ffa/ops.h): they fill the typed request of the
 * public message API, encode it into the binding's frame, carry it across
 * the conduit, decode the reply (the request's typed result decoder for
 * FFA_SUCCESS) and accept only the reply the ABI allows. Field layouts and
 * value rules stay in the codec (abi.def); only w0 is read here, to tell a
 * result from another frame.
 */
#include "ffa/ops.h"

#include "ffa/notify.h"
#include "ffa/smccc.h"

#include "internal.h"

void libffa_ops_init(struct libffa_ops *ops,
		     const struct libffa_conduit *conduit,
		     libffa_version_t version)
{
	ops->conduit = conduit;
	ops->version = version;
	ops->decode_flags = 0;
	ops->error_code = 0;
	ops->fault.reg = -1;
	ops->fault.bits = 0;
	ops->fault.field = NULL;
	libffa_msg_init(&ops->req, LIBFFA_ABI_ERROR, LIBFFA_MSG_ARGS, false);
	libffa_regs_clear(&ops->frame);
	libffa_msg_init(&ops->reply, LIBFFA_ABI_ERROR, LIBFFA_MSG_ARGS, false);
}

/* A fresh request of @abi in @ops->req (out of line: one copy of the
 * init call for every helper). */
static LIBFFA_NOINLINE_ struct libffa_msg *request(struct libffa_ops *ops,
						   enum libffa_abi abi,
						   bool smc64)
{
	libffa_msg_init(&ops->req, abi, LIBFFA_MSG_ARGS, smc64);
	return &ops->req;
}

/*
 * FFA_SUCCESS of either width answers any call (DEN0077A 1.2 s13.1), an
 * ABI answered in w0 has no frame of its own: those are the result of
 * @ops->req; anything else is decoded as the frame it is.
 */
static bool is_result(const struct libffa_ops *ops)
{
	uint32_t fid = libffa_smccc_fid_strip(libffa_regs_w(&ops->frame, 0));

	return libffa_abi_answers_in_w0(ops->req.abi) ||
	       fid == LIBFFA_FID_32(LIBFFA_FNUM_SUCCESS) ||
	       fid == LIBFFA_FID_64(LIBFFA_FNUM_SUCCESS);
}

/*
 * The reply each request expects: FFA_SUCCESS carrying the request's
 * results (DEN0077A 1.2 s13.1), or for these three a frame of the
 * answering ABI.
 */
static enum libffa_abi answer_abi(enum libffa_abi abi)
{
	switch (abi) {
	case LIBFFA_ABI_MSG_SEND_DIRECT_REQ:
		return LIBFFA_ABI_MSG_SEND_DIRECT_RESP;
	case LIBFFA_ABI_MSG_SEND_DIRECT_REQ2:
		return LIBFFA_ABI_MSG_SEND_DIRECT_RESP2;
	case LIBFFA_ABI_MEM_RETRIEVE_REQ:
		return LIBFFA_ABI_MEM_RETRIEVE_RESP;
	default:
		return abi;
	}
}

/*
 * The answer of an ABI without a result layout is a bare FFA_SUCCESS:
 * decoded as the generic FFA_SUCCESS frame, every field of it must be
 * zero (abi.def has no RESULT row: every register but w0 is reserved,
 * DEN0077A 1.2 s11.2), as libffa_msg_decode_reply() checks it.
 */
static LIBFFA_NOINLINE_ libffa_status_t
decode_bare_success(struct libffa_ops *ops)
{
	const struct libffa_args_success *a = &ops->reply.args.success;
	libffa_status_t st;
	unsigned int i;

	st = libffa_args_decode_success(
		&ops->frame, ops->version, ops->decode_flags,
		&ops->reply.args.success, &ops->reply.smc64, &ops->fault);
	if (st != LIBFFA_OK ||
	    (ops->decode_flags & LIBFFA_DECODE_TOLERANT) != 0u) {
		return st;
	}
	if (a->vcpu_id != 0u || a->endpoint_id != 0u) {
		ops->fault.reg = 1;
		ops->fault.bits = libffa_regs_w(&ops->frame, 1);
		return LIBFFA_E_MBZ;
	}
	for (i = 0; i < LIBFFA_ARRAY_SIZE(a->arg); i++) {
		if (a->arg[i] != 0u) {
			ops->fault.reg = (int)i + 2;
			ops->fault.bits = a->arg[i];
			return LIBFFA_E_MBZ;
		}
	}
	return LIBFFA_OK;
}

/* The result of @ops->req's ABI: its typed decoder. */
static LIBFFA_INLINE_ libffa_status_t decode_result(struct libffa_ops *ops)
{
	struct libffa_msg *r = &ops->reply;
	/* The arguments every decoder shares, set up once before the
	 * dispatch rather than in each case (-Os). */
	const struct libffa_regs *frame = &ops->frame;
	libffa_version_t version = ops->version;
	unsigned int flags = ops->decode_flags;
	bool *smc64 = &r->smc64;
	struct libffa_msg_fault *fault = &ops->fault;

	r->abi = ops->req.abi;
	r->kind = LIBFFA_MSG_RESULT;
	r->smc64 = false;
	r->sve_hint = false;
	switch (ops->req.abi) {
		/* clang-format off */
#define RESULT(NAME, lc) \
	case LIBFFA_ABI_##NAME: \
		return libffa_result_decode_##lc(frame, version, flags, \
						 &r->result.lc, smc64, fault);
	RESULT(VERSION, version)
	RESULT(ID_GET, id_get)
	RESULT(FEATURES, features)
	RESULT(PARTITION_INFO_GET, partition_info_get)
	RESULT(PARTITION_INFO_GET_REGS, partition_info_get_regs)
	RESULT(MEM_SHARE, mem_share)
	RESULT(MEM_LEND, mem_lend)
	RESULT(NOTIFICATION_GET, notification_get)
	RESULT(NOTIFICATION_INFO_GET, notification_info_get)
#undef RESULT
		/* clang-format on */
	default:
		return decode_bare_success(ops);
	}
}

/* The reply call() classified, decoded into @ops->reply; tail calls only
 * (no frame of its own). */
static LIBFFA_NOINLINE_ libffa_status_t receive(struct libffa_ops *ops)
{
	if (ops->reply.kind == LIBFFA_MSG_RESULT) {
		return decode_result(ops);
	}
	return libffa_msg_decode_ex(&ops->frame, ops->version,
				    ops->decode_flags, &ops->reply,
				    &ops->fault);
}

/* Record the peer's error; accept only the reply answer_abi() names. */
static LIBFFA_NOINLINE_ libffa_status_t judge(struct libffa_ops *ops,
					      libffa_status_t st)
{
	enum libffa_abi abi = answer_abi(ops->req.abi);
	enum libffa_msg_kind kind =
		abi == ops->req.abi ? LIBFFA_MSG_RESULT : LIBFFA_MSG_ARGS;
	int32_t code = 0;

	if (st != LIBFFA_OK) {
		return st;
	}
	if (libffa_msg_is_error(&ops->reply, &code)) {
		ops->error_code = code;
		return LIBFFA_E_PEER;
	}
	if (libffa_call_w0_error(ops->req.abi, &ops->frame)) {
		/* FFA_VERSION answers NOT_SUPPORTED in w0 (DEN0077A 1.2
		 * s13.2). */
		ops->error_code = (int32_t)libffa_regs_w(&ops->frame, 0);
		return LIBFFA_E_PEER;
	}
	if (ops->reply.kind != kind || ops->reply.abi != abi) {
		return LIBFFA_E_PROTOCOL;
	}
	return LIBFFA_OK;
}

/*
 * One round trip of @ops->req, shared by every helper and never inlined
 * (one copy in the image): encode straight into @ops->frame, the frame the
 * conduit takes and returns, note in @ops->reply.kind which decoder the
 * reply needs, decode it (receive()) and accept or refuse it (judge(), a
 * tail call). Only @ops is live across the steps, so its frame is small,
 * and no message or frame lives on the stack (issue 11: 256 bytes per
 * public function).
 */
static LIBFFA_NOINLINE_ libffa_status_t call(struct libffa_ops *ops)
{
	libffa_status_t st;

	ops->error_code = 0;
	ops->fault.reg = -1;
	ops->fault.bits = 0;
	ops->fault.field = NULL;
	if (ops->conduit == NULL || ops->conduit->call == NULL) {
		return LIBFFA_E_INVAL;
	}
	st = libffa_msg_encode(&ops->req, ops->version, &ops->frame);
	if (st != LIBFFA_OK) {
		return st;
	}
	ops->conduit->call(ops->conduit, &ops->frame, &ops->frame);
	ops->reply.kind = is_result(ops) ? LIBFFA_MSG_RESULT : LIBFFA_MSG_ARGS;
	return judge(ops, receive(ops));
}

libffa_status_t libffa_ops_version(struct libffa_ops *ops,
				   libffa_version_t want,
				   libffa_version_t *version)
{
	libffa_status_t st;

	if (ops == NULL || version == NULL) {
		return LIBFFA_E_INVAL;
	}
	request(ops, LIBFFA_ABI_VERSION, false)->args.version.version = want;
	st = call(ops);
	if (st == LIBFFA_OK) {
		*version = ops->reply.result.version.version;
	}
	return st;
}

libffa_status_t libffa_ops_id_get(struct libffa_ops *ops, libffa_id_t *id)
{
	libffa_status_t st;

	if (ops == NULL || id == NULL) {
		return LIBFFA_E_INVAL;
	}
	request(ops, LIBFFA_ABI_ID_GET, false);
	st = call(ops);
	if (st == LIBFFA_OK) {
		*id = ops->reply.result.id_get.id;
	}
	return st;
}

libffa_status_t libffa_ops_features(struct libffa_ops *ops, uint32_t feature,
				    uint32_t input_properties,
				    uint32_t *properties, uint32_t *properties2)
{
	struct libffa_msg *req;
	libffa_status_t st;

	if (ops == NULL || properties == NULL) {
		return LIBFFA_E_INVAL;
	}
	req = request(ops, LIBFFA_ABI_FEATURES, false);
	req->args.features.feature = feature;
	req->args.features.input_properties = input_properties;
	st = call(ops);
	if (st == LIBFFA_OK) {
		*properties = ops->reply.result.features.properties;
		if (properties2 != NULL) {
			*properties2 = ops->reply.result.features.properties2;
		}
	}
	return st;
}

libffa_status_t libffa_ops_partition_info_get(struct libffa_ops *ops,
					      const struct libffa_uuid *uuid,
					      bool count_only, uint32_t *count,
					      uint32_t *desc_size)
{
	struct libffa_msg *req;
	libffa_status_t st;

	if (ops == NULL || count == NULL) {
		return LIBFFA_E_INVAL;
	}
	req = request(ops, LIBFFA_ABI_PARTITION_INFO_GET, false);
	if (uuid != NULL) {
		req->args.partition_info_get.uuid = *uuid;
	}
	req->args.partition_info_get.count_only = count_only ? 1u : 0u;
	st = call(ops);
	if (st == LIBFFA_OK) {
		*count = ops->reply.result.partition_info_get.count;
		if (desc_size != NULL) {
			*desc_size =
				ops->reply.result.partition_info_get.desc_size;
		}
	}
	return st;
}

libffa_status_t libffa_ops_partition_info_get_regs(
	struct libffa_ops *ops, const struct libffa_uuid *uuid,
	uint16_t start_index, uint16_t tag,
	struct libffa_result_partition_info_get_regs *res)
{
	struct libffa_msg *req;
	libffa_status_t st;

	if (ops == NULL || res == NULL) {
		return LIBFFA_E_INVAL;
	}
	/* SMC64 only (DEN0077A 1.2 s13.10). */
	req = request(ops, LIBFFA_ABI_PARTITION_INFO_GET_REGS, true);
	if (uuid != NULL) {
		req->args.partition_info_get_regs.uuid = *uuid;
	}
	req->args.partition_info_get_regs.start_index = start_index;
	req->args.partition_info_get_regs.tag = tag;
	st = call(ops);
	if (st == LIBFFA_OK) {
		*res = ops->reply.result.partition_info_get_regs;
	}
	return st;
}

libffa_status_t libffa_ops_rxtx_map(struct libffa_ops *ops, uint64_t tx,
				    uint64_t rx, uint32_t page_count)
{
	struct libffa_msg *req;

	if (ops == NULL) {
		return LIBFFA_E_INVAL;
	}
	/* The 64-bit form: AArch64 buffers may lie above 4 GiB. */
	req = request(ops, LIBFFA_ABI_RXTX_MAP, true);
	req->args.rxtx_map.tx_address = tx;
	req->args.rxtx_map.rx_address = rx;
	req->args.rxtx_map.page_count = page_count;
	return call(ops);
}

libffa_status_t libffa_ops_rxtx_unmap(struct libffa_ops *ops, libffa_id_t id)
{
	if (ops == NULL) {
		return LIBFFA_E_INVAL;
	}
	request(ops, LIBFFA_ABI_RXTX_UNMAP, false)
		->args.rxtx_unmap.endpoint_id = id;
	return call(ops);
}

libffa_status_t libffa_ops_rx_release(struct libffa_ops *ops, libffa_id_t vm_id)
{
	if (ops == NULL) {
		return LIBFFA_E_INVAL;
	}
	request(ops, LIBFFA_ABI_RX_RELEASE, false)->args.rx_release.vm_id =
		vm_id;
	return call(ops);
}

libffa_status_t libffa_ops_direct_req(struct libffa_ops *ops,
				      libffa_id_t sender, libffa_id_t receiver,
				      const uint64_t args[5], uint64_t resp[5])
{
	struct libffa_msg *req;
	const struct libffa_args_direct_resp *r;
	libffa_status_t st;

	if (ops == NULL || args == NULL || resp == NULL) {
		return LIBFFA_E_INVAL;
	}
	req = request(ops, LIBFFA_ABI_MSG_SEND_DIRECT_REQ, true);
	req->args.direct_req.sender_id = sender;
	req->args.direct_req.receiver_id = receiver;
	LIBFFA_MEMCPY(req->args.direct_req.payload, args, 5u * sizeof(*args));
	st = call(ops);
	if (st != LIBFFA_OK) {
		return st;
	}
	/* The response comes from the receiver to the sender, and is not a
	 * framework message (DEN0077A 1.1 s15.2). */
	r = &ops->reply.args.direct_resp;
	req = &ops->req; /* kept there, not live across the call */
	if (r->sender_id != req->args.direct_req.receiver_id ||
	    r->receiver_id != req->args.direct_req.sender_id ||
	    r->framework != 0u) {
		return LIBFFA_E_PROTOCOL;
	}
	LIBFFA_MEMCPY(resp, r->payload, 5u * sizeof(*resp));
	return LIBFFA_OK;
}

/* The request of libffa_ops_direct_req2(), built in its own frame so that
 * the arguments are not kept live across the call (stack budget). */
static LIBFFA_NOINLINE_ void direct_req2_request(struct libffa_ops *ops,
						 libffa_id_t sender,
						 libffa_id_t receiver,
						 const struct libffa_uuid *uuid,
						 const uint64_t args[14])
{
	struct libffa_msg *req =
		request(ops, LIBFFA_ABI_MSG_SEND_DIRECT_REQ2, true);

	req->args.direct_req2.sender_id = sender;
	req->args.direct_req2.receiver_id = receiver;
	if (uuid != NULL) {
		req->args.direct_req2.uuid = *uuid;
	}
	LIBFFA_MEMCPY(req->args.direct_req2.payload, args, 14u * sizeof(*args));
}

libffa_status_t libffa_ops_direct_req2(struct libffa_ops *ops,
				       libffa_id_t sender, libffa_id_t receiver,
				       const struct libffa_uuid *uuid,
				       const uint64_t args[14],
				       uint64_t resp[14])
{
	struct libffa_msg *req;
	const struct libffa_args_direct_resp2 *r;
	libffa_status_t st;

	if (ops == NULL || args == NULL || resp == NULL) {
		return LIBFFA_E_INVAL;
	}
	direct_req2_request(ops, sender, receiver, uuid, args);
	st = call(ops);
	if (st != LIBFFA_OK) {
		return st;
	}
	/* DEN0077A 1.2 s15.5: RESP2 goes back from receiver to sender. */
	r = &ops->reply.args.direct_resp2;
	req = &ops->req; /* kept there, not live across the call */
	if (r->sender_id != req->args.direct_req2.receiver_id ||
	    r->receiver_id != req->args.direct_req2.sender_id) {
		return LIBFFA_E_PROTOCOL;
	}
	LIBFFA_MEMCPY(resp, r->payload, 14u * sizeof(*resp));
	return LIBFFA_OK;
}

/* FFA_MEM_SHARE and FFA_MEM_LEND share their frames (DEN0077A 1.1 s16):
 * the descriptor in TX, one fragment, the handle back in w2/w3. One copy
 * for both helpers. */
static LIBFFA_NOINLINE_ libffa_status_t mem_send(struct libffa_ops *ops,
						 enum libffa_abi abi,
						 uint32_t length,
						 uint64_t *handle)
{
	struct libffa_msg *req;
	libffa_status_t st;

	if (ops == NULL || handle == NULL) {
		return LIBFFA_E_INVAL;
	}
	req = request(ops, abi, false);
	if (abi == LIBFFA_ABI_MEM_SHARE) {
		req->args.mem_share.total_length = length;
		req->args.mem_share.fragment_length = length;
	} else {
		req->args.mem_lend.total_length = length;
		req->args.mem_lend.fragment_length = length;
	}
	st = call(ops);
	if (st == LIBFFA_OK) {
		*handle = abi == LIBFFA_ABI_MEM_SHARE
				  ? ops->reply.result.mem_share.handle
				  : ops->reply.result.mem_lend.handle;
	}
	return st;
}

libffa_status_t libffa_ops_mem_share(struct libffa_ops *ops, uint32_t length,
				     uint64_t *handle)
{
	return mem_send(ops, LIBFFA_ABI_MEM_SHARE, length, handle);
}

libffa_status_t libffa_ops_mem_lend(struct libffa_ops *ops, uint32_t length,
				    uint64_t *handle)
{
	return mem_send(ops, LIBFFA_ABI_MEM_LEND, length, handle);
}

libffa_status_t libffa_ops_mem_reclaim(struct libffa_ops *ops, uint64_t handle,
				       uint32_t flags)
{
	struct libffa_msg *req;

	if (ops == NULL) {
		return LIBFFA_E_INVAL;
	}
	req = request(ops, LIBFFA_ABI_MEM_RECLAIM, false);
	req->args.mem_reclaim.handle = handle;
	req->args.mem_reclaim.flags = flags; /* the codec checks its width */
	return call(ops);
}

libffa_status_t libffa_ops_mem_retrieve(struct libffa_ops *ops, uint32_t length,
					uint32_t *total_length,
					uint32_t *fragment_length)
{
	struct libffa_msg *req;
	libffa_status_t st;

	if (ops == NULL || total_length == NULL || fragment_length == NULL) {
		return LIBFFA_E_INVAL;
	}
	req = request(ops, LIBFFA_ABI_MEM_RETRIEVE_REQ, false);
	req->args.mem_retrieve_req.total_length = length;
	req->args.mem_retrieve_req.fragment_length = length;
	st = call(ops);
	if (st == LIBFFA_OK) {
		*total_length = ops->reply.args.mem_retrieve_resp.total_length;
		*fragment_length =
			ops->reply.args.mem_retrieve_resp.fragment_length;
	}
	return st;
}

libffa_status_t libffa_ops_notification_bitmap_create(struct libffa_ops *ops,
						      libffa_id_t vm_id,
						      uint32_t vcpu_count)
{
	struct libffa_msg *req;

	if (ops == NULL) {
		return LIBFFA_E_INVAL;
	}
	req = request(ops, LIBFFA_ABI_NOTIFICATION_BITMAP_CREATE, false);
	req->args.notification_bitmap_create.vm_id = vm_id;
	req->args.notification_bitmap_create.vcpu_count = vcpu_count;
	return call(ops);
}

libffa_status_t libffa_ops_notification_bitmap_destroy(struct libffa_ops *ops,
						       libffa_id_t vm_id)
{
	if (ops == NULL) {
		return LIBFFA_E_INVAL;
	}
	request(ops, LIBFFA_ABI_NOTIFICATION_BITMAP_DESTROY, false)
		->args.notification_bitmap_destroy.vm_id = vm_id;
	return call(ops);
}

libffa_status_t libffa_ops_notification_bind(struct libffa_ops *ops,
					     libffa_id_t sender,
					     libffa_id_t receiver,
					     uint32_t flags, uint64_t bitmap)
{
	struct libffa_msg *req;

	if (ops == NULL || (flags & LIBFFA_NOTIFY_BIND_MBZ) != 0u) {
		return LIBFFA_E_INVAL;
	}
	req = request(ops, LIBFFA_ABI_NOTIFICATION_BIND, false);
	req->args.notification_bind.sender_id = sender;
	req->args.notification_bind.receiver_id = receiver;
	req->args.notification_bind.per_vcpu =
		(flags & LIBFFA_NOTIFY_BIND_FLAG_PER_VCPU) != 0u ? 1u : 0u;
	req->args.notification_bind.bitmap = bitmap;
	return call(ops);
}

libffa_status_t libffa_ops_notification_unbind(struct libffa_ops *ops,
					       libffa_id_t sender,
					       libffa_id_t receiver,
					       uint64_t bitmap)
{
	struct libffa_msg *req;

	if (ops == NULL) {
		return LIBFFA_E_INVAL;
	}
	req = request(ops, LIBFFA_ABI_NOTIFICATION_UNBIND, false);
	req->args.notification_unbind.sender_id = sender;
	req->args.notification_unbind.receiver_id = receiver;
	req->args.notification_unbind.bitmap = bitmap;
	return call(ops);
}

libffa_status_t libffa_ops_notification_set(struct libffa_ops *ops,
					    libffa_id_t sender,
					    libffa_id_t receiver,
					    uint32_t flags, uint64_t bitmap)
{
	struct libffa_msg *req;

	if (ops == NULL || (flags & LIBFFA_NOTIFY_SET_MBZ) != 0u) {
		return LIBFFA_E_INVAL;
	}
	req = request(ops, LIBFFA_ABI_NOTIFICATION_SET, false);
	req->args.notification_set.sender_id = sender;
	req->args.notification_set.receiver_id = receiver;
	req->args.notification_set.per_vcpu =
		(flags & LIBFFA_NOTIFY_SET_FLAG_PER_VCPU) != 0u ? 1u : 0u;
	req->args.notification_set.delay_sri =
		(flags & LIBFFA_NOTIFY_SET_FLAG_DELAY_SRI) != 0u ? 1u : 0u;
	req->args.notification_set.vcpu_id =
		(uint16_t)((flags & LIBFFA_NOTIFY_SET_VCPU_ID) >>
			   LIBFFA_NOTIFY_SET_VCPU_ID_SHIFT);
	req->args.notification_set.bitmap = bitmap;
	return call(ops);
}

libffa_status_t libffa_ops_notification_get(
	struct libffa_ops *ops, libffa_id_t receiver, uint16_t vcpu_id,
	uint32_t flags, struct libffa_result_notification_get *res)
{
	struct libffa_msg *req;
	libffa_status_t st;

	if (ops == NULL || res == NULL) {
		return LIBFFA_E_INVAL;
	}
	req = request(ops, LIBFFA_ABI_NOTIFICATION_GET, false);
	req->args.notification_get.receiver_id = receiver;
	req->args.notification_get.vcpu_id = vcpu_id;
	req->args.notification_get.flags = flags;
	st = call(ops);
	if (st == LIBFFA_OK) {
		*res = ops->reply.result.notification_get;
	}
	return st;
}

libffa_status_t libffa_ops_notification_info_get(
	struct libffa_ops *ops, bool smc64,
	struct libffa_result_notification_info_get *res)
{
	libffa_status_t st;

	if (ops == NULL || res == NULL) {
		return LIBFFA_E_INVAL;
	}
	request(ops, LIBFFA_ABI_NOTIFICATION_INFO_GET, smc64);
	st = call(ops);
	if (st == LIBFFA_OK) {
		*res = ops->reply.result.notification_info_get;
	}
	return st;
}
