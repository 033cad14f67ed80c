/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * Fragmentation of memory transaction descriptors: the splitter a sender
 * (or a relayer answering a retrieve) uses, and the bounded reassembler a
 * receiver uses, with the FFA_MEM_FRAG_TX / FFA_MEM_FRAG_RX messages
 * (DEN0077A 1.1 s16.2, Tables 16.x).
 * The first fragment is header + EMADs + composite + whole constituents;
 * every later fragment is whole 16-byte constituents.
 */
#include "ffa/mem.h"

#include "internal.h"
#include "mem_wire.h"

libffa_status_t libffa_mem_split_init(struct libffa_mem_split *split,
				      const struct libffa_mem_view *view,
				      size_t capacity)
{
	size_t first;

	if (split == NULL || view == NULL) {
		return LIBFFA_E_INVAL;
	}
	split->total = view->used_size;
	split->array_offset = view->constituent_count != 0u
				      ? view->constituent_offset
				      : view->used_size;
	first = split->array_offset;
	if (view->constituent_count != 0u) {
		first += LIBFFA_WIRE_CONSTITUENT_SIZE;
	}
	if (capacity < first) {
		return LIBFFA_E_NOSPACE;
	}
	split->capacity = capacity;
	split->offset = 0;
	return LIBFFA_OK;
}

bool libffa_mem_split_next(struct libffa_mem_split *split, size_t *offset,
			   size_t *length)
{
	size_t room;
	size_t left;

	if (split == NULL || split->offset >= split->total) {
		return false;
	}
	left = split->total - split->offset;
	if (split->offset == 0u) {
		room = split->array_offset +
		       (split->capacity - split->array_offset) /
			       LIBFFA_WIRE_CONSTITUENT_SIZE *
			       LIBFFA_WIRE_CONSTITUENT_SIZE;
	} else {
		room = split->capacity / LIBFFA_WIRE_CONSTITUENT_SIZE *
		       LIBFFA_WIRE_CONSTITUENT_SIZE;
	}
	*offset = split->offset;
	*length = left < room ? left : room;
	split->offset += *length;
	return true;
}

size_t libffa_mem_split_total(const struct libffa_mem_split *split)
{
	return split->total;
}

libffa_status_t libffa_mem_send_msg(struct libffa_msg *msg,
				    enum libffa_mem_op op, bool smc64,
				    uint32_t total_length,
				    uint32_t fragment_length)
{
	if (msg == NULL) {
		return LIBFFA_E_INVAL;
	}
	switch (op) {
	case LIBFFA_MEM_OP_SHARE:
		libffa_msg_init(msg, LIBFFA_ABI_MEM_SHARE, LIBFFA_MSG_ARGS,
				smc64);
		msg->args.mem_share.total_length = total_length;
		msg->args.mem_share.fragment_length = fragment_length;
		return LIBFFA_OK;
	case LIBFFA_MEM_OP_LEND:
		libffa_msg_init(msg, LIBFFA_ABI_MEM_LEND, LIBFFA_MSG_ARGS,
				smc64);
		msg->args.mem_lend.total_length = total_length;
		msg->args.mem_lend.fragment_length = fragment_length;
		return LIBFFA_OK;
	case LIBFFA_MEM_OP_DONATE:
		libffa_msg_init(msg, LIBFFA_ABI_MEM_DONATE, LIBFFA_MSG_ARGS,
				smc64);
		msg->args.mem_donate.total_length = total_length;
		msg->args.mem_donate.fragment_length = fragment_length;
		return LIBFFA_OK;
	case LIBFFA_MEM_OP_RETRIEVE_REQ:
		libffa_msg_init(msg, LIBFFA_ABI_MEM_RETRIEVE_REQ,
				LIBFFA_MSG_ARGS, smc64);
		msg->args.mem_retrieve_req.total_length = total_length;
		msg->args.mem_retrieve_req.fragment_length = fragment_length;
		return LIBFFA_OK;
	case LIBFFA_MEM_OP_RETRIEVE_RESP:
		/* FFA_MEM_RETRIEVE_RESP exists only as SMC32. */
		libffa_msg_init(msg, LIBFFA_ABI_MEM_RETRIEVE_RESP,
				LIBFFA_MSG_ARGS, false);
		msg->args.mem_retrieve_resp.total_length = total_length;
		msg->args.mem_retrieve_resp.fragment_length = fragment_length;
		return LIBFFA_OK;
	case LIBFFA_MEM_OP_ANY:
		break;
	}
	return LIBFFA_E_INVAL;
}

void libffa_mem_frag_tx_msg(struct libffa_msg *msg, libffa_handle_t handle,
			    uint32_t fragment_length, libffa_id_t endpoint_id)
{
	libffa_msg_init(msg, LIBFFA_ABI_MEM_FRAG_TX, LIBFFA_MSG_ARGS, false);
	msg->args.mem_frag_tx.handle = handle;
	msg->args.mem_frag_tx.fragment_length = fragment_length;
	msg->args.mem_frag_tx.endpoint_id = endpoint_id;
}

void libffa_mem_frag_rx_msg(struct libffa_msg *msg, libffa_handle_t handle,
			    uint32_t fragment_offset, libffa_id_t endpoint_id)
{
	libffa_msg_init(msg, LIBFFA_ABI_MEM_FRAG_RX, LIBFFA_MSG_ARGS, false);
	msg->args.mem_frag_rx.handle = handle;
	msg->args.mem_frag_rx.fragment_offset = fragment_offset;
	msg->args.mem_frag_rx.endpoint_id = endpoint_id;
}

libffa_status_t libffa_mem_reasm_init(struct libffa_mem_reasm *r, void *buf,
				      size_t capacity, uint32_t total_length,
				      libffa_handle_t handle)
{
	if (r == NULL || buf == NULL) {
		return LIBFFA_E_INVAL;
	}
	r->buf = buf;
	r->capacity = capacity;
	r->total = 0;
	r->received = 0;
	r->handle = handle;
	if (total_length == 0u) {
		return LIBFFA_E_BADVALUE;
	}
	if (total_length > capacity) {
		return LIBFFA_E_NOSPACE;
	}
	r->total = total_length;
	return LIBFFA_OK;
}

/*
 * The copy stays inside the buffer because received < total <= capacity
 * (re-checked here, so a caller-altered struct cannot move it). That bound
 * relates three fields, which EVA tracks each on its own: WP proves the
 * copy's destination from this contract, and EVA checks the contract at
 * every call (docs/assurance.md).
 */
/*@ requires r == \null || (\valid(r) &&
	\valid(r->buf + (0 .. r->capacity - 1)));
*/
libffa_status_t libffa_mem_reasm_add(struct libffa_mem_reasm *r,
				     const void *frag, size_t length)
{
	if (r == NULL || (frag == NULL && length != 0u)) {
		return LIBFFA_E_INVAL;
	}
	if (r->total == 0u || r->received >= r->total ||
	    r->total > r->capacity) {
		return LIBFFA_E_STATE;
	}
	if (length == 0u || length > r->total - r->received) {
		return LIBFFA_E_BADVALUE;
	}
	/* Later fragments carry whole constituents only (pKVM checks this). */
	if (r->received != 0u && length % LIBFFA_WIRE_CONSTITUENT_SIZE != 0u) {
		return LIBFFA_E_ALIGN;
	}
	LIBFFA_MEMCPY(r->buf + r->received, frag, length);
	r->received += length;
	return LIBFFA_OK;
}

libffa_status_t libffa_mem_reasm_frag_tx(struct libffa_mem_reasm *r,
					 const struct libffa_msg *msg,
					 const void *buf, size_t size)
{
	uint32_t length;

	if (r == NULL || msg == NULL) {
		return LIBFFA_E_INVAL;
	}
	if (msg->abi != LIBFFA_ABI_MEM_FRAG_TX ||
	    msg->kind != LIBFFA_MSG_ARGS ||
	    msg->args.mem_frag_tx.handle != r->handle) {
		return LIBFFA_E_BADVALUE;
	}
	/*
	 * A hypervisor forwarding a VM's fragment names the VM in w4[31:16]
	 * (DEN0077A 1.1 s16.2, FFA_MEM_FRAG_TX); it must be the transaction's
	 * sender, read from our own copy of the first fragment (single fetch).
	 * 0: not forwarded. A FRAG_TX never carries the first fragment.
	 */
	if (r->received < LIBFFA_WIRE_MEM_TRANS_SENDER_OFF + 2u) {
		return LIBFFA_E_STATE;
	}
	if (msg->args.mem_frag_tx.endpoint_id != 0u &&
	    msg->args.mem_frag_tx.endpoint_id !=
		    libffa_le16_load_(r->buf +
				      LIBFFA_WIRE_MEM_TRANS_SENDER_OFF)) {
		return LIBFFA_E_BADVALUE;
	}
	length = msg->args.mem_frag_tx.fragment_length;
	if (length > size) {
		return LIBFFA_E_TRUNCATED;
	}
	return libffa_mem_reasm_add(r, buf, length);
}

size_t libffa_mem_reasm_offset(const struct libffa_mem_reasm *r)
{
	return r->received;
}

bool libffa_mem_reasm_done(const struct libffa_mem_reasm *r)
{
	return r->total != 0u && r->received == r->total;
}
