// The `workbook` command: progress for learners, checks and hints, and grades for instructors.
import ArgumentParser
import Foundation
import WorkbookKit

@main
struct Workbook: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "workbook",
        abstract: "Follow your progress through the workbook's exercises, check them, get hints, and grade a copy.",
        discussion: """
            With no subcommand, shows your progress (workbook status). Exit status: 0 success, \
            1 the work failed (a check that does not pass, a package that does not build), 2 bad usage.
            """,
        subcommands: [StatusCommand.self, CheckCommand.self, HintCommand.self, GradeCommand.self],
        defaultSubcommand: StatusCommand.self
    )

    /// Runs the command, mapping every failure to one line on standard error and an exit status.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch let status as ExitCode {
            // The command already reported what happened.
            Foundation.exit(status.rawValue)
        } catch let error as WorkbookError {
            Console.printError(error.message)
            Foundation.exit(error.isUsageError ? Console.badUsage : Console.failure)
        } catch {
            switch exitCode(for: error) {
            case .success:
                // Help requests print and exit normally.
                exit(withError: error)
            case .validationFailure:
                Console.printError("\(message(for: error)) (see 'workbook --help')")
                Foundation.exit(Console.badUsage)
            default:
                Console.printError(message(for: error))
                Foundation.exit(Console.failure)
            }
        }
    }
}
