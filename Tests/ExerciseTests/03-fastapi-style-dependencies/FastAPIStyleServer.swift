// Chapter 3's real application for the exercise tests, built with a learner's part in place of the chapter's.
import Foundation
import Hummingbird
import HummingbirdTesting
import JWTCore
import ServerTestSupport
import WebSupport

@testable import Chapter03

/// Chapter 3's application, built by the chapter's own `buildApplication` with fast bcrypt,
/// a fixed key and a fixed clock, and driven in process with `app.test(.router)`.
enum FastAPIStyleServer: ServerFixture {
    static let audience = "fastapi-style-dependencies"

    /// Builds the chapter's application with `parts` and runs `test` against it.
    static func test<Value: Sendable>(
        parts: FastAPIStyleParts, _ test: @Sendable (any TestClientProtocol) async throws -> Value
    ) async throws -> Value {
        let app = buildApplication(services: try await services(), settings: .silent, parts: parts)
        return try await app.test(.router) { client in try await test(client) }
    }

    /// The JSON of the demo users, as `GET /users/me` and `GET /admin/users` answer them.
    static let johnJSON = #"{"id":1,"role":"user","username":"john_doe"}"#
    static let janeJSON = #"{"id":2,"role":"admin","username":"jane_admin"}"#
}
