// The error every exercise stub throws until the learner solves it.

/// Thrown by an exercise stub that has not been solved yet.
///
/// The graded tests call the stub first: while it throws this error, the
/// exercise's tests are skipped as "not attempted" instead of failing.
///
/// ```swift
/// public func base64URLEncode(_ bytes: [UInt8]) throws -> String {
///     // TODO: Encode the bytes as base64url without padding.
///     throw ExerciseUnsolved("1.1")
/// }
/// ```
public struct ExerciseUnsolved: Error, Sendable, Equatable, CustomStringConvertible {
    /// The exercise's id, such as "1.1".
    public let exercise: String

    public init(_ exercise: String) {
        self.exercise = exercise
    }

    public var description: String {
        "Exercise \(exercise) is not solved yet: replace the `throw ExerciseUnsolved(...)` line with your solution."
    }
}
