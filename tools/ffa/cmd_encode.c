/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * ffa encode [--version M.m] [--json] [--result] ABI FIELD=VALUE...
 * Prints x0-x17 of the frame, in the form `ffa decode` reads back.
 */
#include <string.h>

#include "ffa/msg.h"
#include "ffa/status.h"

#include "cli.h"

static const char encode_help[] =
	"usage: ffa encode [--version M.m] [--json] [--result] ABI "
	"[FIELD=VALUE...]\n"
	"Encode a message into x0-x17, printed as ffa decode reads them back.\n"
	"ABI is a name from `ffa list` (FFA_ prefix and _32/_64 suffix "
	"optional);\nFIELD names come from `ffa list --fields`. VALUE: a "
	"number (0x.. or decimal),\nM.m for version, an FF-A error name for "
	"error_code, a UUID, or 1,2,3 for\nan array.\n"
	"  --version M.m  FF-A version, 1.0 to 1.3 (default 1.2)\n"
	"  --result       encode the result (FFA_SUCCESS form) of ABI\n"
	"  --json         {\"regs\":[...]}\n";

int ffa_cmd_encode(int argc, char **argv)
{
	struct cli_opts opts;
	struct libffa_regs regs;
	struct libffa_msg msg;
	enum libffa_abi abi;
	enum libffa_msg_kind kind = LIBFFA_MSG_ARGS;
	unsigned int width = 0;
	libffa_status_t status;
	bool smc64;
	int first = 1;
	int i;

	if (cli_wants_help(argc, argv)) {
		fputs(encode_help, stdout);
		return CLI_EXIT_OK;
	}
	if (!cli_parse_common(&argc, argv, &opts)) {
		return CLI_EXIT_USAGE;
	}
	if (first < argc && strcmp(argv[first], "--result") == 0) {
		kind = LIBFFA_MSG_RESULT;
		first++;
	}
	if (first >= argc) {
		fputs(encode_help, stderr);
		return CLI_EXIT_USAGE;
	}
	if (!libffa_abi_from_name(argv[first], &abi, &width)) {
		cli_error("unknown ABI '%.40s' (see `ffa list`)", argv[first]);
		return CLI_EXIT_USAGE;
	}
	/* No suffix: the SMC32 form unless only the SMC64 one exists at the
	 * version (an ABI absent at it then fails as E_VERSION). */
	smc64 = width == 64u || (width == 0u && kind == LIBFFA_MSG_ARGS &&
				 !libffa_abi_exists(abi, false, opts.version) &&
				 libffa_abi_exists(abi, true, opts.version));
	libffa_msg_init(&msg, abi, kind, smc64);
	for (i = first + 1; i < argc; i++) {
		if (!cli_msg_assign(&msg, argv[i])) {
			return CLI_EXIT_INVALID;
		}
	}
	status = libffa_msg_encode(&msg, opts.version, &regs);
	if (status != LIBFFA_OK) {
		cli_error("cannot encode: %s (%s)", libffa_status_name(status),
			  libffa_status_str(status));
		return CLI_EXIT_INVALID;
	}
	if (opts.json) {
		fputs("{\"regs\":[", stdout);
		for (i = 0; i < LIBFFA_REGS_COUNT; i++) {
			printf("%s\"0x%llx\"", i == 0 ? "" : ",",
			       (unsigned long long)regs.x[i]);
		}
		puts("]}");
	} else {
		for (i = 0; i < LIBFFA_REGS_COUNT; i++) {
			printf("x%d=0x%llx\n", i,
			       (unsigned long long)regs.x[i]);
		}
	}
	return CLI_EXIT_OK;
}
