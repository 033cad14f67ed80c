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
 * unknown version or operation is refused whatever the bytes;
 * libffa_mem_parse_copy() gives the same verdict, fault and view, and
 * copies what the accessors read (or refuses a count past its room).
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

/*
 * libffa_mem_parse_copy() on the same bytes: libffa_mem_parse()'s status
 * @st, fault @f and view @v, with room for 4 receivers and 8 constituents
 * (more is LIBFFA_E_NOSPACE at the count), and on OK copies equal to what
 * the accessors read.
 */
static void copy_matches(const uint8_t *buf, size_t len, libffa_version_t ver,
			 enum libffa_mem_op op, unsigned int flags,
			 libffa_status_t st, const struct libffa_mem_view *v,
			 const struct libffa_mem_fault *f)
{
	struct libffa_mem_receiver rr[4];
	struct libffa_mem_constituent cc[8];
	struct libffa_mem_copy copy = {rr, 4, cc, 8};
	struct libffa_mem_view cv;
	struct libffa_mem_fault cf;
	struct libffa_mem_receiver r;
	struct libffa_mem_constituent c;
	libffa_status_t cst;
	uint32_t i;

	cst = libffa_mem_parse_copy(buf, len, ver, op, flags, &cv, &copy, &cf);
	if (cst == LIBFFA_E_NOSPACE) {
		/* Only an OK descriptor, or one failing after the count. */
		if (cv.receiver_count <= 4u && cv.constituent_count <= 8u) {
			abort();
		}
		return;
	}
	if (cst != st || cf.field != f->field || cf.offset != f->offset ||
	    cf.index != f->index) {
		abort();
	}
	if (st != LIBFFA_OK) {
		return;
	}
	if (memcmp(&cv, v, sizeof(cv)) != 0) {
		abort();
	}
	for (i = 0; i < v->receiver_count; i++) {
		if (!libffa_mem_receiver_get(v, i, &r) ||
		    r.endpoint_id != rr[i].endpoint_id ||
		    r.permissions != rr[i].permissions ||
		    r.flags != rr[i].flags || r.impdef[0] != rr[i].impdef[0] ||
		    r.impdef[1] != rr[i].impdef[1]) {
			abort();
		}
	}
	for (i = 0; i < v->constituent_count; i++) {
		if (!libffa_mem_constituent_get(v, i, &c) ||
		    c.address != cc[i].address ||
		    c.page_count != cc[i].page_count) {
			abort();
		}
	}
}

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
	libffa_status_t st;

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
	st = libffa_mem_parse(buf, len, ver, op, data[1] & 0x80u ? 1u : 0u, &v,
			      &f);
	copy_matches(buf, len, ver, op, data[1] & 0x80u ? 1u : 0u, st, &v, &f);
	if (st == LIBFFA_OK) {
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
