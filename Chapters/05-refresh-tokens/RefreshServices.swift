// Everything chapter 5's routes need: users, passwords, both kinds of token.
import Foundation
import JWTCore
import WebSupport

/// The users, the credential check, the access-token service and the
/// refresh-token store of one server.
///
/// Its access tokens are typed: they say `"type": "access"` and
/// `"typ": "at+jwt"`, and no other token opens a route.
///
/// `main.swift` builds it from the shared services that `ChapterServer`
/// prepared; tests build one from scratch with
/// ``make(databasePath:key:accessTTL:refreshTTL:bcryptCost:parts:now:)``,
/// and the exercise tests pass `parts` with one of yours.
struct RefreshServices: Sendable {
    /// The audience (`aud`) of the access tokens: the chapter's product name.
    static let audience = "refresh-tokens"

    let users: UserStore
    let credentials: CredentialVerifier
    /// Issues and verifies typed access tokens (`AccessTokenService.TokenType.access`).
    let accessTokens: AccessTokenService
    let refreshTokens: RefreshTokenStore

    /// Adds the typed access tokens and the refresh-token store to the
    /// shared services in `auth`. The store keeps its table in the users' own
    /// database, on the users' connection: the same SQLite file with
    /// `--database`, the same in-memory database without it.
    static func make(
        auth: AuthServices, key: JWTKey, accessTTL: Int, refreshTTL: Int, parts: RefreshTokenParts = RefreshTokenParts(),
        now: @escaping @Sendable () -> Date = { Date() }
    ) async throws(WebError) -> RefreshServices {
        let accessTokens = try AccessTokenService(
            key: key, audience: audience, lifetime: accessTTL, tokenType: .access, now: now)
        let refreshTokens = try await RefreshTokenStore(
            database: auth.users.writer, lifetime: refreshTTL, parts: parts, now: now)
        return RefreshServices(
            users: auth.users, credentials: auth.credentials, accessTokens: accessTokens, refreshTokens: refreshTokens)
    }

    /// Builds every service from scratch: what tests call, with a fast
    /// bcrypt cost and a clock they control.
    static func make(
        databasePath: String?, key: JWTKey, accessTTL: Int = 900, refreshTTL: Int = RefreshTokenStore.defaultLifetime,
        bcryptCost: UInt8 = PasswordHasher.defaultCost, parts: RefreshTokenParts = RefreshTokenParts(),
        now: @escaping @Sendable () -> Date = { Date() }
    ) async throws(WebError) -> RefreshServices {
        let auth = try await AuthServices.make(
            databasePath: databasePath, key: key, audience: audience, accessTTL: accessTTL, bcryptCost: bcryptCost, now: now)
        return try await make(auth: auth, key: key, accessTTL: accessTTL, refreshTTL: refreshTTL, parts: parts, now: now)
    }

    /// Builds the services for `server`; on a bad configuration it prints
    /// why and exits with status 1, as `ChapterServer.prepare` does.
    static func prepare(server: ChapterServer, refreshTTL: Int) async -> RefreshServices {
        do {
            return try await make(
                auth: server.services, key: server.secret.key, accessTTL: server.accessTTL, refreshTTL: refreshTTL)
        } catch {
            RefreshTokenOptions.exit(withError: error)
        }
    }
}
