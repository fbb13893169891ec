// Reading a token's header and claims WITHOUT verifying anything.

/// A token's header and claims, read without checking the signature or any
/// claim. Anyone can forge these values.
///
/// Use it only to display a token (as the `jwt decode` command does), or to
/// read the `kid` that picks a verification key. Never make an access
/// decision on it; use ``JWTVerifier`` for that.
///
/// ```swift
/// let peek = try UnverifiedToken(insecurelyParsing: token)
/// print(peek.header.algorithmName ?? "?") // Prints "HS256".
/// ```
public struct UnverifiedToken: Sendable, Equatable {
    public let header: JWTHeader
    public let claims: [String: JSONValue]
    /// The signature bytes as they appear in the token.
    public let signature: [UInt8]

    /// Parses `token` with the same strict rules as verification (size,
    /// segments, base64url, JSON) but checks no signature and no claim.
    public init(
        insecurelyParsing token: String,
        maxTokenSize: Int = 64 * 1024,
        maxJSONDepth: Int = JSONParser.defaultMaxDepth
    ) throws(JWTError) {
        let parsed = try CompactToken(parsing: token, maxSize: maxTokenSize, maxJSONDepth: maxJSONDepth)
        self.header = parsed.header
        self.claims = try parsed.claims(maxJSONDepth: maxJSONDepth)
        self.signature = parsed.signature
    }
}
