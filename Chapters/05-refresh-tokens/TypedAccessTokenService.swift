// Issuing and verifying access tokens that say they are access tokens.
import Foundation
import JWTCore
import WebSupport

/// Issues and verifies this chapter's access tokens (HS256), which carry
/// their type twice: `"typ": "at+jwt"` in the header (RFC 9068 §2.1) and
/// `"type": "access"` in the claims.
///
/// It works like WebSupport's `AccessTokenService`, with one more rule: a
/// token must say it is an access token. Refresh tokens here are not JWTs,
/// so one can never pass for an access token anyway; the check keeps that
/// true if a later change ever signs other tokens with the same key.
///
/// ```swift
/// let tokens = try TypedAccessTokenService(key: key, audience: "refresh-tokens", lifetime: 900)
/// let token = try tokens.issue(for: DemoUser.john.user)
/// print(try tokens.verify(token).type) // Prints "access".
/// ```
struct TypedAccessTokenService: Sendable {
    /// The header `typ` of an access token (RFC 9068 §2.1).
    static let headerType = "at+jwt"

    /// The `aud` of the tokens: the chapter's product name.
    let audience: String
    /// How long a token is valid, in seconds.
    let lifetime: Int

    private let signer: JWTSigner
    private let verifier: JWTVerifier
    private let now: @Sendable () -> Date

    /// Creates the service. `now` is the clock; tests pass one they control.
    init(key: JWTKey, audience: String, lifetime: Int, now: @escaping @Sendable () -> Date = { Date() }) throws(WebError) {
        guard lifetime > 0 else { throw .invalidConfiguration("The access-token lifetime must be at least 1 second") }
        var validation = JWTValidation()
        validation.issuer = AccessTokenService.issuer
        validation.audience = [audience]
        validation.requiredClaims = ["sub", "username", "iss", "aud", "iat", "exp", "type"]
        validation.expectedType = Self.headerType
        validation.maxTokenSize = AccessTokenService.maxTokenBytes
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

    /// Issues a token for `user`, valid from `issuedAt` (now, by default) for ``lifetime`` seconds.
    func issue(for user: User, issuedAt: Date? = nil) throws -> String {
        let issued = Date(timeIntervalSince1970: (issuedAt ?? now()).timeIntervalSince1970.rounded(.down))
        let claims = TypedAccessClaims(
            userID: user.id, username: user.username, issuer: AccessTokenService.issuer, audience: audience,
            issuedAt: issued, expiresAt: issued.addingTimeInterval(TimeInterval(lifetime)))
        return try signer.sign(claims, headerFields: ["typ": .string(Self.headerType)])
    }

    /// Verifies `token` and returns its claims, or throws `WebError.tokenRejected` with the reason.
    func verify(_ token: String) throws(WebError) -> TypedAccessClaims {
        let claims: TypedAccessClaims
        do {
            claims = try verifier.verify(token, as: TypedAccessClaims.self)
        } catch {
            throw .tokenRejected(error)
        }
        // The signature and the header are right; the claim must agree.
        guard claims.type == TypedAccessClaims.accessType else {
            throw .tokenRejected(.invalidClaim("type must be \"\(TypedAccessClaims.accessType)\""))
        }
        return claims
    }
}
