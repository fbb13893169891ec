// Real grading runs over copies of the package: `swift test` builds each copy from cold (a minute or two).
import ExerciseSupport
import Foundation
import Testing
import WorkbookKit

/// Whether to run the live grading tests. They build whole copies of the package, so
/// they run only when asked: `WORKBOOK_LIVE_GRADE=1 swift test --filter GraderLiveTests`.
private let liveGradingEnabled = ProcessInfo.processInfo.environment["WORKBOOK_LIVE_GRADE"] == "1"

@Suite(
    "Grader: live runs over copies of the package",
    .enabled(if: liveGradingEnabled, "Set WORKBOOK_LIVE_GRADE=1 to build and grade copies of the package (a minute or two each)."),
    .serialized, .timeLimit(.minutes(20)))
struct GraderLiveTests {
    /// Makes a copy with 1.3 solved, 1.1 answered wrongly and every other exercise untouched.
    func copyWithOneSolvedOneWrong() throws -> (GraderPackageCopy, ExerciseCatalogue) {
        let copy = try GraderPackageCopy()
        let catalogue = try ExerciseCatalogue.load(packageRoot: copy.root)
        try copy.solve(try catalogue.exercise("1.3"))
        // base64URLEncode returns a String: "wrong" compiles and is the wrong answer.
        try copy.edit(try catalogue.exercise("1.1"), replacingUnsolvedWith: #"return "wrong""#)
        return (copy, catalogue)
    }

    // One copy serves both scenarios, in order, so the copy is built from cold once:
    // the second scenario only adds a chapter, and SwiftPM reuses the first build.
    @Test("One solved and one wrong grade as 1 passed and 1 failed; a chapter that does not compile does not stop the rest")
    func liveGrading() async throws {
        let (copy, catalogue) = try copyWithOneSolvedOneWrong()
        defer { copy.remove() }
        try await oneSolvedOneWrong(copy: copy, catalogue: catalogue)
        try await chapterThatDoesNotCompile(copy: copy, catalogue: catalogue)
    }

    /// A copy with one exercise solved and one wrong grades as 1 passed, 1 failed, the rest not attempted.
    func oneSolvedOneWrong(copy: GraderPackageCopy, catalogue: ExerciseCatalogue) async throws {
        var grader = try Grader(packageRoot: copy.root)
        // An instructor's shell may export WORKBOOK_SOLUTIONS=1: the learner's stubs are graded all the same.
        grader.runner.baseEnvironment["WORKBOOK_SOLUTIONS"] = "1"
        let scorecard = try await grader.gradeAll()

        let statuses = Dictionary(uniqueKeysWithValues: scorecard.results.map { ($0.exercise.id, $0.status) })
        #expect(statuses["1.3"] == .passed)
        #expect(statuses["1.1"] == .failed)
        let others = catalogue.exercises.map(\.id).filter { $0 != "1.1" && $0 != "1.3" }
        #expect(others.allSatisfy { statuses[$0] == .notAttempted }, "\(statuses)")
        #expect(scorecard.gradeLine == "grade: 1 passed, 1 failed, \(others.count) skipped")

        let weightOfSolved = try catalogue.exercise("1.3").weight
        let totalWeight = catalogue.exercises.map(\.weight).reduce(0, +)
        #expect(scorecard.points == weightOfSolved)
        #expect(scorecard.possiblePoints == totalWeight)

        let json = try JSONSerialization.jsonObject(with: scorecard.jsonData()) as? [String: Any]
        let summary = json?["summary"] as? [String: Any]
        #expect(summary?["passed"] as? Int == 1)
        #expect(summary?["failed"] as? Int == 1)
        #expect(summary?["skipped"] as? Int == others.count)
        #expect(summary?["points"] as? Double == weightOfSolved)
    }

    /// A chapter that does not compile is graded as such, and the chapters that compile are still graded.
    func chapterThatDoesNotCompile(copy: GraderPackageCopy, catalogue: ExerciseCatalogue) async throws {
        try addBrokenChapter(to: copy)
        let scorecard = try await Grader(packageRoot: copy.root).gradeAll()

        let statuses = Dictionary(uniqueKeysWithValues: scorecard.results.map { ($0.exercise.id, $0.status) })
        #expect(statuses["99.1"] == .doesNotCompile)
        #expect(statuses["1.3"] == .passed)
        #expect(statuses["1.1"] == .failed)
        let others = catalogue.exercises.count - 2
        #expect(scorecard.gradeLine == "grade: 1 passed, 2 failed, \(others) skipped")
        let broken = try #require(scorecard.results.first { $0.exercise.id == "99.1" })
        #expect(broken.notes.contains { $0.hasPrefix("Exercises/99-broken/Stubs/Broken.swift:") && $0.contains(": error: ") })
    }

    /// Adds chapter 99, whose one exercise's stub has a syntax error, to the copy's manifest and folders.
    func addBrokenChapter(to copy: GraderPackageCopy) throws {
        try copy.replace(
            #"("01", "01-jwt-basics", ["JWTCore"]),"#, with: #"("01", "01-jwt-basics", ["JWTCore"]), ("99", "99-broken", []),"#,
            in: "Package.swift")
        try copy.write(
            #"{"chapter": 99, "title": "Broken on purpose", "exercises": [{"id": "99.1", "title": "Broken", "file": "Broken.swift", "weight": 3, "hints": ["h"]}]}"#,
            to: "Exercises/99-broken/exercises.json")
        try copy.write("public func broken() throws -> Int {\n    return (\n}\n", to: "Exercises/99-broken/Stubs/Broken.swift")
        try copy.write("public func broken() throws -> Int { 1 }\n", to: "Exercises/99-broken/Solutions/Broken.swift")
        try copy.write(
            """
            import Exercises99
            import Testing

            @Suite("Exercise 99.1: Broken") struct Exercise99_1Tests {
                @Test("It returns 1") func returnsOne() throws { #expect(try broken() == 1) }
            }

            """, to: "Tests/ExerciseTests/99-broken/Exercise99_1Tests.swift")
    }
}
