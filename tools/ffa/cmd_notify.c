/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * ffa notify decode [--smc64] [--json] W2 W3 W4 W5 W6 W7
 *   The ID lists of an FFA_NOTIFICATION_INFO_GET reply from its registers
 *   (x2 flags, x3-x7 IDs; DEN0077A 1.1 s17.8). Without --smc64 the values
 *   are w-registers (2 IDs each), with it x-registers (4 IDs each).
 *   Missing trailing registers are zero.
 */
#include <string.h>

#include "ffa/notify.h"
#include "ffa/status.h"

#include "cli.h"

static const char notify_help[] =
	"usage: ffa notify decode [--smc64] [--json] W2 [W3 W4 W5 W6 W7]\n"
	"Decode the endpoint/vCPU lists of an FFA_NOTIFICATION_INFO_GET "
	"result from\nits registers w2/x2 onwards (DEN0077A 1.1 s17.8).\n"
	"  --smc64  the values are x2-x17 of the 64-bit form\n"
	"  --json   a JSON object\n";

static int usage(void)
{
	fputs(notify_help, stderr);
	return CLI_EXIT_USAGE;
}

int ffa_cmd_notify(int argc, char **argv)
{
	struct cli_opts opts;
	struct libffa_result_notification_info_get res;
	struct libffa_notify_info_iter it;
	struct libffa_notify_info_list l;
	uint64_t v;
	bool smc64 = false;
	unsigned int nregs = 0;
	unsigned int n = 0;

	if (cli_wants_help(argc, argv)) {
		fputs(notify_help, stdout);
		return CLI_EXIT_OK;
	}
	unsigned int k;
	libffa_status_t st;
	int a;

	if (!cli_parse_common(&argc, argv, &opts)) {
		return CLI_EXIT_USAGE;
	}
	if (argc < 2 || strcmp(argv[1], "decode") != 0) {
		return usage();
	}
	memset(&res, 0, sizeof(res));
	for (a = 2; a < argc; a++) {
		if (strcmp(argv[a], "--smc64") == 0) {
			smc64 = true;
			continue;
		}
		if (nregs >= 6u || !cli_parse_u64(argv[a], &v)) {
			return usage();
		}
		if (nregs == 0u) {
			if (v > UINT32_MAX) {
				cli_error("w2: flags are 32 bits");
				return CLI_EXIT_INVALID;
			}
			res.flags = (uint32_t)v;
		} else {
			res.ids[nregs - 1u] = v;
		}
		nregs++;
	}
	if (nregs == 0u) {
		return usage();
	}
	if (!smc64) {
		for (k = 0; k < 5u; k++) {
			if (res.ids[k] > UINT32_MAX) {
				cli_error(
					"w%u: SMC32 registers are 32 bits "
					"(use --smc64)",
					k + 3u);
				return CLI_EXIT_INVALID;
			}
		}
	}
	st = libffa_notify_info_unpack(&res, smc64, &it);
	if (st != LIBFFA_OK) {
		const char *ret = libffa_ret_name(libffa_status_to_ret(st));
		const char *field = st == LIBFFA_E_MBZ ? "flags" : "list_count";

		if (opts.json) {
			printf("{\"error\":\"%s\",\"status\":\"%s\","
			       "\"field\":\"%s\"}\n",
			       ret, libffa_status_name(st), field);
		}
		cli_error("%s: %s (%s)", field, ret, libffa_status_name(st));
		return CLI_EXIT_INVALID;
	}
	if (opts.json) {
		printf("{\"more_pending\":%s,\"lists\":[",
		       libffa_notify_info_more_pending(&it) ? "true" : "false");
	} else {
		printf("more_pending=%s lists=%u\n",
		       libffa_notify_info_more_pending(&it) ? "yes" : "no",
		       it.list_count);
	}
	while (libffa_notify_info_next(&it, &l)) {
		if (opts.json) {
			printf("%s{\"id\":\"0x%04x\",\"vcpus\":[", n ? "," : "",
			       l.id);
			for (k = 0; k < l.vcpu_count; k++) {
				printf("%s%u", k ? "," : "", l.vcpu_ids[k]);
			}
			printf("]}");
		} else {
			printf("list[%u]: id=0x%04x vcpus=[", n, l.id);
			for (k = 0; k < l.vcpu_count; k++) {
				printf("%s%u", k ? "," : "", l.vcpu_ids[k]);
			}
			printf("]\n");
		}
		n++;
	}
	if (opts.json) {
		puts("]}");
	}
	return CLI_EXIT_OK;
}
