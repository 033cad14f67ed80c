#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-3-Clause
# Copyright (c) 2026, The libffa Authors.
# cmocka for aarch64 Linux under out/cmocka-arm64 (see cmocka-build.sh).
exec "$(dirname "$0")/cmocka-build.sh" arm64
