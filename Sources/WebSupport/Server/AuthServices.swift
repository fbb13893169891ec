// Everything a chapter's routes need to log users in and check their tokens.
import Foundation
import JWTCore

/// The users, the credential check and the token service of one server.
///
/// Chapters build it once at start-up and hand it to their router; tests
/// build one with an in-memory database, a fixed key, a fast bcrypt cost and
/// a fixed clock.
///
/// ```swift
/// let services = try await AuthServices.make(
///     databasePath: nil, key: key, audience: "flask-style-login", accessTTL: 900)
/// ```
public struct AuthServices: Sendable {
    public let users: UserStore
    public let credentials: CredentialVerifier
    public let tokens: AccessTokenService

    public init(users: UserStore, credentials: CredentialVerifier, tokens: AccessTokenService) {
        self.users = users
        self.credentials = credentials
        self.tokens = tokens
    }

    /// Opens the user store (seeding it on first use), prepares the dummy
    /// hash of the credential check, and builds the token service.
    public static func make(
        databasePath: String?,
        key: JWTKey,
        audience: String,
        accessTTL: Int,
        bcryptCost: UInt8 = PasswordHasher.defaultCost,
        now: @escaping @Sendable () -> Date = { Date() }
    ) async throws(WebError) -> AuthServices {
        let tokens = try AccessTokenService(key: key, audience: audience, lifetime: accessTTL, now: now)
        let hasher = PasswordHasher(cost: bcryptCost)
        let users = try await UserStore.open(path: databasePath, bcryptCost: hasher.cost)
        let credentials = await CredentialVerifier(store: users, hasher: hasher)
        return AuthServices(users: users, credentials: credentials, tokens: tokens)
    }
}
