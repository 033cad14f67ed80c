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
#include "cli_input.h"

void cli_error(const char *fmt, ...)
{
	va_list ap;

	fputs("error: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

bool cli_wants_help(int argc, char **argv)
{
	int i;

	for (i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--help") == 0 ||
		    strcmp(argv[i], "-h") == 0) {
			return true;
		}
	}
	return false;
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

bool cli_read_hex_file(const char *path, uint8_t **bytes, size_t *len)
{
	struct cli_err err;
	char *text = NULL;
	size_t size = 0;
	bool ok;

	if (!cli_read_path(path, &text, &size, &err)) {
		cli_error("%s", err.msg);
		return false;
	}
	ok = cli_hex_parse(text, size, bytes, len, &err);
	if (!ok) {
		cli_error("%s", err.msg);
	}
	free(text);
	return ok;
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
