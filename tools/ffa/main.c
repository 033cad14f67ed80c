/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * ffa: decode and encode FF-A register frames and descriptors, for people
 * reading hypervisor and firmware logs. See docs/cli.md.
 */
#include <stdio.h>

#include <string.h>

#include "ffa/libversion.h"

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
	fputs("\ncommon options: --version M.m (FF-A version, default 1.2), "
	      "--json, --help\n"
	      "ffa --version prints the version of the tool and library; "
	      "ffa help COMMAND\n"
	      "or ffa COMMAND --help describes a command; see ffa(1) and "
	      "docs/cli.md\n",
	      out);
}

/* `ffa help COMMAND` is `ffa COMMAND --help`. */
static int help_for(const char *name)
{
	char cmd[32];
	char opt[] = "--help";
	char *argv[3] = {cmd, opt, NULL};

	snprintf(cmd, sizeof(cmd), "%s", name);
#define FFA_CLI_HELP_(cname, help)                                  \
	if (strcmp(name, #cname) == 0 && ffa_cmd_##cname != NULL) { \
		return ffa_cmd_##cname(2, argv);                    \
	}
	FFA_CLI_COMMANDS(FFA_CLI_HELP_)
#undef FFA_CLI_HELP_
	cli_error("unknown command '%.40s'", name);
	return CLI_EXIT_USAGE;
}

int main(int argc, char **argv)
{
	if (argc < 2) {
		usage(stderr);
		return CLI_EXIT_USAGE;
	}
	if (strcmp(argv[1], "help") == 0 && argc > 2) {
		return help_for(argv[2]);
	}
	if (strcmp(argv[1], "help") == 0 || strcmp(argv[1], "--help") == 0 ||
	    strcmp(argv[1], "-h") == 0) {
		usage(stdout);
		return CLI_EXIT_OK;
	}
	if (strcmp(argv[1], "--version") == 0 || strcmp(argv[1], "-V") == 0) {
		/* The linked library's own version (ffa/libversion.h). */
		uint32_t v = libffa_lib_version();

		printf("ffa (libffa) %u.%u.%u\n", (unsigned int)(v >> 16),
		       (unsigned int)((v >> 8) & 0xFFu),
		       (unsigned int)(v & 0xFFu));
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
	cli_error("unknown command '%.40s'", argv[1]);
	usage(stderr);
	return CLI_EXIT_USAGE;
}
