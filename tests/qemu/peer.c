/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * The other side of the conduit: an EL3 handler for SMC and an EL2 handler
 * for HVC. Both record the caller's x0-x30 as the instruction saw them,
 * then either echo (a fixed transform of x0-x17) or act as an FF-A peer
 * that decodes the call with libffa and encodes its answer with libffa:
 *   FFA_VERSION         -> v1.2 in w0 (DEN0077A 1.2 s13.2);
 *   FFA_ID_GET          -> FFA_SUCCESS_32, the caller's ID in w2;
 *   DIRECT_REQ2 to us   -> DIRECT_RESP2, IDs swapped, payload transformed;
 *   DIRECT_REQ2 else    -> FFA_ERROR(INVALID_PARAMETERS);
 *   an undecodable call -> FFA_ERROR(libffa_status_to_ret(status));
 *   anything else       -> FFA_ERROR(NOT_SUPPORTED).
 * The frame keeps x18-x30 unless a negative control says otherwise
 * (SMCCC: the callee preserves x18-x30 and SP, DEN0028 1.2 s2.7).
 */
#include "ffa/msg.h"
#include "ffa/regs.h"
#include "ffa/status.h"

#include "harness.h"

volatile enum peer_mode peer_mode;
volatile enum peer_fault peer_fault;
volatile int peer_in_probe;
volatile uint64_t peer_seen[31];
volatile uint64_t peer_traps;
volatile uint64_t peer_last_el;

uint64_t peer_echo(unsigned int el, unsigned int i, uint64_t v)
{
	uint64_t key = el == 3u ? UINT64_C(0x3300cc00ff000300)
				: UINT64_C(0x2200aa0055000200);

	return v ^ key ^ (uint64_t)i;
}

libffa_id_t peer_own_id(unsigned int el)
{
	return (libffa_id_t)(el == 3u ? 0x8001u : 0x8002u);
}

libffa_id_t peer_caller_id(unsigned int el)
{
	return (libffa_id_t)(el == 3u ? 0x0000u : 0x0001u);
}

uint64_t peer_payload(unsigned int el, unsigned int i, uint64_t v)
{
	return ~v + ((uint64_t)el << 32) + i;
}

static void answer(unsigned int el, const struct libffa_msg *req,
		   struct libffa_msg *rep)
{
	unsigned int i;

	switch (req->abi) {
	case LIBFFA_ABI_VERSION:
		libffa_msg_init(rep, LIBFFA_ABI_VERSION, LIBFFA_MSG_RESULT,
				false);
		rep->result.version.version = LIBFFA_VERSION_1_2;
		break;
	case LIBFFA_ABI_ID_GET:
		libffa_msg_init(rep, LIBFFA_ABI_ID_GET, LIBFFA_MSG_RESULT,
				false);
		rep->result.id_get.id = peer_caller_id(el);
		break;
	case LIBFFA_ABI_MSG_SEND_DIRECT_REQ2:
		if (req->args.direct_req2.receiver_id != peer_own_id(el)) {
			libffa_msg_error(rep, LIBFFA_RET_INVALID_PARAMETERS);
			break;
		}
		libffa_msg_init(rep, LIBFFA_ABI_MSG_SEND_DIRECT_RESP2,
				LIBFFA_MSG_ARGS, true);
		rep->args.direct_resp2.sender_id =
			req->args.direct_req2.receiver_id;
		rep->args.direct_resp2.receiver_id =
			req->args.direct_req2.sender_id;
		for (i = 0; i < 14u; i++) {
			rep->args.direct_resp2.payload[i] = peer_payload(
				el, i, req->args.direct_req2.payload[i]);
		}
		break;
	default:
		libffa_msg_error(rep, LIBFFA_RET_NOT_SUPPORTED);
		break;
	}
}

static void ffa_peer(unsigned int el, struct rt_frame *frame)
{
	struct libffa_regs regs;
	struct libffa_msg req, rep;
	libffa_status_t status;
	unsigned int i;

	for (i = 0; i < LIBFFA_REGS_COUNT; i++) {
		regs.x[i] = frame->x[i];
	}
	status = libffa_msg_decode_ex(&regs, LIBFFA_VERSION_1_2, 0, &req, NULL);
	if (status != LIBFFA_OK) {
		libffa_msg_error(&rep, libffa_status_to_ret(status));
	} else {
		answer(el, &req, &rep);
	}
	if (libffa_msg_encode(&rep, LIBFFA_VERSION_1_2, &regs) != LIBFFA_OK) {
		rt_puts("peer: cannot encode the answer\n");
		rt_exit(RT_EXIT_FAIL);
	}
	for (i = 0; i < LIBFFA_REGS_COUNT; i++) {
		frame->x[i] = regs.x[i];
	}
}

static void handle(unsigned int el, struct rt_frame *frame)
{
	unsigned int i;

	for (i = 0; i < 31u; i++) {
		peer_seen[i] = frame->x[i];
	}
	peer_last_el = el;
	peer_traps++;
	if (peer_mode == PEER_FFA) {
		ffa_peer(el, frame);
	} else {
		for (i = 0; i < LIBFFA_REGS_COUNT; i++) {
			frame->x[i] = peer_echo(el, i, frame->x[i]);
		}
	}
	if (peer_fault == FAULT_CORRUPT_X17) {
		frame->x[17] ^= UINT64_C(1) << 33;
	} else if (peer_fault == FAULT_CLOBBER_X20 && peer_in_probe) {
		frame->x[20] = UINT64_C(0xbadbadbadbadbad0);
	}
}

/* The runtime's vectors (arch/aarch64/baremetal/vectors.S) reload x0-x30
 * from the frame before eret: what a handler keeps is what the frame holds. */
void rt_trap_el3(unsigned int kind, struct rt_frame *frame)
{
	if (kind != RT_KIND_LOWER_SYNC ||
	    RT_ESR_EC(frame->esr) != RT_EC_SMC64) {
		rt_unexpected("EL3", kind, frame);
	}
	handle(3, frame);
}

void rt_trap_el2(unsigned int kind, struct rt_frame *frame)
{
	if (kind != RT_KIND_LOWER_SYNC ||
	    RT_ESR_EC(frame->esr) != RT_EC_HVC64) {
		rt_unexpected("EL2", kind, frame);
	}
	handle(2, frame);
}

void rt_trap_el1(unsigned int kind, struct rt_frame *frame)
{
	rt_unexpected("EL1", kind, frame);
}
