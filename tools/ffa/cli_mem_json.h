/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * The JSON description `ffa mem build` reads (docs/cli-mem.md): a small
 * reader of objects, arrays, strings and numbers, apart from the command
 * so that tests/fuzz/fuzz_cli_mem_json.c drives it.
 */
#ifndef FFA_CLI_MEM_JSON_H
#define FFA_CLI_MEM_JSON_H

#include <stdbool.h>
#include <stddef.h>

#include "ffa/mem.h"

#define CLI_MEM_MAX_RECEIVERS	 64
#define CLI_MEM_MAX_CONSTITUENTS 1024

/* A transaction (or, with relinquish, a relinquish) to build. */
struct cli_mem_build {
	bool relinquish;
	enum libffa_mem_op op;
	struct libffa_mem_desc desc; /* its arrays: set by the caller */
	struct libffa_mem_receiver receivers[CLI_MEM_MAX_RECEIVERS];
	struct libffa_mem_constituent constituents[CLI_MEM_MAX_CONSTITUENTS];
	libffa_id_t endpoints[CLI_MEM_MAX_RECEIVERS];
	uint32_t endpoint_count;
};

/* "share", "retrieve_req", ... or "relinquish" (sets *relq). */
bool cli_mem_op_parse(const char *text, enum libffa_mem_op *op, bool *relq);

/*
 * Parse a NUL-terminated JSON object into *in (zeroed first; op defaults
 * to share). On failure *field names the offending key (a literal, or
 * NULL for a syntax error) and *offset where the reader stopped.
 */
bool cli_mem_json_parse(const char *text, struct cli_mem_build *in,
			const char **field, size_t *offset);

#endif /* FFA_CLI_MEM_JSON_H */
