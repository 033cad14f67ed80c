/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * The host conduit: a frame goes to an in-process peer instead of trapping
 * (the idea of Hafnium's src/arch/fake, written for libffa).
 */
#include "ffa/host.h"
#include "ffa/smccc.h"

void libffa_host_conduit_call(const struct libffa_conduit *self,
			      const struct libffa_regs *in,
			      struct libffa_regs *out)
{
	struct libffa_host_peer *peer = self != NULL ? self->ctx : NULL;
	struct libffa_regs sent = *in;
	struct libffa_regs reply = *in;

	if (peer == NULL || peer->handle == NULL) {
		/* No one answers: an unknown function (DEN0028 1.2 s7.1). */
		libffa_regs_set_w(&reply, 0,
				  (uint32_t)LIBFFA_SMCCC_RET_NOT_SUPPORTED);
	} else {
		peer->call_count++;
		peer->handle(peer->peer_ctx, &sent, &reply);
	}
	*out = reply;
}
