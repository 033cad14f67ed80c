/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Copyright (c) 2026, The libffa Authors.
 *
 * Status strings and the status -> FF-A error code mapping, expanded from
 * LIBFFA_STATUS_LIST; FF-A error code names (DEN0077A 1.2 Table 7.2).
 */
#include "ffa/status.h"

#include "internal.h"

const char *libffa_status_str(libffa_status_t status)
{
	switch ((int)status) {
#define LIBFFA_STATUS_STR_(name, value, ret, text) \
	case (value):                              \
		return text;
		LIBFFA_STATUS_LIST(LIBFFA_STATUS_STR_)
#undef LIBFFA_STATUS_STR_
	default:
		return "unknown status";
	}
}

const char *libffa_status_name(libffa_status_t status)
{
	switch ((int)status) {
#define LIBFFA_STATUS_NAME_(name, value, ret, text) \
	case (value):                               \
		return #name;
		LIBFFA_STATUS_LIST(LIBFFA_STATUS_NAME_)
#undef LIBFFA_STATUS_NAME_
	default:
		return "UNKNOWN";
	}
}

int32_t libffa_status_to_ret(libffa_status_t status)
{
	switch ((int)status) {
#define LIBFFA_STATUS_RET_(name, value, ret, text) \
	case (value):                              \
		return LIBFFA_RET_##ret;
		LIBFFA_STATUS_LIST(LIBFFA_STATUS_RET_)
#undef LIBFFA_STATUS_RET_
	default:
		return LIBFFA_RET_ABORTED;
	}
}

static const struct {
	int32_t code;
	const char *name;
} ret_names[] = {
	{LIBFFA_RET_SUCCESS, "SUCCESS"},
	{LIBFFA_RET_NOT_SUPPORTED, "NOT_SUPPORTED"},
	{LIBFFA_RET_INVALID_PARAMETERS, "INVALID_PARAMETERS"},
	{LIBFFA_RET_NO_MEMORY, "NO_MEMORY"},
	{LIBFFA_RET_BUSY, "BUSY"},
	{LIBFFA_RET_INTERRUPTED, "INTERRUPTED"},
	{LIBFFA_RET_DENIED, "DENIED"},
	{LIBFFA_RET_RETRY, "RETRY"},
	{LIBFFA_RET_ABORTED, "ABORTED"},
	{LIBFFA_RET_NO_DATA, "NO_DATA"},
	{LIBFFA_RET_NOT_READY, "NOT_READY"},
};

const char *libffa_ret_name(int32_t ret)
{
	size_t i;

	for (i = 0; i < LIBFFA_ARRAY_SIZE(ret_names); i++) {
		if (ret_names[i].code == ret) {
			return ret_names[i].name;
		}
	}
	return NULL;
}

bool libffa_ret_from_name(const char *name, int32_t *ret)
{
	size_t i;

	if (name == NULL || ret == NULL) {
		return false;
	}
	for (i = 0; i < LIBFFA_ARRAY_SIZE(ret_names); i++) {
		if (libffa_streq_nocase_(name, ret_names[i].name)) {
			*ret = ret_names[i].code;
			return true;
		}
	}
	return false;
}
