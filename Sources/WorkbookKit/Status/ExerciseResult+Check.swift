// What `workbook check` prints: the verdict, why, and the next hint.
import ExerciseSupport

extension ExerciseResult {
    /// The one-line verdict, such as "Exercise 1.3 (Verify an HS256 signature by hand): failing, 1 of 3 tests passed."
    public var verdict: String {
        let name = "Exercise \(exercise.id) (\(exercise.title))"
        switch status {
        case .passed: return "\(name): done, all \(passedTests) tests passed."
        case .failed: return "\(name): failing, \(passedTests) of \(totalTests) tests passed."
        case .notAttempted:
            return "\(name): not attempted yet. Edit \(exercise.stubPath) and replace the line that throws ExerciseUnsolved."
        case .doesNotCompile: return "\(name): does not compile."
        case .noTests: return "\(name): no test matched the suite \(exercise.suiteTypeName)."
        }
    }

    /// Renders a check: the verdict, each failure or compiler error, then the next hint when not passed.
    ///
    /// `hint` is the hint to offer (``HintProgress/nextHint(of:)``): it is shown, not recorded.
    public func checkReport(hint: (number: Int, text: String)?, style: TextStyle = .plain) -> String {
        var lines = [style.status(verdict, status)]
        let explanation = status == .notAttempted ? [] : self.explanation(limit: 5)
        if !explanation.isEmpty {
            lines.append("")
            lines += explanation.map { "  " + $0 }
        }
        if status != .passed, let hint {
            lines.append("")
            lines.append(style.bold("Hint \(hint.number) of \(exercise.hints.count):") + " \(hint.text)")
            if hint.number < exercise.hints.count {
                lines.append(style.dim("More help: swift run workbook hint \(exercise.id) (the hints come one at a time)."))
            }
        }
        if status == .passed {
            lines.append("Run swift run workbook to see what is next.")
        }
        return lines.joined(separator: "\n")
    }
}
