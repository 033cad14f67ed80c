/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * Fuzz the fragment reassembler and splitter. Input: byte 0 the version,
 * bytes 1-2 the announced total length, byte 3 a fragment plan seed, the
 * rest the fragment stream. Properties: the reassembler never writes past
 * its buffer (exact-size heap block) and what it holds is exactly the
 * accepted fragments; a descriptor that parses, split at the capacity the
 * input picks and reassembled, comes back byte for byte.
 */
#include <stdlib.h>

#include <string.h>

#include "ffa/mem.h"

static const libffa_version_t versions[] = {
	LIBFFA_VERSION_1_0, LIBFFA_VERSION_1_1, LIBFFA_VERSION_1_2,
	LIBFFA_VERSION_1_3};

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void split_round_trip(const uint8_t *desc, size_t len,
			     libffa_version_t ver, size_t cap)
{
	struct libffa_mem_view v;
	struct libffa_mem_split s;
	struct libffa_mem_reasm r;
	uint8_t *out;
	size_t off;
	size_t flen;
	bool first = true;

	if (libffa_mem_parse(desc, len, ver, LIBFFA_MEM_OP_ANY, 0, &v, NULL) !=
	    LIBFFA_OK) {
		return;
	}
	if (libffa_mem_split_init(&s, &v, cap) != LIBFFA_OK) {
		return;
	}
	out = malloc(v.used_size);
	if (out == NULL) {
		return;
	}
	if (libffa_mem_reasm_init(&r, out, v.used_size, (uint32_t)v.used_size,
				  1) != LIBFFA_OK) {
		abort();
	}
	while (libffa_mem_split_next(&s, &off, &flen)) {
		if (flen > cap || off != libffa_mem_reasm_offset(&r) ||
		    libffa_mem_reasm_add(&r, desc + off, flen) != LIBFFA_OK) {
			abort();
		}
		first = false;
	}
	if (first || !libffa_mem_reasm_done(&r) ||
	    memcmp(out, desc, v.used_size) != 0) {
		abort();
	}
	free(out);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct libffa_mem_reasm r;
	libffa_version_t ver;
	uint32_t total;
	uint8_t *buf;
	size_t cap;
	size_t pos = 4;
	unsigned int seed;

	if (size < 4) {
		return 0;
	}
	ver = versions[data[0] & 3u];
	total = (uint32_t)data[1] | ((uint32_t)data[2] << 8);
	seed = data[3];
	cap = (size_t)total / 2u + (seed & 0x3Fu);
	buf = malloc(cap ? cap : 1);
	if (buf == NULL) {
		return 0;
	}
	if (libffa_mem_reasm_init(&r, buf, cap, total, 0) == LIBFFA_OK) {
		while (pos < size && !libffa_mem_reasm_done(&r)) {
			size_t want = 1u + (size_t)((seed * 37u + pos) % 97u);
			size_t before = libffa_mem_reasm_offset(&r);

			if (want > size - pos) {
				want = size - pos;
			}
			if (libffa_mem_reasm_add(&r, data + pos, want) ==
			    LIBFFA_OK) {
				if (memcmp(buf + before, data + pos, want) !=
				    0) {
					abort();
				}
			} else if (libffa_mem_reasm_offset(&r) != before) {
				abort();
			}
			pos += want;
		}
		if (libffa_mem_reasm_offset(&r) > cap) {
			abort();
		}
	}
	free(buf);
	split_round_trip(data + 4, size - 4, ver, 16u + (size_t)seed * 4u);
	return 0;
}
