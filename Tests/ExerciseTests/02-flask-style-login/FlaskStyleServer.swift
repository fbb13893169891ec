// Chapter 2's real application for the exercise tests, built with a learner's part in place of the chapter's.
import Foundation
import Hummingbird
import HummingbirdTesting
import JWTCore
import ServerTestSupport
import WebSupport

@testable import Chapter02

/// Chapter 2's application, built by the chapter's own `buildApplication` with fast bcrypt,
/// a fixed key and a fixed clock, and driven in process with `app.test(.router)`.
enum FlaskStyleServer: ServerFixture {
    static let audience = "flask-style-login"

    /// Builds the chapter's application with `parts` and runs `test` against it.
    static func test<Value: Sendable>(
        parts: FlaskStyleParts, _ test: @Sendable (any TestClientProtocol) async throws -> Value
    ) async throws -> Value {
        let app = buildApplication(services: try await services(), settings: .silent, parts: parts)
        return try await app.test(.router) { client in try await test(client) }
    }

    /// The JSON body of john_doe's profile.
    static let johnsProfile = #"{"user_id":1,"username":"john_doe"}"#
}
