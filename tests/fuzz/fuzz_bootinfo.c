/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * Fuzz the boot information parsers (v1.1+ and v1.0). The whole input is
 * the blob, in an exact-size allocation; the blob carries its own version.
 * Properties: no crash or sanitizer report; every accepted descriptor
 * lies in the blob; an accepted blob re-builds in the canonical layout
 * (descriptors of 32 bytes from offset 32) and re-parses to the same
 * descriptors.
 */
#include <stdlib.h>

#include <string.h>

#include "ffa/bootinfo.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* The builder's verdicts on @n accepted descriptors of version @parsed. */
static void build_limits(const struct libffa_bootinfo_desc *d, uint32_t n,
			 libffa_version_t parsed)
{
	size_t needed = 0;
	bool offset = false;
	uint32_t i;

	for (i = 0; i < n; i++) {
		if (((d[i].flags & LIBFFA_BOOTINFO_FLAG_CONTENT_FORMAT) >>
		     LIBFFA_BOOTINFO_FLAG_CONTENT_FORMAT_SHIFT) ==
		    LIBFFA_BOOTINFO_CONTENT_OFFSET) {
			offset = true;
		}
	}
	if (!libffa_version_is_known(parsed) &&
	    libffa_bootinfo_build(d, n, parsed, NULL, 0, &needed) !=
		    LIBFFA_E_VERSION) {
		abort();
	}
	/* v1.1 has no offset content; without a buffer only the size. */
	if (libffa_bootinfo_build(d, n, LIBFFA_VERSION_1_1, NULL, 0, &needed) !=
		    (offset ? LIBFFA_E_INVAL : LIBFFA_E_NOSPACE) ||
	    (!offset && needed != 32u + 32u * (size_t)n)) {
		abort();
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct libffa_bootinfo_view v;
	struct libffa_bootinfo_view v2;
	struct libffa_bootinfo_desc *d;
	struct libffa_bootinfo_desc d2;
	struct libffa_bootinfo_nvp_v1_0 nvp;
	libffa_version_t ver;
	uint8_t *buf;
	uint8_t *out;
	size_t needed;
	uint32_t count;
	uint32_t i;

	buf = malloc(size ? size : 1);
	if (buf == NULL) {
		return 0;
	}
	memcpy(buf, data, size);
	if (libffa_bootinfo_parse_v1_0(buf, size, &count) == LIBFFA_OK) {
		for (i = 0; i < count; i++) {
			if (libffa_bootinfo_nvp_at_v1_0(buf, size, count, i,
							&nvp) != LIBFFA_OK) {
				abort();
			}
		}
		if (libffa_bootinfo_nvp_at_v1_0(buf, size, count, count,
						&nvp) != LIBFFA_E_INVAL) {
			abort();
		}
	}
	if (libffa_bootinfo_parse(buf, size, &v) != LIBFFA_OK) {
		free(buf);
		return 0;
	}
	if ((uint64_t)v.desc_offset + (uint64_t)v.desc_count * v.desc_size >
		    v.blob_size ||
	    v.blob_size > size) {
		abort();
	}
	d = malloc(sizeof(*d) * (v.desc_count ? v.desc_count : 1u));
	/* The builder only knows the versions libffa implements. */
	ver = libffa_version_is_known(v.version) ? v.version
						 : LIBFFA_VERSION_1_3;
	out = d == NULL ? NULL : malloc(32u + 32u * (size_t)v.desc_count);
	if (d != NULL && out != NULL) {
		for (i = 0; i < v.desc_count; i++) {
			if (libffa_bootinfo_desc_at(&v, i, &d[i]) !=
			    LIBFFA_OK) {
				abort();
			}
		}
		if (libffa_bootinfo_desc_at(&v, v.desc_count, &d2) !=
		    LIBFFA_E_INVAL) {
			abort();
		}
		build_limits(d, v.desc_count, v.version);
		if (libffa_bootinfo_build(d, v.desc_count, ver, out,
					  32u + 32u * (size_t)v.desc_count,
					  &needed) == LIBFFA_OK) {
			if (libffa_bootinfo_parse(out, needed, &v2) !=
				    LIBFFA_OK ||
			    v2.desc_count != v.desc_count) {
				/* Offset content can point past the shorter
				 * canonical blob; only that may fail. */
				for (i = 0; i < v.desc_count; i++) {
					if (((d[i].flags >> 2) & 3u) == 2u) {
						break;
					}
				}
				if (i == v.desc_count) {
					abort();
				}
			} else {
				for (i = 0; i < v.desc_count; i++) {
					if (libffa_bootinfo_desc_at(
						    &v2, i, &d2) != LIBFFA_OK ||
					    memcmp(&d2, &d[i], sizeof(d2)) !=
						    0) {
						abort();
					}
				}
			}
		}
	}
	free(out);
	free(d);
	free(buf);
	return 0;
}
