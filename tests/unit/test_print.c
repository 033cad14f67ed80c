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

/* libffa_print_regs() decodes into the caller's storage (print.h). */
static struct libffa_print_work work;

static void print_names_abi_and_fields(void **state)
{
	struct libffa_regs f = {{0xC4000073, 0x70, 0x70, 0x88000000, 1}};
	char line[256];
	size_t n;

	(void)state;
	n = libffa_print_regs(line, sizeof(line), &f, V12, &work);
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
	libffa_print_regs(line, sizeof(line), &f, V12, &work);
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
	libffa_print_regs(line, sizeof(line), &err, V12, &work);
	assert_string_equal(line,
			    "FFA_ERROR_32 vcpu_id=0x0 endpoint_id=0x0 "
			    "error_code=NOT_READY error_arg=0x0");
	libffa_print_regs(line, sizeof(line), &odd, V12, &work);
	assert_non_null(strstr(line, "error_code=UNKNOWN(-11)"));
	libffa_print_regs(line, sizeof(line), &req2, V12, &work);
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
	libffa_print_regs(line, sizeof(line), &f, V12, &work);
	assert_non_null(strstr(line,
			       "invalid: E_MBZ (INVALID_PARAMETERS) "
			       "reserved x2=0x4"));
	libffa_print_regs(line, sizeof(line), &unknown, V12, &work);
	assert_non_null(strstr(line, "E_UNKNOWN_FID (NOT_SUPPORTED)"));
}

/*
 * Framework messages print by name (DEN0077A 1.1 s15.2):
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

		/* Types 10-15 are v1.3 (docs/fact-check.md s16). */
		libffa_print_regs(line, sizeof(line), &f, LIBFFA_VERSION_1_3,
				  &work);
		snprintf(want, sizeof(want), "framework=%s ", types[i].name);
		assert_non_null(strstr(line, want));
	}
	/* Before v1.1, w2 held no framework flag: nothing is named. */
	{
		struct libffa_regs f = {{0x8400006F, 0xFFFF8001, 0, 0x10002}};

		libffa_print_regs(line, sizeof(line), &f, LIBFFA_VERSION_1_0,
				  &work);
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
	n = libffa_print_regs(small, sizeof(small), &f, V12, &work);
	assert_int_equal(n, strlen("FFA_VERSION version=1.2"));
	assert_string_equal(small, "FFA_VER");
	assert_int_equal(libffa_print_regs(NULL, 0, &f, V12, &work), n);
	assert_int_equal(canary[0], 'Z');
	/* One byte of room: only the terminator (print.h "always
	 * NUL-terminated when size > 0"; found in review). */
	canary[0] = 'Z';
	assert_int_equal(libffa_print_version(canary, 1, LIBFFA_VERSION_1_1),
			 3);
	assert_int_equal(canary[0], '\0');
}

/* ---- Words, widths, UUIDs and faults ------------------------------- */

#define V11 LIBFFA_VERSION_1_1

/*
 * print.h libffa_print_version(): a word with bit 31 set prints as
 * "NOT_SUPPORTED" (-1), "INVALID_PARAMETER" (-3) or raw hex (the v1.3
 * INVALID_PARAMETER answer: docs/fact-check.md s9).
 */
static void print_version_error_words(void **state)
{
	char line[32];
	size_t n;

	(void)state;
	n = libffa_print_version(line, sizeof(line), UINT32_C(0xFFFFFFFD));
	assert_string_equal(line, "INVALID_PARAMETER");
	assert_int_equal(n, strlen("INVALID_PARAMETER"));
	libffa_print_version(line, sizeof(line), UINT32_C(0xFFFFFFFF));
	assert_string_equal(line, "NOT_SUPPORTED");
	libffa_print_version(line, sizeof(line), UINT32_C(0x80010002));
	assert_string_equal(line, "0x80010002");
	libffa_print_version(line, sizeof(line), UINT32_C(0xFFFFFFFE));
	assert_string_equal(line, "0xfffffffe");
	/* Version 0.0 is well-formed: printed, not hidden. */
	libffa_print_version(line, sizeof(line), 0u);
	assert_string_equal(line, "0.0");
}

/*
 * SMCCC_ARCH_FEATURES answers a signed status in w0 (DEN0028 1.2 s7.3:
 * NOT_SUPPORTED is -1): printed as a signed decimal after "->".
 */
static void print_w0_answers_as_signed_values(void **state)
{
	struct libffa_regs reply = {{UINT32_C(0xFFFFFFFF)}};
	struct libffa_regs ok = {{0}};
	struct libffa_msg m;
	char line[96];

	(void)state;
	assert_int_equal(libffa_msg_decode_reply(&reply, V12,
						 LIBFFA_ABI_SMCCC_ARCH_FEATURES,
						 0, &m, NULL),
			 LIBFFA_OK);
	libffa_print_msg(line, sizeof(line), &m, V12);
	assert_string_equal(line, "SMCCC_ARCH_FEATURES -> status=-1");
	assert_int_equal(
		libffa_msg_decode_reply(
			&ok, V12, LIBFFA_ABI_SMCCC_ARCH_FEATURES, 0, &m, NULL),
		LIBFFA_OK);
	libffa_print_msg(line, sizeof(line), &m, V12);
	assert_string_equal(line, "SMCCC_ARCH_FEATURES -> status=0");
}

/*
 * FFA_PARTITION_INFO_GET carries its UUID in w1-w4 (DEN0028 1.2
 * s5.3): w = 0xa4a3a2a1, 0xc2c1b2b1, 0xd4d3d2d1, 0xd8d7d6d5
 * is a1a2a3a4-b1b2-c1c2-d1d2-d3d4d5d6d7d8.
 */
static void print_uuid_in_w_registers(void **state)
{
	struct libffa_regs f = {
		{0x84000068, 0xa4a3a2a1, 0xc2c1b2b1, 0xd4d3d2d1, 0xd8d7d6d5}};
	char line[160];

	(void)state;
	libffa_print_regs(line, sizeof(line), &f, V12, &work);
	assert_non_null(
		strstr(line, "uuid=a1a2a3a4-b1b2-c1c2-d1d2-d3d4d5d6d7d8"));
	assert_int_equal(strncmp(line, "FFA_PARTITION_INFO_GET ", 23), 0);
}

/*
 * print.h: "Results print as "FFA_SUCCESS_32 (ID_GET) id=0x0"": an
 * FFA_SUCCESS_64 answer names its width, and an ABI whose result has no
 * fields prints just the header.
 */
static void print_success_frames_name_their_width(void **state)
{
	struct libffa_regs share = {{0xC4000061, 0, 0x1234, 0x5678}};
	struct libffa_regs release = {{0x84000061}};
	struct libffa_msg m;
	char line[128];

	(void)state;
	assert_int_equal(
		libffa_msg_decode_reply(&share, V12, LIBFFA_ABI_MEM_SHARE, 0,
					&m, NULL),
		LIBFFA_OK);
	libffa_print_msg(line, sizeof(line), &m, V12);
	assert_int_equal(strncmp(line, "FFA_SUCCESS_64 (FFA_MEM_SHARE)", 30),
			 0);
	assert_int_equal(
		libffa_msg_decode_reply(&release, V12, LIBFFA_ABI_RX_RELEASE, 0,
					&m, NULL),
		LIBFFA_OK);
	libffa_print_msg(line, sizeof(line), &m, V12);
	assert_string_equal(line, "FFA_SUCCESS_32 (FFA_RX_RELEASE)");
}

/*
 * A direct response flagged as a framework message but carrying a request
 * type (VERSION_REQ, 8) is a malformed frame (DEN0077A 1.1 s18: the type
 * names its direction): strict decoding refuses it and the printer says
 * which field; decoded tolerantly (as a reply may be) it prints
 * generically, with the raw flag and type, not by name.
 */
static void print_undecodable_framework_prints_raw_fields(void **state)
{
	struct libffa_regs f = {{0x84000070, 0xFFFF8001, 0x80000008}};
	struct libffa_msg m;
	char line[256];

	(void)state;
	libffa_print_regs(line, sizeof(line), &f, V12, &work);
	assert_non_null(strstr(line, "framework_type"));
	assert_int_equal(
		libffa_msg_decode_ex(&f, V12, LIBFFA_DECODE_TOLERANT, &m, NULL),
		LIBFFA_OK);
	libffa_print_msg(line, sizeof(line), &m, V12);
	assert_int_equal(strncmp(line, "FFA_MSG_SEND_DIRECT_RESP_32 ", 28), 0);
	assert_null(strstr(line, "framework=VERSION"));
	assert_non_null(strstr(line, "framework_type=0x8"));
	assert_non_null(strstr(line, "framework=0x1"));
	/* A partition message's zero payload prints as an empty list. */
	assert_non_null(strstr(line, "payload=[]"));
}

/*
 * print.h libffa_print_regs(): a frame that does not decode prints why,
 * naming the field when a field's value broke a rule. FFA_FEATURES bits
 * [30:8] of w1 are MBZ for a function ID (DEN0077A 1.2 s13.3).
 */
static void print_invalid_frame_names_the_field(void **state)
{
	struct libffa_regs f = {{0x84000064, 0x00001000}};
	char line[512];
	size_t n;

	(void)state;
	n = libffa_print_regs(line, sizeof(line), &f, V12, &work);
	assert_int_equal(n, strlen(line));
	assert_non_null(strstr(line,
			       "invalid: E_MBZ (INVALID_PARAMETERS) "
			       "field feature x1=0x1000"));
	assert_non_null(strstr(line, " frame: 0x84000064 0x1000 0x0"));
}

/* NULL input prints "(null)" rather than crashing a log path. */
static void print_null_input(void **state)
{
	struct libffa_msg m;
	char line[32];

	(void)state;
	assert_int_equal(libffa_print_msg(line, sizeof(line), NULL, V12), 6);
	assert_string_equal(line, "(null)");
	memset(line, 'Z', sizeof(line));
	assert_int_equal(
		libffa_print_regs(line, sizeof(line), NULL, V12, &work), 6);
	assert_string_equal(line, "(null)");
	{
		const struct libffa_regs f = {{0x84000063}}; /* FFA_VERSION */

		assert_int_equal(
			libffa_print_regs(line, sizeof(line), &f, V12, NULL),
			6);
		assert_string_equal(line, "(null)");
		/* The work area holds the decoded frame afterwards. */
		memset(&work, 0xA5, sizeof(work));
		libffa_print_regs(line, sizeof(line), &f, V12, &work);
		assert_int_equal(work.msg.abi, LIBFFA_ABI_VERSION);
		assert_int_equal(work.msg.kind, LIBFFA_MSG_ARGS);
		assert_int_equal(work.fault.reg, -1);
	}
	/* A message whose ABI is out of range has no layout: "?". */
	libffa_msg_init(&m, LIBFFA_ABI_ID_GET, LIBFFA_MSG_ARGS, false);
	m.abi = (enum libffa_abi)LIBFFA_ABI_COUNT;
	assert_int_equal(libffa_print_msg(line, sizeof(line), &m, V12), 1);
	assert_string_equal(line, "?");
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
		cmocka_unit_test(print_version_error_words),
		cmocka_unit_test(print_w0_answers_as_signed_values),
		cmocka_unit_test(print_uuid_in_w_registers),
		cmocka_unit_test(print_success_frames_name_their_width),
		cmocka_unit_test(print_undecodable_framework_prints_raw_fields),
		cmocka_unit_test(print_invalid_frame_names_the_field),
		cmocka_unit_test(print_null_input),
	};

	return cmocka_run_group_tests_name("print", tests, NULL, NULL);
}
