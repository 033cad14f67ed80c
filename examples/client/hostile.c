/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * A client that misbehaves on purpose. Each call must be refused with the
 * FF-A error code a pKVM-style proxy owes (pKVM's
 * arch/arm64/kvm/hyp/nvhe/ffa.c; docs/version-policies.md): calls before
 * FFA_VERSION, unsupported or hidden ABIs, a second RXTX_MAP, malformed
 * descriptors (bad EMAD offset), pages it does not own, overlapping ranges,
 * pages shared twice, a spoofed direct-request sender, and a later FFA_VERSION
 * asking for an older minor.
 */
#include "ffa/mem.h"
#include "ffa/msg.h"
#include "ffa/status.h"

#include "client.h"
#include "client_internal.h"

/* Expect FFA_ERROR(@code) for @req. */
static int expect_error(struct example_client_ctx *c, int step,
			const struct libffa_msg *req, int32_t code)
{
	struct libffa_msg reply;
	int32_t got = 0;
	libffa_status_t st = example_client_call(c, req, &reply);
	struct example_line l;

	if (st != LIBFFA_E_PEER || !libffa_msg_is_error(&reply, &got) ||
	    got != code) {
		return example_client_fail(c, step, "wrong answer, error code",
					   (uint32_t)got);
	}
	example_line_init(&l);
	example_line_str(&l, "hostile: refused as expected with ");
	example_line_str(&l, libffa_ret_name(code));
	example_line_emit(&l, &c->env->log);
	return 0;
}

/* Put @count constituents into TX as a share and expect @code. */
static int share_expect(struct example_client_ctx *c, int step,
			const struct libffa_mem_constituent *cons,
			uint32_t count, uint32_t emad_offset, int32_t code,
			libffa_handle_t *handle)
{
	struct example_env *env = c->env;
	struct libffa_msg req;
	struct libffa_msg reply;
	uint8_t *desc = NULL;
	uint8_t *tx = (uint8_t *)env->tx;
	size_t size = 0;
	libffa_status_t st;

	st = example_client_build(c, cons, count, &desc, &size);
	if (st != LIBFFA_OK ||
	    size > (size_t)env->rxtx_pages * LIBFFA_MEM_PAGE_SIZE) {
		return example_client_fail(c, step, "cannot build, status",
					   (uint64_t)-st);
	}
	LIBFFA_MEMCPY(tx, desc, size);
	if (emad_offset != 0u) {
		/* Corrupt the v1.1+ header's EMAD offset (bytes 32-35, LE). */
		tx[32] = (uint8_t)emad_offset;
		tx[33] = (uint8_t)(emad_offset >> 8);
		tx[34] = 0;
		tx[35] = 0;
	}
	if (libffa_mem_send_msg(&req, LIBFFA_MEM_OP_SHARE, false,
				(uint32_t)size, (uint32_t)size) != LIBFFA_OK) {
		return example_client_fail(c, step, "cannot encode", size);
	}
	if (code != 0) {
		return expect_error(c, step, &req, code);
	}
	st = example_client_call(c, &req, &reply);
	if (st != LIBFFA_OK || reply.kind != LIBFFA_MSG_RESULT) {
		return example_client_fail(c, step, "valid share refused",
					   (uint64_t)-st);
	}
	*handle = reply.result.mem_share.handle;
	return 0;
}

static int reclaim(struct example_client_ctx *c, int step,
		   libffa_handle_t handle)
{
	struct libffa_msg req;
	struct libffa_msg reply;

	libffa_msg_init(&req, LIBFFA_ABI_MEM_RECLAIM, LIBFFA_MSG_ARGS, false);
	req.args.mem_reclaim.handle = handle;
	if (example_client_call(c, &req, &reply) != LIBFFA_OK) {
		return example_client_fail(c, step, "reclaim refused", handle);
	}
	return 0;
}

int example_client_hostile_run(const struct libffa_conduit *conduit,
			       struct example_env *env)
{
	struct example_client_ctx ctx = {.conduit = conduit,
					 .env = env,
					 .who = "hostile",
					 .step_name = ""};
	struct example_client_ctx *c = &ctx;
	struct libffa_mem_constituent *cons;
	struct libffa_msg req;
	struct libffa_msg reply;
	struct libffa_regs call;
	struct libffa_regs ret;
	libffa_handle_t handle = 0;
	libffa_handle_t handle2 = 0;
	int rc;

	env->agreed = env->version;
	example_client_step(c, "1 FFA_ID_GET before FFA_VERSION");
	libffa_msg_init(&req, LIBFFA_ABI_ID_GET, LIBFFA_MSG_ARGS, false);
	rc = expect_error(c, 1, &req, LIBFFA_RET_INVALID_PARAMETERS);
	if (rc != 0) {
		return rc;
	}

	example_client_step(c, "2 FFA_VERSION");
	rc = example_client_negotiate(c, 2);
	if (rc != 0) {
		return rc;
	}
	libffa_msg_init(&req, LIBFFA_ABI_ID_GET, LIBFFA_MSG_ARGS, false);
	if (example_client_call(c, &req, &reply) != LIBFFA_OK) {
		return example_client_fail(c, 2, "no ID", reply.abi);
	}
	env->own_id = reply.result.id_get.id;

	example_client_step(c, "3 an ABI the proxy does not proxy");
	libffa_msg_init(&req, LIBFFA_ABI_MSG_SEND2, LIBFFA_MSG_ARGS, false);
	rc = expect_error(c, 3, &req, LIBFFA_RET_NOT_SUPPORTED);
	if (rc != 0) {
		return rc;
	}

	example_client_step(c, "4 FFA_FEATURES of a hidden ABI");
	libffa_msg_init(&req, LIBFFA_ABI_FEATURES, LIBFFA_MSG_ARGS, false);
	req.args.features.feature = LIBFFA_FID_32(LIBFFA_FNUM_MEM_RETRIEVE_REQ);
	rc = expect_error(c, 4, &req, LIBFFA_RET_NOT_SUPPORTED);
	if (rc != 0) {
		return rc;
	}

	example_client_step(c, "5 FFA_RXTX_MAP twice");
	libffa_msg_init(&req, LIBFFA_ABI_RXTX_MAP, LIBFFA_MSG_ARGS, true);
	req.args.rxtx_map.tx_address = env->tx_address;
	req.args.rxtx_map.rx_address = env->rx_address;
	req.args.rxtx_map.page_count = env->rxtx_pages;
	if (example_client_call(c, &req, &reply) != LIBFFA_OK) {
		return example_client_fail(c, 5, "first map refused",
					   reply.abi);
	}
	rc = expect_error(c, 5, &req, LIBFFA_RET_DENIED);
	if (rc != 0) {
		return rc;
	}

	example_client_step(c, "6 FFA_MEM_SHARE from a buffer other than TX");
	if (libffa_mem_send_msg(&req, LIBFFA_MEM_OP_SHARE, true, 0x70, 0x70) !=
	    LIBFFA_OK) {
		return example_client_fail(c, 6, "cannot encode", 0);
	}
	req.args.mem_share.address = env->share_address;
	req.args.mem_share.page_count = 1;
	rc = expect_error(c, 6, &req, LIBFFA_RET_INVALID_PARAMETERS);
	if (rc != 0) {
		return rc;
	}

	cons = example_client_ranges(c, env->share_address, 2);
	if (cons == NULL) {
		return example_client_fail(c, 7, "work too small", 0);
	}
	example_client_step(c, "7 descriptor with a misaligned EMAD offset");
	rc = share_expect(c, 7, cons, 2, 40, LIBFFA_RET_INVALID_PARAMETERS,
			  NULL);
	if (rc != 0) {
		return rc;
	}
	example_client_step(c, "8 descriptor with the EMADs inside the header");
	rc = share_expect(c, 8, cons, 2, 16, LIBFFA_RET_INVALID_PARAMETERS,
			  NULL);
	if (rc != 0) {
		return rc;
	}

	example_client_step(c, "9 pages the host does not own");
	cons[1].address = env->share_address + UINT64_C(0x40000000);
	rc = share_expect(c, 9, cons, 2, 0, LIBFFA_RET_DENIED, NULL);
	if (rc != 0) {
		return rc;
	}

	example_client_step(c, "10 overlapping ranges in one descriptor");
	cons[0].address = env->share_address;
	cons[0].page_count = 2;
	cons[1].address = env->share_address + LIBFFA_MEM_PAGE_SIZE;
	cons[1].page_count = 1;
	rc = share_expect(c, 10, cons, 2, 0, LIBFFA_RET_DENIED, NULL);
	if (rc != 0) {
		return rc;
	}

	example_client_step(c, "11 the same page shared twice");
	cons[0].address = env->share_address;
	cons[0].page_count = 1;
	rc = share_expect(c, 11, cons, 1, 0, 0, &handle);
	if (rc == 0) {
		rc = share_expect(c, 11, cons, 1, 0, LIBFFA_RET_DENIED, NULL);
	}
	if (rc != 0) {
		return rc;
	}

	example_client_step(c, "12 reclaim releases the page for a new share");
	rc = reclaim(c, 12, handle);
	if (rc == 0) {
		rc = share_expect(c, 12, cons, 1, 0, 0, &handle2);
	}
	if (rc == 0) {
		rc = reclaim(c, 12, handle2);
	}
	if (rc != 0) {
		return rc;
	}

	example_client_step(c, "13 direct request with a spoofed sender");
	libffa_msg_init(&req, LIBFFA_ABI_MSG_SEND_DIRECT_REQ, LIBFFA_MSG_ARGS,
			false);
	req.args.direct_req.sender_id = 0x0042;
	req.args.direct_req.receiver_id = env->sp_id;
	rc = expect_error(c, 13, &req, LIBFFA_RET_INVALID_PARAMETERS);
	if (rc != 0) {
		return rc;
	}

	example_client_step(c, "14 a later FFA_VERSION for an older minor");
	if (libffa_version_minor(env->agreed) == 0u) {
		example_log_line(&env->log, "hostile: v1.0 has no older minor");
		return 0;
	}
	libffa_msg_init(&req, LIBFFA_ABI_VERSION, LIBFFA_MSG_ARGS, false);
	libffa_regs_clear(&ret);
	req.args.version.version =
		LIBFFA_VERSION(1, libffa_version_minor(env->agreed) - 1u);
	if (libffa_msg_encode(&req, env->agreed, &call) != LIBFFA_OK ||
	    libffa_conduit_invoke(conduit, &call, &ret) != LIBFFA_OK ||
	    libffa_regs_w(&ret, 0) != LIBFFA_VERSION_RET_NOT_SUPPORTED) {
		return example_client_fail(c, 14, "answer",
					   libffa_regs_w(&ret, 0));
	}
	example_log_line(&env->log,
			 "hostile: refused as expected with NOT_SUPPORTED");
	example_log_line(&env->log, "hostile: every misbehaviour was refused");
	return 0;
}
