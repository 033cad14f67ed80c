/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * A minimal responder playing EL3 SPMD + SPMC for one NS endpoint (the
 * proxy, at ID 0) and one secure partition that runs as a step function
 * (sp/sp.h): version negotiation, IDs, features, mailboxes, partition
 * information, memory sharing with fragments, retrieval, relinquish and
 * reclaim, and routing of direct requests with FFA_MSG_WAIT semantics.
 * Freestanding. Not a secure SPMC: it trusts its own SP and models no
 * stage-2 tables.
 */
#ifndef EXAMPLE_SPMC_H
#define EXAMPLE_SPMC_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "ffa/abi.h"
#include "ffa/mem.h"
#include "ffa/partition.h"
#include "ffa/regs.h"
#include "ffa/version.h"
#include "ffa/version_callee.h"

#include "../common/example.h"
#include "../sp/sp.h"
#include "spmc_notify.h"

/** Memory transactions the SPMC holds at once. */
#define EXAMPLE_SPMC_TRANSACTIONS 4u
/** Largest transaction descriptor (bytes). */
#define EXAMPLE_SPMC_DESC_MAX 8192u
/** Further UUIDs the partition may answer to. */
#define EXAMPLE_SPMC_UUIDS_MAX 3u
/** Most constituents a transaction may have. */
#define EXAMPLE_SPMC_CONSTITUENTS_MAX 480u

/**
 * struct example_spmc_config - the SPMC's choices.
 * @own:           FF-A version it implements (1.2).
 * @preset:        its version-negotiation policy (default spec).
 * @smccc_version: what SMCCC_VERSION answers (1.2).
 * @spmc_id:       its own ID, answered to FFA_SPM_ID_GET (0x8000).
 * @ns_id:         the NS endpoint's ID (0).
 * @sp:            the partition (set up with example_sp_init()); booted by
 *                 example_spmc_init().
 * @sp_info:       what FFA_PARTITION_INFO_GET reports about it (its @id
 *                 is the SP's endpoint ID).
 * @sp_uuids:      further UUIDs of the same partition (services it
 *                 offers under their own UUID; DEN0077A 1.2 reports one
 *                 partition information descriptor per UUID).
 * @sp_uuid_count: number of @sp_uuids.
 * @req2_on_features: report the DIRECT_REQ2-receive property to the
 *                 normal world only after its FFA_FEATURES(FFA_MSG_SEND_
 *                 DIRECT_REQ2) reached the SPMC and was answered yes. A
 *                 proxy that does not carry DIRECT_REQ2 answers that query
 *                 itself (pKVM does, at EL2), so its host is not told to
 *                 use a call its path refuses.
 * @sri_intid:     the schedule receiver interrupt (an SGI the normal world
 *                 owns) that FFA_FEATURES reports for feature ID 2; 0: the
 *                 SPMC offers no notifications.
 * @log:           transcript of the SPMC <-> SP boundary and remarks.
 */
struct example_spmc_config {
	libffa_version_t own;
	enum libffa_version_preset preset;
	uint32_t smccc_version;
	libffa_id_t spmc_id;
	libffa_id_t ns_id;
	struct example_sp *sp;
	struct libffa_partition_info sp_info;
	struct libffa_uuid sp_uuids[EXAMPLE_SPMC_UUIDS_MAX];
	uint32_t sp_uuid_count;
	bool req2_on_features;
	uint32_t sri_intid;
	struct example_log log;
};

/** struct example_spmc_ep - what the SPMC knows of one endpoint. */
struct example_spmc_ep {
	libffa_id_t id;
	struct libffa_version_endpoint ver;
	bool mapped;
	uint64_t tx;
	uint64_t rx;
	uint32_t pages;
	bool rx_busy;
};

/** struct example_spmc_mem - one memory transaction. */
struct example_spmc_mem {
	bool used;
	bool complete;
	libffa_handle_t handle;
	libffa_id_t sender;
	libffa_version_t version;
	enum libffa_mem_op op;
	uint32_t retrieved;
	struct libffa_mem_reasm reasm;
	uint8_t desc[EXAMPLE_SPMC_DESC_MAX];
};

/** struct example_spmc - the SPMC's state (private to spmc.c). */
struct example_spmc {
	struct example_spmc_config cfg;
	struct libffa_version_callee callee;
	struct example_spmc_ep ns;
	struct example_spmc_ep spep;
	bool ns_req2_probed;
	bool sp_waiting;
	bool booted;
	struct libffa_regs sp_wait_call;
	uint32_t next_handle;
	struct example_spmc_mem mem[EXAMPLE_SPMC_TRANSACTIONS];
	struct example_spmc_notify notify;
	struct libffa_partition_info parts[1u + EXAMPLE_SPMC_UUIDS_MAX];
	struct libffa_mem_constituent scratch[EXAMPLE_SPMC_CONSTITUENTS_MAX];
};

/**
 * example_spmc_config_default() - own 1.2, preset spec, SMCCC 1.2, SPMC ID
 * 0x8000, NS ID 0. The caller sets @sp, @sp_info and @log.
 */
void example_spmc_config_default(struct example_spmc_config *cfg);

/**
 * example_spmc_init() - set up, then boot the SP until its first
 * FFA_MSG_WAIT.
 * @s:   the SPMC.
 * @cfg: its configuration (copied).
 *
 * Return: true when the SP reached FFA_MSG_WAIT.
 */
bool example_spmc_init(struct example_spmc *s,
		       const struct example_spmc_config *cfg);

/**
 * example_spmc_handle() - answer one call from the normal world.
 * @s:   the SPMC.
 * @in:  the caller's frame (untrusted).
 * @out: the reply (may not alias @in).
 */
void example_spmc_handle(struct example_spmc *s, const struct libffa_regs *in,
			 struct libffa_regs *out);

#endif /* EXAMPLE_SPMC_H */
