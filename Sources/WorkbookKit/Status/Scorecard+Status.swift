// The learner's view: chapters with each exercise's state, a progress bar, and what to do next.
import ExerciseSupport

extension Scorecard {
    /// Renders progress for a learner.
    ///
    /// ```
    /// Chapter 1: JWT basics (1 of 6 done)
    ///   ✔ 1.1  Base64url without padding    done
    ///   ✘ 1.2  Split a token and decode...  failing
    ///   · 1.3  Verify an HS256 signature    not attempted
    ///
    /// [#####-------------------------] 1 of 6 exercises done, 1 of 7 points
    ///
    /// Next: 1.2, edit Exercises/01-jwt-basics/Stubs/TokenHeader.swift, then run swift run workbook check 1.2
    /// ```
    ///
    /// When a chapter does not compile, its compiler errors come before the progress bar.
    public func statusReport(style: TextStyle = .plain) -> String {
        let titleWidth = results.map(\.exercise.title.count).max() ?? 0
        let idWidth = (results.map(\.exercise.id.count).max() ?? 0) + 2
        var lines: [String] = []
        for chapter in chapters {
            lines.append(style.bold(chapter.heading) + " (\(chapter.passedCount) of \(chapter.results.count) done)")
            for result in chapter.results {
                let mark = style.status(Self.mark(for: result.status), result.status)
                let label = style.status(result.status.learnerLabel, result.status)
                lines.append("  \(mark) " + padded(result.exercise.id, idWidth) + padded(result.exercise.title, titleWidth) + "  " + label)
            }
            lines.append("")
        }
        let compilerErrors = Self.distinct(
            results.filter { $0.status == .doesNotCompile }.flatMap(\.notes).filter { $0.contains(": error: ") })
        if !compilerErrors.isEmpty {
            lines.append(style.bold("Compiler errors"))
            lines += compilerErrors.prefix(5).map { "  " + $0 }
            lines.append("")
        }
        lines.append(
            progressBar()
                + " \(passedCount) of \(results.count) exercises done, \(formatNumber(points)) of \(formatNumber(possiblePoints)) points")
        lines.append("")
        lines.append(nextStepLine)
        return lines.joined(separator: "\n")
    }

    /// What to do next: the first exercise not passed, its file, and the command that checks it.
    public var nextStepLine: String {
        guard let next = nextExercise?.exercise else {
            return "All \(results.count) exercises are done. Well done!"
        }
        return "Next: \(next.id), edit \(next.stubPath), then run swift run workbook check \(next.id)"
    }

    /// A bar of `width` characters filled in proportion to the exercises passed, such as `[#####-----]`.
    public func progressBar(width: Int = 30) -> String {
        let total = max(results.count, 1)
        let filled = passedCount * width / total
        return "[" + String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled) + "]"
    }

    /// The lines in order, each once.
    static func distinct(_ lines: [String]) -> [String] {
        var seen: Set<String> = []
        return lines.filter { seen.insert($0).inserted }
    }

    /// The mark before an exercise: ✔ done, ✘ failing, · not attempted, ! does not compile, ? no tests.
    static func mark(for status: ExerciseStatus) -> String {
        switch status {
        case .passed: "✔"
        case .failed: "✘"
        case .notAttempted: "·"
        case .doesNotCompile: "!"
        case .noTests: "?"
        }
    }
}
