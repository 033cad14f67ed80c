/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * Fuzz the partition information parsers. Byte 0 picks the version
 * (1.0-1.3), byte 1 the mode: bit 0 the ABI, bit 1 wide counts.
 * Bit 0 clear: FFA_PARTITION_INFO_GET, byte 2 the count (w2) and bytes 3-4
 * the descriptor size (w3); wide: bytes 2-5 the count (any u32, so that
 * count x size passes 2^32) and bytes 6-7 the size; the rest is the RX
 * buffer in an exact-size allocation. Bit 0 set:
 * FFA_PARTITION_INFO_GET_REGS, byte 2 the start index asked for (wide:
 * bytes 2-3, up to 65535), then x2 and x3-x17 (little-endian u64s).
 * Properties: no crash or sanitizer report; the parser's
 * verdict on count and size is the one DEN0077A 1.1 s13.8 calls for
 * (a size below the version's descriptor, a product beyond 32 bits, then
 * a buffer too short); whatever is accepted re-builds (in the version's
 * own layout) and re-parses to the same partitions; built for the
 * version of byte 0 bits[3:2] they are refused exactly when a field would
 * be lost, by the builder, a count-only answer and the GET_REGS packer
 * alike; a second GET_REGS reply (byte 0 bits[4:2] break its tag, its
 * last index or the room for it) gets the status the rule calls for;
 * byte 0 bit 5 instead checks that an unknown version (1.4 and up) is
 * refused by every entry point.
 */
#include <stdlib.h>

#include <string.h>

#include "ffa/partition.h"

static const libffa_version_t versions[] = {
	LIBFFA_VERSION_1_0, LIBFFA_VERSION_1_1, LIBFFA_VERSION_1_2,
	LIBFFA_VERSION_1_3};

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static uint64_t le64(const uint8_t *p)
{
	uint64_t v = 0;
	unsigned int i;

	for (i = 0; i < 8u; i++) {
		v |= (uint64_t)p[i] << (8u * i);
	}
	return v;
}

/* Parsed infos carry only what the version defines, except property bits
 * a newer peer may set: drop those so the builder accepts them. */
static void canonical(struct libffa_partition_info *p, libffa_version_t v)
{
	p->properties &= libffa_partition_props_defined(v);
}

/* The status the count and size call for (oracle of the parser). */
static libffa_status_t info_oracle(libffa_version_t ver, uint32_t count,
				   uint32_t dsize, size_t len)
{
	uint32_t min = libffa_partition_info_size(ver);
	uint64_t total;

	if (ver < LIBFFA_VERSION_1_1) {
		dsize = min; /* v1.0 replies carry no size */
	}
	if (dsize < min) {
		return LIBFFA_E_BADVALUE;
	}
	total = (uint64_t)count * dsize;
	if (total > UINT32_MAX) {
		return LIBFFA_E_OVERFLOW;
	}
	return total > len ? LIBFFA_E_TRUNCATED : LIBFFA_OK;
}

/* Does a partition keep every field at @v? (builders refuse to drop data) */
static bool fits(const struct libffa_partition_info *p, libffa_version_t v)
{
	static const struct libffa_uuid nil;

	return (p->properties & ~libffa_partition_props_defined(v)) == 0u &&
	       (v >= LIBFFA_VERSION_1_1 ||
		memcmp(&p->uuid, &nil, sizeof(nil)) == 0) &&
	       (v >= LIBFFA_VERSION_1_3 ||
		(memcmp(&p->image_uuid, &nil, sizeof(nil)) == 0 &&
		 p->ffa_version == 0u));
}

/* Parsed partitions built for another version: refused when data would be
 * lost, else sized (no buffer given). */
static void other_version(const struct libffa_partition_info *parts,
			  uint32_t count, libffa_version_t v)
{
	libffa_status_t want = LIBFFA_OK;
	size_t needed;
	uint32_t i;

	for (i = 0; i < count; i++) {
		if (!fits(&parts[i], v)) {
			want = LIBFFA_E_INVAL;
		}
	}
	if (want == LIBFFA_OK && count != 0u) {
		want = LIBFFA_E_NOSPACE;
	}
	if (libffa_partition_info_build(parts, count, v, NULL, 0, &needed) !=
	    want) {
		abort();
	}
	/* A count-only answer (v1.1+) sizes them the same way. */
	if (v >= LIBFFA_VERSION_1_1) {
		struct libffa_args_partition_info_get args;
		struct libffa_result_partition_info_get res;
		libffa_status_t st;

		memset(&args, 0, sizeof(args));
		args.count_only = 1;
		st = libffa_partition_info_respond(&args, parts, count, v, NULL,
						   0, &res);
		if (want == LIBFFA_E_INVAL
			    ? st != LIBFFA_E_INVAL
			    : (st != LIBFFA_OK || res.count != count ||
			       res.desc_size !=
				       libffa_partition_info_size(v))) {
			abort();
		}
	}
}

/*
 * The callee's side of the same partitions (DEN0077A 1.1 s13.8): mode bit 2
 * asks for the count only (v1.1+), bit 3 gives an RX buffer one byte short.
 */
static void respond(libffa_version_t ver,
		    const struct libffa_partition_info *parts, uint32_t count,
		    uint8_t mode)
{
	struct libffa_args_partition_info_get args;
	struct libffa_result_partition_info_get res;
	size_t need = (size_t)count * libffa_partition_info_size(ver);
	bool count_only = (mode & 4u) != 0u && ver >= LIBFFA_VERSION_1_1;
	bool short_buf = (mode & 8u) != 0u && need != 0u;
	size_t cap = short_buf ? need - 1u : need;
	uint8_t *rx = malloc(cap ? cap : 1u);
	libffa_status_t st;

	if (rx == NULL) {
		return;
	}
	memset(&args, 0, sizeof(args));
	args.count_only = (mode & 4u) != 0u;
	memset(rx, 0xA5, cap);
	st = libffa_partition_info_respond(&args, parts, count, ver, rx, cap,
					   &res);
	if (short_buf && !count_only) {
		if (st != LIBFFA_E_NOSPACE) {
			abort();
		}
	} else if (st != LIBFFA_OK || res.count != count ||
		   res.desc_size != (ver >= LIBFFA_VERSION_1_1
					     ? libffa_partition_info_size(ver)
					     : 0u) ||
		   (count_only && cap != 0u && rx[0] != 0xA5u)) {
		abort();
	}
	free(rx);
}

static void fuzz_info_get(libffa_version_t ver, const uint8_t *data,
			  size_t size, bool wide)
{
	struct libffa_partition_view view;
	struct libffa_partition_view view2;
	struct libffa_partition_info a;
	struct libffa_partition_info *all;
	uint32_t count;
	uint32_t dsize;
	uint8_t *buf;
	uint8_t *out;
	size_t len;
	size_t needed;
	size_t head = wide ? 8u : 5u;
	libffa_status_t st;
	uint32_t i;

	if (size < head) {
		return;
	}
	if (wide) {
		count = (uint32_t)data[2] | ((uint32_t)data[3] << 8) |
			((uint32_t)data[4] << 16) | ((uint32_t)data[5] << 24);
	} else {
		count = data[2];
	}
	dsize = (uint32_t)data[head - 2u] | ((uint32_t)data[head - 1u] << 8);
	len = size - head;
	buf = malloc(len ? len : 1);
	if (buf == NULL) {
		return;
	}
	memcpy(buf, data + head, len);
	st = libffa_partition_info_parse(buf, len, ver, count, dsize, &view);
	if (st != info_oracle(ver, count, dsize, len)) {
		abort();
	}
	/* Accepted counts are bounded by the buffer: allocate only then. */
	all = st == LIBFFA_OK ? malloc(sizeof(*all) * (count ? count : 1u))
			      : NULL;
	if (all != NULL) {
		if (count != 0u && libffa_partition_info_at(&view, count, &a) !=
					   LIBFFA_E_INVAL) {
			abort();
		}
		for (i = 0; i < count; i++) {
			if (libffa_partition_info_at(&view, i, &all[i]) !=
			    LIBFFA_OK) {
				abort();
			}
		}
		other_version(all, count, versions[(data[0] >> 2) & 3u]);
		for (i = 0; i < count; i++) {
			canonical(&all[i], ver);
		}
		out = malloc((size_t)count * 48u + 1u);
		if (out != NULL) {
			if (libffa_partition_info_build(all, count, ver, out,
							(size_t)count * 48u,
							&needed) != LIBFFA_OK ||
			    libffa_partition_info_parse(
				    out, needed, ver, count,
				    libffa_partition_info_size(ver),
				    &view2) != LIBFFA_OK) {
				abort();
			}
			for (i = 0; i < count; i++) {
				if (libffa_partition_info_at(&view2, i, &a) !=
					    LIBFFA_OK ||
				    memcmp(&a, &all[i], sizeof(a)) != 0) {
					abort();
				}
			}
		}
		free(out);
		respond(ver, all, count, data[1]);
	}
	free(buf);
	free(all);
}

/*
 * A later reply must keep the tag and the last index of the first (else
 * RETRY, BADVALUE: DEN0077A 1.2 s13.10) and fit the caller's array. Byte 0
 * bits 2-4 break one of them in a reply for the next index.
 */
static void second_round(
	struct libffa_partition_regs_iter *it,
	const struct libffa_result_partition_info_get_regs *first,
	uint8_t fault)
{
	struct libffa_result_partition_info_get_regs res = *first;
	struct libffa_partition_info out[5];
	libffa_status_t want = LIBFFA_OK;
	uint32_t n = 0;

	if (libffa_partition_regs_done(it)) {
		return;
	}
	res.current_index = it->next_start;
	if ((fault & 4u) != 0u) {
		res.tag++;
		want = LIBFFA_E_RETRY;
	} else if ((fault & 8u) != 0u) {
		res.last_index++;
		want = LIBFFA_E_BADVALUE;
	} else if ((fault & 16u) != 0u) {
		want = LIBFFA_E_NOSPACE;
	}
	if (libffa_partition_regs_unpack(it, &res, out,
					 want == LIBFFA_E_NOSPACE ? 0u : 5u,
					 &n) != want) {
		abort();
	}
}

/*
 * A hostile request to a callee whose current tag is 7: start index and
 * tag from x2's current index and tag (DEN0077A 1.2 s13.10: a request from
 * index 0 carries no tag, any other the callee's; the start must be below
 * the count).
 */
static void hostile_pack(libffa_version_t ver,
			 const struct libffa_partition_info *parts, uint32_t n,
			 uint64_t x2)
{
	struct libffa_args_partition_info_get_regs args;
	struct libffa_result_partition_info_get_regs res;
	libffa_status_t want;

	memset(&args, 0, sizeof(args));
	args.start_index = (uint16_t)(x2 >> 16);
	args.tag = (uint16_t)(x2 >> 32);
	if (args.start_index == 0u ? args.tag != 0u : args.tag != 7u) {
		want = LIBFFA_E_RETRY;
	} else if (args.start_index >= n) {
		want = LIBFFA_E_BADVALUE;
	} else {
		want = LIBFFA_OK;
	}
	if (libffa_partition_regs_pack(&args, parts, n, ver, 7, &res) != want ||
	    (want == LIBFFA_OK && (res.tag != 7u || res.last_index != n - 1u ||
				   res.current_index < args.start_index))) {
		abort();
	}
}

static void fuzz_regs(libffa_version_t ver, const uint8_t *data, size_t size,
		      bool wide)
{
	struct libffa_partition_regs_iter it;
	struct libffa_result_partition_info_get_regs res;
	struct libffa_result_partition_info_get_regs res2;
	struct libffa_args_partition_info_get_regs args;
	struct libffa_partition_info out[8];
	struct libffa_partition_info again[8];
	uint32_t n = 0;
	uint32_t n2 = 0;
	uint32_t got2;
	struct libffa_msg req;
	struct libffa_uuid uuid;
	uint32_t i;
	uint64_t x2;
	size_t head = wide ? 4u : 3u;

	if (size < head + 16u * 8u ||
	    libffa_partition_regs_init(&it, ver, NULL) != LIBFFA_OK) {
		return;
	}
	it.next_start = wide ? (uint16_t)(data[2] | (data[3] << 8)) : data[2];
	x2 = le64(data + head);
	memset(&res, 0, sizeof(res));
	res.last_index = (uint16_t)x2;
	res.current_index = (uint16_t)(x2 >> 16);
	res.tag = (uint16_t)(x2 >> 32);
	res.desc_size = (uint16_t)(x2 >> 48);
	for (i = 0; i < 15u; i++) {
		res.data[i] = le64(data + head + 8u + 8u * i);
	}
	if (libffa_partition_regs_unpack(&it, &res, out, 8, &n) != LIBFFA_OK) {
		return;
	}
	if (n == 0u || n > 5u) {
		abort();
	}
	second_round(&it, &res, data[0]);
	/* A callee packs them only when no property bit would be lost. */
	memset(&args, 0, sizeof(args));
	for (i = 0; i < n && fits(&out[i], ver); i++) {
	}
	if (libffa_partition_regs_pack(&args, out, n, ver, 0, &res2) !=
	    (i == n ? LIBFFA_OK : LIBFFA_E_INVAL)) {
		abort();
	}
	/* Re-pack the partitions as a callee would and unpack again, asking
	 * for the UUID of x3-x4 (DEN0077A 1.2 s13.10: x1-x2 of the call). */
	for (i = 0; i < n; i++) {
		canonical(&out[i], ver);
	}
	memcpy(uuid.bytes, data + head + 8u, sizeof(uuid.bytes));
	if (libffa_partition_regs_pack(&args, out, n, ver, 0, &res2) !=
		    LIBFFA_OK ||
	    libffa_partition_regs_init(&it, ver, &uuid) != LIBFFA_OK) {
		abort();
	}
	while (!libffa_partition_regs_done(&it)) {
		uint32_t got;

		if (libffa_partition_regs_request(&it, &req) != LIBFFA_OK ||
		    req.abi != LIBFFA_ABI_PARTITION_INFO_GET_REGS ||
		    memcmp(&req.args.partition_info_get_regs.uuid, &uuid,
			   sizeof(uuid)) != 0) {
			abort();
		}
		args = req.args.partition_info_get_regs;
		if (libffa_partition_regs_pack(&args, out, n, ver, 0, &res2) !=
			    LIBFFA_OK ||
		    libffa_partition_regs_unpack(&it, &res2, again + n2,
						 8u - n2, &got) != LIBFFA_OK) {
			abort();
		}
		n2 += got;
	}
	if (n2 != n || memcmp(again, out, sizeof(out[0]) * n) != 0) {
		abort();
	}
	/* Once done, the iterator asks and takes nothing more. */
	if (libffa_partition_regs_request(&it, &req) != LIBFFA_E_STATE ||
	    libffa_partition_regs_unpack(&it, &res2, again, 8, &got2) !=
		    LIBFFA_E_STATE) {
		abort();
	}
	hostile_pack(ver, out, n, x2);
}

/* A version libffa does not know is refused by every entry point. */
static void unknown_version(uint8_t minor)
{
	libffa_version_t v = LIBFFA_VERSION(1, 4u + minor % 8u);
	struct libffa_partition_info p;
	struct libffa_partition_view view;
	struct libffa_partition_regs_iter it;
	struct libffa_args_partition_info_get args;
	struct libffa_result_partition_info_get res;
	struct libffa_args_partition_info_get_regs rargs;
	struct libffa_result_partition_info_get_regs rres;
	uint8_t buf[48];
	size_t needed;

	memset(&p, 0, sizeof(p));
	memset(buf, 0, sizeof(buf));
	memset(&args, 0, sizeof(args));
	memset(&rargs, 0, sizeof(rargs));
	if (libffa_partition_info_parse(buf, 0, v, 0, 48, &view) !=
		    LIBFFA_E_VERSION ||
	    libffa_partition_info_build(&p, 1, v, buf, sizeof(buf), &needed) !=
		    LIBFFA_E_VERSION ||
	    libffa_partition_info_respond(&args, &p, 1, v, buf, sizeof(buf),
					  &res) != LIBFFA_E_VERSION ||
	    libffa_partition_regs_init(&it, v, NULL) != LIBFFA_E_VERSION ||
	    libffa_partition_regs_pack(&rargs, &p, 1, v, 0, &rres) !=
		    LIBFFA_E_VERSION) {
		abort();
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	libffa_version_t ver;

	if (size < 2) {
		return 0;
	}
	ver = versions[data[0] & 3u];
	if ((data[0] & 0x20u) != 0u) {
		unknown_version(data[1]);
		return 0;
	}
	if ((data[1] & 1u) == 0u) {
		fuzz_info_get(ver, data, size, (data[1] & 2u) != 0u);
	} else {
		fuzz_regs(ver, data, size, (data[1] & 2u) != 0u);
	}
	return 0;
}
