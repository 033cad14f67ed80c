/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * Shared helpers of the ffa tool: option and number parsing, hex input in
 * the forms people paste from logs, JSON strings, UUID text.
 */
#include <stdarg.h>
#include <stdlib.h>

#include <ctype.h>
#include <errno.h>
#include <string.h>

#include "ffa/abi.h"

#include "cli.h"

void cli_error(const char *fmt, ...)
{
	va_list ap;

	fputs("error: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

bool cli_parse_u64(const char *text, uint64_t *value)
{
	char *end = NULL;
	unsigned long long v;

	if (text == NULL || *text == '\0' || *text == '-' || *text == '+') {
		return false;
	}
	errno = 0;
	v = strtoull(text, &end, 0);
	if (errno != 0 || end == text || *end != '\0') {
		return false;
	}
	*value = (uint64_t)v;
	return true;
}

bool cli_parse_version(const char *text, libffa_version_t *version)
{
	unsigned long major;
	unsigned long minor;
	char *end = NULL;

	if (text == NULL || !isdigit((unsigned char)text[0])) {
		return false;
	}
	major = strtoul(text, &end, 10);
	if (*end != '.' || !isdigit((unsigned char)end[1])) {
		return false;
	}
	minor = strtoul(end + 1, &end, 10);
	if (*end != '\0' || major > 0x7FFFu || minor > 0xFFFFu) {
		return false;
	}
	*version = LIBFFA_VERSION(major, minor);
	return true;
}

bool cli_parse_common(int *argc, char **argv, struct cli_opts *opts)
{
	int in;
	int out = 1;

	opts->version = LIBFFA_VERSION_1_2;
	opts->json = false;
	for (in = 1; in < *argc; in++) {
		if (strcmp(argv[in], "--json") == 0) {
			opts->json = true;
		} else if (strcmp(argv[in], "--version") == 0 ||
			   strncmp(argv[in], "--version=", 10) == 0) {
			const char *v =
				argv[in][9] == '='
					? argv[in] + 10
					: (in + 1 < *argc ? argv[++in] : NULL);

			if (v == NULL ||
			    !cli_parse_version(v, &opts->version)) {
				cli_error("--version wants M.m, e.g. 1.2");
				return false;
			}
			if (!libffa_version_is_known(opts->version)) {
				cli_error(
					"FF-A version %s is not one libffa "
					"knows (1.0 to 1.3)",
					v);
				return false;
			}
		} else {
			argv[out++] = argv[in];
		}
	}
	*argc = out;
	argv[out] = NULL;
	return true;
}

static int hex_digit(int c)
{
	if (c >= '0' && c <= '9') {
		return c - '0';
	}
	c = tolower(c);
	if (c >= 'a' && c <= 'f') {
		return c - 'a' + 10;
	}
	return -1;
}

/* Is this token an offset column ("00000010:" or an 8-digit "00000010")? */
static bool is_offset_column(const char *tok, size_t len, bool line_start)
{
	size_t i;

	if (!line_start || len < 2) {
		return false;
	}
	if (tok[len - 1] != ':' && len != 8) {
		return false;
	}
	for (i = 0; i < len - (tok[len - 1] == ':' ? 1u : 0u); i++) {
		if (hex_digit((unsigned char)tok[i]) < 0) {
			return false;
		}
	}
	return true;
}

bool cli_read_hex_file(const char *path, uint8_t **bytes, size_t *len)
{
	FILE *in = stdin;
	size_t cap = 4096;
	size_t n = 0;
	uint8_t *buf;
	char line[4096];

	if (path != NULL && strcmp(path, "-") != 0) {
		in = fopen(path, "r");
		if (in == NULL) {
			cli_error("cannot open %s: %s", path, strerror(errno));
			return false;
		}
	}
	buf = malloc(cap);
	if (buf == NULL) {
		cli_error("out of memory");
		goto fail;
	}
	while (fgets(line, sizeof(line), in) != NULL) {
		char *p = line;
		bool line_start = true;

		while (*p != '\0') {
			char *tok;
			size_t tlen;
			size_t i;

			while (*p != '\0' &&
			       (isspace((unsigned char)*p) || *p == ',')) {
				p++;
			}
			if (*p == '\0' || *p == '#' || *p == '|') {
				break; /* comment or xxd/hexdump text column */
			}
			tok = p;
			while (*p != '\0' && !isspace((unsigned char)*p) &&
			       *p != ',') {
				p++;
			}
			tlen = (size_t)(p - tok);
			if (is_offset_column(tok, tlen, line_start)) {
				line_start = false;
				continue;
			}
			line_start = false;
			if (tlen >= 2 && tok[0] == '0' &&
			    (tok[1] == 'x' || tok[1] == 'X')) {
				tok += 2;
				tlen -= 2;
			}
			if (tlen % 2u != 0u) {
				cli_error("odd number of hex digits in '%.*s'",
					  (int)tlen, tok);
				goto fail;
			}
			for (i = 0; i < tlen; i += 2) {
				int hi = hex_digit((unsigned char)tok[i]);
				int lo = hex_digit((unsigned char)tok[i + 1]);

				if (hi < 0 || lo < 0) {
					cli_error("not hex: '%.*s'", (int)tlen,
						  tok);
					goto fail;
				}
				if (n == cap) {
					uint8_t *bigger = realloc(buf, cap * 2);

					if (bigger == NULL) {
						cli_error("out of memory");
						goto fail;
					}
					buf = bigger;
					cap *= 2;
				}
				buf[n++] = (uint8_t)(hi << 4 | lo);
			}
		}
	}
	if (in != stdin) {
		fclose(in);
	}
	*bytes = buf;
	*len = n;
	return true;
fail:
	free(buf);
	if (in != stdin) {
		fclose(in);
	}
	return false;
}

void cli_json_string(FILE *out, const char *text)
{
	fputc('"', out);
	for (; *text != '\0'; text++) {
		unsigned char c = (unsigned char)*text;

		if (c == '"' || c == '\\') {
			fputc('\\', out);
			fputc(c, out);
		} else if (c < 0x20) {
			fprintf(out, "\\u%04x", c);
		} else {
			fputc(c, out);
		}
	}
	fputc('"', out);
}

void cli_uuid_format(const struct libffa_uuid *uuid, char buf[37])
{
	static const char digits[] = "0123456789abcdef";
	size_t o = 0;
	unsigned int i;

	for (i = 0; i < 16; i++) {
		if (i == 4 || i == 6 || i == 8 || i == 10) {
			buf[o++] = '-';
		}
		buf[o++] = digits[uuid->bytes[i] >> 4];
		buf[o++] = digits[uuid->bytes[i] & 0xF];
	}
	buf[o] = '\0';
}

bool cli_uuid_parse(const char *text, struct libffa_uuid *uuid)
{
	unsigned int i = 0;

	while (*text != '\0') {
		int hi;
		int lo;

		if (*text == '-') {
			text++;
			continue;
		}
		hi = hex_digit((unsigned char)text[0]);
		lo = text[1] != '\0' ? hex_digit((unsigned char)text[1]) : -1;
		if (hi < 0 || lo < 0 || i >= 16) {
			return false;
		}
		uuid->bytes[i++] = (uint8_t)(hi << 4 | lo);
		text += 2;
	}
	return i == 16;
}
