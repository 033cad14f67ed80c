#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-3-Clause
# manpage.sh FFA MANPAGE: ffa(1) renders without groff warnings and
# documents every command `ffa --help` lists and every option of each
# command's --help. Exits 77 (skipped) without groff.
set -u
ffa=$1
page=$2
if ! command -v groff >/dev/null; then
	echo "groff not installed: cannot render $page"
	exit 77
fi
ok=1
warnings=$(groff -man -Tutf8 -ww -z "$page" 2>&1)
if [ -n "$warnings" ]; then
	echo "groff warnings:"
	echo "$warnings"
	ok=0
fi
text=$(groff -man -Tascii "$page" 2>/dev/null | col -b)
commands=$("$ffa" --help | awk '/^commands:/ {on=1; next} on && /^  [a-z]/ {print $1} /^$/ && on>0 && NR>3 {on=0}')
[ -n "$commands" ] || { echo "no commands in ffa --help"; exit 1; }
for c in $commands; do
	if ! grep -q "ffa $c" <<<"$text"; then
		echo "command '$c' missing from $page"
		ok=0
	fi
	for opt in $("$ffa" "$c" --help | grep -o -- '--[a-z][a-z0-9-]*' | sort -u); do
		if ! grep -q -- "$opt" <<<"$text"; then
			echo "option $opt of '$c' missing from $page"
			ok=0
		fi
	done
done
[ "$ok" -eq 1 ]
