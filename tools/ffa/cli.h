/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * Shared helpers of the ffa command-line tool (host only, may use libc).
 * Every subcommand lives in cmd_<name>.c and exports
 * int ffa_cmd_<name>(int argc, char **argv), argv[0] being the subcommand.
 * Exit status: 0 success, 1 invalid input (the reason printed), 2 usage.
 */
#ifndef FFA_CLI_H
#define FFA_CLI_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "ffa/version.h"

#define CLI_EXIT_OK	 0
#define CLI_EXIT_INVALID 1
#define CLI_EXIT_USAGE	 2

/* Common options: --version M.m and --json, removed from argv in place.
 * Returns false (after printing why) on a malformed option. */
struct cli_opts {
	libffa_version_t version; /* default 1.2 */
	bool json;
};
bool cli_parse_common(int *argc, char **argv, struct cli_opts *opts);

/* Is there a "--help" or "-h" among argv[1..]? */
bool cli_wants_help(int argc, char **argv);

/* "1.2" -> 0x00010002. */
bool cli_parse_version(const char *text, libffa_version_t *version);

/* Unsigned integer in C syntax (0x.., decimal), full 64 bits. */
bool cli_parse_u64(const char *text, uint64_t *value);

/*
 * Read hex bytes from a file ("-" or NULL: stdin), of any length, in the
 * forms cli_hex_parse() takes (plain hex, xxd, hexdump -C, od -A x). The
 * caller frees *bytes. Returns false and prints why on error.
 */
bool cli_read_hex_file(const char *path, uint8_t **bytes, size_t *len);

/* JSON output helpers: strings are escaped. */
void cli_json_string(FILE *out, const char *text);

/* Print "error: <what>" to stderr. */
void cli_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* Format a UUID (RFC 4122 text) into buf[37]. */
struct libffa_uuid;
void cli_uuid_format(const struct libffa_uuid *uuid, char buf[37]);
bool cli_uuid_parse(const char *text, struct libffa_uuid *uuid);

/* Frames and messages (cli_msg.c). */
struct libffa_regs;
struct libffa_msg;
/* The JSON object of a decoded message (abi, fid, conv, kind, version,
 * fields), then `extra` (members with a leading comma, or NULL). */
void cli_msg_json(FILE *out, const struct libffa_msg *msg,
		  const struct libffa_regs *regs, libffa_version_t version,
		  const char *extra);
/* Apply "field=value" to a message (see docs/cli.md for value forms). */
bool cli_msg_assign(struct libffa_msg *msg, const char *assignment);
/* The display name of a message's ABI with width ("FFA_MEM_SHARE_64"). */
void cli_abi_display_name(const struct libffa_msg *msg, char *buf, size_t size);

/* Subcommands (weak: a build without one reports it as unavailable). */
#define FFA_CLI_COMMANDS(X)                                      \
	X(list, "list every ABI with its IDs and versions")      \
	X(decode, "decode a register frame")                     \
	X(encode, "encode a message into x0-x17")                \
	X(mem, "decode or build memory transaction descriptors") \
	X(partinfo, "decode partition information descriptors")  \
	X(msg2, "decode an FFA_MSG_SEND2 message header")        \
	X(notify, "decode notification info lists")              \
	X(bootinfo, "decode FF-A boot information")

#define FFA_CLI_DECLARE_(name, help) \
	int ffa_cmd_##name(int argc, char **argv) __attribute__((weak));
FFA_CLI_COMMANDS(FFA_CLI_DECLARE_)
#undef FFA_CLI_DECLARE_

#endif /* FFA_CLI_H */
