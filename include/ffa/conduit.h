/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * A conduit carries one 18-register frame to the other side and brings the
 * reply back: SMC, HVC, SVC on aarch64, or an in-process peer on a host.
 */
#ifndef LIBFFA_CONDUIT_H
#define LIBFFA_CONDUIT_H

#include "ffa/env.h"
#include "ffa/msg.h"
#include "ffa/regs.h"
#include "ffa/status.h"

LIBFFA_BEGIN_DECLS

/**
 * struct libffa_conduit - how frames cross a boundary. Always used through a
 * const object, so selecting a conduit never involves a writable function
 * pointer (style.md F12).
 * @name: "smc", "hvc", "svc", "host", ...
 * @call: carries @in across and writes the reply to @out (all of x0-x17).
 *        @in and @out may alias.
 * @ctx:  conduit-specific context (the host conduit's peer), NULL for the
 *        hardware conduits.
 */
struct libffa_conduit {
	const char *name;
	void (*call)(const struct libffa_conduit *self,
		     const struct libffa_regs *in, struct libffa_regs *out);
	void *ctx;
};

LIBFFA_END_DECLS

#endif /* LIBFFA_CONDUIT_H */
