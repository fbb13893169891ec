// Exercise 2.3: choose the status and message of every failure, as chapter 2's Flask-style server answers it.
import ExerciseSupport
import Hummingbird
import WebSupport

/// Returns the status and message of the answer `{"error": message}` to `error`.
///
/// ```swift
/// try flaskStyleAnswer(for: .missingToken) // Returns (.unauthorized, "Missing token").
/// ```
public func flaskStyleAnswer(for error: WebError) throws -> (status: HTTPResponse.Status, message: String) {
    // Every case is listed, so a new WebError case is a compile error here, not a silent guess.
    switch error {
    case .missingToken:
        (.unauthorized, "Missing token")
    case .tokenRejected(.expired):
        // The one token failure a client can fix by itself: log in again.
        (.unauthorized, "Token has expired")
    case .unsupportedScheme, .emptyToken, .unreadableToken, .tokenRejected, .unknownUser:
        // One vague answer, so an attacker cannot tell which check failed.
        (.unauthorized, "Invalid token")
    case .invalidCredentials:
        (.unauthorized, "Invalid username or password")
    case .notEnoughPermissions:
        // Flask's own word for a 403, as `abort(403)` gives it.
        (.forbidden, "Forbidden")
    case .bodyTooLarge:
        (.contentTooLarge, error.message)
    case .unsupportedMediaType:
        (.unsupportedMediaType, error.message)
    case .bodyNotUTF8, .malformedBody, .missingFields, .invalidField:
        (.badRequest, error.message)
    case .invalidConfiguration:
        // The detail is for the server's log, not for the client.
        (.internalServerError, "Internal server error")
    }
}
