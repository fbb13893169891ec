// Reading tokens, claims and durations from arguments or standard input.
import Foundation

enum Input {
    /// The most read from standard input; larger input is cut here and then
    /// refused by the token size limit.
    static let standardInputLimit = 16 * 1024 * 1024

    /// Returns `argument`, or standard input's text when it is "-", without surrounding whitespace.
    static func text(_ argument: String) throws(CommandFailure) -> String {
        guard argument == "-" else { return argument }
        let data = FileHandle.standardInput.readData(ofLength: standardInputLimit)
        guard let text = String(data: data, encoding: .utf8) else {
            throw .usage("standard input is not UTF-8 text")
        }
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Reads a whole file, failing with a usage error that names it.
    static func file(_ path: String) throws(CommandFailure) -> Data {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .usage("cannot read the file '\(path)'")
        }
        return data
    }

    /// Parses a duration such as "900", "90s", "15m", "2h" or "14d" into seconds.
    static func duration(_ text: String) -> TimeInterval? {
        let units: [Character: Double] = ["s": 1, "m": 60, "h": 3600, "d": 86400]
        if let unit = text.last, let multiplier = units[unit], let value = Double(text.dropLast()), value.isFinite {
            return value * multiplier
        }
        if let value = Double(text), value.isFinite { return value }
        return nil
    }
}
