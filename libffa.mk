# SPDX-License-Identifier: BSD-3-Clause
# Copyright (c) 2026, The libffa Authors.
#
# libffa.mk - the libffa core for Make and Kbuild builds (the role of
# libfdt's Makefile.libfdt): lists only, no rules, no flags forced on you.
# Paths are relative to the top of the libffa tree; prefix them with where
# you keep it:
#
#   LIBFFA_DIR := lib/libffa
#   include $(LIBFFA_DIR)/libffa.mk
#   OBJS += $(addprefix $(LIBFFA_DIR)/,$(LIBFFA_OBJS))
#   CFLAGS += $(addprefix -I$(LIBFFA_DIR)/,$(LIBFFA_INCLUDES))
#
# The core is freestanding C11: it needs <stdbool.h>, <stddef.h> and
# <stdint.h> (the compiler's own; -nostdinc builds keep
# -isystem $(shell $(CC) -print-file-name=include)) and imports only
# memcpy, memmove, memset and memcmp. It has no writable global data.
# docs/integrate.md shows TF-A, Hafnium, U-Boot, OP-TEE, Zephyr and Kbuild.
# A test (tests/build/make) keeps LIBFFA_SRCS equal to src/*.c and builds
# the core with these lists alone for aarch64 with kernel-style flags.

# The core's C sources.
LIBFFA_SRCS = \
	src/abi.c \
	src/bootinfo.c \
	src/call.c \
	src/copyback.c \
	src/framework.c \
	src/indirect.c \
	src/libversion.c \
	src/mem_build.c \
	src/mem_frag.c \
	src/mem_hyp.c \
	src/mem_parse.c \
	src/mem_size.c \
	src/mem_xlate.c \
	src/msg_codec.c \
	src/msg_decode.c \
	src/msg_encode.c \
	src/msg_field.c \
	src/msg_framework.c \
	src/notify.c \
	src/notify_table.c \
	src/ops.c \
	src/partition.c \
	src/print.c \
	src/reply.c \
	src/runtime.c \
	src/smccc.c \
	src/status.c \
	src/version_callee.c \
	src/version_caller.c \
	src/version_policy.c \
	src/version_proxy.c

LIBFFA_OBJS = $(LIBFFA_SRCS:%.c=%.o)

# Include directories: include/ holds the public headers (<ffa/ffa.h>);
# src/ the core's private headers, needed only to compile LIBFFA_SRCS.
LIBFFA_INCLUDES = include src
LIBFFA_PUBLIC_INCLUDES = include

# Flags the core is tested with on aarch64 (what EL2/EL3 code needs: no
# FP/SIMD registers, no unaligned access with the MMU off), for builds
# that do not already set them.
LIBFFA_CFLAGS_AARCH64 = -ffreestanding -fno-builtin -fno-common \
	-mgeneral-regs-only -mstrict-align
