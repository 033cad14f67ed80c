/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * The codec's rules beyond layouts: replies, strict and tolerant decoding,
 * 32-bit views, value rules, and encoder refusals.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <setjmp.h>
#include <string.h>

#include <cmocka.h>

#include "ffa/abi.h"
#include "ffa/field.h"
#include "ffa/msg.h"

#define V10 LIBFFA_VERSION_1_0
#define V11 LIBFFA_VERSION_1_1
#define V12 LIBFFA_VERSION_1_2
#define V13 LIBFFA_VERSION_1_3

/*
 * Error codes are 32-bit values: HF zero-extends, pKVM sign-extends
 * (docs/fact-check.md item 10). Both must decode to the same code, from w2
 * only.
 */
static void msg_error_code_is_read_from_w2_only(void **state)
{
	struct libffa_regs zext = {{0x84000060, 0, 0x00000000FFFFFFFE}};
	struct libffa_regs sext = {{0x84000060, 0, 0xFFFFFFFFFFFFFFFE}};
	struct libffa_msg a;
	struct libffa_msg b;
	int32_t code = 0;

	(void)state;
	memset(&a, 0, sizeof(a));
	memset(&b, 0, sizeof(b));
	assert_int_equal(libffa_msg_decode(&zext, V12, &a), LIBFFA_OK);
	assert_int_equal(libffa_msg_decode(&sext, V12, &b), LIBFFA_OK);
	assert_memory_equal(&a, &b, sizeof(a));
	assert_true(libffa_msg_is_error(&a, &code));
	assert_int_equal(code, LIBFFA_RET_INVALID_PARAMETERS);
}

/* The same holds for FFA_ERROR_64 (v1.3): x2's upper half is ignored. */
static void msg_error64_code_is_read_from_w2_only(void **state)
{
	struct libffa_regs zext = {{0xC4000060, 0, 0x00000000FFFFFFFE}};
	struct libffa_regs sext = {{0xC4000060, 0, 0xFFFFFFFFFFFFFFFE}};
	struct libffa_regs enc;
	struct libffa_msg a;
	struct libffa_msg b;

	(void)state;
	memset(&a, 0, sizeof(a));
	memset(&b, 0, sizeof(b));
	assert_int_equal(libffa_msg_decode(&zext, V13, &a), LIBFFA_OK);
	assert_int_equal(libffa_msg_decode(&sext, V13, &b), LIBFFA_OK);
	assert_memory_equal(&a, &b, sizeof(a));
	assert_int_equal(a.args.error.error_code,
			 LIBFFA_RET_INVALID_PARAMETERS);
	/* Encoders zero-extend it. */
	assert_int_equal(libffa_msg_encode(&b, V13, &enc), LIBFFA_OK);
	assert_int_equal(enc.x[2], 0xFFFFFFFEu);
}

/* An unknown error code is kept, never rejected. */
static void msg_unknown_error_code_is_preserved(void **state)
{
	struct libffa_regs f = {{0x84000060, 0, 0xFFFFFFF5}};
	struct libffa_msg m;
	int32_t code = 0;

	(void)state;
	assert_int_equal(libffa_msg_decode(&f, V12, &m), LIBFFA_OK);
	assert_true(libffa_msg_is_error(&m, &code));
	assert_int_equal(code, -11);
}

/* Any call may be answered by FFA_SUCCESS_32 or _64 (DEN0077A 1.2 s13.1). */
static void msg_either_success_width_answers_any_call(void **state)
{
	struct libffa_regs s32 = {{0x84000061, 0, 0x11, 0x22}};
	struct libffa_regs s64 = {{0xC4000061, 0, 0x11, 0x22}};
	struct libffa_msg m;

	(void)state;
	/* Hafnium answers FFA_MEM_SHARE_64 with FFA_SUCCESS_32. */
	assert_int_equal(libffa_msg_decode_reply(
				 &s32, V12, LIBFFA_ABI_MEM_SHARE, 0, &m, NULL),
			 LIBFFA_OK);
	assert_int_equal(m.kind, LIBFFA_MSG_RESULT);
	assert_false(m.smc64);
	assert_int_equal(m.result.mem_share.handle, 0x2200000011);
	assert_int_equal(libffa_msg_decode_reply(
				 &s64, V12, LIBFFA_ABI_MEM_SHARE, 0, &m, NULL),
			 LIBFFA_OK);
	assert_true(m.smc64);
	assert_int_equal(m.result.mem_share.handle, 0x2200000011);
}

/* A reply that is not FFA_SUCCESS decodes as the frame it is. */
static void msg_reply_may_be_another_abi(void **state)
{
	struct libffa_regs err = {{0x84000060, 0, 0xFFFFFFFF}};
	struct libffa_regs frag = {{0x8400007A, 1, 0, 0x1000}};
	struct libffa_msg m;

	(void)state;
	assert_int_equal(libffa_msg_decode_reply(&err, V12, LIBFFA_ABI_ID_GET,
						 0, &m, NULL),
			 LIBFFA_OK);
	assert_true(libffa_msg_is_error(&m, NULL));
	assert_int_equal(libffa_msg_decode_reply(
				 &frag, V12, LIBFFA_ABI_MEM_SHARE, 0, &m, NULL),
			 LIBFFA_OK);
	assert_int_equal(m.abi, LIBFFA_ABI_MEM_FRAG_RX);
	assert_int_equal(m.args.mem_frag_rx.fragment_offset, 0x1000);
}

/*
 * FFA_VERSION answers a bare version or NOT_SUPPORTED in w0, never a
 * function ID (DEN0077A 1.2 s13.2). pKVM writes -1 as a 64-bit value.
 */
static void msg_version_reply_is_a_version_not_a_fid(void **state)
{
	struct libffa_regs ok = {{0x00010002, 0xAAAA, 0xBBBB}};
	struct libffa_regs ns = {{0xFFFFFFFFFFFFFFFF}};
	struct libffa_msg m;
	struct libffa_regs enc;

	(void)state;
	assert_int_equal(libffa_msg_decode_reply(&ok, V12, LIBFFA_ABI_VERSION,
						 0, &m, NULL),
			 LIBFFA_OK);
	assert_int_equal(m.abi, LIBFFA_ABI_VERSION);
	assert_int_equal(m.kind, LIBFFA_MSG_RESULT);
	assert_int_equal(m.result.version.version, 0x00010002);
	/* A version word is not decoded as a function ID by mistake. */
	assert_int_equal(libffa_msg_decode(&ok, V12, &m), LIBFFA_E_UNKNOWN_FID);
	assert_int_equal(libffa_msg_decode_reply(&ns, V12, LIBFFA_ABI_VERSION,
						 0, &m, NULL),
			 LIBFFA_OK);
	assert_int_equal(m.result.version.version, 0xFFFFFFFFu);
	/* Encoding zero-extends it. */
	assert_int_equal(libffa_msg_encode(&m, V12, &enc), LIBFFA_OK);
	assert_int_equal(enc.x[0], 0xFFFFFFFFu);
}

/*
 * Reply strictness is the caller's choice. TF-A 2.12
 * leaves the caller's values in result registers it does not write
 * (seen in the TF-A demo, docs/demo.md), so a tolerant decode is needed
 * against it.
 */
static void msg_tolerant_reply_ignores_reserved_bits(void **state)
{
	struct libffa_regs r = {{0xC4000061, 0x1234, 0x00020000, 0, 0xCAFE, 0,
				 0, 0, 0x88, 0, 0, 0, 0, 0, 0, 0, 0, 0x99}};
	struct libffa_msg m;
	struct libffa_msg_fault fault;

	(void)state;
	assert_int_equal(libffa_msg_decode_reply(&r, V12, LIBFFA_ABI_FEATURES,
						 0, &m, &fault),
			 LIBFFA_E_MBZ);
	assert_int_equal(fault.reg, 1);
	assert_int_equal(
		libffa_msg_decode_reply(&r, V12, LIBFFA_ABI_FEATURES,
					LIBFFA_DECODE_TOLERANT, &m, &fault),
		LIBFFA_OK);
	assert_int_equal(m.result.features.properties, 0x00020000);
}

/* SMC32 frames are read through w0-w7 (DEN0028 1.2 s2.6). */
static void msg_smc32_reads_only_w_registers(void **state)
{
	struct libffa_regs f = {{0xFFFFFFFF84000073, 0xFFFFFFFF00000070,
				 0x1234567800000070, 0xAB00000000, 0, 0, 0, 0,
				 0x77}};
	struct libffa_msg m;

	(void)state;
	assert_int_equal(libffa_msg_decode(&f, V12, &m), LIBFFA_OK);
	assert_int_equal(m.abi, LIBFFA_ABI_MEM_SHARE);
	assert_false(m.smc64);
	assert_int_equal(m.args.mem_share.total_length, 0x70);
	assert_int_equal(m.args.mem_share.address, 0);
}

/* x8-x17 of a v1.2 SMC64 call are reserved unless the ABI uses them. */
static void msg_smc64_v12_extended_registers_are_reserved(void **state)
{
	struct libffa_regs f = {{0xC400006F, 0x8001, 0, 1, 2, 3, 4, 5, 6}};
	struct libffa_msg m;
	struct libffa_msg_fault fault;

	(void)state;
	assert_int_equal(libffa_msg_decode_ex(&f, V12, 0, &m, &fault),
			 LIBFFA_E_MBZ);
	assert_int_equal(fault.reg, 8);
	/* v1.3 makes x8-x17 payload of SMC64 direct messages. */
	assert_int_equal(libffa_msg_decode(&f, V13, &m), LIBFFA_OK);
	assert_int_equal(m.args.direct_req.payload[5], 6);
	/* Before SMCCC 1.2 (FF-A < 1.2), x8-x17 are not part of the call. */
	assert_int_equal(libffa_msg_decode(&f, V11, &m), LIBFFA_OK);
	assert_int_equal(m.args.direct_req.payload[5], 0);
}

/* Value rules from the check column of abi.def. */
static void msg_value_rules_are_enforced_on_calls(void **state)
{
	struct libffa_regs feat_id = {{0x84000064, 0x00000101}};
	struct libffa_regs feat_props = {{0x84000064, 0x1, 0x2}};
	struct libffa_regs feat_fid = {{0x84000064, 0x84000074, 0x2}};
	struct libffa_regs direct = {{0x8400006F, 0x8001, 0x00000008}};
	struct libffa_regs log0 = {{0x8400008A, 0}};
	struct libffa_regs log25 = {{0x8400008A, 25}};
	struct libffa_regs log128 = {{0xC400008A, 128}};
	struct libffa_regs tag = {{0xC400008B, 0, 0, 0x00050000}};
	struct libffa_regs set = {{0x84000081, 0x80010002, 0x00030000}};
	struct libffa_msg m;
	struct libffa_msg_fault fault;

	(void)state;
	/* FFA_FEATURES feature ID: bits[30:8] MBZ (DEN0077A 1.2 s13.3). */
	assert_int_equal(libffa_msg_decode_ex(&feat_id, V12, 0, &m, &fault),
			 LIBFFA_E_MBZ);
	assert_string_equal(fault.field, "feature");
	/* Input properties must be zero for a feature ID... */
	assert_int_equal(libffa_msg_decode_ex(&feat_props, V12, 0, &m, &fault),
			 LIBFFA_E_MBZ);
	assert_string_equal(fault.field, "input_properties");
	/* ...but carry the NS-bit flag for FFA_MEM_RETRIEVE_REQ (v1.1+). */
	assert_int_equal(libffa_msg_decode(&feat_fid, V12, &m), LIBFFA_OK);
	/* A partition message has no framework type (DEN0077A 1.1 s15.2). */
	assert_int_equal(libffa_msg_decode_ex(&direct, V12, 0, &m, &fault),
			 LIBFFA_E_MBZ);
	assert_string_equal(fault.field, "framework_type");
	/* FFA_CONSOLE_LOG: 1..24 characters (SMC32), 1..128 (SMC64). */
	assert_int_equal(libffa_msg_decode(&log0, V12, &m), LIBFFA_E_BADVALUE);
	assert_int_equal(libffa_msg_decode(&log25, V12, &m), LIBFFA_E_BADVALUE);
	assert_int_equal(libffa_msg_decode(&log128, V12, &m), LIBFFA_OK);
	/* GET_REGS with a tag but start index 0 gets RETRY (arm-ffa). */
	assert_int_equal(libffa_msg_decode(&tag, V12, &m), LIBFFA_E_RETRY);
	assert_int_equal(libffa_status_to_ret(LIBFFA_E_RETRY),
			 LIBFFA_RET_RETRY);
	/* A vCPU ID without the per-vCPU flag (DEN0077A 1.1 s17.7). */
	assert_int_equal(libffa_msg_decode_ex(&set, V12, 0, &m, &fault),
			 LIBFFA_E_BADVALUE);
	assert_string_equal(fault.field, "vcpu_id");
	/* Tolerant decoding (replies) skips value rules too. */
	assert_int_equal(libffa_msg_decode_ex(&set, V12, LIBFFA_DECODE_TOLERANT,
					      &m, NULL),
			 LIBFFA_OK);
}

static void msg_encode_refuses_what_does_not_fit(void **state)
{
	struct libffa_msg m;
	struct libffa_regs r;

	(void)state;
	/* A 64-bit address in an SMC32 frame. */
	libffa_msg_init(&m, LIBFFA_ABI_MEM_SHARE, LIBFFA_MSG_ARGS, false);
	m.args.mem_share.address = 0x100000000;
	assert_int_equal(libffa_msg_encode(&m, V12, &r), LIBFFA_E_INVAL);
	/* A failed encode leaves no half frame behind. */
	for (unsigned int i = 0; i < LIBFFA_REGS_COUNT; i++) {
		assert_int_equal(r.x[i], 0);
	}
	/* A value wider than its field. */
	libffa_msg_init(&m, LIBFFA_ABI_MSG_WAIT, LIBFFA_MSG_ARGS, false);
	m.args.msg_wait.retain_rx = 2;
	assert_int_equal(libffa_msg_encode(&m, V12, &r), LIBFFA_E_INVAL);
	/* A field the version does not define. */
	m.args.msg_wait.retain_rx = 1;
	assert_int_equal(libffa_msg_encode(&m, V11, &r), LIBFFA_E_VERSION);
	/* SMC32 direct messages have five payload registers. */
	libffa_msg_init(&m, LIBFFA_ABI_MSG_SEND_DIRECT_REQ, LIBFFA_MSG_ARGS,
			false);
	m.args.direct_req.payload[5] = 1;
	assert_int_equal(libffa_msg_encode(&m, V13, &r), LIBFFA_E_INVAL);
	/* SMC64 direct messages reach x17 only from v1.3. */
	m.smc64 = true;
	assert_int_equal(libffa_msg_encode(&m, V12, &r), LIBFFA_E_VERSION);
	assert_int_equal(libffa_msg_encode(&m, V13, &r), LIBFFA_OK);
	assert_int_equal(r.x[8], 1);
	/* A value rule broken by the caller is a caller bug. */
	libffa_msg_init(&m, LIBFFA_ABI_CONSOLE_LOG, LIBFFA_MSG_ARGS, false);
	assert_int_equal(libffa_msg_encode(&m, V12, &r), LIBFFA_E_INVAL);
	/* An ABI without that width; a result of a bare-w0 ABI in SMC64. */
	libffa_msg_init(&m, LIBFFA_ABI_VERSION, LIBFFA_MSG_ARGS, true);
	assert_int_equal(libffa_msg_encode(&m, V12, &r), LIBFFA_E_INVAL);
	libffa_msg_init(&m, LIBFFA_ABI_VERSION, LIBFFA_MSG_RESULT, true);
	assert_int_equal(libffa_msg_encode(&m, V12, &r), LIBFFA_E_INVAL);
}

static void msg_null_and_bad_arguments_are_refused(void **state)
{
	struct libffa_regs r = {{0x84000069}};
	struct libffa_msg m;
	const struct libffa_field *f;
	uint64_t v;

	(void)state;
	assert_int_equal(libffa_msg_decode(NULL, V12, &m), LIBFFA_E_INVAL);
	assert_int_equal(libffa_msg_decode(&r, V12, NULL), LIBFFA_E_INVAL);
	assert_int_equal(libffa_msg_encode(NULL, V12, &r), LIBFFA_E_INVAL);
	assert_int_equal(libffa_msg_decode_reply(&r, V12, (enum libffa_abi)9999,
						 0, &m, NULL),
			 LIBFFA_E_INVAL);
	/* Field access checks the field belongs to the message's layout. */
	libffa_msg_init(&m, LIBFFA_ABI_RUN, LIBFFA_MSG_ARGS, false);
	f = libffa_msg_field_find(&m, "vcpu_id");
	assert_non_null(f);
	assert_null(libffa_msg_field_find(&m, "handle"));
	assert_int_equal(libffa_msg_field_set(&m, f, 0, 0x10000),
			 LIBFFA_E_INVAL);
	assert_int_equal(libffa_msg_field_set(&m, f, 1, 1), LIBFFA_E_INVAL);
	assert_int_equal(libffa_msg_field_set(&m, f, 0, 7), LIBFFA_OK);
	assert_int_equal(m.args.run.vcpu_id, 7);
	assert_int_equal(libffa_msg_field_get(&m, f, 0, &v), LIBFFA_OK);
	assert_int_equal(v, 7);
	libffa_msg_init(&m, LIBFFA_ABI_YIELD, LIBFFA_MSG_ARGS, false);
	assert_int_equal(libffa_msg_field_get(&m, f, 0, &v), LIBFFA_E_INVAL);
}

/* The SVE hint is reported and re-encoded (DEN0028 1.3 s2.5). */
static void msg_sve_hint_round_trips(void **state)
{
	struct libffa_regs f = {{0x84010069}};
	struct libffa_regs enc;
	struct libffa_msg m;

	(void)state;
	assert_int_equal(libffa_msg_decode(&f, V12, &m), LIBFFA_OK);
	assert_int_equal(m.abi, LIBFFA_ABI_ID_GET);
	assert_true(m.sve_hint);
	assert_int_equal(libffa_msg_encode(&m, V12, &enc), LIBFFA_OK);
	assert_int_equal(enc.x[0], 0x84010069);
}

/*
 * The hint rides on function IDs only (DEN0028 1.3 s2.5): an FFA_SUCCESS
 * result carries it, a bare FFA_VERSION answer in w0 does not (its w0 is a
 * version, DEN0077A 1.2 s13.2), and a refused encode leaves no frame.
 */
static void msg_sve_hint_only_on_ids(void **state)
{
	struct libffa_regs enc;
	struct libffa_msg m;

	(void)state;
	libffa_msg_init(&m, LIBFFA_ABI_ID_GET, LIBFFA_MSG_RESULT, false);
	m.result.id_get.id = 0x8001;
	m.sve_hint = true;
	assert_int_equal(libffa_msg_encode(&m, V12, &enc), LIBFFA_OK);
	assert_int_equal(enc.x[0], 0x84010061); /* FFA_SUCCESS_32 + hint */
	assert_int_equal(enc.x[2], 0x8001);

	libffa_msg_init(&m, LIBFFA_ABI_VERSION, LIBFFA_MSG_RESULT, false);
	m.result.version.version = LIBFFA_VERSION_1_2;
	m.sve_hint = true;
	assert_int_equal(libffa_msg_encode(&m, V12, &enc), LIBFFA_OK);
	assert_int_equal(enc.x[0], LIBFFA_VERSION_1_2);

	libffa_msg_init(&m, LIBFFA_ABI_ID_GET, LIBFFA_MSG_ARGS, false);
	m.sve_hint = true;
	memset(&enc, 0xA5, sizeof(enc));
	assert_int_equal(libffa_msg_encode(&m, LIBFFA_VERSION(1, 4), &enc),
			 LIBFFA_E_VERSION);
	assert_int_equal(enc.x[0], 0);
	assert_int_equal(enc.x[17], 0);
}

/* ---- Field access, constructors and value rules ---------------------- */

/*
 * field_get(): "@elem: ... half (UUID: 0 bytes 0-7, 1 bytes 8-15)" in the
 * x-pair convention (DEN0028 1.2 s5.3); a third
 * half does not exist.
 */
static void msg_field_get_uuid_halves(void **state)
{
	struct libffa_regs f = {
		{0xC400008D, 0x8001, 0xc2c1b2b1a4a3a2a1, 0xd8d7d6d5d4d3d2d1}};
	struct libffa_msg m;
	const struct libffa_field *uuid;
	uint64_t v = 0;

	(void)state;
	assert_int_equal(libffa_msg_decode(&f, V12, &m), LIBFFA_OK);
	uuid = libffa_msg_field_find(&m, "uuid");
	assert_non_null(uuid);
	assert_int_equal(libffa_msg_field_get(&m, uuid, 0, &v), LIBFFA_OK);
	assert_int_equal(v, UINT64_C(0xc2c1b2b1a4a3a2a1));
	assert_int_equal(libffa_msg_field_get(&m, uuid, 1, &v), LIBFFA_OK);
	assert_int_equal(v, UINT64_C(0xd8d7d6d5d4d3d2d1));
	assert_int_equal(m.args.direct_req2.uuid.bytes[0], 0xa1);
	assert_int_equal(libffa_msg_field_get(&m, uuid, 2, &v), LIBFFA_E_INVAL);
	assert_int_equal(libffa_msg_field_get(&m, uuid, 0, NULL),
			 LIBFFA_E_INVAL);
	/* Setting a half writes those eight bytes. */
	assert_int_equal(libffa_msg_field_set(&m, uuid, 1, 0), LIBFFA_OK);
	assert_int_equal(m.args.direct_req2.uuid.bytes[8], 0);
	assert_int_equal(m.args.direct_req2.uuid.bytes[7], 0xc2);
	assert_int_equal(libffa_msg_field_set(&m, uuid, 2, 0), LIBFFA_E_INVAL);
}

/*
 * field_get(): "zero-extended (sign-extended for signed fields)";
 * field_set(): "must fit the field's C type". FFA_ERROR's code is an
 * int32_t.
 */
static void msg_field_signed_error_code(void **state)
{
	struct libffa_msg m;
	const struct libffa_field *code;
	uint64_t v = 0;

	(void)state;
	libffa_msg_error(&m, LIBFFA_RET_INVALID_PARAMETERS);
	code = libffa_msg_field_find(&m, "error_code");
	assert_non_null(code);
	assert_int_equal(libffa_msg_field_get(&m, code, 0, &v), LIBFFA_OK);
	assert_int_equal(v, (uint64_t)(int64_t)LIBFFA_RET_INVALID_PARAMETERS);
	/* -8 as an int64 fits an int32_t; 2^31 does not. */
	assert_int_equal(
		libffa_msg_field_set(&m, code, 0, (uint64_t)(int64_t)-8),
		LIBFFA_OK);
	assert_int_equal(m.args.error.error_code, -8);
	assert_int_equal(
		libffa_msg_field_set(&m, code, 0, UINT64_C(0x80000000)),
		LIBFFA_E_INVAL);
	assert_int_equal(libffa_msg_field_set(&m, code, 0, 0x7FFFFFFF),
			 LIBFFA_OK);
	assert_int_equal(m.args.error.error_code, 0x7FFFFFFF);
}

/*
 * field_get()/field_set(): "@field: a field of libffa_msg_layout(@msg)";
 * a field of another ABI's layout, or of a message whose ABI is out of
 * range, is E_INVAL. field_find() returns NULL for no such field.
 */
static void msg_field_foreign_fields_are_inval(void **state)
{
	struct libffa_msg m;
	struct libffa_msg other;
	const struct libffa_field *f;
	uint64_t v = 0;

	(void)state;
	libffa_msg_init(&m, LIBFFA_ABI_ID_GET, LIBFFA_MSG_RESULT, false);
	libffa_msg_init(&other, LIBFFA_ABI_RUN, LIBFFA_MSG_ARGS, false);
	f = libffa_msg_field_find(&other, "vcpu_id");
	assert_non_null(f);
	assert_int_equal(libffa_msg_field_get(&m, f, 0, &v), LIBFFA_E_INVAL);
	assert_int_equal(libffa_msg_field_set(&m, f, 0, 1), LIBFFA_E_INVAL);
	assert_int_equal(libffa_msg_field_get(&m, NULL, 0, &v), LIBFFA_E_INVAL);
	assert_null(libffa_msg_field_find(&m, NULL));
	assert_null(libffa_msg_field_find(&m, "vcpu_id"));
	assert_non_null(libffa_msg_field_find(&m, "id"));
	other.abi = (enum libffa_abi)LIBFFA_ABI_COUNT;
	assert_null(libffa_msg_layout(&other));
	assert_null(libffa_msg_field_find(&other, "vcpu_id"));
	assert_int_equal(libffa_msg_field_get(&other, f, 0, &v),
			 LIBFFA_E_INVAL);
}

/*
 * msg_error() builds FFA_ERROR (DEN0077A 1.2 s13.3: FID 0x84000060, code in
 * w2); msg_is_error() recognises it and only it.
 */
static void msg_error_builds_ffa_error(void **state)
{
	struct libffa_msg m;
	struct libffa_regs r;
	int32_t code = 0;

	(void)state;
	libffa_msg_error(&m, LIBFFA_RET_DENIED);
	assert_true(libffa_msg_is_error(&m, &code));
	assert_int_equal(code, LIBFFA_RET_DENIED);
	assert_int_equal(libffa_msg_encode(&m, V12, &r), LIBFFA_OK);
	assert_int_equal(r.x[0], UINT64_C(0x84000060));
	assert_int_equal(libffa_regs_w(&r, 2), (uint32_t)LIBFFA_RET_DENIED);
	assert_int_equal(r.x[1], 0);
	code = 1;
	assert_false(libffa_msg_is_error(NULL, &code));
	libffa_msg_init(&m, LIBFFA_ABI_ID_GET, LIBFFA_MSG_RESULT, false);
	assert_false(libffa_msg_is_error(&m, &code));
	/* An FFA_ERROR "result" is not an FFA_ERROR frame. */
	libffa_msg_init(&m, LIBFFA_ABI_ERROR, LIBFFA_MSG_RESULT, false);
	assert_false(libffa_msg_is_error(&m, &code));
	assert_int_equal(code, 1);
}

/*
 * FFA_ERROR (DEN0077A 1.2 s13.1): every error code is negative; 0 and
 * positive codes are refused by strict decoding and by the encoder, unknown
 * negative codes decode (docs/fact-check.md s14).
 */
static void msg_error_code_rule(void **state)
{
	struct libffa_regs zero = {{0x84000060, 0, 0}};
	struct libffa_regs pos = {{0x84000060, 0, 1}};
	struct libffa_regs unknown = {{0x84000060, 0, 0xFFFFFF00}};
	struct libffa_regs out;
	struct libffa_msg m;
	struct libffa_msg_fault fault;
	int32_t code = 0;

	(void)state;
	assert_int_equal(libffa_msg_decode_ex(&zero, V12, 0, &m, &fault),
			 LIBFFA_E_BADVALUE);
	assert_int_equal(fault.reg, 2);
	assert_string_equal(fault.field, "error_code");
	assert_int_equal(libffa_msg_decode_ex(&pos, V12, 0, &m, &fault),
			 LIBFFA_E_BADVALUE);
	/* An unknown negative code stays decodable, strict or tolerant. */
	assert_int_equal(libffa_msg_decode(&unknown, V12, &m), LIBFFA_OK);
	assert_true(libffa_msg_is_error(&m, &code));
	assert_int_equal(code, -256);
	assert_int_equal(
		libffa_msg_decode_reply(&unknown, V12, LIBFFA_ABI_VERSION,
					LIBFFA_DECODE_TOLERANT, &m, NULL),
		LIBFFA_OK);
	/* Tolerant reply decoding keeps accepting what it accepted. */
	assert_int_equal(
		libffa_msg_decode_reply(&pos, V12, LIBFFA_ABI_RUN,
					LIBFFA_DECODE_TOLERANT, &m, NULL),
		LIBFFA_OK);
	/* The encoder applies the same rule. */
	libffa_msg_error(&m, 0);
	assert_int_equal(libffa_msg_encode(&m, V12, &out), LIBFFA_E_INVAL);
	libffa_msg_error(&m, -2);
	assert_int_equal(libffa_msg_encode(&m, V12, &out), LIBFFA_OK);
}

/*
 * FFA_MEM_PERM_SET (DEN0077A 1.1 s13, FFA_MEM_PERM_SET): data access 0b10
 * in w3[1:0] is reserved (docs/fact-check.md s15); RW (0b01), RO (0b11)
 * and no access (0b00) decode.
 */
static void msg_mem_perm_set_rule(void **state)
{
	struct libffa_regs resv = {{0x84000089, 0x1000, 1, 0x2}};
	struct libffa_regs ro_nx = {{0x84000089, 0x1000, 1, 0x7}};
	struct libffa_regs out;
	struct libffa_msg m;
	struct libffa_msg_fault fault;

	(void)state;
	assert_int_equal(libffa_msg_decode_ex(&resv, V11, 0, &m, &fault),
			 LIBFFA_E_BADVALUE);
	assert_int_equal(fault.reg, 3);
	assert_string_equal(fault.field, "permissions");
	assert_int_equal(libffa_msg_decode(&ro_nx, V11, &m), LIBFFA_OK);
	assert_int_equal(m.args.mem_perm_set.permissions, 7);
	m.args.mem_perm_set.permissions = 6;
	assert_int_equal(libffa_msg_encode(&m, V11, &out), LIBFFA_E_INVAL);
}

/*
 * FFA_VERSION (DEN0077A 1.2 s13.2.1): bit 31 of the requested version is
 * zero; the v1.3 flags name a query type, 0b11 undefined (DEN0077A 1.3
 * s13.2, docs/fact-check.md s9). Strict decoding and encoding refuse both;
 * tolerant decoding keeps them.
 */
static void msg_version_rules(void **state)
{
	struct libffa_regs bit31 = {{0x84000063, 0x80010002}};
	struct libffa_regs query3 = {{0x84000063, 0x00010003, 0x3}};
	struct libffa_regs query2 = {{0x84000063, 0x00010003, 0x2}};
	struct libffa_regs out;
	struct libffa_msg m;
	struct libffa_msg_fault fault;

	(void)state;
	assert_int_equal(libffa_msg_decode_ex(&bit31, V12, 0, &m, &fault),
			 LIBFFA_E_BADVALUE);
	assert_int_equal(fault.reg, 1);
	assert_string_equal(fault.field, "version");
	assert_int_equal(libffa_msg_decode_ex(&query3, V13, 0, &m, &fault),
			 LIBFFA_E_BADVALUE);
	assert_int_equal(fault.reg, 2);
	assert_string_equal(fault.field, "flags");
	assert_int_equal(libffa_msg_decode(&query2, V13, &m), LIBFFA_OK);
	assert_int_equal(m.args.version.flags, 2);
	assert_int_equal(libffa_msg_decode_ex(&bit31, V12,
					      LIBFFA_DECODE_TOLERANT, &m, NULL),
			 LIBFFA_OK);
	/* The encoder applies the same rule. */
	libffa_msg_init(&m, LIBFFA_ABI_VERSION, LIBFFA_MSG_ARGS, false);
	m.args.version.version = 0x80010002u;
	assert_int_equal(libffa_msg_encode(&m, V12, &out), LIBFFA_E_INVAL);
	m.args.version.version = 0x00010003u;
	m.args.version.flags = 3;
	assert_int_equal(libffa_msg_encode(&m, V13, &out), LIBFFA_E_INVAL);
}

/*
 * FFA_FEATURES (DEN0077A 1.2 s13.3): w1 bit 31 clear is a feature ID,
 * whose input properties in w2 must be zero (E_MBZ, fault on w2); for a
 * function ID (bit 31 set) w2 carries input properties.
 */
static void msg_features_input_properties_rules(void **state)
{
	struct libffa_regs feat = {{0x84000064, 0x1, 0x2}};
	struct libffa_regs feat_ok = {{0x84000064, 0x1, 0}};
	struct libffa_regs func = {{0x84000064, 0x84000074, 0x1}};
	struct libffa_msg m;
	struct libffa_msg_fault fault;

	(void)state;
	assert_int_equal(libffa_msg_decode_ex(&feat, V11, 0, &m, &fault),
			 LIBFFA_E_MBZ);
	assert_int_equal(fault.reg, 2);
	assert_int_equal(fault.bits, 2);
	assert_string_equal(fault.field, "input_properties");
	assert_int_equal(libffa_msg_decode(&feat_ok, V11, &m), LIBFFA_OK);
	assert_int_equal(m.args.features.feature, 1);
	assert_int_equal(libffa_msg_decode(&func, V11, &m), LIBFFA_OK);
	assert_int_equal(m.args.features.input_properties, 1);
}

/*
 * FFA_PARTITION_INFO_GET_REGS (DEN0077A 1.2 s13.9): a
 * tag with start index 0 is E_RETRY; a tag with a later index continues
 * an earlier walk and is accepted.
 */
static void msg_partition_info_get_regs_tag_rule(void **state)
{
	struct libffa_regs retry = {{0xC400008B, 0, 0, 0x00050000}};
	struct libffa_regs cont = {{0xC400008B, 0, 0, 0x00050003}};
	struct libffa_msg m;
	struct libffa_msg_fault fault;

	(void)state;
	assert_int_equal(libffa_msg_decode_ex(&retry, V12, 0, &m, &fault),
			 LIBFFA_E_RETRY);
	assert_int_equal(fault.reg, 3);
	assert_string_equal(fault.field, "tag");
	assert_int_equal(libffa_msg_decode(&cont, V12, &m), LIBFFA_OK);
	assert_int_equal(m.args.partition_info_get_regs.start_index, 3);
	assert_int_equal(m.args.partition_info_get_regs.tag, 5);
}

/* ---- Typed entry points (msg.h) -------------------------------------- */

/*
 * Every args layout, width and version: the typed decoder reads what the
 * generic one reads, and the typed encoder writes the same frame
 * (one generated codec, two ways in).
 */
static void msg_typed_args_match_generic(void **state)
{
	static const libffa_version_t versions[] = {V10, V11, V12, V13};
	unsigned int forms = 0;

	(void)state;
	for (unsigned int a = 0; a < (unsigned int)LIBFFA_ABI_COUNT; a++) {
		for (unsigned int w = 0; w < 2u; w++) {
			for (unsigned int k = 0; k < 4u; k++) {
				libffa_version_t v = versions[k];
				bool smc64 = w != 0u;
				struct libffa_msg m;
				struct libffa_msg back;
				struct libffa_regs regs;
				struct libffa_regs typed;
				union libffa_msg_args args;
				bool s = !smc64;
				libffa_status_t st = LIBFFA_E_INVAL;

				if (!libffa_abi_exists((enum libffa_abi)a,
						       smc64, v)) {
					continue;
				}
				libffa_msg_init(&m, (enum libffa_abi)a,
						LIBFFA_MSG_ARGS, smc64);
				if (m.abi == LIBFFA_ABI_CONSOLE_LOG) {
					m.args.console_log.char_count = 3;
				}
				/* Error codes are negative (s13.1). */
				if (m.abi == LIBFFA_ABI_ERROR) {
					m.args.error.error_code = -2;
				}
				assert_int_equal(
					libffa_msg_encode(&m, v, &regs),
					LIBFFA_OK);
				/* Make the frame non-trivial: w1 = ID fields.
				 */
				memset(&back, 0, sizeof(back));
				assert_int_equal(
					libffa_msg_decode(&regs, v, &back),
					LIBFFA_OK);
				memset(&args, 0x5A, sizeof(args));
				switch (m.abi) {
#define LIBFFA_ARGS_BEGIN(NAME, lc, wide)                                      \
	case LIBFFA_ABI_##NAME:                                                \
		/* Every member written: garbage in, the same frame out. */    \
		st = libffa_args_decode_##lc(&regs, v, 0, &args.lc, &s, NULL); \
		assert_int_equal(st, LIBFFA_OK);                               \
		assert_int_equal(                                              \
			libffa_args_encode_##lc(&args.lc, smc64, v, &typed),   \
			LIBFFA_OK);                                            \
		memset(&args, 0, sizeof(args));                                \
		assert_int_equal(libffa_args_decode_##lc(                      \
					 &regs, v, 0, &args.lc, NULL, NULL),   \
				 LIBFFA_OK);                                   \
		assert_memory_equal(&args.lc, &back.args.lc, sizeof(args.lc)); \
		break;
#include "ffa/abi.def"
				default:
					/* No layout: no typed entry point. */
					continue;
				}
				assert_int_equal(s, smc64);
				assert_memory_equal(&typed, &regs,
						    sizeof(regs));
				forms++;
			}
		}
	}
	assert_true(forms > 150u);
}

/*
 * A typed decoder takes only its own ABI's frame: anything else is
 * UNKNOWN_FID with w0 blamed; a form not defined at the version is
 * VERSION (DEN0077A 1.2 s13: DIRECT_REQ2 exists from v1.2, SMC64 only).
 */
static void msg_typed_decode_checks_w0(void **state)
{
	struct libffa_regs regs = {{0xC400008D, 0x00018002}};
	struct libffa_args_direct_req2 req;
	struct libffa_msg_fault fault;
	bool smc64 = false;

	(void)state;
	assert_int_equal(libffa_args_decode_direct_req2(&regs, V12, 0, &req,
							&smc64, &fault),
			 LIBFFA_OK);
	assert_true(smc64);
	assert_int_equal(req.receiver_id, 0x8002);
	assert_int_equal(req.sender_id, 0x0001);
	assert_int_equal(fault.reg, -1);
	/* An SVE hint (DEN0028 1.3 s2.5) does not change the ABI. */
	regs.x[0] |= LIBFFA_SMCCC_SVE_HINT;
	assert_int_equal(
		libffa_args_decode_direct_req2(&regs, V12, 0, &req, NULL, NULL),
		LIBFFA_OK);
	/* FFA_MSG_SEND_DIRECT_REQ_64 is another ABI. */
	regs.x[0] = 0xC400006F;
	assert_int_equal(libffa_args_decode_direct_req2(&regs, V12, 0, &req,
							NULL, &fault),
			 LIBFFA_E_UNKNOWN_FID);
	assert_int_equal(fault.reg, 0);
	assert_int_equal(fault.bits, 0xC400006Fu);
	/* Not at v1.1. */
	regs.x[0] = 0xC400008D;
	assert_int_equal(libffa_args_decode_direct_req2(&regs, V11, 0, &req,
							NULL, &fault),
			 LIBFFA_E_VERSION);
	assert_int_equal(
		libffa_args_decode_direct_req2(NULL, V12, 0, &req, NULL, NULL),
		LIBFFA_E_INVAL);
	assert_int_equal(libffa_args_decode_direct_req2(&regs, 0x20000u, 0,
							&req, NULL, NULL),
			 LIBFFA_E_VERSION);
}

/*
 * Reserved bits through a typed decoder (DEN0077A 1.2 s11.2): w1[31:0]
 * of DIRECT_REQ2 is all IDs, x1[63:32] is reserved; a tolerant decode
 * ignores it. x8-x17 carry payload (x4-x17) and are not reserved.
 */
static void msg_typed_decode_reserved_bits(void **state)
{
	struct libffa_regs regs = {{0xC400008D, UINT64_C(0x100000000)}};
	struct libffa_args_direct_req2 req;
	struct libffa_msg_fault fault;

	(void)state;
	assert_int_equal(libffa_args_decode_direct_req2(&regs, V12, 0, &req,
							NULL, &fault),
			 LIBFFA_E_MBZ);
	assert_int_equal(fault.reg, 1);
	assert_int_equal(fault.bits, UINT64_C(0x100000000));
	assert_int_equal(
		libffa_args_decode_direct_req2(
			&regs, V12, LIBFFA_DECODE_TOLERANT, &req, NULL, NULL),
		LIBFFA_OK);
	regs.x[1] = 0;
	regs.x[17] = 0x1234;
	assert_int_equal(
		libffa_args_decode_direct_req2(&regs, V12, 0, &req, NULL, NULL),
		LIBFFA_OK);
	assert_int_equal(req.payload[13], 0x1234);
	/* FFA_MSG_WAIT_32 has no x8-x17; w3 is reserved. */
	regs = (struct libffa_regs){{0x8400006B, 0, 0, 7}};
	{
		struct libffa_args_msg_wait wait;

		assert_int_equal(libffa_args_decode_msg_wait(
					 &regs, V12, 0, &wait, NULL, &fault),
				 LIBFFA_E_MBZ);
		assert_int_equal(fault.reg, 3);
	}
}

/* A typed encoder: one form, its version, every unused register zero. */
static void msg_typed_encode_forms(void **state)
{
	struct libffa_args_direct_resp2 resp;
	struct libffa_args_msg_wait wait = {0};
	struct libffa_regs regs;

	(void)state;
	memset(&resp, 0, sizeof(resp));
	resp.receiver_id = 0x0001;
	resp.sender_id = 0x8002;
	resp.payload[13] = 0xABCD;
	memset(&regs, 0xEE, sizeof(regs));
	assert_int_equal(
		libffa_args_encode_direct_resp2(&resp, true, V12, &regs),
		LIBFFA_OK);
	assert_int_equal(regs.x[0], 0xC400008Eu);
	assert_int_equal(regs.x[1], 0x80020001u);
	assert_int_equal(regs.x[2], 0);
	assert_int_equal(regs.x[3], 0);
	assert_int_equal(regs.x[17], 0xABCD);
	/* No SMC32 form; not before v1.2: the frame is left zeroed. */
	assert_int_equal(
		libffa_args_encode_direct_resp2(&resp, false, V12, &regs),
		LIBFFA_E_INVAL);
	assert_int_equal(regs.x[0], 0);
	assert_int_equal(
		libffa_args_encode_direct_resp2(&resp, true, V11, &regs),
		LIBFFA_E_VERSION);
	assert_int_equal(regs.x[1], 0);
	/* FFA_MSG_WAIT: retain_rx exists from v1.2 only. */
	assert_int_equal(libffa_args_encode_msg_wait(&wait, false, V10, &regs),
			 LIBFFA_OK);
	assert_int_equal(regs.x[0], 0x8400006Bu);
	wait.retain_rx = 1;
	assert_int_equal(libffa_args_encode_msg_wait(&wait, false, V11, &regs),
			 LIBFFA_E_VERSION);
	assert_int_equal(libffa_args_encode_msg_wait(&wait, false, V12, &regs),
			 LIBFFA_OK);
	assert_int_equal(regs.x[2], 1);
}

/*
 * Typed result decoders: FFA_SUCCESS of either width (DEN0077A 1.2
 * s13.1), a bare w0 answer for FFA_VERSION (s13.2), and UNKNOWN_FID for
 * anything else (an FFA_ERROR is decoded generically).
 */
static void msg_typed_results(void **state)
{
	struct libffa_regs regs = {{0xC4000061, 0, 0x5678, 0x1234}};
	struct libffa_result_mem_share share;
	struct libffa_result_version ver;
	struct libffa_msg_fault fault;
	bool smc64 = false;

	(void)state;
	assert_int_equal(libffa_result_decode_mem_share(&regs, V12, 0, &share,
							&smc64, NULL),
			 LIBFFA_OK);
	assert_true(smc64);
	assert_int_equal(share.handle, UINT64_C(0x0000123400005678));
	regs.x[4] = 1; /* reserved */
	assert_int_equal(libffa_result_decode_mem_share(&regs, V12, 0, &share,
							NULL, &fault),
			 LIBFFA_E_MBZ);
	assert_int_equal(fault.reg, 4);
	regs = (struct libffa_regs){{0x84000060, 0, 0xFFFFFFFE}};
	assert_int_equal(libffa_result_decode_mem_share(&regs, V12, 0, &share,
							NULL, &fault),
			 LIBFFA_E_UNKNOWN_FID);
	assert_int_equal(fault.reg, 0);
	/* FFA_VERSION answers with the bare version in w0. */
	regs = (struct libffa_regs){{0x00010002, 0xFFFF}};
	assert_int_equal(
		libffa_result_decode_version(&regs, V12, 0, &ver, &smc64, NULL),
		LIBFFA_OK);
	assert_false(smc64);
	assert_int_equal(ver.version, 0x00010002u);
	assert_int_equal(libffa_result_encode_version(&ver, false, V12, &regs),
			 LIBFFA_OK);
	assert_int_equal(regs.x[0], 0x00010002u);
	assert_int_equal(regs.x[1], 0);
	assert_int_equal(libffa_result_encode_version(&ver, true, V12, &regs),
			 LIBFFA_E_INVAL);
	share.handle = UINT64_C(0xAABBCCDD11223344);
	assert_int_equal(
		libffa_result_encode_mem_share(&share, false, V10, &regs),
		LIBFFA_OK);
	assert_int_equal(regs.x[0], 0x84000061u);
	assert_int_equal(regs.x[2], 0x11223344u);
	assert_int_equal(regs.x[3], 0xAABBCCDDu);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(msg_error_code_is_read_from_w2_only),
		cmocka_unit_test(msg_error64_code_is_read_from_w2_only),
		cmocka_unit_test(msg_unknown_error_code_is_preserved),
		cmocka_unit_test(msg_either_success_width_answers_any_call),
		cmocka_unit_test(msg_reply_may_be_another_abi),
		cmocka_unit_test(msg_version_reply_is_a_version_not_a_fid),
		cmocka_unit_test(msg_tolerant_reply_ignores_reserved_bits),
		cmocka_unit_test(msg_smc32_reads_only_w_registers),
		cmocka_unit_test(msg_smc64_v12_extended_registers_are_reserved),
		cmocka_unit_test(msg_value_rules_are_enforced_on_calls),
		cmocka_unit_test(msg_encode_refuses_what_does_not_fit),
		cmocka_unit_test(msg_null_and_bad_arguments_are_refused),
		cmocka_unit_test(msg_sve_hint_round_trips),
		cmocka_unit_test(msg_sve_hint_only_on_ids),
		cmocka_unit_test(msg_typed_args_match_generic),
		cmocka_unit_test(msg_typed_decode_checks_w0),
		cmocka_unit_test(msg_typed_decode_reserved_bits),
		cmocka_unit_test(msg_typed_encode_forms),
		cmocka_unit_test(msg_typed_results),
		cmocka_unit_test(msg_field_get_uuid_halves),
		cmocka_unit_test(msg_field_signed_error_code),
		cmocka_unit_test(msg_field_foreign_fields_are_inval),
		cmocka_unit_test(msg_error_builds_ffa_error),
		cmocka_unit_test(msg_features_input_properties_rules),
		cmocka_unit_test(msg_version_rules),
		cmocka_unit_test(msg_error_code_rule),
		cmocka_unit_test(msg_mem_perm_set_rule),
		cmocka_unit_test(msg_partition_info_get_regs_tag_rule),
	};

	return cmocka_run_group_tests_name("msg", tests, NULL, NULL);
}
