// Splitting a token at its dots and decoding each part, the way anyone holding it can.
import JWTCore

/// The three parts of a compact token, decoded from base64url but not verified.
struct TokenParts: Equatable {
    /// The header's JSON text, such as `{"alg":"HS256","typ":"JWT"}`.
    let headerJSON: String
    /// The payload's JSON text: the claims.
    let payloadJSON: String
    /// The signature's raw bytes.
    let signature: [UInt8]
}

/// Decodes the three parts of `token` without a key, or returns `nil` when
/// it is not three base64url segments separated by dots.
func decodeParts(of token: String) -> TokenParts? {
    let segments = token.split(separator: ".", omittingEmptySubsequences: false)
    guard segments.count == 3,
        let header = Base64URL.decode(segments[0]),
        let payload = Base64URL.decode(segments[1]),
        let signature = Base64URL.decode(segments[2])
    else { return nil }
    return TokenParts(
        headerJSON: String(decoding: header, as: UTF8.self),
        payloadJSON: String(decoding: payload, as: UTF8.self),
        signature: signature
    )
}

/// Encodes a JSON value as one base64url segment of a token.
func encodeSegment(_ value: JSONValue) -> String {
    Base64URL.encode(Array(value.description.utf8))
}
