// The compiler errors in a build log, so a learner sees why an exercise does not compile.
import Foundation

/// One `error:` line of a build log: where, and what the compiler said.
public struct CompilerError: Sendable, Equatable {
    /// The file, relative to the package root when it lies inside it.
    public let file: String
    public let line: Int
    public let column: Int
    public let message: String

    public init(file: String, line: Int, column: Int, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    /// The error as compilers print it: `file:line:column: error: message`.
    public var text: String { "\(file):\(line):\(column): error: \(message)" }

    /// Returns the distinct errors in `log`, in order, with paths made relative to `packageRoot`.
    ///
    /// Only lines of the form `/path/File.swift:4:34: error: message` count; the
    /// excerpts the compiler prints beneath them and SwiftPM's own summary do not.
    public static func errors(inLog log: String, packageRoot: URL) -> [CompilerError] {
        let roots = Set([packageRoot.standardizedFileURL.path, packageRoot.resolvingSymlinksInPath().path]).map { $0 + "/" }
        var errors: [CompilerError] = []
        for line in log.split(separator: "\n") {
            guard let error = parse(String(line), roots: roots), !errors.contains(error) else { continue }
            errors.append(error)
        }
        return errors
    }

    private static func parse(_ line: String, roots: [String]) -> CompilerError? {
        guard let marker = line.range(of: ": error: ") else { return nil }
        let location = line[..<marker.lowerBound].split(separator: ":", omittingEmptySubsequences: false)
        guard location.count >= 3, let lineNumber = Int(location[location.count - 2]),
            let column = Int(location[location.count - 1])
        else { return nil }
        var file = location.dropLast(2).joined(separator: ":")
        if let root = roots.first(where: { file.hasPrefix($0) }) {
            file.removeFirst(root.count)
        }
        return CompilerError(file: file, line: lineNumber, column: column, message: String(line[marker.upperBound...]))
    }
}
