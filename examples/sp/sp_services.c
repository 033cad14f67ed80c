/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * The SP's TPM CRB and OP-TEE services (sp_services.h). Register use and
 * codes: Linux drivers/char/tpm/tpm_crb_ffa.c (DEN0138 function IDs and
 * status codes) and drivers/tee/optee/optee_ffa.h, optee_msg.h.
 */
#include "sp_services.h"

#include "../common/example.h"

/* TPM service (DEN0138): function ID in x4, status in x4, data from x5. */
#define CRB_FFA_GET_INTERFACE_VERSION 0x0f000001u
#define CRB_FFA_OK_RESULTS_RETURNED   0x05000002u
#define CRB_FFA_NOFUNC		      0x8e000001u
#define CRB_FFA_VERSION_1_0	      0x00010000u /* major [30:16], minor */

/* OP-TEE over FF-A: service ID in w3. */
#define OPTEE_FFA_GET_API_VERSION	 0u
#define OPTEE_FFA_GET_OS_VERSION	 1u
#define OPTEE_FFA_EXCHANGE_CAPABILITIES	 2u
#define OPTEE_FFA_UNREGISTER_SHM	 3u
#define OPTEE_FFA_YIELDING_CALL_WITH_ARG 0x80000000u
#define OPTEE_FFA_API_MAJOR		 1u
#define OPTEE_FFA_API_MINOR		 0u
/* The revision the SP reports as its "OS": libffa's example, 0.1. */
#define OPTEE_EXAMPLE_OS_MAJOR	  0u
#define OPTEE_EXAMPLE_OS_MINOR	  1u
#define OPTEE_ERROR_NOT_SUPPORTED 0xFFFF000Au /* TEEC_ERROR_NOT_SUPPORTED */

/* struct optee_msg_arg (optee_msg.h): eight u32, then the parameters. */
#define OPTEE_ARG_CMD		   0u
#define OPTEE_ARG_RET		   20u
#define OPTEE_ARG_RET_ORIGIN	   24u
#define OPTEE_ARG_NUM_PARAMS	   28u
#define OPTEE_ARG_HEADER	   32u
#define OPTEE_MSG_CMD_OPEN_SESSION 0u
/* No TA answers here: TEEC_ERROR_ITEM_NOT_FOUND from the TEE itself. */
#define TEEC_ERROR_ITEM_NOT_FOUND 0xFFFF0008u
#define TEEC_ORIGIN_TEE		  3u

static bool uuid_is(const struct libffa_uuid *u, const struct libffa_uuid *v)
{
	return LIBFFA_MEMCMP(u, v, sizeof(*u)) == 0;
}

static void log_value(struct example_sp *sp, const char *what, uint64_t v)
{
	example_log_value(&sp->cfg.log, "sp", what, v);
}

static enum example_sp_action tpm_req2(struct example_sp *sp,
				       const struct libffa_msg *req,
				       struct libffa_msg *resp)
{
	uint64_t func = req->args.direct_req2.payload[0];

	libffa_msg_init(resp, LIBFFA_ABI_MSG_SEND_DIRECT_RESP2, LIBFFA_MSG_ARGS,
			true);
	resp->args.direct_resp2.sender_id = sp->id;
	resp->args.direct_resp2.receiver_id = req->args.direct_req2.sender_id;
	if (func == CRB_FFA_GET_INTERFACE_VERSION) {
		resp->args.direct_resp2.payload[0] =
			CRB_FFA_OK_RESULTS_RETURNED;
		resp->args.direct_resp2.payload[1] = CRB_FFA_VERSION_1_0;
		log_value(sp, "tpm: GET_INTERFACE_VERSION (DIRECT_REQ2) -> 1.0",
			  CRB_FFA_VERSION_1_0);
	} else {
		resp->args.direct_resp2.payload[0] = CRB_FFA_NOFUNC;
		log_value(sp, "tpm: unknown function", func);
	}
	return EXAMPLE_SP_ACT_REPLY;
}

static void direct_resp(struct example_sp *sp, const struct libffa_msg *req,
			struct libffa_msg *resp, const uint32_t w[4])
{
	unsigned int i;

	libffa_msg_init(resp, LIBFFA_ABI_MSG_SEND_DIRECT_RESP, LIBFFA_MSG_ARGS,
			req->smc64);
	resp->args.direct_resp.sender_id = sp->id;
	resp->args.direct_resp.receiver_id = req->args.direct_req.sender_id;
	for (i = 0; i < 4u; i++) {
		resp->args.direct_resp.payload[i] = w[i];
	}
}

static enum example_sp_action optee(struct example_sp *sp,
				    const struct libffa_msg *req,
				    struct libffa_msg *resp,
				    libffa_handle_t *handle,
				    libffa_id_t *sender)
{
	const uint64_t *p = req->args.direct_req.payload;
	uint32_t w[4] = {0, 0, 0, 0};

	switch ((uint32_t)p[0]) {
	case OPTEE_FFA_GET_API_VERSION:
		w[0] = OPTEE_FFA_API_MAJOR;
		w[1] = OPTEE_FFA_API_MINOR;
		log_value(sp, "optee: GET_API_VERSION -> major",
			  OPTEE_FFA_API_MAJOR);
		break;
	case OPTEE_FFA_GET_OS_VERSION:
		w[0] = OPTEE_EXAMPLE_OS_MAJOR;
		w[1] = OPTEE_EXAMPLE_OS_MINOR;
		log_value(sp, "optee: GET_OS_VERSION -> minor",
			  OPTEE_EXAMPLE_OS_MINOR);
		break;
	case OPTEE_FFA_EXCHANGE_CAPABILITIES:
		/* No RPC parameters, no capabilities. */
		log_value(sp, "optee: EXCHANGE_CAPABILITIES -> caps", 0);
		break;
	case OPTEE_FFA_UNREGISTER_SHM:
		log_value(sp, "optee: UNREGISTER_SHM handle",
			  (uint32_t)p[1] | (uint64_t)(uint32_t)p[2] << 32);
		break;
	case OPTEE_FFA_YIELDING_CALL_WITH_ARG:
		*handle = (uint32_t)p[1] | (uint64_t)(uint32_t)p[2] << 32;
		*sender = req->args.direct_req.sender_id;
		sp->arg_offset = (uint32_t)p[3];
		log_value(sp, "optee: YIELDING_CALL_WITH_ARG, shared handle",
			  *handle);
		return EXAMPLE_SP_ACT_RETRIEVE;
	default:
		w[0] = OPTEE_ERROR_NOT_SUPPORTED;
		log_value(sp, "optee: unknown service", p[0]);
		break;
	}
	direct_resp(sp, req, resp, w);
	return EXAMPLE_SP_ACT_REPLY;
}

enum example_sp_action example_sp_service(struct example_sp *sp,
					  const struct libffa_msg *req,
					  struct libffa_msg *resp,
					  libffa_handle_t *handle,
					  libffa_id_t *sender)
{
	static const struct libffa_uuid tpm = EXAMPLE_SP_TPM_UUID_INIT;
	const uint64_t *p = req->args.direct_req.payload;
	bool want_tpm = (sp->cfg.services & EXAMPLE_SP_SERVICE_TPM) != 0u;
	bool want_optee = (sp->cfg.services & EXAMPLE_SP_SERVICE_OPTEE) != 0u;

	if (req->abi == LIBFFA_ABI_MSG_SEND_DIRECT_REQ2) {
		return want_tpm && uuid_is(&req->args.direct_req2.uuid, &tpm)
			       ? tpm_req2(sp, req, resp)
			       : EXAMPLE_SP_ACT_NONE;
	}
	if (req->abi != LIBFFA_ABI_MSG_SEND_DIRECT_REQ ||
	    req->args.direct_req.framework != 0u) {
		return EXAMPLE_SP_ACT_NONE;
	}
	/*
	 * DIRECT_REQ names no UUID: a TPM call has w3 = 0 and its function
	 * in w4, where OP-TEE's have their service ID in w3 and w4 MBZ for
	 * service 0. 64-bit normally; 32-bit when the SPMC reports the
	 * partition without the AArch64 property.
	 */
	if (want_tpm && p[0] == 0u && p[1] == CRB_FFA_GET_INTERFACE_VERSION) {
		uint32_t w[4] = {0, CRB_FFA_OK_RESULTS_RETURNED,
				 CRB_FFA_VERSION_1_0, 0};

		log_value(sp,
			  req->smc64 ? "tpm: GET_INTERFACE_VERSION "
				       "(DIRECT_REQ_64) -> 1.0"
				     : "tpm: GET_INTERFACE_VERSION "
				       "(DIRECT_REQ_32) -> 1.0",
			  CRB_FFA_VERSION_1_0);
		direct_resp(sp, req, resp, w);
		return EXAMPLE_SP_ACT_REPLY;
	}
	if (want_optee && !req->smc64) {
		return optee(sp, req, resp, handle, sender);
	}
	return EXAMPLE_SP_ACT_NONE;
}

static uint32_t rd32(uint64_t address)
{
	return *(const volatile uint32_t *)example_ptr(address);
}

static void wr32(uint64_t address, uint32_t v)
{
	*(volatile uint32_t *)example_ptr(address) = v;
}

void example_sp_optee_arg(struct example_sp *sp, uint64_t address,
			  uint64_t size)
{
	uint32_t cmd;
	uint32_t params;

	sp->result[0] = 0; /* w3: the call was delivered */
	sp->result[1] = 0; /* w4: OPTEE_FFA_YIELDING_CALL_RETURN_DONE */
	sp->result[2] = 0;
	sp->result[3] = 0;
	if (size < OPTEE_ARG_HEADER || address % 4u != 0u) {
		log_value(sp, "optee: argument does not fit the buffer, offset",
			  sp->arg_offset);
		sp->result[0] = (uint32_t)LIBFFA_RET_INVALID_PARAMETERS;
		return;
	}
	cmd = rd32(address + OPTEE_ARG_CMD);
	params = rd32(address + OPTEE_ARG_NUM_PARAMS);
	log_value(sp, "optee: read the argument in the shared buffer, cmd",
		  cmd);
	log_value(sp, "optee: argument parameters", params);
	/*
	 * OPEN_SESSION (Linux opens its device-enumeration pseudo TA) and
	 * anything else: no TA here. The driver reads this as "no devices".
	 */
	wr32(address + OPTEE_ARG_RET, cmd == OPTEE_MSG_CMD_OPEN_SESSION
					      ? TEEC_ERROR_ITEM_NOT_FOUND
					      : OPTEE_ERROR_NOT_SUPPORTED);
	wr32(address + OPTEE_ARG_RET_ORIGIN, TEEC_ORIGIN_TEE);
}
