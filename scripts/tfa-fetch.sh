#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-3-Clause
# Copyright (c) 2026, The libffa Authors.
#
# Fetches Trusted Firmware-A from Debian's own source package
# (arm-trusted-firmware, trixie suite: 2.12.1, the first Debian release new
# enough to have plat/qemu's EL3 SPMC glue) and unpacks it under out/tfa/.
# Cached: once unpacked, a second run is a no-op.
#
# How: `apt-get source` through a PRIVATE apt configuration (own source
# list with deb-src stanzas, own lists and cache under out/), so the
# machine's apt sources and state stay untouched. The stanzas are twins of
# the machine's own Debian "deb" sources with the suite replaced, and keep
# their Signed-By keyring (debian-archive-keyring): apt checks the Release
# signature and the .dsc/tarball hashes exactly as it does for installs.
#
# Needs: apt, dpkg-dev (dpkg-source unpacks), xz-utils, debian-archive-keyring.
# Environment: LIBFFA_TFA_SUITE (default trixie).
# Usage: scripts/tfa-fetch.sh      (prints the source directory on stdout)
# Exit status: 0 fetched (or cached), 77 cannot be fetched (the reason is
# the last line on stderr, "tfa-fetch: SKIP: <reason>"), 1 anything else.
set -euo pipefail
cd "$(dirname "$0")/.."
top=$PWD
suite=${LIBFFA_TFA_SUITE:-trixie}
base=$top/out/tfa/src-$suite
stamp=$base/.libffa-stamp

skip() {
	echo "tfa-fetch: SKIP: $*" >&2
	exit 77
}

if [ -f "$stamp" ]; then
	cat "$stamp"
	exit 0
fi

command -v apt-get >/dev/null || skip "no apt-get on this machine"
command -v dpkg-source >/dev/null || skip "dpkg-source missing (install dpkg-dev)"

work=$base.work
rm -rf "$work" "$base"
mkdir -p "$work/apt/parts" "$work/apt/lists/partial" \
	"$work/apt/cache/archives/partial" "$work/src"

# deb-src twins of the machine's Debian release stanzas (those naming a
# plain codename suite such as "bookworm"; -updates and -security are
# dropped), with the suite swapped for $suite.
n=0
for f in /etc/apt/sources.list.d/*.sources; do
	[ -f "$f" ] || continue
	awk -v suite="$suite" '
		function flush() {
			if (keep && deb && body != "")
				printf "%s\n", body
			body = ""; keep = 0; deb = 0
		}
		/^[[:space:]]*$/ { flush(); next }
		/^[[:space:]]*#/ { next }
		/^Types:/ { body = body "Types: deb-src\n"; next }
		/^Suites:/ {
			for (i = 2; i <= NF; i++)
				if ($i ~ /^[a-z]+$/) keep = 1
			body = body "Suites: " suite "\n"; next
		}
		/^URIs:/ { if ($0 ~ /debian/ && $0 !~ /security/) deb = 1 }
		{ body = body $0 "\n" }
		END { flush() }
	' "$f" >"$work/apt/parts/src$n.sources"
	n=$((n + 1))
done
for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
	[ -f "$f" ] || continue
	awk -v suite="$suite" '
		$1 == "deb" {
			i = 2
			if ($2 ~ /^\[/) while ($i !~ /\]$/) i++
			if ($0 ~ /debian/ && $(i + 2) ~ /^[a-z]+$/) {
				$1 = "deb-src"; $(i + 2) = suite; print
			}
		}' "$f" >"$work/apt/parts/src$n.list"
	n=$((n + 1))
done
grep -qs . "$work"/apt/parts/* || skip "no Debian apt source on this machine to derive a deb-src entry from"

apt_opts=(-o "Dir::Etc::SourceList=/dev/null"
	-o "Dir::Etc::SourceParts=$work/apt/parts"
	-o "Dir::State::Lists=$work/apt/lists"
	-o "Dir::Cache=$work/apt/cache"
	-o "Debug::NoLocking=1"
	-o "Acquire::Retries=2"
	-o "APT::Sandbox::User=$(id -un)")

echo "tfa-fetch: apt-get update ($suite deb-src, private configuration)" >&2
if ! apt-get -q "${apt_opts[@]}" update >"$work/update.log" 2>&1 ||
	grep -Eq '^(W|E): (Failed to fetch|Some index files failed)' "$work/update.log"; then
	tail -n 5 "$work/update.log" >&2
	skip "apt-get update of the $suite deb-src index failed (no network to the Debian mirror?)"
fi
grep -Eq 'NO_PUBKEY|not signed|EXPKEYSIG|BADSIG' "$work/update.log" &&
	{
		cat "$work/update.log" >&2
		echo "tfa-fetch: the $suite Release file does not verify" >&2
		exit 1
	}

echo "tfa-fetch: apt-get source arm-trusted-firmware" >&2
if ! (cd "$work/src" && apt-get -q "${apt_opts[@]}" source arm-trusted-firmware) \
	>"$work/source.log" 2>&1; then
	tail -n 5 "$work/source.log" >&2
	if grep -q 'Unable to find a source package' "$work/source.log"; then
		skip "no arm-trusted-firmware source package in $suite"
	fi
	if grep -Eq 'Failed to fetch|Could not resolve|Connection|Temporary failure' "$work/source.log"; then
		skip "cannot download arm-trusted-firmware from the Debian mirror"
	fi
	exit 1
fi
srcdir=$(find "$work/src" -mindepth 1 -maxdepth 1 -type d -name 'arm-trusted-firmware-*' | head -1)
[ -n "$srcdir" ] && [ -f "$srcdir/plat/qemu/qemu/platform.mk" ] || {
	cat "$work/source.log" >&2
	echo "tfa-fetch: source package did not unpack" >&2
	exit 1
}
# plat/qemu's EL3 SPMC support (SPMC_AT_EL3) appeared in TF-A 2.9.
grep -rqs SPMC_AT_EL3 "$srcdir/plat/qemu/" ||
	skip "$(basename "$srcdir") has no EL3 SPMC support for plat/qemu (needs TF-A >= 2.9)"

mv "$work" "$base"
srcdir=$base/src/$(basename "$srcdir")
dsc=$(find "$base/src" -maxdepth 1 -name '*.dsc' | head -1)
echo "tfa-fetch: $(basename "$dsc" .dsc) unpacked in ${srcdir#"$top"/}" >&2
echo "$srcdir" >"$stamp"
echo "$srcdir"
