#!/usr/bin/env bash
# Checks the `workbook` command end to end on a throwaway copy of the package: a
# pristine copy grades as every exercise skipped, even with WORKBOOK_SOLUTIONS=1 in
# the environment (the learner's stubs are what is graded); `--solutions` grades the
# reference solutions as every exercise passed; bad usage exits 2. The grader's live
# tests (WORKBOOK_LIVE_GRADE=1) cover a solved, a wrong and a non-compiling exercise.
# In CI's fresh clone it grades the package in place (its build folder is reused);
# with local edits to the exercises it grades a copy, built from cold.
set -euo pipefail
cd "$(dirname "$0")/.."

swift build --product workbook
workbook="$(swift build --show-bin-path)/workbook"
scratch="$(mktemp -d /tmp/workbook-grade-check.XXXXXX)"
trap 'rm -rf "$scratch"' EXIT
if [ -z "$(git status --porcelain -- Exercises Tests/ExerciseTests Package.swift 2>/dev/null)" ] && git rev-parse --git-dir >/dev/null 2>&1; then
    # The exercises are as committed (CI's fresh clone): grade this package in
    # place, reusing its build folder instead of building a copy from cold.
    copy="$PWD"
else
    # Someone has edited exercises here: grade a pristine-enough copy instead.
    copy="$scratch/package"
    mkdir -p "$copy"
    tar --exclude='./.build*' --exclude='./.git' --exclude='./.workbook' --exclude='./.swiftpm' -cf - . | tar -xf - -C "$copy"
fi
count=$(cat Exercises/*/exercises.json | grep -o '"id"' | wc -l | tr -d ' ')

# Runs a `workbook grade` command and checks its exit status and last line.
expect_grade() {
    local expected="$1"
    shift
    local output status=0
    output=$("$@" 2>"$scratch/grade-check.err") || status=$?
    local last="${output##*$'\n'}"
    if [ "$status" -ne 0 ] || [ "$last" != "$expected" ]; then
        echo "grade-check: expected '$expected' and status 0, got '$last' and status $status" >&2
        cat "$scratch/grade-check.err" >&2
        exit 1
    fi
    echo "grade-check: as expected ($last)"
}

expect_grade "grade: 0 passed, 0 failed, $count skipped" env WORKBOOK_SOLUTIONS=1 "$workbook" grade --package-path "$copy"
expect_grade "grade: $count passed, 0 failed, 0 skipped" "$workbook" grade --solutions --package-path "$copy"

status=0
"$workbook" check 0.0 --package-path "$copy" 2>/dev/null || status=$?
if [ "$status" -ne 2 ]; then
    echo "grade-check: 'workbook check 0.0' exited $status, not 2" >&2
    exit 1
fi
echo "grade-check: bad usage exits 2"
