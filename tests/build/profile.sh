#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-3-Clause
# Copyright (c) 2026, The libffa Authors.
#
# Builds the freestanding core (every src/*.c) with the flags of one place
# libffa is linked into, then checks the objects:
#  - every file compiles with the profile's flags and -Werror;
#  - the only undefined symbols are memcpy/memmove/memset/memcmp;
#  - no writable data or BSS (D d B b C G g S s) anywhere.
# Usage: profile.sh <profile> <source-dir> <out-dir>
# Profiles: aarch64-gcc aarch64-clang x86_64-gcc x86_64-clang i386-gcc
#           i386-clang aarch64-gcc-Os (the size/stack build of stage 85)
set -euo pipefail
profile=$1
src=$2
out=$3

# The kernel nVHE / EL3 flag set: no FP/SIMD registers, no libc, no
# builtins, no common symbols, no PIC, no unaligned access (aarch64 only).
kernel="-ffreestanding -fno-builtin -fno-common -fno-pic -mgeneral-regs-only"
warn="-Wall -Wextra -Wpedantic -Wconversion -Wsign-conversion -Wshadow -Wundef
 -Wcast-qual -Wcast-align -Wvla -Wstrict-prototypes -Wmissing-prototypes
 -Wimplicit-fallthrough -Wswitch -Werror"
opt=-O2
case "$profile" in
aarch64-gcc)
	cc=(aarch64-linux-gnu-gcc) nm=aarch64-linux-gnu-nm
	flags="$kernel -mstrict-align -Wcast-align=strict" ;;
aarch64-gcc-Os)
	cc=(aarch64-linux-gnu-gcc) nm=aarch64-linux-gnu-nm opt=-Os
	flags="$kernel -mstrict-align -fstack-usage -fcallgraph-info=su" ;;
aarch64-clang)
	cc=(clang --target=aarch64-none-elf) nm=aarch64-linux-gnu-nm
	flags="$kernel -mstrict-align -mno-implicit-float" ;;
x86_64-gcc)
	cc=(gcc -m64) nm=nm
	flags="$kernel -mno-red-zone -mcmodel=kernel -Wcast-align=strict" ;;
x86_64-clang)
	cc=(clang -m64) nm=nm
	flags="$kernel -mno-red-zone -mcmodel=kernel -mno-implicit-float" ;;
i386-gcc)
	cc=(gcc -m32) nm=nm
	flags="$kernel -Wcast-align=strict" ;;
i386-clang)
	cc=(clang -m32) nm=nm
	flags="$kernel -mno-implicit-float" ;;
*)
	echo "unknown profile $profile" >&2
	exit 2 ;;
esac
command -v "${cc[0]}" >/dev/null || { echo "SKIP: ${cc[0]} not installed"; exit 77; }
# As the core is built (top CMakeLists.txt): one section per function and
# object, so that a --gc-sections link keeps only what it uses.
flags="$flags -ffunction-sections -fdata-sections"

rm -rf "$out"
mkdir -p "$out"
out=$(cd "$out" && pwd)
fail=0
for c in "$src"/src/*.c; do
	o="$out/$(basename "$c" .c).o"
	# shellcheck disable=SC2086
	if ! (cd "$out" && "${cc[@]}" -std=c11 $opt $flags $warn \
		-I"$src/include" -I"$src/src" -c "$c" -o "$o"); then
		echo "FAIL: $profile: $c does not build"
		fail=1
	fi
done
[ "$fail" -eq 0 ] || exit 1

# Undefined in some object and defined in none: what the host must supply.
"$nm" --defined-only "$out"/*.o | awk 'NF == 3 { print $3 }' | sort -u >"$out/defined.txt"
undef=$("$nm" -u "$out"/*.o | awk 'NF == 2 { print $2 }' | sort -u |
	comm -23 - "$out/defined.txt" |
	grep -Ev '^(memcpy|memmove|memset|memcmp)$' || true)
# known <key...>: the finding is listed in known-findings.txt (reported).
known() {
	awk -v key="$*" '{ sub(/#.*/, ""); $1 = $1 } $0 == key { f = 1 } END { exit !f }' \
		"$src/tests/build/known-findings.txt"
}
for s in $undef; do
	users=$("$nm" -A -u "$out"/*.o | awk -v s="$s" '$NF == s { sub(/:.*/, "", $1); print $1 }' | xargs -n1 basename | tr '\n' ' ')
	if known import "$profile" "$s"; then
		echo "KNOWN (non-fatal, listed in tests/build/known-findings.txt): $profile imports $s, in: $users"
	else
		echo "FAIL: $profile: imports $s (only memcpy/memmove/memset/memcmp allowed), in: $users"
		fail=1
	fi
done
data=$("$nm" -A "$out"/*.o | awk '$(NF-1) ~ /^[DdBbCGgSs]$/' || true)
if [ -n "$data" ]; then
	echo "FAIL: $profile: writable data or BSS:"
	echo "$data" | sed 's/^/  /'
	fail=1
fi
[ "$fail" -eq 0 ] && echo "ok: $profile: $(ls "$out"/*.o | wc -l) objects, imports only mem*, no writable data"

# The gcc aarch64 profiles link a firmware-shaped consumer (gc_probe.c)
# against the core with --gc-sections, as docs/integrate.md tells a
# firmware build to: what the probe does not reach must be gone, including
# a sibling function of an object it uses.
case "$profile" in
aarch64-gcc | aarch64-gcc-Os)
	gc="$out/gc"
	mkdir -p "$gc"
	ar="${cc[0]%gcc}ar"
	"$ar" rcs "$gc/libffa.a" "$out"/*.o
	# shellcheck disable=SC2086
	if ! "${cc[@]}" -std=c11 $opt $flags $warn -I"$src/include" \
		-nostdlib -static -Wl,--gc-sections -Wl,-e,gc_probe_entry \
		"$src/tests/build/gc_probe.c" "$gc/libffa.a" -o "$gc/probe.elf"; then
		echo "FAIL: $profile: the --gc-sections link of gc_probe.c failed"
		exit 1
	fi
	syms=$("$nm" "$gc/probe.elf" | awk '{ print $NF }')
	for want in libffa_smccc_version_call libffa_version_callee_handle; do
		grep -qx "$want" <<<"$syms" || { echo "FAIL: $profile: gc link lost $want"; fail=1; }
	done
	for gone in libffa_smccc_first_clobbered libffa_mem_parse libffa_msg_decode; do
		if grep -qx "$gone" <<<"$syms"; then
			echo "FAIL: $profile: --gc-sections kept unused $gone"
			fail=1
		fi
	done
	size=$("${cc[0]%gcc}size" -A "$gc/probe.elf" | awk '$1 ~ /^\.text/ { t += $2 } END { print t + 0 }')
	[ "$fail" -eq 0 ] && echo "ok: $profile: --gc-sections link of gc_probe.c keeps only what it uses (.text $size bytes with the probe's mem*)"
	;;
esac
exit "$fail"
