// How `swift test` is started: its environment, its arguments and the filters that pick exercises.
import ExerciseSupport
import Foundation
import Testing

@testable import WorkbookKit

@Suite("Grader: starting swift test")
struct GraderRunnerTests {
    func runner(environment: [String: String]) -> SwiftTestRunner {
        var runner = SwiftTestRunner(packageRoot: URL(fileURLWithPath: "/copies/ada"))
        runner.baseEnvironment = environment
        return runner
    }

    @Test("WORKBOOK_SOLUTIONS and WORKBOOK_CHAPTERS from the caller's shell never reach the child")
    func stripsControlledVariables() {
        let environment = runner(environment: ["WORKBOOK_SOLUTIONS": "1", "WORKBOOK_CHAPTERS": "02", "PATH": "/usr/bin"])
            .environment(chapters: nil)
        #expect(environment == ["PATH": "/usr/bin"])
    }

    @Test("Grading the solutions on purpose sets WORKBOOK_SOLUTIONS=1")
    func solutionsOnPurpose() {
        var runner = runner(environment: [:])
        runner.useSolutions = true
        let environment = runner.environment(chapters: nil)
        #expect(environment == ["WORKBOOK_SOLUTIONS": "1"])
    }

    @Test("Grading chapter by chapter sets WORKBOOK_CHAPTERS")
    func chapters() {
        let environment = runner(environment: [:]).environment(chapters: ["01", "03"])
        #expect(environment == ["WORKBOOK_CHAPTERS": "01,03"])
    }

    @Test("The package and its tests are built first, with nothing else")
    func buildArguments() {
        let arguments = runner(environment: [:]).buildArguments()
        #expect(arguments == ["build", "--build-tests", "--package-path", "/copies/ada"])
    }

    @Test("The tests then run unbuilt, write a version 6.3 event stream, and run only the filtered tests")
    func testArguments() {
        let arguments = runner(environment: [:]).testArguments(filter: "^F$", streamFile: URL(fileURLWithPath: "/tmp/s.jsonl"))
        #expect(
            arguments == [
                "test", "--skip-build", "--package-path", "/copies/ada", "--disable-xctest", "--event-stream-output-path",
                "/tmp/s.jsonl", "--event-stream-version", "6.3", "--filter", "^F$",
            ])
    }

    @Test("An exercise's filter selects its suite and not one whose name merely starts the same")
    func exerciseFilter() throws {
        let exercise = Exercise(id: "1.1", title: "t", file: "f.swift", weight: 1, hints: [])
        let filter = try Regex(Grader.filter(for: exercise))
        #expect("ExerciseTests.Exercise1_1Tests".contains(filter))
        #expect(!"ExerciseTests.Exercise1_10Tests".contains(filter))
        #expect(!"OtherTests.Exercise1_1Tests".contains(filter))
    }

    @Test("The filter for all exercises selects exercise suites only")
    func allFilter() throws {
        let filter = try Regex(Grader.allExercisesFilter)
        #expect("ExerciseTests.Exercise1_1Tests".contains(filter))
        #expect(!"WorkbookTests.GraderRunnerTests".contains(filter))
    }

    @Test("The heartbeat finds the last build step in the log")
    func buildStep() {
        let step = SwiftTestRunner.lastBuildStep(in: "Building for debugging...\n[12/207] Compiling A\n[13/207] Compiling B\nwarning: x\n")
        let planning = SwiftTestRunner.lastBuildStep(in: "[0/1] Planning build\n")
        #expect(step == "13/207")
        #expect(planning == nil)
    }
}
