/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * One readable line per frame or message, into a caller buffer, without
 * libc: for hypervisor and firmware logs.
 */
#ifndef LIBFFA_PRINT_H
#define LIBFFA_PRINT_H

#include "ffa/env.h"
#include "ffa/msg.h"
#include "ffa/regs.h"
#include "ffa/version.h"

LIBFFA_BEGIN_DECLS

/**
 * libffa_print_msg() - format a decoded message as one line.
 * @buf:     output, always NUL-terminated when @size > 0 (truncated to fit).
 * @size:    capacity of @buf in bytes.
 * @msg:     the message.
 * @version: the version it was decoded at (decides which fields exist).
 *
 * Example: "FFA_MSG_SEND_DIRECT_REQ2 receiver_id=0x8001 sender_id=0x0
 * uuid=... payload=[0x1,...]". Results print as "FFA_SUCCESS_32 (ID_GET)
 * id=0x0"; FFA_VERSION's answer as "FFA_VERSION -> 1.2".
 *
 * Context: Any. Reentrant.
 * Return: the length the full line needs, excluding the NUL (as snprintf).
 */
size_t libffa_print_msg(char *buf, size_t size, const struct libffa_msg *msg,
			libffa_version_t version);

/**
 * struct libffa_print_work - what libffa_print_regs() decodes a frame into.
 * @msg:   the message, when the frame decoded.
 * @fault: where decoding failed, when it did not.
 *
 * The caller's storage: the printer keeps no message of its own on the
 * stack, so that it stays within 256 bytes of stack (aarch64 -Os, the
 * budget of tests/build/budget.py) while the decoder runs under it. A
 * caller may read both after the call.
 */
struct libffa_print_work {
	struct libffa_msg msg;
	struct libffa_msg_fault fault;
};

/**
 * libffa_print_regs() - decode a frame and format it as one line.
 * @buf:     output, as for libffa_print_msg().
 * @size:    capacity of @buf.
 * @regs:    the frame (untrusted).
 * @version: the negotiated version.
 * @work:    out: the frame decoded strictly (libffa_msg_decode_ex()).
 *
 * A frame that decodes prints as libffa_print_msg() prints it. One that
 * does not prints why, then the raw registers: "invalid: E_MBZ
 * (INVALID_PARAMETERS) reserved x2=0x1 frame: 0x8400006d 0x0 0x1 ...".
 * A NULL @regs or @work prints "(null)".
 *
 * Context: Any. Reentrant. Writes only @buf and @work.
 * Return: the length the full line needs, excluding the NUL.
 */
size_t libffa_print_regs(char *buf, size_t size, const struct libffa_regs *regs,
			 libffa_version_t version,
			 struct libffa_print_work *work);

/**
 * libffa_print_version() - "1.2" for 0x00010002.
 * @buf:     output.
 * @size:    capacity.
 * @version: a version word; one with bit 31 set prints as
 *           "NOT_SUPPORTED" (-1), "INVALID_PARAMETER" (-3) or raw hex.
 *
 * Return: the length needed.
 */
size_t libffa_print_version(char *buf, size_t size, libffa_version_t version);

LIBFFA_END_DECLS

#endif /* LIBFFA_PRINT_H */
