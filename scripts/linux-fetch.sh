#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-3-Clause
# Copyright (c) 2026, The libffa Authors.
#
# Fetches a Debian arm64 Linux kernel with its FF-A modules, and
# busybox-static, and builds the small initramfs the Linux interop runs
# boot (scripts/test.d/59-linux.sh, docs/interop.md). Cached under
# out/linux/<version-flavour>/: a second run is a no-op.
#
# Which kernel: the newest <version>-cloud-arm64 of trixie-backports (what
# linux-image-cloud-arm64 depends on there), or LIBFFA_LINUX_KERNEL, a
# Debian version-flavour string such as 7.3.4+deb13-cloud-arm64, looked up
# in trixie-backports, trixie, sid and forky (a second, larger index). Up
# to 6.18 the kernel is one linux-image-<vf> package; later ones split it
# into linux-binary-<vf> (the Image; up to 7.1 the modules too) and, from
# 7.2, linux-modules-<vf>.
#
# How: `apt-get download` through a PRIVATE apt configuration (own source
# list with Architectures: arm64, own lists, cache and an empty dpkg
# status), so the machine's apt state stays untouched. The stanzas name
# deb.debian.org with the debian-archive-keyring: apt checks the Release
# signatures and package hashes as it does for installs. dpkg-deb unpacks;
# python3 writes the cpio archive (the host has no cpio).
#
# Needs: apt, dpkg-deb, xz-utils, gzip, python3, debian-archive-keyring.
# Usage: scripts/linux-fetch.sh   (prints the directory on stdout, which
# holds Image, initramfs.cpio.gz and kernel.txt = the version-flavour)
# Exit status: 0 fetched (or cached), 77 cannot be fetched (the reason is
# the last line on stderr, "linux-fetch: SKIP: <reason>"), 1 anything else.
set -euo pipefail
cd "$(dirname "$0")/.."
top=$PWD
base=$top/out/linux
want=${LIBFFA_LINUX_KERNEL:-}
mkdir -p "$base"

skip() {
	echo "linux-fetch: SKIP: $*" >&2
	exit 77
}
fail() {
	echo "linux-fetch: $*" >&2
	exit 1
}

# A cached kernel keeps its initramfs tree: a changed /init
# (scripts/linux-init.sh) is packed again, without fetching anything.
use_cached() {
	local rd=$1/initramfs
	if ! cmp -s "$top/scripts/linux-init.sh" "$rd/init"; then
		echo "linux-fetch: $(basename "$1"): new /init, packing the initramfs again" >&2
		cp "$top/scripts/linux-init.sh" "$rd/init"
		python3 "$top/scripts/linux-cpio.py" "$rd" | gzip -9n >"$1/initramfs.cpio.gz"
	fi
	echo "$1"
	exit 0
}

# A cached kernel named explicitly needs no network at all.
if [ -n "$want" ] && [ -f "$base/$want/.libffa-stamp" ]; then
	use_cached "$base/$want"
fi

command -v apt-get >/dev/null || skip "no apt-get on this machine"
command -v dpkg-deb >/dev/null || skip "dpkg-deb missing"
command -v python3 >/dev/null || skip "python3 missing (writes the initramfs)"
keyring=/usr/share/keyrings/debian-archive-keyring.gpg
[ -f "$keyring" ] || skip "no $keyring (install debian-archive-keyring)"

# trixie-backports (kernels) and trixie (busybox-static) for the default;
# sid and forky only for a kernel named explicitly (their indexes are large).
suites="trixie-backports trixie"
apt=$base/apt
[ -z "$want" ] || { suites="trixie-backports trixie sid forky"; apt=$base/apt-all; }
mkdir -p "$apt/parts" "$apt/lists/partial" "$apt/cache/archives/partial"
cat >"$apt/parts/linux.sources" <<EOF
Types: deb
URIs: http://deb.debian.org/debian
Suites: $suites
Components: main
Architectures: arm64
Signed-By: $keyring
EOF
apt_opts=(-o "Dir::Etc::SourceList=/dev/null"
	-o "Dir::Etc::SourceParts=$apt/parts"
	-o "Dir::State::Lists=$apt/lists"
	-o "Dir::Cache=$apt/cache"
	-o "Dir::State::status=/dev/null"
	-o "APT::Architecture=arm64"
	-o "APT::Architectures=arm64"
	-o "Debug::NoLocking=1"
	-o "Acquire::Retries=2"
	-o "APT::Sandbox::User=$(id -un)")

# The index is refreshed at most once a day.
if [ -z "$(find "$apt/lists" -maxdepth 1 -name '*Packages*' -mmin -1440 2>/dev/null | head -1)" ]; then
	echo "linux-fetch: apt-get update (arm64, private configuration)" >&2
	if ! apt-get -q "${apt_opts[@]}" update >"$apt/update.log" 2>&1 ||
		grep -Eq '^(W|E): (Failed to fetch|Some index files failed)' "$apt/update.log"; then
		tail -n 5 "$apt/update.log" >&2
		# Offline with a kernel fetched before: use the newest one.
		cached=$(ls -d "$base"/*/.libffa-stamp 2>/dev/null | sort -V | tail -n 1)
		if [ -z "$want" ] && [ -n "$cached" ]; then
			echo "linux-fetch: archive unreachable, using the cached $(basename "$(dirname "$cached")")" >&2
			use_cached "$(dirname "$cached")"
		fi
		skip "apt-get update of the arm64 indexes failed (no network to the Debian mirror?)"
	fi
	grep -Eq 'NO_PUBKEY|not signed|EXPKEYSIG|BADSIG' "$apt/update.log" &&
		{
			cat "$apt/update.log" >&2
			fail "a Release file does not verify"
		}
fi

if [ -z "$want" ]; then
	want=$(apt-cache "${apt_opts[@]}" depends -t trixie-backports \
		linux-image-cloud-arm64 2>/dev/null |
		sed -n 's/^ *Depends: linux-image-\(.*-cloud-arm64\)$/\1/p' | head -1)
	[ -n "$want" ] || skip "no linux-image-cloud-arm64 in trixie-backports"
fi
dir=$base/$want
if [ -f "$dir/.libffa-stamp" ]; then
	use_cached "$dir"
fi
apt-cache "${apt_opts[@]}" show "linux-image-$want" >/dev/null 2>&1 ||
	skip "no package linux-image-$want in the arm64 archive"

work=$dir.work
rm -rf "$work" "$dir"
mkdir -p "$work/deb" "$work/root"
download() {
	(cd "$work/deb" && apt-get -q "${apt_opts[@]}" download "$@") \
		>>"$work/download.log" 2>&1 || {
		tail -n 5 "$work/download.log" >&2
		skip "cannot download $* from the Debian mirror"
	}
}
echo "linux-fetch: downloading linux-image-$want and busybox-static" >&2
download "linux-image-$want" busybox-static/trixie
# From 6.19 linux-image-<vf> is a small package depending on
# linux-binary-<vf> (the Image, and up to 7.1 the modules too); from 7.2
# the modules are in linux-modules-<vf>.
# (The whole listing is read: grep -q would close the pipe early and
# pipefail turn dpkg-deb's SIGPIPE into "no vmlinuz".)
listing=$(dpkg-deb -c "$work/deb"/linux-image-"$want"_*.deb)
if ! grep -q '/vmlinuz' <<<"$listing"; then
	download "linux-binary-$want"
	if apt-cache "${apt_opts[@]}" show "linux-modules-$want" >/dev/null 2>&1; then
		download "linux-modules-$want"
	fi
fi
for d in "$work"/deb/*.deb; do
	dpkg-deb -x "$d" "$work/root"
done
image=$(find "$work/root" -name 'vmlinuz*' -type f | head -1)
[ -n "$image" ] || fail "no vmlinuz in the kernel packages of $want"
moddir=$(find "$work/root" -type d -path "*/lib/modules/$want" | head -1)
[ -n "$moddir" ] || fail "no lib/modules/$want in the packages"
# arm64 vmlinuz is a plain Image (magic "ARMd" at offset 0x38); gzip if not.
if [ "$(dd if="$image" bs=1 skip=56 count=4 2>/dev/null)" = "ARMd" ]; then
	cp "$image" "$work/Image"
else
	gzip -dc "$image" >"$work/Image" || fail "$image is neither an Image nor gzip"
fi

# The initramfs: busybox, the FF-A modules and their dependencies
# (decompressed: busybox insmod takes plain ELF), /init.
rd=$work/initramfs
mkdir -p "$rd/bin" "$rd/lib/modules" "$rd/proc" "$rd/sys" "$rd/dev"
cp "$work/root/usr/bin/busybox" "$rd/bin/busybox" 2>/dev/null ||
	cp "$work/root/bin/busybox" "$rd/bin/busybox" ||
	fail "no busybox in busybox-static"
find_mod() { find "$moddir" -name "$1.ko*" | head -1; }
order=()
add_mod() {
	local m=$1 f deps d
	for d in "${order[@]}"; do [ "$d" = "$m" ] && return 0; done
	f=$(find_mod "$m")
	[ -n "$f" ] || return 1
	case "$f" in
	*.xz) xz -dc "$f" >"$rd/lib/modules/$m.ko" ;;
	*.zst) zstd -qdc "$f" >"$rd/lib/modules/$m.ko" ;;
	*.gz) gzip -dc "$f" >"$rd/lib/modules/$m.ko" ;;
	*) cp "$f" "$rd/lib/modules/$m.ko" ;;
	esac
	deps=$(tr '\0' '\n' <"$rd/lib/modules/$m.ko" | sed -n 's/^depends=//p' | head -1)
	for d in ${deps//,/ }; do
		add_mod "$d" || fail "module $m needs $d, which is not in the package"
	done
	order+=("$m")
}
# Kernels up to 6.x name the transport arm_ffa; later ffa-core + ffa-module.
if [ -n "$(find_mod ffa-core)" ]; then
	add_mod ffa-core
	add_mod ffa-module
elif [ -n "$(find_mod arm_ffa)" ]; then
	add_mod arm_ffa
else
	skip "kernel $want has no FF-A driver (CONFIG_ARM_FFA_TRANSPORT not set)"
fi
for m in tpm_crb_ffa optee; do
	add_mod "$m" || echo "linux-fetch: note: $want has no $m module" >&2
done
printf '%s\n' "${order[@]}" >"$rd/lib/modules/order"
cp "$top/scripts/linux-init.sh" "$rd/init"
chmod 755 "$rd/init"
python3 "$top/scripts/linux-cpio.py" "$rd" | gzip -9n >"$work/initramfs.cpio.gz"

echo "$want" >"$work/kernel.txt"
rm -rf "$work/root" "$work/deb"
mv "$work" "$dir"
echo "$dir" >"$dir/.libffa-stamp"
echo "linux-fetch: $want ($(stat -c %s "$dir/Image") byte Image, modules: ${order[*]})" >&2
echo "$dir"
