/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * Umbrella header: every public libffa header except host.h (the host
 * test doubles, installed with libffa::host), nothing else.
 */
#ifndef LIBFFA_FFA_H
#define LIBFFA_FFA_H

#include "ffa/abi.h"
#include "ffa/bootinfo.h"
#include "ffa/conduit.h"
#include "ffa/copyback.h"
#include "ffa/env.h"
#include "ffa/field.h"
#include "ffa/framework.h"
#include "ffa/indirect.h"
#include "ffa/libversion.h"
#include "ffa/mem.h"
#include "ffa/mem_hyp.h"
#include "ffa/msg.h"
#include "ffa/msg_framework.h"
#include "ffa/notify.h"
#include "ffa/notify_table.h"
#include "ffa/ops.h"
#include "ffa/partition.h"
#include "ffa/print.h"
#include "ffa/regs.h"
#include "ffa/reply.h"
#include "ffa/runtime.h"
#include "ffa/smccc.h"
#include "ffa/status.h"
#include "ffa/version.h"
#include "ffa/version_callee.h"
#include "ffa/version_caller.h"
#include "ffa/version_policy.h"
#include "ffa/version_proxy.h"

#endif /* LIBFFA_FFA_H */
