// The one error type of WebSupport: every way a request or a server's set-up can fail.
import JWTCore

/// An error from reading a request, checking credentials or tokens, or
/// setting up a chapter's server.
///
/// Each case has a stable, machine-readable ``code``. WebSupport never turns
/// an error into an HTTP response itself: each chapter does that in exactly
/// one place, in its own style (Flask's `{"error": ...}` or FastAPI's
/// `{"detail": ...}`).
///
/// ```swift
/// do {
///     let claims = try tokens.verify(token)
/// } catch .tokenRejected(.expired) {
///     // Tell the client to log in again.
/// } catch {
///     print(error.code) // Prints "missing_token", for example.
/// }
/// ```
public enum WebError: Error, Sendable, Equatable {
    /// The request body is larger than the limit, in bytes.
    case bodyTooLarge(limit: Int)

    /// The request body is not valid UTF-8 text.
    case bodyNotUTF8

    /// The request body cannot be parsed as the format the route reads
    /// (JSON or `application/x-www-form-urlencoded`).
    case malformedBody(String)

    /// The request's `Content-Type` is not the JSON the route reads
    /// (RFC 9110 §15.5.16, 415 Unsupported Media Type).
    case unsupportedMediaType

    /// Required fields are absent from the body (or empty, in a form).
    case missingFields([String])

    /// A field is present but has the wrong type or value.
    case invalidField(String, reason: String)

    /// The request has no `Authorization` header (RFC 6750 §2.1).
    case missingToken

    /// The `Authorization` header uses a scheme other than `Bearer`, such as
    /// `Basic`, or has no scheme at all (RFC 6750 §2.1).
    case unsupportedScheme

    /// The `Authorization` header says `Bearer` but carries no token.
    case emptyToken

    /// The bearer token is longer than any token this server issues, or has
    /// characters a token cannot have (RFC 6750 §2.1, `b64token`).
    case unreadableToken

    /// JWTCore refused the token: a bad signature, an expired token, a wrong
    /// audience, and so on. The wrapped error says which.
    case tokenRejected(JWTError)

    /// The token is valid, but the user it names no longer exists.
    case unknownUser

    /// The username or the password is wrong. Deliberately vague: it never
    /// says which, so it does not reveal which usernames exist.
    case invalidCredentials

    /// The user is authenticated but lacks the role the route needs.
    case notEnoughPermissions

    /// The server cannot start with this configuration, such as a
    /// `JWT_SECRET` that is too short.
    case invalidConfiguration(String)
}

extension WebError {
    /// The stable snake_case code of this error, such as `"missing_token"`.
    public var code: String {
        switch self {
        case .bodyTooLarge: "body_too_large"
        case .bodyNotUTF8: "body_not_utf8"
        case .malformedBody: "malformed_body"
        case .unsupportedMediaType: "unsupported_media_type"
        case .missingFields: "missing_fields"
        case .invalidField: "invalid_field"
        case .missingToken: "missing_token"
        case .unsupportedScheme: "unsupported_scheme"
        case .emptyToken: "empty_token"
        case .unreadableToken: "unreadable_token"
        case .tokenRejected: "token_rejected"
        case .unknownUser: "unknown_user"
        case .invalidCredentials: "invalid_credentials"
        case .notEnoughPermissions: "not_enough_permissions"
        case .invalidConfiguration: "invalid_configuration"
        }
    }

    /// Whether this error is a token that was well formed and signed by
    /// this server but has expired (RFC 7519 §4.1.4).
    public var isExpiredToken: Bool {
        self == .tokenRejected(.expired)
    }

    /// A one-line message for people. It never contains a token or a password.
    public var message: String {
        switch self {
        case .bodyTooLarge(let limit): "The request body is larger than \(limit) bytes"
        case .bodyNotUTF8: "The request body is not valid UTF-8"
        case .malformedBody(let detail): "The request body could not be read: \(detail)"
        case .unsupportedMediaType: "The request body must be JSON, sent with Content-Type: application/json"
        case .missingFields(let names):
            (names.count == 1 ? "Missing field " : "Missing fields ") + names.map { "'\($0)'" }.joined(separator: " and ")
        case .invalidField(let name, let reason): "Field '\(name)' \(reason)"
        case .missingToken: "Missing token"
        case .unsupportedScheme: "The Authorization header must use the Bearer scheme"
        case .emptyToken: "The Authorization header has no token after 'Bearer'"
        case .unreadableToken: "The bearer token is too long or has characters a token cannot have"
        case .tokenRejected(let error): error.message
        case .unknownUser: "The token's user does not exist"
        case .invalidCredentials: "Invalid username or password"
        case .notEnoughPermissions: "Not enough permissions"
        case .invalidConfiguration(let detail): detail
        }
    }
}

extension WebError: CustomStringConvertible {
    public var description: String { message }
}
