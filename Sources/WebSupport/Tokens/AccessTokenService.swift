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
public struct AccessTokenService: Sendable {
    /// The `iss` of every token the workbook issues.
    public static let issuer = "jwt-auth-workbook"

    /// The longest token accepted; the tokens issued here are about 250 bytes.
    public static let maxTokenBytes = 4096

    /// The `aud` of the tokens, usually the chapter's product name.
    public let audience: String
    /// How long a token is valid, in seconds.
    public let lifetime: Int

    private let signer: JWTSigner
    private let verifier: JWTVerifier
    private let now: @Sendable () -> Date

    /// Creates the service. `now` is the clock; tests pass a fixed one.
    public init(
        key: JWTKey, audience: String, lifetime: Int, now: @escaping @Sendable () -> Date = { Date() }
    ) throws(WebError) {
        guard lifetime > 0 else { throw .invalidConfiguration("The access-token lifetime must be at least 1 second") }
        var validation = JWTValidation()
        validation.issuer = Self.issuer
        validation.audience = [audience]
        validation.requiredClaims = ["sub", "username", "iss", "aud", "iat", "exp"]
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
        self.now = now
    }

    /// Issues a token for `user`, valid from `issuedAt` (now, by default)
    /// for ``lifetime`` seconds.
    public func issue(for user: User, issuedAt: Date? = nil) throws -> String {
        let issued = Date(timeIntervalSince1970: (issuedAt ?? now()).timeIntervalSince1970.rounded(.down))
        let claims = AccessTokenClaims(
            user: user, issuer: Self.issuer, audience: audience,
            issuedAt: issued, expiresAt: issued.addingTimeInterval(TimeInterval(lifetime))
        )
        return try signer.sign(claims)
    }

    /// Verifies `token` and returns its claims, or throws
    /// ``WebError/tokenRejected(_:)`` with the reason.
    public func verify(_ token: String) throws(WebError) -> AccessTokenClaims {
        do {
            return try verifier.verify(token, as: AccessTokenClaims.self)
        } catch {
            throw .tokenRejected(error)
        }
    }
}
