/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * Two services the example SP offers Linux's FF-A client drivers, each
 * under its own UUID (docs/interop.md):
 * - TPM CRB over FF-A (DEN0138; Linux tpm_crb_ffa): GET_INTERFACE_VERSION
 *   answered "1.0", by DIRECT_REQ2 (x4/x5) or DIRECT_REQ_64 (x4/x5);
 * - OP-TEE's FF-A ABI (Linux optee, drivers/tee/optee/optee_ffa.h), 32-bit
 *   DIRECT_REQ: API and OS version, capabilities, unregistering shared
 *   memory, and the yielding call whose argument (struct optee_msg_arg)
 *   lies in memory the driver shared: the SP retrieves it, reads the
 *   argument, answers "no such TA" in it and relinquishes it.
 */
#ifndef EXAMPLE_SP_SERVICES_H
#define EXAMPLE_SP_SERVICES_H

#include <stdbool.h>
#include <stdint.h>

#include "ffa/msg.h"

#include "sp.h"

/* 17b862a4-1806-4faf-86b3-089a58353861 (tpm_crb_ffa's id table). */
#define EXAMPLE_SP_TPM_UUID_INIT                                              \
	{                                                                     \
		{                                                             \
			0x17, 0xb8, 0x62, 0xa4, 0x18, 0x06, 0x4f, 0xaf, 0x86, \
				0xb3, 0x08, 0x9a, 0x58, 0x35, 0x38, 0x61      \
		}                                                             \
	}
/* 486178e0-e7f8-11e3-bc5e-0002a5d5c51b (optee's FF-A id table). */
#define EXAMPLE_SP_OPTEE_UUID_INIT                                            \
	{                                                                     \
		{                                                             \
			0x48, 0x61, 0x78, 0xe0, 0xe7, 0xf8, 0x11, 0xe3, 0xbc, \
				0x5e, 0x00, 0x02, 0xa5, 0xd5, 0xc5, 0x1b      \
		}                                                             \
	}

/** enum example_sp_action - what example_sp_service() decided. */
enum example_sp_action {
	EXAMPLE_SP_ACT_NONE = 0, /* not a service request */
	EXAMPLE_SP_ACT_REPLY,	 /* send @resp */
	EXAMPLE_SP_ACT_RETRIEVE	 /* retrieve @handle from @sender first */
};

/**
 * example_sp_service() - answer a direct request addressed to a service.
 * @sp:     the partition (its config enables the services).
 * @req:    the decoded request.
 * @resp:   out: the direct response (ACT_REPLY).
 * @handle: out: the shared memory to retrieve (ACT_RETRIEVE) ...
 * @sender: out: ... and its owner.
 */
enum example_sp_action example_sp_service(struct example_sp *sp,
					  const struct libffa_msg *req,
					  struct libffa_msg *resp,
					  libffa_handle_t *handle,
					  libffa_id_t *sender);

/**
 * example_sp_optee_arg() - read and answer the OP-TEE call argument at
 * @address (the retrieved buffer plus the offset the call named), of
 * @size bytes at most; sets sp->result for the yielding call's return.
 */
void example_sp_optee_arg(struct example_sp *sp, uint64_t address,
			  uint64_t size);

#endif /* EXAMPLE_SP_SERVICES_H */
