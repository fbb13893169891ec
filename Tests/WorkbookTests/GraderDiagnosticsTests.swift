// Compiler errors read from a build log, and exercises marked "does not compile".
import ExerciseSupport
import Foundation
import Testing

@testable import WorkbookKit

@Suite("Grader: compiler errors and chapters that do not compile")
struct GraderDiagnosticsTests {
    @Test("The recorded failed build has exactly one error, in 1.4's stub; warnings do not count")
    func recordedLog() throws {
        let errors = CompilerError.errors(inLog: try GraderFixtures.text("compile-error.log"), packageRoot: GraderFixtures.packageRoot)
        #expect(
            errors == [
                CompilerError(
                    file: "Exercises/01-jwt-basics/Stubs/TimeClaims.swift", line: 24, column: 1,
                    message: "expected expression in list of expressions")
            ])
    }

    @Test("Paths inside the package are made relative to it, and repeated errors are listed once")
    func relativePaths() {
        let log = """
            /copies/ada/Exercises/01-jwt-basics/Stubs/TokenHeader.swift:4:34: error: expected ',' separator
            /copies/ada/Exercises/01-jwt-basics/Stubs/TokenHeader.swift:4:34: error: expected ',' separator
              |                                  `- error: expected ',' separator
            /elsewhere/File.swift:1:2: error: outside
            error: fatalError
            """
        let errors = CompilerError.errors(inLog: log, packageRoot: URL(fileURLWithPath: "/copies/ada"))
        #expect(errors.map(\.file) == ["Exercises/01-jwt-basics/Stubs/TokenHeader.swift", "/elsewhere/File.swift"])
        #expect(errors.first?.text == "Exercises/01-jwt-basics/Stubs/TokenHeader.swift:4:34: error: expected ',' separator")
    }

    @Test("In a chapter that does not compile, the broken stub shows its error and the others say the chapter is broken")
    func notCompiling() throws {
        let grader = try Grader(packageRoot: GraderFixtures.packageRoot)
        let chapter = try #require(GraderFixtures.catalogue.chapters.first)
        let results = grader.notCompiling(chapter, exercises: chapter.exercises, log: try GraderFixtures.text("compile-error.log"))
        #expect(results.map(\.status) == Array(repeating: .doesNotCompile, count: 6))
        let broken = try #require(results.first { $0.exercise.id == "1.4" })
        #expect(
            broken.notes == ["Exercises/01-jwt-basics/Stubs/TimeClaims.swift:24:1: error: expected expression in list of expressions"])
        let other = try #require(results.first { $0.exercise.id == "1.1" })
        #expect(other.notes.first == "No error in its own file, but chapter 1 does not compile:")
        #expect(other.notes.count == 2)
    }
}
