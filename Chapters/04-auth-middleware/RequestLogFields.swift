// What the middleware inside the log learns about a request, shared back out to the log.
import Foundation

/// The facts of a request that only inner middleware learns, kept for the
/// request's one log line: for now, the id of the user the gate verified.
///
/// A request context is a value. Each middleware receives it, may change its
/// own copy, and passes that copy inward; nothing flows back out. The log
/// middleware runs outermost, so it would never see the user that the
/// authentication middleware put on its copy. This box is made once per
/// request and every copy of the context holds the same one: the
/// authentication middleware writes to it, and the log middleware reads it
/// after the handler has answered.
///
/// A lock guards the one value. An actor would do the same job, but every
/// call into it is an `await` that may switch threads; under load those
/// switches cost about 2 µs per request (Benchmarks/README.md).
final class RequestLogFields: @unchecked Sendable {
    // `@unchecked` because `recordedUserID` is only read and written under `lock`.
    private let lock = NSLock()
    private var recordedUserID: Int64?

    /// The id of the user the token belonged to, or `nil` when no token was verified.
    var userID: Int64? {
        lock.withLock { recordedUserID }
    }

    /// Records the id of the verified user.
    func record(userID: Int64) {
        lock.withLock { recordedUserID = userID }
    }
}
