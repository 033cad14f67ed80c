/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * Fuzz the v1.0 <-> v1.1+ translator. Input: byte 0 the source version
 * (bits 1:0) and target version (bits 3:2), byte 1 the ABI rules, the
 * rest the descriptor. Properties: no out-of-bounds access on either
 * buffer; a successful translation parses in the target version, and
 * translating it back gives the same bytes as translating the source to
 * its own version (the canonical form). Translating in place, or into
 * an unknown version, is refused.
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
	libffa_version_t from;
	libffa_version_t to;
	enum libffa_mem_op op;
	struct libffa_mem_view v;
	uint8_t *src;
	uint8_t *dst;
	uint8_t *canon;
	uint8_t *back;
	size_t len;
	size_t need = 0;
	size_t got = 0;
	size_t canon_size = 0;
	size_t back_size = 0;
	uint8_t sizing = 0;

	if (size < 2) {
		return 0;
	}
	from = versions[data[0] & 3u];
	to = versions[(data[0] >> 2) & 3u];
	op = (enum libffa_mem_op)(data[1] % 6u);
	len = size - 2;
	src = malloc(len ? len : 1);
	if (src == NULL) {
		return 0;
	}
	memcpy(src, data + 2, len);
	dst = NULL;
	/* In place (the output would overwrite what is still to be read),
	 * or into a version libffa does not know: refused whatever the bytes.
	 */
	if ((len != 0u &&
	     libffa_mem_xlate(src, len, from, op, src, len, to, &got, &xv,
			      NULL) != LIBFFA_E_INVAL) ||
	    libffa_mem_xlate(src, len, from, op, &sizing, 0,
			     LIBFFA_VERSION(1, 4), &got, &xv,
			     NULL) != LIBFFA_E_VERSION) {
		abort();
	}
	/* Sizing call: capacity 0 reports what the target needs. */
	if (libffa_mem_xlate(src, len, from, op, &sizing, 0, to, &need, &xv,
			     NULL) == LIBFFA_E_NOSPACE) {
		dst = malloc(need);
		canon = malloc(need * 2u + 64u);
		back = malloc(need * 2u + 64u);
		if (dst != NULL && canon != NULL && back != NULL) {
			libffa_status_t st =
				libffa_mem_xlate(src, len, from, op, dst, need,
						 to, &got, &xv, NULL);

			/* Impdef data a 16-byte EMAD cannot hold is refused. */
			if (st == LIBFFA_E_VERSION) {
				goto out;
			}
			if (st != LIBFFA_OK || got != need ||
			    libffa_mem_parse(dst, got, to, op, 0, &v, NULL) !=
				    LIBFFA_OK) {
				abort();
			}
			if (libffa_mem_xlate(src, len, from, op, canon,
					     need * 2u + 64u, from, &canon_size,
					     &xv, NULL) != LIBFFA_OK ||
			    libffa_mem_xlate(dst, got, to, op, back,
					     need * 2u + 64u, from, &back_size,
					     &xv, NULL) != LIBFFA_OK ||
			    canon_size != back_size ||
			    memcmp(canon, back, back_size) != 0) {
				abort();
			}
		}
	out:
		free(canon);
		free(back);
	}
	free(dst);
	free(src);
	return 0;
}
