/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * libffa_arch_smc(): one SMC #0 carrying x0-x17 both ways.
 * Secure Monitor Call: NS-EL1/EL2 or S-EL1/S-EL2 to EL3 (SMCCC conduit SMC).
 * The sequence and its register rules are in frame.inc.
 */
#include "frame.inc"

libffa_conduit_entry libffa_arch_smc, smc
libffa_conduit_notes
