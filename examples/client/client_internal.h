/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * Helpers shared by client.c and hostile.c (not part of the role's API).
 */
#ifndef EXAMPLE_CLIENT_INTERNAL_H
#define EXAMPLE_CLIENT_INTERNAL_H

#include "ffa/mem.h"
#include "ffa/msg.h"

#include "client.h"

struct example_client_ctx {
	const struct libffa_conduit *conduit;
	struct example_env *env;
	const char *who;
	const char *step_name;
	struct libffa_regs frame; /* libffa_call()'s: the last reply frame */
};

int example_client_fail(struct example_client_ctx *c, int step, const char *why,
			uint64_t value);
void example_client_step(struct example_client_ctx *c, const char *name);
libffa_status_t example_client_call(struct example_client_ctx *c,
				    const struct libffa_msg *req,
				    struct libffa_msg *reply);
libffa_status_t example_client_build(struct example_client_ctx *c,
				     const struct libffa_mem_constituent *cons,
				     uint32_t count, uint8_t **desc,
				     size_t *size);
struct libffa_mem_constituent *example_client_ranges(
	struct example_client_ctx *c, uint64_t first, uint32_t count);
int example_client_negotiate(struct example_client_ctx *c, int step);

#endif /* EXAMPLE_CLIENT_INTERNAL_H */
