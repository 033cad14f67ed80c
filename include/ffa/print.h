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
 * libffa_print_regs() - decode a frame and format it as one line.
 * @buf:     output, as for libffa_print_msg().
 * @size:    capacity of @buf.
 * @regs:    the frame (untrusted).
 * @version: the negotiated version.
 *
 * A frame that does not decode prints why: "invalid: E_MBZ
 * (INVALID_PARAMETERS) w2=0x1 in FFA_RUN_32" and the raw registers.
 *
 * Return: the length the full line needs, excluding the NUL.
 */
size_t libffa_print_regs(char *buf, size_t size, const struct libffa_regs *regs,
			 libffa_version_t version);

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
