/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * Exception vector tables for EL1, EL2 and EL3. Every slot saves x0-x30,
 * ESR, ELR and SPSR of its EL into a struct rt_frame on the current stack,
 * calls rt_trap_elN(slot, frame), restores x0-x30 (the handler may have
 * changed them: that is how an SMC or HVC returns its results) and erets.
 */

#define FRAME_SIZE	272	/* 31 x-registers, esr, elr, spsr: 34 * 8 */

.macro	SLOT el, kind
	.balign	0x80
	sub	sp, sp, #FRAME_SIZE
	stp	x0, x1, [sp, #0]
	mov	x0, #\kind
	b	rt_save_el\el
.endm

.macro	TABLE el
	.section .text.vectors_el\el, "ax"
	.balign	0x800
	.global	rt_vectors_el\el
rt_vectors_el\el:
	SLOT	\el, 0
	SLOT	\el, 1
	SLOT	\el, 2
	SLOT	\el, 3
	SLOT	\el, 4
	SLOT	\el, 5
	SLOT	\el, 6
	SLOT	\el, 7
	SLOT	\el, 8
	SLOT	\el, 9
	SLOT	\el, 10
	SLOT	\el, 11
	SLOT	\el, 12
	SLOT	\el, 13
	SLOT	\el, 14
	SLOT	\el, 15

rt_save_el\el:
	stp	x2, x3, [sp, #16]
	stp	x4, x5, [sp, #32]
	stp	x6, x7, [sp, #48]
	stp	x8, x9, [sp, #64]
	stp	x10, x11, [sp, #80]
	stp	x12, x13, [sp, #96]
	stp	x14, x15, [sp, #112]
	stp	x16, x17, [sp, #128]
	stp	x18, x19, [sp, #144]
	stp	x20, x21, [sp, #160]
	stp	x22, x23, [sp, #176]
	stp	x24, x25, [sp, #192]
	stp	x26, x27, [sp, #208]
	stp	x28, x29, [sp, #224]
	mrs	x1, esr_el\el
	stp	x30, x1, [sp, #240]
	mrs	x1, elr_el\el
	mrs	x2, spsr_el\el
	stp	x1, x2, [sp, #256]
	mov	x1, sp
	bl	rt_trap_el\el
	ldp	x1, x2, [sp, #256]
	msr	elr_el\el, x1
	msr	spsr_el\el, x2
	ldp	x2, x3, [sp, #16]
	ldp	x4, x5, [sp, #32]
	ldp	x6, x7, [sp, #48]
	ldp	x8, x9, [sp, #64]
	ldp	x10, x11, [sp, #80]
	ldp	x12, x13, [sp, #96]
	ldp	x14, x15, [sp, #112]
	ldp	x16, x17, [sp, #128]
	ldp	x18, x19, [sp, #144]
	ldp	x20, x21, [sp, #160]
	ldp	x22, x23, [sp, #176]
	ldp	x24, x25, [sp, #192]
	ldp	x26, x27, [sp, #208]
	ldp	x28, x29, [sp, #224]
	ldr	x30, [sp, #240]
	ldp	x0, x1, [sp, #0]
	add	sp, sp, #FRAME_SIZE
	eret
.endm

#ifndef RT_NO_EL1
	TABLE	1
#endif
#ifndef RT_NO_EL2
	TABLE	2
#endif
#ifndef RT_NO_EL3
	TABLE	3
#endif
