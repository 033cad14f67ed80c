/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * The example client: an NS driver's use of FF-A, every call made with
 * libffa_call() (encode, invoke, decode and check the reply) and every
 * answer checked. Freestanding.
 */
#include "client.h"

#include "ffa/mem.h"
#include "ffa/msg.h"
#include "ffa/partition.h"
#include "ffa/smccc.h"
#include "ffa/status.h"
#include "ffa/version_caller.h"

#include "client_internal.h"

/* ---- Shared with hostile.c --------------------------------------------- */

int example_client_fail(struct example_client_ctx *c, int step, const char *why,
			uint64_t value)
{
	struct example_line l;

	example_line_init(&l);
	example_line_str(&l, c->who);
	example_line_str(&l, ": FAIL at step ");
	example_line_dec(&l, (uint64_t)step);
	example_line_str(&l, " (");
	example_line_str(&l, c->step_name);
	example_line_str(&l, "): ");
	example_line_str(&l, why);
	example_line_str(&l, " ");
	example_line_hex(&l, value);
	example_line_emit(&l, &c->env->log);
	return -step;
}

void example_client_step(struct example_client_ctx *c, const char *name)
{
	struct example_line l;

	c->step_name = name;
	example_line_init(&l);
	example_line_str(&l, "--- ");
	example_line_str(&l, c->who);
	example_line_str(&l, ": ");
	example_line_str(&l, name);
	example_line_emit(&l, &c->env->log);
}

libffa_status_t example_client_call(struct example_client_ctx *c,
				    const struct libffa_msg *req,
				    struct libffa_msg *reply)
{
	struct libffa_msg_fault fault;

	/*
	 * Replies are decoded tolerantly: real firmware (TF-A 2.12) leaves
	 * the caller's values in result registers it does not write, and
	 * reserved bits in a reply are the replier's business (msg.h).
	 */
	return libffa_call(c->conduit, req, c->env->agreed,
			   LIBFFA_DECODE_TOLERANT, &c->frame, reply, &fault);
}

/* Build the share descriptor of @ranges one-page ranges in c->env->work. */
libffa_status_t example_client_build(struct example_client_ctx *c,
				     const struct libffa_mem_constituent *cons,
				     uint32_t count, uint8_t **desc,
				     size_t *size)
{
	struct example_env *env = c->env;
	struct libffa_mem_receiver rcv;
	struct libffa_mem_desc d;
	size_t cons_size = (size_t)count * sizeof(*cons);

	LIBFFA_MEMSET(&rcv, 0, sizeof(rcv));
	rcv.endpoint_id = env->sp_id;
	rcv.permissions = LIBFFA_MEM_PERM_DATA_RW;
	LIBFFA_MEMSET(&d, 0, sizeof(d));
	d.sender_id = env->own_id;
	d.attributes = LIBFFA_MEM_ATTR_TYPE_NORMAL | LIBFFA_MEM_ATTR_CACHE_WB |
		       LIBFFA_MEM_ATTR_SHARE_INNER;
	d.receivers = &rcv;
	d.receiver_count = 1;
	d.constituents = cons;
	d.constituent_count = count;
	/* The descriptor goes after the constituent array in work. */
	if (cons_size > env->work_size) {
		return LIBFFA_E_NOSPACE;
	}
	*desc = (uint8_t *)env->work + cons_size;
	return libffa_mem_build(&d, env->agreed, *desc,
				env->work_size - cons_size, size);
}

/* The constituent array of the env's share, in work. */
struct libffa_mem_constituent *example_client_ranges(
	struct example_client_ctx *c, uint64_t first, uint32_t count)
{
	struct libffa_mem_constituent *cons =
		(struct libffa_mem_constituent *)c->env->work;
	uint32_t i;

	if ((size_t)count * sizeof(*cons) > c->env->work_size) {
		return NULL;
	}
	for (i = 0; i < count; i++) {
		cons[i].address =
			first + (uint64_t)i * 2u * LIBFFA_MEM_PAGE_SIZE;
		cons[i].page_count = 1;
	}
	return cons;
}

int example_client_negotiate(struct example_client_ctx *c, int step)
{
	struct example_env *env = c->env;
	struct libffa_version_caller caller;
	struct libffa_regs call;
	struct libffa_regs ret;
	bool again = true;
	libffa_status_t st;

	st = libffa_version_caller_init(
		&caller, env->version, LIBFFA_VERSION_1_0,
		libffa_version_policy_preset(
			LIBFFA_VERSION_PRESET_LINUX_DRIVER));
	while (st == LIBFFA_OK && again) {
		st = libffa_version_caller_request(&caller, &call);
		if (st == LIBFFA_OK) {
			st = libffa_conduit_invoke(c->conduit, &call, &ret);
		}
		if (st == LIBFFA_OK) {
			st = libffa_version_caller_reply(&caller, &ret, &again);
		}
	}
	if (st != LIBFFA_OK ||
	    libffa_version_caller_result(&caller, &env->agreed) != LIBFFA_OK) {
		return example_client_fail(c, step, "no common version, status",
					   (uint64_t)-st);
	}
	return 0;
}

/* ---- The well-behaved client --------------------------------------------- */

static int share(struct example_client_ctx *c, int step)
{
	struct example_env *env = c->env;
	size_t cap = (size_t)env->rxtx_pages * LIBFFA_MEM_PAGE_SIZE;
	struct libffa_mem_constituent *cons;
	struct libffa_mem_view view;
	struct libffa_mem_split split;
	struct libffa_msg req;
	struct libffa_msg reply;
	uint8_t *desc = NULL;
	size_t size = 0;
	size_t offset = 0;
	size_t length = 0;
	uint32_t i;
	libffa_status_t st;

	cons = example_client_ranges(c, env->share_address, env->share_ranges);
	if (cons == NULL) {
		return example_client_fail(c, step, "work too small",
					   env->work_size);
	}
	/* Mark each page so the SP can show it really mapped them. */
	for (i = 0; i < env->share_ranges; i++) {
		*(uint64_t *)example_ptr(cons[i].address) = EXAMPLE_SHARE_MAGIC;
	}
	st = example_client_build(c, cons, env->share_ranges, &desc, &size);
	if (st == LIBFFA_OK) {
		st = libffa_mem_parse(desc, size, env->agreed,
				      LIBFFA_MEM_OP_SHARE,
				      LIBFFA_MEM_PARSE_FROM_OWNER, &view, NULL);
	}
	if (st == LIBFFA_OK) {
		st = libffa_mem_split_init(&split, &view, cap);
	}
	if (st != LIBFFA_OK ||
	    !libffa_mem_split_next(&split, &offset, &length)) {
		return example_client_fail(c, step, "cannot build, status",
					   (uint64_t)-st);
	}
	example_log_value(&env->log, c->who, "descriptor bytes", size);
	/* First fragment: header, EMAD, composite and what fits. */
	LIBFFA_MEMCPY(env->tx, desc + offset, length);
	env->fragments = 1;
	st = libffa_mem_send_msg(&req, LIBFFA_MEM_OP_SHARE, false,
				 (uint32_t)size, (uint32_t)length);
	if (st == LIBFFA_OK) {
		st = example_client_call(c, &req, &reply);
	}
	while (st == LIBFFA_OK && reply.abi == LIBFFA_ABI_MEM_FRAG_RX) {
		/* The relayer wants the next fragment: whole constituents. */
		if (reply.args.mem_frag_rx.fragment_offset != offset + length ||
		    !libffa_mem_split_next(&split, &offset, &length)) {
			return example_client_fail(
				c, step, "FRAG_RX offset does not match",
				reply.args.mem_frag_rx.fragment_offset);
		}
		LIBFFA_MEMCPY(env->tx, desc + offset, length);
		libffa_mem_frag_tx_msg(&req, reply.args.mem_frag_rx.handle,
				       (uint32_t)length, 0);
		env->fragments++;
		st = example_client_call(c, &req, &reply);
	}
	if (st != LIBFFA_OK || reply.kind != LIBFFA_MSG_RESULT) {
		return example_client_fail(c, step, "share refused, status",
					   (uint64_t)-st);
	}
	env->handle = reply.abi == LIBFFA_ABI_MEM_FRAG_TX
			      ? reply.result.mem_frag_tx.handle
			      : reply.result.mem_share.handle;
	example_log_value(&env->log, c->who, "shared, fragments",
			  env->fragments);
	example_log_value(&env->log, c->who, "handle", env->handle);
	return 0;
}

static int direct_req(struct example_client_ctx *c, int step)
{
	struct example_env *env = c->env;
	struct libffa_msg req;
	struct libffa_msg reply;
	unsigned int i;

	libffa_msg_init(&req, LIBFFA_ABI_MSG_SEND_DIRECT_REQ, LIBFFA_MSG_ARGS,
			false);
	req.args.direct_req.sender_id = env->own_id;
	req.args.direct_req.receiver_id = env->sp_id;
	for (i = 0; i < 5u; i++) {
		req.args.direct_req.payload[i] = (uint64_t)0x11u * (i + 1u);
	}
	if (example_client_call(c, &req, &reply) != LIBFFA_OK ||
	    reply.abi != LIBFFA_ABI_MSG_SEND_DIRECT_RESP || reply.smc64) {
		return example_client_fail(c, step, "no DIRECT_RESP_32, abi",
					   reply.abi);
	}
	for (i = 0; i < 5u; i++) {
		if (reply.args.direct_resp.payload[i] !=
		    req.args.direct_req.payload[i] + EXAMPLE_SP_ECHO_ADD) {
			return example_client_fail(c, step, "payload register",
						   3u + i);
		}
	}
	return 0;
}

static int direct_req2(struct example_client_ctx *c, int step)
{
	struct example_env *env = c->env;
	struct libffa_msg req;
	struct libffa_msg reply;
	unsigned int i;

	libffa_msg_init(&req, LIBFFA_ABI_MSG_SEND_DIRECT_REQ2, LIBFFA_MSG_ARGS,
			true);
	req.args.direct_req2.sender_id = env->own_id;
	req.args.direct_req2.receiver_id = env->sp_id;
	req.args.direct_req2.uuid = env->sp_uuid;
	for (i = 0; i < 14u; i++) {
		req.args.direct_req2.payload[i] =
			UINT64_C(0x0102030405060700) + i + 4u;
	}
	if (example_client_call(c, &req, &reply) != LIBFFA_OK ||
	    reply.abi != LIBFFA_ABI_MSG_SEND_DIRECT_RESP2) {
		return example_client_fail(c, step, "no DIRECT_RESP2, abi",
					   reply.abi);
	}
	for (i = 0; i < 14u; i++) {
		if (reply.args.direct_resp2.payload[i] !=
		    req.args.direct_req2.payload[i] + EXAMPLE_SP_ECHO_ADD) {
			return example_client_fail(c, step, "payload register",
						   4u + i);
		}
	}
	return 0;
}

static int sp_retrieve(struct example_client_ctx *c, int step)
{
	struct example_env *env = c->env;
	struct libffa_msg req;
	struct libffa_msg reply;
	const uint64_t *r;

	libffa_msg_init(&req, LIBFFA_ABI_MSG_SEND_DIRECT_REQ, LIBFFA_MSG_ARGS,
			true);
	req.args.direct_req.sender_id = env->own_id;
	req.args.direct_req.receiver_id = env->sp_id;
	req.args.direct_req.payload[0] = EXAMPLE_SP_CMD_RETRIEVE;
	req.args.direct_req.payload[1] = env->handle;
	req.args.direct_req.payload[2] = env->own_id;
	if (example_client_call(c, &req, &reply) != LIBFFA_OK ||
	    reply.abi != LIBFFA_ABI_MSG_SEND_DIRECT_RESP) {
		return example_client_fail(c, step, "no DIRECT_RESP_64, abi",
					   reply.abi);
	}
	r = reply.args.direct_resp.payload;
	if (r[0] != 0u) {
		return example_client_fail(c, step, "SP failed, status", r[0]);
	}
	if (r[1] != env->share_ranges || r[2] != env->share_ranges) {
		return example_client_fail(c, step, "SP saw pages", r[1]);
	}
	if (r[3] != EXAMPLE_SHARE_MAGIC) {
		return example_client_fail(c, step, "SP read", r[3]);
	}
	example_log_value(&env->log, c->who,
			  "SP retrieved, read and relinquished pages", r[1]);
	return 0;
}

int example_client_run(const struct libffa_conduit *conduit,
		       struct example_env *env)
{
	struct example_client_ctx ctx = {.conduit = conduit,
					 .env = env,
					 .who = "client",
					 .step_name = ""};
	struct example_client_ctx *c = &ctx;
	size_t cap = (size_t)env->rxtx_pages * LIBFFA_MEM_PAGE_SIZE;
	struct libffa_partition_view view;
	struct libffa_partition_info info;
	struct libffa_msg req;
	struct libffa_msg reply;
	struct libffa_regs call;
	struct libffa_regs ret;
	uint32_t smccc = 0;
	libffa_status_t st;
	int rc;

	env->agreed = env->version;
	example_client_step(c, "1 SMCCC_VERSION (FF-A needs SMCCC 1.2)");
	libffa_smccc_version_call(&call);
	if (libffa_conduit_invoke(conduit, &call, &ret) != LIBFFA_OK ||
	    libffa_smccc_version_require(&ret, LIBFFA_SMCCC_VERSION_1_2,
					 &smccc) != LIBFFA_OK) {
		return example_client_fail(c, 1, "SMCCC version", smccc);
	}

	example_client_step(c, "2 FFA_VERSION");
	rc = example_client_negotiate(c, 2);
	if (rc != 0) {
		return rc;
	}
	example_log_value(&env->log, c->who, "agreed version", env->agreed);

	example_client_step(c, "3 FFA_ID_GET");
	libffa_msg_init(&req, LIBFFA_ABI_ID_GET, LIBFFA_MSG_ARGS, false);
	if (example_client_call(c, &req, &reply) != LIBFFA_OK ||
	    reply.kind != LIBFFA_MSG_RESULT) {
		return example_client_fail(c, 3, "no ID", reply.abi);
	}
	env->own_id = reply.result.id_get.id;

	example_client_step(c,
			    "4 FFA_FEATURES (RXTX_MAP present, MSG_SEND2 "
			    "hidden by the proxy)");
	libffa_msg_init(&req, LIBFFA_ABI_FEATURES, LIBFFA_MSG_ARGS, false);
	req.args.features.feature = LIBFFA_FID_32(LIBFFA_FNUM_RXTX_MAP);
	if (example_client_call(c, &req, &reply) != LIBFFA_OK ||
	    reply.kind != LIBFFA_MSG_RESULT) {
		return example_client_fail(c, 4, "RXTX_MAP not supported",
					   reply.abi);
	}
	if (env->agreed >= LIBFFA_VERSION_1_1) {
		req.args.features.feature =
			LIBFFA_FID_32(LIBFFA_FNUM_MSG_SEND2);
		if (example_client_call(c, &req, &reply) != LIBFFA_E_PEER) {
			return example_client_fail(c, 4, "MSG_SEND2 visible",
						   reply.abi);
		}
	}

	example_client_step(c, "5 FFA_RXTX_MAP");
	libffa_msg_init(&req, LIBFFA_ABI_RXTX_MAP, LIBFFA_MSG_ARGS, true);
	req.args.rxtx_map.tx_address = env->tx_address;
	req.args.rxtx_map.rx_address = env->rx_address;
	req.args.rxtx_map.page_count = env->rxtx_pages;
	if (example_client_call(c, &req, &reply) != LIBFFA_OK) {
		return example_client_fail(c, 5, "map refused", reply.abi);
	}

	example_client_step(c, "6 FFA_PARTITION_INFO_GET and FFA_RX_RELEASE");
	libffa_msg_init(&req, LIBFFA_ABI_PARTITION_INFO_GET, LIBFFA_MSG_ARGS,
			false);
	if (env->agreed >= LIBFFA_VERSION_1_1) {
		req.args.partition_info_get.uuid = env->sp_uuid;
	}
	st = example_client_call(c, &req, &reply);
	if (st != LIBFFA_OK || reply.kind != LIBFFA_MSG_RESULT) {
		return example_client_fail(c, 6, "refused, status",
					   (uint64_t)-st);
	}
	st = libffa_partition_info_parse(
		(const uint8_t *)env->rx, cap, env->agreed,
		reply.result.partition_info_get.count,
		reply.result.partition_info_get.desc_size, &view);
	if (st == LIBFFA_OK) {
		st = libffa_partition_info_at(&view, 0, &info);
	}
	if (st != LIBFFA_OK || info.id != env->sp_id ||
	    (info.properties & LIBFFA_PARTITION_PROP_DIRECT_REQ_RECV) == 0u) {
		return example_client_fail(c, 6, "SP not found, status",
					   (uint64_t)-st);
	}
	example_log_value(&env->log, c->who, "found SP, properties",
			  info.properties);
	libffa_msg_init(&req, LIBFFA_ABI_RX_RELEASE, LIBFFA_MSG_ARGS, false);
	if (example_client_call(c, &req, &reply) != LIBFFA_OK) {
		return example_client_fail(c, 6, "RX_RELEASE", reply.abi);
	}

	example_client_step(c, "7 FFA_MSG_SEND_DIRECT_REQ_32");
	rc = direct_req(c, 7);
	if (rc != 0) {
		return rc;
	}
	if (env->agreed >= LIBFFA_VERSION_1_2 &&
	    (info.properties & LIBFFA_PARTITION_PROP_DIRECT_REQ2_RECV) != 0u) {
		example_client_step(c, "8 FFA_MSG_SEND_DIRECT_REQ2");
		rc = direct_req2(c, 8);
		if (rc != 0) {
			return rc;
		}
	}

	example_client_step(c,
			    "9 FFA_MEM_SHARE (FFA_MEM_FRAG_TX if larger "
			    "than TX)");
	rc = share(c, 9);
	if (rc != 0) {
		return rc;
	}

	example_client_step(c,
			    "10 DIRECT_REQ_64: SP retrieves, reads and "
			    "relinquishes");
	rc = sp_retrieve(c, 10);
	if (rc != 0) {
		return rc;
	}

	example_client_step(c, "11 FFA_MEM_RECLAIM");
	libffa_msg_init(&req, LIBFFA_ABI_MEM_RECLAIM, LIBFFA_MSG_ARGS, false);
	req.args.mem_reclaim.handle = env->handle;
	if (example_client_call(c, &req, &reply) != LIBFFA_OK) {
		return example_client_fail(c, 11, "reclaim refused", reply.abi);
	}

	example_client_step(c, "12 FFA_RXTX_UNMAP");
	libffa_msg_init(&req, LIBFFA_ABI_RXTX_UNMAP, LIBFFA_MSG_ARGS, false);
	if (example_client_call(c, &req, &reply) != LIBFFA_OK) {
		return example_client_fail(c, 12, "unmap refused", reply.abi);
	}
	example_log_line(&env->log, "client: every step passed");
	return 0;
}
