/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * libffa_arch_svc(): one SVC #0 carrying x0-x17 both ways.
 * Supervisor Call: S-EL0 partition to its S-EL1 SPMC (FF-A SVC conduit).
 * The sequence and its register rules are in frame.inc.
 */
#include "frame.inc"

libffa_conduit_entry libffa_arch_svc, svc
libffa_conduit_notes
