// Building chapter 2's application for tests: fast bcrypt, a fixed key and clock.
import Foundation
import Hummingbird
import HummingbirdTesting
import JWTCore
import WebSupport

@testable import Chapter02

enum Fixture {
    /// A fixed "now", so token times are predictable.
    static let now = Date(timeIntervalSince1970: 1_800_000_000)

    static func key() throws -> JWTKey { try JWTKey.hmac("chapter-2-tests-secret-of-more-than-32-bytes") }

    static func services() async throws -> AuthServices {
        try await AuthServices.make(
            databasePath: nil, key: key(), audience: "flask-style-login", accessTTL: 900,
            bcryptCost: PasswordHasher.testingCost, now: { now })
    }

    /// A token for `user` from a token service like the app's, issued at `issuedAt`.
    static func token(for user: User = DemoUser.john.user, issuedAt: Date = now, audience: String = "flask-style-login")
        throws -> String
    {
        try AccessTokenService(key: key(), audience: audience, lifetime: 900, now: { now }).issue(for: user, issuedAt: issuedAt)
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
    func postJSON(_ uri: String, _ json: String) async throws -> Answer {
        try await send(.post, uri, headers: [.contentType: "application/json"], body: Array(json.utf8))
    }

    /// Reads the profile with an `Authorization` header (or none).
    func profile(authorization: String?) async throws -> Answer {
        try await send(.get, "/profile", headers: authorization.map { [.authorization: $0] } ?? [:])
    }
}

/// Runs `test` against chapter 2's router, in process.
func withChapter2<Value: Sendable>(_ test: @Sendable (any TestClientProtocol) async throws -> Value) async throws -> Value {
    let app = buildApplication(services: try await Fixture.services())
    return try await app.test(.router) { client in try await test(client) }
}
