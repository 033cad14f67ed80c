#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-3-Clause
# Copyright (c) 2026, The libffa Authors.
#
# Links a program against the freestanding core (every src/*.c plus the
# aarch64 SMC conduit) the way firmware does: aarch64 -Os,
# -ffunction-sections -fdata-sections, --gc-sections, entry point the
# program's main; then sums the .text libffa contributes to the image
# (from the link map) and checks it against a budget.
# Usage: size.sh <source-dir> <out-dir> <program.c> <entry> <budget-bytes>
#                [more program sources...]
# Exit 77 when aarch64-linux-gnu-gcc is missing (the stage cannot run).
set -euo pipefail
src=$1
out=$2
prog=$3
entry=$4
budget=$5
shift 5
cc=aarch64-linux-gnu-gcc
command -v "$cc" >/dev/null || { echo "SKIP: $cc not installed"; exit 77; }
flags="-std=c11 -Os -ffreestanding -fno-builtin -fno-common -fno-pic
 -mgeneral-regs-only -mstrict-align -ffunction-sections -fdata-sections
 -Wall -Wextra -Werror -I$src/include -I$src/arch/aarch64/include"
rm -rf "$out"
mkdir -p "$out/lib"
for c in "$src"/src/*.c "$src"/arch/aarch64/conduit.c; do
	# shellcheck disable=SC2086
	"$cc" $flags -c "$c" -o "$out/lib/$(basename "$c" .c).o"
done
"$cc" -Os -I"$src/arch/aarch64" -c "$src/arch/aarch64/smc.S" -o "$out/lib/smc.o"
# shellcheck disable=SC2086
mkdir -p "$out/prog"
for c in "$prog" "$@" "$(dirname "$0")/mem.c"; do
	# shellcheck disable=SC2086
	"$cc" $flags -I"$src/examples/proxy" -I"$src/examples/common" -c "$c" -o "$out/prog/$(basename "$c" .c).o"
done
"$cc" -nostdlib -static -Wl,--gc-sections -Wl,-e,"$entry" \
	-Wl,-Map="$out/link.map" -o "$out/prog.elf" "$out"/prog/*.o "$out"/lib/*.o
python3 - "$out/link.map" "$out/lib/" "$budget" <<'PY'
import re
import sys

path, lib, budget = sys.argv[1], sys.argv[2], int(sys.argv[3])
total = 0
parts = {}
pending = None
discarded = False
with open(path, encoding="utf-8") as f:
    for line in f:
        if line.startswith("Discarded input sections"):
            discarded = True
        elif line.startswith("Memory map") or line.startswith("Linker script and memory map"):
            discarded = False
        if discarded:
            continue
        m = re.match(r"^ (\.text\S*)\s*$", line)
        if m:
            pending = m.group(1)
            continue
        m = re.match(r"^ (\.text\S*)?\s+0x([0-9a-f]+)\s+0x([0-9a-f]+)\s+(\S+)$", line)
        if m and (m.group(1) or pending):
            name = m.group(1) or pending
            size, obj = int(m.group(3), 16), m.group(4)
            if obj.startswith(lib) and size:
                total += size
                mod = obj[len(lib):]
                parts[mod] = parts.get(mod, 0) + size
        pending = None
for mod, size in sorted(parts.items(), key=lambda kv: -kv[1]):
    print(f"  {mod:24} {size:6}")
verdict = "ok" if total <= budget else "FAIL"
print(f"{verdict}: libffa .text linked {total} bytes, budget {budget}")
sys.exit(0 if total <= budget else 1)
PY
