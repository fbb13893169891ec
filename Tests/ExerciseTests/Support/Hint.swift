// The next hint of an exercise, attached to each failed expectation of its tests.
import ExerciseSupport
import Testing

/// Hints for failure messages, read from the catalogue and the learner's hint progress.
enum Hint {
    /// Returns the hint the learner should read next, as the comment of an expectation.
    ///
    /// Which hint is next comes from `.workbook/hints.json`, which `swift run workbook hint`
    /// advances; a failing test only reads it.
    ///
    /// ```swift
    /// #expect(encoded == "Zg", Hint.next(for: "1.1"))
    /// // On failure: "Hint 1 of 3 for exercise 1.1: Base64 reads 3 bytes ... (run swift run
    /// // workbook hint 1.1 for the next one)".
    /// ```
    static func next(for id: String) -> Comment {
        let command = "swift run workbook hint \(id)"
        guard let packageRoot = Workbook.packageRoot, let exercise = Workbook.exercise(id),
            let hint = HintProgress.load(packageRoot: packageRoot).nextHint(of: exercise)
        else {
            return Comment(rawValue: "Exercise \(id) is not right yet; run \(command) for a hint.")
        }
        let count = exercise.hints.count
        let more = hint.number < count ? "run \(command) for the next one" : "that is the last hint"
        return Comment(rawValue: "Hint \(hint.number) of \(count) for exercise \(id): \(hint.text) (\(more))")
    }
}
