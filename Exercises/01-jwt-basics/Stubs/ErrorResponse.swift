// Exercise 1.5: turn every way a token can fail into the HTTP response a client sees.
import ExerciseSupport
import JWTCore

/// An HTTP error response: a status code and a message for the client.
public struct ErrorResponse: Equatable, Sendable {
    /// The HTTP status code, such as 401.
    public let status: Int
    /// The message the client reads; it never repeats the details of the error.
    public let message: String

    public init(status: Int, message: String) {
        self.status = status
        self.message = message
    }
}

/// Returns the response a server sends when a token fails with `error`.
///
/// ```swift
/// try errorResponse(for: .expired) // Returns ErrorResponse(status: 401, message: "Token has expired").
/// ```
public func errorResponse(for error: JWTError) throws -> ErrorResponse {
    // TODO: Choose the response for `error`, fixing the article's Flask decorator. An expired
    // token gets 401 with "Token has expired", because that is the one failure a client can fix
    // itself, by refreshing the token or logging in again. Every other token failure (a bad
    // signature, a refused algorithm, a malformed token, a wrong issuer, ...) gets 401 with just
    // "Invalid token": telling an attacker which check failed helps the attacker, so the detail
    // belongs in the server's log, never in the response. `JWTError.invalidUsage` is not a token
    // failure at all but a bug in the server's own code, so it gets 500 with
    // "Internal server error". Use a `switch` over `error`; listing every case instead of
    // writing `default` makes the compiler tell you when JWTCore adds one.
    throw ExerciseUnsolved("1.5")
}
