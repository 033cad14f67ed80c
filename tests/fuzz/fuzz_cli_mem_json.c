/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * Fuzz the JSON reader of `ffa mem build` (tools/ffa/cli_mem_json.c) with
 * the text as the tool hands it over: NUL-terminated, no NUL inside.
 * Properties: no crash or sanitizer report (bounded recursion, sized
 * copies); counts never past the arrays; on failure the offset lies inside
 * the text and the field, when named, is one of the reader's literals.
 */
#include <stdlib.h>

#include <string.h>

#include "cli_mem_json.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct cli_mem_build in;
	const char *field = NULL;
	size_t offset = 0;
	char *text;

	if (memchr(data, '\0', size) != NULL) {
		return 0; /* the tool refuses these before parsing */
	}
	text = malloc(size + 1);
	if (text == NULL) {
		return 0;
	}
	memcpy(text, data, size);
	text[size] = '\0';
	if (cli_mem_json_parse(text, &in, &field, &offset)) {
		if (in.desc.receiver_count > CLI_MEM_MAX_RECEIVERS ||
		    in.desc.constituent_count > CLI_MEM_MAX_CONSTITUENTS ||
		    in.endpoint_count > CLI_MEM_MAX_RECEIVERS) {
			abort();
		}
	} else if (offset > size || (field != NULL && strlen(field) > 32u)) {
		abort();
	}
	free(text);
	return 0;
}
