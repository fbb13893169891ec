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
    // TODO: Choose the WWW-Authenticate header that chapter 3's error middleware adds to its
    // answer to `error`. Every 401 must carry one (RFC 9110 §11.6.1), and it tells the client
    // what to do next (RFC 6750 §3). When the request carried no bearer token at all
    // (`.missingToken`, or `.unsupportedScheme` for another scheme such as Basic), and when a
    // login fails (`.invalidCredentials`), return just "Bearer": the scheme to use, and no error
    // code, as RFC 6750 §3.1 asks when a request had no bearer credentials. When a token was
    // sent but is no good (`.emptyToken`, `.unreadableToken`, any `.tokenRejected`, an expired
    // token included, or `.unknownUser`), return Bearer error="invalid_token" with the quotes,
    // which tells the client to get a new token rather than retry this one. Every other error
    // is not answered with a 401 (a 403 for a missing permission, a 422 for a bad form, ...):
    // return nil. List every case rather than writing `default`.
    throw ExerciseUnsolved("3.4")
}
