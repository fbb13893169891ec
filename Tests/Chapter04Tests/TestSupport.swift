// Building chapter 4's application for tests: fast bcrypt, a fixed key and clock, a log that can be read.
import Foundation
import Hummingbird
import HummingbirdTesting
import InMemoryLogging
import JWTCore
import Logging
import ServerTestSupport
import WebSupport

@testable import Chapter04

/// Chapter 4's fixed key, clock and audience, and what its tests send.
enum Fixture: ServerFixture {
    static let audience = "auth-middleware"

    /// Settings whose logger shows only warnings, so passing tests print no request lines.
    static let quiet = ServerSettings(label: "auth-middleware-tests", logLevel: .warning)

    /// The JSON body of a good login for `demo`.
    static func loginBody(_ demo: DemoUser = .john) -> String {
        #"{"username":"\#(demo.user.username)","password":"\#(demo.password)"}"#
    }
}

extension TestClientProtocol {
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
