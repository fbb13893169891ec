// Where an exercise stands after a test run.

/// The verdict on one exercise.
///
/// The grade line counts ``passed`` as passed, ``notAttempted`` as skipped, and
/// everything else as failed: an exercise that does not compile, or whose tests
/// are missing, earns nothing and is never hidden among the skips.
public enum ExerciseStatus: String, Sendable, Equatable, Codable, CaseIterable {
    /// Every test ran and none failed.
    case passed
    /// A test failed, or the tests crashed.
    case failed
    /// The stub still throws `ExerciseUnsolved`, so its tests were skipped.
    case notAttempted = "not attempted"
    /// The exercise's chapter does not compile, so none of its tests could run.
    case doesNotCompile = "does not compile"
    /// The run built but no test of the exercise's suite ran: the tests are missing.
    case noTests = "no tests"

    /// The word `workbook status` shows a learner.
    public var learnerLabel: String {
        switch self {
        case .passed: "done"
        case .failed: "failing"
        case .notAttempted: "not attempted"
        case .doesNotCompile: "does not compile"
        case .noTests: "no tests found"
        }
    }

    /// Which count of the grade line this status adds to.
    public var gradeCount: GradeCount {
        switch self {
        case .passed: .passed
        case .notAttempted: .skipped
        case .failed, .doesNotCompile, .noTests: .failed
        }
    }

    /// The three counts of the closing line `grade: N passed, N failed, N skipped`.
    public enum GradeCount: Sendable {
        case passed, failed, skipped
    }
}
