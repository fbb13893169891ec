// Writing to the terminal: colour only when standard output is a terminal.
import Foundation

enum Terminal {
    /// Whether to colour standard output: it is a terminal and NO_COLOR is unset.
    static let usesColour: Bool = isatty(STDOUT_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil

    static func bold(_ text: String) -> String { paint(text, code: "1") }
    static func red(_ text: String) -> String { paint(text, code: "1;31") }
    static func green(_ text: String) -> String { paint(text, code: "1;32") }
    static func yellow(_ text: String) -> String { paint(text, code: "1;33") }
    static func dim(_ text: String) -> String { paint(text, code: "2") }

    private static func paint(_ text: String, code: String) -> String {
        usesColour ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    /// Prints one line to standard error, prefixed with "jwt: ".
    static func printError(_ message: String) {
        FileHandle.standardError.write(Data("jwt: \(message)\n".utf8))
    }
}
