/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * The proxy role: an EL2 hypervisor between its host and the firmware, in
 * the style of pKVM's FF-A proxy. It
 * negotiates the version on both sides, filters FFA_FEATURES, keeps its own
 * mailbox, validates every memory-share descriptor against the pages the
 * host owns (translating a v1.0 host's descriptor to the firmware's
 * layout), forwards direct requests and copies back only the registers its
 * copy-back policy allows. Freestanding.
 */
#ifndef EXAMPLE_PROXY_H
#define EXAMPLE_PROXY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "ffa/abi.h"
#include "ffa/conduit.h"
#include "ffa/copyback.h"
#include "ffa/mem.h"
#include "ffa/smccc.h"
#include "ffa/version.h"
#include "ffa/version_proxy.h"

#include "../common/example.h"

/** Pages of host memory the proxy models (a bit each). */
#define EXAMPLE_PROXY_PAGES 1024u
/** Memory transactions the proxy tracks at once. */
#define EXAMPLE_PROXY_SHARES 4u
/** Largest descriptor the proxy reassembles (bytes). */
#define EXAMPLE_PROXY_DESC_MAX 8192u

/**
 * struct example_proxy_config - the proxy's choices and resources.
 * @own:            the FF-A version the proxy implements (1.2).
 * @preset:         version-negotiation policy (default pKVM).
 * @translate:      serve a host that negotiates an older version by
 *                  translating its descriptors to the version agreed
 *                  below, instead of pKVM's asking the firmware to
 *                  downgrade (policy forward = NEVER).
 * @copyback:       which reply registers reach the host. The example's
 *                  default is ALL, what pKVM merged (x0-x17); REPLY_ABI
 *                  (the library's zero value) copies exactly the reply's
 *                  results; CALLER_CONV refuses a reply it would cut
 *                  (LIBFFA_E_DROPPED, answered ABORTED).
 * @tx, @rx:        the proxy's own mailbox, mapped below on the host's
 *                  first FFA_RXTX_MAP (@rxtx_pages pages each) ...
 * @tx_address:     ... at these addresses.
 * @rx_address:
 * @rxtx_pages:
 * @host_mem_base:  the first page the host owns ...
 * @host_mem_pages: ... and how many (at most %EXAMPLE_PROXY_PAGES).
 * @host_id:        the host's endpoint ID (0 at the NS physical instance).
 * @log:            the proxy's own remarks (rejections and why).
 */
struct example_proxy_config {
	libffa_version_t own;
	enum libffa_version_preset preset;
	bool translate;
	enum libffa_copyback_policy copyback;
	void *tx;
	void *rx;
	uint64_t tx_address;
	uint64_t rx_address;
	uint32_t rxtx_pages;
	uint64_t host_mem_base;
	uint32_t host_mem_pages;
	libffa_id_t host_id;
	struct example_log log;
};

/**
 * struct example_proxy_share - one memory transaction of the host.
 * @used:     the slot is taken.
 * @complete: the firmware returned the handle (pages are shared).
 * @handle:   the handle.
 * @pages:    bit n: host page n belongs to this transaction.
 */
struct example_proxy_share {
	bool used;
	bool complete;
	libffa_handle_t handle;
	uint8_t pages[EXAMPLE_PROXY_PAGES / 8u];
};

/**
 * struct example_proxy_xfer - a fragmented transmission in progress.
 */
struct example_proxy_xfer {
	bool active;
	enum libffa_mem_op op;
	uint32_t fid;
	libffa_handle_t handle;
	uint32_t first_length;
	unsigned int share;
	struct libffa_mem_reasm reasm;
};

/**
 * struct example_proxy - the proxy's state; fields are private to proxy.c.
 */
struct example_proxy {
	struct example_proxy_config cfg;
	const struct libffa_conduit *below;
	struct libffa_version_proxy ver;
	uint32_t smccc_version;
	bool ready;
	bool own_mapped;
	bool host_mapped;
	uint64_t host_tx;
	uint64_t host_rx;
	uint32_t host_pages;
	bool host_rx_busy;
	uint8_t owned[EXAMPLE_PROXY_PAGES / 8u];
	struct example_proxy_share shares[EXAMPLE_PROXY_SHARES];
	struct example_proxy_xfer xfer;
	uint8_t desc[EXAMPLE_PROXY_DESC_MAX];
	uint8_t xlated[EXAMPLE_PROXY_DESC_MAX];
	struct libffa_mem_view xlated_view; /* @xlated, parsed */
};

/**
 * example_proxy_config_default() - pKVM-like defaults: own 1.2, preset
 * pKVM, no translation, copy-back ALL, host ID 0. The caller then fills
 * the mailbox and the host memory range.
 */
void example_proxy_config_default(struct example_proxy_config *cfg);

/**
 * example_proxy_init() - set the proxy up and negotiate below.
 * @p:     the proxy (all state lives here; nothing is allocated).
 * @below: the conduit to the firmware (SMC, or the host conduit).
 * @cfg:   the configuration (copied).
 *
 * Asks SMCCC_VERSION below (FF-A 1.2 needs SMCCC 1.2) and negotiates
 * FFA_VERSION with the libffa proxy state machine. On failure the proxy
 * answers every FF-A call with NOT_SUPPORTED (example_proxy_ready()).
 */
void example_proxy_init(struct example_proxy *p,
			const struct libffa_conduit *below,
			const struct example_proxy_config *cfg);

/** example_proxy_ready() - the negotiation below succeeded. */
bool example_proxy_ready(const struct example_proxy *p);

/**
 * example_proxy_handle() - handle one call trapped from the host.
 * @p:   the proxy.
 * @in:  the host's frame (untrusted).
 * @out: the frame the host sees on return (may not alias @in).
 */
void example_proxy_handle(struct example_proxy *p, const struct libffa_regs *in,
			  struct libffa_regs *out);

#endif /* EXAMPLE_PROXY_H */
