/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * Shared by the example roles: a caller-supplied log callback and the
 * transcript lines that show each FF-A frame decoded by name at the
 * boundary it crosses. Freestanding: no libc, only libffa and print.h.
 */
#ifndef EXAMPLE_COMMON_H
#define EXAMPLE_COMMON_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "ffa/abi.h"
#include "ffa/regs.h"
#include "ffa/version.h"

/** Longest line a role logs (longer lines are truncated). */
#define EXAMPLE_LINE_MAX 512

/**
 * struct example_log - where a role writes its transcript.
 * @fn:  called once per line (no trailing newline); NULL: silent.
 * @ctx: passed to @fn.
 */
struct example_log {
	void (*fn)(void *ctx, const char *line);
	void *ctx;
};

/** example_log_line() - log one line as is. */
void example_log_line(const struct example_log *log, const char *line);

/**
 * example_log_frame() - "<edge> <frame decoded by name>" for a call frame,
 * or any frame that carries its own function ID.
 * @log:     the log.
 * @edge:    e.g. "[client->proxy]".
 * @frame:   the frame (untrusted: a frame that does not decode says why).
 * @version: the version in force on that boundary.
 */
void example_log_frame(const struct example_log *log, const char *edge,
		       const struct libffa_regs *frame,
		       libffa_version_t version);

/**
 * example_log_reply() - the same for a reply, decoded against its call so
 * that bare answers (FFA_VERSION -> 1.2) and FFA_SUCCESS results print with
 * their meaning.
 */
void example_log_reply(const struct example_log *log, const char *edge,
		       const struct libffa_regs *call,
		       const struct libffa_regs *reply,
		       libffa_version_t version);

/**
 * example_log_value() - "<who>: <what> 0x<value>".
 */
void example_log_value(const struct example_log *log, const char *who,
		       const char *what, uint64_t value);

/**
 * struct example_line - a small bounded line builder (no libc).
 */
struct example_line {
	char buf[EXAMPLE_LINE_MAX];
	size_t len;
};

void example_line_init(struct example_line *l);
void example_line_str(struct example_line *l, const char *s);
void example_line_hex(struct example_line *l, uint64_t v);
void example_line_dec(struct example_line *l, uint64_t v);
void example_line_emit(struct example_line *l, const struct example_log *log);

/**
 * example_ptr() - the buffer at a physical address. The examples run with
 * an identity map (host demo: the address is the pointer; bare metal:
 * MMU off or flat-mapped), so an address from a register is dereferenced
 * directly. A real hypervisor or SPMC maps it first.
 */
static inline void *example_ptr(uint64_t address)
{
	return (void *)(uintptr_t)address;
}

/** example_addr() - the address of a buffer (see example_ptr()). */
static inline uint64_t example_addr(const void *p)
{
	return (uint64_t)(uintptr_t)p;
}

/**
 * example_error_frame() - write FFA_ERROR_32(@code) into @out.
 * @out:     the frame.
 * @code:    an &enum libffa_ret value.
 * @version: version of the boundary.
 */
void example_error_frame(struct libffa_regs *out, int32_t code,
			 libffa_version_t version);

/**
 * example_success_frame() - FFA_SUCCESS_32 with w2/w3 (zero-extended).
 */
void example_success_frame(struct libffa_regs *out, uint32_t w2, uint32_t w3);

/**
 * example_frame_error() - is @frame FFA_ERROR (either width)?
 * @code: out, may be NULL: w2 as a signed 32-bit code.
 */
bool example_frame_error(const struct libffa_regs *frame, int32_t *code);

/** example_frame_is() - does w0 (SVE hint ignored) name @abi (any width)? */
bool example_frame_is(const struct libffa_regs *frame, enum libffa_abi abi);

#endif /* EXAMPLE_COMMON_H */
