/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * The SMCCC 1.2 register frame: x0-x17 on call and on return
 * (DEN0028 1.2 s2.6, "SMC64/HVC64 argument passing").
 */
#ifndef LIBFFA_REGS_H
#define LIBFFA_REGS_H

#include "ffa/env.h"

LIBFFA_BEGIN_DECLS

/** Number of registers an SMCCC 1.2 call passes and returns (x0-x17). */
#define LIBFFA_REGS_COUNT 18

/**
 * struct libffa_regs - the 18-register frame of one SMC, HVC or SVC.
 * @x: x0-x17. x0 holds the function ID on a call and the returned function
 *     ID (or, for FFA_VERSION, the version) on a reply.
 */
struct libffa_regs {
	uint64_t x[LIBFFA_REGS_COUNT];
};

/**
 * libffa_regs_w() - the 32-bit view wN of register xN.
 * @regs: the frame.
 * @n:    register index, 0-17.
 *
 * SMC32 quantities live in the low 32 bits; producers disagree on whether the
 * upper half is zero or sign-extended, so only the low half is meaningful.
 */
static inline uint32_t libffa_regs_w(const struct libffa_regs *regs,
				     unsigned int n)
{
	return (uint32_t)regs->x[n];
}

/**
 * libffa_regs_set_w() - write wN, zero-extending it into xN.
 * @regs:  the frame.
 * @n:     register index, 0-17.
 * @value: the 32-bit value.
 */
static inline void libffa_regs_set_w(struct libffa_regs *regs, unsigned int n,
				     uint32_t value)
{
	regs->x[n] = value;
}

/**
 * libffa_regs_clear() - zero every register of a frame.
 * @regs: the frame.
 */
static inline void libffa_regs_clear(struct libffa_regs *regs)
{
	unsigned int i;

	for (i = 0; i < LIBFFA_REGS_COUNT; i++) {
		regs->x[i] = 0;
	}
}

LIBFFA_END_DECLS

#endif /* LIBFFA_REGS_H */
