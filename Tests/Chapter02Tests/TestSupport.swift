// Building chapter 2's application for tests: fast bcrypt, a fixed key and clock.
import Foundation
import Hummingbird
import HummingbirdTesting
import JWTCore
import ServerTestSupport
import WebSupport

@testable import Chapter02

/// Chapter 2's fixed key, clock and audience.
enum Fixture: ServerFixture {
    static let audience = "flask-style-login"
}

extension TestClientProtocol {
    /// Reads the profile with an `Authorization` header (or none).
    func profile(authorization: String?) async throws -> Answer {
        try await get("/profile", authorization: authorization)
    }
}

/// Runs `test` against chapter 2's router, in process.
func withChapter2<Value: Sendable>(_ test: @Sendable (any TestClientProtocol) async throws -> Value) async throws -> Value {
    let app = buildApplication(services: try await Fixture.services())
    return try await app.test(.router) { client in try await test(client) }
}
