// Exercise 2.1: read the token from an Authorization header, as RFC 6750 §2.1 defines it.
import ExerciseSupport
import WebSupport

/// Returns the token of an `Authorization: Bearer <token>` header value (RFC 6750 §2.1);
/// `header` is `nil` when the request has no `Authorization` header.
///
/// ```swift
/// try bearerToken(fromAuthorization: "Bearer abc.def.ghi") // Returns "abc.def.ghi".
/// ```
public func bearerToken(fromAuthorization header: String?) throws -> String {
    // TODO: Return the token in the value of a request's Authorization header; chapter 2's
    // `authenticate` wrapper then verifies it. The article passed the whole header to the JWT
    // decoder, "Bearer " included, so no token could ever verify. When `header` is nil, throw
    // `WebError.missingToken` (the chapter answers "Missing token"). Otherwise the header is
    // the scheme, one or more spaces, then the token: credentials = "Bearer" 1*SP b64token
    // (RFC 6750 §2.1). HTTP compares schemes without regard to case (RFC 9110 §11.1), so
    // "bearer" and "BEARER" are fine too. Throw `WebError.unsupportedScheme` for any other
    // scheme, such as "Basic", or for a token sent with no scheme at all (the article's
    // mistake), and `WebError.emptyToken` when no token follows the scheme; the chapter answers
    // both with "Invalid token". Return only the token, without the scheme or the spaces. Write
    // it yourself rather than calling WebSupport's `BearerToken`.
    throw ExerciseUnsolved("2.1")
}
