/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * The identifiers that the FF-A headers of Linux, TF-A and Hafnium declare
 *: names only, written by us, grouped
 * by the file that declares them. Nothing here is copied from those trees.
 *
 * - every foreign macro is defined to a poison token, so a libffa header
 *   that used one, or defined one itself, fails to compile under -Werror;
 * - every foreign tag and typedef gets a stub definition (a second
 *   definition of the same tag in a libffa header is a hard error);
 * - every foreign function gets a prototype of a deliberately odd type, so
 *   a libffa declaration of the same name conflicts.
 *
 * A name that more than one project declares appears once, under the first
 * file that declares it. Extend the list by hand when a foreign header grows;
 * the LIBFFA_-prefix check (macro_prefix.sh) holds regardless.
 */
#ifndef FOREIGN_NAMES_H
#define FOREIGN_NAMES_H

struct foreign_poison_;

/* ---- Linux include/linux/arm_ffa.h (torvalds/linux, indexed snapshot) ---- */
#define FFA_SMC				 foreign_poison_
#define FFA_SMC_32			 foreign_poison_
#define FFA_SMC_64			 foreign_poison_
#define FFA_ERROR			 foreign_poison_
#define FFA_SUCCESS			 foreign_poison_
#define FFA_FN64_SUCCESS		 foreign_poison_
#define FFA_INTERRUPT			 foreign_poison_
#define FFA_VERSION			 foreign_poison_
#define FFA_FEATURES			 foreign_poison_
#define FFA_RX_RELEASE			 foreign_poison_
#define FFA_RXTX_MAP			 foreign_poison_
#define FFA_FN64_RXTX_MAP		 foreign_poison_
#define FFA_RXTX_UNMAP			 foreign_poison_
#define FFA_PARTITION_INFO_GET		 foreign_poison_
#define FFA_ID_GET			 foreign_poison_
#define FFA_MSG_POLL			 foreign_poison_
#define FFA_MSG_WAIT			 foreign_poison_
#define FFA_YIELD			 foreign_poison_
#define FFA_RUN				 foreign_poison_
#define FFA_MSG_SEND			 foreign_poison_
#define FFA_MSG_SEND_DIRECT_REQ		 foreign_poison_
#define FFA_FN64_MSG_SEND_DIRECT_REQ	 foreign_poison_
#define FFA_MSG_SEND_DIRECT_RESP	 foreign_poison_
#define FFA_FN64_MSG_SEND_DIRECT_RESP	 foreign_poison_
#define FFA_MEM_DONATE			 foreign_poison_
#define FFA_FN64_MEM_DONATE		 foreign_poison_
#define FFA_MEM_LEND			 foreign_poison_
#define FFA_FN64_MEM_LEND		 foreign_poison_
#define FFA_MEM_SHARE			 foreign_poison_
#define FFA_FN64_MEM_SHARE		 foreign_poison_
#define FFA_MEM_RETRIEVE_REQ		 foreign_poison_
#define FFA_FN64_MEM_RETRIEVE_REQ	 foreign_poison_
#define FFA_MEM_RETRIEVE_RESP		 foreign_poison_
#define FFA_MEM_RELINQUISH		 foreign_poison_
#define FFA_MEM_RECLAIM			 foreign_poison_
#define FFA_MEM_OP_PAUSE		 foreign_poison_
#define FFA_MEM_OP_RESUME		 foreign_poison_
#define FFA_MEM_FRAG_RX			 foreign_poison_
#define FFA_MEM_FRAG_TX			 foreign_poison_
#define FFA_NORMAL_WORLD_RESUME		 foreign_poison_
#define FFA_NOTIFICATION_BITMAP_CREATE	 foreign_poison_
#define FFA_NOTIFICATION_BITMAP_DESTROY	 foreign_poison_
#define FFA_NOTIFICATION_BIND		 foreign_poison_
#define FFA_NOTIFICATION_UNBIND		 foreign_poison_
#define FFA_NOTIFICATION_SET		 foreign_poison_
#define FFA_NOTIFICATION_GET		 foreign_poison_
#define FFA_NOTIFICATION_INFO_GET	 foreign_poison_
#define FFA_FN64_NOTIFICATION_INFO_GET	 foreign_poison_
#define FFA_RX_ACQUIRE			 foreign_poison_
#define FFA_SPM_ID_GET			 foreign_poison_
#define FFA_MSG_SEND2			 foreign_poison_
#define FFA_SECONDARY_EP_REGISTER	 foreign_poison_
#define FFA_FN64_SECONDARY_EP_REGISTER	 foreign_poison_
#define FFA_MEM_PERM_GET		 foreign_poison_
#define FFA_FN64_MEM_PERM_GET		 foreign_poison_
#define FFA_MEM_PERM_SET		 foreign_poison_
#define FFA_FN64_MEM_PERM_SET		 foreign_poison_
#define FFA_FN_NATIVE			 foreign_poison_
#define FFA_RET_SUCCESS			 foreign_poison_
#define FFA_RET_NOT_SUPPORTED		 foreign_poison_
#define FFA_RET_INVALID_PARAMETERS	 foreign_poison_
#define FFA_RET_NO_MEMORY		 foreign_poison_
#define FFA_RET_BUSY			 foreign_poison_
#define FFA_RET_INTERRUPTED		 foreign_poison_
#define FFA_RET_DENIED			 foreign_poison_
#define FFA_RET_RETRY			 foreign_poison_
#define FFA_RET_ABORTED			 foreign_poison_
#define FFA_RET_NO_DATA			 foreign_poison_
#define FFA_MAJOR_VERSION_MASK		 foreign_poison_
#define FFA_MINOR_VERSION_MASK		 foreign_poison_
#define FFA_MAJOR_VERSION		 foreign_poison_
#define FFA_MINOR_VERSION		 foreign_poison_
#define FFA_PACK_VERSION_INFO		 foreign_poison_
#define FFA_VERSION_1_0			 foreign_poison_
#define FFA_VERSION_1_1			 foreign_poison_
#define FFA_PAGE_SIZE			 foreign_poison_
#define FFA_FEAT_RXTX_MIN_SZ_4K		 foreign_poison_
#define FFA_FEAT_RXTX_MIN_SZ_64K	 foreign_poison_
#define FFA_FEAT_RXTX_MIN_SZ_16K	 foreign_poison_
#define to_ffa_dev			 foreign_poison_
#define to_ffa_driver			 foreign_poison_
#define ffa_register			 foreign_poison_
#define ffa_unregister			 foreign_poison_
#define module_ffa_driver		 foreign_poison_
#define FFA_PARTITION_DIRECT_RECV	 foreign_poison_
#define FFA_PARTITION_DIRECT_SEND	 foreign_poison_
#define FFA_PARTITION_INDIRECT_MSG	 foreign_poison_
#define FFA_PARTITION_AARCH64_EXEC	 foreign_poison_
#define FFA_MEM_EXEC			 foreign_poison_
#define FFA_MEM_NO_EXEC			 foreign_poison_
#define FFA_MEM_RW			 foreign_poison_
#define FFA_MEM_RO			 foreign_poison_
#define FFA_MEM_RETRIEVE_SELF_BORROWER	 foreign_poison_
#define FFA_MEM_NORMAL			 foreign_poison_
#define FFA_MEM_DEVICE			 foreign_poison_
#define FFA_MEM_WRITE_BACK		 foreign_poison_
#define FFA_MEM_NON_CACHEABLE		 foreign_poison_
#define FFA_DEV_nGnRnE			 foreign_poison_
#define FFA_DEV_nGnRE			 foreign_poison_
#define FFA_DEV_nGRE			 foreign_poison_
#define FFA_DEV_GRE			 foreign_poison_
#define FFA_MEM_NON_SHAREABLE		 foreign_poison_
#define FFA_MEM_OUTER_SHAREABLE		 foreign_poison_
#define FFA_MEM_INNER_SHAREABLE		 foreign_poison_
#define FFA_MEM_CLEAR			 foreign_poison_
#define FFA_TIME_SLICE_ENABLE		 foreign_poison_
#define FFA_MEM_RETRIEVE_TYPE_IN_RESP	 foreign_poison_
#define FFA_MEM_RETRIEVE_TYPE_SHARE	 foreign_poison_
#define FFA_MEM_RETRIEVE_TYPE_LEND	 foreign_poison_
#define FFA_MEM_RETRIEVE_TYPE_DONATE	 foreign_poison_
#define FFA_MEM_RETRIEVE_ADDR_ALIGN_HINT foreign_poison_
#define FFA_MEM_RETRIEVE_ADDR_ALIGN	 foreign_poison_
#define HANDLE_LOW_MASK			 foreign_poison_
#define HANDLE_HIGH_MASK		 foreign_poison_
#define HANDLE_LOW			 foreign_poison_
#define HANDLE_HIGH			 foreign_poison_
#define PACK_HANDLE			 foreign_poison_
#define COMPOSITE_OFFSET		 foreign_poison_
#define CONSTITUENTS_OFFSET		 foreign_poison_
#define COMPOSITE_CONSTITUENTS_OFFSET	 foreign_poison_
struct ffa_device {
	struct foreign_poison_ *foreign_;
};
struct ffa_device_id {
	struct foreign_poison_ *foreign_;
};
struct ffa_driver {
	struct foreign_poison_ *foreign_;
};
struct ffa_partition_info {
	struct foreign_poison_ *foreign_;
};
struct ffa_send_direct_data {
	struct foreign_poison_ *foreign_;
};
struct ffa_mem_region_addr_range {
	struct foreign_poison_ *foreign_;
};
struct ffa_composite_mem_region {
	struct foreign_poison_ *foreign_;
};
struct ffa_mem_region_attributes {
	struct foreign_poison_ *foreign_;
};
struct ffa_mem_region {
	struct foreign_poison_ *foreign_;
};
struct ffa_mem_ops_args {
	struct foreign_poison_ *foreign_;
};
struct ffa_info_ops {
	struct foreign_poison_ *foreign_;
};
struct ffa_msg_ops {
	struct foreign_poison_ *foreign_;
};
struct ffa_mem_ops {
	struct foreign_poison_ *foreign_;
};
struct ffa_cpu_ops {
	struct foreign_poison_ *foreign_;
};
struct ffa_notifier_ops {
	struct foreign_poison_ *foreign_;
};
struct ffa_ops {
	struct foreign_poison_ *foreign_;
};
typedef struct foreign_poison_ *ffa_sched_recv_cb;
struct foreign_poison_ *ffa_dev_set_drvdata(struct foreign_poison_ *foreign_);
struct foreign_poison_ *ffa_dev_get_drvdata(struct foreign_poison_ *foreign_);
struct foreign_poison_ *ffa_device_register(struct foreign_poison_ *foreign_);
struct foreign_poison_ *ffa_device_unregister(struct foreign_poison_ *foreign_);
struct foreign_poison_ *ffa_driver_register(struct foreign_poison_ *foreign_);
struct foreign_poison_ *ffa_driver_unregister(struct foreign_poison_ *foreign_);
struct foreign_poison_ *ffa_device_is_valid(struct foreign_poison_ *foreign_);

/* ---- Linux include/linux/arm_ffa.h, FF-A v1.2 additions of later kernels (not
 * in the indexed snapshot) ---- */
#define FFA_CONSOLE_LOG		       foreign_poison_
#define FFA_FN64_CONSOLE_LOG	       foreign_poison_
#define FFA_PARTITION_INFO_GET_REGS    foreign_poison_
#define FFA_EL3_INTR_HANDLE	       foreign_poison_
#define FFA_MSG_SEND_DIRECT_REQ2       foreign_poison_
#define FFA_MSG_SEND_DIRECT_RESP2      foreign_poison_
#define FFA_VERSION_1_2		       foreign_poison_
#define FFA_PARTITION_DIRECT_REQ2_RECV foreign_poison_
#define FFA_PARTITION_DIRECT_REQ2_SEND foreign_poison_
struct ffa_send_direct_data2 {
	struct foreign_poison_ *foreign_;
};
struct ffa_indirect_msg_hdr {
	struct foreign_poison_ *foreign_;
};

/* ---- Linux include/linux/arm-smccc.h (torvalds/linux) ---- */
#define ARM_SMCCC_STD_CALL		foreign_poison_
#define ARM_SMCCC_FAST_CALL		foreign_poison_
#define ARM_SMCCC_TYPE_SHIFT		foreign_poison_
#define ARM_SMCCC_SMC_32		foreign_poison_
#define ARM_SMCCC_SMC_64		foreign_poison_
#define ARM_SMCCC_CALL_CONV_SHIFT	foreign_poison_
#define ARM_SMCCC_OWNER_MASK		foreign_poison_
#define ARM_SMCCC_OWNER_SHIFT		foreign_poison_
#define ARM_SMCCC_FUNC_MASK		foreign_poison_
#define ARM_SMCCC_IS_FAST_CALL		foreign_poison_
#define ARM_SMCCC_IS_64			foreign_poison_
#define ARM_SMCCC_FUNC_NUM		foreign_poison_
#define ARM_SMCCC_OWNER_NUM		foreign_poison_
#define ARM_SMCCC_CALL_VAL		foreign_poison_
#define ARM_SMCCC_OWNER_ARCH		foreign_poison_
#define ARM_SMCCC_OWNER_CPU		foreign_poison_
#define ARM_SMCCC_OWNER_SIP		foreign_poison_
#define ARM_SMCCC_OWNER_OEM		foreign_poison_
#define ARM_SMCCC_OWNER_STANDARD	foreign_poison_
#define ARM_SMCCC_OWNER_STANDARD_HYP	foreign_poison_
#define ARM_SMCCC_OWNER_TRUSTED_APP	foreign_poison_
#define ARM_SMCCC_OWNER_TRUSTED_APP_END foreign_poison_
#define ARM_SMCCC_OWNER_TRUSTED_OS	foreign_poison_
#define ARM_SMCCC_OWNER_TRUSTED_OS_END	foreign_poison_
#define ARM_SMCCC_QUIRK_NONE		foreign_poison_
#define ARM_SMCCC_QUIRK_QCOM_A6		foreign_poison_
#define ARM_SMCCC_VERSION_1_0		foreign_poison_
#define ARM_SMCCC_VERSION_1_1		foreign_poison_
#define ARM_SMCCC_VERSION_1_2		foreign_poison_
#define ARM_SMCCC_VERSION_FUNC_ID	foreign_poison_
#define ARM_SMCCC_ARCH_FEATURES_FUNC_ID foreign_poison_
#define ARM_SMCCC_ARCH_WORKAROUND_1	foreign_poison_
#define ARM_SMCCC_ARCH_WORKAROUND_2	foreign_poison_
#define arm_smccc_smc			foreign_poison_
#define arm_smccc_smc_quirk		foreign_poison_
#define arm_smccc_hvc			foreign_poison_
#define arm_smccc_hvc_quirk		foreign_poison_
#define SMCCC_SMC_INST			foreign_poison_
#define SMCCC_HVC_INST			foreign_poison_
#define arm_smccc_1_1_smc		foreign_poison_
#define arm_smccc_1_1_hvc		foreign_poison_
#define SMCCC_RET_SUCCESS		foreign_poison_
#define SMCCC_RET_NOT_SUPPORTED		foreign_poison_
#define SMCCC_RET_NOT_REQUIRED		foreign_poison_
#define SMCCC_RET_INVALID_PARAMETER	foreign_poison_
#define arm_smccc_1_1_invoke		foreign_poison_
#define ARM_SMCCC_HV_PV_TIME_FEATURES	foreign_poison_
#define ARM_SMCCC_HV_PV_TIME_ST		foreign_poison_
#define __count_args			foreign_poison_
#define __declare_args			foreign_poison_
#define __constraints			foreign_poison_
#define __arm_smccc_1_1			foreign_poison_
#define __fail_smccc_1_1		foreign_poison_
enum arm_smccc_conduit {
	SMCCC_CONDUIT_NONE,
	SMCCC_CONDUIT_SMC,
	SMCCC_CONDUIT_HVC
};
struct arm_smccc_res {
	struct foreign_poison_ *foreign_;
};
struct arm_smccc_quirk {
	struct foreign_poison_ *foreign_;
};
struct foreign_poison_ *arm_smccc_1_1_get_conduit(
	struct foreign_poison_ *foreign_);
struct foreign_poison_ *__arm_smccc_smc(struct foreign_poison_ *foreign_);
struct foreign_poison_ *__arm_smccc_hvc(struct foreign_poison_ *foreign_);

/* ---- Linux include/linux/arm-smccc.h, SMCCC 1.2 additions of later kernels
 * (not in the indexed snapshot) ---- */
#define ARM_SMCCC_VERSION_1_3 foreign_poison_
#define arm_smccc_1_2_smc     foreign_poison_
#define arm_smccc_1_2_hvc     foreign_poison_
struct arm_smccc_1_2_regs {
	struct foreign_poison_ *foreign_;
};

/* ---- TF-A include/services/ffa_svc.h (TrustedFirmware-A/trusted-firmware-a)
 * ---- */
#define FFA_ERROR_NOT_SUPPORTED			    foreign_poison_
#define FFA_ERROR_INVALID_PARAMETER		    foreign_poison_
#define FFA_ERROR_NO_MEMORY			    foreign_poison_
#define FFA_ERROR_BUSY				    foreign_poison_
#define FFA_ERROR_INTERRUPTED			    foreign_poison_
#define FFA_ERROR_DENIED			    foreign_poison_
#define FFA_ERROR_RETRY				    foreign_poison_
#define FFA_ERROR_ABORTED			    foreign_poison_
#define FFA_FNUM_MIN_VALUE			    foreign_poison_
#define FFA_FNUM_MAX_VALUE			    foreign_poison_
#define is_ffa_fid				    foreign_poison_
#define FFA_VERSION_MAJOR_SHIFT			    foreign_poison_
#define FFA_VERSION_MAJOR_MASK			    foreign_poison_
#define FFA_VERSION_MINOR_SHIFT			    foreign_poison_
#define FFA_VERSION_MINOR_MASK			    foreign_poison_
#define FFA_VERSION_BIT31_MASK			    foreign_poison_
#define FFA_VERSION_MASK			    foreign_poison_
#define FFA_VERSION_MAJOR			    foreign_poison_
#define FFA_VERSION_MINOR			    foreign_poison_
#define MAKE_FFA_VERSION			    foreign_poison_
#define FFA_VERSION_COMPILED			    foreign_poison_
#define FFA_MSG_SEND_ATTRS_BLK_SHIFT		    foreign_poison_
#define FFA_MSG_SEND_ATTRS_BLK_MASK		    foreign_poison_
#define FFA_MSG_SEND_ATTRS_BLK			    foreign_poison_
#define FFA_MSG_SEND_ATTRS_BLK_NOT		    foreign_poison_
#define FFA_MSG_SEND_ATTRS			    foreign_poison_
#define FFA_FWK_MSG_BIT				    foreign_poison_
#define FFA_FWK_MSG_MASK			    foreign_poison_
#define FFA_FWK_MSG_PSCI			    foreign_poison_
#define FFA_PM_MSG_WB_REQ			    foreign_poison_
#define FFA_PM_MSG_PM_RESP			    foreign_poison_
#define FFA_WB_TYPE_S2RAM			    foreign_poison_
#define FFA_WB_TYPE_NOTS2RAM			    foreign_poison_
#define FFA_FID					    foreign_poison_
#define FFA_FNUM_ERROR				    foreign_poison_
#define FFA_FNUM_SUCCESS			    foreign_poison_
#define FFA_FNUM_INTERRUPT			    foreign_poison_
#define FFA_FNUM_VERSION			    foreign_poison_
#define FFA_FNUM_FEATURES			    foreign_poison_
#define FFA_FNUM_RX_RELEASE			    foreign_poison_
#define FFA_FNUM_RXTX_MAP			    foreign_poison_
#define FFA_FNUM_RXTX_UNMAP			    foreign_poison_
#define FFA_FNUM_PARTITION_INFO_GET		    foreign_poison_
#define FFA_FNUM_ID_GET				    foreign_poison_
#define FFA_FNUM_MSG_POLL			    foreign_poison_
#define FFA_FNUM_MSG_WAIT			    foreign_poison_
#define FFA_FNUM_MSG_YIELD			    foreign_poison_
#define FFA_FNUM_MSG_RUN			    foreign_poison_
#define FFA_FNUM_MSG_SEND			    foreign_poison_
#define FFA_FNUM_MSG_SEND_DIRECT_REQ		    foreign_poison_
#define FFA_FNUM_MSG_SEND_DIRECT_RESP		    foreign_poison_
#define FFA_FNUM_MEM_DONATE			    foreign_poison_
#define FFA_FNUM_MEM_LEND			    foreign_poison_
#define FFA_FNUM_MEM_SHARE			    foreign_poison_
#define FFA_FNUM_MEM_RETRIEVE_REQ		    foreign_poison_
#define FFA_FNUM_MEM_RETRIEVE_RESP		    foreign_poison_
#define FFA_FNUM_MEM_RELINQUISH			    foreign_poison_
#define FFA_FNUM_MEM_RECLAIM			    foreign_poison_
#define FFA_FNUM_MEM_FRAG_RX			    foreign_poison_
#define FFA_FNUM_MEM_FRAG_TX			    foreign_poison_
#define FFA_FNUM_NORMAL_WORLD_RESUME		    foreign_poison_
#define FFA_FNUM_NOTIFICATION_BITMAP_CREATE	    foreign_poison_
#define FFA_FNUM_NOTIFICATION_BITMAP_DESTROY	    foreign_poison_
#define FFA_FNUM_NOTIFICATION_BIND		    foreign_poison_
#define FFA_FNUM_NOTIFICATION_UNBIND		    foreign_poison_
#define FFA_FNUM_NOTIFICATION_SET		    foreign_poison_
#define FFA_FNUM_NOTIFICATION_GET		    foreign_poison_
#define FFA_FNUM_NOTIFICATION_INFO_GET		    foreign_poison_
#define FFA_FNUM_RX_ACQUIRE			    foreign_poison_
#define FFA_FNUM_SPM_ID_GET			    foreign_poison_
#define FFA_FNUM_MSG_SEND2			    foreign_poison_
#define FFA_FNUM_SECONDARY_EP_REGISTER		    foreign_poison_
#define FFA_FNUM_MEM_PERM_GET			    foreign_poison_
#define FFA_FNUM_MEM_PERM_SET			    foreign_poison_
#define FFA_FNUM_PARTITION_INFO_GET_REGS	    foreign_poison_
#define FFA_FNUM_EL3_INTR_HANDLE		    foreign_poison_
#define FFA_FNUM_MSG_SEND_DIRECT_REQ2		    foreign_poison_
#define FFA_FNUM_MSG_SEND_DIRECT_RESP2		    foreign_poison_
#define FFA_FNUM_NS_RES_INFO_GET		    foreign_poison_
#define FFA_FNUM_CONSOLE_LOG			    foreign_poison_
#define FFA_SUCCESS_SMC32			    foreign_poison_
#define FFA_RXTX_MAP_SMC32			    foreign_poison_
#define FFA_MSG_YIELD				    foreign_poison_
#define FFA_MSG_RUN				    foreign_poison_
#define FFA_MSG_SEND_DIRECT_REQ_SMC32		    foreign_poison_
#define FFA_MSG_SEND_DIRECT_RESP_SMC32		    foreign_poison_
#define FFA_MEM_DONATE_SMC32			    foreign_poison_
#define FFA_MEM_LEND_SMC32			    foreign_poison_
#define FFA_MEM_SHARE_SMC32			    foreign_poison_
#define FFA_MEM_RETRIEVE_REQ_SMC32		    foreign_poison_
#define FFA_MEM_PERM_GET_SMC32			    foreign_poison_
#define FFA_MEM_PERM_SET_SMC32			    foreign_poison_
#define FFA_CONSOLE_LOG_SMC32			    foreign_poison_
#define FFA_ERROR_SMC64				    foreign_poison_
#define FFA_SUCCESS_SMC64			    foreign_poison_
#define FFA_RXTX_MAP_SMC64			    foreign_poison_
#define FFA_MSG_SEND_DIRECT_REQ_SMC64		    foreign_poison_
#define FFA_MSG_SEND_DIRECT_RESP_SMC64		    foreign_poison_
#define FFA_MEM_DONATE_SMC64			    foreign_poison_
#define FFA_MEM_LEND_SMC64			    foreign_poison_
#define FFA_MEM_SHARE_SMC64			    foreign_poison_
#define FFA_MEM_RETRIEVE_REQ_SMC64		    foreign_poison_
#define FFA_SECONDARY_EP_REGISTER_SMC64		    foreign_poison_
#define FFA_NOTIFICATION_INFO_GET_SMC64		    foreign_poison_
#define FFA_PARTITION_INFO_GET_REGS_SMC64	    foreign_poison_
#define FFA_CONSOLE_LOG_SMC64			    foreign_poison_
#define FFA_MSG_SEND_DIRECT_REQ2_SMC64		    foreign_poison_
#define FFA_MSG_SEND_DIRECT_RESP2_SMC64		    foreign_poison_
#define FFA_MEM_PERM_GET_SMC64			    foreign_poison_
#define FFA_MEM_PERM_SET_SMC64			    foreign_poison_
#define FFA_NS_RES_INFO_GET_SMC64		    foreign_poison_
#define FFA_FNUM_ABORT				    foreign_poison_
#define FFA_ABORT_SMC32				    foreign_poison_
#define FFA_ABORT_SMC64				    foreign_poison_
#define FFA_PARTITION_DIRECT_REQ_RECV		    foreign_poison_
#define FFA_PARTITION_DIRECT_REQ_SEND		    foreign_poison_
#define FFA_PARTITION_VM_CREATED		    foreign_poison_
#define FFA_PARTITION_VM_DESTROYED		    foreign_poison_
#define FFA_VM_AVAILABILITY_CREATED		    foreign_poison_
#define FFA_VM_AVAILABILITY_DESTROYED		    foreign_poison_
#define FFA_TARGET_INFO_MBZ			    foreign_poison_
#define FFA_PARAM_MBZ				    foreign_poison_
#define FFA_ENDPOINT_ID_MAX			    foreign_poison_
#define SPMD_DIRECT_MSG_ENDPOINT_ID		    foreign_poison_
#define SPMC_SECURE_ID_MASK			    foreign_poison_
#define SPMC_SECURE_ID_SHIFT			    foreign_poison_
#define FFA_PARTITION_INFO_GET_COUNT_FLAG_MASK	    foreign_poison_
#define FFA_DIRECT_MSG_ENDPOINT_ID_MASK		    foreign_poison_
#define FFA_DIRECT_MSG_DESTINATION_SHIFT	    foreign_poison_
#define FFA_DIRECT_MSG_SOURCE_SHIFT		    foreign_poison_
#define FFA_INIT_DESC_SIGNATURE			    foreign_poison_
#define FFA_BOOT_INFO_TYPE_STD			    foreign_poison_
#define FFA_BOOT_INFO_TYPE_IMPL			    foreign_poison_
#define FFA_BOOT_INFO_TYPE_MASK			    foreign_poison_
#define FFA_BOOT_INFO_TYPE_SHIFT		    foreign_poison_
#define FFA_BOOT_INFO_TYPE			    foreign_poison_
#define FFA_BOOT_INFO_TYPE_ID_FDT		    foreign_poison_
#define FFA_BOOT_INFO_TYPE_ID_HOB		    foreign_poison_
#define FFA_BOOT_INFO_TYPE_ID_MASK		    foreign_poison_
#define FFA_BOOT_INFO_TYPE_ID_SHIFT		    foreign_poison_
#define FFA_BOOT_INFO_TYPE_ID			    foreign_poison_
#define FFA_BOOT_INFO_FLAG_NAME_STRING		    foreign_poison_
#define FFA_BOOT_INFO_FLAG_NAME_UUID		    foreign_poison_
#define FFA_BOOT_INFO_FLAG_NAME_MASK		    foreign_poison_
#define FFA_BOOT_INFO_FLAG_NAME_SHIFT		    foreign_poison_
#define FFA_BOOT_INFO_FLAG_NAME			    foreign_poison_
#define FFA_BOOT_INFO_FLAG_CONTENT_ADR		    foreign_poison_
#define FFA_BOOT_INFO_FLAG_CONTENT_VAL		    foreign_poison_
#define FFA_BOOT_INFO_FLAG_CONTENT_MASK		    foreign_poison_
#define FFA_BOOT_INFO_FLAG_CONTENT_SHIFT	    foreign_poison_
#define FFA_BOOT_INFO_FLAG_CONTENT		    foreign_poison_
#define FFA_PARTITION_INFO_GET_PROPERTIES_V1_0_MASK foreign_poison_
#define FFA_PARTITION_INFO_GET_EXEC_STATE_SHIFT	    foreign_poison_
#define FFA_PARTITION_INFO_GET_AARCH32_STATE	    foreign_poison_
#define FFA_PARTITION_INFO_GET_AARCH64_STATE	    foreign_poison_
struct ffa_boot_info_desc {
	struct foreign_poison_ *foreign_;
};
struct ffa_boot_info_header {
	struct foreign_poison_ *foreign_;
};
struct ffa_partition_info_v1_0 {
	struct foreign_poison_ *foreign_;
};
struct ffa_partition_info_v1_1 {
	struct foreign_poison_ *foreign_;
};
struct ffa_partition_info_v1_3 {
	struct foreign_poison_ *foreign_;
};
struct foreign_poison_ *ffa_endpoint_destination(
	struct foreign_poison_ *foreign_);
struct foreign_poison_ *ffa_endpoint_source(struct foreign_poison_ *foreign_);
struct foreign_poison_ *ffa_is_secure_world_id(
	struct foreign_poison_ *foreign_);
struct foreign_poison_ *ffa_is_normal_world_id(
	struct foreign_poison_ *foreign_);

/* ---- Hafnium inc/vmapi/hf/ffa.h (TF-Hafnium/hafnium) ---- */
#define FFA_VERSION_MAJOR_OFFSET		       foreign_poison_
#define FFA_VERSION_MINOR_OFFSET		       foreign_poison_
#define FFA_LOW_32_ID				       foreign_poison_
#define FFA_HIGH_32_ID				       foreign_poison_
#define FFA_LOW_64_ID				       foreign_poison_
#define FFA_HIGH_64_ID				       foreign_poison_
#define FFA_ERROR_32				       foreign_poison_
#define FFA_SUCCESS_32				       foreign_poison_
#define FFA_SUCCESS_64				       foreign_poison_
#define FFA_INTERRUPT_32			       foreign_poison_
#define FFA_VERSION_32				       foreign_poison_
#define FFA_FEATURES_32				       foreign_poison_
#define FFA_RX_RELEASE_32			       foreign_poison_
#define FFA_RXTX_MAP_32				       foreign_poison_
#define FFA_RXTX_MAP_64				       foreign_poison_
#define FFA_RXTX_UNMAP_32			       foreign_poison_
#define FFA_PARTITION_INFO_GET_32		       foreign_poison_
#define FFA_ID_GET_32				       foreign_poison_
#define FFA_MSG_POLL_32				       foreign_poison_
#define FFA_MSG_WAIT_32				       foreign_poison_
#define FFA_YIELD_32				       foreign_poison_
#define FFA_RUN_32				       foreign_poison_
#define FFA_MSG_SEND_32				       foreign_poison_
#define FFA_MSG_SEND_DIRECT_REQ_32		       foreign_poison_
#define FFA_MSG_SEND_DIRECT_REQ_64		       foreign_poison_
#define FFA_MSG_SEND_DIRECT_RESP_32		       foreign_poison_
#define FFA_MSG_SEND_DIRECT_RESP_64		       foreign_poison_
#define FFA_MEM_DONATE_32			       foreign_poison_
#define FFA_MEM_LEND_32				       foreign_poison_
#define FFA_MEM_SHARE_32			       foreign_poison_
#define FFA_MEM_RETRIEVE_REQ_32			       foreign_poison_
#define FFA_MEM_RETRIEVE_RESP_32		       foreign_poison_
#define FFA_MEM_RELINQUISH_32			       foreign_poison_
#define FFA_MEM_RECLAIM_32			       foreign_poison_
#define FFA_MEM_FRAG_RX_32			       foreign_poison_
#define FFA_MEM_FRAG_TX_32			       foreign_poison_
#define FFA_NOTIFICATION_BITMAP_CREATE_32	       foreign_poison_
#define FFA_NOTIFICATION_BITMAP_DESTROY_32	       foreign_poison_
#define FFA_NOTIFICATION_BIND_32		       foreign_poison_
#define FFA_NOTIFICATION_UNBIND_32		       foreign_poison_
#define FFA_NOTIFICATION_SET_32			       foreign_poison_
#define FFA_NOTIFICATION_GET_32			       foreign_poison_
#define FFA_NOTIFICATION_INFO_GET_64		       foreign_poison_
#define FFA_RX_ACQUIRE_32			       foreign_poison_
#define FFA_SPM_ID_GET_32			       foreign_poison_
#define FFA_MSG_SEND2_32			       foreign_poison_
#define FFA_SECONDARY_EP_REGISTER_64		       foreign_poison_
#define FFA_MEM_PERM_GET_32			       foreign_poison_
#define FFA_MEM_PERM_SET_32			       foreign_poison_
#define FFA_MEM_PERM_GET_64			       foreign_poison_
#define FFA_MEM_PERM_SET_64			       foreign_poison_
#define FFA_CONSOLE_LOG_32			       foreign_poison_
#define FFA_CONSOLE_LOG_64			       foreign_poison_
#define FFA_NOT_SUPPORTED			       foreign_poison_
#define FFA_INVALID_PARAMETERS			       foreign_poison_
#define FFA_NO_MEMORY				       foreign_poison_
#define FFA_BUSY				       foreign_poison_
#define FFA_INTERRUPTED				       foreign_poison_
#define FFA_DENIED				       foreign_poison_
#define FFA_RETRY				       foreign_poison_
#define FFA_ABORTED				       foreign_poison_
#define FFA_NO_DATA				       foreign_poison_
#define FFA_FEATURES_FUNC_ID_MASK		       foreign_poison_
#define FFA_FEATURES_FEATURE_ID_MASK		       foreign_poison_
#define FFA_FEATURE_NPI				       foreign_poison_
#define FFA_FEATURE_SRI				       foreign_poison_
#define FFA_FEATURE_MEI				       foreign_poison_
#define FFA_MSG_RECV_BLOCK			       foreign_poison_
#define FFA_MSG_RECV_BLOCK_MASK			       foreign_poison_
#define FFA_MSG_SEND_NOTIFY			       foreign_poison_
#define FFA_MSG_SEND_NOTIFY_MASK		       foreign_poison_
#define FFA_MEM_RECLAIM_CLEAR			       foreign_poison_
#define FFA_SLEEP_INDEFINITE			       foreign_poison_
#define FFA_MEM_PERM_RO				       foreign_poison_
#define FFA_MEM_PERM_RW				       foreign_poison_
#define FFA_MEM_PERM_RX				       foreign_poison_
#define FFA_PARTITION_COUNT_FLAG		       foreign_poison_
#define FFA_PARTITION_COUNT_FLAG_MASK		       foreign_poison_
#define FFA_RXTX_HEADER_SIZE			       foreign_poison_
#define FFA_RXTX_SENDER_SHIFT			       foreign_poison_
#define FFA_PARTITION_MSG_PAYLOAD_MAX		       foreign_poison_
#define FFA_MSG_PAYLOAD_MAX			       foreign_poison_
#define FFA_DATA_ACCESS_OFFSET			       foreign_poison_
#define FFA_DATA_ACCESS_MASK			       foreign_poison_
#define FFA_INSTRUCTION_ACCESS_OFFSET		       foreign_poison_
#define FFA_INSTRUCTION_ACCESS_MASK		       foreign_poison_
#define FFA_MEMORY_TYPE_OFFSET			       foreign_poison_
#define FFA_MEMORY_TYPE_MASK			       foreign_poison_
#define FFA_MEMORY_CACHEABILITY_OFFSET		       foreign_poison_
#define FFA_MEMORY_CACHEABILITY_MASK		       foreign_poison_
#define FFA_MEMORY_SHAREABILITY_OFFSET		       foreign_poison_
#define FFA_MEMORY_SHAREABILITY_MASK		       foreign_poison_
#define ATTR_FUNCTION_SET			       foreign_poison_
#define ATTR_FUNCTION_GET			       foreign_poison_
#define FFA_MEMORY_HANDLE_ALLOCATOR_MASK	       foreign_poison_
#define FFA_MEMORY_HANDLE_ALLOCATOR_HYPERVISOR	       foreign_poison_
#define FFA_MEMORY_HANDLE_ALLOCATOR_SPMC	       foreign_poison_
#define FFA_MEMORY_HANDLE_INVALID		       foreign_poison_
#define FFA_PARTITION_NOTIFICATION		       foreign_poison_
#define FFA_BOOT_INFO_NAME_LEN			       foreign_poison_
#define FFA_BOOT_INFO_TYPE_IMPDEF		       foreign_poison_
#define FFA_BOOT_INFO_FLAG_MBZ_MASK		       foreign_poison_
#define FFA_BOOT_INFO_FLAG_NAME_FORMAT_SHIFT	       foreign_poison_
#define FFA_BOOT_INFO_FLAG_NAME_FORMAT_MASK	       foreign_poison_
#define FFA_BOOT_INFO_FLAG_NAME_FORMAT_STRING	       foreign_poison_
#define FFA_BOOT_INFO_FLAG_NAME_FORMAT_UUID	       foreign_poison_
#define FFA_BOOT_INFO_FLAG_CONTENT_FORMAT_SHIFT	       foreign_poison_
#define FFA_BOOT_INFO_FLAG_CONTENT_FORMAT_MASK	       foreign_poison_
#define FFA_BOOT_INFO_FLAG_CONTENT_FORMAT_VALUE	       foreign_poison_
#define FFA_BOOT_INFO_FLAG_CONTENT_FORMAT_ADDR	       foreign_poison_
#define FFA_BOOT_INFO_HEADER_SIGNATURE_LEN	       foreign_poison_
#define FFA_NOTIFICATION_MASK			       foreign_poison_
#define MAX_FFA_NOTIFICATIONS			       foreign_poison_
#define FFA_NOTIFICATION_FLAG_PER_VCPU		       foreign_poison_
#define FFA_NOTIFICATION_SPM_BUFFER_FULL_MASK	       foreign_poison_
#define FFA_NOTIFICATION_HYP_BUFFER_FULL_MASK	       foreign_poison_
#define FFA_NOTIFICATION_FLAG_BITMAP_SP		       foreign_poison_
#define FFA_NOTIFICATION_FLAG_BITMAP_VM		       foreign_poison_
#define FFA_NOTIFICATION_FLAG_BITMAP_SPM	       foreign_poison_
#define FFA_NOTIFICATION_FLAG_BITMAP_HYP	       foreign_poison_
#define FFA_NOTIFICATIONS_FLAG_PER_VCPU		       foreign_poison_
#define FFA_NOTIFICATIONS_FLAG_DELAY_SRI	       foreign_poison_
#define FFA_NOTIFICATIONS_FLAGS_VCPU_ID		       foreign_poison_
#define FFA_NOTIFICATIONS_INFO_GET_MAX_IDS	       foreign_poison_
#define FFA_NOTIFICATIONS_INFO_GET_REGS_RET	       foreign_poison_
#define FFA_NOTIFICATIONS_INFO_GET_FLAG_MORE_PENDING   foreign_poison_
#define FFA_NOTIFICATIONS_LISTS_COUNT_SHIFT	       foreign_poison_
#define FFA_NOTIFICATIONS_LISTS_COUNT_MASK	       foreign_poison_
#define FFA_NOTIFICATIONS_LIST_SHIFT		       foreign_poison_
#define FFA_NOTIFICATIONS_LIST_SIZE_MASK	       foreign_poison_
#define FFA_MEMORY_REGION_FLAG_CLEAR		       foreign_poison_
#define FFA_MEMORY_REGION_FLAG_TIME_SLICE	       foreign_poison_
#define FFA_MEMORY_REGION_FLAG_CLEAR_RELINQUISH	       foreign_poison_
#define FFA_MEMORY_REGION_TRANSACTION_TYPE_MASK	       foreign_poison_
#define FFA_MEMORY_REGION_TRANSACTION_TYPE_UNSPECIFIED foreign_poison_
#define FFA_MEMORY_REGION_TRANSACTION_TYPE_SHARE       foreign_poison_
#define FFA_MEMORY_REGION_TRANSACTION_TYPE_LEND	       foreign_poison_
#define FFA_MEMORY_REGION_TRANSACTION_TYPE_DONATE      foreign_poison_
#define FFA_MEMORY_REGION_ADDRESS_RANGE_HINT_VALID     foreign_poison_
#define FFA_MEMORY_REGION_ADDRESS_RANGE_HINT_MASK      foreign_poison_
#define MAX_MEM_SHARE_RECIPIENTS		       foreign_poison_
typedef struct foreign_poison_ *ffa_vm_id_t;
struct ffa_partition_rxtx_header {
	struct foreign_poison_ *foreign_;
};
struct ffa_partition_msg {
	struct foreign_poison_ *foreign_;
};
enum ffa_data_access {
	FFA_DATA_ACCESS_NOT_SPECIFIED,
	FFA_DATA_ACCESS_RO,
	FFA_DATA_ACCESS_RW,
	FFA_DATA_ACCESS_RESERVED
};
enum ffa_instruction_access {
	FFA_INSTRUCTION_ACCESS_NOT_SPECIFIED,
	FFA_INSTRUCTION_ACCESS_NX,
	FFA_INSTRUCTION_ACCESS_X,
	FFA_INSTRUCTION_ACCESS_RESERVED
};
enum ffa_memory_type {
	FFA_MEMORY_NOT_SPECIFIED_MEM,
	FFA_MEMORY_DEVICE_MEM,
	FFA_MEMORY_NORMAL_MEM
};
enum ffa_memory_cacheability {
	FFA_MEMORY_CACHE_RESERVED,
	FFA_MEMORY_CACHE_NON_CACHEABLE,
	FFA_MEMORY_CACHE_RESERVED_1,
	FFA_MEMORY_CACHE_WRITE_BACK,
	FFA_MEMORY_DEV_NGNRNE,
	FFA_MEMORY_DEV_NGNRE,
	FFA_MEMORY_DEV_NGRE,
	FFA_MEMORY_DEV_GRE
};
enum ffa_memory_shareability {
	FFA_MEMORY_SHARE_NON_SHAREABLE,
	FFA_MEMORY_SHARE_RESERVED,
	FFA_MEMORY_OUTER_SHAREABLE,
	FFA_MEMORY_INNER_SHAREABLE
};
typedef struct foreign_poison_ *ffa_memory_access_permissions_t;
typedef struct foreign_poison_ *ffa_memory_attributes_t;
typedef struct foreign_poison_ *ffa_memory_handle_t;
typedef struct foreign_poison_ *ffa_vm_count_t;
typedef struct foreign_poison_ *ffa_vcpu_index_t;
typedef struct foreign_poison_ *ffa_vcpu_count_t;
struct ffa_value {
	struct foreign_poison_ *foreign_;
};
struct ffa_uuid {
	struct foreign_poison_ *foreign_;
};
typedef struct foreign_poison_ *ffa_partition_properties_t;
typedef struct foreign_poison_ *ffa_notifications_bitmap_t;
struct ffa_memory_region_constituent {
	struct foreign_poison_ *foreign_;
};
struct ffa_composite_memory_region {
	struct foreign_poison_ *foreign_;
};
typedef struct foreign_poison_ *ffa_memory_receiver_flags_t;
struct ffa_memory_region_attributes {
	struct foreign_poison_ *foreign_;
};
typedef struct foreign_poison_ *ffa_memory_region_flags_t;
struct ffa_memory_access {
	struct foreign_poison_ *foreign_;
};
struct ffa_memory_region {
	struct foreign_poison_ *foreign_;
};
struct ffa_mem_relinquish {
	struct foreign_poison_ *foreign_;
};
struct ffa_endpoint_rx_tx_descriptor {
	struct foreign_poison_ *foreign_;
};
struct foreign_poison_ *ffa_rxtx_header_init(struct foreign_poison_ *foreign_);
struct foreign_poison_ *ffa_rxtx_header_sender(
	struct foreign_poison_ *foreign_);
struct foreign_poison_ *ffa_rxtx_header_receiver(
	struct foreign_poison_ *foreign_);
struct foreign_poison_ *ffa_set_data_access_attr(
	struct foreign_poison_ *foreign_);
struct foreign_poison_ *ffa_get_data_access_attr(
	struct foreign_poison_ *foreign_);
struct foreign_poison_ *ffa_func_id(struct foreign_poison_ *foreign_);
struct foreign_poison_ *ffa_error_code(struct foreign_poison_ *foreign_);
struct foreign_poison_ *ffa_sender(struct foreign_poison_ *foreign_);
struct foreign_poison_ *ffa_receiver(struct foreign_poison_ *foreign_);
struct foreign_poison_ *ffa_msg_send_size(struct foreign_poison_ *foreign_);
struct foreign_poison_ *ffa_msg_send2_flags(struct foreign_poison_ *foreign_);
struct foreign_poison_ *ffa_partition_info_get_count(
	struct foreign_poison_ *foreign_);
struct foreign_poison_ *ffa_assemble_handle(struct foreign_poison_ *foreign_);
struct foreign_poison_ *ffa_mem_success_handle(
	struct foreign_poison_ *foreign_);
struct foreign_poison_ *ffa_frag_handle(struct foreign_poison_ *foreign_);
struct foreign_poison_ *ffa_mem_success(struct foreign_poison_ *foreign_);
struct foreign_poison_ *ffa_vm_id(struct foreign_poison_ *foreign_);
struct foreign_poison_ *ffa_vcpu_index(struct foreign_poison_ *foreign_);
struct foreign_poison_ *ffa_vm_vcpu(struct foreign_poison_ *foreign_);
struct foreign_poison_ *ffa_frag_sender(struct foreign_poison_ *foreign_);
struct foreign_poison_ *ffa_feature_intid(struct foreign_poison_ *foreign_);
struct foreign_poison_ *ffa_fwk_msg(struct foreign_poison_ *foreign_);
struct foreign_poison_ *ffa_uuid_init(struct foreign_poison_ *foreign_);
struct foreign_poison_ *ffa_uuid_equal(struct foreign_poison_ *foreign_);
struct foreign_poison_ *ffa_uuid_is_null(struct foreign_poison_ *foreign_);
struct foreign_poison_ *ffa_boot_info_content_format(
	struct foreign_poison_ *foreign_);
struct foreign_poison_ *ffa_boot_info_name_format(
	struct foreign_poison_ *foreign_);
struct foreign_poison_ *ffa_boot_info_type_id(struct foreign_poison_ *foreign_);
struct foreign_poison_ *ffa_boot_info_type(struct foreign_poison_ *foreign_);
struct foreign_poison_ *is_ffa_hyp_buffer_full_notification(
	struct foreign_poison_ *foreign_);
struct foreign_poison_ *is_ffa_spm_buffer_full_notification(
	struct foreign_poison_ *foreign_);
struct foreign_poison_ *ffa_notifications_bitmap(
	struct foreign_poison_ *foreign_);
struct foreign_poison_ *ffa_notification_get_from_sp(
	struct foreign_poison_ *foreign_);
struct foreign_poison_ *ffa_notification_get_from_vm(
	struct foreign_poison_ *foreign_);
struct foreign_poison_ *ffa_notification_get_from_framework(
	struct foreign_poison_ *foreign_);
struct foreign_poison_ *ffa_notifications_get_vcpu(
	struct foreign_poison_ *foreign_);
struct foreign_poison_ *ffa_notification_info_get_lists_count(
	struct foreign_poison_ *foreign_);
struct foreign_poison_ *ffa_notification_info_get_list_size(
	struct foreign_poison_ *foreign_);
struct foreign_poison_ *ffa_notification_info_get_more_pending(
	struct foreign_poison_ *foreign_);
struct foreign_poison_ *ffa_memory_region_get_composite(
	struct foreign_poison_ *foreign_);
struct foreign_poison_ *ffa_mem_relinquish_init(
	struct foreign_poison_ *foreign_);
struct foreign_poison_ *ffa_enpoint_get_rx_memory_region(
	struct foreign_poison_ *foreign_);
struct foreign_poison_ *ffa_enpoint_get_tx_memory_region(
	struct foreign_poison_ *foreign_);
struct foreign_poison_ *ffa_memory_access_init_permissions(
	struct foreign_poison_ *foreign_);
struct foreign_poison_ *ffa_memory_region_init_single_receiver(
	struct foreign_poison_ *foreign_);
struct foreign_poison_ *ffa_memory_region_init(
	struct foreign_poison_ *foreign_);
struct foreign_poison_ *ffa_memory_retrieve_request_init(
	struct foreign_poison_ *foreign_);
struct foreign_poison_ *ffa_memory_retrieve_request_init_single_receiver(
	struct foreign_poison_ *foreign_);
struct foreign_poison_ *ffa_memory_lender_retrieve_request_init(
	struct foreign_poison_ *foreign_);
struct foreign_poison_ *ffa_retrieved_memory_region_init(
	struct foreign_poison_ *foreign_);

/* ---- Hafnium inc/vmapi/hf/ffa.h, newer revision (Hafnium 21bfbdc) ---- */
typedef struct foreign_poison_ *ffa_id_t;
enum ffa_version { FFA_VERSION_1_3_ };
enum ffa_error { FFA_ERROR_NONE_ };
struct foreign_poison_ *ffa_versions_are_compatible(
	struct foreign_poison_ *foreign_);
struct foreign_poison_ *ffa_error_name(struct foreign_poison_ *foreign_);
struct foreign_poison_ *ffa_func_name(struct foreign_poison_ *foreign_);

/* ---- Hafnium inc/vmapi/hf/call.h (TF-Hafnium/hafnium) ---- */
struct foreign_poison_ *hf_call(struct foreign_poison_ *foreign_);
struct foreign_poison_ *ffa_call(struct foreign_poison_ *foreign_);
struct foreign_poison_ *ffa_call_ext(struct foreign_poison_ *foreign_);
struct foreign_poison_ *memcpy_s(struct foreign_poison_ *foreign_);
struct foreign_poison_ *ffa_id_get(struct foreign_poison_ *foreign_);
struct foreign_poison_ *ffa_spm_id_get(struct foreign_poison_ *foreign_);
struct foreign_poison_ *ffa_partition_info_get_regs(
	struct foreign_poison_ *foreign_);
struct foreign_poison_ *ffa_partition_info_get(
	struct foreign_poison_ *foreign_);
struct foreign_poison_ *ffa_secondary_ep_register(
	struct foreign_poison_ *foreign_);
struct foreign_poison_ *hf_vm_get_id(struct foreign_poison_ *foreign_);
struct foreign_poison_ *ffa_run(struct foreign_poison_ *foreign_);
struct foreign_poison_ *ffa_yield_timeout(struct foreign_poison_ *foreign_);
struct foreign_poison_ *ffa_yield(struct foreign_poison_ *foreign_);
struct foreign_poison_ *ffa_rxtx_map(struct foreign_poison_ *foreign_);
struct foreign_poison_ *ffa_rxtx_unmap(struct foreign_poison_ *foreign_);
struct foreign_poison_ *ffa_msg_send(struct foreign_poison_ *foreign_);
struct foreign_poison_ *ffa_msg_send2(struct foreign_poison_ *foreign_);
struct foreign_poison_ *ffa_mem_donate(struct foreign_poison_ *foreign_);
struct foreign_poison_ *ffa_mem_lend(struct foreign_poison_ *foreign_);
struct foreign_poison_ *ffa_mem_share(struct foreign_poison_ *foreign_);
struct foreign_poison_ *ffa_mem_retrieve_req(struct foreign_poison_ *foreign_);
struct foreign_poison_ *ffa_mem_reclaim(struct foreign_poison_ *foreign_);
struct foreign_poison_ *ffa_mem_frag_rx(struct foreign_poison_ *foreign_);
struct foreign_poison_ *ffa_mem_frag_tx(struct foreign_poison_ *foreign_);
struct foreign_poison_ *ffa_msg_wait(struct foreign_poison_ *foreign_);
struct foreign_poison_ *ffa_msg_poll(struct foreign_poison_ *foreign_);
struct foreign_poison_ *ffa_rx_release(struct foreign_poison_ *foreign_);
struct foreign_poison_ *hf_mailbox_writable_get(
	struct foreign_poison_ *foreign_);
struct foreign_poison_ *hf_mailbox_waiter_get(struct foreign_poison_ *foreign_);
struct foreign_poison_ *hf_interrupt_enable(struct foreign_poison_ *foreign_);
struct foreign_poison_ *hf_interrupt_get(struct foreign_poison_ *foreign_);
struct foreign_poison_ *hf_interrupt_deactivate(
	struct foreign_poison_ *foreign_);
struct foreign_poison_ *hf_interrupt_inject(struct foreign_poison_ *foreign_);
struct foreign_poison_ *hf_interrupt_reconfigure(
	struct foreign_poison_ *foreign_);
struct foreign_poison_ *hf_interrupt_reconfigure_target_cpu(
	struct foreign_poison_ *foreign_);
struct foreign_poison_ *ffa_features(struct foreign_poison_ *foreign_);
struct foreign_poison_ *ffa_features_with_input_property(
	struct foreign_poison_ *foreign_);
struct foreign_poison_ *ffa_msg_send_direct_req(
	struct foreign_poison_ *foreign_);

#endif /* FOREIGN_NAMES_H */
