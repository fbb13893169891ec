// GET /profile in chapter 2, behind the `authenticate` wrapper.
import Foundation
import JWTCore
import Testing
import WebSupport

@testable import Chapter02

@Suite("Chapter 2: GET /profile")
struct ProfileTests {
    @Test("A valid bearer token gets 200 with the user id and username")
    func validTokenGetsProfile() async throws {
        let token = try Fixture.token()
        let answer = try await withChapter2 { try await $0.profile(authorization: "Bearer \(token)") }
        #expect(answer.status == .ok)
        #expect(answer.body == #"{"user_id":1,"username":"john_doe"}"#)
    }

    @Test("The scheme is matched without regard to case (RFC 9110 §11.1)")
    func schemeIsCaseInsensitive() async throws {
        let token = try Fixture.token(for: DemoUser.jane.user)
        let answer = try await withChapter2 { try await $0.profile(authorization: "bearer \(token)") }
        #expect(answer.body == #"{"user_id":2,"username":"jane_admin"}"#)
    }

    @Test("No Authorization header gets 401 Missing token")
    func noHeaderGetsMissingToken() async throws {
        let answer = try await withChapter2 { try await $0.profile(authorization: nil) }
        #expect(answer.status == .unauthorized)
        #expect(answer.body == #"{"error":"Missing token"}"#)
        #expect(answer.headers[.wwwAuthenticate] == "Bearer")
    }

    @Test("An expired token gets 401 Token has expired")
    func expiredTokenGetsExpired() async throws {
        let token = try Fixture.token(issuedAt: Fixture.now - 900)
        let answer = try await withChapter2 { try await $0.profile(authorization: "Bearer \(token)") }
        #expect(answer.status == .unauthorized)
        #expect(answer.body == #"{"error":"Token has expired"}"#)
    }

    @Test(
        "Every other bad header gets 401 Invalid token",
        arguments: [
            "Bearer-less", "Basic am9objpkb2U=", "Bearer ", "Bearer not.a.jwt", "Bearer abc def",
            "Bearer " + String(repeating: "x", count: 10_000), "Bearer é",
        ])
    func badHeaderGetsInvalidToken(header: String) async throws {
        let authorization = header == "Bearer-less" ? try Fixture.token() : header
        let answer = try await withChapter2 { try await $0.profile(authorization: authorization) }
        #expect(answer.status == .unauthorized)
        #expect(answer.body == #"{"error":"Invalid token"}"#)
    }

    @Test("A token signed with another key gets 401 Invalid token")
    func forgedTokenGetsInvalidToken() async throws {
        let forger = try AccessTokenService(
            key: JWTKey.generateSecret(), audience: "flask-style-login", lifetime: 900, now: { Fixture.now })
        let token = try forger.issue(for: DemoUser.jane.user)
        let answer = try await withChapter2 { try await $0.profile(authorization: "Bearer \(token)") }
        #expect(answer.body == #"{"error":"Invalid token"}"#)
    }

    @Test("A token meant for chapter 3 gets 401 Invalid token (aud, RFC 7519 §4.1.3)")
    func otherChaptersTokenGetsInvalidToken() async throws {
        let token = try Fixture.token(audience: "fastapi-style-dependencies")
        let answer = try await withChapter2 { try await $0.profile(authorization: "Bearer \(token)") }
        #expect(answer.body == #"{"error":"Invalid token"}"#)
    }

    @Test("A login token works on the profile route")
    func loginThenProfile() async throws {
        let answer = try await withChapter2 { client in
            let login = try await client.postJSON("/login", LoginTests.john)
            let token = String(login.body.dropFirst(10).dropLast(2))
            return try await client.profile(authorization: "Bearer \(token)")
        }
        #expect(answer.body == #"{"user_id":1,"username":"john_doe"}"#)
    }
}
