/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * Start-up code of the bare-metal test image for
 * qemu-system-aarch64 -M virt,secure=on,virtualization=on -kernel image.elf
 * (a non-Linux ELF starts at its entry point at EL3; QEMU's own PSCI is then
 * off, so every SMC reaches our EL3 vectors).
 *
 * Vector tables for EL3, EL2 and EL1 (Arm ARM DDI 0487, "Exception
 * vectors"): only "lower EL, AArch64, synchronous" at EL3 and EL2 is an
 * expected path, and it hands a frame to C:
 *   frame[0..30] = x0-x30 of the caller, frame[31] = ESR_ELx,
 *   frame[32] = ELR_ELx.
 * The C handler may rewrite frame[0..30]; all of x0-x30 are reloaded from
 * the frame before ERET, so what the "firmware" preserves is exactly what
 * the frame holds. Anything else ends the run via fatal_exception().
 */
#include "harness.h"

	.section .text.boot, "ax", %progbits
	.global _start
	.type _start, %function
_start:
	mrs x0, mpidr_el1
	and x0, x0, #0xffffff
	cbnz x0, park
	ldr x0, =__stack_el3_top
	mov sp, x0
	mrs x0, CurrentEL
	cmp x0, #(3 << 2)
	b.eq 1f
	mov x0, #HARNESS_EXIT_BOOT
	b semihost_exit
1:	ldr x0, =__bss_start
	ldr x1, =__bss_end
2:	cmp x0, x1
	b.hs 3f
	str xzr, [x0], #8
	b 2b
3:	bl boot_el3
park:	wfe
	b park
	.size _start, . - _start

	.text
/* void el3_enter_el2(void (*entry)(void), uint64_t sp_el2): EL2h, DAIF masked */
	.global el3_enter_el2
	.type el3_enter_el2, %function
el3_enter_el2:
	msr sp_el2, x1
	msr elr_el3, x0
	mov x2, #0x3c9
	msr spsr_el3, x2
	isb
	eret
	.size el3_enter_el2, . - el3_enter_el2

/* void el2_enter_el1(void (*entry)(void), uint64_t sp_el1): EL1h, DAIF masked */
	.global el2_enter_el1
	.type el2_enter_el1, %function
el2_enter_el1:
	msr sp_el1, x1
	msr elr_el2, x0
	mov x2, #0x3c5
	msr spsr_el2, x2
	isb
	eret
	.size el2_enter_el1, . - el2_enter_el1

/*
 * uint64_t semihost_call(uint64_t op, uint64_t param): AArch64 semihosting
 * trap (HLT #0xF000, "Semihosting for AArch32 and AArch64", Arm IHI 0056).
 */
	.global semihost_call
	.type semihost_call, %function
semihost_call:
	hlt #0xf000
	ret
	.size semihost_call, . - semihost_call

/* void semihost_exit(uint64_t code): SYS_EXIT with ADP_Stopped_ApplicationExit. */
	.global semihost_exit
	.type semihost_exit, %function
semihost_exit:
	sub sp, sp, #16
	ldr x1, =0x20026
	stp x1, x0, [sp]
	mov x1, sp
	mov x0, #0x18
	hlt #0xf000
	b park
	.size semihost_exit, . - semihost_exit

#define FRAME_SIZE (34 * 8)

.macro save_frame el
	sub sp, sp, #FRAME_SIZE
	stp x0, x1, [sp, #0]
	stp x2, x3, [sp, #16]
	stp x4, x5, [sp, #32]
	stp x6, x7, [sp, #48]
	stp x8, x9, [sp, #64]
	stp x10, x11, [sp, #80]
	stp x12, x13, [sp, #96]
	stp x14, x15, [sp, #112]
	stp x16, x17, [sp, #128]
	stp x18, x19, [sp, #144]
	stp x20, x21, [sp, #160]
	stp x22, x23, [sp, #176]
	stp x24, x25, [sp, #192]
	stp x26, x27, [sp, #208]
	stp x28, x29, [sp, #224]
	mrs x0, esr_el\el
	stp x30, x0, [sp, #240]
	mrs x0, elr_el\el
	str x0, [sp, #256]
	mov x0, sp
.endm

.macro restore_frame_eret
	ldp x0, x1, [sp, #0]
	ldp x2, x3, [sp, #16]
	ldp x4, x5, [sp, #32]
	ldp x6, x7, [sp, #48]
	ldp x8, x9, [sp, #64]
	ldp x10, x11, [sp, #80]
	ldp x12, x13, [sp, #96]
	ldp x14, x15, [sp, #112]
	ldp x16, x17, [sp, #128]
	ldp x18, x19, [sp, #144]
	ldp x20, x21, [sp, #160]
	ldp x22, x23, [sp, #176]
	ldp x24, x25, [sp, #192]
	ldp x26, x27, [sp, #208]
	ldp x28, x29, [sp, #224]
	ldr x30, [sp, #240]
	add sp, sp, #FRAME_SIZE
	eret
.endm

.macro vector_fatal el, kind
	.balign 0x80
	mov x0, #\el
	mov x1, #\kind
	mrs x2, esr_el\el
	mrs x3, elr_el\el
	b fatal_exception
.endm

.macro vector_table el, handle_lower
	.balign 0x800
	.global el\el\()_vectors
el\el\()_vectors:
	vector_fatal \el, 0	/* current EL, SP0: sync, IRQ, FIQ, SError */
	vector_fatal \el, 1
	vector_fatal \el, 2
	vector_fatal \el, 3
	vector_fatal \el, 4	/* current EL, SPx */
	vector_fatal \el, 5
	vector_fatal \el, 6
	vector_fatal \el, 7
	.balign 0x80		/* lower EL, AArch64, synchronous */
.if \handle_lower
	save_frame \el
	bl el\el\()_sync
	restore_frame_eret
.else
	mov x0, #\el
	mov x1, #8
	mrs x2, esr_el\el
	mrs x3, elr_el\el
	b fatal_exception
.endif
	vector_fatal \el, 9
	vector_fatal \el, 10
	vector_fatal \el, 11
	vector_fatal \el, 12	/* lower EL, AArch32 */
	vector_fatal \el, 13
	vector_fatal \el, 14
	vector_fatal \el, 15
.endm

	vector_table 3, 1
	vector_table 2, 1
	vector_table 1, 0

	.section .note.GNU-stack, "", %progbits
