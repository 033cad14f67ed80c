/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * Transcript and frame helpers shared by the example roles (no libc).
 */
#include "example.h"

#include "ffa/msg.h"
#include "ffa/print.h"
#include "ffa/smccc.h"
#include "ffa/status.h"

void example_log_line(const struct example_log *log, const char *line)
{
	if (log != NULL && log->fn != NULL) {
		log->fn(log->ctx, line);
	}
}

void example_line_init(struct example_line *l)
{
	l->len = 0;
	l->buf[0] = '\0';
}

void example_line_str(struct example_line *l, const char *s)
{
	while (s != NULL && *s != '\0' && l->len + 1u < sizeof(l->buf)) {
		l->buf[l->len++] = *s++;
	}
	l->buf[l->len] = '\0';
}

void example_line_hex(struct example_line *l, uint64_t v)
{
	char tmp[19];
	int i = 18;

	tmp[i] = '\0';
	do {
		tmp[--i] = "0123456789abcdef"[v & 0xFu];
		v >>= 4;
	} while (v != 0u);
	tmp[--i] = 'x';
	tmp[--i] = '0';
	example_line_str(l, &tmp[i]);
}

void example_line_dec(struct example_line *l, uint64_t v)
{
	char tmp[21];
	int i = 20;

	tmp[i] = '\0';
	do {
		tmp[--i] = (char)('0' + (int)(v % 10u));
		v /= 10u;
	} while (v != 0u);
	example_line_str(l, &tmp[i]);
}

void example_line_emit(struct example_line *l, const struct example_log *log)
{
	example_log_line(log, l->buf);
	example_line_init(l);
}

void example_log_value(const struct example_log *log, const char *who,
		       const char *what, uint64_t value)
{
	struct example_line l;

	if (log == NULL || log->fn == NULL) {
		return;
	}
	example_line_init(&l);
	example_line_str(&l, who);
	example_line_str(&l, ": ");
	example_line_str(&l, what);
	example_line_str(&l, " ");
	example_line_hex(&l, value);
	example_line_emit(&l, log);
}

static void log_with_edge(const struct example_log *log, const char *edge,
			  const char *text)
{
	struct example_line l;

	example_line_init(&l);
	example_line_str(&l, edge);
	example_line_str(&l, " ");
	example_line_str(&l, text);
	example_line_emit(&l, log);
}

void example_log_frame(const struct example_log *log, const char *edge,
		       const struct libffa_regs *frame,
		       libffa_version_t version)
{
	char text[EXAMPLE_LINE_MAX - 32];
	struct libffa_print_work work;

	if (log == NULL || log->fn == NULL) {
		return;
	}
	(void)libffa_print_regs(text, sizeof(text), frame, version, &work);
	log_with_edge(log, edge, text);
}

void example_log_reply(const struct example_log *log, const char *edge,
		       const struct libffa_regs *call,
		       const struct libffa_regs *reply,
		       libffa_version_t version)
{
	char text[EXAMPLE_LINE_MAX - 32];
	struct libffa_print_work work;
	struct libffa_msg msg;
	enum libffa_abi abi;
	bool smc64;

	if (log == NULL || log->fn == NULL) {
		return;
	}
	if (libffa_abi_from_fid(libffa_regs_w(call, 0), &abi, &smc64) !=
		    LIBFFA_OK ||
	    libffa_msg_decode_reply(reply, version, abi, LIBFFA_DECODE_TOLERANT,
				    &msg, NULL) != LIBFFA_OK) {
		/* Not decodable against the call: print it on its own. */
		(void)libffa_print_regs(text, sizeof(text), reply, version,
					&work);
	} else {
		(void)libffa_print_msg(text, sizeof(text), &msg, version);
	}
	log_with_edge(log, edge, text);
}

void example_error_frame(struct libffa_regs *out, int32_t code,
			 libffa_version_t version)
{
	struct libffa_msg msg;

	libffa_msg_error(&msg, code);
	if (libffa_msg_encode(&msg, version, out) != LIBFFA_OK) {
		libffa_regs_clear(out);
		libffa_regs_set_w(out, 0, LIBFFA_FID_32(LIBFFA_FNUM_ERROR));
		libffa_regs_set_w(out, 2, (uint32_t)code);
	}
}

void example_success_frame(struct libffa_regs *out, uint32_t w2, uint32_t w3)
{
	libffa_regs_clear(out);
	libffa_regs_set_w(out, 0, LIBFFA_FID_32(LIBFFA_FNUM_SUCCESS));
	libffa_regs_set_w(out, 2, w2);
	libffa_regs_set_w(out, 3, w3);
}

bool example_frame_is(const struct libffa_regs *frame, enum libffa_abi abi)
{
	enum libffa_abi got;
	bool smc64;

	return libffa_abi_from_fid(libffa_regs_w(frame, 0), &got, &smc64) ==
		       LIBFFA_OK &&
	       got == abi;
}

bool example_frame_error(const struct libffa_regs *frame, int32_t *code)
{
	if (!example_frame_is(frame, LIBFFA_ABI_ERROR)) {
		return false;
	}
	if (code != NULL) {
		*code = (int32_t)libffa_regs_w(frame, 2);
	}
	return true;
}
