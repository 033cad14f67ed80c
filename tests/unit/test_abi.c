/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * Table-driven tests generated from abi.def: every ABI x
 * version x width round-trips through the codec, every reserved bit set
 * alone is rejected on a call, and bits outside a convention are ignored.
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
#include "ffa/smccc.h"

static const libffa_version_t versions[] = {
	LIBFFA_VERSION_1_0, LIBFFA_VERSION_1_1, LIBFFA_VERSION_1_2,
	LIBFFA_VERSION_1_3};
#define VERSION_COUNT (sizeof(versions) / sizeof(versions[0]))

static uint64_t field_mask(unsigned int bits)
{
	return bits >= 64u ? ~UINT64_C(0) : (UINT64_C(1) << bits) - 1u;
}

/* A distinct, non-zero value per field and element. */
static uint64_t pattern(unsigned int i, unsigned int e)
{
	return UINT64_C(0x9E3779B97F4A7C15) * (uint64_t)(i * 32u + e + 3u);
}

/* Usable bits of a BITS field in a frame of this convention. */
static unsigned int usable_bits(const struct libffa_field *f, bool smc64)
{
	if (smc64 || f->lo + f->width <= 32u) {
		return f->width;
	}
	return 32u - f->lo;
}

/*
 * Fill every field the frame has with a pattern that fits it, then apply
 * the value rules of the check column (DEN0077A 1.2 s13.3, s15.2, s17.7,
 * s13.14, s13.9) so the message is legal.
 */
static void fill_message(struct libffa_msg *msg, libffa_version_t v)
{
	const struct libffa_layout *layout = libffa_msg_layout(msg);
	unsigned int i;
	unsigned int e;

	for (i = 0; i < layout->field_count; i++) {
		const struct libffa_field *f = &layout->fields[i];
		unsigned int elems = f->kind == LIBFFA_FIELD_ARRAY ? f->width
				     : (f->kind == LIBFFA_FIELD_UUID_W ||
					f->kind == LIBFFA_FIELD_UUID_X)
					     ? 2u
					     : 1u;

		for (e = 0; e < elems; e++) {
			uint64_t value = pattern(i, e);
			unsigned int present_elem =
				f->kind == LIBFFA_FIELD_ARRAY ? e : 0u;

			if (!libffa_field_present(layout, f, msg->smc64, v,
						  present_elem)) {
				continue;
			}
			if (f->kind == LIBFFA_FIELD_BITS) {
				value &= field_mask(usable_bits(f, msg->smc64));
				if (f->is_signed) {
					value = (uint64_t)(int64_t)-2;
				}
			} else if (f->kind == LIBFFA_FIELD_SPLIT) {
				/* all 64 bits */
			} else if (!msg->smc64 &&
				   f->kind == LIBFFA_FIELD_ARRAY) {
				value &= 0xFFFFFFFFu;
			}
			assert_int_equal(libffa_msg_field_set(msg, f, e, value),
					 LIBFFA_OK);
		}
	}
	if (msg->kind != LIBFFA_MSG_ARGS) {
		return;
	}
	switch (msg->abi) {
	case LIBFFA_ABI_VERSION:
		/* Bit 31 clear, a defined query type (DEN0077A 1.2 s13.2.1). */
		msg->args.version.version = LIBFFA_VERSION_1_2;
		msg->args.version.flags = v >= LIBFFA_VERSION_1_3 ? 1u : 0u;
		break;
	case LIBFFA_ABI_FEATURES:
		msg->args.features.feature = LIBFFA_FID_32(LIBFFA_FNUM_VERSION);
		break;
	case LIBFFA_ABI_MSG_SEND_DIRECT_REQ:
		/*
		 * A partition message, so every payload register carries a
		 * value; framework messages have their own value rules
		 * (DEN0077A 1.1 s18; tests in test_msg_framework.c).
		 */
		msg->args.direct_req.framework = 0;
		msg->args.direct_req.framework_type = 0;
		break;
	case LIBFFA_ABI_MSG_SEND_DIRECT_RESP:
		msg->args.direct_resp.framework = 0;
		msg->args.direct_resp.framework_type = 0;
		break;
	case LIBFFA_ABI_NOTIFICATION_SET:
		msg->args.notification_set.per_vcpu = 1;
		break;
	case LIBFFA_ABI_CONSOLE_LOG:
		msg->args.console_log.char_count = 7;
		break;
	case LIBFFA_ABI_PARTITION_INFO_GET_REGS:
		msg->args.partition_info_get_regs.start_index = 1;
		break;
	default:
		break;
	}
}

/* Iterate every (abi, width, version) form that exists. */
#define for_each_form(abi, smc64, v)                                           \
	for (int abi_i = 0; abi_i < LIBFFA_ABI_COUNT; abi_i++)                 \
		for (int w_i = 0; w_i < 2; w_i++)                              \
			for (unsigned int v_i = 0; v_i < VERSION_COUNT; v_i++) \
				if (((abi) = (enum libffa_abi)abi_i),          \
				    ((smc64) = w_i == 1),                      \
				    ((v) = versions[v_i]),                     \
				    libffa_abi_exists(abi, smc64, v))

static void abi_every_frame_round_trips(void **state)
{
	enum libffa_abi abi;
	bool smc64;
	libffa_version_t v;
	unsigned int count = 0;

	(void)state;
	for_each_form(abi, smc64, v)
	{
		struct libffa_msg msg;
		struct libffa_msg back;
		struct libffa_regs regs;
		struct libffa_msg_fault fault;

		libffa_msg_init(&msg, abi, LIBFFA_MSG_ARGS, smc64);
		fill_message(&msg, v);
		assert_int_equal(libffa_msg_encode(&msg, v, &regs), LIBFFA_OK);
		/* Decode writes the header and the layout, not the rest. */
		memset(&back, 0, sizeof(back));
		assert_int_equal(
			libffa_msg_decode_ex(&regs, v, 0, &back, &fault),
			LIBFFA_OK);
		assert_memory_equal(&msg, &back, sizeof(msg));
		count++;
	}
	/* 51 ABIs x their widths x the versions that define them. */
	assert_true(count >= 200u);
}

static void abi_every_result_round_trips(void **state)
{
	enum libffa_abi abi;
	bool smc64;
	libffa_version_t v;

	(void)state;
	for_each_form(abi, smc64, v)
	{
		const struct libffa_layout *layout =
			libffa_abi_layout(abi, LIBFFA_MSG_RESULT);
		struct libffa_msg msg;
		struct libffa_msg back;
		struct libffa_regs regs;
		/* Bare answers in w0 have no width; use SMC32. */
		bool bare = layout->field_count != 0u &&
			    layout->fields[0].reg == 0u;

		libffa_msg_init(&msg, abi, LIBFFA_MSG_RESULT,
				bare ? false : smc64);
		fill_message(&msg, v);
		assert_int_equal(libffa_msg_encode(&msg, v, &regs), LIBFFA_OK);
		if (!bare) {
			/* Either width of FFA_SUCCESS (DEN0077A 1.2 s13.1). */
			assert_int_equal(
				regs.x[0],
				smc64 ? LIBFFA_FID_64(LIBFFA_FNUM_SUCCESS)
				      : LIBFFA_FID_32(LIBFFA_FNUM_SUCCESS));
		}
		memset(&back, 0, sizeof(back));
		assert_int_equal(
			libffa_msg_decode_reply(&regs, v, abi, 0, &back, NULL),
			LIBFFA_OK);
		assert_memory_equal(&msg, &back, sizeof(msg));
	}
}

/* Bits of register r that a present field of the layout claims. */
static uint64_t claimed_bits(const struct libffa_layout *layout, bool smc64,
			     libffa_version_t v, unsigned int r)
{
	uint64_t bits = 0;
	unsigned int i;
	unsigned int e;

	for (i = 0; i < layout->field_count; i++) {
		const struct libffa_field *f = &layout->fields[i];

		switch ((enum libffa_field_kind)f->kind) {
		case LIBFFA_FIELD_BITS:
			if (f->reg == r &&
			    libffa_field_present(layout, f, smc64, v, 0)) {
				bits |= field_mask(f->width) << f->lo;
				/* Error codes: wN only, upper half ignored
				 *. */
				if (f->is_signed && f->width == 32u) {
					bits = ~UINT64_C(0);
				}
			}
			break;
		case LIBFFA_FIELD_SPLIT:
			if ((f->reg == r || f->lo == r) &&
			    libffa_field_present(layout, f, smc64, v, 0)) {
				bits |= 0xFFFFFFFFu;
			}
			break;
		case LIBFFA_FIELD_UUID_W:
			if (r >= f->reg && r < f->reg + 4u &&
			    libffa_field_present(layout, f, smc64, v, 0)) {
				bits |= 0xFFFFFFFFu;
			}
			break;
		case LIBFFA_FIELD_UUID_X:
			if (r >= f->reg && r < f->reg + 2u &&
			    libffa_field_present(layout, f, smc64, v, 0)) {
				bits = ~UINT64_C(0);
			}
			break;
		case LIBFFA_FIELD_ARRAY:
			for (e = 0; e < f->width; e++) {
				if (f->reg + e == r &&
				    libffa_field_present(layout, f, smc64, v,
							 e)) {
					bits = ~UINT64_C(0);
				}
			}
			break;
		}
	}
	return bits;
}

/*
 * DEN0077A 1.2 s11.2: a reserved (must-be-zero) bit that is set in a call is
 * rejected with INVALID_PARAMETERS. Every bit of w1-w7 (x1-x7, and x8-x17 of
 * a v1.2+ SMC64 frame) that no field claims is tried alone.
 */
static void abi_every_reserved_bit_is_rejected_on_a_call(void **state)
{
	enum libffa_abi abi;
	bool smc64;
	libffa_version_t v;
	unsigned int rejected = 0;

	(void)state;
	for_each_form(abi, smc64, v)
	{
		const struct libffa_layout *layout =
			libffa_abi_layout(abi, LIBFFA_MSG_ARGS);
		unsigned int regs_in_use = libffa_abi_regs_in_use(smc64, v);
		unsigned int bits_per_reg = smc64 ? 64u : 32u;
		struct libffa_msg msg;
		struct libffa_regs base;

		libffa_msg_init(&msg, abi, LIBFFA_MSG_ARGS, smc64);
		fill_message(&msg, v);
		assert_int_equal(libffa_msg_encode(&msg, v, &base), LIBFFA_OK);
		for (unsigned int r = 1; r < regs_in_use; r++) {
			uint64_t claimed = claimed_bits(layout, smc64, v, r);

			for (unsigned int b = 0; b < bits_per_reg; b++) {
				uint64_t bit = UINT64_C(1) << b;
				struct libffa_regs regs = base;
				struct libffa_msg out;
				struct libffa_msg_fault fault;
				libffa_status_t status;

				if ((claimed & bit) != 0u) {
					continue;
				}
				regs.x[r] |= bit;
				status = libffa_msg_decode_ex(&regs, v, 0, &out,
							      &fault);
				assert_int_equal(status, LIBFFA_E_MBZ);
				assert_int_equal(fault.reg, (int)r);
				assert_int_equal(fault.bits, bit);
				assert_null(fault.field);
				assert_int_equal(libffa_status_to_ret(status),
						 LIBFFA_RET_INVALID_PARAMETERS);
				/* A reply decoded tolerantly ignores it. */
				memset(&out, 0, sizeof(out));
				assert_int_equal(libffa_msg_decode_ex(
							 &regs, v,
							 LIBFFA_DECODE_TOLERANT,
							 &out, NULL),
						 LIBFFA_OK);
				assert_memory_equal(&out, &msg, sizeof(msg));
				rejected++;
			}
		}
	}
	assert_true(rejected > 10000u);
}

/*
 * An SMC32 frame is w0-w7 only (DEN0028 1.2 s2.6): junk in the upper
 * halves or in x8-x17 must not change the decoded message. An SMC64 frame
 * before v1.2 has no x8-x17 (SMCCC 1.1).
 */
static void abi_bits_outside_the_convention_are_ignored(void **state)
{
	enum libffa_abi abi;
	bool smc64;
	libffa_version_t v;

	(void)state;
	for_each_form(abi, smc64, v)
	{
		struct libffa_msg msg;
		struct libffa_msg out;
		struct libffa_regs regs;

		if (smc64 && v >= LIBFFA_VERSION_1_2) {
			continue;
		}
		libffa_msg_init(&msg, abi, LIBFFA_MSG_ARGS, smc64);
		fill_message(&msg, v);
		assert_int_equal(libffa_msg_encode(&msg, v, &regs), LIBFFA_OK);
		for (unsigned int r = 0; r < LIBFFA_REGS_COUNT; r++) {
			if (!smc64 && r < 8u) {
				regs.x[r] |= UINT64_C(0xDEADBEEF) << 32;
			} else if (r >= 8u) {
				regs.x[r] = UINT64_C(0xA5A5A5A5A5A5A5A5);
			}
		}
		memset(&out, 0, sizeof(out));
		assert_int_equal(libffa_msg_decode(&regs, v, &out), LIBFFA_OK);
		assert_memory_equal(&out, &msg, sizeof(msg));
	}
}

/* Encoders zero every register no field uses (DEN0077A 1.2 s11.2). */
static void abi_encode_zero_fills_unused_registers(void **state)
{
	enum libffa_abi abi;
	bool smc64;
	libffa_version_t v;

	(void)state;
	for_each_form(abi, smc64, v)
	{
		const struct libffa_layout *layout =
			libffa_abi_layout(abi, LIBFFA_MSG_ARGS);
		struct libffa_msg msg;
		struct libffa_regs regs;

		memset(&regs, 0xA5, sizeof(regs));
		libffa_msg_init(&msg, abi, LIBFFA_MSG_ARGS, smc64);
		fill_message(&msg, v);
		assert_int_equal(libffa_msg_encode(&msg, v, &regs), LIBFFA_OK);
		for (unsigned int r = 1; r < LIBFFA_REGS_COUNT; r++) {
			uint64_t claimed =
				r < libffa_abi_regs_in_use(smc64, v)
					? claimed_bits(layout, smc64, v, r)
					: 0u;

			assert_int_equal(regs.x[r] & ~claimed, 0);
		}
	}
}

/* The SMCCC 1.3 SVE hint (bit 16) is masked before matching an ID. */
static void abi_sve_hint_is_masked_before_matching(void **state)
{
	enum libffa_abi abi;
	bool smc64;
	libffa_version_t v;

	(void)state;
	for_each_form(abi, smc64, v)
	{
		uint32_t fid =
			libffa_abi_fid(abi, smc64) | LIBFFA_SMCCC_SVE_HINT;
		enum libffa_abi found;
		bool found64;

		assert_int_equal(libffa_abi_from_fid(fid, &found, &found64),
				 LIBFFA_OK);
		assert_int_equal(found, abi);
		assert_int_equal(found64, smc64);
	}
}

/* Every 32-bit ID of owner 4 (and 0) that is not in the table. */
static void abi_unknown_ids_are_not_supported(void **state)
{
	unsigned int unknown = 0;

	(void)state;
	for (uint32_t fnum = 0; fnum <= 0xFFu; fnum++) {
		for (int w = 0; w < 2; w++) {
			uint32_t fid =
				w ? LIBFFA_FID_64(fnum) : LIBFFA_FID_32(fnum);
			enum libffa_abi abi;
			bool smc64;
			bool listed = false;

			for (int i = 0; i < LIBFFA_ABI_COUNT; i++) {
				listed |= libffa_abi_fid((enum libffa_abi)i,
							 w == 1) == fid;
			}
			if (listed) {
				/* Yielding (bit 31 clear) and bits[23:17]
				 * set name no ABI (DEN0028 1.2 Table 2-1). */
				assert_int_equal(
					libffa_abi_from_fid(fid & 0x7FFFFFFFu,
							    &abi, &smc64),
					LIBFFA_E_UNKNOWN_FID);
				assert_int_equal(
					libffa_abi_from_fid(fid | 0x00020000u,
							    &abi, &smc64),
					LIBFFA_E_UNKNOWN_FID);
				continue;
			}
			assert_int_equal(libffa_abi_from_fid(fid, &abi, &smc64),
					 LIBFFA_E_UNKNOWN_FID);
			assert_int_equal(
				libffa_status_to_ret(LIBFFA_E_UNKNOWN_FID),
				LIBFFA_RET_NOT_SUPPORTED);
			unknown++;
		}
	}
	/* The 64-bit-only ABIs have no SMC32 twin, and vice versa. */
	{
		enum libffa_abi abi;
		bool smc64;

		assert_int_equal(
			libffa_abi_from_fid(UINT32_C(0x8400008D), &abi, &smc64),
			LIBFFA_E_UNKNOWN_FID);
		assert_int_equal(
			libffa_abi_from_fid(UINT32_C(0xC4000063), &abi, &smc64),
			LIBFFA_E_UNKNOWN_FID);
	}
	assert_true(unknown > 400u);
}

/* An ABI outside the negotiated version is NOT_SUPPORTED. */
static void abi_forms_outside_the_version_are_rejected(void **state)
{
	enum libffa_abi abi;
	bool smc64;
	libffa_version_t v;

	(void)state;
	for (int a = 0; a < LIBFFA_ABI_COUNT; a++) {
		for (int w = 0; w < 2; w++) {
			for (unsigned int i = 0; i < VERSION_COUNT; i++) {
				struct libffa_regs regs = {{0}};
				struct libffa_msg msg;

				abi = (enum libffa_abi)a;
				smc64 = w == 1;
				v = versions[i];
				if (libffa_abi_fid(abi, smc64) == 0u ||
				    libffa_abi_exists(abi, smc64, v)) {
					continue;
				}
				regs.x[0] = libffa_abi_fid(abi, smc64);
				assert_int_equal(
					libffa_msg_decode(&regs, v, &msg),
					LIBFFA_E_VERSION);
				assert_int_equal(
					libffa_status_to_ret(LIBFFA_E_VERSION),
					LIBFFA_RET_NOT_SUPPORTED);
				libffa_msg_init(&msg, abi, LIBFFA_MSG_ARGS,
						smc64);
				assert_int_equal(
					libffa_msg_encode(&msg, v, &regs),
					LIBFFA_E_VERSION);
			}
		}
	}
	/* And a version libffa does not know is refused outright. */
	{
		struct libffa_regs regs = {{LIBFFA_FID_32(LIBFFA_FNUM_ID_GET)}};
		struct libffa_msg msg;

		assert_int_equal(
			libffa_msg_decode(&regs, LIBFFA_VERSION(1, 4), &msg),
			LIBFFA_E_VERSION);
		assert_int_equal(
			libffa_msg_decode(&regs, LIBFFA_VERSION(2, 0), &msg),
			LIBFFA_E_VERSION);
	}
}

/* Table integrity: IDs follow the SMCCC anatomy and fields never overlap. */
static void abi_table_rows_are_consistent(void **state)
{
	(void)state;
	for (int a = 0; a < LIBFFA_ABI_COUNT; a++) {
		const struct libffa_abi_info *row =
			libffa_abi_info((enum libffa_abi)a);

		assert_non_null(row);
		assert_true(row->fid32 != 0u || row->fid64 != 0u);
		assert_true((row->fid32 == 0u) == (row->since32 == 0u));
		assert_true((row->fid64 == 0u) == (row->since64 == 0u));
		if (row->fid32 != 0u && row->fid64 != 0u) {
			assert_int_equal(row->fid64,
					 row->fid32 | LIBFFA_SMCCC_CONV_64);
		}
		if (row->fid32 != 0u) {
			assert_false(libffa_smccc_fid_is_64(row->fid32));
			assert_true(libffa_smccc_fid_is_fast(row->fid32));
		}
		if (row->fid64 != 0u) {
			assert_true(libffa_smccc_fid_is_64(row->fid64));
		}
		for (int k = 0; k < 2; k++) {
			const struct libffa_layout *layout = libffa_abi_layout(
				(enum libffa_abi)a, (enum libffa_msg_kind)k);

			for (unsigned int vi = 0; vi < VERSION_COUNT; vi++) {
				for (unsigned int r = 0; r < LIBFFA_REGS_COUNT;
				     r++) {
					uint64_t seen = 0;

					for (unsigned int i = 0;
					     i < layout->field_count; i++) {
						struct libffa_layout one = {
							&layout->fields[i], 1,
							layout->wide_since};
						uint64_t b = claimed_bits(
							&one, true,
							versions[vi], r);

						assert_int_equal(seen & b, 0);
						seen |= b;
					}
				}
			}
		}
	}
}

static void abi_names_parse_in_every_form(void **state)
{
	enum libffa_abi abi;
	unsigned int width;

	(void)state;
	assert_true(libffa_abi_from_name("FFA_MEM_SHARE_64", &abi, &width));
	assert_int_equal(abi, LIBFFA_ABI_MEM_SHARE);
	assert_int_equal(width, 64);
	assert_true(libffa_abi_from_name("mem_share_32", &abi, &width));
	assert_int_equal(width, 32);
	assert_true(libffa_abi_from_name("MSG_SEND_DIRECT_REQ2", &abi, &width));
	assert_int_equal(abi, LIBFFA_ABI_MSG_SEND_DIRECT_REQ2);
	assert_int_equal(width, 0);
	assert_true(libffa_abi_from_name("SMCCC_VERSION", &abi, &width));
	assert_int_equal(abi, LIBFFA_ABI_SMCCC_VERSION);
	assert_false(libffa_abi_from_name("FFA_MEM_SHARE_16", &abi, &width));
	/* Cut-off suffixes stop at their NUL (ASan: no read past it). */
	assert_false(libffa_abi_from_name("FFA_MEM_SHARE_6", &abi, &width));
	assert_false(libffa_abi_from_name("FFA_MEM_SHARE_", &abi, &width));
	assert_false(libffa_abi_from_name("FFA_NOPE", &abi, &width));
	/* A name is not a prefix match: FFA_MSG_SEND is not ..._DIRECT_REQ. */
	assert_true(libffa_abi_from_name("FFA_MSG_SEND", &abi, &width));
	assert_int_equal(abi, LIBFFA_ABI_MSG_SEND);
	for (int a = 0; a < LIBFFA_ABI_COUNT; a++) {
		const struct libffa_abi_info *row =
			libffa_abi_info((enum libffa_abi)a);

		assert_true(libffa_abi_from_name(row->name, &abi, &width));
		assert_int_equal(abi, a);
	}
}

/* The FF-A range a proxy routes (docs/fact-check.md s3: owner 4, numbers
 * 0x60-0xFF): every FF-A row is in it, SMCCC architecture calls and other
 * owners are not; malformed IDs in it stay in it (to be refused there). */
static void abi_ffa_range_covers_every_ffa_id(void **state)
{
	(void)state;
	for (int a = 0; a < LIBFFA_ABI_COUNT; a++) {
		const struct libffa_abi_info *row =
			libffa_abi_info((enum libffa_abi)a);
		bool ffa = row->name[0] == 'F';

		if (row->fid32 != 0u) {
			assert_int_equal(
				libffa_smccc_fid_in_ffa_range(row->fid32), ffa);
		}
		if (row->fid64 != 0u) {
			assert_int_equal(
				libffa_smccc_fid_in_ffa_range(row->fid64), ffa);
		}
	}
	assert_true(libffa_smccc_fid_in_ffa_range(0x840000FFu));  /* future */
	assert_true(libffa_smccc_fid_in_ffa_range(0x84010063u));  /* SVE hint */
	assert_false(libffa_smccc_fid_in_ffa_range(0x8400005Fu)); /* < 0x60 */
	assert_false(libffa_smccc_fid_in_ffa_range(0x84000100u)); /* > 0xFF */
	assert_true(libffa_smccc_fid_in_ffa_range(0x04000063u));  /* yielding */
	assert_true(libffa_smccc_fid_in_ffa_range(0x84020063u));  /* [23:17] */
	assert_false(libffa_smccc_fid_in_ffa_range(0x85000063u)); /* owner 5 */
}

/* ---- Look-up limits, names, UUIDs and field presence ---------------- */

#define ABI_OUT_OF_RANGE ((enum libffa_abi)LIBFFA_ABI_COUNT)

/*
 * abi_from_fid(): E_UNKNOWN_FID when "no ABI has this ID". FF-A function
 * numbers live in 0x60-0xFF of the standard-service owner (DEN0028
 * 1.2 s6.2), but not every number is assigned; SMCCC_VERSION and
 * SMCCC_ARCH_FEATURES exist only as SMC32 (DEN0028 1.2 s7.2, s7.3).
 */
static void abi_from_fid_unassigned_ids(void **state)
{
	static const uint32_t unknown[] = {
		UINT32_C(0x840000FF), /* last FF-A number, unassigned */
		UINT32_C(0x8400005F), /* just below the FF-A range */
		UINT32_C(0x84000100), /* just above it */
		UINT32_C(0xC0000000), /* SMCCC_VERSION has no SMC64 form */
		UINT32_C(0xC0000001), /* nor SMCCC_ARCH_FEATURES */
		UINT32_C(0x80000002), /* arch call libffa does not model */
		UINT32_C(0x04000063), /* FFA_VERSION as a yielding call */
		UINT32_C(0xC4000063), /* FFA_VERSION has no SMC64 form */
	};
	enum libffa_abi abi = LIBFFA_ABI_ID_GET;
	bool smc64 = true;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(unknown) / sizeof(unknown[0]); i++) {
		if (libffa_abi_from_fid(unknown[i], &abi, &smc64) !=
		    LIBFFA_E_UNKNOWN_FID) {
			fail_msg("0x%08x resolved", (unsigned int)unknown[i]);
		}
	}
	/* Not written on failure. */
	assert_int_equal(abi, LIBFFA_ABI_ID_GET);
	assert_true(smc64);
	assert_int_equal(libffa_abi_from_fid(LIBFFA_SMCCC_ARCH_FEATURES_FID,
					     &abi, &smc64),
			 LIBFFA_OK);
	assert_int_equal(abi, LIBFFA_ABI_SMCCC_ARCH_FEATURES);
	assert_false(smc64);
	/*
	 * NULL outputs are refused with E_INVAL (the convention of every
	 * libffa entry point, status.h "caller broke a documented contract";
	 * abi.h's Return list does not mention it) and nothing is written.
	 */
	assert_int_equal(
		libffa_abi_from_fid(UINT32_C(0x84000063), NULL, &smc64),
		LIBFFA_E_INVAL);
	assert_false(smc64);
	assert_int_equal(libffa_abi_from_fid(UINT32_C(0x84000063), &abi, NULL),
			 LIBFFA_E_INVAL);
	assert_int_equal(abi, LIBFFA_ABI_SMCCC_ARCH_FEATURES);
}

/*
 * Out-of-range enumerators: abi_info() and abi_layout() "NULL when @abi is
 * out of range", abi_fid() "0 when that form does not exist", and no
 * version defines such an ABI.
 */
static void abi_out_of_range_enumerators(void **state)
{
	(void)state;
	assert_null(libffa_abi_info(ABI_OUT_OF_RANGE));
	assert_null(libffa_abi_layout(ABI_OUT_OF_RANGE, LIBFFA_MSG_ARGS));
	assert_null(libffa_abi_layout(ABI_OUT_OF_RANGE, LIBFFA_MSG_RESULT));
	assert_int_equal(libffa_abi_fid(ABI_OUT_OF_RANGE, false), 0);
	assert_int_equal(libffa_abi_fid(ABI_OUT_OF_RANGE, true), 0);
	assert_false(
		libffa_abi_exists(ABI_OUT_OF_RANGE, false, LIBFFA_VERSION_1_2));
	/* FFA_VERSION has no SMC64 form: fid 0, never exists. */
	assert_int_equal(libffa_abi_fid(LIBFFA_ABI_VERSION, true), 0);
	assert_false(libffa_abi_exists(LIBFFA_ABI_VERSION, true,
				       LIBFFA_VERSION_1_2));
	assert_true(libffa_abi_exists(LIBFFA_ABI_VERSION, false,
				      LIBFFA_VERSION_1_0));
}

/*
 * abi_from_name(): "FFA_MEM_SHARE_64", "FFA_MEM_SHARE", "MEM_SHARE",
 * "mem_share_32", "SMCCC_VERSION" (case-insensitive). Anything else, a
 * different suffix or a NULL argument, is not a name.
 */
static void abi_from_name_accepts_only_documented_forms(void **state)
{
	static const char *const bad[] = {
		"FFA_MEM_SHARE_640",
		"FFA_MEM_SHARE_33",
		"FFA_MEM_SHARE_62",
		"FFA_MEM_SHARE64",
		"FFA_MEM_SHAR",
		"FFA_MEM_SHARE_X4",
		"FFA_SMCCC_VERSION",
		"FFAMEM_SHARE",
		"FFA_",
		"",
		"MEM_SHAR~",
		"FXA_MEM_SHARE",
		"FFX_MEM_SHARE",
		"FFAXMEM_SHARE",
	};
	enum libffa_abi abi = LIBFFA_ABI_ID_GET;
	unsigned int width = 99;
	size_t i;

	(void)state;
	assert_true(libffa_abi_from_name("ffa_mem_share_64", &abi, &width));
	assert_int_equal(abi, LIBFFA_ABI_MEM_SHARE);
	assert_int_equal(width, 64);
	assert_true(libffa_abi_from_name("Ffa_Mem_Share", &abi, &width));
	assert_int_equal(abi, LIBFFA_ABI_MEM_SHARE);
	assert_int_equal(width, 0);
	assert_true(libffa_abi_from_name("smccc_arch_features", &abi, &width));
	assert_int_equal(abi, LIBFFA_ABI_SMCCC_ARCH_FEATURES);
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		if (libffa_abi_from_name(bad[i], &abi, &width)) {
			fail_msg("\"%s\" parsed as ABI %d", bad[i], (int)abi);
		}
	}
	assert_false(libffa_abi_from_name(NULL, &abi, &width));
	assert_false(libffa_abi_from_name("MEM_SHARE", NULL, &width));
	assert_false(libffa_abi_from_name("MEM_SHARE", &abi, NULL));
}

/*
 * The SMCCC UUID convention (DEN0028 1.2 s5.3, the example
 * of the arm-ffa crate): a1a2a3a4-b1b2-c1c2-d1d2-d3d4d5d6d7d8 is
 * w = 0xa4a3a2a1, 0xc2c1b2b1, 0xd4d3d2d1, 0xd8d7d6d5 and
 * x = 0xc2c1b2b1a4a3a2a1, 0xd8d7d6d5d4d3d2d1.
 */
static void abi_uuid_register_conventions(void **state)
{
	static const uint8_t bytes[16] = {0xa1, 0xa2, 0xa3, 0xa4, 0xb1, 0xb2,
					  0xc1, 0xc2, 0xd1, 0xd2, 0xd3, 0xd4,
					  0xd5, 0xd6, 0xd7, 0xd8};
	static const uint32_t w[4] = {0xa4a3a2a1, 0xc2c1b2b1, 0xd4d3d2d1,
				      0xd8d7d6d5};
	struct libffa_uuid u;
	uint32_t w_out[4];
	uint64_t lo = 0;
	uint64_t hi = 0;

	(void)state;
	memset(&u, 0, sizeof(u));
	assert_true(libffa_uuid_is_nil(&u));
	libffa_uuid_from_w(&u, w);
	assert_memory_equal(u.bytes, bytes, 16);
	assert_false(libffa_uuid_is_nil(&u));
	libffa_uuid_to_x(&u, &lo, &hi);
	assert_int_equal(lo, UINT64_C(0xc2c1b2b1a4a3a2a1));
	assert_int_equal(hi, UINT64_C(0xd8d7d6d5d4d3d2d1));
	memset(&u, 0, sizeof(u));
	libffa_uuid_from_x(&u, UINT64_C(0xc2c1b2b1a4a3a2a1),
			   UINT64_C(0xd8d7d6d5d4d3d2d1));
	assert_memory_equal(u.bytes, bytes, 16);
	libffa_uuid_to_w(&u, w_out);
	assert_memory_equal(w_out, w, sizeof(w));
	/* One non-zero byte anywhere makes it non-nil. */
	memset(&u, 0, sizeof(u));
	u.bytes[15] = 1;
	assert_false(libffa_uuid_is_nil(&u));
}

/*
 * abi_regs_in_use(): 8 for SMC32 at every version, 8 for SMC64 before
 * v1.2 and 18 from v1.2 (DEN0077A 1.2 s11.2, DEN0028 1.2 s2.6).
 */
static void abi_regs_in_use_by_convention_and_version(void **state)
{
	(void)state;
	assert_int_equal(libffa_abi_regs_in_use(false, LIBFFA_VERSION_1_3), 8);
	assert_int_equal(libffa_abi_regs_in_use(true, LIBFFA_VERSION_1_1), 8);
	assert_int_equal(libffa_abi_regs_in_use(true, LIBFFA_VERSION_1_2), 18);
}

/*
 * field_present(): "A field exists when its version range covers @version
 * and every register it touches belongs to the frame". NULL arguments
 * name no field.
 */
static void abi_field_present_rules(void **state)
{
	const struct libffa_layout *req2 = libffa_abi_layout(
		LIBFFA_ABI_MSG_SEND_DIRECT_REQ2, LIBFFA_MSG_ARGS);
	const struct libffa_layout *pig = libffa_abi_layout(
		LIBFFA_ABI_PARTITION_INFO_GET, LIBFFA_MSG_ARGS);
	const struct libffa_field *uuid_x = NULL;
	const struct libffa_field *uuid_w = NULL;
	const struct libffa_field *payload = NULL;
	unsigned int i;

	(void)state;
	assert_non_null(req2);
	assert_non_null(pig);
	for (i = 0; i < req2->field_count; i++) {
		if (req2->fields[i].kind == LIBFFA_FIELD_UUID_X) {
			uuid_x = &req2->fields[i];
		} else if (req2->fields[i].kind == LIBFFA_FIELD_ARRAY) {
			payload = &req2->fields[i];
		}
	}
	for (i = 0; i < pig->field_count; i++) {
		if (pig->fields[i].kind == LIBFFA_FIELD_UUID_W) {
			uuid_w = &pig->fields[i];
		}
	}
	assert_non_null(uuid_x);
	assert_non_null(uuid_w);
	assert_non_null(payload);
	/* DIRECT_REQ2 is v1.2+ and SMC64. */
	assert_true(libffa_field_present(req2, uuid_x, true, LIBFFA_VERSION_1_2,
					 0));
	assert_false(libffa_field_present(req2, uuid_x, true,
					  LIBFFA_VERSION_1_1, 0));
	assert_false(libffa_field_present(req2, uuid_x, false,
					  LIBFFA_VERSION_1_2, 0));
	/* x4-x17 payload: 14 elements, the last in x17, none beyond. */
	assert_true(libffa_field_present(req2, payload, true,
					 LIBFFA_VERSION_1_2, 13));
	assert_false(libffa_field_present(req2, payload, true,
					  LIBFFA_VERSION_1_2, 14));
	/* A w-register UUID fits both conventions from v1.0. */
	assert_true(libffa_field_present(pig, uuid_w, false, LIBFFA_VERSION_1_0,
					 0));
	assert_true(
		libffa_field_present(pig, uuid_w, true, LIBFFA_VERSION_1_2, 0));
	assert_false(libffa_field_present(NULL, uuid_w, false,
					  LIBFFA_VERSION_1_0, 0));
	assert_false(
		libffa_field_present(pig, NULL, false, LIBFFA_VERSION_1_0, 0));
}

/*
 * field_present(): "SMC32 frames have only w0-w7, and x8-x17 carry fields
 * only from the layout's wide_since version". FFA_MSG_SEND_DIRECT_REQ's
 * payload reaches x8-x17 from v1.3 in SMC64 (abi.def, docs/fact-check.md
 * s5: the arm-ffa crate's 1.3 reading, gated on v1.3); the tag
 * of FFA_PARTITION_INFO_GET_REGS's answer is x2 bits[47:32] (DEN0077A
 * 1.2 s13.10), which no w register holds.
 */
static void abi_field_present_frame_limits(void **state)
{
	const struct libffa_layout *req = libffa_abi_layout(
		LIBFFA_ABI_MSG_SEND_DIRECT_REQ, LIBFFA_MSG_ARGS);
	const struct libffa_layout *regs = libffa_abi_layout(
		LIBFFA_ABI_PARTITION_INFO_GET_REGS, LIBFFA_MSG_RESULT);
	const struct libffa_field *payload = NULL;
	const struct libffa_field *tag = NULL;
	unsigned int i;

	(void)state;
	assert_non_null(req);
	assert_non_null(regs);
	for (i = 0; i < req->field_count; i++) {
		if (req->fields[i].kind == LIBFFA_FIELD_ARRAY) {
			payload = &req->fields[i];
		}
	}
	for (i = 0; i < regs->field_count; i++) {
		if (strcmp(regs->fields[i].name, "tag") == 0) {
			tag = &regs->fields[i];
		}
	}
	assert_non_null(payload);
	assert_non_null(tag);
	assert_int_equal(payload->reg, 3);
	/* Element 4 is x7: in every frame. Element 5 is x8. */
	assert_true(libffa_field_present(req, payload, false,
					 LIBFFA_VERSION_1_3, 4));
	assert_false(libffa_field_present(req, payload, true,
					  LIBFFA_VERSION_1_2, 5));
	assert_true(libffa_field_present(req, payload, true, LIBFFA_VERSION_1_3,
					 5));
	assert_false(libffa_field_present(req, payload, false,
					  LIBFFA_VERSION_1_3, 5));
	assert_true(
		libffa_field_present(regs, tag, true, LIBFFA_VERSION_1_2, 0));
	assert_false(
		libffa_field_present(regs, tag, false, LIBFFA_VERSION_1_2, 0));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(abi_every_frame_round_trips),
		cmocka_unit_test(abi_every_result_round_trips),
		cmocka_unit_test(abi_every_reserved_bit_is_rejected_on_a_call),
		cmocka_unit_test(abi_bits_outside_the_convention_are_ignored),
		cmocka_unit_test(abi_encode_zero_fills_unused_registers),
		cmocka_unit_test(abi_sve_hint_is_masked_before_matching),
		cmocka_unit_test(abi_unknown_ids_are_not_supported),
		cmocka_unit_test(abi_forms_outside_the_version_are_rejected),
		cmocka_unit_test(abi_table_rows_are_consistent),
		cmocka_unit_test(abi_names_parse_in_every_form),
		cmocka_unit_test(abi_ffa_range_covers_every_ffa_id),
		cmocka_unit_test(abi_from_fid_unassigned_ids),
		cmocka_unit_test(abi_out_of_range_enumerators),
		cmocka_unit_test(abi_from_name_accepts_only_documented_forms),
		cmocka_unit_test(abi_uuid_register_conventions),
		cmocka_unit_test(abi_regs_in_use_by_convention_and_version),
		cmocka_unit_test(abi_field_present_rules),
		cmocka_unit_test(abi_field_present_frame_limits),
	};

	return cmocka_run_group_tests_name("abi", tests, NULL, NULL);
}
