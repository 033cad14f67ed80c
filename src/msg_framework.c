/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * The value rules of a framework message (DEN0077A 1.1 s18, 1.2 s18.3),
 * checked as part of decoding or encoding the direct message that carries
 * it (LIBFFA_RULE_direct_req/_resp, msg_rules.h) and by
 * libffa_framework_decode()/_encode(). payload[0] is w3/x3, payload[4]
 * w7/x7, payload[5..14] x8-x17. Readings that are not literal spec text:
 * docs/fact-check.md s16.
 */
#include "ffa/msg_framework.h"

#include "msg_rules.h"

/* Payload registers (w3 = bit 0 ... w7 = bit 4) each type uses. */
static const uint8_t used_regs[LIBFFA_FRAMEWORK_TYPE_END] = {
	[LIBFFA_FRAMEWORK_PSCI_REQ] = 0x0F,
	[LIBFFA_FRAMEWORK_WARM_BOOT_REQ] = 0x01,
	[LIBFFA_FRAMEWORK_PSCI_RESP] = 0x01,
	[LIBFFA_FRAMEWORK_VM_CREATED_REQ] = 0x07,
	[LIBFFA_FRAMEWORK_VM_CREATED_RESP] = 0x01,
	[LIBFFA_FRAMEWORK_VM_DESTROYED_REQ] = 0x07,
	[LIBFFA_FRAMEWORK_VM_DESTROYED_RESP] = 0x01,
	[LIBFFA_FRAMEWORK_VERSION_REQ] = 0x03,
	[LIBFFA_FRAMEWORK_VERSION_RESP] = 0x01,
	/* Layouts not settled (Hafnium only): any of w3-w7. */
	[10] = 0x1F,
	[11] = 0x1F,
	[12] = 0x1F,
	[13] = 0x1F,
	[14] = 0x1F,
	[15] = 0x1F,
};

/*
 * First version that defines each type; 0: none (type 3). The power
 * management, VM availability and FFA_VERSION forwarding messages come
 * with the framework flag in v1.1; the partition lifecycle messages are
 * v1.3 (docs/fact-check.md s16).
 */
static const libffa_version_t type_since[LIBFFA_FRAMEWORK_TYPE_END] = {
	[LIBFFA_FRAMEWORK_PSCI_REQ] = LIBFFA_VERSION_1_1,
	[LIBFFA_FRAMEWORK_WARM_BOOT_REQ] = LIBFFA_VERSION_1_1,
	[LIBFFA_FRAMEWORK_PSCI_RESP] = LIBFFA_VERSION_1_1,
	[LIBFFA_FRAMEWORK_VM_CREATED_REQ] = LIBFFA_VERSION_1_1,
	[LIBFFA_FRAMEWORK_VM_CREATED_RESP] = LIBFFA_VERSION_1_1,
	[LIBFFA_FRAMEWORK_VM_DESTROYED_REQ] = LIBFFA_VERSION_1_1,
	[LIBFFA_FRAMEWORK_VM_DESTROYED_RESP] = LIBFFA_VERSION_1_1,
	[LIBFFA_FRAMEWORK_VERSION_REQ] = LIBFFA_VERSION_1_1,
	[LIBFFA_FRAMEWORK_VERSION_RESP] = LIBFFA_VERSION_1_1,
	[10] = LIBFFA_VERSION_1_3,
	[11] = LIBFFA_VERSION_1_3,
	[12] = LIBFFA_VERSION_1_3,
	[13] = LIBFFA_VERSION_1_3,
	[14] = LIBFFA_VERSION_1_3,
	[15] = LIBFFA_VERSION_1_3,
};

bool libffa_framework_is_request_type(uint32_t type)
{
	/* Requests: 0, 1, 4, 6, 8, 10, 12, 14; everything else answers. */
	return type == LIBFFA_FRAMEWORK_PSCI_REQ ||
	       type == LIBFFA_FRAMEWORK_WARM_BOOT_REQ ||
	       (type >= LIBFFA_FRAMEWORK_VM_CREATED_REQ && type % 2u == 0u);
}

/* FFA_VERSION forwarded (type 8): w3 as FFA_VERSION's w1, w4 its flags. */
static libffa_status_t check_version_req(libffa_version_t version,
					 const uint64_t *p,
					 struct libffa_msg_fault *fault)
{
	uint32_t req = (uint32_t)p[0];
	uint32_t flags = (uint32_t)p[1];

	if ((req & LIBFFA_VERSION_MBZ) != 0u) {
		return libffa_rule_fail_(fault, 3, req, "version",
					 LIBFFA_E_BADVALUE);
	}
	/* No flags before v1.3: w4 is then an unused register. */
	if (version < LIBFFA_VERSION_1_3) {
		return flags == 0u ? LIBFFA_OK
				   : libffa_rule_fail_(fault, 4, flags, "flags",
						       LIBFFA_E_MBZ);
	}
	if ((flags & LIBFFA_VERSION_FLAGS_MBZ) != 0u) {
		return libffa_rule_fail_(fault, 4,
					 flags & LIBFFA_VERSION_FLAGS_MBZ,
					 "flags", LIBFFA_E_MBZ);
	}
	if ((flags & LIBFFA_VERSION_FLAGS_QUERY) >
	    (uint32_t)LIBFFA_VERSION_QUERY_NEGOTIATED) {
		return libffa_rule_fail_(fault, 4, flags, "flags",
					 LIBFFA_E_BADVALUE);
	}
	return LIBFFA_OK;
}

/* The fields of each type beyond "unused registers are zero". */
static libffa_status_t check_fields(uint32_t type, bool smc64,
				    libffa_version_t version, const uint64_t *p,
				    struct libffa_msg_fault *fault)
{
	uint32_t w3 = (uint32_t)p[0];

	switch (type) {
	case LIBFFA_FRAMEWORK_PSCI_REQ:
		/* A PSCI function ID is 32 bits, also in x3 (SMCCC). */
		if (smc64 && (p[0] >> 32) != 0u) {
			return libffa_rule_fail_(fault, 3,
						 p[0] & ~(uint64_t)UINT32_MAX,
						 "function_id", LIBFFA_E_MBZ);
		}
		return LIBFFA_OK;
	case LIBFFA_FRAMEWORK_WARM_BOOT_REQ:
		if (w3 > LIBFFA_FRAMEWORK_WARM_BOOT_SHALLOW) {
			return libffa_rule_fail_(fault, 3, w3, "boot_type",
						 LIBFFA_E_BADVALUE);
		}
		return LIBFFA_OK;
	case LIBFFA_FRAMEWORK_VM_CREATED_RESP:
	case LIBFFA_FRAMEWORK_VM_DESTROYED_RESP:
		/* 0 or an FF-A error code: never positive. */
		if ((int32_t)w3 > 0) {
			return libffa_rule_fail_(fault, 3, w3, "status",
						 LIBFFA_E_BADVALUE);
		}
		return LIBFFA_OK;
	case LIBFFA_FRAMEWORK_VERSION_REQ:
		return check_version_req(version, p, fault);
	case LIBFFA_FRAMEWORK_VERSION_RESP:
		/* A version, NOT_SUPPORTED, or (v1.3) INVALID_PARAMETER. */
		if ((w3 & LIBFFA_VERSION_MBZ) != 0u &&
		    w3 != LIBFFA_VERSION_RET_NOT_SUPPORTED &&
		    (version < LIBFFA_VERSION_1_3 ||
		     w3 != LIBFFA_VERSION_RET_INVALID_PARAMETER)) {
			return libffa_rule_fail_(fault, 3, w3, "version",
						 LIBFFA_E_BADVALUE);
		}
		return LIBFFA_OK;
	default:
		return LIBFFA_OK;
	}
}

libffa_status_t libffa_framework_check_(uint32_t type, bool is_request,
					bool smc64, libffa_version_t version,
					const uint64_t *payload,
					struct libffa_msg_fault *fault)
{
	/* SMC32 frames are read through w3-w7 only. */
	const uint64_t view = smc64 ? UINT64_MAX : UINT32_MAX;
	unsigned int i;

	/*
	 * The type must exist at @version and travel the right way; only
	 * the PSCI request has an SMC64 form (DEN0077A 1.1 s18.2).
	 */
	if (type >= LIBFFA_FRAMEWORK_TYPE_END || type_since[type] == 0u ||
	    version < type_since[type] ||
	    libffa_framework_is_request_type(type) != is_request ||
	    (smc64 && type != LIBFFA_FRAMEWORK_PSCI_REQ)) {
		return libffa_rule_fail_(fault, 2, type, "framework_type",
					 LIBFFA_E_BADVALUE);
	}
	for (i = 0; i < 15u; i++) {
		bool used = i < 5u && ((used_regs[type] >> i) & 1u) != 0u;

		if (!used && (payload[i] & view) != 0u) {
			return libffa_rule_fail_(fault, (int)(3u + i),
						 payload[i] & view, "payload",
						 LIBFFA_E_MBZ);
		}
	}
	return check_fields(type, smc64, version, payload, fault);
}
