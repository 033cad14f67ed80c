/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * The printer and the status tables.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include <setjmp.h>
#include <string.h>

#include <cmocka.h>

#include "ffa/msg.h"
#include "ffa/print.h"

#define V12 LIBFFA_VERSION_1_2

static void print_names_abi_and_fields(void **state)
{
	struct libffa_regs f = {{0xC4000073, 0x70, 0x70, 0x88000000, 1}};
	char line[256];
	size_t n;

	(void)state;
	n = libffa_print_regs(line, sizeof(line), &f, V12);
	assert_string_equal(line,
			    "FFA_MEM_SHARE_64 total_length=0x70 "
			    "fragment_length=0x70 address=0x88000000 "
			    "page_count=0x1");
	assert_int_equal(n, strlen(line));
}

/* FFA_VERSION shows the requested version as "1.2", not 0x10002. */
static void print_versions_as_major_dot_minor(void **state)
{
	struct libffa_regs f = {{0x84000063, 0x00010002}};
	struct libffa_regs reply = {{0xFFFFFFFF}};
	struct libffa_msg m;
	char line[128];

	(void)state;
	libffa_print_regs(line, sizeof(line), &f, V12);
	assert_string_equal(line, "FFA_VERSION version=1.2");
	assert_int_equal(libffa_msg_decode_reply(
				 &reply, V12, LIBFFA_ABI_VERSION, 0, &m, NULL),
			 LIBFFA_OK);
	libffa_print_msg(line, sizeof(line), &m, V12);
	assert_string_equal(line, "FFA_VERSION -> NOT_SUPPORTED");
	libffa_print_version(line, sizeof(line), LIBFFA_VERSION(1, 13));
	assert_string_equal(line, "1.13");
}

static void print_results_errors_and_uuids(void **state)
{
	struct libffa_regs id = {{0x84000061, 0, 0x8001}};
	struct libffa_regs err = {{0x84000060, 0, 0xFFFFFFF6}};
	struct libffa_regs odd = {{0x84000060, 0, 0xFFFFFFF5}};
	struct libffa_regs req2 = {{0xC400008D, 0x8001, 0xc2c1b2b1a4a3a2a1,
				    0xd8d7d6d5d4d3d2d1, 7}};
	struct libffa_msg m;
	char line[256];

	(void)state;
	assert_int_equal(libffa_msg_decode_reply(&id, V12, LIBFFA_ABI_ID_GET, 0,
						 &m, NULL),
			 LIBFFA_OK);
	libffa_print_msg(line, sizeof(line), &m, V12);
	assert_string_equal(line, "FFA_SUCCESS_32 (FFA_ID_GET) id=0x8001");
	libffa_print_regs(line, sizeof(line), &err, V12);
	assert_string_equal(line,
			    "FFA_ERROR_32 vcpu_id=0x0 endpoint_id=0x0 "
			    "error_code=NOT_READY error_arg=0x0");
	libffa_print_regs(line, sizeof(line), &odd, V12);
	assert_non_null(strstr(line, "error_code=UNKNOWN(-11)"));
	libffa_print_regs(line, sizeof(line), &req2, V12);
	assert_string_equal(line,
			    "FFA_MSG_SEND_DIRECT_REQ2 receiver_id=0x8001 "
			    "sender_id=0x0 "
			    "uuid=a1a2a3a4-b1b2-c1c2-d1d2-d3d4d5d6d7d8 "
			    "payload=[0x7]");
}

/* An invalid frame says why: status, FF-A error, register and bits. */
static void print_invalid_frames_say_why(void **state)
{
	struct libffa_regs f = {{0x8400006D, 0x80010000, 0x4}};
	struct libffa_regs unknown = {{0x84000091}};
	char line[512];

	(void)state;
	libffa_print_regs(line, sizeof(line), &f, V12);
	assert_non_null(strstr(line,
			       "invalid: E_MBZ (INVALID_PARAMETERS) "
			       "reserved x2=0x4"));
	libffa_print_regs(line, sizeof(line), &unknown, V12);
	assert_non_null(strstr(line, "E_UNKNOWN_FID (NOT_SUPPORTED)"));
}

/*
 * Framework messages print by name (DEN0077A 1.1 s15.2, ffa-facts s3.5):
 * every type of the list, carried in DIRECT_REQ or _RESP as the type says.
 */
static void print_framework_messages_by_name(void **state)
{
	static const struct {
		uint32_t w2;
		bool response;
		const char *name;
	} types[] = {
		{0x80000000, false, "PSCI_REQ"},
		{0x80000001, false, "WARM_BOOT_REQ"},
		{0x80000002, true, "PSCI_RESP"},
		{0x80000004, false, "VM_CREATED_REQ"},
		{0x80000005, true, "VM_CREATED_RESP"},
		{0x80000006, false, "VM_DESTROYED_REQ"},
		{0x80000007, true, "VM_DESTROYED_RESP"},
		{0x80000008, false, "VERSION_REQ"},
		{0x80000009, true, "VERSION_RESP"},
		{0x8000000A, false, "PARTITION_STOP_REQ"},
		{0x8000000B, true, "PARTITION_STOP_RESP"},
		{0x8000000C, false, "LIVE_ACTIVATION_START_REQ"},
		{0x8000000D, true, "LIVE_ACTIVATION_START_RESP"},
		{0x8000000E, false, "LIVE_ACTIVATION_FINISH_REQ"},
		{0x8000000F, true, "LIVE_ACTIVATION_FINISH_RESP"},
	};
	char line[512];
	char want[64];

	(void)state;
	for (size_t i = 0; i < sizeof(types) / sizeof(types[0]); i++) {
		struct libffa_regs f = {
			{types[i].response ? 0x84000070 : 0x8400006F,
			 0xFFFF8001, types[i].w2}};

		libffa_print_regs(line, sizeof(line), &f, V12);
		snprintf(want, sizeof(want), "framework=%s ", types[i].name);
		assert_non_null(strstr(line, want));
	}
	/* Before v1.1, w2 held no framework flag: nothing is named. */
	{
		struct libffa_regs f = {{0x8400006F, 0xFFFF8001, 0, 0x10002}};

		libffa_print_regs(line, sizeof(line), &f, LIBFFA_VERSION_1_0);
		assert_null(strstr(line, "framework="));
	}
}

/* snprintf semantics: truncated but terminated, full length returned. */
static void print_truncates_safely(void **state)
{
	struct libffa_regs f = {{0x84000063, 0x00010002}};
	char small[8];
	char canary[16];
	size_t n;

	(void)state;
	memset(canary, 'Z', sizeof(canary));
	n = libffa_print_regs(small, sizeof(small), &f, V12);
	assert_int_equal(n, strlen("FFA_VERSION version=1.2"));
	assert_string_equal(small, "FFA_VER");
	assert_int_equal(libffa_print_regs(NULL, 0, &f, V12), n);
	assert_int_equal(canary[0], 'Z');
	/* One byte of room: only the terminator (print.h "always
	 * NUL-terminated when size > 0"; found in review). */
	canary[0] = 'Z';
	assert_int_equal(libffa_print_version(canary, 1, LIBFFA_VERSION_1_1),
			 3);
	assert_int_equal(canary[0], '\0');
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(print_names_abi_and_fields),
		cmocka_unit_test(print_versions_as_major_dot_minor),
		cmocka_unit_test(print_results_errors_and_uuids),
		cmocka_unit_test(print_invalid_frames_say_why),
		cmocka_unit_test(print_framework_messages_by_name),
		cmocka_unit_test(print_truncates_safely),
	};

	return cmocka_run_group_tests_name("print", tests, NULL, NULL);
}
