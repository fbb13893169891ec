// Exercise 4.2: the learner's authenticate step, run by chapter 4's real gates for /profile and the /api group.
import Exercises04
import Foundation
import JWTCore
import ServerTestSupport
import Testing
import WebSupport

@testable import Chapter04

/// Chapter 4's parts, with the learner's authenticate step in both gates.
private let parts = MiddlewareParts(authenticate: { try await Exercises04.authenticatedUser(in: $0, services: $1) })

/// Sends a GET to `path` with `authorization`.
private func get(_ path: String, authorization: String?) async throws -> Answer {
    try await AuthMiddlewareServer.test(parts: parts) { try await $0.get(path, authorization: authorization) }
}

@Suite(
    "Exercise 4.2: Authenticate a request from its bearer token",
    .exercise("4.2") { _ = try await Exercises04.authenticatedUser(in: [:], services: AuthMiddlewareServer.services()) })
struct Exercise4_2Tests {
    @Test(
        "A valid token puts its user on the context: the profile and the notes are theirs",
        arguments: [
            (DemoUser.john.user, "/profile", AuthMiddlewareServer.johnsProfile),
            (DemoUser.john.user, "/api/notes", AuthMiddlewareServer.johnsNotes),
            (DemoUser.jane.user, "/api/notes", AuthMiddlewareServer.janesNotes),
        ])
    func validToken(user: User, path: String, expected: String) async throws {
        let answer = try await get(path, authorization: try AuthMiddlewareServer.bearer(user))
        #expect(answer.status == .ok, Hint.next(for: "4.2"))
        #expect(answer.body == expected, Hint.next(for: "4.2"))
    }

    @Test("No Authorization header gets 401 Missing token", arguments: ["/profile", "/api/notes"])
    func noHeader(path: String) async throws {
        let answer = try await get(path, authorization: nil)
        #expect(answer.status == .unauthorized, Hint.next(for: "4.2"))
        #expect(answer.body == #"{"error":"Missing token"}"#, Hint.next(for: "4.2"))
    }

    @Test("A token past its exp gets 401 Token has expired")
    func expiredToken() async throws {
        let token = try AuthMiddlewareServer.token(issuedAt: AuthMiddlewareServer.now - 900)
        let answer = try await get("/profile", authorization: "Bearer \(token)")
        #expect(answer.status == .unauthorized, Hint.next(for: "4.2"))
        #expect(answer.body == #"{"error":"Token has expired"}"#, Hint.next(for: "4.2"))
    }

    @Test(
        "A bad token, or a genuine one whose user is gone, gets 401 Invalid token",
        arguments: ["no scheme", "Basic am9objpkb2U=", "Bearer ", "Bearer not.a.jwt", "another key", "another audience", "unknown user"])
    func invalidToken(kind: String) async throws {
        let authorization =
            switch kind {
            case "no scheme": try AuthMiddlewareServer.token()
            case "another key": "Bearer " + (try AuthMiddlewareServer.token(key: JWTKey.generateSecret()))
            case "another audience": "Bearer " + (try AuthMiddlewareServer.token(audience: "flask-style-login"))
            case "unknown user": try AuthMiddlewareServer.bearer(User(id: 99, username: "ghost", role: .admin))
            default: kind
            }
        let answer = try await get("/profile", authorization: authorization)
        #expect(answer.status == .unauthorized, Hint.next(for: "4.2"))
        #expect(answer.body == #"{"error":"Invalid token"}"#, Hint.next(for: "4.2"))
    }

    @Test("The user comes from the database, not from the token's claims")
    func userFromDatabase() async throws {
        // A genuine token for user 1 whose claims carry another name and the admin role.
        let authorization = try AuthMiddlewareServer.bearer(User(id: 1, username: "mallory", role: .admin))
        let profile = try await get("/profile", authorization: authorization)
        #expect(profile.body == AuthMiddlewareServer.johnsProfile, Hint.next(for: "4.2"))
        let users = try await get("/api/admin/users", authorization: authorization)
        #expect(users.status == .forbidden, Hint.next(for: "4.2"))
    }
}
