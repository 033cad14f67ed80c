/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * ffa decode [--version M.m] [--json] [--reply-to ABI] [--tolerant] [REGS]
 * One readable line (or a JSON object) per frame; an invalid frame exits 1
 * and names the FF-A error and the offending register or field.
 */
#include <string.h>

#include "ffa/msg.h"
#include "ffa/print.h"
#include "ffa/status.h"

#include "cli.h"

static void report_invalid(const struct cli_opts *opts, libffa_status_t status,
			   const struct libffa_msg_fault *fault)
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
		cli_error("invalid frame: %s (%s)", ret,
			  libffa_status_str(status));
	} else if (fault->reg == 0) {
		cli_error("invalid frame: %s (%s): w0=0x%llx", ret,
			  libffa_status_str(status),
			  (unsigned long long)fault->bits);
	} else {
		cli_error("invalid frame: %s (%s): x%d %s%s bits 0x%llx", ret,
			  libffa_status_str(status), fault->reg,
			  fault->field != NULL ? "field " : "reserved",
			  fault->field != NULL ? fault->field : "",
			  (unsigned long long)fault->bits);
	}
}

int ffa_cmd_decode(int argc, char **argv)
{
	struct cli_opts opts;
	struct libffa_regs regs;
	struct libffa_msg msg;
	struct libffa_msg_fault fault;
	libffa_status_t status;
	unsigned int flags = 0;
	bool reply = false;
	enum libffa_abi call = LIBFFA_ABI_ERROR;
	unsigned int width;
	char line[1024];
	int out = 1;
	int i;

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
	if (!cli_read_regs(out - 1, argv + 1, &regs)) {
		return CLI_EXIT_USAGE;
	}
	if (reply) {
		status = libffa_msg_decode_reply(&regs, opts.version, call,
						 flags, &msg, &fault);
	} else {
		status = libffa_msg_decode_ex(&regs, opts.version, flags, &msg,
					      &fault);
	}
	if (status != LIBFFA_OK) {
		report_invalid(&opts, status, &fault);
		return CLI_EXIT_INVALID;
	}
	if (opts.json) {
		cli_msg_json(stdout, &msg, &regs, opts.version);
	} else {
		libffa_print_msg(line, sizeof(line), &msg, opts.version);
		puts(line);
	}
	return CLI_EXIT_OK;
}
