/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * Value rules that a bit layout cannot express: the "check" column of
 * abi.def names one of these per ABI.
 */
#include "ffa/msg.h"

#include "internal.h"
#include "msg_internal.h"

typedef libffa_status_t (*check_fn)(const struct libffa_msg *msg,
				    libffa_version_t version,
				    struct libffa_msg_fault *fault);

static libffa_status_t fail(struct libffa_msg_fault *fault, int reg,
			    uint64_t bits, const char *field,
			    libffa_status_t status)
{
	if (fault != NULL) {
		fault->reg = reg;
		fault->bits = bits;
		fault->field = field;
	}
	return status;
}

/*
 * FFA_FEATURES (DEN0077A 1.2 s13.3): with w1 bit 31 clear, w1 is a feature
 * ID whose bits[30:8] are reserved, and the input properties in w2 must be
 * zero.
 */
static libffa_status_t check_features(const struct libffa_msg *msg,
				      libffa_version_t version,
				      struct libffa_msg_fault *fault)
{
	const struct libffa_args_features *a = &msg->args.features;

	(void)version;
	if ((a->feature & UINT32_C(0x80000000)) != 0u) {
		return LIBFFA_OK;
	}
	if ((a->feature & UINT32_C(0x7FFFFF00)) != 0u) {
		return fail(fault, 1, a->feature & UINT32_C(0x7FFFFF00),
			    "feature", LIBFFA_E_MBZ);
	}
	if (a->input_properties != 0u) {
		return fail(fault, 2, a->input_properties, "input_properties",
			    LIBFFA_E_MBZ);
	}
	return LIBFFA_OK;
}

/*
 * Direct messages (DEN0077A 1.1 s15.2): the framework-message type in
 * w2[7:0] is only meaningful with the framework flag; a partition message
 * carries zero there.
 */
static libffa_status_t check_direct(const struct libffa_msg *msg,
				    libffa_version_t version,
				    struct libffa_msg_fault *fault)
{
	uint8_t framework = msg->args.direct_req.framework;
	uint8_t type = msg->args.direct_req.framework_type;

	(void)version;
	if (msg->abi == LIBFFA_ABI_MSG_SEND_DIRECT_RESP) {
		framework = msg->args.direct_resp.framework;
		type = msg->args.direct_resp.framework_type;
	}
	if (framework == 0u && type != 0u) {
		return fail(fault, 2, type, "framework_type", LIBFFA_E_MBZ);
	}
	return LIBFFA_OK;
}

/*
 * FFA_NOTIFICATION_SET (DEN0077A 1.1 s17.7): a vCPU ID is only given for a
 * per-vCPU notification.
 */
static libffa_status_t check_notification_set(const struct libffa_msg *msg,
					      libffa_version_t version,
					      struct libffa_msg_fault *fault)
{
	const struct libffa_args_notification_set *a =
		&msg->args.notification_set;

	(void)version;
	if (a->per_vcpu == 0u && a->vcpu_id != 0u) {
		return fail(fault, 2, a->vcpu_id, "vcpu_id", LIBFFA_E_BADVALUE);
	}
	return LIBFFA_OK;
}

/*
 * FFA_CONSOLE_LOG (DEN0077A 1.2 s13.14): 1 to 24 characters in w2-w7 for
 * SMC32, 1 to 128 in x2-x17 for SMC64.
 */
static libffa_status_t check_console_log(const struct libffa_msg *msg,
					 libffa_version_t version,
					 struct libffa_msg_fault *fault)
{
	const struct libffa_args_console_log *a = &msg->args.console_log;
	unsigned int max = msg->smc64 ? 8u * 16u : 4u * 6u;

	(void)version;
	if (a->char_count == 0u || a->char_count > max) {
		return fail(fault, 1, a->char_count, "char_count",
			    LIBFFA_E_BADVALUE);
	}
	return LIBFFA_OK;
}

/*
 * FFA_PARTITION_INFO_GET_REGS (DEN0077A 1.2 s13.9): a request that starts
 * at index 0 carries no information tag; a tag with index 0 is answered with
 * RETRY.
 */
static libffa_status_t check_partition_info_get_regs(
	const struct libffa_msg *msg, libffa_version_t version,
	struct libffa_msg_fault *fault)
{
	const struct libffa_args_partition_info_get_regs *a =
		&msg->args.partition_info_get_regs;

	(void)version;
	if (a->start_index == 0u && a->tag != 0u) {
		return fail(fault, 3, a->tag, "tag", LIBFFA_E_RETRY);
	}
	return LIBFFA_OK;
}

#define check_NONE NULL

static const check_fn checks[LIBFFA_ABI_COUNT] = {
#define LIBFFA_ABI(NAME, lc, spec, f32, f64, s32, s64, until, callers, check) \
	[LIBFFA_ABI_##NAME] = check_##check,
#include "ffa/abi.def"
};

libffa_status_t libffa_msg_check_(const struct libffa_msg *msg,
				  libffa_version_t version,
				  struct libffa_msg_fault *fault)
{
	check_fn fn;

	if (msg->kind != LIBFFA_MSG_ARGS ||
	    (unsigned int)msg->abi >= (unsigned int)LIBFFA_ABI_COUNT) {
		return LIBFFA_OK;
	}
	fn = checks[msg->abi];
	return fn == NULL ? LIBFFA_OK : fn(msg, version, fault);
}
