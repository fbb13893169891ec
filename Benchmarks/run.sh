#!/usr/bin/env bash
# Runs every benchmark once and prints the report table of README.md.
#
#     Benchmarks/run.sh        # from the repository root; a few minutes
set -euo pipefail
cd "$(dirname "$0")"
RESULTS=$(mktemp -d)
trap 'rm -rf "$RESULTS"' EXIT
swift package -c release benchmark --format jmh --path "$RESULTS" --no-progress >&2
python3 report.py "$RESULTS"/*.json
