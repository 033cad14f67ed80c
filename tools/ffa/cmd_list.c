/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * ffa list [--json] [--fields] [--markdown]: every ABI of the table with its
 * function IDs and the versions that define it.
 */
#include <string.h>

#include "ffa/abi.h"
#include "ffa/field.h"
#include "ffa/print.h"

#include "cli.h"

static void version_text(libffa_version_t v, char *buf, size_t size)
{
	if (v == 0) {
		snprintf(buf, size, "-");
	} else {
		libffa_print_version(buf, size, v);
	}
}

static void fid_text(uint32_t fid, char *buf, size_t size)
{
	if (fid == 0) {
		snprintf(buf, size, "-");
	} else {
		snprintf(buf, size, "0x%08X", fid);
	}
}

static void json_fields(const struct libffa_layout *layout)
{
	static const char *const kinds[] = {"bits", "split", "uuid_w", "uuid_x",
					    "array"};
	unsigned int i;

	fputc('[', stdout);
	for (i = 0; i < layout->field_count; i++) {
		const struct libffa_field *f = &layout->fields[i];
		char since[16];
		char until[16];

		version_text(f->since, since, sizeof(since));
		version_text(f->until, until, sizeof(until));
		printf("%s{\"name\":\"%s\",\"kind\":\"%s\",\"reg\":%u,"
		       "\"lo\":%u,\"width\":%u,\"signed\":%s,\"since\":\"%s\","
		       "\"until\":\"%s\"}",
		       i == 0 ? "" : ",", f->name, kinds[f->kind], f->reg,
		       f->lo, f->width, f->is_signed ? "true" : "false", since,
		       until);
	}
	fputc(']', stdout);
}

static void print_fields(const struct libffa_layout *layout, const char *what)
{
	unsigned int i;

	for (i = 0; i < layout->field_count; i++) {
		const struct libffa_field *f = &layout->fields[i];
		char since[16];

		version_text(f->since, since, sizeof(since));
		printf("    %s %-16s x%u", what, f->name, f->reg);
		if (f->kind == LIBFFA_FIELD_BITS) {
			printf("[%u:%u]", f->lo + f->width - 1u, f->lo);
		} else if (f->kind == LIBFFA_FIELD_SPLIT) {
			printf(" low, x%u high", f->lo);
		} else if (f->kind == LIBFFA_FIELD_ARRAY) {
			printf("..x%u", f->reg + f->width - 1u);
		} else if (f->kind == LIBFFA_FIELD_UUID_W) {
			printf("..x%u (UUID, w)", f->reg + 3u);
		} else {
			printf("..x%u (UUID, x)", f->reg + 1u);
		}
		printf(" since %s\n", since);
	}
}

static const char list_help[] =
	"usage: ffa list [--version M.m] [--json] [--fields] [--markdown]\n"
	"List every FF-A ABI libffa knows with its function IDs and the "
	"versions\nthat define it.\n"
	"  --fields    also each ABI's argument and result fields\n"
	"  --markdown  a Markdown table (the README's)\n"
	"  --json      a JSON array\n";

int ffa_cmd_list(int argc, char **argv)
{
	struct cli_opts opts;
	bool fields = false;
	bool markdown = false;
	int i;

	if (cli_wants_help(argc, argv)) {
		fputs(list_help, stdout);
		return CLI_EXIT_OK;
	}
	if (!cli_parse_common(&argc, argv, &opts)) {
		return CLI_EXIT_USAGE;
	}
	for (i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--fields") == 0) {
			fields = true;
		} else if (strcmp(argv[i], "--markdown") == 0) {
			markdown = true;
		} else {
			cli_error("list takes --json, --fields, --markdown");
			return CLI_EXIT_USAGE;
		}
	}
	if (opts.json) {
		fputs("[", stdout);
	} else if (markdown) {
		puts("| ABI | SMC32 | SMC64 | since (32) | since (64) | note "
		     "|");
		puts("| --- | --- | --- | --- | --- | --- |");
	} else {
		printf("%-32s %-10s %-10s %-6s %-6s %s\n", "ABI", "SMC32",
		       "SMC64", "v32", "v64", "note");
	}
	for (i = 0; i < LIBFFA_ABI_COUNT; i++) {
		const struct libffa_abi_info *row =
			libffa_abi_info((enum libffa_abi)i);
		char f32[16];
		char f64[16];
		char s32[16];
		char s64[16];
		char until[16];
		char note[40] = "";

		/* "deprecated", and the first version without it, if any. */
		version_text(row->until, until, sizeof(until));
		if ((row->flags & LIBFFA_ABI_F_DEPRECATED) != 0u) {
			snprintf(note, sizeof(note), "deprecated%s%s",
				 row->until != 0u ? "; removed in " : "",
				 row->until != 0u ? until : "");
		}

		fid_text(row->fid32, f32, sizeof(f32));
		fid_text(row->fid64, f64, sizeof(f64));
		version_text(row->since32, s32, sizeof(s32));
		version_text(row->since64, s64, sizeof(s64));
		if (opts.json) {
			printf("%s{\"abi\":\"%s\",\"smc32\":\"%s\",\"smc64\":"
			       "\"%s\",\"since32\":\"%s\",\"since64\":\"%s\","
			       "\"until\":\"%s\",\"deprecated\":%s,\"args\":",
			       i == 0 ? "" : ",\n", row->name, f32, f64, s32,
			       s64, until, note[0] != '\0' ? "true" : "false");
			json_fields(libffa_abi_layout((enum libffa_abi)i,
						      LIBFFA_MSG_ARGS));
			fputs(",\"result\":", stdout);
			json_fields(libffa_abi_layout((enum libffa_abi)i,
						      LIBFFA_MSG_RESULT));
			fputc('}', stdout);
		} else if (markdown) {
			printf("| %s | %s | %s | %s | %s | %s |\n", row->name,
			       f32, f64, s32, s64, note);
		} else {
			printf("%-32s %-10s %-10s %-6s %-6s %s\n", row->name,
			       f32, f64, s32, s64, note);
			if (fields) {
				print_fields(
					libffa_abi_layout((enum libffa_abi)i,
							  LIBFFA_MSG_ARGS),
					"arg");
				print_fields(
					libffa_abi_layout((enum libffa_abi)i,
							  LIBFFA_MSG_RESULT),
					"res");
			}
		}
	}
	if (opts.json) {
		puts("]");
	}
	return CLI_EXIT_OK;
}
