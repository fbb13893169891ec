// Telling an unsolved exercise from a wrong answer when the learner's code runs inside a router.
import ExerciseSupport

/// Notes the ``ExerciseUnsolved`` that the learner's code throws while a chapter's router runs
/// it, where the chapter's error middleware would turn it into an ordinary 500.
///
/// A probe wraps the learner's code so that it reports what it throws, sends one request,
/// then calls ``check()``, which throws the noted error again for the `.exercise` trait.
///
/// ```swift
/// let watch = UnsolvedWatch()
/// let guarded = watch.watching(authenticate(with: tokens, profile))
/// // ... send a request that runs `guarded` ...
/// try await watch.check()
/// ```
actor UnsolvedWatch {
    private var unsolved: ExerciseUnsolved?

    /// Notes `error` when it is an ``ExerciseUnsolved``.
    func note(_ error: any Error) {
        if let error = error as? ExerciseUnsolved { unsolved = error }
    }

    /// Throws the ``ExerciseUnsolved`` noted so far, if any.
    func check() throws {
        if let unsolved { throw unsolved }
    }

    /// Returns `handler`, except that what it throws is noted before it is thrown on.
    nonisolated func watching<Input: Sendable, Context: Sendable, Output>(
        _ handler: @escaping @Sendable (Input, Context) async throws -> Output
    ) -> @Sendable (Input, Context) async throws -> Output {
        return { input, context in
            do {
                return try await handler(input, context)
            } catch {
                await self.note(error)
                throw error
            }
        }
    }
}
