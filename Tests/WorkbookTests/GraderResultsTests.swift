// One verdict per exercise from recorded runs, with counts checked by hand against the fixtures.
import ExerciseSupport
import Foundation
import Testing
import WorkbookKit

@Suite("Grader: exercise results from recorded runs")
struct GraderResultsTests {
    /// The test functions of each exercise's suite, counted in the fixtures by hand.
    static let testCounts = ["1.1": 5, "1.2": 5, "1.3": 9, "1.4": 5, "1.5": 4, "1.6": 5]

    @Test("In a pristine copy every exercise is not attempted, every test skipped")
    func pristine() throws {
        let results = try GraderFixtures.results("pristine.jsonl")
        for (id, count) in Self.testCounts {
            let result = try #require(results[id])
            #expect(result.status == .notAttempted, "exercise \(id)")
            #expect(result.skippedTests == count, "exercise \(id)")
            #expect(result.passedTests + result.failedTests == 0, "exercise \(id)")
        }
    }

    @Test("A skipped exercise's note is the reason the condition trait gave")
    func skipReason() throws {
        let result = try #require(try GraderFixtures.results("pristine.jsonl")["1.3"])
        #expect(
            result.notes == [
                "Exercise 1.3 not attempted: edit Exercises/01-jwt-basics/Stubs/VerifyHS256.swift, then run swift run workbook check 1.3"
            ])
    }

    @Test("With the reference solutions every exercise passes, no test skipped")
    func solutions() throws {
        let results = try GraderFixtures.results("solutions.jsonl")
        for (id, count) in Self.testCounts {
            let result = try #require(results[id])
            #expect(result.status == .passed, "exercise \(id)")
            #expect(result.passedTests == count, "exercise \(id)")
            #expect(result.failures.isEmpty, "exercise \(id)")
        }
    }

    @Test("One solved, one wrong: 1.3 passes, 1.1 fails with its hint, the rest are not attempted")
    func mixed() throws {
        let results = try GraderFixtures.results("mixed.jsonl")
        let solved = try #require(results["1.3"])
        let wrong = try #require(results["1.1"])
        #expect(solved.status == .passed)
        #expect(solved.passedTests == 9)
        #expect(wrong.status == .failed)
        #expect(wrong.failedTests == 5)
        #expect(wrong.failures.count == 15)
        let hinted = wrong.failures.filter { $0.details.contains { $0.hasPrefix("Hint 1 of 3 for exercise 1.1") } }
        #expect(hinted.count == wrong.failures.count)
        for id in ["1.2", "1.4", "1.5", "1.6"] {
            #expect(results[id]?.status == .notAttempted, "exercise \(id)")
        }
    }

    @Test("A failure names its test and where the issue was recorded")
    func failureText() throws {
        let wrong = try #require(try GraderFixtures.results("mixed.jsonl")["1.1"])
        let first = try #require(wrong.failures.first)
        #expect(first.location?.hasPrefix("Exercise1_1Tests.swift:") == true)
        #expect(first.message.hasPrefix("Expectation failed:"))
    }

    @Test("An explanation shows a few failures and each repeated hint once")
    func explanation() throws {
        let wrong = try #require(try GraderFixtures.results("mixed.jsonl")["1.1"])
        let lines = wrong.explanation(limit: 5)
        // 15 failures that all carry the same hint: 5 failures, the hint once, and the rest counted.
        #expect(lines.count == 7)
        #expect(lines.filter { $0.hasPrefix("  Hint 1 of 3 for exercise 1.1:") }.count == 1)
        #expect(lines.last == "... and 10 more failures.")
    }

    @Test("A warning and a known issue pass; a thrown error and a failed expectation fail")
    func issueKinds() throws {
        let exercise = try GraderFixtures.exercise("1.1")
        let outcome = try GraderFixtures.stream("issue-kinds.jsonl").result(for: exercise)
        #expect(outcome.status == .failed)
        #expect(outcome.passedTests == 2)
        #expect(outcome.failedTests == 2)
        #expect(outcome.failures.map(\.message).sorted() == ["Caught error: Oops()", #"Expectation failed: (encoded → "Zg") == "aGk_""#])
    }

    @Test("A crash fails the exercise that was running and cuts short the others that were")
    func crashed() throws {
        let stream = try GraderFixtures.stream("crashed.jsonl")
        let results = try GraderFixtures.results("crashed.jsonl")
        let cutShort = stream.exercisesCutShort(GraderFixtures.catalogue.exercises).map(\.id)
        // 1.1 crashed; 1.3 was cut short if its tests were running at that moment (here they were).
        #expect(cutShort.first == "1.1")
        #expect(Set(cutShort).isSubset(of: ["1.1", "1.3"]))
        let crashed = try #require(results["1.1"])
        #expect(crashed.status == .failed)
        #expect(crashed.notes.first?.hasPrefix("The test process crashed while") == true)
        for id in ["1.2", "1.4", "1.5", "1.6"] {
            #expect(results[id]?.status == .notAttempted, "exercise \(id)")
        }
    }

    @Test("A test process that stopped before listing any test leaves every exercise failed and cut short")
    func stoppedBeforeListing() {
        // What a real run leaves when a condition trait's probe of a stub loops forever: an empty stream.
        let stream = EventStream(jsonLines: Data())
        let exercises = GraderFixtures.catalogue.exercises
        let cutShort = stream.exercisesCutShort(exercises)
        let statuses = Set(exercises.map { stream.result(for: $0).status })
        #expect(cutShort.count == exercises.count)
        #expect(statuses == [.failed])
    }

    @Test("An exercise with no tests in the run is reported as having none")
    func noTests() throws {
        let results = try GraderFixtures.results("no-match.jsonl")
        let statuses = Set(results.values.map(\.status))
        #expect(statuses == [.noTests])
    }

    @Test(
        "Each status adds to one count of the grade line",
        arguments: [
            (ExerciseStatus.passed, ExerciseStatus.GradeCount.passed),
            (.failed, .failed), (.doesNotCompile, .failed), (.noTests, .failed), (.notAttempted, .skipped),
        ])
    func gradeCounts(status: ExerciseStatus, count: ExerciseStatus.GradeCount) {
        #expect(status.gradeCount == count)
    }
}
