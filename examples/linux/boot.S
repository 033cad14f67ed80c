/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * Start-up of the Linux-interop EL3 firmware (fw.ld): copy the image from
 * flash to Secure RAM, set up EL3 for a non-secure EL2 kernel (the arm64
 * boot protocol's EL3 requirements: Documentation/arch/arm64/booting.rst),
 * clear .bss, install the EL3 vectors and call fw_main().
 */
	.section .text.flash, "ax"
	.global	_start
_start:
	ldr	x0, =__image_load
	ldr	x1, =__image_start
	ldr	x2, =__image_end
1:	cmp	x1, x2
	b.hs	2f
	ldp	x3, x4, [x0], #16
	stp	x3, x4, [x1], #16
	b	1b
2:	ldr	x0, =fw_start
	br	x0
	.ltorg

	.section .text.boot, "ax"
fw_start:
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
	/* CPTR_EL3: no FP/SIMD, SVE (EZ) or SME (ESM) traps. */
	mov	x0, #0x1100
	msr	cptr_el3, x0
	/* MDCR_EL3: no debug, PMU or trace traps to EL3. */
	msr	mdcr_el3, xzr
	/*
	 * SCR_EL3 for a non-secure AArch64 EL2: NS, RES1[5:4], HCE, RW,
	 * APK/API (pointer authentication keys and instructions), EnSCXT,
	 * ATA, FGTEn, ECVEn, HXEn, EnTP2. Bits of features the CPU lacks
	 * are RES0 (ignored by QEMU).
	 */
	ldr	x0, =0x2401E030531
	msr	scr_el3, x0
	/* ICC_SRE_EL3: system-register GIC interface, open to EL2/EL1. */
	mov	x0, #0xf
	msr	S3_6_C12_C12_5, x0
	isb
	bl	fw_main
	mov	x0, #1
	bl	rt_exit

/*
 * void fw_enter_ns_el2(uint64_t entry, uint64_t dtb) - eret to @entry at
 * non-secure EL2h, MMU off, interrupts masked, x0 = @dtb, x1-x3 = 0 (the
 * arm64 Linux boot protocol). Does not return.
 */
	.text
	.global	fw_enter_ns_el2
fw_enter_ns_el2:
	msr	elr_el3, x0
	mov	x0, #0x3c9		/* EL2h, DAIF masked */
	msr	spsr_el3, x0
	ldr	x0, =0x30c50830		/* SCTLR_EL2 RES1 bits, MMU off */
	msr	sctlr_el2, x0
	msr	cntvoff_el2, xzr
	mov	x0, x1
	mov	x1, xzr
	mov	x2, xzr
	mov	x3, xzr
	isb
	eret
	.ltorg
