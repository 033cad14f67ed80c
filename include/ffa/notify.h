/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * Notifications (DEN0077A 1.1 s10 and s17, 1.2 s16): the
 * 64-bit bitmaps split across w-registers, the flags of
 * FFA_NOTIFICATION_BIND/SET/GET, and the packed endpoint/vCPU ID lists of
 * FFA_NOTIFICATION_INFO_GET.
 *
 * FFA_NOTIFICATION_INFO_GET reply, w2/x2 flags:
 *   bit 0       more notifications pending (call again);
 *   bits[6:1]   reserved (MBZ);
 *   bits[11:7]  number of ID lists;
 *   bits[13:12], [15:14], ...  per list, the number of vCPU IDs (0-3)
 *               that follow its partition ID, for at most 10 lists.
 * The IDs are 16-bit values packed from w3 (x3) upwards, lowest half-word
 * first: 2 per register in SMC32 (10 IDs), 4 in SMC64 (20 IDs).
 *
 * Hafnium's v1.3 support dropped per-vCPU notifications (docs/fact-check.md
 * item 13); the per-vCPU flags stay, as v1.1 and v1.2 define them.
 */
#ifndef LIBFFA_NOTIFY_H
#define LIBFFA_NOTIFY_H

#include "ffa/abi.h"
#include "ffa/env.h"
#include "ffa/msg.h"
#include "ffa/status.h"

LIBFFA_BEGIN_DECLS

/* Notification IDs 0-63 are bits of a 64-bit bitmap. */
#define LIBFFA_NOTIFY_ID_COUNT 64u

/* FFA_NOTIFICATION_BIND w2 (DEN0077A 1.1 s17.3): bit 0 per-vCPU. */
#define LIBFFA_NOTIFY_BIND_FLAG_PER_VCPU (UINT32_C(1) << 0)
#define LIBFFA_NOTIFY_BIND_MBZ		 UINT32_C(0xFFFFFFFE)

/* FFA_NOTIFICATION_SET w2 (DEN0077A 1.1 s17.5). */
#define LIBFFA_NOTIFY_SET_FLAG_PER_VCPU	 (UINT32_C(1) << 0)
#define LIBFFA_NOTIFY_SET_FLAG_DELAY_SRI (UINT32_C(1) << 1)
#define LIBFFA_NOTIFY_SET_MBZ		 UINT32_C(0x0000FFFC) /* [15:2] */
#define LIBFFA_NOTIFY_SET_VCPU_ID	 UINT32_C(0xFFFF0000) /* [31:16] */
#define LIBFFA_NOTIFY_SET_VCPU_ID_SHIFT	 16u

/* FFA_NOTIFICATION_GET w2 bitmap selectors (DEN0077A 1.1 s17.6); other
 * bits are SBZ (should be zero), which a receiver ignores. */
#define LIBFFA_NOTIFY_GET_FLAG_SP  (UINT32_C(1) << 0)
#define LIBFFA_NOTIFY_GET_FLAG_VM  (UINT32_C(1) << 1)
#define LIBFFA_NOTIFY_GET_FLAG_SPM (UINT32_C(1) << 2)
#define LIBFFA_NOTIFY_GET_FLAG_HYP (UINT32_C(1) << 3)
#define LIBFFA_NOTIFY_GET_FLAGS	   UINT32_C(0x0000000F)

/* Framework notifications (w6/w7 of the GET reply): RX buffer full. */
#define LIBFFA_NOTIFY_FRAMEWORK_RX_FULL (UINT32_C(1) << 0)

/* FFA_NOTIFICATION_INFO_GET flags (w2/x2). */
#define LIBFFA_NOTIFY_INFO_MORE_PENDING	    (UINT32_C(1) << 0)
#define LIBFFA_NOTIFY_INFO_MBZ		    UINT32_C(0x0000007E) /* [6:1] */
#define LIBFFA_NOTIFY_INFO_LIST_COUNT	    UINT32_C(0x00000F80) /* [11:7] */
#define LIBFFA_NOTIFY_INFO_LIST_COUNT_SHIFT 7u
#define LIBFFA_NOTIFY_INFO_LIST_SIZE_SHIFT  12u
#define LIBFFA_NOTIFY_INFO_MAX_LISTS	    10u
#define LIBFFA_NOTIFY_INFO_MAX_VCPUS	    3u
#define LIBFFA_NOTIFY_INFO_IDS_SMC32	    10u
#define LIBFFA_NOTIFY_INFO_IDS_SMC64	    20u

/** libffa_notify_bitmap_lo() - the low word (w3 of BIND/SET, w2 of GET). */
static inline uint32_t libffa_notify_bitmap_lo(uint64_t bitmap)
{
	return (uint32_t)bitmap;
}

/** libffa_notify_bitmap_hi() - the high word (w4 of BIND/SET, w3 of GET). */
static inline uint32_t libffa_notify_bitmap_hi(uint64_t bitmap)
{
	return (uint32_t)(bitmap >> 32);
}

/** libffa_notify_bitmap_join() - a bitmap from its two register words. */
static inline uint64_t libffa_notify_bitmap_join(uint32_t lo, uint32_t hi)
{
	return (uint64_t)lo | ((uint64_t)hi << 32);
}

/**
 * libffa_notify_bit() - the bitmap of one notification ID.
 * @id: 0 to 63; larger IDs give an empty bitmap.
 */
static inline uint64_t libffa_notify_bit(unsigned int id)
{
	return id < LIBFFA_NOTIFY_ID_COUNT ? (UINT64_C(1) << id) : 0u;
}

/**
 * libffa_notify_set_flags() - build the w2 flags of FFA_NOTIFICATION_SET.
 * @per_vcpu:  a per-vCPU notification for @vcpu_id.
 * @delay_sri: delay the schedule receiver interrupt.
 * @vcpu_id:   target vCPU, only with @per_vcpu.
 * @flags:     out: w2.
 *
 * Return: %LIBFFA_OK, or %LIBFFA_E_INVAL (NULL, or a vCPU ID without
 * @per_vcpu).
 */
LIBFFA_MUST_CHECK libffa_status_t libffa_notify_set_flags(bool per_vcpu,
							  bool delay_sri,
							  uint16_t vcpu_id,
							  uint32_t *flags);

/**
 * libffa_notify_set_flags_check() - validate received SET flags.
 * @flags: w2 of FFA_NOTIFICATION_SET (untrusted).
 *
 * Return: %LIBFFA_OK; %LIBFFA_E_MBZ for bits[15:2]; %LIBFFA_E_BADVALUE for
 * a vCPU ID without the per-vCPU flag.
 */
LIBFFA_MUST_CHECK libffa_status_t libffa_notify_set_flags_check(uint32_t flags);

/**
 * libffa_notify_bind_flags_check() - validate received BIND flags.
 * @flags: w2 of FFA_NOTIFICATION_BIND (untrusted).
 *
 * Return: %LIBFFA_OK, or %LIBFFA_E_MBZ for bits[31:1].
 */
LIBFFA_MUST_CHECK libffa_status_t
libffa_notify_bind_flags_check(uint32_t flags);

/**
 * struct libffa_notify_info_list - one list of FFA_NOTIFICATION_INFO_GET.
 * @id:         the partition (endpoint) ID with pending notifications.
 * @vcpu_count: number of @vcpu_ids (0-3; 0: global notifications only).
 * @vcpu_ids:   vCPUs with pending per-vCPU notifications.
 */
struct libffa_notify_info_list {
	libffa_id_t id;
	uint8_t vcpu_count;
	uint16_t vcpu_ids[LIBFFA_NOTIFY_INFO_MAX_VCPUS];
};

/**
 * libffa_notify_info_pack() - callee side: fill an INFO_GET reply.
 * @lists:        pending lists, in the order to report them.
 * @count:        number of @lists.
 * @smc64:        the reply width: 20 IDs (SMC64) or 10 (SMC32).
 * @more_pending: the callee has more than @lists to report.
 * @res:          out: flags and ids[] (unused ID slots zero).
 * @packed:       out: how many whole lists fitted. When fewer than @count,
 *                the more-pending flag is set; report the rest on the next
 *                call.
 *
 * Context: Any. Reentrant. Writes only @res and @packed.
 * Return:
 * * %LIBFFA_OK     - packed;
 * * %LIBFFA_E_INVAL - NULL pointer, or a list with more than 3 vCPUs;
 * * %LIBFFA_E_NODATA - @count is 0: the callee owes FFA_ERROR(NO_DATA)
 *                     (DEN0077A 1.1 s17.8).
 */
LIBFFA_MUST_CHECK libffa_status_t libffa_notify_info_pack(
	const struct libffa_notify_info_list *lists, uint32_t count, bool smc64,
	bool more_pending, struct libffa_result_notification_info_get *res,
	uint32_t *packed);

/**
 * struct libffa_notify_info_iter - validated INFO_GET lists.
 * @ids:        the IDs, unpacked from the registers.
 * @flags:      the flags word.
 * @list_count: number of lists.
 * @list_idx:   next list to return.
 * @id_idx:     index in @ids of the next list's partition ID.
 */
struct libffa_notify_info_iter {
	uint16_t ids[LIBFFA_NOTIFY_INFO_IDS_SMC64];
	uint32_t flags;
	uint8_t list_count;
	uint8_t list_idx;
	uint8_t id_idx;
};

/**
 * libffa_notify_info_unpack() - caller side: validate an INFO_GET reply.
 * @res:   the decoded FFA_SUCCESS fields (untrusted).
 * @smc64: the reply was FFA_SUCCESS_64 (x3-x7, 4 IDs each) rather than
 *         FFA_SUCCESS_32 (w3-w7, 2 IDs each).
 * @it:    out: an iterator over the lists.
 *
 * Context: Any. Reentrant. Writes only @it.
 * Return:
 * * %LIBFFA_OK          - @it holds libffa_notify_info_next()'s lists;
 * * %LIBFFA_E_INVAL     - NULL pointer;
 * * %LIBFFA_E_MBZ       - flags bits[6:1] set, or a vCPU count field of a
 *                         list beyond the list count is non-zero;
 * * %LIBFFA_E_BADVALUE  - more than 10 lists;
 * * %LIBFFA_E_TRUNCATED - the lists need more IDs than the registers hold.
 */
LIBFFA_MUST_CHECK libffa_status_t
libffa_notify_info_unpack(const struct libffa_result_notification_info_get *res,
			  bool smc64, struct libffa_notify_info_iter *it);

/**
 * libffa_notify_info_next() - the next list.
 * @it:   an iterator from libffa_notify_info_unpack().
 * @list: out: the list.
 *
 * Return: true when a list was produced, false at the end.
 */
bool libffa_notify_info_next(struct libffa_notify_info_iter *it,
			     struct libffa_notify_info_list *list);

/** libffa_notify_info_more_pending() - call INFO_GET again afterwards? */
static inline bool libffa_notify_info_more_pending(
	const struct libffa_notify_info_iter *it)
{
	return (it->flags & LIBFFA_NOTIFY_INFO_MORE_PENDING) != 0u;
}

LIBFFA_END_DECLS

#endif /* LIBFFA_NOTIFY_H */
