/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * Fuzz the FFA_NOTIFICATION_INFO_GET reply path. Byte 0 picks the version
 * (1.0-1.3) and, in bit 2, SMC64; then x2-x7 as little-endian u64s. The
 * frame goes through libffa_msg_decode_reply() and, when accepted, through
 * libffa_notify_info_unpack(). Properties: no crash or sanitizer report;
 * the lists iterate exactly the list count within the ID capacity, and
 * re-packing them unpacks to the same lists and flags; packed for SMC32
 * they keep the lists that fit and say more are pending; no list packs to
 * NO_DATA and a list of 4 vCPUs is refused. The low word of
 * x2 is also judged as FFA_NOTIFICATION_SET and _BIND flags (DEN0077A 1.1
 * s17.5-17.6): SET flags are accepted exactly when the builder makes
 * them from their per-vCPU, delay-SRI and vCPU ID parts.
 */
#include <stdlib.h>

#include <string.h>

#include "ffa/msg.h"
#include "ffa/notify.h"

static const libffa_version_t versions[] = {
	LIBFFA_VERSION_1_0, LIBFFA_VERSION_1_1, LIBFFA_VERSION_1_2,
	LIBFFA_VERSION_1_3};

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void check_flags(uint32_t f)
{
	bool per_vcpu = (f & LIBFFA_NOTIFY_SET_FLAG_PER_VCPU) != 0u;
	uint16_t vcpu = (uint16_t)(f >> LIBFFA_NOTIFY_SET_VCPU_ID_SHIFT);
	uint32_t built = 0;
	libffa_status_t st = libffa_notify_set_flags(
		per_vcpu, (f & LIBFFA_NOTIFY_SET_FLAG_DELAY_SRI) != 0u, vcpu,
		&built);

	if ((libffa_notify_set_flags_check(f) == LIBFFA_OK) !=
	    (st == LIBFFA_OK && built == f)) {
		abort();
	}
	if ((libffa_notify_bind_flags_check(f) == LIBFFA_OK) !=
	    ((f & ~LIBFFA_NOTIFY_BIND_FLAG_PER_VCPU) == 0u)) {
		abort();
	}
}

/*
 * The lists of an SMC64 reply packed for SMC32, which holds 10 IDs
 * instead of 20: the lists that fit, in order, then MORE_PENDING so the
 * caller asks again (DEN0077A 1.1 s17.8).
 */
static void repack_smc32(const struct libffa_notify_info_list *lists,
			 uint32_t n)
{
	struct libffa_result_notification_info_get res;
	struct libffa_notify_info_iter it;
	struct libffa_notify_info_list l;
	uint32_t fit = 0;
	uint32_t ids = 0;
	uint32_t packed;

	while (fit < n && ids + 1u + lists[fit].vcpu_count <=
				  LIBFFA_NOTIFY_INFO_IDS_SMC32) {
		ids += 1u + lists[fit].vcpu_count;
		fit++;
	}
	if (libffa_notify_info_pack(lists, n, false, false, &res, &packed) !=
		    LIBFFA_OK ||
	    packed != fit ||
	    libffa_notify_info_unpack(&res, false, &it) != LIBFFA_OK ||
	    libffa_notify_info_more_pending(&it) != (fit < n)) {
		abort();
	}
	for (ids = 0; ids < fit; ids++) {
		if (!libffa_notify_info_next(&it, &l) ||
		    memcmp(&l, &lists[ids], sizeof(l)) != 0) {
			abort();
		}
	}
	if (libffa_notify_info_next(&it, &l)) {
		abort();
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct libffa_notify_info_list lists[LIBFFA_NOTIFY_INFO_MAX_LISTS];
	struct libffa_notify_info_list l;
	struct libffa_notify_info_iter it;
	struct libffa_notify_info_iter it2;
	struct libffa_result_notification_info_get res;
	struct libffa_regs regs;
	struct libffa_msg msg;
	libffa_version_t ver;
	bool smc64;
	uint32_t n = 0;
	uint32_t packed;
	unsigned int r;
	unsigned int b;

	if (size < 1u + 6u * 8u) {
		return 0;
	}
	ver = versions[data[0] & 3u];
	smc64 = (data[0] & 4u) != 0u;
	memset(&regs, 0, sizeof(regs));
	regs.x[0] = smc64 ? 0xC4000061u : 0x84000061u;
	for (r = 0; r < 6u; r++) {
		for (b = 0; b < 8u; b++) {
			regs.x[2u + r] |= (uint64_t)data[1u + 8u * r + b]
					  << (8u * b);
		}
	}
	check_flags((uint32_t)regs.x[2]);
	if (libffa_msg_decode_reply(
		    &regs, ver, LIBFFA_ABI_NOTIFICATION_INFO_GET,
		    LIBFFA_DECODE_TOLERANT, &msg, NULL) != LIBFFA_OK ||
	    msg.kind != LIBFFA_MSG_RESULT ||
	    libffa_notify_info_unpack(&msg.result.notification_info_get,
				      msg.smc64, &it) != LIBFFA_OK) {
		return 0;
	}
	while (libffa_notify_info_next(&it, &l)) {
		if (n >= LIBFFA_NOTIFY_INFO_MAX_LISTS || l.vcpu_count > 3u) {
			abort();
		}
		lists[n++] = l;
	}
	if (n != it.list_count ||
	    it.id_idx > (msg.smc64 ? LIBFFA_NOTIFY_INFO_IDS_SMC64
				   : LIBFFA_NOTIFY_INFO_IDS_SMC32)) {
		abort();
	}
	if (n == 0u) {
		/* Nothing to report is FFA_ERROR(NO_DATA), not an empty list.
		 */
		if (libffa_notify_info_pack(lists, 0, msg.smc64, false, &res,
					    &packed) != LIBFFA_E_NODATA) {
			abort();
		}
		return 0;
	}
	/* A list names at most 3 vCPUs (two bits of list size). */
	l = lists[0];
	l.vcpu_count = LIBFFA_NOTIFY_INFO_MAX_VCPUS + 1u;
	if (libffa_notify_info_pack(&l, 1, msg.smc64, false, &res, &packed) !=
	    LIBFFA_E_INVAL) {
		abort();
	}
	if (msg.smc64) {
		repack_smc32(lists, n);
	}
	if (libffa_notify_info_pack(lists, n, msg.smc64,
				    libffa_notify_info_more_pending(&it), &res,
				    &packed) != LIBFFA_OK ||
	    packed != n || res.flags != it.flags ||
	    libffa_notify_info_unpack(&res, msg.smc64, &it2) != LIBFFA_OK) {
		abort();
	}
	for (r = 0; r < n; r++) {
		if (!libffa_notify_info_next(&it2, &l) ||
		    memcmp(&l, &lists[r], sizeof(l)) != 0) {
			abort();
		}
	}
	return 0;
}
