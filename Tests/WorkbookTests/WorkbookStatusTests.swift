// What a learner reads: the status with its progress bar and next step, and a check with its hint.
import ExerciseSupport
import Testing

@testable import WorkbookKit

@Suite("Workbook: status and check reports")
struct WorkbookStatusTests {
    @Test("The next step is the first exercise not done, with its file and the command that checks it")
    func nextStep() throws {
        let scorecard = try GraderFixtures.scorecard("mixed.jsonl")
        #expect(
            scorecard.nextStepLine
                == "Next: 1.1, edit Exercises/01-jwt-basics/Stubs/Base64URLEncoding.swift, then run swift run workbook check 1.1")
    }

    @Test("In a pristine copy the next step is the first exercise")
    func pristineNextStep() throws {
        let line = try GraderFixtures.scorecard("pristine.jsonl").nextStepLine
        #expect(line == "Next: 1.1, edit Exercises/01-jwt-basics/Stubs/Base64URLEncoding.swift, then run swift run workbook check 1.1")
    }

    @Test("When a chapter does not compile, the next step is the exercise whose stub has the error")
    func brokenStubFirst() throws {
        let grader = try Grader(packageRoot: GraderFixtures.packageRoot)
        let chapter = try #require(GraderFixtures.catalogue.chapters.first)
        let results = grader.notCompiling(chapter, exercises: chapter.exercises, log: try GraderFixtures.text("compile-error.log"))
        let scorecard = Scorecard(
            catalogue: GraderFixtures.catalogue, results: Dictionary(uniqueKeysWithValues: results.map { ($0.exercise.id, $0) }))
        #expect(
            scorecard.nextStepLine
                == "Next: 1.4, edit Exercises/01-jwt-basics/Stubs/TimeClaims.swift, then run swift run workbook check 1.4")
        let report = scorecard.statusReport()
        #expect(
            report.contains("\n  Exercises/01-jwt-basics/Stubs/TimeClaims.swift:24:1: error: expected expression in list of expressions\n"))
    }

    @Test("When everything passes there is no next exercise")
    func allDone() throws {
        let line = try GraderFixtures.scorecard("solutions.jsonl").nextStepLine
        #expect(line == "All 6 exercises are done. Well done!")
    }

    @Test(
        "The progress bar fills in proportion to the exercises done",
        arguments: [("pristine.jsonl", 0), ("mixed.jsonl", 5), ("solutions.jsonl", 30)])
    func progressBar(fixture: String, filled: Int) throws {
        let bar = try GraderFixtures.scorecard(fixture).progressBar(width: 30)
        #expect(bar == "[" + String(repeating: "#", count: filled) + String(repeating: "-", count: 30 - filled) + "]")
    }

    @Test("The status lists each chapter with its exercises marked, then the bar, then the next step")
    func statusReport() throws {
        let lines = try GraderFixtures.scorecard("mixed.jsonl").statusReport().split(separator: "\n").map(String.init)
        #expect(lines.first == "Chapter 1: JWT basics (1 of 6 done)")
        let solved = try #require(lines.first { $0.contains(" 1.3 ") })
        #expect(solved.hasPrefix("  ✔ 1.3"))
        #expect(solved.hasSuffix("done"))
        let wrong = try #require(lines.first { $0.contains(" 1.1 ") })
        #expect(wrong.hasPrefix("  ✘ 1.1"))
        #expect(wrong.hasSuffix("failing"))
        let untouched = try #require(lines.first { $0.contains(" 1.2 ") })
        #expect(untouched.hasSuffix("not attempted"))
        #expect(lines.contains { $0.hasPrefix("[#####----") && $0.hasSuffix("1 of 6 exercises done, 2 of 7 points") })
        #expect(lines.last?.hasPrefix("Next: 1.1,") == true)
    }

    @Test("A failing check shows the verdict, the failures and the next hint")
    func failingCheck() throws {
        let result = try #require(try GraderFixtures.results("mixed.jsonl")["1.1"])
        let report = result.checkReport(hint: (2, "b"))
        let lines = report.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.first == "Exercise 1.1 (Base64url without padding): failing, 0 of 5 tests passed.")
        #expect(lines.contains { $0.hasPrefix("  \"") && $0.contains("Expectation failed:") })
        #expect(lines.contains("Hint 2 of 3: b"))
    }

    @Test("A check of an untouched exercise says which file to edit, and gives a hint but no failures")
    func notAttemptedCheck() throws {
        let result = try #require(try GraderFixtures.results("pristine.jsonl")["1.3"])
        let lines = result.checkReport(hint: (1, "a")).split(separator: "\n").map(String.init)
        #expect(
            lines == [
                "Exercise 1.3 (Verify an HS256 signature by hand): not attempted yet. Edit Exercises/01-jwt-basics/Stubs/VerifyHS256.swift and replace the line that throws ExerciseUnsolved.",
                "Hint 1 of 2: a",
                "More help: swift run workbook hint 1.3 (the hints come one at a time).",
            ])
    }

    @Test("A passing check shows no hint")
    func passingCheck() throws {
        let result = try #require(try GraderFixtures.results("solutions.jsonl")["1.3"])
        let lines = result.checkReport(hint: (1, "a")).split(separator: "\n").map(String.init)
        #expect(
            lines == [
                "Exercise 1.3 (Verify an HS256 signature by hand): done, all 9 tests passed.",
                "Run swift run workbook to see what is next.",
            ])
    }
}
