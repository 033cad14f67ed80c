/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * The CLI's view of typed messages: registers from log text, fields to
 * JSON, "field=value" assignments. Field names and layouts all come from the
 * ABI table through the generic field API of msg.h.
 */
#include <stdlib.h>

#include <ctype.h>
#include <string.h>

#include "ffa/field.h"
#include "ffa/framework.h"
#include "ffa/msg.h"
#include "ffa/print.h"
#include "ffa/status.h"

#include "cli.h"

void cli_abi_display_name(const struct libffa_msg *msg, char *buf, size_t size)
{
	const struct libffa_abi_info *row = libffa_abi_info(msg->abi);

	if (row == NULL) {
		snprintf(buf, size, "?");
		return;
	}
	if (row->fid32 != 0 && row->fid64 != 0) {
		snprintf(buf, size, "%s_%s", row->name,
			 msg->smc64 ? "64" : "32");
	} else {
		snprintf(buf, size, "%s", row->name);
	}
}

static void json_value(FILE *out, const struct libffa_msg *msg,
		       const struct libffa_field *f, unsigned int elem)
{
	uint64_t v = 0;
	char text[64];

	if (libffa_msg_field_get(msg, f, elem, &v) != LIBFFA_OK) {
		fputs("null", out);
		return;
	}
	if (strcmp(f->name, "version") == 0) {
		libffa_print_version(text, sizeof(text), (uint32_t)v);
	} else if (strcmp(f->name, "error_code") == 0 &&
		   libffa_ret_name((int32_t)(uint32_t)v) != NULL) {
		snprintf(text, sizeof(text), "%s",
			 libffa_ret_name((int32_t)(uint32_t)v));
	} else if (f->is_signed) {
		snprintf(text, sizeof(text), "%lld", (long long)(int64_t)v);
	} else {
		snprintf(text, sizeof(text), "0x%llx", (unsigned long long)v);
	}
	cli_json_string(out, text);
}

void cli_msg_json(FILE *out, const struct libffa_msg *msg,
		  const struct libffa_regs *regs, libffa_version_t version,
		  const char *extra)
{
	const struct libffa_layout *layout = libffa_msg_layout(msg);
	char name[64];
	char vtext[32];
	bool first = true;
	unsigned int i;

	cli_abi_display_name(msg, name, sizeof(name));
	libffa_print_version(vtext, sizeof(vtext), version);
	fputs("{\"abi\":", out);
	cli_json_string(out, name);
	fprintf(out, ",\"fid\":\"0x%llx\"",
		(unsigned long long)(uint32_t)regs->x[0]);
	fprintf(out, ",\"conv\":\"%s\"", msg->smc64 ? "smc64" : "smc32");
	fprintf(out, ",\"kind\":\"%s\"",
		msg->kind == LIBFFA_MSG_RESULT ? "result" : "args");
	fputs(",\"version\":", out);
	cli_json_string(out, vtext);
	fputs(",\"fields\":{", out);
	for (i = 0; layout != NULL && i < layout->field_count; i++) {
		const struct libffa_field *f = &layout->fields[i];
		struct libffa_uuid uuid;
		char ubuf[37];
		unsigned int e;
		uint64_t lo = 0;
		uint64_t hi = 0;

		if (!libffa_field_present(layout, f, msg->smc64, version, 0)) {
			continue;
		}
		fputs(first ? "" : ",", out);
		first = false;
		cli_json_string(out, f->name);
		fputc(':', out);
		switch ((enum libffa_field_kind)f->kind) {
		case LIBFFA_FIELD_UUID_W:
		case LIBFFA_FIELD_UUID_X:
			if (libffa_msg_field_get(msg, f, 0, &lo) != LIBFFA_OK ||
			    libffa_msg_field_get(msg, f, 1, &hi) != LIBFFA_OK) {
				fputs("null", out);
				break;
			}
			libffa_uuid_from_x(&uuid, lo, hi);
			cli_uuid_format(&uuid, ubuf);
			cli_json_string(out, ubuf);
			break;
		case LIBFFA_FIELD_ARRAY:
			fputc('[', out);
			for (e = 0; e < f->width; e++) {
				if (!libffa_field_present(layout, f, msg->smc64,
							  version, e)) {
					break;
				}
				fputs(e == 0 ? "" : ",", out);
				json_value(out, msg, f, e);
			}
			fputc(']', out);
			break;
		case LIBFFA_FIELD_BITS:
		case LIBFFA_FIELD_SPLIT:
			json_value(out, msg, f, 0);
			break;
		}
	}
	fputc('}', out);
	{
		/* A framework message is named by its type (DEN0077A 1.1
		 * s15.2). */
		struct libffa_framework_msg fw;

		if (version >= LIBFFA_VERSION_1_1 &&
		    libffa_framework_decode(msg, &fw) == LIBFFA_OK &&
		    libffa_framework_type_name(fw.type) != NULL) {
			fputs(",\"framework\":", out);
			cli_json_string(out,
					libffa_framework_type_name(fw.type));
		}
	}
	fprintf(out, "%s}\n", extra != NULL ? extra : "");
}

static bool parse_field_value(const struct libffa_field *f, const char *text,
			      uint64_t *v)
{
	int32_t code;
	libffa_version_t ver;
	char *end;
	long long s;

	if (strcmp(f->name, "version") == 0 && cli_parse_version(text, &ver)) {
		*v = ver;
		return true;
	}
	if (strcmp(f->name, "error_code") == 0 &&
	    libffa_ret_from_name(text, &code)) {
		*v = (uint64_t)(int64_t)code;
		return true;
	}
	if (f->is_signed && text[0] == '-') {
		s = strtoll(text, &end, 0);
		if (*end != '\0') {
			return false;
		}
		*v = (uint64_t)(int64_t)s;
		return true;
	}
	return cli_parse_u64(text, v);
}

bool cli_msg_assign(struct libffa_msg *msg, const char *assignment)
{
	char name[64];
	const char *eq = strchr(assignment, '=');
	const char *bracket;
	const struct libffa_field *f;
	size_t nlen;
	long index = -1;
	uint64_t v;

	if (eq == NULL || eq == assignment) {
		cli_error("expected FIELD=VALUE, got '%.40s'", assignment);
		return false;
	}
	nlen = (size_t)(eq - assignment);
	bracket = memchr(assignment, '[', nlen);
	if (bracket != NULL) {
		index = strtol(bracket + 1, NULL, 10);
		nlen = (size_t)(bracket - assignment);
	}
	if (nlen >= sizeof(name)) {
		cli_error("field name too long");
		return false;
	}
	memcpy(name, assignment, nlen);
	name[nlen] = '\0';
	f = libffa_msg_field_find(msg, name);
	if (f == NULL) {
		cli_error(
			"no field '%s' in this message (see `ffa list "
			"--fields`)",
			name);
		return false;
	}
	eq++;
	if (f->kind == LIBFFA_FIELD_UUID_W || f->kind == LIBFFA_FIELD_UUID_X) {
		struct libffa_uuid uuid;
		uint64_t lo;
		uint64_t hi;

		if (!cli_uuid_parse(eq, &uuid)) {
			cli_error("%s: not a UUID: '%.40s'", name, eq);
			return false;
		}
		libffa_uuid_to_x(&uuid, &lo, &hi);
		return libffa_msg_field_set(msg, f, 0, lo) == LIBFFA_OK &&
		       libffa_msg_field_set(msg, f, 1, hi) == LIBFFA_OK;
	}
	if (f->kind == LIBFFA_FIELD_ARRAY && index < 0) {
		/* "payload=1,2,3": consecutive elements from 0. */
		const char *p = eq;
		unsigned int e = 0;

		for (;;) {
			size_t n = strcspn(p, ",");
			char *tok = strndup(p, n);
			bool ok =
				tok != NULL && e < f->width &&
				parse_field_value(f, tok, &v) &&
				libffa_msg_field_set(msg, f, e, v) == LIBFFA_OK;

			if (!ok) {
				cli_error("%s: bad element %u '%.*s'", name, e,
					  n > 32 ? 32 : (int)n, p);
			}
			free(tok);
			if (!ok) {
				return false;
			}
			e++;
			if (p[n] == '\0') {
				return true;
			}
			p += n + 1;
		}
	}
	if (index >= 0 && (f->kind != LIBFFA_FIELD_ARRAY ||
			   (unsigned long)index >= f->width)) {
		cli_error("%s: index %ld out of range", name, index);
		return false;
	}
	if (!parse_field_value(f, eq, &v) ||
	    libffa_msg_field_set(msg, f, index < 0 ? 0u : (unsigned int)index,
				 v) != LIBFFA_OK) {
		cli_error("%s: value '%.40s' does not fit", name, eq);
		return false;
	}
	return true;
}
