#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-3-Clause
# Copyright (c) 2026, The libffa Authors.
#
# Builds cmocka for a target other than the host (aarch64 Linux, or the
# host's own 32-bit mode) from Debian's own source package and installs it,
# static only, under out/cmocka-<target> (cached: a second run is a no-op).
#
# Why this route: multiarch libcmocka-dev:arm64 (or :i386) would add a dpkg
# architecture to the machine for good and tie libc6:<arch> to
# libc6:amd64's exact version. `apt-get source` through a PRIVATE apt configuration (own
# source list with a deb-src stanza, own lists and cache directories under
# out/) leaves the machine's apt sources and state untouched.
# Needs: dpkg-dev (to unpack), cmake, and the target's compiler
# (gcc-aarch64-linux-gnu for arm64, gcc-multilib for m32).
# Usage: scripts/cmocka-build.sh arm64|m32   (prints the prefix on stdout)
set -euo pipefail
cd "$(dirname "$0")/.."
top=$PWD
target=${1:?usage: cmocka-build.sh arm64|m32}
case $target in
arm64)
	target_args=(-DCMAKE_TOOLCHAIN_FILE="$top/arch/aarch64/toolchain.cmake"
		-DLIBFFA_CROSS_PREFIX=aarch64-linux-gnu-)
	;;
m32)
	target_args=(-DCMAKE_C_COMPILER=gcc -DCMAKE_C_FLAGS=-m32)
	;;
*)
	echo "cmocka-build: unknown target $target" >&2
	exit 2
	;;
esac
prefix=$top/out/cmocka-$target
work=$top/out/cmocka-$target.work
stamp=$prefix/.libffa-stamp

if [ -f "$stamp" ]; then
	echo "$prefix"
	exit 0
fi

rm -rf "$work"
mkdir -p "$work/apt/parts" "$work/apt/lists/partial" "$work/apt/cache/archives/partial" "$work/src"

# A deb-src twin of every Debian "deb" source the machine already uses
# (deb822 .sources files and one-line .list files alike).
n=0
for f in /etc/apt/sources.list.d/*.sources; do
	[ -f "$f" ] || continue
	sed -E 's/^Types:.*/Types: deb-src/' "$f" >"$work/apt/parts/src$n.sources"
	n=$((n + 1))
done
for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
	[ -f "$f" ] || continue
	sed -nE 's/^deb[[:space:]]+/deb-src /p' "$f" >"$work/apt/parts/src$n.list"
	n=$((n + 1))
done

apt_opts=(-o "Dir::Etc::SourceList=/dev/null"
	-o "Dir::Etc::SourceParts=$work/apt/parts"
	-o "Dir::State::Lists=$work/apt/lists"
	-o "Dir::Cache=$work/apt/cache"
	-o "Debug::NoLocking=1"
	-o "APT::Sandbox::User=root")
[ "$(id -u)" -eq 0 ] || apt_opts+=(-o "APT::Sandbox::User=$(id -un)")

echo "cmocka-$target: fetching Debian source package" >&2
apt-get -qq "${apt_opts[@]}" update >&2
(cd "$work/src" && apt-get -qq "${apt_opts[@]}" source cmocka >&2)
srcdir=$(find "$work/src" -mindepth 1 -maxdepth 1 -type d -name 'cmocka-*' | head -1)
[ -n "$srcdir" ] || {
	echo "cmocka-$target: source package did not unpack" >&2
	exit 1
}

echo "cmocka-$target: building $(basename "$srcdir")" >&2
# Static only: the test executables then run (under qemu-aarch64, or as
# 32-bit host processes) without any library search path for cmocka.
cmake -S "$srcdir" -B "$work/build" "${target_args[@]}" \
	-DCMAKE_BUILD_TYPE=Release \
	-DCMAKE_INSTALL_PREFIX="$prefix" \
	-DBUILD_SHARED_LIBS=OFF -DWITH_STATIC_LIB=ON \
	-DWITH_EXAMPLES=OFF -DUNIT_TESTING=OFF >"$work/configure.log" 2>&1 ||
	{
		cat "$work/configure.log" >&2
		exit 1
	}
cmake --build "$work/build" -j "$(nproc)" >"$work/build.log" 2>&1 ||
	{
		cat "$work/build.log" >&2
		exit 1
	}
cmake --install "$work/build" >"$work/install.log" 2>&1 ||
	{
		cat "$work/install.log" >&2
		exit 1
	}
# Point the .pc file at the static archive only, so no .so is ever picked.
rm -f "$prefix"/lib/libcmocka.so*
if [ ! -f "$prefix/lib/libcmocka.a" ] && [ -f "$prefix/lib/libcmocka-static.a" ]; then
	cp "$prefix/lib/libcmocka-static.a" "$prefix/lib/libcmocka.a"
fi
[ -f "$prefix/lib/pkgconfig/cmocka.pc" ] || {
	echo "cmocka-$target: no cmocka.pc installed" >&2
	exit 1
}
touch "$stamp"
echo "$prefix"
