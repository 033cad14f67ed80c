/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * Start-up of the own-firmware demo image. QEMU starts a -kernel ELF at
 * its entry at EL3 (secure=on) and then leaves SMCs to us. EL3 sets its
 * stack, clears .bss, installs its vectors and calls demo_el3_main(); that
 * calls rt_enter_el2() (enter.S), which erets to NS-EL2, where demo_el2_main() runs
 * and calls rt_enter_el1() for the client at NS-EL1.
 */
	.section .text.boot, "ax"
	.global	_start
_start:
	mrs	x0, CurrentEL
	cmp	x0, #(3 << 2)
	b.ne	not_el3
	ldr	x0, =__stack_el3_top
	mov	sp, x0
	ldr	x0, =__bss_start
	ldr	x1, =__bss_end
1:	cmp	x0, x1
	b.hs	2f
	str	xzr, [x0], #8
	b	1b
2:	ldr	x0, =rt_vectors_el3
	msr	vbar_el3, x0
	msr	cptr_el3, xzr
	isb
	bl	demo_el3_main
	mov	x0, #1
	bl	rt_exit
not_el3:
	ldr	x0, =__stack_el3_top
	mov	sp, x0
	mov	x0, #2
	bl	rt_exit
