// Reading recorded `swift test` event streams: records, run boundaries, and test identifiers.
import Foundation
import Testing
import WorkbookKit

@Suite("Grader: reading event streams")
struct GraderEventStreamTests {
    @Test("A pristine run lists 33 test functions in 6 suites, and starts and ends")
    func pristineRecords() throws {
        let stream = try GraderFixtures.stream("pristine.jsonl")
        let functions = stream.tests.filter(\.isFunction).count
        let suites = stream.tests.filter { !$0.isFunction }.count
        #expect(functions == 33)
        #expect(suites == 6)
        #expect(stream.runStarted)
        #expect(stream.runEnded)
    }

    @Test("A filter that matches nothing gives a run with no tests")
    func noMatch() throws {
        let stream = try GraderFixtures.stream("no-match.jsonl")
        let kinds = stream.events.map(\.kind)
        #expect(stream.tests.isEmpty)
        #expect(kinds == ["runStarted", "runEnded"])
    }

    @Test("A crashed run started but never ended")
    func crashedRun() throws {
        let stream = try GraderFixtures.stream("crashed.jsonl")
        #expect(stream.runStarted)
        #expect(!stream.runEnded)
    }

    @Test("Skipped tests, failing issues, warnings and known issues are told apart")
    func issueKinds() throws {
        let stream = try GraderFixtures.stream("issue-kinds.jsonl")
        let issues = stream.events.filter { $0.kind == "issueRecorded" }
        let failing = issues.filter(\.isFailure).count
        let warnings = issues.filter { $0.issue?.severity == "warning" }.count
        let known = issues.filter { $0.issue?.isKnown == true }.count
        #expect(issues.count == 4)
        #expect(failing == 2)
        #expect(warnings == 1)
        #expect(known == 1)
    }

    @Test("Lines that are not records are skipped, so a line cut short by a crash does no harm")
    func unreadableLines() {
        let text = """
            {"kind":"test","payload":{"id":"ExerciseTests.Exercise1_1Tests","kind":"suite","name":"Exercise1_1Tests"},"version":"6.3.0"}
            not json
            {"kind":"future","payload":{}}

            {"kind":"event","payload":{"kind":"runStarted","messages":[]},"version":"6.3.0"}
            {"kind":"event","payload":{"kind":"testStarted","messages":[],"testID":"ExerciseTe
            """
        let stream = EventStream(jsonLines: Data(text.utf8))
        #expect(stream.tests.count == 1)
        #expect(stream.events.map(\.kind) == ["runStarted"])
    }

    @Test(
        "A test identifier names its outermost suite type",
        arguments: [
            ("ExerciseTests.Exercise1_1Tests", "Exercise1_1Tests"),
            ("ExerciseTests.Exercise1_1Tests/encodes()/Exercise1_1Tests.swift:9:6", "Exercise1_1Tests"),
            ("ExerciseTests.Exercise1_10Tests/Nested/check()/File.swift:3:4", "Exercise1_10Tests"),
            ("ExerciseTests.Outer.Inner/check()/File.swift:3:4", "Outer"),
        ])
    func suiteTypeName(id: String, expected: String) {
        let name = TestID.suiteTypeName(of: id)
        #expect(name == expected)
    }

    @Test("A free test function belongs to no suite")
    func freeFunction() {
        let name = TestID.suiteTypeName(of: "ExerciseTests/freeFunction()/File.swift:1:2")
        #expect(name == nil)
    }

    @Test("Exercise 1.1's tests are not mistaken for exercise 1.10's")
    func similarNames() {
        let inside = TestID.id("ExerciseTests.Exercise1_1Tests/a()", isWithin: "ExerciseTests.Exercise1_1Tests")
        let lookalike = TestID.id("ExerciseTests.Exercise1_10Tests/a()", isWithin: "ExerciseTests.Exercise1_1Tests")
        #expect(inside)
        #expect(!lookalike)
    }
}
