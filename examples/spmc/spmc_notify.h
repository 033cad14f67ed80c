/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * The example SPMC's notification ABIs (spmc_notify.c).
 */
#ifndef EXAMPLE_SPMC_NOTIFY_H
#define EXAMPLE_SPMC_NOTIFY_H

#include <stdbool.h>

#include "ffa/msg.h"
#include "ffa/notify_table.h"

#include "../common/example.h"

/* The partition, the normal world's physical instance, one spare. */
#define EXAMPLE_SPMC_NOTIFY_RECEIVERS 3u

/** struct example_spmc_notify - the SPMC's notification state. */
struct example_spmc_notify {
	struct libffa_notify_table table;
	struct libffa_notify_receiver rx[EXAMPLE_SPMC_NOTIFY_RECEIVERS];
};

/** example_spmc_notify_init() - empty table plus the SP's bitmap. */
libffa_status_t example_spmc_notify_init(struct example_spmc_notify *n,
					 libffa_id_t sp_id);

/**
 * example_spmc_notify_handle() - answer a notification ABI.
 * @n:       the state.
 * @caller:  the calling endpoint's ID.
 * @from_ns: the call came from the normal world (BITMAP_CREATE/DESTROY and
 *           INFO_GET are its alone).
 * @m:       the decoded call.
 * @v:       the caller's version.
 * @out:     the reply.
 *
 * Return: false when @m is not a notification ABI this caller may use
 * (the caller answers NOT_SUPPORTED).
 */
bool example_spmc_notify_handle(struct example_spmc_notify *n,
				libffa_id_t caller, bool from_ns,
				const struct libffa_msg *m, libffa_version_t v,
				struct libffa_regs *out);

#endif /* EXAMPLE_SPMC_NOTIFY_H */
