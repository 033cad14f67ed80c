/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * EVA driver (scripts/test.d/78-proof.sh, docs/assurance.md): notification ID
 * lists: libffa_notify_info_unpack() on an FFA_NOTIFICATION_INFO_GET result
 * with every field unknown, SMC32 or SMC64, then every list through
 * libffa_notify_info_next().
 */
#include "ffa/notify.h"

#include "__fc_builtin.h"

int main(void)
{
	struct libffa_result_notification_info_get res;
	struct libffa_notify_info_iter it;
	struct libffa_notify_info_list list;
	bool smc64 = Frama_C_nondet(0, 1) != 0;

	Frama_C_make_unknown((char *)&res, sizeof(res));
	if (libffa_notify_info_unpack(&res, smc64, &it) != LIBFFA_OK) {
		return 1;
	}
	while (libffa_notify_info_next(&it, &list)) {
	}
	return 0;
}
