// The errors the workbook reports to people, each one line.

/// A problem the `workbook` command reports as one line, and whether the user's input caused it.
public struct WorkbookError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The line to print.
    public let message: String
    /// True when the command was used wrongly (exit status 2), false when the work itself failed (exit status 1).
    public let isUsageError: Bool

    public var description: String { message }

    /// A mistake in how the command was called, such as an unknown exercise.
    public static func usage(_ message: String) -> WorkbookError {
        WorkbookError(message: message, isUsageError: true)
    }

    /// A failure to do the work, such as a package that does not build at all.
    public static func failure(_ message: String) -> WorkbookError {
        WorkbookError(message: message, isUsageError: false)
    }
}
