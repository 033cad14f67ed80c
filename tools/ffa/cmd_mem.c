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

#define MEM_MAX_RECEIVERS    64
#define MEM_MAX_CONSTITUENTS 1024

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

static bool op_parse(const char *text, enum libffa_mem_op *op, bool *relq)
{
	enum libffa_mem_op i;

	*relq = strcmp(text, "relinquish") == 0;
	if (*relq) {
		return true;
	}
	for (i = LIBFFA_MEM_OP_ANY; i <= LIBFFA_MEM_OP_RETRIEVE_RESP; i++) {
		if (strcmp(text, libffa_mem_op_name(i)) == 0) {
			*op = i;
			return true;
		}
	}
	return false;
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
			if (!op_parse(argv[++i], &op, &relq)) {
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

/* ---- A small JSON reader: objects, arrays, strings, numbers. ---------- */

struct json {
	const char *p;
	const char *err;
};

static void ws(struct json *j)
{
	while (*j->p == ' ' || *j->p == '\t' || *j->p == '\n' ||
	       *j->p == '\r') {
		j->p++;
	}
}

static bool eat(struct json *j, char c)
{
	ws(j);
	if (*j->p != c) {
		return false;
	}
	j->p++;
	return true;
}

/* A string without escapes other than \" and \\, into buf. */
static bool jstring(struct json *j, char *buf, size_t cap)
{
	size_t n = 0;

	if (!eat(j, '"')) {
		return false;
	}
	while (*j->p != '"') {
		char c = *j->p;

		if (c == '\0') {
			return false;
		}
		if (c == '\\') {
			j->p++;
			c = *j->p;
			if (c != '"' && c != '\\' && c != '/') {
				return false;
			}
		}
		if (n + 1 >= cap) {
			return false;
		}
		buf[n++] = c;
		j->p++;
	}
	j->p++;
	buf[n] = '\0';
	return true;
}

/* A number: a JSON integer or a string holding one ("0x8005"). */
static bool jnumber(struct json *j, uint64_t *value)
{
	char buf[64];
	size_t n = 0;

	ws(j);
	if (*j->p == '"') {
		return jstring(j, buf, sizeof(buf)) &&
		       cli_parse_u64(buf, value);
	}
	while ((*j->p >= '0' && *j->p <= '9') ||
	       (*j->p >= 'a' && *j->p <= 'f') ||
	       (*j->p >= 'A' && *j->p <= 'F') || *j->p == 'x' || *j->p == 'X') {
		if (n + 1 >= sizeof(buf)) {
			return false;
		}
		buf[n++] = *j->p++;
	}
	buf[n] = '\0';
	return n != 0 && cli_parse_u64(buf, value);
}

static bool jskip(struct json *j, int depth);

static bool jskip_container(struct json *j, char close, bool object, int depth)
{
	char key[128];

	if (eat(j, close)) {
		return true;
	}
	do {
		if (object && (!jstring(j, key, sizeof(key)) || !eat(j, ':'))) {
			return false;
		}
		if (!jskip(j, depth + 1)) {
			return false;
		}
	} while (eat(j, ','));
	return eat(j, close);
}

/* Skip any value (unknown keys, e.g. decode's "size"). */
static bool jskip(struct json *j, int depth)
{
	char buf[256];
	uint64_t v;

	if (depth > 16) {
		return false;
	}
	ws(j);
	if (*j->p == '{') {
		j->p++;
		return jskip_container(j, '}', true, depth);
	}
	if (*j->p == '[') {
		j->p++;
		return jskip_container(j, ']', false, depth);
	}
	if (*j->p == '"') {
		return jstring(j, buf, sizeof(buf));
	}
	if (strncmp(j->p, "true", 4) == 0 || strncmp(j->p, "null", 4) == 0) {
		j->p += 4;
		return true;
	}
	if (strncmp(j->p, "false", 5) == 0) {
		j->p += 5;
		return true;
	}
	return jnumber(j, &v);
}

struct build_in {
	bool relinquish;
	enum libffa_mem_op op;
	struct libffa_mem_desc desc;
	struct libffa_mem_receiver receivers[MEM_MAX_RECEIVERS];
	struct libffa_mem_constituent constituents[MEM_MAX_CONSTITUENTS];
	libffa_id_t endpoints[MEM_MAX_RECEIVERS];
	uint32_t endpoint_count;
};

static bool field_u(struct json *j, const char *name, uint64_t max,
		    uint64_t *value)
{
	if (!jnumber(j, value) || *value > max) {
		j->err = name;
		return false;
	}
	return true;
}

static bool jreceiver(struct json *j, struct libffa_mem_receiver *r)
{
	char key[64];
	uint64_t v;

	memset(r, 0, sizeof(*r));
	if (!eat(j, '{')) {
		return false;
	}
	if (eat(j, '}')) {
		return true;
	}
	do {
		if (!jstring(j, key, sizeof(key)) || !eat(j, ':')) {
			return false;
		}
		if (strcmp(key, "id") == 0) {
			if (!field_u(j, "receivers.id", 0xFFFF, &v)) {
				return false;
			}
			r->endpoint_id = (libffa_id_t)v;
		} else if (strcmp(key, "permissions") == 0) {
			if (!field_u(j, "receivers.permissions", 0xFF, &v)) {
				return false;
			}
			r->permissions = (uint8_t)v;
		} else if (strcmp(key, "flags") == 0) {
			if (!field_u(j, "receivers.flags", 0xFF, &v)) {
				return false;
			}
			r->flags = (uint8_t)v;
		} else if (strcmp(key, "impdef") == 0) {
			if (!eat(j, '[') ||
			    !field_u(j, "receivers.impdef", UINT64_MAX,
				     &r->impdef[0]) ||
			    !eat(j, ',') ||
			    !field_u(j, "receivers.impdef", UINT64_MAX,
				     &r->impdef[1]) ||
			    !eat(j, ']')) {
				j->err = "receivers.impdef";
				return false;
			}
		} else if (!jskip(j, 1)) {
			return false;
		}
	} while (eat(j, ','));
	return eat(j, '}');
}

static bool jconstituent(struct json *j, struct libffa_mem_constituent *c)
{
	char key[64];
	uint64_t v;

	memset(c, 0, sizeof(*c));
	if (!eat(j, '{')) {
		return false;
	}
	if (eat(j, '}')) {
		return true;
	}
	do {
		if (!jstring(j, key, sizeof(key)) || !eat(j, ':')) {
			return false;
		}
		if (strcmp(key, "address") == 0) {
			if (!field_u(j, "constituents.address", UINT64_MAX,
				     &c->address)) {
				return false;
			}
		} else if (strcmp(key, "pages") == 0) {
			if (!field_u(j, "constituents.pages", UINT32_MAX, &v)) {
				return false;
			}
			c->page_count = (uint32_t)v;
		} else if (!jskip(j, 1)) {
			return false;
		}
	} while (eat(j, ','));
	return eat(j, '}');
}

/* The array's name as a literal: j->err outlives the caller's key buffer
 * (it is printed after jdesc() returns). */
static const char *array_name(const char *key)
{
	if (strcmp(key, "receivers") == 0) {
		return "receivers";
	}
	return strcmp(key, "constituents") == 0 ? "constituents" : "endpoints";
}

static bool jarray_of(struct json *j, struct build_in *in, const char *key)
{
	uint64_t v;

	key = array_name(key);
	if (!eat(j, '[')) {
		j->err = key;
		return false;
	}
	if (eat(j, ']')) {
		return true;
	}
	do {
		if (strcmp(key, "receivers") == 0) {
			if (in->desc.receiver_count == MEM_MAX_RECEIVERS ||
			    !jreceiver(j,
				       &in->receivers
						[in->desc.receiver_count++])) {
				if (j->err == NULL) {
					j->err = key;
				}
				return false;
			}
		} else if (strcmp(key, "constituents") == 0) {
			if (in->desc.constituent_count ==
				    MEM_MAX_CONSTITUENTS ||
			    !jconstituent(
				    j,
				    &in->constituents
					     [in->desc.constituent_count++])) {
				if (j->err == NULL) {
					j->err = key;
				}
				return false;
			}
		} else {
			if (in->endpoint_count == MEM_MAX_RECEIVERS ||
			    !field_u(j, "endpoints", 0xFFFF, &v)) {
				j->err = key;
				return false;
			}
			in->endpoints[in->endpoint_count++] = (libffa_id_t)v;
		}
	} while (eat(j, ','));
	if (!eat(j, ']')) {
		j->err = key;
		return false;
	}
	return true;
}

static bool jdesc(struct json *j, struct build_in *in)
{
	char key[64];
	char text[64];
	uint64_t v;

	if (!eat(j, '{')) {
		return false;
	}
	if (eat(j, '}')) {
		return true;
	}
	do {
		if (!jstring(j, key, sizeof(key)) || !eat(j, ':')) {
			return false;
		}
		if (strcmp(key, "op") == 0) {
			if (!jstring(j, text, sizeof(text)) ||
			    !op_parse(text, &in->op, &in->relinquish)) {
				j->err = "op";
				return false;
			}
		} else if (strcmp(key, "sender") == 0) {
			if (!field_u(j, "sender", 0xFFFF, &v)) {
				return false;
			}
			in->desc.sender_id = (libffa_id_t)v;
		} else if (strcmp(key, "attributes") == 0) {
			if (!field_u(j, "attributes", 0xFFFF, &v)) {
				return false;
			}
			in->desc.attributes = (uint16_t)v;
		} else if (strcmp(key, "flags") == 0) {
			if (!field_u(j, "flags", UINT32_MAX, &v)) {
				return false;
			}
			in->desc.flags = (uint32_t)v;
		} else if (strcmp(key, "handle") == 0) {
			if (!field_u(j, "handle", UINT64_MAX,
				     &in->desc.handle)) {
				return false;
			}
		} else if (strcmp(key, "tag") == 0) {
			if (!field_u(j, "tag", UINT64_MAX, &in->desc.tag)) {
				return false;
			}
		} else if (strcmp(key, "receivers") == 0 ||
			   strcmp(key, "constituents") == 0 ||
			   strcmp(key, "endpoints") == 0) {
			if (!jarray_of(j, in, key)) {
				return false;
			}
		} else if (!jskip(j, 1)) {
			return false;
		}
	} while (eat(j, ','));
	return eat(j, '}');
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
	static struct build_in in;
	struct json j;
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
	memset(&in, 0, sizeof(in));
	in.op = LIBFFA_MEM_OP_SHARE;
	j.p = text;
	j.err = NULL;
	if (!jdesc(&j, &in) || (ws(&j), *j.p != '\0')) {
		cli_error("invalid JSON: field %s near offset %zu",
			  j.err != NULL ? j.err : "(syntax)",
			  (size_t)(j.p - text));
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
		uint8_t buf[16 + 2 * MEM_MAX_RECEIVERS];
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
