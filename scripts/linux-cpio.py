#!/usr/bin/env python3
# SPDX-License-Identifier: BSD-3-Clause
# Copyright (c) 2026, The libffa Authors.
"""Write a directory tree as a cpio "newc" archive (the format the Linux
initramfs unpacker reads) on stdout: the host has no cpio(1). Owner root,
modes from the files, symlinks kept, sorted, timestamps 0 (reproducible).
Usage: linux-cpio.py <dir> | gzip > initramfs.cpio.gz"""
import os
import stat
import sys


def entry(out, name, mode, data, ino):
    name_b = name.encode() + b"\0"
    hdr = "070701" + "".join("%08x" % v for v in (
        ino, mode, 0, 0, 1, 0, len(data), 0, 0, 0, 0, len(name_b), 0))
    out.write(hdr.encode() + name_b)
    out.write(b"\0" * (-(110 + len(name_b)) % 4))
    out.write(data)
    out.write(b"\0" * (-len(data) % 4))


def main():
    root = sys.argv[1]
    out = sys.stdout.buffer
    ino = 1
    for dirpath, dirs, files in os.walk(root):
        dirs.sort()
        for n in sorted(dirs) + sorted(files):
            path = os.path.join(dirpath, n)
            rel = os.path.relpath(path, root)
            st = os.lstat(path)
            if stat.S_ISLNK(st.st_mode):
                data = os.readlink(path).encode()
            elif stat.S_ISREG(st.st_mode):
                with open(path, "rb") as f:
                    data = f.read()
            else:
                data = b""
            entry(out, rel, st.st_mode, data, ino)
            ino += 1
    entry(out, "TRAILER!!!", 0, b"", 0)


main()
