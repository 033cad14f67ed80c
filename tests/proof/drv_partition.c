/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * EVA driver (scripts/test.d/78-proof.sh, docs/assurance.md): partition
 * information: libffa_partition_info_parse() and libffa_partition_info_at() on
 * unknown bytes (any length up to PROOF_N, any count, descriptor size and
 * version), and libffa_partition_regs_unpack() on an
 * FFA_PARTITION_INFO_GET_REGS result with every field unknown, into any
 * capacity.
 */
#include "ffa/partition.h"

#include "__fc_builtin.h"

#ifndef PROOF_N
#define PROOF_N 256
#endif

static uint8_t buf[PROOF_N];
static const libffa_version_t known[] = {LIBFFA_VERSION_1_0, LIBFFA_VERSION_1_1,
					 LIBFFA_VERSION_1_2,
					 LIBFFA_VERSION_1_3};
static struct libffa_partition_info out[8];
_Static_assert(sizeof(known) / sizeof(known[0]) ==
		       LIBFFA_VERSION_MAX - LIBFFA_VERSION_MIN + 1u,
	       "known[] holds every version from MIN to MAX");

int main(void)
{
	size_t size = Frama_C_size_t_interval(0, PROOF_N);
	/* Each known version on its own (split), and every other u32 in the
	 * two intervals around them: the descriptor size a view reads follows
	 * its version, so the known versions are never merged. */
	int v = Frama_C_interval(0, 5);
	libffa_version_t version =
		v == 4	 ? Frama_C_unsigned_int_interval(0u,
							 LIBFFA_VERSION_MIN - 1u)
		: v == 5 ? Frama_C_unsigned_int_interval(
				   LIBFFA_VERSION_MAX + 1u, 0xFFFFFFFFu)
			 : known[v];
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

	//@ split v;
	Frama_C_make_unknown((char *)buf, PROOF_N);
	if (libffa_partition_info_parse(buf, size, version, count, desc_size,
					&view) == LIBFFA_OK) {
		for (i = 0; i < view.count; i++) {
			(void)libffa_partition_info_at(&view, i, &info);
		}
	}
	/* GET_REGS exists from v1.2: each such version on its own. */
	int which = Frama_C_interval(0, 1);
	libffa_version_t regs_version =
		which == 0 ? LIBFFA_VERSION_1_2 : LIBFFA_VERSION_1_3;

	//@ split which;
	Frama_C_make_unknown((char *)&uuid, sizeof(uuid));
	if (libffa_partition_regs_init(&it, regs_version, &uuid) != LIBFFA_OK) {
		return 1;
	}
	Frama_C_make_unknown((char *)&res, sizeof(res));
	(void)libffa_partition_regs_unpack(&it, &res, out, cap, &n);
	Frama_C_make_unknown((char *)&res, sizeof(res));
	return libffa_partition_regs_unpack(&it, &res, out, cap, &n) ==
	       LIBFFA_OK;
}
