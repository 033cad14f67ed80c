/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * Validating parser for memory transaction descriptors (DEN0077A 1.0
 * Table 5.19, DEN0077A 1.1 Table 10.20, DEN0140 1.2 s4) and relinquish
 * descriptors (DEN0077A 1.1 Table 16.25). The buffer is untrusted: every
 * geometry field is read once into the view and checked before use.
 */
#include "ffa/mem.h"

#include "internal.h"
#include "mem_wire.h"

static libffa_status_t fail(struct libffa_mem_fault *fault,
			    libffa_status_t status, const char *field,
			    size_t offset, uint32_t index)
{
	if (fault != NULL) {
		fault->field = field;
		fault->offset = offset;
		fault->index = index;
	}
	return status;
}

static bool is_send(enum libffa_mem_op op)
{
	return op == LIBFFA_MEM_OP_SHARE || op == LIBFFA_MEM_OP_LEND ||
	       op == LIBFFA_MEM_OP_DONATE;
}

/*
 * Index of the first non-zero byte of a little-endian value already read
 * from the buffer (its lowest address first), 8 when it is zero. Locates a
 * reserved-field fault from the value the verdict came from: the buffer is
 * not read again.
 */
static uint32_t first_nonzero_byte(uint64_t value)
{
	uint32_t i = 0;

	while (i < 8u && ((value >> (8u * i)) & 0xFFu) == 0u) {
		i++;
	}
	return i;
}

/* Memory region attributes: DEN0077A 1.1 Table 10.18. */
static libffa_status_t check_attributes(libffa_version_t version,
					enum libffa_mem_op op, uint16_t attr,
					uint32_t receiver_count)
{
	uint16_t type = attr & LIBFFA_MEM_ATTR_TYPE_MASK;
	uint16_t share = attr & LIBFFA_MEM_ATTR_SHARE_MASK;
	uint16_t cache = attr & LIBFFA_MEM_ATTR_CACHE_MASK;

	if (version < LIBFFA_VERSION_1_1) {
		if ((attr & LIBFFA_MEM_ATTR_MBZ_V1_0) != 0u) {
			return LIBFFA_E_MBZ;
		}
	} else {
		if ((attr & LIBFFA_MEM_ATTR_MBZ_V1_1) != 0u) {
			return LIBFFA_E_MBZ;
		}
		/* Only the relayer sets NS, in a retrieve response. */
		if ((attr & LIBFFA_MEM_ATTR_NS) != 0u &&
		    op != LIBFFA_MEM_OP_RETRIEVE_RESP &&
		    op != LIBFFA_MEM_OP_ANY) {
			return LIBFFA_E_MBZ;
		}
	}
	if (type == LIBFFA_MEM_ATTR_TYPE_MASK) {
		return LIBFFA_E_BADVALUE; /* 0b11 reserved */
	}
	if (type == LIBFFA_MEM_ATTR_TYPE_NONE && (attr & 0x0Fu) != 0u) {
		return LIBFFA_E_BADVALUE;
	}
	if (type == LIBFFA_MEM_ATTR_TYPE_NORMAL &&
	    (share == 0x1u || cache == 0x0u || cache == 0x8u)) {
		return LIBFFA_E_BADVALUE; /* reserved encodings */
	}
	/* DONATE and single-borrower LEND leave attributes to the borrower. */
	if (type != LIBFFA_MEM_ATTR_TYPE_NONE &&
	    (op == LIBFFA_MEM_OP_DONATE ||
	     (op == LIBFFA_MEM_OP_LEND && receiver_count == 1u))) {
		return LIBFFA_E_BADVALUE;
	}
	return LIBFFA_OK;
}

/* Transaction flags: DEN0077A 1.1 Tables 10.21-10.22. */
static libffa_status_t check_flags(enum libffa_mem_op op, uint32_t flags)
{
	uint32_t legal = 0;
	uint32_t type = flags & LIBFFA_MEM_FLAG_TYPE_MASK;

	switch (op) {
	case LIBFFA_MEM_OP_SHARE:
	case LIBFFA_MEM_OP_LEND:
	case LIBFFA_MEM_OP_DONATE:
		legal = LIBFFA_MEM_FLAGS_SEND;
		break;
	case LIBFFA_MEM_OP_RETRIEVE_RESP:
		legal = LIBFFA_MEM_FLAGS_RETRIEVE_RESP;
		break;
	case LIBFFA_MEM_OP_RETRIEVE_REQ:
	case LIBFFA_MEM_OP_ANY:
		legal = LIBFFA_MEM_FLAGS_RETRIEVE_REQ;
		break;
	}
	if ((flags & ~legal) != 0u) {
		return LIBFFA_E_MBZ;
	}
	/* Shared memory stays mapped for the owner: it is never zeroed. */
	if (op == LIBFFA_MEM_OP_SHARE &&
	    (flags & LIBFFA_MEM_FLAG_CLEAR) != 0u) {
		return LIBFFA_E_BADVALUE;
	}
	if ((op == LIBFFA_MEM_OP_RETRIEVE_REQ ||
	     op == LIBFFA_MEM_OP_RETRIEVE_RESP) &&
	    type == LIBFFA_MEM_FLAG_TYPE_SHARE &&
	    (flags & (LIBFFA_MEM_FLAG_CLEAR |
		      LIBFFA_MEM_FLAG_CLEAR_RELINQUISH)) != 0u) {
		return LIBFFA_E_BADVALUE;
	}
	/* The relayer names the transaction type in its response. */
	if (op == LIBFFA_MEM_OP_RETRIEVE_RESP && type == 0u) {
		return LIBFFA_E_BADVALUE;
	}
	return LIBFFA_OK;
}

/* Memory access permissions: DEN0077A 1.1 Table 10.15. */
static libffa_status_t check_permissions(enum libffa_mem_op op, uint8_t perm)
{
	uint8_t data = perm & LIBFFA_MEM_PERM_DATA_MASK;
	uint8_t instr = perm & LIBFFA_MEM_PERM_INSTR_MASK;

	if ((perm & LIBFFA_MEM_PERM_MBZ) != 0u) {
		return LIBFFA_E_MBZ;
	}
	if (data == LIBFFA_MEM_PERM_DATA_MASK ||
	    instr == LIBFFA_MEM_PERM_INSTR_MASK) {
		return LIBFFA_E_BADVALUE; /* 0b11 reserved */
	}
	if (is_send(op) && instr != LIBFFA_MEM_PERM_INSTR_NONE) {
		return LIBFFA_E_BADVALUE;
	}
	if ((op == LIBFFA_MEM_OP_SHARE || op == LIBFFA_MEM_OP_LEND) &&
	    data == LIBFFA_MEM_PERM_DATA_NONE) {
		return LIBFFA_E_BADVALUE;
	}
	if (op == LIBFFA_MEM_OP_DONATE && data != LIBFFA_MEM_PERM_DATA_NONE) {
		return LIBFFA_E_BADVALUE;
	}
	return LIBFFA_OK;
}

/* Header: read once into @view; geometry checked against @size. */
static libffa_status_t parse_header(const uint8_t *b, size_t size,
				    libffa_version_t version, uint32_t known,
				    struct libffa_mem_view *view,
				    struct libffa_mem_fault *fault)
{
	uint32_t hsize = libffa_wire_mem_header_size_(version);
	uint32_t resv_lo;
	uint64_t resv_hi;

	/* b is NULL only with size 0, which no header fits. */
	if (b == NULL || size < hsize) {
		return fail(fault, LIBFFA_E_TRUNCATED, "header", size, 0);
	}
	view->sender_id =
		libffa_le16_load_(b + LIBFFA_WIRE_MEM_TRANS_SENDER_OFF);
	view->flags = libffa_le32_load_(b + LIBFFA_WIRE_MEM_TRANS_FLAGS_OFF);
	view->handle = libffa_le64_load_(b + LIBFFA_WIRE_MEM_TRANS_HANDLE_OFF);
	view->tag = libffa_le64_load_(b + LIBFFA_WIRE_MEM_TRANS_TAG_OFF);
	view->receiver_count =
		libffa_le32_load_(b + LIBFFA_WIRE_MEM_TRANS_EMAD_COUNT_OFF);
	if (version < LIBFFA_VERSION_1_1) {
		view->attributes = b[LIBFFA_WIRE_MEM_TRANS_ATTR_OFF];
		if (b[LIBFFA_WIRE_MEM_TRANS_RESV3_OFF_V1_0] != 0u) {
			return fail(fault, LIBFFA_E_MBZ, "header.reserved",
				    LIBFFA_WIRE_MEM_TRANS_RESV3_OFF_V1_0, 0);
		}
		if (libffa_le32_load_(
			    b + LIBFFA_WIRE_MEM_TRANS_RESV24_OFF_V1_0) != 0u) {
			return fail(fault, LIBFFA_E_MBZ, "header.reserved",
				    LIBFFA_WIRE_MEM_TRANS_RESV24_OFF_V1_0, 0);
		}
		view->emad_stride = LIBFFA_WIRE_EMAD_SIZE_V1_0;
		view->emad_offset = LIBFFA_WIRE_MEM_TRANS_SIZE_V1_0;
		return LIBFFA_OK;
	}
	view->attributes =
		libffa_le16_load_(b + LIBFFA_WIRE_MEM_TRANS_ATTR_OFF);
	view->emad_stride =
		libffa_le32_load_(b + LIBFFA_WIRE_MEM_TRANS_EMAD_SIZE_OFF_V1_1);
	view->emad_offset = libffa_le32_load_(
		b + LIBFFA_WIRE_MEM_TRANS_EMAD_OFFSET_OFF_V1_1);
	/* The 12 reserved bytes as a word and a double word. */
	resv_lo = libffa_le32_load_(b + LIBFFA_WIRE_MEM_TRANS_RESV36_OFF_V1_1);
	resv_hi = libffa_le64_load_(b + LIBFFA_WIRE_MEM_TRANS_RESV36_OFF_V1_1 +
				    4u);
	if ((resv_lo | resv_hi) != 0u) {
		uint32_t bad = resv_lo != 0u ? first_nonzero_byte(resv_lo)
					     : 4u + first_nonzero_byte(resv_hi);
		return fail(fault, LIBFFA_E_MBZ, "header.reserved",
			    LIBFFA_WIRE_MEM_TRANS_RESV36_OFF_V1_1 + bad, 0);
	}
	/* Stride by the size the sender gives; we read the prefix we know. */
	if (view->emad_stride < known) {
		return fail(fault, LIBFFA_E_BADVALUE, "header.emad_size",
			    LIBFFA_WIRE_MEM_TRANS_EMAD_SIZE_OFF_V1_1, 0);
	}
	if (view->emad_stride % LIBFFA_WIRE_MEM_EMAD_ALIGN != 0u) {
		return fail(fault, LIBFFA_E_ALIGN, "header.emad_size",
			    LIBFFA_WIRE_MEM_TRANS_EMAD_SIZE_OFF_V1_1, 0);
	}
	/*
	 * Larger than any EMAD a known version defines: nothing says what the
	 * extra bytes mean (docs/fact-check.md, "EMAD size"; Hafnium refuses
	 * it too). Up to that size the bytes past @known must be zero, so a
	 * later layout is read only when it carries nothing we would drop.
	 */
	if (view->emad_stride > LIBFFA_WIRE_EMAD_SIZE_MAX) {
		return fail(fault, LIBFFA_E_BADVALUE, "header.emad_size",
			    LIBFFA_WIRE_MEM_TRANS_EMAD_SIZE_OFF_V1_1, 0);
	}
	/* The pKVM bug: the array is where the header says, never at 48. */
	if (view->emad_offset < hsize) {
		return fail(fault, LIBFFA_E_BADVALUE, "header.emad_offset",
			    LIBFFA_WIRE_MEM_TRANS_EMAD_OFFSET_OFF_V1_1, 0);
	}
	if (view->emad_offset % LIBFFA_WIRE_MEM_EMAD_ALIGN != 0u) {
		return fail(fault, LIBFFA_E_ALIGN, "header.emad_offset",
			    LIBFFA_WIRE_MEM_TRANS_EMAD_OFFSET_OFF_V1_1, 0);
	}
	if (view->emad_offset > size) {
		return fail(fault, LIBFFA_E_TRUNCATED, "header.emad_offset",
			    LIBFFA_WIRE_MEM_TRANS_EMAD_OFFSET_OFF_V1_1, 0);
	}
	return LIBFFA_OK;
}

/*
 * The reserved bytes of EMAD @i at @off, in the order of the checks: the
 * bytes past the version's EMAD first ("emad.extension", when the stride
 * is larger than @known: the v1.2 layout read at v1.1, the only pair the
 * checks in parse_header() leave), then the reserved field of the
 * version's own layout ("emad.reserved").
 */
static LIBFFA_INLINE_ libffa_status_t check_emad_reserved(
	const uint8_t *b, size_t size, size_t off, uint32_t i, uint32_t known,
	const struct libffa_mem_view *view, struct libffa_mem_fault *fault)
{
	uint64_t lo;
	uint32_t at;

	if (view->emad_stride > known) {
		uint64_t hi;

		if (off > size - LIBFFA_WIRE_EMAD_SIZE_MAX) {
			/* Redundant (the stride is 32 and the array inside
			 * @size): a bound for the proof stage. */
			return fail(fault, LIBFFA_E_TRUNCATED, "emad", off, i);
		}
		lo = libffa_le64_load_(b + off + LIBFFA_WIRE_EMAD_SIZE_V1_0);
		hi = libffa_le64_load_(b + off + LIBFFA_WIRE_EMAD_SIZE_V1_0 +
				       8u);
		if ((lo | hi) != 0u) {
			at = lo != 0u ? first_nonzero_byte(lo)
				      : 8u + first_nonzero_byte(hi);
			return fail(fault, LIBFFA_E_MBZ, "emad.extension",
				    off + LIBFFA_WIRE_EMAD_SIZE_V1_0 + at, i);
		}
	}
	if (view->version >= LIBFFA_VERSION_1_2) {
		if (off > size - LIBFFA_WIRE_EMAD_SIZE_V1_2) {
			/* Redundant (the stride is 32 here): a constant
			 * bound for the proof stage, which merges the
			 * versions' states. */
			return fail(fault, LIBFFA_E_TRUNCATED, "emad", off, i);
		}
		at = LIBFFA_WIRE_EMAD_RESV24_OFF_V1_2;
		lo = libffa_le64_load_(b + off +
				       LIBFFA_WIRE_EMAD_RESV24_OFF_V1_2);
	} else {
		at = LIBFFA_WIRE_EMAD_RESV8_OFF_V1_0;
		lo = libffa_le64_load_(b + off +
				       LIBFFA_WIRE_EMAD_RESV8_OFF_V1_0);
	}
	if (lo != 0u) {
		return fail(fault, LIBFFA_E_MBZ, "emad.reserved",
			    off + at + first_nonzero_byte(lo), i);
	}
	return LIBFFA_OK;
}

/*
 * Whether an EMAD before @i names receiver @id: in @copy, which holds
 * them as they were checked, when there is one, else in the buffer.
 */
static bool id_seen(const uint8_t *b, const struct libffa_mem_view *view,
		    const struct libffa_mem_copy *copy, size_t off, uint32_t i,
		    libffa_id_t id)
{
	uint32_t j;

	for (j = 0; j < i; j++) {
		size_t other =
			view->emad_offset + (size_t)j * view->emad_stride;

		if (copy != NULL) {
			if (copy->receivers[j].endpoint_id == id) {
				return true;
			}
			continue;
		}
		if (other > off) {
			break; /* never: j < i (for the proof stage) */
		}
		if (libffa_le16_load_(b + other) == id) {
			return true;
		}
	}
	return false;
}

static libffa_status_t parse_emads(const uint8_t *b, size_t size,
				   uint32_t known, struct libffa_mem_view *view,
				   const struct libffa_mem_copy *copy,
				   size_t *emads_end,
				   struct libffa_mem_fault *fault)
{
	uint8_t flags_mbz =
		is_send(view->op)
			? 0xFFu
			: (uint8_t)~LIBFFA_MEM_EMAD_FLAG_NON_RETRIEVAL;
	uint64_t end;
	size_t last;
	size_t off;
	uint32_t i;

	if (view->receiver_count == 0u) {
		return fail(fault, LIBFFA_E_BADVALUE, "header.emad_count",
			    LIBFFA_WIRE_MEM_TRANS_EMAD_COUNT_OFF, 0);
	}
	end = libffa_span_end_(view->emad_offset, view->receiver_count,
			       view->emad_stride);
	if (end > size) {
		/* Name the first EMAD that does not fit. */
		i = (uint32_t)((size - view->emad_offset) / view->emad_stride);
		return fail(fault, LIBFFA_E_TRUNCATED, "emad",
			    view->emad_offset + (size_t)i * view->emad_stride,
			    i);
	}
	if (copy != NULL && view->receiver_count > copy->receiver_max) {
		return fail(fault, LIBFFA_E_NOSPACE, "header.emad_count",
			    LIBFFA_WIRE_MEM_TRANS_EMAD_COUNT_OFF, 0);
	}
	*emads_end = (size_t)end;
	/*
	 * As for the constituents, the loop runs on the byte offset, bounded
	 * by the last EMAD's (the array end was checked against @size just
	 * above, and the stride is at least @known): every read is inside the
	 * buffer on its face, and for the proof stage.
	 */
	last = (size_t)end - view->emad_stride;
	for (off = view->emad_offset, i = 0; off <= last;
	     off += view->emad_stride, i++) {
		const uint8_t *e = b + off;
		uint8_t perm = e[LIBFFA_WIRE_EMAD_PERM_OFF];
		uint8_t eflags = e[LIBFFA_WIRE_EMAD_FLAGS_OFF];
		libffa_id_t id;
		uint32_t composite;
		libffa_status_t st;

		st = check_permissions(view->op, perm);
		if (st != LIBFFA_OK) {
			return fail(fault, st, "emad.permissions",
				    off + LIBFFA_WIRE_EMAD_PERM_OFF, i);
		}
		if ((eflags & flags_mbz) != 0u) {
			return fail(fault, LIBFFA_E_MBZ, "emad.flags",
				    off + LIBFFA_WIRE_EMAD_FLAGS_OFF, i);
		}
		st = check_emad_reserved(b, size, off, i, known, view, fault);
		if (st != LIBFFA_OK) {
			return st;
		}
		/* Every receiver must be told about the same region. */
		composite =
			libffa_le32_load_(e + LIBFFA_WIRE_EMAD_COMPOSITE_OFF);
		if (i == 0u) {
			view->composite_offset = composite;
		} else if (composite != view->composite_offset) {
			return fail(fault, LIBFFA_E_BADVALUE,
				    "emad.composite_offset",
				    off + LIBFFA_WIRE_EMAD_COMPOSITE_OFF, i);
		}
		id = libffa_le16_load_(e + LIBFFA_WIRE_EMAD_ENDPOINT_OFF);
		if (id_seen(b, view, copy, off, i, id)) {
			return fail(fault, LIBFFA_E_BADVALUE,
				    "emad.endpoint_id",
				    off + LIBFFA_WIRE_EMAD_ENDPOINT_OFF, i);
		}
		if (copy != NULL) {
			/* The values checked above; impdef has no rule. */
			struct libffa_mem_receiver *r = &copy->receivers[i];

			r->endpoint_id = id;
			r->permissions = perm;
			r->flags = eflags;
			r->impdef[0] = 0;
			r->impdef[1] = 0;
			if (view->version >= LIBFFA_VERSION_1_2 &&
			    off <= size - LIBFFA_WIRE_EMAD_SIZE_V1_2) {
				/* The bound holds (the stride is 32 here): for
				 * the proof stage. */
				r->impdef[0] = libffa_le64_load_(
					e + LIBFFA_WIRE_EMAD_IMPDEF_OFF_V1_2);
				r->impdef[1] = libffa_le64_load_(
					e + LIBFFA_WIRE_EMAD_IMPDEF_OFF_V1_2 +
					8u);
			}
		}
	}
	return LIBFFA_OK;
}

/*
 * Every rule of a constituent (DEN0077A 1.1 Table 10.14), in the order the
 * faults are reported: the fault of the constituent at @off (index @idx)
 * with the values @addr and @word (page count | reserved << 32) already
 * read, or %LIBFFA_OK.
 */
static libffa_status_t constituent_check(struct libffa_mem_fault *fault,
					 uint64_t addr, uint64_t word,
					 size_t off, uint32_t idx)
{
	uint32_t count = (uint32_t)word;

	if (addr % LIBFFA_MEM_PAGE_SIZE != 0u) {
		return fail(fault, LIBFFA_E_ALIGN, "constituent.address",
			    off + LIBFFA_WIRE_CONSTITUENT_ADDRESS_OFF, idx);
	}
	if (count == 0u) {
		return fail(fault, LIBFFA_E_BADVALUE, "constituent.page_count",
			    off + LIBFFA_WIRE_CONSTITUENT_PAGES_OFF, idx);
	}
	/* The range must not wrap the 64-bit address space. */
	if ((uint64_t)count - 1u > (UINT64_MAX - addr) / LIBFFA_MEM_PAGE_SIZE) {
		return fail(fault, LIBFFA_E_OVERFLOW, "constituent.page_count",
			    off + LIBFFA_WIRE_CONSTITUENT_PAGES_OFF, idx);
	}
	if ((word >> 32) != 0u) {
		return fail(fault, LIBFFA_E_MBZ, "constituent.reserved",
			    off + LIBFFA_WIRE_CONSTITUENT_RESV12_OFF, idx);
	}
	return LIBFFA_OK;
}

/*
 * The quick test of the parse loop. An address passes when it is 4 KiB
 * aligned and below 2^52 (every physical and intermediate physical
 * address: no 32-bit page count can wrap it); the rest go to the full
 * checks, which may still accept them.
 */
#define CONSTITUENT_ADDR_SLOW \
	(~((UINT64_C(1) << 52) - 1u) | (LIBFFA_MEM_PAGE_SIZE - 1u))

/*
 * The page counts are summed as count - 1, into a sum that starts at
 * -(2^32 - 1): it carries out of 64 bits exactly when a page count is 0,
 * a reserved word is not, or the pages so far exceed UINT32_MAX (what the
 * composite's 32-bit total can hold), so one test of the carry sends all
 * three to the full checks.
 */
#define PAGES_BIAS ((uint64_t)0 - UINT32_MAX)

/* The page-count half of the quick test: adds @word - 1 to @sum, false
 * when it carried (see PAGES_BIAS). */
static LIBFFA_INLINE_ bool pages_quick(uint64_t word, uint64_t *sum)
{
	uint64_t old = *sum;

	*sum = old + (word - 1u);
	return *sum >= old;
}

/* The quick test of one constituent (@word: page count | reserved << 32),
 * adding its count - 1 to @sum. */
static LIBFFA_INLINE_ bool constituent_quick(uint64_t addr, uint64_t word,
					     uint64_t *sum)
{
	return pages_quick(word, sum) && (addr & CONSTITUENT_ADDR_SLOW) == 0u;
}

/*
 * The constituents of @view's buffer from the one at @off (whose values
 * @addr and @word, page count | reserved << 32, the caller read) to the
 * last, at @last, each read once, given every check (constituent_check())
 * and copied out when there is a @copy, after those before @off passed;
 * then the page total. Out of line:
 * the parse loop leaves its quick test for this at the first constituent
 * that does not pass it, and the rest of the array goes here. Eight
 * arguments, so the call is a tail call on AArch64 (the parse's frame is
 * gone by then: the stack budget).
 */
static LIBFFA_NOINLINE_ libffa_status_t constituents_slow(
	size_t off, size_t last, uint64_t addr, uint64_t word, uint64_t sum,
	struct libffa_mem_view *view, const struct libffa_mem_copy *copy,
	struct libffa_mem_fault *fault)
{
	const uint8_t *b = view->buf;
	struct libffa_mem_constituent *out =
		copy != NULL ? copy->constituents : NULL;
	uint32_t room = copy != NULL ? copy->constituent_max : 0u;
	uint32_t idx = (uint32_t)((off - view->constituent_offset) /
				  LIBFFA_WIRE_CONSTITUENT_SIZE);
	/* The pages before @off: the parse loop's sum (see PAGES_BIAS) had
	 * @word - 1 added already and counts one less per constituent. */
	uint64_t pages = sum - (word - 1u) - PAGES_BIAS + idx;

	for (;;) {
		libffa_status_t st =
			constituent_check(fault, addr, word, off, idx);

		if (st != LIBFFA_OK) {
			return st;
		}
		pages += (uint32_t)word;
		if (out != NULL) {
			if (idx >= room) {
				/* Never: the caller checked the room for the
				 * count (a bound for the proof stage). */
				return fail(
					fault, LIBFFA_E_NOSPACE,
					"composite.constituent_count",
					view->constituent_offset -
						LIBFFA_WIRE_COMPOSITE_SIZE +
						LIBFFA_WIRE_COMPOSITE_COUNT_OFF,
					0);
			}
			out[idx].address = addr;
			out[idx].page_count = (uint32_t)word;
		}
		off += LIBFFA_WIRE_CONSTITUENT_SIZE;
		idx++;
		if (off > last) {
			break;
		}
		addr = libffa_le64_load_(b + off +
					 LIBFFA_WIRE_CONSTITUENT_ADDRESS_OFF);
		word = libffa_le64_load_(b + off +
					 LIBFFA_WIRE_CONSTITUENT_PAGES_OFF);
	}
	if (pages != view->total_pages) {
		return fail(fault, LIBFFA_E_BADVALUE, "composite.total_pages",
			    view->constituent_offset -
				    LIBFFA_WIRE_COMPOSITE_SIZE +
				    LIBFFA_WIRE_COMPOSITE_PAGES_OFF,
			    0);
	}
	view->used_size = (size_t)last + LIBFFA_WIRE_CONSTITUENT_SIZE;
	return LIBFFA_OK;
}

/*
 * The address rule of constituents [0, @n) already copied to @c, the first
 * at @first in the buffer: the first fault, or %LIBFFA_OK. Their page
 * counts passed pages_quick() when they were read (the reserved words
 * were zero), so the copies hold everything the full checks need. The
 * copy loop tests the addresses of the whole array at once (their OR)
 * and comes here only when one of them failed that test.
 */
static LIBFFA_NOINLINE_ libffa_status_t
constituents_recheck(const struct libffa_mem_constituent *c, uint32_t n,
		     size_t first, struct libffa_mem_fault *fault)
{
	uint32_t i;

	for (i = 0; i < n; i++) {
		libffa_status_t st = constituent_check(
			fault, c[i].address, c[i].page_count,
			first + (size_t)i * LIBFFA_WIRE_CONSTITUENT_SIZE, i);

		if (st != LIBFFA_OK) {
			return st;
		}
	}
	return LIBFFA_OK;
}

/*
 * The copy loop leaving at the constituent at @off, whose page count
 * failed pages_quick(): the constituents before it passed their page
 * tests, and when an address read so far (OR @addrs, this one's too)
 * fails the quick test, theirs are checked from the copies first; then
 * this one and the rest go to constituents_slow().
 */
static LIBFFA_INLINE_ libffa_status_t
copy_leave(size_t off, size_t last, uint64_t addr, uint64_t word, uint64_t sum,
	   uint64_t addrs, struct libffa_mem_view *view,
	   const struct libffa_mem_copy *copy, struct libffa_mem_fault *fault)
{
	size_t first = view->constituent_offset;

	if ((addrs & CONSTITUENT_ADDR_SLOW) != 0u) {
		libffa_status_t st = constituents_recheck(
			copy->constituents,
			(uint32_t)((off - first) /
				   LIBFFA_WIRE_CONSTITUENT_SIZE),
			first, fault);

		if (st != LIBFFA_OK) {
			return st;
		}
	}
	return constituents_slow(off, last, addr, word, sum, view, copy, fault);
}

/*
 * One constituent of the copy loop at @p: read once into @addr and @word
 * (page count | reserved << 32), stored to @out as read, its address ORed
 * into @addrs, its page count tested and summed (pages_quick()).
 */
static LIBFFA_INLINE_ bool copy_one(const uint8_t *p,
				    struct libffa_mem_constituent *out,
				    uint64_t *addr, uint64_t *word,
				    uint64_t *addrs, uint64_t *sum)
{
	*addr = libffa_le64_load_(p + LIBFFA_WIRE_CONSTITUENT_ADDRESS_OFF);
	*word = libffa_le64_load_(p + LIBFFA_WIRE_CONSTITUENT_PAGES_OFF);
	out->address = *addr;
	out->page_count = (uint32_t)*word;
	*addrs |= *addr;
	return pages_quick(*word, sum);
}

/*
 * The constituents of libffa_mem_parse_copy(), from the view's constituent
 * offset to the one at @last, into @copy (room checked), each read once
 * and stored as read; the page sum (see PAGES_BIAS) in @sum_out. Four a
 * step, each page count tested as it is read (the carry), the addresses
 * ORed together and tested once after the loop: an address that fails
 * the quick test sends the whole array to the full checks from the copies
 * (same verdict and fault as the checks in order, each constituent's
 * values read once).
 */
static LIBFFA_INLINE_ libffa_status_t copy_constituents(
	const uint8_t *b, size_t last, uint64_t *sum_out,
	struct libffa_mem_view *view, const struct libffa_mem_copy *copy,
	struct libffa_mem_fault *fault)
{
	struct libffa_mem_constituent *out = copy->constituents;
	size_t first = view->constituent_offset;
	size_t off = first;
	uint64_t sum = PAGES_BIAS;
	uint64_t addrs = 0;
	uint64_t addr;
	uint64_t word;

#if !defined(__OPTIMIZE_SIZE__)
	/* The step as a size_t: the offsets below are size_t arithmetic. */
	const size_t step = LIBFFA_WIRE_CONSTITUENT_SIZE;

	/* Four a step while four are left (not at -Os): up to the last
	 * offset four fit at, so every read is inside the array on its face
	 * (and for the proof stage). */
	if (last - first >= 3u * step) {
		const uint8_t *p = b + off;
		const uint8_t *last4 = b + (last - 3u * step);

		for (; p <= last4; p += 4u * step, out += 4) {
			if (!copy_one(p, &out[0], &addr, &word, &addrs, &sum)) {
				return copy_leave((size_t)(p - b), last, addr,
						  word, sum, addrs, view, copy,
						  fault);
			}
			if (!copy_one(p + step, &out[1], &addr, &word, &addrs,
				      &sum)) {
				return copy_leave((size_t)(p - b) + step, last,
						  addr, word, sum, addrs, view,
						  copy, fault);
			}
			if (!copy_one(p + 2u * step, &out[2], &addr, &word,
				      &addrs, &sum)) {
				return copy_leave((size_t)(p - b) + 2u * step,
						  last, addr, word, sum, addrs,
						  view, copy, fault);
			}
			if (!copy_one(p + 3u * step, &out[3], &addr, &word,
				      &addrs, &sum)) {
				return copy_leave((size_t)(p - b) + 3u * step,
						  last, addr, word, sum, addrs,
						  view, copy, fault);
			}
		}
		off = (size_t)(p - b);
	}
#endif
	/* One a step: the rest. */
	for (; off <= last; off += LIBFFA_WIRE_CONSTITUENT_SIZE, out++) {
		if (!copy_one(b + off, out, &addr, &word, &addrs, &sum)) {
			return copy_leave(off, last, addr, word, sum, addrs,
					  view, copy, fault);
		}
	}
	if ((addrs & CONSTITUENT_ADDR_SLOW) != 0u) {
		libffa_status_t st = constituents_recheck(
			copy->constituents, view->constituent_count, first,
			fault);

		if (st != LIBFFA_OK) {
			return st;
		}
	}
	*sum_out = sum;
	return LIBFFA_OK;
}

static libffa_status_t parse_composite(const uint8_t *b, size_t size,
				       struct libffa_mem_view *view,
				       const struct libffa_mem_copy *copy,
				       size_t emads_end,
				       struct libffa_mem_fault *fault)
{
	size_t coff = view->composite_offset;
	uint64_t end;
	uint64_t sum = PAGES_BIAS;
	size_t last;

	if (coff < emads_end) {
		return fail(fault, LIBFFA_E_BADVALUE, "emad.composite_offset",
			    view->emad_offset + LIBFFA_WIRE_EMAD_COMPOSITE_OFF,
			    0);
	}
	if (coff % LIBFFA_WIRE_COMPOSITE_ALIGN != 0u) {
		return fail(fault, LIBFFA_E_ALIGN, "emad.composite_offset",
			    view->emad_offset + LIBFFA_WIRE_EMAD_COMPOSITE_OFF,
			    0);
	}
	if (size < LIBFFA_WIRE_COMPOSITE_SIZE ||
	    coff > size - LIBFFA_WIRE_COMPOSITE_SIZE) {
		return fail(fault, LIBFFA_E_TRUNCATED, "composite", coff, 0);
	}
	view->total_pages =
		libffa_le32_load_(b + coff + LIBFFA_WIRE_COMPOSITE_PAGES_OFF);
	view->constituent_count =
		libffa_le32_load_(b + coff + LIBFFA_WIRE_COMPOSITE_COUNT_OFF);
	if (libffa_le64_load_(b + coff + LIBFFA_WIRE_COMPOSITE_RESV8_OFF) !=
	    0u) {
		return fail(fault, LIBFFA_E_MBZ, "composite.reserved",
			    coff + LIBFFA_WIRE_COMPOSITE_RESV8_OFF, 0);
	}
	if (view->constituent_count == 0u) {
		return fail(fault, LIBFFA_E_BADVALUE,
			    "composite.constituent_count",
			    coff + LIBFFA_WIRE_COMPOSITE_COUNT_OFF, 0);
	}
	if (view->total_pages == 0u) {
		return fail(fault, LIBFFA_E_BADVALUE, "composite.total_pages",
			    coff + LIBFFA_WIRE_COMPOSITE_PAGES_OFF, 0);
	}
	/*
	 * The constituent offset is a 32-bit view field: a composite at the
	 * top of a buffer larger than 4 GiB must not wrap it back into the
	 * header (found in review; tested with a sparse 4 GiB buffer).
	 */
	if (coff > UINT32_MAX - LIBFFA_WIRE_COMPOSITE_SIZE) {
		return fail(fault, LIBFFA_E_OVERFLOW, "emad.composite_offset",
			    view->emad_offset + LIBFFA_WIRE_EMAD_COMPOSITE_OFF,
			    0);
	}
	view->constituent_offset =
		(uint32_t)(coff + LIBFFA_WIRE_COMPOSITE_SIZE);
	end = libffa_span_end_(view->constituent_offset,
			       view->constituent_count,
			       LIBFFA_WIRE_CONSTITUENT_SIZE);
	if (end > size) {
		uint32_t i = (uint32_t)((size - view->constituent_offset) /
					LIBFFA_WIRE_CONSTITUENT_SIZE);
		return fail(fault, LIBFFA_E_TRUNCATED, "constituent",
			    view->constituent_offset +
				    (size_t)i * LIBFFA_WIRE_CONSTITUENT_SIZE,
			    i);
	}
	/*
	 * One pass, each constituent read once as two double words. The loop
	 * runs on the byte offset, bounded by the last constituent's (the
	 * array end was checked against @size above), so every read is
	 * inside the buffer on its face (and for the proof stage). With a
	 * copy, the values go to the caller's array as they are read (room
	 * checked): what the checks saw is what the caller gets.
	 */
	last = (size_t)end - LIBFFA_WIRE_CONSTITUENT_SIZE;
	if (copy != NULL) {
		libffa_status_t st;

		if (view->constituent_count > copy->constituent_max) {
			return fail(fault, LIBFFA_E_NOSPACE,
				    "composite.constituent_count",
				    coff + LIBFFA_WIRE_COMPOSITE_COUNT_OFF, 0);
		}
		st = copy_constituents(b, last, &sum, view, copy, fault);
		if (st != LIBFFA_OK) {
			return st;
		}
	} else {
		size_t off;

		for (off = view->constituent_offset; off <= last;
		     off += LIBFFA_WIRE_CONSTITUENT_SIZE) {
			uint64_t addr = libffa_le64_load_(
				b + off + LIBFFA_WIRE_CONSTITUENT_ADDRESS_OFF);
			uint64_t word = libffa_le64_load_(
				b + off + LIBFFA_WIRE_CONSTITUENT_PAGES_OFF);

			if (!constituent_quick(addr, word, &sum)) {
				return constituents_slow(off, last, addr, word,
							 sum, view, NULL,
							 fault);
			}
		}
	}
	/* The sum of the counts is the total: the loop's sum (every count - 1
	 * from the bias) is the total less one per constituent. */
	if (sum != PAGES_BIAS + view->total_pages - view->constituent_count) {
		return fail(fault, LIBFFA_E_BADVALUE, "composite.total_pages",
			    coff + LIBFFA_WIRE_COMPOSITE_PAGES_OFF, 0);
	}
	view->used_size = (size_t)end;
	return LIBFFA_OK;
}

/* libffa_mem_parse() and, with @copy, libffa_mem_parse_copy(). */
static libffa_status_t parse(const void *buf, size_t size,
			     libffa_version_t version, enum libffa_mem_op op,
			     unsigned int flags, struct libffa_mem_view *view,
			     const struct libffa_mem_copy *copy,
			     struct libffa_mem_fault *fault)
{
	const uint8_t *b = buf;
	size_t emads_end = 0;
	uint32_t known;
	libffa_status_t st;

	if (view == NULL || (buf == NULL && size != 0u) ||
	    op > LIBFFA_MEM_OP_RETRIEVE_RESP) {
		return fail(fault, LIBFFA_E_INVAL, NULL, 0, 0);
	}
	if (!libffa_version_is_known(version)) {
		return fail(fault, LIBFFA_E_VERSION, NULL, 0, 0);
	}
	known = libffa_wire_emad_size_(version);
	LIBFFA_MEMSET(view, 0, sizeof(*view));
	view->buf = b;
	view->size = size;
	view->version = version;
	view->op = op;
	st = parse_header(b, size, version, known, view, fault);
	if (st != LIBFFA_OK) {
		return st;
	}
	st = check_attributes(version, op, view->attributes,
			      view->receiver_count);
	if (st != LIBFFA_OK) {
		return fail(fault, st, "header.attributes",
			    LIBFFA_WIRE_MEM_TRANS_ATTR_OFF, 0);
	}
	st = check_flags(op, view->flags);
	if (st != LIBFFA_OK) {
		return fail(fault, st, "header.flags",
			    LIBFFA_WIRE_MEM_TRANS_FLAGS_OFF, 0);
	}
	if ((flags & LIBFFA_MEM_PARSE_FROM_OWNER) != 0u && is_send(op) &&
	    view->handle != 0u) {
		return fail(fault, LIBFFA_E_BADVALUE, "header.handle",
			    LIBFFA_WIRE_MEM_TRANS_HANDLE_OFF, 0);
	}
	st = parse_emads(b, size, known, view, copy, &emads_end, fault);
	if (st != LIBFFA_OK) {
		return st;
	}
	if (view->composite_offset == 0u) {
		/* Only a retrieve request may leave the region to the handle.
		 */
		if (op != LIBFFA_MEM_OP_RETRIEVE_REQ &&
		    op != LIBFFA_MEM_OP_ANY) {
			return fail(fault, LIBFFA_E_BADVALUE,
				    "emad.composite_offset",
				    view->emad_offset +
					    LIBFFA_WIRE_EMAD_COMPOSITE_OFF,
				    0);
		}
		view->used_size = emads_end;
		return fail(fault, LIBFFA_OK, NULL, 0, 0);
	}
	st = parse_composite(b, size, view, copy, emads_end, fault);
	if (st != LIBFFA_OK) {
		return st;
	}
	return fail(fault, LIBFFA_OK, NULL, 0, 0);
}

libffa_status_t libffa_mem_parse(const void *buf, size_t size,
				 libffa_version_t version,
				 enum libffa_mem_op op, unsigned int flags,
				 struct libffa_mem_view *view,
				 struct libffa_mem_fault *fault)
{
	/* The status tested, not just passed on: the proof stage then keeps
	 * the OK outcome apart from the others across the call. */
	libffa_status_t st =
		parse(buf, size, version, op, flags, view, NULL, fault);

	return st == LIBFFA_OK ? LIBFFA_OK : st;
}

libffa_status_t libffa_mem_parse_copy(const void *buf, size_t size,
				      libffa_version_t version,
				      enum libffa_mem_op op, unsigned int flags,
				      struct libffa_mem_view *view,
				      const struct libffa_mem_copy *copy,
				      struct libffa_mem_fault *fault)
{
	libffa_status_t st;

	if (copy == NULL ||
	    (copy->receivers == NULL && copy->receiver_max != 0u) ||
	    (copy->constituents == NULL && copy->constituent_max != 0u)) {
		return fail(fault, LIBFFA_E_INVAL, NULL, 0, 0);
	}
	st = parse(buf, size, version, op, flags, view, copy, fault);
	return st == LIBFFA_OK ? LIBFFA_OK : st; /* see libffa_mem_parse() */
}

bool libffa_mem_receiver_get(const struct libffa_mem_view *view, uint32_t idx,
			     struct libffa_mem_receiver *receiver)
{
	const uint8_t *e;
	uint64_t off;
	uint32_t need;

	if (view == NULL || receiver == NULL || idx >= view->receiver_count) {
		return false;
	}
	/* Geometry comes from the view, checked by libffa_mem_parse();
	 * the bytes read here are checked against its size once more, so a
	 * view the caller altered cannot read past the buffer. */
	need = view->version >= LIBFFA_VERSION_1_2
		       ? LIBFFA_WIRE_EMAD_IMPDEF_OFF_V1_2 + 16u
		       : LIBFFA_WIRE_EMAD_COMPOSITE_OFF;
	off = (uint64_t)view->emad_offset + (uint64_t)idx * view->emad_stride;
	if (view->size < need || off > view->size - need) {
		return false;
	}
	e = view->buf + (size_t)off;
	receiver->endpoint_id =
		libffa_le16_load_(e + LIBFFA_WIRE_EMAD_ENDPOINT_OFF);
	receiver->permissions = e[LIBFFA_WIRE_EMAD_PERM_OFF];
	receiver->flags = e[LIBFFA_WIRE_EMAD_FLAGS_OFF];
	receiver->impdef[0] = 0;
	receiver->impdef[1] = 0;
	if (view->version >= LIBFFA_VERSION_1_2) {
		receiver->impdef[0] =
			libffa_le64_load_(e + LIBFFA_WIRE_EMAD_IMPDEF_OFF_V1_2);
		receiver->impdef[1] = libffa_le64_load_(
			e + LIBFFA_WIRE_EMAD_IMPDEF_OFF_V1_2 + 8u);
	}
	return true;
}

/*
 * Where constituents [@first, @first + @n) lie in a view's buffer, or
 * false when they are not all inside it. Geometry comes from the view,
 * checked by libffa_mem_parse(); checked against its size once more, in 64
 * bits, so a view the caller altered cannot read past the buffer.
 */
static bool constituents_at(const struct libffa_mem_view *view, uint32_t first,
			    uint32_t n, size_t *off)
{
	uint64_t start = (uint64_t)view->constituent_offset +
			 (uint64_t)first * LIBFFA_WIRE_CONSTITUENT_SIZE;

	if (start + (uint64_t)n * LIBFFA_WIRE_CONSTITUENT_SIZE > view->size) {
		return false;
	}
	*off = (size_t)start;
	return true;
}

/* The constituent at @p, already inside the buffer (constituents_at()). */
static LIBFFA_INLINE_ void read_constituent(const uint8_t *p,
					    struct libffa_mem_constituent *c)
{
	c->address = libffa_le64_load_(p + LIBFFA_WIRE_CONSTITUENT_ADDRESS_OFF);
	c->page_count =
		libffa_le32_load_(p + LIBFFA_WIRE_CONSTITUENT_PAGES_OFF);
}

bool libffa_mem_constituent_get(const struct libffa_mem_view *view,
				uint32_t idx, struct libffa_mem_constituent *c)
{
	size_t off;

	if (view == NULL || c == NULL || idx >= view->constituent_count ||
	    !constituents_at(view, idx, 1u, &off)) {
		return false;
	}
	read_constituent(view->buf + off, c);
	return true;
}

uint32_t libffa_mem_constituents_copy(const struct libffa_mem_view *view,
				      uint32_t first,
				      struct libffa_mem_constituent *out,
				      uint32_t max)
{
	const uint8_t *b;
	size_t off;
	size_t last;
	uint32_t n;

	if (view == NULL || out == NULL || first >= view->constituent_count) {
		return 0;
	}
	n = view->constituent_count - first;
	if (n > max) {
		n = max;
	}
	if (n == 0u || !constituents_at(view, first, n, &off)) {
		return 0;
	}
	/* As in libffa_mem_parse(): the loop runs on the byte offset, bounded
	 * by the last constituent's, checked inside the buffer just above;
	 * @out advances with it, n times. */
	b = view->buf;
	last = off + ((size_t)n - 1u) * LIBFFA_WIRE_CONSTITUENT_SIZE;
	if (last > view->size - LIBFFA_WIRE_CONSTITUENT_SIZE) {
		return 0; /* never (checked just above): for the proof stage */
	}
	for (; off <= last; off += LIBFFA_WIRE_CONSTITUENT_SIZE, out++) {
		read_constituent(b + off, out);
	}
	return n;
}

void libffa_mem_iter_init(struct libffa_mem_iter *it,
			  const struct libffa_mem_view *view)
{
	it->view = view;
	it->idx = 0;
}

bool libffa_mem_receiver_next(struct libffa_mem_iter *it,
			      struct libffa_mem_receiver *receiver)
{
	if (!libffa_mem_receiver_get(it->view, it->idx, receiver)) {
		return false;
	}
	it->idx++;
	return true;
}

bool libffa_mem_constituent_next(struct libffa_mem_iter *it,
				 struct libffa_mem_constituent *c)
{
	if (!libffa_mem_constituent_get(it->view, it->idx, c)) {
		return false;
	}
	it->idx++;
	return true;
}

libffa_status_t libffa_mem_relinquish_parse(
	const void *buf, size_t size, struct libffa_mem_relinquish_view *view,
	struct libffa_mem_fault *fault)
{
	const uint8_t *b = buf;
	uint32_t i;
	uint32_t j;

	if (view == NULL || (buf == NULL && size != 0u)) {
		return fail(fault, LIBFFA_E_INVAL, NULL, 0, 0);
	}
	if (size < LIBFFA_WIRE_RELINQUISH_ENDPOINTS_OFF) {
		return fail(fault, LIBFFA_E_TRUNCATED, "header", size, 0);
	}
	view->buf = b;
	view->handle = libffa_le64_load_(b + LIBFFA_WIRE_RELINQUISH_HANDLE_OFF);
	view->flags = libffa_le32_load_(b + LIBFFA_WIRE_RELINQUISH_FLAGS_OFF);
	view->endpoint_count =
		libffa_le32_load_(b + LIBFFA_WIRE_RELINQUISH_COUNT_OFF);
	if ((view->flags & ~LIBFFA_MEM_RELINQUISH_FLAGS) != 0u) {
		return fail(fault, LIBFFA_E_MBZ, "header.flags",
			    LIBFFA_WIRE_RELINQUISH_FLAGS_OFF, 0);
	}
	if (view->endpoint_count == 0u) {
		return fail(fault, LIBFFA_E_BADVALUE, "header.endpoint_count",
			    LIBFFA_WIRE_RELINQUISH_COUNT_OFF, 0);
	}
	/* The count bounded by the size (not the size by the count): the
	 * same verdict, and a bound the proof stage tracks to every read. */
	if (view->endpoint_count >
	    (size - LIBFFA_WIRE_RELINQUISH_ENDPOINTS_OFF) / 2u) {
		i = (uint32_t)((size - LIBFFA_WIRE_RELINQUISH_ENDPOINTS_OFF) /
			       2u);
		return fail(
			fault, LIBFFA_E_TRUNCATED, "endpoint",
			LIBFFA_WIRE_RELINQUISH_ENDPOINTS_OFF + (size_t)i * 2u,
			i);
	}
	for (i = 1; i < view->endpoint_count; i++) {
		const uint8_t *p = b + LIBFFA_WIRE_RELINQUISH_ENDPOINTS_OFF +
				   (size_t)i * 2u;

		for (j = 0; j < i; j++) {
			if (libffa_le16_load_(
				    b + LIBFFA_WIRE_RELINQUISH_ENDPOINTS_OFF +
				    (size_t)j * 2u) == libffa_le16_load_(p)) {
				return fail(fault, LIBFFA_E_BADVALUE,
					    "endpoint", (size_t)(p - b), i);
			}
		}
	}
	return fail(fault, LIBFFA_OK, NULL, 0, 0);
}

bool libffa_mem_relinquish_endpoint(
	const struct libffa_mem_relinquish_view *view, uint32_t idx,
	libffa_id_t *id)
{
	if (view == NULL || id == NULL || idx >= view->endpoint_count) {
		return false;
	}
	*id = libffa_le16_load_(view->buf +
				LIBFFA_WIRE_RELINQUISH_ENDPOINTS_OFF +
				(size_t)idx * 2u);
	return true;
}
