// Which hints a learner has seen, kept in `.workbook/hints.json` at the package root.
import Foundation

/// Remembers how many hints of each exercise the learner has asked for, so
/// `workbook hint` and failing tests both offer the *next* hint.
///
/// ```swift
/// var progress = HintProgress.load(packageRoot: root)
/// let hint = progress.revealNextHint(of: exercise) // The first hint, then the second...
/// try progress.save(packageRoot: root)
/// ```
public struct HintProgress: Sendable, Equatable, Codable {
    /// The number of hints shown, by exercise id.
    public private(set) var shown: [String: Int] = [:]

    public init(shown: [String: Int] = [:]) {
        self.shown = shown
    }

    /// The file, relative to the package root; `.gitignore` keeps it out of git.
    public static let relativePath = ".workbook/hints.json"

    /// Reads the progress file, or starts afresh when there is none or it is unreadable.
    public static func load(packageRoot: URL) -> HintProgress {
        let file = packageRoot.appendingPathComponent(relativePath)
        guard let data = try? Data(contentsOf: file), let progress = try? JSONDecoder().decode(HintProgress.self, from: data) else {
            return HintProgress()
        }
        return progress
    }

    /// Writes the progress file, creating `.workbook/` when needed.
    public func save(packageRoot: URL) throws {
        let file = packageRoot.appendingPathComponent(Self.relativePath)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try encoder.encode(self).write(to: file, options: .atomic)
    }

    /// The hint a learner should read next (the last one once all are shown), without recording it.
    public func nextHint(of exercise: Exercise) -> (number: Int, text: String)? {
        guard !exercise.hints.isEmpty else { return nil }
        let index = min(shown[exercise.id] ?? 0, exercise.hints.count - 1)
        return (index + 1, exercise.hints[index])
    }

    /// Returns the next hint and records that it was shown.
    public mutating func revealNextHint(of exercise: Exercise) -> (number: Int, text: String)? {
        guard let hint = nextHint(of: exercise) else { return nil }
        shown[exercise.id] = hint.number
        return hint
    }
}
