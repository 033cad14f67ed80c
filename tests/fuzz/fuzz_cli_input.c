/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * Fuzz the ffa tool's input readers (tools/ffa/cli_input.c): byte 0 picks
 * the hex-dump reader or the register-frame reader (log or argument
 * mode); the rest is the text, in an exact-size allocation (no NUL after
 * it: the readers take a length). Properties: no crash or sanitizer
 * report; an error message stays short (the token is cut, never echoed
 * whole); accepted bytes written back as plain hex read back the same;
 * accepted frames are non-empty, name only x0-x30 and, written back as
 * "xN=0x.." lines separated by blank lines, read back the same.
 */
#include <stdio.h>
#include <stdlib.h>

#include <string.h>

#include "cli_input.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Longest message the readers may print, whatever the input. */
#define ERR_MAX 160

static void check_err(const struct cli_err *err)
{
	if (memchr(err->msg, '\0', sizeof(err->msg)) == NULL ||
	    strlen(err->msg) > ERR_MAX || err->msg[0] == '\0') {
		abort();
	}
}

static void hex_roundtrip(const char *text, size_t len)
{
	struct cli_err err;
	uint8_t *bytes = NULL;
	uint8_t *again = NULL;
	size_t n = 0;
	size_t n2 = 0;
	char *hex;
	size_t i;

	err.msg[0] = '\0';
	if (!cli_hex_parse(text, len, &bytes, &n, &err)) {
		check_err(&err);
		return;
	}
	hex = malloc(2 * n + 1);
	if (hex == NULL) {
		abort();
	}
	for (i = 0; i < n; i++) {
		snprintf(hex + 2 * i, 3, "%02x", bytes[i]);
	}
	if (!cli_hex_parse(hex, 2 * n, &again, &n2, &err) || n2 != n ||
	    (n != 0 && memcmp(again, bytes, n) != 0)) {
		abort();
	}
	free(hex);
	free(again);
	free(bytes);
}

static void frames_roundtrip(const char *text, size_t len, bool logs)
{
	struct cli_err err;
	struct cli_frame *frames = NULL;
	struct cli_frame *again = NULL;
	size_t count = 0;
	size_t count2 = 0;
	char *out;
	size_t cap;
	size_t o = 0;
	size_t k;
	int i;

	err.msg[0] = '\0';
	if (!cli_frames_parse(text, len, logs, &frames, &count, &err)) {
		check_err(&err);
		return;
	}
	cap = count * (CLI_REG_NAMES * 24 + 2) + 1;
	out = malloc(cap);
	if (out == NULL) {
		abort();
	}
	out[0] = '\0';
	for (k = 0; k < count; k++) {
		if (frames[k].set == 0 ||
		    (frames[k].set >> CLI_REG_NAMES) != 0) {
			abort();
		}
		for (i = 0; i < CLI_REG_NAMES; i++) {
			if ((frames[k].set & (1u << i)) != 0) {
				o += (size_t)snprintf(
					out + o, cap - o, "x%d=0x%llx ", i,
					(unsigned long long)frames[k].x[i]);
			}
		}
		/* A blank line: frames without x0 stay apart. */
		o += (size_t)snprintf(out + o, cap - o, "\n\n");
	}
	if (!cli_frames_parse(out, o, logs, &again, &count2, &err) ||
	    count2 != count) {
		abort();
	}
	for (k = 0; k < count; k++) {
		if (again[k].set != frames[k].set) {
			abort();
		}
		for (i = 0; i < CLI_REG_NAMES; i++) {
			if ((frames[k].set & (1u << i)) != 0 &&
			    again[k].x[i] != frames[k].x[i]) {
				abort();
			}
		}
	}
	free(out);
	free(again);
	free(frames);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *text;

	if (size < 1) {
		return 0;
	}
	text = malloc(size - 1 ? size - 1 : 1);
	if (text == NULL) {
		return 0;
	}
	memcpy(text, data + 1, size - 1);
	switch (data[0] % 3u) {
	case 0:
		hex_roundtrip(text, size - 1);
		break;
	default:
		frames_roundtrip(text, size - 1, data[0] % 3u == 1u);
		break;
	}
	free(text);
	return 0;
}
