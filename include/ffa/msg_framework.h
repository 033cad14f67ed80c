/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * The values of framework messages (DEN0077A 1.1 s18, 1.2 s18.3): the w2
 * flag and type of FFA_MSG_SEND_DIRECT_REQ/RESP and the type numbers. They
 * live with the codec, which validates a framework message as part of a
 * direct message (src/msg_framework.c); ffa/framework.h reads and builds
 * the messages themselves.
 */
#ifndef LIBFFA_MSG_FRAMEWORK_H
#define LIBFFA_MSG_FRAMEWORK_H

#include "ffa/env.h"

LIBFFA_BEGIN_DECLS

/* w2 of a direct message (DEN0077A 1.1 s15.2). */
#define LIBFFA_FRAMEWORK_FLAG	   (UINT32_C(1) << 31)
#define LIBFFA_FRAMEWORK_TYPE_MASK UINT32_C(0x000000FF)

/** enum libffa_framework_type - framework message types, w2[7:0]. */
enum libffa_framework_type {
	LIBFFA_FRAMEWORK_PSCI_REQ = 0,
	LIBFFA_FRAMEWORK_WARM_BOOT_REQ = 1,
	LIBFFA_FRAMEWORK_PSCI_RESP = 2,
	LIBFFA_FRAMEWORK_VM_CREATED_REQ = 4,
	LIBFFA_FRAMEWORK_VM_CREATED_RESP = 5,
	LIBFFA_FRAMEWORK_VM_DESTROYED_REQ = 6,
	LIBFFA_FRAMEWORK_VM_DESTROYED_RESP = 7,
	LIBFFA_FRAMEWORK_VERSION_REQ = 8,
	LIBFFA_FRAMEWORK_VERSION_RESP = 9,
	LIBFFA_FRAMEWORK_PARTITION_STOP_REQ = 10,
	LIBFFA_FRAMEWORK_PARTITION_STOP_RESP = 11,
	LIBFFA_FRAMEWORK_LIVE_ACTIVATION_START_REQ = 12,
	LIBFFA_FRAMEWORK_LIVE_ACTIVATION_START_RESP = 13,
	LIBFFA_FRAMEWORK_LIVE_ACTIVATION_FINISH_REQ = 14,
	LIBFFA_FRAMEWORK_LIVE_ACTIVATION_FINISH_RESP = 15
};

/* One past the highest type any version defines. */
#define LIBFFA_FRAMEWORK_TYPE_END 16u

/* Warm-boot types (w3 of WARM_BOOT_REQ); any other value is undefined. */
#define LIBFFA_FRAMEWORK_WARM_BOOT_SUSPEND_TO_RAM 0u
#define LIBFFA_FRAMEWORK_WARM_BOOT_SHALLOW	  1u

/**
 * libffa_framework_is_request_type() - is @type carried by DIRECT_REQ?
 * @type: a known type.
 */
bool libffa_framework_is_request_type(uint32_t type);

LIBFFA_END_DECLS

#endif /* LIBFFA_MSG_FRAMEWORK_H */
