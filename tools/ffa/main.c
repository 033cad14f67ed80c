/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * ffa: decode and encode FF-A register frames and descriptors, for people
 * reading hypervisor and firmware logs. See docs/cli.md.
 */
#include <stdio.h>

#include <string.h>

#include "cli.h"

static void usage(FILE *out)
{
	fputs("usage: ffa <command> [options] ...\n\ncommands:\n", out);
#define FFA_CLI_USAGE_(name, help)                         \
	if (ffa_cmd_##name != NULL) {                      \
		fprintf(out, "  %-10s %s\n", #name, help); \
	}
	FFA_CLI_COMMANDS(FFA_CLI_USAGE_)
#undef FFA_CLI_USAGE_
	fputs("\ncommon options: --version M.m (default 1.2), --json\n"
	      "see docs/cli.md for every command and field name\n",
	      out);
}

int main(int argc, char **argv)
{
	if (argc < 2) {
		usage(stderr);
		return CLI_EXIT_USAGE;
	}
	if (strcmp(argv[1], "help") == 0 || strcmp(argv[1], "--help") == 0 ||
	    strcmp(argv[1], "-h") == 0) {
		usage(stdout);
		return CLI_EXIT_OK;
	}
#define FFA_CLI_DISPATCH_(name, help)                             \
	if (strcmp(argv[1], #name) == 0) {                        \
		if (ffa_cmd_##name == NULL) {                     \
			cli_error("'%s' is not built in", #name); \
			return CLI_EXIT_USAGE;                    \
		}                                                 \
		return ffa_cmd_##name(argc - 1, argv + 1);        \
	}
	FFA_CLI_COMMANDS(FFA_CLI_DISPATCH_)
#undef FFA_CLI_DISPATCH_
	cli_error("unknown command '%s'", argv[1]);
	usage(stderr);
	return CLI_EXIT_USAGE;
}
