// Everything chapter 5's routes need: users, passwords, both kinds of token.
import Foundation
import JWTCore
import WebSupport

/// The users, the credential check, the access-token service and the
/// refresh-token store of one server.
///
/// `main.swift` builds it from the shared services that `ChapterServer`
/// prepared; tests build one from scratch with ``make(databasePath:key:accessTTL:refreshTTL:bcryptCost:now:)``.
struct RefreshServices: Sendable {
    /// The audience (`aud`) of the access tokens: the chapter's product name.
    static let audience = "refresh-tokens"

    let users: UserStore
    let credentials: CredentialVerifier
    let accessTokens: TypedAccessTokenService
    let refreshTokens: RefreshTokenStore

    /// Adds the typed access tokens and the refresh-token store, kept in the
    /// same SQLite file as the users, to the shared services in `auth`.
    static func make(
        auth: AuthServices, key: JWTKey, databasePath: String?, accessTTL: Int, refreshTTL: Int,
        now: @escaping @Sendable () -> Date = { Date() }
    ) async throws(WebError) -> RefreshServices {
        let accessTokens = try TypedAccessTokenService(key: key, audience: audience, lifetime: accessTTL, now: now)
        let refreshTokens = try await RefreshTokenStore.open(path: databasePath, lifetime: refreshTTL, now: now)
        return RefreshServices(
            users: auth.users, credentials: auth.credentials, accessTokens: accessTokens, refreshTokens: refreshTokens)
    }

    /// Builds every service from scratch: what tests call, with a fast
    /// bcrypt cost and a clock they control.
    static func make(
        databasePath: String?, key: JWTKey, accessTTL: Int = 900, refreshTTL: Int = RefreshTokenStore.defaultLifetime,
        bcryptCost: UInt8 = PasswordHasher.defaultCost, now: @escaping @Sendable () -> Date = { Date() }
    ) async throws(WebError) -> RefreshServices {
        let auth = try await AuthServices.make(
            databasePath: databasePath, key: key, audience: audience, accessTTL: accessTTL, bcryptCost: bcryptCost, now: now)
        return try await make(
            auth: auth, key: key, databasePath: databasePath, accessTTL: accessTTL, refreshTTL: refreshTTL, now: now)
    }

    /// Builds the services for `server`; on a bad configuration it prints
    /// why and exits with status 1, as `ChapterServer.prepare` does.
    static func prepare(server: ChapterServer, refreshTTL: Int) async -> RefreshServices {
        do {
            return try await make(
                auth: server.services, key: server.secret.key, databasePath: server.databasePath,
                accessTTL: server.accessTTL, refreshTTL: refreshTTL)
        } catch {
            RefreshTokenOptions.exit(withError: error)
        }
    }
}
