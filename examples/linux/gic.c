/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * GICv3 set-up that only the Secure side can do (IHI0069 s12.9, s12.11):
 * out of reset every interrupt is Group 0 (Secure), which a non-secure
 * kernel can neither configure nor receive. Put them all in Non-secure
 * Group 1, turn affinity routing on for both states and wake the
 * redistributor of this (only) CPU.
 */
#include "fw.h"

#define GICD_BASE	 0x08000000ul /* QEMU virt */
#define GICR_BASE	 0x080A0000ul
#define GICR_SGI_BASE	 (GICR_BASE + 0x10000ul)
#define GICD_CTLR	 0x0000u
#define GICD_TYPER	 0x0004u
#define GICD_IGROUPR	 0x0080u
#define GICD_IGRPMODR	 0x0D00u
#define GICD_CTLR_RWP	 (1u << 31)
#define GICD_CTLR_ARE_S	 (1u << 4)
#define GICD_CTLR_ARE_NS (1u << 5)
#define GICR_WAKER	 0x0014u
#define GICR_WAKER_PS	 (1u << 1)
#define GICR_WAKER_CA	 (1u << 2)
#define GICR_IGROUPR0	 0x0080u
#define GICR_IGRPMODR0	 0x0D00u

static volatile uint32_t *reg(unsigned long base, uint32_t off)
{
	return (volatile uint32_t *)(base + off);
}

void fw_gic_init(void)
{
	uint32_t lines = (*reg(GICD_BASE, GICD_TYPER) & 0x1Fu) + 1u;
	uint32_t i;

	*reg(GICD_BASE, GICD_CTLR) = GICD_CTLR_ARE_S | GICD_CTLR_ARE_NS;
	while ((*reg(GICD_BASE, GICD_CTLR) & GICD_CTLR_RWP) != 0u) {
	}
	for (i = 1; i < lines; i++) {
		*reg(GICD_BASE, GICD_IGROUPR + 4u * i) = 0xFFFFFFFFu;
		*reg(GICD_BASE, GICD_IGRPMODR + 4u * i) = 0u;
	}
	*reg(GICR_BASE, GICR_WAKER) &= ~GICR_WAKER_PS;
	while ((*reg(GICR_BASE, GICR_WAKER) & GICR_WAKER_CA) != 0u) {
	}
	*reg(GICR_SGI_BASE, GICR_IGROUPR0) = 0xFFFFFFFFu;
	*reg(GICR_SGI_BASE, GICR_IGRPMODR0) = 0u;
}
