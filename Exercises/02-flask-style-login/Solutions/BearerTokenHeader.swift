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
    guard let header else { throw WebError.missingToken }
    // The scheme runs up to the first space; a bare token is all scheme, and not "Bearer".
    let scheme = header.prefix { $0 != " " }
    guard scheme.lowercased() == "bearer" else { throw WebError.unsupportedScheme }
    // RFC 6750 §2.1 allows one or more spaces between the scheme and the token.
    let token = header.dropFirst(scheme.count).drop { $0 == " " }
    guard !token.isEmpty else { throw WebError.emptyToken }
    return String(token)
}
