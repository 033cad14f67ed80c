#!/usr/bin/env python3
# SPDX-License-Identifier: BSD-3-Clause
"""Every ABI x width x version x (frame, result): `ffa encode` with a
distinct value in every field the frame has, then `ffa decode --json`
must name the ABI and give back exactly those values (issue 2)."""
import json
import subprocess
import sys

FFA = sys.argv[1]
VERSIONS = ["1.0", "1.1", "1.2", "1.3"]
failures = 0
checked = 0


def run(args, stdin=None):
    p = subprocess.run([FFA] + args, input=stdin, capture_output=True, text=True)
    return p.returncode, p.stdout, p.stderr


def fail(msg):
    global failures
    failures += 1
    print("FAIL:", msg)


def canon(field, text):
    """A decoded JSON value back to the integer (or bytes) it encodes."""
    if field["kind"] in ("uuid_w", "uuid_x"):
        return bytes.fromhex(text.replace("-", ""))
    if field["name"] == "version" and "." in text:
        major, minor = text.split(".")
        return (int(major) << 16) | int(minor)
    if field["name"] == "error_code" and not text.lstrip("-").isdigit():
        return {"NOT_SUPPORTED": -1, "INVALID_PARAMETERS": -2, "NO_MEMORY": -3,
                "BUSY": -4, "INTERRUPTED": -5, "DENIED": -6, "RETRY": -7,
                "ABORTED": -8, "NO_DATA": -9, "NOT_READY": -10}[text]
    return int(text, 0)


def pattern(i, bits):
    v = (0x9E3779B97F4A7C15 * (i + 3)) & ((1 << bits) - 1)
    return v or 1


def values_for(abi, fields, present, smc64):
    """field name -> (assignment text, expected value)."""
    out = {}
    for i, f in enumerate(fields):
        if f["name"] not in present:
            continue
        if f["kind"] in ("uuid_w", "uuid_x"):
            b = bytes((0x11 * (k + 1) + i) & 0xFF for k in range(16))
            h = b.hex()
            out[f["name"]] = ("%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:]), b)
        elif f["kind"] == "array":
            n = len(present[f["name"]])
            elems = [pattern(i * 20 + e, 64 if smc64 else 32) for e in range(n)]
            out[f["name"]] = (",".join(hex(e) for e in elems), elems)
        else:
            bits = f["width"]
            if not smc64 and f["kind"] == "bits":
                bits = min(bits, 32 - f["lo"])
            if f["kind"] == "split":
                bits = 64
            if f["signed"]:
                out[f["name"]] = ("-2", -2)
            else:
                v = pattern(i, bits)
                out[f["name"]] = (hex(v), v)
    # Value rules the table's check column enforces (abi.def, msg_rules.h).
    if abi == "FFA_FEATURES" and "feature" in out:
        out["feature"] = (hex(0x84000063), 0x84000063)
    # A partition message, so every payload register carries a value; a
    # framework message has its own rules (DEN0077A 1.1 s18, msg_framework.c).
    if abi in ("FFA_MSG_SEND_DIRECT_REQ", "FFA_MSG_SEND_DIRECT_RESP") and "framework" in out:
        out["framework"] = ("0", 0)
        out["framework_type"] = ("0", 0)
    if abi == "FFA_NOTIFICATION_SET":
        out["per_vcpu"] = ("1", 1)
    if abi == "FFA_CONSOLE_LOG":
        out["char_count"] = ("5", 5)
    if abi == "FFA_PARTITION_INFO_GET_REGS" and "start_index" in out:
        out["start_index"] = ("1", 1)
    return out


def check(row, width, version, result):
    global checked
    abi = row["abi"]
    fields = row["result" if result else "args"]
    name = abi + ("_%d" % width if row["smc32"] != "-" and row["smc64"] != "-" else "")
    enc = ["encode", "--version", version, "--json"] + (["--result"] if result else [])
    if result:
        name = abi + ("_64" if width == 64 else "")
    # 1. An all-zero message tells which fields this frame has.
    # FFA_ERROR's code must be negative (DEN0077A 1.2 s13.1): zero is refused.
    base = ["error_code=-1"] if abi == "FFA_ERROR" and not result else []
    rc, out, err = run(enc + [name] + base)
    if rc != 0:
        if abi in ("FFA_CONSOLE_LOG",) and not result:
            pass  # char_count 0 is illegal; fill fields blind below
        else:
            return fail("%s v%s: zero encode failed: %s" % (name, version, err.strip()))
    dec = ["decode", "--version", version, "--json"]
    if result:
        dec += ["--reply-to", abi]
    present = {}
    if rc == 0:
        regs = " ".join(json.loads(out)["regs"])
        rc, out, err = run(dec + regs.split())
        if rc != 0:
            return fail("%s v%s: zero decode failed: %s" % (name, version, err.strip()))
        present = json.loads(out)["fields"]
    else:
        present = {"char_count": "0", "chars": ["0"] * (16 if width == 64 else 6)}
    vals = values_for(abi, fields, present, width == 64)
    rc, out, err = run(enc + [name] + ["%s=%s" % (k, v[0]) for k, v in vals.items()])
    if rc != 0:
        return fail("%s v%s: encode failed: %s" % (name, version, err.strip()))
    regs = json.loads(out)["regs"]
    rc, out, err = run(dec + regs)
    if rc != 0:
        return fail("%s v%s: decode failed: %s" % (name, version, err.strip()))
    got = json.loads(out)
    want_abi = abi if result else name
    if got["abi"] != want_abi and not (result and got["abi"].startswith(abi)):
        return fail("%s v%s: decoded as %s" % (name, version, got["abi"]))
    for f in fields:
        if f["name"] not in vals:
            continue
        text = got["fields"].get(f["name"])
        want = vals[f["name"]][1]
        if f["kind"] == "array":
            have = [canon(f, t) for t in text]
        else:
            have = canon(f, text)
        if have != want:
            return fail("%s v%s %s: %r != %r" % (name, version, f["name"], have, want))
    checked += 1


rc, out, err = run(["list", "--json"])
rows = json.loads(out)
for row in rows:
    for width, fid, since in ((32, row["smc32"], row["since32"]), (64, row["smc64"], row["since64"])):
        if fid == "-":
            continue
        for version in VERSIONS:
            # An ABI exists from its "since" up to, not including, "until".
            if version < since or (row["until"] != "-" and version >= row["until"]):
                continue
            check(row, width, version, False)
            # The success frame answering it, in each FFA_SUCCESS width
            # (a bare w0 answer has no width of its own).
            if row["result"] and not (row["result"][0]["reg"] == 0 and width == 64):
                check(row, width, version, True)
print("%d passed, %d failed" % (checked, failures))
sys.exit(1 if failures else 0)
