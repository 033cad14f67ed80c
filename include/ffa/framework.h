/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * Framework messages (DEN0077A 1.1 s18.3 and 1.2 s18.3 "Direct messages"):
 * messages between FF-A components that ride inside
 * FFA_MSG_SEND_DIRECT_REQ/RESP, marked by w2 bit 31 with the type in
 * w2[7:0] (v1.1+). A partition message has w2 bit 31 clear. REQ2/RESP2
 * never carry them.
 *
 * Types and payloads (w3-w7, SMC32 except the SMC64 PSCI request):
 *   0  PSCI_REQ            w3 PSCI function ID, w4-w6 (x4-x6) arguments
 *   1  WARM_BOOT_REQ       w3 0: exit from suspend to RAM, 1: shallower
 *   2  PSCI_RESP           w3 PSCI status (also answers type 1)
 *   4  VM_CREATED_REQ      w3/w4 handle low/high, w5[15:0] VM ID
 *   5  VM_CREATED_RESP     w3 0 or an FF-A error code
 *   6  VM_DESTROYED_REQ    as 4
 *   7  VM_DESTROYED_RESP   as 5
 *   8  VERSION_REQ         w3 version, w4 flags (1.3 query type)
 *   9  VERSION_RESP        w3 version or NOT_SUPPORTED
 *  10/11 PARTITION_STOP_REQ/RESP, 12-15 LIVE_ACTIVATION_*: layouts
 *        UNVERIFIED (Hafnium only), carried as raw w3-w7.
 */
#ifndef LIBFFA_FRAMEWORK_H
#define LIBFFA_FRAMEWORK_H

#include "ffa/abi.h"
#include "ffa/env.h"
#include "ffa/msg.h"
#include "ffa/msg_framework.h"
#include "ffa/status.h"

LIBFFA_BEGIN_DECLS

/**
 * struct libffa_framework_msg - one framework message, decoded.
 * @type:        &enum libffa_framework_type value (w2[7:0]).
 * @is_request:  carried by FFA_MSG_SEND_DIRECT_REQ (else by _RESP).
 * @smc64:       the direct message was SMC64 (only PSCI_REQ may be).
 * @sender_id:   w1[31:16].
 * @receiver_id: w1[15:0].
 * @u:           the payload, by @type:
 * @u.psci_req:  PSCI_REQ: @function_id (w3), @args (w4-w6, x4-x6 in
 *               SMC64).
 * @u.warm_boot: WARM_BOOT_REQ: @boot_type (w3), 0 or 1.
 * @u.status:    PSCI_RESP (PSCI status), VM_CREATED_RESP and
 *               VM_DESTROYED_RESP (0 or an FF-A error code): w3.
 * @u.vm:        VM_CREATED_REQ and VM_DESTROYED_REQ: @handle (w3 low, w4
 *               high; 0xFFFFFFFFFFFFFFFF when unused), @vm_id (w5[15:0]).
 * @u.version:   VERSION_REQ: @version (w3) and @flags (w4, v1.3 query
 *               type); VERSION_RESP: @version (w3: a version or
 *               NOT_SUPPORTED, 0xFFFFFFFF), @flags unused.
 * @u.raw:       types 10-15, whose layouts are not settled: w3-w7 as
 *               received.
 */
struct libffa_framework_msg {
	uint32_t type;
	bool is_request;
	bool smc64;
	libffa_id_t sender_id;
	libffa_id_t receiver_id;
	union {
		struct {
			uint32_t function_id;
			uint64_t args[3];
		} psci_req;
		struct {
			uint32_t boot_type;
		} warm_boot;
		int32_t status;
		struct {
			libffa_handle_t handle;
			libffa_id_t vm_id;
		} vm;
		struct {
			uint32_t version;
			uint32_t flags;
		} version;
		uint32_t raw[5];
	} u;
};

/**
 * libffa_framework_type_name() - the name of a framework message type.
 * @type: w2[7:0].
 *
 * Return: "PSCI_REQ", "VM_CREATED_REQ", "VERSION_REQ", ..., or NULL for a
 * type no version defines.
 */
const char *libffa_framework_type_name(uint32_t type);

/**
 * libffa_framework_decode() - read a framework message from a direct
 * message.
 * @msg: a decoded FFA_MSG_SEND_DIRECT_REQ or _RESP (%LIBFFA_MSG_ARGS).
 * @out: out: the framework message.
 *
 * The message is checked by the codec's framework rule (msg_framework.h)
 * at the newest version libffa knows (libffa_msg_decode() already applied
 * it at the negotiated one): the payload registers a type does not use
 * must be zero (w5[31:16] of the VM messages is SBZ and ignored), and the
 * type's own fields must hold defined values; types 10-15 are carried
 * raw.
 *
 * Context: Any. Reentrant. Writes only @out.
 * Return:
 * * %LIBFFA_OK         - decoded;
 * * %LIBFFA_E_INVAL    - NULL pointer, or @msg is not a direct request or
 *                        response;
 * * %LIBFFA_E_NODATA   - a partition message (w2 bit 31 clear);
 * * %LIBFFA_E_BADVALUE - unknown type, a request type in a response (or
 *                        the reverse), SMC64 for a type other than
 *                        PSCI_REQ, a warm-boot type other than 0/1, a
 *                        positive VM_CREATED/DESTROYED status, a version
 *                        with bit 31 set, an undefined query type;
 * * %LIBFFA_E_MBZ      - an unused payload register, reserved flag bits
 *                        or the upper half of an SMC64 PSCI function ID
 *                        are non-zero.
 */
LIBFFA_MUST_CHECK libffa_status_t libffa_framework_decode(
	const struct libffa_msg *msg, struct libffa_framework_msg *out);

/**
 * libffa_framework_encode() - build the direct message carrying @fw.
 * @fw:  the framework message (trusted). @is_request must match @type.
 * @msg: out: a DIRECT_REQ or DIRECT_RESP (%LIBFFA_MSG_ARGS), ready for
 *       libffa_msg_encode() at v1.1 or later.
 *
 * Return: %LIBFFA_OK, or %LIBFFA_E_INVAL (NULL, unknown type, direction
 * or width not allowed for the type, a 64-bit PSCI argument in SMC32, or
 * a value libffa_framework_decode() would refuse).
 */
LIBFFA_MUST_CHECK libffa_status_t libffa_framework_encode(
	const struct libffa_framework_msg *fw, struct libffa_msg *msg);

LIBFFA_END_DECLS

#endif /* LIBFFA_FRAMEWORK_H */
