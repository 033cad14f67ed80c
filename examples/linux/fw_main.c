/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * The Linux-interop EL3 firmware (docs/interop.md): libffa's example SPMC
 * with the example SP stepped inside it, a minimal PSCI, and a Linux
 * kernel entered at non-secure EL2. Every SMC from Linux (or from pKVM in
 * between) lands in rt_trap_el3(): PSCI and SMCCC arch calls are answered
 * by psci.c, FF-A calls by the SPMC and printed decoded by name, anything
 * else gets SMCCC NOT_SUPPORTED. Transcript on the PL011, after the
 * kernel's own console lines.
 */
#include "ffa/partition.h"
#include "ffa/smccc.h"
#include "ffa/version.h"

#include "common/example.h"
#include "fw.h"
#include "sp/sp.h"
#include "sp/sp_services.h"
#include "spmc/spmc.h"

void fw_main(void);

#define PAGE  4096u
#define SP_ID 0x8001u
/*
 * The FF-A minor version this firmware image implements, SPMC and SP
 * alike (CMake builds one image per version: 2, 1 and 0). A caller asking
 * for a higher minor gets this one (DEN0077A 1.2 s13.2.1) and is served
 * at it: descriptors, discovery and features as that version defines.
 */
#ifndef FW_FFA_MINOR
#define FW_FFA_MINOR 2
#endif
#define FW_FFA_VERSION LIBFFA_VERSION(1, FW_FFA_MINOR)
/*
 * The schedule receiver interrupt: SGI 8, the first SGI Linux's GICv3
 * driver leaves free (it takes SGIs 0-7 for IPIs); the FF-A driver maps
 * the ID FFA_FEATURES reports as an SGI (drivers/firmware/arm_ffa/driver.c,
 * ffa_irq_map()).
 */
#define SRI_INTID 8u
/* The SP's RX holds its retrieve responses. */
#define SP_RXTX_PAGES 2u
static uint8_t sp_tx[SP_RXTX_PAGES * PAGE] __attribute__((aligned(PAGE)));
static uint8_t sp_rx[SP_RXTX_PAGES * PAGE] __attribute__((aligned(PAGE)));

static struct example_sp sp;
static struct example_spmc spmc;
static char prefix[] = "fw: ";
static const struct example_log fw_log = {rt_log_line, prefix};

void fw_exit(unsigned int code)
{
	rt_exit(code);
}

void fw_main(void)
{
	static const struct libffa_uuid uuid = EXAMPLE_SP_UUID_INIT;
	struct example_sp_config sp_cfg = {
		.version = FW_FFA_VERSION,
		.tx = sp_tx,
		.rx = sp_rx,
		.tx_address = example_addr(sp_tx),
		.rx_address = example_addr(sp_rx),
		.rxtx_pages = SP_RXTX_PAGES,
		.services = EXAMPLE_SP_SERVICE_TPM | EXAMPLE_SP_SERVICE_OPTEE,
		.log = {rt_log_line, prefix},
	};
	static const struct libffa_uuid tpm = EXAMPLE_SP_TPM_UUID_INIT;
	static const struct libffa_uuid optee = EXAMPLE_SP_OPTEE_UUID_INIT;
	struct example_spmc_config cfg;

	rt_puts("fw: libffa EL3 firmware (example SPMC + SP, PSCI) at EL");
	rt_putdec(rt_current_el());
	rt_puts(", FF-A v1.");
	rt_putdec(FW_FFA_MINOR);
	rt_putc('\n');
	fw_gic_init();
	example_sp_init(&sp, &sp_cfg);
	example_spmc_config_default(&cfg);
	cfg.own = FW_FFA_VERSION;
	cfg.sp = &sp;
	cfg.sp_info.id = SP_ID;
	cfg.sp_info.exec_ctx_count = 1;
	cfg.sp_info.properties = LIBFFA_PARTITION_PROP_DIRECT_REQ_RECV |
				 LIBFFA_PARTITION_PROP_DIRECT_REQ2_RECV |
				 LIBFFA_PARTITION_PROP_AARCH64;
	cfg.sp_info.uuid = uuid;
	cfg.sp_info.ffa_version = FW_FFA_VERSION;
	cfg.sri_intid = SRI_INTID;
	/* Linux binds tpm_crb_ffa and optee by these UUIDs. */
	cfg.sp_uuids[0] = tpm;
	cfg.sp_uuids[1] = optee;
	cfg.sp_uuid_count = 2;
	/*
	 * DIRECT_REQ2-receive is reported only to a normal world whose
	 * FFA_FEATURES(DIRECT_REQ2) reached us: pKVM answers that query at
	 * EL2 and refuses the call, so under it tpm_crb_ffa is told
	 * DIRECT_REQ only and uses DIRECT_REQ_64 (docs/interop.md).
	 */
	cfg.req2_on_features = true;
	cfg.log = fw_log;
	if (!example_spmc_init(&spmc, &cfg)) {
		rt_puts("fw: FAIL (the SP did not reach FFA_MSG_WAIT)\n");
		rt_exit(RT_EXIT_FAIL);
	}
	rt_puts("fw: entering Linux at NS-EL2, entry ");
	rt_puthex(FW_KERNEL_ENTRY);
	rt_puts(", DTB ");
	rt_puthex(FW_DTB_ADDRESS);
	rt_putc('\n');
	fw_enter_ns_el2(FW_KERNEL_ENTRY, FW_DTB_ADDRESS);
}

/* HCR_EL2 bit positions (Arm ARM D19.2.48): what EL3 sees of NS-EL2. */
#define HCR_TSC_SHIFT 19 /* SMCs from EL1 trap to EL2 */
#define HCR_TGE_SHIFT 27 /* EL2 hosts its own EL0 (a VHE kernel) */
#define HCR_E2H_SHIFT 34

/*
 * Where an FFA_VERSION comes from, for the transcript: the caller's EL and
 * what NS-EL2 has set up. A kernel at EL2 (VHE, run A) runs with TGE; pKVM
 * (run B) traps its host's SMCs (TSC) and forwards them from EL2. Only a
 * remark: the SPMC decides nothing from it.
 */
static void log_caller(const struct rt_frame *frame)
{
	uint64_t hcr;

	__asm__ volatile("mrs %0, hcr_el2" : "=r"(hcr));
	rt_puts("fw: caller at EL");
	rt_putdec((frame->spsr >> 2) & 3u);
	rt_puts(", HCR_EL2 TSC=");
	rt_putdec((hcr >> HCR_TSC_SHIFT) & 1u);
	rt_puts(" TGE=");
	rt_putdec((hcr >> HCR_TGE_SHIFT) & 1u);
	rt_puts(" E2H=");
	rt_putdec((hcr >> HCR_E2H_SHIFT) & 1u);
	rt_puts(((hcr >> HCR_TSC_SHIFT) & 1u) != 0u
			? ": a hypervisor at NS-EL2 traps its host's SMCs\n"
			: ": no hypervisor traps SMCs\n");
}

void rt_trap_el3(unsigned int kind, struct rt_frame *frame)
{
	struct libffa_regs in;
	struct libffa_regs out;
	libffa_version_t v;
	unsigned int i;

	if (kind != RT_KIND_LOWER_SYNC ||
	    RT_ESR_EC(frame->esr) != RT_EC_SMC64) {
		rt_unexpected("[EL3]", kind, frame);
	}
	if (fw_psci_handle(frame)) {
		return;
	}
	if (!libffa_smccc_fid_in_ffa_range((uint32_t)frame->x[0])) {
		frame->x[0] = UINT64_MAX; /* SMCCC NOT_SUPPORTED */
		return;
	}
	for (i = 0; i < LIBFFA_REGS_COUNT; i++) {
		in.x[i] = frame->x[i];
	}
	v = spmc.ns.ver.version;
	if (example_frame_is(&in, LIBFFA_ABI_VERSION)) {
		log_caller(frame);
	}
	example_log_frame(&fw_log, "[ns->spmc]", &in, v);
	example_spmc_handle(&spmc, &in, &out);
	example_log_reply(&fw_log, "[spmc->ns]", &in, &out,
			  spmc.ns.ver.version);
	for (i = 0; i < LIBFFA_REGS_COUNT; i++) {
		frame->x[i] = out.x[i];
	}
}

void rt_trap_el2(unsigned int kind, struct rt_frame *frame)
{
	rt_unexpected("[EL2]", kind, frame);
}

void rt_trap_el1(unsigned int kind, struct rt_frame *frame)
{
	rt_unexpected("[EL1]", kind, frame);
}
