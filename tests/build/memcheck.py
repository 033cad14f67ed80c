#!/usr/bin/env python3
# SPDX-License-Identifier: BSD-3-Clause
# Copyright (c) 2026, The libffa Authors.
"""Runs ctest's tests under valgrind memcheck.

Takes the command of every test with the given labels from
`ctest --show-only=json-v1` (so the fuzz replays keep their corpus
argument) and runs it as
    valgrind --tool=memcheck --error-exitcode=99 --leak-check=full ...
in the test's working directory, JOBS at a time. A test fails on any
memcheck error or leak, or when the test itself fails.
Usage: memcheck.py <build-dir> <label-regex> [jobs]
"""
import concurrent.futures
import json
import os
import subprocess
import sys
import time

VALGRIND = ["valgrind", "--tool=memcheck", "--error-exitcode=99",
            "--leak-check=full", "--show-leak-kinds=definite,indirect,possible",
            "--errors-for-leak-kinds=definite,indirect,possible",
            "--track-origins=yes", "--quiet"]


def run(test):
    start = time.time()
    exe = test["command"][0]
    if not os.path.exists(exe):
        return test["name"], 127, f"not built: {exe}", 0.0
    p = subprocess.run(VALGRIND + test["command"], cwd=test["cwd"],
                       capture_output=True, text=True, check=False)
    return test["name"], p.returncode, p.stdout + p.stderr, time.time() - start


def main():
    build, labels = sys.argv[1], sys.argv[2]
    jobs = int(sys.argv[3]) if len(sys.argv) > 3 else os.cpu_count()
    out = subprocess.run(["ctest", "--show-only=json-v1", "-L", labels],
                         cwd=build, check=True, capture_output=True,
                         text=True).stdout
    tests = []
    for t in json.loads(out)["tests"]:
        cwd = build
        for prop in t.get("properties", []):
            if prop["name"] == "WORKING_DIRECTORY":
                cwd = prop["value"]
        tests.append({"name": t["name"], "command": t["command"], "cwd": cwd})
    if not tests:
        print(f"FAIL: no tests with labels {labels}")
        return 1
    failed = []
    with concurrent.futures.ThreadPoolExecutor(jobs) as pool:
        for name, rc, text, secs in pool.map(run, tests):
            if rc == 0:
                print(f"memcheck {name}: ok ({secs:.1f} s)")
                continue
            why = ("memcheck errors" if rc == 99 else "not built" if rc == 127
                   and secs == 0.0 else f"test failed (exit {rc})")
            print(f"memcheck {name}: FAIL, {why}")
            print("\n".join("    " + l for l in text.splitlines()[-60:]))
            failed.append(name)
    print(f"memcheck: {len(tests) - len(failed)} passed, {len(failed)} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
