// The log middleware: a request id on every answer, one log line per request, no token or password in it.
import Foundation
import Hummingbird
import InMemoryLogging
import Logging
import ServerTestSupport
import Testing
import WebSupport

@testable import Chapter04

@Suite("Chapter 4: the request log")
struct RequestLogTests {
    /// The request lines among `entries`, without Hummingbird's own lines.
    static func requestLines(_ entries: [InMemoryLogHandler.Entry]) -> [InMemoryLogHandler.Entry] {
        entries.filter { $0.message == "Request" }
    }

    @Test("A request gets one line with its method, route, status, duration, request id and user id")
    func oneLineWithEveryField() async throws {
        let token = try Fixture.token()
        let (answer, entries) = try await withLoggedChapter4 { try await $0.get("/profile", authorization: "Bearer \(token)") }
        let lines = Self.requestLines(entries)
        try #require(lines.count == 1)
        let metadata = lines[0].metadata
        #expect(lines[0].level == .info)
        #expect(metadata["method"] == "GET")
        #expect(metadata["path"] == "/profile")
        #expect(metadata["status"]?.description == "200")
        #expect(metadata["user_id"]?.description == "1")
        #expect(metadata["duration_ms"].flatMap { Double($0.description) } != nil)
        let requestID = try #require(answer.headers[.requestID])
        #expect(metadata["hb.request.id"]?.description == requestID)
    }

    @Test("Every answer carries its own X-Request-Id, refusals included, and each request is logged once")
    func everyAnswerHasRequestID() async throws {
        let john = try Fixture.token()
        let (answers, entries) = try await withLoggedChapter4 { client in
            [
                try await client.get("/health", authorization: nil),
                try await client.get("/profile", authorization: nil),
                try await client.get("/api/admin/users", authorization: "Bearer \(john)"),
                try await client.get("/nowhere", authorization: "Bearer \(john)"),
            ]
        }
        #expect(answers.map(\.status.code) == [200, 401, 403, 404])
        let ids = answers.compactMap { $0.headers[.requestID] }
        #expect(Set(ids).count == 4)
        let logged = Self.requestLines(entries).compactMap { $0.metadata["hb.request.id"]?.description }
        #expect(logged == ids)
    }

    @Test("A refused request is logged with its final status and no user; a forbidden one with its user")
    func refusalsAreLoggedWithStatus() async throws {
        let john = try Fixture.token()
        let (_, entries) = try await withLoggedChapter4 { client in
            _ = try await client.get("/api/notes", authorization: "Bearer not-a-jwt")
            _ = try await client.get("/api/admin/users", authorization: "Bearer \(john)")
        }
        let lines = Self.requestLines(entries).map(\.metadata)
        #expect(lines.map { $0["status"]?.description } == ["401", "403"])
        #expect(lines.map { $0["user_id"]?.description } == [nil, "1"])
        #expect(lines.map { $0["path"]?.description } == ["/api/notes", "/api/admin/users"])
    }

    @Test("A path with no route is logged as (no route), never as the text the client sent")
    func unmatchedPathIsNotLogged() async throws {
        let (_, entries) = try await withLoggedChapter4 { try await $0.get("/secret-reset-link-abc123", authorization: nil) }
        let lines = Self.requestLines(entries)
        #expect(lines.map { $0.metadata["path"]?.description } == ["(no route)"])
    }

    @Test("No log record, at any level, holds a token or a password")
    func noSecretsInTheLog() async throws {
        let john = try Fixture.token()
        let expired = try Fixture.token(for: DemoUser.jane.user, issuedAt: Fixture.now - 900)
        let (issued, entries) = try await withLoggedChapter4(level: .trace) { client in
            let issued = try await client.logIn(.jane)
            _ = try await client.postJSON("/login", #"{"username":"john_doe","password":"a-wrong-password"}"#)
            _ = try await client.get("/profile", authorization: "Bearer \(john)")
            _ = try await client.get("/profile?access_token=\(john)", authorization: nil)
            _ = try await client.get("/\(john)", authorization: "Bearer \(john)")
            _ = try await client.get("/api/notes", authorization: "Bearer \(expired)")
            _ = try await client.get("/api/admin/users", authorization: "Bearer \(issued)")
            return issued
        }
        #expect(Self.requestLines(entries).count == 7)
        let secrets = [john, expired, issued, DemoUser.jane.password, "a-wrong-password"]
        for entry in entries {
            let text = "\(entry.message) \(entry.metadata) \(String(describing: entry.error))"
            let leaked = secrets.filter { text.contains($0) }
            #expect(leaked.isEmpty, "This log record holds a secret: \(text)")
        }
    }
}
