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
        try parse(authorization: authorization(in: headers))
    }

    /// The `Authorization` field's value, as `headers[.authorization]` gives
    /// it, without building a joined string when there is only one field.
    /// Two fields are joined with ", " (RFC 9110 §5.3), which leaves no
    /// single bearer token to read.
    static func authorization(in headers: HTTPFields) -> String? {
        var value: String?
        for field in headers where field.name == .authorization {
            value = value.map { "\($0), \(field.value)" } ?? field.value
        }
        return value
    }

    /// Parses the value of an `Authorization` header; `nil` means no header.
    ///
    /// Every request to a protected route comes through here, so it reads
    /// the header's bytes once, front to back, and copies only the token.
    public static func parse(authorization: String?) throws(WebError) -> String {
        guard let authorization else { throw .missingToken }
        let bytes = authorization.utf8
        let schemeEnd = bytes.firstIndex(of: space) ?? bytes.endIndex
        guard isBearer(bytes[..<schemeEnd]) else { throw .unsupportedScheme }
        let tokenStart = bytes[schemeEnd...].firstIndex { $0 != space } ?? bytes.endIndex
        let tokenBytes = bytes[tokenStart...]
        guard !tokenBytes.isEmpty else { throw .emptyToken }
        guard tokenBytes.count <= AccessTokenService.maxTokenBytes else { throw .unreadableToken }
        var token = String(Substring(tokenBytes))
        guard token.withUTF8({ isB64Token($0) }) else { throw .unreadableToken }
        return token
    }

    private static let space = UInt8(ascii: " ")

    /// Whether `scheme` is "Bearer" in any mix of upper and lower case.
    /// Setting bit 5 lowercases an ASCII letter, and no other byte becomes
    /// one of the letters of "bearer" that way.
    static func isBearer(_ scheme: Substring.UTF8View) -> Bool {
        scheme.elementsEqual("bearer".utf8) { $0 | 0x20 == $1 }
    }

    /// Whether `bytes` have the shape RFC 6750 §2.1 gives a bearer token:
    /// `1*( ALPHA / DIGIT / "-" / "." / "_" / "~" / "+" / "/" ) *"="`.
    static func isB64Token(_ bytes: some Collection<UInt8>) -> Bool {
        var characters = 0
        var padding = 0
        for byte in bytes {
            if byte == UInt8(ascii: "=") {
                padding += 1
            } else if padding == 0, isTokenCharacter(byte) {
                characters += 1
            } else {
                // Another byte, or a character after the padding began.
                return false
            }
        }
        return characters > 0
    }

    private static func isTokenCharacter(_ byte: UInt8) -> Bool {
        tokenCharacters[Int(byte)]
    }

    /// For each byte value, whether it is one of the `b64token` characters
    /// before the padding, looked up rather than tested for every byte of
    /// every request's token.
    private static let tokenCharacters: [Bool] = (0...255).map { value in
        switch UInt8(value) {
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
