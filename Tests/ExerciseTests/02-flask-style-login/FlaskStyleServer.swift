// Chapter 2's real application for the exercise tests, built with a learner's part in place of the chapter's.
import Foundation
import Hummingbird
import HummingbirdTesting
import JWTCore
import WebSupport

@testable import Chapter02

/// Chapter 2's application, built by the chapter's own `buildApplication` with fast bcrypt,
/// a fixed key and a fixed clock, and driven in process with `app.test(.router)`.
enum FlaskStyleServer {
    /// The server's "now", so token times are predictable.
    static let now = Date(timeIntervalSince1970: 1_800_000_000)

    /// The server's signing key.
    static func key() throws -> JWTKey { try JWTKey.hmac("chapter-2-exercise-secret-of-more-than-32-bytes") }

    /// The services the application is built with: an in-memory database of the demo users.
    static func services() async throws -> AuthServices {
        try await AuthServices.make(
            databasePath: nil, key: key(), audience: "flask-style-login", accessTTL: 900,
            bcryptCost: PasswordHasher.testingCost, now: { now })
    }

    /// A token for `user`, issued at `issuedAt` by a token service like the server's, signed
    /// with `key` (the server's by default).
    static func token(
        for user: User = DemoUser.john.user, issuedAt: Date = now, audience: String = "flask-style-login", key: JWTKey? = nil
    ) throws -> String {
        let service = try AccessTokenService(key: key ?? self.key(), audience: audience, lifetime: 900, now: { now })
        return try service.issue(for: user, issuedAt: issuedAt)
    }

    /// Builds the chapter's application with `parts` and runs `test` against it.
    static func test<Value: Sendable>(
        parts: FlaskStyleParts, _ test: @Sendable (any TestClientProtocol) async throws -> Value
    ) async throws -> Value {
        let app = buildApplication(services: try await services(), parts: parts)
        return try await app.test(.router) { client in try await test(client) }
    }

    /// The JSON body of john_doe's profile.
    static let johnsProfile = #"{"user_id":1,"username":"john_doe"}"#
}
