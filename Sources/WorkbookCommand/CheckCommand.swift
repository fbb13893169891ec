// `workbook check 1.3`: run one exercise's tests, then show the verdict, the failures and the next hint.
import ArgumentParser
import ExerciseSupport
import WorkbookKit

struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Run one exercise's tests and show the verdict, the failures and the next hint.",
        discussion: "Exit status 0 when the exercise passes, 1 when it does not."
    )

    @Argument(help: "The exercise, such as 1.3.")
    var exercise: String

    @OptionGroup var package: PackageOptions

    func run() async throws {
        let root = try package.packageRoot()
        let grader = try Grader(packageRoot: root, progress: Console.progress)
        let exercise = try package.exercise(self.exercise, in: grader.catalogue)
        let result = try await grader.check(exercise)
        guard result.status != .noTests else {
            // Swift Testing runs zero tests for a filter that matches nothing and calls that a pass.
            throw WorkbookError.failure(
                "No test matched \(Grader.filter(for: exercise)): exercise \(exercise.id) has no tests in Tests/ExerciseTests.")
        }
        let hint = HintProgress.load(packageRoot: root).nextHint(of: exercise)
        print(result.checkReport(hint: hint, style: Console.style))
        if result.status != .passed {
            throw ExitCode(Console.failure)
        }
    }
}
