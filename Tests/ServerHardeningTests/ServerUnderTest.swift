// The four server chapters, described once so that every bad-input test runs against each of them.
import Foundation
import Hummingbird
import HummingbirdTesting
import InMemoryLogging
import JWTCore
import Logging
import ServerTestSupport
import Testing
import WebSupport

@testable import Chapter02
@testable import Chapter03
@testable import Chapter04
@testable import Chapter05

/// One chapter's server, as the bad-input matrix sees it: a route that needs
/// a token, a route that reads a body, and the member its errors use.
struct ServerUnderTest: Sendable, CustomTestStringConvertible {
    /// "Chapter 2" and so on, as the test report names the case.
    let name: String
    /// A GET route that needs a valid access token.
    let protectedPath: String
    /// The login route, which reads a body.
    let loginPath: String
    /// The content type the login route reads.
    let loginContentType: String
    /// john_doe's good login body.
    let goodLogin: String
    /// The member of the JSON error body: `error` (Flask style) or `detail` (FastAPI style).
    let errorMember: String
    /// Starts the server on a real socket with `settings`, and runs `body` with its port and a client.
    let start: @Sendable (ServerSettings, @escaping @Sendable (Int, any TestClientProtocol) async throws -> Void) async throws -> Void

    var testDescription: String { name }

    static let all: [ServerUnderTest] = [chapter2, chapter3, chapter4, chapter5]

    static let chapter2 = ServerUnderTest(
        name: "Chapter 2", protectedPath: "/profile", loginPath: "/login", loginContentType: "application/json",
        goodLogin: DemoUser.john.jsonLogin, errorMember: "error"
    ) { settings, body in
        let app = Chapter02.buildApplication(services: try await Chapter2Fixture.services(), settings: settings)
        try await app.test(.live) { client in try await body(client.port ?? 0, client) }
    }

    static let chapter3 = ServerUnderTest(
        name: "Chapter 3", protectedPath: "/users/me", loginPath: "/login", loginContentType: "application/x-www-form-urlencoded",
        goodLogin: "username=john_doe&password=\(DemoUser.john.password)", errorMember: "detail"
    ) { settings, body in
        let app = Chapter03.buildApplication(services: try await Chapter3Fixture.services(), settings: settings)
        try await app.test(.live) { client in try await body(client.port ?? 0, client) }
    }

    static let chapter4 = ServerUnderTest(
        name: "Chapter 4", protectedPath: "/api/notes", loginPath: "/login", loginContentType: "application/json",
        goodLogin: DemoUser.john.jsonLogin, errorMember: "error"
    ) { settings, body in
        let app = Chapter04.buildApplication(services: try await Chapter4Fixture.services(), settings: settings)
        try await app.test(.live) { client in try await body(client.port ?? 0, client) }
    }

    static let chapter5 = ServerUnderTest(
        name: "Chapter 5", protectedPath: "/profile", loginPath: "/login", loginContentType: "application/json",
        goodLogin: DemoUser.john.jsonLogin, errorMember: "error"
    ) { settings, body in
        let services = try await RefreshServices.make(
            databasePath: nil, key: Chapter5Fixture.key(), bcryptCost: PasswordHasher.testingCost, now: { Chapter5Fixture.now })
        let app = Chapter05.buildApplication(services: services, settings: settings)
        try await app.test(.live) { client in try await body(client.port ?? 0, client) }
    }

    /// Starts the server on a real socket, logging to `logger`, and runs `body` with its port and
    /// a client. The server closes a connection idle for `idleTimeout`.
    func run(
        _ logger: Logger, idleTimeout: Duration = .seconds(30),
        _ body: @escaping @Sendable (Int, any TestClientProtocol) async throws -> Void
    ) async throws {
        var settings = ServerSettings(address: .hostname("127.0.0.1", port: 0))
        settings.logger = logger
        settings.idleTimeout = idleTimeout
        try await start(settings, body)
    }

    /// Checks, on a new connection, that the server still answers: a request without a token gets 401.
    func expectStillServing(port: Int, sourceLocation: SourceLocation = #_sourceLocation) async throws {
        let request = "GET \(protectedPath) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
        let reply = try await RawHTTPExchange.send(Array(request.utf8), port: port)
        #expect(reply.statusCode == 401, "\(name): the server no longer answers: \(reply.ending)", sourceLocation: sourceLocation)
    }

    /// Logs john_doe in and returns the access token, which chapters 2 and 4
    /// call `token` and chapters 3 and 5 `access_token`.
    func logIn(_ client: any TestClientProtocol) async throws -> String {
        let answer = try await client.send(
            .post, loginPath, headers: [.contentType: loginContentType], body: Array(goodLogin.utf8))
        try #require(answer.status == .ok, "\(name): the good login failed with \(answer.status): \(answer.body)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(answer.body.utf8)) as? [String: Any])
        return try #require((object["access_token"] ?? object["token"]) as? String)
    }

    /// Checks that `answer` is the refusal `status` with a JSON body whose only member is the error text.
    func expectJSONError(_ answer: Answer, _ status: HTTPResponse.Status, _ what: String, sourceLocation: SourceLocation = #_sourceLocation)
    {
        #expect(answer.status == status, "\(name), \(what): \(answer.status) \(answer.body)", sourceLocation: sourceLocation)
        #expect(
            JSONError.message(in: answer.body, member: errorMember) != nil,
            "\(name), \(what): the body is not {\"\(errorMember)\": ...}: \(answer.body.prefix(200))", sourceLocation: sourceLocation)
    }

    /// Checks that the server still answers a good login after whatever the test sent it.
    func expectStillUp(_ client: any TestClientProtocol, sourceLocation: SourceLocation = #_sourceLocation) async throws {
        let token = try await logIn(client)
        let answer = try await client.get(protectedPath, authorization: "Bearer \(token)")
        #expect(answer.status == .ok, "\(name): after the bad input, a good request got \(answer.status)", sourceLocation: sourceLocation)
    }
}

/// Reading `{"error": "..."}` or `{"detail": ...}`.
enum JSONError {
    /// The error text of `body`, or `nil` when the body is not a JSON object with `member`.
    /// FastAPI's `detail` may also be a list of validation errors.
    static func message(in body: String, member: String) -> String? {
        guard let object = try? JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any] else { return nil }
        switch object[member] {
        case let text as String: return text
        case let list as [Any]: return list.isEmpty ? nil : "\(list)"
        default: return nil
        }
    }
}

extension DemoUser {
    /// This user's good JSON login body.
    var jsonLogin: String { #"{"username":"\#(user.username)","password":"\#(password)"}"# }
}

enum Chapter2Fixture: ServerFixture { static let audience = "flask-style-login" }
enum Chapter3Fixture: ServerFixture { static let audience = "fastapi-style-dependencies" }
enum Chapter4Fixture: ServerFixture { static let audience = "auth-middleware" }
enum Chapter5Fixture: ServerFixture { static let audience = RefreshServices.audience }

/// A logger that keeps every entry, at every level, for the secrecy checks.
struct CapturedLog: Sendable {
    let handler = InMemoryLogHandler()

    var logger: Logger {
        var logger = Logger(label: "hardening") { _ in handler }
        logger.logLevel = .trace
        return logger
    }

    /// Every entry as one line of text: level, message and metadata.
    var lines: [String] {
        handler.entries.map { "\($0.level) \($0.message) \($0.metadata)" }
    }
}
