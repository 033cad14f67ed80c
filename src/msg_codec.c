/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * The codec, expanded from abi.def (macros in msg_gen.h): per layout one
 * straight-line decoder and encoder, behind the typed entry points of
 * msg.h. The generic libffa_msg_decode()/libffa_msg_encode() dispatch to
 * these on the function ID (msg_decode.c, msg_encode.c). Rules:
 * DEN0028 1.2 s2.6 (an SMC32 frame is w0-w7), DEN0077A 1.2 s11.2 (unused
 * registers are reserved, must be zero), s13.1 (FFA_SUCCESS either width).
 */
#include "ffa/msg.h"

#include "abi_internal.h"
#include "internal.h"
#include "msg_gen.h"
#include "msg_rules.h"

/* The row of each ABI and its value rule, folded into the functions. */
struct libffa_codec_row_ {
	uint32_t fid32;
	uint32_t fid64;
	libffa_version_t since32;
	libffa_version_t since64;
	libffa_version_t until;
	uint32_t flags;
};

/* clang-format off */
#define LIBFFA_ABI(NAME, lc, id, spec, f32, f64, s32, s64, until, callers, check) \
	static const struct libffa_codec_row_ row_##lc = {(f32), (f64), (s32), (s64), (until), (callers)}; \
	static inline libffa_status_t rule_##lc(const void *a, bool smc64, \
						libffa_version_t version, \
						struct libffa_msg_fault *fault) \
	{ \
		return LIBFFA_RULE_##check((const struct libffa_args_##lc *)a, smc64, version, \
					   fault); \
	}
#include "ffa/abi.def"

/* Registers each layout's arrays cover (they write them themselves). */
enum libffa_codec_cover_ {
#define LIBFFA_ARGS_BEGIN(NAME, lc, wide) COVER_args_##lc = (int)(0u
#define LIBFFA_ARG(lc, nm, KIND, ctype, dim, reg, lo, width, since, until) \
	| LIBFFA_G_COVER_##KIND(reg, width)
#define LIBFFA_ARGS_END(NAME, lc) ),
#define LIBFFA_RESULT_BEGIN(NAME, lc, wide) COVER_result_##lc = (int)(0u
#define LIBFFA_RES(lc, nm, KIND, ctype, dim, reg, lo, width, since, until) \
	| LIBFFA_G_COVER_##KIND(reg, width)
#define LIBFFA_RESULT_END(NAME, lc) ),
#include "ffa/abi.def"
	COVER_END_
};

/* Registers x0..x7 each layout's fields write (LIBFFA_G_PUT_ at -Os). */
enum libffa_codec_uses_ {
#define LIBFFA_ARGS_BEGIN(NAME, lc, wide) USES_args_##lc = (int)(0u
#define LIBFFA_ARG(lc, nm, KIND, ctype, dim, reg, lo, width, since, until) \
	| LIBFFA_G_USES_##KIND(reg, lo, width)
#define LIBFFA_ARGS_END(NAME, lc) ),
#define LIBFFA_RESULT_BEGIN(NAME, lc, wide) USES_result_##lc = (int)(0u
#define LIBFFA_RES(lc, nm, KIND, ctype, dim, reg, lo, width, since, until) \
	| LIBFFA_G_USES_##KIND(reg, lo, width)
#define LIBFFA_RESULT_END(NAME, lc) ),
#include "ffa/abi.def"
	USES_END_
};

/* The first version of an ABI (either width): its args fields gated no
 * later than that are in every frame the args decoder accepts. */
enum libffa_codec_since_ {
#define LIBFFA_ABI(NAME, lc, id, spec, f32, f64, s32, s64, until, callers, check) \
	SINCE_##lc = (int)((s32) == 0u ? (s64) : (s64) == 0u ? (s32) : (s32) < (s64) ? (s32) : (s64)),
#include "ffa/abi.def"
	SINCE_END_
};
/* A field gate of an args layout, with what the ABI's own gate implies. */
#define LIBFFA_G_ARG_SINCE_(lc, since) \
	((since) != 0u && (since) <= (libffa_version_t)SINCE_##lc ? LIBFFA_VERSION_MIN : (since))

/*
 * Layouts whose code depends on the version: a field gated later than its
 * ABI, or with an end, or an array that reaches x8-x17 from some version.
 */
enum libffa_codec_gated_ {
#define LIBFFA_ARGS_BEGIN(NAME, lc, wide) GATED_args_##lc = (int)((wide) != 0u
#define LIBFFA_ARG(lc, nm, KIND, ctype, dim, reg, lo, width, since, until) \
	|| LIBFFA_G_ARG_SINCE_(lc, since) != LIBFFA_VERSION_MIN || (until) != 0u
#define LIBFFA_ARGS_END(NAME, lc) ),
#define LIBFFA_RESULT_BEGIN(NAME, lc, wide) GATED_result_##lc = (int)((wide) != 0u
#define LIBFFA_RES(lc, nm, KIND, ctype, dim, reg, lo, width, since, until) \
	|| (since) != LIBFFA_VERSION_MIN || (until) != 0u
#define LIBFFA_RESULT_END(NAME, lc) ),
#include "ffa/abi.def"
	GATED_END_
};

/* ---- Decoders: fields, then (strict) reserved bits and the value rule --- */

#define LIBFFA_DEC_BEGIN_(pfx, lc, ws) \
	static LIBFFA_INLINE_ libffa_status_t dec_##pfx##_##lc( \
		const uint64_t *x, libffa_version_t version, bool smc64, \
		bool strict, struct libffa_##pfx##_##lc *b, \
		struct libffa_msg_fault *fault) \
	{ \
		const uint64_t view = smc64 ? ~UINT64_C(0) : LIBFFA_G_WORD_; \
		const bool wide = smc64 && libffa_codec_wide_(version, ws); \
		uint64_t c0 = 0; \
		uint64_t c1 = 0; \
		uint64_t c2 = 0; \
		uint64_t c3 = 0; \
		uint64_t c4 = 0; \
		uint64_t c5 = 0; \
		uint64_t c6 = 0; \
		uint64_t c7 = 0; \
		bool hcov = false;
#if defined(__OPTIMIZE_SIZE__)
/* Size first: the reserved-bit check is one shared call. */
#define LIBFFA_DEC_RESERVED_(high) \
		{ \
			const libffa_status_t status_ = libffa_codec_reserved_( \
				x, view, high, c1, c2, c3, c4, c5, c6, c7, fault); \
			if (status_ != LIBFFA_OK) { \
				return status_; \
			} \
		}
#else
/*
 * Speed first: the check inline, its report a tail call, so that no value
 * lives across a call and the fast path saves no register.
 */
#define LIBFFA_DEC_RESERVED_(high) \
		if (libffa_codec_reserved_bits_(x, view, high, c1, c2, c3, c4, c5, c6, \
						c7) != 0u) { \
			return libffa_codec_mbz_(x, view, high, c1, c2, c3, c4, c5, c6, c7, \
						 fault); \
		}
#endif
#define LIBFFA_DEC_END_(rule) \
		(void)c0; \
		(void)wide; \
		if (!strict) { \
			return LIBFFA_OK; \
		} \
		LIBFFA_DEC_RESERVED_(smc64 && !hcov && libffa_version_uses_x8_x17(version)) \
		return rule; \
	}

#define LIBFFA_ARGS_BEGIN(NAME, lc, wide) LIBFFA_DEC_BEGIN_(args, lc, wide)
#define LIBFFA_ARG(lc, nm, KIND, ctype, dim, reg, lo, width, since, until) \
	LIBFFA_G_DEC_(KIND, nm, ctype, reg, lo, width, LIBFFA_G_ARG_SINCE_(lc, since), until)
#define LIBFFA_ARGS_END(NAME, lc) LIBFFA_DEC_END_(rule_##lc(b, smc64, version, fault))
#define LIBFFA_RESULT_BEGIN(NAME, lc, wide) LIBFFA_DEC_BEGIN_(result, lc, wide)
#define LIBFFA_RES(lc, nm, KIND, ctype, dim, reg, lo, width, since, until) \
	LIBFFA_G_DEC_(KIND, nm, ctype, reg, lo, width, since, until)
#define LIBFFA_RESULT_END(NAME, lc) LIBFFA_DEC_END_(LIBFFA_OK)
#include "ffa/abi.def"

/* clang-format on */

/* A refused encode: never leave half a frame behind. */
LIBFFA_NOINLINE_ static libffa_status_t refuse(struct libffa_regs *regs,
					       libffa_status_t status)
{
	LIBFFA_MEMSET(regs, 0, sizeof(*regs));
	return status;
}

/* clang-format off */
/* ---- Encoders: w0, the fields, every other register zero ---------------- */

#define LIBFFA_ENC_BEGIN_(pfx, lc, ws) \
	static LIBFFA_INLINE_ libffa_status_t enc_##pfx##_##lc( \
		const struct libffa_##pfx##_##lc *b, uint64_t w0, bool smc64, \
		libffa_version_t version, struct libffa_regs *regs) \
	{ \
		const uint64_t view = smc64 ? ~UINT64_C(0) : LIBFFA_G_WORD_; \
		const bool wide64 = libffa_codec_wide_(version, ws); \
		const bool wide = smc64 && wide64; \
		const uint32_t cover = (uint32_t)COVER_##pfx##_##lc; \
		const uint32_t uses = (uint32_t)USES_##pfx##_##lc; \
		uint64_t o0 = w0; \
		uint64_t o1 = 0; \
		uint64_t o2 = 0; \
		uint64_t o3 = 0; \
		uint64_t o4 = 0; \
		uint64_t o5 = 0; \
		uint64_t o6 = 0; \
		uint64_t o7 = 0; \
		uint64_t v = 0; \
		libffa_status_t status = LIBFFA_E_INVAL;
#define LIBFFA_ENC_END_(rule) \
		(void)v; \
		(void)view; \
		(void)wide; \
		(void)wide64; \
		(void)uses; \
		LIBFFA_G_PUT_(cover, uses, 0) LIBFFA_G_PUT_(cover, uses, 1) \
		LIBFFA_G_PUT_(cover, uses, 2) LIBFFA_G_PUT_(cover, uses, 3) \
		LIBFFA_G_PUT_(cover, uses, 4) LIBFFA_G_PUT_(cover, uses, 5) \
		LIBFFA_G_PUT_(cover, uses, 6) LIBFFA_G_PUT_(cover, uses, 7) \
		if ((cover >> 8) == 0u && !LIBFFA_G_CLEARED_) { \
			LIBFFA_G_ZERO_HIGH_ \
		} \
		if ((rule) == LIBFFA_OK) { \
			return LIBFFA_OK; \
		} \
		status = LIBFFA_E_INVAL; \
	fail: \
		return refuse(regs, status); \
	}

#define LIBFFA_ARGS_BEGIN(NAME, lc, wide) LIBFFA_ENC_BEGIN_(args, lc, wide)
#define LIBFFA_ARG(lc, nm, KIND, ctype, dim, reg, lo, width, since, until) \
	LIBFFA_G_ENC_(KIND, nm, ctype, reg, lo, width, LIBFFA_G_ARG_SINCE_(lc, since), until)
#define LIBFFA_ARGS_END(NAME, lc) LIBFFA_ENC_END_(rule_##lc(b, smc64, version, NULL))
#define LIBFFA_RESULT_BEGIN(NAME, lc, wide) LIBFFA_ENC_BEGIN_(result, lc, wide)
#define LIBFFA_RES(lc, nm, KIND, ctype, dim, reg, lo, width, since, until) \
	LIBFFA_G_ENC_(KIND, nm, ctype, reg, lo, width, since, until)
#define LIBFFA_RESULT_END(NAME, lc) LIBFFA_ENC_END_(LIBFFA_OK)
#include "ffa/abi.def"

/* ---- Typed entry points (msg.h) ----------------------------------------- */

/*
 * The checks every typed entry point makes before its layout's code
 * (LIBFFA_CODEC_SHARED_: out of line at -Os, with the row's figures as
 * constants otherwise).
 */

/*
 * Every typed entry point's first checks: no fault yet, the pointers, a
 * version whose layouts libffa implements.
 */
static LIBFFA_INLINE_ libffa_status_t open_frame(const struct libffa_regs *regs,
						 const void *b,
						 libffa_version_t version,
						 struct libffa_msg_fault *fault)
{
	libffa_codec_fault_(fault, -1, 0);
	if (regs == NULL || b == NULL) {
		return LIBFFA_E_INVAL;
	}
	if (!libffa_version_is_known(version)) {
		return LIBFFA_E_VERSION;
	}
	return LIBFFA_OK;
}

/*
 * w0 must be the ABI's SMC32 or SMC64 ID (SVE hint masked, DEN0028 1.3
 * s2.5) with that form defined at @version. Returns the convention (0
 * SMC32, 1 SMC64) or a failure status (negative).
 */
static LIBFFA_INLINE_ int open_id(const uint64_t *x, libffa_version_t version,
				  const struct libffa_codec_row_ *row,
				  bool *smc64, struct libffa_msg_fault *fault)
{
	const uint32_t w0 = (uint32_t)x[0];
	const uint32_t id = libffa_smccc_fid_strip(w0);
	libffa_version_t since;
	bool s;

	if (row->fid32 != 0u && id == row->fid32) {
		s = false;
		since = row->since32;
	} else if (row->fid64 != 0u && id == row->fid64) {
		s = true;
		since = row->since64;
	} else {
		if (smc64 != NULL) {
			*smc64 = false;
		}
		libffa_codec_fault_(fault, 0, w0);
		return (int)LIBFFA_E_UNKNOWN_FID;
	}
	if (smc64 != NULL) {
		*smc64 = s;
	}
	if (!libffa_codec_in_range_(version, since, row->until)) {
		libffa_codec_fault_(fault, 0, w0);
		return (int)LIBFFA_E_VERSION;
	}
	return s ? 1 : 0;
}

/*
 * A typed decoder's frame: open_frame(), then open_id(). The arguments
 * come in the typed entry point's order (@flags unused), so that at -Os
 * its call moves no register.
 */
static LIBFFA_CODEC_SHARED_ int open_args(const struct libffa_regs *regs,
					  libffa_version_t version,
					  unsigned int flags, const void *b,
					  bool *smc64,
					  struct libffa_msg_fault *fault,
					  const struct libffa_codec_row_ *row)
{
	const libffa_status_t status = open_frame(regs, b, version, fault);

	(void)flags;
	if (status != LIBFFA_OK) {
		return (int)status;
	}
	return open_id(regs->x, version, row, smc64, fault);
}

/*
 * A result frame: FFA_SUCCESS_32 or _64 (DEN0077A 1.2 s13.1), or, for an
 * ABI answered in w0, any value (read as SMC32, not strict: only w0 is
 * defined). Returns 0/1 as open_id(), 2 for a w0 answer, or a failure
 * status.
 */
static LIBFFA_INLINE_ int result_id(const uint64_t *x, bool answer_w0,
				    bool *smc64,
				    struct libffa_msg_fault *fault)
{
	const uint32_t w0 = (uint32_t)x[0];
	const uint32_t id = libffa_smccc_fid_strip(w0);
	const bool s = !answer_w0 && id == LIBFFA_FID_64(LIBFFA_FNUM_SUCCESS);

	if (smc64 != NULL) {
		*smc64 = s;
	}
	if (answer_w0) {
		return 2;
	}
	if (!s && id != LIBFFA_FID_32(LIBFFA_FNUM_SUCCESS)) {
		libffa_codec_fault_(fault, 0, w0);
		return (int)LIBFFA_E_UNKNOWN_FID;
	}
	return s ? 1 : 0;
}

/* A typed result decoder's frame: open_frame(), then result_id(). */
static LIBFFA_CODEC_SHARED_ int open_result(const struct libffa_regs *regs,
					    libffa_version_t version,
					    unsigned int flags, const void *b,
					    bool *smc64,
					    struct libffa_msg_fault *fault,
					    bool answer_w0)
{
	const libffa_status_t status = open_frame(regs, b, version, fault);

	(void)flags;
	if (status != LIBFFA_OK) {
		return (int)status;
	}
	return result_id(regs->x, answer_w0, smc64, fault);
}

/*
 * An encoder's w0 for @smc64 at @version (a known version), or 0 with the
 * frame cleared and *@status set. @result: the ABI's FFA_SUCCESS (or, for
 * an ABI answered in w0, the bare value: then w0 is 0 and the field writes
 * it; no SMC64 form).
 */
static LIBFFA_INLINE_ uint32_t encode_fid(bool smc64, libffa_version_t version,
					  const struct libffa_codec_row_ *row,
					  bool result, struct libffa_regs *regs,
					  libffa_status_t *status)
{
	*status = LIBFFA_OK;
	if (result) {
		if ((row->flags & LIBFFA_ABI_F_ANSWER_W0) == 0u) {
			return smc64 ? LIBFFA_FID_64(LIBFFA_FNUM_SUCCESS)
				     : LIBFFA_FID_32(LIBFFA_FNUM_SUCCESS);
		}
		if (!smc64) {
			return 0; /* the value itself is w0 */
		}
		*status = LIBFFA_E_INVAL;
	} else {
		const uint32_t fid = smc64 ? row->fid64 : row->fid32;

		if (fid != 0u &&
		    libffa_codec_in_range_(version,
					   smc64 ? row->since64 : row->since32,
					   row->until)) {
			return fid;
		}
		*status = fid != 0u ? LIBFFA_E_VERSION : LIBFFA_E_INVAL;
	}
	LIBFFA_MEMSET(regs, 0, sizeof(*regs));
	return 0;
}

/*
 * A typed encoder's w0 (>= 0) or a failure status (< 0, the frame cleared):
 * the pointers, a known version, then encode_fid(). The typed entry
 * point's arguments first, in its order; one return value, so that at -Os
 * no status lives in memory.
 */
static LIBFFA_CODEC_SHARED_ int64_t open_encode(
	const void *b, bool smc64, libffa_version_t version,
	struct libffa_regs *regs, const struct libffa_codec_row_ *row,
	bool result)
{
	libffa_status_t status;
	uint32_t w0;

	if (b == NULL || regs == NULL) {
		return (int64_t)LIBFFA_E_INVAL;
	}
	if (!libffa_version_is_known(version)) {
		LIBFFA_MEMSET(regs, 0, sizeof(*regs));
		return (int64_t)LIBFFA_E_VERSION;
	}
	w0 = encode_fid(smc64, version, row, result, regs, &status);
	if (status != LIBFFA_OK) {
		return (int64_t)status;
	}
	/* At -Os the layout's code stores only what its fields write. */
	if (LIBFFA_G_CLEARED_) {
		LIBFFA_MEMSET(regs, 0, sizeof(*regs));
	}
	return (int64_t)w0;
}

/*
 * A layout's code at the frame's version (known: the caller checked).
 * Speed first (-O2 and the like): one copy per known version, so that
 * every version gate and reserved-bit mask is a constant. Size first
 * (-Os): one copy, the gates computed from @version.
 */
#define AT_VERSION_UNPAREN_(...) __VA_ARGS__
#if defined(__OPTIMIZE_SIZE__)
#define AT_VERSION_(gated, fn, pre, post) \
	return fn(AT_VERSION_UNPAREN_ pre, version, AT_VERSION_UNPAREN_ post);
#else
LIBFFA_STATIC_ASSERT(LIBFFA_VERSION_MIN == LIBFFA_VERSION_1_0 &&
			     LIBFFA_VERSION_MAX == LIBFFA_VERSION_1_3,
		     "AT_VERSION_: one case per known version");
#define AT_VERSION_CALL_(fn, pre, post, v) \
	return fn(AT_VERSION_UNPAREN_ pre, v, AT_VERSION_UNPAREN_ post);
#define AT_VERSION_(gated, fn, pre, post) \
	if (!(gated)) { \
		AT_VERSION_CALL_(fn, pre, post, version) \
	} \
	switch (version) { \
	case LIBFFA_VERSION_1_0: \
		AT_VERSION_CALL_(fn, pre, post, LIBFFA_VERSION_1_0) \
	case LIBFFA_VERSION_1_1: \
		AT_VERSION_CALL_(fn, pre, post, LIBFFA_VERSION_1_1) \
	case LIBFFA_VERSION_1_2: \
		AT_VERSION_CALL_(fn, pre, post, LIBFFA_VERSION_1_2) \
	default: \
		AT_VERSION_CALL_(fn, pre, post, LIBFFA_VERSION_1_3) \
	}
#endif

/* clang-format off */
#define LIBFFA_ARGS_BEGIN(NAME, lc, wide) \
	libffa_status_t libffa_args_decode_##lc( \
		const struct libffa_regs *regs, libffa_version_t version, \
		unsigned int flags, struct libffa_args_##lc *args, bool *smc64, \
		struct libffa_msg_fault *fault) \
	{ \
		const int k = open_args(regs, version, flags, args, smc64, fault, &row_##lc); \
		if (k < 0) { \
			return (libffa_status_t)k; \
		} \
		AT_VERSION_(GATED_args_##lc, dec_args_##lc, (regs->x), \
			    (k != 0, (flags & LIBFFA_DECODE_TOLERANT) == 0u, args, fault)) \
	} \
	libffa_status_t libffa_args_encode_##lc( \
		const struct libffa_args_##lc *args, bool smc64, \
		libffa_version_t version, struct libffa_regs *regs) \
	{ \
		const int64_t w0 = open_encode(args, smc64, version, regs, &row_##lc, false); \
		if (w0 < 0) { \
			return (libffa_status_t)w0; \
		} \
		AT_VERSION_(GATED_args_##lc, enc_args_##lc, (args, (uint32_t)w0, smc64), (regs)) \
	}
#define LIBFFA_RESULT_BEGIN(NAME, lc, wide) \
	libffa_status_t libffa_result_decode_##lc( \
		const struct libffa_regs *regs, libffa_version_t version, \
		unsigned int flags, struct libffa_result_##lc *result, bool *smc64, \
		struct libffa_msg_fault *fault) \
	{ \
		const int k = open_result(regs, version, flags, result, smc64, fault, \
					  (row_##lc.flags & LIBFFA_ABI_F_ANSWER_W0) != 0u); \
		if (k < 0) { \
			return (libffa_status_t)k; \
		} \
		AT_VERSION_(GATED_result_##lc, dec_result_##lc, (regs->x), \
			    (k == 1, k != 2 && (flags & LIBFFA_DECODE_TOLERANT) == 0u, \
			     result, fault)) \
	} \
	libffa_status_t libffa_result_encode_##lc( \
		const struct libffa_result_##lc *result, bool smc64, \
		libffa_version_t version, struct libffa_regs *regs) \
	{ \
		const int64_t w0 = open_encode(result, smc64, version, regs, &row_##lc, true); \
		if (w0 < 0) { \
			return (libffa_status_t)w0; \
		} \
		AT_VERSION_(GATED_result_##lc, enc_result_##lc, (result, (uint32_t)w0, smc64), (regs)) \
	}
#include "ffa/abi.def"

/* clang-format on */

/* clang-format off */
/* ---- The generic codec (libffa_msg_decode/encode) ---------------------- */

/* Each ABI's row by its enum value. */
static const struct libffa_codec_row_ *const rows[LIBFFA_ABI_COUNT] = {
#define LIBFFA_ABI(NAME, lc, id, spec, f32, f64, s32, s64, until, callers, check) \
	[LIBFFA_ABI_##NAME] = &row_##lc,
#include "ffa/abi.def"
};

/*
 * A layout's case of the dispatch. Speed first (-O2 and the like): a
 * switch on w0's function number, each case the function ID check and the
 * layout's code in place, the caller having checked the pointers and the
 * version once. Size first (-Os): the ABI from a byte table, then a switch
 * on it whose cases call the typed entry point with the same arguments
 * (a branch each: the union's address is every member's); the typed entry
 * point checks again (same verdicts), so that the code exists once.
 */
#if defined(__OPTIMIZE_SIZE__)
#define BY_ABI_ 1
#define DECODE_CASE_(NAME, lc) \
	case LIBFFA_ABI_##NAME: \
		return libffa_args_decode_##lc(regs, version, flags, body, smc64, fault);
#define ENCODE_CASE_(pfx, lc) \
	return libffa_##pfx##_encode_##lc(body, smc64, version, regs);
#define RESULT_CASE_(lc) \
	return libffa_result_decode_##lc(regs, version, flags, body, smc64, fault);
#else
/*
 * Each layout's case as a function of its own, reached by a tail call
 * with the dispatch's own arguments: the dispatch then saves and moves no
 * register.
 */
#define LIBFFA_ARGS_BEGIN(NAME, lc, wide) \
	LIBFFA_NOINLINE_ static libffa_status_t gdec_args_##lc( \
		const struct libffa_regs *regs, libffa_version_t version, \
		unsigned int flags, struct libffa_msg *msg, \
		struct libffa_msg_fault *fault) \
	{ \
		const int k = open_id(regs->x, version, &row_##lc, &msg->smc64, fault); \
		msg->abi = LIBFFA_ABI_##NAME; \
		msg->sve_hint = libffa_smccc_fid_has_sve_hint((uint32_t)regs->x[0]); \
		if (k < 0) { \
			return (libffa_status_t)k; \
		} \
		AT_VERSION_(GATED_args_##lc, dec_args_##lc, (regs->x), \
			    (k != 0, (flags & LIBFFA_DECODE_TOLERANT) == 0u, &msg->args.lc, \
			     fault)) \
	} \
	LIBFFA_NOINLINE_ static libffa_status_t genc_args_##lc( \
		const struct libffa_msg *msg, libffa_version_t version, \
		struct libffa_regs *regs) \
	{ \
		const struct libffa_args_##lc *const b = &msg->args.lc; \
		const bool smc64 = msg->smc64; \
		libffa_status_t status; \
		const uint32_t w0 = encode_fid(smc64, version, &row_##lc, false, regs, \
					       &status); \
		if (status != LIBFFA_OK) { \
			return status; \
		} \
		AT_VERSION_(GATED_args_##lc, enc_args_##lc, (b, w0, smc64), (regs)) \
	}
#define LIBFFA_RESULT_BEGIN(NAME, lc, wide) \
	LIBFFA_NOINLINE_ static libffa_status_t gdec_result_##lc( \
		const uint64_t *x, libffa_version_t version, bool strict, \
		struct libffa_result_##lc *b, bool *smc64, \
		struct libffa_msg_fault *fault) \
	{ \
		const int k = result_id(x, (row_##lc.flags & LIBFFA_ABI_F_ANSWER_W0) != 0u, \
					smc64, fault); \
		if (k < 0) { \
			return (libffa_status_t)k; \
		} \
		AT_VERSION_(GATED_result_##lc, dec_result_##lc, (x), (k == 1, k != 2 && strict, b, fault)) \
	} \
	LIBFFA_NOINLINE_ static libffa_status_t genc_result_##lc( \
		const struct libffa_msg *msg, libffa_version_t version, \
		struct libffa_regs *regs) \
	{ \
		const struct libffa_result_##lc *const b = &msg->result.lc; \
		const bool smc64 = msg->smc64; \
		libffa_status_t status; \
		const uint32_t w0 = encode_fid(smc64, version, &row_##lc, true, regs, \
					       &status); \
		if (status != LIBFFA_OK) { \
			return status; \
		} \
		AT_VERSION_(GATED_result_##lc, enc_result_##lc, (b, w0, smc64), (regs)) \
	}
#include "ffa/abi.def"
#define BY_ABI_ 0
#define DECODE_CASE_(NAME, lc) \
	case LIBFFA_FNUM_##NAME: \
		return gdec_args_##lc(regs, version, flags, msg, fault);
#define ENCODE_CASE_(pfx, lc) \
	return genc_##pfx##_##lc(msg, version, regs);
#define RESULT_CASE_(lc) \
	return gdec_result_##lc(regs->x, version, strict, body, smc64, fault);
#endif

/*
 * An ABI without an args layout: w0 must be its ID at @version; every
 * other register of the frame is reserved. On LIBFFA_E_UNKNOWN_FID for a
 * number some ABI has (the owner or convention bits differ), the header
 * names that ABI.
 */
LIBFFA_NOINLINE_ static libffa_status_t decode_no_layout(
	const uint64_t *x, libffa_version_t version, bool strict,
	struct libffa_msg *msg, struct libffa_msg_fault *fault)
{
	const uint32_t w0 = (uint32_t)x[0];
	const unsigned int abi1 = libffa_abi_by_fnum_(w0);
	int k;

	if (!BY_ABI_) { /* else set by the dispatch */
		msg->sve_hint = libffa_smccc_fid_has_sve_hint(w0);
	}
	if (abi1 == 0u) {
		libffa_codec_fault_(fault, 0, w0);
		return LIBFFA_E_UNKNOWN_FID;
	}
	msg->abi = (enum libffa_abi)(abi1 - 1u);
	k = open_id(x, version, rows[msg->abi], &msg->smc64, fault);
	if (k < 0) {
		return (libffa_status_t)k;
	}
	return libffa_codec_empty_(x, version, k != 0, strict, fault);
}

libffa_status_t libffa_codec_decode_(const struct libffa_regs *regs,
				     libffa_version_t version,
				     unsigned int flags, struct libffa_msg *msg,
				     struct libffa_msg_fault *fault)
{
	const uint32_t w0 = (uint32_t)regs->x[0];
	const bool strict = (flags & LIBFFA_DECODE_TOLERANT) == 0u;
	void *const body = &msg->args;
	bool *const smc64 = &msg->smc64;
	unsigned int key = libffa_smccc_fid_fnum(w0);

	(void)strict;
	(void)body;
	(void)smc64;
	if (BY_ABI_) {
		/* At -O2 each case sets the SVE hint with the w0 it loads. */
		msg->sve_hint = libffa_smccc_fid_has_sve_hint(w0);
		key = libffa_abi_by_fnum_(w0) - 1u; /* no ABI: UINT_MAX, the default */
		if (key < (unsigned int)LIBFFA_ABI_COUNT) {
			msg->abi = (enum libffa_abi)key;
		}
	}
	switch (key) {
#define LIBFFA_ARGS_BEGIN(NAME, lc, wide) DECODE_CASE_(NAME, lc)
#include "ffa/abi.def"
	default:
		return decode_no_layout(regs->x, version, strict, msg, fault);
	}
}

/*
 * The result layout of @abi, with the arguments of the typed decoders in
 * place (each case is then a branch), or the empty FFA_SUCCESS frame.
 */
LIBFFA_NOINLINE_ static libffa_status_t
decode_result(const struct libffa_regs *regs, libffa_version_t version,
	      unsigned int flags, void *body, bool *smc64,
	      struct libffa_msg_fault *fault, enum libffa_abi abi)
{
	const bool strict = (flags & LIBFFA_DECODE_TOLERANT) == 0u;

	(void)strict;
	(void)body;
	switch (abi) {
#define LIBFFA_RESULT_BEGIN(NAME, lc, wide) \
	case LIBFFA_ABI_##NAME: \
		RESULT_CASE_(lc)
#include "ffa/abi.def"
	default:
		break;
	}
	/* No result layout: an FFA_SUCCESS frame with every register zero. */
	*smc64 = libffa_smccc_fid_strip((uint32_t)regs->x[0]) ==
		 LIBFFA_FID_64(LIBFFA_FNUM_SUCCESS);
	return libffa_codec_empty_(regs->x, version, *smc64, strict, fault);
}

libffa_status_t libffa_codec_decode_reply_(const struct libffa_regs *regs,
					   libffa_version_t version,
					   unsigned int flags,
					   struct libffa_msg *msg,
					   struct libffa_msg_fault *fault)
{
	const uint32_t id = libffa_smccc_fid_strip((uint32_t)regs->x[0]);

	if ((rows[msg->abi]->flags & LIBFFA_ABI_F_ANSWER_W0) == 0u &&
	    id != LIBFFA_FID_32(LIBFFA_FNUM_SUCCESS) &&
	    id != LIBFFA_FID_64(LIBFFA_FNUM_SUCCESS)) {
		/* Not a result (FFA_ERROR, an interrupt, ...): its own frame. */
		msg->abi = (enum libffa_abi)0;
		msg->kind = LIBFFA_MSG_ARGS;
		return libffa_codec_decode_(regs, version, flags, msg, fault);
	}
	/* Either width may answer any call (DEN0077A 1.2 s13.1). */
	return decode_result(regs, version, flags, &msg->result, &msg->smc64,
			     fault, msg->abi);
}

/* An ABI (or a result) without a layout: w0 alone. */
LIBFFA_NOINLINE_ static libffa_status_t encode_empty(
	const struct libffa_msg *msg, libffa_version_t version,
	struct libffa_regs *regs)
{
	libffa_status_t status;
	uint32_t w0 = 0;

	if ((unsigned int)msg->abi >= (unsigned int)LIBFFA_ABI_COUNT) {
		status = LIBFFA_E_INVAL;
	} else if (msg->kind == LIBFFA_MSG_RESULT) {
		w0 = msg->smc64 ? LIBFFA_FID_64(LIBFFA_FNUM_SUCCESS)
				: LIBFFA_FID_32(LIBFFA_FNUM_SUCCESS);
		status = LIBFFA_OK;
	} else {
		w0 = encode_fid(msg->smc64, version, rows[msg->abi], false,
				regs, &status);
	}
	if (status != LIBFFA_OK) {
		return refuse(regs, status);
	}
	regs->x[0] = w0;
	LIBFFA_G_ZERO_FROM_1_
	return LIBFFA_OK;
}

libffa_status_t libffa_codec_encode_(const struct libffa_msg *msg,
				     libffa_version_t version,
				     struct libffa_regs *regs)
{
	const bool smc64 = BY_ABI_ ? msg->smc64 : false;

	(void)smc64;
	if (!libffa_version_is_known(version)) {
		return refuse(regs, LIBFFA_E_VERSION);
	}
	if (msg->kind == LIBFFA_MSG_RESULT) {
		const void *const body = &msg->result;

		(void)body;

		switch (msg->abi) {
#define LIBFFA_RESULT_BEGIN(NAME, lc, wide) \
	case LIBFFA_ABI_##NAME: \
		ENCODE_CASE_(result, lc)
#include "ffa/abi.def"
		default:
			break;
		}
	} else {
		const void *const body = &msg->args;

		(void)body;

		switch (msg->abi) {
#define LIBFFA_ARGS_BEGIN(NAME, lc, wide) \
	case LIBFFA_ABI_##NAME: \
		ENCODE_CASE_(args, lc)
#include "ffa/abi.def"
		default:
			break;
		}
	}
	return encode_empty(msg, version, regs);
}

/* clang-format on */

/* Register @r to blame when @bad has bits. */
static bool blame(struct libffa_msg_fault *fault, unsigned int r, uint64_t bad)
{
	if (bad == 0u) {
		return false;
	}
	libffa_codec_fault_(fault, (int)r, bad);
	return true;
}

libffa_status_t libffa_codec_mbz_(const uint64_t *x, uint64_t view, bool high,
				  uint64_t c1, uint64_t c2, uint64_t c3,
				  uint64_t c4, uint64_t c5, uint64_t c6,
				  uint64_t c7, struct libffa_msg_fault *fault)
{
	unsigned int r;

	if (blame(fault, 1, x[1] & view & ~c1) ||
	    blame(fault, 2, x[2] & view & ~c2) ||
	    blame(fault, 3, x[3] & view & ~c3) ||
	    blame(fault, 4, x[4] & view & ~c4) ||
	    blame(fault, 5, x[5] & view & ~c5) ||
	    blame(fault, 6, x[6] & view & ~c6) ||
	    blame(fault, 7, x[7] & view & ~c7)) {
		return LIBFFA_E_MBZ;
	}
	for (r = 8; high && r < LIBFFA_REGS_COUNT; r++) {
		if (blame(fault, r, x[r])) {
			break;
		}
	}
	return LIBFFA_E_MBZ;
}
