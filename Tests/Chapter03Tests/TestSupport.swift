// Building chapter 3's application for tests: fast bcrypt, a fixed key and clock.
import Foundation
import Hummingbird
import HummingbirdTesting
import JWTCore
import ServerTestSupport
import WebSupport

@testable import Chapter03

/// Chapter 3's fixed key, clock and audience.
enum Fixture: ServerFixture {
    static let audience = "fastapi-style-dependencies"
}

/// Runs `test` against chapter 3's router, in process.
func withChapter3<Value: Sendable>(_ test: @Sendable (any TestClientProtocol) async throws -> Value) async throws -> Value {
    let app = buildApplication(services: try await Fixture.services())
    return try await app.test(.router) { client in try await test(client) }
}
