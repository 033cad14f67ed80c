/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * ffa msg2 decode [--version M.m] [--json] [FILE]
 *   An FFA_MSG_SEND2 message (header and payload) from a hexdump of the
 *   buffer (DEN0077A 1.1/1.2 "Partition message header").
 */
#include <stdlib.h>

#include <string.h>

#include "ffa/indirect.h"
#include "ffa/status.h"

#include "cli.h"

static const char msg2_help[] =
	"usage: ffa msg2 decode [--version M.m] [--json] [FILE|-]\n"
	"Decode an FFA_MSG_SEND2 partition message header (DEN0077A 1.2) and "
	"its\npayload from a hex dump of the buffer in FILE or stdin.\n"
	"  --version M.m  FF-A version, 1.1 to 1.3 (default 1.2)\n"
	"  --json         a JSON object\n";

static int usage(void)
{
	fputs(msg2_help, stderr);
	return CLI_EXIT_USAGE;
}

/* Which header field a parse status points at. */
static const char *field_of(libffa_status_t st)
{
	switch (st) {
	case LIBFFA_E_MBZ:
		return "reserved";
	case LIBFFA_E_BADVALUE:
	case LIBFFA_E_OVERFLOW:
		return "payload_offset";
	case LIBFFA_E_TRUNCATED:
		return "payload_size";
	default:
		return "header";
	}
}

int ffa_cmd_msg2(int argc, char **argv)
{
	struct cli_opts opts;
	struct libffa_indirect_msg m;
	uint8_t *bytes = NULL;
	size_t len = 0;
	libffa_status_t st;
	char uuid[37];
	uint32_t i;

	if (cli_wants_help(argc, argv)) {
		fputs(msg2_help, stdout);
		return CLI_EXIT_OK;
	}
	if (!cli_parse_common(&argc, argv, &opts)) {
		return CLI_EXIT_USAGE;
	}
	if (argc < 2 || argc > 3 || strcmp(argv[1], "decode") != 0) {
		return usage();
	}
	if (!cli_read_hex_file(argc == 3 ? argv[2] : NULL, &bytes, &len)) {
		return CLI_EXIT_INVALID;
	}
	st = libffa_indirect_parse(bytes, len, opts.version, &m);
	if (st != LIBFFA_OK) {
		const char *ret = libffa_ret_name(libffa_status_to_ret(st));

		if (opts.json) {
			printf("{\"error\":\"%s\",\"status\":\"%s\","
			       "\"field\":\"%s\"}\n",
			       ret, libffa_status_name(st), field_of(st));
		}
		cli_error("%s: %s (%s)", field_of(st), ret,
			  libffa_status_name(st));
		free(bytes);
		return CLI_EXIT_INVALID;
	}
	cli_uuid_format(&m.uuid, uuid);
	if (opts.json) {
		printf("{\"sender_id\":\"0x%04x\",\"receiver_id\":\"0x%04x\","
		       "\"payload_offset\":%u,\"payload_size\":%u",
		       m.sender_id, m.receiver_id, m.payload_offset,
		       m.payload_size);
		if (m.has_uuid) {
			printf(",\"uuid\":\"%s\"", uuid);
		}
		printf(",\"payload\":\"");
		for (i = 0; i < m.payload_size; i++) {
			printf("%02x", m.payload[i]);
		}
		puts("\"}");
	} else {
		printf("sender_id=0x%04x receiver_id=0x%04x payload_offset=%u "
		       "payload_size=%u",
		       m.sender_id, m.receiver_id, m.payload_offset,
		       m.payload_size);
		if (m.has_uuid) {
			printf(" uuid=%s", uuid);
		}
		printf("\npayload:");
		for (i = 0; i < m.payload_size; i++) {
			printf(" %02x", m.payload[i]);
		}
		putchar('\n');
	}
	free(bytes);
	return CLI_EXIT_OK;
}
