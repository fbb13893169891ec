// GET /users/me: the current-user dependency and its failures.
import Foundation
import JWTCore
import Testing
import WebSupport

@testable import Chapter03

@Suite("Chapter 3: GET /users/me")
struct CurrentUserTests {
    @Test("A valid token gets 200 with id, username and role, never the hash")
    func validTokenGetsUser() async throws {
        let token = try Fixture.token()
        let answer = try await withChapter3 { try await $0.get("/users/me", authorization: "Bearer \(token)") }
        #expect(answer.status == .ok)
        #expect(answer.body == #"{"id":1,"role":"user","username":"john_doe"}"#)
        #expect(!answer.body.contains("$2b$"))
    }

    @Test(
        "No token, or another scheme, gets 401 Not authenticated with WWW-Authenticate: Bearer",
        arguments: [nil, "Basic am9objpkb2U=", "Token abc"] as [String?])
    func noTokenGetsNotAuthenticated(authorization: String?) async throws {
        let answer = try await withChapter3 { try await $0.get("/users/me", authorization: authorization) }
        #expect(answer.status == .unauthorized)
        #expect(answer.body == #"{"detail":"Not authenticated"}"#)
        #expect(answer.headers[.wwwAuthenticate] == "Bearer")
    }

    @Test("An expired token gets 401 Token has expired with error=\"invalid_token\" (RFC 6750 §3)")
    func expiredTokenGetsExpired() async throws {
        let token = try Fixture.token(issuedAt: Fixture.now - 3600)
        let answer = try await withChapter3 { try await $0.get("/users/me", authorization: "Bearer \(token)") }
        #expect(answer.status == .unauthorized)
        #expect(answer.body == #"{"detail":"Token has expired"}"#)
        #expect(answer.headers[.wwwAuthenticate] == #"Bearer error="invalid_token""#)
    }

    @Test(
        "Any other bad token gets 401 Invalid token with error=\"invalid_token\" (RFC 6750 §3)",
        arguments: [
            "Bearer ", "Bearer not-a-jwt", "Bearer a.b.c", "Bearer " + String(repeating: "x", count: 10_000),
            "Bearer other-audience", "Bearer unknown-user", "Bearer forged",
        ])
    func badTokenGetsInvalidToken(header: String) async throws {
        let authorization: String
        switch header {
        case "Bearer other-audience": authorization = "Bearer " + (try Fixture.token(audience: "flask-style-login"))
        case "Bearer unknown-user":
            authorization = "Bearer " + (try Fixture.token(for: User(id: 99, username: "ghost", role: .admin)))
        case "Bearer forged":
            let forger = try AccessTokenService(
                key: JWTKey.generateSecret(), audience: "fastapi-style-dependencies", lifetime: 900, now: { Fixture.now })
            authorization = "Bearer " + (try forger.issue(for: DemoUser.jane.user))
        default: authorization = header
        }
        let answer = try await withChapter3 { try await $0.get("/users/me", authorization: authorization) }
        #expect(answer.status == .unauthorized)
        #expect(answer.body == #"{"detail":"Invalid token"}"#)
        #expect(answer.headers[.wwwAuthenticate] == #"Bearer error="invalid_token""#)
    }

    @Test("The dependency functions: no identity is not authenticated; a user is returned as is")
    func currentUserDependency() throws {
        #expect(throws: WebError.missingToken) { try getCurrentUser(identity: nil) }
        let user = try getCurrentUser(identity: DemoUser.john.user)
        #expect(user == DemoUser.john.user)
    }
}
