/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * EVA driver (scripts/test.d/78-proof.sh, docs/assurance.md): partition information: libffa_partition_info_parse() and
 * libffa_partition_info_at() on unknown bytes (any length up to PROOF_N,
 * any count, descriptor size and version), and
 * libffa_partition_regs_unpack() on an FFA_PARTITION_INFO_GET_REGS result
 * with every field unknown, into any capacity.
 */
#include "__fc_builtin.h"
#include "ffa/partition.h"

#ifndef PROOF_N
#define PROOF_N 256
#endif

static uint8_t buf[PROOF_N];
static struct libffa_partition_info out[8];

int main(void)
{
	size_t size = Frama_C_size_t_interval(0, PROOF_N);
	libffa_version_t version =
		Frama_C_unsigned_int_interval(0u, 0xFFFFFFFFu);
	uint32_t count = Frama_C_unsigned_int_interval(0u, 0xFFFFFFFFu);
	uint32_t desc_size = Frama_C_unsigned_int_interval(0u, 0xFFFFFFFFu);
	struct libffa_partition_view view;
	struct libffa_partition_info info;
	struct libffa_partition_regs_iter it;
	struct libffa_result_partition_info_get_regs res;
	struct libffa_uuid uuid;
	uint32_t cap = Frama_C_unsigned_int_interval(0u, 8u);
	uint32_t n = 0;
	uint32_t i;

	Frama_C_make_unknown((char *)buf, PROOF_N);
	if (libffa_partition_info_parse(buf, size, version, count, desc_size,
					&view) == LIBFFA_OK) {
		for (i = 0; i < view.count; i++) {
			(void)libffa_partition_info_at(&view, i, &info);
		}
	}
	Frama_C_make_unknown((char *)&uuid, sizeof(uuid));
	if (libffa_partition_regs_init(&it, version, &uuid) != LIBFFA_OK) {
		return 1;
	}
	Frama_C_make_unknown((char *)&res, sizeof(res));
	(void)libffa_partition_regs_unpack(&it, &res, out, cap, &n);
	Frama_C_make_unknown((char *)&res, sizeof(res));
	return libffa_partition_regs_unpack(&it, &res, out, cap, &n) ==
	       LIBFFA_OK;
}
