// An opaque refresh token: 256 random bits behind a prefix that says what the token is.
import JWTCore

/// A refresh token as the client holds it: `rt_` followed by 32 random
/// bytes in base64url, 46 characters in all.
///
/// It is opaque: it carries no claims, only randomness, so the client can
/// read nothing from it and the server decides everything from its own
/// table. The `rt_` prefix is its type marker. The refresh endpoint checks
/// it before anything else, so an access token (a JWT, which starts with
/// `eyJ`) is refused before the database is asked.
///
/// The type never prints its text, so a token cannot reach a log by
/// accident through string interpolation.
///
/// ```swift
/// let token = try RefreshToken.generate()
/// print(RefreshToken(parsing: token.text) == token) // Prints "true".
/// print(RefreshToken(parsing: "eyJhbGciOiJIUzI1NiJ9.e30.sig") == nil) // Prints "true".
/// ```
struct RefreshToken: Sendable, Hashable {
    /// The type marker every refresh token starts with.
    static let prefix = "rt_"

    /// The number of random bytes: 256 bits, far beyond any guessing.
    static let randomByteCount = 32

    /// The token's text, exactly as the client sends it. Never log it.
    let text: String

    private init(checkedText: String) {
        self.text = checkedText
    }

    /// Makes a new token from OpenSSL's cryptographically secure random generator.
    static func generate() throws(JWTError) -> RefreshToken {
        let bytes = try JWTKey.randomBytes(count: randomByteCount)
        return RefreshToken(checkedText: prefix + Base64URL.encode(bytes))
    }

    /// Reads `text` as a refresh token, or returns `nil` when it does not
    /// have the shape of one: the prefix, then canonical base64url of
    /// exactly 32 bytes.
    init?(parsing text: String) {
        guard text.hasPrefix(Self.prefix) else { return nil }
        let encoded = text.dropFirst(Self.prefix.count)
        guard let bytes = Base64URL.decode(encoded), bytes.count == Self.randomByteCount else { return nil }
        self.init(checkedText: text)
    }
}

extension RefreshToken: CustomStringConvertible, CustomDebugStringConvertible {
    /// A placeholder, never the token itself.
    var description: String { "RefreshToken(redacted)" }
    var debugDescription: String { description }
}
