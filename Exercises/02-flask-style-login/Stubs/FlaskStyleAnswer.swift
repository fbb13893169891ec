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
    // TODO: Choose the answer to each way a request can fail; chapter 2's error middleware
    // sends it as {"error": message}. Token failures are 401 (.unauthorized): no token at all
    // is "Missing token", a genuine token past its exp (`.tokenRejected(.expired)`) is "Token
    // has expired", the one failure a client can fix by logging in again, and every other token
    // problem (another scheme, an empty or unreadable token, any other rejection, a user who no
    // longer exists) is just "Invalid token", so an attacker learns nothing about which check
    // failed. A failed login is 401 "Invalid username or password", whichever of the two was
    // wrong. A missing permission is 403 (.forbidden) "Forbidden", as Flask's abort(403) says
    // it. A body over the size limit is 413 (.contentTooLarge), a body that is not sent as
    // JSON is 415 (.unsupportedMediaType), and any other bad body is 400 (.badRequest); for
    // these use `error.message`, which names the problem without repeating what the client
    // sent. A bad
    // configuration is the server's own fault: 500 (.internalServerError) with just "Internal
    // server error", never its message. Switch over every case rather than writing `default`.
    throw ExerciseUnsolved("2.3")
}
