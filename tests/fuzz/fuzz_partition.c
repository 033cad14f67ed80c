/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * Fuzz the partition information parsers. Byte 0 picks the version
 * (1.0-1.3), byte 1 the mode. Mode even: FFA_PARTITION_INFO_GET, bytes 2
 * count, 3-4 descriptor size (w3), the rest the RX buffer in an exact-size
 * allocation. Mode odd: FFA_PARTITION_INFO_GET_REGS, byte 2 the start
 * index asked for, then x2 and x3-x17 (little-endian u64s).
 * Properties (style.md T12): no crash or sanitizer report; whatever is
 * accepted re-builds (in the version's own layout) and re-parses to the
 * same partitions.
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

static void fuzz_info_get(libffa_version_t ver, const uint8_t *data,
			  size_t size)
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
	uint32_t i;

	if (size < 5) {
		return;
	}
	count = data[2];
	dsize = (uint32_t)data[3] | ((uint32_t)data[4] << 8);
	len = size - 5;
	buf = malloc(len ? len : 1);
	all = malloc(sizeof(*all) * (count ? count : 1u));
	if (buf == NULL || all == NULL) {
		free(buf);
		free(all);
		return;
	}
	memcpy(buf, data + 5, len);
	if (libffa_partition_info_parse(buf, len, ver, count, dsize, &view) ==
	    LIBFFA_OK) {
		for (i = 0; i < count; i++) {
			if (libffa_partition_info_at(&view, i, &all[i]) !=
			    LIBFFA_OK) {
				abort();
			}
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
	}
	free(buf);
	free(all);
}

static void fuzz_regs(libffa_version_t ver, const uint8_t *data, size_t size)
{
	struct libffa_partition_regs_iter it;
	struct libffa_result_partition_info_get_regs res;
	struct libffa_result_partition_info_get_regs res2;
	struct libffa_args_partition_info_get_regs args;
	struct libffa_partition_info out[8];
	struct libffa_partition_info again[8];
	uint32_t n = 0;
	uint32_t n2 = 0;
	uint32_t i;
	uint64_t x2;

	if (size < 3u + 16u * 8u ||
	    libffa_partition_regs_init(&it, ver, NULL) != LIBFFA_OK) {
		return;
	}
	it.next_start = data[2];
	x2 = le64(data + 3);
	memset(&res, 0, sizeof(res));
	res.last_index = (uint16_t)x2;
	res.current_index = (uint16_t)(x2 >> 16);
	res.tag = (uint16_t)(x2 >> 32);
	res.desc_size = (uint16_t)(x2 >> 48);
	for (i = 0; i < 15u; i++) {
		res.data[i] = le64(data + 11u + 8u * i);
	}
	if (libffa_partition_regs_unpack(&it, &res, out, 8, &n) != LIBFFA_OK) {
		return;
	}
	if (n == 0u || n > 5u) {
		abort();
	}
	/* Re-pack the partitions as a callee would and unpack again. */
	for (i = 0; i < n; i++) {
		canonical(&out[i], ver);
	}
	memset(&args, 0, sizeof(args));
	if (libffa_partition_regs_pack(&args, out, n, ver, 0, &res2) !=
		    LIBFFA_OK ||
	    libffa_partition_regs_init(&it, ver, NULL) != LIBFFA_OK) {
		abort();
	}
	while (!libffa_partition_regs_done(&it)) {
		uint32_t got;

		memset(&args, 0, sizeof(args));
		args.start_index = it.next_start;
		args.tag = it.tag;
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
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	libffa_version_t ver;

	if (size < 2) {
		return 0;
	}
	ver = versions[data[0] & 3u];
	if ((data[1] & 1u) == 0u) {
		fuzz_info_get(ver, data, size);
	} else {
		fuzz_regs(ver, data, size);
	}
	return 0;
}
