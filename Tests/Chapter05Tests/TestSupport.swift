// Building chapter 5's application for tests: fast bcrypt, a fixed key, a clock the test moves.
import Foundation
import Hummingbird
import HummingbirdTesting
import JWTCore
import ServerTestSupport
import Synchronization
import WebSupport

@testable import Chapter05

enum Fixture {
    /// The time every test clock starts at, so token times are predictable.
    static let start = Date(timeIntervalSince1970: 1_800_000_000)

    static let johnLogin = #"{"username":"john_doe","password":"correct-horse-battery-staple"}"#
    static let janeLogin = #"{"username":"jane_admin","password":"tr0ub4dor&3-admin"}"#

    static func key() throws -> JWTKey { try JWTKey.hmac("chapter-5-tests-secret-of-more-than-32-bytes") }

    /// Services on an in-memory database (or the file at `path`) whose clock is `clock`.
    static func services(clock: TestClock = TestClock(), path: String? = nil, refreshTTL: Int = 1_209_600)
        async throws -> RefreshServices
    {
        try await RefreshServices.make(
            databasePath: path, key: key(), accessTTL: 900, refreshTTL: refreshTTL,
            bcryptCost: PasswordHasher.testingCost, now: { clock.now })
    }

    /// A path for a SQLite file in a new temporary folder.
    static func temporaryDatabasePath() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("chapter05-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder.appendingPathComponent("workbook.sqlite").path
    }
}

extension RefreshServices {
    /// The stored row of the refresh token whose text is `text`, or `nil`.
    func row(of text: String) async throws -> RefreshTokenRecord? {
        guard let token = RefreshToken(parsing: text) else { return nil }
        return try await refreshTokens.record(of: token)
    }
}

/// A clock that stands still until a test moves it: expiry without sleeping.
final class TestClock: Sendable {
    private let time: Mutex<Date>

    init(_ start: Date = Fixture.start) {
        self.time = Mutex(start)
    }

    var now: Date { time.withLock { $0 } }

    func advance(by seconds: TimeInterval) {
        time.withLock { $0 += seconds }
    }
}

/// The body of a token-pair answer.
struct PairBody: Decodable, Sendable {
    let accessToken: String
    let refreshToken: String
    let tokenType: String
    let expiresIn: Int

    enum CodingKeys: String, CodingKey {
        case accessToken = "access_token"
        case refreshToken = "refresh_token"
        case tokenType = "token_type"
        case expiresIn = "expires_in"
    }
}

extension Answer {
    /// The token pair in the body; fails the test when there is none.
    func pair() throws -> PairBody {
        try JSONDecoder().decode(PairBody.self, from: Data(body.utf8))
    }
}

extension TestClientProtocol {
    /// Logs in as john_doe (or with `json`) and returns the pair.
    func login(_ json: String = Fixture.johnLogin) async throws -> PairBody {
        try await postJSON("/login", json).pair()
    }

    /// Posts `{"refresh_token": token}` to `uri`, `/refresh` by default.
    func refresh(_ token: String, at uri: String = "/refresh") async throws -> Answer {
        try await postJSON(uri, #"{"refresh_token":"\#(token)"}"#)
    }

    /// Reads the profile with a bearer token.
    func profile(_ accessToken: String) async throws -> Answer {
        try await send(.get, "/profile", headers: [.authorization: "Bearer \(accessToken)"])
    }

    /// Logs out everywhere with a bearer token.
    func logoutAll(_ accessToken: String) async throws -> Answer {
        try await send(.post, "/logout-all", headers: [.authorization: "Bearer \(accessToken)"])
    }
}

/// Runs `test` against chapter 5's router, in process, with `services` (new ones by default).
func withChapter5<Value: Sendable>(
    _ services: RefreshServices? = nil, _ test: @Sendable (any TestClientProtocol) async throws -> Value
) async throws -> Value {
    let chosen: RefreshServices
    if let services {
        chosen = services
    } else {
        chosen = try await Fixture.services()
    }
    // Only errors are logged: fifty refused refreshes would print fifty warnings.
    let app = buildApplication(services: chosen, settings: ServerSettings(logLevel: .error))
    return try await app.test(.router) { client in try await test(client) }
}

/// The bodies of the three refresh-token refusals.
enum Refusal {
    static let invalid = #"{"error":"Invalid refresh token"}"#
    static let expired = #"{"error":"Refresh token has expired"}"#
    static let reuse = #"{"error":"Refresh token reuse detected"}"#
}
