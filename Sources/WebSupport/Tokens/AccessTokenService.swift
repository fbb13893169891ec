// Issuing and verifying access tokens with one signer and one verifier.
import Foundation
import JWTCore

/// Issues and verifies the chapters' access tokens (HS256).
///
/// It builds one `JWTSigner` and one `JWTVerifier` when it is created and
/// reuses them for every request. Tokens carry `sub`, `username`, `iss`,
/// `aud`, `iat` and `exp`; verification requires all of them and checks the
/// issuer and the audience, so a token made for another API is refused.
///
/// ```swift
/// let tokens = try AccessTokenService(key: key, audience: "flask-style-login", lifetime: 900)
/// let token = try tokens.issue(for: DemoUser.john.user)
/// print(try tokens.verify(token).username) // Prints "john_doe".
/// ```
///
/// A service with a ``TokenType`` also writes the type into every token, and
/// accepts only tokens that carry it, in the claims and in the header. The
/// rule is strict both ways: a typed service refuses a token without the
/// type or with another one, and an untyped service refuses any token that
/// has a `type` claim, so a typed token opens no route of an untyped server
/// that shares its key and audience.
///
/// ```swift
/// let tokens = try AccessTokenService(key: key, audience: "refresh-tokens", lifetime: 900, tokenType: .access)
/// print(try tokens.verify(try tokens.issue(for: DemoUser.john.user)).type ?? "none") // Prints "access".
/// ```
public struct AccessTokenService: Sendable {
    /// What a typed token says it is, twice: a `type` claim and the header's `typ`.
    public struct TokenType: Sendable, Hashable {
        /// The value of the `type` claim, such as `"access"`.
        public let claim: String
        /// The header's `typ`, such as `"at+jwt"` (RFC 8725 §3.11).
        public let header: String

        public init(claim: String, header: String) {
            self.claim = claim
            self.header = header
        }

        /// An access token: `"type": "access"`, the claim Flask-JWT-Extended
        /// writes, and `"typ": "at+jwt"` (RFC 9068 §2.1).
        public static let access = TokenType(claim: "access", header: "at+jwt")
    }

    /// The `iss` of every token the workbook issues.
    public static let issuer = "jwt-auth-workbook"

    /// The longest token accepted; the tokens issued here are about 250 bytes.
    public static let maxTokenBytes = 4096

    /// The `aud` of the tokens, usually the chapter's product name.
    public let audience: String
    /// How long a token is valid, in seconds.
    public let lifetime: Int
    /// The type written into every token and required of every token, or
    /// `nil` for untyped tokens.
    public let tokenType: TokenType?

    private let signer: JWTSigner
    private let verifier: JWTVerifier
    private let now: @Sendable () -> Date
    private let verified = VerifiedTokenCache()

    /// Creates the service. `now` is the clock; tests pass a fixed one.
    /// Without `tokenType` its tokens are untyped, as in chapters 2 to 4.
    public init(
        key: JWTKey, audience: String, lifetime: Int, tokenType: TokenType? = nil,
        now: @escaping @Sendable () -> Date = { Date() }
    ) throws(WebError) {
        guard lifetime > 0 else { throw .invalidConfiguration("The access-token lifetime must be at least 1 second") }
        var validation = JWTValidation()
        validation.issuer = Self.issuer
        validation.audience = [audience]
        validation.requiredClaims = ["sub", "username", "iss", "aud", "iat", "exp"]
        if let tokenType {
            validation.requiredClaims.append("type")
            validation.expectedType = tokenType.header
        }
        validation.maxTokenSize = Self.maxTokenBytes
        validation.now = now
        do {
            self.signer = try JWTSigner(key: key, algorithm: .hs256)
            self.verifier = try JWTVerifier(key: key, algorithms: [.hs256], validation: validation)
        } catch {
            throw .invalidConfiguration("The signing key cannot be used for HS256: \(error.message)")
        }
        self.audience = audience
        self.lifetime = lifetime
        self.tokenType = tokenType
        self.now = now
    }

    /// Issues a token for `user`, valid from `issuedAt` (now, by default)
    /// for ``lifetime`` seconds, with the ``tokenType`` if there is one.
    public func issue(for user: User, issuedAt: Date? = nil) throws -> String {
        let issued = Date(timeIntervalSince1970: (issuedAt ?? now()).timeIntervalSince1970.rounded(.down))
        let claims = AccessTokenClaims(
            user: user, issuer: Self.issuer, audience: audience,
            issuedAt: issued, expiresAt: issued.addingTimeInterval(TimeInterval(lifetime)), type: tokenType?.claim
        )
        guard let tokenType else { return try signer.sign(claims) }
        return try signer.sign(claims, headerFields: ["typ": .string(tokenType.header)])
    }

    /// Verifies `token` and returns its claims, or throws
    /// ``WebError/tokenRejected(_:)`` with the reason.
    ///
    /// A token that passed every check is remembered (``VerifiedTokenCache``),
    /// so the same client's next request costs a dictionary lookup and a
    /// comparison with `exp` instead of a decode, a parse and an HMAC.
    public func verify(_ token: String) throws(WebError) -> AccessTokenClaims {
        if let remembered = verified.claims(of: token) {
            // Verified before under this service's key and rules; only time can change the answer.
            guard now() < remembered.exp else { throw .tokenRejected(.expired) }
            return remembered
        }
        let claims: AccessTokenClaims
        do {
            claims = try verifier.verify(token, as: AccessTokenClaims.self)
        } catch {
            throw .tokenRejected(error)
        }
        // The signature, the header and the other claims are right; the type must agree too.
        guard claims.type == tokenType?.claim else {
            let rule = tokenType.map { "type must be \"\($0.claim)\"" } ?? "an untyped service accepts no type claim"
            throw .tokenRejected(.invalidClaim(rule))
        }
        verified.remember(token, as: claims)
        return claims
    }
}
