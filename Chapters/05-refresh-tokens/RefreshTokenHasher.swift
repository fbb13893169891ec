// What the server stores instead of a refresh token: a one-way digest of it.
import Foundation
import JWTCore
import WebSupport

/// Computes the digest stored for each refresh token: HMAC-SHA256 of the
/// token's text under a fixed, public key.
///
/// The database never holds a token, only this digest, so a copy of the
/// database lets nobody refresh. A plain SHA-256 would do as well: the
/// tokens are 256 random bits, so nobody can find a token from its digest
/// by guessing, and a secret key (a "pepper") would add nothing against
/// that. JWTCore offers HMAC-SHA256 and no bare SHA-256, and an HMAC under a
/// known key is just as one-way. The key is public on purpose: digests do
/// not change when `JWT_SECRET` does, so refresh tokens survive a restart
/// even with the demo secret made for each run.
///
/// ```swift
/// let hasher = try RefreshTokenHasher()
/// let digest = try hasher.digest(of: try RefreshToken.generate())
/// print(digest.count) // Prints "32".
/// ```
struct RefreshTokenHasher: Sendable {
    /// The HMAC key: a label, not a secret. It names its purpose and
    /// version so that no other digest in the workbook can equal one of these.
    static let label = "jwt-auth-workbook: refresh-token digest, version 1"

    private let key: JWTKey

    /// Creates the hasher; it fails only if JWTCore refuses the label as a key.
    init() throws(WebError) {
        do {
            self.key = try JWTKey.hmac(Self.label)
        } catch {
            throw .invalidConfiguration("The refresh-token digest key cannot be made: \(error.message)")
        }
    }

    /// Returns the 32-byte digest of `token`, the value the database keeps.
    func digest(of token: RefreshToken) throws(JWTError) -> Data {
        Data(try key.messageAuthenticationCode(Array(token.text.utf8), algorithm: .hs256))
    }
}
