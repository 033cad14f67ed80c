/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * Dropping to a lower exception level with its own stack (MMU off).
 */
	.text
/*
 * void rt_enter_el2(void (*entry)(void)) - from EL3: non-secure, AArch64
 * EL2 with HVC enabled, SMC and pointer authentication not trapped,
 * vectors rt_vectors_el2, then
 * eret to @entry at EL2h on __stack_el2_top. Does not return.
 */
	.global	rt_enter_el2
rt_enter_el2:
	/* SCR_EL3: API | APK (no pointer-auth traps) | RW | HCE | RES1(5:4)
	 * | NS */
	ldr	x1, =0x30531
	msr	scr_el3, x1
	ldr	x1, =0x30c50830		/* SCTLR_EL2 RES1 bits, MMU off */
	msr	sctlr_el2, x1
	ldr	x1, =__stack_el2_top
	msr	sp_el2, x1
	ldr	x1, =rt_vectors_el2
	msr	vbar_el2, x1
	msr	elr_el3, x0
	mov	x1, #0x3c9		/* EL2h, DAIF masked */
	msr	spsr_el3, x1
	isb
	eret

/*
 * void rt_enter_el1(void (*entry)(void)) - from EL2: AArch64 EL1 (HCR_EL2
 * RW only, so SMC and HVC from EL1 are not trapped by TSC), vectors
 * rt_vectors_el1, eret to @entry at EL1h on __stack_el1_top. Does not
 * return.
 */
	.global	rt_enter_el1
rt_enter_el1:
	mov	x1, #(1 << 31)		/* HCR_EL2.RW */
	msr	hcr_el2, x1
	ldr	x1, =0x30d00800		/* SCTLR_EL1 RES1 bits, MMU off */
	msr	sctlr_el1, x1
	ldr	x1, =__stack_el1_top
	msr	sp_el1, x1
	ldr	x1, =rt_vectors_el1
	msr	vbar_el1, x1
	msr	elr_el2, x0
	mov	x1, #0x3c5		/* EL1h, DAIF masked */
	msr	spsr_el2, x1
	isb
	eret
	.ltorg
