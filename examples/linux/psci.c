/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * The PSCI and SMCCC arch calls a single-CPU Linux makes of its EL3
 * firmware. Linux finds its SMCCC conduit through PSCI (PSCI_FEATURES of
 * SMCCC_VERSION, then SMCCC_VERSION: DEN0028 s7.2-7.3), and the FF-A
 * driver uses that conduit; SYSTEM_OFF ends the run.
 */
#include "ffa/smccc.h"

#include "fw.h"

#define PSCI_VERSION	       0x84000000u
#define PSCI_CPU_OFF	       0x84000002u
#define PSCI_MIGRATE_INFO_TYPE 0x84000006u
#define PSCI_SYSTEM_OFF	       0x84000008u
#define PSCI_SYSTEM_RESET      0x84000009u
#define PSCI_FEATURES	       0x8400000Au
#define SMCCC_VERSION	       0x80000000u
#define SMCCC_ARCH_FEATURES    0x80000001u

#define PSCI_1_0		   0x00010000u
#define PSCI_TOS_NOT_PRESENT_MP	   2u	      /* no Trusted OS to migrate */
#define PSCI_RET_NOT_SUPPORTED	   UINT64_MAX /* -1 */
#define PSCI_RET_INVALID_PARAMETER (UINT64_MAX - 1u) /* -2 */

static bool implemented(uint32_t fid)
{
	switch (fid) {
	case PSCI_VERSION:
	case PSCI_MIGRATE_INFO_TYPE:
	case PSCI_SYSTEM_OFF:
	case PSCI_SYSTEM_RESET:
	case PSCI_FEATURES:
	case SMCCC_VERSION:
		return true;
	default:
		return false;
	}
}

bool fw_psci_handle(struct rt_frame *frame)
{
	uint32_t fid = (uint32_t)frame->x[0];

	switch (fid) {
	case PSCI_VERSION:
		frame->x[0] = PSCI_1_0;
		return true;
	case PSCI_MIGRATE_INFO_TYPE:
		frame->x[0] = PSCI_TOS_NOT_PRESENT_MP;
		return true;
	case PSCI_SYSTEM_OFF:
		rt_puts("fw: PSCI SYSTEM_OFF\n");
		fw_exit(0);
	case PSCI_SYSTEM_RESET:
		rt_puts("fw: PSCI SYSTEM_RESET\n");
		fw_exit(1);
	case PSCI_FEATURES:
		frame->x[0] = implemented((uint32_t)frame->x[1])
				      ? 0u
				      : PSCI_RET_NOT_SUPPORTED;
		return true;
	case SMCCC_VERSION:
		frame->x[0] = LIBFFA_SMCCC_VERSION_1_2;
		return true;
	case SMCCC_ARCH_FEATURES:
		/* No firmware workarounds, no SOC_ID. */
		frame->x[0] = PSCI_RET_NOT_SUPPORTED;
		return true;
	case PSCI_CPU_OFF:
		/* The only CPU: nothing to hand its work to. */
		frame->x[0] = PSCI_RET_NOT_SUPPORTED;
		return true;
	default:
		break;
	}
	/* Any other PSCI (0x84/0xC4 0x00-0x1F) or arch (0x80 00xx) call. */
	if ((fid & 0xBFFFFFE0u) == 0x84000000u ||
	    (fid & 0xFFFFFF00u) == 0x80000000u) {
		frame->x[0] = PSCI_RET_NOT_SUPPORTED;
		return true;
	}
	return false;
}
