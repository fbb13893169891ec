// Reading a bearer token from the Authorization header (RFC 6750 §2.1).
import Hummingbird

/// Reads the token from an `Authorization: Bearer <token>` header.
///
/// The article passed the whole header to the JWT decoder, `Bearer `
/// included, so no token could ever verify. Here the scheme is required,
/// compared without regard to case as HTTP auth schemes are (RFC 9110
/// §11.1), and stripped; the rest must be one `b64token` (RFC 6750 §2.1).
///
/// hummingbird-auth's `request.headers.bearer` does the same job but cannot
/// tell a missing header from one with another scheme, and the chapters
/// answer those differently, so they use this instead.
///
/// ```swift
/// let token = try BearerToken.extract(from: request.headers)
/// ```
public enum BearerToken {
    /// Returns the bearer token in `headers`, or throws
    /// ``WebError/missingToken``, ``WebError/unsupportedScheme``,
    /// ``WebError/emptyToken`` or ``WebError/unreadableToken``.
    public static func extract(from headers: HTTPFields) throws(WebError) -> String {
        try parse(authorization: headers[.authorization])
    }

    /// Parses the value of an `Authorization` header; `nil` means no header.
    public static func parse(authorization: String?) throws(WebError) -> String {
        guard let authorization else { throw .missingToken }
        let scheme = authorization.prefix { $0 != " " }
        guard scheme.lowercased() == "bearer" else { throw .unsupportedScheme }
        let token = authorization.dropFirst(scheme.count).drop { $0 == " " }
        guard !token.isEmpty else { throw .emptyToken }
        guard token.utf8.count <= AccessTokenService.maxTokenBytes, isB64Token(token) else {
            throw .unreadableToken
        }
        return String(token)
    }

    /// Whether `text` has the shape RFC 6750 §2.1 gives a bearer token:
    /// `1*( ALPHA / DIGIT / "-" / "." / "_" / "~" / "+" / "/" ) *"="`.
    static func isB64Token(_ text: Substring) -> Bool {
        let body = text.utf8.reversed().drop { $0 == UInt8(ascii: "=") }
        guard !body.isEmpty else { return false }
        return body.allSatisfy { byte in
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"):
                true
            case UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"),
                UInt8(ascii: "+"), UInt8(ascii: "/"):
                true
            default:
                false
            }
        }
    }
}
