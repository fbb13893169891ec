// Building chapter 4's application for tests: fast bcrypt, a fixed key and clock, a log that can be read.
import Foundation
import Hummingbird
import HummingbirdTesting
import InMemoryLogging
import JWTCore
import Logging
import WebSupport

@testable import Chapter04

enum Fixture {
    /// A fixed "now", so token times are predictable.
    static let now = Date(timeIntervalSince1970: 1_800_000_000)

    static func key() throws -> JWTKey { try JWTKey.hmac("chapter-4-tests-secret-of-more-than-32-bytes") }

    static func services() async throws -> AuthServices {
        try await AuthServices.make(
            databasePath: nil, key: key(), audience: "auth-middleware", accessTTL: 900,
            bcryptCost: PasswordHasher.testingCost, now: { now })
    }

    /// A token for `user` from a token service like the app's, issued at `issuedAt`.
    static func token(for user: User = DemoUser.john.user, issuedAt: Date = now, audience: String = "auth-middleware")
        throws -> String
    {
        try AccessTokenService(key: key(), audience: audience, lifetime: 900, now: { now }).issue(for: user, issuedAt: issuedAt)
    }

    /// Settings whose logger shows only warnings, so passing tests print no request lines.
    static let quiet = ServerSettings(label: "auth-middleware-tests", logLevel: .warning)

    /// The JSON body of a good login for `demo`.
    static func loginBody(_ demo: DemoUser = .john) -> String {
        #"{"username":"\#(demo.user.username)","password":"\#(demo.password)"}"#
    }
}

/// What a test reads from a response: status, headers and body text.
struct Answer: Sendable {
    let status: HTTPResponse.Status
    let headers: HTTPFields
    let body: String
}

extension TestClientProtocol {
    /// Sends a request and returns the answer.
    func send(
        _ method: HTTPRequest.Method, _ uri: String, headers: HTTPFields = [:], body: [UInt8]? = nil
    ) async throws -> Answer {
        try await execute(uri: uri, method: method, headers: headers, body: body.map { ByteBuffer(bytes: $0) }) { response in
            Answer(status: response.status, headers: response.headers, body: String(buffer: response.body))
        }
    }

    /// Posts a JSON body given as text.
    func postJSON(_ uri: String, _ json: String, headers: HTTPFields = [:]) async throws -> Answer {
        var headers = headers
        headers[.contentType] = "application/json"
        return try await send(.post, uri, headers: headers, body: Array(json.utf8))
    }

    /// Sends a GET with an `Authorization` header (or none).
    func get(_ uri: String, authorization: String?) async throws -> Answer {
        try await send(.get, uri, headers: authorization.map { [.authorization: $0] } ?? [:])
    }

    /// Logs in through `POST /login` and returns the token.
    func logIn(_ demo: DemoUser = .john) async throws -> String {
        let answer = try await postJSON("/login", Fixture.loginBody(demo))
        return String(answer.body.dropFirst(#"{"token":""#.count).dropLast(2))
    }
}

/// Runs `test` against chapter 4's router, in process.
func withChapter4<Value: Sendable>(_ test: @Sendable (any TestClientProtocol) async throws -> Value) async throws -> Value {
    let app = buildApplication(services: try await Fixture.services(), settings: Fixture.quiet)
    return try await app.test(.router) { client in try await test(client) }
}

/// Runs `test` against chapter 4's router with a logger that keeps every
/// record at `level` and above, and returns its value and the records.
func withLoggedChapter4<Value: Sendable>(
    level: Logger.Level = .info, _ test: @Sendable (any TestClientProtocol) async throws -> Value
) async throws -> (Value, [InMemoryLogHandler.Entry]) {
    var handler = InMemoryLogHandler()
    handler.logLevel = level
    var settings = ServerSettings()
    settings.logger = Logger(label: "auth-middleware-tests") { [handler] _ in handler }
    let app = buildApplication(services: try await Fixture.services(), settings: settings)
    let value = try await app.test(.router) { client in try await test(client) }
    return (value, handler.entries)
}
