/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * The printer, the forms test_print.c leaves out: FFA_VERSION's error
 * answers, values answered in w0, UUIDs in w registers, FFA_SUCCESS_64,
 * framework flags that do not decode, faults in named fields, and NULL
 * input (include/ffa/print.h).
 */
/* clang-format off */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>
/* clang-format on */

#include "ffa/msg.h"
#include "ffa/print.h"

#define V11 LIBFFA_VERSION_1_1
#define V12 LIBFFA_VERSION_1_2

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
 * FFA_PARTITION_INFO_GET carries its UUID in w1-w4 (ffa-facts s2.1). The
 * ffa-facts s2 example: w = 0xa4a3a2a1, 0xc2c1b2b1, 0xd4d3d2d1, 0xd8d7d6d5
 * is a1a2a3a4-b1b2-c1c2-d1d2-d3d4d5d6d7d8.
 */
static void print_uuid_in_w_registers(void **state)
{
	struct libffa_regs f = {
		{0x84000068, 0xa4a3a2a1, 0xc2c1b2b1, 0xd4d3d2d1, 0xd8d7d6d5}};
	char line[160];

	(void)state;
	libffa_print_regs(line, sizeof(line), &f, V12);
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
 * type (VERSION_REQ, 8) is not a framework message libffa can decode
 * (framework.h: E_BADVALUE for a request type in a response): it prints
 * generically, with the raw flag and type, not by name.
 */
static void print_undecodable_framework_prints_raw_fields(void **state)
{
	struct libffa_regs f = {{0x84000070, 0xFFFF8001, 0x80000008}};
	char line[256];

	(void)state;
	libffa_print_regs(line, sizeof(line), &f, V12);
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
	n = libffa_print_regs(line, sizeof(line), &f, V12);
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
	assert_int_equal(libffa_print_regs(line, sizeof(line), NULL, V12), 6);
	assert_string_equal(line, "(null)");
	/* A message whose ABI is out of range has no layout: "?". */
	libffa_msg_init(&m, LIBFFA_ABI_ID_GET, LIBFFA_MSG_ARGS, false);
	m.abi = (enum libffa_abi)LIBFFA_ABI_COUNT;
	assert_int_equal(libffa_print_msg(line, sizeof(line), &m, V12), 1);
	assert_string_equal(line, "?");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(print_version_error_words),
		cmocka_unit_test(print_w0_answers_as_signed_values),
		cmocka_unit_test(print_uuid_in_w_registers),
		cmocka_unit_test(print_success_frames_name_their_width),
		cmocka_unit_test(print_undecodable_framework_prints_raw_fields),
		cmocka_unit_test(print_invalid_frame_names_the_field),
		cmocka_unit_test(print_null_input),
	};

	return cmocka_run_group_tests_name("print_more", tests, NULL, NULL);
}
