// The instructor's table: one row per exercise, the reasons, the total and the grade line.
import ExerciseSupport

extension Scorecard {
    /// Renders the grade as text: a table per chapter, why exercises did not pass,
    /// the weighted total, and ``gradeLine`` as the very last line.
    ///
    /// ```
    /// Chapter 1: JWT basics
    ///   Id   Exercise                            Weight  Result            Tests
    ///   1.1  Base64url without padding                1  passed            3 of 3
    ///   1.3  Verify an HS256 signature by hand        2  not attempted     4 skipped
    ///
    /// Total: 1 of 3 points (33.3%)
    /// grade: 1 passed, 0 failed, 1 skipped
    /// ```
    public func gradeReport(style: TextStyle = .plain) -> String {
        let titleWidth = max(8, results.map(\.exercise.title.count).max() ?? 0)
        let idWidth = max(3, results.map(\.exercise.id.count).max() ?? 0) + 2
        var lines: [String] = []
        for chapter in chapters {
            lines.append(style.bold(chapter.heading))
            lines.append("  " + padded("Id", idWidth) + padded("Exercise", titleWidth) + "  Weight  " + padded("Result", 18) + "Tests")
            for result in chapter.results {
                let weight = formatNumber(result.exercise.weight)
                let tests = result.testsColumn
                lines.append(
                    "  " + padded(result.exercise.id, idWidth) + padded(result.exercise.title, titleWidth)
                        + String(repeating: " ", count: max(2, 8 - weight.count)) + weight + "  "
                        + style.status(padded(result.status.rawValue, 18), result.status) + tests)
            }
            lines.append("")
        }
        let explained = results.filter { $0.status != .passed && $0.status != .notAttempted }
        if !explained.isEmpty {
            lines.append(style.bold("Why these exercises did not pass"))
            var previous: [String] = []
            for result in explained {
                lines.append("  \(result.exercise.id) \(result.exercise.title) (\(result.status.rawValue))")
                // Every exercise of a chapter that does not compile has the same errors: show them once.
                let explanation = result.explanation(limit: 3)
                lines += explanation == previous ? ["    The same as above."] : explanation.map { "    " + $0 }
                previous = explanation
            }
            lines.append("")
        }
        lines.append(
            style.bold(
                "Total: \(formatNumber(points)) of \(formatNumber(possiblePoints)) points (\(formatNumber(percentage, decimals: 1))%)"))
        lines.append(gradeLine)
        return lines.joined(separator: "\n")
    }
}

extension ExerciseResult {
    /// The table's last column: "3 of 5" tests passed, "5 skipped" when not attempted, "-" when none ran.
    var testsColumn: String {
        switch status {
        case .notAttempted: "\(skippedTests) skipped"
        case .passed, .failed: totalTests > 0 ? "\(passedTests) of \(totalTests)" : "-"
        case .doesNotCompile, .noTests: "-"
        }
    }

    /// Returns the lines that say why the exercise stands where it does: up to `limit`
    /// failures with their details, then the notes (a crash, compiler errors, a skip reason).
    ///
    /// A detail line already shown is not repeated: tests often attach the same hint to every failure.
    public func explanation(limit: Int = 5) -> [String] {
        var lines: [String] = []
        var shownDetails: Set<String> = []
        for failure in failures.prefix(limit) {
            lines.append(#""\#(failure.test)": \#(failure.message)"#)
            for detail in failure.details where shownDetails.insert(detail).inserted {
                lines.append("  " + detail)
            }
        }
        if failures.count > limit {
            lines.append("... and \(failures.count - limit) more failures.")
        }
        return lines + notes
    }
}
