/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * Entry of the normal-world image (BL33): TF-A's BL31 erets to it at
 * NS-EL2 (the virt machine has virtualization=on). Set the EL2 stack,
 * clear .bss, install the EL2 vectors (the proxy's HVC handler) and run
 * demo_bl33_main() at EL2.
 */
	.section .text.boot, "ax"
	.global	_start
_start:
	ldr	x0, =__stack_el2_top
	mov	sp, x0
	ldr	x0, =__bss_start
	ldr	x1, =__bss_end
1:	cmp	x0, x1
	b.hs	2f
	str	xzr, [x0], #8
	b	1b
2:	ldr	x0, =rt_vectors_el2
	msr	vbar_el2, x0
	isb
	bl	demo_bl33_main
	mov	x0, #1
	bl	rt_exit
	.ltorg
