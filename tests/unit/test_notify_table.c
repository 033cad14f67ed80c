/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * Callee-side notification state (notify_table.h; DEN0077A 1.2 s16.2-16.7).
 */
/* cmocka needs setjmp.h and friends first. */
/* clang-format off */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>
/* clang-format on */

#include "ffa/notify_table.h"

#define VM 0x0000u
#define SP 0x8001u

static struct libffa_notify_receiver slots[2];
static struct libffa_notify_table table;

static int setup(void **state)
{
	(void)state;
	if (libffa_notify_table_init(&table, slots, 2) != LIBFFA_OK ||
	    libffa_notify_table_create(&table, SP, 1) != LIBFFA_OK) {
		return -1;
	}
	return 0;
}

/* s16.2: a second BITMAP_CREATE is DENIED; no free slot is NO_MEMORY. */
static void create_destroy(void **state)
{
	(void)state;
	assert_int_equal(libffa_notify_table_create(&table, VM, 2), LIBFFA_OK);
	assert_int_equal(libffa_notify_table_create(&table, VM, 2),
			 LIBFFA_E_DENIED);
	assert_int_equal(libffa_notify_table_create(&table, 0x0002u, 1),
			 LIBFFA_E_NOSPACE);
	assert_int_equal(libffa_status_to_ret(LIBFFA_E_NOSPACE),
			 LIBFFA_RET_NO_MEMORY);
	assert_int_equal(libffa_notify_table_destroy(&table, VM), LIBFFA_OK);
	assert_int_equal(libffa_notify_table_destroy(&table, VM),
			 LIBFFA_E_BADVALUE);
	assert_int_equal(libffa_notify_table_create(&table, 0x0002u, 1),
			 LIBFFA_OK);
}

/* s16.4-16.7: bind, set, get clears, unbind. */
static void bind_set_get_unbind(void **state)
{
	uint64_t sp = 1;
	uint64_t vm = 1;

	(void)state;
	assert_int_equal(libffa_notify_table_create(&table, VM, 1), LIBFFA_OK);
	/* The VM receives ID 3 and 40 from the SP. */
	assert_int_equal(libffa_notify_table_bind(
				 &table, VM, SP,
				 UINT64_C(1) << 3 | UINT64_C(1) << 40, 0),
			 LIBFFA_OK);
	/* Another sender may not take them; nor may the SP set unbound IDs. */
	assert_int_equal(libffa_notify_table_bind(&table, VM, 0x8002u,
						  UINT64_C(1) << 3, 0),
			 LIBFFA_E_DENIED);
	assert_int_equal(
		libffa_notify_table_set(&table, VM, SP, UINT64_C(1) << 4, 0),
		LIBFFA_E_DENIED);
	assert_int_equal(libffa_notify_table_set(&table, VM, 0x8002u,
						 UINT64_C(1) << 3, 0),
			 LIBFFA_E_DENIED);
	assert_int_equal(
		libffa_notify_table_set(&table, VM, SP, UINT64_C(1) << 40, 0),
		LIBFFA_OK);
	/* Pending: DESTROY and UNBIND of it are DENIED. */
	assert_int_equal(libffa_notify_table_destroy(&table, VM),
			 LIBFFA_E_DENIED);
	assert_int_equal(
		libffa_notify_table_unbind(&table, VM, SP, UINT64_C(1) << 40),
		LIBFFA_E_DENIED);
	/* GET of the VM bitmap only leaves the SP bitmap pending. */
	assert_int_equal(
		libffa_notify_table_get(&table, VM, LIBFFA_NOTIFY_GET_FLAG_VM,
					&sp, &vm),
		LIBFFA_OK);
	assert_int_equal(sp, 0);
	assert_int_equal(vm, 0);
	assert_int_equal(
		libffa_notify_table_get(&table, VM, LIBFFA_NOTIFY_GET_FLAG_SP,
					&sp, &vm),
		LIBFFA_OK);
	assert_int_equal(sp, UINT64_C(1) << 40);
	assert_int_equal(
		libffa_notify_table_get(&table, VM, LIBFFA_NOTIFY_GET_FLAG_SP,
					&sp, &vm),
		LIBFFA_OK);
	assert_int_equal(sp, 0);
	/* Unbind by the wrong sender is DENIED, by the binder succeeds. */
	assert_int_equal(libffa_notify_table_unbind(&table, VM, 0x8002u,
						    UINT64_C(1) << 3),
			 LIBFFA_E_DENIED);
	assert_int_equal(
		libffa_notify_table_unbind(
			&table, VM, SP, UINT64_C(1) << 3 | UINT64_C(1) << 40),
		LIBFFA_OK);
	assert_int_equal(libffa_notify_table_destroy(&table, VM), LIBFFA_OK);
}

/* Per-vCPU bindings must be set per-vCPU; bad flags and IDs are refused. */
static void flags_and_ids(void **state)
{
	(void)state;
	assert_int_equal(
		libffa_notify_table_bind(&table, SP, VM, 1u,
					 LIBFFA_NOTIFY_BIND_FLAG_PER_VCPU),
		LIBFFA_OK);
	assert_int_equal(libffa_notify_table_set(&table, SP, VM, 1u, 0),
			 LIBFFA_E_DENIED);
	assert_int_equal(
		libffa_notify_table_set(&table, SP, VM, 1u,
					LIBFFA_NOTIFY_SET_FLAG_PER_VCPU),
		LIBFFA_OK);
	assert_int_equal(libffa_notify_table_bind(&table, SP, VM, 2u, 2u),
			 LIBFFA_E_MBZ);
	assert_int_equal(libffa_notify_table_set(&table, SP, VM, 1u, 4u),
			 LIBFFA_E_MBZ);
	assert_int_equal(libffa_notify_table_bind(&table, SP, SP, 2u, 0),
			 LIBFFA_E_BADVALUE);
	assert_int_equal(libffa_notify_table_bind(&table, SP, VM, 0u, 0),
			 LIBFFA_E_BADVALUE);
	assert_int_equal(libffa_notify_table_bind(&table, 0x0005u, VM, 1u, 0),
			 LIBFFA_E_BADVALUE);
	assert_int_equal(libffa_notify_table_bind(NULL, SP, VM, 1u, 0),
			 LIBFFA_E_INVAL);
}

/* INFO_GET lists: one per receiver with anything pending. */
static void pending_lists(void **state)
{
	struct libffa_notify_info_list lists[2];
	uint32_t n = 9;

	(void)state;
	assert_int_equal(libffa_notify_table_pending(&table, lists, 2, &n),
			 LIBFFA_OK);
	assert_int_equal(n, 0);
	assert_int_equal(libffa_notify_table_bind(&table, SP, VM, 1u, 0),
			 LIBFFA_OK);
	assert_int_equal(libffa_notify_table_set(&table, SP, VM, 1u, 0),
			 LIBFFA_OK);
	assert_int_equal(libffa_notify_table_pending(&table, lists, 2, &n),
			 LIBFFA_OK);
	assert_int_equal(n, 1);
	assert_int_equal(lists[0].id, SP);
	assert_int_equal(lists[0].vcpu_count, 0);
	assert_int_equal(libffa_notify_table_pending(&table, NULL, 0, &n),
			 LIBFFA_OK);
	assert_int_equal(n, 0);
	assert_int_equal(libffa_notify_table_pending(&table, NULL, 1, &n),
			 LIBFFA_E_INVAL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup(create_destroy, setup),
		cmocka_unit_test_setup(bind_set_get_unbind, setup),
		cmocka_unit_test_setup(flags_and_ids, setup),
		cmocka_unit_test_setup(pending_lists, setup),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
