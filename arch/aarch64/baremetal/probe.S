/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * Register probes (see probe.h). Plain AAPCS64 functions: everything they
 * load into callee-saved registers is saved first and restored last.
 */

/* void probe_raw_<insn>(const uint64_t in[31], uint64_t out[33]) */
.macro probe_raw insn:req
	.section .text.probe_raw_\insn, "ax", %progbits
	.global probe_raw_\insn
	.type probe_raw_\insn, %function
	.balign 4
probe_raw_\insn:
	stp x29, x30, [sp, #-112]!
	mov x29, sp
	stp x18, x19, [sp, #16]
	stp x20, x21, [sp, #32]
	stp x22, x23, [sp, #48]
	stp x24, x25, [sp, #64]
	stp x26, x27, [sp, #80]
	stp x28, x1, [sp, #96]		/* x1 = out, needed afterwards */
	mov x9, sp
	str x9, [x1, #(31 * 8)]		/* sp before */

	mov x30, x0			/* base for the loads, loaded last */
	ldp x0, x1, [x30, #0]
	ldp x2, x3, [x30, #16]
	ldp x4, x5, [x30, #32]
	ldp x6, x7, [x30, #48]
	ldp x8, x9, [x30, #64]
	ldp x10, x11, [x30, #80]
	ldp x12, x13, [x30, #96]
	ldp x14, x15, [x30, #112]
	ldp x16, x17, [x30, #128]
	ldp x18, x19, [x30, #144]
	ldp x20, x21, [x30, #160]
	ldp x22, x23, [x30, #176]
	ldp x24, x25, [x30, #192]
	ldp x26, x27, [x30, #208]
	ldp x28, x29, [x30, #224]
	ldr x30, [x30, #240]

	\insn #0

	/* Free x0 on the stack, then address out through it. If the peer
	 * moved sp, this reads garbage and the test fails, as it should. */
	str x0, [sp, #-16]!
	ldr x0, [sp, #(16 + 104)]
	stp x1, x2, [x0, #8]
	stp x3, x4, [x0, #24]
	stp x5, x6, [x0, #40]
	stp x7, x8, [x0, #56]
	stp x9, x10, [x0, #72]
	stp x11, x12, [x0, #88]
	stp x13, x14, [x0, #104]
	stp x15, x16, [x0, #120]
	stp x17, x18, [x0, #136]
	stp x19, x20, [x0, #152]
	stp x21, x22, [x0, #168]
	stp x23, x24, [x0, #184]
	stp x25, x26, [x0, #200]
	stp x27, x28, [x0, #216]
	stp x29, x30, [x0, #232]
	ldr x1, [sp], #16		/* the peer's x0 */
	str x1, [x0, #0]
	mov x9, sp
	str x9, [x0, #(32 * 8)]		/* sp after */

	ldp x18, x19, [sp, #16]
	ldp x20, x21, [sp, #32]
	ldp x22, x23, [sp, #48]
	ldp x24, x25, [sp, #64]
	ldp x26, x27, [sp, #80]
	ldr x28, [sp, #96]
	ldp x29, x30, [sp], #112
	ret
	.size probe_raw_\insn, . - probe_raw_\insn
.endm

	probe_raw smc
	probe_raw hvc
	probe_raw svc

/*
 * void probe_call(fn x0, in x1, out x2, const uint64_t sentinels[12] x3,
 *                 uint64_t after[14] x4)
 */
	.section .text.probe_call, "ax", %progbits
	.global probe_call
	.type probe_call, %function
	.balign 4
probe_call:
	stp x29, x30, [sp, #-112]!
	mov x29, sp
	stp x18, x19, [sp, #16]
	stp x20, x21, [sp, #32]
	stp x22, x23, [sp, #48]
	stp x24, x25, [sp, #64]
	stp x26, x27, [sp, #80]
	stp x28, x4, [sp, #96]		/* x4 = after */

	mov x9, sp
	str x9, [x4, #(12 * 8)]		/* sp before */
	mov x16, x0
	mov x0, x1
	mov x1, x2
	ldp x18, x19, [x3, #0]
	ldp x20, x21, [x3, #16]
	ldp x22, x23, [x3, #32]
	ldp x24, x25, [x3, #48]
	ldp x26, x27, [x3, #64]
	ldp x28, x29, [x3, #80]
	blr x16				/* back here only if x30 was honoured */

	ldr x9, [sp, #104]		/* after */
	stp x18, x19, [x9, #0]
	stp x20, x21, [x9, #16]
	stp x22, x23, [x9, #32]
	stp x24, x25, [x9, #48]
	stp x26, x27, [x9, #64]
	stp x28, x29, [x9, #80]
	mov x10, sp
	str x10, [x9, #(13 * 8)]	/* sp after */

	ldp x18, x19, [sp, #16]
	ldp x20, x21, [sp, #32]
	ldp x22, x23, [sp, #48]
	ldp x24, x25, [sp, #64]
	ldp x26, x27, [sp, #80]
	ldr x28, [sp, #96]
	ldp x29, x30, [sp], #112
	ret
	.size probe_call, . - probe_call

	.section .note.GNU-stack, "", %progbits
