/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * The ffa tool's input readers (see cli_input.h). Everything works on
 * (pointer, length) spans of one in-memory copy of the input: no line or
 * token length limit, no copy into a fixed buffer.
 */
#include "cli_input.h"

#include <stdarg.h>
#include <stdlib.h>

#include <errno.h>
#include <string.h>

/* How much of an offending token an error shows. */
#define TOKEN_SHOWN 32

struct span {
	const char *p;
	size_t len;
};

static void err_set(struct cli_err *err, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

static void err_set(struct cli_err *err, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(err->msg, sizeof(err->msg), fmt, ap);
	va_end(ap);
}

/* "line N: WHAT 'TOKEN'" with at most TOKEN_SHOWN characters of it. */
static void err_token(struct cli_err *err, unsigned int line, const char *what,
		      struct span tok)
{
	int shown = tok.len > TOKEN_SHOWN ? TOKEN_SHOWN : (int)tok.len;
	char where[24] = "";

	if (line != 0) { /* 0: arguments, not lines */
		snprintf(where, sizeof(where), "line %u: ", line);
	}
	if (tok.len > TOKEN_SHOWN) {
		err_set(err, "%s%s '%.*s...' (%zu characters)", where, what,
			shown, tok.p, tok.len);
	} else {
		err_set(err, "%s%s '%.*s'", where, what, shown, tok.p);
	}
}

bool cli_read_stream(FILE *in, char **data, size_t *len, struct cli_err *err)
{
	size_t cap = 0;
	size_t n = 0;
	char *buf = NULL;

	for (;;) {
		size_t got;

		if (cap - n < 2) {
			size_t bigger = cap == 0 ? 8192 : cap * 2;
			char *nb = bigger > cap ? realloc(buf, bigger) : NULL;

			if (nb == NULL) {
				free(buf);
				err_set(err, "out of memory reading input");
				return false;
			}
			buf = nb;
			cap = bigger;
		}
		got = fread(buf + n, 1, cap - n - 1, in);
		n += got;
		if (got == 0) {
			break;
		}
	}
	if (ferror(in)) {
		free(buf);
		err_set(err, "cannot read input: %s", strerror(errno));
		return false;
	}
	buf[n] = '\0';
	*data = buf;
	*len = n;
	return true;
}

bool cli_read_path(const char *path, char **data, size_t *len,
		   struct cli_err *err)
{
	FILE *in = stdin;
	bool ok;

	if (path != NULL && strcmp(path, "-") != 0) {
		in = fopen(path, "r");
		if (in == NULL) {
			err_set(err, "cannot open %s: %s", path,
				strerror(errno));
			return false;
		}
	}
	ok = cli_read_stream(in, data, len, err);
	if (in != stdin) {
		fclose(in);
	}
	return ok;
}

static int hex_digit(char c)
{
	if (c >= '0' && c <= '9') {
		return c - '0';
	}
	if (c >= 'a' && c <= 'f') {
		return c - 'a' + 10;
	}
	if (c >= 'A' && c <= 'F') {
		return c - 'A' + 10;
	}
	return -1;
}

static bool is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f';
}

/* The next line of *rest (without its '\n'); false at the end. */
static bool next_line(struct span *rest, struct span *line)
{
	const char *nl;

	if (rest->len == 0) {
		return false;
	}
	nl = memchr(rest->p, '\n', rest->len);
	line->p = rest->p;
	line->len = nl != NULL ? (size_t)(nl - rest->p) : rest->len;
	rest->p += line->len + (nl != NULL ? 1u : 0u);
	rest->len -= line->len + (nl != NULL ? 1u : 0u);
	return true;
}

static bool has_nul(struct span line, unsigned int lineno, struct cli_err *err)
{
	const char *z = memchr(line.p, '\0', line.len);

	if (z == NULL) {
		return false;
	}
	err_set(err, "line %u: NUL byte at column %zu", lineno,
		(size_t)(z - line.p) + 1u);
	return true;
}

/* Growable byte buffer. */
struct bytes {
	uint8_t *b;
	size_t n;
	size_t cap;
};

static bool put(struct bytes *out, uint8_t v, struct cli_err *err)
{
	if (out->n == out->cap) {
		size_t bigger = out->cap == 0 ? 256 : out->cap * 2;
		uint8_t *nb =
			bigger > out->cap ? realloc(out->b, bigger) : NULL;

		if (nb == NULL) {
			err_set(err, "out of memory");
			return false;
		}
		out->b = nb;
		out->cap = bigger;
	}
	out->b[out->n++] = v;
	return true;
}

/* All hex digits? */
static bool all_hex(struct span t)
{
	size_t i;

	for (i = 0; i < t.len; i++) {
		if (hex_digit(t.p[i]) < 0) {
			return false;
		}
	}
	return t.len != 0;
}

static bool all_octal(struct span t)
{
	size_t i;

	for (i = 0; i < t.len; i++) {
		if (t.p[i] < '0' || t.p[i] > '7') {
			return false;
		}
	}
	return t.len != 0;
}

static uint64_t span_value(struct span t, unsigned int base)
{
	uint64_t v = 0;
	size_t i;

	for (i = 0; i < t.len; i++) {
		v = v * base + (uint64_t)hex_digit(t.p[i]);
	}
	return v;
}

static bool is_delim(char c, bool commas)
{
	return is_space(c) || (commas && (c == ',' || c == ';'));
}

/* Next token of a line split at spaces (and ',' ';' when `commas`). */
static bool next_token(struct span *line, bool commas, struct span *tok)
{
	while (line->len != 0 && is_delim(*line->p, commas)) {
		line->p++;
		line->len--;
	}
	if (line->len == 0) {
		return false;
	}
	tok->p = line->p;
	while (line->len != 0 && !is_delim(*line->p, commas)) {
		line->p++;
		line->len--;
	}
	tok->len = (size_t)(line->p - tok->p);
	return true;
}

/* --- Dumps: every line starts with the offset of its first byte. --- */

enum dump_style {
	DUMP_BYTES, /* xxd, hexdump -C: tokens are bytes in order */
	DUMP_WORDS, /* od, hexdump: tokens are little-endian words */
};

/* Is `tok` the offset `at`? xxd "00000010:", hexdump -C "00000010",
 * od -A x "000010"; od's default octal offsets are taken too. */
static bool offset_is(struct span tok, size_t at, bool *colon)
{
	struct span digits = tok;

	*colon = tok.len > 1 && tok.p[tok.len - 1] == ':';
	if (*colon) {
		digits.len--;
	}
	if (digits.len < 6 || digits.len > 16 || !all_hex(digits)) {
		return false;
	}
	if (span_value(digits, 16) == at) {
		return true;
	}
	return !*colon && digits.len == 7 && all_octal(digits) &&
	       span_value(digits, 8) == at;
}

/* One data token of a dump line. */
static bool dump_token(struct span tok, enum dump_style style,
		       struct bytes *out, struct cli_err *err)
{
	size_t i;

	if (all_hex(tok) && tok.len % 2u == 0 &&
	    (style == DUMP_BYTES || tok.len == 2)) {
		for (i = 0; i < tok.len; i += 2) {
			if (!put(out,
				 (uint8_t)(hex_digit(tok.p[i]) << 4 |
					   hex_digit(tok.p[i + 1])),
				 err)) {
				return false;
			}
		}
		return true;
	}
	if (style == DUMP_WORDS && all_hex(tok) &&
	    (tok.len == 4 || tok.len == 8 || tok.len == 16)) {
		uint64_t w = span_value(tok, 16);

		for (i = 0; i < tok.len / 2u; i++) {
			if (!put(out, (uint8_t)(w >> (8u * i)), err)) {
				return false;
			}
		}
		return true;
	}
	if (style == DUMP_WORDS && all_octal(tok) &&
	    (tok.len == 3 || tok.len == 6)) {
		/* od -b bytes, od's default 2-byte octal words. */
		uint64_t w = span_value(tok, 8);
		size_t size = tok.len == 3 ? 1u : 2u;

		if (w >> (8u * size) != 0) {
			return false;
		}
		for (i = 0; i < size; i++) {
			if (!put(out, (uint8_t)(w >> (8u * i)), err)) {
				return false;
			}
		}
		return true;
	}
	return false;
}

enum dump_verdict { DUMP_OK, DUMP_NOT, DUMP_ERROR };

/* How far '*' lines may expand a dump: far above any FF-A buffer. */
#define DUMP_REPEAT_MAX ((size_t)1 << 20)

/* od and hexdump print '*' for lines equal to the one before: repeat the
 * previous line up to this line's offset, if that offset is reachable. */
static bool expand_repeat(struct span tok, size_t prev_start, size_t prev_len,
			  bool octal, struct bytes *out, struct cli_err *err)
{
	struct span digits = tok;
	uint64_t want[2];
	size_t k;

	if (digits.len > 1 && digits.p[digits.len - 1] == ':') {
		digits.len--;
	}
	if (digits.len > 16 || !all_hex(digits)) {
		return true; /* not an offset: the caller says so */
	}
	/* od's default offsets are octal: try the dump's own base first. */
	want[octal ? 1 : 0] = span_value(digits, 16);
	want[octal ? 0 : 1] = all_octal(digits) ? span_value(digits, 8) : 0;
	for (k = 0; k < 2; k++) {
		uint64_t gap = want[k] - out->n;

		if (want[k] <= out->n || want[k] > DUMP_REPEAT_MAX ||
		    gap % prev_len != 0) {
			continue;
		}
		while (out->n < want[k]) {
			size_t i;

			for (i = 0; i < prev_len; i++) {
				if (!put(out, out->b[prev_start + i], err)) {
					return false;
				}
			}
		}
		return true;
	}
	return true;
}

/* od and hexdump end with the length alone on a line; with an odd length
 * their last word was padded: drop the padding bytes it counted. */
static bool end_offset(struct span tok, struct span rest, struct bytes *out)
{
	struct span more;
	size_t k;

	if (next_token(&rest, false, &more) || tok.len > 16 || !all_hex(tok)) {
		return false;
	}
	for (k = 0; k < 8 && k <= out->n; k++) {
		bool colon;

		if (offset_is(tok, out->n - k, &colon)) {
			out->n -= k;
			return true;
		}
	}
	return false;
}

/* The data columns of a dump line after its offset: up to the text column
 * ('|' of hexdump -C, '>' of od -z, two spaces after xxd's groups). */
static struct span dump_data(struct span rest, bool colon)
{
	size_t i;
	bool seen = false;

	for (i = 0; i < rest.len; i++) {
		char c = rest.p[i];

		if (c == '|' || c == '>') {
			break;
		}
		if (colon && seen && c == ' ' && i + 1 < rest.len &&
		    rest.p[i + 1] == ' ') {
			break;
		}
		seen = seen || !is_space(c);
	}
	rest.len = i;
	return rest;
}

static enum dump_verdict dump_parse(struct span text, struct bytes *out,
				    struct cli_err *err)
{
	struct span line;
	size_t prev_start = 0;
	size_t prev_len = 0;
	bool repeat = false;
	bool any = false;
	enum dump_style style = DUMP_BYTES;
	bool octal = false;
	bool confirmed = false;
	unsigned int lineno = 0;

	while (next_line(&text, &line)) {
		struct span tok;
		struct span data;
		bool colon;

		lineno++;
		if (has_nul(line, lineno, err)) {
			return DUMP_ERROR;
		}
		if (!next_token(&line, false, &tok) || tok.p[0] == '#') {
			continue;
		}
		if (tok.len == 1 && tok.p[0] == '*') {
			repeat = true; /* lines equal to the one before */
			continue;
		}
		if (repeat && prev_len != 0 &&
		    !expand_repeat(tok, prev_start, prev_len, octal, out,
				   err)) {
			return DUMP_ERROR;
		}
		repeat = false;
		if (any && style == DUMP_WORDS && end_offset(tok, line, out)) {
			confirmed = true;
			continue;
		}
		if (!offset_is(tok, out->n, &colon)) {
			return DUMP_NOT;
		}
		/* One line "00000000 11223344" may be plain words: a dump
		 * without ':' needs a second offset that follows on. */
		confirmed = confirmed || colon || out->n != 0;
		octal = octal || (!colon && out->n != 0 &&
				  span_value(tok, 16) != out->n);
		if (!any) {
			/* 6/7-digit offsets without ':' are od and hexdump,
			 * whose multi-byte columns are host (LE) words. */
			style = !colon && tok.len < 8 ? DUMP_WORDS : DUMP_BYTES;
			any = true;
		}
		prev_start = out->n;
		data = dump_data(line, colon);
		while (next_token(&data, false, &tok)) {
			if (!dump_token(tok, style, out, err)) {
				return DUMP_NOT;
			}
		}
		prev_len = out->n - prev_start;
	}
	return any && confirmed ? DUMP_OK : DUMP_NOT;
}

/* --- A plain stream of hex digits. --- */

static bool plain_parse(struct span text, struct bytes *out,
			struct cli_err *err)
{
	struct span line;
	unsigned int lineno = 0;

	while (next_line(&text, &line)) {
		struct span tok;
		bool first = true;

		lineno++;
		if (has_nul(line, lineno, err)) {
			return false;
		}
		while (next_token(&line, true, &tok)) {
			size_t i;

			if (tok.p[0] == '#' || tok.p[0] == '|') {
				break; /* comment, or a dump's text column */
			}
			if (first && tok.len > 1 && tok.p[tok.len - 1] == ':') {
				first = false;
				continue; /* "00000010:" offset column */
			}
			first = false;
			if (tok.len >= 2 && tok.p[0] == '0' &&
			    (tok.p[1] == 'x' || tok.p[1] == 'X')) {
				tok.p += 2;
				tok.len -= 2;
			}
			if (!all_hex(tok)) {
				err_token(err, lineno, "not hex:", tok);
				return false;
			}
			if (tok.len % 2u != 0u) {
				err_token(err, lineno,
					  "odd number of hex digits in", tok);
				return false;
			}
			for (i = 0; i < tok.len; i += 2) {
				if (!put(out,
					 (uint8_t)(hex_digit(tok.p[i]) << 4 |
						   hex_digit(tok.p[i + 1])),
					 err)) {
					return false;
				}
			}
		}
	}
	return true;
}

bool cli_hex_parse(const char *text, size_t len, uint8_t **bytes, size_t *n,
		   struct cli_err *err)
{
	struct span all = {text, len};
	struct bytes out = {NULL, 0, 0};
	enum dump_verdict v = dump_parse(all, &out, err);

	if (v == DUMP_NOT) {
		/* Not a consistent dump: every token is data. */
		out.n = 0;
		v = plain_parse(all, &out, err) ? DUMP_OK : DUMP_ERROR;
	}
	if (v != DUMP_OK) {
		free(out.b);
		return false;
	}
	*bytes = out.b;
	*n = out.n;
	return true;
}

/* --- Register frames from log text. --- */

/* "x12", "w3", "a0", "r7", "[x3]" -> 12, 3, 0, 7, 3; -1 if not a name. */
static int reg_index(struct span t)
{
	unsigned int n = 0;
	size_t i = 1;

	if (t.len != 0 && t.p[0] == '[') {
		if (t.len < 2 || t.p[t.len - 1] != ']') {
			return -1;
		}
		t.p++;
		t.len -= 2;
	}
	if (t.len < 2 || t.len > 3 || strchr("xXwWaArR", t.p[0]) == NULL) {
		return -1;
	}
	for (; i < t.len; i++) {
		if (t.p[i] < '0' || t.p[i] > '9') {
			return -1;
		}
		n = n * 10u + (unsigned int)(t.p[i] - '0');
	}
	return n < CLI_REG_NAMES ? (int)n : -1;
}

/* Split "x1=0x2" / "x1:" at the first '=' or ':'. */
static bool split_assign(struct span t, struct span *name, struct span *value)
{
	size_t i;

	for (i = 0; i < t.len; i++) {
		if (t.p[i] == '=' || t.p[i] == ':') {
			name->p = t.p;
			name->len = i;
			value->p = t.p + i + 1;
			value->len = t.len - i - 1;
			return true;
		}
	}
	return false;
}

/* A register value: hex with or without 0x, as logs print it. */
static bool reg_value(struct span t, uint64_t *v)
{
	if (t.len >= 2 && t.p[0] == '0' && (t.p[1] == 'x' || t.p[1] == 'X')) {
		t.p += 2;
		t.len -= 2;
	}
	if (!all_hex(t)) {
		return false;
	}
	while (t.len > 1 && t.p[0] == '0') {
		t.p++;
		t.len--;
	}
	if (t.len > 16) {
		return false;
	}
	*v = span_value(t, 16);
	return true;
}

/* Does this token name a register ("x1", "x1=..", "[x3]:")? */
static bool names_reg(struct span t)
{
	struct span name;
	struct span value;

	if (split_assign(t, &name, &value)) {
		t = name;
	}
	return reg_index(t) >= 0;
}

struct frames {
	struct cli_frame *f;
	size_t count;
	size_t cap;
	int next; /* next positional register of the open frame */
};

static struct cli_frame *open_frame(struct frames *fs, unsigned int line,
				    struct cli_err *err)
{
	struct cli_frame *f;

	if (fs->count == fs->cap) {
		size_t bigger = fs->cap == 0 ? 4 : fs->cap * 2;
		struct cli_frame *nf =
			bigger <= SIZE_MAX / sizeof(*nf)
				? realloc(fs->f, bigger * sizeof(*nf))
				: NULL;

		if (nf == NULL) {
			err_set(err, "out of memory");
			return NULL;
		}
		fs->f = nf;
		fs->cap = bigger;
	}
	f = &fs->f[fs->count++];
	memset(f, 0, sizeof(*f));
	f->line = line;
	fs->next = 0;
	return f;
}

/* The frame a register goes to: a new one for x0 once this has some. */
static struct cli_frame *frame_for(struct frames *fs, int idx, bool fresh,
				   unsigned int line, struct cli_err *err)
{
	struct cli_frame *f = fs->count != 0 ? &fs->f[fs->count - 1] : NULL;

	if (f == NULL || fresh || (idx == 0 && f->set != 0)) {
		return open_frame(fs, line, err);
	}
	if (f->set == 0) {
		f->line = line;
	}
	return f;
}

static bool set_reg(struct frames *fs, int idx, uint64_t v, bool fresh,
		    unsigned int line, struct cli_err *err)
{
	struct cli_frame *f = frame_for(fs, idx, fresh, line, err);

	if (f == NULL) {
		return false;
	}
	f->x[idx] = v;
	f->set |= 1u << idx;
	fs->next = idx + 1;
	return true;
}

/* Index of the line's first token naming a register, or 0 if none. */
static size_t skip_prefix(struct span line, bool logs, struct span *body)
{
	struct span rest = line;
	struct span tok;
	bool bracket = false;

	*body = line;
	if (!logs) {
		return 0;
	}
	while (next_token(&rest, true, &tok)) {
		if (names_reg(tok)) {
			body->p = tok.p;
			body->len = (size_t)(line.p + line.len - tok.p);
			return 1;
		}
	}
	/* No register named: drop a leading "[    3.36]" timestamp. */
	rest = line;
	while (next_token(&rest, true, &tok)) {
		if (!bracket && tok.p[0] != '[') {
			break;
		}
		bracket = true;
		if (tok.p[tok.len - 1] == ']') {
			bracket = false;
			*body = rest;
		}
	}
	return 0;
}

static bool frames_line(struct frames *fs, struct span line,
			unsigned int lineno, bool logs, struct cli_err *err)
{
	unsigned int where = logs ? lineno : 0;
	struct span body;
	struct span tok;
	struct span rest;
	size_t bare = 0;
	bool named = skip_prefix(line, logs, &body) != 0;
	bool fresh;
	int pending = -1;

	/* A line of two or more bare values is a frame of its own. */
	rest = body;
	while (!named && next_token(&rest, true, &tok)) {
		bare++;
	}
	fresh = bare >= 2 && fs->count != 0 && fs->f[fs->count - 1].set != 0;
	while (next_token(&body, true, &tok)) {
		struct span name;
		struct span value;
		uint64_t v;
		int idx;

		if (tok.len == 1 && (tok.p[0] == '=' || tok.p[0] == ':')) {
			continue; /* "x2 = 0x70" */
		}
		if (split_assign(tok, &name, &value)) {
			idx = reg_index(name);
			if (idx < 0) {
				err_token(err, where,
					  "not a register name:", tok);
				return false;
			}
			if (value.len == 0) {
				pending = idx; /* "x1:" then the value */
				continue;
			}
			if (!reg_value(value, &v)) {
				err_token(err, where, "not a value:", value);
				return false;
			}
			if (!set_reg(fs, idx, v, false, lineno, err)) {
				return false;
			}
			continue;
		}
		idx = reg_index(tok);
		if (idx >= 0) {
			pending = idx;
			continue;
		}
		if (!reg_value(tok, &v)) {
			err_token(err, where, "not a value:", tok);
			return false;
		}
		if (pending >= 0) {
			idx = pending;
			pending = -1;
		} else {
			idx = fresh ? 0 : fs->next;
			if (fs->count == 0 || fs->f[fs->count - 1].set == 0) {
				idx = 0;
			}
		}
		if (idx >= 18) {
			err_token(err, where,
				  "more than 18 register values (x0-x17) at",
				  tok);
			return false;
		}
		if (!set_reg(fs, idx, v, fresh, lineno, err)) {
			return false;
		}
		fresh = false;
	}
	return true;
}

bool cli_frames_parse(const char *text, size_t len, bool logs,
		      struct cli_frame **frames, size_t *count,
		      struct cli_err *err)
{
	struct span rest = {text, len};
	struct span line;
	struct frames fs = {NULL, 0, 0, 0};
	unsigned int lineno = 0;

	while (next_line(&rest, &line)) {
		struct span probe = line;
		struct span tok;

		lineno++;
		if (has_nul(line, lineno, err)) {
			free(fs.f);
			return false;
		}
		if (!next_token(&probe, true, &tok)) {
			/* A blank line closes the frame. */
			if (fs.count != 0 && fs.f[fs.count - 1].set != 0 &&
			    open_frame(&fs, lineno, err) == NULL) {
				free(fs.f);
				return false;
			}
			continue;
		}
		if (!frames_line(&fs, line, lineno, logs, err)) {
			free(fs.f);
			return false;
		}
	}
	/* Drop a trailing empty frame left by a blank line. */
	if (fs.count != 0 && fs.f[fs.count - 1].set == 0) {
		fs.count--;
	}
	*frames = fs.f;
	*count = fs.count;
	return true;
}
