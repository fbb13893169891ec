// The condition trait that skips an exercise's tests until the learner attempts the exercise.
import ExerciseSupport
import Testing

extension Trait where Self == ConditionTrait {
    /// Skips the tests it marks while exercise `id`'s stub still throws ``ExerciseUnsolved``.
    ///
    /// `probe` calls the stub once. When it throws `ExerciseUnsolved` for this exercise, the
    /// exercise is not attempted: its tests are reported as skipped, with a reason that names
    /// the file to edit. Any other outcome, a wrong answer or another error included, lets the
    /// tests run, so a wrong answer is an ordinary failure. The probe may be asynchronous, for
    /// the server chapters' exercises.
    ///
    /// ```swift
    /// @Suite("Exercise 1.1: Base64url without padding", .exercise("1.1") { _ = try base64URLEncode([]) })
    /// struct Exercise1_1Tests { ... }
    /// ```
    static func exercise(_ id: String, probe: @escaping @Sendable () async throws -> Void) -> Self {
        .enabled(Comment(rawValue: notAttemptedReason(id))) {
            do {
                try await probe()
            } catch let unsolved as ExerciseUnsolved where unsolved.exercise == id {
                return false
            } catch {
                // The stub has been edited; the tests decide whether the answer is right.
            }
            return true
        }
    }
}

/// Returns why exercise `id`'s tests are skipped, and what the learner does next.
///
/// ```swift
/// notAttemptedReason("1.3")
/// // Returns "Exercise 1.3 not attempted: edit Exercises/01-jwt-basics/Stubs/VerifyHS256.swift,
/// // then run swift run workbook check 1.3".
/// ```
func notAttemptedReason(_ id: String) -> String {
    let file = Workbook.exercise(id)?.stubPath ?? "its stub under Exercises/"
    return "Exercise \(id) not attempted: edit \(file), then run swift run workbook check \(id)"
}
