/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * A secure partition's message loop, as small as libffa lets it be: it
 * waits with FFA_MSG_WAIT, takes FFA_MSG_SEND_DIRECT_REQ2 and answers with
 * FFA_MSG_SEND_DIRECT_RESP2 echoing the payload (DEN0077A 1.2 s15.4),
 * through the typed entry points and the SMC conduit. Linked by
 * size.sh with --gc-sections to measure what such a firmware pays.
 */
#include "ffa/arch.h"
#include "ffa/conduit.h"
#include "ffa/msg.h"

#define VERSION LIBFFA_VERSION_1_2

void sp_main(void);

/* FFA_MSG_WAIT: hand the CPU back until a message arrives. */
static void wait(struct libffa_regs *frame)
{
	const struct libffa_args_msg_wait args = {0};

	if (libffa_args_encode_msg_wait(&args, false, VERSION, frame) !=
	    LIBFFA_OK) {
		frame->x[0] = 0;
	}
}

void sp_main(void)
{
	struct libffa_regs frame;
	struct libffa_regs in;
	struct libffa_args_direct_req2 req;
	struct libffa_args_direct_resp2 resp;
	unsigned int i;

	wait(&frame);
	for (;;) {
		if (libffa_conduit_invoke(&libffa_conduit_smc, &frame, &in) !=
			    LIBFFA_OK ||
		    libffa_args_decode_direct_req2(&in, VERSION, 0, &req, NULL,
						   NULL) != LIBFFA_OK) {
			wait(&frame);
			continue;
		}
		resp.receiver_id = req.sender_id;
		resp.sender_id = req.receiver_id;
		for (i = 0; i < 14u; i++) {
			resp.payload[i] = req.payload[i];
		}
		if (libffa_args_encode_direct_resp2(&resp, true, VERSION,
						    &frame) != LIBFFA_OK) {
			wait(&frame);
		}
	}
}
