#!/usr/bin/env python3
"""Runs the shell blocks that the docs mark as runnable, exactly as written.

Every fenced ```sh block directly after a line `<!-- ci: run -->` is run,
in order, in one bash session per file (so a variable set in one block is
there in the next), with `set -euo pipefail`, from the repository root. A
command the text expects to fail says so itself, for example with
`|| echo "exit status $?"`. Any other failure fails CI. Usage:

    python3 .ci/doc_commands.py README.md Chapters/*/README.md
"""
import re
import subprocess
import sys

MARKER = "<!-- ci: run -->"


def runnable_blocks(text):
    """Yields each ```sh block that follows the marker line."""
    pattern = re.compile(re.escape(MARKER) + r"\s*\n```sh\n(.*?)\n```", re.DOTALL)
    for match in pattern.finditer(text):
        yield match.group(1)


def main(paths):
    count = 0
    for path in paths:
        with open(path, encoding="utf-8") as handle:
            blocks = list(runnable_blocks(handle.read()))
        if not blocks:
            continue
        count += len(blocks)
        script = "\n".join(blocks)
        print(f"--- {path}: {len(blocks)} block(s)\n{script}", flush=True)
        result = subprocess.run(["bash", "-euo", "pipefail", "-c", script])
        if result.returncode != 0:
            print(f"FAILED with exit status {result.returncode}: the blocks above, from {path}", file=sys.stderr)
            return 1
    print(f"doc commands: {count} blocks ran")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
