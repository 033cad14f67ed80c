/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * ffa partinfo decode [--version M.m] [--json] [--count N] [--size S] [FILE]
 *   Partition information descriptors from an RX buffer hexdump
 *   (FFA_PARTITION_INFO_GET; DEN0077A 1.1 s13.8). --size is w3 of the reply
 *   (default: the version's descriptor size), --count is w2 (default: as
 *   many whole descriptors as the input holds).
 */
#include <stdlib.h>

#include <string.h>

#include "ffa/partition.h"
#include "ffa/status.h"

#include "cli.h"

static const char partinfo_help[] =
	"usage: ffa partinfo decode [--version M.m] [--json] [--count N] "
	"[--size S] [FILE|-]\n"
	"Decode the partition information descriptors FFA_PARTITION_INFO_GET "
	"wrote to\nthe RX buffer, from a hex dump (plain, xxd, hexdump -C, "
	"od -A x) in FILE or\nstdin (DEN0077A 1.1 s13.8).\n"
	"  --version M.m  FF-A version, 1.0 to 1.3 (default 1.2)\n"
	"  --count N      descriptors the call returned (default: all that "
	"fit)\n"
	"  --size S       descriptor size the call returned (1.1+)\n"
	"  --json         a JSON array\n";

static int usage(void)
{
	fputs(partinfo_help, stderr);
	return CLI_EXIT_USAGE;
}

static int invalid(const struct cli_opts *opts, const char *field,
		   libffa_status_t st)
{
	const char *ret = libffa_ret_name(libffa_status_to_ret(st));

	if (opts->json) {
		printf("{\"error\":\"%s\",\"status\":\"%s\",\"field\":\"%s\"}"
		       "\n",
		       ret, libffa_status_name(st), field);
	}
	cli_error("%s: %s (%s)", field, ret, libffa_status_name(st));
	return CLI_EXIT_INVALID;
}

static const char *id_type_name(uint32_t t)
{
	static const char *const names[] = {"pe", "sepid_independent",
					    "sepid_dependent", "auxiliary"};

	return names[t & 3u];
}

static void print_one(const struct cli_opts *opts, libffa_version_t v,
		      uint32_t idx, const struct libffa_partition_info *p)
{
	char uuid[37];
	char image[37];

	cli_uuid_format(&p->uuid, uuid);
	cli_uuid_format(&p->image_uuid, image);
	if (opts->json) {
		printf("%s{\"id\":\"0x%04x\",\"exec_ctx_count\":%u,"
		       "\"properties\":\"0x%08x\",\"id_type\":\"%s\"",
		       idx == 0 ? "" : ",", p->id, p->exec_ctx_count,
		       p->properties,
		       id_type_name(libffa_partition_id_type(p->properties)));
		if (v >= LIBFFA_VERSION_1_1) {
			printf(",\"uuid\":\"%s\"", uuid);
		}
		if (v >= LIBFFA_VERSION_1_3) {
			printf(",\"image_uuid\":\"%s\",\"ffa_version\":\"%u.%"
			       "u\"",
			       image, libffa_version_major(p->ffa_version),
			       libffa_version_minor(p->ffa_version));
		}
		putchar('}');
		return;
	}
	printf("partition[%u]: id=0x%04x exec_ctx_count=%u properties=0x%08x "
	       "id_type=%s",
	       idx, p->id, p->exec_ctx_count, p->properties,
	       id_type_name(libffa_partition_id_type(p->properties)));
	if (v >= LIBFFA_VERSION_1_1) {
		printf(" uuid=%s", uuid);
	}
	if (v >= LIBFFA_VERSION_1_3) {
		printf(" image_uuid=%s ffa_version=%u.%u", image,
		       libffa_version_major(p->ffa_version),
		       libffa_version_minor(p->ffa_version));
	}
	putchar('\n');
}

int ffa_cmd_partinfo(int argc, char **argv)
{
	struct cli_opts opts;
	struct libffa_partition_view view;
	struct libffa_partition_info p;
	const char *path = NULL;
	uint64_t count = UINT64_MAX;
	uint64_t size = 0;
	uint8_t *bytes = NULL;
	size_t len = 0;
	libffa_status_t st;
	int rc = CLI_EXIT_OK;
	uint32_t i;
	int a;

	if (cli_wants_help(argc, argv)) {
		fputs(partinfo_help, stdout);
		return CLI_EXIT_OK;
	}
	if (!cli_parse_common(&argc, argv, &opts)) {
		return CLI_EXIT_USAGE;
	}
	if (argc < 2 || strcmp(argv[1], "decode") != 0) {
		return usage();
	}
	for (a = 2; a < argc; a++) {
		if ((strcmp(argv[a], "--count") == 0 ||
		     strcmp(argv[a], "--size") == 0) &&
		    a + 1 < argc) {
			uint64_t *dst = argv[a][2] == 'c' ? &count : &size;

			if (!cli_parse_u64(argv[a + 1], dst) ||
			    *dst > UINT32_MAX) {
				cli_error("%s wants a 32-bit number", argv[a]);
				return CLI_EXIT_USAGE;
			}
			a++;
		} else if (argv[a][0] == '-' && argv[a][1] == '-') {
			return usage();
		} else if (path == NULL) {
			path = argv[a];
		} else {
			return usage();
		}
	}
	if (!cli_read_hex_file(path, &bytes, &len)) {
		return CLI_EXIT_INVALID;
	}
	if (size == 0) {
		size = libffa_partition_info_size(opts.version);
	}
	if (count == UINT64_MAX) {
		count = len / size;
	}
	st = libffa_partition_info_parse(bytes, len, opts.version,
					 (uint32_t)count, (uint32_t)size,
					 &view);
	if (st != LIBFFA_OK) {
		rc = invalid(&opts,
			     st == LIBFFA_E_BADVALUE ? "desc_size" : "count",
			     st);
		free(bytes);
		return rc;
	}
	if (opts.json) {
		printf("{\"version\":\"%u.%u\",\"count\":%u,\"desc_size\":%u,"
		       "\"partitions\":[",
		       libffa_version_major(opts.version),
		       libffa_version_minor(opts.version), view.count,
		       view.desc_size);
	} else {
		printf("count=%u desc_size=%u\n", view.count, view.desc_size);
	}
	for (i = 0; i < view.count; i++) {
		if (libffa_partition_info_at(&view, i, &p) == LIBFFA_OK) {
			print_one(&opts, opts.version, i, &p);
		}
	}
	if (opts.json) {
		puts("]}");
	}
	free(bytes);
	return rc;
}
