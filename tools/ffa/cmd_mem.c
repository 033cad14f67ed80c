/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * `ffa mem decode` (hex descriptor in, fields out) and `ffa mem build`
 * (JSON in, hex descriptor out) for memory transaction and relinquish
 * descriptors (DEN0077A 1.1 s10, DEN0140 1.2 s4). See docs/cli-mem.md.
 */
#include <stdio.h>
#include <stdlib.h>

#include <string.h>

#include "ffa/mem.h"

#include "cli.h"
#include "cli_input.h"
#include "cli_mem_json.h"

static const char mem_help[] =
	"usage: ffa mem decode [--version M.m] [--json] [--op OP] [FILE|-]\n"
	"       ffa mem build [--version M.m] [FILE|-]\n"
	"decode: a memory transaction or relinquish descriptor from a hex "
	"dump\n(plain, xxd, hexdump -C, od -A x); build: the descriptor "
	"of a JSON\ndescription, as hex (DEN0077A 1.1 s10, docs/cli-mem.md).\n"
	"  --version M.m  FF-A version, 1.0 to 1.3 (default 1.2)\n"
	"  --op OP        check as OP: any share lend donate retrieve_req "
	"retrieve_resp\n"
	"                 relinquish (default any)\n"
	"  --json         a JSON object (decode)\n";

static int usage(void)
{
	fputs(mem_help, stderr);
	return CLI_EXIT_USAGE;
}

static void report(libffa_status_t st, const struct libffa_mem_fault *f,
		   bool json)
{
	const char *ret = libffa_ret_name(libffa_status_to_ret(st));

	if (json) {
		printf("{\"error\":\"%s\",\"status\":\"%s\",\"field\":", ret,
		       libffa_status_name(st));
		if (f->field != NULL) {
			cli_json_string(stdout, f->field);
		} else {
			fputs("null", stdout);
		}
		printf(",\"offset\":%zu,\"index\":%u}\n", f->offset, f->index);
	}
	if (f->field != NULL) {
		cli_error(
			"invalid descriptor: %s (%s): field %s at offset %zu "
			"index %u",
			ret, libffa_status_str(st), f->field, f->offset,
			f->index);
	} else {
		cli_error("invalid descriptor: %s (%s)", ret,
			  libffa_status_str(st));
	}
}

static void print_view(const struct libffa_mem_view *v, bool json)
{
	struct libffa_mem_iter it;
	struct libffa_mem_receiver r;
	struct libffa_mem_constituent c;
	bool first = true;

	if (!json) {
		printf("version %u.%u op %s size %zu\n",
		       libffa_version_major(v->version),
		       libffa_version_minor(v->version),
		       libffa_mem_op_name(v->op), v->used_size);
		printf("sender 0x%04x attributes 0x%04x flags 0x%08x handle "
		       "0x%016llx tag 0x%016llx\n",
		       v->sender_id, v->attributes, v->flags,
		       (unsigned long long)v->handle,
		       (unsigned long long)v->tag);
		printf("emad_offset %u emad_size %u receivers %u "
		       "composite_offset %u total_pages %u constituents %u\n",
		       v->emad_offset, v->emad_stride, v->receiver_count,
		       v->composite_offset, v->total_pages,
		       v->constituent_count);
		libffa_for_each_emad (&it, v, &r) {
			printf("receiver[%u] id 0x%04x permissions 0x%02x "
			       "flags "
			       "0x%02x",
			       it.idx - 1, r.endpoint_id, r.permissions,
			       r.flags);
			if (v->version >= LIBFFA_VERSION_1_2) {
				printf(" impdef 0x%016llx 0x%016llx",
				       (unsigned long long)r.impdef[0],
				       (unsigned long long)r.impdef[1]);
			}
			putchar('\n');
		}
		libffa_for_each_constituent (&it, v, &c) {
			printf("constituent[%u] address 0x%016llx pages %u\n",
			       it.idx - 1, (unsigned long long)c.address,
			       c.page_count);
		}
		return;
	}
	printf("{\"version\":\"%u.%u\",\"op\":\"%s\",\"size\":%zu,"
	       "\"sender\":\"0x%04x\",\"attributes\":\"0x%04x\","
	       "\"flags\":\"0x%08x\",\"handle\":\"0x%016llx\","
	       "\"tag\":\"0x%016llx\",\"emad_offset\":%u,\"emad_size\":%u,"
	       "\"composite_offset\":%u,\"total_pages\":%u,\"receivers\":[",
	       libffa_version_major(v->version),
	       libffa_version_minor(v->version), libffa_mem_op_name(v->op),
	       v->used_size, v->sender_id, v->attributes, v->flags,
	       (unsigned long long)v->handle, (unsigned long long)v->tag,
	       v->emad_offset, v->emad_stride, v->composite_offset,
	       v->total_pages);
	libffa_for_each_emad (&it, v, &r) {
		printf("%s{\"id\":\"0x%04x\",\"permissions\":\"0x%02x\","
		       "\"flags\":\"0x%02x\",\"impdef\":[\"0x%llx\",\"0x%llx\"]"
		       "}",
		       first ? "" : ",", r.endpoint_id, r.permissions, r.flags,
		       (unsigned long long)r.impdef[0],
		       (unsigned long long)r.impdef[1]);
		first = false;
	}
	fputs("],\"constituents\":[", stdout);
	first = true;
	libffa_for_each_constituent (&it, v, &c) {
		printf("%s{\"address\":\"0x%llx\",\"pages\":%u}",
		       first ? "" : ",", (unsigned long long)c.address,
		       c.page_count);
		first = false;
	}
	puts("]}");
}

static int decode_relinquish(const uint8_t *bytes, size_t len, bool json)
{
	struct libffa_mem_relinquish_view v;
	struct libffa_mem_fault f = {NULL, 0, 0};
	libffa_status_t st;
	libffa_id_t id;
	uint32_t i;

	st = libffa_mem_relinquish_parse(bytes, len, &v, &f);
	if (st != LIBFFA_OK) {
		report(st, &f, json);
		return CLI_EXIT_INVALID;
	}
	if (json) {
		printf("{\"op\":\"relinquish\",\"handle\":\"0x%016llx\","
		       "\"flags\":\"0x%08x\",\"endpoints\":[",
		       (unsigned long long)v.handle, v.flags);
	} else {
		printf("op relinquish handle 0x%016llx flags 0x%08x endpoints "
		       "%u\n",
		       (unsigned long long)v.handle, v.flags, v.endpoint_count);
	}
	for (i = 0; libffa_mem_relinquish_endpoint(&v, i, &id); i++) {
		if (json) {
			printf("%s\"0x%04x\"", i ? "," : "", id);
		} else {
			printf("endpoint[%u] 0x%04x\n", i, id);
		}
	}
	if (json) {
		puts("]}");
	}
	return CLI_EXIT_OK;
}

static int mem_decode(int argc, char **argv, const struct cli_opts *opts)
{
	enum libffa_mem_op op = LIBFFA_MEM_OP_ANY;
	bool relq = false;
	const char *path = NULL;
	struct libffa_mem_view v;
	struct libffa_mem_fault f = {NULL, 0, 0};
	libffa_status_t st;
	uint8_t *bytes = NULL;
	size_t len = 0;
	int i;
	int rc;

	for (i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--op") == 0 && i + 1 < argc) {
			if (!cli_mem_op_parse(argv[++i], &op, &relq)) {
				cli_error("unknown --op %.40s", argv[i]);
				return CLI_EXIT_USAGE;
			}
		} else if (path == NULL) {
			path = argv[i];
		} else {
			return usage();
		}
	}
	if (!cli_read_hex_file(path, &bytes, &len)) {
		return CLI_EXIT_INVALID;
	}
	if (relq) {
		rc = decode_relinquish(bytes, len, opts->json);
		free(bytes);
		return rc;
	}
	st = libffa_mem_parse(bytes, len, opts->version, op, 0, &v, &f);
	if (st != LIBFFA_OK) {
		report(st, &f, opts->json);
		free(bytes);
		return CLI_EXIT_INVALID;
	}
	print_view(&v, opts->json);
	free(bytes);
	return CLI_EXIT_OK;
}

/* The whole JSON text: any length, no NUL inside (it would end it). */
static char *read_all(const char *path)
{
	struct cli_err err;
	char *text = NULL;
	size_t len = 0;
	const char *nul;

	if (!cli_read_path(path, &text, &len, &err)) {
		cli_error("%s", err.msg);
		return NULL;
	}
	nul = memchr(text, '\0', len);
	if (nul != NULL) {
		cli_error("NUL byte at offset %zu of the JSON input",
			  (size_t)(nul - text));
		free(text);
		return NULL;
	}
	return text;
}

static void print_hex(const uint8_t *b, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		printf("%02x%s", b[i],
		       (i % 16 == 15 || i + 1 == n) ? "\n" : " ");
	}
}

static int mem_build(int argc, char **argv, const struct cli_opts *opts)
{
	static struct cli_mem_build in;
	const char *field = NULL;
	size_t at = 0;
	struct libffa_mem_fault f = {NULL, 0, 0};
	struct libffa_mem_view v;
	libffa_status_t st;
	uint8_t *out;
	size_t size = 0;
	char *text;
	int rc = CLI_EXIT_INVALID;

	if (argc > 2) {
		return usage();
	}
	text = read_all(argc == 2 ? argv[1] : NULL);
	if (text == NULL) {
		return CLI_EXIT_INVALID;
	}
	if (!cli_mem_json_parse(text, &in, &field, &at)) {
		cli_error("invalid JSON: field %s near offset %zu",
			  field != NULL ? field : "(syntax)", at);
		free(text);
		return CLI_EXIT_INVALID;
	}
	free(text);
	in.desc.receivers = in.receivers;
	in.desc.constituents = in.constituents;
	if (in.relinquish) {
		struct libffa_mem_relinquish r = {in.desc.handle, in.desc.flags,
						  in.endpoints,
						  in.endpoint_count};
		uint8_t buf[16 + 2 * CLI_MEM_MAX_RECEIVERS];
		struct libffa_mem_relinquish_view rv;

		st = libffa_mem_relinquish_build(&r, buf, sizeof(buf), &size);
		if (st == LIBFFA_OK) {
			st = libffa_mem_relinquish_parse(buf, size, &rv, &f);
		}
		if (st != LIBFFA_OK) {
			report(st, &f, false);
			return CLI_EXIT_INVALID;
		}
		print_hex(buf, size);
		return CLI_EXIT_OK;
	}
	st = libffa_mem_size(&in.desc, opts->version, &size);
	if (st != LIBFFA_OK) {
		report(st, &f, false);
		return CLI_EXIT_INVALID;
	}
	out = malloc(size);
	if (out == NULL) {
		return CLI_EXIT_INVALID;
	}
	st = libffa_mem_build(&in.desc, opts->version, out, size, &size);
	/* The JSON is a user's: check it as a receiver would. */
	if (st == LIBFFA_OK) {
		st = libffa_mem_parse(out, size, opts->version, in.op, 0, &v,
				      &f);
	}
	if (st != LIBFFA_OK) {
		report(st, &f, false);
	} else {
		print_hex(out, size);
		rc = CLI_EXIT_OK;
	}
	free(out);
	return rc;
}

int ffa_cmd_mem(int argc, char **argv)
{
	struct cli_opts opts;

	if (cli_wants_help(argc, argv)) {
		fputs(mem_help, stdout);
		return CLI_EXIT_OK;
	}
	if (!cli_parse_common(&argc, argv, &opts)) {
		return CLI_EXIT_USAGE;
	}
	if (argc < 2) {
		return usage();
	}
	if (strcmp(argv[1], "decode") == 0) {
		return mem_decode(argc - 1, argv + 1, &opts);
	}
	if (strcmp(argv[1], "build") == 0) {
		return mem_build(argc - 1, argv + 1, &opts);
	}
	return usage();
}
