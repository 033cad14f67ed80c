/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * The host demo: client -> proxy -> SPMC -> SP in one process, joined by
 * the libffa host conduit. Every frame that crosses a boundary is printed
 * decoded by name, every step is checked, and the last line is the
 * verdict, "host demo: PASS" (exit 0) or "host demo: FAIL" (exit 1).
 *
 * Scenarios:
 * 1. a v1.2 client behind a pKVM proxy (copy-back ALL), sharing more
 *    memory than fits TX (FFA_MEM_FRAG_TX), with DIRECT_REQ2 answering
 *    the SP's 32-bit FFA_MSG_WAIT; then the hypervisor's framework
 *    messages to the SP;
 * 2. a v1.0 client whose descriptor and partition information the proxy
 *    translates to and from the firmware's v1.2 layouts;
 * 3. the v1.2 client again behind a proxy with copy-back CALLER_CONV;
 * 4. a hostile client whose calls the proxy refuses with the right codes.
 *
 * Usage: host_demo [-q]   (-q: verdict and failures only)
 */
#include <stdio.h>

#include <string.h>

#include "ffa/framework.h"
#include "ffa/host.h"
#include "ffa/msg.h"
#include "ffa/print.h"
#include "ffa/runtime.h"
#include "ffa/smccc.h"
#include "ffa/status.h"

#include "../client/client.h"
#include "../proxy/proxy.h"
#include "../sp/sp.h"
#include "../spmc/spmc.h"

#define PAGE LIBFFA_MEM_PAGE_SIZE
/* Host memory: client mailbox at pages 0-1, shared pages from 16. */
#define HOST_PAGES	 600u
#define SHARE_FIRST_PAGE 16u
#define SP_ID		 0x8001u

static _Alignas(4096) uint8_t host_mem[HOST_PAGES * PAGE];
static _Alignas(4096) uint8_t proxy_tx[PAGE];
static _Alignas(4096) uint8_t proxy_rx[PAGE];
static _Alignas(4096) uint8_t sp_tx[2 * PAGE];
static _Alignas(4096) uint8_t sp_rx[2 * PAGE];
static _Alignas(16) uint8_t client_work[16384];

static struct example_proxy proxy;
static struct example_spmc spmc;
static struct example_sp sp;

static bool quiet;
static unsigned int failures;

static void print_line(void *ctx, const char *line)
{
	(void)ctx;
	if (!quiet || strstr(line, "FAIL") != NULL) {
		puts(line);
	}
}

static const struct example_log out_log = {print_line, NULL};

static void banner(const char *text)
{
	if (!quiet) {
		printf("\n=== %s\n", text);
	}
}

static void check(bool ok, const char *what)
{
	if (!ok) {
		failures++;
	}
	if (!ok || !quiet) {
		printf("%s: %s\n", ok ? "check ok" : "check FAIL", what);
	}
}

/*
 * A boundary: a host-conduit peer that prints each frame going down and
 * the reply coming up, decoded at the version in force there.
 */
struct edge {
	const char *down;
	const char *up;
	const libffa_version_t *version;
	void (*handle)(void *target, const struct libffa_regs *in,
		       struct libffa_regs *out);
	void *target;
};

static void edge_handle(void *ctx, const struct libffa_regs *in,
			struct libffa_regs *out)
{
	struct edge *e = ctx;

	example_log_frame(&out_log, e->down, in, *e->version);
	e->handle(e->target, in, out);
	example_log_reply(&out_log, e->up, in, out, *e->version);
}

static void proxy_target(void *target, const struct libffa_regs *in,
			 struct libffa_regs *out)
{
	example_proxy_handle(target, in, out);
}

static void spmc_target(void *target, const struct libffa_regs *in,
			struct libffa_regs *out)
{
	example_spmc_handle(target, in, out);
}

/* client -> proxy at the host's version; proxy -> SPMC at the NS one. */
static struct edge client_edge = {"[client->proxy]", "[proxy->client]",
				  &proxy.ver.host.version, proxy_target,
				  &proxy};
static struct edge proxy_edge = {"[proxy->spmc]", "[spmc->proxy]",
				 &spmc.ns.ver.version, spmc_target, &spmc};
static struct libffa_host_peer client_peer = {edge_handle, &client_edge, 0};
static struct libffa_host_peer proxy_peer = {edge_handle, &proxy_edge, 0};
static const struct libffa_conduit to_proxy =
	LIBFFA_HOST_CONDUIT_INIT(&client_peer);
static const struct libffa_conduit to_spmc =
	LIBFFA_HOST_CONDUIT_INIT(&proxy_peer);

static const struct libffa_uuid sp_uuid = EXAMPLE_SP_UUID_INIT;

/* A fresh SPMC with a freshly booted SP, and a fresh proxy above it. */
static bool boot(bool translate, enum libffa_copyback_policy copyback)
{
	struct example_sp_config sc;
	struct example_spmc_config mc;
	struct example_proxy_config pc;

	memset(&sc, 0, sizeof(sc));
	sc.version = LIBFFA_VERSION_1_2;
	sc.tx = sp_tx;
	sc.rx = sp_rx;
	sc.tx_address = example_addr(sp_tx);
	sc.rx_address = example_addr(sp_rx);
	sc.rxtx_pages = 2;
	sc.log = out_log;
	example_sp_init(&sp, &sc);

	example_spmc_config_default(&mc);
	mc.sp = &sp;
	mc.sp_info.id = SP_ID;
	mc.sp_info.exec_ctx_count = 1;
	mc.sp_info.properties = LIBFFA_PARTITION_PROP_DIRECT_REQ_RECV |
				LIBFFA_PARTITION_PROP_AARCH64 |
				LIBFFA_PARTITION_PROP_VM_CREATED |
				LIBFFA_PARTITION_PROP_VM_DESTROYED |
				LIBFFA_PARTITION_PROP_DIRECT_REQ2_RECV;
	mc.sp_info.uuid = sp_uuid;
	mc.log = out_log;
	if (!example_spmc_init(&spmc, &mc)) {
		return false;
	}

	example_proxy_config_default(&pc);
	pc.translate = translate;
	pc.copyback = copyback;
	pc.tx = proxy_tx;
	pc.rx = proxy_rx;
	pc.tx_address = example_addr(proxy_tx);
	pc.rx_address = example_addr(proxy_rx);
	pc.rxtx_pages = 1;
	pc.host_mem_base = example_addr(host_mem);
	pc.host_mem_pages = HOST_PAGES;
	pc.log = out_log;
	example_proxy_init(&proxy, &to_spmc, &pc);
	return example_proxy_ready(&proxy);
}

static void env_init(struct example_env *env, libffa_version_t version,
		     uint32_t ranges)
{
	memset(env, 0, sizeof(*env));
	env->log = out_log;
	env->version = version;
	env->tx = host_mem;
	env->rx = host_mem + PAGE;
	env->tx_address = example_addr(env->tx);
	env->rx_address = example_addr(env->rx);
	env->rxtx_pages = 1;
	env->sp_id = SP_ID;
	env->sp_uuid = sp_uuid;
	env->share_address = example_addr(host_mem + SHARE_FIRST_PAGE * PAGE);
	env->share_ranges = ranges;
	env->work = client_work;
	env->work_size = sizeof(client_work);
}

/* The hypervisor (the demo itself, at ID 0) sends framework messages. */
static bool framework(uint32_t type, uint32_t want, uint16_t vm_id)
{
	struct libffa_framework_msg fw;
	struct libffa_framework_msg got;
	struct libffa_msg m;
	struct libffa_regs call;
	struct libffa_regs ret;

	memset(&fw, 0, sizeof(fw));
	fw.type = type;
	fw.is_request = true;
	fw.sender_id = 0;
	fw.receiver_id = SP_ID;
	if (type == LIBFFA_FRAMEWORK_VERSION_REQ) {
		fw.u.version.version = LIBFFA_VERSION_1_2;
	} else {
		fw.u.vm.handle = UINT64_MAX;
		fw.u.vm.vm_id = vm_id;
	}
	if (libffa_framework_encode(&fw, &m) != LIBFFA_OK ||
	    libffa_msg_encode(&m, LIBFFA_VERSION_1_2, &call) != LIBFFA_OK) {
		return false;
	}
	example_log_frame(&out_log, "[hyp->spmc]", &call, LIBFFA_VERSION_1_2);
	example_spmc_handle(&spmc, &call, &ret);
	example_log_reply(&out_log, "[spmc->hyp]", &call, &ret,
			  LIBFFA_VERSION_1_2);
	return libffa_msg_decode(&ret, LIBFFA_VERSION_1_2, &m) == LIBFFA_OK &&
	       libffa_framework_decode(&m, &got) == LIBFFA_OK &&
	       got.type == want && got.sender_id == SP_ID &&
	       (type != LIBFFA_FRAMEWORK_VERSION_REQ ||
		got.u.version.version == LIBFFA_VERSION_1_2) &&
	       (type == LIBFFA_FRAMEWORK_VERSION_REQ || got.u.status == 0);
}

/*
 * The case the pKVM review argued about: the SP waits in a 32-bit
 * FFA_MSG_WAIT and a 64-bit DIRECT_REQ2 completes it. What each copy-back
 * policy would hand back, according to copyback.h and runtime.h
 * (docs/copyback.md).
 */
static void msg_wait_req2(void)
{
	static const enum libffa_copyback_policy policies[] = {
		LIBFFA_COPYBACK_CALLER_CONV, LIBFFA_COPYBACK_ALL,
		LIBFFA_COPYBACK_REPLY_ABI};
	static const char *const names[] = {"CALLER_CONV", "ALL", "REPLY_ABI"};
	/* CALLER_CONV would restore x8-x17: refused, never silent. */
	static const libffa_status_t want[] = {LIBFFA_E_DROPPED, LIBFFA_OK,
					       LIBFFA_OK};
	struct libffa_runtime_verdict v;
	struct libffa_regs req2;
	unsigned int i;
	bool ok = true;

	memset(&req2, 0, sizeof(req2));
	req2.x[0] = LIBFFA_FID_64(LIBFFA_FNUM_MSG_SEND_DIRECT_REQ2);
	req2.x[1] = SP_ID;
	for (i = 0; i < 3u; i++) {
		libffa_status_t st = libffa_runtime_check_reply(
			LIBFFA_FID_32(LIBFFA_FNUM_MSG_WAIT), &req2,
			LIBFFA_VERSION_1_2, LIBFFA_SMCCC_VERSION_1_2,
			policies[i], &v);

		ok = ok && st == want[i];
		if (!quiet) {
			printf("FFA_MSG_WAIT_32 -> "
			       "FFA_MSG_SEND_DIRECT_REQ2_64: "
			       "legal, conflict mask 0x%05x, copy-back %-11s "
			       "copies 0x%05x restores 0x%05x zeroes 0x%05x: "
			       "%s\n",
			       v.regs.conflict, names[i], v.plan.copy,
			       v.plan.restore, v.plan.zero,
			       libffa_status_name(st));
		}
		ok = ok && v.regs.conflict == LIBFFA_REGMASK_X8_X17;
	}
	check(ok,
	      "MSG_WAIT_32 answered by DIRECT_REQ2: legal, x8-x17 in "
	      "conflict, CALLER_CONV refuses to drop them");
}

int main(int argc, char **argv)
{
	struct example_env env;
	int rc;

	quiet = argc > 1 && strcmp(argv[1], "-q") == 0;

	banner("1. v1.2 client, pKVM proxy (copy-back ALL), fragmented share");
	check(boot(false, LIBFFA_COPYBACK_ALL), "SP booted, proxy negotiated");
	env_init(&env, LIBFFA_VERSION_1_2, 260);
	rc = example_client_run(&to_proxy, &env);
	check(rc == 0, "client sequence");
	check(env.fragments > 1u, "the share took more than one fragment");
	check(sp.served >= 3u && sp.errors == 0u, "SP served every request");
	msg_wait_req2();
	banner("1b. the hypervisor's framework messages to the SP");
	check(framework(LIBFFA_FRAMEWORK_VERSION_REQ,
			LIBFFA_FRAMEWORK_VERSION_RESP, 0),
	      "VERSION_REQ -> VERSION_RESP 1.2");
	check(framework(LIBFFA_FRAMEWORK_VM_CREATED_REQ,
			LIBFFA_FRAMEWORK_VM_CREATED_RESP, 7),
	      "VM_CREATED_REQ -> VM_CREATED_RESP 0");
	check(sp.vms == 1u, "SP knows one VM");
	check(framework(LIBFFA_FRAMEWORK_VM_DESTROYED_REQ,
			LIBFFA_FRAMEWORK_VM_DESTROYED_RESP, 7),
	      "VM_DESTROYED_REQ -> VM_DESTROYED_RESP 0");
	check(sp.vms == 0u, "SP knows no VM");

	banner("2. v1.0 client, proxy translating to the firmware's v1.2");
	check(boot(true, LIBFFA_COPYBACK_ALL), "SP booted, proxy negotiated");
	env_init(&env, LIBFFA_VERSION_1_0, 3);
	rc = example_client_run(&to_proxy, &env);
	check(rc == 0, "v1.0 client sequence");
	check(env.agreed == LIBFFA_VERSION_1_0 &&
		      proxy.ver.below.agreed == LIBFFA_VERSION_1_2,
	      "host at v1.0, firmware at v1.2");

	banner("3. v1.2 client, proxy with copy-back CALLER_CONV");
	check(boot(false, LIBFFA_COPYBACK_CALLER_CONV),
	      "SP booted, proxy negotiated");
	env_init(&env, LIBFFA_VERSION_1_2, 4);
	rc = example_client_run(&to_proxy, &env);
	check(rc == 0, "client sequence");

	banner("4. hostile client, pKVM proxy");
	check(boot(false, LIBFFA_COPYBACK_ALL), "SP booted, proxy negotiated");
	env_init(&env, LIBFFA_VERSION_1_2, 2);
	rc = example_client_hostile_run(&to_proxy, &env);
	check(rc == 0, "every hostile call refused with the right code");

	printf("\nhost demo: %s\n", failures == 0u ? "PASS" : "FAIL");
	return failures == 0u ? 0 : 1;
}
