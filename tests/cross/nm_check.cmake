# SPDX-License-Identifier: BSD-3-Clause
# Copyright (c) 2026, The libffa Authors.
#
# Freestanding symbol contract of a static archive:
#   cmake -DNM=<nm> -DLIB=<lib.a> -DALLOW_UNDEFINED=<regex or empty>
#         [-DREFERENCE_ONLY=<regex>] -P nm_check.cmake
# Fails when
#  * a symbol is undefined in the archive as a whole (referenced by one
#    member, defined by none) and does not match ALLOW_UNDEFINED;
#  * REFERENCE_ONLY is given and a member references any symbol outside it
#    (defined in the archive or not);
#  * any member has a data or BSS symbol, global or local (D d B b C, and
#    the small-data forms G g S s): the library keeps no mutable state.
cmake_minimum_required(VERSION 3.16)
foreach(v NM LIB)
  if(NOT DEFINED ${v})
    message(FATAL_ERROR "nm_check: ${v} not set")
  endif()
endforeach()
execute_process(COMMAND ${NM} -A ${LIB} OUTPUT_VARIABLE out
                RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "nm_check: ${NM} failed: ${err}")
endif()
string(REPLACE "\n" ";" lines "${out}")
set(defined)
set(undefined)
set(bad)
set(count 0)
foreach(line IN LISTS lines)
  # "<archive>:<member>: [address] <type> <name>"
  if(NOT line MATCHES "^.*:([^:]+):[ 0-9a-fA-F]* ([A-Za-z?]) ([^ ]+)$")
    continue()
  endif()
  set(member ${CMAKE_MATCH_1})
  set(type ${CMAKE_MATCH_2})
  set(name ${CMAKE_MATCH_3})
  math(EXPR count "${count} + 1")
  if(type STREQUAL "U" OR type STREQUAL "w" OR type STREQUAL "v")
    list(APPEND undefined ${name})
    if(DEFINED REFERENCE_ONLY AND NOT name MATCHES "^(${REFERENCE_ONLY})$")
      list(APPEND bad "${member}: references ${name}")
    endif()
  else()
    list(APPEND defined ${name})
  endif()
  if(type MATCHES "^[DdBbCGgSs]$")
    list(APPEND bad "${member}: writable data symbol ${name} (${type})")
  endif()
endforeach()
if(count EQUAL 0)
  message(FATAL_ERROR "nm_check: no symbols read from ${LIB}")
endif()
list(REMOVE_DUPLICATES undefined)
foreach(name IN LISTS undefined)
  if(name IN_LIST defined)
    continue()
  endif()
  if(ALLOW_UNDEFINED STREQUAL "" OR NOT name MATCHES "^(${ALLOW_UNDEFINED})$")
    list(APPEND bad "imports ${name}")
  endif()
endforeach()
if(bad)
  list(JOIN bad "\n  " text)
  message(FATAL_ERROR "nm_check: ${LIB} breaks the freestanding contract:\n  ${text}")
endif()
message("nm_check: ${LIB}: ${count} symbols, imports only allowed ones, no writable data")
