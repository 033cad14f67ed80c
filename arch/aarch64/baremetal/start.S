/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * The start-up of every image loaded where it runs (examples/qemu at EL3,
 * examples/tfa's SP at S-EL1 and BL33 at NS-EL2, tests/qemu at EL3): the
 * stack at __stack_top (from the image's linker script), .bss cleared,
 * the vectors of the EL it was entered at (at EL3 also no FP/SIMD traps),
 * then rt_main(), which checks that EL itself. rt_main() returning is a
 * failure (exit 1). (examples/linux's firmware first copies itself from
 * flash: its own boot.S.)
 */
	.section .text.boot, "ax"
	.global	_start
	.type	_start, %function
_start:
	ldr	x0, =__stack_top
	mov	sp, x0
	ldr	x0, =__bss_start
	ldr	x1, =__bss_end
1:	cmp	x0, x1
	b.hs	2f
	str	xzr, [x0], #8
	b	1b
2:	mrs	x0, CurrentEL
	cmp	x0, #(3 << 2)
	b.ne	3f
	ldr	x1, =rt_vectors_el3
	msr	vbar_el3, x1
	msr	cptr_el3, xzr
	b	5f
3:	cmp	x0, #(2 << 2)
	b.ne	4f
	ldr	x1, =rt_vectors_el2
	msr	vbar_el2, x1
	b	5f
4:	ldr	x1, =rt_vectors_el1
	msr	vbar_el1, x1
5:	isb
	bl	rt_main
	mov	x0, #1
	bl	rt_exit
	.size	_start, . - _start
	.ltorg
