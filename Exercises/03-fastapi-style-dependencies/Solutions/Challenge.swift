// Exercise 3.4: the WWW-Authenticate header of each failure, as RFC 6750 §3 asks for it.
import ExerciseSupport
import WebSupport

/// Returns the `WWW-Authenticate` header of the answer to `error` (RFC 6750 §3), or `nil` when
/// the answer is not a 401 and needs none.
///
/// ```swift
/// try wwwAuthenticate(for: .missingToken) // Returns "Bearer".
/// ```
public func wwwAuthenticate(for error: WebError) throws -> String? {
    switch error {
    case .missingToken, .unsupportedScheme, .invalidCredentials:
        // No bearer token at all: name the scheme, with no error code (RFC 6750 §3.1).
        "Bearer"
    case .emptyToken, .unreadableToken, .tokenRejected, .unknownUser:
        // A token was sent and is no good, an expired one included: get a new one.
        #"Bearer error="invalid_token""#
    case .notEnoughPermissions, .missingFields, .invalidField, .bodyTooLarge, .bodyNotUTF8, .malformedBody,
        .unsupportedMediaType, .invalidConfiguration:
        // Not a 401, so no challenge.
        nil
    }
}
