/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * The SPMC's notification ABIs (DEN0077A 1.2 s16) over the library's
 * notify_table.h state: the normal world's bitmap comes from
 * FFA_NOTIFICATION_BITMAP_CREATE, the partition's exists from boot. A
 * caller binds, unbinds and gets only its own notifications and sets only
 * as itself (the SPMC knows who is calling). The schedule receiver
 * interrupt is reported by FFA_FEATURES (spmc.c); this example does not
 * raise it.
 */
#include "spmc_notify.h"

#include "ffa/msg.h"
#include "ffa/notify.h"
#include "ffa/status.h"

static void reply_status(struct libffa_regs *out, libffa_status_t st,
			 enum libffa_abi abi, libffa_version_t v)
{
	struct libffa_msg m;

	if (st != LIBFFA_OK) {
		example_error_frame(out, libffa_status_to_ret(st), v);
		return;
	}
	libffa_msg_init(&m, abi, LIBFFA_MSG_RESULT, false);
	if (libffa_msg_encode(&m, v, out) != LIBFFA_OK) {
		example_error_frame(out, LIBFFA_RET_ABORTED, v);
	}
}

libffa_status_t example_spmc_notify_init(struct example_spmc_notify *n,
					 libffa_id_t sp_id)
{
	libffa_status_t st;

	st = libffa_notify_table_init(&n->table, n->rx,
				      EXAMPLE_SPMC_NOTIFY_RECEIVERS);
	if (st == LIBFFA_OK) {
		st = libffa_notify_table_create(&n->table, sp_id, 1);
	}
	return st;
}

static void get(struct example_spmc_notify *n, libffa_id_t caller,
		const struct libffa_msg *m, libffa_version_t v,
		struct libffa_regs *out)
{
	const struct libffa_args_notification_get *a =
		&m->args.notification_get;
	struct libffa_msg r;
	uint64_t sp = 0;
	uint64_t vm = 0;
	libffa_status_t st = LIBFFA_E_BADVALUE;

	if (a->receiver_id == caller) {
		st = libffa_notify_table_get(&n->table, caller, a->flags, &sp,
					     &vm);
	}
	if (st != LIBFFA_OK) {
		reply_status(out, st, LIBFFA_ABI_NOTIFICATION_GET, v);
		return;
	}
	libffa_msg_init(&r, LIBFFA_ABI_NOTIFICATION_GET, LIBFFA_MSG_RESULT,
			false);
	r.result.notification_get.sp_bitmap = sp;
	r.result.notification_get.vm_bitmap = vm;
	if (libffa_msg_encode(&r, v, out) != LIBFFA_OK) {
		example_error_frame(out, LIBFFA_RET_ABORTED, v);
	}
}

static void info_get(struct example_spmc_notify *n, const struct libffa_msg *m,
		     libffa_version_t v, struct libffa_regs *out)
{
	struct libffa_notify_info_list lists[EXAMPLE_SPMC_NOTIFY_RECEIVERS];
	struct libffa_msg r;
	uint32_t count = 0;
	uint32_t packed = 0;
	libffa_status_t st;

	st = libffa_notify_table_pending(&n->table, lists,
					 EXAMPLE_SPMC_NOTIFY_RECEIVERS, &count);
	libffa_msg_init(&r, LIBFFA_ABI_NOTIFICATION_INFO_GET, LIBFFA_MSG_RESULT,
			m->smc64);
	if (st == LIBFFA_OK) {
		/* E_NODATA when nothing is pending (DEN0077A 1.2 s16.8). */
		st = libffa_notify_info_pack(lists, count, m->smc64, false,
					     &r.result.notification_info_get,
					     &packed);
	}
	if (st != LIBFFA_OK) {
		example_error_frame(out, libffa_status_to_ret(st), v);
		return;
	}
	if (libffa_msg_encode(&r, v, out) != LIBFFA_OK) {
		example_error_frame(out, LIBFFA_RET_ABORTED, v);
	}
}

bool example_spmc_notify_handle(struct example_spmc_notify *n,
				libffa_id_t caller, bool from_ns,
				const struct libffa_msg *m, libffa_version_t v,
				struct libffa_regs *out)
{
	libffa_status_t st = LIBFFA_E_BADVALUE;

	switch (m->abi) {
	case LIBFFA_ABI_NOTIFICATION_BITMAP_CREATE:
		if (!from_ns) {
			return false;
		}
		st = libffa_notify_table_create(
			&n->table, m->args.notification_bitmap_create.vm_id,
			m->args.notification_bitmap_create.vcpu_count);
		break;
	case LIBFFA_ABI_NOTIFICATION_BITMAP_DESTROY:
		if (!from_ns) {
			return false;
		}
		st = libffa_notify_table_destroy(
			&n->table, m->args.notification_bitmap_destroy.vm_id);
		break;
	case LIBFFA_ABI_NOTIFICATION_BIND:
		if (m->args.notification_bind.receiver_id == caller) {
			st = libffa_notify_table_bind(
				&n->table, caller,
				m->args.notification_bind.sender_id,
				m->args.notification_bind.bitmap,
				m->args.notification_bind.per_vcpu != 0u
					? LIBFFA_NOTIFY_BIND_FLAG_PER_VCPU
					: 0u);
		}
		break;
	case LIBFFA_ABI_NOTIFICATION_UNBIND:
		if (m->args.notification_unbind.receiver_id == caller) {
			st = libffa_notify_table_unbind(
				&n->table, caller,
				m->args.notification_unbind.sender_id,
				m->args.notification_unbind.bitmap);
		}
		break;
	case LIBFFA_ABI_NOTIFICATION_SET:
		if (m->args.notification_set.sender_id == caller) {
			uint32_t flags = 0;

			st = libffa_notify_set_flags(
				m->args.notification_set.per_vcpu != 0u,
				m->args.notification_set.delay_sri != 0u,
				m->args.notification_set.vcpu_id, &flags);
			if (st == LIBFFA_OK) {
				st = libffa_notify_table_set(
					&n->table,
					m->args.notification_set.receiver_id,
					caller, m->args.notification_set.bitmap,
					flags);
			}
		}
		break;
	case LIBFFA_ABI_NOTIFICATION_GET:
		get(n, caller, m, v, out);
		return true;
	case LIBFFA_ABI_NOTIFICATION_INFO_GET:
		if (!from_ns) {
			return false;
		}
		info_get(n, m, v, out);
		return true;
	default:
		return false;
	}
	reply_status(out, st, m->abi, v);
	return true;
}
