/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * The consumer test program: checks that the library it runs with is the
 * version of the headers it was built with (libffa_lib_version()), encodes
 * an FFA_VERSION call, checks the frame, decodes it back and checks the
 * fields. Built by each consumer (add_subdirectory, find_package,
 * pkg-config, the shared library, the installed .deb) and run.
 */
#include <stdio.h>

#include "ffa/ffa.h"

int main(void)
{
	struct libffa_msg msg;
	struct libffa_msg back;
	struct libffa_regs regs;

	if (libffa_lib_version() != LIBFFA_LIB_VERSION) {
		fprintf(stderr, "library %#x, headers %#x\n",
			(unsigned)libffa_lib_version(),
			(unsigned)LIBFFA_LIB_VERSION);
		return 1;
	}
	libffa_msg_init(&msg, LIBFFA_ABI_VERSION, LIBFFA_MSG_ARGS, false);
	msg.args.version.version = LIBFFA_VERSION_1_2;
	if (libffa_msg_encode(&msg, LIBFFA_VERSION_1_2, &regs) != LIBFFA_OK) {
		fprintf(stderr, "encode failed\n");
		return 1;
	}
	if (regs.x[0] != 0x84000063u || regs.x[1] != 0x10002u) {
		fprintf(stderr, "bad frame: x0=%#llx x1=%#llx\n",
			(unsigned long long)regs.x[0],
			(unsigned long long)regs.x[1]);
		return 1;
	}
	if (libffa_msg_decode(&regs, LIBFFA_VERSION_1_2, &back) != LIBFFA_OK ||
	    back.abi != LIBFFA_ABI_VERSION ||
	    back.args.version.version != LIBFFA_VERSION_1_2) {
		fprintf(stderr, "decode failed\n");
		return 1;
	}
	printf("libffa %d.%d.%d: FFA_VERSION frame: x0=%#llx x1=%#llx: ok\n",
	       LIBFFA_LIB_VERSION_MAJOR, LIBFFA_LIB_VERSION_MINOR,
	       LIBFFA_LIB_VERSION_PATCH, (unsigned long long)regs.x[0],
	       (unsigned long long)regs.x[1]);
	return 0;
}
