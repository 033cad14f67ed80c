/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * A pKVM-style FF-A proxy built from the libffa public API:
 * - version.h: the proxy state machine (negotiate below at init, answer
 *   the host, forward its first lower request or translate instead);
 * - msg.h: every trapped call is decoded strictly at the host's version;
 * - mem.h: the host's descriptor is copied out of its TX once, reassembled,
 *   validated (EMAD placement included) against the pages the host owns,
 *   translated from v1.0 when needed, and sent below from the proxy's TX;
 * - partition.h: partition information is re-laid for the host's version;
 * - runtime.h and copyback.h: a reply from below is checked against the call
 *   and copied back by the configured copy-back policy.
 * Rejections use the codes pKVM uses: NOT_SUPPORTED for what it does not
 * proxy, INVALID_PARAMETERS for malformed calls, DENIED for pages the host
 * may not share.
 */
#include "proxy.h"

#include "ffa/msg.h"
#include "ffa/partition.h"
#include "ffa/runtime.h"
#include "ffa/smccc.h"
#include "ffa/status.h"

static const char who[] = "proxy";

/* Partition descriptors the proxy re-lays for its host. */
#define PROXY_PARTITIONS_MAX 8u

static void say(struct example_proxy *p, const char *what, uint64_t value)
{
	example_log_value(&p->cfg.log, who, what, value);
}

static libffa_version_t below_version(const struct example_proxy *p)
{
	return p->ver.below.agreed;
}

static size_t mailbox_size(uint32_t pages)
{
	return (size_t)pages * LIBFFA_MEM_PAGE_SIZE;
}

/* Refuse a host call: FFA_ERROR(@code), everything else zero. */
static void refuse(struct example_proxy *p, const char *why, int32_t code,
		   libffa_version_t v, struct libffa_regs *out)
{
	struct example_line l;

	example_line_init(&l);
	example_line_str(&l, "proxy: refused (");
	example_line_str(&l, libffa_ret_name(code));
	example_line_str(&l, "): ");
	example_line_str(&l, why);
	example_line_emit(&l, &p->cfg.log);
	example_error_frame(out, code, v);
}

static void reply_msg(struct example_proxy *p, const struct libffa_msg *m,
		      libffa_version_t v, struct libffa_regs *out)
{
	if (libffa_msg_encode(m, v, out) != LIBFFA_OK) {
		refuse(p, "reply does not encode", LIBFFA_RET_ABORTED, v, out);
	}
}

static void reply_success(struct example_proxy *p, enum libffa_abi abi,
			  libffa_version_t v, struct libffa_regs *out)
{
	struct libffa_msg m;

	libffa_msg_init(&m, abi, LIBFFA_MSG_RESULT, false);
	reply_msg(p, &m, v, out);
}

/* Carry a frame below; a conduit failure reads as FFA_ERROR(ABORTED). */
static void below_call(struct example_proxy *p, const struct libffa_regs *in,
		       struct libffa_regs *ret)
{
	if (libffa_conduit_invoke(p->below, in, ret) != LIBFFA_OK) {
		example_error_frame(ret, LIBFFA_RET_ABORTED, below_version(p));
	}
}

/*
 * Give the host the reply to @call: legal for the call at the version
 * (runtime.h), then copied back by the policy: a register the policy does
 * not copy is restored from the host's frame or zeroed (copyback.h). A
 * policy that would drop a result register (CALLER_CONV on a 64-bit reply
 * to a 32-bit call) gets LIBFFA_E_DROPPED: the host is told ABORTED rather
 * than handed a reply with stale registers in it.
 */
static void copy_back(struct example_proxy *p, const struct libffa_regs *call,
		      const struct libffa_regs *ret, struct libffa_regs *out)
{
	struct libffa_runtime_verdict verdict;
	libffa_status_t st;

	st = libffa_runtime_check_reply(libffa_regs_w(call, 0), ret,
					below_version(p), p->smccc_version,
					p->cfg.copyback, &verdict);
	if (st == LIBFFA_E_DROPPED) {
		say(p, "copy-back policy would drop result registers (mask)",
		    verdict.regs.results & ~verdict.plan.copy);
		example_error_frame(out, LIBFFA_RET_ABORTED, below_version(p));
		return;
	}
	if (st != LIBFFA_OK) {
		say(p, "illegal reply from below, w0", libffa_regs_w(ret, 0));
		example_error_frame(out, LIBFFA_RET_ABORTED, below_version(p));
		return;
	}
	libffa_copyback_apply(&verdict.plan, call, ret, out);
}

static void forward(struct example_proxy *p, const struct libffa_regs *in,
		    struct libffa_regs *out)
{
	struct libffa_regs ret;

	below_call(p, in, &ret);
	copy_back(p, in, &ret, out);
}

/* ---- Initialisation ---------------------------------------------------- */

void example_proxy_config_default(struct example_proxy_config *cfg)
{
	LIBFFA_MEMSET(cfg, 0, sizeof(*cfg));
	cfg->own = LIBFFA_VERSION_1_2;
	cfg->preset = LIBFFA_VERSION_PRESET_PKVM;
	cfg->translate = false;
	cfg->copyback = LIBFFA_COPYBACK_ALL;
	cfg->host_id = 0;
}

static bool bit_get(const uint8_t *map, uint32_t n)
{
	return (map[n / 8u] & (uint8_t)(1u << (n % 8u))) != 0u;
}

static void bit_set(uint8_t *map, uint32_t n, bool on)
{
	if (on) {
		map[n / 8u] = (uint8_t)(map[n / 8u] | (1u << (n % 8u)));
	} else {
		map[n / 8u] = (uint8_t)(map[n / 8u] & ~(1u << (n % 8u)));
	}
}

void example_proxy_init(struct example_proxy *p,
			const struct libffa_conduit *below,
			const struct example_proxy_config *cfg)
{
	struct libffa_version_policy policy;
	const struct libffa_version_policy *preset;
	struct libffa_regs call;
	struct libffa_regs ret;
	bool again = true;
	libffa_status_t st;
	uint32_t i;

	LIBFFA_MEMSET(p, 0, sizeof(*p));
	p->cfg = *cfg;
	p->below = below;
	if (p->cfg.host_mem_pages > EXAMPLE_PROXY_PAGES) {
		p->cfg.host_mem_pages = EXAMPLE_PROXY_PAGES;
	}
	for (i = 0; i < p->cfg.host_mem_pages; i++) {
		bit_set(p->owned, i, true);
	}
	preset = libffa_version_policy_preset(cfg->preset);
	if (preset == NULL) {
		say(p, "unknown version preset", (uint64_t)cfg->preset);
		return;
	}
	policy = *preset;
	if (cfg->translate) {
		/* Serve an older host by translating, not by asking below. */
		policy.forward = LIBFFA_VERSION_FORWARD_NEVER;
	}
	/* FF-A 1.2 rides on SMCCC 1.2 (x0-x17); pKVM checks it first. */
	libffa_smccc_version_call(&call);
	below_call(p, &call, &ret);
	st = libffa_smccc_version_require(&ret, LIBFFA_SMCCC_VERSION_1_2,
					  &p->smccc_version);
	if (st != LIBFFA_OK) {
		say(p, "firmware SMCCC version too old", p->smccc_version);
		return;
	}
	if (libffa_version_proxy_init(&p->ver, cfg->own, LIBFFA_VERSION_1_0,
				      &policy) != LIBFFA_OK) {
		say(p, "bad own version", cfg->own);
		return;
	}
	while (again) {
		if (libffa_version_proxy_below_request(&p->ver, &call) !=
		    LIBFFA_OK) {
			return;
		}
		below_call(p, &call, &ret);
		st = libffa_version_proxy_below_reply(&p->ver, &ret, &again);
		if (st != LIBFFA_OK) {
			say(p, "no common version below, w0",
			    libffa_regs_w(&ret, 0));
			return;
		}
	}
	p->ready = true;
	say(p, "negotiated with the firmware, version", below_version(p));
}

bool example_proxy_ready(const struct example_proxy *p)
{
	return p->ready;
}

/* ---- FFA_FEATURES: hide what the proxy does not proxy ------------------- */

static bool proxied(enum libffa_abi abi)
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
	case LIBFFA_ABI_MEM_RECLAIM:
	case LIBFFA_ABI_MSG_SEND_DIRECT_REQ:
	case LIBFFA_ABI_MSG_SEND_DIRECT_REQ2:
		return true;
	default:
		return false;
	}
}

static void features(struct example_proxy *p, const struct libffa_msg *m,
		     const struct libffa_regs *in, libffa_version_t v,
		     struct libffa_regs *out)
{
	uint32_t feature = m->args.features.feature;
	enum libffa_abi abi;
	bool smc64;

	/* Feature IDs name interrupts (notifications): not proxied. */
	if ((feature & LIBFFA_SMCCC_FAST_CALL) == 0u ||
	    libffa_abi_from_fid(feature, &abi, &smc64) != LIBFFA_OK ||
	    !libffa_abi_exists(abi, smc64, v) || !proxied(abi)) {
		refuse(p, "FFA_FEATURES of something the proxy hides",
		       LIBFFA_RET_NOT_SUPPORTED, v, out);
		return;
	}
	forward(p, in, out);
	if (abi == LIBFFA_ABI_RXTX_MAP &&
	    example_frame_is(out, LIBFFA_ABI_SUCCESS)) {
		/* Keep only the minimum-size field ("Mask response to
		 * FFA_FEATURE call"): the proxy's mailbox has its own size. */
		libffa_regs_set_w(out, 2, libffa_regs_w(out, 2) & 0x3u);
		libffa_regs_set_w(out, 3, 0);
	}
}

/* ---- Mailbox: the host's buffers stay with the host ---------------------- */

/* Host page index of @address, or -1 outside the host's memory. */
static int64_t host_page(const struct example_proxy *p, uint64_t address)
{
	uint64_t off;

	if (address < p->cfg.host_mem_base ||
	    address % LIBFFA_MEM_PAGE_SIZE != 0u) {
		return -1;
	}
	off = (address - p->cfg.host_mem_base) / LIBFFA_MEM_PAGE_SIZE;
	return off < p->cfg.host_mem_pages ? (int64_t)off : -1;
}

/* Are @pages pages from @address owned, unshared and unused? */
static bool host_pages_free(const struct example_proxy *p, uint64_t address,
			    uint32_t pages)
{
	int64_t first = host_page(p, address);
	uint32_t i;
	unsigned int s;

	if (first < 0 || (uint64_t)first + pages > p->cfg.host_mem_pages) {
		return false;
	}
	for (i = 0; i < pages; i++) {
		uint32_t n = (uint32_t)first + i;

		if (!bit_get(p->owned, n)) {
			return false;
		}
		for (s = 0; s < EXAMPLE_PROXY_SHARES; s++) {
			if (p->shares[s].used &&
			    bit_get(p->shares[s].pages, n)) {
				return false;
			}
		}
	}
	return true;
}

static void host_pages_mark(struct example_proxy *p, uint64_t address,
			    uint32_t pages, bool owned)
{
	int64_t first = host_page(p, address);
	uint32_t i;

	for (i = 0; first >= 0 && i < pages; i++) {
		bit_set(p->owned, (uint32_t)first + i, owned);
	}
}

static void rxtx_map(struct example_proxy *p, const struct libffa_msg *m,
		     libffa_version_t v, struct libffa_regs *out)
{
	const struct libffa_args_rxtx_map *a = &m->args.rxtx_map;
	struct libffa_msg own;
	struct libffa_regs call;
	struct libffa_regs ret;
	int32_t code = 0;

	if (p->host_mapped) {
		refuse(p, "host buffers already mapped", LIBFFA_RET_DENIED, v,
		       out);
		return;
	}
	if (a->page_count != p->cfg.rxtx_pages ||
	    a->tx_address == a->rx_address ||
	    !host_pages_free(p, a->tx_address, a->page_count) ||
	    !host_pages_free(p, a->rx_address, a->page_count)) {
		refuse(p, "host RX/TX not in host memory or wrong size",
		       LIBFFA_RET_INVALID_PARAMETERS, v, out);
		return;
	}
	if (!p->own_mapped) {
		/* The proxy talks to the firmware through its own mailbox. */
		libffa_msg_init(&own, LIBFFA_ABI_RXTX_MAP, LIBFFA_MSG_ARGS,
				true);
		own.args.rxtx_map.tx_address = p->cfg.tx_address;
		own.args.rxtx_map.rx_address = p->cfg.rx_address;
		own.args.rxtx_map.page_count = p->cfg.rxtx_pages;
		if (libffa_msg_encode(&own, below_version(p), &call) !=
		    LIBFFA_OK) {
			refuse(p, "own RXTX_MAP does not encode",
			       LIBFFA_RET_ABORTED, v, out);
			return;
		}
		below_call(p, &call, &ret);
		if (example_frame_error(&ret, &code)) {
			refuse(p, "firmware refused the proxy's mailbox", code,
			       v, out);
			return;
		}
		p->own_mapped = true;
	}
	/* While mapped, the host's buffers cannot be shared. */
	host_pages_mark(p, a->tx_address, a->page_count, false);
	host_pages_mark(p, a->rx_address, a->page_count, false);
	p->host_tx = a->tx_address;
	p->host_rx = a->rx_address;
	p->host_pages = a->page_count;
	p->host_mapped = true;
	p->host_rx_busy = false;
	reply_success(p, LIBFFA_ABI_RXTX_MAP, v, out);
}

static void rxtx_unmap(struct example_proxy *p, const struct libffa_msg *m,
		       libffa_version_t v, struct libffa_regs *out)
{
	struct libffa_msg own;
	struct libffa_regs call;
	struct libffa_regs ret;

	if (!p->host_mapped || m->args.rxtx_unmap.endpoint_id != 0u) {
		refuse(p, "nothing mapped, or not the host's own buffers",
		       LIBFFA_RET_INVALID_PARAMETERS, v, out);
		return;
	}
	if (p->own_mapped) {
		libffa_msg_init(&own, LIBFFA_ABI_RXTX_UNMAP, LIBFFA_MSG_ARGS,
				false);
		if (libffa_msg_encode(&own, below_version(p), &call) ==
		    LIBFFA_OK) {
			below_call(p, &call, &ret);
			p->own_mapped =
				!example_frame_is(&ret, LIBFFA_ABI_SUCCESS);
		}
	}
	host_pages_mark(p, p->host_tx, p->host_pages, true);
	host_pages_mark(p, p->host_rx, p->host_pages, true);
	p->host_mapped = false;
	reply_success(p, LIBFFA_ABI_RXTX_UNMAP, v, out);
}

static void rx_release(struct example_proxy *p, libffa_version_t v,
		       struct libffa_regs *out)
{
	if (!p->host_mapped || !p->host_rx_busy) {
		refuse(p, "host RX is not the host's to release",
		       LIBFFA_RET_DENIED, v, out);
		return;
	}
	p->host_rx_busy = false;
	reply_success(p, LIBFFA_ABI_RX_RELEASE, v, out);
}

/* ---- Partition information, re-laid for the host's version ----------------
 */

static void own_rx_release(struct example_proxy *p)
{
	struct libffa_msg m;
	struct libffa_regs call;
	struct libffa_regs ret;

	libffa_msg_init(&m, LIBFFA_ABI_RX_RELEASE, LIBFFA_MSG_ARGS, false);
	if (libffa_msg_encode(&m, below_version(p), &call) == LIBFFA_OK) {
		below_call(p, &call, &ret);
	}
}

static void partition_info(struct example_proxy *p, const struct libffa_msg *m,
			   const struct libffa_regs *in, libffa_version_t v,
			   struct libffa_regs *out)
{
	struct libffa_partition_info parts[PROXY_PARTITIONS_MAX];
	struct libffa_partition_view view;
	struct libffa_regs ret;
	struct libffa_msg r;
	libffa_version_t bv = below_version(p);
	uint32_t count;
	uint32_t i;
	size_t needed = 0;
	libffa_status_t st;
	int32_t code = 0;

	if (m->args.partition_info_get.count_only == 0u &&
	    (!p->host_mapped || p->host_rx_busy)) {
		refuse(p, "host RX unmapped or still full", LIBFFA_RET_BUSY, v,
		       out);
		return;
	}
	below_call(p, in, &ret);
	if (example_frame_error(&ret, &code)) {
		example_error_frame(out, code, v);
		return;
	}
	/* TF-A 2.12 leaves x4/x5 unwritten in this reply: decode the
	 * firmware's answer tolerantly, the host's calls strictly. */
	if (libffa_msg_decode_reply(&ret, bv, LIBFFA_ABI_PARTITION_INFO_GET,
				    LIBFFA_DECODE_TOLERANT, &r,
				    NULL) != LIBFFA_OK ||
	    r.kind != LIBFFA_MSG_RESULT) {
		refuse(p, "bad partition info reply", LIBFFA_RET_ABORTED, v,
		       out);
		return;
	}
	count = r.result.partition_info_get.count;
	if (m->args.partition_info_get.count_only == 0u) {
		/* The firmware wrote the proxy's RX; re-lay into the host's. */
		st = libffa_partition_info_parse(
			(const uint8_t *)p->cfg.rx,
			mailbox_size(p->cfg.rxtx_pages), bv, count,
			r.result.partition_info_get.desc_size, &view);
		for (i = 0; st == LIBFFA_OK && i < count; i++) {
			if (i >= PROXY_PARTITIONS_MAX) {
				st = LIBFFA_E_NOSPACE;
				break;
			}
			st = libffa_partition_info_at(&view, i, &parts[i]);
			parts[i].properties &=
				libffa_partition_props_defined(v);
			if (v < LIBFFA_VERSION_1_1) {
				LIBFFA_MEMSET(&parts[i].uuid, 0,
					      sizeof(parts[i].uuid));
			}
			if (v < LIBFFA_VERSION_1_3) {
				LIBFFA_MEMSET(&parts[i].image_uuid, 0,
					      sizeof(parts[i].image_uuid));
				parts[i].ffa_version = 0;
			}
		}
		if (st == LIBFFA_OK) {
			st = libffa_partition_info_build(
				parts, count, v,
				(uint8_t *)example_ptr(p->host_rx),
				mailbox_size(p->host_pages), &needed);
		}
		own_rx_release(p);
		if (st != LIBFFA_OK) {
			refuse(p, "partition info does not fit the host",
			       libffa_status_to_ret(st), v, out);
			return;
		}
		p->host_rx_busy = true;
	}
	libffa_msg_init(&r, LIBFFA_ABI_PARTITION_INFO_GET, LIBFFA_MSG_RESULT,
			false);
	r.result.partition_info_get.count = count;
	if (v >= LIBFFA_VERSION_1_1) {
		/* w3 carries the size from v1.1; v1.0 has no such field. */
		r.result.partition_info_get.desc_size =
			libffa_partition_info_size(v);
	}
	reply_msg(p, &r, v, out);
}

/* ---- Memory sharing ------------------------------------------------------ */

static void share_free(struct example_proxy *p, unsigned int s)
{
	LIBFFA_MEMSET(&p->shares[s], 0, sizeof(p->shares[s]));
}

/*
 * Check the whole reassembled descriptor (p->desc, @size bytes, at the
 * host's version @v) and claim its pages in share slot @s. Return 0 or
 * the FF-A error code.
 */
static int32_t validate(struct example_proxy *p, enum libffa_mem_op op,
			libffa_version_t v, size_t size, unsigned int s)
{
	struct libffa_mem_view view;
	struct libffa_mem_fault fault;
	struct libffa_mem_constituent c;
	struct libffa_mem_iter it;
	libffa_status_t st;
	uint32_t emads_end;
	uint32_t i;

	st = libffa_mem_parse(p->desc, size, v, op, LIBFFA_MEM_PARSE_FROM_OWNER,
			      &view, &fault);
	if (st != LIBFFA_OK) {
		struct example_line l;

		example_line_init(&l);
		example_line_str(&l, "proxy: descriptor rejected by mem.h: ");
		example_line_str(&l, libffa_status_name(st));
		example_line_str(&l, " field ");
		example_line_str(&l, fault.field != NULL ? fault.field : "-");
		example_line_str(&l, " at offset ");
		example_line_dec(&l, fault.offset);
		example_line_emit(&l, &p->cfg.log);
		return libffa_status_to_ret(st);
	}
	if (view.sender_id != p->cfg.host_id) {
		say(p, "descriptor sender is not the host", view.sender_id);
		return LIBFFA_RET_INVALID_PARAMETERS;
	}
	/*
	 * EMAD placement: the EMADs and the composite header must sit in
	 * the first fragment, which is all the proxy (and pKVM) inspects
	 * before the firmware sees anything.
	 */
	emads_end = view.emad_offset + view.receiver_count * view.emad_stride;
	if (emads_end > p->xfer.first_length ||
	    view.composite_offset + 16u > p->xfer.first_length) {
		say(p, "EMADs or composite outside the first fragment",
		    view.emad_offset);
		return LIBFFA_RET_INVALID_PARAMETERS;
	}
	/* Every page must be the host's and not shared yet, nor twice. */
	libffa_for_each_constituent (&it, &view, &c) {
		for (i = 0; i < c.page_count; i++) {
			uint64_t a =
				c.address + (uint64_t)i * LIBFFA_MEM_PAGE_SIZE;
			int64_t n = host_page(p, a);

			if (n < 0 || !host_pages_free(p, a, 1)) {
				say(p, "page not the host's to share", a);
				return LIBFFA_RET_DENIED;
			}
			bit_set(p->shares[s].pages, (uint32_t)n, true);
		}
	}
	return 0;
}

/* Abort a fragmented transmission below (pKVM does the same). */
static void abort_below(struct example_proxy *p)
{
	struct libffa_msg m;
	struct libffa_regs call;
	struct libffa_regs ret;

	libffa_msg_init(&m, LIBFFA_ABI_MEM_RECLAIM, LIBFFA_MSG_ARGS, false);
	m.args.mem_reclaim.handle = p->xfer.handle;
	if (libffa_msg_encode(&m, below_version(p), &call) == LIBFFA_OK) {
		below_call(p, &call, &ret);
	}
}

static void xfer_fail(struct example_proxy *p, const char *why, int32_t code,
		      libffa_version_t v, struct libffa_regs *out)
{
	if (p->xfer.active && p->xfer.handle != 0u) {
		abort_below(p);
	}
	share_free(p, p->xfer.share);
	p->xfer.active = false;
	refuse(p, why, code, v, out);
}

/*
 * The firmware answered a fragment: FRAG_RX wants more, SUCCESS completes
 * the transaction (the pages are now shared), anything else ends it.
 */
static void xfer_reply(struct example_proxy *p, const struct libffa_regs *call,
		       const struct libffa_regs *ret, struct libffa_regs *out)
{
	struct libffa_msg m;

	copy_back(p, call, ret, out);
	if (example_frame_is(ret, LIBFFA_ABI_MEM_FRAG_RX) &&
	    libffa_msg_decode(ret, below_version(p), &m) == LIBFFA_OK) {
		p->xfer.handle = m.args.mem_frag_rx.handle;
		return;
	}
	if (example_frame_is(ret, LIBFFA_ABI_SUCCESS)) {
		p->shares[p->xfer.share].complete = true;
		p->shares[p->xfer.share].handle =
			(uint64_t)libffa_regs_w(ret, 2) |
			(uint64_t)libffa_regs_w(ret, 3) << 32;
		say(p, "share complete, pages claimed for handle",
		    p->shares[p->xfer.share].handle);
	} else {
		share_free(p, p->xfer.share);
	}
	p->xfer.active = false;
}

/*
 * Send the first fragment (@frag of @total bytes from @desc) below from the
 * proxy's TX, with the host's ABI and width.
 */
static void send_first(struct example_proxy *p, const struct libffa_regs *in,
		       const void *desc, size_t total, size_t frag,
		       libffa_version_t v, struct libffa_regs *out)
{
	struct libffa_msg m;
	struct libffa_regs call;
	struct libffa_regs ret;

	if (frag > mailbox_size(p->cfg.rxtx_pages) ||
	    libffa_mem_send_msg(&m, p->xfer.op,
				libffa_smccc_fid_is_64(p->xfer.fid),
				(uint32_t)total, (uint32_t)frag) != LIBFFA_OK ||
	    libffa_msg_encode(&m, below_version(p), &call) != LIBFFA_OK) {
		xfer_fail(p, "descriptor does not fit the proxy's TX",
			  LIBFFA_RET_NO_MEMORY, v, out);
		return;
	}
	LIBFFA_MEMCPY(p->cfg.tx, desc, frag);
	below_call(p, &call, &ret);
	xfer_reply(p, in, &ret, out);
}

static void mem_send(struct example_proxy *p, const struct libffa_msg *m,
		     const struct libffa_regs *in, libffa_version_t v,
		     struct libffa_regs *out)
{
	/* MEM_SHARE and MEM_LEND have the same register layout. */
	const struct libffa_args_mem_share *a = &m->args.mem_share;
	libffa_version_t bv = below_version(p);
	unsigned int s;
	size_t size = 0;
	libffa_status_t st;
	int32_t code;

	if (a->address != 0u || a->page_count != 0u) {
		refuse(p, "descriptor outside TX (dynamic buffer)",
		       LIBFFA_RET_INVALID_PARAMETERS, v, out);
		return;
	}
	if (!p->host_mapped || a->fragment_length == 0u ||
	    a->fragment_length > a->total_length ||
	    a->fragment_length > mailbox_size(p->host_pages)) {
		refuse(p, "bad lengths or no host TX",
		       LIBFFA_RET_INVALID_PARAMETERS, v, out);
		return;
	}
	if (p->xfer.active) {
		refuse(p, "another transmission in progress", LIBFFA_RET_BUSY,
		       v, out);
		return;
	}
	if (a->fragment_length != a->total_length && v != bv) {
		/* Translation needs the whole descriptor up front. */
		refuse(p, "fragmented share needing translation",
		       LIBFFA_RET_NOT_SUPPORTED, v, out);
		return;
	}
	for (s = 0; s < EXAMPLE_PROXY_SHARES && p->shares[s].used; s++) {
	}
	if (s == EXAMPLE_PROXY_SHARES) {
		refuse(p, "too many shares", LIBFFA_RET_NO_MEMORY, v, out);
		return;
	}
	/* Copy out of the host's TX once; only the copy is looked at. */
	st = libffa_mem_reasm_init(&p->xfer.reasm, p->desc, sizeof(p->desc),
				   a->total_length, 0);
	if (st == LIBFFA_OK) {
		st = libffa_mem_reasm_add(&p->xfer.reasm,
					  example_ptr(p->host_tx),
					  a->fragment_length);
	}
	if (st != LIBFFA_OK) {
		refuse(p, "descriptor too large to reassemble",
		       libffa_status_to_ret(st), v, out);
		return;
	}
	share_free(p, s);
	p->shares[s].used = true;
	p->xfer.active = true;
	p->xfer.share = s;
	p->xfer.op = m->abi == LIBFFA_ABI_MEM_LEND ? LIBFFA_MEM_OP_LEND
						   : LIBFFA_MEM_OP_SHARE;
	p->xfer.fid = libffa_regs_w(in, 0);
	p->xfer.handle = 0;
	p->xfer.first_length = a->fragment_length;
	if (!libffa_mem_reasm_done(&p->xfer.reasm)) {
		/* First of several fragments: checked when the last comes. */
		send_first(p, in, p->desc, a->total_length, a->fragment_length,
			   v, out);
		return;
	}
	code = validate(p, p->xfer.op, v, a->total_length, s);
	if (code != 0) {
		xfer_fail(p, "descriptor failed validation", code, v, out);
		return;
	}
	if (v == bv) {
		send_first(p, in, p->desc, a->total_length, a->total_length, v,
			   out);
		return;
	}
	st = libffa_mem_xlate(p->desc, a->total_length, v, p->xfer.op,
			      p->xlated, sizeof(p->xlated), bv, &size,
			      &p->xlated_view, NULL);
	if (st != LIBFFA_OK) {
		xfer_fail(p, "descriptor cannot be translated",
			  libffa_status_to_ret(st), v, out);
		return;
	}
	say(p, "translated the host's descriptor, bytes now", size);
	send_first(p, in, p->xlated, size, size, v, out);
}

static void mem_frag_tx(struct example_proxy *p, const struct libffa_msg *m,
			const struct libffa_regs *in, libffa_version_t v,
			struct libffa_regs *out)
{
	struct libffa_msg fm;
	struct libffa_regs call;
	struct libffa_regs ret;
	size_t before;
	size_t length;
	libffa_status_t st;
	int32_t code;

	if (!p->xfer.active || p->xfer.handle == 0u ||
	    m->args.mem_frag_tx.handle != p->xfer.handle) {
		refuse(p, "no such fragmented transmission",
		       LIBFFA_RET_INVALID_PARAMETERS, v, out);
		return;
	}
	before = libffa_mem_reasm_offset(&p->xfer.reasm);
	length = m->args.mem_frag_tx.fragment_length;
	/* Copied out of the host's TX once, like the first fragment. */
	st = length > mailbox_size(p->host_pages)
		     ? LIBFFA_E_TRUNCATED
		     : libffa_mem_reasm_add(&p->xfer.reasm,
					    example_ptr(p->host_tx), length);
	if (st != LIBFFA_OK) {
		xfer_fail(p, "bad fragment", libffa_status_to_ret(st), v, out);
		return;
	}
	if (libffa_mem_reasm_done(&p->xfer.reasm)) {
		/* The last fragment goes below only if the whole is valid. */
		code = validate(p, p->xfer.op, v,
				libffa_mem_reasm_offset(&p->xfer.reasm),
				p->xfer.share);
		if (code != 0) {
			xfer_fail(p, "descriptor failed validation", code, v,
				  out);
			return;
		}
	}
	libffa_mem_frag_tx_msg(&fm, p->xfer.handle, (uint32_t)length, 0);
	if (length > mailbox_size(p->cfg.rxtx_pages) ||
	    libffa_msg_encode(&fm, below_version(p), &call) != LIBFFA_OK) {
		xfer_fail(p, "fragment does not fit the proxy's TX",
			  LIBFFA_RET_NO_MEMORY, v, out);
		return;
	}
	LIBFFA_MEMCPY(p->cfg.tx, p->desc + before, length);
	below_call(p, &call, &ret);
	xfer_reply(p, in, &ret, out);
}

static void mem_reclaim(struct example_proxy *p, const struct libffa_msg *m,
			const struct libffa_regs *in, struct libffa_regs *out)
{
	unsigned int s;

	forward(p, in, out);
	if (!example_frame_is(out, LIBFFA_ABI_SUCCESS)) {
		return;
	}
	for (s = 0; s < EXAMPLE_PROXY_SHARES; s++) {
		if (p->shares[s].used && p->shares[s].complete &&
		    p->shares[s].handle == m->args.mem_reclaim.handle) {
			say(p, "reclaimed, pages released for handle",
			    p->shares[s].handle);
			share_free(p, s);
		}
	}
}

static void direct(struct example_proxy *p, const struct libffa_msg *m,
		   const struct libffa_regs *in, libffa_version_t v,
		   struct libffa_regs *out)
{
	libffa_id_t sender = m->abi == LIBFFA_ABI_MSG_SEND_DIRECT_REQ2
				     ? m->args.direct_req2.sender_id
				     : m->args.direct_req.sender_id;

	if (sender != p->cfg.host_id) {
		refuse(p, "direct request not from the host",
		       LIBFFA_RET_INVALID_PARAMETERS, v, out);
		return;
	}
	forward(p, in, out);
}

/* ---- The trap handler ------------------------------------------------------
 */

static void version(struct example_proxy *p, const struct libffa_regs *in,
		    struct libffa_regs *out)
{
	enum libffa_version_action action = LIBFFA_VERSION_ACTION_REPLY;
	struct libffa_regs ask;
	struct libffa_regs ret;
	libffa_status_t st;

	st = libffa_version_proxy_host_call(&p->ver, in, &ask, &action);
	if (action == LIBFFA_VERSION_ACTION_REPLY) {
		if (st != LIBFFA_OK) {
			say(p, "FFA_VERSION refused, asked for",
			    libffa_regs_w(in, 1));
		}
		*out = ask;
		return;
	}
	/* pKVM: the host's first request for an older version goes below. */
	below_call(p, &ask, &ret);
	if (libffa_version_proxy_below_answer(&p->ver, &ret, out) !=
	    LIBFFA_OK) {
		say(p, "firmware refused the host's older version",
		    libffa_regs_w(in, 1));
	}
}

void example_proxy_handle(struct example_proxy *p, const struct libffa_regs *in,
			  struct libffa_regs *out)
{
	uint32_t fid = libffa_smccc_fid_strip(libffa_regs_w(in, 0));
	libffa_version_t v = p->cfg.own;
	int32_t error = LIBFFA_RET_NOT_SUPPORTED;
	struct libffa_msg m;
	libffa_status_t st;

	if (!libffa_smccc_fid_in_ffa_range(fid)) {
		/* Not FF-A (SMCCC_VERSION, PSCI, ...): pass it through. */
		below_call(p, in, out);
		return;
	}
	if (fid == LIBFFA_FID_32(LIBFFA_FNUM_VERSION)) {
		version(p, in, out);
		return;
	}
	if (libffa_version_proxy_check_call(&p->ver, fid, &v, &error) !=
	    LIBFFA_OK) {
		refuse(p, "FF-A call before FFA_VERSION", error, v, out);
		return;
	}
	st = libffa_msg_decode(in, v, &m);
	if (st != LIBFFA_OK) {
		refuse(p, libffa_status_str(st), libffa_status_to_ret(st), v,
		       out);
		return;
	}
	switch (m.abi) {
	case LIBFFA_ABI_FEATURES:
		features(p, &m, in, v, out);
		return;
	case LIBFFA_ABI_ID_GET:
	case LIBFFA_ABI_SPM_ID_GET:
		forward(p, in, out);
		return;
	case LIBFFA_ABI_RXTX_MAP:
		rxtx_map(p, &m, v, out);
		return;
	case LIBFFA_ABI_RXTX_UNMAP:
		rxtx_unmap(p, &m, v, out);
		return;
	case LIBFFA_ABI_RX_RELEASE:
		rx_release(p, v, out);
		return;
	case LIBFFA_ABI_PARTITION_INFO_GET:
		partition_info(p, &m, in, v, out);
		return;
	case LIBFFA_ABI_MEM_SHARE:
	case LIBFFA_ABI_MEM_LEND:
		mem_send(p, &m, in, v, out);
		return;
	case LIBFFA_ABI_MEM_FRAG_TX:
		mem_frag_tx(p, &m, in, v, out);
		return;
	case LIBFFA_ABI_MEM_RECLAIM:
		mem_reclaim(p, &m, in, out);
		return;
	case LIBFFA_ABI_MSG_SEND_DIRECT_REQ:
	case LIBFFA_ABI_MSG_SEND_DIRECT_REQ2:
		direct(p, &m, in, v, out);
		return;
	default:
		refuse(p, "not proxied", LIBFFA_RET_NOT_SUPPORTED, v, out);
		return;
	}
}
