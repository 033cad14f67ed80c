/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * Callee-side notification state for an SPMC or hypervisor (DEN0077A 1.2
 * s16, 1.1 s17): which receivers have a bitmap, which sender each
 * notification ID is bound to, and what is pending. The caller owns the
 * storage (one struct libffa_notify_receiver per endpoint it serves); no
 * allocation, no global state. Each call answers one ABI with the status
 * the spec names (libffa_status_to_ret() gives the FFA_ERROR code).
 */
#ifndef LIBFFA_NOTIFY_TABLE_H
#define LIBFFA_NOTIFY_TABLE_H

#include "ffa/abi.h"
#include "ffa/env.h"
#include "ffa/notify.h"
#include "ffa/status.h"

LIBFFA_BEGIN_DECLS

/**
 * struct libffa_notify_receiver - one receiver's notification state.
 * @id:          its endpoint ID.
 * @created:     its bitmap exists (an SP's from boot; a VM's from
 *               FFA_NOTIFICATION_BITMAP_CREATE).
 * @vcpu_count:  vCPUs given at creation.
 * @bound:       notification IDs bound to a sender.
 * @per_vcpu:    of those, the ones bound per-vCPU.
 * @pending_sp:  pending IDs set by secure partitions.
 * @pending_vm:  pending IDs set by VMs (normal world).
 * @sender:      per ID, the sender it is bound to.
 */
struct libffa_notify_receiver {
	libffa_id_t id;
	bool created;
	uint32_t vcpu_count;
	uint64_t bound;
	uint64_t per_vcpu;
	uint64_t pending_sp;
	uint64_t pending_vm;
	libffa_id_t sender[LIBFFA_NOTIFY_ID_COUNT];
};

/**
 * struct libffa_notify_table - the receivers a callee tracks.
 * @rx:    caller-owned receivers; a slot without a bitmap (!created) is
 *         free.
 * @count: number of @rx.
 */
struct libffa_notify_table {
	struct libffa_notify_receiver *rx;
	uint32_t count;
};

/**
 * libffa_notify_table_init() - empty state over @rx (zeroed here).
 * @t:     the table.
 * @rx:    storage for @count receivers.
 * @count: number of slots.
 *
 * Return: %LIBFFA_OK, or %LIBFFA_E_INVAL (NULL, or @count 0).
 */
LIBFFA_MUST_CHECK libffa_status_t
libffa_notify_table_init(struct libffa_notify_table *t,
			 struct libffa_notify_receiver *rx, uint32_t count);

/**
 * libffa_notify_table_create() - FFA_NOTIFICATION_BITMAP_CREATE for @id
 * (also how a callee sets up a partition's bitmap at boot).
 *
 * Return: %LIBFFA_OK; %LIBFFA_E_DENIED if @id already has one (DENIED);
 * %LIBFFA_E_NOSPACE if no slot is free (NO_MEMORY); %LIBFFA_E_INVAL for a
 * NULL table.
 */
LIBFFA_MUST_CHECK libffa_status_t libffa_notify_table_create(
	struct libffa_notify_table *t, libffa_id_t id, uint32_t vcpu_count);

/**
 * libffa_notify_table_destroy() - FFA_NOTIFICATION_BITMAP_DESTROY.
 *
 * Return: %LIBFFA_OK; %LIBFFA_E_BADVALUE for an ID without a bitmap
 * (INVALID_PARAMETERS); %LIBFFA_E_DENIED while notifications are bound or
 * pending (DENIED).
 */
LIBFFA_MUST_CHECK libffa_status_t
libffa_notify_table_destroy(struct libffa_notify_table *t, libffa_id_t id);

/**
 * libffa_notify_table_bind() - FFA_NOTIFICATION_BIND of @bitmap to @sender.
 * @flags: w2 (bit 0 per-vCPU; the rest MBZ).
 *
 * Return: %LIBFFA_OK; %LIBFFA_E_BADVALUE for an unknown receiver, a sender
 * equal to the receiver or an empty bitmap; %LIBFFA_E_MBZ for reserved flag
 * bits; %LIBFFA_E_DENIED if an ID is bound to another sender, or bound to
 * the same sender with the other per-vCPU choice. Nothing changes on
 * failure.
 */
LIBFFA_MUST_CHECK libffa_status_t
libffa_notify_table_bind(struct libffa_notify_table *t, libffa_id_t receiver,
			 libffa_id_t sender, uint64_t bitmap, uint32_t flags);

/**
 * libffa_notify_table_unbind() - FFA_NOTIFICATION_UNBIND.
 *
 * Return: %LIBFFA_OK; %LIBFFA_E_BADVALUE for an unknown receiver or an
 * empty bitmap; %LIBFFA_E_DENIED if an ID is not bound to @sender or is
 * pending. Nothing changes on failure.
 */
LIBFFA_MUST_CHECK libffa_status_t
libffa_notify_table_unbind(struct libffa_notify_table *t, libffa_id_t receiver,
			   libffa_id_t sender, uint64_t bitmap);

/**
 * libffa_notify_table_set() - FFA_NOTIFICATION_SET from @sender: mark
 * @bitmap pending at @receiver (in its SP or VM bitmap, by the sender's ID
 * bit 15).
 * @flags: w2 as libffa_notify_set_flags_check() accepts.
 *
 * Return: %LIBFFA_OK; %LIBFFA_E_BADVALUE for an unknown receiver or an
 * empty bitmap; %LIBFFA_E_MBZ / %LIBFFA_E_BADVALUE for bad flags;
 * %LIBFFA_E_DENIED if an ID is not bound to @sender, or its per-vCPU
 * binding differs from the flag.
 */
LIBFFA_MUST_CHECK libffa_status_t
libffa_notify_table_set(struct libffa_notify_table *t, libffa_id_t receiver,
			libffa_id_t sender, uint64_t bitmap, uint32_t flags);

/**
 * libffa_notify_table_get() - FFA_NOTIFICATION_GET: return and clear the
 * pending bitmaps @flags selects (bit 0 SP, bit 1 VM; the SPM and
 * hypervisor framework bitmaps this table does not hold read as 0).
 * @sp, @vm: out: the pending IDs (0 when not selected).
 *
 * Return: %LIBFFA_OK; %LIBFFA_E_BADVALUE for an unknown receiver;
 * %LIBFFA_E_INVAL for NULL outputs.
 */
LIBFFA_MUST_CHECK libffa_status_t
libffa_notify_table_get(struct libffa_notify_table *t, libffa_id_t receiver,
			uint32_t flags, uint64_t *sp, uint64_t *vm);

/**
 * libffa_notify_table_pending() - the receivers with pending notifications,
 * as FFA_NOTIFICATION_INFO_GET lists (global notifications only: one list
 * per receiver, no vCPU IDs), in table order.
 * @lists: out: up to @max lists.
 * @count: out: lists written.
 *
 * Return: %LIBFFA_OK, or %LIBFFA_E_INVAL for NULL pointers.
 */
LIBFFA_MUST_CHECK libffa_status_t libffa_notify_table_pending(
	const struct libffa_notify_table *t,
	struct libffa_notify_info_list *lists, uint32_t max, uint32_t *count);

LIBFFA_END_DECLS

#endif /* LIBFFA_NOTIFY_TABLE_H */
