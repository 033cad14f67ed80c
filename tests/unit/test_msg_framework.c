/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * Value rules the codec applies while decoding a direct message that
 * carries a framework message (DEN0077A 1.1 s15.2, s18; 1.2 s18.3), and
 * the version gating of the ABIs removed from the specification (issue
 * 12). Readings that are not literal spec text: docs/fact-check.md s16,
 * s17. Each case: strict decoding refuses with a named fault, tolerant
 * decoding (a reply) keeps accepting, and the encoder refuses the same.
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

#include "ffa/framework.h"
#include "ffa/msg.h"

#define V11 LIBFFA_VERSION_1_1
#define V12 LIBFFA_VERSION_1_2
#define V13 LIBFFA_VERSION_1_3

#define REQ32  UINT64_C(0x8400006F)
#define RESP32 UINT64_C(0x84000070)
#define REQ64  UINT64_C(0xC400006F)
#define RESP64 UINT64_C(0xC4000070)
/* w1: SPMD (0xFFFF) to SPMC (0x8000), or back. */
#define IDS_DOWN UINT64_C(0xFFFF8000)
#define IDS_UP	 UINT64_C(0x8000FFFF)
#define FWK	 UINT64_C(0x80000000)

/* Strict decoding refuses @regs at @v with @status at x@reg, @field. */
static void refused(const struct libffa_regs *regs, libffa_version_t v,
		    libffa_status_t status, int reg, const char *field)
{
	struct libffa_msg m;
	struct libffa_msg_fault fault;

	memset(&fault, 0, sizeof(fault));
	assert_int_equal(libffa_msg_decode_ex(regs, v, 0, &m, &fault), status);
	assert_int_equal(fault.reg, reg);
	assert_non_null(fault.field);
	assert_string_equal(fault.field, field);
	/* A reply decoded tolerantly keeps its existing behaviour. */
	assert_int_equal(
		libffa_msg_decode_ex(regs, v, LIBFFA_DECODE_TOLERANT, &m, NULL),
		LIBFFA_OK);
}

/* The encoder refuses what the strict decoder refuses: rebuild the
 * message from the tolerant decode and encode it. */
static void not_encodable(const struct libffa_regs *regs, libffa_version_t v)
{
	struct libffa_msg m;
	struct libffa_regs out;

	assert_int_equal(
		libffa_msg_decode_ex(regs, v, LIBFFA_DECODE_TOLERANT, &m, NULL),
		LIBFFA_OK);
	assert_int_equal(libffa_msg_encode(&m, v, &out), LIBFFA_E_INVAL);
}

static void accepted(const struct libffa_regs *regs, libffa_version_t v)
{
	struct libffa_msg m;
	struct libffa_regs out;

	assert_int_equal(libffa_msg_decode(regs, v, &m), LIBFFA_OK);
	assert_int_equal(libffa_msg_encode(&m, v, &out), LIBFFA_OK);
	assert_memory_equal(&out, regs, sizeof(out));
}

/*
 * DEN0077A 1.1 s15.2 / s18: with w2 bit 31 set, w2[7:0] is a framework
 * message type; 3 and 16-255 name none, a request type does not travel in
 * a response (nor the reverse), and the v1.3 lifecycle types do not exist
 * at v1.2.
 */
static void framework_undefined_type(void **state)
{
	const struct libffa_regs type3 = {{REQ32, IDS_DOWN, FWK | 3u}};
	const struct libffa_regs type16 = {{REQ32, IDS_DOWN, FWK | 16u}};
	const struct libffa_regs type255 = {{RESP32, IDS_UP, FWK | 255u}};
	const struct libffa_regs req_in_resp = {{RESP32, IDS_UP, FWK | 8u}};
	const struct libffa_regs resp_in_req = {{REQ32, IDS_DOWN, FWK | 9u}};
	const struct libffa_regs stop_v13 = {{REQ32, IDS_DOWN, FWK | 10u}};

	(void)state;
	refused(&type3, V12, LIBFFA_E_BADVALUE, 2, "framework_type");
	refused(&type3, V11, LIBFFA_E_BADVALUE, 2, "framework_type");
	refused(&type16, V13, LIBFFA_E_BADVALUE, 2, "framework_type");
	refused(&type255, V12, LIBFFA_E_BADVALUE, 2, "framework_type");
	refused(&req_in_resp, V12, LIBFFA_E_BADVALUE, 2, "framework_type");
	refused(&resp_in_req, V12, LIBFFA_E_BADVALUE, 2, "framework_type");
	refused(&stop_v13, V12, LIBFFA_E_BADVALUE, 2, "framework_type");
	not_encodable(&type3, V12);
	not_encodable(&req_in_resp, V12);
	/* The same frames are fine where the type exists. */
	accepted(&stop_v13, V13);
}

/*
 * The FFA_VERSION framework request (type 8) carries FFA_VERSION's w1 in
 * w3, whose bit 31 must be zero (DEN0077A 1.2 s13.2.1), and from v1.3 its
 * flags in w4: query type 0b11 undefined, bits[31:2] reserved (DEN0077A
 * 1.3 s13.2; docs/fact-check.md s9, s16). Before v1.3, w4 is unused.
 */
static void framework_version_req_fields(void **state)
{
	const struct libffa_regs bit31 = {
		{REQ32, IDS_DOWN, FWK | 8u, 0x80010002}};
	const struct libffa_regs query3 = {
		{REQ32, IDS_DOWN, FWK | 8u, 0x00010003, 3}};
	const struct libffa_regs flag4 = {
		{REQ32, IDS_DOWN, FWK | 8u, 0x00010003, 4}};
	const struct libffa_regs flags_v12 = {
		{REQ32, IDS_DOWN, FWK | 8u, 0x00010002, 1}};
	const struct libffa_regs query2 = {
		{REQ32, IDS_DOWN, FWK | 8u, 0x00010003, 2}};
	const struct libffa_regs resp_bit31 = {
		{RESP32, IDS_UP, FWK | 9u, 0x80010002}};
	const struct libffa_regs resp_not_supported = {
		{RESP32, IDS_UP, FWK | 9u, 0xFFFFFFFF}};

	(void)state;
	refused(&bit31, V12, LIBFFA_E_BADVALUE, 3, "version");
	refused(&query3, V13, LIBFFA_E_BADVALUE, 4, "flags");
	refused(&flag4, V13, LIBFFA_E_MBZ, 4, "flags");
	refused(&flags_v12, V12, LIBFFA_E_MBZ, 4, "flags");
	refused(&resp_bit31, V12, LIBFFA_E_BADVALUE, 3, "version");
	not_encodable(&bit31, V12);
	not_encodable(&query3, V13);
	accepted(&query2, V13);
	accepted(&resp_not_supported, V12);
}

/*
 * Power management (DEN0077A 1.1 s18.2): the warm-boot request's w3 is 0
 * (from suspend to RAM) or 1 (from a shallower state); the registers a
 * message does not use (w4-w7 here) are reserved.
 */
static void framework_warm_boot_type(void **state)
{
	const struct libffa_regs type2 = {{REQ32, IDS_DOWN, FWK | 1u, 2}};
	const struct libffa_regs w4 = {{REQ32, IDS_DOWN, FWK | 1u, 1, 1}};
	const struct libffa_regs ok = {{REQ32, IDS_DOWN, FWK | 1u, 1}};

	(void)state;
	refused(&type2, V11, LIBFFA_E_BADVALUE, 3, "boot_type");
	refused(&w4, V12, LIBFFA_E_MBZ, 4, "payload");
	not_encodable(&type2, V11);
	not_encodable(&w4, V12);
	accepted(&ok, V11);
}

/*
 * VM availability responses (DEN0077A 1.2 s18.3): w3 is 0 or an FF-A
 * error code, which is negative; a positive value names nothing
 * (docs/fact-check.md s16).
 */
static void framework_vm_status(void **state)
{
	const struct libffa_regs created_1 = {{RESP32, IDS_UP, FWK | 5u, 1}};
	const struct libffa_regs destroyed_max = {
		{RESP32, IDS_UP, FWK | 7u, 0x7FFFFFFF}};
	const struct libffa_regs denied = {
		{RESP32, IDS_UP, FWK | 5u, 0xFFFFFFFA}};
	const struct libffa_regs success = {{RESP32, IDS_UP, FWK | 7u, 0}};

	(void)state;
	refused(&created_1, V12, LIBFFA_E_BADVALUE, 3, "status");
	refused(&destroyed_max, V12, LIBFFA_E_BADVALUE, 3, "status");
	not_encodable(&created_1, V12);
	accepted(&denied, V12);
	accepted(&success, V12);
}

/*
 * Only the PSCI request has an SMC64 form (DEN0077A 1.1 s18.2; arm-ffa
 * refuses every other framework message in a 64-bit direct request and
 * any in a 64-bit response, docs/fact-check.md s16).
 */
static void framework_smc64_only_psci(void **state)
{
	const struct libffa_regs version64 = {
		{REQ64, IDS_DOWN, FWK | 8u, 0x00010002}};
	const struct libffa_regs vm64 = {{REQ64, IDS_DOWN, FWK | 4u, 1, 0, 2}};
	const struct libffa_regs resp64 = {{RESP64, IDS_UP, FWK | 2u}};
	const struct libffa_regs psci64 = {{REQ64, IDS_DOWN, FWK, 0xC4000001,
					    UINT64_C(0x123456789A), 2, 3}};

	(void)state;
	refused(&version64, V12, LIBFFA_E_BADVALUE, 2, "framework_type");
	refused(&vm64, V12, LIBFFA_E_BADVALUE, 2, "framework_type");
	refused(&resp64, V12, LIBFFA_E_BADVALUE, 2, "framework_type");
	not_encodable(&version64, V12);
	accepted(&psci64, V12);
}

/*
 * A PSCI function ID is a 32-bit SMCCC function ID (DEN0028 1.2 s2.5),
 * also in x3 of the SMC64 PSCI request: the upper half was silently
 * dropped by libffa_framework_decode(); now the frame is refused, and x7
 * (unused) and x8-x17 (v1.3) must be zero too.
 */
static void framework_psci64_upper_half(void **state)
{
	const struct libffa_regs upper = {
		{REQ64, IDS_DOWN, FWK, UINT64_C(0x1C4000001)}};
	struct libffa_regs x7 = {{REQ64, IDS_DOWN, FWK, 0xC4000001}};
	struct libffa_regs x9 = {{REQ64, IDS_DOWN, FWK, 0xC4000001}};
	struct libffa_msg m;
	struct libffa_msg_fault fault;

	(void)state;
	refused(&upper, V12, LIBFFA_E_MBZ, 3, "function_id");
	assert_int_equal(libffa_msg_decode_ex(&upper, V12, 0, &m, &fault),
			 LIBFFA_E_MBZ);
	assert_int_equal(fault.bits, UINT64_C(0x100000000));
	not_encodable(&upper, V13);
	x7.x[7] = 1;
	refused(&x7, V12, LIBFFA_E_MBZ, 7, "payload");
	x9.x[9] = 1;
	refused(&x9, V13, LIBFFA_E_MBZ, 9, "payload");
}

/* libffa_framework_decode() applies the same rules as the codec. */
static void framework_decode_same_rules(void **state)
{
	const struct libffa_regs upper = {
		{REQ64, IDS_DOWN, FWK, UINT64_C(0x1C4000001)}};
	const struct libffa_regs status1 = {{RESP32, IDS_UP, FWK | 5u, 1}};
	struct libffa_framework_msg fw;
	struct libffa_msg m;

	(void)state;
	assert_int_equal(libffa_msg_decode_ex(&upper, V12,
					      LIBFFA_DECODE_TOLERANT, &m, NULL),
			 LIBFFA_OK);
	assert_int_equal(libffa_framework_decode(&m, &fw), LIBFFA_E_MBZ);
	assert_int_equal(libffa_msg_decode_ex(&status1, V12,
					      LIBFFA_DECODE_TOLERANT, &m, NULL),
			 LIBFFA_OK);
	assert_int_equal(libffa_framework_decode(&m, &fw), LIBFFA_E_BADVALUE);
	memset(&fw, 0, sizeof(fw));
	fw.type = LIBFFA_FRAMEWORK_VM_DESTROYED_RESP;
	fw.u.status = 3;
	assert_int_equal(libffa_framework_encode(&fw, &m), LIBFFA_E_INVAL);
}

/*
 * FFA_MSG_SEND and FFA_MSG_POLL, deprecated in v1.1, are not part of
 * v1.3 (docs/fact-check.md s17): at v1.3 they decode as an ABI the
 * version does not define (NOT_SUPPORTED) and do not encode; at v1.2 they
 * still do. FFA_MEM_OP_PAUSE/RESUME stay: no source shows a version
 * without them.
 */
static void removed_abis_are_not_supported(void **state)
{
	const struct libffa_regs send = {{0x8400006E, 0x00020001, 0, 64, 1}};
	const struct libffa_regs poll = {{0x8400006A}};
	const struct libffa_regs pause = {{0x84000078, 1, 2}};
	const struct libffa_regs resume = {{0x84000079, 1, 2}};
	struct libffa_msg m;
	struct libffa_regs out;
	struct libffa_msg_fault fault;

	(void)state;
	assert_int_equal(libffa_msg_decode_ex(&send, V13, 0, &m, &fault),
			 LIBFFA_E_VERSION);
	assert_int_equal(fault.reg, 0);
	assert_int_equal(libffa_status_to_ret(LIBFFA_E_VERSION),
			 LIBFFA_RET_NOT_SUPPORTED);
	assert_int_equal(libffa_msg_decode(&poll, V13, &m), LIBFFA_E_VERSION);
	assert_int_equal(libffa_msg_decode_ex(&send, V13,
					      LIBFFA_DECODE_TOLERANT, &m, NULL),
			 LIBFFA_E_VERSION);
	accepted(&send, V12);
	accepted(&poll, V12);
	libffa_msg_init(&m, LIBFFA_ABI_MSG_SEND, LIBFFA_MSG_ARGS, false);
	assert_int_equal(libffa_msg_encode(&m, V13, &out), LIBFFA_E_VERSION);
	assert_false(libffa_abi_exists(LIBFFA_ABI_MSG_POLL, false, V13));
	assert_true(libffa_abi_exists(LIBFFA_ABI_MSG_POLL, false, V12));
	accepted(&pause, V13);
	accepted(&resume, V13);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(framework_undefined_type),
		cmocka_unit_test(framework_version_req_fields),
		cmocka_unit_test(framework_warm_boot_type),
		cmocka_unit_test(framework_vm_status),
		cmocka_unit_test(framework_smc64_only_psci),
		cmocka_unit_test(framework_psci64_upper_half),
		cmocka_unit_test(framework_decode_same_rules),
		cmocka_unit_test(removed_abis_are_not_supported),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
