#!/usr/bin/env python3
"""Turns the benchmark's JMH export into the Markdown table of README.md.

ops/s is the mean of the per-operation throughput; p50 and p99 are wall-clock
percentiles; allocations are mallocs per operation (p50). Ratios compare
ops/s: JWTCore / jwt-kit, and JWTCore / the OpenSSL floor (HS256 against the
bare HMAC-SHA256).
"""
import json
import sys

rows = {}
for path in sys.argv[1:]:
    for element in json.load(open(path)):
        name = element["benchmark"].split(".", 3)[3].replace("_", " ")
        secondary = element["secondaryMetrics"]
        time = secondary["Time (wall clock)"]["scorePercentiles"]
        rows[name] = {
            "ops": element["primaryMetric"]["score"],
            "p50": time["50.0"],
            "p99": time["99.0"],
            "mallocs": secondary["Malloc (total)"]["scorePercentiles"]["50.0"],
        }


def fmt_time(microseconds):
    return f"{microseconds:.2f} µs" if microseconds < 100 else f"{microseconds:.0f} µs"


def floor_name(algorithm, operation):
    if algorithm == "HS256":
        return "HS256 HMAC-SHA256: OpenSSL floor"
    return f"{algorithm} {operation}: OpenSSL floor"


print("| operation | library | ops/s | p50 | p99 | allocations | JWTCore / jwt-kit | JWTCore / floor |")
print("|---|---|---:|---:|---:|---:|---:|---:|")
for algorithm in ["HS256", "RS256", "PS256", "ES256", "EdDSA"]:
    for operation in ["sign", "verify"]:
        core = rows.get(f"{algorithm} {operation}: JWTCore")
        kit = rows.get(f"{algorithm} {operation}: jwt-kit")
        floor = rows.get(floor_name(algorithm, operation))
        label = f"{algorithm} {operation}" + (" + validate" if operation == "verify" else "")
        for library, row in [("JWTCore", core), ("jwt-kit", kit), ("OpenSSL floor", floor)]:
            if row is None:
                continue
            versus_kit = versus_floor = ""
            if library == "JWTCore" and kit:
                versus_kit = f"**{row['ops'] / kit['ops']:.2f}x**"
            if library == "JWTCore" and floor:
                versus_floor = f"**{row['ops'] / floor['ops']:.2f}x**"
            if library == "OpenSSL floor" and algorithm == "HS256" and operation == "verify":
                continue  # One HMAC row serves both HS256 operations.
            print(f"| {label} | {library} | {row['ops']:,.0f} | {fmt_time(row['p50'])} | {fmt_time(row['p99'])} "
                  f"| {row['mallocs']:.0f} | {versus_kit} | {versus_floor} |")
core = rows.get("base64url decode: JWTCore")
floor = rows.get("base64url decode: OpenSSL floor")
for library, row in [("JWTCore", core), ("OpenSSL floor", floor)]:
    if row:
        versus_floor = f"**{row['ops'] / floor['ops']:.2f}x**" if library == "JWTCore" and floor else ""
        print(f"| base64url decode (3 segments) | {library} | {row['ops']:,.0f} | {fmt_time(row['p50'])} "
              f"| {fmt_time(row['p99'])} | {row['mallocs']:.0f} | | {versus_floor} |")
