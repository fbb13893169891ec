// What the middleware inside the log learns about a request, shared back out to the log.

/// The facts of a request that only inner middleware learns, kept for the
/// request's one log line: for now, the id of the user the gate verified.
///
/// A request context is a value. Each middleware receives it, may change its
/// own copy, and passes that copy inward; nothing flows back out. The log
/// middleware runs outermost, so it would never see the user that the
/// authentication middleware put on its copy. This actor is made once per
/// request and every copy of the context holds the same one: the
/// authentication middleware writes to it, and the log middleware reads it
/// after the handler has answered.
actor RequestLogFields {
    /// The id of the user the token belonged to, or `nil` when no token was verified.
    private(set) var userID: Int64?

    /// Records the id of the verified user.
    func record(userID: Int64) {
        self.userID = userID
    }
}
