/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * The client role: what an NS driver does with FF-A, from SMCCC_VERSION to
 * a memory share with the secure partition and back. Freestanding: it
 * runs on the host over the in-process conduit and bare-metal over HVC.
 */
#ifndef EXAMPLE_CLIENT_H
#define EXAMPLE_CLIENT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "ffa/abi.h"
#include "ffa/conduit.h"
#include "ffa/version.h"

#include "../common/example.h"

/**
 * struct example_env - what the client needs from its environment, and
 * what it learns.
 * @log:           transcript of the client's own steps.
 * @version:       the FF-A version the client implements (1.2; 1.0 for
 *                 the v1.0 variant, whose descriptors the proxy translates).
 * @tx, @rx:       its RX/TX buffers (@rxtx_pages 4 KiB pages each).
 * @tx_address:    the address FFA_RXTX_MAP passes for @tx ...
 * @rx_address:    ... and for @rx (identity map: example_addr()).
 * @rxtx_pages:    buffer size in 4 KiB pages.
 * @sp_id:         the secure partition it expects to find.
 * @sp_uuid:       that partition's UUID (asked about with
 *                 FFA_PARTITION_INFO_GET, and sent in DIRECT_REQ2).
 * @share_address: first page of the memory it shares (it owns
 *                 2 * @share_ranges pages from there).
 * @share_ranges:  number of one-page ranges shared, every other page from
 *                 @share_address (more than fits TX forces FFA_MEM_FRAG_TX:
 *                 about 250 ranges for one 4 KiB TX page at v1.2).
 * @work:          scratch memory for the descriptor and its constituents
 *                 (the descriptor may be larger than TX) ...
 * @work_size:     ... of this many bytes (16 KiB covers 500 ranges).
 * @own_id:        out: the ID FFA_ID_GET returned.
 * @agreed:        out: the negotiated version.
 * @handle:        out: the handle of the last share.
 * @fragments:     out: fragments the last share took.
 */
struct example_env {
	struct example_log log;
	libffa_version_t version;
	void *tx;
	void *rx;
	uint64_t tx_address;
	uint64_t rx_address;
	uint32_t rxtx_pages;
	libffa_id_t sp_id;
	struct libffa_uuid sp_uuid;
	uint64_t share_address;
	uint32_t share_ranges;
	void *work;
	size_t work_size;
	libffa_id_t own_id;
	libffa_version_t agreed;
	libffa_handle_t handle;
	uint32_t fragments;
};

/* Direct-request commands the example SP understands (payload[0]). */
/* Retrieve (payload[1] handle, payload[2] sender), check, relinquish. */
#define EXAMPLE_SP_CMD_RETRIEVE UINT64_C(0x52455452) /* "RETR" */
/* Anything else: every payload register comes back + EXAMPLE_SP_ECHO_ADD. */
#define EXAMPLE_SP_ECHO_ADD UINT64_C(0x1000)
/* The word the client writes at the start of each shared page. */
#define EXAMPLE_SHARE_MAGIC UINT64_C(0x5348415245440001) /* "SHARED" */

/**
 * example_client_run() - the whole client sequence, each step checked:
 * SMCCC_VERSION, FFA_VERSION, FFA_ID_GET, FFA_FEATURES, FFA_RXTX_MAP,
 * FFA_PARTITION_INFO_GET (parsed with partition.h) and FFA_RX_RELEASE,
 * DIRECT_REQ and DIRECT_REQ2 to the SP, FFA_MEM_SHARE (built with mem.h,
 * fragmented with FFA_MEM_FRAG_TX when larger than TX), a direct request
 * that makes the SP retrieve and relinquish it, FFA_MEM_RECLAIM, and
 * FFA_RXTX_UNMAP.
 * @conduit: the way down (HVC to the proxy, or the host conduit).
 * @env:     the environment.
 *
 * Return: 0 on success, otherwise the negative number of the failed step
 * (the log says which and why).
 */
int example_client_run(const struct libffa_conduit *conduit,
		       struct example_env *env);

/**
 * example_client_hostile_run() - a client that misbehaves, for a fresh
 * proxy: an FF-A call before FFA_VERSION, an unsupported call, a filtered
 * FFA_FEATURES, RXTX_MAP twice, shares with a bad EMAD offset, with pages
 * it does not own, with overlapping ranges and of pages already shared,
 * and a later lower FFA_VERSION. Each must be refused with the right
 * FFA_ERROR code (or NOT_SUPPORTED in w0 for FFA_VERSION).
 * @conduit: the way down.
 * @env:     the environment (same fields as example_client_run()).
 *
 * Return: 0 when every misbehaviour was refused as expected, else the
 * negative number of the first check that failed.
 */
int example_client_hostile_run(const struct libffa_conduit *conduit,
			       struct example_env *env);

#endif /* EXAMPLE_CLIENT_H */
