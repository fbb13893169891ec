// Bodies of the wrong type, the wrong encoding and the wrong size, sent to every server's login.
import Foundation
import Hummingbird
import ServerTestSupport
import Testing
import WebSupport

@Suite("Bad input: bodies, on every server")
struct BadBodyTests {
    /// Bodies that are not a login, in the content type the route reads.
    static func wrongBodies(for server: ServerUnderTest) -> [(what: String, body: String)] {
        if server.loginContentType == "application/json" {
            return [
                ("a JSON array", "[]"), ("a JSON string", #""john_doe""#), ("a JSON number", "42"), ("null", "null"),
                ("an empty object", "{}"), ("a number for the username", #"{"username":5,"password":"x"}"#),
                ("no password", #"{"username":"john_doe"}"#), ("unfinished JSON", #"{"username":"john_doe","password":"x""#),
                ("an empty body", ""), ("10,000 nested arrays", String(repeating: "[", count: 10_000)),
            ]
        }
        return [
            ("no password", "username=john_doe"), ("a broken escape", "username=%zz&password=x"),
            ("JSON in a form", DemoUser.john.jsonLogin), ("an empty body", ""),
            ("two usernames", "username=john_doe&username=jane_admin&password=x"),
        ]
    }

    @Test("A body of the wrong shape gets a 4xx with a JSON error", arguments: ServerUnderTest.all)
    func wrongShapes(server: ServerUnderTest) async throws {
        try await server.run(CapturedLog().logger) { _, client in
            for (what, body) in Self.wrongBodies(for: server) {
                let answer = try await client.send(
                    .post, server.loginPath, headers: [.contentType: server.loginContentType], body: Array(body.utf8))
                #expect((400..<500).contains(answer.status.code), "\(server.name), \(what): \(answer.status)")
                #expect(JSONError.message(in: answer.body, member: server.errorMember) != nil, "\(server.name), \(what): \(answer.body)")
            }
            try await server.expectStillUp(client)
        }
    }

    @Test("A good login in the wrong content type, or none, gets a 4xx with a JSON error", arguments: ServerUnderTest.all)
    func wrongContentType(server: ServerUnderTest) async throws {
        try await server.run(CapturedLog().logger) { _, client in
            let otherType = server.loginContentType == "application/json" ? "application/x-www-form-urlencoded" : "application/json"
            for headers: HTTPFields in [[.contentType: otherType], [.contentType: "text/plain"], [:]] {
                let answer = try await client.send(.post, server.loginPath, headers: headers, body: Array(server.goodLogin.utf8))
                #expect((400..<500).contains(answer.status.code), "\(server.name), \(headers): \(answer.status)")
                #expect(JSONError.message(in: answer.body, member: server.errorMember) != nil, "\(server.name): \(answer.body)")
            }
            try await server.expectStillUp(client)
        }
    }

    @Test("A body that is not UTF-8 gets 400 with a JSON error", arguments: ServerUnderTest.all)
    func bodyNotUTF8(server: ServerUnderTest) async throws {
        try await server.run(CapturedLog().logger) { _, client in
            let body = Array(server.goodLogin.utf8.dropLast(2)) + [0xFF, 0xC3, 0x28] + Array(server.goodLogin.utf8.suffix(2))
            let answer = try await client.send(.post, server.loginPath, headers: [.contentType: server.loginContentType], body: body)
            server.expectJSONError(answer, .badRequest, "a body with invalid UTF-8")
            try await server.expectStillUp(client)
        }
    }

    @Test("A 1 MB body gets 413 with a JSON error", arguments: ServerUnderTest.all)
    func oneMegabyteBody(server: ServerUnderTest) async throws {
        try await server.run(CapturedLog().logger) { _, client in
            let body = [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)
            let answer = try await client.send(.post, server.loginPath, headers: [.contentType: server.loginContentType], body: body)
            server.expectJSONError(answer, .contentTooLarge, "a 1 MB body")
            try await server.expectStillUp(client)
        }
    }

    @Test("Chapter 5's refresh and logout refuse random and malformed refresh tokens with 4xx JSON errors")
    func refreshBodies() async throws {
        let server = ServerUnderTest.chapter5
        try await server.run(CapturedLog().logger) { _, client in
            let tokens = RandomTokens.make(count: 40, seed: 11).map {
                #"{"refresh_token":"\#($0.replacingOccurrences(of: "\\", with: "").replacingOccurrences(of: "\"", with: ""))"}"#
            }
            let malformed = ["[]", "{}", #"{"refresh_token":5}"#, #"{"refresh_token":null}"#, "not json"]
            for body in tokens + malformed {
                let answer = try await client.postJSON("/refresh", body)
                server.expectJSONError(
                    answer, answer.status == .badRequest ? .badRequest : .unauthorized, "/refresh with \(body.prefix(40))")
            }
            // Revoking a token the server does not know succeeds with 204, as RFC 7009 §2.2
            // asks of a revocation endpoint; a body that holds no token is still refused.
            for body in tokens {
                #expect(try await client.postJSON("/logout", body).status == .noContent)
            }
            for body in malformed {
                let answer = try await client.postJSON("/logout", body)
                #expect((400..<500).contains(answer.status.code), "/logout with \(body): \(answer.status)")
                #expect(JSONError.message(in: answer.body, member: "error") != nil, "/logout with \(body): \(answer.body)")
            }
            try await server.expectStillUp(client)
        }
    }
}
