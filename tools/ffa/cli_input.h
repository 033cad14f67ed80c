/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * The ffa tool's input readers: whole streams of any length, hex dumps in
 * the forms people paste (plain hex, xxd, hexdump -C, od -A x) and register
 * frames from log text. The parsers work on memory and report into a
 * buffer, never to a stream, so the fuzzer (tests/fuzz/fuzz_cli_input.c)
 * drives exactly the code the tool runs.
 */
#ifndef FFA_CLI_INPUT_H
#define FFA_CLI_INPUT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

/* Why a parse failed: one line, the offending token cut to a few dozen
 * characters so that a 4 KiB line is never echoed. */
struct cli_err {
	char msg[192];
};

/* Read a whole stream (NUL bytes kept: the parsers reject them). The
 * buffer gets a NUL after *len bytes; the caller frees it. */
bool cli_read_stream(FILE *in, char **data, size_t *len, struct cli_err *err);
/* Same, from a path ("-" or NULL: stdin). */
bool cli_read_path(const char *path, char **data, size_t *len,
		   struct cli_err *err);

/*
 * Hex bytes from text: a plain stream ("0x" prefixes, commas, '#'
 * comments, a leading "OFFSET:" column skipped), or a dump whose every line
 * starts with the offset of its first byte: xxd (byte order), hexdump -C
 * and od -A x -t x1 (bytes), od -A x / hexdump default (little-endian
 * words), with '*' lines of od and hexdump expanded. The caller frees
 * *bytes (also when *n is 0).
 */
bool cli_hex_parse(const char *text, size_t len, uint8_t **bytes, size_t *n,
		   struct cli_err *err);

/* x0-x30 can be named; only x0-x17 are the SMCCC 1.2 frame. */
#define CLI_REG_NAMES 31

struct cli_frame {
	uint64_t x[CLI_REG_NAMES];
	uint32_t set;	   /* bit i: xi was given */
	unsigned int line; /* line of its first register (1-based) */
};

/*
 * Register frames from text. With `logs`, each line's prefix before its
 * first register name (timestamps, "[    3.36]", "ffa: ") is skipped, as
 * is a leading "[...]" on lines of bare values. A frame ends at a blank
 * line, at a named x0 once it has registers, or where a line of two or
 * more bare values starts. The caller frees *frames.
 */
bool cli_frames_parse(const char *text, size_t len, bool logs,
		      struct cli_frame **frames, size_t *count,
		      struct cli_err *err);

#endif /* FFA_CLI_INPUT_H */
