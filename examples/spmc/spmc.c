/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * A minimal SPMD + SPMC responder built from the libffa public API: the
 * callee version state machine per endpoint, the ABI codec, partition.h
 * for FFA_PARTITION_INFO_GET, mem.h to reassemble, validate and answer
 * memory transactions, runtime.h to check what the SP answers.
 */
#include "spmc.h"

#include "ffa/mem_hyp.h"
#include "ffa/msg.h"
#include "ffa/runtime.h"
#include "ffa/smccc.h"
#include "ffa/status.h"

static const char who[] = "spmc";

/* The largest RX/TX buffer the SPMC accepts, in 4 KiB pages. */
#define SPMC_MAX_RXTX_PAGES 8u

static void say(struct example_spmc *s, const char *what, uint64_t value)
{
	example_log_value(&s->cfg.log, who, what, value);
}

static size_t buf_size(const struct example_spmc_ep *ep)
{
	return (size_t)ep->pages * LIBFFA_MEM_PAGE_SIZE;
}

static void reply_error(struct libffa_regs *out, int32_t code,
			libffa_version_t v)
{
	example_error_frame(out, code, v);
}

/* Encode a message (usually a RESULT) as the reply, or ABORTED. */
static void reply_msg(struct libffa_regs *out, const struct libffa_msg *m,
		      libffa_version_t v)
{
	if (libffa_msg_encode(m, v, out) != LIBFFA_OK) {
		reply_error(out, LIBFFA_RET_ABORTED, v);
	}
}

static void reply_success(struct libffa_regs *out, enum libffa_abi abi,
			  libffa_version_t v)
{
	struct libffa_msg m;

	libffa_msg_init(&m, abi, LIBFFA_MSG_RESULT, false);
	reply_msg(out, &m, v);
}

void example_spmc_config_default(struct example_spmc_config *cfg)
{
	LIBFFA_MEMSET(cfg, 0, sizeof(*cfg));
	cfg->own = LIBFFA_VERSION_1_2;
	cfg->preset = LIBFFA_VERSION_PRESET_SPEC;
	cfg->smccc_version = LIBFFA_SMCCC_VERSION_1_2;
	cfg->spmc_id = 0x8000u;
	cfg->ns_id = 0u;
}

/* ---- Features ---------------------------------------------------------- */

static bool supported(enum libffa_abi abi, bool notifications)
{
	switch (abi) {
	case LIBFFA_ABI_VERSION:
	case LIBFFA_ABI_FEATURES:
	case LIBFFA_ABI_ID_GET:
	case LIBFFA_ABI_SPM_ID_GET:
	case LIBFFA_ABI_RXTX_MAP:
	case LIBFFA_ABI_RXTX_UNMAP:
	case LIBFFA_ABI_RX_RELEASE:
	case LIBFFA_ABI_PARTITION_INFO_GET:
	case LIBFFA_ABI_MEM_SHARE:
	case LIBFFA_ABI_MEM_LEND:
	case LIBFFA_ABI_MEM_FRAG_TX:
	case LIBFFA_ABI_MEM_RETRIEVE_REQ:
	case LIBFFA_ABI_MEM_RELINQUISH:
	case LIBFFA_ABI_MEM_RECLAIM:
	case LIBFFA_ABI_MSG_WAIT:
	case LIBFFA_ABI_MSG_SEND_DIRECT_REQ:
	case LIBFFA_ABI_MSG_SEND_DIRECT_RESP:
	case LIBFFA_ABI_MSG_SEND_DIRECT_REQ2:
	case LIBFFA_ABI_MSG_SEND_DIRECT_RESP2:
	case LIBFFA_ABI_PARTITION_INFO_GET_REGS:
		return true;
	case LIBFFA_ABI_NOTIFICATION_BITMAP_CREATE:
	case LIBFFA_ABI_NOTIFICATION_BITMAP_DESTROY:
	case LIBFFA_ABI_NOTIFICATION_BIND:
	case LIBFFA_ABI_NOTIFICATION_UNBIND:
	case LIBFFA_ABI_NOTIFICATION_SET:
	case LIBFFA_ABI_NOTIFICATION_GET:
	case LIBFFA_ABI_NOTIFICATION_INFO_GET:
		return notifications;
	default:
		return false;
	}
}

/* Feature IDs (DEN0077A 1.2 s13.3 Table 13.10). */
#define FEATURE_NPI 1u /* notification pending interrupt */
#define FEATURE_SRI 2u /* schedule receiver interrupt */

/*
 * A feature ID: only the schedule receiver interrupt, and only to the
 * normal world (it schedules receivers); the notification pending and
 * managed exit interrupts are for partitions this example does not run.
 */
static void feature_id(struct example_spmc *s, bool from_ns, uint32_t feature,
		       libffa_version_t v, struct libffa_regs *out)
{
	struct libffa_msg r;

	if (feature != FEATURE_SRI || !from_ns || s->cfg.sri_intid == 0u ||
	    v < LIBFFA_VERSION_1_1) {
		reply_error(out, LIBFFA_RET_NOT_SUPPORTED, v);
		return;
	}
	libffa_msg_init(&r, LIBFFA_ABI_FEATURES, LIBFFA_MSG_RESULT, false);
	r.result.features.properties = s->cfg.sri_intid;
	reply_msg(out, &r, v);
}

static void features(struct example_spmc *s, bool from_ns,
		     const struct libffa_msg *m, libffa_version_t v,
		     struct libffa_regs *out)
{
	uint32_t feature = m->args.features.feature;
	struct libffa_msg r;
	enum libffa_abi abi;
	bool smc64;

	if ((feature & LIBFFA_SMCCC_FAST_CALL) == 0u) {
		feature_id(s, from_ns, feature, v, out);
		return;
	}
	if (libffa_abi_from_fid(feature, &abi, &smc64) != LIBFFA_OK ||
	    !libffa_abi_exists(abi, smc64, v) ||
	    !supported(abi, s->cfg.sri_intid != 0u)) {
		reply_error(out, LIBFFA_RET_NOT_SUPPORTED, v);
		return;
	}
	if (from_ns && abi == LIBFFA_ABI_MSG_SEND_DIRECT_REQ2) {
		s->ns_req2_probed = true;
	}
	libffa_msg_init(&r, LIBFFA_ABI_FEATURES, LIBFFA_MSG_RESULT, false);
	if (abi == LIBFFA_ABI_RXTX_MAP) {
		/* 4 KiB minimum; maximum size in w2[31:16] from v1.2. */
		r.result.features.properties =
			v >= LIBFFA_VERSION_1_2 ? SPMC_MAX_RXTX_PAGES << 16
						: 0u;
	}
	reply_msg(out, &r, v);
}

/* ---- Mailboxes and partition information ------------------------------- */

static void rxtx_map(struct example_spmc_ep *ep, const struct libffa_msg *m,
		     libffa_version_t v, struct libffa_regs *out)
{
	const struct libffa_args_rxtx_map *a = &m->args.rxtx_map;

	if (ep->mapped) {
		reply_error(out, LIBFFA_RET_DENIED, v);
		return;
	}
	if (a->page_count == 0u || a->page_count > SPMC_MAX_RXTX_PAGES ||
	    a->tx_address == 0u || a->rx_address == 0u ||
	    a->tx_address == a->rx_address ||
	    (a->tx_address | a->rx_address) % LIBFFA_MEM_PAGE_SIZE != 0u) {
		reply_error(out, LIBFFA_RET_INVALID_PARAMETERS, v);
		return;
	}
	ep->tx = a->tx_address;
	ep->rx = a->rx_address;
	ep->pages = a->page_count;
	ep->mapped = true;
	ep->rx_busy = false;
	reply_success(out, LIBFFA_ABI_RXTX_MAP, v);
}

static void rxtx_unmap(struct example_spmc_ep *ep, const struct libffa_msg *m,
		       libffa_version_t v, struct libffa_regs *out)
{
	if (!ep->mapped || m->args.rxtx_unmap.endpoint_id != 0u) {
		reply_error(out, LIBFFA_RET_INVALID_PARAMETERS, v);
		return;
	}
	ep->mapped = false;
	reply_success(out, LIBFFA_ABI_RXTX_UNMAP, v);
}

static void rx_release(struct example_spmc_ep *ep, libffa_version_t v,
		       struct libffa_regs *out)
{
	if (!ep->mapped || !ep->rx_busy) {
		reply_error(out, LIBFFA_RET_DENIED, v);
		return;
	}
	ep->rx_busy = false;
	reply_success(out, LIBFFA_ABI_RX_RELEASE, v);
}

/*
 * The descriptors matching @uuid (nil: all) in s->parts, as @v defines
 * them: one per UUID of the partition. A v1.0 caller gets one descriptor
 * for the partition (v1.0 descriptors carry no UUID).
 */
static uint32_t matching_parts(struct example_spmc *s, bool from_ns,
			       const struct libffa_uuid *uuid,
			       libffa_version_t v)
{
	struct libffa_partition_info info = s->cfg.sp_info;
	uint32_t n = 0;
	uint32_t i;

	info.properties &= libffa_partition_props_defined(v);
	if (from_ns && s->cfg.req2_on_features && !s->ns_req2_probed) {
		info.properties &= ~LIBFFA_PARTITION_PROP_DIRECT_REQ2_RECV;
	}
	if (v < LIBFFA_VERSION_1_3) {
		LIBFFA_MEMSET(&info.image_uuid, 0, sizeof(info.image_uuid));
		info.ffa_version = 0;
	}
	for (i = 0; i <= s->cfg.sp_uuid_count && i <= EXAMPLE_SPMC_UUIDS_MAX;
	     i++) {
		const struct libffa_uuid *u =
			i == 0u ? &s->cfg.sp_info.uuid
				: &s->cfg.sp_uuids[i - 1u];

		if (!libffa_uuid_is_nil(uuid) &&
		    LIBFFA_MEMCMP(uuid, u, sizeof(*u)) != 0) {
			continue;
		}
		s->parts[n] = info;
		s->parts[n].uuid = *u;
		if (v < LIBFFA_VERSION_1_1) {
			LIBFFA_MEMSET(&s->parts[n].uuid, 0,
				      sizeof(s->parts[n].uuid));
		}
		n++;
		if (v < LIBFFA_VERSION_1_1) {
			break;
		}
	}
	return n;
}

static void partition_info(struct example_spmc *s, struct example_spmc_ep *ep,
			   const struct libffa_msg *m, libffa_version_t v,
			   struct libffa_regs *out)
{
	const struct libffa_args_partition_info_get *a =
		&m->args.partition_info_get;
	struct libffa_msg r;
	libffa_status_t st;
	uint32_t n = matching_parts(s, ep == &s->ns, &a->uuid, v);

	if (n == 0u) {
		reply_error(out, LIBFFA_RET_INVALID_PARAMETERS, v);
		return;
	}
	if (a->count_only == 0u && (!ep->mapped || ep->rx_busy)) {
		reply_error(out, LIBFFA_RET_BUSY, v);
		return;
	}
	libffa_msg_init(&r, LIBFFA_ABI_PARTITION_INFO_GET, LIBFFA_MSG_RESULT,
			false);
	st = libffa_partition_info_respond(
		a, s->parts, n, v, (uint8_t *)example_ptr(ep->rx), buf_size(ep),
		&r.result.partition_info_get);
	if (st != LIBFFA_OK) {
		reply_error(out, libffa_status_to_ret(st), v);
		return;
	}
	if (a->count_only == 0u) {
		ep->rx_busy = true;
	}
	reply_msg(out, &r, v);
}

/* FFA_PARTITION_INFO_GET_REGS: the same descriptors in x3-x17. */
static void partition_info_regs(struct example_spmc *s, bool from_ns,
				const struct libffa_msg *m, libffa_version_t v,
				struct libffa_regs *out)
{
	const struct libffa_args_partition_info_get_regs *a =
		&m->args.partition_info_get_regs;
	struct libffa_msg r;
	libffa_status_t st;
	uint32_t n = matching_parts(s, from_ns, &a->uuid, v);

	if (n == 0u) {
		reply_error(out, LIBFFA_RET_INVALID_PARAMETERS, v);
		return;
	}
	libffa_msg_init(&r, LIBFFA_ABI_PARTITION_INFO_GET_REGS,
			LIBFFA_MSG_RESULT, true);
	st = libffa_partition_regs_pack(a, s->parts, n, v, 0,
					&r.result.partition_info_get_regs);
	if (st != LIBFFA_OK) {
		reply_error(out, libffa_status_to_ret(st), v);
		return;
	}
	reply_msg(out, &r, v);
}

/* ---- Memory transactions ----------------------------------------------- */

static struct example_spmc_mem *mem_find(struct example_spmc *s,
					 libffa_handle_t handle)
{
	unsigned int i;

	for (i = 0; i < EXAMPLE_SPMC_TRANSACTIONS; i++) {
		if (s->mem[i].used && s->mem[i].handle == handle) {
			return &s->mem[i];
		}
	}
	return NULL;
}

static void mem_free(struct example_spmc_mem *mem)
{
	mem->used = false;
	mem->complete = false;
	mem->retrieved = 0;
}

/* The whole descriptor arrived: validate it as the relayer must. */
static void mem_complete(struct example_spmc *s, struct example_spmc_mem *mem,
			 enum libffa_abi abi, libffa_version_t v,
			 struct libffa_regs *out)
{
	struct libffa_mem_view view;
	struct libffa_mem_fault fault;
	struct libffa_mem_receiver r;
	struct libffa_msg m;
	libffa_status_t st;

	st = libffa_mem_parse(mem->desc, libffa_mem_reasm_offset(&mem->reasm),
			      mem->version, mem->op,
			      LIBFFA_MEM_PARSE_FROM_OWNER, &view, &fault);
	if (st == LIBFFA_OK &&
	    (view.sender_id != mem->sender || view.receiver_count != 1u ||
	     !libffa_mem_receiver_get(&view, 0, &r) ||
	     r.endpoint_id != s->spep.id ||
	     view.constituent_count > EXAMPLE_SPMC_CONSTITUENTS_MAX)) {
		st = LIBFFA_E_BADVALUE;
	}
	if (st != LIBFFA_OK) {
		say(s, "refused a descriptor, status", (uint64_t)-st);
		mem_free(mem);
		reply_error(out, libffa_status_to_ret(st), v);
		return;
	}
	mem->complete = true;
	say(s, "transaction complete, pages", view.total_pages);
	libffa_msg_init(&m, abi, LIBFFA_MSG_RESULT, false);
	if (abi == LIBFFA_ABI_MEM_FRAG_TX) {
		m.result.mem_frag_tx.handle = mem->handle;
	} else {
		/* MEM_SHARE and MEM_LEND results have the same layout. */
		m.result.mem_share.handle = mem->handle;
	}
	reply_msg(out, &m, v);
}

static void mem_more(struct example_spmc_mem *mem, libffa_version_t v,
		     struct libffa_regs *out)
{
	struct libffa_msg m;

	libffa_mem_frag_rx_msg(&m, mem->handle,
			       (uint32_t)libffa_mem_reasm_offset(&mem->reasm),
			       0);
	reply_msg(out, &m, v);
}

static void mem_send(struct example_spmc *s, struct example_spmc_ep *ep,
		     const struct libffa_msg *m, libffa_version_t v,
		     struct libffa_regs *out)
{
	/* MEM_SHARE and MEM_LEND have the same register layout. */
	const struct libffa_args_mem_share *a = &m->args.mem_share;
	struct example_spmc_mem *mem = NULL;
	libffa_status_t st;
	unsigned int i;

	if (a->address != 0u || a->page_count != 0u) {
		/* No dynamically allocated buffers: TX only. */
		reply_error(out, LIBFFA_RET_INVALID_PARAMETERS, v);
		return;
	}
	if (!ep->mapped || a->fragment_length > buf_size(ep) ||
	    a->fragment_length > a->total_length) {
		reply_error(out, LIBFFA_RET_INVALID_PARAMETERS, v);
		return;
	}
	for (i = 0; i < EXAMPLE_SPMC_TRANSACTIONS && mem == NULL; i++) {
		if (!s->mem[i].used) {
			mem = &s->mem[i];
		}
	}
	if (mem == NULL) {
		reply_error(out, LIBFFA_RET_NO_MEMORY, v);
		return;
	}
	/* Handle allocator bit 63 clear: allocated by the SPMC. */
	mem->handle = UINT64_C(0x0000000100000000) | s->next_handle++;
	st = libffa_mem_reasm_init(&mem->reasm, mem->desc, sizeof(mem->desc),
				   a->total_length, mem->handle);
	if (st == LIBFFA_OK) {
		st = libffa_mem_reasm_add(&mem->reasm, example_ptr(ep->tx),
					  a->fragment_length);
	}
	if (st != LIBFFA_OK) {
		reply_error(out, libffa_status_to_ret(st), v);
		return;
	}
	mem->used = true;
	mem->complete = false;
	mem->retrieved = 0;
	mem->sender = ep->id;
	mem->version = v;
	mem->op = m->abi == LIBFFA_ABI_MEM_LEND ? LIBFFA_MEM_OP_LEND
						: LIBFFA_MEM_OP_SHARE;
	if (libffa_mem_reasm_done(&mem->reasm)) {
		mem_complete(s, mem, m->abi, v, out);
	} else {
		mem_more(mem, v, out);
	}
}

static void mem_frag_tx(struct example_spmc *s, struct example_spmc_ep *ep,
			const struct libffa_msg *m, libffa_version_t v,
			struct libffa_regs *out)
{
	struct example_spmc_mem *mem = mem_find(s, m->args.mem_frag_tx.handle);
	libffa_status_t st;

	if (mem == NULL || mem->complete || mem->sender != ep->id ||
	    !ep->mapped) {
		reply_error(out, LIBFFA_RET_INVALID_PARAMETERS, v);
		return;
	}
	st = libffa_mem_reasm_frag_tx(&mem->reasm, m, example_ptr(ep->tx),
				      buf_size(ep));
	if (st != LIBFFA_OK) {
		mem_free(mem);
		reply_error(out, libffa_status_to_ret(st), v);
		return;
	}
	if (libffa_mem_reasm_done(&mem->reasm)) {
		mem_complete(s, mem, LIBFFA_ABI_MEM_FRAG_TX, v, out);
	} else {
		mem_more(mem, v, out);
	}
}

static void mem_retrieve(struct example_spmc *s, struct example_spmc_ep *ep,
			 const struct libffa_msg *m, libffa_version_t v,
			 struct libffa_regs *out)
{
	const struct libffa_args_mem_retrieve_req *a =
		&m->args.mem_retrieve_req;
	struct libffa_mem_view req;
	struct libffa_mem_view view;
	struct libffa_mem_receiver r;
	struct libffa_mem_desc desc;
	struct example_spmc_mem *mem;
	struct libffa_msg resp;
	uint32_t n;
	size_t size = 0;
	libffa_status_t st;

	if (a->address != 0u || a->page_count != 0u || !ep->mapped ||
	    a->fragment_length != a->total_length ||
	    a->total_length > buf_size(ep)) {
		reply_error(out, LIBFFA_RET_INVALID_PARAMETERS, v);
		return;
	}
	if (ep->rx_busy) {
		reply_error(out, LIBFFA_RET_BUSY, v);
		return;
	}
	st = libffa_mem_parse(example_ptr(ep->tx), a->total_length, v,
			      LIBFFA_MEM_OP_RETRIEVE_REQ, 0, &req, NULL);
	if (st != LIBFFA_OK) {
		reply_error(out, libffa_status_to_ret(st), v);
		return;
	}
	mem = mem_find(s, req.handle);
	if (mem == NULL || !mem->complete || req.sender_id != mem->sender ||
	    !libffa_mem_receiver_get(&req, 0, &r) || r.endpoint_id != ep->id) {
		reply_error(out, LIBFFA_RET_INVALID_PARAMETERS, v);
		return;
	}
	/* The stored descriptor was validated when it completed. */
	st = libffa_mem_parse(mem->desc, libffa_mem_reasm_offset(&mem->reasm),
			      mem->version, mem->op, 0, &view, NULL);
	if (st != LIBFFA_OK || !libffa_mem_receiver_get(&view, 0, &r)) {
		reply_error(out, LIBFFA_RET_ABORTED, v);
		return;
	}
	/* mem_complete() kept it only with at most CONSTITUENTS_MAX. */
	n = libffa_mem_constituents_copy(&view, 0, s->scratch,
					 EXAMPLE_SPMC_CONSTITUENTS_MAX);
	if (n != view.constituent_count) {
		reply_error(out, LIBFFA_RET_ABORTED, v);
		return;
	}
	LIBFFA_MEMSET(&desc, 0, sizeof(desc));
	desc.sender_id = view.sender_id;
	desc.attributes = view.attributes;
	desc.flags = mem->op == LIBFFA_MEM_OP_LEND ? LIBFFA_MEM_FLAG_TYPE_LEND
						   : LIBFFA_MEM_FLAG_TYPE_SHARE;
	desc.handle = mem->handle;
	desc.tag = view.tag;
	r.flags = 0;
	LIBFFA_MEMSET(r.impdef, 0, sizeof(r.impdef));
	desc.receivers = &r;
	desc.receiver_count = 1;
	desc.constituents = s->scratch;
	desc.constituent_count = n;
	st = libffa_mem_build(&desc, v, example_ptr(ep->rx), buf_size(ep),
			      &size);
	if (st != LIBFFA_OK) {
		/* No FFA_MEM_FRAG_RX on retrieval in this example. */
		reply_error(out, libffa_status_to_ret(st), v);
		return;
	}
	ep->rx_busy = true;
	mem->retrieved++;
	if (libffa_mem_send_msg(&resp, LIBFFA_MEM_OP_RETRIEVE_RESP, false,
				(uint32_t)size, (uint32_t)size) != LIBFFA_OK) {
		reply_error(out, LIBFFA_RET_ABORTED, v);
		return;
	}
	reply_msg(out, &resp, v);
}

/*
 * A hypervisor retrieve request from the normal world (pKVM sends one
 * before FFA_MEM_RECLAIM to learn which pages to give back to its host):
 * the whole transaction, every receiver and range, in the caller's RX.
 * It is no borrower retrieval, so it does not hold up the reclaim.
 */
static void mem_hyp_retrieve(struct example_spmc *s, struct example_spmc_ep *ep,
			     const struct libffa_msg *m, libffa_version_t v,
			     struct libffa_regs *out)
{
	const struct libffa_args_mem_retrieve_req *a =
		&m->args.mem_retrieve_req;
	struct libffa_mem_receiver rx[1];
	struct libffa_mem_hyp_retrieve req;
	struct libffa_mem_view view;
	struct libffa_mem_desc desc;
	struct example_spmc_mem *mem;
	struct libffa_msg resp;
	uint32_t n;
	size_t size = 0;
	libffa_status_t st;

	if (a->address != 0u || a->page_count != 0u || !ep->mapped ||
	    a->fragment_length != a->total_length ||
	    a->total_length > buf_size(ep)) {
		reply_error(out, LIBFFA_RET_INVALID_PARAMETERS, v);
		return;
	}
	if (ep->rx_busy) {
		reply_error(out, LIBFFA_RET_BUSY, v);
		return;
	}
	st = libffa_mem_hyp_retrieve_parse(example_ptr(ep->tx), a->total_length,
					   v, &req);
	if (st != LIBFFA_OK) {
		say(s, "refused a hypervisor retrieve request, status",
		    (uint64_t)-st);
		reply_error(out, libffa_status_to_ret(st), v);
		return;
	}
	mem = mem_find(s, req.handle);
	if (mem == NULL || !mem->complete || mem->sender != ep->id ||
	    req.sender_id != mem->sender) {
		reply_error(out, LIBFFA_RET_INVALID_PARAMETERS, v);
		return;
	}
	st = libffa_mem_parse(mem->desc, libffa_mem_reasm_offset(&mem->reasm),
			      mem->version, mem->op, 0, &view, NULL);
	if (st != LIBFFA_OK || view.receiver_count != 1u ||
	    !libffa_mem_receiver_get(&view, 0, &rx[0])) {
		reply_error(out, LIBFFA_RET_ABORTED, v);
		return;
	}
	/* mem_complete() kept it only with at most CONSTITUENTS_MAX. */
	n = libffa_mem_constituents_copy(&view, 0, s->scratch,
					 EXAMPLE_SPMC_CONSTITUENTS_MAX);
	if (n != view.constituent_count) {
		reply_error(out, LIBFFA_RET_ABORTED, v);
		return;
	}
	LIBFFA_MEMSET(&desc, 0, sizeof(desc));
	desc.sender_id = view.sender_id;
	desc.attributes = view.attributes;
	desc.flags = mem->op == LIBFFA_MEM_OP_LEND ? LIBFFA_MEM_FLAG_TYPE_LEND
						   : LIBFFA_MEM_FLAG_TYPE_SHARE;
	desc.handle = mem->handle;
	desc.tag = view.tag;
	desc.receivers = rx;
	desc.receiver_count = 1;
	desc.constituents = s->scratch;
	desc.constituent_count = n;
	st = libffa_mem_build(&desc, v, example_ptr(ep->rx), buf_size(ep),
			      &size);
	if (st == LIBFFA_OK) {
		st = libffa_mem_send_msg(&resp, LIBFFA_MEM_OP_RETRIEVE_RESP,
					 false, (uint32_t)size, (uint32_t)size);
	}
	if (st != LIBFFA_OK) {
		reply_error(out, libffa_status_to_ret(st), v);
		return;
	}
	ep->rx_busy = true;
	say(s, "hypervisor retrieve request answered, handle", mem->handle);
	reply_msg(out, &resp, v);
}

static void mem_relinquish(struct example_spmc *s, struct example_spmc_ep *ep,
			   libffa_version_t v, struct libffa_regs *out)
{
	struct libffa_mem_relinquish_view rel;
	struct example_spmc_mem *mem;
	libffa_id_t id = 0;
	libffa_status_t st;

	if (!ep->mapped) {
		reply_error(out, LIBFFA_RET_DENIED, v);
		return;
	}
	st = libffa_mem_relinquish_parse(example_ptr(ep->tx), buf_size(ep),
					 &rel, NULL);
	if (st != LIBFFA_OK) {
		reply_error(out, libffa_status_to_ret(st), v);
		return;
	}
	mem = mem_find(s, rel.handle);
	if (mem == NULL || rel.endpoint_count != 1u ||
	    !libffa_mem_relinquish_endpoint(&rel, 0, &id) || id != ep->id) {
		reply_error(out, LIBFFA_RET_INVALID_PARAMETERS, v);
		return;
	}
	if (mem->retrieved == 0u) {
		reply_error(out, LIBFFA_RET_DENIED, v);
		return;
	}
	mem->retrieved--;
	reply_success(out, LIBFFA_ABI_MEM_RELINQUISH, v);
}

static void mem_reclaim(struct example_spmc *s, struct example_spmc_ep *ep,
			const struct libffa_msg *m, libffa_version_t v,
			struct libffa_regs *out)
{
	struct example_spmc_mem *mem = mem_find(s, m->args.mem_reclaim.handle);

	if (mem == NULL || mem->sender != ep->id) {
		reply_error(out, LIBFFA_RET_INVALID_PARAMETERS, v);
		return;
	}
	if (mem->retrieved != 0u) {
		/* The borrower still has it. */
		reply_error(out, LIBFFA_RET_DENIED, v);
		return;
	}
	/* Also aborts a fragmented transmission that never completed. */
	mem_free(mem);
	reply_success(out, LIBFFA_ABI_MEM_RECLAIM, v);
}

/* ---- Direct messages: route to the SP, follow FFA_MSG_WAIT --------------- */

static void dispatch(struct example_spmc *s, struct example_spmc_ep *ep,
		     const struct libffa_regs *in, struct libffa_regs *out);

/*
 * Run the SP from @call (its latest call) until it waits again or sends
 * a direct response. Return true with the response in @resp.
 */
static bool sp_run(struct example_spmc *s, struct libffa_regs *call,
		   struct libffa_regs *resp)
{
	struct libffa_regs ret;
	unsigned int n;
	libffa_version_t v = s->spep.ver.version;

	for (n = 0; n < 64u; n++) {
		example_log_frame(&s->cfg.log, "[sp->spmc]", call, v);
		if (example_frame_is(call, LIBFFA_ABI_MSG_WAIT)) {
			s->sp_waiting = true;
			s->sp_wait_call = *call;
			return false;
		}
		if (example_frame_is(call, LIBFFA_ABI_MSG_SEND_DIRECT_RESP) ||
		    example_frame_is(call, LIBFFA_ABI_MSG_SEND_DIRECT_RESP2)) {
			/* A direct response also leaves the SP waiting. */
			s->sp_waiting = true;
			libffa_regs_clear(&s->sp_wait_call);
			libffa_regs_set_w(&s->sp_wait_call, 0,
					  libffa_regs_w(call, 0));
			*resp = *call;
			return true;
		}
		dispatch(s, &s->spep, call, &ret);
		v = s->spep.ver.version;
		example_log_reply(&s->cfg.log, "[spmc->sp]", call, &ret, v);
		example_sp_step(s->cfg.sp, &ret, call);
	}
	say(s, "SP did not answer within steps", n);
	return false;
}

static void direct(struct example_spmc *s, const struct libffa_msg *m,
		   const struct libffa_regs *in, libffa_version_t v,
		   struct libffa_regs *out)
{
	struct libffa_runtime_verdict verdict;
	struct libffa_regs call;
	struct libffa_regs resp;
	libffa_id_t sender;
	libffa_id_t receiver;
	libffa_status_t st;

	if (m->abi == LIBFFA_ABI_MSG_SEND_DIRECT_REQ2) {
		sender = m->args.direct_req2.sender_id;
		receiver = m->args.direct_req2.receiver_id;
	} else {
		sender = m->args.direct_req.sender_id;
		receiver = m->args.direct_req.receiver_id;
	}
	if (sender != s->ns.id || receiver != s->spep.id) {
		reply_error(out, LIBFFA_RET_INVALID_PARAMETERS, v);
		return;
	}
	if (!s->sp_waiting) {
		reply_error(out, LIBFFA_RET_BUSY, v);
		return;
	}
	/*
	 * The SP waits in whatever call it made last (a 32-bit FFA_MSG_WAIT,
	 * or a direct response); any direct request may complete it
	 * (DEN0077A 1.2 s8). Say when that hands x8-x17 to a 32-bit call.
	 */
	st = libffa_runtime_check_reply(libffa_regs_w(&s->sp_wait_call, 0), in,
					v, s->cfg.smccc_version,
					LIBFFA_COPYBACK_ALL, &verdict);
	if (st != LIBFFA_OK) {
		say(s, "request not legal for the waiting SP, status",
		    (uint64_t)-st);
		reply_error(out, LIBFFA_RET_DENIED, v);
		return;
	}
	if (verdict.regs.conflict != 0u) {
		say(s,
		    "64-bit request completes the SP's 32-bit wait, result "
		    "registers outside its convention (mask)",
		    verdict.regs.conflict);
	}
	s->sp_waiting = false;
	example_log_frame(&s->cfg.log, "[spmc->sp]", in, s->spep.ver.version);
	example_sp_step(s->cfg.sp, in, &call);
	if (!sp_run(s, &call, &resp)) {
		reply_error(out, LIBFFA_RET_ABORTED, v);
		return;
	}
	/* The response must be legal for the request (REQ2 -> RESP2, ...). */
	st = libffa_runtime_check_reply(libffa_regs_w(in, 0), &resp, v,
					s->cfg.smccc_version,
					LIBFFA_COPYBACK_ALL, &verdict);
	if (st != LIBFFA_OK) {
		say(s, "SP answered with an illegal response, w0",
		    libffa_regs_w(&resp, 0));
		reply_error(out, LIBFFA_RET_ABORTED, v);
		return;
	}
	*out = resp;
}

/* ---- The dispatcher ---------------------------------------------------- */

static void dispatch(struct example_spmc *s, struct example_spmc_ep *ep,
		     const struct libffa_regs *in, struct libffa_regs *out)
{
	uint32_t fid = libffa_smccc_fid_strip(libffa_regs_w(in, 0));
	libffa_version_t v = ep->ver.version;
	int32_t error = 0;
	struct libffa_msg m;
	enum libffa_abi abi;
	bool smc64;
	libffa_status_t st;

	libffa_regs_clear(out);
	if (fid == LIBFFA_SMCCC_VERSION_FID) {
		libffa_regs_set_w(out, 0, s->cfg.smccc_version);
		return;
	}
	if (libffa_abi_from_fid(fid, &abi, &smc64) != LIBFFA_OK) {
		/* Unknown function: SMCCC NOT_SUPPORTED in w0. */
		out->x[0] = UINT64_MAX;
		return;
	}
	if (abi == LIBFFA_ABI_VERSION) {
		st = libffa_version_callee_handle(&s->callee, &ep->ver, in,
						  out);
		if (st != LIBFFA_OK) {
			/* The reply already says NOT_SUPPORTED. */
			say(s, "refused FFA_VERSION, status", (uint64_t)-st);
		}
		return;
	}
	if (libffa_version_callee_check_call(&s->callee, &ep->ver, fid, &v,
					     &error) != LIBFFA_OK) {
		reply_error(out, error, v);
		return;
	}
	st = libffa_msg_decode(in, v, &m);
	if (st != LIBFFA_OK) {
		reply_error(out, libffa_status_to_ret(st), v);
		return;
	}
	switch (m.abi) {
	case LIBFFA_ABI_ID_GET:
		libffa_msg_init(&m, LIBFFA_ABI_ID_GET, LIBFFA_MSG_RESULT,
				false);
		m.result.id_get.id = ep->id;
		reply_msg(out, &m, v);
		return;
	case LIBFFA_ABI_SPM_ID_GET:
		libffa_msg_init(&m, LIBFFA_ABI_SPM_ID_GET, LIBFFA_MSG_RESULT,
				false);
		m.result.spm_id_get.id = s->cfg.spmc_id;
		reply_msg(out, &m, v);
		return;
	case LIBFFA_ABI_FEATURES:
		features(s, ep == &s->ns, &m, v, out);
		return;
	case LIBFFA_ABI_RXTX_MAP:
		rxtx_map(ep, &m, v, out);
		return;
	case LIBFFA_ABI_RXTX_UNMAP:
		rxtx_unmap(ep, &m, v, out);
		return;
	case LIBFFA_ABI_RX_RELEASE:
		rx_release(ep, v, out);
		return;
	case LIBFFA_ABI_PARTITION_INFO_GET:
		partition_info(s, ep, &m, v, out);
		return;
	case LIBFFA_ABI_PARTITION_INFO_GET_REGS:
		partition_info_regs(s, ep == &s->ns, &m, v, out);
		return;
	case LIBFFA_ABI_MEM_SHARE:
	case LIBFFA_ABI_MEM_LEND:
		if (ep == &s->spep) {
			break;
		}
		mem_send(s, ep, &m, v, out);
		return;
	case LIBFFA_ABI_MEM_FRAG_TX:
		mem_frag_tx(s, ep, &m, v, out);
		return;
	case LIBFFA_ABI_MEM_RETRIEVE_REQ:
		if (ep == &s->ns) {
			mem_hyp_retrieve(s, ep, &m, v, out);
		} else {
			mem_retrieve(s, ep, &m, v, out);
		}
		return;
	case LIBFFA_ABI_MEM_RELINQUISH:
		if (ep != &s->spep) {
			break;
		}
		mem_relinquish(s, ep, v, out);
		return;
	case LIBFFA_ABI_MEM_RECLAIM:
		mem_reclaim(s, ep, &m, v, out);
		return;
	case LIBFFA_ABI_MSG_SEND_DIRECT_REQ:
	case LIBFFA_ABI_MSG_SEND_DIRECT_REQ2:
		if (ep != &s->ns) {
			break;
		}
		direct(s, &m, in, v, out);
		return;
	default:
		if (s->cfg.sri_intid != 0u &&
		    example_spmc_notify_handle(&s->notify, ep->id, ep == &s->ns,
					       &m, v, out)) {
			return;
		}
		break;
	}
	reply_error(out, LIBFFA_RET_NOT_SUPPORTED, v);
}

bool example_spmc_init(struct example_spmc *s,
		       const struct example_spmc_config *cfg)
{
	const struct libffa_version_policy *policy;
	struct libffa_regs call;
	struct libffa_regs resp;

	LIBFFA_MEMSET(s, 0, sizeof(*s));
	s->cfg = *cfg;
	policy = libffa_version_policy_preset(cfg->preset);
	if (policy == NULL ||
	    libffa_version_callee_init(&s->callee, cfg->own, policy) !=
		    LIBFFA_OK ||
	    cfg->sp == NULL) {
		say(s, "bad configuration, preset", (uint64_t)cfg->preset);
		return false;
	}
	libffa_version_endpoint_init(&s->callee, &s->ns.ver);
	libffa_version_endpoint_init(&s->callee, &s->spep.ver);
	s->ns.id = cfg->ns_id;
	s->spep.id = cfg->sp_info.id;
	s->next_handle = 1;
	if (example_spmc_notify_init(&s->notify, s->spep.id) != LIBFFA_OK) {
		say(s, "notification state did not initialise, ID", s->spep.id);
		return false;
	}
	/* Boot the SP: it runs until its first FFA_MSG_WAIT. */
	example_sp_start(cfg->sp, &call);
	(void)sp_run(s, &call, &resp);
	s->booted = s->sp_waiting;
	say(s,
	    s->booted ? "SP booted and waiting, ID" : "SP failed to boot, ID",
	    s->spep.id);
	return s->booted;
}

void example_spmc_handle(struct example_spmc *s, const struct libffa_regs *in,
			 struct libffa_regs *out)
{
	dispatch(s, &s->ns, in, out);
}
