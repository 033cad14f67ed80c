/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * Framework messages in direct requests and responses (DEN0077A 1.1
 * s18.3).
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

/* A message of @type with every field it has set to a distinct value. */
static void sample(uint32_t type, struct libffa_framework_msg *fw)
{
	unsigned int i;

	memset(fw, 0, sizeof(*fw));
	fw->type = type;
	fw->is_request = libffa_framework_is_request_type(type);
	fw->sender_id = 0xFFFF;
	fw->receiver_id = 0x8000;
	switch (type) {
	case LIBFFA_FRAMEWORK_PSCI_REQ:
		fw->u.psci_req.function_id = 0x84000002; /* CPU_OFF */
		fw->u.psci_req.args[0] = 1;
		fw->u.psci_req.args[1] = 2;
		fw->u.psci_req.args[2] = 3;
		break;
	case LIBFFA_FRAMEWORK_WARM_BOOT_REQ:
		fw->u.warm_boot.boot_type = 1;
		break;
	case LIBFFA_FRAMEWORK_PSCI_RESP:
	case LIBFFA_FRAMEWORK_VM_CREATED_RESP:
	case LIBFFA_FRAMEWORK_VM_DESTROYED_RESP:
		fw->u.status = -6; /* DENIED */
		break;
	case LIBFFA_FRAMEWORK_VM_CREATED_REQ:
	case LIBFFA_FRAMEWORK_VM_DESTROYED_REQ:
		fw->u.vm.handle = UINT64_C(0xFFFFFFFFFFFFFFFF);
		fw->u.vm.vm_id = 0x0042;
		break;
	case LIBFFA_FRAMEWORK_VERSION_REQ:
		fw->u.version.version = 0x00010003;
		fw->u.version.flags = 1;
		break;
	case LIBFFA_FRAMEWORK_VERSION_RESP:
		fw->u.version.version = 0xFFFFFFFF; /* NOT_SUPPORTED */
		break;
	default:
		for (i = 0; i < 5u; i++) {
			fw->u.raw[i] = 0x100u * type + i;
		}
		break;
	}
}

/* Every type, every version with framework messages that defines it:
 * encode to a frame, decode the frame, decode the framework message: same
 * message. */
static void framework_round_trip_every_type(void **state)
{
	static const libffa_version_t vers[] = {
		LIBFFA_VERSION_1_1, LIBFFA_VERSION_1_2, LIBFFA_VERSION_1_3};
	struct libffa_framework_msg fw;
	struct libffa_framework_msg out;
	struct libffa_msg msg;
	struct libffa_msg dec;
	struct libffa_regs regs;
	unsigned int seen = 0;
	uint32_t type;
	size_t v;

	(void)state;
	for (v = 0; v < 3; v++) {
		for (type = 0; type < 16u; type++) {
			if (libffa_framework_type_name(type) == NULL) {
				continue;
			}
			sample(type, &fw);
			if (type == LIBFFA_FRAMEWORK_VERSION_REQ &&
			    vers[v] < LIBFFA_VERSION_1_3) {
				fw.u.version.flags = 0; /* no flags yet */
			}
			assert_int_equal(libffa_framework_encode(&fw, &msg),
					 LIBFFA_OK);
			if (type >= 10u && vers[v] < LIBFFA_VERSION_1_3) {
				/* Lifecycle types are v1.3 (fact-check s16). */
				assert_int_equal(
					libffa_msg_encode(&msg, vers[v], &regs),
					LIBFFA_E_INVAL);
				continue;
			}
			assert_int_equal(
				libffa_msg_encode(&msg, vers[v], &regs),
				LIBFFA_OK);
			assert_int_equal(regs.x[2], 0x80000000u | type);
			assert_int_equal(regs.x[0], fw.is_request
							    ? 0x8400006Fu
							    : 0x84000070u);
			assert_int_equal(
				libffa_msg_decode(&regs, vers[v], &dec),
				LIBFFA_OK);
			assert_int_equal(libffa_framework_decode(&dec, &out),
					 LIBFFA_OK);
			assert_memory_equal(&out, &fw, sizeof(fw));
			seen++;
		}
	}
	assert_int_equal(seen, 9 + 9 + 15);
}

/* The SMC64 PSCI request carries 64-bit arguments in x4-x6. */
static void framework_psci_req_smc64(void **state)
{
	struct libffa_framework_msg fw;
	struct libffa_framework_msg out;
	struct libffa_msg msg;
	struct libffa_msg dec;
	struct libffa_regs regs;

	(void)state;
	sample(LIBFFA_FRAMEWORK_PSCI_REQ, &fw);
	fw.u.psci_req.args[0] = UINT64_C(0x123456789A);
	assert_int_equal(libffa_framework_encode(&fw, &msg), LIBFFA_E_INVAL);
	fw.smc64 = true;
	assert_int_equal(libffa_framework_encode(&fw, &msg), LIBFFA_OK);
	assert_int_equal(libffa_msg_encode(&msg, LIBFFA_VERSION_1_2, &regs),
			 LIBFFA_OK);
	assert_int_equal(regs.x[0], 0xC400006F);
	assert_int_equal(regs.x[4], UINT64_C(0x123456789A));
	assert_int_equal(libffa_msg_decode(&regs, LIBFFA_VERSION_1_2, &dec),
			 LIBFFA_OK);
	assert_int_equal(libffa_framework_decode(&dec, &out), LIBFFA_OK);
	assert_memory_equal(&out, &fw, sizeof(fw));
	/* Other types are SMC32 only. */
	sample(LIBFFA_FRAMEWORK_VERSION_REQ, &fw);
	fw.smc64 = true;
	assert_int_equal(libffa_framework_encode(&fw, &msg), LIBFFA_E_INVAL);
}

/* arm-ffa's VERSION_REQ vector (docs/fact-check.md s9): x2 = bit31 | 8,
 * x3 = v1.3, x4 = query flags. */
static void framework_version_req_golden(void **state)
{
	struct libffa_regs regs;
	struct libffa_msg dec;
	struct libffa_framework_msg out;

	(void)state;
	memset(&regs, 0, sizeof(regs));
	regs.x[0] = 0x8400006F;
	regs.x[1] = 0xFFFF8000;
	regs.x[2] = 0x80000008;
	regs.x[3] = 0x00010003;
	regs.x[4] = 1;
	assert_int_equal(libffa_msg_decode(&regs, LIBFFA_VERSION_1_3, &dec),
			 LIBFFA_OK);
	assert_int_equal(libffa_framework_decode(&dec, &out), LIBFFA_OK);
	assert_int_equal(out.type, LIBFFA_FRAMEWORK_VERSION_REQ);
	assert_true(out.is_request);
	assert_int_equal(out.sender_id, 0xFFFF);
	assert_int_equal(out.receiver_id, 0x8000);
	assert_int_equal(out.u.version.version, 0x00010003);
	assert_int_equal(out.u.version.flags, 1);
	assert_string_equal(libffa_framework_type_name(out.type),
			    "VERSION_REQ");
}

static void framework_type_names(void **state)
{
	(void)state;
	assert_string_equal(libffa_framework_type_name(0), "PSCI_REQ");
	assert_string_equal(libffa_framework_type_name(2), "PSCI_RESP");
	assert_string_equal(libffa_framework_type_name(4), "VM_CREATED_REQ");
	assert_string_equal(libffa_framework_type_name(7), "VM_DESTROYED_RESP");
	assert_string_equal(libffa_framework_type_name(9), "VERSION_RESP");
	assert_string_equal(libffa_framework_type_name(15),
			    "LIVE_ACTIVATION_FINISH_RESP");
	assert_null(libffa_framework_type_name(3));
	assert_null(libffa_framework_type_name(16));
	assert_null(libffa_framework_type_name(0xFFFFFFFF));
}

/* w2 bit 31 separates framework from partition messages. */
static void framework_partition_message_is_not_one(void **state)
{
	struct libffa_msg msg;
	struct libffa_framework_msg out;

	(void)state;
	libffa_msg_init(&msg, LIBFFA_ABI_MSG_SEND_DIRECT_REQ, LIBFFA_MSG_ARGS,
			false);
	msg.args.direct_req.payload[0] = 0x1234;
	assert_int_equal(libffa_framework_decode(&msg, &out), LIBFFA_E_NODATA);
	libffa_msg_init(&msg, LIBFFA_ABI_MSG_SEND_DIRECT_REQ2, LIBFFA_MSG_ARGS,
			true);
	assert_int_equal(libffa_framework_decode(&msg, &out), LIBFFA_E_INVAL);
}

/* Malformed framework messages from a peer. */
static void framework_rejects_malformed(void **state)
{
	struct libffa_framework_msg fw;
	struct libffa_framework_msg out;
	struct libffa_msg msg;

	(void)state;
	/* Unknown type. */
	sample(LIBFFA_FRAMEWORK_VERSION_REQ, &fw);
	assert_int_equal(libffa_framework_encode(&fw, &msg), LIBFFA_OK);
	msg.args.direct_req.framework_type = 3;
	assert_int_equal(libffa_framework_decode(&msg, &out),
			 LIBFFA_E_BADVALUE);
	/* A response type in a request. */
	msg.args.direct_req.framework_type = LIBFFA_FRAMEWORK_VERSION_RESP;
	assert_int_equal(libffa_framework_decode(&msg, &out),
			 LIBFFA_E_BADVALUE);
	/* An unused register (w5 of VERSION_REQ). */
	msg.args.direct_req.framework_type = LIBFFA_FRAMEWORK_VERSION_REQ;
	msg.args.direct_req.payload[2] = 1;
	assert_int_equal(libffa_framework_decode(&msg, &out), LIBFFA_E_MBZ);
	/* Warm-boot type 2 does not exist. */
	sample(LIBFFA_FRAMEWORK_WARM_BOOT_REQ, &fw);
	assert_int_equal(libffa_framework_encode(&fw, &msg), LIBFFA_OK);
	msg.args.direct_req.payload[0] = 2;
	assert_int_equal(libffa_framework_decode(&msg, &out),
			 LIBFFA_E_BADVALUE);
	/* VM created: w5[31:16] is SBZ, ignored. */
	sample(LIBFFA_FRAMEWORK_VM_CREATED_REQ, &fw);
	assert_int_equal(libffa_framework_encode(&fw, &msg), LIBFFA_OK);
	msg.args.direct_req.payload[2] |= 0xABCD0000u;
	assert_int_equal(libffa_framework_decode(&msg, &out), LIBFFA_OK);
	assert_int_equal(out.u.vm.vm_id, 0x0042);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(framework_round_trip_every_type),
		cmocka_unit_test(framework_psci_req_smc64),
		cmocka_unit_test(framework_version_req_golden),
		cmocka_unit_test(framework_type_names),
		cmocka_unit_test(framework_partition_message_is_not_one),
		cmocka_unit_test(framework_rejects_malformed),
	};

	return cmocka_run_group_tests_name("framework", tests, NULL, NULL);
}
