/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * Framework messages inside direct requests and responses (DEN0077A 1.1
 * s18.3). payload[0] is w3/x3, payload[4] is w7/x7. The value rules are
 * the codec's (libffa_framework_check_(), msg_framework.c), applied here
 * at the newest version: a message libffa_msg_decode() accepted at the
 * negotiated version passes them.
 */
#include "ffa/framework.h"

#include "internal.h"
#include "msg_rules.h"

static const char *const type_names[16] = {
	[LIBFFA_FRAMEWORK_PSCI_REQ] = "PSCI_REQ",
	[LIBFFA_FRAMEWORK_WARM_BOOT_REQ] = "WARM_BOOT_REQ",
	[LIBFFA_FRAMEWORK_PSCI_RESP] = "PSCI_RESP",
	[LIBFFA_FRAMEWORK_VM_CREATED_REQ] = "VM_CREATED_REQ",
	[LIBFFA_FRAMEWORK_VM_CREATED_RESP] = "VM_CREATED_RESP",
	[LIBFFA_FRAMEWORK_VM_DESTROYED_REQ] = "VM_DESTROYED_REQ",
	[LIBFFA_FRAMEWORK_VM_DESTROYED_RESP] = "VM_DESTROYED_RESP",
	[LIBFFA_FRAMEWORK_VERSION_REQ] = "VERSION_REQ",
	[LIBFFA_FRAMEWORK_VERSION_RESP] = "VERSION_RESP",
	[LIBFFA_FRAMEWORK_PARTITION_STOP_REQ] = "PARTITION_STOP_REQ",
	[LIBFFA_FRAMEWORK_PARTITION_STOP_RESP] = "PARTITION_STOP_RESP",
	[LIBFFA_FRAMEWORK_LIVE_ACTIVATION_START_REQ] =
		"LIVE_ACTIVATION_START_REQ",
	[LIBFFA_FRAMEWORK_LIVE_ACTIVATION_START_RESP] =
		"LIVE_ACTIVATION_START_RESP",
	[LIBFFA_FRAMEWORK_LIVE_ACTIVATION_FINISH_REQ] =
		"LIVE_ACTIVATION_FINISH_REQ",
	[LIBFFA_FRAMEWORK_LIVE_ACTIVATION_FINISH_RESP] =
		"LIVE_ACTIVATION_FINISH_RESP",
};

const char *libffa_framework_type_name(uint32_t type)
{
	return type < LIBFFA_ARRAY_SIZE(type_names) ? type_names[type] : NULL;
}

libffa_status_t libffa_framework_decode(const struct libffa_msg *msg,
					struct libffa_framework_msg *out)
{
	libffa_status_t status;
	const uint64_t *p;
	uint64_t mask;
	uint8_t framework;
	uint32_t type;
	unsigned int i;
	bool req;

	if (msg == NULL || out == NULL || msg->kind != LIBFFA_MSG_ARGS) {
		return LIBFFA_E_INVAL;
	}
	if (msg->abi == LIBFFA_ABI_MSG_SEND_DIRECT_REQ) {
		req = true;
		framework = msg->args.direct_req.framework;
		type = msg->args.direct_req.framework_type;
		p = msg->args.direct_req.payload;
	} else if (msg->abi == LIBFFA_ABI_MSG_SEND_DIRECT_RESP) {
		req = false;
		framework = msg->args.direct_resp.framework;
		type = msg->args.direct_resp.framework_type;
		p = msg->args.direct_resp.payload;
	} else {
		return LIBFFA_E_INVAL;
	}
	if (framework == 0u) {
		return LIBFFA_E_NODATA;
	}
	status = libffa_framework_check_(type, req, msg->smc64,
					 LIBFFA_VERSION_MAX, p, NULL);
	if (status != LIBFFA_OK) {
		return status;
	}
	mask = msg->smc64 ? UINT64_MAX : UINT32_MAX;
	LIBFFA_MEMSET(out, 0, sizeof(*out));
	out->type = type;
	out->is_request = req;
	out->smc64 = msg->smc64;
	out->sender_id = req ? msg->args.direct_req.sender_id
			     : msg->args.direct_resp.sender_id;
	out->receiver_id = req ? msg->args.direct_req.receiver_id
			       : msg->args.direct_resp.receiver_id;
	switch (type) {
	case LIBFFA_FRAMEWORK_PSCI_REQ:
		out->u.psci_req.function_id = (uint32_t)p[0];
		for (i = 0; i < 3u; i++) {
			out->u.psci_req.args[i] = p[1u + i] & mask;
		}
		break;
	case LIBFFA_FRAMEWORK_WARM_BOOT_REQ:
		out->u.warm_boot.boot_type = (uint32_t)p[0];
		break;
	case LIBFFA_FRAMEWORK_PSCI_RESP:
	case LIBFFA_FRAMEWORK_VM_CREATED_RESP:
	case LIBFFA_FRAMEWORK_VM_DESTROYED_RESP:
		out->u.status = (int32_t)(uint32_t)p[0];
		break;
	case LIBFFA_FRAMEWORK_VM_CREATED_REQ:
	case LIBFFA_FRAMEWORK_VM_DESTROYED_REQ:
		out->u.vm.handle = (uint64_t)(uint32_t)p[0] |
				   ((uint64_t)(uint32_t)p[1] << 32);
		/* w5[31:16] is SBZ: ignored on receipt. */
		out->u.vm.vm_id = (libffa_id_t)p[2];
		break;
	case LIBFFA_FRAMEWORK_VERSION_REQ:
		out->u.version.version = (uint32_t)p[0];
		out->u.version.flags = (uint32_t)p[1];
		break;
	case LIBFFA_FRAMEWORK_VERSION_RESP:
		out->u.version.version = (uint32_t)p[0];
		break;
	default:
		for (i = 0; i < 5u; i++) {
			out->u.raw[i] = (uint32_t)p[i];
		}
		break;
	}
	return LIBFFA_OK;
}

libffa_status_t libffa_framework_encode(const struct libffa_framework_msg *fw,
					struct libffa_msg *msg)
{
	uint64_t p[15] = {0};
	unsigned int i;

	if (fw == NULL || msg == NULL ||
	    libffa_framework_type_name(fw->type) == NULL ||
	    libffa_framework_is_request_type(fw->type) != fw->is_request ||
	    (fw->smc64 && fw->type != LIBFFA_FRAMEWORK_PSCI_REQ)) {
		return LIBFFA_E_INVAL;
	}
	switch (fw->type) {
	case LIBFFA_FRAMEWORK_PSCI_REQ:
		p[0] = fw->u.psci_req.function_id;
		for (i = 0; i < 3u; i++) {
			if (!fw->smc64 && fw->u.psci_req.args[i] > UINT32_MAX) {
				return LIBFFA_E_INVAL;
			}
			p[1u + i] = fw->u.psci_req.args[i];
		}
		break;
	case LIBFFA_FRAMEWORK_WARM_BOOT_REQ:
		p[0] = fw->u.warm_boot.boot_type;
		break;
	case LIBFFA_FRAMEWORK_PSCI_RESP:
	case LIBFFA_FRAMEWORK_VM_CREATED_RESP:
	case LIBFFA_FRAMEWORK_VM_DESTROYED_RESP:
		/* Wire codes are zero-extended. */
		p[0] = (uint32_t)fw->u.status;
		break;
	case LIBFFA_FRAMEWORK_VM_CREATED_REQ:
	case LIBFFA_FRAMEWORK_VM_DESTROYED_REQ:
		p[0] = (uint32_t)fw->u.vm.handle;
		p[1] = (uint32_t)(fw->u.vm.handle >> 32);
		p[2] = fw->u.vm.vm_id;
		break;
	case LIBFFA_FRAMEWORK_VERSION_REQ:
		p[0] = fw->u.version.version;
		p[1] = fw->u.version.flags;
		break;
	case LIBFFA_FRAMEWORK_VERSION_RESP:
		p[0] = fw->u.version.version;
		break;
	default:
		for (i = 0; i < 5u; i++) {
			p[i] = fw->u.raw[i];
		}
		break;
	}
	/* Refuse what the decoder would (the codec's rule). */
	if (libffa_framework_check_(fw->type, fw->is_request, fw->smc64,
				    LIBFFA_VERSION_MAX, p, NULL) != LIBFFA_OK) {
		return LIBFFA_E_INVAL;
	}
	if (fw->is_request) {
		libffa_msg_init(msg, LIBFFA_ABI_MSG_SEND_DIRECT_REQ,
				LIBFFA_MSG_ARGS, fw->smc64);
		msg->args.direct_req.sender_id = fw->sender_id;
		msg->args.direct_req.receiver_id = fw->receiver_id;
		msg->args.direct_req.framework = 1;
		msg->args.direct_req.framework_type = (uint8_t)fw->type;
		LIBFFA_MEMCPY(msg->args.direct_req.payload, p, sizeof(p));
	} else {
		libffa_msg_init(msg, LIBFFA_ABI_MSG_SEND_DIRECT_RESP,
				LIBFFA_MSG_ARGS, fw->smc64);
		msg->args.direct_resp.sender_id = fw->sender_id;
		msg->args.direct_resp.receiver_id = fw->receiver_id;
		msg->args.direct_resp.framework = 1;
		msg->args.direct_resp.framework_type = (uint8_t)fw->type;
		LIBFFA_MEMCPY(msg->args.direct_resp.payload, p, sizeof(p));
	}
	return LIBFFA_OK;
}
