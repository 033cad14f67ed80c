/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * The hypervisor retrieve request (DEN0077A 1.1 s16.4.3, 1.2 s10.11.3): a
 * normal-world hypervisor that must know what a transaction covers before
 * it lets its owner reclaim it (pKVM does so before every FFA_MEM_RECLAIM)
 * sends FFA_MEM_RETRIEVE_REQ with a transaction descriptor header and no
 * endpoint memory access descriptors. The relayer answers with the whole
 * descriptor, as the sender gave it, in FFA_MEM_RETRIEVE_RESP.
 */
#ifndef LIBFFA_MEM_HYP_H
#define LIBFFA_MEM_HYP_H

#include "ffa/abi.h"
#include "ffa/env.h"
#include "ffa/status.h"
#include "ffa/version.h"

LIBFFA_BEGIN_DECLS

/**
 * struct libffa_mem_hyp_retrieve - what a hypervisor retrieve request names.
 * @sender_id: the transaction's owner as the hypervisor states it.
 * @handle:    the transaction.
 */
struct libffa_mem_hyp_retrieve {
	libffa_id_t sender_id;
	libffa_handle_t handle;
};

/**
 * libffa_mem_hyp_retrieve_parse() - recognise and validate a hypervisor
 * retrieve request.
 * @buf:     the caller's TX buffer contents (untrusted).
 * @len:     w1 of FFA_MEM_RETRIEVE_REQ (the descriptor length).
 * @version: the caller's negotiated version (v1.0: 32-byte header, else 48).
 * @out:     out: sender and handle.
 *
 * A header with a non-zero receiver count is an ordinary retrieve request
 * (libffa_mem_parse() with %LIBFFA_MEM_OP_RETRIEVE_REQ). The EMAD size and
 * offset fields may be zero (pKVM sends them so) or the values the version
 * defines; the memory attributes, flags and tag must be zero and the
 * reserved bytes are MBZ.
 *
 * Context: Any. Reentrant. Writes only @out.
 * Return:
 * * %LIBFFA_OK          - a hypervisor retrieve request for @out->handle;
 * * %LIBFFA_E_INVAL     - NULL pointer;
 * * %LIBFFA_E_VERSION   - unknown @version;
 * * %LIBFFA_E_TRUNCATED - @len shorter than the header;
 * * %LIBFFA_E_BADVALUE  - receivers listed (not a hypervisor request), a
 *                         non-zero attribute, flag or tag, or a bad EMAD
 *                         size/offset, or @len longer than the header;
 * * %LIBFFA_E_MBZ       - a reserved byte is set.
 */
LIBFFA_MUST_CHECK libffa_status_t libffa_mem_hyp_retrieve_parse(
	const uint8_t *buf, size_t len, libffa_version_t version,
	struct libffa_mem_hyp_retrieve *out);

LIBFFA_END_DECLS

#endif /* LIBFFA_MEM_HYP_H */
