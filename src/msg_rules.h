/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * Value rules a bit layout cannot express: the "check" column of abi.def
 * names one per ABI, LIBFFA_RULE_<check>(args, smc64, version, fault)
 * below (@version: the negotiated version of the frame). The codec
 * (msg_codec.c) expands them inline after the reserved-bit check of a
 * strictly decoded frame and before every encode.
 */
#ifndef LIBFFA_MSG_RULES_H
#define LIBFFA_MSG_RULES_H

#include "ffa/abi_layouts.h"
#include "ffa/msg.h"
#include "ffa/version.h"

#include "internal.h"

/* The fault of a broken rule; returns @status. */
static inline libffa_status_t libffa_rule_fail_(struct libffa_msg_fault *fault,
						int reg, uint64_t bits,
						const char *field,
						libffa_status_t status)
{
	if (fault != NULL) {
		fault->reg = reg;
		fault->bits = bits;
		fault->field = field;
	}
	return status;
}

/* No rule beyond the layout. */
#define LIBFFA_RULE_NONE(a, smc64, version, fault) \
	((void)(a), (void)(smc64), (void)(version), (void)(fault), LIBFFA_OK)

/*
 * FFA_ERROR (DEN0077A 1.2 s13.1): every error code in w2 is a negative
 * 32-bit value; 0 and positive codes name no error (docs/fact-check.md
 * s14). Unknown negative codes stay decodable: a newer
 * peer may send one.
 */
static inline libffa_status_t libffa_rule_error_(
	const struct libffa_args_error *a, struct libffa_msg_fault *fault)
{
	if (a->error_code >= 0) {
		return libffa_rule_fail_(fault, 2, (uint32_t)a->error_code,
					 "error_code", LIBFFA_E_BADVALUE);
	}
	return LIBFFA_OK;
}
#define LIBFFA_RULE_error(a, smc64, version, fault) \
	((void)(version), (void)(smc64), libffa_rule_error_((a), (fault)))

/*
 * FFA_VERSION (DEN0077A 1.2 s13.2.1): bit 31 of the requested version in
 * w1 must be zero. The v1.3 flags in w2 (DEN0077A 1.3 s13.2,
 * docs/fact-check.md s9) name a query type; 0b11 is undefined. Before v1.3
 * the flags field is not decoded, so it reads 0 here.
 */
static inline libffa_status_t libffa_rule_version_(
	const struct libffa_args_version *a, struct libffa_msg_fault *fault)
{
	if ((a->version & LIBFFA_VERSION_MBZ) != 0u) {
		return libffa_rule_fail_(fault, 1, a->version, "version",
					 LIBFFA_E_BADVALUE);
	}
	if ((a->flags & LIBFFA_VERSION_FLAGS_QUERY) >
	    (uint32_t)LIBFFA_VERSION_QUERY_NEGOTIATED) {
		return libffa_rule_fail_(fault, 2, a->flags, "flags",
					 LIBFFA_E_BADVALUE);
	}
	return LIBFFA_OK;
}
#define LIBFFA_RULE_version(a, smc64, version, fault) \
	((void)(version), (void)(smc64), libffa_rule_version_((a), (fault)))

/*
 * FFA_FEATURES (DEN0077A 1.2 s13.3): with w1 bit 31 clear, w1 is a feature
 * ID whose bits[30:8] are reserved, and the input properties in w2 must be
 * zero.
 */
static inline libffa_status_t libffa_rule_features_(
	const struct libffa_args_features *a, struct libffa_msg_fault *fault)
{
	if ((a->feature & UINT32_C(0x80000000)) != 0u) {
		return LIBFFA_OK;
	}
	if ((a->feature & UINT32_C(0x7FFFFF00)) != 0u) {
		return libffa_rule_fail_(fault, 1,
					 a->feature & UINT32_C(0x7FFFFF00),
					 "feature", LIBFFA_E_MBZ);
	}
	if (a->input_properties != 0u) {
		return libffa_rule_fail_(fault, 2, a->input_properties,
					 "input_properties", LIBFFA_E_MBZ);
	}
	return LIBFFA_OK;
}
#define LIBFFA_RULE_features(a, smc64, version, fault) \
	((void)(version), (void)(smc64), libffa_rule_features_((a), (fault)))

/*
 * A framework message (w2 bit 31 set, DEN0077A 1.1 s18, 1.2 s18.3): the
 * type must exist at @version and travel in a request or a response as
 * its kind says, SMC64 only for the PSCI request; the payload registers
 * the type does not use are zero; then the type's own fields
 * (msg_framework.c). Also used by libffa_framework_decode()/_encode().
 * Return: LIBFFA_OK, LIBFFA_E_BADVALUE (type or a field's value) or
 * LIBFFA_E_MBZ (an unused register or reserved bits), with @fault set.
 */
libffa_status_t libffa_framework_check_(uint32_t type, bool is_request,
					bool smc64, libffa_version_t version,
					const uint64_t *payload,
					struct libffa_msg_fault *fault);

/*
 * Direct messages (DEN0077A 1.1 s15.2): the framework-message type in
 * w2[7:0] is only meaningful with the framework flag; a partition message
 * carries zero there. A framework message is validated as above.
 */
static inline libffa_status_t libffa_rule_direct_(
	uint8_t framework, uint8_t type, bool is_request, bool smc64,
	libffa_version_t version, const uint64_t *payload,
	struct libffa_msg_fault *fault)
{
	if (framework == 0u) {
		if (type != 0u) {
			return libffa_rule_fail_(
				fault, 2, type, "framework_type", LIBFFA_E_MBZ);
		}
		return LIBFFA_OK;
	}
	return libffa_framework_check_(type, is_request, smc64, version,
				       payload, fault);
}
#define LIBFFA_RULE_direct_req(a, smc64, version, fault)               \
	libffa_rule_direct_((a)->framework, (a)->framework_type, true, \
			    (smc64), (version), (a)->payload, (fault))
#define LIBFFA_RULE_direct_resp(a, smc64, version, fault)               \
	libffa_rule_direct_((a)->framework, (a)->framework_type, false, \
			    (smc64), (version), (a)->payload, (fault))

/*
 * FFA_NOTIFICATION_SET (DEN0077A 1.1 s17.7): a vCPU ID is only given for a
 * per-vCPU notification.
 */
static inline libffa_status_t libffa_rule_notification_set_(
	const struct libffa_args_notification_set *a,
	struct libffa_msg_fault *fault)
{
	if (a->per_vcpu == 0u && a->vcpu_id != 0u) {
		return libffa_rule_fail_(fault, 2, a->vcpu_id, "vcpu_id",
					 LIBFFA_E_BADVALUE);
	}
	return LIBFFA_OK;
}
#define LIBFFA_RULE_notification_set(a, smc64, version, fault) \
	((void)(version), (void)(smc64),                       \
	 libffa_rule_notification_set_((a), (fault)))

/*
 * FFA_CONSOLE_LOG (DEN0077A 1.2 s13.14): 1 to 24 characters in w2-w7 for
 * SMC32, 1 to 128 in x2-x17 for SMC64.
 */
static inline libffa_status_t libffa_rule_console_log_(
	const struct libffa_args_console_log *a, bool smc64,
	struct libffa_msg_fault *fault)
{
	unsigned int max = smc64 ? 8u * 16u : 4u * 6u;

	if (a->char_count == 0u || a->char_count > max) {
		return libffa_rule_fail_(fault, 1, a->char_count, "char_count",
					 LIBFFA_E_BADVALUE);
	}
	return LIBFFA_OK;
}
#define LIBFFA_RULE_console_log(a, smc64, version, fault) \
	((void)(version), libffa_rule_console_log_((a), (smc64), (fault)))

/*
 * FFA_PARTITION_INFO_GET_REGS (DEN0077A 1.2 s13.9): a request that starts
 * at index 0 carries no information tag; a tag with index 0 is answered with
 * RETRY.
 */
static inline libffa_status_t libffa_rule_partition_info_get_regs_(
	const struct libffa_args_partition_info_get_regs *a,
	struct libffa_msg_fault *fault)
{
	if (a->start_index == 0u && a->tag != 0u) {
		return libffa_rule_fail_(fault, 3, a->tag, "tag",
					 LIBFFA_E_RETRY);
	}
	return LIBFFA_OK;
}
#define LIBFFA_RULE_partition_info_get_regs(a, smc64, version, fault) \
	((void)(version), (void)(smc64),                              \
	 libffa_rule_partition_info_get_regs_((a), (fault)))

/*
 * FFA_MEM_PERM_SET (DEN0077A 1.1 s13, FFA_MEM_PERM_SET: w3[1:0] data
 * access): 0b00 no access, 0b01 read-write, 0b11 read-only; 0b10 is
 * reserved (docs/fact-check.md s15).
 */
static inline libffa_status_t libffa_rule_mem_perm_set_(
	const struct libffa_args_mem_perm_set *a,
	struct libffa_msg_fault *fault)
{
	if ((a->permissions & 0x3u) == 0x2u) {
		return libffa_rule_fail_(fault, 3, a->permissions,
					 "permissions", LIBFFA_E_BADVALUE);
	}
	return LIBFFA_OK;
}
#define LIBFFA_RULE_mem_perm_set(a, smc64, version, fault) \
	((void)(version), (void)(smc64),                   \
	 libffa_rule_mem_perm_set_((a), (fault)))

#endif /* LIBFFA_MSG_RULES_H */
