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
    // Every case is listed, with no `default`, so a new case in JWTCore is a compile error here
    // rather than a silent guess.
    switch error {
    case .expired:
        // The one failure the client can fix by itself: refresh the token or log in again.
        ErrorResponse(status: 401, message: "Token has expired")
    case .malformed, .tooLarge, .algorithmNotAllowed, .critUnsupported, .keyNotFound, .keyInvalid,
        .badSignature, .notYetValid, .issuedInFuture, .invalidIssuer, .invalidAudience,
        .missingClaim, .invalidClaim:
        // One vague answer for all the rest, so an attacker cannot tell which check failed.
        // The server logs `error.message` for itself.
        ErrorResponse(status: 401, message: "Invalid token")
    case .invalidUsage:
        // Calling the library the wrong way is a bug in the server, not the client's fault.
        ErrorResponse(status: 500, message: "Internal server error")
    }
}
