// Writing to the terminal: reports on standard output, progress and errors on standard error.
import Foundation
import WorkbookKit

enum Console {
    /// The exit status when the work failed.
    static let failure: Int32 = 1
    /// The exit status for bad usage.
    static let badUsage: Int32 = 2

    /// Colour only when standard output is a terminal and NO_COLOR is unset.
    static let style = TextStyle(usesColour: isatty(STDOUT_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil)

    /// Prints a progress line on standard error, so a report on standard output stays clean.
    static let progress: @Sendable (String) -> Void = { line in
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// Prints one line on standard error, prefixed with "workbook: ".
    static func printError(_ message: String) {
        FileHandle.standardError.write(Data("workbook: \(message)\n".utf8))
    }
}
