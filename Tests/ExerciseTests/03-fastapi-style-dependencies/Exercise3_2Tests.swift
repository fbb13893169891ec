// Exercise 3.2: the learner's current-user lookup, run by chapter 3's real authenticator for /users/me and /admin/users.
import Exercises03
import Foundation
import JWTCore
import ServerTestSupport
import Testing
import WebSupport

@testable import Chapter03

/// Chapter 3's parts, with the learner's lookup in the bearer-token authenticator.
private let parts = FastAPIStyleParts(findUser: { try await Exercises03.findCurrentUser(in: $0, services: $1) })

/// Sends a GET to `path` with `authorization`.
private func get(_ path: String, authorization: String?) async throws -> Answer {
    try await FastAPIStyleServer.test(parts: parts) { try await $0.get(path, authorization: authorization) }
}

@Suite(
    "Exercise 3.2: Find the current user from the bearer token",
    .exercise("3.2") { _ = try await Exercises03.findCurrentUser(in: [:], services: FastAPIStyleServer.services()) })
struct Exercise3_2Tests {
    @Test(
        "A valid token's user answers GET /users/me",
        arguments: [(DemoUser.john.user, FastAPIStyleServer.johnJSON), (DemoUser.jane.user, FastAPIStyleServer.janeJSON)])
    func validToken(user: User, expected: String) async throws {
        let answer = try await get("/users/me", authorization: "Bearer " + (try FastAPIStyleServer.token(for: user)))
        #expect(answer.status == .ok, Hint.next(for: "3.2"))
        #expect(answer.body == expected, Hint.next(for: "3.2"))
    }

    @Test(
        "No bearer token is not an error until a route needs a user: 401 Not authenticated",
        arguments: [nil, "Basic am9objpkb2U="] as [String?])
    func noBearerToken(authorization: String?) async throws {
        let answer = try await get("/users/me", authorization: authorization)
        #expect(answer.status == .unauthorized, Hint.next(for: "3.2"))
        #expect(answer.body == #"{"detail":"Not authenticated"}"#, Hint.next(for: "3.2"))
        #expect(answer.headers[.wwwAuthenticate] == "Bearer", Hint.next(for: "3.2"))
    }

    @Test("A token past its exp gets 401 Token has expired")
    func expiredToken() async throws {
        let token = try FastAPIStyleServer.token(issuedAt: FastAPIStyleServer.now - 3600)
        let answer = try await get("/users/me", authorization: "Bearer \(token)")
        #expect(answer.status == .unauthorized, Hint.next(for: "3.2"))
        #expect(answer.body == #"{"detail":"Token has expired"}"#, Hint.next(for: "3.2"))
    }

    @Test(
        "A bad token, or a good one whose user does not exist, gets 401 Invalid token",
        arguments: ["Bearer ", "Bearer not-a-jwt", "another key", "another audience", "unknown user"])
    func invalidToken(kind: String) async throws {
        let authorization =
            switch kind {
            case "another key": "Bearer " + (try FastAPIStyleServer.token(key: JWTKey.generateSecret()))
            case "another audience": "Bearer " + (try FastAPIStyleServer.token(audience: "flask-style-login"))
            case "unknown user": "Bearer " + (try FastAPIStyleServer.token(for: User(id: 99, username: "ghost", role: .admin)))
            default: kind
            }
        let answer = try await get("/users/me", authorization: authorization)
        #expect(answer.status == .unauthorized, Hint.next(for: "3.2"))
        #expect(answer.body == #"{"detail":"Invalid token"}"#, Hint.next(for: "3.2"))
    }

    @Test("The user comes from the database, not from the token's claims")
    func userFromDatabase() async throws {
        // A genuine token for user 1 whose claims carry another name and the admin role.
        let token = try FastAPIStyleServer.token(for: User(id: 1, username: "mallory", role: .admin))
        let me = try await get("/users/me", authorization: "Bearer \(token)")
        #expect(me.body == FastAPIStyleServer.johnJSON, Hint.next(for: "3.2"))
        let admin = try await get("/admin/users", authorization: "Bearer \(token)")
        #expect(admin.status == .forbidden, Hint.next(for: "3.2"))
    }
}
