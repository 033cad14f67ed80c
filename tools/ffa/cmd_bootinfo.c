/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * ffa bootinfo decode [--json] [FILE]
 *   FF-A boot information from a hexdump of the blob (DEN0077A 1.1 s5.4):
 *   the v1.1+ header and descriptors, or the v1.0 name/value pairs. The
 *   blob carries its own version, so --version is accepted and ignored.
 */
#include <stdlib.h>

#include <string.h>

#include "ffa/abi.h"
#include "ffa/bootinfo.h"
#include "ffa/status.h"

#include "cli.h"

static const char bootinfo_help[] =
	"usage: ffa bootinfo decode [--json] [FILE|-]\n"
	"Decode FF-A boot information (the 1.1+ header and descriptors, or "
	"the 1.0\n\"FF-A\" blob) from a hex dump in FILE or stdin "
	"(DEN0077A 1.1 s5.4).\n"
	"  --json  a JSON object\n";

static int usage(void)
{
	fputs(bootinfo_help, stderr);
	return CLI_EXIT_USAGE;
}

/* A NUL-padded name as printable text (others as \xNN). */
static void name_text(const uint8_t *name, char *out, size_t size)
{
	size_t o = 0;
	size_t i;

	for (i = 0; i < LIBFFA_BOOTINFO_NAME_SIZE && name[i] != 0u; i++) {
		if (name[i] >= 0x20u && name[i] < 0x7Fu && name[i] != '\\') {
			o += (size_t)snprintf(out + o, size - o, "%c", name[i]);
		} else {
			o += (size_t)snprintf(out + o, size - o, "\\x%02x",
					      name[i]);
		}
	}
	out[o] = '\0';
}

static void print_name(const struct cli_opts *opts, const uint8_t *name,
		       bool is_uuid)
{
	char text[16 * 4 + 1];
	struct libffa_uuid u;

	if (is_uuid) {
		memcpy(u.bytes, name, 16);
		cli_uuid_format(&u, text);
	} else {
		name_text(name, text, sizeof(text));
	}
	if (opts->json) {
		cli_json_string(stdout, text);
	} else {
		printf("%s", text);
	}
}

static int decode_v1_0(const struct cli_opts *opts, const uint8_t *bytes,
		       size_t len)
{
	struct libffa_bootinfo_nvp_v1_0 nvp;
	uint32_t count;
	uint32_t i;
	libffa_status_t st;

	st = libffa_bootinfo_parse_v1_0(bytes, len, &count);
	if (st != LIBFFA_OK) {
		cli_error("count: %s (%s)",
			  libffa_ret_name(libffa_status_to_ret(st)),
			  libffa_status_name(st));
		return CLI_EXIT_INVALID;
	}
	if (opts->json) {
		printf("{\"format\":\"1.0\",\"count\":%u,\"pairs\":[", count);
	} else {
		printf("format=1.0 count=%u\n", count);
	}
	for (i = 0; i < count; i++) {
		if (libffa_bootinfo_nvp_at_v1_0(bytes, len, count, i, &nvp) !=
		    LIBFFA_OK) {
			break;
		}
		if (opts->json) {
			printf("%s{\"name\":", i ? "," : "");
			print_name(opts, nvp.name, false);
			printf(",\"value\":\"0x%llx\",\"size\":%llu}",
			       (unsigned long long)nvp.value,
			       (unsigned long long)nvp.size);
		} else {
			printf("pair[%u]: name=", i);
			print_name(opts, nvp.name, false);
			printf(" value=0x%llx size=%llu\n",
			       (unsigned long long)nvp.value,
			       (unsigned long long)nvp.size);
		}
	}
	if (opts->json) {
		puts("]}");
	}
	return CLI_EXIT_OK;
}

static const char *field_of(libffa_status_t st)
{
	switch (st) {
	case LIBFFA_E_MBZ:
		return "reserved";
	case LIBFFA_E_OVERFLOW:
	case LIBFFA_E_TRUNCATED:
		return "blob_size";
	default:
		return "header";
	}
}

int ffa_cmd_bootinfo(int argc, char **argv)
{
	static const char *const content_names[] = {"address", "value",
						    "offset", "reserved"};
	struct cli_opts opts;
	struct libffa_bootinfo_view v;
	struct libffa_bootinfo_desc d;
	uint8_t *bytes = NULL;
	size_t len = 0;
	libffa_status_t st;
	int rc = CLI_EXIT_OK;
	uint32_t i;

	if (cli_wants_help(argc, argv)) {
		fputs(bootinfo_help, stdout);
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
	st = libffa_bootinfo_parse(bytes, len, &v);
	if (st == LIBFFA_E_VERSION) {
		rc = decode_v1_0(&opts, bytes, len);
		free(bytes);
		return rc;
	}
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
	if (opts.json) {
		printf("{\"format\":\"1.1\",\"version\":\"%u.%u\","
		       "\"blob_size\":%u,\"desc_size\":%u,\"desc_count\":%u,"
		       "\"desc_offset\":%u,\"descriptors\":[",
		       libffa_version_major(v.version),
		       libffa_version_minor(v.version), v.blob_size,
		       v.desc_size, v.desc_count, v.desc_offset);
	} else {
		printf("version=%u.%u blob_size=%u desc_size=%u desc_count=%u "
		       "desc_offset=%u\n",
		       libffa_version_major(v.version),
		       libffa_version_minor(v.version), v.blob_size,
		       v.desc_size, v.desc_count, v.desc_offset);
	}
	for (i = 0; i < v.desc_count; i++) {
		bool is_uuid;
		unsigned int fmt;
		unsigned int id;

		if (libffa_bootinfo_desc_at(&v, i, &d) != LIBFFA_OK) {
			break;
		}
		is_uuid = (d.flags & LIBFFA_BOOTINFO_FLAG_NAME_FORMAT) ==
			  LIBFFA_BOOTINFO_NAME_UUID;
		fmt = (d.flags & LIBFFA_BOOTINFO_FLAG_CONTENT_FORMAT) >>
		      LIBFFA_BOOTINFO_FLAG_CONTENT_FORMAT_SHIFT;
		id = d.type & LIBFFA_BOOTINFO_TYPE_ID;
		if (opts.json) {
			printf("%s{\"name\":", i ? "," : "");
			print_name(&opts, d.name, is_uuid);
			printf(",\"type\":\"%s\",\"impdef\":%s,\"flags\":\"0x%"
			       "04x\","
			       "\"content_format\":\"%s\",\"size\":%u,"
			       "\"content\":\"0x%llx\"}",
			       (d.type & LIBFFA_BOOTINFO_TYPE_IMPDEF) != 0u
				       ? "impdef"
			       : id == LIBFFA_BOOTINFO_ID_FDT ? "fdt"
			       : id == LIBFFA_BOOTINFO_ID_HOB ? "hob"
							      : "reserved",
			       (d.type & LIBFFA_BOOTINFO_TYPE_IMPDEF) != 0u
				       ? "true"
				       : "false",
			       d.flags, content_names[fmt & 3u], d.size,
			       (unsigned long long)d.content);
		} else {
			printf("desc[%u]: name=", i);
			print_name(&opts, d.name, is_uuid);
			printf(" type=0x%02x%s flags=0x%04x content_format=%s "
			       "size=%u content=0x%llx\n",
			       d.type,
			       (d.type & LIBFFA_BOOTINFO_TYPE_IMPDEF) != 0u
				       ? "(impdef)"
			       : id == LIBFFA_BOOTINFO_ID_FDT ? "(fdt)"
			       : id == LIBFFA_BOOTINFO_ID_HOB ? "(hob)"
							      : "",
			       d.flags, content_names[fmt & 3u], d.size,
			       (unsigned long long)d.content);
		}
	}
	if (opts.json) {
		puts("]}");
	}
	free(bytes);
	return rc;
}
