/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * A descriptor in a buffer larger than 4 GiB (a large mapped window): a
 * composite offset near 2^32 must not wrap the 32-bit constituent offset
 * back into the header (found in review). The buffer is a sparse anonymous
 * mapping; where the host refuses one, the test is skipped and says so.
 */
#define _DEFAULT_SOURCE
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include <setjmp.h>
#include <sys/mman.h>

#include <cmocka.h>

#include "ffa/mem.h"

static void put32(uint8_t *p, uint32_t v)
{
	p[0] = (uint8_t)v;
	p[1] = (uint8_t)(v >> 8);
	p[2] = (uint8_t)(v >> 16);
	p[3] = (uint8_t)(v >> 24);
}

static void mem_huge_composite_offset_does_not_wrap(void **state)
{
#if SIZE_MAX > UINT32_MAX
	size_t size = (size_t)UINT32_MAX + 1u + 64u;
#else
	size_t size = 0; /* not addressable on a 32-bit host */
#endif
	uint32_t coff = UINT32_C(0xFFFFFFF0);
	struct libffa_mem_view view;
	struct libffa_mem_fault fault = {0};
	uint8_t *b;

	(void)state;
	if (size == 0u) {
		printf("skipped: a 32-bit host cannot address a 4 GiB "
		       "buffer\n");
		skip();
	}
	b = mmap(NULL, size, PROT_READ | PROT_WRITE,
		 MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
	if (b == MAP_FAILED) {
		printf("skipped: the host refused a sparse 4 GiB mapping\n");
		skip();
	}
	/* v1.1 retrieve request: 48-byte header, one 16-byte EMAD at 48. */
	put32(b + 8, 1);   /* handle low word */
	put32(b + 24, 16); /* EMAD size */
	put32(b + 28, 1);  /* EMAD count */
	put32(b + 32, 48); /* EMAD offset */
	b[48] = 0x02;
	b[49] = 0x80; /* receiver 0x8002 */
	b[50] = 0x02; /* RW */
	put32(b + 52, coff);
	put32(b + coff, 1);	/* total pages */
	put32(b + coff + 4, 1); /* one constituent, at 2^32 */
	assert_int_equal(
		libffa_mem_parse(b, size, LIBFFA_VERSION_1_1,
				 LIBFFA_MEM_OP_RETRIEVE_REQ, 0, &view, &fault),
		LIBFFA_E_OVERFLOW);
	assert_string_equal(fault.field, "emad.composite_offset");
	munmap(b, size);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(mem_huge_composite_offset_does_not_wrap),
	};

	return cmocka_run_group_tests_name("mem_huge", tests, NULL, NULL);
}
