/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * Private to the negotiation sources (layer 3): the FFA_VERSION frame
 * facts that the callee and the proxy both need.
 */
#ifndef LIBFFA_VERSION_INTERNAL_H
#define LIBFFA_VERSION_INTERNAL_H

#include "ffa/abi.h"
#include "ffa/regs.h"
#include "ffa/smccc.h"
#include "ffa/version.h"

#define LIBFFA_FID_VERSION_ LIBFFA_FID_32(LIBFFA_FNUM_VERSION)

/* A request the callee can even consider: bit 31 clear, its own major. */
static inline bool libffa_version_same_major_(libffa_version_t own,
					      uint32_t requested)
{
	return libffa_version_is_wellformed(requested) &&
	       libffa_version_major(requested) == libffa_version_major(own);
}

/* The bare-w0 reply (DEN0077A 1.2 s13.2.1): x1-x17 zero, as TF-A does. */
static inline void libffa_version_write_reply_(uint32_t w0,
					       struct libffa_regs *reply)
{
	libffa_regs_clear(reply);
	libffa_regs_set_w(reply, 0, w0);
}

static inline bool libffa_version_is_call_(const struct libffa_regs *call)
{
	return libffa_smccc_fid_strip(libffa_regs_w(call, 0)) ==
	       LIBFFA_FID_VERSION_;
}

#endif /* LIBFFA_VERSION_INTERNAL_H */
