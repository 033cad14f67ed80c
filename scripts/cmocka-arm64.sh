#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-3-Clause
# Copyright (c) 2026, The libffa Authors.
#
# Builds cmocka for aarch64 Linux from Debian's own source package and
# installs it under out/cmocka-arm64 (cached: a second run is a no-op).
#
# Why this route: multiarch libcmocka-dev:arm64 would add a dpkg
# architecture to the machine for good and tie libc6:arm64 to libc6:amd64's
# exact version. `apt-get source` through a PRIVATE apt configuration (own
# source list with a deb-src stanza, own lists and cache directories under
# out/) leaves the machine's apt sources and state untouched.
# Needs: dpkg-dev (to unpack), cmake, gcc-aarch64-linux-gnu.
# Usage: scripts/cmocka-arm64.sh [prefix]   (prints the prefix on stdout)
set -euo pipefail
cd "$(dirname "$0")/.."
top=$PWD
prefix=${1:-$top/out/cmocka-arm64}
work=$top/out/cmocka-arm64.work
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

echo "cmocka-arm64: fetching Debian source package" >&2
apt-get -qq "${apt_opts[@]}" update >&2
(cd "$work/src" && apt-get -qq "${apt_opts[@]}" source cmocka >&2)
srcdir=$(find "$work/src" -mindepth 1 -maxdepth 1 -type d -name 'cmocka-*' | head -1)
[ -n "$srcdir" ] || {
	echo "cmocka-arm64: source package did not unpack" >&2
	exit 1
}

echo "cmocka-arm64: building $(basename "$srcdir") for aarch64" >&2
# Static only: the test executables then run under qemu-aarch64 without
# any library search path for cmocka.
cmake -S "$srcdir" -B "$work/build" \
	-DCMAKE_TOOLCHAIN_FILE="$top/arch/aarch64/toolchain.cmake" \
	-DLIBFFA_CROSS_PREFIX=aarch64-linux-gnu- \
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
	echo "cmocka-arm64: no cmocka.pc installed" >&2
	exit 1
}
touch "$stamp"
echo "$prefix"
