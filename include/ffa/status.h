/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * Two code spaces, never mixed: libffa_status_t is what a
 * library function returns; enum libffa_ret is an FF-A wire error code that
 * travels in w2 of FFA_ERROR. Each status maps to exactly one wire code.
 */
#ifndef LIBFFA_STATUS_H
#define LIBFFA_STATUS_H

#include "ffa/env.h"

LIBFFA_BEGIN_DECLS

/**
 * enum libffa_ret - FF-A error codes carried in w2 of FFA_ERROR.
 *
 * DEN0077A 1.2 s7.2 (Table 7.2, "Error status codes"). Values are negative
 * 32-bit integers, zero-extended into x2 by encoders; decoders read w2 only.
 * A code not listed here is still a valid wire value (kept as raw int32_t).
 */
enum libffa_ret {
	LIBFFA_RET_SUCCESS = 0,
	LIBFFA_RET_NOT_SUPPORTED = -1,
	LIBFFA_RET_INVALID_PARAMETERS = -2,
	LIBFFA_RET_NO_MEMORY = -3,
	LIBFFA_RET_BUSY = -4,
	LIBFFA_RET_INTERRUPTED = -5,
	LIBFFA_RET_DENIED = -6,
	LIBFFA_RET_RETRY = -7,
	LIBFFA_RET_ABORTED = -8,
	LIBFFA_RET_NO_DATA = -9,   /* DEN0077A 1.1 (notifications). */
	LIBFFA_RET_NOT_READY = -10 /* DEN0077A 1.2. */
};

/*
 * The status list: one row per status (name, value, wire code, text). The
 * enumerator, its string and its wire mapping all expand from this list, so
 * adding a status is one line.
 */
#define LIBFFA_STATUS_LIST(X)                                                  \
	X(OK, 0, SUCCESS, "success")                                           \
	X(E_INVAL, -1, INVALID_PARAMETERS,                                     \
	  "caller broke a documented contract")                                \
	X(E_STATE, -2, DENIED, "not allowed in the current state")             \
	X(E_NOSPACE, -3, NO_MEMORY, "output buffer or frame too small")        \
	X(E_VERSION, -4, NOT_SUPPORTED,                                        \
	  "not defined at the negotiated FF-A version")                        \
	X(E_UNKNOWN_FID, -5, NOT_SUPPORTED, "unknown function ID")             \
	X(E_TRUNCATED, -6, INVALID_PARAMETERS,                                 \
	  "offset, count or size past the end of the input")                   \
	X(E_MBZ, -7, INVALID_PARAMETERS, "reserved (must be zero) bits set")   \
	X(E_BADVALUE, -8, INVALID_PARAMETERS, "reserved or illegal encoding")  \
	X(E_ALIGN, -9, INVALID_PARAMETERS, "misaligned offset or address")     \
	X(E_OVERFLOW, -10, INVALID_PARAMETERS, "arithmetic overflow in input") \
	X(E_PEER, -11, ABORTED, "the peer replied with an error")              \
	X(E_INTERNAL, -12, ABORTED, "internal error")                          \
	X(E_RETRY, -13, RETRY, "stale or unknown tag, retry from the start")   \
	X(E_DENIED, -14, DENIED, "refused by policy")                          \
	X(E_BUSY, -15, BUSY, "resource busy")                                  \
	X(E_NODATA, -16, NO_DATA, "nothing to report")                         \
	X(E_PROTOCOL, -17, ABORTED,                                            \
	  "the peer's reply is not legal for the call")                        \
	X(E_DROPPED, -18, ABORTED,                                             \
	  "the copy-back policy drops a result register of the reply")

#define LIBFFA_STATUS_ENUM_(name, value, ret, text) LIBFFA_##name = (value),

/**
 * enum libffa_status - what a libffa function returns. %LIBFFA_OK is 0;
 * failures are negative. Every status is documented by its text in
 * LIBFFA_STATUS_LIST and maps to one FF-A code (libffa_status_to_ret()).
 */
enum libffa_status { LIBFFA_STATUS_LIST(LIBFFA_STATUS_ENUM_) };

typedef enum libffa_status libffa_status_t;

/**
 * libffa_status_str() - static text for a status.
 * @status: any value, known or not.
 *
 * Return: a NUL-terminated string; "unknown status" for unknown values.
 */
const char *libffa_status_str(libffa_status_t status);

/**
 * libffa_status_name() - the enumerator name without prefix ("E_MBZ").
 * @status: any value.
 *
 * Return: a static string; "UNKNOWN" for unknown values.
 */
const char *libffa_status_name(libffa_status_t status);

/**
 * libffa_status_to_ret() - the FF-A error code a callee owes for a status.
 * @status: the status a decode or parse returned.
 *
 * Return: the wire code (%LIBFFA_RET_SUCCESS for %LIBFFA_OK). Unknown
 * statuses map to %LIBFFA_RET_ABORTED.
 */
int32_t libffa_status_to_ret(libffa_status_t status);

/**
 * libffa_ret_name() - the specification name of an FF-A error code.
 * @ret: a wire code, possibly one this library does not know.
 *
 * Return: "NOT_SUPPORTED" etc., or NULL for an unknown code (the printer then
 * shows the raw value).
 */
const char *libffa_ret_name(int32_t ret);

/**
 * libffa_ret_from_name() - parse a specification error name.
 * @name: NUL-terminated name, e.g. "INVALID_PARAMETERS".
 * @ret:  out: the code.
 *
 * Return: true when @name is known.
 */
bool libffa_ret_from_name(const char *name, int32_t *ret);

LIBFFA_END_DECLS

#endif /* LIBFFA_STATUS_H */
