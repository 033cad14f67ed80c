/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * Fuzz the memory transaction descriptor parser. Input: byte 0 picks the
 * version (1.0-1.3), byte 1 the ABI rules, the rest is the descriptor,
 * handed over in an exact-size buffer so ASan sees any over-read.
 * Properties: no crash or sanitizer report; an accepted
 * descriptor iterates exactly its counts, and its canonical re-build
 * (libffa_mem_xlate() to the same version) parses to the same view; an
 * unknown version or operation is refused whatever the bytes.
 */
#include <stdlib.h>

#include <string.h>

#include "ffa/mem.h"

/* libffa_mem_xlate()'s view: @dst parsed at the target version. */
static struct libffa_mem_view xv;

static const libffa_version_t versions[] = {
	LIBFFA_VERSION_1_0, LIBFFA_VERSION_1_1, LIBFFA_VERSION_1_2,
	LIBFFA_VERSION_1_3};

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct libffa_mem_view v;
	struct libffa_mem_view v2;
	struct libffa_mem_iter it;
	struct libffa_mem_receiver r;
	struct libffa_mem_receiver r2;
	struct libffa_mem_constituent c;
	struct libffa_mem_constituent chunk[3];
	struct libffa_mem_fault f;
	libffa_version_t ver;
	enum libffa_mem_op op;
	uint8_t *buf;
	uint8_t *out;
	size_t len;
	size_t out_size = 0;
	uint32_t n = 0;
	uint32_t got;

	if (size < 2) {
		return 0;
	}
	ver = versions[data[0] & 3u];
	op = (enum libffa_mem_op)(data[1] % 6u);
	len = size - 2;
	buf = malloc(len ? len : 1);
	if (buf == NULL) {
		return 0;
	}
	memcpy(buf, data + 2, len);
	/* A version or an operation libffa does not know: no bytes read. */
	if (libffa_mem_parse(buf, len, LIBFFA_VERSION(1, 4), op, 0, &v, &f) !=
		    LIBFFA_E_VERSION ||
	    libffa_mem_parse(
		    buf, len, ver,
		    (enum libffa_mem_op)(LIBFFA_MEM_OP_RETRIEVE_RESP + 1), 0,
		    &v, &f) != LIBFFA_E_INVAL) {
		abort();
	}
	if (libffa_mem_parse(buf, len, ver, op, data[1] & 0x80u ? 1u : 0u, &v,
			     &f) == LIBFFA_OK) {
		if (v.used_size > len) {
			abort();
		}
		libffa_for_each_emad (&it, &v, &r) {
			n++;
		}
		if (n != v.receiver_count) {
			abort();
		}
		n = 0;
		libffa_for_each_constituent (&it, &v, &c) {
			n++;
		}
		if (n != v.constituent_count) {
			abort();
		}
		/* The batch accessor reads the same run, in chunks of 3. */
		for (n = 0; n < v.constituent_count; n += got) {
			uint32_t k;

			got = libffa_mem_constituents_copy(&v, n, chunk, 3u);
			if (got == 0u || got > 3u) {
				abort();
			}
			for (k = 0; k < got; k++) {
				if (!libffa_mem_constituent_get(&v, n + k,
								&c) ||
				    c.address != chunk[k].address ||
				    c.page_count != chunk[k].page_count) {
					abort();
				}
			}
		}
		if (libffa_mem_constituents_copy(&v, n, chunk, 3u) != 0u) {
			abort();
		}
		out = malloc(v.used_size + 64u);
		if (out != NULL &&
		    libffa_mem_xlate(buf, len, ver, op, out, v.used_size + 64u,
				     ver, &out_size, &xv, NULL) == LIBFFA_OK) {
			if (libffa_mem_parse(out, out_size, ver, op, 0, &v2,
					     NULL) != LIBFFA_OK ||
			    v2.receiver_count != v.receiver_count ||
			    v2.constituent_count != v.constituent_count ||
			    v2.total_pages != v.total_pages ||
			    v2.attributes != v.attributes ||
			    v2.flags != v.flags) {
				abort();
			}
			for (n = 0; n < v.receiver_count; n++) {
				if (!libffa_mem_receiver_get(&v, n, &r) ||
				    !libffa_mem_receiver_get(&v2, n, &r2) ||
				    r.endpoint_id != r2.endpoint_id ||
				    r.permissions != r2.permissions) {
					abort();
				}
			}
		}
		free(out);
	}
	free(buf);
	return 0;
}
