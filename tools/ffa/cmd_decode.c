/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * ffa decode [--version M.m] [--json] [--reply-to ABI] [--tolerant] [REGS]
 * One readable line (or a JSON object) per frame; an invalid frame exits 1
 * and names the FF-A error and the offending register or field. Several
 * frames on stdin are each decoded; the exit status is the worst.
 */
#include <stdlib.h>

#include <string.h>

#include "ffa/msg.h"
#include "ffa/print.h"
#include "ffa/status.h"

#include "cli.h"
#include "cli_input.h"

static void report_invalid(const struct cli_opts *opts, libffa_status_t status,
			   const struct libffa_msg_fault *fault,
			   const char *where)
{
	const char *ret = libffa_ret_name(libffa_status_to_ret(status));

	if (opts->json) {
		printf("{\"error\":\"%s\",\"status\":\"%s\",\"register\":%d,"
		       "\"bits\":\"0x%llx\",\"field\":",
		       ret, libffa_status_name(status), fault->reg,
		       (unsigned long long)fault->bits);
		if (fault->field != NULL) {
			cli_json_string(stdout, fault->field);
		} else {
			fputs("null", stdout);
		}
		puts("}");
	}
	if (fault->reg < 0) {
		cli_error("%sinvalid frame: %s (%s)", where, ret,
			  libffa_status_str(status));
	} else if (fault->reg == 0) {
		cli_error("%sinvalid frame: %s (%s): w0=0x%llx", where, ret,
			  libffa_status_str(status),
			  (unsigned long long)fault->bits);
	} else {
		cli_error("%sinvalid frame: %s (%s): x%d %s%s bits 0x%llx",
			  where, ret, libffa_status_str(status), fault->reg,
			  fault->field != NULL ? "field " : "reserved",
			  fault->field != NULL ? fault->field : "",
			  (unsigned long long)fault->bits);
	}
}

static const char decode_usage[] =
	"usage: ffa decode [--version M.m] [--json] [--reply-to ABI] "
	"[--tolerant] [REG...]\n"
	"Decode register frames: REGs as arguments (\"0x84000063 0x10002\" "
	"or\n\"x0=0x84000063 x1=0x10002\"), or log text on stdin, one line "
	"per frame.\n"
	"  --version M.m   negotiated FF-A version, 1.0 to 1.3 (default "
	"1.2)\n"
	"  --json          one JSON object per frame\n"
	"  --reply-to ABI  decode as the reply to ABI (typed FFA_SUCCESS)\n"
	"  --tolerant      accept nonzero reserved (MBZ) bits\n"
	"x18-x30 are accepted and shown as outside the frame (SMCCC 1.2: "
	"x0-x17).\n";

/* " (outside the frame: x18=0x1 ...)" or the JSON member, for x18-x30. */
static void outside_frame(const struct cli_frame *f, bool json, char *buf,
			  size_t size)
{
	size_t o = 0;
	int i;

	buf[0] = '\0';
	for (i = LIBFFA_REGS_COUNT; i < CLI_REG_NAMES && o < size; i++) {
		if ((f->set & (1u << i)) == 0) {
			continue;
		}
		o += (size_t)snprintf(
			buf + o, size - o,
			json ? "%s\"x%d\":\"0x%llx\"" : "%s x%d=0x%llx",
			o == 0 ? (json ? ",\"outside_frame\":{"
				       : "  (not in the SMCCC frame x0-x17:")
			       : (json ? "," : ""),
			i, (unsigned long long)f->x[i]);
	}
	if (o != 0 && o < size) {
		snprintf(buf + o, size - o, json ? "}" : ")");
	}
}

static int decode_frame(const struct cli_opts *opts, const struct cli_frame *f,
			bool reply, enum libffa_abi call, unsigned int flags,
			bool several)
{
	struct libffa_regs regs;
	struct libffa_msg msg;
	struct libffa_msg_fault fault;
	libffa_status_t status;
	char line[1024];
	char extra[31 * 40];
	int i;

	libffa_regs_clear(&regs);
	for (i = 0; i < LIBFFA_REGS_COUNT; i++) {
		regs.x[i] = f->x[i];
	}
	if (reply) {
		status = libffa_msg_decode_reply(&regs, opts->version, call,
						 flags, &msg, &fault);
	} else {
		status = libffa_msg_decode_ex(&regs, opts->version, flags, &msg,
					      &fault);
	}
	if (status != LIBFFA_OK) {
		char where[24] = "";

		if (several) {
			snprintf(where, sizeof(where), "line %u: ", f->line);
		}
		report_invalid(opts, status, &fault, where);
		return CLI_EXIT_INVALID;
	}
	outside_frame(f, opts->json, extra, sizeof(extra));
	if (opts->json) {
		cli_msg_json(stdout, &msg, &regs, opts->version, extra);
	} else {
		libffa_print_msg(line, sizeof(line), &msg, opts->version);
		printf("%s%s\n", line, extra);
	}
	return CLI_EXIT_OK;
}

/* The frames of the arguments (all one text) or of stdin. */
static bool read_frames(int argc, char **argv, struct cli_frame **frames,
			size_t *count)
{
	struct cli_err err;
	char *text = NULL;
	size_t len = 0;
	bool ok;
	int i;

	if (argc > 0) {
		for (i = 0; i < argc; i++) {
			len += strlen(argv[i]) + 1;
		}
		text = malloc(len + 1);
		if (text == NULL) {
			cli_error("out of memory");
			return false;
		}
		len = 0;
		for (i = 0; i < argc; i++) {
			size_t n = strlen(argv[i]);

			memcpy(text + len, argv[i], n);
			len += n;
			text[len++] = ' ';
		}
		text[len] = '\0';
	} else if (!cli_read_stream(stdin, &text, &len, &err)) {
		cli_error("%s", err.msg);
		return false;
	}
	ok = cli_frames_parse(text, len, argc == 0, frames, count, &err);
	if (!ok) {
		cli_error("%s", err.msg);
	}
	free(text);
	return ok;
}

int ffa_cmd_decode(int argc, char **argv)
{
	struct cli_opts opts;
	static const struct cli_frame none; /* no input: one zero frame */
	struct cli_frame *frames = NULL;
	size_t count = 0;
	size_t k;
	unsigned int flags = 0;
	bool reply = false;
	enum libffa_abi call = LIBFFA_ABI_ERROR;
	unsigned int width;
	int rc = CLI_EXIT_OK;
	int out = 1;
	int i;

	if (cli_wants_help(argc, argv)) {
		fputs(decode_usage, stdout);
		return CLI_EXIT_OK;
	}
	if (!cli_parse_common(&argc, argv, &opts)) {
		return CLI_EXIT_USAGE;
	}
	for (i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--tolerant") == 0) {
			flags |= LIBFFA_DECODE_TOLERANT;
		} else if (strcmp(argv[i], "--reply-to") == 0) {
			if (i + 1 >= argc ||
			    !libffa_abi_from_name(argv[i + 1], &call, &width)) {
				cli_error("--reply-to wants an ABI name");
				return CLI_EXIT_USAGE;
			}
			reply = true;
			i++;
		} else {
			argv[out++] = argv[i];
		}
	}
	if (!read_frames(out - 1, argv + 1, &frames, &count)) {
		return CLI_EXIT_USAGE;
	}
	if (count == 0) {
		rc = decode_frame(&opts, &none, reply, call, flags, false);
	}
	for (k = 0; k < count; k++) {
		int one = decode_frame(&opts, &frames[k], reply, call, flags,
				       count > 1);

		rc = one != CLI_EXIT_OK ? one : rc;
	}
	free(frames);
	return rc;
}
