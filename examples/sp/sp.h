/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * The secure-partition role (S-EL1): boot, then a message loop in
 * FFA_MSG_WAIT answering direct requests, framework messages, and memory
 * retrieval. Written as a step function, "this is what my last call
 * returned, give me my next call", so that it runs inside an in-process
 * SPMC on the host and in a plain loop over SMC/SVC on hardware
 * (example_sp_run()). Freestanding.
 */
#ifndef EXAMPLE_SP_H
#define EXAMPLE_SP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "ffa/abi.h"
#include "ffa/conduit.h"
#include "ffa/regs.h"
#include "ffa/version.h"

#include "../common/example.h"

/** The example SP's UUID: 7b3a5f0e-4c1d-4e8a-9b2f-6d5c4b3a2910. */
#define EXAMPLE_SP_UUID_INIT                                                  \
	{                                                                     \
		{                                                             \
			0x7b, 0x3a, 0x5f, 0x0e, 0x4c, 0x1d, 0x4e, 0x8a, 0x9b, \
				0x2f, 0x6d, 0x5c, 0x4b, 0x3a, 0x29, 0x10      \
		}                                                             \
	}

/**
 * struct example_sp_config - the partition's resources.
 * @version:    the FF-A version it implements (1.2).
 * @tx, @rx:    its RX/TX buffers, @rxtx_pages 4 KiB pages each (the
 *              retrieve response must fit RX) ...
 * @tx_address: ... at these addresses.
 * @rx_address:
 * @rxtx_pages:
 * @services:   EXAMPLE_SP_SERVICE_* bits: the Linux client services of
 *              sp_services.h (0: the echo and retrieve commands only).
 * @log:        its remarks.
 */
struct example_sp_config {
	libffa_version_t version;
	void *tx;
	void *rx;
	uint64_t tx_address;
	uint64_t rx_address;
	uint32_t rxtx_pages;
	uint32_t services;
	struct example_log log;
};

/* Services (sp_services.h). */
#define EXAMPLE_SP_SERVICE_TPM	 (1u << 0)
#define EXAMPLE_SP_SERVICE_OPTEE (1u << 1)

/** enum example_sp_state - where the partition is (private). */
enum example_sp_state {
	EXAMPLE_SP_BOOT = 0,
	EXAMPLE_SP_VERSION_SENT,
	EXAMPLE_SP_ID_SENT,
	EXAMPLE_SP_MAP_SENT,
	EXAMPLE_SP_WAITING,
	EXAMPLE_SP_RETRIEVE_SENT,
	EXAMPLE_SP_RELEASE_SENT,
	EXAMPLE_SP_RELINQUISH_SENT,
	EXAMPLE_SP_FAILED
};

/**
 * struct example_sp - the partition's state (private to sp.c, except the
 * counters, which a test may read).
 * @served:   direct requests answered.
 * @errors:   steps that went wrong (the log says which).
 * @vms:      VMs it was told about (created minus destroyed).
 * @for_optee: the retrieval in progress serves an OP-TEE yielding call,
 *            whose argument lies @arg_offset bytes into the buffer.
 */
struct example_sp {
	struct example_sp_config cfg;
	enum example_sp_state state;
	libffa_id_t id;
	libffa_version_t version;
	struct libffa_regs request;
	libffa_handle_t handle;
	uint64_t result[4];
	uint32_t served;
	uint32_t errors;
	uint32_t vms;
	bool for_optee;
	uint32_t arg_offset;
};

/** example_sp_init() - set the partition up (copies @cfg). */
void example_sp_init(struct example_sp *sp,
		     const struct example_sp_config *cfg);

/**
 * example_sp_start() - the partition's first call (FFA_VERSION).
 * @sp:  the partition.
 * @out: the call frame.
 */
void example_sp_start(struct example_sp *sp, struct libffa_regs *out);

/**
 * example_sp_step() - one step of the partition.
 * @sp:  the partition.
 * @in:  what its last call returned (for FFA_MSG_WAIT or a direct
 *       response: the next message for it).
 * @out: its next call (FFA_MSG_WAIT, a direct response, or a call it needs
 *       to make to serve the request, such as FFA_MEM_RETRIEVE_REQ).
 */
void example_sp_step(struct example_sp *sp, const struct libffa_regs *in,
		     struct libffa_regs *out);

/**
 * example_sp_run() - run the partition forever over a conduit (SMC from
 * S-EL1 to the SPMC, SVC from S-EL0): start, then call and step.
 * @conduit: the way to the SPMC.
 * @sp:      a partition set up with example_sp_init().
 *
 * Returns only if the conduit cannot be invoked.
 */
void example_sp_run(const struct libffa_conduit *conduit,
		    struct example_sp *sp);

#endif /* EXAMPLE_SP_H */
