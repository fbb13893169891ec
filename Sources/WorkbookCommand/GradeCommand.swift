// `workbook grade`: the instructor's scorecard of a learner's copy.
import ArgumentParser
import Foundation
import WorkbookKit

struct GradeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "grade",
        abstract: "Run every exercise's tests and print a scorecard that ends with 'grade: N passed, N failed, N skipped'.",
        discussion: """
            The counts are exercises: failed includes those that do not compile or have no tests; skipped \
            are those not attempted. The learner's stubs are graded even when WORKBOOK_SOLUTIONS is set in \
            your shell; pass --solutions to grade the reference solutions. Exit status 0 whenever a grade \
            was made, whatever it is; 1 when none could be made; 2 for bad usage.
            """
    )

    @OptionGroup var package: PackageOptions

    @Option(help: ArgumentHelp("Also write the grade as JSON to this file.", valueName: "file"))
    var json: String?

    @Option(help: ArgumentHelp("Also write the grade as JUnit XML to this file.", valueName: "file"))
    var junit: String?

    @Flag(help: "Grade the reference solutions instead of the stubs (WORKBOOK_SOLUTIONS=1).")
    var solutions = false

    @Option(
        help: ArgumentHelp(
            "Stop the tests after this many seconds, not counting the build; code that loops forever then fails.",
            valueName: "seconds"))
    var timeLimit: Double = 300

    func validate() throws {
        guard timeLimit > 0 else { throw ValidationError("--time-limit must be a positive number of seconds.") }
    }

    func run() async throws {
        let root = try package.packageRoot()
        var grader = try Grader(packageRoot: root, progress: Console.progress)
        grader.runner.useSolutions = solutions
        grader.runner.testTimeLimit = timeLimit
        let scorecard = try await grader.gradeAll()
        if let json {
            try write(scorecard.jsonData(packagePath: root.path), to: json)
        }
        if let junit {
            try write(Data(scorecard.junitXML().utf8), to: junit)
        }
        print(scorecard.gradeReport(style: Console.style))
    }

    private func write(_ data: Data, to path: String) throws {
        do {
            try data.write(to: URL(fileURLWithPath: path), options: .atomic)
            Console.progress("Wrote \(path)")
        } catch {
            throw WorkbookError.failure("Could not write \(path): \(error.localizedDescription)")
        }
    }
}
