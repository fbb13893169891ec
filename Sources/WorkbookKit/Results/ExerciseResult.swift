// The outcome of one exercise's tests, with what a learner needs to read about it.
import ExerciseSupport

/// One exercise's verdict, its test counts and the messages that explain it.
public struct ExerciseResult: Sendable, Equatable {
    public let exercise: Exercise
    public var status: ExerciseStatus
    /// How many test functions passed, failed and were skipped.
    public var passedTests = 0
    public var failedTests = 0
    public var skippedTests = 0
    /// The failing issues, in the order they were recorded.
    public var failures: [TestFailure] = []
    /// Why the tests were skipped, or why they could not run (compiler errors, a crash).
    public var notes: [String] = []

    public init(exercise: Exercise, status: ExerciseStatus) {
        self.exercise = exercise
        self.status = status
    }

    /// The number of test functions seen.
    public var totalTests: Int { passedTests + failedTests + skippedTests }

    /// The weight earned: all of it when passed, none otherwise.
    public var points: Double { status == .passed ? exercise.weight : 0 }
}

/// One failing issue of one test, as the test reported it.
public struct TestFailure: Sendable, Equatable {
    /// The test's display name, such as "Encodes hi? as aGk_".
    public let test: String
    /// The first line, such as `Expectation failed: (encoded → "wrong") == "aGk_"`.
    public let message: String
    /// Further lines, such as the hint the test attached.
    public let details: [String]
    /// Where the issue was recorded, such as `Exercise1_1Tests.swift:11`.
    public let location: String?

    public init(test: String, message: String, details: [String] = [], location: String? = nil) {
        self.test = test
        self.message = message
        self.details = details
        self.location = location
    }
}
