// Exercise 3.4: the learner's WWW-Authenticate headers, added by chapter 3's own error middleware to real answers.
import Exercises03
import Foundation
import JWTCore
import ServerTestSupport
import Testing
import WebSupport

@testable import Chapter03

/// Chapter 3's parts, with the learner's challenges in the error middleware.
private let parts = FastAPIStyleParts(challenge: { try Exercises03.wwwAuthenticate(for: $0) })

/// The challenge RFC 6750 §3.1 gives a request whose token is no good.
private let invalidToken = #"Bearer error="invalid_token""#

@Suite("Exercise 3.4: Choose the WWW-Authenticate challenge", .exercise("3.4") { _ = try Exercises03.wwwAuthenticate(for: .missingToken) })
struct Exercise3_4Tests {
    @Test("A request with no bearer token gets the bare Bearer challenge", arguments: [nil, "Basic am9objpkb2U="] as [String?])
    func noBearerToken(authorization: String?) async throws {
        let answer = try await FastAPIStyleServer.test(parts: parts) { try await $0.get("/users/me", authorization: authorization) }
        #expect(answer.status == .unauthorized, Hint.next(for: "3.4"))
        #expect(answer.headers[.wwwAuthenticate] == "Bearer", Hint.next(for: "3.4"))
    }

    @Test(
        "A token that was sent but is no good gets error=\"invalid_token\" (RFC 6750 §3.1)",
        arguments: ["expired", "Bearer ", "Bearer not-a-jwt", "another key", "unknown user"])
    func badToken(kind: String) async throws {
        let authorization =
            switch kind {
            case "expired": "Bearer " + (try FastAPIStyleServer.token(issuedAt: FastAPIStyleServer.now - 3600))
            case "another key": "Bearer " + (try FastAPIStyleServer.token(key: JWTKey.generateSecret()))
            case "unknown user": "Bearer " + (try FastAPIStyleServer.token(for: User(id: 99, username: "ghost", role: .user)))
            default: kind
            }
        let answer = try await FastAPIStyleServer.test(parts: parts) { try await $0.get("/users/me", authorization: authorization) }
        #expect(answer.status == .unauthorized, Hint.next(for: "3.4"))
        #expect(answer.headers[.wwwAuthenticate] == invalidToken, Hint.next(for: "3.4"))
    }

    @Test("A failed login gets the bare Bearer challenge, as FastAPI's tutorial sends it")
    func failedLogin() async throws {
        let answer = try await FastAPIStyleServer.test(parts: parts) { try await $0.postForm("/login", "username=nobody&password=guess") }
        #expect(answer.status == .unauthorized, Hint.next(for: "3.4"))
        #expect(answer.headers[.wwwAuthenticate] == "Bearer", Hint.next(for: "3.4"))
    }

    @Test("An answer that is not a 401 has no challenge: a 403 and a 422")
    func notA401() async throws {
        let token = try FastAPIStyleServer.token(for: DemoUser.john.user)
        let (forbidden, unprocessable) = try await FastAPIStyleServer.test(parts: parts) { client in
            (
                try await client.get("/admin/users", authorization: "Bearer \(token)"),
                try await client.postForm("/login", "username=john_doe")
            )
        }
        #expect(forbidden.status == .forbidden, Hint.next(for: "3.4"))
        #expect(forbidden.headers[.wwwAuthenticate] == nil, Hint.next(for: "3.4"))
        #expect(unprocessable.status == .unprocessableContent, Hint.next(for: "3.4"))
        #expect(unprocessable.headers[.wwwAuthenticate] == nil, Hint.next(for: "3.4"))
    }
}
