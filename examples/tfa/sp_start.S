/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * Entry of the libffa secure partition (BL32) under TF-A's EL3 SPMC: the
 * SPMC erets to the image base at S-EL1 with the MMU off. Set the stack,
 * clear .bss, install EL1 vectors (to report a fault, not to handle one)
 * and run demo_sp_main(), which never returns.
 */
	.section .text.boot, "ax"
	.global	_start
_start:
	ldr	x0, =__stack_top
	mov	sp, x0
	ldr	x0, =__bss_start
	ldr	x1, =__bss_end
1:	cmp	x0, x1
	b.hs	2f
	str	xzr, [x0], #8
	b	1b
2:	ldr	x0, =rt_vectors_el1
	msr	vbar_el1, x0
	isb
	bl	demo_sp_main
3:	wfi
	b	3b
	.ltorg
