// Chapter 5's real application for the exercise tests, built with a learner's store operation in place of the chapter's.
import Foundation
import GRDB
import Hummingbird
import HummingbirdTesting
import JWTCore
import ServerTestSupport
import Synchronization
import Testing
import WebSupport

@testable import Chapter05

/// Chapter 5's application, built by the chapter's own `buildApplication` on services whose
/// refresh-token store runs `parts`, with fast bcrypt, a fixed key, an in-memory SQLite
/// database and a clock the test moves; driven in process with `app.test(.router)`.
enum RefreshTokenServer {
    /// The time every clock starts at, so token times are predictable.
    static let start = Date(timeIntervalSince1970: 1_800_000_000)
    /// The refresh-token lifetime of the test servers: one hour.
    static let refreshTTL = 3600

    /// The server's signing key.
    static func key() throws -> JWTKey { try JWTKey.hmac("chapter-5-exercise-secret-of-more-than-32-bytes") }

    /// The services the application is built with: the demo users and the refresh-token table
    /// in one in-memory database, whose store runs `parts`.
    static func services(parts: RefreshTokenParts, clock: RefreshTestClock = RefreshTestClock()) async throws -> RefreshServices {
        try await RefreshServices.make(
            databasePath: nil, key: key(), accessTTL: 900, refreshTTL: refreshTTL,
            bcryptCost: PasswordHasher.testingCost, parts: parts, now: { clock.now })
    }

    /// Builds the chapter's application on `services` and runs `test` against it.
    static func test<Value: Sendable>(
        _ services: RefreshServices, _ test: @Sendable (RefreshClient) async throws -> Value
    ) async throws -> Value {
        // Nothing is logged: a race of fifty refreshes would print fifty warnings.
        let app = buildApplication(services: services, settings: .silent)
        return try await app.test(.router) { client in try await test(RefreshClient(client: client, services: services)) }
    }

    /// Builds new services with `parts` and the chapter's application on them, and runs `test`.
    static func test<Value: Sendable>(
        parts: RefreshTokenParts, clock: RefreshTestClock = RefreshTestClock(),
        _ test: @Sendable (RefreshClient) async throws -> Value
    ) async throws -> Value {
        try await self.test(try await services(parts: parts, clock: clock), test)
    }

    /// A well-formed refresh token that no server ever issued.
    static func unknownToken() throws -> String { "rt_" + Base64URL.encode(try JWTKey.randomBytes(count: 32)) }

    /// The bodies of the chapter's three refresh-token refusals.
    static let invalid = #"{"error":"Invalid refresh token"}"#
    static let expired = #"{"error":"Refresh token has expired"}"#
    static let reuse = #"{"error":"Refresh token reuse detected"}"#
}

/// A clock that stands still until a test moves it: expiry without sleeping.
final class RefreshTestClock: Sendable {
    private let time = Mutex(RefreshTokenServer.start)

    var now: Date { time.withLock { $0 } }
    /// The time now in whole seconds, as the `refresh_token` table stores it.
    var seconds: Int64 { Int64(now.timeIntervalSince1970) }

    func advance(by seconds: TimeInterval) {
        time.withLock { $0 += seconds }
    }
}

/// The tokens of a login or a refresh, as the chapter answers them.
struct RefreshPair: Decodable, Sendable {
    let accessToken: String
    let refreshToken: String

    enum CodingKeys: String, CodingKey {
        case accessToken = "access_token"
        case refreshToken = "refresh_token"
    }
}

/// The chapter's requests, sent in process, and what the server's table says about a token.
struct RefreshClient: Sendable {
    let client: any TestClientProtocol
    let services: RefreshServices

    /// Logs in as `demo` and returns the pair; fails the test when the login fails.
    func login(_ demo: DemoUser = .john) async throws -> RefreshPair {
        let body = #"{"username":"\#(demo.user.username)","password":"\#(demo.password)"}"#
        let answer = try await client.postJSON("/login", body)
        return try JSONDecoder().decode(RefreshPair.self, from: Data(answer.body.utf8))
    }

    /// Posts `{"refresh_token": token}` to `/refresh`.
    func refresh(_ token: String) async throws -> Answer {
        try await client.postJSON("/refresh", #"{"refresh_token":"\#(token)"}"#)
    }

    /// Refreshes `token` and returns the new pair; fails the test when the refresh is refused.
    func rotate(_ token: String) async throws -> RefreshPair {
        let answer = try await refresh(token)
        return try JSONDecoder().decode(RefreshPair.self, from: Data(answer.body.utf8))
    }

    /// Posts `{"refresh_token": token}` to `/logout`.
    func logout(_ token: String) async throws -> Answer {
        try await client.postJSON("/logout", #"{"refresh_token":"\#(token)"}"#)
    }

    /// Posts to `/logout-all` with a bearer access token.
    func logoutAll(_ accessToken: String) async throws -> Answer {
        try await client.send(.post, "/logout-all", headers: [.authorization: "Bearer \(accessToken)"])
    }

    /// Reads the profile with a bearer access token.
    func profile(_ accessToken: String) async throws -> Answer {
        try await client.get("/profile", authorization: "Bearer \(accessToken)")
    }

    /// The stored row of the refresh token `text`, or `nil`.
    func row(of text: String) async throws -> RefreshTokenRecord? {
        guard let token = RefreshToken(parsing: text) else { return nil }
        return try await services.refreshTokens.record(of: token)
    }

    /// The digest the table keeps for the refresh token `text`.
    func digest(of text: String) throws -> Data {
        try services.refreshTokens.digest(of: try #require(RefreshToken(parsing: text)))
    }

    /// The number of rows in the family of the refresh token `text`.
    func familySize(of text: String) async throws -> Int {
        let family = try #require(try await row(of: text)).family
        return try await services.refreshTokens.database.read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM refresh_token WHERE family = ?", arguments: [family]) ?? 0
        }
    }
}

/// Runs `body` inside a write transaction of a new, empty in-memory database: what a probe
/// needs to call a learner's store operation once. An attempted operation fails there with an
/// SQLite error; only a stub throws `ExerciseUnsolved`.
func inEmptyDatabase(_ body: @escaping @Sendable (Database) throws -> Void) async throws {
    try await DatabaseQueue().write(body)
}
