#!/usr/bin/env python3
# SPDX-License-Identifier: BSD-3-Clause
# Copyright (c) 2026, The libffa Authors.
"""Every reference stays inside the repository, every doc link works.

Fails on:
  - a Markdown document named (`name.md`) that no file of the repository
    is: a user who clones the project alone cannot follow it;
  - a relative path written in a file (`../x/y`) that leaves the tree or
    names nothing in it;
  - a relative markdown link [text](path) whose target does not exist.

Usage: scripts/check-links.py [--root DIR]
"""
import argparse
import os
import re
import subprocess
import sys

# A Markdown document named in text (checked against the tree's own).
MDNAME = re.compile(r"(?<![\w.-])([\w.-]+\.md)\b")
# A relative path that climbs: ../a/b (not part of a longer word or URL).
CLIMB = re.compile(r"(?<![\w/.$}{)])((?:\.\./)+[\w.-]+(?:/[\w.-]+)*)")
MDLINK = re.compile(r"(?<!\!)\[[^\]\n]*\]\(([^)\s]+)(?:\s+\"[^\"]*\")?\)")
SKIP_EXT = (".png", ".jpg", ".gz", ".xz", ".bin", ".elf", ".ico",
            ".stdin")  # .stdin: CLI test input, hex dumps


def tracked(root):
    try:
        out = subprocess.run(["git", "-C", root, "ls-files", "-z"],
                             capture_output=True, check=True).stdout
        return [p for p in out.decode().split("\0") if p]
    except (subprocess.CalledProcessError, FileNotFoundError):
        files = []
        for d, dirs, names in os.walk(root):
            dirs[:] = [x for x in dirs if x not in (".git", "out") and
                       not x.startswith("build")]
            files += [os.path.relpath(os.path.join(d, n), root) for n in names]
        return files


def md_names(files):
    return {os.path.basename(p) for p in files if p.endswith(".md")}


def findings(root, path, docs):
    full = os.path.join(root, path)
    try:
        with open(full, encoding="utf-8") as f:
            text = f.read()
    except (UnicodeDecodeError, IsADirectoryError, FileNotFoundError):
        return []
    out = []
    here = os.path.dirname(path)
    for n, line in enumerate(text.splitlines(), 1):
        spans = []
        for m in MDNAME.finditer(line):
            if m.group(1) not in docs:
                spans.append(m.span())
                out.append("%s:%d: refers outside the repository: %s" %
                           (path, n, m.group(1)))
        for m in CLIMB.finditer(line):
            if any(a <= m.start() < b for a, b in spans):
                continue
            target = os.path.normpath(os.path.join(here, m.group(1)))
            if target.startswith("..") or not os.path.exists(
                    os.path.join(root, target)):
                out.append("%s:%d: path names nothing in the repository: %s"
                           % (path, n, m.group(1)))
        if path.endswith(".md"):
            for m in MDLINK.finditer(line):
                link = m.group(1)
                if re.match(r"[a-z]+:|#", link):
                    continue
                target = os.path.normpath(os.path.join(here, link.split("#")[0]))
                if target.startswith(".."):
                    out.append("%s:%d: link leaves the repository: %s" %
                               (path, n, link))
                elif not os.path.exists(os.path.join(root, target)):
                    out.append("%s:%d: broken link: %s" % (path, n, link))
    return out


def main():
    ap = argparse.ArgumentParser()
    here = os.path.dirname(os.path.abspath(__file__))
    ap.add_argument("--root", default=os.path.dirname(here))
    args = ap.parse_args()
    root = args.root
    self_files = {"scripts/check-links.py"}
    fail = 0
    files = [p for p in tracked(root) if not p.endswith(SKIP_EXT)]
    docs = md_names(files)
    for path in sorted(files):
        if path in self_files:
            continue
        for f in findings(root, path, docs):
            print("FAIL: " + f)
            fail += 1
    print("check-links: %d files, %d failures" % (len(files), fail))
    return 1 if fail else 0


if __name__ == "__main__":
    sys.exit(main())
