/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * libffa_arch_hvc(): one HVC #0 carrying x0-x17 both ways.
 * Hypervisor Call: EL1 to EL2 (SMCCC conduit HVC).
 * The sequence and its register rules are in frame.inc.
 */
#include "frame.inc"

libffa_conduit_entry libffa_arch_hvc, hvc
libffa_conduit_notes
