# SPDX-License-Identifier: BSD-3-Clause
# Copyright (c) 2026, The libffa Authors.
#
# Runs a command and passes only if it exits with exactly EXPECT (default 0).
# Used for negative controls, which must fail the way the check reports a
# failure (exit 1), not by crashing or hanging.
#   cmake -DEXPECT=<code> -P expect_exit.cmake -- <command> [args...]
# stdin is /dev/null (QEMU's -nographic needs a valid one).
if(NOT DEFINED EXPECT)
  set(EXPECT 0)
endif()
set(cmd)
set(seen_sep FALSE)
math(EXPR last "${CMAKE_ARGC} - 1")
foreach(i RANGE ${last})
  if(seen_sep)
    list(APPEND cmd "${CMAKE_ARGV${i}}")
  elseif(CMAKE_ARGV${i} STREQUAL "--")
    set(seen_sep TRUE)
  endif()
endforeach()
if(NOT cmd)
  message(FATAL_ERROR "expect_exit: no command after --")
endif()
execute_process(COMMAND ${cmd} INPUT_FILE /dev/null RESULT_VARIABLE rc)
message("expect_exit: exit status ${rc}, expected ${EXPECT}")
if(NOT rc STREQUAL "${EXPECT}")
  message(FATAL_ERROR "expect_exit: wrong exit status")
endif()
