#!/usr/bin/env python3
# SPDX-License-Identifier: BSD-3-Clause
"""README's ABI list is generated from the table: it must equal
`ffa list --markdown` between the abi-list markers."""
import subprocess
import sys

ffa, readme = sys.argv[1], sys.argv[2]
want = subprocess.run([ffa, "list", "--markdown"], capture_output=True,
                      text=True, check=True).stdout
text = open(readme, encoding="utf-8").read()
begin, end = "<!-- abi-list:begin -->\n", "<!-- abi-list:end -->"
if begin not in text or end not in text:
    print("README.md lacks the abi-list markers")
    sys.exit(1)
have = text.split(begin, 1)[1].split(end, 1)[0]
if have != want:
    print("README.md ABI list is stale; regenerate with: ffa list --markdown")
    sys.exit(1)
print("1 passed, 0 failed")
