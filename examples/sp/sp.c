/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * The example secure partition as a step function. Boot: FFA_VERSION,
 * FFA_ID_GET, FFA_RXTX_MAP, then FFA_MSG_WAIT. Each message that MSG_WAIT
 * (or a direct response) returns is answered:
 * - DIRECT_REQ2: every payload register + EXAMPLE_SP_ECHO_ADD (DIRECT_RESP2);
 * - DIRECT_REQ, partition message: the same on w3-w7/x3-x7, same width;
 * - DIRECT_REQ, EXAMPLE_SP_CMD_RETRIEVE: FFA_MEM_RETRIEVE_REQ built with
 *   mem.h, the response parsed (at the SP's version, else in the v1.1
 *   layout an SPMC that does not convert may hand on), the pages read,
 *   FFA_RX_RELEASE, FFA_MEM_RELINQUISH, then the direct response with what
 *   it found;
 * - framework messages (framework.h): VERSION_REQ, VM_CREATED_REQ and
 *   VM_DESTROYED_REQ get their responses.
 */
#include "sp.h"

#include "ffa/framework.h"
#include "ffa/mem.h"
#include "ffa/msg.h"
#include "ffa/status.h"

#include "../client/client.h"
#include "sp_services.h"

static const char who[] = "sp";

static void say(struct example_sp *sp, const char *what, uint64_t value)
{
	example_log_value(&sp->cfg.log, who, what, value);
}

static void fail(struct example_sp *sp, const char *what, uint64_t value)
{
	sp->errors++;
	say(sp, what, value);
}

/* Encode @msg into @out; on failure fall back to FFA_MSG_WAIT. */
static void emit(struct example_sp *sp, const struct libffa_msg *msg,
		 struct libffa_regs *out)
{
	libffa_status_t st = libffa_msg_encode(msg, sp->version, out);

	if (st != LIBFFA_OK) {
		fail(sp, "cannot encode my next call, status", (uint64_t)-st);
		libffa_regs_clear(out);
		libffa_regs_set_w(out, 0, LIBFFA_FID_32(LIBFFA_FNUM_MSG_WAIT));
		sp->state = EXAMPLE_SP_WAITING;
	}
}

static void msg_wait(struct example_sp *sp, struct libffa_regs *out)
{
	struct libffa_msg m;

	libffa_msg_init(&m, LIBFFA_ABI_MSG_WAIT, LIBFFA_MSG_ARGS, false);
	sp->state = EXAMPLE_SP_WAITING;
	emit(sp, &m, out);
}

void example_sp_init(struct example_sp *sp, const struct example_sp_config *cfg)
{
	LIBFFA_MEMSET(sp, 0, sizeof(*sp));
	sp->cfg = *cfg;
	sp->version = cfg->version;
	sp->state = EXAMPLE_SP_BOOT;
}

void example_sp_start(struct example_sp *sp, struct libffa_regs *out)
{
	struct libffa_msg m;

	libffa_msg_init(&m, LIBFFA_ABI_VERSION, LIBFFA_MSG_ARGS, false);
	m.args.version.version = sp->cfg.version;
	sp->state = EXAMPLE_SP_VERSION_SENT;
	emit(sp, &m, out);
}

/* ---- Answers to direct requests ------------------------------------- */

/* The direct response to @req (same width), payload from sp->result. */
static void respond(struct example_sp *sp, const struct libffa_msg *req,
		    struct libffa_regs *out)
{
	struct libffa_msg m;
	unsigned int i;

	libffa_msg_init(&m, LIBFFA_ABI_MSG_SEND_DIRECT_RESP, LIBFFA_MSG_ARGS,
			req->smc64);
	m.args.direct_resp.sender_id = sp->id;
	m.args.direct_resp.receiver_id = req->args.direct_req.sender_id;
	for (i = 0; i < 4u; i++) {
		m.args.direct_resp.payload[i] =
			req->smc64 ? sp->result[i] : (uint32_t)sp->result[i];
	}
	sp->served++;
	sp->state = EXAMPLE_SP_WAITING;
	emit(sp, &m, out);
}

static void echo_req2(struct example_sp *sp, const struct libffa_msg *req,
		      struct libffa_regs *out)
{
	struct libffa_msg m;
	unsigned int i;

	libffa_msg_init(&m, LIBFFA_ABI_MSG_SEND_DIRECT_RESP2, LIBFFA_MSG_ARGS,
			true);
	m.args.direct_resp2.sender_id = sp->id;
	m.args.direct_resp2.receiver_id = req->args.direct_req2.sender_id;
	for (i = 0; i < 14u; i++) {
		m.args.direct_resp2.payload[i] =
			req->args.direct_req2.payload[i] + EXAMPLE_SP_ECHO_ADD;
	}
	sp->served++;
	emit(sp, &m, out);
}

static void echo_req(struct example_sp *sp, const struct libffa_msg *req,
		     struct libffa_regs *out)
{
	struct libffa_msg m;
	unsigned int i;
	/* SMC32 carries w3-w7; SMC64 x3-x7 (x8-x17 only from v1.3). */
	unsigned int n = 5u;

	libffa_msg_init(&m, LIBFFA_ABI_MSG_SEND_DIRECT_RESP, LIBFFA_MSG_ARGS,
			req->smc64);
	m.args.direct_resp.sender_id = sp->id;
	m.args.direct_resp.receiver_id = req->args.direct_req.sender_id;
	for (i = 0; i < n; i++) {
		uint64_t v =
			req->args.direct_req.payload[i] + EXAMPLE_SP_ECHO_ADD;

		m.args.direct_resp.payload[i] = req->smc64 ? v : (uint32_t)v;
	}
	sp->served++;
	emit(sp, &m, out);
}

static void framework(struct example_sp *sp, const struct libffa_msg *req,
		      struct libffa_regs *out)
{
	struct libffa_framework_msg fw;
	struct libffa_framework_msg resp;
	struct libffa_msg m;

	if (libffa_framework_decode(req, &fw) != LIBFFA_OK) {
		fail(sp, "malformed framework message, w2",
		     req->args.direct_req.framework_type);
		msg_wait(sp, out);
		return;
	}
	LIBFFA_MEMSET(&resp, 0, sizeof(resp));
	resp.is_request = false;
	resp.sender_id = sp->id;
	resp.receiver_id = fw.sender_id;
	switch (fw.type) {
	case LIBFFA_FRAMEWORK_VERSION_REQ:
		resp.type = LIBFFA_FRAMEWORK_VERSION_RESP;
		resp.u.version.version =
			libffa_version_major(fw.u.version.version) ==
					libffa_version_major(sp->version)
				? sp->version
				: LIBFFA_VERSION_RET_NOT_SUPPORTED;
		break;
	case LIBFFA_FRAMEWORK_VM_CREATED_REQ:
		resp.type = LIBFFA_FRAMEWORK_VM_CREATED_RESP;
		sp->vms++;
		say(sp, "told that a VM was created, VM ID", fw.u.vm.vm_id);
		break;
	case LIBFFA_FRAMEWORK_VM_DESTROYED_REQ:
		resp.type = LIBFFA_FRAMEWORK_VM_DESTROYED_RESP;
		sp->vms = sp->vms > 0u ? sp->vms - 1u : 0u;
		say(sp, "told that a VM was destroyed, VM ID", fw.u.vm.vm_id);
		break;
	default:
		fail(sp, "framework message I do not handle, type", fw.type);
		msg_wait(sp, out);
		return;
	}
	if (libffa_framework_encode(&resp, &m) != LIBFFA_OK) {
		fail(sp, "cannot encode framework response, type", resp.type);
		msg_wait(sp, out);
		return;
	}
	sp->served++;
	emit(sp, &m, out);
}

/* ---- Memory retrieval ------------------------------------------------ */

static void retrieve_fail(struct example_sp *sp, const char *what,
			  uint64_t value, int32_t code, struct libffa_regs *out)
{
	struct libffa_msg req;

	fail(sp, what, value);
	if (libffa_msg_decode(&sp->request, sp->version, &req) != LIBFFA_OK) {
		msg_wait(sp, out);
		return;
	}
	sp->result[0] = (uint32_t)code;
	sp->result[1] = 0;
	sp->result[2] = 0;
	sp->result[3] = 0;
	respond(sp, &req, out);
}

static void retrieve_start(struct example_sp *sp, libffa_id_t sender,
			   libffa_handle_t handle, struct libffa_regs *out)
{
	struct libffa_mem_receiver self;
	struct libffa_mem_desc desc;
	struct libffa_msg m;
	size_t size = 0;
	libffa_status_t st;

	LIBFFA_MEMSET(&self, 0, sizeof(self));
	self.endpoint_id = sp->id;
	self.permissions = LIBFFA_MEM_PERM_DATA_RW;
	LIBFFA_MEMSET(&desc, 0, sizeof(desc));
	desc.sender_id = sender;
	desc.handle = handle;
	desc.flags = LIBFFA_MEM_FLAG_TYPE_SHARE;
	desc.receivers = &self;
	desc.receiver_count = 1;
	sp->handle = desc.handle;
	st = libffa_mem_build(&desc, sp->version, sp->cfg.tx,
			      (size_t)sp->cfg.rxtx_pages * LIBFFA_MEM_PAGE_SIZE,
			      &size);
	if (st == LIBFFA_OK) {
		st = libffa_mem_send_msg(&m, LIBFFA_MEM_OP_RETRIEVE_REQ, false,
					 (uint32_t)size, (uint32_t)size);
	}
	if (st != LIBFFA_OK) {
		retrieve_fail(sp, "cannot build the retrieve request, status",
			      (uint64_t)-st, libffa_status_to_ret(st), out);
		return;
	}
	say(sp, "retrieving handle", desc.handle);
	sp->state = EXAMPLE_SP_RETRIEVE_SENT;
	emit(sp, &m, out);
}

static void retrieve_resp(struct example_sp *sp, const struct libffa_regs *in,
			  struct libffa_regs *out)
{
	struct libffa_mem_view view;
	struct libffa_mem_fault fault;
	struct libffa_mem_constituent c;
	struct libffa_mem_receiver r;
	struct libffa_msg m;
	libffa_status_t st;
	int32_t code = 0;
	uint32_t total;
	size_t rx_size = (size_t)sp->cfg.rxtx_pages * LIBFFA_MEM_PAGE_SIZE;
	const uint64_t *first;

	if (example_frame_error(in, &code)) {
		retrieve_fail(sp, "retrieve refused, error", (uint32_t)code,
			      code, out);
		return;
	}
	if (libffa_msg_decode(in, sp->version, &m) != LIBFFA_OK ||
	    m.abi != LIBFFA_ABI_MEM_RETRIEVE_RESP) {
		retrieve_fail(sp, "unexpected answer to retrieve, w0",
			      libffa_regs_w(in, 0), LIBFFA_RET_ABORTED, out);
		return;
	}
	total = m.args.mem_retrieve_resp.total_length;
	if (total != m.args.mem_retrieve_resp.fragment_length ||
	    total > rx_size) {
		/* FFA_MEM_FRAG_RX on retrieval: not in this example. */
		retrieve_fail(sp, "fragmented retrieve response, total", total,
			      LIBFFA_RET_NO_MEMORY, out);
		return;
	}
	st = libffa_mem_parse(sp->cfg.rx, total, sp->version,
			      LIBFFA_MEM_OP_RETRIEVE_RESP, 0, &view, &fault);
	if (st != LIBFFA_OK && sp->version > LIBFFA_VERSION_1_1 &&
	    libffa_mem_parse(sp->cfg.rx, total, LIBFFA_VERSION_1_1,
			     LIBFFA_MEM_OP_RETRIEVE_RESP, 0, &view,
			     NULL) == LIBFFA_OK &&
	    view.emad_stride == libffa_mem_emad_size(LIBFFA_VERSION_1_1)) {
		/*
		 * An SPMC that hands on the sender's v1.1 descriptor
		 * unconverted (TF-A 2.12's EL3 SPMC converts only for a v1.0
		 * retriever, spmc_ffa_mem_retrieve_req()): read it in the
		 * layout it has, which the v1.1 parse checks as strictly.
		 */
		say(sp, "retrieve response in the v1.1 layout, EMAD size",
		    view.emad_stride);
		st = LIBFFA_OK;
	}
	if (st != LIBFFA_OK) {
		retrieve_fail(sp, "bad retrieve response at offset",
			      fault.offset, libffa_status_to_ret(st), out);
		return;
	}
	if (view.handle != sp->handle || view.receiver_count != 1u ||
	    !libffa_mem_receiver_get(&view, 0, &r) || r.endpoint_id != sp->id ||
	    !libffa_mem_constituent_get(&view, 0, &c)) {
		retrieve_fail(sp, "retrieve response is not for me, handle",
			      view.handle, LIBFFA_RET_INVALID_PARAMETERS, out);
		return;
	}
	if (sp->for_optee) {
		/* The argument sits in the first range (offset checked). */
		example_sp_optee_arg(
			sp, c.address + sp->arg_offset,
			sp->arg_offset < (uint64_t)c.page_count *
						 LIBFFA_MEM_PAGE_SIZE
				? (uint64_t)c.page_count *
						  LIBFFA_MEM_PAGE_SIZE -
					  sp->arg_offset
				: 0u);
	} else {
		/* Identity map (example.h): the first word the owner wrote. */
		first = (const uint64_t *)example_ptr(c.address);
		sp->result[0] = 0;
		sp->result[1] = view.total_pages;
		sp->result[2] = view.constituent_count;
		sp->result[3] = *first;
	}
	say(sp, "retrieved pages", view.total_pages);
	libffa_msg_init(&m, LIBFFA_ABI_RX_RELEASE, LIBFFA_MSG_ARGS, false);
	sp->state = EXAMPLE_SP_RELEASE_SENT;
	emit(sp, &m, out);
}

static void relinquish(struct example_sp *sp, const struct libffa_regs *in,
		       struct libffa_regs *out)
{
	struct libffa_mem_relinquish rel;
	struct libffa_msg m;
	size_t size = 0;
	libffa_status_t st;

	if (!example_frame_is(in, LIBFFA_ABI_SUCCESS)) {
		retrieve_fail(sp, "FFA_RX_RELEASE failed, w0",
			      libffa_regs_w(in, 0), LIBFFA_RET_ABORTED, out);
		return;
	}
	rel.handle = sp->handle;
	rel.flags = 0;
	rel.endpoints = &sp->id;
	rel.endpoint_count = 1;
	st = libffa_mem_relinquish_build(
		&rel, sp->cfg.tx,
		(size_t)sp->cfg.rxtx_pages * LIBFFA_MEM_PAGE_SIZE, &size);
	if (st != LIBFFA_OK) {
		retrieve_fail(sp, "cannot build relinquish, status",
			      (uint64_t)-st, libffa_status_to_ret(st), out);
		return;
	}
	libffa_msg_init(&m, LIBFFA_ABI_MEM_RELINQUISH, LIBFFA_MSG_ARGS, false);
	sp->state = EXAMPLE_SP_RELINQUISH_SENT;
	emit(sp, &m, out);
}

static void relinquished(struct example_sp *sp, const struct libffa_regs *in,
			 struct libffa_regs *out)
{
	struct libffa_msg req;

	if (!example_frame_is(in, LIBFFA_ABI_SUCCESS)) {
		retrieve_fail(sp, "FFA_MEM_RELINQUISH failed, w0",
			      libffa_regs_w(in, 0), LIBFFA_RET_ABORTED, out);
		return;
	}
	say(sp, "relinquished handle", sp->handle);
	if (libffa_msg_decode(&sp->request, sp->version, &req) != LIBFFA_OK) {
		msg_wait(sp, out);
		return;
	}
	respond(sp, &req, out);
}

/* ---- The message loop -------------------------------------------------- */

static void message(struct example_sp *sp, const struct libffa_regs *in,
		    struct libffa_regs *out)
{
	struct libffa_msg m;
	libffa_status_t st = libffa_msg_decode(in, sp->version, &m);

	if (st != LIBFFA_OK) {
		fail(sp, "undecodable message, status", (uint64_t)-st);
		msg_wait(sp, out);
		return;
	}
	if (sp->cfg.services != 0u) {
		struct libffa_msg resp;
		libffa_handle_t handle = 0;
		libffa_id_t sender = 0;

		switch (example_sp_service(sp, &m, &resp, &handle, &sender)) {
		case EXAMPLE_SP_ACT_REPLY:
			sp->served++;
			sp->state = EXAMPLE_SP_WAITING;
			emit(sp, &resp, out);
			return;
		case EXAMPLE_SP_ACT_RETRIEVE:
			sp->request = *in;
			sp->for_optee = true;
			retrieve_start(sp, sender, handle, out);
			return;
		case EXAMPLE_SP_ACT_NONE:
			break;
		}
	}
	switch (m.abi) {
	case LIBFFA_ABI_MSG_SEND_DIRECT_REQ2:
		echo_req2(sp, &m, out);
		return;
	case LIBFFA_ABI_MSG_SEND_DIRECT_REQ:
		if (m.args.direct_req.framework != 0u) {
			framework(sp, &m, out);
		} else if (m.args.direct_req.payload[0] ==
			   EXAMPLE_SP_CMD_RETRIEVE) {
			sp->request = *in;
			sp->for_optee = false;
			retrieve_start(
				sp, (libffa_id_t)m.args.direct_req.payload[2],
				m.args.direct_req.payload[1], out);
		} else {
			echo_req(sp, &m, out);
		}
		return;
	default:
		fail(sp, "message I do not expect, w0", libffa_regs_w(in, 0));
		msg_wait(sp, out);
		return;
	}
}

static void boot(struct example_sp *sp, const struct libffa_regs *in,
		 struct libffa_regs *out)
{
	struct libffa_msg m;
	uint32_t w0 = libffa_regs_w(in, 0);

	switch (sp->state) {
	case EXAMPLE_SP_VERSION_SENT:
		if (!libffa_version_compatible(sp->cfg.version, w0)) {
			fail(sp, "SPMC does not speak my version, w0", w0);
			msg_wait(sp, out);
			sp->state = EXAMPLE_SP_FAILED;
			return;
		}
		libffa_msg_init(&m, LIBFFA_ABI_ID_GET, LIBFFA_MSG_ARGS, false);
		sp->state = EXAMPLE_SP_ID_SENT;
		emit(sp, &m, out);
		return;
	case EXAMPLE_SP_ID_SENT:
		if (libffa_msg_decode_reply(in, sp->version, LIBFFA_ABI_ID_GET,
					    0, &m, NULL) != LIBFFA_OK ||
		    m.kind != LIBFFA_MSG_RESULT) {
			fail(sp, "FFA_ID_GET failed, w0", w0);
			/* Still hand the SPMC a next call: wait, failed. */
			msg_wait(sp, out);
			sp->state = EXAMPLE_SP_FAILED;
			return;
		}
		sp->id = m.result.id_get.id;
		libffa_msg_init(&m, LIBFFA_ABI_RXTX_MAP, LIBFFA_MSG_ARGS, true);
		m.args.rxtx_map.tx_address = sp->cfg.tx_address;
		m.args.rxtx_map.rx_address = sp->cfg.rx_address;
		m.args.rxtx_map.page_count = sp->cfg.rxtx_pages;
		sp->state = EXAMPLE_SP_MAP_SENT;
		emit(sp, &m, out);
		return;
	case EXAMPLE_SP_MAP_SENT:
		if (!example_frame_is(in, LIBFFA_ABI_SUCCESS)) {
			fail(sp, "FFA_RXTX_MAP failed, w0", w0);
		}
		say(sp, "booted, waiting for messages as", sp->id);
		msg_wait(sp, out);
		return;
	default:
		return;
	}
}

void example_sp_step(struct example_sp *sp, const struct libffa_regs *in,
		     struct libffa_regs *out)
{
	switch (sp->state) {
	case EXAMPLE_SP_BOOT:
		example_sp_start(sp, out);
		return;
	case EXAMPLE_SP_VERSION_SENT:
	case EXAMPLE_SP_ID_SENT:
	case EXAMPLE_SP_MAP_SENT:
		boot(sp, in, out);
		return;
	case EXAMPLE_SP_WAITING:
		message(sp, in, out);
		return;
	case EXAMPLE_SP_RETRIEVE_SENT:
		retrieve_resp(sp, in, out);
		return;
	case EXAMPLE_SP_RELEASE_SENT:
		relinquish(sp, in, out);
		return;
	case EXAMPLE_SP_RELINQUISH_SENT:
		relinquished(sp, in, out);
		return;
	case EXAMPLE_SP_FAILED:
		msg_wait(sp, out);
		sp->state = EXAMPLE_SP_FAILED;
		return;
	}
}

void example_sp_run(const struct libffa_conduit *conduit, struct example_sp *sp)
{
	struct libffa_regs call;
	struct libffa_regs ret;

	example_sp_start(sp, &call);
	for (;;) {
		if (libffa_conduit_invoke(conduit, &call, &ret) != LIBFFA_OK) {
			fail(sp, "conduit failed, state", (uint64_t)sp->state);
			return;
		}
		example_sp_step(sp, &ret, &call);
	}
}
