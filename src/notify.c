/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * Notification flags and FFA_NOTIFICATION_INFO_GET lists (DEN0077A 1.1
 * s17). List counts come from a peer: every count is
 * checked against the registers before an ID is read.
 */
#include "ffa/notify.h"

#include "internal.h"

libffa_status_t libffa_notify_set_flags(bool per_vcpu, bool delay_sri,
					uint16_t vcpu_id, uint32_t *flags)
{
	uint32_t f = 0;

	if (flags == NULL || (!per_vcpu && vcpu_id != 0u)) {
		return LIBFFA_E_INVAL;
	}
	if (per_vcpu) {
		f |= LIBFFA_NOTIFY_SET_FLAG_PER_VCPU;
	}
	if (delay_sri) {
		f |= LIBFFA_NOTIFY_SET_FLAG_DELAY_SRI;
	}
	f |= (uint32_t)vcpu_id << LIBFFA_NOTIFY_SET_VCPU_ID_SHIFT;
	*flags = f;
	return LIBFFA_OK;
}

libffa_status_t libffa_notify_set_flags_check(uint32_t flags)
{
	if ((flags & LIBFFA_NOTIFY_SET_MBZ) != 0u) {
		return LIBFFA_E_MBZ;
	}
	if ((flags & LIBFFA_NOTIFY_SET_FLAG_PER_VCPU) == 0u &&
	    (flags & LIBFFA_NOTIFY_SET_VCPU_ID) != 0u) {
		return LIBFFA_E_BADVALUE;
	}
	return LIBFFA_OK;
}

libffa_status_t libffa_notify_bind_flags_check(uint32_t flags)
{
	return (flags & LIBFFA_NOTIFY_BIND_MBZ) != 0u ? LIBFFA_E_MBZ
						      : LIBFFA_OK;
}

/* IDs per register: two 16-bit halves of wN, or four of xN. */
static unsigned int ids_per_reg(bool smc64)
{
	return smc64 ? 4u : 2u;
}

libffa_status_t libffa_notify_info_pack(
	const struct libffa_notify_info_list *lists, uint32_t count, bool smc64,
	bool more_pending, struct libffa_result_notification_info_get *res,
	uint32_t *packed)
{
	unsigned int cap = smc64 ? LIBFFA_NOTIFY_INFO_IDS_SMC64
				 : LIBFFA_NOTIFY_INFO_IDS_SMC32;
	unsigned int per = ids_per_reg(smc64);
	unsigned int used = 0;
	uint32_t flags = 0;
	uint32_t n;
	unsigned int k;

	if (res == NULL || packed == NULL || (lists == NULL && count != 0u)) {
		return LIBFFA_E_INVAL;
	}
	for (n = 0; n < count; n++) {
		if (lists[n].vcpu_count > LIBFFA_NOTIFY_INFO_MAX_VCPUS) {
			return LIBFFA_E_INVAL;
		}
	}
	if (count == 0u) {
		return LIBFFA_E_NODATA;
	}
	LIBFFA_MEMSET(res, 0, sizeof(*res));
	for (n = 0; n < count && n < LIBFFA_NOTIFY_INFO_MAX_LISTS; n++) {
		const struct libffa_notify_info_list *l = &lists[n];
		unsigned int need = 1u + l->vcpu_count;

		if (used + need > cap) {
			break;
		}
		for (k = 0; k < need; k++) {
			uint16_t id = k == 0u ? l->id : l->vcpu_ids[k - 1u];
			unsigned int slot = used + k;

			res->ids[slot / per] |= (uint64_t)id
						<< (16u * (slot % per));
		}
		used += need;
		flags |= (uint32_t)l->vcpu_count
			 << (LIBFFA_NOTIFY_INFO_LIST_SIZE_SHIFT + 2u * n);
	}
	flags |= n << LIBFFA_NOTIFY_INFO_LIST_COUNT_SHIFT;
	if (more_pending || n < count) {
		flags |= LIBFFA_NOTIFY_INFO_MORE_PENDING;
	}
	res->flags = flags;
	*packed = n;
	return LIBFFA_OK;
}

libffa_status_t libffa_notify_info_unpack(
	const struct libffa_result_notification_info_get *res, bool smc64,
	struct libffa_notify_info_iter *it)
{
	unsigned int cap = smc64 ? LIBFFA_NOTIFY_INFO_IDS_SMC64
				 : LIBFFA_NOTIFY_INFO_IDS_SMC32;
	unsigned int per = ids_per_reg(smc64);
	uint32_t flags;
	uint32_t lists;
	uint32_t sizes;
	unsigned int total = 0;
	unsigned int i;

	if (res == NULL || it == NULL) {
		return LIBFFA_E_INVAL;
	}
	flags = res->flags;
	if ((flags & LIBFFA_NOTIFY_INFO_MBZ) != 0u) {
		return LIBFFA_E_MBZ;
	}
	lists = (flags & LIBFFA_NOTIFY_INFO_LIST_COUNT) >>
		LIBFFA_NOTIFY_INFO_LIST_COUNT_SHIFT;
	if (lists > LIBFFA_NOTIFY_INFO_MAX_LISTS) {
		return LIBFFA_E_BADVALUE;
	}
	sizes = flags >> LIBFFA_NOTIFY_INFO_LIST_SIZE_SHIFT;
	/* Size fields of lists that do not exist must be zero. */
	if (lists < LIBFFA_NOTIFY_INFO_MAX_LISTS &&
	    (sizes >> (2u * lists)) != 0u) {
		return LIBFFA_E_MBZ;
	}
	for (i = 0; i < lists; i++) {
		total += 1u + ((sizes >> (2u * i)) & 0x3u);
	}
	if (total > cap) {
		return LIBFFA_E_TRUNCATED;
	}
	LIBFFA_MEMSET(it, 0, sizeof(*it));
	for (i = 0; i < total; i++) {
		/* SMC32: only the w view counts. */
		uint64_t reg = res->ids[i / per];

		if (!smc64) {
			reg &= UINT32_MAX;
		}
		it->ids[i] = (uint16_t)(reg >> (16u * (i % per)));
	}
	it->flags = flags;
	it->list_count = (uint8_t)lists;
	return LIBFFA_OK;
}

bool libffa_notify_info_next(struct libffa_notify_info_iter *it,
			     struct libffa_notify_info_list *list)
{
	unsigned int n;
	unsigned int k;

	if (it == NULL || list == NULL || it->list_idx >= it->list_count) {
		return false;
	}
	n = (it->flags >>
	     (LIBFFA_NOTIFY_INFO_LIST_SIZE_SHIFT + 2u * it->list_idx)) &
	    0x3u;
	/* Unpack proved that every list fits in ids[]; checked again here,
	 * locally, so that no caller-held iterator can index past it (and
	 * the proof stage sees the bound next to the reads). */
	if ((unsigned int)it->id_idx + 1u + n > LIBFFA_ARRAY_SIZE(it->ids)) {
		return false;
	}
	LIBFFA_MEMSET(list, 0, sizeof(*list));
	list->id = it->ids[it->id_idx];
	list->vcpu_count = (uint8_t)n;
	for (k = 0; k < n; k++) {
		unsigned int at = (unsigned int)it->id_idx + 1u + k;

		if (at >= LIBFFA_ARRAY_SIZE(it->ids)) {
			return false; /* as above, at the read itself */
		}
		list->vcpu_ids[k] = it->ids[at];
	}
	it->id_idx = (uint8_t)(it->id_idx + 1u + n);
	it->list_idx++;
	return true;
}
