/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * The Linux-interop EL3 firmware (docs/interop.md): where run.sh puts the
 * kernel and its device tree, and the parts of the firmware.
 */
#ifndef LIBFFA_FW_H
#define LIBFFA_FW_H

#include <stdbool.h>
#include <stdint.h>

#include "rt.h"

/* run.sh loads the Image and the patched DTB here (-device loader). */
#define FW_KERNEL_ENTRY 0x40200000ul
#define FW_DTB_ADDRESS	0x47f00000ul

/* fw_gic_init() - hand every interrupt of QEMU virt's GICv3 to NS Group 1. */
void fw_gic_init(void);

/*
 * fw_psci_handle() - the minimal PSCI 1.0 / SMCCC 1.2 firmware services
 * Linux needs (DEN0022 s5, DEN0028 s7): answer @frame if its function ID
 * is one of them.
 *
 * Return: false when the function ID is not a PSCI or SMCCC arch call.
 */
bool fw_psci_handle(struct rt_frame *frame);

/* Exit with the verdict of a PSCI SYSTEM_OFF (0) or SYSTEM_RESET (1). */
void fw_exit(unsigned int code) __attribute__((noreturn));

void fw_enter_ns_el2(uint64_t entry, uint64_t dtb) __attribute__((noreturn));

#endif /* LIBFFA_FW_H */
