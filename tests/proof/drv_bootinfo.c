/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * EVA driver (scripts/test.d/78-proof.sh, docs/assurance.md): boot information:
 * libffa_bootinfo_parse() and libffa_bootinfo_desc_at() (v1.1+ form),
 * libffa_bootinfo_parse_v1_0() and libffa_bootinfo_nvp_at_v1_0() (v1.0 form),
 * on fully unknown bytes, any length up to PROOF_N.
 */
#include "ffa/bootinfo.h"

#include "__fc_builtin.h"

#ifndef PROOF_N
#define PROOF_N 256
#endif

static uint8_t buf[PROOF_N];

int main(void)
{
	size_t size = Frama_C_size_t_interval(0, PROOF_N);
	struct libffa_bootinfo_view view;
	struct libffa_bootinfo_desc desc;
	struct libffa_bootinfo_nvp_v1_0 nvp;
	uint32_t count = 0;
	uint32_t i;

	Frama_C_make_unknown((char *)buf, PROOF_N);
	if (libffa_bootinfo_parse(buf, size, &view) == LIBFFA_OK) {
		for (i = 0; i < view.desc_count; i++) {
			(void)libffa_bootinfo_desc_at(&view, i, &desc);
		}
	}
	if (libffa_bootinfo_parse_v1_0(buf, size, &count) != LIBFFA_OK) {
		return 1;
	}
	for (i = 0; i < count; i++) {
		(void)libffa_bootinfo_nvp_at_v1_0(buf, size, count, i, &nvp);
	}
	return 0;
}
