/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * Fuzz the fragment reassembler, FFA_MEM_FRAG_TX and the splitter
 * (DEN0077A 1.1 s16.2). Byte 0: bits[1:0] the version, bit 2 the mode.
 *
 * Mode 0 (transaction): byte 0 bits[5:3] the ABI of the first call
 * (SHARE, LEND, DONATE, RETRIEVE_REQ, or the relayer's RETRIEVE_RESP) and
 * bit 6 its width; bytes 1-2 the constituent count (1 to 4064, so a
 * descriptor of up to 64 KiB), byte 3 the receiver count, bytes 4-5 the TX
 * buffer capacity, byte 6 the PRNG seed of the constituents. A sender
 * builds the descriptor, splits it, announces it with that ABI and
 * sends the rest as FFA_MEM_FRAG_TX frames through the register codec; the
 * rest of the input is records of 3 bytes (fragment number, fault, delta)
 * that corrupt one frame (handle, ABI, length, buffer size) before the
 * receiver sees it; the sender then resends it honestly.
 * Properties: a corrupted fragment is rejected with the status its fault
 * calls for and leaves the reassembler where it was; the honest stream
 * completes and reassembles byte for byte to a descriptor that parses to
 * the same view; a fragment after completion is refused; the parse-only
 * operation LIBFFA_MEM_OP_ANY makes no first call.
 *
 * Mode 1 (raw stream): bytes 1-3 the announced total (up to 64 KiB + 255),
 * byte 4 a capacity slack, then records: a byte whose bit 0 picks a raw
 * fragment (the length from bits[7:1]) or an FFA_MEM_FRAG_TX frame (w2 and
 * w3 from the next 8 bytes, decoded by the codec), and the fragment bytes.
 * Properties: the reassembler never writes past its exact-size heap
 * buffer; what it accepted is exactly what it holds; later fragments are
 * whole 16-byte constituents.
 */
#include <stdlib.h>

#include <string.h>

#include "ffa/mem.h"

/* 48 + 4 * 64 + 16 + 4064 * 16 bytes: 64 KiB at most. */
#define MAX_CONSTITUENTS 4064u
#define HANDLE		 UINT64_C(0x8000000000000007)
#define CONSTITUENT_SIZE 16u

static const libffa_version_t versions[] = {
	LIBFFA_VERSION_1_0, LIBFFA_VERSION_1_1, LIBFFA_VERSION_1_2,
	LIBFFA_VERSION_1_3};

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void check(bool ok)
{
	if (!ok) {
		abort();
	}
}

/* Faults a hostile sender puts into one FFA_MEM_FRAG_TX. */
enum fault {
	FAULT_HANDLE,	  /* another transaction's handle */
	FAULT_ABI,	  /* FFA_MEM_FRAG_RX instead */
	FAULT_UNALIGNED,  /* length not whole constituents */
	FAULT_PAST_TOTAL, /* length running past the total */
	FAULT_EMPTY,	  /* length 0 */
	FAULT_SIZE,	  /* length beyond the buffer it names */
	FAULT_COUNT
};

static libffa_status_t fault_status(enum fault f)
{
	switch (f) {
	case FAULT_UNALIGNED:
		return LIBFFA_E_ALIGN;
	case FAULT_SIZE:
		return LIBFFA_E_TRUNCATED;
	case FAULT_HANDLE:
	case FAULT_ABI:
	case FAULT_PAST_TOTAL:
	case FAULT_EMPTY:
	case FAULT_COUNT:
		break;
	}
	return LIBFFA_E_BADVALUE;
}

/* The frame crosses the register codec as it would between two worlds. */
static void through_codec(struct libffa_msg *msg, libffa_version_t ver)
{
	struct libffa_regs regs;

	check(libffa_msg_encode(msg, ver, &regs) == LIBFFA_OK);
	check(libffa_msg_decode(&regs, ver, msg) == LIBFFA_OK);
}

/*
 * One corrupted FRAG_TX of the fragment [off, off + len) of @desc, which the
 * sender placed at the start of @tx (@cap bytes).
 */
static void send_corrupt(struct libffa_mem_reasm *r, size_t r_total,
			 libffa_version_t ver, const uint8_t *tx, size_t cap,
			 size_t len, enum fault f, uint8_t delta)
{
	struct libffa_msg msg;
	size_t before = libffa_mem_reasm_offset(r);
	uint8_t *big = NULL;
	uint32_t flen = (uint32_t)len;
	size_t bsize = cap;

	switch (f) {
	case FAULT_HANDLE:
		libffa_mem_frag_tx_msg(&msg, HANDLE ^ (1u + delta), flen, 0);
		break;
	case FAULT_ABI:
		libffa_mem_frag_rx_msg(&msg, HANDLE, flen, 0);
		break;
	case FAULT_UNALIGNED:
		flen = (uint32_t)(len - 1u - delta % 15u);
		libffa_mem_frag_tx_msg(&msg, HANDLE, flen, 0);
		break;
	case FAULT_PAST_TOTAL:
		/* Whole constituents past the end, in a buffer that holds them.
		 */
		flen = (uint32_t)(r_total - before +
				  CONSTITUENT_SIZE * (1u + delta % 4u));
		big = calloc(flen, 1);
		if (big == NULL) {
			return;
		}
		tx = big;
		bsize = flen;
		cap = flen;
		libffa_mem_frag_tx_msg(&msg, HANDLE, flen, 0);
		break;
	case FAULT_EMPTY:
		libffa_mem_frag_tx_msg(&msg, HANDLE, 0, 0);
		break;
	case FAULT_SIZE:
		bsize = len - 1u - delta % (len < 2u ? 1u : len - 1u);
		libffa_mem_frag_tx_msg(&msg, HANDLE, flen, 0);
		break;
	case FAULT_COUNT:
		return;
	}
	through_codec(&msg, ver);
	if (bsize > cap) {
		/* The length runs past the buffer too: no read may follow. */
		check(libffa_mem_reasm_frag_tx(r, &msg, tx, cap) != LIBFFA_OK);
	} else {
		check(libffa_mem_reasm_frag_tx(r, &msg, tx, bsize) ==
		      fault_status(f));
	}
	check(libffa_mem_reasm_offset(r) == before);
	free(big);
}

static const enum libffa_mem_op ops[] = {
	LIBFFA_MEM_OP_SHARE, LIBFFA_MEM_OP_LEND, LIBFFA_MEM_OP_DONATE,
	LIBFFA_MEM_OP_RETRIEVE_REQ, LIBFFA_MEM_OP_RETRIEVE_RESP};

/* w1 and w2 of the first call, read back from the decoded message. */
static void first_lengths(const struct libffa_msg *msg, uint32_t *total,
			  uint32_t *frag)
{
	switch (msg->abi) {
	case LIBFFA_ABI_MEM_SHARE:
		*total = msg->args.mem_share.total_length;
		*frag = msg->args.mem_share.fragment_length;
		return;
	case LIBFFA_ABI_MEM_LEND:
		*total = msg->args.mem_lend.total_length;
		*frag = msg->args.mem_lend.fragment_length;
		return;
	case LIBFFA_ABI_MEM_DONATE:
		*total = msg->args.mem_donate.total_length;
		*frag = msg->args.mem_donate.fragment_length;
		return;
	case LIBFFA_ABI_MEM_RETRIEVE_REQ:
		*total = msg->args.mem_retrieve_req.total_length;
		*frag = msg->args.mem_retrieve_req.fragment_length;
		return;
	case LIBFFA_ABI_MEM_RETRIEVE_RESP:
		*total = msg->args.mem_retrieve_resp.total_length;
		*frag = msg->args.mem_retrieve_resp.fragment_length;
		return;
	default:
		abort();
	}
}

static uint32_t prng(uint32_t *s)
{
	*s = *s * 1103515245u + 12345u;
	return *s >> 8;
}

static void transaction(libffa_version_t ver, const uint8_t *data, size_t size)
{
	struct libffa_mem_receiver rx[4];
	struct libffa_mem_constituent *cons;
	struct libffa_mem_desc d;
	struct libffa_mem_view v;
	struct libffa_mem_view v2;
	struct libffa_mem_split s;
	struct libffa_mem_reasm r;
	struct libffa_msg msg;
	uint8_t *desc = NULL;
	uint8_t *out = NULL;
	uint8_t *tx = NULL;
	size_t dsize;
	size_t cap;
	size_t off;
	size_t len;
	size_t rec = 7;
	uint32_t count;
	uint32_t seed;
	uint32_t w1;
	uint32_t w2;
	uint32_t i;
	unsigned int frag = 0;

	if (size < 7u) {
		return;
	}
	count = 1u + ((uint32_t)data[1] | ((uint32_t)data[2] << 8)) %
			     MAX_CONSTITUENTS;
	seed = data[6];
	memset(&d, 0, sizeof(d));
	memset(rx, 0, sizeof(rx));
	d.sender_id = 0x8001;
	d.attributes = LIBFFA_MEM_ATTR_TYPE_NORMAL | LIBFFA_MEM_ATTR_CACHE_WB |
		       LIBFFA_MEM_ATTR_SHARE_INNER;
	d.receivers = rx;
	d.receiver_count = 1u + data[3] % 4u;
	for (i = 0; i < d.receiver_count; i++) {
		rx[i].endpoint_id = (libffa_id_t)(0x8002u + i);
		rx[i].permissions = LIBFFA_MEM_PERM_DATA_RW;
	}
	cons = malloc(sizeof(*cons) * (count ? count : 1u));
	if (cons == NULL) {
		return;
	}
	for (i = 0; i < count; i++) {
		cons[i].address = (uint64_t)(prng(&seed) & 0xFFFFFu) << 12;
		cons[i].page_count = 1u + prng(&seed) % 16u;
	}
	d.constituents = cons;
	d.constituent_count = count;
	if (libffa_mem_size(&d, ver, &dsize) != LIBFFA_OK) {
		abort();
	}
	check(dsize <= 0x10000u);
	desc = malloc(dsize);
	out = malloc(dsize);
	cap = 64u + ((size_t)data[4] | ((size_t)data[5] << 8));
	tx = malloc(cap);
	if (desc == NULL || out == NULL || tx == NULL) {
		goto done;
	}
	check(libffa_mem_build(&d, ver, desc, dsize, &len) == LIBFFA_OK &&
	      len == dsize);
	check(libffa_mem_parse(desc, dsize, ver, LIBFFA_MEM_OP_SHARE, 0, &v,
			       NULL) == LIBFFA_OK);
	if (libffa_mem_split_init(&s, &v, cap) != LIBFFA_OK) {
		/* Only when the header, EMADs and one constituent don't fit. */
		check(cap < v.constituent_offset + CONSTITUENT_SIZE);
		goto done;
	}
	check(libffa_mem_split_total(&s) == dsize);
	/* The first fragment travels with FFA_MEM_SHARE (w1 total, w2 length).
	 */
	check(libffa_mem_split_next(&s, &off, &len) && off == 0u && len <= cap);
	/* LIBFFA_MEM_OP_ANY is a parse mode, no ABI: nothing to send. */
	check(libffa_mem_send_msg(&msg, LIBFFA_MEM_OP_ANY,
				  (data[0] & 0x40u) != 0u, (uint32_t)dsize,
				  (uint32_t)len) == LIBFFA_E_INVAL);
	check(libffa_mem_send_msg(&msg, ops[((data[0] >> 3) & 7u) % 5u],
				  (data[0] & 0x40u) != 0u, (uint32_t)dsize,
				  (uint32_t)len) == LIBFFA_OK);
	if (!libffa_abi_exists(msg.abi, msg.smc64, ver)) {
		goto done; /* a width the version does not define */
	}
	through_codec(&msg, ver);
	first_lengths(&msg, &w1, &w2);
	check(w1 == dsize && w2 == len);
	check(libffa_mem_reasm_init(&r, out, dsize, w1, HANDLE) == LIBFFA_OK);
	memcpy(tx, desc, len);
	check(libffa_mem_reasm_add(&r, tx, w2) == LIBFFA_OK);
	while (libffa_mem_split_next(&s, &off, &len)) {
		frag++;
		check(len != 0u && len <= cap && len % CONSTITUENT_SIZE == 0u &&
		      off == libffa_mem_reasm_offset(&r));
		memcpy(tx, desc + off, len);
		while (rec + 3u <= size && data[rec] == (uint8_t)frag) {
			send_corrupt(&r, dsize, ver, tx, cap, len,
				     (enum fault)(data[rec + 1] % FAULT_COUNT),
				     data[rec + 2]);
			rec += 3u;
		}
		libffa_mem_frag_tx_msg(&msg, HANDLE, (uint32_t)len, 0);
		through_codec(&msg, ver);
		check(libffa_mem_reasm_frag_tx(&r, &msg, tx, cap) == LIBFFA_OK);
	}
	check(libffa_mem_reasm_done(&r) &&
	      libffa_mem_reasm_offset(&r) == dsize &&
	      memcmp(out, desc, dsize) == 0);
	check(libffa_mem_parse(out, dsize, ver, LIBFFA_MEM_OP_SHARE, 0, &v2,
			       NULL) == LIBFFA_OK);
	check(v2.used_size == v.used_size &&
	      v2.constituent_count == v.constituent_count &&
	      v2.total_pages == v.total_pages &&
	      v2.receiver_count == v.receiver_count);
	libffa_mem_frag_tx_msg(&msg, HANDLE, CONSTITUENT_SIZE, 0);
	check(libffa_mem_reasm_frag_tx(&r, &msg, tx, cap) == LIBFFA_E_STATE);
done:
	free(cons);
	free(desc);
	free(out);
	free(tx);
}

static uint32_t le32(const uint8_t *p)
{
	return (uint32_t)p[0] | ((uint32_t)p[1] << 8) | ((uint32_t)p[2] << 16) |
	       ((uint32_t)p[3] << 24);
}

static void raw_stream(libffa_version_t ver, const uint8_t *data, size_t size)
{
	struct libffa_mem_reasm r;
	struct libffa_regs regs;
	struct libffa_msg msg;
	uint32_t total;
	uint8_t *buf;
	size_t cap;
	size_t pos = 5;

	if (size < 5u) {
		return;
	}
	total = (uint32_t)data[1] | ((uint32_t)data[2] << 8) |
		((uint32_t)(data[3] & 1u) << 16);
	total += data[3] >> 1;
	/* Capacity around the total: below it init must refuse. */
	cap = (size_t)total + data[4] - 128u + (total < 128u ? 128u : 0u);
	buf = malloc(cap ? cap : 1u);
	if (buf == NULL) {
		return;
	}
	if (libffa_mem_reasm_init(&r, buf, cap, total, HANDLE) != LIBFFA_OK) {
		check(total == 0u || total > cap);
		free(buf);
		return;
	}
	check(total != 0u && total <= cap);
	while (pos < size && !libffa_mem_reasm_done(&r)) {
		size_t before = libffa_mem_reasm_offset(&r);
		uint8_t op = data[pos++];
		libffa_status_t st;
		size_t want;

		if ((op & 1u) == 0u) {
			want = (size_t)(op >> 1) * (before ? 16u : 1u);
			if (want > size - pos) {
				want = size - pos;
			}
			st = libffa_mem_reasm_add(&r, data + pos, want);
		} else {
			if (size - pos < 8u) {
				break;
			}
			libffa_regs_clear(&regs);
			libffa_regs_set_w(
				&regs, 0,
				libffa_abi_fid(LIBFFA_ABI_MEM_FRAG_TX, false));
			libffa_regs_set_w(&regs, 1, (uint32_t)HANDLE);
			libffa_regs_set_w(&regs, 2, (uint32_t)(HANDLE >> 32));
			libffa_regs_set_w(&regs, 3, le32(data + pos));
			libffa_regs_set_w(&regs, 4, le32(data + pos + 4));
			pos += 8u;
			if (libffa_msg_decode(&regs, ver, &msg) != LIBFFA_OK) {
				continue;
			}
			want = msg.args.mem_frag_tx.fragment_length;
			st = libffa_mem_reasm_frag_tx(&r, &msg, data + pos,
						      size - pos);
		}
		if (st == LIBFFA_OK) {
			check(want != 0u && want <= size - pos &&
			      (before == 0u || want % CONSTITUENT_SIZE == 0u) &&
			      libffa_mem_reasm_offset(&r) == before + want &&
			      memcmp(buf + before, data + pos, want) == 0);
			pos += want;
		} else {
			check(libffa_mem_reasm_offset(&r) == before);
			if (want > size - pos) {
				break;
			}
			pos += want;
		}
	}
	check(libffa_mem_reasm_offset(&r) <= total);
	free(buf);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	libffa_version_t ver;

	if (size < 1u) {
		return 0;
	}
	ver = versions[data[0] & 3u];
	if ((data[0] & 4u) == 0u) {
		transaction(ver, data, size);
	} else {
		raw_stream(ver, data, size);
	}
	return 0;
}
