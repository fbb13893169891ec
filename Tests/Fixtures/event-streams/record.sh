#!/usr/bin/env bash
# Records the event-stream fixtures the grader tests read, from real `swift test` runs
# over a temporary copy of the package (the real stubs are never touched).
# Usage: bash Tests/Fixtures/event-streams/record.sh   (about 2 minutes)
# README.md beside this script says what each fixture holds.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
copy="$(mktemp -d /tmp/workbook-fixtures.XXXXXX)"
trap 'rm -rf "$copy"' EXIT

(cd "$root" && tar --exclude='./.build*' --exclude='./.git' --exclude='./.workbook' --exclude='./.swiftpm' -cf - .) | tar -xf - -C "$copy"
stubs="$copy/Exercises/01-jwt-basics/Stubs"
solutions="$copy/Exercises/01-jwt-basics/Solutions"

# Runs the exercise tests of the copy and keeps the event stream as $1.
record() {
    local name="$1" filter="$2"
    rm -f "$here/$name"
    (cd "$copy" && swift test --disable-xctest --event-stream-output-path "$here/$name" \
        --event-stream-version 6.3 --filter "$filter" >"$copy/$name.log" 2>&1) || true
    if [ -f "$here/$name" ]; then echo "$name: $(wc -l <"$here/$name") records"; else echo "$name: no stream (the build failed)"; fi
}

# A pristine copy: every exercise is skipped as not attempted.
record pristine.jsonl '^ExerciseTests\.'
# The reference solutions: every exercise passes.
WORKBOOK_SOLUTIONS=1 record solutions.jsonl '^ExerciseTests\.'
# A filter that matches no test: the run passes with zero tests.
record no-match.jsonl '^ExerciseTests\.Exercise9_9Tests$'

# 1.3 solved, 1.1 answered wrongly, the rest untouched.
cp "$solutions/VerifyHS256.swift" "$stubs/VerifyHS256.swift"
sed -i 's/throw ExerciseUnsolved("1.1")/return "wrong"/' "$stubs/Base64URLEncoding.swift"
record mixed.jsonl '^ExerciseTests\.'

# As above, but 1.1 crashes the test process (an index out of range) for any input but the probe's.
sed -i 's/return "wrong"/if bytes.count == 3 { return "aGk_" }; return [String]()[bytes.count]/' "$stubs/Base64URLEncoding.swift"
record crashed.jsonl '^ExerciseTests\.'

# A syntax error in 1.4's stub: the build fails, no stream is written; keep the build log.
sed -i 's/throw ExerciseUnsolved("1.4")/let broken = (/' "$stubs/TimeClaims.swift"
record compile-error.jsonl '^ExerciseTests\.'
grep -v '^\[' "$copy/compile-error.jsonl.log" | sed "s#$copy/##g" >"$here/compile-error.log"
echo "compile-error.log: $(grep -c ': error: ' "$here/compile-error.log") error lines"

# Every kind of issue in one suite: a failed expectation, a thrown error in one case of a
# parameterized test, a warning and a known issue (only the first two fail their tests).
cp "$root/Exercises/01-jwt-basics/Stubs/TimeClaims.swift" "$stubs/TimeClaims.swift"
cat >"$stubs/Base64URLEncoding.swift" <<'SWIFT'
import ExerciseSupport

public func base64URLEncode(_ bytes: [UInt8]) throws -> String {
    if bytes.isEmpty { struct Oops: Error {}; throw Oops() }
    return "Zg"
}
SWIFT
cat >"$copy/Tests/ExerciseTests/01-jwt-basics/Exercise1_1Tests.swift" <<'SWIFT'
import Exercises01
import Testing

@Suite("Exercise 1.1: Base64url without padding")
struct Exercise1_1Tests {
    @Test("Encodes hi? as aGk_") func encodes() throws {
        let encoded = try base64URLEncode(Array("hi?".utf8))
        #expect(encoded == "aGk_", "Hint: use the URL-safe alphabet")
    }
    @Test("Vectors", arguments: [("", ""), ("f", "Zg")]) func vectors(input: String, output: String) throws {
        let encoded = try base64URLEncode(Array(input.utf8))
        #expect(encoded == output)
    }
    @Test("warns") func warns() {
        Issue.record("just a warning", severity: .warning)
    }
    @Test("known") func known() {
        withKnownIssue { Issue.record("known") }
    }
}
SWIFT
record issue-kinds.jsonl '^ExerciseTests\.Exercise1_1Tests$'
