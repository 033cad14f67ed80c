/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * Callee-side notification state (notify_table.h): bitmaps, bindings and
 * pending IDs per receiver, with the error each ABI owes (DEN0077A 1.2
 * s16.2-16.7: BIND/UNBIND/SET are DENIED for IDs bound elsewhere, DESTROY
 * while bound or pending, CREATE for an existing bitmap).
 */
#include "ffa/notify_table.h"

static struct libffa_notify_receiver *find(const struct libffa_notify_table *t,
					   libffa_id_t id)
{
	uint32_t i;

	for (i = 0; i < t->count; i++) {
		if (t->rx[i].created && t->rx[i].id == id) {
			return &t->rx[i];
		}
	}
	return NULL;
}

/* Secure partition IDs have bit 15 set (DEN0077A 1.2 s6.1). */
static bool is_sp(libffa_id_t id)
{
	return (id & 0x8000u) != 0u;
}

libffa_status_t libffa_notify_table_init(struct libffa_notify_table *t,
					 struct libffa_notify_receiver *rx,
					 uint32_t count)
{
	if (t == NULL || rx == NULL || count == 0u) {
		return LIBFFA_E_INVAL;
	}
	LIBFFA_MEMSET(rx, 0, (size_t)count * sizeof(*rx));
	t->rx = rx;
	t->count = count;
	return LIBFFA_OK;
}

libffa_status_t libffa_notify_table_create(struct libffa_notify_table *t,
					   libffa_id_t id, uint32_t vcpu_count)
{
	uint32_t i;

	if (t == NULL || t->rx == NULL) {
		return LIBFFA_E_INVAL;
	}
	if (find(t, id) != NULL) {
		return LIBFFA_E_DENIED;
	}
	for (i = 0; i < t->count; i++) {
		if (!t->rx[i].created) {
			LIBFFA_MEMSET(&t->rx[i], 0, sizeof(t->rx[i]));
			t->rx[i].id = id;
			t->rx[i].vcpu_count = vcpu_count;
			t->rx[i].created = true;
			return LIBFFA_OK;
		}
	}
	return LIBFFA_E_NOSPACE;
}

libffa_status_t libffa_notify_table_destroy(struct libffa_notify_table *t,
					    libffa_id_t id)
{
	struct libffa_notify_receiver *r;

	if (t == NULL || t->rx == NULL) {
		return LIBFFA_E_INVAL;
	}
	r = find(t, id);
	if (r == NULL) {
		return LIBFFA_E_BADVALUE;
	}
	if (r->bound != 0u || r->pending_sp != 0u || r->pending_vm != 0u) {
		return LIBFFA_E_DENIED;
	}
	r->created = false;
	return LIBFFA_OK;
}

libffa_status_t libffa_notify_table_bind(struct libffa_notify_table *t,
					 libffa_id_t receiver,
					 libffa_id_t sender, uint64_t bitmap,
					 uint32_t flags)
{
	struct libffa_notify_receiver *r;
	bool per_vcpu = (flags & LIBFFA_NOTIFY_BIND_FLAG_PER_VCPU) != 0u;
	libffa_status_t st;
	unsigned int id;

	if (t == NULL || t->rx == NULL) {
		return LIBFFA_E_INVAL;
	}
	st = libffa_notify_bind_flags_check(flags);
	if (st != LIBFFA_OK) {
		return st;
	}
	r = find(t, receiver);
	if (r == NULL || sender == receiver || bitmap == 0u) {
		return LIBFFA_E_BADVALUE;
	}
	/* Check every ID first: all or nothing. */
	for (id = 0; id < LIBFFA_NOTIFY_ID_COUNT; id++) {
		uint64_t bit = libffa_notify_bit(id);

		if ((bitmap & bit) != 0u && (r->bound & bit) != 0u &&
		    (r->sender[id] != sender ||
		     ((r->per_vcpu & bit) != 0u) != per_vcpu)) {
			return LIBFFA_E_DENIED;
		}
	}
	for (id = 0; id < LIBFFA_NOTIFY_ID_COUNT; id++) {
		if ((bitmap & libffa_notify_bit(id)) != 0u) {
			r->sender[id] = sender;
		}
	}
	r->bound |= bitmap;
	if (per_vcpu) {
		r->per_vcpu |= bitmap;
	} else {
		r->per_vcpu &= ~bitmap;
	}
	return LIBFFA_OK;
}

libffa_status_t libffa_notify_table_unbind(struct libffa_notify_table *t,
					   libffa_id_t receiver,
					   libffa_id_t sender, uint64_t bitmap)
{
	struct libffa_notify_receiver *r;
	unsigned int id;

	if (t == NULL || t->rx == NULL) {
		return LIBFFA_E_INVAL;
	}
	r = find(t, receiver);
	if (r == NULL || bitmap == 0u) {
		return LIBFFA_E_BADVALUE;
	}
	if ((bitmap & ~r->bound) != 0u ||
	    (bitmap & (r->pending_sp | r->pending_vm)) != 0u) {
		return LIBFFA_E_DENIED;
	}
	for (id = 0; id < LIBFFA_NOTIFY_ID_COUNT; id++) {
		if ((bitmap & libffa_notify_bit(id)) != 0u &&
		    r->sender[id] != sender) {
			return LIBFFA_E_DENIED;
		}
	}
	r->bound &= ~bitmap;
	r->per_vcpu &= ~bitmap;
	return LIBFFA_OK;
}

libffa_status_t libffa_notify_table_set(struct libffa_notify_table *t,
					libffa_id_t receiver,
					libffa_id_t sender, uint64_t bitmap,
					uint32_t flags)
{
	struct libffa_notify_receiver *r;
	bool per_vcpu = (flags & LIBFFA_NOTIFY_SET_FLAG_PER_VCPU) != 0u;
	libffa_status_t st;
	unsigned int id;

	if (t == NULL || t->rx == NULL) {
		return LIBFFA_E_INVAL;
	}
	st = libffa_notify_set_flags_check(flags);
	if (st != LIBFFA_OK) {
		return st;
	}
	r = find(t, receiver);
	if (r == NULL || bitmap == 0u) {
		return LIBFFA_E_BADVALUE;
	}
	if ((bitmap & ~r->bound) != 0u) {
		return LIBFFA_E_DENIED;
	}
	for (id = 0; id < LIBFFA_NOTIFY_ID_COUNT; id++) {
		uint64_t bit = libffa_notify_bit(id);

		if ((bitmap & bit) != 0u &&
		    (r->sender[id] != sender ||
		     ((r->per_vcpu & bit) != 0u) != per_vcpu)) {
			return LIBFFA_E_DENIED;
		}
	}
	if (is_sp(sender)) {
		r->pending_sp |= bitmap;
	} else {
		r->pending_vm |= bitmap;
	}
	return LIBFFA_OK;
}

libffa_status_t libffa_notify_table_get(struct libffa_notify_table *t,
					libffa_id_t receiver, uint32_t flags,
					uint64_t *sp, uint64_t *vm)
{
	struct libffa_notify_receiver *r;

	if (t == NULL || t->rx == NULL || sp == NULL || vm == NULL) {
		return LIBFFA_E_INVAL;
	}
	r = find(t, receiver);
	if (r == NULL) {
		return LIBFFA_E_BADVALUE;
	}
	*sp = 0;
	*vm = 0;
	if ((flags & LIBFFA_NOTIFY_GET_FLAG_SP) != 0u) {
		*sp = r->pending_sp;
		r->pending_sp = 0;
	}
	if ((flags & LIBFFA_NOTIFY_GET_FLAG_VM) != 0u) {
		*vm = r->pending_vm;
		r->pending_vm = 0;
	}
	return LIBFFA_OK;
}

libffa_status_t libffa_notify_table_pending(
	const struct libffa_notify_table *t,
	struct libffa_notify_info_list *lists, uint32_t max, uint32_t *count)
{
	uint32_t i;
	uint32_t n = 0;

	if (t == NULL || t->rx == NULL || count == NULL ||
	    (lists == NULL && max != 0u)) {
		return LIBFFA_E_INVAL;
	}
	for (i = 0; i < t->count && n < max; i++) {
		const struct libffa_notify_receiver *r = &t->rx[i];

		if (r->created && (r->pending_sp | r->pending_vm) != 0u) {
			LIBFFA_MEMSET(&lists[n], 0, sizeof(lists[n]));
			lists[n].id = r->id;
			n++;
		}
	}
	*count = n;
	return LIBFFA_OK;
}
