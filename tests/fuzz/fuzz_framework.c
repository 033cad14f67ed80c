/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * Fuzz the framework message decoder (DEN0077A 1.1 s15.2-15.3): a direct
 * request or response whose w2 bit 31 is set. Input: byte 0 the version
 * (1.1-1.3, bits[1:0]), byte 1 bit 0 SMC64, bit 1 a response, bit 2 keep
 * w2 as given (else w2 = framework flag | byte 2); then w1-w7 (x4-x7 in
 * SMC64), little-endian u64s, decoded by the register codec first.
 * Properties: no crash or sanitizer report; a framework message the
 * register codec accepts also decodes as a framework message (the codec
 * validates it, docs/fact-check.md s16), names a known type of the right
 * direction, and re-encodes
 * (libffa_framework_encode, then the register codec) to a direct message
 * that decodes to the same framework message; the wrong direction for
 * its type, a PSCI argument past 32 bits in SMC32, or a warm boot type
 * above 1, is refused by the encoder.
 */
#include <stdlib.h>

#include <string.h>

#include "ffa/framework.h"
#include "ffa/msg.h"

static const libffa_version_t versions[] = {
	LIBFFA_VERSION_1_1, LIBFFA_VERSION_1_1, LIBFFA_VERSION_1_2,
	LIBFFA_VERSION_1_3};

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void check(bool ok)
{
	if (!ok) {
		abort();
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct libffa_framework_msg fw;
	struct libffa_framework_msg again;
	struct libffa_framework_msg bad;
	struct libffa_msg msg;
	struct libffa_msg out;
	struct libffa_regs regs;
	libffa_version_t v;
	libffa_status_t status;
	bool smc64;
	bool resp;
	size_t i;

	if (size < 3u) {
		return 0;
	}
	v = versions[data[0] & 3u];
	smc64 = (data[1] & 1u) != 0u;
	resp = (data[1] & 2u) != 0u;
	libffa_regs_clear(&regs);
	regs.x[0] = libffa_abi_fid(resp ? LIBFFA_ABI_MSG_SEND_DIRECT_RESP
					: LIBFFA_ABI_MSG_SEND_DIRECT_REQ,
				   smc64);
	for (i = 3; i < size && i < 3u + 8u * 7u; i++) {
		regs.x[1u + (i - 3u) / 8u] |= (uint64_t)data[i]
					      << (8u * ((i - 3u) % 8u));
	}
	if ((data[1] & 4u) == 0u) {
		regs.x[2] = LIBFFA_FRAMEWORK_FLAG | data[2];
	}
	(void)libffa_framework_type_name(data[2]);
	if (libffa_msg_decode(&regs, v, &msg) != LIBFFA_OK) {
		return 0;
	}
	memset(&fw, 0, sizeof(fw));
	status = libffa_framework_decode(&msg, &fw);
	if (status == LIBFFA_E_NODATA) {
		return 0; /* a partition message */
	}
	check(status == LIBFFA_OK);
	check(libffa_framework_type_name(fw.type) != NULL &&
	      libffa_framework_is_request_type(fw.type) == fw.is_request &&
	      fw.is_request == !resp && fw.smc64 == smc64);
	check(libffa_framework_encode(&fw, &out) == LIBFFA_OK);
	/* A request type sent as a response (or back) is refused. */
	bad = fw;
	bad.is_request = !fw.is_request;
	check(libffa_framework_encode(&bad, &msg) == LIBFFA_E_INVAL);
	/* A value the frame cannot carry is refused, never truncated. */
	bad = fw;
	if (fw.type == LIBFFA_FRAMEWORK_PSCI_REQ && !fw.smc64) {
		bad.u.psci_req.args[data[1] % 3u] |= UINT64_C(1) << 32;
		check(libffa_framework_encode(&bad, &msg) == LIBFFA_E_INVAL);
	} else if (fw.type == LIBFFA_FRAMEWORK_WARM_BOOT_REQ) {
		bad.u.warm_boot.boot_type =
			LIBFFA_FRAMEWORK_WARM_BOOT_SHALLOW + 1u + data[1];
		check(libffa_framework_encode(&bad, &msg) == LIBFFA_E_INVAL);
	}
	check(libffa_msg_encode(&out, v, &regs) == LIBFFA_OK);
	check(libffa_msg_decode(&regs, v, &out) == LIBFFA_OK);
	memset(&again, 0, sizeof(again));
	check(libffa_framework_decode(&out, &again) == LIBFFA_OK &&
	      memcmp(&again, &fw, sizeof(fw)) == 0);
	return 0;
}
