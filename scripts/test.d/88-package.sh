#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-3-Clause
# Copyright (c) 2026, The libffa Authors.
#
# Debian packaging (debian/): dpkg-buildpackage -us -uc -b on a copy of the
# tree (the unit and hostile suites run against the shared library inside
# the build), lintian with no error and no warning beyond the accepted ones
# below, then the .debs unpacked (dpkg -x) into a scratch root and a
# consumer built and run against the installed files: pkg-config with the
# static and the shared library, find_package, and the packaged ffa tool.
#
# Not `dpkg -i`: this stage runs as root on developer machines, and
# libffa-dev in /usr would then be found by later stages' consumer tests
# (find_package, pkg-config) instead of the trees they build. The
# packages' relocatable .pc and CMake files make the scratch root a faithful
# install; their dependency fields are checked from the control data.
set -euo pipefail
. scripts/lib.sh
for t in dpkg-buildpackage dh lintian fakeroot pkg-config cmake; do
	command -v "$t" >/dev/null || { echo "SKIP: $t not installed (scripts/deps.d/pack.list)"; exit 77; }
done
# Accepted lintian warnings, each with its reason:
#  no-manual-page: ffa(1) comes with the CLI branch (tools/ffa/ffa.1 and its
#    install rule); debian/rules packages it as soon as the tree installs it.
accepted="no-manual-page"

top=$PWD
work=$top/out/package
rm -rf "$work"
mkdir -p "$work/src"
# The tree as it is (tracked and new files, not ignored build output).
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
	git ls-files -z --cached --others --exclude-standard |
		tar --null --ignore-failed-read -T - -cf - 2>/dev/null | tar -C "$work/src" -xf -
else
	tar --exclude=./out --exclude='./build*' -cf - . | tar -C "$work/src" -xf -
fi
[ -f "$work/src/debian/rules" ] && [ -f "$work/src/CMakeLists.txt" ] ||
	{ echo "FAIL: the copy of the tree is incomplete"; exit 1; }
version=$(dpkg-parsechangelog -l debian/changelog -S Version)
arch=$(dpkg-architecture -qDEB_HOST_ARCH)
multiarch=$(dpkg-architecture -qDEB_HOST_MULTIARCH)

echo "package: dpkg-buildpackage -us -uc -b (log: $work/build.log)"
if ! (cd "$work/src" && DEB_BUILD_OPTIONS="parallel=$JOBS" \
	dpkg-buildpackage -us -uc -b >"$work/build.log" 2>&1); then
	grep -E -B2 -A8 'error|Error|FAILED|Failed' "$work/build.log" | head -60
	tail -20 "$work/build.log"
	echo "FAIL: dpkg-buildpackage"
	exit 1
fi
grep -E 'tests passed|tests failed' "$work/build.log" | sed 's/^/package: in-build ctest: /'
changes=$work/libffa_${version}_${arch}.changes
for p in libffa0 libffa-dev ffa-tools; do
	[ -f "$work/${p}_${version}_${arch}.deb" ] || { echo "FAIL: ${p}_${version}_${arch}.deb not built"; exit 1; }
done

status=0
lintian --pedantic -I "$changes" >"$work/lintian.log" 2>&1 || true
sed 's/^/lintian: /' "$work/lintian.log"
if grep -q '^E: ' "$work/lintian.log"; then
	echo "FAIL: lintian errors"
	status=1
fi
unaccepted=$(grep '^W: ' "$work/lintian.log" | awk '{ print $3 }' | grep -vxF "$(printf '%s\n' $accepted)" || true)
if [ -n "$unaccepted" ]; then
	echo "FAIL: lintian warnings not accepted in this stage: $unaccepted"
	status=1
fi
echo "package: lintian: $(grep -c '^E: ' "$work/lintian.log" || true) errors, $(grep -c '^W: ' "$work/lintian.log" || true) warnings (accepted: $accepted), $(grep -c '^[IP]: ' "$work/lintian.log" || true) info/pedantic"

# Dependencies between the packages.
dep() { dpkg-deb -f "$work/$1_${version}_${arch}.deb" Depends; }
dep libffa-dev | grep >/dev/null "libffa0 (= $version)" || { echo "FAIL: libffa-dev does not depend on libffa0 (= $version): $(dep libffa-dev)"; status=1; }
dep ffa-tools | grep >/dev/null "libffa0 (>= " || { echo "FAIL: ffa-tools does not depend on libffa0: $(dep ffa-tools)"; status=1; }

# Unpack into a scratch root, as dpkg -i would lay the files out.
root=$work/root
for p in libffa0 libffa-dev ffa-tools; do
	dpkg -x "$work/${p}_${version}_${arch}.deb" "$root"
done
lib=$root/usr/lib/$multiarch
so=$(readelf -d "$lib/libffa.so.0" | sed -n 's/.*Library soname: \[\(.*\)\]/\1/p')
[ "$so" = libffa.so.0 ] || { echo "FAIL: packaged SONAME '$so'"; status=1; }

consumer=$top/tests/build/consumers
# pkg-config, shared (the default -lffa picks libffa.so).
mkdir -p "$work/pc-shared" "$work/pc-static"
PKG_CONFIG_PATH="" PKG_CONFIG_LIBDIR="$lib/pkgconfig" \
	make -s -C "$work/pc-shared" -f "$consumer/pkgconfig/Makefile" CC=cc >/dev/null
readelf -d "$work/pc-shared/version_frame" | grep >/dev/null 'NEEDED.*\[libffa.so.0\]' ||
	{ echo "FAIL: the pkg-config consumer is not linked against libffa.so.0"; status=1; }
LD_LIBRARY_PATH="$lib" "$work/pc-shared/version_frame" | sed 's/^/package: pkg-config + libffa.so.0: /'
# pkg-config, static.
PKG_CONFIG_PATH="" PKG_CONFIG_LIBDIR="$lib/pkgconfig" \
	make -s -C "$work/pc-static" -f "$consumer/pkgconfig/Makefile" CC="cc -static" >/dev/null
readelf -d "$work/pc-static/version_frame" 2>/dev/null | grep >/dev/null NEEDED &&
	{ echo "FAIL: the static consumer has dynamic dependencies"; status=1; }
"$work/pc-static/version_frame" | sed 's/^/package: pkg-config + libffa.a (static): /'
# find_package from the packaged CMake files.
cmake -S "$consumer/find_package" -B "$work/find_package" -DCMAKE_PREFIX_PATH="$root/usr" \
	-DCMAKE_FIND_USE_PACKAGE_REGISTRY=OFF -DCMAKE_FIND_USE_SYSTEM_PACKAGE_REGISTRY=OFF \
	>"$work/find_package.log" 2>&1 || { cat "$work/find_package.log"; exit 1; }
grep -q "libffa_DIR:PATH=$root/usr/lib/$multiarch/cmake/libffa" "$work/find_package/CMakeCache.txt" ||
	{ echo "FAIL: find_package did not use the packaged files"; grep libffa_DIR "$work/find_package/CMakeCache.txt"; status=1; }
cmake --build "$work/find_package" >>"$work/find_package.log" 2>&1 || { cat "$work/find_package.log"; exit 1; }
LD_LIBRARY_PATH="$lib" "$work/find_package/version_frame" | sed 's/^/package: find_package: /'
# The packaged tool, with the packaged library.
LD_LIBRARY_PATH="$lib" ldd "$root/usr/bin/ffa" | grep >/dev/null "libffa.so.0 => $lib/" ||
	{ echo "FAIL: the packaged ffa does not use the packaged libffa.so.0"; status=1; }
out=$(LD_LIBRARY_PATH="$lib" "$root/usr/bin/ffa" decode x0=0x84000063 x1=0x10002)
echo "$out" | grep >/dev/null 'FFA_VERSION' || { echo "FAIL: packaged ffa decode: $out"; status=1; }
echo "package: ffa decode x0=0x84000063 x1=0x10002: $(echo "$out" | head -1)"
if [ -f "$root/usr/share/man/man1/ffa.1.gz" ]; then
	echo "package: ffa(1) packaged"
else
	echo "package: ffa(1) not in this tree yet (tools/ffa/ffa.1 comes with the CLI branch)"
fi
[ "$status" -eq 0 ] && echo "package: PASS: $(ls "$work"/*.deb | wc -l) .debs"
exit "$status"
