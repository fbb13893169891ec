// `workbook status`: every exercise's state, a progress bar and the next step.
import ArgumentParser
import WorkbookKit

struct StatusCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Run the exercise tests once and show which exercises are done, failing or not attempted, and what to do next."
    )

    @OptionGroup var package: PackageOptions

    func run() async throws {
        let grader = try Grader(packageRoot: try package.packageRoot(), progress: Console.progress)
        let scorecard = try await grader.gradeAll()
        print(scorecard.statusReport(style: Console.style))
    }
}
