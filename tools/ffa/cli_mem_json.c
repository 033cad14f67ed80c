/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * The JSON reader of `ffa mem build` (see cli_mem_json.h). Recursion is
 * bounded (depth 16) and every copy is into a sized buffer: a key or string
 * that does not fit is an error, never a truncation.
 */
#include "cli_mem_json.h"

#include <string.h>

#include "cli.h"

bool cli_mem_op_parse(const char *text, enum libffa_mem_op *op, bool *relq)
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

static bool jarray_of(struct json *j, struct cli_mem_build *in, const char *key)
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
			if (in->desc.receiver_count == CLI_MEM_MAX_RECEIVERS ||
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
				    CLI_MEM_MAX_CONSTITUENTS ||
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
			if (in->endpoint_count == CLI_MEM_MAX_RECEIVERS ||
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

static bool jdesc(struct json *j, struct cli_mem_build *in)
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
			    !cli_mem_op_parse(text, &in->op, &in->relinquish)) {
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

bool cli_mem_json_parse(const char *text, struct cli_mem_build *in,
			const char **field, size_t *offset)
{
	struct json j;
	bool ok;

	memset(in, 0, sizeof(*in));
	in->op = LIBFFA_MEM_OP_SHARE;
	j.p = text;
	j.err = NULL;
	ok = jdesc(&j, in);
	if (ok) {
		ws(&j);
		ok = *j.p == '\0';
	}
	*field = j.err;
	*offset = (size_t)(j.p - text);
	return ok;
}
