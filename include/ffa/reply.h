/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * Reply constructors: the encoded FFA_ERROR or FFA_SUCCESS frame a callee
 * answers with, in one call (DEN0077A 1.2 s13.1). Built with the typed
 * encoders of ffa/msg.h (libffa_args_encode_error/_success); no other
 * state: no message or second frame on the stack.
 */
#ifndef LIBFFA_REPLY_H
#define LIBFFA_REPLY_H

#include "ffa/env.h"
#include "ffa/regs.h"
#include "ffa/status.h"
#include "ffa/version.h"

LIBFFA_BEGIN_DECLS

/**
 * libffa_reply_error() - an encoded FFA_ERROR_32 frame.
 * @out:     out: the frame (every unused register zero).
 * @version: the negotiated FF-A version.
 * @code:    the wire error code (&enum libffa_ret or any negative value).
 * Context: Any. Reentrant. Writes only @out.
 * Return: %LIBFFA_OK; %LIBFFA_E_INVAL for a NULL @out or a @code that is
 * not negative (FFA_ERROR never carries success); %LIBFFA_E_VERSION for an
 * unknown @version.
 */
LIBFFA_MUST_CHECK libffa_status_t libffa_reply_error(struct libffa_regs *out,
						     libffa_version_t version,
						     int32_t code);

/**
 * libffa_reply_success() - an encoded FFA_SUCCESS frame with values.
 * @out:     out: the frame.
 * @version: the negotiated FF-A version.
 * @smc64:   FFA_SUCCESS_64 (values are x2..) or FFA_SUCCESS_32 (w2..).
 * @values:  the values of w2/x2 onwards; may be NULL when @count is 0.
 * @count:   how many: at most 6 (w2-w7), or 16 (x2-x17) for SMC64 from
 *           v1.2 (DEN0077A 1.2 s11.2).
 * Context: Any. Reentrant. Writes only @out.
 * Return: %LIBFFA_OK; %LIBFFA_E_INVAL for a NULL pointer, too many values
 * or a value wider than 32 bits in an SMC32 frame; %LIBFFA_E_VERSION.
 */
LIBFFA_MUST_CHECK libffa_status_t libffa_reply_success(struct libffa_regs *out,
						       libffa_version_t version,
						       bool smc64,
						       const uint64_t *values,
						       size_t count);

/**
 * libffa_reply_status() - the answer a callee owes for a library status.
 * @out:     out: the frame.
 * @version: the negotiated FF-A version.
 * @status:  %LIBFFA_OK gives a bare FFA_SUCCESS_32; any other status gives
 *           FFA_ERROR_32 with libffa_status_to_ret(@status), e.g.
 *           INVALID_PARAMETERS for %LIBFFA_E_MBZ (DEN0077A 1.2 s11.2).
 * Context: Any. Reentrant. Writes only @out.
 * Return: as libffa_reply_error().
 */
LIBFFA_MUST_CHECK libffa_status_t libffa_reply_status(struct libffa_regs *out,
						      libffa_version_t version,
						      libffa_status_t status);

LIBFFA_END_DECLS

#endif /* LIBFFA_REPLY_H */
